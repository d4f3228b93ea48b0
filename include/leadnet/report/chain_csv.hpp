#pragma once
// CSV tables of `leadnet chain`: one row per entity, a header row, the id first (DESIGN.md).
//
// - people: everyone in the formal organisation and every leader: id, name, role, unit, leader,
//   depth, manager, root, chain, breaks, first_break, first_break_depth, distance_to_top, loss,
//   people_below, skip_level_ties, then the leader columns span, over_span_limit, gaps_below,
//   peer_ties, hr_distance, political_ties, political_distance, political_via, external_ties,
//   isolated (empty for people who are not leaders).
// - ties: one row per reports_to tie: subordinate (the id), manager, backed, backed_by (dialogue
//   layers joined by ';'), primary, subordinate_depth, people_cut_off (the subordinate and
//   everyone under them when the tie is a gap, else 0).
// - units: one row per unit with people of the formal organisation.
// - levels: one row per formal depth.
// Empty cells mean "no value" (unreachable, not a leader, undefined mean). RFC 4180 quoting.

#include <ostream>
#include <string_view>

#include "leadnet/metrics/chain.hpp"

namespace leadnet {

enum class ChainCsvTable { people, ties, units, levels };

/// Parses "people", "ties", "units", "levels"; throws UsageError otherwise.
ChainCsvTable parse_chain_csv_table(std::string_view name);

void write_chain_csv(std::ostream& out, const OrgGraph& graph, const ChainResult& result, ChainCsvTable table);

}  // namespace leadnet
