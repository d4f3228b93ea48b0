#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/metrics/centrality.hpp"

using namespace leadnet;

TEST_CASE("centrality: measure lists", "[metrics][centrality]") {
  CHECK(parse_measures({"pagerank, degree", "pagerank"}) == std::vector<Measure>{Measure::pagerank, Measure::degree});
  CHECK(parse_measures({"all"}).size() == 8);
  CHECK(parse_measures({"Betweenness"}) == std::vector<Measure>{Measure::betweenness});
  CHECK_THROWS_AS(parse_measures({"degree,fame"}), UsageError);
}

TEST_CASE("centrality: columns are named as DESIGN.md says", "[metrics][centrality]") {
  // a -> b -> c -> a, weighted: a directed cycle, so every measure converges except Katz
  // (spectral radius 1 >= 1 / alpha only when alpha >= 1; take alpha = 1 to make it fail).
  const View v = View::from_arcs(3, {{0, 1, 2}, {1, 2, 2}, {2, 0, 2}}, true, true);
  CentralityOptions opt;
  opt.measures = parse_measures({"all"});
  opt.katz.alpha = 1.0;
  RunContext ctx;
  const CentralityResult r = centrality(v, opt, ctx);
  std::vector<std::string> names;
  for (const auto& c : r.columns) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"in_degree", "out_degree", "strength", "betweenness", "closeness", "harmonic",
                                          "eigenvector", "pagerank", "katz", "hub", "authority"});
  CHECK(r.columns[0].integral);
  CHECK(r.columns[7].values[0] == Approx(1.0 / 3.0));  // pagerank of a cycle
  REQUIRE(r.runs.size() == 8);
  CHECK(r.runs[6].measure == Measure::katz);
  CHECK(r.runs[6].failure.find("diverges") != std::string::npos);
  CHECK(std::isnan(r.columns[8].values[0]));
  CHECK(r.runs[5].failure.empty());
  CHECK(r.runs[5].info.iterations > 0);
}
