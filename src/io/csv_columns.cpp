#include "io/csv_columns.hpp"

namespace leadnet::detail {

const std::vector<ColumnSpec>& nodes_csv_columns() {
  static const std::vector<ColumnSpec> spec = {
      {"id", {"id", "node", "node_id"}, true}, {"role", {"role", "rolle"}, true},     {"name", {"name", "navn"}, false},
      {"unit", {"unit", "enhed"}, false},      {"level", {"level", "niveau"}, false},
  };
  return spec;
}

const std::vector<ColumnSpec>& edges_csv_columns() {
  static const std::vector<ColumnSpec> spec = {
      {"source", {"source", "kilde", "from", "fra"}, true}, {"target", {"target", "mål", "maal", "to", "til"}, true},
      {"type", {"type", "relation", "layer"}, true},        {"weight", {"weight", "vægt", "vaegt"}, false},
      {"directed", {"directed", "rettet"}, false},
  };
  return spec;
}

const std::vector<ColumnSpec>& units_csv_columns() {
  static const std::vector<ColumnSpec> spec = {
      {"id", {"id", "unit", "enhed", "unit_id"}, true},
      {"name", {"name", "navn"}, false},
      {"parent", {"parent", "forælder", "foraelder", "overordnet", "parent_id"}, true},
      {"kind", {"kind", "art", "type"}, false},
  };
  return spec;
}

}  // namespace leadnet::detail
