#pragma once
// Barnes–Hut quadtree for ForceAtlas2's repulsion (private to force_layout.cpp).
//
// Rebuilt every step by recursively splitting an index array into quadrants (deterministic: the
// same positions give the same tree). A leaf holds one body, or several when they coincide or the
// depth limit is reached. Each cell keeps its total mass and centre of mass.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "leadnet/viz/force_layout.hpp"

namespace leadnet::viz::detail {

class QuadTree {
 public:
  void build(const std::vector<Point>& p, const std::vector<double>& mass) {
    cells_.clear();
    order_.resize(p.size());
    for (std::uint32_t i = 0; i < p.size(); ++i) order_[i] = i;
    double minx = p[0].x, maxx = p[0].x, miny = p[0].y, maxy = p[0].y;
    for (const auto& q : p) {
      minx = std::min(minx, q.x);
      maxx = std::max(maxx, q.x);
      miny = std::min(miny, q.y);
      maxy = std::max(maxy, q.y);
    }
    const double half = 0.5 * std::max({maxx - minx, maxy - miny, 1e-9}) * (1.0 + 1e-9);
    cells_.reserve(2 * p.size() + 8);
    cells_.push_back({});
    split(0, 0, static_cast<std::uint32_t>(p.size()), 0.5 * (minx + maxx), 0.5 * (miny + maxy), half, 0, p, mass);
  }

  /// Repulsion on body i: F = k_r m_i M / d along (p_i - centre of mass), cells far enough away
  /// (width / distance < theta) taken as one body.
  void repulsion(std::uint32_t i, const std::vector<Point>& p, const std::vector<double>& mass, double kr, double theta,
                 double& fx, double& fy) const {
    std::uint32_t stack[256];
    int top = 0;
    stack[top++] = 0;
    const double xi = p[i].x, yi = p[i].y, mi = mass[i];
    const double theta2 = theta * theta;
    while (top > 0) {
      const Cell& c = cells_[stack[--top]];
      if (c.child == 0) {            // leaf: exact
        if (c.end - c.begin == 1) {  // one body: its position and mass are the cell's
          if (order_[c.begin] == i) continue;
          const double dx = xi - c.mx, dy = yi - c.my;
          const double d2 = dx * dx + dy * dy;
          if (d2 <= 0.0) continue;
          const double factor = kr * mi * c.mass / d2;
          fx += dx * factor;
          fy += dy * factor;
          continue;
        }
        for (std::uint32_t k = c.begin; k < c.end; ++k) {
          const std::uint32_t j = order_[k];
          if (j == i) continue;
          const double dx = xi - p[j].x, dy = yi - p[j].y;
          const double d2 = dx * dx + dy * dy;
          if (d2 <= 0.0) continue;
          const double factor = kr * mi * mass[j] / d2;
          fx += dx * factor;
          fy += dy * factor;
        }
        continue;
      }
      const double dx = xi - c.mx, dy = yi - c.my;
      const double d2 = dx * dx + dy * dy;
      const double width = 2.0 * c.half;
      if (d2 > 0.0 && width * width < theta2 * d2) {
        const double factor = kr * mi * c.mass / d2;
        fx += dx * factor;
        fy += dy * factor;
        continue;
      }
      for (std::uint32_t q = 0; q < 4; ++q)
        if (top < 255 && cells_[c.child + q].end > cells_[c.child + q].begin) stack[top++] = c.child + q;
    }
  }

 private:
  struct Cell {
    double cx = 0, cy = 0, half = 0;
    double mass = 0, mx = 0, my = 0;
    std::uint32_t child = 0;  // index of the first of 4 children; 0 for a leaf
    std::uint32_t begin = 0, end = 0;
  };

  static constexpr int kMaxDepth = 48;

  void split(std::uint32_t cell, std::uint32_t begin, std::uint32_t end, double cx, double cy, double half, int depth,
             const std::vector<Point>& p, const std::vector<double>& mass) {
    Cell& c = cells_[cell];
    c.cx = cx;
    c.cy = cy;
    c.half = half;
    c.begin = begin;
    c.end = end;
    double m = 0.0, mx = 0.0, my = 0.0;
    for (std::uint32_t k = begin; k < end; ++k) {
      const std::uint32_t j = order_[k];
      m += mass[j];
      mx += mass[j] * p[j].x;
      my += mass[j] * p[j].y;
    }
    c.mass = m;
    c.mx = m > 0.0 ? mx / m : cx;
    c.my = m > 0.0 ? my / m : cy;
    if (end - begin <= 1 || depth >= kMaxDepth) return;
    // Partition into quadrants: [x < cx, y < cy], [x >= cx, y < cy], [x < cx, y >= cy], [x >= cx, y >= cy].
    auto* first = order_.data() + begin;
    auto* last = order_.data() + end;
    auto* mid_y = std::partition(first, last, [&](std::uint32_t j) { return p[j].y < cy; });
    auto* q1 = std::partition(first, mid_y, [&](std::uint32_t j) { return p[j].x < cx; });
    auto* q3 = std::partition(mid_y, last, [&](std::uint32_t j) { return p[j].x < cx; });
    const std::uint32_t bounds[5] = {begin, static_cast<std::uint32_t>(q1 - order_.data()),
                                     static_cast<std::uint32_t>(mid_y - order_.data()),
                                     static_cast<std::uint32_t>(q3 - order_.data()), end};
    const auto child = static_cast<std::uint32_t>(cells_.size());
    cells_[cell].child = child;
    cells_.resize(cells_.size() + 4);
    const double h = 0.5 * half;
    const double ox[4] = {-h, h, -h, h}, oy[4] = {-h, -h, h, h};
    for (std::uint32_t q = 0; q < 4; ++q)
      split(child + q, bounds[q], bounds[q + 1], cx + ox[q], cy + oy[q], h, depth + 1, p, mass);
  }

  std::vector<Cell> cells_;
  std::vector<std::uint32_t> order_;
};

}  // namespace leadnet::viz::detail
