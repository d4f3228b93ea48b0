#pragma once
// The chain of leadership (DESIGN.md, "Chain of leadership (definitions)"): where formal lines
// carry no dialogue, spans of control, unbroken chains, distance to the top, HR reach, peer
// sparring, isolated leaders, skip-level ties, political and external reach, per person, per
// unit, per level and overall; and Krackhardt's hierarchy measures for the formal layer beside
// each dialogue layer.
//
// The analysis reads several layers in different roles (reports_to as the formal line, the
// dialogue layers, hr_support, political, network), so it takes the OrgGraph rather than one
// View and builds its own undirected dialogue view.
//
// Definitions (every distance is a BFS hop count on undirected ties; weights are ignored):
// - Formal line: reports_to arcs subordinate -> manager. FormalTree decides depth and the primary
//   (first) manager; cycles, two managers and non-leader managers are reported as problems and
//   never hang the analysis. Chains, depths and "own reporting line" follow primary managers.
// - A formal tie is *backed* when some dialogue layer (default sparring, advice, communication,
//   collaboration) holds a tie between subordinate and manager in either direction; otherwise it
//   is a *chain gap*. gap_rate = chain_gaps / formal_ties (NaN without formal ties). Every
//   reports_to arc counts, second managers included.
// - Span of control of v: v's direct reports (in-degree in reports_to), not the subtree (Bro,
//   Langagergaard & Jacobsen 2020). Spread over managers (span > 0): mean, median, 90th
//   percentile, histogram. Leaders over `span_limit` (default 30, the Leadership Commission
//   chair's maximum) are those with span > span_limit. layers = levels of the deepest chain.
// - Unbroken chain: every primary tie from the person up to their root is backed. first_break is
//   the subordinate end of the nearest gap on the way up (the person themself when their own
//   line is the gap), first_break_depth its depth, breaks the number of gaps on the way up.
//   People on or under a cycle have an unknown chain.
// - Distance to the top: dialogue distance from the person to the nearest root of the formal
//   forest (multi-source BFS), beside the formal depth; loss = distance − depth. People the
//   dialogue does not connect to any root are counted as unreachable.
// - HR reach (leaders): distance to the nearest node of role hr over the dialogue layers plus
//   hr_support. An HR tie is a distance of 1.
// - Peer sparring (leaders): distinct other leaders tied to them in the dialogue layers or the
//   network layer (network groups such as a leaders' network are peer forums) who are neither
//   above them nor below them on the primary formal line.
// - Isolated leader: no backed tie up to a manager, no peer tie and no HR tie. A root has no line
//   up; for a root the first condition reads "no backed tie to any direct report" (otherwise
//   every lone top leader would be listed).
// - Skip-level tie: a dialogue tie {u, v} between people of formal depths differing by two or
//   more; in_line when one is above the other on the primary formal line.
// - Political reach (leaders): distinct politicians tied to them in the political layer; the
//   distance from the nearest politician over political + dialogue ties, and `political_via`,
//   the first non-politician on that shortest path (the person who carries politics in: the
//   lowest-id choice among equally short paths). External ties: distinct neighbours of role
//   external or citizen in any layer. external_share = leaders with an external tie / leaders.
// - Per unit (people directly in the unit) and per formal depth: the same counts. The unit's
//   head is its leader of smallest depth (lowest id on ties).
// - Krackhardt GTD (metrics/krackhardt_gtd.hpp) on the people of the formal organisation (all
//   people when there is no reports_to tie), ties to others left out: reports_to reversed to
//   boss -> subordinate, and each non-empty dialogue layer as stored (undirected layers as two
//   arcs).
//
// Complexity O((n + m) log d) (binary searches for tie lookups), plus the GTD's own bound.
// Memory O(n + m). Deterministic; single-threaded (every step is a linear pass or a BFS).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/krackhardt_gtd.hpp"
#include "leadnet/model/formal_tree.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

struct ChainOptions {
  /// Layers that count as dialogue; empty means sparring, advice, communication, collaboration.
  /// reports_to is not allowed (the formal line cannot back itself).
  std::vector<LayerId> dialogue_layers;
  /// Leaders with more direct reports than this are over the limit.
  std::uint32_t span_limit = 30;
  /// Compute Krackhardt's GTD per layer (the most expensive step on large graphs).
  bool krackhardt = true;
  GtdOptions gtd;
};

struct FormalTie {
  NodeId subordinate = kNoNode;
  NodeId manager = kNoNode;
  /// Bit i set: dialogue layer i (ChainResult::dialogue_layers[i]) holds a tie between the two.
  std::uint64_t backed_by = 0;
  /// The subordinate's primary (first) manager: the line their chain follows.
  bool primary = true;
  bool backed() const { return backed_by != 0; }
};

enum class ChainState : std::uint8_t { unbroken, broken, unknown };

std::string_view chain_state_name(ChainState state);

/// One person of the formal organisation, or a leader outside it. Leader fields are 0 / -1 /
/// kNoNode / false for people who are not leaders.
struct ChainPerson {
  NodeId node = kNoNode;
  bool leader = false;     // role leader, or has direct reports
  std::int32_t depth = -1;  // formal depth (root 0); -1 outside the formal forest or on/under a cycle
  NodeId manager = kNoNode;
  NodeId root = kNoNode;
  ChainState chain = ChainState::unknown;
  std::uint32_t breaks = 0;
  NodeId first_break = kNoNode;
  std::int32_t first_break_depth = -1;
  std::int32_t distance_to_top = -1;  // -1: not connected to a root by dialogue
  std::uint32_t skip_level_ties = 0;
  std::uint64_t people_below = 0;  // under them on the primary formal line (a gap in their line cuts them all off)
  // Leaders.
  std::uint32_t span = 0;
  std::uint32_t gaps_below = 0;  // direct reports whose tie to them is a gap
  bool over_span_limit = false;
  bool backed_up = false;  // has a backed tie to a manager
  std::uint32_t peer_ties = 0;
  std::int32_t hr_distance = -1;
  std::uint32_t political_ties = 0;
  std::uint32_t external_ties = 0;
  std::int32_t political_distance = -1;
  NodeId political_via = kNoNode;
  bool isolated = false;

