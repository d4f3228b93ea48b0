#include "leadnet/metrics/degree.hpp"

namespace leadnet {

namespace {

std::vector<double> row_sizes(const Csr& csr) {
  std::vector<double> d(csr.num_nodes());
  for (NodeId v = 0; v < csr.num_nodes(); ++v) d[v] = static_cast<double>(csr.degree(v));
  return d;
}

// Sum of row weights; a CSR without weights has weight 1 on every arc.
std::vector<double> row_weights(const Csr& csr) {
  std::vector<double> s(csr.num_nodes());
  for (NodeId v = 0; v < csr.num_nodes(); ++v) s[v] = csr.strength(v);
  return s;
}

}  // namespace

DegreeScores degree(const View& view, const DegreeOptions& /*options*/, RunContext& /*ctx*/) {
  DegreeScores d;
  if (view.directed()) {
    d.in_degree = row_sizes(view.in());
    d.out_degree = row_sizes(view.out());
    if (view.weighted()) {
      d.strength = row_weights(view.in());
      const std::vector<double> out = row_weights(view.out());
      for (std::size_t v = 0; v < out.size(); ++v) d.strength[v] += out[v];
    }
  } else {
    d.degree = row_sizes(view.out());
    if (view.weighted()) d.strength = row_weights(view.out());
  }
  return d;
}

}  // namespace leadnet
