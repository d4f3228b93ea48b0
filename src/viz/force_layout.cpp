#include "leadnet/viz/force_layout.hpp"

#include <algorithm>
#include <cmath>

#include "leadnet/core/rng.hpp"
#include "viz/quadtree_detail.hpp"

namespace leadnet::viz {

namespace {

std::uint32_t default_iterations(NodeId n) {
  if (n <= 500) return 1500;
  if (n <= 2000) return 800;
  if (n <= 20000) return 450;
  return 300;
}

struct Forces {
  std::vector<double> fx, fy;
  void reset(std::size_t n) {
    fx.assign(n, 0.0);
    fy.assign(n, 0.0);
  }
};

// Repulsion on every node, exact: O(n²). Each node sums over all others in index order.
void repulsion_exact(const std::vector<Point>& p, const std::vector<double>& mass, double kr, Forces& f, int threads) {
  const auto n = static_cast<std::int64_t>(p.size());
#pragma omp parallel for schedule(static) num_threads(threads)
  for (std::int64_t i = 0; i < n; ++i) {
    double fx = 0.0, fy = 0.0;
    const double xi = p[i].x, yi = p[i].y, mi = mass[i];
    for (std::int64_t j = 0; j < n; ++j) {
      if (j == i) continue;
      const double dx = xi - p[j].x, dy = yi - p[j].y;
      const double d2 = dx * dx + dy * dy;
      if (d2 <= 0.0) continue;
      const double factor = kr * mi * mass[j] / d2;  // (k_r m_i m_j / d) along the unit vector
      fx += dx * factor;
      fy += dy * factor;
    }
    f.fx[i] += fx;
    f.fy[i] += fy;
  }
}

void repulsion_barnes_hut(const std::vector<Point>& p, const std::vector<double>& mass, double kr, double theta,
                          detail::QuadTree& tree, Forces& f, int threads) {
  tree.build(p, mass);
  const auto n = static_cast<std::int64_t>(p.size());
#pragma omp parallel for schedule(static) num_threads(threads)
  for (std::int64_t i = 0; i < n; ++i) {
    double fx = 0.0, fy = 0.0;
    tree.repulsion(static_cast<std::uint32_t>(i), p, mass, kr, theta, fx, fy);
    f.fx[i] += fx;
    f.fy[i] += fy;
  }
}

void attraction(const View& view, const std::vector<Point>& p, const std::vector<double>& mass,
                const ForceLayoutOptions& opt, Forces& f, int threads) {
  const Csr& out = view.out();
  const Csr& in = view.in();
  const bool weighted = view.weighted() && opt.weight_influence != 0.0;
  const auto n = static_cast<std::int64_t>(p.size());
  auto pull = [&](std::int64_t i, const Csr& csr, double& fx, double& fy) {
    const auto nb = csr.neighbors(static_cast<NodeId>(i));
    const auto w = csr.row_weights(static_cast<NodeId>(i));
    for (std::size_t k = 0; k < nb.size(); ++k) {
      const NodeId j = nb[k];
      const double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
      double strength = 1.0;
      if (weighted && !w.empty()) strength = opt.weight_influence == 1.0 ? w[k] : std::pow(w[k], opt.weight_influence);
      if (opt.lin_log) {
        const double d = std::sqrt(dx * dx + dy * dy);
        if (d <= 0.0) continue;
        strength *= std::log1p(d) / d;
      }
      fx += dx * strength;
      fy += dy * strength;
    }
  };
#pragma omp parallel for schedule(static) num_threads(threads)
  for (std::int64_t i = 0; i < n; ++i) {
    double fx = 0.0, fy = 0.0;
    pull(i, out, fx, fy);
    if (view.directed()) pull(i, in, fx, fy);
    if (opt.dissuade_hubs) {
      fx /= mass[i];
      fy /= mass[i];
    }
    f.fx[i] += fx;
    f.fy[i] += fy;
  }
}

void gravity(const std::vector<Point>& p, const std::vector<double>& mass, double kg, Forces& f) {
  for (std::size_t i = 0; i < p.size(); ++i) {
    const double d = std::sqrt(p[i].x * p[i].x + p[i].y * p[i].y);
    if (d <= 0.0) continue;
    const double factor = kg * mass[i] / d;
    f.fx[i] -= p[i].x * factor;
    f.fy[i] -= p[i].y * factor;
  }
}

// Centre on the origin and rotate the principal axis onto x (widest spread horizontal). The
// sign of each axis is fixed so that the result does not flip between runs.
void centre_and_rotate(std::vector<Point>& p) {
  if (p.empty()) return;
  double cx = 0.0, cy = 0.0;
  for (const auto& q : p) {
    cx += q.x;
    cy += q.y;
  }
  cx /= static_cast<double>(p.size());
  cy /= static_cast<double>(p.size());
  double sxx = 0.0, syy = 0.0, sxy = 0.0;
  for (auto& q : p) {
    q.x -= cx;
    q.y -= cy;
    sxx += q.x * q.x;
    syy += q.y * q.y;
    sxy += q.x * q.y;
  }
  const double angle = 0.5 * std::atan2(2.0 * sxy, sxx - syy);  // principal axis
  const double c = std::cos(angle), s = std::sin(angle);
  double skew = 0.0;
  for (auto& q : p) {
    const double x = c * q.x + s * q.y, y = -s * q.x + c * q.y;
    q.x = x;
    q.y = y;
    skew += x * x * x;
  }
  if (skew < 0.0)
    for (auto& q : p) {
      q.x = -q.x;
      q.y = -q.y;
    }
}

}  // namespace

Layout force_layout(const View& view, const ForceLayoutOptions& opt, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  Layout result;
  result.iterations = opt.iterations != 0 ? opt.iterations : default_iterations(n);
  result.barnes_hut = n > opt.barnes_hut_above;
  auto& p = result.positions;
  p.resize(n);
  if (n == 0) return result;
  if (n == 1) return result;

  std::vector<double> mass(n);
  if (opt.masses.size() == n) {
    mass = opt.masses;
  } else {
    for (NodeId v = 0; v < n; ++v) {
      const std::size_t deg = view.out().degree(v) + (view.directed() ? view.in().degree(v) : 0);
      mass[v] = static_cast<double>(deg) + 1.0;
    }
  }

  // Start: uniform in a square whose area grows with n, from the seed.
  Rng rng(derive_seed(ctx.seed, 0x1a7047));
  const double side = 10.0 * std::sqrt(static_cast<double>(n));
  for (auto& q : p) {
    q.x = (rng.uniform() - 0.5) * side;
    q.y = (rng.uniform() - 0.5) * side;
  }

  const int threads = n > opt.parallel_above ? ctx.thread_count() : 1;
  Forces f, prev;
  prev.reset(n);
  detail::QuadTree tree;
  std::vector<double> node_swing(n);
  double speed = 1.0;
  const double tolerance = std::max(1.0, 0.05 * std::sqrt(static_cast<double>(n)));
  constexpr double kLocalSpeed = 0.1;      // k_s in the paper
  constexpr double kMaxDisplacement = 10;  // k_smax: no node jumps further than this per step

  for (std::uint32_t it = 0; it < result.iterations; ++it) {
    if (it % 16 == 0) {
      ctx.check_cancelled();
      ctx.progress("layout", static_cast<double>(it) / result.iterations);
    }
    f.reset(n);
    if (result.barnes_hut)
      repulsion_barnes_hut(p, mass, opt.scaling, opt.theta, tree, f, threads);
    else
      repulsion_exact(p, mass, opt.scaling, f, threads);
    attraction(view, p, mass, opt, f, threads);
    gravity(p, mass, opt.gravity, f);

    // Adaptive global speed from swinging (oscillation) against traction (useful movement).
    double swing = 0.0, traction = 0.0;
    for (NodeId i = 0; i < n; ++i) {
      const double sx = f.fx[i] - prev.fx[i], sy = f.fy[i] - prev.fy[i];
      const double tx = f.fx[i] + prev.fx[i], ty = f.fy[i] + prev.fy[i];
      node_swing[i] = std::sqrt(sx * sx + sy * sy);
      swing += mass[i] * node_swing[i];
      traction += mass[i] * 0.5 * std::sqrt(tx * tx + ty * ty);
    }
    if (it > 0 && swing > 0.0) {
      const double target = tolerance * traction / swing;
      speed = std::min(target, 1.5 * speed);
    }
    for (NodeId i = 0; i < n; ++i) {
      double local = kLocalSpeed * speed / (1.0 + speed * std::sqrt(node_swing[i]));
      const double force = std::sqrt(f.fx[i] * f.fx[i] + f.fy[i] * f.fy[i]);
      if (force > 0.0) local = std::min(local, kMaxDisplacement / force);
      p[i].x += f.fx[i] * local;
      p[i].y += f.fy[i] * local;
    }
    std::swap(f, prev);
  }
  ctx.progress("layout", 1.0);
  centre_and_rotate(p);
  return result;
}

}  // namespace leadnet::viz

