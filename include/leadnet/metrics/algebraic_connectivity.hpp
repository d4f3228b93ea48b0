#pragma once
// Algebraic connectivity of the largest connected component: how well the organisation hangs
// together as a whole (Fiedler 1973).
//
// Definition: λ2, the second-smallest eigenvalue of the Laplacian L = D − W of the largest
// (weakly) connected component of the view, read as undirected (direction dropped, an arc u → v
// and v → u adding their weights); W holds the weights of a weighted view, else 1. It is 0 for a
// disconnected graph, grows with how many ties must be cut to split the component, and is small
// when the component is two blocks joined by a few ties. Equals
// networkx.algebraic_connectivity(G.subgraph(largest component), weight=..., normalized=False)
// (NetworkX 2.8). NaN for a component of fewer than 2 people (NetworkX raises).
//
// Computation: dense eigen-decomposition up to 300 people; above, Lanczos (Spectra) on the
// Laplacian's pseudo-inverse, applied by solving with the Laplacian grounded at one vertex (Eigen):
// Jacobi-preconditioned conjugate gradients on well-mixed graphs, sparse Cholesky on chain- and
// tree-like ones where CG converges slowly (src/adapters/laplacian_spectrum.hpp). Deterministic
// (fixed start vector); single-threaded.
//
// Size limit: the sparse Cholesky factor of a large, clustered component can fill in badly (on
// the denmark preset, 500,000 employees in one component, the factorisation had not finished
// after 4.5 CPU minutes), so components above `max_people` (default 100,000) are not computed:
// `skipped` is set and the value is NaN. 0 lifts the limit.

#include <cstdint>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct AlgebraicConnectivity {
  double value = 0.0;              // λ2 (NaN when the component has fewer than 2 people)
  NodeId component_size = 0;       // people in the largest component
  NodeId people = 0;               // people in the view
  std::uint32_t components = 0;    // connected components (isolates included)
  bool converged = true;
  bool skipped = false;            // component above AlgebraicConnectivityOptions::max_people
};

struct AlgebraicConnectivityOptions {
  /// Largest component computed; above it the value is NaN and `skipped` is set. 0: no limit.
  NodeId max_people = 100000;
};

AlgebraicConnectivity algebraic_connectivity(const View& view, const AlgebraicConnectivityOptions& options,
                                             RunContext& ctx);
/// With the default options.
AlgebraicConnectivity algebraic_connectivity(const View& view, RunContext& ctx);

}  // namespace leadnet
