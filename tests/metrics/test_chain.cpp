#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/rng.hpp"
#include "leadnet/gen/municipality.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/metrics/chain.hpp"
#include "support/paths.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;
using nlohmann::json;

namespace {

ChainResult run_chain(const OrgGraph& g, ChainOptions opt = {}) {
  RunContext ctx;
  return chain_of_leadership(g, opt, ctx);
}

NodeId node(const OrgGraph& g, std::string_view id) {
  const auto v = g.find(id);
  REQUIRE(v.has_value());
  return *v;
}

const ChainPerson& person(const OrgGraph& g, const ChainResult& r, std::string_view id) {
  const NodeId v = node(g, id);
  const auto it = std::lower_bound(r.people.begin(), r.people.end(), v,
                                   [](const ChainPerson& p, NodeId x) { return p.node < x; });
  REQUIRE(it != r.people.end());
  REQUIRE(it->node == v);
  return *it;
}

std::vector<std::string> isolated_ids(const OrgGraph& g, const ChainResult& r) {
  std::vector<std::string> ids;
  for (const auto& p : r.people)
    if (p.isolated) ids.push_back(std::string(g.id(p.node)));
  return ids;
}

std::string id_or_null(const OrgGraph& g, NodeId v) { return v == kNoNode ? "null" : std::string(g.id(v)); }

const ChainUnit& unit_row(const OrgGraph& g, const ChainResult& r, std::string_view unit_id) {
  const auto u = g.units().find(unit_id);
  REQUIRE(u.has_value());
  for (const auto& row : r.units)
    if (row.unit == *u) return row;
  FAIL("no row for unit " << unit_id);
  return r.units.front();
}

const json& reference() {
  static const json j = [] {
    std::ifstream in(leadnet::test::test_data("chain/reference.json"));
    return json::parse(in);
  }();
  return j;
}

OrgGraph read(const std::string& name) {
  Diagnostics diags;
  return read_dataset(leadnet::test::dataset(name), {}, diags);
}

// The hand-drawn organisation most tests below use.
//
//   formal (reports_to)                        dialogue and other ties
//
//          d*                 x*               a = d   sparring          p -> a   political
//        /    \               |                s1 -> a communication     a -> h   hr_support
//       a      b              y                c -> b  advice            b = e    network
//      / \      \                              c = a   collaboration
//    s1   s2     c                             s3 = d  collaboration
//                 \                            s1 = x  collaboration
//                  s3
//
//   * roots. Leaders d a b c x; staff s1 s2 s3 y; h hr; p politician; e external partner.
//   Gaps: b->d, s2->a, s3->c, y->x. Units: d in Dir, a s1 s2 in Dir/A, b c s3 in Dir/B, x y in X.
OrgGraph drawn_org() {
  return toy_graph({{"d", "leader", "Dir"},
                    {"a", "leader", "Dir/A"},
                    {"b", "leader", "Dir/B"},
                    {"c", "leader", "Dir/B"},
                    {"s1", "staff", "Dir/A"},
                    {"s2", "staff", "Dir/A"},
                    {"s3", "staff", "Dir/B"},
                    {"x", "leader", "X"},
                    {"y", "staff", "X"},
                    {"h", "hr"},
                    {"p", "politician"},
                    {"e", "external"}},
                   {"a d reports_to", "b d reports_to", "s1 a reports_to", "s2 a reports_to", "c b reports_to",
                    "s3 c reports_to", "y x reports_to", "a d sparring", "s1 a communication", "c b advice",
                    "c a collaboration", "s3 d collaboration", "s1 x collaboration", "a h hr_support",
                    "p a political", "b e network"});
}

}  // namespace

TEST_CASE("chain: backed ties and chain gaps on the drawn organisation", "[metrics][chain]") {
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  CHECK(r.summary.formal_ties == 7);
  CHECK(r.summary.backed_ties == 3);  // a->d sparring, s1->a communication, c->b advice
  CHECK(r.summary.chain_gaps == 4);
  CHECK(r.summary.gap_rate == Approx(4.0 / 7.0));
  std::vector<std::string> gaps;
  for (const auto& t : r.ties)
    if (!t.backed()) gaps.push_back(std::string(g.id(t.subordinate)) + "->" + std::string(g.id(t.manager)));
  CHECK(gaps == std::vector<std::string>{"b->d", "s2->a", "s3->c", "y->x"});
  // backed_by names the layer: dialogue layers are sorted by id (advice, sparring, collaboration, communication).
  for (const auto& t : r.ties) {
    if (g.id(t.subordinate) == "a") CHECK(t.backed_by == (std::uint64_t{1} << 1));  // sparring
    if (g.id(t.subordinate) == "c") CHECK(t.backed_by == (std::uint64_t{1} << 0));  // advice
    CHECK(t.primary);
  }
  CHECK(r.problems.empty());
  CHECK(r.roots.size() == 2);
}

