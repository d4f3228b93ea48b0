#pragma once
// The JSON form of `leadnet chain` (schema "leadnet/chain/1"), also embedded in analyze's report.
//
// Top level: schema, name, dialogue_layers, span_limit, summary (the summary.* keys DESIGN.md
// names: formal_ties, backed_ties, chain_gaps, gap_rate, max_span, layers, ...), problems,
// roots, gaps, leaders_over_span_limit, isolated_leaders, ties, people, skip_level_ties, units,
// levels, krackhardt. Nodes appear by their external id. NaN (an undefined mean or measure) and
// "no value" (-1 distances, no node) are written as null.

#include <ostream>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "leadnet/metrics/chain.hpp"

namespace leadnet {

nlohmann::json chain_to_json(const OrgGraph& graph, const ChainResult& result);

/// The same document written as it is made (array elements one per line), with "dataset" after
/// "name" when not empty: memory stays small however many people the result holds.
void write_chain_json(std::ostream& out, const OrgGraph& graph, const ChainResult& result, std::string_view dataset);

}  // namespace leadnet
