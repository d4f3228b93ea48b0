#include "adapters/top_eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>

// GCC 12 reports a use after free inside Eigen's aligned_free when SymEigsSolver is inlined (a
// known false positive of -Wuse-after-free on Eigen's conditional deallocation).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuse-after-free"
#endif
#include <Spectra/SymEigsSolver.h>
#include <Eigen/Core>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace leadnet::adapters {

namespace {

class CallbackOp {
 public:
  using Scalar = double;
  CallbackOp(const std::function<void(const double*, double*)>& apply, Eigen::Index n) : apply_(apply), n_(n) {}
  Eigen::Index rows() const { return n_; }
  Eigen::Index cols() const { return n_; }
  void perform_op(const double* x_in, double* y_out) const { apply_(x_in, y_out); }

 private:
  const std::function<void(const double*, double*)>& apply_;
  Eigen::Index n_;
};

}  // namespace

TopEigenvector top_eigenvector(std::uint32_t n, const SymmetricOperator& apply, const std::vector<double>& start,
                               double tolerance, std::uint32_t max_restarts) {
  TopEigenvector r;
  CallbackOp op(apply, n);
  // Two wanted values keep the second one in view (see the header); 8 Lanczos vectors per
  // restart: on the benchmark graphs more vectors saved few products and cost more in
  // orthogonalisation (muni-6000: 38 products and 5.9 ms with 20 vectors, 31 and 3.9 ms with 8).
  const Eigen::Index ncv = std::min<Eigen::Index>(n, 8);
  Spectra::SymEigsSolver<CallbackOp> eigs(op, 2, ncv);
  eigs.init(start.data());
  eigs.compute(Spectra::SortRule::LargestAlge, max_restarts, tolerance);
  r.products = static_cast<std::uint64_t>(eigs.num_operations());
  if (eigs.info() != Spectra::CompInfo::Successful) return r;
  const Eigen::VectorXd values = eigs.eigenvalues();
  const Eigen::MatrixXd vectors = eigs.eigenvectors();
  r.value = values(0);
  r.second = values(1);
  r.vector.assign(vectors.col(0).data(), vectors.col(0).data() + n);
  return r;
}