TEST_CASE("chain: span of control, spread and layers", "[metrics][chain]") {
  const OrgGraph g = drawn_org();
  ChainOptions opt;
  opt.span_limit = 1;
  const ChainResult r = run_chain(g, opt);
  // Spans d 2, a 2, b 1, c 1, x 1.
  CHECK(r.summary.max_span == 2);
  CHECK(g.id(r.summary.max_span_leader) == "d");
  CHECK(r.summary.managers == 5);
  CHECK(r.summary.mean_span == Approx(1.4));
  CHECK(r.summary.median_span == 1.0);
  CHECK(r.summary.p90_span == 2);  // nearest rank: the 5th of 5
  CHECK(r.span_histogram[0] == 5);  // all in 1-5
  CHECK(r.summary.leaders_over_span_limit == 2);
  CHECK(person(g, r, "d").over_span_limit);
  CHECK(person(g, r, "a").over_span_limit);
  CHECK_FALSE(person(g, r, "b").over_span_limit);
  CHECK(person(g, r, "a").gaps_below == 1);  // s2
  CHECK(r.summary.layers == 4);               // d, b, c, s3
  CHECK(span_bucket_label(0) == "1-5");
  CHECK(span_bucket_label(7) == "101+");
}

TEST_CASE("chain: unbroken chains and the first break on the way up", "[metrics][chain]") {
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  struct Want {
    const char* id;
    ChainState chain;
    std::uint32_t breaks;
    const char* first;
    int first_depth;
  };
  for (const Want& w : {Want{"d", ChainState::unbroken, 0, "null", -1}, Want{"a", ChainState::unbroken, 0, "null", -1},
                        Want{"s1", ChainState::unbroken, 0, "null", -1}, Want{"s2", ChainState::broken, 1, "s2", 2},
                        Want{"b", ChainState::broken, 1, "b", 1}, Want{"c", ChainState::broken, 1, "b", 1},
                        Want{"s3", ChainState::broken, 2, "s3", 3}, Want{"x", ChainState::unbroken, 0, "null", -1},
                        Want{"y", ChainState::broken, 1, "y", 1}}) {
    INFO(w.id);
    const ChainPerson& p = person(g, r, w.id);
    CHECK(p.chain == w.chain);
    CHECK(p.breaks == w.breaks);
    CHECK(id_or_null(g, p.first_break) == w.first);
    CHECK(p.first_break_depth == w.first_depth);
  }
  CHECK(r.summary.people == 9);
  CHECK(r.summary.unbroken == 4);
  CHECK(r.summary.broken == 5);
  CHECK(r.summary.unbroken_share == Approx(4.0 / 9.0));
  CHECK(g.id(person(g, r, "s3").root) == "d");
  CHECK(g.id(person(g, r, "y").root) == "x");
}

TEST_CASE("chain: dialogue distance to the nearest top against formal depth", "[metrics][chain]") {
  // BFS from both roots over a=d, s1=a, c=b, c=a, s3=d, s1=x: s1 is 1 from x (not 2 via a), b is 3
  // away (b-c-a-d) though formally 1; s2 and y have no dialogue at all.
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  const std::pair<const char*, int> want[] = {{"d", 0}, {"a", 1}, {"b", 3}, {"c", 2}, {"s1", 1},
                                              {"s2", -1}, {"s3", 1}, {"x", 0}, {"y", -1}};
  for (auto [id, dist] : want) {
    INFO(id);
    CHECK(person(g, r, id).distance_to_top == dist);
  }
  CHECK(person(g, r, "b").loss() == 2);
  CHECK(person(g, r, "s3").loss() == -2);
  CHECK_FALSE(person(g, r, "s2").has_loss());
  CHECK(r.summary.unreachable_top == 2);
  CHECK(r.summary.mean_loss == Approx(-1.0 / 7.0));  // (0 + 0 + 2 + 0 - 1 - 2 + 0) / 7
  CHECK(r.summary.max_loss == 2);
}

TEST_CASE("chain: HR reach, peer sparring and isolated leaders", "[metrics][chain]") {
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  // HR over dialogue + hr_support from h: a 1; d, c 2 (via a); b, x 3.
  CHECK(person(g, r, "a").hr_distance == 1);
  CHECK(person(g, r, "d").hr_distance == 2);
  CHECK(person(g, r, "c").hr_distance == 2);
  CHECK(person(g, r, "b").hr_distance == 3);
  CHECK(person(g, r, "x").hr_distance == 3);
  CHECK(r.summary.leaders_with_hr_tie == 1);
  CHECK(r.summary.leaders_far_from_hr == 2);
  CHECK(r.summary.mean_hr_distance == Approx(11.0 / 5.0));
  // Peers: a and c spar across lines (c sits under b, not under a); d's and b's only leader
  // contacts are in their own line; e is external, so b's network tie is no peer tie.
  CHECK(person(g, r, "a").peer_ties == 1);
  CHECK(person(g, r, "c").peer_ties == 1);
  CHECK(person(g, r, "b").peer_ties == 0);
  CHECK(person(g, r, "d").peer_ties == 0);
  CHECK(person(g, r, "x").peer_ties == 0);
  // Isolated: b (line up is a gap, no peer, HR 3 away) and x (a root whose only line down is a
  // gap). d is a root with a backed line down (a), so d is not isolated.
  const std::vector<std::string> isolated = isolated_ids(g, r);
  CHECK(isolated == std::vector<std::string>{"b", "x"});
  CHECK(r.summary.isolated_leaders == 2);
  CHECK(r.summary.leaders == 5);
}