namespace leadnet::viz {

namespace {

// Points bucketed in square cells, for neighbour queries.
class Grid {
 public:
  Grid(const std::vector<Point>& p, double cell) : cell_(cell) {
    minx_ = miny_ = 0.0;
    if (!p.empty()) {
      minx_ = p[0].x;
      miny_ = p[0].y;
      double maxx = p[0].x, maxy = p[0].y;
      for (const auto& q : p) {
        minx_ = std::min(minx_, q.x);
        miny_ = std::min(miny_, q.y);
        maxx = std::max(maxx, q.x);
        maxy = std::max(maxy, q.y);
      }
      cols_ = static_cast<std::size_t>(std::min(4096.0, std::floor((maxx - minx_) / cell_) + 1));
      rows_ = static_cast<std::size_t>(std::min(4096.0, std::floor((maxy - miny_) / cell_) + 1));
    }
    start_.assign(cols_ * rows_ + 1, 0);
    std::vector<std::size_t> cell_of(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
      cell_of[i] = index(col(p[i].x), row(p[i].y));
      ++start_[cell_of[i] + 1];
    }
    for (std::size_t c = 0; c < cols_ * rows_; ++c) start_[c + 1] += start_[c];
    items_.resize(p.size());
    std::vector<std::size_t> fill(start_.begin(), start_.end() - 1);
    for (std::size_t i = 0; i < p.size(); ++i) items_[fill[cell_of[i]]++] = static_cast<std::uint32_t>(i);
  }
  std::size_t col(double x) const {
    return std::min(cols_ - 1, static_cast<std::size_t>(std::max(0.0, std::floor((x - minx_) / cell_))));
  }
  std::size_t row(double y) const {
    return std::min(rows_ - 1, static_cast<std::size_t>(std::max(0.0, std::floor((y - miny_) / cell_))));
  }
  std::size_t cols() const { return cols_; }
  std::size_t rows() const { return rows_; }
  template <class F>
  void for_each_in(std::size_t c, std::size_t r, F&& f) const {
    const std::size_t k = index(c, r);
    for (std::size_t i = start_[k]; i < start_[k + 1]; ++i) f(items_[i]);
  }

