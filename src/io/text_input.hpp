#pragma once
// Reading a text file for parsing: whole file in memory, BOM handled, UTF-8 checked, and
// positions turned into line and column for diagnostics (private to the library).

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet::detail {

struct TextFile {
  std::string display_name;  // as shown in diagnostics
  std::string bytes;         // content without BOM
  std::size_t bom_bytes = 0;
};

/// Reads `path` into memory and checks it with decode_text(). Records an error (and returns
/// false) when the file is missing, is a directory or another non-regular file (a named pipe
/// would block forever), or cannot be read. `display` is the name used in messages.
bool read_text_file(const std::filesystem::path& path, const std::string& display, TextFile& out,
                    Diagnostics& diags);

/// Takes text already in memory: strips a UTF-8 BOM and records an error (returning false) when
/// it is UTF-16/UTF-32, holds NUL bytes, or is not valid UTF-8 (naming the likely encoding).
bool decode_text(std::string bytes, const std::string& display, TextFile& out, Diagnostics& diags);

/// Checks UTF-8 validity; on failure returns the offset of the first bad byte.
bool valid_utf8(std::string_view s, std::size_t* bad_offset);

/// 1-based line and column (in characters, not bytes) of `offset` in `text`.
void line_column(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column);

/// Column in characters of `offset` given the offset where its line starts.
std::size_t char_column(std::string_view text, std::size_t line_start, std::size_t offset);

/// Line and column of offsets visited mostly in increasing order, in time linear in the text
/// overall (line_column() from the start each time would be quadratic). Going back costs the
/// distance back plus the length of the line reached.
class TextCursor {
 public:
  explicit TextCursor(std::string_view text) : text_(text) {}
  void locate(std::size_t offset, std::size_t& line, std::size_t& column);

 private:
  std::string_view text_;
  std::size_t offset_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

/// An error when the text holds NUL bytes (UTF-16 or UTF-32 without a byte-order mark, or a
/// binary file); returns false after recording it.
bool check_no_nul(std::string_view text, const std::string& display, Diagnostics& diags);

}  // namespace leadnet::detail