TEST_CASE("chain: skip-level ties", "[metrics][chain]") {
  // s3 = d spans depths 3 and 0 on one line; s1 = x spans 2 and 0 across trees. The other
  // dialogue ties join adjacent levels.
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  REQUIRE(r.skip_level.size() == 2);
  CHECK(g.id(r.skip_level[0].upper) == "d");
  CHECK(g.id(r.skip_level[0].lower) == "s3");
  CHECK(r.skip_level[0].levels == 3);
  CHECK(r.skip_level[0].in_line);
  CHECK(g.id(r.skip_level[1].upper) == "x");
  CHECK(g.id(r.skip_level[1].lower) == "s1");
  CHECK_FALSE(r.skip_level[1].in_line);
  CHECK(r.summary.skip_level_ties == 2);
  CHECK(r.summary.skip_level_in_line == 1);
  CHECK(person(g, r, "s1").skip_level_ties == 1);
  CHECK(person(g, r, "a").skip_level_ties == 0);
}

TEST_CASE("chain: political and external reach", "[metrics][chain]") {
  // p -> a is the only political tie: a carries politics to everyone (distance 1 + dialogue).
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  CHECK(person(g, r, "a").political_ties == 1);
  CHECK(person(g, r, "d").political_ties == 0);
  const std::pair<const char*, int> want[] = {{"a", 1}, {"d", 2}, {"c", 2}, {"b", 3}, {"x", 3}};
  for (auto [id, dist] : want) {
    INFO(id);
    CHECK(person(g, r, id).political_distance == dist);
    CHECK(g.id(person(g, r, id).political_via) == "a");
  }
  CHECK(person(g, r, "b").external_ties == 1);  // e, over the network layer
  CHECK(r.summary.leaders_with_external_tie == 1);
  CHECK(r.summary.external_share == Approx(0.2));
  CHECK(r.summary.leaders_with_political_tie == 1);
  CHECK(r.summary.politicians == 1);
}

TEST_CASE("chain: per unit and per level", "[metrics][chain]") {
  const OrgGraph g = drawn_org();
  const ChainResult r = run_chain(g);
  const ChainUnit& b = unit_row(g, r, "Dir/B");  // b, c, s3; ties b->d gap, c->b, s3->c gap
  CHECK(b.counts.people == 3);
  CHECK(b.counts.leaders == 2);
  CHECK(b.counts.formal_ties == 3);
  CHECK(b.counts.chain_gaps == 2);
  CHECK(b.counts.mean_loss == Approx(0.0));  // (2 + 0 - 2) / 3
  CHECK(b.counts.max_loss == 2);
  CHECK(b.counts.isolated_leaders == 1);
  CHECK(g.id(b.head) == "b");
  CHECK(b.head_political_distance == 3);
  const ChainUnit& a = unit_row(g, r, "Dir/A");  // a, s1, s2
  CHECK(a.counts.formal_ties == 3);
  CHECK(a.counts.chain_gaps == 1);
  CHECK(a.counts.reachable == 2);
  CHECK(g.id(a.head) == "a");
  CHECK(g.id(a.head_political_via) == "a");
  REQUIRE(r.levels.size() == 4);
  // Depth 1: a, b, y; ties a->d backed, b->d gap, y->x gap; managers a (2) and b (1).
  CHECK(r.levels[1].counts.people == 3);
  CHECK(r.levels[1].counts.formal_ties == 3);
  CHECK(r.levels[1].counts.chain_gaps == 2);
  CHECK(r.levels[1].mean_span == Approx(1.5));
  CHECK(r.levels[0].counts.formal_ties == 0);
  CHECK(r.levels[3].counts.people == 1);
}

TEST_CASE("chain: the dialogue layers decide what backs a tie", "[metrics][chain]") {
  const OrgGraph g = drawn_org();
  ChainOptions opt;
  opt.dialogue_layers = {static_cast<LayerId>(EdgeType::sparring)};
  const ChainResult r = run_chain(g, opt);
  CHECK(r.summary.backed_ties == 1);  // only a->d
  CHECK(r.dialogue_layers == std::vector<LayerId>{static_cast<LayerId>(EdgeType::sparring)});
  opt.dialogue_layers = {static_cast<LayerId>(EdgeType::reports_to)};
  CHECK_THROWS_AS(run_chain(g, opt), UsageError);
}

