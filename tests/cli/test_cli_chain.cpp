#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::run_cli;
using leadnet::test::TempDir;
using leadnet::test::write_file;

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

const std::string kMunicipality = dataset("example-municipality").string();

}  // namespace

TEST_CASE("cli chain: the table names the example municipality's planted problems", "[cli][chain]") {
  const auto r = run_cli({"chain", kMunicipality});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string& out = r.out;
  // P2: 47 of 369 lines are gaps; the chain broken twice (l010 -> d02 and l011 -> l010) heads the list.
  CHECK(out.find("369 reporting lines: 322 backed by dialogue, 47 without (chain gaps, 12.7 %)") != std::string::npos);
  const auto gaps_at = out.find("Chain gaps, worst first");
  REQUIRE(gaps_at != std::string::npos);
  const auto first_gap = out.find("l010 Peter Vestergaard", gaps_at);
  const auto second_gap = out.find("l011 Åse Møller", gaps_at);
  CHECK(first_gap < second_gap);
  CHECK(out.find("168", first_gap) < out.find('\n', first_gap));  // everyone under the Ældrechef
  CHECK(out.find("111 pass two or more") != std::string::npos);
  // P1: l011 with 100 direct reports, 4 leaders over the limit.
  CHECK(out.find("4 leaders have more than 30 direct reports") != std::string::npos);
  const auto span_line = out.find("l011 Åse Møller");
  CHECK(out.find("100", span_line) < out.find('\n', span_line));
  // P3: the isolated leader.
  const auto isolated = out.find("Isolated leaders");
  REQUIRE(isolated != std::string::npos);
  CHECK(out.find("l019 Jesper Bech", isolated) != std::string::npos);
  CHECK(out.find(": 1\n", isolated) < out.find('\n', isolated) + 1);
  // P6: night staff far from the top, Bostedet Lyngbo the unit losing most.
  CHECK(out.find("s0167 Henrik Højgaard") != std::string::npos);
  const auto units = out.find("Units losing most");
  REQUIRE(units != std::string::npos);
  CHECK(out.find("Bostedet Lyngbo", units) < out.find("Plejecenter Solgården", units));
  CHECK(out.find("Krackhardt's hierarchy measures") != std::string::npos);
  CHECK(r.err.empty());  // a clean tree: no warnings
}

TEST_CASE("cli chain: JSON carries the schema, the summary keys and the lists", "[cli][chain]") {
  const auto r = run_cli({"chain", kMunicipality, "--format", "json"});
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "leadnet/chain/1");
  const auto& s = j["summary"];
  CHECK(s["formal_ties"] == 369);
  CHECK(s["backed_ties"] == 322);
  CHECK(s["chain_gaps"] == 47);
  CHECK(s["gap_rate"].get<double>() == Approx(47.0 / 369.0));
  CHECK(s["max_span"] == 100);
  CHECK(s["max_span_leader"] == "l011");
  CHECK(s["layers"] == 6);
  CHECK(s["isolated_leaders"] == 1);
  CHECK(j["isolated_leaders"] == nlohmann::json::array({"l019"}));
  CHECK(j["gaps"].size() == 47);
  CHECK(j["leaders_over_span_limit"][0]["id"] == "l011");
  CHECK(j["leaders_over_span_limit"].size() == 4);
  CHECK(j["ties"].size() == 369);
  CHECK(j["dialogue_layers"].size() == 4);
  CHECK(j["krackhardt"][0]["layer"] == "reports_to");
  CHECK(j["krackhardt"][0]["lub"]["value"] == 1.0);
  bool found = false;
  for (const auto& p : j["people"])
    if (p["id"] == "s0167") {
      found = true;
      CHECK(p["distance_to_top"] == 9);
      CHECK(p["depth"] == 4);
      CHECK(p["loss"] == 5);
      CHECK(p["chain"] == "broken");
      CHECK(p["breaks"] == 3);
      CHECK(p["first_break"] == "s0167");
    }
  CHECK(found);
}

