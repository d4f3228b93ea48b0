#include "adapters/top_eigenvector.hpp"

#include <algorithm>

#include <Spectra/SymEigsSolver.h>
#include <Eigen/Core>

namespace leadnet::adapters {

namespace {

class CallbackOp {
 public:
  using Scalar = double;
  CallbackOp(const SymmetricOperator& apply, Eigen::Index n) : apply_(apply), n_(n) {}
  Eigen::Index rows() const { return n_; }
  Eigen::Index cols() const { return n_; }
  void perform_op(const double* x_in, double* y_out) const { apply_(x_in, y_out); }

 private:
  const SymmetricOperator& apply_;
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

}  // namespace leadnet::adapters