TEST_CASE("chain: cycles and two managers are reported, never a hang", "[metrics][chain]") {
  //    r           p -> q -> w -> p  (a cycle of leaders), z reports to q
  //  /   \         t reports to m1 and to m2 (two managers); t = m2 sparring
  // m1   m2
  //  \   /
  //    t
  const OrgGraph g = toy_graph({{"r", "leader"}, {"m1", "leader"}, {"m2", "leader"}, {"t"}, {"p", "leader"},
                                {"q", "leader"}, {"w", "leader"}, {"z"}},
                               {"m1 r reports_to", "m2 r reports_to", "t m1 reports_to", "t m2 reports_to",
                                "p q reports_to", "q w reports_to", "w p reports_to", "z q reports_to",
                                "t m2 sparring", "m1 r sparring", "m2 r sparring"});
  const ChainResult r = run_chain(g);
  int cycles = 0, two = 0;
  for (const auto& p : r.problems) {
    cycles += p.kind == FormalProblemKind::cycle;
    two += p.kind == FormalProblemKind::two_managers;
  }
  CHECK(cycles == 1);
  CHECK(two == 1);
  CHECK(r.summary.formal_ties == 8);
  // t's primary line is to m1 (first by node order) and is a gap; the second line to m2 is backed.
  for (const auto& t : r.ties)
    if (g.id(t.subordinate) == "t") {
      CHECK(t.primary == (g.id(t.manager) == "m1"));
      CHECK(t.backed() == (g.id(t.manager) == "m2"));
    }
  CHECK(person(g, r, "t").chain == ChainState::broken);
  CHECK(person(g, r, "t").backed_up);  // the second line is backed
  CHECK(person(g, r, "p").chain == ChainState::unknown);
  CHECK(person(g, r, "z").chain == ChainState::unknown);
  CHECK(person(g, r, "z").depth == -1);
  CHECK(r.summary.chain_unknown == 4);  // p, q, w, z
  CHECK(r.summary.people == 4);         // r, m1, m2, t
  REQUIRE(r.krackhardt.size() == 2);
  CHECK(r.krackhardt[0].name == "reports_to");
  CHECK(r.krackhardt[0].reversed);
  CHECK(r.krackhardt[0].gtd.hierarchy.value < 1.0);  // the cycle is mutual reachability
}

TEST_CASE("chain: empty graph, no formal layer, isolates", "[metrics][chain]") {
  const OrgGraph none = toy_graph({}, {});
  const ChainResult r0 = run_chain(none);
  CHECK(r0.summary.formal_ties == 0);
  CHECK(std::isnan(r0.summary.gap_rate));
  CHECK(r0.people.empty());
  const OrgGraph loose = toy_graph({{"a", "leader"}, {"b", "leader"}, {"s"}}, {"a b sparring"});
  const ChainResult r1 = run_chain(loose);
  CHECK(r1.summary.layers == 0);
  CHECK(r1.people.size() == 2);  // the two leaders, outside any formal line
  CHECK(person(loose, r1, "a").peer_ties == 1);
  CHECK_FALSE(person(loose, r1, "a").isolated);
  CHECK(person(loose, r1, "a").depth == -1);
  REQUIRE(r1.krackhardt.size() == 2);
  CHECK(r1.krackhardt[0].gtd.nodes == 3);  // no formal layer: everyone
}

TEST_CASE("chain: a span of 200 000 is counted, bucketed and quick", "[metrics][chain]") {
  std::vector<test::ToyNode> nodes{{"boss", "leader"}};
  std::vector<std::string> edges;
  for (int i = 0; i < 200000; ++i) {
    nodes.push_back({"s" + std::to_string(i)});
    edges.push_back("s" + std::to_string(i) + " boss reports_to");
    if (i % 2 == 0) edges.push_back("s" + std::to_string(i) + " boss communication");
  }
  const OrgGraph g = toy_graph(nodes, edges);
  const auto start = std::chrono::steady_clock::now();
  const ChainResult r = run_chain(g);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(r.summary.max_span == 200000);
  CHECK(r.summary.leaders_over_span_limit == 1);
  CHECK(r.span_histogram[7] == 1);
  CHECK(r.summary.chain_gaps == 100000);
  CHECK(person(g, r, "boss").gaps_below == 100000);
  CHECK(r.krackhardt[0].gtd.lub.value == 1.0);
  CHECK(r.krackhardt[0].gtd.lub.exact);
  CHECK(seconds < 10.0);  // linear work; generous for a loaded 2-core machine
}

// ---- Krackhardt's high-tech managers: reference values from tests/reference/chain_reference.py ----

