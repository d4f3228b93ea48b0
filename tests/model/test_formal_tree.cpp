#include <catch2/catch.hpp>

#include "leadnet/model/formal_tree.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

TEST_CASE("formal tree: depth, layers, span and roots of a forest", "[model][formal]") {
  //        d            x
  //      /   \          |
  //     a     b         y
  //     |
  //     s
  const OrgGraph g = toy_graph({{"d", "leader"}, {"a", "leader"}, {"b", "leader"}, {"s"}, {"x", "leader"}, {"y"}},
                               {"a d reports_to", "b d reports_to", "s a reports_to", "y x reports_to"});
  const FormalTree t = analyze_formal_tree(g);
  CHECK(t.ties == 4);
  CHECK(t.layers == 3);
  CHECK(t.roots == std::vector<NodeId>{0, 4});
  CHECK(t.depth == std::vector<std::int32_t>{0, 1, 1, 2, 0, 1});
  CHECK(t.max_span == 2);
  CHECK(t.max_span_leader == 0);
  CHECK(t.problems.empty());
}

TEST_CASE("formal tree: cycles, two managers and non-leader managers are reported", "[model][formal]") {
  //  p -> q -> r -> p (cycle);  t reports to u and v;  w (staff) manages z
  const OrgGraph g = toy_graph({{"p", "leader"}, {"q", "leader"}, {"r", "leader"}, {"t"}, {"u", "leader"},
                                {"v", "leader"}, {"w", "staff"}, {"z"}},
                               {"p q reports_to", "q r reports_to", "r p reports_to", "t u reports_to",
                                "t v reports_to", "z w reports_to"});
  const FormalTree t = analyze_formal_tree(g);
  int cycles = 0, two = 0, not_leader = 0;
  for (const auto& p : t.problems) {
    if (p.kind == FormalProblemKind::cycle) {
      ++cycles;
      CHECK(p.nodes.size() == 3);
    }
    if (p.kind == FormalProblemKind::two_managers) {
      ++two;
      CHECK(p.message.find("'t'") != std::string::npos);
    }
    if (p.kind == FormalProblemKind::manager_not_leader) ++not_leader;
  }
  CHECK(cycles == 1);
  CHECK(two == 1);
  CHECK(not_leader == 1);
  CHECK(t.depth[0] == -1);  // on the cycle
  CHECK(t.depth[3] == 1);   // t under its first manager u
}