  bool in_formal_tree() const { return depth >= 0; }
  bool has_loss() const { return depth >= 0 && distance_to_top >= 0; }
  std::int32_t loss() const { return distance_to_top - depth; }
};

struct SkipLevelTie {
  NodeId upper = kNoNode;  // the one higher up (smaller depth)
  NodeId lower = kNoNode;
  std::int32_t levels = 0;  // depth difference, >= 2
  bool in_line = false;
};

/// Counts for a group of people (a unit or a formal depth).
struct ChainGroup {
  std::uint64_t people = 0;  // in the formal forest
  std::uint64_t leaders = 0;
  std::uint64_t formal_ties = 0;  // ties whose subordinate is in the group
  std::uint64_t chain_gaps = 0;
  std::uint64_t unbroken = 0;
  std::uint64_t broken = 0;
  std::uint64_t reachable = 0;  // people with a dialogue distance to the top
  double mean_depth = 0.0;
  double mean_distance = 0.0;  // over reachable people
  double mean_loss = 0.0;      // over reachable people
  std::int32_t max_loss = 0;
  std::uint32_t max_span = 0;
  std::uint64_t over_span_limit = 0;
  std::uint64_t isolated_leaders = 0;
  std::uint64_t skip_level_ties = 0;  // ties of the group's people (a tie inside counts twice)
  double gap_rate() const;
  double unbroken_share() const;
};

struct ChainUnit {
  UnitId unit = kNoUnit;
  ChainGroup counts;
  NodeId head = kNoNode;
  std::int32_t head_political_distance = -1;
  NodeId head_political_via = kNoNode;
};

struct ChainLevel {
  std::int32_t depth = 0;
  ChainGroup counts;
  double mean_span = 0.0;  // over managers at this depth
};

struct ChainSummary {
  std::uint64_t formal_ties = 0;
  std::uint64_t backed_ties = 0;
  std::uint64_t chain_gaps = 0;
  double gap_rate = 0.0;
  std::uint32_t layers = 0;
  std::uint32_t max_span = 0;
  NodeId max_span_leader = kNoNode;
  std::uint64_t managers = 0;  // people with direct reports
  double mean_span = 0.0;
  double median_span = 0.0;
  std::uint32_t p90_span = 0;
  std::uint64_t leaders_over_span_limit = 0;
  std::uint64_t people = 0;  // in the formal forest (depth known)
  std::uint64_t unbroken = 0;
  std::uint64_t broken = 0;
  std::uint64_t broken_twice = 0;  // two or more gaps between them and the top
  std::uint64_t chain_unknown = 0;  // in the formal layer but on or under a cycle
  double unbroken_share = 0.0;
  double mean_depth = 0.0;
  double mean_distance_to_top = 0.0;
  double mean_loss = 0.0;
  std::int32_t max_loss = 0;
  std::uint64_t unreachable_top = 0;
  std::uint64_t leaders = 0;
  std::uint64_t hr_people = 0;
  std::uint64_t leaders_reaching_hr = 0;
  double mean_hr_distance = 0.0;
  std::uint64_t leaders_with_hr_tie = 0;
  std::uint64_t leaders_far_from_hr = 0;  // HR distance 3 or more, or none
  double mean_peer_ties = 0.0;
  std::uint64_t leaders_without_peers = 0;
  std::uint64_t isolated_leaders = 0;
  std::uint64_t skip_level_ties = 0;
  std::uint64_t skip_level_in_line = 0;
  std::uint64_t politicians = 0;
  std::uint64_t leaders_with_political_tie = 0;
  std::uint64_t leaders_reaching_politics = 0;
  std::uint64_t leaders_with_external_tie = 0;
  double external_share = 0.0;
};

/// Span histogram buckets (direct reports): 1–5, 6–10, 11–20, 21–30, 31–50, 51–75, 76–100, >100.
inline constexpr std::uint32_t kSpanBucketUpper[] = {5, 10, 20, 30, 50, 75, 100, 0xFFFFFFFFu};
inline constexpr std::size_t kSpanBuckets = 8;
std::string span_bucket_label(std::size_t bucket);

struct ChainGtd {
  LayerId layer = kNoLayer;
  std::string name;
  bool reversed = false;  // reports_to read boss -> subordinate
  GtdResult gtd;
};

struct ChainResult {
  std::vector<LayerId> dialogue_layers;
  std::uint32_t span_limit = 30;
  ChainSummary summary;
  std::vector<FormalProblem> problems;
  std::vector<NodeId> roots;
  std::vector<FormalTie> ties;         // by subordinate, then manager
  std::vector<ChainPerson> people;     // by node id
  std::vector<SkipLevelTie> skip_level;  // by upper, then lower
  std::vector<ChainUnit> units;        // units with people of the formal organisation, by unit id
  std::vector<ChainLevel> levels;      // by depth
  std::array<std::uint64_t, kSpanBuckets> span_histogram{};
  std::vector<ChainGtd> krackhardt;    // reports_to first, then the non-empty dialogue layers
};

/// The whole analysis. Throws UsageError for a dialogue layer that is reports_to or missing.
ChainResult chain_of_leadership(const OrgGraph& graph, const ChainOptions& options, RunContext& ctx);

}  // namespace leadnet
