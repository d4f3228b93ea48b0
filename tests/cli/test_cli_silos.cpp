#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::run_cli;

TEST_CASE("cli silos: JSON carries the schema, the summary and every silo", "[cli][silos]") {
  const auto r = run_cli({"silos", dataset("example-municipality").string(), "--format", "json", "--permutations",
                          "200", "--quiet"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "leadnet/silos/1");
  CHECK(j["summary"]["silos"] == 7);
  CHECK(j["summary"]["people_without_silo"] == 55);  // the citizens
  CHECK(j["summary"]["ei_index"].get<double>() < 0.0);
  CHECK(j["summary"]["modularity"].get<double>() > 0.3);
  CHECK(j["ei_index"]["permutation_test"]["permutations"] == 200);
  CHECK(j["options"]["layers"].size() == 7);
  CHECK(j["silos"].size() == 7);
}

TEST_CASE("cli silos: the table names the quiet silo pairs in plain words", "[cli][silos]") {
  const auto r = run_cli({"silos", dataset("example-municipality").string(), "--unit-depth", "2", "--permutations",
                          "50"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Do the silos talk?") != std::string::npos);
  CHECK(r.out.find("Silo pairs that barely talk") != std::string::npos);
  CHECK(r.out.find("Socialområdet") != std::string::npos);
}

TEST_CASE("cli silos: CSV has one row per person with a silo, id first", "[cli][silos]") {
  leadnet::test::TempDir tmp("cli-silos");
  const auto path = (tmp / "silos.csv").string();
  const auto r = run_cli({"silos", dataset("krackhardt-hightech").string(), "--format", "csv", "-o", path});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  const std::string text = leadnet::test::read_file(path);
  CHECK(text.rfind("id,name,silo,", 0) == 0);
  CHECK(std::count(text.begin(), text.end(), '\n') == 22);  // header + 21 managers
}

TEST_CASE("cli silos: usage errors exit 2 and write nothing", "[cli][silos]") {
  leadnet::test::TempDir tmp("cli-silos-bad");
  const auto path = (tmp / "out.json").string();
  auto r = run_cli({"silos", dataset("example-municipality").string(), "--unit-depth", "9", "-o", path});
  CHECK(r.status == 2);
  CHECK(r.err.find("deeper than the unit tree") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(path));
  r = run_cli({"silos", dataset("padgett-florentine").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("no units") != std::string::npos);
  r = run_cli({"silos", dataset("example-municipality").string(), "--layers", "gossip"});
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown layer 'gossip'") != std::string::npos);
  r = run_cli({"silos", dataset("example-municipality").string(), "--format", "xml"});
  CHECK(r.status == 2);
}

TEST_CASE("cli silos: --connectivity-limit skips the algebraic connectivity and says so", "[cli][silos]") {
  const auto r = run_cli({"silos", dataset("lazega-lawfirm").string(), "--permutations", "0", "--connectivity-limit",
                          "10"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("not computed: the largest connected group has 71 people") != std::string::npos);
  const auto j = run_cli({"silos", dataset("lazega-lawfirm").string(), "--permutations", "0", "--connectivity-limit",
                          "10", "--format", "json"});
  REQUIRE(j.status == 0);
  const auto json = nlohmann::json::parse(j.out);
  CHECK(json["algebraic_connectivity"]["skipped_above"] == 10);
  CHECK(json["algebraic_connectivity"]["value"].is_null());
}
