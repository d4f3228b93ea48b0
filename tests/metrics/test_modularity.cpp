#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/modularity.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {
//   A: a1 ── a2          B: b1 ── b2
//        \  /                 \  /
//         a3 ─────────────────  b3
// Two triangles joined by one edge, m = 7. Each side: L_c = 3, d_c = 7.
// Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
OrgGraph barbell() {
  return toy_graph({{"a1", "staff", "A"}, {"a2", "staff", "A"}, {"a3", "staff", "A"}, {"b1", "staff", "B"},
                    {"b2", "staff", "B"}, {"b3", "staff", "B"}},
                   {"a1 a2 network", "a2 a3 network", "a1 a3 network", "b1 b2 network", "b2 b3 network",
                    "b1 b3 network", "a3 b3 network"});
}
}  // namespace

TEST_CASE("modularity: two triangles joined by a bridge, by hand", "[metrics][modularity]") {
  const OrgGraph g = barbell();
  const auto r = modularity(View(g, {{}, false, false}), silos_at_depth(g, 1));
  CHECK(r.q == Approx(5.0 / 14.0));
  CHECK(r.total_weight == 7.0);
  // Resolution γ = 2: Q = 6/7 − 2·(1/2) = −1/7.
  CHECK(modularity(View(g, {{}, false, false}), silos_at_depth(g, 1), {2.0}).q == Approx(-1.0 / 7.0));
}

TEST_CASE("modularity: all weights 1 equals unweighted, one group gives 0, no ties NaN", "[metrics][modularity]") {
  const OrgGraph g = barbell();
  const Partition p = silos_at_depth(g, 1);
  CHECK(modularity(View(g, {{}, false, true}), p).q == Approx(modularity(View(g, {{}, false, false}), p).q));
  const Partition one = partition_from_labels(std::vector<GroupId>(g.num_nodes(), 0));
  CHECK(modularity(View(g, {{}, false, false}), one).q == Approx(0.0).margin(1e-15));
  const OrgGraph empty = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}}, {});
  CHECK(std::isnan(modularity(View(empty, {{}, false, false}), silos_at_depth(empty, 1)).q));
}

TEST_CASE("modularity: karate with the NetworkX club split gives features.md's Q = 0.3582", "[metrics][modularity]") {
  const OrgGraph& g = leadnet::test::bundled("zachary-karate");
  Partition p = silos_at_depth(g, 1);
  const NodeId nine = *g.find("9");
  --p.sizes[p.group[nine]];
  p.group[nine] = p.group[*g.find("1")];
  ++p.sizes[p.group[nine]];
  CHECK(modularity(View(g, {{}, false, false}), p).q == Approx(0.3582).margin(5e-5));
}

TEST_CASE("modularity: equals networkx.community.modularity on every bundled dataset", "[metrics][modularity][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    const OrgGraph& g = leadnet::test::bundled(name);
    for (const auto& [config, values] : ref["configs"].items()) {
      for (int variant = 0; variant < 4; ++variant) {
        const bool directed = variant >= 2, weighted = variant % 2 == 1;
        const char* key[] = {"modularity", "modularity_weighted", "modularity_directed",
                             "modularity_directed_weighted"};
        INFO(name << " " << config << " " << key[variant]);
        SilosOptions o;
        o.unit_depth = values["unit_depth"];
        o.directed = directed;
        o.weighted = weighted;
        o.permutations = 0;
        RunContext ctx;
        const SilosReport rep = silos_report(g, o, ctx);
        CHECK(rep.modularity.q == Approx(values[key[variant]].get<double>()).epsilon(1e-9).margin(1e-12));
      }
    }
  }
}
