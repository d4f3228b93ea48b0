#include "io/text_input.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace leadnet::detail {

namespace {

// The bytes 0x80-0xFF of a file that is not UTF-8 tell which 8-bit encoding it likely is.
std::string guess_encoding(std::string_view s) {
  std::size_t danish = 0, c1 = 0, high = 0;
  for (unsigned char c : s) {
    if (c < 0x80) continue;
    ++high;
    if (c == 0xE6 || c == 0xF8 || c == 0xE5 || c == 0xC6 || c == 0xD8 || c == 0xC5) ++danish;
    if (c >= 0x80 && c <= 0x9F) ++c1;
  }
  if (high == 0) return "";
  std::string guess;
  if (c1 > 0) {
    guess = "Windows-1252";
  } else {
    guess = "Windows-1252 or ISO-8859-1";
  }
  if (danish > 0) guess += " (æ, ø, å as single bytes), the encoding Danish Excel uses for plain \"CSV\"";
  return guess;
}

}  // namespace

bool valid_utf8(std::string_view s, std::size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path: 8 ASCII bytes at a time.
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    if (i + len > n) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        if (bad_offset) *bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::size_t char_column(std::string_view text, std::size_t line_start, std::size_t offset) {
  std::size_t col = 1;
  for (std::size_t i = line_start; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return col;
}

void line_column(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column) {
  line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  column = char_column(text, line_start, offset);
}

void TextCursor::locate(std::size_t offset, std::size_t& line, std::size_t& column) {
  if (offset < offset_) {
    // Step back: lines by the newlines passed over, the column from the start of that line.
    for (std::size_t i = offset; i < offset_; ++i)
      if (text_[i] == '\n') --line_;
    std::size_t line_start = offset;
    while (line_start > 0 && text_[line_start - 1] != '\n') --line_start;
    offset_ = offset;
    column_ = char_column(text_, line_start, offset);
  }
  const std::size_t end = std::min(offset, text_.size());
  for (std::size_t i = offset_; i < end; ++i) {
    const char c = text_[i];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;
    }
  }
  offset_ = std::max(offset_, end);
  line = line_;
  column = column_;
}

bool check_no_nul(std::string_view text, const std::string& display, Diagnostics& diags) {
  const std::size_t at = text.find('\0');
  if (at == std::string_view::npos) return true;
  std::size_t line = 0, column = 0;
  line_column(text, at, line, column);
  diags.error(display, line, column,
              "the file holds NUL bytes: it is not UTF-8 text (UTF-16 without a byte-order mark, or a binary "
              "file?); save it as UTF-8");
  return false;
}

bool read_text_file(const std::filesystem::path& path, const std::string& display, TextFile& out,
                    Diagnostics& diags) {
  out.display_name = display;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    diags.error(display, 0, 0,
                std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec)) ? "is a broken symbolic link"
                                                                                       : "file not found");
    return false;
  }
  if (std::filesystem::is_directory(status)) {
    diags.error(display, 0, 0, "is a directory, expected a file");
    return false;
  }
  if (!std::filesystem::is_regular_file(status)) {
    diags.error(display, 0, 0, "is not a regular file (a named pipe, device or socket); give a file");
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    diags.error(display, 0, 0, std::string("cannot open: ") + std::strerror(errno));
    return false;
  }
  std::string bytes;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) bytes.reserve(static_cast<std::size_t>(size));
  char buf[1 << 16];
  std::size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, got);
  const bool failed = std::ferror(f) != 0;
  const int read_errno = errno;
  std::fclose(f);
  if (failed) {
    diags.error(display, 0, 0, std::string("read error: ") + std::strerror(read_errno));
    return false;
  }
  return decode_text(std::move(bytes), display, out, diags);
}

bool decode_text(std::string bytes, const std::string& display, TextFile& out, Diagnostics& diags) {
  out.display_name = display;
  using namespace std::string_view_literals;  // "..."sv keeps embedded NUL bytes
  auto starts = [&](std::string_view prefix) { return std::string_view(bytes).substr(0, prefix.size()) == prefix; };
  if (starts("\xFF\xFE\x00\x00"sv) || starts("\x00\x00\xFE\xFF"sv)) {
    diags.error(display, 1, 1, "file is UTF-32; save it as UTF-8");
    return false;
  }
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) {
    diags.error(display, 1, 1,
                "file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or convert with "
                "iconv -f UTF-16 -t UTF-8");
    return false;
  }
  if (starts("\xEF\xBB\xBF"sv)) {
    out.bom_bytes = 3;
    bytes.erase(0, 3);
  }
  // Before the UTF-8 check: UTF-16 without a BOM holds NULs and, with æ ø å, invalid UTF-8 too.
  if (!check_no_nul(bytes, display, diags)) return false;
  std::size_t bad = 0;
  if (!valid_utf8(bytes, &bad)) {
    std::size_t line = 0, column = 0;
    line_column(bytes, bad, line, column);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
    std::string msg = std::string("text is not valid UTF-8 (byte ") + hex + ")";
    const std::string guess = guess_encoding(bytes);
    if (!guess.empty())
      msg += "; it looks like " + guess + ". Save it as \"CSV UTF-8\" or convert it with iconv -f WINDOWS-1252 -t UTF-8";
    diags.error(display, line, column, msg);
    return false;
  }
  out.bytes = std::move(bytes);
  return true;
}

}  // namespace leadnet::detail
