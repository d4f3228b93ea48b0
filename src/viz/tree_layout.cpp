#include "leadnet/viz/tree_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace leadnet::viz {

namespace {

constexpr double kEmpty = std::numeric_limits<double>::infinity();

// The outline of a subtree: per slot (row) below its top, the leftmost and rightmost x,
// relative to the subtree's anchor. Rows without nodes hold (+inf, -inf). Stored bottom row
// first, so that putting a manager on top of a single report's outline is a push_back, not a
// copy (a long chain of single reports stays linear).
struct Contour {
  std::vector<double> l, r;  // reversed: index size-1 is the top row
  std::size_t rows() const { return l.size(); }
  double left(std::size_t row) const { return l[l.size() - 1 - row]; }
  double right(std::size_t row) const { return r[r.size() - 1 - row]; }
  void add(std::size_t row, double x0, double x1) {
    if (row >= l.size()) {  // grow at the bottom: shift the reversed storage
      const std::size_t extra = row + 1 - l.size();
      l.insert(l.begin(), extra, kEmpty);
      r.insert(r.begin(), extra, -kEmpty);
    }
    double& a = l[l.size() - 1 - row];
    double& b = r[r.size() - 1 - row];
    a = std::min(a, x0);
    b = std::max(b, x1);
  }
  /// Puts `count` empty rows on top (the outline moves down by count rows).
  void push_top(std::size_t count) {
    l.insert(l.end(), count, kEmpty);
    r.insert(r.end(), count, -kEmpty);
  }
};

// One thing placed under a manager: a report's subtree or a block of staff.
struct Item {
  NodeId node = kNoNode;      // the report (kNoNode for a block)
  std::vector<NodeId> block;  // block members, row by row
  std::uint32_t cols = 0;
  Contour* contour = nullptr;  // subtree outline (reports) ...
  Contour own;                 // ... or the block's
  bool leaf = false;
};

}  // namespace

