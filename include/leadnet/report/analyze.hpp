#pragma once
// `leadnet analyze`: every analysis of the library on one organisation, as one pipeline of
// stages, and the report folder made from it (report.json, CSV tables, GraphML, GEXF, index.html).
//
// The pipeline runs these stages in order; each calls one analysis of the library (none is
// computed here) and stores its result; `skip` leaves any of them out except the summary:
//   summary     people, ties, units, levels, components (metrics/summary.hpp)
//   chain       the chain of leadership (metrics/chain.hpp)
//   centrality  per person, on the informal network (undirected, unweighted): degree
//               (metrics/degree.hpp); betweenness (metrics/betweenness.hpp; sampled with an error
//               bound when asked, or automatically above `approx_above` people with ties, and the
//               report says so) and PageRank (metrics/pagerank.hpp) over the people with at least
//               one informal tie (NetworkX's values on that graph; empty for the others)
//   silos       on the informal network with silos at `unit_depth`: E-I per silo and person
//               (metrics/ei_index.hpp), mixing (metrics/mixing.hpp), modularity of the silos,
//               bridge risk per pair of units (metrics/bridge_risk.hpp) at the silo level and one
//               level deeper (where "Skoler and Socialområdet" live when the silos are the
//               administrations), citizen coherence (metrics/citizen_coherence.hpp)
//   maps        the people map (viz/people_map.hpp), the chain map (viz/chain_map.hpp) and the
//               units map (viz/units_map.hpp, from the silo figures); the people and chain maps are
//               left out above their size limits (a canvas of more people is unreadable on a
//               wall), with a note.
//   privacy     minimum group size (report/privacy.hpp): which unit, level and pair figures are
//               suppressed
//   findings    the key findings in plain words (report/findings.hpp)
//
// Layers: the chain reads its own (reports_to against the dialogue layers). The "informal
// network" that the other analyses read is every layer except the formal lines (reports_to,
// dotted_line) and service (ties to citizens), unless `layers` says otherwise.
//
// Determinism: every randomised step is seeded from RunContext::seed, and nothing in the report
// depends on the thread count or the clock: the same input, options and seed give the same bytes.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/io/input_digest.hpp"
#include "leadnet/metrics/bridge_risk.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/metrics/citizen_coherence.hpp"
#include "leadnet/metrics/ei_index.hpp"
#include "leadnet/metrics/mixing.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/metrics/summary.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/report/findings.hpp"
#include "leadnet/report/privacy.hpp"
#include "leadnet/viz/scene.hpp"

