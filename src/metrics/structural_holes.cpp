#include "leadnet/metrics/structural_holes.hpp"

#include <algorithm>
#include <limits>

#include <omp.h>

#include "metrics/parallel_detail.hpp"

namespace leadnet {

namespace {

constexpr std::size_t kBlock = 2048;

// Contacts with mutual weights z_ij + z_ji, symmetric. For an undirected view the view's own rows
// (every edge appears in both rows with its weight; the factor 2 of NetworkX's mutual weight
// cancels in p and m). For a directed view out- and in-rows are merged.
Csr mutual_weights(const View& view) {
  const NodeId n = view.num_nodes();
  if (!view.directed()) {
    Csr c = view.out();
    if (c.weights.empty()) c.weights.assign(c.targets.size(), 1.0);
    return c;
  }
  const Csr& out = view.out();
  const Csr& in = view.in();
  Csr c;
  c.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  c.targets.reserve(out.num_arcs() + in.num_arcs());
  c.weights.reserve(out.num_arcs() + in.num_arcs());
  for (NodeId v = 0; v < n; ++v) {
    EdgeOffset i = out.offsets[v], ie = out.offsets[v + 1];
    EdgeOffset j = in.offsets[v], je = in.offsets[v + 1];
    while (i < ie || j < je) {
      if (j == je || (i < ie && out.targets[i] < in.targets[j])) {
        c.targets.push_back(out.targets[i]);
        c.weights.push_back(out.weight(i++));
      } else if (i == ie || in.targets[j] < out.targets[i]) {
        c.targets.push_back(in.targets[j]);
        c.weights.push_back(in.weight(j++));
      } else {
        c.targets.push_back(out.targets[i]);
        c.weights.push_back(out.weight(i++) + in.weight(j++));
      }
    }
    c.offsets[v + 1] = c.targets.size();
  }
  return c;
}

}  // namespace

StructuralHoles structural_holes(const View& view, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  const Csr z = mutual_weights(view);
  StructuralHoles r;
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  r.constraint.assign(n, kNaN);
  r.effective_size.assign(n, kNaN);
  r.efficiency.assign(n, kNaN);
  r.contacts.assign(n, 0);

  // Per node: the sum and the largest of its mutual weights.
  std::vector<double> sum(n, 0.0), max(n, 0.0);
  for (NodeId v = 0; v < n; ++v)
    for (EdgeOffset e = z.offsets[v]; e < z.offsets[v + 1]; ++e) {
      sum[v] += z.weights[e];
      max[v] = std::max(max[v], z.weights[e]);
    }

  const int threads = ctx.thread_count();
  std::vector<std::vector<double>> scratch(static_cast<std::size_t>(threads));
  const std::size_t blocks = (static_cast<std::size_t>(n) + kBlock - 1) / kBlock;
  detail::parallel_blocks(blocks, ctx, "constraint and effective size", [&](std::size_t b, int) {
    auto& p = scratch[static_cast<std::size_t>(omp_get_thread_num())];
    if (p.size() != n) p.assign(n, 0.0);  // p[q] = p_iq while i is processed, else 0
    const NodeId first = static_cast<NodeId>(b * kBlock);
    const NodeId last = static_cast<NodeId>(std::min<std::size_t>(n, (b + 1) * kBlock));
    for (NodeId i = first; i < last; ++i) {
      const EdgeOffset ib = z.offsets[i], ie = z.offsets[i + 1];
      const std::size_t deg_i = ie - ib;
      r.contacts[i] = static_cast<std::uint32_t>(deg_i);
      if (deg_i == 0) continue;
      for (EdgeOffset e = ib; e < ie; ++e) p[z.targets[e]] = z.weights[e] / sum[i];
      double constraint = 0.0, effective = 0.0;
      for (EdgeOffset e = ib; e < ie; ++e) {
        const NodeId j = z.targets[e];
        const EdgeOffset jb = z.offsets[j], je = z.offsets[j + 1];
        // Σ_q p_iq z_jq over common contacts q of i and j: scan j's row, or look i's contacts up in it.
        double pz_over_sum = 0.0, pz = 0.0;
        if (je - jb <= 4 * deg_i) {
          for (EdgeOffset f = jb; f < je; ++f) {
            const NodeId q = z.targets[f];
            const double piq = p[q];
            if (piq == 0.0) continue;
            pz_over_sum += piq * z.weights[f] / sum[q];
            pz += piq * z.weights[f];
          }
        } else {
          const NodeId* row = z.targets.data() + jb;
          const NodeId* row_end = z.targets.data() + je;
          for (EdgeOffset g = ib; g < ie; ++g) {
            const NodeId q = z.targets[g];
            const NodeId* hit = std::lower_bound(row, row_end, q);
            if (hit == row_end || *hit != q) continue;
            const double w = z.weights[jb + static_cast<EdgeOffset>(hit - row)];
            pz_over_sum += p[q] * w / sum[q];
            pz += p[q] * w;
          }
        }
        const double local = p[j] + pz_over_sum;  // p_ij + Σ_q p_iq p_qj
        constraint += local * local;
        effective += 1.0 - pz / max[j];  // 1 − Σ_q p_iq m_jq
      }
      for (EdgeOffset e = ib; e < ie; ++e) p[z.targets[e]] = 0.0;
      r.constraint[i] = constraint;
      r.effective_size[i] = effective;
      r.efficiency[i] = effective / static_cast<double>(deg_i);
    }
  });
  return r;
}

}  // namespace leadnet
