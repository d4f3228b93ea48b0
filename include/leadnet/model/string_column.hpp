#pragma once
// A column of strings stored in one buffer: no per-string allocation, 8 bytes of overhead each.

#include <cstdint>
#include <string_view>
#include <vector>

namespace leadnet {

class StringColumn {
 public:
  StringColumn() { offsets_.push_back(0); }

  std::size_t size() const { return offsets_.size() - 1; }
  std::string_view operator[](std::size_t i) const {
    return {chars_.data() + offsets_[i], static_cast<std::size_t>(offsets_[i + 1] - offsets_[i])};
  }
  /// Start of the character buffer and the byte offset of string i in it.
  const char* chars() const { return chars_.data(); }
  std::uint64_t offset(std::size_t i) const { return offsets_[i]; }
  /// Removes the last string.
  void pop_back() {
    offsets_.pop_back();
    chars_.resize(offsets_.back());
  }
  void push_back(std::string_view s) {
    chars_.insert(chars_.end(), s.begin(), s.end());
    offsets_.push_back(chars_.size());
  }
  void reserve(std::size_t strings, std::size_t bytes) {
    offsets_.reserve(strings + 1);
    chars_.reserve(bytes);
  }
  std::size_t memory_bytes() const { return chars_.capacity() + offsets_.capacity() * sizeof(std::uint64_t); }
  bool operator==(const StringColumn& other) const = default;

 private:
  std::vector<char> chars_;
  std::vector<std::uint64_t> offsets_;
};

}  // namespace leadnet
