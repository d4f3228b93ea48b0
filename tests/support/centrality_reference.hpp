#pragma once
// The NetworkX reference values of tests/data/reference/centrality/ (written by
// tests/reference/centrality_reference.py) and the views they were computed on.

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "leadnet/model/view.hpp"

namespace leadnet::test {

struct ReferenceCase {
  std::string file;  // for messages: "krackhardt-hightech/advice-directed-unweighted"
  std::string dataset;
  std::vector<std::string> layers;  // empty: all
  bool directed = true;
  bool weighted = false;
  nlohmann::json record;

  /// The reference column, or a null json when NetworkX gave none (it did not converge).
  const nlohmann::json& column(const std::string& name) const { return record.at("measures").at(name); }
  /// The leadnet view the case describes (graphs are read once and cached).
  View view() const;
};

/// Every stored case, sorted by file name. Fails the calling test when the folder is empty.
const std::vector<ReferenceCase>& centrality_reference_cases();

/// Checks every value of `ours` against the reference column: |ours - ref| <= 1e-6 |ref| +
/// 1e-9 max|ref| (the absolute floor covers values that are zero up to rounding). Node ids are
/// matched by position after checking that the case's node ids are the graph's, in order.
/// Returns the number of values compared.
std::size_t check_against_reference(const ReferenceCase& c, const std::string& column, const std::vector<double>& ours);

}  // namespace leadnet::test
