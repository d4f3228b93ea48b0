#include <catch2/catch.hpp>

#include "adapters/laplacian_spectrum.hpp"
#include "leadnet/core/rng.hpp"

using namespace leadnet::adapters;

TEST_CASE("laplacian_spectrum: Cholesky and conjugate-gradient paths equal the dense eigenvalue", "[adapters][algebraic_connectivity]") {
  // A connected random graph of 400 people: a ring (for connectivity) plus 1,600 random ties with
  // weights 1–3. The dense eigen-decomposition is the reference.
  leadnet::Rng rng(7);
  const std::uint32_t n = 400;
  std::vector<WeightedEdge> edges;
  for (std::uint32_t i = 0; i < n; ++i) edges.push_back({i, (i + 1) % n, 1.0});
  for (int k = 0; k < 1600; ++k) {
    const auto u = static_cast<std::uint32_t>(rng.below(n)), v = static_cast<std::uint32_t>(rng.below(n));
    if (u != v) edges.push_back({u, v, 1.0 + static_cast<double>(rng.below(3))});
  }
  const double dense = fiedler_value(n, edges, FiedlerSolver::dense).value;
  CHECK(dense > 0.0);
  const auto chol = fiedler_value(n, edges, FiedlerSolver::cholesky);
  const auto cg = fiedler_value(n, edges, FiedlerSolver::conjugate_gradient);
  CHECK(chol.converged);
  CHECK(cg.converged);
  CHECK(chol.value == Approx(dense).epsilon(1e-9));
  CHECK(cg.value == Approx(dense).epsilon(1e-7));
}
