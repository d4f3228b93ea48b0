#pragma once
// Force-directed layout: ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a
// continuous graph layout algorithm for handy network visualization designed for the Gephi
// software", PLoS ONE 9(6): e98679), with Barnes–Hut repulsion (Barnes & Hut 1986) on large graphs.
//
// Definition: every node has mass m(v) = degree(v) + 1. Nodes repel with F_r = k_r m(u) m(v) / d;
// ties attract with F_a = w^δ d (or w^δ log(1 + d) in LinLog mode, which tightens clusters);
// gravity pulls each node towards the origin with F_g = k_g m(v) so that components and isolates
// stay in view. Each step moves a node by its force times an adaptive speed: a global speed from
// the ratio of "traction" to "swinging" over all nodes, damped per node by its own swinging
// (section "Adaptive speeds" of the paper). Above `barnes_hut_above` nodes the repulsion is
// approximated with a quadtree (opening angle `theta`): O(n log n) per step instead of O(n²).
//
// Why written here rather than Boost.Graph's fruchterman_reingold_force_directed_layout: FR's
// cooling schedule and uniform repulsion push hubs and isolates to the rim and need a separate
// pass per component, while ForceAtlas2's degree-weighted repulsion and gravity keep a
// municipality's units as readable clusters in one frame; and Boost's grid_force_pairs repulsion
// cannot approximate far-away groups as Barnes–Hut does (benchmarks/bench_viz.cpp times both).
//
// The view is read as undirected (a tie u -> v attracts both ends); on a weighted view the tie
// weight w enters with exponent `weight_influence` (0 ignores weights).
// The result is centred on the origin and rotated so that its widest spread is horizontal
// (screens and walls are landscape).
//
// Complexity: O(iterations · (n log n + m)) with Barnes–Hut, O(iterations · (n² + m)) without.
// Determinism: the start is drawn from RunContext::seed with leadnet::Rng; forces are summed per
// node in a fixed order (each node's sum is independent of the others), so the same seed gives
// the same coordinates bit for bit at any thread count.

#include <cstdint>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet::viz {

struct Point {
  double x = 0.0;
  double y = 0.0;
};

struct ForceLayoutOptions {
  /// Steps; 0 chooses by size (more for small graphs, where they are cheap).
  std::uint32_t iterations = 0;
  /// Repulsion k_r: larger spreads the drawing.
  double scaling = 2.0;
  /// Gravity k_g.
  double gravity = 1.0;
  /// LinLog attraction: tighter, better separated clusters.
  bool lin_log = false;
  /// Exponent δ of tie weights in the attraction (weighted views only).
  double weight_influence = 1.0;
  /// Divide a node's attraction by its mass, so hubs sit between their clusters (FA2's
  /// "dissuade hubs").
  bool dissuade_hubs = false;
  /// Barnes–Hut opening angle.
  double theta = 1.2;
  /// Use Barnes–Hut above this many nodes; exact repulsion at or below.
  std::uint32_t barnes_hut_above = 1000;
  /// Use RunContext's threads above this many nodes; one thread at or below. A step on 5 000
  /// people takes a few milliseconds, and on a busy machine the per-step barriers of two
  /// threads cost more than they save (bench_viz: BM_ForceLayout/5000/1 against /5000/2).
  std::uint32_t parallel_above = 20000;
  /// Per-node masses to use instead of degree + 1 (e.g. headcount for unit bubbles); empty: degree + 1.
  std::vector<double> masses;
};

struct Layout {
  std::vector<Point> positions;  // by NodeId
  std::uint32_t iterations = 0;
  bool barnes_hut = false;
};

Layout force_layout(const View& view, const ForceLayoutOptions& options, RunContext& ctx);

}  // namespace leadnet::viz

namespace leadnet::viz {

/// Moves circles (centre p[i], radius r[i]) apart until no two overlap by more than a hair, or
/// `passes` sweeps have run: each sweep visits the pairs closer than r_i + r_j + padding (found
/// through a grid) in index order and pushes both apart by half the overlap, the lighter one more.
/// Deterministic. O(passes · n) for circles of similar size.
void remove_overlaps(std::vector<Point>& p, const std::vector<double>& radii, double padding, int passes);

/// Median distance from a point to its nearest other point (0 for fewer than two points).
double median_nearest_distance(const std::vector<Point>& p);

}  // namespace leadnet::viz
