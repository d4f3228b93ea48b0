#pragma once
// The key findings of a report in plain words, generated from the numbers: what a director, an HR
// partner or a MED committee should read first. Each finding is one headline sentence with the
// figures behind it, and a second sentence naming where and who (units by name, people by name
// and id, or by pseudonym) when that is allowed.
//
// The rules (all thresholds are stated in the sentences they produce):
// - chain_gaps: formal lines without dialogue, and the units holding most of them.
// - leader_gaps: leaders whose own line up is silent; two silent lines in a row ("broken twice").
// - span: leaders over the span limit (the Danish Leadership Commission's concern), the largest.
// - isolated_leaders: no dialogue up, no peer among the leaders, no HR tie.
// - distance_to_top: people whose dialogue path to the top is 3 or more steps longer than their
//   formal line; the workplaces with the longest mean detour; people the dialogue never reaches.
// - hr_reach: leaders 3 or more steps from HR, or without any path to HR.
// - no_peers: leaders without a peer tie outside their own line.
// - politics: leaders with direct political ties; the units whose head is far from politics.
// - formal_problems: cycles, two managers, managers who are not leaders.
// Privacy: people are named only with person-level output; a unit whose figures are suppressed is
// never named with a figure, and its count is said as "units too small to show".
//
// Severity: 2 a problem to act on, 1 worth a look, 0 for information. Findings are ordered by
// severity, then by the order above. Deterministic.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "leadnet/model/org_graph.hpp"

namespace leadnet {

struct AnalyzeResult;

struct Finding {
  std::string id;     // "chain_gaps", ...
  std::string topic;  // "chain", "silos", "centrality", "structure"
  int severity = 0;
  std::string headline;  // one sentence
  std::string detail;    // where and who; may be empty
  /// The figures the sentences are made from, by name.
  std::vector<std::pair<std::string, double>> figures;
};

std::vector<Finding> key_findings(const OrgGraph& graph, const AnalyzeResult& result);

}  // namespace leadnet
