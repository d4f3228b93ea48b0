#pragma once
// The known columns of the CSV folder form with the spellings read for each (English first),
// shared by the reader and the writer (which must not write an attribute that would be read
// back as one of these).

#include <string_view>
#include <vector>

namespace leadnet::detail {

struct ColumnSpec {
  const char* name;
  std::vector<std::string_view> spellings;  // folded (lower case) forms
  bool required;
};

/// nodes.csv: id, role, name, unit, level (in this order).
const std::vector<ColumnSpec>& nodes_csv_columns();
/// edges.csv: source, target, type, weight, directed.
const std::vector<ColumnSpec>& edges_csv_columns();
/// units.csv: id, name, parent, kind.
const std::vector<ColumnSpec>& units_csv_columns();

}  // namespace leadnet::detail