TreeLayout tidy_tree_layout(const std::vector<NodeId>& parent, const std::vector<std::uint8_t>& in_forest,
                            const TreeLayoutOptions& opt) {
  const auto n = static_cast<NodeId>(parent.size());
  TreeLayout out;
  out.positions.assign(n, Point{});
  out.placed.assign(n, 0);
  out.bend_y.assign(n, std::numeric_limits<double>::quiet_NaN());
  const auto L = static_cast<std::size_t>(std::max(1.0, std::round(opt.level_gap / opt.row_gap)));

  // Children in node order (CSR by parent).
  std::vector<std::uint32_t> start(n + 1, 0);
  std::vector<NodeId> roots;
  for (NodeId v = 0; v < n; ++v) {
    if (!in_forest[v]) continue;
    if (parent[v] == kNoNode || !in_forest[parent[v]])
      roots.push_back(v);
    else
      ++start[parent[v] + 1];
  }
  for (NodeId v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<NodeId> kids(start[n]);
  {
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (NodeId v = 0; v < n; ++v)
      if (in_forest[v] && parent[v] != kNoNode && in_forest[parent[v]]) kids[fill[parent[v]]++] = v;
  }
  auto children = [&](NodeId v) { return std::span<const NodeId>(kids.data() + start[v], start[v + 1] - start[v]); };

  // Post-order without recursion (org charts can be deep in bad data).
  std::vector<NodeId> order;
  order.reserve(n);
  {
    std::vector<NodeId> stack(roots.rbegin(), roots.rend());
    while (!stack.empty()) {
      const NodeId v = stack.back();
      stack.pop_back();
      order.push_back(v);
      for (NodeId c : children(v)) stack.push_back(c);
    }
    std::reverse(order.begin(), order.end());  // children before parents
  }

  std::vector<Contour> contour(n);
  std::vector<double> offset(n, 0.0);     // x relative to the parent
  std::vector<std::size_t> row_of(n, 0);  // slot relative to the parent (L for reports, more in blocks)
  std::vector<std::uint8_t> has_block(n, 0);
  const double half = 0.5 * opt.node_gap;

  // Places items side by side; returns the merged outline (rows relative to the items' top, which
  // is row `top` of the owner) with the anchor centred between the first and last item.
  auto place = [&](std::vector<Item>& items, Contour& merged, std::vector<double>& xs) {
    xs.assign(items.size(), 0.0);
    if (items.empty()) {
      merged = Contour{};
      return;
    }
    if (items.size() == 1) {  // a single item: its outline as it is, no copy
      merged = items[0].contour ? std::move(*items[0].contour) : std::move(items[0].own);
      return;
    }
    Contour acc;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Contour& c = items[i].contour ? *items[i].contour : items[i].own;
      if (i > 0) {
        const double gap = (items[i].leaf && items[i - 1].leaf) ? opt.node_gap : opt.subtree_gap;
        double shift = -kEmpty;
        for (std::size_t r = 0; r < std::min(acc.rows(), c.rows()); ++r)
          if (acc.right(r) > -kEmpty && c.left(r) < kEmpty) shift = std::max(shift, acc.right(r) - c.left(r) + gap);
        xs[i] = shift > -kEmpty ? shift : xs[i - 1] + opt.subtree_gap;
      }
      for (std::size_t r = 0; r < c.rows(); ++r)
        if (c.left(r) < kEmpty) acc.add(r, xs[i] + c.left(r), xs[i] + c.right(r));
    }
    const double centre = 0.5 * (xs.front() + xs.back());
    for (auto& x : xs) x -= centre;
    for (auto& x : acc.l) x -= centre;
    for (auto& x : acc.r) x -= centre;
    merged = std::move(acc);
  };

  std::vector<Item> items;
  std::vector<double> xs;
  for (NodeId v : order) {
    const auto cs = children(v);
    const double hw = v < opt.half_width.size() && opt.half_width[v] > 0.0 ? opt.half_width[v] : half;
    if (cs.empty()) {
      contour[v].add(0, -hw, hw);
      continue;
    }
    items.clear();
    std::vector<NodeId> staff;
    for (NodeId c : cs) (start[c + 1] == start[c] ? staff : items.emplace_back().block).push_back(c);
    // items so far hold managers (one each, in block[0]); turn them into subtree items.
    for (auto& it : items) {
      it.node = it.block[0];
      it.block.clear();
      it.contour = &contour[it.node];
    }
    if (staff.size() > opt.block_above) {
      Item b;
      // Taller than wide: an org chart grows downwards more easily than sideways.
      b.cols = static_cast<std::uint32_t>(std::max(2.0, std::ceil(std::sqrt(static_cast<double>(staff.size()) / 3.0))));
      b.block = staff;
      const std::size_t rows = (staff.size() + b.cols - 1) / b.cols;
      const double w = 0.5 * (b.cols - 1) * opt.node_gap;
      for (std::size_t r = 0; r < rows; ++r) b.own.add(r, -w - half, w + half);
      items.push_back(std::move(b));
      has_block[v] = 1;
    } else {
      for (NodeId c : staff) {
        Item it;
        it.node = c;
        it.leaf = true;
        it.contour = &contour[c];
        items.push_back(std::move(it));
      }
    }
    Contour below;
    place(items, below, xs);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].node != kNoNode) {
        offset[items[i].node] = xs[i];
        row_of[items[i].node] = L;
      } else {
        const auto& b = items[i];
        for (std::size_t k = 0; k < b.block.size(); ++k) {
          const std::size_t r = k / b.cols, c = k % b.cols;
          offset[b.block[k]] = xs[i] + (static_cast<double>(c) - 0.5 * (b.cols - 1)) * opt.node_gap;
          row_of[b.block[k]] = L + r;
        }
      }
    }
    // The manager's outline: their own row on top of the reports' outline, L rows above it.
    Contour& mine = contour[v];
    mine = std::move(below);
    mine.push_top(L);
    mine.add(0, -hw, hw);
    for (NodeId c : cs) contour[c] = Contour{};  // no longer needed
  }

  // Roots side by side, then absolute positions top-down.
  items.clear();
  for (NodeId r : roots) {
    Item it;
    it.node = r;
    it.contour = &contour[r];
    it.leaf = start[r + 1] == start[r];
    items.push_back(std::move(it));
  }
  Contour all;
  place(items, all, xs);
  std::vector<NodeId> stack;
  for (std::size_t i = 0; i < roots.size(); ++i) {
    out.positions[roots[i]] = {xs[i], 0.0};
    out.placed[roots[i]] = 1;
    stack.push_back(roots[i]);
  }
  std::vector<std::size_t> slot(n, 0);
  while (!stack.empty()) {
    const NodeId v = stack.back();
    stack.pop_back();
    for (NodeId c : children(v)) {
      slot[c] = slot[v] + row_of[c];
      out.positions[c] = {out.positions[v].x + offset[c], static_cast<double>(slot[c]) * opt.row_gap};
      out.placed[c] = 1;
      // Connectors run half a level below the manager, or just above the first row when the
      // manager has a block of staff (so that they do not cross it).
      const double first_row = static_cast<double>(slot[v] + L) * opt.row_gap;
      out.bend_y[c] = has_block[v] ? first_row - 0.5 * opt.row_gap : out.positions[v].y + 0.5 * opt.level_gap;
      stack.push_back(c);
    }
  }
  double minx = 0, maxx = 0, maxy = 0;
  bool any = false;
  for (NodeId v = 0; v < n; ++v) {
    if (!out.placed[v]) continue;
    const auto& p = out.positions[v];
    minx = any ? std::min(minx, p.x) : p.x;
    maxx = any ? std::max(maxx, p.x) : p.x;
    maxy = any ? std::max(maxy, p.y) : p.y;
    any = true;
  }
  out.width = maxx - minx;
  out.height = maxy;
  return out;
}

}  // namespace leadnet::viz
