#pragma once
// Degree and strength: how many ties a person has, and how heavy they are.
//
// Definition: on an undirected view, degree(v) = number of neighbours; on a directed view,
// in_degree(v) = arcs into v and out_degree(v) = arcs out of v. On a weighted view, strength(v) =
// the sum of the weights of v's ties (directed: in-arcs plus out-arcs).
//
// Raw counts and sums, not normalised (DESIGN.md): degree equals NetworkX's G.degree(),
// in_degree and out_degree G.in_degree() / G.out_degree(), strength G.degree(weight="weight").
// (nx.degree_centrality would divide by n - 1.) Parallel ties of different types were merged by
// the view, so each neighbour counts once; with --weighted their weights add up.
//
// Complexity O(n + m) (O(n) for counts, read off the CSR offsets). Deterministic.

#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct DegreeOptions {};

/// Columns that do not apply to the view are left empty: `degree` on directed views,
/// `in_degree`/`out_degree` on undirected ones, `strength` on unweighted ones.
struct DegreeScores {
  std::vector<double> degree;
  std::vector<double> in_degree;
  std::vector<double> out_degree;
  std::vector<double> strength;
};

DegreeScores degree(const View& view, const DegreeOptions& options, RunContext& ctx);

}  // namespace leadnet
