#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::run_cli;

TEST_CASE("cli communities: JSON summary with modularity and the comparison with the silos", "[cli][communities]") {
  const auto r = run_cli({"communities", dataset("zachary-karate").string(), "--format", "json", "--method", "louvain"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "leadnet/communities/1");
  // Karate's best known modularity partition has Q ≈ 0.4198 (Brandes et al. 2008); Louvain
  // reaches at least 0.40 on it.
  CHECK(j["summary"]["modularity"].get<double>() > 0.40);
  CHECK(j["summary"]["modularity"].get<double>() < 0.4199);
  CHECK(j["summary"]["nmi"].get<double>() > 0.3);
  CHECK(j["people"].size() == 34);
}

TEST_CASE("cli communities: same seed, same output at 1 and 2 threads", "[cli][communities]") {
  const auto a = run_cli({"communities", dataset("lazega-lawfirm").string(), "--format", "csv", "--seed", "5",
                          "--threads", "1"});
  const auto b = run_cli({"communities", dataset("lazega-lawfirm").string(), "--format", "csv", "--seed", "5",
                          "--threads", "2"});
  REQUIRE(a.status == 0);
  CHECK(a.out == b.out);
  CHECK(a.out.rfind("id,name,community,silo,silo_name\n", 0) == 0);
}

TEST_CASE("cli communities: a dataset without units has no comparison, bad options exit 2", "[cli][communities]") {
  const auto r = run_cli({"communities", dataset("padgett-florentine").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("against the silos") == std::string::npos);
  CHECK(run_cli({"communities", dataset("padgett-florentine").string(), "--method", "walktrap"}).status == 2);
  CHECK(run_cli({"communities", dataset("padgett-florentine").string(), "--resolution", "0"}).status == 2);
}
