#pragma once
// The silo reports that the "silos" reference values of tests/data/reference/silos/ (written by
// the committed reference script) describe: one per bundled dataset, configuration and direction.

#include <functional>

#include <nlohmann/json.hpp>

#include "leadnet/metrics/silos.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet::test {

/// Calls f(graph, values, directed, report) for every bundled dataset, every configuration in its
/// "silos" reference file and both directions, where report is silos_report() at the
/// configuration's unit depth without the permutation test. An INFO names the case.
void for_each_silos_reference(
    const std::function<void(const OrgGraph&, const nlohmann::json&, bool, const SilosReport&)>& f);

}  // namespace leadnet::test
