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
/// eigen-decomposition; larger ones Lanczos on the pseudo-inverse of the Laplacian, whose largest
/// eigenvalue is 1 / λ2, applied by solving with the Laplacian grounded at one vertex:
/// Jacobi-preconditioned conjugate gradients when a trial solve converges within 400 steps
/// (well-mixed graphs, where a Cholesky factor would fill in), else sparse Cholesky (chain- and
/// tree-like graphs, whose factor stays sparse).
enum class FiedlerSolver { automatic, dense, cholesky, conjugate_gradient };
FiedlerValue fiedler_value(std::uint32_t n, const std::vector<WeightedEdge>& edges,
                           FiedlerSolver solver = FiedlerSolver::automatic);

}  // namespace leadnet::adapters