namespace {

void check_against_reference(const OrgGraph& g, const ChainResult& r, const json& ref) {
  const json& s = ref["summary"];
  CHECK(r.summary.formal_ties == s["formal_ties"].get<std::uint64_t>());
  CHECK(r.summary.backed_ties == s["backed_ties"].get<std::uint64_t>());
  CHECK(r.summary.chain_gaps == s["chain_gaps"].get<std::uint64_t>());
  CHECK(r.summary.gap_rate == Approx(s["gap_rate"].get<double>()));
  CHECK(r.summary.layers == s["layers"].get<std::uint32_t>());
  CHECK(r.summary.max_span == s["max_span"].get<std::uint32_t>());
  CHECK(r.summary.managers == s["managers"].get<std::uint64_t>());
  CHECK(r.summary.mean_span == Approx(s["mean_span"].get<double>()));
  CHECK(r.summary.median_span == Approx(s["median_span"].get<double>()));
  CHECK(r.summary.leaders_over_span_limit == s["leaders_over_span_limit"].get<std::uint64_t>());
  CHECK(r.summary.people == s["people"].get<std::uint64_t>());
  CHECK(r.summary.unbroken == s["unbroken"].get<std::uint64_t>());
  CHECK(r.summary.broken == s["broken"].get<std::uint64_t>());
  CHECK(r.summary.mean_loss == Approx(s["mean_loss"].get<double>()));
  CHECK(r.summary.unreachable_top == s["unreachable_top"].get<std::uint64_t>());
  CHECK(r.summary.skip_level_ties == s["skip_level_ties"].get<std::uint64_t>());
  CHECK(r.summary.skip_level_in_line == s["skip_level_in_line"].get<std::uint64_t>());
  CHECK(r.summary.leaders_with_external_tie == s["leaders_with_external_tie"].get<std::uint64_t>());
  const std::vector<std::string> isolated = isolated_ids(g, r);
  CHECK(isolated == s["isolated_leaders"].get<std::vector<std::string>>());

  std::vector<std::vector<std::string>> gaps;
  for (const auto& t : r.ties)
    if (!t.backed()) gaps.push_back({std::string(g.id(t.subordinate)), std::string(g.id(t.manager))});
  auto want_gaps = ref["gaps"].get<std::vector<std::vector<std::string>>>();
  CHECK(gaps == want_gaps);

  const auto opt_int = [](const json& j) { return j.is_null() ? -1 : j.get<int>(); };
  for (const auto& [id, p] : ref["people"].items()) {
    INFO("person " << id);
    const ChainPerson& ours = person(g, r, id);
    CHECK(chain_state_name(ours.chain) == p["chain"].get<std::string>());
    if (p["chain"] == "unknown") continue;
    CHECK(ours.depth == p["depth"].get<int>());
    CHECK(ours.breaks == p["breaks"].get<std::uint32_t>());
    CHECK(id_or_null(g, ours.first_break) == (p["first_break"].is_null() ? "null" : p["first_break"].get<std::string>()));
    CHECK(ours.first_break_depth == opt_int(p["first_break_depth"]));
    CHECK(ours.distance_to_top == opt_int(p["distance_to_top"]));
  }
  for (const auto& [id, l] : ref["leaders"].items()) {
    INFO("leader " << id);
    const ChainPerson& ours = person(g, r, id);
    CHECK(ours.leader);
    CHECK(ours.span == l["span"].get<std::uint32_t>());
    CHECK(ours.peer_ties == l["peer_ties"].get<std::uint32_t>());
    CHECK(ours.hr_distance == opt_int(l["hr_distance"]));
    CHECK(ours.political_ties == l["political_ties"].get<std::uint32_t>());
    CHECK(ours.political_distance == opt_int(l["political_distance"]));
    CHECK(ours.external_ties == l["external_ties"].get<std::uint32_t>());
    CHECK(ours.isolated == l["isolated"].get<bool>());
  }
  for (const auto& [unit, u] : ref["units"].items()) {
    INFO("unit " << unit);
    const ChainUnit& row = unit_row(g, r, unit);
    CHECK(row.counts.people == u["people"].get<std::uint64_t>());
    CHECK(row.counts.mean_loss == Approx(u["mean_loss"].get<double>()));
    CHECK(row.counts.max_loss == u["max_loss"].get<int>());
  }
  // Krackhardt GTD from R sna.
  for (const auto& k : r.krackhardt) {
    INFO("gtd " << k.name);
    const json& want = ref["krackhardt"][k.name];
    REQUIRE(!want.is_null());
    for (const auto& [key, value] :
         {std::pair{"connectedness", k.gtd.connectedness.value}, std::pair{"hierarchy", k.gtd.hierarchy.value},
          std::pair{"efficiency", k.gtd.efficiency.value}, std::pair{"lub", k.gtd.lub.value}}) {
      INFO(key);
      if (want[key].is_null()) CHECK(std::isnan(value));
      else CHECK(value == Approx(want[key].get<double>()).margin(1e-12));
    }
    CHECK(k.gtd.hierarchy.exact);
    CHECK(k.gtd.lub.exact);
  }
}

}  // namespace

TEST_CASE("chain: Krackhardt high-tech managers, reports_to against advice", "[metrics][chain][reference]") {
  const OrgGraph g = read("krackhardt-hightech");
  ChainOptions opt;
  opt.dialogue_layers = {*g.find_layer("advice")};
  const ChainResult r = run_chain(g, opt);
  check_against_reference(g, r, reference()["krackhardt_advice"]);
  // Every reporting line carries advice; the formal tree is an out-tree once reversed.
  CHECK(r.summary.chain_gaps == 0);
  REQUIRE(r.krackhardt.size() == 2);
  CHECK(r.krackhardt[0].gtd.lub.value == 1.0);
}

TEST_CASE("chain: Krackhardt high-tech managers, reports_to against friendship", "[metrics][chain][reference]") {
  const OrgGraph g = read("krackhardt-hightech");
  ChainOptions opt;
  opt.dialogue_layers = {*g.find_layer("friendship")};
  const ChainResult r = run_chain(g, opt);
  check_against_reference(g, r, reference()["krackhardt_friendship"]);
  CHECK(r.summary.chain_gaps == 8);  // 8 of 20 lines are no friendship in either direction
}

