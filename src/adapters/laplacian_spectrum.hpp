#pragma once
// The second-smallest eigenvalue of a connected graph's Laplacian (Fiedler value), with Eigen and
// Spectra. The only place algebraic connectivity touches them.

#include <cstdint>
#include <vector>

namespace leadnet::adapters {

struct WeightedEdge {
  std::uint32_t u;
  std::uint32_t v;
  double weight;
};

struct FiedlerValue {
  double value = 0.0;
  std::uint32_t iterations = 0;  // Lanczos restarts (0 for the dense path)
  bool converged = true;
};

/// `n` >= 2 vertices, each edge once (u != v), graph connected. Small graphs use a dense
/// eigen-decomposition; larger ones Lanczos on the pseudo-inverse of the Laplacian (grounded
/// Cholesky solves), whose largest eigenvalue is 1 / λ2.
FiedlerValue fiedler_value(std::uint32_t n, const std::vector<WeightedEdge>& edges);

}  // namespace leadnet::adapters
