// GEXF: validated with xmllint against a schema of the subset leadnet writes
// (tests/data/gexf/gexf-1.3-subset.xsd, written from the GEXF 1.3 specification), and read back
// by NetworkX's own parser (tests/reference/gexf_networkx.py).

#include <catch2/catch.hpp>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "leadnet/io/gexf_writer.hpp"
#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"
#include "support/process.hpp"

using namespace leadnet;
using leadnet::test::dataset;
using leadnet::test::TempDir;
using leadnet::test::test_data;

namespace {

OrgGraph load(const std::filesystem::path& path) { return leadnet::test::load_dataset(path); }

std::string run(const std::string& cmd, int* status) { return leadnet::test::run_command(cmd, status); }

int validate(const std::filesystem::path& file) {
  int status = -1;
  run("xmllint --noout --schema '" + test_data("gexf/gexf-1.3-subset.xsd").string() + "' '" + file.string() + "' 2>&1",
      &status);
  return status;
}

nlohmann::json networkx(const std::filesystem::path& file, const std::string& ids) {
  int status = -1;
  const std::string out =
      run("/usr/bin/python3 '" + (leadnet::test::source_dir() / "tests/reference/gexf_networkx.py").string() + "' '" +
              file.string() + "' " + ids + " 2>&1",
          &status);
  INFO(out);
  REQUIRE(status == 0);
  return nlohmann::json::parse(out);
}

}  // namespace

TEST_CASE("gexf: the example municipality validates against the GEXF 1.3 subset schema", "[io][gexf]") {
  const OrgGraph g = load(dataset("example-municipality"));
  TempDir dir("gexf");
  GraphExportOptions opt;
  opt.scores.push_back({"degree", std::vector<double>(g.num_nodes(), 2.0)});
  write_gexf(g, opt, dir / "m.gexf");
  CHECK(validate(dir / "m.gexf") == 0);
  const std::string text = leadnet::test::read_file(dir / "m.gexf");
  // Mixed directions: undirected layers say so per tie.
  CHECK(text.find("defaultedgetype=\"directed\"") != std::string::npos);
  CHECK(text.find("type=\"undirected\" kind=\"sparring\"") != std::string::npos);
  CHECK(text.find("label=\"Søren Ærø\"") != std::string::npos);
  // NetworkX cannot hold mixed graphs (GEXF can): its reader says exactly that.
  const auto j = networkx(dir / "m.gexf", "");
  CHECK(j["error"] == "Undirected edge found in directed graph.");
}

TEST_CASE("gexf: a schema violation is caught (the schema is not vacuous)", "[io][gexf]") {
  TempDir dir("gexf-bad");
  const std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
      "xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\"><graph defaultedgetype=\"directed\"><nodes>"
      "<node id=\"a\"/><node id=\"b\"/></nodes><edges>";
  leadnet::test::write_file(dir / "ok.gexf",
                            head + "<edge source=\"a\" target=\"b\" weight=\"2.5\"/></edges></graph></gexf>");
  CHECK(validate(dir / "ok.gexf") == 0);
  // An edge to a node that does not exist, a colour channel of 300, a non-numeric weight.
  leadnet::test::write_file(dir / "dangling.gexf", head + "<edge source=\"a\" target=\"z\"/></edges></graph></gexf>");
  CHECK(validate(dir / "dangling.gexf") != 0);
  leadnet::test::write_file(dir / "weight.gexf",
                            head + "<edge source=\"a\" target=\"b\" weight=\"x\"/></edges></graph></gexf>");
  CHECK(validate(dir / "weight.gexf") != 0);
  leadnet::test::write_file(
      dir / "color.gexf",
      "<?xml version=\"1.0\"?><gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "version=\"1.3\"><graph><nodes><node id=\"a\"><viz:color r=\"300\" g=\"0\" "
      "b=\"0\"/></node></nodes></graph></gexf>");
  CHECK(validate(dir / "color.gexf") != 0);
}

TEST_CASE("gexf: NetworkX reads Krackhardt's managers back: people, layers, roles, colours", "[io][gexf]") {
  const OrgGraph g = load(dataset("krackhardt-hightech"));
  TempDir dir("gexf-k");
  GraphExportOptions opt;
  std::vector<double> score(g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) score[v] = 0.5 * v;
  opt.scores.push_back({"pagerank", score});
  write_gexf(g, opt, dir / "k.gexf");
  CHECK(validate(dir / "k.gexf") == 0);
  const auto j = networkx(dir / "k.gexf", "7 14");
  REQUIRE_FALSE(j.contains("error"));
  // Krackhardt (1987): 21 managers, reports_to 20, advice 190, friendship 102 arcs (the dataset
  // README); all directed, parallel ties in different layers kept apart.
  CHECK(j["nodes"] == 21);
  CHECK(j["edges"] == 312);
  CHECK(j["directed"] == true);
  CHECK(j["kinds"]["reports_to"] == 20);
  CHECK(j["kinds"]["advice"] == 190);
  CHECK(j["kinds"]["friendship"] == 102);
  CHECK(j["nodes_by_role"]["leader"] == 21);
  // Node 7 is the CEO: level 0, the leader colour, the typed attributes and the score.
  const auto& ceo = j["node"]["7"];
  CHECK(ceo["label"] == "Manager 7");
  CHECK(ceo["role"] == "leader");
  CHECK(ceo["level"] == 0);
  CHECK(ceo["color"] == "#0072b2");
  CHECK(ceo["pagerank"] == Approx(3.0));  // node 7 has NodeId 6
  CHECK(ceo["age"] == 55);                // nodes.csv: 7,Manager 7,leader,firm,0,55,30
  CHECK(ceo["unit"] == "firm");
  CHECK(j["node"]["14"]["unit"] == "dept2");
}

TEST_CASE("gexf: NetworkX reads Zachary's karate club back with its weights", "[io][gexf]") {
  const OrgGraph g = load(dataset("zachary-karate"));
  TempDir dir("gexf-z");
  write_gexf(g, {}, dir / "z.gexf");
  CHECK(validate(dir / "z.gexf") == 0);
  const auto j = networkx(dir / "z.gexf", "1 34");
  REQUIRE_FALSE(j.contains("error"));
  // Zachary (1977): 34 members, 78 ties; undirected; interaction strengths sum to 231.
  CHECK(j["nodes"] == 34);
  CHECK(j["edges"] == 78);
  CHECK(j["directed"] == false);
  CHECK(j["kinds"]["interaction"] == 78);
  CHECK(j["weights"]["interaction"].get<double>() == Approx(231.0));
  CHECK(j["node"]["1"]["label"] == "Mr Hi");
  CHECK(j["node"]["34"]["unit"] == "faction2");
}

TEST_CASE("gexf: hostile names stay text and the file stays valid", "[io][gexf]") {
  const OrgGraph g = load(test_data("viz/hostile"));
  TempDir dir("gexf-h");
  write_gexf(g, {}, dir / "h.gexf");
  CHECK(validate(dir / "h.gexf") == 0);
  const std::string text = leadnet::test::read_file(dir / "h.gexf");
  CHECK(text.find("<script") == std::string::npos);
  CHECK(text.find("<img") == std::string::npos);
  CHECK(text.find("label=\"&lt;script&gt;document") != std::string::npos);
}
