#pragma once
// Several centrality measures in one call, as named score columns: what `leadnet centrality`
// and the full report print. Each measure is documented in its own header (degree.hpp,
// betweenness.hpp, closeness.hpp, harmonic.hpp, eigenvector.hpp, pagerank.hpp, katz.hpp,
// hits.hpp); this file only runs the chosen ones and names their columns as DESIGN.md does.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/betweenness.hpp"
#include "leadnet/metrics/closeness.hpp"
#include "leadnet/metrics/eigenvector.hpp"
#include "leadnet/metrics/hits.hpp"
#include "leadnet/metrics/katz.hpp"
#include "leadnet/metrics/pagerank.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

enum class Measure { degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz, hits };

inline constexpr Measure kAllMeasures[] = {Measure::degree,   Measure::betweenness, Measure::closeness,
                                           Measure::harmonic, Measure::eigenvector, Measure::pagerank,
                                           Measure::katz,     Measure::hits};

std::string_view measure_name(Measure m);
std::optional<Measure> parse_measure(std::string_view name);
/// "degree,pagerank" or "all" (several arguments are joined); order kept, repeats dropped.
/// Throws UsageError naming an unknown measure and listing the known ones.
std::vector<Measure> parse_measures(const std::vector<std::string>& lists);

struct CentralityOptions {
  std::vector<Measure> measures;
  BetweennessOptions betweenness;
  ClosenessOptions closeness;
  EigenvectorOptions eigenvector;
  PageRankOptions pagerank;
  KatzOptions katz;
  HitsOptions hits;
};

/// One output column: "degree", "in_degree", "out_degree", "strength", "betweenness",
/// "closeness", "harmonic", "eigenvector", "pagerank", "katz", "hub" or "authority".
struct ScoreColumn {
  std::string name;
  Measure measure;
  /// One per node; all NaN when the measure failed (see CentralityResult::failures).
  std::vector<double> values;
  /// Whole numbers by construction (degree counts).
  bool integral = false;
};

struct MeasureRun {
  Measure measure;
  /// How it went: iterations, sample size and bound (see NodeScores).
  NodeScores info;
  /// Why the measure has no values (NotConverged's message); empty when it succeeded.
  std::string failure;
};

struct CentralityResult {
  std::vector<ScoreColumn> columns;
  std::vector<MeasureRun> runs;
};

/// Runs the chosen measures in order. A measure whose iteration does not settle (NotConverged)
/// gets NaN columns and its message in `runs`; the others are unaffected.
CentralityResult centrality(const View& view, const CentralityOptions& options, RunContext& ctx);

}  // namespace leadnet
