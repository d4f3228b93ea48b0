#include "model/text_detail.hpp"

namespace leadnet::detail {

std::string fold_key(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < s.size()) {
      // Æ (C3 86) -> æ (C3 A6), Ø (C3 98) -> ø (C3 B8), Å (C3 85) -> å (C3 A5)
      auto next = static_cast<unsigned char>(s[i + 1]);
      if (next == 0x86 || next == 0x98 || next == 0x85) next = static_cast<unsigned char>(next + 0x20);
      out += static_cast<char>(c);
      out += static_cast<char>(next);
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool fold_key_into(std::string_view s, char* buffer, std::size_t capacity, std::string_view& out) {
  s = trim(s);
  if (s.size() > capacity) return false;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      buffer[n++] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < s.size()) {
      auto next = static_cast<unsigned char>(s[i + 1]);
      if (next == 0x86 || next == 0x98 || next == 0x85) next = static_cast<unsigned char>(next + 0x20);
      buffer[n++] = static_cast<char>(c);
      buffer[n++] = static_cast<char>(next);
      ++i;
    } else {
      buffer[n++] = static_cast<char>(c);
    }
  }
  out = std::string_view(buffer, n);
  return true;
}

}  // namespace leadnet::detail
