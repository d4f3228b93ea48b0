#include <catch2/catch.hpp>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/partition.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {
//   Kommune (root)          d  (the director sits in the root unit)
//   ├── A                   a1
//   │   └── A/X             a2, a3
//   └── B                   b1
//   (no unit)               c  (a citizen)
OrgGraph org() {
  return toy_graph({{"d", "leader", "Kommune"},
                    {"a1", "leader", "Kommune/A"},
                    {"a2", "staff", "Kommune/A/X"},
                    {"a3", "staff", "Kommune/A/X"},
                    {"b1", "staff", "Kommune/B"},
                    {"c", "citizen"}},
                   {"a2 a1 reports_to", "a2 c service"});
}
}  // namespace

TEST_CASE("partition: silos at depth 1 are the top units, the root's people form their own silo", "[model][partition]") {
  const OrgGraph g = org();
  const Partition p = silos_at_depth(g, 1);
  REQUIRE(p.num_groups() == 3);  // Kommune (above the silo level), A, B
  const GroupId kommune = p.group[*g.find("d")];
  const GroupId a = p.group[*g.find("a1")];
  CHECK(p.group[*g.find("a2")] == a);
  CHECK(p.group[*g.find("a3")] == a);
  CHECK(p.group[*g.find("b1")] != a);
  CHECK(p.group[*g.find("c")] == kNoGroup);
  CHECK(p.above_level[kommune]);
  CHECK_FALSE(p.above_level[a]);
  CHECK(p.sizes[a] == 3);
  CHECK(p.members() == 5);
  CHECK(p.names[a] == "A");
}

TEST_CASE("partition: at depth 2, people above the level keep their own unit", "[model][partition]") {
  const OrgGraph g = org();
  const Partition p = silos_at_depth(g, 2);
  const GroupId x = p.group[*g.find("a2")];
  CHECK(p.group[*g.find("a3")] == x);
  CHECK(p.group[*g.find("a1")] != x);  // a1 sits in A, above A/X
  CHECK(p.above_level[p.group[*g.find("a1")]]);
  CHECK(p.above_level[p.group[*g.find("b1")]]);
  CHECK_FALSE(p.above_level[x]);
}

TEST_CASE("partition: depth 0, too deep, or no units is a usage error", "[model][partition]") {
  const OrgGraph g = org();
  CHECK_THROWS_AS(silos_at_depth(g, 0), UsageError);
  CHECK_THROWS_AS(silos_at_depth(g, 3), UsageError);
  const OrgGraph flat = toy_graph({{"a"}, {"b"}}, {"a b advice"});
  CHECK_THROWS_AS(silos_at_depth(flat, 1), UsageError);
}

TEST_CASE("partition: from labels renumbers in order of first appearance", "[model][partition]") {
  const Partition p = partition_from_labels({7, 3, 7, kNoGroup, 3, 9});
  CHECK(p.num_groups() == 3);
  CHECK(p.group == std::vector<GroupId>{0, 1, 0, kNoGroup, 1, 2});
  CHECK(p.sizes == std::vector<NodeId>{2, 2, 1});
}

TEST_CASE("partition: example municipality has its five administrations, the council and the director", "[model][partition]") {
  const OrgGraph& g = leadnet::test::bundled("example-municipality");
  const Partition p = silos_at_depth(g, 1);
  // ek (root, the kommunaldirektør), byr, bu, sos, tm, kf, op.
  CHECK(p.num_groups() == 7);
  CHECK(p.above_level[p.group[*g.find("d00")]]);
  CHECK(p.sizes[p.group[*g.find("d00")]] == 1);
  NodeId no_silo = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v) no_silo += p.group[v] == kNoGroup;
  CHECK(no_silo == 55);  // the citizens
}