 private:
  std::size_t index(std::size_t c, std::size_t r) const { return r * cols_ + c; }
  double cell_;
  double minx_ = 0, miny_ = 0;
  std::size_t cols_ = 1, rows_ = 1;
  std::vector<std::size_t> start_;
  std::vector<std::uint32_t> items_;
};

}  // namespace

void remove_overlaps(std::vector<Point>& p, const std::vector<double>& radii, double padding, int passes) {
  if (p.size() < 2) return;
  const double max_r = *std::max_element(radii.begin(), radii.end());
  const double reach = 2.0 * max_r + padding;
  for (int pass = 0; pass < passes; ++pass) {
    const Grid grid(p, reach);
    bool moved = false;
    for (std::uint32_t i = 0; i < p.size(); ++i) {
      const std::size_t c = grid.col(p[i].x), r = grid.row(p[i].y);
      for (std::size_t cc = (c == 0 ? 0 : c - 1); cc <= std::min(grid.cols() - 1, c + 1); ++cc)
        for (std::size_t rr = (r == 0 ? 0 : r - 1); rr <= std::min(grid.rows() - 1, r + 1); ++rr)
          grid.for_each_in(cc, rr, [&](std::uint32_t j) {
            if (j <= i) return;
            double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
            double d = std::sqrt(dx * dx + dy * dy);
            const double want = radii[i] + radii[j] + padding;
            if (d >= want * 0.999) return;
            if (d <= 1e-12) {  // coincident: separate along a direction fixed by the indices
              const double a = 2.399963 * static_cast<double>(i + j);
              dx = std::cos(a);
              dy = std::sin(a);
              d = 1.0;
            } else {
              dx /= d;
              dy /= d;
            }
            const double push = want - std::max(d, 0.0);
            const double wi = radii[j] * radii[j], wj = radii[i] * radii[i];  // the smaller moves more
            const double share_i = wi / (wi + wj), share_j = 1.0 - share_i;
            p[i].x -= dx * push * share_i;
            p[i].y -= dy * push * share_i;
            p[j].x += dx * push * share_j;
            p[j].y += dy * push * share_j;
            moved = true;
          });
    }
    if (!moved) break;
  }
}

double median_nearest_distance(const std::vector<Point>& p) {
  if (p.size() < 2) return 0.0;
  double minx = p[0].x, maxx = p[0].x, miny = p[0].y, maxy = p[0].y;
  for (const auto& q : p) {
    minx = std::min(minx, q.x);
    maxx = std::max(maxx, q.x);
    miny = std::min(miny, q.y);
    maxy = std::max(maxy, q.y);
  }
  const double area = std::max((maxx - minx) * (maxy - miny), 1e-18);
  double cell = std::sqrt(area / static_cast<double>(p.size()));
  const Grid grid(p, cell);
  std::vector<double> nearest(p.size(), 0.0);
  for (std::uint32_t i = 0; i < p.size(); ++i) {
    double best = 1e300;
    // Widen the ring of cells until a neighbour is found and the ring is beyond it.
    const std::size_t c = grid.col(p[i].x), r = grid.row(p[i].y);
    for (std::size_t ring = 1; ring < std::max(grid.cols(), grid.rows()) + 1; ++ring) {
      const std::size_t c0 = c >= ring ? c - ring : 0, r0 = r >= ring ? r - ring : 0;
      const std::size_t c1 = std::min(grid.cols() - 1, c + ring), r1 = std::min(grid.rows() - 1, r + ring);
      for (std::size_t cc = c0; cc <= c1; ++cc)
        for (std::size_t rr = r0; rr <= r1; ++rr)
          grid.for_each_in(cc, rr, [&](std::uint32_t j) {
            if (j == i) return;
            const double dx = p[j].x - p[i].x, dy = p[j].y - p[i].y;
            best = std::min(best, dx * dx + dy * dy);
          });
      if (best < 1e300 && std::sqrt(best) <= static_cast<double>(ring - 1) * cell) break;
    }
    nearest[i] = std::sqrt(best);
  }
  std::nth_element(nearest.begin(), nearest.begin() + static_cast<std::ptrdiff_t>(nearest.size() / 2), nearest.end());
  return nearest[nearest.size() / 2];
}

}  // namespace leadnet::viz
