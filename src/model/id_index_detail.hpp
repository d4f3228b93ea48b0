#pragma once
// Hash index from external id (string) to dense NodeId.
//
// Open addressing with linear probing at load <= 1/2. A slot holds the id's place in the
// StringColumn (offset and length) and a 32-bit hash tag beside the node, so a probe touches the
// string only when the tag matches: one cache miss for the slot and one for the characters.
// find_batch() resolves many ids at once with software prefetching, which hides most of those
// misses when reading millions of edges (measured in benchmarks/bench_read.cpp).

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/string_column.hpp"

namespace leadnet::detail {

/// Fast hash of a short string: 8 bytes at a time, multiply-xorshift mixing.
inline std::uint64_t hash_id(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xC2B2AE3D27D4EB4FULL);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
  }
  h ^= h >> 29;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 32;
  return h;
}

/// Longest id the index accepts (the length is packed into 16 bits of a slot).
inline constexpr std::size_t kMaxIdBytes = 65535;

class IdIndex {
 public:
  NodeId find(const StringColumn& ids, std::string_view key) const {
    if (slots_.empty()) return kNoNode;
    const std::uint64_t h = hash_id(key);
    return probe(ids, key, h, static_cast<std::size_t>(h) & mask_);
  }

  /// Resolves keys[0..n) into out[0..n) (kNoNode when absent), overlapping the memory accesses.
  void find_batch(const StringColumn& ids, const std::string_view* keys, std::size_t n, NodeId* out) const {
    constexpr std::size_t kChunk = 64;
    std::uint64_t hash[kChunk];
    std::size_t at[kChunk];
    for (std::size_t base = 0; base < n; base += kChunk) {
      const std::size_t k = std::min(kChunk, n - base);
      if (slots_.empty()) {
        for (std::size_t i = 0; i < k; ++i) out[base + i] = kNoNode;
        continue;
      }
      for (std::size_t i = 0; i < k; ++i) {
        hash[i] = hash_id(keys[base + i]);
        at[i] = static_cast<std::size_t>(hash[i]) & mask_;
        __builtin_prefetch(&slots_[at[i]]);
      }
      // First candidate per key: prefetch its characters.
      for (std::size_t i = 0; i < k; ++i) {
        const Slot& s = slots_[at[i]];
        if (s.node1 != 0 && s.tag == static_cast<std::uint32_t>(hash[i] >> 32))
          __builtin_prefetch(ids.chars() + (s.ref >> 16));
      }
      for (std::size_t i = 0; i < k; ++i) out[base + i] = probe(ids, keys[base + i], hash[i], at[i]);
    }
  }

  /// Inserts ids[v] (already appended to the column); returns the node that already has this
  /// id, else kNoNode. Grows to keep the load at most 1/2.
  NodeId insert(const StringColumn& ids, NodeId v) {
    if ((static_cast<std::size_t>(v) + 1) * 2 > slots_.size()) grow(ids, static_cast<std::size_t>(v) + 1);
    const std::string_view key = ids[v];
    const std::uint64_t h = hash_id(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = static_cast<std::size_t>(h) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.node1 == 0) {
        s.ref = (ids.offset(v) << 16) | key.size();
        s.node1 = v + 1;
        s.tag = tag;
        return kNoNode;
      }
      if (s.tag == tag && text(ids, s) == key) return s.node1 - 1;
    }
  }

  void clear() {
    slots_.clear();
    mask_ = 0;
  }
  std::size_t memory_bytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    std::uint64_t ref = 0;   // offset << 16 | length, into the StringColumn's characters
    std::uint32_t node1 = 0;  // NodeId + 1; 0 = empty
    std::uint32_t tag = 0;    // high half of the hash
  };

  static std::string_view text(const StringColumn& ids, const Slot& s) {
    return {ids.chars() + (s.ref >> 16), static_cast<std::size_t>(s.ref & 0xFFFF)};
  }

  NodeId probe(const StringColumn& ids, std::string_view key, std::uint64_t h, std::size_t i) const {
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.node1 == 0) return kNoNode;
      if (s.tag == tag && text(ids, s) == key) return s.node1 - 1;
    }
  }

  void grow(const StringColumn& ids, std::size_t needed) {
    std::size_t size = slots_.empty() ? 1024 : slots_.size() * 2;
    while (needed * 2 > size) size *= 2;
    std::vector<Slot> grown(size);
    const std::size_t mask = size - 1;
    for (const Slot& s : slots_) {
      if (s.node1 == 0) continue;
      const std::uint64_t h = hash_id(text(ids, s));
      std::size_t i = static_cast<std::size_t>(h) & mask;
      while (grown[i].node1 != 0) i = (i + 1) & mask;
      grown[i] = s;
    }
    slots_.swap(grown);
    mask_ = mask;
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace leadnet::detail
