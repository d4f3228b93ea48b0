#include <catch2/catch.hpp>

#include "leadnet/metrics/degree.hpp"
#include "support/centrality_reference.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;

namespace {
DegreeScores run(const View& v) {
  RunContext ctx;
  return degree(v, {}, ctx);
}
}  // namespace

TEST_CASE("degree: equals NetworkX on every reference case", "[metrics][degree][reference]") {
  for (const auto& c : test::centrality_reference_cases()) {
    INFO(c.file);
    const View v = c.view();
    const DegreeScores d = run(v);
    if (c.directed) {
      test::check_against_reference(c, "in_degree", d.in_degree);
      test::check_against_reference(c, "out_degree", d.out_degree);
      CHECK(d.degree.empty());
    } else {
      test::check_against_reference(c, "degree", d.degree);
      CHECK(d.in_degree.empty());
    }
    if (c.weighted)
      test::check_against_reference(c, "strength", d.strength);
    else
      CHECK(d.strength.empty());
  }
}

TEST_CASE("degree: parallel ties of different types count once, their weights add", "[metrics][degree]") {
  //   a --advice(2)--> b      a --communication(3)--> b      c ==sparring(4)== a
  // Directed: a has out-degree 2 (b, c) and in-degree 1 (c); strength of a = 2 + 3 + 4 + 4.
  const OrgGraph g = test::toy_graph({{"a"}, {"b"}, {"c"}}, {"a b advice 2", "a b communication 3", "c a sparring 4"});
  const DegreeScores d = run(View(g, {{}, true, true}));
  CHECK(d.out_degree == std::vector<double>{2, 0, 1});
  CHECK(d.in_degree == std::vector<double>{1, 1, 1});
  CHECK(d.strength == std::vector<double>{13, 5, 8});
  const DegreeScores u = run(View(g, {{}, false, false}));
  CHECK(u.degree == std::vector<double>{2, 1, 1});
}

TEST_CASE("degree: empty graph and isolates", "[metrics][degree]") {
  CHECK(run(View::from_arcs(0, {}, false, false)).degree.empty());
  CHECK(run(View::from_arcs(3, {{0, 1, 1}}, false, false)).degree == std::vector<double>{1, 1, 0});
}
