// leadnet generate: determinism, validity of every preset, the proportions `info` shows, and the
// planted problems recovered from the graph by computations written here from their definitions
// (DESIGN.md "Chain of leadership" and "Cross-silo connectivity"), independent of the generator's
// own bookkeeping.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "leadnet/gen/municipality.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/formal_tree.hpp"
#include "support/cli_runner.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using leadnet::test::read_file;
using leadnet::test::run_cli;
using leadnet::test::TempDir;
using namespace leadnet;

namespace {

const std::vector<std::string> kFiles = {"nodes.csv", "edges.csv", "units.csv", "meta.json", "planted.json", "README.md"};

struct Generated {
  OrgGraph graph;
  gen::PlantedFacts planted;
  gen::GenerateParams params;
};

Generated make(const std::string& preset, std::uint64_t seed = 1, std::uint64_t people = 0, std::uint64_t citizens = 0,
               bool keep_citizens = true) {
  gen::GenerateParams p = gen::preset_params(preset);
  if (people) p.employees = people;
  if (citizens || !keep_citizens) p.citizens = citizens;
  RunContext ctx;
  ctx.seed = seed;
  gen::PlantedFacts planted;
  OrgGraph g = gen::generate(p, ctx, &planted);
  return Generated{std::move(g), std::move(planted), p};
}

/// The municipality preset, built once for the tests that read it.
const Generated& municipality() {
  static const Generated g = make("municipality");
  return g;
}

/// Undirected neighbours in the default dialogue layers (sparring, advice, communication,
/// collaboration), rows sorted and unique.
std::vector<std::vector<NodeId>> dialogue_neighbours(const OrgGraph& g) {
  std::vector<std::vector<NodeId>> nb(g.num_nodes());
  for (EdgeType t : kDefaultDialogueTypes) {
    const Layer& layer = g.layer(t);
    for (NodeId v = 0; v < g.num_nodes(); ++v)
      for (NodeId w : layer.out().neighbors(v)) {
        nb[v].push_back(w);
        nb[w].push_back(v);
      }
  }
  for (auto& row : nb) {
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
  }
  return nb;
}

bool adjacent(const std::vector<std::vector<NodeId>>& nb, NodeId a, NodeId b) {
  return std::binary_search(nb[a].begin(), nb[a].end(), b);
}

/// The manager of every person from the reports_to layer (kNoNode when none).
std::vector<NodeId> managers(const OrgGraph& g) {
  std::vector<NodeId> m(g.num_nodes(), kNoNode);
  const Layer& formal = g.layer(EdgeType::reports_to);
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    for (NodeId w : formal.out().neighbors(v)) m[v] = w;
  return m;
}

bool in_line(const std::vector<NodeId>& manager, NodeId a, NodeId b) {
  for (NodeId x = manager[a]; x != kNoNode; x = manager[x])
    if (x == b) return true;
  for (NodeId x = manager[b]; x != kNoNode; x = manager[x])
    if (x == a) return true;
  return false;
}

bool is_employee(Role r) { return r == Role::leader || r == Role::hr || r == Role::staff || r == Role::council; }

nlohmann::json info_json(const fs::path& dir) {
  const auto r = run_cli({"info", dir.string(), "--format", "json"});
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

/// Mean direct reports of frontline leaders (who lead no leaders) in units under the given area names.
double frontline_mean_span(const OrgGraph& g, const std::set<std::string>& areas, std::uint32_t area_depth) {
  const auto manager = managers(g);
  std::vector<std::uint32_t> span(g.num_nodes(), 0);
  std::vector<bool> leads_leaders(g.num_nodes(), false);
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    if (manager[v] != kNoNode) {
      ++span[manager[v]];
      if (g.role(v) == Role::leader) leads_leaders[manager[v]] = true;
    }
  double sum = 0;
  std::size_t n = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (span[v] == 0 || leads_leaders[v] || g.unit(v) == kNoUnit) continue;
    const UnitId a = g.units().ancestor_at_depth(g.unit(v), area_depth);
    if (g.units()[a].depth != area_depth || areas.count(g.units()[a].name) == 0) continue;
    sum += span[v];
    ++n;
  }
  REQUIRE(n > 0);
  return sum / static_cast<double>(n);
}

}  // namespace