namespace leadnet {

/// Version of report.json's layout: "leadnet/analyze/1".
inline constexpr std::string_view kAnalyzeSchema = "leadnet/analyze/1";

/// A stage or part that --skip accepts, with one line for --help.
struct SkipChoice {
  std::string_view name;
  std::string_view what;
};
const std::vector<SkipChoice>& analyze_skip_choices();

struct AnalyzeOptions {
  /// Stage names to leave out (analyze_skip_choices()); unknown names: UsageError.
  std::vector<std::string> skip;
  /// Dialogue layers of the chain analysis; empty: sparring, advice, communication, collaboration.
  std::vector<LayerId> dialogue_layers;
  /// The informal network; empty: every layer with ties except reports_to, dotted_line, service.
  std::vector<LayerId> layers;
  std::uint32_t unit_depth = 1;
  std::uint32_t span_limit = 30;
  /// Betweenness: sampled with this absolute error bound (RK); unset: exact up to `approx_above`
  /// people with ties in the informal network, sampled with `auto_approx_eps` above.
  std::optional<double> approx_eps;
  NodeId approx_above = 20000;
  double auto_approx_eps = 0.002;
  /// E-I permutation test: label shuffles (0: none); the test is left out above
  /// `permutation_ties_up_to` ties (it costs shuffles x ties), with a note.
  std::uint32_t permutations = 200;
  std::uint64_t permutation_ties_up_to = 2000000;
  /// Maps: the people map is drawn up to this many people, the chain map up to this many people
  /// in the formal organisation.
  NodeId people_map_up_to = 5000;
  std::uint64_t chain_map_up_to = 20000;
  PrivacyOptions privacy;
  /// Called when a stage starts (done = false) and ends (done = true, with its wall seconds);
  /// for a log line per stage. May be empty. The library prints nothing itself.
  std::function<void(std::string_view stage, bool done, double seconds)> on_stage;
};

/// What happened to one stage.
struct StageRun {
  std::string name;
  bool ran = false;
  /// Why it was skipped or how it ran ("approximate: ..."); empty when there is nothing to say.
  std::string note;
};

/// Suppression decided by the privacy stage (true: the group's figures are not shown).
struct Suppression {
  std::uint32_t min_group_size = 0;
  /// By UnitId: the unit's own figures (people directly in it).
  std::vector<bool> unit;
  /// By UnitId of a silo (the unit at unit_depth, or a shallower unit holding people): figures
  /// summed over the silo and its subunits.
  std::vector<bool> silo;
  /// By ChainResult::levels index.
  std::vector<bool> level;
  std::uint64_t units_suppressed = 0;
  std::uint64_t silos_suppressed = 0;
  std::uint64_t levels_suppressed = 0;
  /// By GroupId of AnalyzeSilos::silos and ::subunits (people with a unit in the group, not
  /// only the formal organisation): E-I, ties and pairs of that group. A pair of groups is
  /// suppressed when either group is.
  std::vector<bool> silo_group;
  std::vector<bool> subunit_group;
  std::uint64_t groups_suppressed = 0;
  bool any() const { return units_suppressed + silos_suppressed + levels_suppressed + groups_suppressed > 0; }
};

/// Per-person scores on the informal network (stage "centrality"), by NodeId.
struct AnalyzeCentrality {
  std::vector<double> degree;
  /// Over the people with ties (NaN for the others).
  std::vector<double> pagerank;
  /// Over the people with ties (NaN for the others); empty when betweenness was skipped.
  std::vector<double> betweenness;
  NodeScores betweenness_info;  // samples and error bound when sampled
  bool approximate = false;
  /// People with at least one tie in the informal network (what the automatic switch counts).
  NodeId connected = 0;
};

/// Silo figures (stage "silos").
struct AnalyzeSilos {
  /// Silos at unit_depth, and units one level deeper (empty when the tree is not that deep).
  Partition silos;
  Partition subunits;
  EiResult ei;
  MixingMatrix mixing;
  MixingMatrix sub_mixing;
  double modularity = 0.0;
  /// Per node: other silos among their contacts.
  std::vector<std::uint32_t> silos_reached;
  BridgeRisk bridges;      // between silos
  BridgeRisk sub_bridges;  // between units one level deeper
  CitizenCoherence coherence;
};

struct AnalyzeResult {
  AnalyzeOptions options;  // with layers resolved
  std::vector<StageRun> stages;
  OrgSummary summary;
  std::optional<ChainResult> chain;
  std::optional<AnalyzeCentrality> centrality;
  std::optional<AnalyzeSilos> silos;
  /// Maps in the order shown (people, chain, units), each drawn by the viz library.
  std::vector<viz::Scene> maps;
  Suppression suppression;
  std::vector<Finding> findings;
  /// Sentences the report must carry: approximations, skipped parts, thresholds.
  std::vector<std::string> notes;

  bool ran(std::string_view stage) const;
};

/// Runs the pipeline. Throws UsageError for an unknown --skip name or a bad option; Cancelled
/// when ctx asks to stop.
AnalyzeResult analyze(const OrgGraph& graph, const AnalyzeOptions& options, RunContext& ctx);

/// What the report records about where it came from.
struct ReportProvenance {
  /// The dataset as the user named it (its last path component; no absolute paths in reports).
  std::string dataset;
  InputDigest input;
  std::uint64_t seed = 1;
  /// The command line's options, for report.json ("options").
  std::vector<std::pair<std::string, std::string>> options;
};

/// Writes the report folder: report.json, people.csv, leaders.csv, units.csv, unit_pairs.csv,
/// chain_gaps.csv, network.graphml, network.gexf, index.html (the per-person files only with
/// person-level output; see privacy.hpp). Written into a temporary folder beside `dir` and renamed
/// into place at the end (AtomicDirectory): a failed or interrupted run leaves nothing behind.
/// An existing `dir` is replaced only when it is empty or an earlier leadnet report (it holds
/// report.json of this schema family and nothing but report files); otherwise UsageError, so a
/// mistyped -o never deletes other work. Returns the files written, in order.
std::vector<std::string> write_analyze_report(const OrgGraph& graph, const AnalyzeResult& result,
                                              const ReportProvenance& provenance, const std::filesystem::path& dir,
                                              RunContext& ctx);

/// Throws UsageError when `dir` exists and may not be replaced (see write_analyze_report); for
/// checking before a long analysis.
void check_report_target(const std::filesystem::path& dir);

}  // namespace leadnet
