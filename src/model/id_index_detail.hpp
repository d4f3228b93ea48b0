#pragma once
// Open-addressing hash index from external id (string) to dense NodeId. The strings live in a
// StringColumn; the table stores only NodeId+1 per slot (0 = empty), so it costs 8 bytes per
// node at load factor 1/2 and never dangles when the column grows.

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

/// Finds id in the table; kNoNode when absent.
inline NodeId index_find(const std::vector<NodeId>& slots, const StringColumn& ids, std::string_view id) {
  if (slots.empty()) return kNoNode;
  const std::size_t mask = slots.size() - 1;
  for (std::size_t i = hash_id(id) & mask;; i = (i + 1) & mask) {
    const NodeId s = slots[i];
    if (s == 0) return kNoNode;
    if (ids[s - 1] == id) return s - 1;
  }
}

/// Inserts ids[v] (already appended to the column); returns the existing node on a duplicate,
/// else kNoNode. Grows the table to keep the load at most 1/2.
inline NodeId index_insert(std::vector<NodeId>& slots, const StringColumn& ids, NodeId v) {
  if ((static_cast<std::size_t>(v) + 1) * 2 > slots.size()) {
    std::size_t size = slots.empty() ? 1024 : slots.size() * 2;
    while ((static_cast<std::size_t>(v) + 1) * 2 > size) size *= 2;
    std::vector<NodeId> grown(size, 0);
    const std::size_t mask = size - 1;
    for (NodeId s : slots) {
      if (s == 0) continue;
      std::size_t i = hash_id(ids[s - 1]) & mask;
      while (grown[i] != 0) i = (i + 1) & mask;
      grown[i] = s;
    }
    slots.swap(grown);
  }
  const std::size_t mask = slots.size() - 1;
  const std::string_view id = ids[v];
  for (std::size_t i = hash_id(id) & mask;; i = (i + 1) & mask) {
    const NodeId s = slots[i];
    if (s == 0) {
      slots[i] = v + 1;
      return kNoNode;
    }
    if (ids[s - 1] == id) return s - 1;
  }
}

}  // namespace leadnet::detail