TEST_CASE("generate: the same seed gives the same bytes, another seed other bytes", "[gen][determinism]") {
  TempDir dir("gen-seed");
  for (const auto& [name, seed] : {std::pair{"a", "7"}, {"b", "7"}, {"c", "8"}}) {
    const auto r = run_cli({"generate", "--preset", "example", "--seed", seed, "-o", (dir / name).string(), "--quiet"});
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
  for (const auto& f : kFiles) {
    INFO(f);
    CHECK(read_file(dir / "a" / f) == read_file(dir / "b" / f));
  }
  CHECK(read_file(dir / "a" / "nodes.csv") != read_file(dir / "c" / "nodes.csv"));
  CHECK(read_file(dir / "a" / "edges.csv") != read_file(dir / "c" / "edges.csv"));
}

TEST_CASE("generate: the same bytes at one and two threads", "[gen][determinism]") {
  TempDir dir("gen-threads");
  for (const auto& [name, threads] : {std::pair{"t1", "1"}, {"t2", "2"}}) {
    const auto r = run_cli({"generate", "--preset", "denmark", "--people", "4000", "--citizens", "5000", "--threads",
                            threads, "-o", (dir / name).string(), "--quiet"});
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
  for (const auto& f : kFiles) {
    INFO(f);
    CHECK(read_file(dir / "t1" / f) == read_file(dir / "t2" / f));
  }
}

TEST_CASE("generate: validate accepts every preset without a warning", "[gen][validate]") {
  TempDir dir("gen-validate");
  const std::vector<std::vector<std::string>> runs = {
      {"--preset", "example"},
      {"--preset", "municipality", "--citizens", "20000"},
      {"--preset", "copenhagen", "--people", "3000", "--citizens", "6000"},
      {"--preset", "denmark", "--people", "4000", "--citizens", "6000"}};
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const fs::path out = dir / ("p" + std::to_string(i));
    std::vector<std::string> args = {"generate", "-o", out.string(), "--quiet"};
    args.insert(args.end(), runs[i].begin(), runs[i].end());
    INFO(runs[i][1]);
    const auto g = run_cli(args);
    INFO(g.err);
    REQUIRE(g.status == 0);
    const auto v = run_cli({"validate", out.string()});
    INFO(v.err);
    CHECK(v.status == 0);
    CHECK(v.err.empty());  // no merged duplicates, no self-loops, no formal-tree problems
    for (const auto& f : kFiles) CHECK(fs::exists(out / f));
  }
}

TEST_CASE("generate: the CSV files have no dangling ids, self-loops or duplicate rows", "[gen][csv]") {
  TempDir dir("gen-csv");
  REQUIRE(run_cli({"generate", "--preset", "example", "--seed", "3", "-o", (dir / "x").string(), "--quiet"}).status == 0);
  std::istringstream nodes(read_file(dir / "x" / "nodes.csv")), edges(read_file(dir / "x" / "edges.csv"));
  std::string line;
  std::set<std::string> ids;
  std::getline(nodes, line);
  CHECK(line == "id,name,role,unit,level,title,fte,tenure_years,committee,age_group");
  while (std::getline(nodes, line)) CHECK(ids.insert(line.substr(0, line.find(','))).second);
  std::getline(edges, line);
  CHECK(line == "source,target,type,weight");
  std::set<std::tuple<std::string, std::string, std::string>> rows;
  std::size_t n = 0;
  while (std::getline(edges, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, ',');) f.push_back(x);
    REQUIRE(f.size() == 4);
    CHECK(ids.count(f[0]) == 1);
    CHECK(ids.count(f[1]) == 1);
    CHECK(f[0] != f[1]);
    // Undirected types appear once per pair; directed ones once per direction.
    if ((f[2] == "sparring" || f[2] == "collaboration" || f[2] == "network") && f[1] < f[0]) std::swap(f[0], f[1]);
    CHECK(rows.emplace(f[0], f[1], f[2]).second);
    ++n;
  }
  CHECK(n > 1000);
}

