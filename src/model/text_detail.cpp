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

}  // namespace leadnet::detail
