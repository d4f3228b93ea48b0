#include <catch2/catch.hpp>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::read_file;
using leadnet::test::run_cli;
using leadnet::test::TempDir;

TEST_CASE("cli viz: html and svg of each view, written atomically", "[cli][viz]") {
  TempDir dir("cli-viz");
  const std::string data = dataset("example-municipality").string();
  for (const char* view : {"people", "chain"}) {
    for (const char* ext : {".html", ".svg"}) {
      INFO(view << ext);
      const auto out = dir / (std::string(view) + ext);
      const auto r = run_cli({"viz", data, "-o", out.string(), "--view", view, "--quiet"});
      INFO(r.err);
      REQUIRE(r.status == 0);
      const std::string text = read_file(out);
      CHECK(text.find("Eksempel Kommune") != std::string::npos);
      // Nothing left beside the output.
      std::size_t files = 0;
      for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
      CHECK(files >= 1);
    }
  }
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("cli viz: options that colour, size, filter and mark", "[cli][viz]") {
  TempDir dir("cli-viz-opt");
  const std::string data = dataset("example-municipality").string();
  const auto out = dir / "m.html";
  auto r = run_cli({"viz", data, "-o", out.string(), "--color-by", "unit", "--size-by", "degree", "--layers",
                    "sparring,advice", "--highlight", "gaps", "--title", "Workshop <3", "--quiet"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string html = read_file(out);
  CHECK(html.find("Workshop \\u003c3") != std::string::npos);  // in the JSON, escaped
  CHECK(html.find("<title>Workshop &lt;3") != std::string::npos);
  CHECK(html.find("\"Chain gap\"") != std::string::npos);
  CHECK(html.find("\"Social og Sundhed\"") != std::string::npos);  // a unit in the legend
}

TEST_CASE("cli viz: usage errors exit 2, bad data exits 1, and nothing is written", "[cli][viz]") {
  TempDir dir("cli-viz-err");
  const std::string data = dataset("example-municipality").string();
  struct Case {
    std::vector<std::string> args;
    int status;
    const char* says;
  };
  const std::vector<Case> cases = {
      {{"viz", data, "-o", (dir / "m.png").string()}, 2, ".html or .svg"},
      {{"viz", data, "-o", (dir / "m.html").string(), "--size-by", "charisma"}, 2, "charisma"},
      {{"viz", data, "-o", (dir / "m.html").string(), "--layers", "gossip"}, 2, "gossip"},
      {{"viz", data, "-o", (dir / "m.html").string(), "--view", "galaxy"}, 2, "galaxy"},
      {{"viz", data, "-o", (dir / "m.html").string(), "--highlight", "heroes"}, 2, "heroes"},
      {{"viz", data}, 2, "-o"},
      {{"viz", "/nonexistent/data", "-o", (dir / "m.html").string()}, 1, "no such file"},
  };
  for (const auto& c : cases) {
    const auto r = run_cli(c.args);
    INFO(c.args[c.args.size() - 1] << "\n" << r.err);
    CHECK(r.status == c.status);
    CHECK(r.err.find(c.says) != std::string::npos);
  }
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("cli export: gexf and dot with scores", "[cli][export]") {
  TempDir dir("cli-export-gd");
  const std::string data = dataset("krackhardt-hightech").string();
  auto r = run_cli({"export", data, "--to", "gexf", "--with-scores", "degree", "-o", (dir / "k.gexf").string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string gexf = read_file(dir / "k.gexf");
  CHECK(gexf.find("title=\"degree\" type=\"double\"") != std::string::npos);
  r = run_cli({"export", data, "-o", (dir / "k.dot").string(), "--with-scores", "degree"});  // --to from the extension
  REQUIRE(r.status == 0);
  CHECK(read_file(dir / "k.dot").find("\"degree\"=") != std::string::npos);
  r = run_cli({"export", data, "--to", "json", "--with-scores", "degree", "-o", (dir / "k.json").string()});
  CHECK(r.status == 2);
  CHECK_FALSE(std::filesystem::exists(dir / "k.json"));
}

TEST_CASE("cli viz: --unit draws one unit's people (by id or name)", "[cli][viz]") {
  TempDir dir("cli-viz-unit");
  const std::string data = dataset("example-municipality").string();
  // Børn og Unge holds 89 people with its subunits (the dataset README's unit table).
  auto r = run_cli({"viz", data, "-o", (dir / "bu.html").string(), "--unit", "bu"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("89 people") != std::string::npos);
  r = run_cli({"viz", data, "-o", (dir / "bu.svg").string(), "--unit", "Børn og Unge", "--view", "chain"});
  REQUIRE(r.status == 0);
  CHECK(r.err.find("89 people") != std::string::npos);
  CHECK(read_file(dir / "bu.svg").find("Børn og Unge · The chain of leadership") != std::string::npos);
  r = run_cli({"viz", data, "-o", (dir / "x.html").string(), "--unit", "Atlantis"});
  CHECK(r.status == 2);
  CHECK(r.err.find("Atlantis") != std::string::npos);
}