TEST_CASE("generate: the graph built in memory equals the folder read back", "[gen][roundtrip]") {
  TempDir dir("gen-roundtrip");
  for (const auto& [preset, extra] : {std::pair<std::string, std::vector<std::string>>{"example", {}},
                                      {"denmark", {"--people", "4000", "--citizens", "3000"}}}) {
    INFO(preset);
    const fs::path out = dir / preset;
    std::vector<std::string> args = {"generate", "--preset", preset, "--seed", "5", "-o", out.string(), "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    REQUIRE(run_cli(args).status == 0);
    const Generated mem = preset == "example" ? make("example", 5) : make("denmark", 5, 4000, 3000);
    Diagnostics diags;
    const OrgGraph read = read_csv_folder(out, ReadOptions{}, diags);
    std::string why;
    CHECK(same_graph(mem.graph, read, &why));
    INFO(why);
    const auto planted = nlohmann::json::parse(read_file(out / "planted.json"));
    CHECK(planted["total"]["chain_gaps"] == mem.planted.total.chain_gaps);
    CHECK(planted["total"]["coherent_citizens"] == mem.planted.total.coherent_citizens);
    CHECK(planted["municipalities"].size() == mem.planted.municipalities.size());
  }
}

TEST_CASE("generate: info shows the planted structure at example and municipality size", "[gen][info]") {
  TempDir dir("gen-info");
  for (const std::string preset : {"example", "municipality"}) {
    INFO(preset);
    const fs::path out = dir / preset;
    REQUIRE(run_cli({"generate", "--preset", preset, "-o", out.string(), "--quiet"}).status == 0);
    const auto j = info_json(out);
    const auto meta = nlohmann::json::parse(read_file(out / "meta.json"));
    const auto params = meta["generator"]["parameters"];
    CHECK(meta["generator"]["preset"] == preset);
    CHECK(meta["generator"]["seed"] == 1);
    const auto& roles = j["people_by_role"];
    const std::uint64_t employees = roles["leader"].get<std::uint64_t>() + roles["hr"].get<std::uint64_t>() +
                                    roles["staff"].get<std::uint64_t>() + roles["council"].get<std::uint64_t>();
    // Every employee asked for is placed, every citizen created.
    CHECK(employees == params["employees"].get<std::uint64_t>());
    CHECK(roles["citizen"] == params["citizens"]);
    // Leaders: with frontline spans of 10-35 and a few layers above them, roughly one leader per
    // 8-20 employees (the bundled hand-made example has 38 leaders for 370 employees).
    const double leader_share = roles["leader"].get<double>() / static_cast<double>(employees);
    CHECK(leader_share > 0.05);
    CHECK(leader_share < 0.13);
    CHECK(roles["hr"].get<int>() >= 1);
    CHECK(roles["council"].get<int>() >= 1);
    // Kommunaldirektør -> directors -> områder -> institutions -> teams -> staff: 5 to 7 layers.
    CHECK(j["formal"]["roots"].size() == 1);
    CHECK(j["formal"]["layers"].get<int>() >= 5);
    CHECK(j["formal"]["layers"].get<int>() <= 8);
    CHECK(j["formal"]["problems"].empty());
    CHECK(j["levels"]["0"] == 1);
    CHECK(j["levels"]["1"] == 6);  // six forvaltninger, six directors
    // Six forvaltninger and the city council at depth 1.
    CHECK(j["units"]["top"].size() == 7);
    CHECK(j["units"]["max_depth"].get<int>() >= 4);
    CHECK(j["units"]["max_depth"].get<int>() <= 5);
    // The largest care institution runs flat: a span far over 30 (Ledelseskommissionen: many
    // leaders with 75-100 staff), never above the 110 cap.
    CHECK(j["formal"]["max_span"].get<int>() > 30);
    CHECK(j["formal"]["max_span"].get<int>() <= 110);
    CHECK(j["components"]["count"] == 1);
  }
}

TEST_CASE("generate: spans follow the Danish Leadership Commission's sector averages", "[gen][info]") {
  const Generated& m = municipality();
  // Ledelseskommissionen (2017): 32 direct reports on average in elderly care, 15 in
  // administration. The generator draws around these; the realised means, including small
  // institutions and the flat ones, stay near them.
  const double elderly = frontline_mean_span(m.graph, {"Plejecentre", "Hjemmeplejen"}, 2);
  CHECK(elderly > 24.0);
  CHECK(elderly < 45.0);
  const double admin = frontline_mean_span(
      m.graph, {"Økonomi", "IT og Digitalisering", "Borgerservice", "Sekretariat og Jura", "Visitation", "Voksenmyndighed"}, 2);
  CHECK(admin > 7.0);
  CHECK(admin < 20.0);
  CHECK(elderly > admin + 10.0);
}

TEST_CASE("generate: reports_to is a forest with leaders as managers", "[gen][formal]") {
  const Generated dk = make("denmark", 2, 4000, 2000);
  for (const OrgGraph* g : {&municipality().graph, &dk.graph}) {
    const FormalTree f = analyze_formal_tree(*g);
    CHECK(f.problems.empty());
    const auto manager = managers(*g);
    std::size_t roots = 0;
    for (NodeId v = 0; v < g->num_nodes(); ++v) {
      CHECK(g->layer(EdgeType::reports_to).out().degree(v) <= 1);
      if (manager[v] != kNoNode) CHECK(g->role(manager[v]) == Role::leader);
      if (is_employee(g->role(v)) && manager[v] == kNoNode) ++roots;
      if (!is_employee(g->role(v))) CHECK(!f.in_formal_layer(v));
    }
    CHECK(roots == (g == &dk.graph ? 98u : 1u));
    for (const Layer& layer : g->layers())
      for (NodeId v = 0; v < g->num_nodes(); ++v) CHECK_FALSE(layer.out().has_arc(v, v));
  }
}

TEST_CASE("generate: planted chain gaps recovered", "[gen][planted]") {
  const Generated& m = municipality();
  const OrgGraph& g = m.graph;
  const auto nb = dialogue_neighbours(g);
  const auto manager = managers(g);
  std::uint64_t formal = 0, gaps = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    if (manager[v] != kNoNode) {
      ++formal;
      if (!adjacent(nb, v, manager[v])) ++gaps;
    }
  const auto& t = m.planted.total;
  CHECK(formal == t.formal_ties);
  CHECK(gaps == t.chain_gaps);
  // Gaps are independent Bernoulli draws: the count is within 4 standard deviations of its
  // expectation (the sum of the planted probabilities).
  const double sd = std::sqrt(t.expected_chain_gaps);
  CHECK(std::abs(static_cast<double>(gaps) - t.expected_chain_gaps) < 4 * sd + 1);
  // The expectation itself lies between the staff rate and what spans over 30 add.
  const double expected_rate = t.expected_chain_gaps / static_cast<double>(formal);
  CHECK(expected_rate > m.params.gap_rate_staff);
  CHECK(expected_rate < 0.15);
}

TEST_CASE("generate: planted isolated leaders are exactly the isolated ones", "[gen][planted]") {
  const Generated& m = municipality();
  const OrgGraph& g = m.graph;
  const auto nb = dialogue_neighbours(g);
  const auto manager = managers(g);
  std::vector<bool> hr_support(g.num_nodes(), false);
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    if (g.layer(EdgeType::hr_support).out().degree(v) > 0) hr_support[v] = true;
  // DESIGN.md: isolated = no backed upward tie, no peer tie (a leader outside the own line), no
  // HR tie. Roots have no upward tie but are never isolated here.
  std::set<std::string> isolated;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (g.role(v) != Role::leader) continue;
    const bool backed = manager[v] != kNoNode && adjacent(nb, v, manager[v]);
    bool peer = false, hr = hr_support[v];
    for (NodeId w : nb[v]) {
      if (g.role(w) == Role::hr) hr = true;
      if (g.role(w) == Role::leader && !in_line(manager, v, w)) peer = true;
    }
    if (!backed && !peer && !hr) isolated.insert(std::string(g.id(v)));
  }
  const auto& t = m.planted.total;
  CHECK(isolated == std::set<std::string>(t.isolated_leaders.begin(), t.isolated_leaders.end()));
  const auto want = std::max<std::uint64_t>(
      1, static_cast<std::uint64_t>(std::llround(m.params.isolated_leader_rate * t.eligible_for_isolation)));
  CHECK(isolated.size() == want);
  // The planted leaders have no tie of any layer to a leader outside their line, HR,
  // politicians or partners.
  for (const auto& id : isolated) {
    const NodeId v = *g.find(id);
    for (const Layer& layer : g.layers()) {
      if (layer.name() == "reports_to") continue;
      for (const Csr* csr : {&layer.out(), &layer.in()})
        for (NodeId w : csr->neighbors(v)) {
          const Role r = g.role(w);
          CHECK_FALSE(r == Role::hr);
          CHECK_FALSE(r == Role::politician);
          CHECK_FALSE(r == Role::external);
          if (r == Role::leader) CHECK(in_line(manager, v, w));
        }
    }
  }
}

