#pragma once
// Plain-text tables for the terminal: columns padded by display width (UTF-8 aware), numbers
// right-aligned.

#include <ostream>
#include <string>
#include <vector>

#include "core/format_detail.hpp"

namespace leadnet::cli {

class TextTable {
 public:
  enum class Align { left, right };
  explicit TextTable(std::vector<std::string> header, std::vector<Align> align = {});
  void add_row(std::vector<std::string> row);
  void print(std::ostream& out, const std::string& indent = "") const;
  std::size_t rows() const { return rows_.size(); }

 private:
  std::vector<std::string> header_;
  std::vector<Align> align_;
  std::vector<std::vector<std::string>> rows_;
};

/// Display width of a UTF-8 string (code points; all treated as one column wide).
std::size_t display_width(const std::string& s);
/// Cuts a UTF-8 string to at most `width` columns, ending in "…" when cut.
std::string truncate_display(const std::string& s, std::size_t width);
/// "12,345" style thousands grouping for counts.
using leadnet::detail::group_digits;
/// Fixed decimals ("0.123"), or "-" for NaN.
std::string fixed(double x, int decimals);

}  // namespace leadnet::cli
