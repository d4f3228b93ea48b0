#pragma once
// RFC 4180 CSV scanning over an in-memory UTF-8 text: delimiter detection from the header
// (comma, semicolon or tab), quoted fields with "" escapes and embedded newlines, CRLF / LF / CR
// line ends. Fields are string views into the text, or into per-row scratch space when they
// contained escaped quotes. Every field knows its line and column for diagnostics.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet::detail {

struct CsvField {
  std::string_view text;
  std::size_t offset = 0;      // byte offset of the field's first character
  std::size_t line = 0;        // 1-based line of that character
  std::size_t line_start = 0;  // byte offset where that line starts
};

class CsvScanner {
 public:
  CsvScanner(std::string_view text, std::string file, Diagnostics& diags);

  /// Reads the header row and detects the delimiter. Records an error and returns false when
  /// the file is empty or the delimiter cannot be told. `columns`, when given, receives each
  /// name's character column (for messages about one column of the header).
  bool read_header(std::vector<std::string>& names, std::vector<std::size_t>* columns = nullptr);
  char delimiter() const { return delim_; }

  /// Reads the next non-blank record. Returns false at the end of the text. A malformed record
  /// (unterminated quote, stray quote) is reported and skipped.
  bool next(std::vector<CsvField>& fields);

  /// Line of the record last returned.
  std::size_t record_line() const { return record_line_; }
  /// 1-based character column of a field.
  std::size_t column(const CsvField& f) const;
  const std::string& file() const { return file_; }
  std::string_view text() const { return text_; }
  /// Byte offset reached so far (for progress).
  std::size_t position() const { return pos_; }
  /// Column just past the end of the record last returned (for "missing field" messages).
  std::size_t end_column() const;

 private:
  enum class Result { ok, end, bad };
  Result scan_record(std::vector<CsvField>& fields);
  void error_at(std::size_t offset, std::size_t line, std::size_t line_start, const std::string& msg);

  std::string_view text_;
  std::string file_;
  Diagnostics& diags_;
  char delim_ = ',';
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t record_line_ = 0;
  std::size_t record_end_ = 0;
  std::size_t record_end_line_start_ = 0;
  std::string scratch_;
};

}  // namespace leadnet::detail
