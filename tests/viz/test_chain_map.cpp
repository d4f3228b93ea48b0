#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "leadnet/io/reader.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/viz/chain_map.hpp"
#include "support/paths.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using namespace leadnet::viz;

TEST_CASE("chain map: a drawn organisation with one gap", "[viz][chain]") {
  //            d (leader)
  //          /            \.
  //   a (leader) ~~sparring~~ d      b (leader)  -- no dialogue with d: a chain gap
  //        |
  //   s (staff) ~~collaboration~~ a
  //   p (politician) -> d political;  c (citizen) not in the formal line
  const OrgGraph g = leadnet::test::toy_graph(
      {{"d", "leader"}, {"a", "leader"}, {"b", "leader"}, {"s", "staff"}, {"p", "politician"}, {"c", "citizen"}},
      {"a d reports_to", "b d reports_to", "s a reports_to", "a d sparring", "s a collaboration", "s b advice",
       "p d political", "s c service"});
  RunContext ctx;
  ChainOptions co;
  co.krackhardt = false;
  const ChainResult chain = chain_of_leadership(g, co, ctx);
  const Scene scene = chain_map(g, chain, {}, ctx);
  CHECK(scene.kind == SceneKind::chain);
  REQUIRE(scene.nodes.size() == 5);  // d, a, b, s and the politician; not the citizen
  std::map<std::string, const SceneNode*> by_id;
  for (const auto& n : scene.nodes) by_id[n.id] = &n;
  CHECK(by_id.count("c") == 0);
  // Top-down: politician above d above a and b above s; d centred over a and b.
  CHECK(by_id["p"]->y < by_id["d"]->y);
  CHECK(by_id["d"]->y < by_id["a"]->y);
  CHECK(by_id["a"]->y == by_id["b"]->y);
  CHECK(by_id["a"]->y < by_id["s"]->y);
  CHECK(by_id["d"]->x == Approx(0.5 * (by_id["a"]->x + by_id["b"]->x)));
  // Three formal connectors; exactly one marked as a chain gap: b -> d.
  REQUIRE(!scene.highlights.empty());
  CHECK(scene.highlights[0].label == "Chain gap");
  CHECK(scene.highlights[0].count == 1);
  std::size_t formal = 0, gaps = 0;
  for (const auto& e : scene.edges) {
    if (scene.layers[e.layer].name != "reports_to") continue;
    ++formal;
    CHECK(e.shape == EdgeShape::elbow);
    if (e.highlight == 0) {
      ++gaps;
      CHECK(scene.nodes[e.source].id == "b");
      CHECK(scene.nodes[e.target].id == "d");
    }
  }
  CHECK(formal == 3);
  CHECK(gaps == 1);
  // Dialogue that only backs a formal line is not drawn again; s ~ b advice is (not their line),
  // and the political tie.
  std::size_t overlay = 0;
  for (const auto& e : scene.edges) {
    if (scene.layers[e.layer].name == "reports_to") continue;
    ++overlay;
    CHECK(e.shape == EdgeShape::arc);
  }
  CHECK(overlay == 2);
  // Levels as guides, politicians on top.
  CHECK(scene.guides.front().label == "Politicians");
  CHECK(scene.guides.back().label == "Level 2");
  CHECK(scene.notes.back().find("1 people outside the formal line") != std::string::npos);
}

TEST_CASE("chain map of the example municipality marks every chain gap", "[viz][chain]") {
  Diagnostics d;
  const OrgGraph g = read_dataset(leadnet::test::dataset("example-municipality"), {}, d);
  RunContext ctx;
  ChainOptions co;
  co.krackhardt = false;
  const ChainResult chain = chain_of_leadership(g, co, ctx);
  const Scene scene = chain_map(g, chain, {}, ctx);
  // The formal forest and the 8 politicians (the dataset README: 370 employees in the formal
  // levels, 8 politicians; citizens are not drawn).
  CHECK(scene.nodes.size() == chain.summary.people + 8);
  std::size_t marked = 0;
  for (const auto& e : scene.edges) marked += e.highlight == 0;
  CHECK(marked == chain.summary.chain_gaps);
  CHECK(scene.highlights[0].count == chain.summary.chain_gaps);
  // Leaders over the span limit are ringed (the README plants a leader with 100 staff).
  const auto span = std::find_if(scene.highlights.begin(), scene.highlights.end(),
                                 [](const Highlight& h) { return h.label == "Over span limit"; });
  REQUIRE(span != scene.highlights.end());
  CHECK(span->count == chain.summary.leaders_over_span_limit);
  // Nothing drawn on top of anything else in a row (positions distinct).
  std::set<std::pair<long, long>> seen;
  for (const auto& n : scene.nodes) seen.insert({std::lround(n.x * 100), std::lround(n.y * 100)});
  CHECK(seen.size() == scene.nodes.size());
}
