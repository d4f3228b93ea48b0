#pragma once
// Small text helpers shared by model and io code (private).

#include <string>
#include <string_view>

namespace leadnet::detail {

/// Trims ASCII spaces and tabs on both sides.
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// Lower-cases ASCII and the Danish capitals Æ Ø Å (UTF-8) and trims: a key for matching names.
std::string fold_key(std::string_view s);

/// The same fold into a caller's buffer, without allocating (for per-row lookups such as a
/// role or an edge type). Returns false when the folded text would not fit.
bool fold_key_into(std::string_view s, char* buffer, std::size_t capacity, std::string_view& out);

}  // namespace leadnet::detail