// ---- the example municipality: its planted problems (datasets/example-municipality/README.md) ----

TEST_CASE("chain: the example municipality matches the NetworkX reference", "[metrics][chain][reference]") {
  const OrgGraph g = read("example-municipality");
  const ChainResult r = run_chain(g);
  check_against_reference(g, r, reference()["example_municipality"]);
}

TEST_CASE("chain: the example municipality's planted problems are found", "[metrics][chain]") {
  const OrgGraph g = read("example-municipality");
  const ChainResult r = run_chain(g);
  // P1: l011 has 100 direct reports; l013 33, l006 32, l012 31 are also over 30.
  CHECK(r.summary.max_span == 100);
  CHECK(g.id(r.summary.max_span_leader) == "l011");
  std::vector<std::string> over;
  for (const auto& p : r.people)
    if (p.over_span_limit) over.push_back(std::string(g.id(p.node)));
  CHECK(over == std::vector<std::string>{"l006", "l011", "l012", "l013"});
  CHECK(person(g, r, "l013").span == 33);
  CHECK(person(g, r, "l006").span == 32);
  CHECK(person(g, r, "l012").span == 31);
  // P2: 47 of 369 formal ties are gaps (0.127), including the chain broken twice.
  CHECK(r.summary.formal_ties == 369);
  CHECK(r.summary.chain_gaps == 47);
  CHECK(r.summary.gap_rate == Approx(47.0 / 369.0));
  CHECK(person(g, r, "l010").first_break == node(g, "l010"));  // Ældrechef -> d02 is a gap
  CHECK(person(g, r, "l011").breaks == 2);
  CHECK(person(g, r, "l011").first_break == node(g, "l011"));
  // Egebo and Hjemmeplejen Nord leaders: the first break is the Ældrechef's own line.
  CHECK(person(g, r, "l012").first_break == node(g, "l010"));
  CHECK(person(g, r, "l013").first_break == node(g, "l010"));
  // Solgården: backed staff break first at the leader's line; night team staff at their own.
  const ChainPerson& night = person(g, r, "s0165");
  CHECK(night.breaks == 3);
  CHECK(night.first_break == node(g, "s0165"));
  CHECK(person(g, r, "l011").gaps_below == 20);
  // P3: l019 is the only isolated leader.
  const std::vector<std::string> isolated = isolated_ids(g, r);
  CHECK(isolated == std::vector<std::string>{"l019"});
  // P6: night team B is 7-9 dialogue steps from the top though formally 4 below it.
  for (auto [id, dist] : {std::pair{"s0159", 5}, std::pair{"s0165", 7}, std::pair{"s0166", 8}, std::pair{"s0167", 9},
                          std::pair{"s0168", 8}, std::pair{"s0169", 8}, std::pair{"s0170", 8}}) {
    INFO(id);
    CHECK(person(g, r, id).depth == 4);
    CHECK(person(g, r, id).distance_to_top == dist);
  }
  CHECK(r.summary.people == 370);
  CHECK(std::round(r.summary.mean_loss * 100) / 100 == Approx(-0.06));
  const ChainUnit& lyngbo = unit_row(g, r, "sos-soc-lyngbo");
  CHECK(lyngbo.counts.people == 9);
  CHECK(lyngbo.counts.mean_loss == Approx(19.0 / 9.0));  // 2.11
  CHECK(lyngbo.counts.max_loss == 3);
  const ChainUnit& solg = unit_row(g, r, "sos-ael-solg");
  CHECK(solg.counts.people == 101);
  CHECK(solg.counts.mean_loss == Approx(44.0 / 101.0));  // 0.44
  CHECK(solg.counts.max_loss == 5);
  CHECK(r.summary.layers == 6);
  // The formal layer is a clean tree rooted at the kommunaldirektør.
  CHECK(r.problems.empty());
  REQUIRE(r.roots.size() == 1);
  CHECK(g.id(r.roots[0]) == "d00");
}

// ---- the generator's planted rates (leadnet generate; facts measured by the generator itself) ----

