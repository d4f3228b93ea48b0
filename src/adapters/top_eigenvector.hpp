#pragma once
// The leading eigenvector of a symmetric positive semi-definite operator, by Spectra's
// implicitly restarted Lanczos (ARPACK's method, which igraph and NetworkX's svds use), and of
// a nonnegative one, by Arnoldi with thick restarts (written here: Spectra's Arnoldi spent as
// long orthogonalising as multiplying on million-node graphs). The only place the
// link-analysis measures touch Eigen and Spectra.

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

/// y = A x for a square matrix A with nonnegative entries, n entries per vector; deterministic.
using Operator = std::function<void(const double* x, double* y)>;

/// The eigenvector of A's eigenvalue with the largest real part (the Perron root of a nonnegative
/// matrix), started from `start`. Arnoldi looks for that one value only (asking for two makes it
/// converge the second, which on directed graphs sits in a cluster of complex values, and costs
/// a hundred times the products), so `second` is 0: whether the root is simple is the caller's
/// to check. The vector is real, of unit length, with a nonnegative sum; empty when Arnoldi did
/// not converge or the eigenvalue found is not real. `tolerance` as above (the same test as
/// Spectra's). Sequential apart from `apply`: the same bits at any thread count. Memory: 8
/// vectors of n doubles.
TopEigenvector perron_eigenvector(std::uint32_t n, const Operator& apply, const std::vector<double>& start,
                                  double tolerance, std::uint32_t max_restarts);

}  // namespace leadnet::adapters