TEST_CASE("generate: the planted silo pair talks only through its carrier", "[gen][planted]") {
  const Generated& m = municipality();
  const OrgGraph& g = m.graph;
  const auto& pm = m.planted.municipalities.front();
  REQUIRE(!pm.silo_pair_a.empty());
  const UnitId a = *g.units().find(pm.silo_pair_a), b = *g.units().find(pm.silo_pair_b);
  CHECK(g.units()[a].name == "Skoler");
  CHECK(g.units()[b].name == "Børn og Familie");
  CHECK(g.units()[a].depth == pm.silo_pair_unit_depth);
  auto side = [&](NodeId v) {
    if (g.unit(v) == kNoUnit) return 0;
    const UnitId u = g.units().ancestor_at_depth(g.unit(v), pm.silo_pair_unit_depth);
    return u == a ? 1 : (u == b ? 2 : 0);
  };
  std::set<std::pair<NodeId, NodeId>> pairs;
  for (const Layer& layer : g.layers()) {
    if (layer.name() == "reports_to" || layer.name() == "service") continue;
    for (NodeId v = 0; v < g.num_nodes(); ++v)
      for (NodeId w : layer.out().neighbors(v))
        if (side(v) + side(w) == 3) pairs.emplace(std::min(v, w), std::max(v, w));
  }
  CHECK(pairs.size() == m.params.silo_pair_ties);
  const NodeId carrier = *g.find(pm.silo_pair_carrier);
  for (const auto& [v, w] : pairs) CHECK((v == carrier || w == carrier));
  // Both sides are real silos: many dialogue ties inside each.
  const auto nb = dialogue_neighbours(g);
  std::size_t inside_a = 0, inside_b = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    for (NodeId w : nb[v]) {
      inside_a += side(v) == 1 && side(w) == 1;
      inside_b += side(v) == 2 && side(w) == 2;
    }
  CHECK(inside_a > 500);
  CHECK(inside_b > 100);
}