namespace {

// Vector kernels of the Arnoldi process below. Each pass walks the vectors in chunks of
// kChunk entries, so the chunk of w stays in L1 while every basis vector's chunk streams past
// it; sums are accumulated chunk by chunk in a fixed order (the same bits every run).
constexpr std::size_t kChunk = 1024;

double dot_chunk(const double* a, const double* b, std::size_t len) {
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  std::size_t i = 0;
  for (; i + 4 <= len; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (; i < len; ++i) s0 += a[i] * b[i];
  return (s0 + s1) + (s2 + s3);
}

// h[c] = <V_c, w> for c < k.
void project(const std::vector<std::vector<double>>& V, std::size_t k, const double* w, std::size_t n, double* h) {
  std::fill(h, h + k, 0.0);
  for (std::size_t b = 0; b < n; b += kChunk) {
    const std::size_t len = std::min(kChunk, n - b);
    for (std::size_t c = 0; c < k; ++c) h[c] += dot_chunk(V[c].data() + b, w + b, len);
  }
}

// w -= sum_c h[c] V_c for c < k; then next[c] = <V_c, w> (when next is not null) and the
// returned ||w||^2, all in one pass; finally w *= scale.
double subtract(const std::vector<std::vector<double>>& V, std::size_t k, const double* h, double* w, std::size_t n,
                double* next, double scale = 1.0) {
  if (next != nullptr) std::fill(next, next + k, 0.0);
  double squares = 0.0;
  for (std::size_t b = 0; b < n; b += kChunk) {
    const std::size_t len = std::min(kChunk, n - b);
    double* wb = w + b;
    for (std::size_t c = 0; c < k; ++c) {
      const double* vb = V[c].data() + b;
      const double hc = h[c];
      for (std::size_t i = 0; i < len; ++i) wb[i] -= hc * vb[i];
    }
    if (next != nullptr)
      for (std::size_t c = 0; c < k; ++c) next[c] += dot_chunk(V[c].data() + b, wb, len);
    squares += dot_chunk(wb, wb, len);
    if (scale != 1.0)
      for (std::size_t i = 0; i < len; ++i) wb[i] *= scale;
  }
  return squares;
}

// out[c] = sum_i Q(i, c) V_i for c < Q.cols(), i < k, chunk by chunk through `scratch` (one
// chunk per output), so an output may be one of the V_i themselves (a restart rotates V in
// place).
void mix(const std::vector<std::vector<double>>& V, std::size_t k, const Eigen::MatrixXd& Q, std::size_t n,
         const std::vector<double*>& out, std::vector<double>& scratch) {
  const std::size_t p = static_cast<std::size_t>(Q.cols());
  scratch.resize(std::max(scratch.size(), p * kChunk));
  for (std::size_t b = 0; b < n; b += kChunk) {
    const std::size_t len = std::min(kChunk, n - b);
    std::fill(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(p * kChunk), 0.0);
    for (std::size_t i = 0; i < k; ++i) {
      const double* vb = V[i].data() + b;
      for (std::size_t c = 0; c < p; ++c) {
        const double q = Q(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(c));
        double* chunk = scratch.data() + c * kChunk;
        for (std::size_t e = 0; e < len; ++e) chunk[e] += q * vb[e];
      }
    }
    for (std::size_t c = 0; c < p; ++c) {
      const double* chunk = scratch.data() + c * kChunk;
      std::copy(chunk, chunk + len, out[c] + b);
    }
  }
}

struct RitzPair {
  std::complex<double> value;
  Eigen::VectorXcd vector;  // unit length, in the basis V
};

// The Ritz pair with the largest real part, from the eigen-decomposition of the projected
// matrix (Hessenberg until the first thick restart, which fills a row).
RitzPair top_ritz_pair(const Eigen::EigenSolver<Eigen::MatrixXd>& solver) {
  const Eigen::VectorXcd values = solver.eigenvalues();
  Eigen::Index best = 0;
  for (Eigen::Index i = 1; i < values.size(); ++i)
    if (values(i).real() > values(best).real()) best = i;
  return {values(best), solver.eigenvectors().col(best)};  // Eigen's columns have length 1
}

}  // namespace

TopEigenvector perron_eigenvector(std::uint32_t n, const Operator& apply, const std::vector<double>& start,
                                  double tolerance, std::uint32_t max_restarts) {
  // Arnoldi with the orthogonalisation done twice when the first pass cancelled more than
  // 30 % of the vector (classical Gram–Schmidt with the DGKS test that ARPACK uses; the second
  // pass's coefficients come out of the first subtraction's pass, and its subtraction waits for
  // the pass that normalises). Convergence is tested after every product: the residual of the
  // Ritz pair with the largest real part, beta |s_last|, below tolerance times |theta|
  // (Spectra's test). After kBasis vectors the basis restarts thick (see below), keeping
  // kKeep vectors. Replaces Spectra's GenEigsSolver, which spent as long outside the products
  // as in them on the million-node graphs (278 of 590 ms on sf-1000000): its reorthogonalisation
  // may repeat up to five times per product, and it allocates per restart. This loop streams
  // each basis vector two or three times per product. 6 and 2 were the fastest of 4-16 and 1-6 on
  // sf-1000000 and muni-500000 (sixth session: 19 and 49 products; keeping 1, as Spectra did,
  // took 71 on the municipality).
  TopEigenvector r;
  if (n < 2) return r;
  constexpr std::size_t kBasis = 6;
  constexpr Eigen::Index kKeep = 2;
  const std::size_t m = std::min<std::size_t>(kBasis, n);
  const Eigen::Index km = static_cast<Eigen::Index>(m);
  const Eigen::Index keep = std::min<Eigen::Index>(kKeep, km - 1);
  std::vector<std::vector<double>> V(m + 1, std::vector<double>(n));
  std::vector<double> y(n), scratch;
  Eigen::MatrixXd H = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(m + 1), static_cast<Eigen::Index>(m));
  std::vector<double> h(m + 1), h2(m + 1);
  const double eps23 = std::pow(std::numeric_limits<double>::epsilon(), 2.0 / 3.0);

  double length = std::sqrt(dot_chunk(start.data(), start.data(), n));
  if (!(length > 0.0)) return r;
  for (std::size_t i = 0; i < n; ++i) V[0][i] = start[i] / length;