TEST_CASE("cli chain: CSV tables, one row per entity, id first", "[cli][chain]") {
  auto r = run_cli({"chain", kMunicipality, "--format", "csv"});
  REQUIRE(r.status == 0);
  auto rows = lines(r.out);
  CHECK(rows.front().rfind("id,name,role,unit,leader,depth,", 0) == 0);
  CHECK(rows.size() == 1 + 370);  // the 370 people of the formal organisation (every leader is among them)
  r = run_cli({"chain", kMunicipality, "--format", "csv", "--table", "ties"});
  REQUIRE(r.status == 0);
  rows = lines(r.out);
  CHECK(rows.front() == "subordinate,manager,backed,backed_by,primary,subordinate_depth,people_cut_off");
  CHECK(rows.size() == 1 + 369);
  CHECK(std::count_if(rows.begin(), rows.end(), [](const std::string& l) { return l.find(",false,") != std::string::npos; }) == 47);
  CHECK(std::find(rows.begin(), rows.end(), "l010,d02,false,,true,2,168") != rows.end());
  r = run_cli({"chain", kMunicipality, "--format", "csv", "--table", "units"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("sos-soc-lyngbo,Bostedet Lyngbo,") != std::string::npos);
  r = run_cli({"chain", kMunicipality, "--format", "csv", "--table", "levels"});
  REQUIRE(r.status == 0);
  CHECK(lines(r.out).size() == 1 + 6);
}

TEST_CASE("cli chain: -o writes the file, and nothing on errors", "[cli][chain]") {
  TempDir dir("cli-chain");
  const auto target = dir / "chain.json";
  auto r = run_cli({"chain", kMunicipality, "--format", "json", "-o", target.string()});
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  CHECK(nlohmann::json::parse(leadnet::test::read_file(target))["summary"]["chain_gaps"] == 47);
  const auto missing = dir / "never.json";
  r = run_cli({"chain", "/nonexistent/data", "-o", missing.string()});
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(missing));
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("cli chain: usage errors exit 2", "[cli][chain]") {
  auto r = run_cli({"chain", kMunicipality, "--dialogue-layers", "gossip"});
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown layer 'gossip'") != std::string::npos);
  r = run_cli({"chain", kMunicipality, "--dialogue-layers", "reports_to"});
  CHECK(r.status == 2);
  CHECK(r.err.find("formal line") != std::string::npos);
  r = run_cli({"chain", kMunicipality, "--format", "csv", "--table", "everything"});
  CHECK(r.status == 2);
  r = run_cli({"chain", "--help"});
  CHECK(r.status == 0);
  CHECK(r.out.find("--dialogue-layers") != std::string::npos);
  CHECK(r.out.find("--table") != std::string::npos);
}

TEST_CASE("cli chain: Danish aliases and custom layers as dialogue", "[cli][chain]") {
  auto r = run_cli({"chain", dataset("krackhardt-hightech").string(), "--dialogue-layers", "friendship", "--format", "json"});
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["summary"]["chain_gaps"] == 8);
  r = run_cli({"chain", kMunicipality, "--dialogue-layers", "sparring,kommunikation", "--format", "json"});
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["dialogue_layers"] == nlohmann::json::array({"sparring", "communication"}));
}

TEST_CASE("cli chain: cycles and two managers are warnings, and the report still comes", "[cli][chain]") {
  TempDir dir("cli-chain-problems");
  write_file(dir / "nodes.csv",
             "id,name,role\n"
             "d,Direktør,leader\nm1,Leder Æ,leader\nm2,Leder Ø,leader\nt,Medarbejder Å,staff\n"
             "p,P,leader\nq,Q,leader\n");
  write_file(dir / "edges.csv",
             "source,target,type\n"
             "m1,d,reports_to\nm2,d,reports_to\nt,m1,reports_to\nt,m2,reports_to\np,q,reports_to\nq,p,reports_to\n"
             "t,m2,sparring\n");
  const auto r = run_cli({"chain", dir.path().string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("warning: 't' reports to 2 managers") != std::string::npos);
  CHECK(r.err.find("warning: reporting lines form a cycle") != std::string::npos);
  CHECK(r.out.find("Data problems   2") != std::string::npos);
  CHECK(r.out.find("Medarbejder Å") != std::string::npos);
}