TEST_CASE("generate: citizens served by several forvaltninger, coherent at the planted rate", "[gen][planted]") {
  const Generated& m = municipality();
  const OrgGraph& g = m.graph;
  const auto nb = dialogue_neighbours(g);
  const Layer& service = g.layer(EdgeType::service);
  std::uint64_t citizens = 0, multi = 0, coherent = 0;
  for (NodeId c = 0; c < g.num_nodes(); ++c) {
    if (g.role(c) != Role::citizen) continue;
    ++citizens;
    const auto staff = service.in().neighbors(c);
    CHECK(!staff.empty());  // every citizen is served
    std::set<UnitId> silos;
    for (NodeId s : staff) silos.insert(g.units().ancestor_at_depth(g.unit(s), 1));
    if (silos.size() < 2) continue;
    ++multi;
    bool ok = true;
    for (std::size_t i = 0; i < staff.size() && ok; ++i)
      for (std::size_t j = i + 1; j < staff.size() && ok; ++j) {
        const NodeId x = staff[i], y = staff[j];
        bool near = adjacent(nb, x, y);
        for (NodeId z : nb[x])
          if (!near && adjacent(nb, z, y)) near = true;
        ok = near;
      }
    coherent += ok;
  }
  const auto& t = m.planted.total;
  CHECK(citizens == m.params.citizens);
  CHECK(multi == t.multi_silo_citizens);
  CHECK(coherent == t.coherent_citizens);
  // Binomial tolerance, 4 standard deviations.
  const double p = m.params.multi_silo_citizen_rate;
  const double share = static_cast<double>(multi) / static_cast<double>(citizens);
  CHECK(std::abs(share - p) < 4 * std::sqrt(p * (1 - p) / static_cast<double>(citizens)) + 0.002);
  const double q = m.params.coordinated_rate;
  const double eligible = static_cast<double>(multi - t.forced_incoherent_citizens);
  CHECK(t.forced_incoherent_citizens > 0);
  CHECK(std::abs(static_cast<double>(coherent) / eligible - q) < 4 * std::sqrt(q * (1 - q) / eligible) + 0.01);
}