  std::size_t j = 0;  // V_0 .. V_j are the basis; the next product is A V_j
  for (std::uint32_t restarts = 0;;) {
    double* w = V[j + 1].data();
    apply(V[j].data(), w);
    ++r.products;
    const std::size_t k = j + 1;
    project(V, k, w, n, h.data());
    const double squares = subtract(V, k, h.data(), w, n, h2.data());
    double projected = 0.0;
    for (std::size_t c = 0; c < k; ++c) projected += h[c] * h[c];
    double beta = std::sqrt(squares);
    std::size_t pending = 0;  // h2's correction, left for the pass that normalises w
    if (!(beta > 0.717 * std::sqrt(projected))) {  // cancellation: orthogonalise once more
      double correction = 0.0;
      for (std::size_t c = 0; c < k; ++c) correction += h2[c] * h2[c];
      if (correction <= 0.75 * squares) {
        // ||w - V h2||^2 = ||w||^2 - ||h2||^2 (V h2 is w's projection), so the correction
        // can wait for the normalising pass.
        beta = std::sqrt(squares - correction);
        pending = k;
      } else {
        beta = std::sqrt(subtract(V, k, h2.data(), w, n, nullptr));
      }
      for (std::size_t c = 0; c < k; ++c) h[c] += h2[c];
    }
    for (std::size_t c = 0; c < k; ++c) H(static_cast<Eigen::Index>(c), static_cast<Eigen::Index>(j)) = h[c];
    if (!std::isfinite(beta)) return r;
    const auto kk = static_cast<Eigen::Index>(k);
    const Eigen::EigenSolver<Eigen::MatrixXd> solver(H.topLeftCorner(kk, kk), true);
    const RitzPair ritz = top_ritz_pair(solver);
    const double residual = beta * std::abs(ritz.vector(static_cast<Eigen::Index>(j)));
    const bool real = std::abs(ritz.value.imag()) <= 1e-9 * std::max(1.0, std::abs(ritz.value.real()));
    if (residual < tolerance * std::max(eps23, std::abs(ritz.value))) {
      if (!real) return r;
      // A complex eigenvector of a real eigenvalue is a real one times a phase: undo the phase
      // of its largest entry, then keep the real part.
      Eigen::VectorXcd z = ritz.vector;
      Eigen::Index largest = 0;
      z.cwiseAbs().maxCoeff(&largest);
      z *= std::abs(z(largest)) / z(largest);
      const Eigen::VectorXd s = z.real();
      mix(V, k, s, n, {y.data()}, scratch);
      double sum = 0.0;
      for (double v : y) sum += v;
      length = std::sqrt(dot_chunk(y.data(), y.data(), n));
      if (!(length > 0.0)) return r;
      const double scale = (sum < 0.0 ? -1.0 : 1.0) / length;
      for (double& v : y) v *= scale;
      r.value = ritz.value.real();
      r.vector = std::move(y);
      return r;
    }
    if (!(beta > 1e-300) || beta < 1e-14 * std::sqrt(projected)) return r;  // invariant space without it
    subtract(V, pending, h2.data(), w, n, nullptr, 1.0 / beta);
    if (k < m) {
      H(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(j)) = beta;
      ++j;
      continue;
    }
    if (++restarts > max_restarts) return r;
    // Thick restart (Krylov-Schur in the form of Stewart 2001, with an orthonormal basis of the
    // wanted invariant subspace instead of a reordered Schur form): keep the span of the Ritz
    // vectors of the `keep` Ritz values with the largest real parts. With Q (m x p) an
    // orthonormal basis of that span of H's eigenvectors, W = V Q satisfies
    // A W = W (Q^T H Q) + beta V_m (e_m^T Q): the basis (W, V_m) continues without a product.
    // (k == m here: `solver` holds the whole projected matrix.)
    const Eigen::VectorXcd values = solver.eigenvalues();
    std::vector<Eigen::Index> order(static_cast<std::size_t>(km));
    for (Eigen::Index i = 0; i < km; ++i) order[static_cast<std::size_t>(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](Eigen::Index a, Eigen::Index b) { return values(a).real() > values(b).real(); });
    Eigen::MatrixXd S(km, km);
    Eigen::Index p = 0;
    for (std::size_t t = 0; t < order.size() && p < keep; ++t) {
      const Eigen::Index i = order[t];
      const Eigen::VectorXcd v = solver.eigenvectors().col(i);
      if (std::abs(values(i).imag()) <= 1e-9 * std::max(1.0, std::abs(values(i).real()))) {
        if (v.real().norm() >= v.imag().norm())
          S.col(p++) = v.real();
        else
          S.col(p++) = v.imag();
      } else if (values(i).imag() > 0.0) {  // a conjugate pair: its real and imaginary parts
        if (p + 2 > km - 1) break;
        S.col(p++) = v.real();
        S.col(p++) = v.imag();
      }
    }
    if (p == 0) return r;
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(S.leftCols(p));
    const Eigen::MatrixXd Q = qr.householderQ() * Eigen::MatrixXd::Identity(km, p);
    const Eigen::MatrixXd T = Q.transpose() * H.topLeftCorner(km, km) * Q;
    const Eigen::RowVectorXd b = beta * Q.row(km - 1);
    std::vector<double*> kept(static_cast<std::size_t>(p));
    for (std::size_t c = 0; c < kept.size(); ++c) kept[c] = V[c].data();
    mix(V, static_cast<std::size_t>(km), Q, n, kept, scratch);
    V[static_cast<std::size_t>(p)].swap(V[m]);
    H.setZero();
    H.topLeftCorner(p, p) = T;
    H.row(p).head(p) = b;
    j = static_cast<std::size_t>(p);
  }
}

}  // namespace leadnet::adapters
