#pragma once
// Bundled datasets and the reference values written for them by the committed scripts in
// tests/reference/ (NetworkX, R sna, direct formulas). Datasets are read once per test run.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "leadnet/model/org_graph.hpp"

namespace leadnet::test {

/// The folders under datasets/, sorted.
std::vector<std::string> bundled_datasets();
/// A bundled dataset, read on first use and kept for the rest of the run.
const OrgGraph& bundled(const std::string& name);
/// tests/data/reference/<area>/<dataset>.json.
const nlohmann::json& reference_values(const std::string& area, const std::string& dataset);
/// Node id by external id; fails the test when absent.
NodeId node(const OrgGraph& graph, const std::string& id);

}  // namespace leadnet::test
