#pragma once
// The leading eigenvector of a symmetric positive semi-definite operator, by Spectra's
// implicitly restarted Lanczos (the method of ARPACK, which igraph and NetworkX's svds use). The
// only place the link-analysis measures touch Eigen and Spectra.

#include <cstdint>
#include <functional>
#include <vector>

namespace leadnet::adapters {

/// y = M x for vectors of n entries; must be deterministic (the same bits for the same x).
using SymmetricOperator = std::function<void(const double* x, double* y)>;

struct TopEigenvector {
  std::vector<double> vector;  // unit length; empty when Lanczos did not converge
  double value = 0.0;
  double second = 0.0;         // the next Ritz value (Lanczos looks for two)
  std::uint64_t products = 0;  // applications of the operator
};

/// The eigenvector of the largest eigenvalue of M (n entries, M symmetric positive
/// semi-definite, n >= 3), started from `start` (not all zero), and the next Ritz value. In
/// exact arithmetic the Krylov space of `start` holds only the projection of `start` onto the
/// top eigenspace, what a power iteration from `start` reaches; in floating point, rounding can
/// bring in the rest of a multiple top eigenspace, and then `second` equals `value` and the
/// vector is an arbitrary one of that space: callers check.
/// `tolerance` is Spectra's: the residual ||M x - value x|| relative to the eigenvalue. The
/// computation is sequential apart from `apply`, so the result does not depend on threads.
TopEigenvector top_eigenvector(std::uint32_t n, const SymmetricOperator& apply, const std::vector<double>& start,
                               double tolerance, std::uint32_t max_restarts);

}  // namespace leadnet::adapters
