#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::run_cli;

TEST_CASE("cli: validate exits 0 on every bundled dataset", "[cli][validate]") {
  for (const char* name : {"example-municipality", "krackhardt-hightech", "lazega-lawfirm", "email-eu-core",
                           "zachary-karate", "padgett-florentine", "enron-employees"}) {
    INFO(name);
    const auto r = run_cli({"validate", dataset(name).string()});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find(": OK: ") != std::string::npos);
  }
}

TEST_CASE("cli: info --format json on Krackhardt gives the published structure", "[cli][info]") {
  const auto r = run_cli({"info", dataset("krackhardt-hightech").string(), "--format", "json"});
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "leadnet/info/1");
  // Krackhardt (1987): 21 managers; reports_to is a tree of 20 arcs rooted at the CEO (#7)
  // with three levels (CEO, 4 vice presidents, 16 managers); advice 190 and friendship 102 arcs.
  CHECK(j["nodes"] == 21);
  CHECK(j["formal"]["ties"] == 20);
  CHECK(j["formal"]["layers"] == 3);
  CHECK(j["formal"]["roots"] == nlohmann::json::array({"7"}));
  CHECK(j["formal"]["problems"].empty());
  CHECK(j["edges_by_type"]["advice"]["ties"] == 190);
  CHECK(j["edges_by_type"]["friendship"]["ties"] == 102);
  CHECK(j["people_by_role"]["leader"] == 21);
  CHECK(j["components"]["count"] == 1);
  CHECK(j["units"]["count"] == 5);
  // Span: manager 14 has the most direct reports (7) in the Krackhardt reports_to matrix.
  CHECK(j["formal"]["max_span"] == 7);
}

TEST_CASE("cli: info table shows Danish names intact", "[cli][info]") {
  const auto r = run_cli({"info", dataset("example-municipality").string()});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Eksempel Kommune") != std::string::npos);
  CHECK(r.out.find("Økonomi og Personale") != std::string::npos);
  CHECK(r.out.find("largest span 100") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2 and name the command", "[cli]") {
  auto r = run_cli({"info"});
  CHECK(r.status == 2);
  CHECK(r.err.find("leadnet info") != std::string::npos);
  r = run_cli({"info", dataset("krackhardt-hightech").string(), "--format", "xml"});
  CHECK(r.status == 2);
  r = run_cli({"frobnicate"});
  CHECK(r.status == 2);
  r = run_cli({"info", "--help"});
  CHECK(r.status == 0);
  CHECK(r.out.find("--format") != std::string::npos);
}

TEST_CASE("cli: a missing dataset is a located input error", "[cli]") {
  const auto r = run_cli({"validate", "/nonexistent/dataset"});
  CHECK(r.status == 1);
  CHECK(r.err.find("/nonexistent/dataset: error: no such file or folder") != std::string::npos);
}
