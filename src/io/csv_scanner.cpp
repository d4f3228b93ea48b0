#include "io/csv_scanner.hpp"

#include "io/text_input.hpp"

namespace leadnet::detail {

CsvScanner::CsvScanner(std::string_view text, std::string file, Diagnostics& diags)
    : text_(text), file_(std::move(file)), diags_(diags) {}

std::size_t CsvScanner::column(const CsvField& f) const { return char_column(text_, f.line_start, f.offset); }

std::size_t CsvScanner::end_column() const { return char_column(text_, record_end_line_start_, record_end_); }

void CsvScanner::error_at(std::size_t offset, std::size_t line, std::size_t line_start, const std::string& msg) {
  diags_.error(file_, line, char_column(text_, line_start, offset), msg);
}

bool CsvScanner::read_header(std::vector<std::string>& names, std::vector<std::size_t>* columns) {
  // Skip blank lines before the header.
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\n' || (text_[pos_] == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n'))) {
      ++line_;
      line_start_ = pos_ + 1;
    }
    ++pos_;
  }
  if (pos_ >= text_.size()) {
    diags_.error(file_, 0, 0, "file is empty; expected a header row");
    return false;
  }
  // Count candidate delimiters outside quotes on the header line.
  std::size_t commas = 0, semis = 0, tabs = 0;
  bool quoted = false;
  for (std::size_t i = pos_; i < text_.size(); ++i) {
    const char c = text_[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++commas;
    if (c == ';') ++semis;
    if (c == '\t') ++tabs;
  }
  if (commas == 0 && semis == 0 && tabs == 0) {
    // A single column: fine only if the caller expects one; pick ',' and let it check names.
    delim_ = ',';
  } else if (semis >= commas && semis >= tabs) {
    delim_ = (semis == commas || semis == tabs) ? '\0' : ';';
  } else if (commas >= tabs) {
    delim_ = commas == tabs ? '\0' : ',';
  } else {
    delim_ = '\t';
  }
  if (delim_ == '\0') {
    diags_.error(file_, line_, 1,
                 "cannot tell the delimiter: the header has as many of two kinds (commas " + std::to_string(commas) +
                     ", semicolons " + std::to_string(semis) + ", tabs " + std::to_string(tabs) + ")");
    return false;
  }
  std::vector<CsvField> fields;
  if (!next(fields)) {
    if (!diags_.has_errors()) diags_.error(file_, 0, 0, "file is empty; expected a header row");
    return false;
  }
  names.clear();
  if (columns != nullptr) columns->clear();
  for (const auto& f : fields) {
    names.emplace_back(f.text);
    if (columns != nullptr) columns->push_back(column(f));
  }
  return true;
}

bool CsvScanner::next(std::vector<CsvField>& fields) {
  for (;;) {
    const Result r = scan_record(fields);
    if (r == Result::end) return false;
    if (r == Result::bad) continue;
    // Skip blank records: an empty line or one with only delimiters/spaces.
    bool blank = true;
    for (const auto& f : fields)
      if (f.text.find_first_not_of(" \t") != std::string_view::npos) {
        blank = false;
        break;
      }
    if (!blank) return true;
  }
}

CsvScanner::Result CsvScanner::scan_record(std::vector<CsvField>& fields) {
  fields.clear();
  const std::size_t n = text_.size();
  if (pos_ >= n) return Result::end;
  record_line_ = line_;
  scratch_.clear();
  // Unescaped copies live in scratch_; their views are set once the record is complete, because
  // scratch_ may grow (and move) while the record is scanned.
  std::vector<std::pair<std::size_t, std::pair<std::size_t, std::size_t>>> escaped_fields;
  const char d = delim_;
  auto finish = [&] {
    for (const auto& [index, range] : escaped_fields)
      fields[index].text = std::string_view(scratch_.data() + range.first, range.second);
    return Result::ok;
  };
  for (;;) {
    CsvField f;
    f.offset = pos_;
    f.line = line_;
    f.line_start = line_start_;
    if (pos_ < n && text_[pos_] == '"') {
      // Quoted field.
      std::size_t i = pos_ + 1;
      std::size_t seg = i;
      bool escaped = false;
      std::size_t scratch_begin = scratch_.size();
      for (;;) {
        if (i >= n) {
          error_at(f.offset, f.line, f.line_start, "quoted field is not closed (missing '\"' before the end of the file)");
          pos_ = n;
          return Result::bad;
        }
        const char c = text_[i];
        if (c == '"') {
          if (i + 1 < n && text_[i + 1] == '"') {
            if (!escaped) scratch_begin = scratch_.size();
            scratch_.append(text_.data() + seg, i + 1 - seg);
            escaped = true;
            i += 2;
            seg = i;
            continue;
          }
          break;
        }
        if (c == '\n' || (c == '\r' && (i + 1 >= n || text_[i + 1] != '\n'))) {
          ++line_;
          line_start_ = i + 1;
        }
        ++i;
      }
      if (escaped) {
        scratch_.append(text_.data() + seg, i - seg);
        escaped_fields.push_back({fields.size(), {scratch_begin, scratch_.size() - scratch_begin}});
      } else {
        f.text = text_.substr(pos_ + 1, i - pos_ - 1);
      }
      pos_ = i + 1;
      // After the closing quote: delimiter, line end or end of text.
      if (pos_ < n && text_[pos_] != d && text_[pos_] != '\n' && text_[pos_] != '\r') {
        error_at(pos_, line_, line_start_,
                 "unexpected text after a closing quote (a '\"' inside a field must be doubled: \"\")");
        // Skip to the end of the line to resynchronise.
        while (pos_ < n && text_[pos_] != '\n') ++pos_;
        if (pos_ < n) {
          ++pos_;
          ++line_;
          line_start_ = pos_;
        }
        return Result::bad;
      }
    } else {
      std::size_t i = pos_;
      while (i < n) {
        const char c = text_[i];
        if (c == d || c == '\n' || c == '\r') break;
        if (c == '"') {
          error_at(i, line_, line_start_,
                   "quote character inside an unquoted field (quote the whole field and double the quote: \"\")");
          while (i < n && text_[i] != '\n') ++i;
          pos_ = i < n ? i + 1 : n;
          if (i < n) {
            ++line_;
            line_start_ = pos_;
          }
          return Result::bad;
        }
        ++i;
      }
      f.text = text_.substr(pos_, i - pos_);
      pos_ = i;
    }
    fields.push_back(f);
    if (pos_ >= n) {
      record_end_ = pos_;
      record_end_line_start_ = line_start_;
      return finish();
    }
    const char c = text_[pos_];
    if (c == d) {
      ++pos_;
      continue;
    }
    // Line end: CRLF, LF or lone CR.
    record_end_ = pos_;
    record_end_line_start_ = line_start_;
    if (c == '\r' && pos_ + 1 < n && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = pos_;
    return finish();
  }
}

}  // namespace leadnet::detail
