#pragma once
// CSV output (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.

#include <ostream>
#include <string>
#include <vector>

#include "core/format_detail.hpp"

namespace leadnet::cli {

class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  void row(const std::vector<std::string>& fields);

 private:
  std::ostream& out_;
};

/// A number with up to 10 significant digits ("0.1234567891"); empty for NaN.
using leadnet::detail::csv_number;

}  // namespace leadnet::cli
