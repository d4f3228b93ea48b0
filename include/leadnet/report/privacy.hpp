#pragma once
// Disclosure control for reports (GDPR: these are personal data). Three switches:
//
// - Pseudonymisation (model/pseudonymize.hpp) is done on the graph before the analysis; the
//   report only says that it was.
// - Minimum group size K (default 5, the rule of Microsoft Viva Insights, the only ONA tool with
//   one; features.md §4.5): every figure computed over a group (a unit, a silo, a formal level, a
//   pair of units) of fewer than K people is suppressed in every output, and the output says so.
//   A group's headcount and name stay visible (the organisation chart is public in a Danish
//   municipality); what it measures does not.
//   Secondary suppression: a suppressed figure must not come back by subtraction from a total
//   that is shown. For a table of groups that split a whole (each person in one group), the
//   suppressed groups of each block (e.g. the units of one silo), and then of the whole table,
//   must together hold either no one or at least K people; while they hold 1..K-1, the smallest
//   group still shown there (with people; lowest index on ties) is suppressed as well. A block
//   whose groups are all suppressed and still hold fewer than K people is itself a group under K
//   (its total is suppressed wherever it is shown). Sums over a block or over the whole table
//   then reveal only a figure over K or more people.
// - Person level off: no per-person table, list or label anywhere (people.csv, leaders.csv,
//   chain_gaps.csv, the graph files, ids in report.json and findings, labels on the maps).

#include <cstdint>
#include <vector>

namespace leadnet {

struct PrivacyOptions {
  /// The graph was pseudonymised before the analysis (said in the report).
  bool pseudonymized = false;
  /// K: groups of fewer people have their figures suppressed; 0 or 1 turns suppression off.
  std::uint32_t min_group_size = 5;
  /// false: no per-person output at all.
  bool person_level = true;
};

/// Which groups' figures to suppress (see above): `sizes[i]` is the number of people group i's
/// figures are computed over, `blocks[i]` the block it belongs to for the secondary rule (empty:
/// one block). A group without people has no figures and is never suppressed.
std::vector<bool> suppressed_groups(const std::vector<std::uint64_t>& sizes, const std::vector<std::uint32_t>& blocks,
                                    std::uint32_t min_group_size);

}  // namespace leadnet