namespace {

struct Planted {
  OrgGraph graph;
  gen::PlantedFacts facts;
  gen::GenerateParams params;
};

Planted generated(const std::string& preset, std::uint64_t seed) {
  gen::GenerateParams p = gen::preset_params(preset);
  RunContext ctx;
  ctx.seed = seed;
  gen::PlantedFacts facts;
  OrgGraph g = gen::generate(p, ctx, &facts);
  return {std::move(g), std::move(facts), p};
}

std::vector<std::string> sorted_ids(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("chain: finds exactly what the generator planted (example and municipality presets)",
          "[metrics][chain][planted]") {
  for (const auto& [preset, seed] : {std::pair<std::string, std::uint64_t>{"example", 1}, {"example", 7},
                                     {"municipality", 1}}) {
    INFO(preset << " seed " << seed);
    const Planted m = generated(preset, seed);
    const OrgGraph& g = m.graph;
    ChainOptions opt;
    opt.span_limit = m.facts.span_limit;
    const ChainResult r = run_chain(g, opt);
    const auto& t = m.facts.total;
    CHECK(r.summary.formal_ties == t.formal_ties);
    CHECK(r.summary.chain_gaps == t.chain_gaps);
    CHECK(r.summary.max_span == t.max_span);
    CHECK(g.id(r.summary.max_span_leader) == t.max_span_leader);
    CHECK(r.summary.leaders_over_span_limit == t.leaders_over_span_limit);
    CHECK(r.summary.layers == t.formal_layers);
    CHECK(r.summary.leaders_with_external_tie == t.leaders_with_external_tie);
    CHECK(r.problems.empty());
    const std::vector<std::string> isolated = isolated_ids(g, r);
    CHECK(sorted_ids(isolated) == sorted_ids(t.isolated_leaders));
    // The planted gaps are independent draws: their count lies within 4 standard deviations of
    // the sum of the planted probabilities, so the measured rate recovers the planted one.
    const double expected = t.expected_chain_gaps;
    CHECK(std::abs(static_cast<double>(r.summary.chain_gaps) - expected) < 4 * std::sqrt(expected) + 1);
    // The generator raises a line's gap probability by 0.004 per report beyond 30: in the
    // municipality preset (thousands of lines under leaders over the limit) their gap rate is
    // clearly above the rest's. (The example preset is too small to tell.)
    if (preset == "municipality") {
      std::uint64_t big_ties = 0, big_gaps = 0;
      for (const auto& p : r.people)
        if (p.over_span_limit) big_ties += p.span, big_gaps += p.gaps_below;
      const double big = static_cast<double>(big_gaps) / static_cast<double>(big_ties);
      const double rest = static_cast<double>(r.summary.chain_gaps - big_gaps) /
                          static_cast<double>(r.summary.formal_ties - big_ties);
      INFO("over the limit " << big << " (" << big_ties << " lines), the rest " << rest);
      CHECK(big > rest + 0.02);
    }
  }
}

TEST_CASE("chain: all 98 municipalities at once match their planted facts (small denmark)",
          "[metrics][chain][planted]") {
  // The denmark layout with 98 × 60 employees and few citizens: 98 formal trees, one per
  // municipality, under no common person.
  gen::GenerateParams p = gen::preset_params("denmark");
  p.employees = 98 * 60;
  p.citizens = 98 * 5;
  RunContext ctx;
  gen::PlantedFacts facts;
  const OrgGraph g = gen::generate(p, ctx, &facts);
  const ChainResult r = run_chain(g);
  CHECK(r.roots.size() == 98);
  CHECK(r.summary.chain_gaps == facts.total.chain_gaps);
  CHECK(r.summary.formal_ties == facts.total.formal_ties);
  CHECK(r.summary.isolated_leaders == facts.total.isolated_leaders.size());
  CHECK(r.summary.leaders_over_span_limit == facts.total.leaders_over_span_limit);
  // Every municipality's people reach their own top through dialogue.
  CHECK(r.summary.unreachable_top == 0);
  CHECK(r.krackhardt[0].gtd.weak_components == 98);
  CHECK(r.krackhardt[0].gtd.lub.value == 1.0);
}

// ---- properties over seeded random organisations ----

namespace {

/// A random organisation: a forest (each person's manager drawn among the leaders added before
/// them), random dialogue, HR, network and political ties. Nodes are added in `order`, so two
/// orders give the same organisation under different dense ids.
OrgGraph random_org(std::uint64_t seed, int n, const std::vector<int>& order) {
  Rng rng(seed);
  std::vector<std::string> role(n), unit(n);
  std::vector<std::string> edges;
  for (int v = 0; v < n; ++v) {
    const auto x = rng.below(20);
    role[v] = v < 3 || x < 5 ? "leader" : x == 5 ? "hr" : x == 6 ? "politician" : "staff";
    unit[v] = "U" + std::to_string(rng.below(4)) + "/T" + std::to_string(rng.below(3));
  }
  const auto name = [](int v) { return "n" + std::to_string(v); };
  for (int v = 1; v < n; ++v) {
    if (role[v] == "politician" || rng.below(15) == 0) continue;  // outside the formal forest
    std::vector<int> leaders;
    for (int u = 0; u < v; ++u)
      if (role[u] == "leader") leaders.push_back(u);
    if (leaders.empty()) continue;
    const int m = leaders[rng.below(leaders.size())];
    edges.push_back(name(v) + " " + name(m) + " reports_to");
    if (rng.below(4) != 0) edges.push_back(name(v) + " " + name(m) + (rng.below(2) ? " communication" : " sparring"));
  }
  static const char* kTypes[] = {"advice", "collaboration", "communication", "sparring", "network", "hr_support",
                                 "political"};
  for (int e = 0; e < 2 * n; ++e) {
    const int a = static_cast<int>(rng.below(n)), b = static_cast<int>(rng.below(n));
    if (a != b) edges.push_back(name(a) + " " + name(b) + " " + kTypes[rng.below(7)]);
  }
  std::vector<test::ToyNode> nodes;
  for (int i = 0; i < n; ++i) nodes.push_back({name(order[i]), role[order[i]], unit[order[i]]});
  return toy_graph(nodes, edges);
}

}  // namespace

TEST_CASE("chain: invariants and relabelling on random organisations", "[metrics][chain][property]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    INFO("seed " << seed);
    const int n = 10 + static_cast<int>(seed * 7 % 60);
    std::vector<int> identity(n), reversed(n);
    for (int i = 0; i < n; ++i) identity[i] = i, reversed[i] = n - 1 - i;
    const OrgGraph g = random_org(seed, n, identity);
    const OrgGraph h = random_org(seed, n, reversed);
    const ChainResult r = run_chain(g), q = run_chain(h);
    const ChainSummary& s = r.summary;
    // Counts add up.
    CHECK(s.backed_ties + s.chain_gaps == s.formal_ties);
    CHECK(s.unbroken + s.broken == s.people);
    CHECK(s.broken_twice <= s.broken);
    std::uint64_t span_sum = 0, gaps_below = 0;
    for (const ChainPerson& p : r.people) {
      span_sum += p.span;
      gaps_below += p.gaps_below;
      if (p.in_formal_tree()) {
        CHECK(p.breaks <= static_cast<std::uint32_t>(p.depth));
        CHECK(p.first_break_depth <= p.depth);
        CHECK((p.chain == ChainState::unbroken) == (p.breaks == 0));
        if (p.has_loss()) CHECK(p.loss() >= -p.depth);  // the top itself is at distance 0
        if (p.depth == 0) CHECK(p.distance_to_top == 0);
      }
      if (p.leader && p.isolated) CHECK(p.peer_ties == 0);
      if (p.leader && p.hr_distance == 1) CHECK_FALSE(p.isolated);
    }
    CHECK(span_sum == s.formal_ties);
    CHECK(gaps_below == s.chain_gaps);
    std::uint64_t unit_people = 0, unit_ties = 0;
    for (const ChainUnit& u : r.units) unit_people += u.counts.people, unit_ties += u.counts.formal_ties;
    CHECK(unit_people == s.people);  // every toy person has a unit
    CHECK(unit_ties == s.formal_ties);
    std::uint64_t level_people = 0;
    for (const ChainLevel& l : r.levels) level_people += l.counts.people;
    CHECK(level_people == s.people);
    // Relabelling the nodes changes nothing but the order (political_via breaks ties by BFS
    // order, so it may pick another of several equally short paths).
    CHECK(q.summary.chain_gaps == s.chain_gaps);
    CHECK(q.summary.skip_level_ties == s.skip_level_ties);
    CHECK(q.summary.isolated_leaders == s.isolated_leaders);
    CHECK(q.summary.mean_loss == Approx(s.mean_loss).margin(1e-12));
    REQUIRE(q.people.size() == r.people.size());
    for (const ChainPerson& p : r.people) {
      const ChainPerson& o = person(h, q, g.id(p.node));
      INFO("person " << g.id(p.node));
      CHECK(o.depth == p.depth);
      CHECK(o.chain == p.chain);
      CHECK(o.breaks == p.breaks);
      CHECK(id_or_null(h, o.first_break) == id_or_null(g, p.first_break));
      CHECK(o.distance_to_top == p.distance_to_top);
      CHECK(o.hr_distance == p.hr_distance);
      CHECK(o.peer_ties == p.peer_ties);
      CHECK(o.political_distance == p.political_distance);
      CHECK(o.skip_level_ties == p.skip_level_ties);
      CHECK(o.isolated == p.isolated);
      CHECK(o.people_below == p.people_below);
    }
    const auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || std::abs(x - y) < 1e-12; };
    REQUIRE(q.krackhardt.size() == r.krackhardt.size());
    for (std::size_t k = 0; k < r.krackhardt.size(); ++k) {
      INFO(r.krackhardt[k].name);
      CHECK(same(q.krackhardt[k].gtd.hierarchy.value, r.krackhardt[k].gtd.hierarchy.value));
      CHECK(same(q.krackhardt[k].gtd.lub.value, r.krackhardt[k].gtd.lub.value));
    }
  }
}

TEST_CASE("chain: the same result at any thread count and run after run", "[metrics][chain][property]") {
  const Planted m = generated("example", 3);
  ChainOptions opt;
  opt.gtd.exact_work_limit = 0;  // force the sampled estimates, the only randomised step
  RunContext one, two;
  one.threads = 1;
  two.threads = 2;
  const ChainResult a = chain_of_leadership(m.graph, opt, one);
  const ChainResult b = chain_of_leadership(m.graph, opt, two);
  REQUIRE(a.krackhardt.size() == b.krackhardt.size());
  for (std::size_t k = 0; k < a.krackhardt.size(); ++k) {
    CHECK(a.krackhardt[k].gtd.hierarchy.value == b.krackhardt[k].gtd.hierarchy.value);
    CHECK(a.krackhardt[k].gtd.lub.value == b.krackhardt[k].gtd.lub.value);
  }
  CHECK(a.summary.mean_loss == b.summary.mean_loss);
}
