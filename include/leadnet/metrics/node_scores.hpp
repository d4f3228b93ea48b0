#pragma once
// What every centrality measure returns: one score per node, plus how it was obtained.
//
// Scores are indexed by NodeId (0 .. num_nodes-1), with no holes. Iterative measures (PageRank,
// eigenvector, Katz, HITS) say how many sweeps they made and the last change; sampled
// betweenness says how many shortest paths it sampled and the bound it guarantees.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace leadnet {

struct NodeScores {
  /// One value per node, by NodeId.
  std::vector<double> values;
  /// Iterative measures: sweeps made (0 for direct computations; for eigenvector centrality by
  /// Arnoldi, products with the matrix).
  std::uint32_t iterations = 0;
  /// Iterative measures solved otherwise than by NetworkX's power iteration: the method's name
  /// ("Arnoldi" for eigenvector centrality, "Gauss-Seidel" for PageRank); empty for
  /// the power iteration.
  std::string solver;
  /// Iterative measures: the change of the last sweep, in the measure's stopping norm.
  double last_change = 0.0;
  /// Sampled betweenness: shortest paths sampled (0 when exact).
  std::uint64_t samples = 0;
  /// Sampled betweenness: the absolute error bound on the normalised scale (0 when exact).
  double error_bound = 0.0;
  /// Sampled betweenness: the upper bound on the vertex diameter used to size the sample.
  std::uint64_t vertex_diameter_bound = 0;
};

/// Settings shared by the iterative measures. `tolerance` is the stopping threshold of each
/// measure's own norm (documented per measure); `max_iterations` is a hard stop.
struct IterationOptions {
  double tolerance = 1e-12;
  std::uint32_t max_iterations = 10000;
  /// Below this many arcs every sweep runs on one thread: waking threads for each of a few
  /// hundred sweeps costs more than the sweep (results are identical either way).
  std::size_t min_parallel_arcs = 100000;
  /// From this many nodes, a power iteration that will run many more sweeps renumbers the nodes
  /// by row length first (faster sweeps; the rows' sums are unchanged, the sums over all nodes
  /// are taken in another order, so the last bits can differ).
  std::size_t min_renumber_nodes = std::size_t{1} << 17;
};

/// An iterative measure did not settle: Katz with alpha at or above 1 / spectral radius (the
/// series diverges), or eigenvector centrality on a graph whose power iteration does not
/// converge (e.g. a directed acyclic graph). NetworkX raises PowerIterationFailedConvergence
/// in the same cases.
class NotConverged : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace leadnet