TEST_CASE("generate: distance to the top in the dialogue layers as recorded", "[gen][planted]") {
  const Generated& m = municipality();
  const OrgGraph& g = m.graph;
  const auto nb = dialogue_neighbours(g);
  NodeId root = kNoNode;
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    if (is_employee(g.role(v)) && g.level(v) == 0) root = v;
  REQUIRE(root != kNoNode);
  std::vector<int> dist(g.num_nodes(), -1);
  std::vector<NodeId> queue = {root};
  dist[root] = 0;
  for (std::size_t h = 0; h < queue.size(); ++h)
    for (NodeId w : nb[queue[h]])
      if (dist[w] < 0) {
        dist[w] = dist[queue[h]] + 1;
        queue.push_back(w);
      }
  std::uint64_t reachable = 0, unreachable = 0, distance = 0, depth = 0;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (!is_employee(g.role(v))) continue;
    if (dist[v] < 0) {
      ++unreachable;
      continue;
    }
    ++reachable;
    distance += static_cast<std::uint64_t>(dist[v]);
    depth += static_cast<std::uint64_t>(g.level(v));
  }
  const auto& t = m.planted.total;
  CHECK(reachable == t.reachable_from_top);
  CHECK(unreachable == t.unreachable_from_top);
  CHECK(distance == t.dialogue_distance_sum);
  CHECK(depth == t.formal_depth_sum);
}

TEST_CASE("generate: the denmark preset has 98 municipalities under one national root", "[gen][denmark]") {
  const Generated dk = make("denmark", 1, 4000, 3000);
  const OrgGraph& g = dk.graph;
  const UnitTree& u = g.units();
  CHECK(u[u.root()].id == "dk");
  CHECK_FALSE(u.synthetic_root());
  CHECK(u.children(u.root()).size() == 98);
  CHECK(u[*u.find("k101")].name == "Københavns Kommune");
  CHECK(u[*u.find("k825")].name == "Læsø Kommune");
  CHECK(u[*u.find("k492")].name == "Ærø Kommune");
  CHECK(dk.planted.municipalities.size() == 98);
  CHECK(dk.planted.silo_unit_depth == 2);
  std::uint64_t employees = 0;
  for (const auto& m : dk.planted.municipalities) {
    CHECK(m.employees >= gen::kMinEmployeesPerMunicipality);
    employees += m.employees;
  }
  // Every municipality holds at least the minimum; the rest follows population.
  CHECK(employees >= 4000);
  CHECK(employees < 4000 + 98 * gen::kMinEmployeesPerMunicipality);
  // The kommunaldirektører of a region meet in the KKR network: Aarhus and Randers both lie in
  // Region Midtjylland, Aarhus and Odense do not share a region.
  const auto& net = g.layer(EdgeType::network).out();
  auto director = [&](const std::string& code) {
    for (NodeId v = 0; v < g.num_nodes(); ++v)
      if (g.level(v) == 0 && g.id(v).substr(0, code.size() + 1) == code + "-") return v;
    FAIL("no kommunaldirektør in " << code);
    return kNoNode;
  };
  const NodeId aarhus = director("k751"), randers = director("k730"), odense = director("k461");
  CHECK(g.units()[g.unit(aarhus)].name == "Aarhus Kommune");
  CHECK(net.has_arc(aarhus, randers));
  CHECK_FALSE(net.has_arc(aarhus, odense));
}

