#pragma once
// Burt's structural holes: constraint and effective size (and efficiency) of every person's
// ego network.
//
// Definitions (Burt 1992, Structural Holes; Burt 2004, AJS 110:349–399, p. 362; Borgatti 1997,
// Connections 20(1):35–38), exactly as networkx.constraint / networkx.effective_size compute them
// (NetworkX 2.8, algorithms/structuralholes.py):
//   contacts N(i)  = in- and out-neighbours of i;
//   mutual weight  z_ij + z_ji (an undirected edge counts both ways; unweighted views use 1);
//   p_ij = (z_ij + z_ji) / Σ_{q ∈ N(i)} (z_iq + z_qi)            (proportional tie strength)
//   m_jq = (z_jq + z_qj) / max_{k ∈ N(j)} (z_jk + z_kj)           (marginal strength)
//   constraint      C_i  = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i)} p_iq p_qj )²
//   effective size  ES_i = Σ_{j ∈ N(i)} ( 1 − Σ_{q ∈ N(i)} p_iq m_jq )
//   efficiency      EF_i = ES_i / |N(i)|
// On a binary undirected graph ES_i = n − 2t/n (Borgatti's shortcut: n contacts, t ties among
// them), as NetworkX uses there. Isolates get NaN (NetworkX). Constraint is usually in (0, 1]
// (1 for a single contact) but can exceed 1 on directed graphs. This is the whole-network model
// (UCINET): a contact's ties to others of i's contacts count whatever layer they come from.
// Weighted views use the weights as tie strengths.
//
// One difference from NetworkX 2.8 on directed views: NetworkX marks a node without out-arcs as
// an isolate (NaN) even when others point to it; here such a node is measured like any other
// (its contacts are its in-neighbours), which is what the definition above says.
//
// Complexity O(Σ_j deg(j)²) worst case, with the smaller side of each contact pair scanned (a
// local measure: linear in practice on organisation graphs). Parallel over fixed node blocks;
// each node's sums run in a fixed order, so results are the same bits at any thread count.

#include <cstdint>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct StructuralHoles {
  std::vector<double> constraint;      // NaN for isolates
  std::vector<double> effective_size;  // NaN for isolates
  std::vector<double> efficiency;      // NaN for isolates
  std::vector<std::uint32_t> contacts; // |N(i)|
};

StructuralHoles structural_holes(const View& view, RunContext& ctx);

}  // namespace leadnet
