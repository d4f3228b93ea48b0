#include "adapters/top_eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

// GCC 12 reports a use after free inside Eigen's aligned_free when GenEigsSolver is inlined (a
// known false positive of -Wuse-after-free on Eigen's conditional deallocation).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuse-after-free"
#endif
#include <Spectra/GenEigsSolver.h>
#include <Spectra/SymEigsSolver.h>
#include <Eigen/Core>
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

TopEigenvector perron_eigenvector(std::uint32_t n, const Operator& apply, const std::vector<double>& start,
                                  double tolerance, std::uint32_t max_restarts) {
  TopEigenvector r;
  CallbackOp op(apply, n);
  // One wanted value (see the header), 6 Arnoldi vectors per restart: two wanted values took
  // 2 379 products on sf-50000. On the 1-million-node graphs (fifth session, alternating runs)
  // 6 vectors took 19 products on sf-1000000 and 52 on muni-500000 in ~0.77 s and ~0.66 s, 12
  // vectors 18 and 43 products in ~0.82 s and ~0.71 s (fewer products, more orthogonalisation
  // against longer bases); 4, 5, 7, 8 and 16 were no better.
  const Eigen::Index ncv = std::min<Eigen::Index>(n, 6);
  Spectra::GenEigsSolver<CallbackOp> eigs(op, 1, ncv);
  eigs.init(start.data());
  eigs.compute(Spectra::SortRule::LargestReal, max_restarts, tolerance);
  r.products = static_cast<std::uint64_t>(eigs.num_operations());
  if (eigs.info() != Spectra::CompInfo::Successful) return r;
  const Eigen::VectorXcd values = eigs.eigenvalues();
  const double scale = std::max(1.0, std::abs(values(0).real()));
  if (std::abs(values(0).imag()) > 1e-9 * scale) return r;
  r.value = values(0).real();
  // A complex eigenvector of a real eigenvalue is a real one times a phase: undo the phase of
  // its largest entry, then keep the real part.
  Eigen::VectorXcd z = eigs.eigenvectors(1).col(0);
  Eigen::Index largest = 0;
  z.cwiseAbs().maxCoeff(&largest);
  z *= std::abs(z(largest)) / z(largest);
  Eigen::VectorXd v = z.real();
  if (v.sum() < 0.0) v = -v;
  const double length = v.norm();
  if (!(length > 0.0)) return r;
  v /= length;
  r.vector.assign(v.data(), v.data() + n);
  return r;
}

}  // namespace leadnet::adapters