TEST_CASE("generate: parameters are tunable and recorded", "[gen][params]") {
  TempDir dir("gen-params");
  const auto r = run_cli({"generate", "--preset", "example", "--set", "gap_rate_leader=0.5", "--set",
                          "silo_pair_ties=1", "-o", (dir / "x").string(), "--quiet"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto meta = nlohmann::json::parse(read_file(dir / "x" / "meta.json"));
  CHECK(meta["generator"]["parameters"]["gap_rate_leader"] == 0.5);
  CHECK(meta["generator"]["parameters"]["silo_pair_ties"] == 1);
  CHECK(meta["planted"]["silo_pair"]["ties"] == 1);
  for (const auto& record : gen::describe_params(gen::preset_params("example")))
    CHECK(meta["generator"]["parameters"].contains(record.name));
  const std::string readme = read_file(dir / "x" / "README.md");
  CHECK(readme.find("Ledelseskommissionen") != std::string::npos);
  CHECK(readme.find("gap_rate_leader") != std::string::npos);
}

TEST_CASE("generate: every tunable parameter maps to its own field", "[gen][params]") {
  gen::GenerateParams p = gen::preset_params("example");
  const auto names = gen::tunable_params();
  REQUIRE(names.size() > 30);
  for (std::size_t i = 0; i < names.size(); ++i) gen::set_param(p, names[i], std::to_string(i + 1));
  std::map<std::string, std::string> recorded;
  for (const auto& r : gen::describe_params(p)) recorded[r.name] = r.value;
  for (std::size_t i = 0; i < names.size(); ++i) {
    INFO(names[i]);
    CHECK(recorded[names[i]] == std::to_string(i + 1));
  }
  CHECK_THROWS_AS(gen::set_param(p, "span_elderly", "many"), UsageError);
  CHECK_THROWS_AS(gen::set_param(p, "silo_pair_ties", "1.5"), UsageError);
  CHECK_THROWS_AS(gen::preset_params("atlantis"), UsageError);
}

TEST_CASE("generate: usage errors exit 2, failures leave nothing behind", "[gen][cli]") {
  TempDir dir("gen-usage");
  const std::string out = (dir / "x").string();
  auto r = run_cli({"generate", "--preset", "atlantis", "-o", out});
  CHECK(r.status == 2);
  r = run_cli({"generate", "--preset", "example", "--people", "10", "-o", out});
  CHECK(r.status == 2);
  CHECK(r.err.find("at least 40") != std::string::npos);
  r = run_cli({"generate", "--preset", "denmark", "--people", "1000", "-o", out});
  CHECK(r.status == 2);
  CHECK(r.err.find("3,920") != std::string::npos);
  r = run_cli({"generate", "--preset", "example", "--set", "gap_rate_leader=2", "-o", out});
  CHECK(r.status == 2);
  r = run_cli({"generate", "--preset", "example", "--set", "no_such_thing=1", "-o", out});
  CHECK(r.status == 2);
  CHECK(r.err.find("gap_rate_leader") != std::string::npos);  // lists what is tunable
  r = run_cli({"generate", "--preset", "example"});
  CHECK(r.status == 2);
  CHECK_FALSE(fs::exists(out));
  // A folder that cannot be created: exit 1, nothing written.
  r = run_cli({"generate", "--preset", "example", "-o", (dir / "missing" / "x").string(), "--quiet"});
  CHECK(r.status == 1);
  CHECK_FALSE(fs::exists(dir / "missing"));
  // A folder of other work is never replaced (a mistyped -o must not delete it): exit 2 at once.
  fs::create_directories(out);
  leadnet::test::write_file(dir / "x" / "old.txt", "old");
  r = run_cli({"generate", "--preset", "example", "-o", out, "--quiet"});
  CHECK(r.status == 2);
  CHECK(r.err.find("will not replace the folder") != std::string::npos);
  CHECK(leadnet::test::read_file(dir / "x" / "old.txt") == "old");
  // An earlier generated dataset is replaced as a whole, only when the run succeeds.
  fs::remove(dir / "x" / "old.txt");
  leadnet::test::write_file(dir / "x" / "nodes.csv", "id,role\nold,staff\n");
  leadnet::test::write_file(dir / "x" / "planted.json", "{}");
  REQUIRE(run_cli({"generate", "--preset", "example", "-o", out, "--quiet"}).status == 0);
  CHECK(leadnet::test::read_file(dir / "x" / "nodes.csv").find("old,staff") == std::string::npos);
  CHECK(fs::exists(dir / "x" / "edges.csv"));
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) entries += e.path().filename() != "x";
  CHECK(entries == 0);  // no temporary folders left
}
