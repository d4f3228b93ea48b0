#include "cli/csv_out.hpp"

namespace leadnet::cli {

void CsvWriter::row(const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out_ << ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out_ << f;
      continue;
    }
    out_ << '"';
    for (char c : f) {
      if (c == '"') out_ << '"';
      out_ << c;
    }
    out_ << '"';
  }
  out_ << '\n';
}

}  // namespace leadnet::cli
