#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "leadnet/io/reader.hpp"
#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::read_file;
using leadnet::test::run_cli;
using leadnet::test::TempDir;
using leadnet::test::write_file;
namespace fs = std::filesystem;

namespace {

leadnet::OrgGraph read_back(const fs::path& path) {
  leadnet::Diagnostics diags;
  return leadnet::read_dataset(path, {}, diags);
}

/// Every path under `dir` with its content, to prove that nothing changed.
std::string snapshot(const fs::path& dir) {
  std::string s;
  std::vector<fs::path> paths;
  for (const auto& e : fs::recursive_directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) s += p.string() + "\n" + (fs::is_regular_file(p) ? read_file(p) : "<dir>") + "\n";
  return s;
}

}  // namespace

TEST_CASE("cli: export writes every form, and the output reads back as the same graph", "[cli][export]") {
  TempDir dir("cli-export");
  const fs::path data = dataset("krackhardt-hightech");
  const auto original = read_back(data);
  for (const auto& [to, out] : std::vector<std::pair<std::string, std::string>>{
           {"json", "k.json"}, {"csv", "k-folder"}, {"graphml", "k.graphml"}}) {
    INFO(to);
    const auto r = run_cli({"export", data.string(), "--to", to, "-o", (dir / out).string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "wrote " + (dir / out).string() + " (" + to + "): 21 people, 312 ties in 3 layers\n");
    std::string why;
    CHECK(leadnet::same_graph(original, read_back(dir / out), &why));
    INFO(why);
  }
  // --to from the extension of -o; GraphML in, CSV out.
  const auto inferred = run_cli({"export", (dir / "k.graphml").string(), "-o", (dir / "again.json").string()});
  CHECK(inferred.status == 0);
  CHECK(inferred.out.find("(json)") != std::string::npos);
  const auto folder = run_cli({"export", (dir / "again.json").string(), "--to", "csv", "-o", (dir / "again").string()});
  CHECK(folder.status == 0);
  CHECK(leadnet::same_graph(original, read_back(dir / "again")));
}

TEST_CASE("cli: export usage errors exit 2 and write nothing", "[cli][export]") {
  TempDir dir("cli-export-usage");
  const std::string data = dataset("padgett-florentine").string();
  write_file(dir / "copy" / "nodes.csv", read_file(dataset("padgett-florentine") / "nodes.csv"));
  write_file(dir / "copy" / "edges.csv", read_file(dataset("padgett-florentine") / "edges.csv"));
  write_file(dir / "copy" / "meta.json", read_file(dataset("padgett-florentine") / "meta.json"));
  write_file(dir / "work" / "notes.txt", "my notes");
  const std::string before = snapshot(dir.path());
  const std::string copy = (dir / "copy").string();

  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"export", data, "-o", (dir / "out.dat").string()}, "say which form to write with --to (json, csv, graphml, gexf, dot)"},
      {{"export", data, "--to", "gexf2", "-o", (dir / "x").string()}, "--to"},
      {{"export", data, "--to", "json"}, "-o"},
      {{"export", copy, "--to", "csv", "-o", copy}, "is the dataset itself or inside it"},
      {{"export", copy, "--to", "csv", "-o", copy + "/"}, "is the dataset itself or inside it"},
      {{"export", copy, "--to", "json", "-o", copy + "/copy.json"}, "is the dataset itself or inside it"},
      {{"export", copy, "--to", "csv", "-o", dir.path().string()}, "holds the dataset"},
      {{"export", copy, "--to", "csv", "-o", (dir / "work").string()}, "will not replace the folder"},
  };
  for (const auto& c : cases) {
    std::string shown;
    for (const auto& a : c.args) shown += a + " ";
    INFO(shown);
    const auto r = run_cli(c.args);
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(c.message) != std::string::npos);
  }
  CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("cli: export of bad input exits 1 and leaves an existing output untouched", "[cli][export]") {
  TempDir dir("cli-export-bad");
  write_file(dir / "bad.json", "{\"nodes\": [{\"id\": \"a\", \"role\": \"boss\"}], \"edges\": []}");
  write_file(dir / "out.json", "earlier export");
  write_file(dir / "out-folder" / "nodes.csv", "id,role\nx,staff\n");
  write_file(dir / "out-folder" / "edges.csv", "source,target,type\n");
  const std::string before = snapshot(dir.path());
  for (const auto& [to, out] : std::vector<std::pair<std::string, std::string>>{
           {"json", "out.json"}, {"csv", "out-folder"}, {"graphml", "out.json"}}) {
    const auto r = run_cli({"export", (dir / "bad.json").string(), "--to", to, "-o", (dir / out).string()});
    CHECK(r.status == 1);
    CHECK(r.err.find("bad.json:1:32: error: unknown role 'boss'") != std::string::npos);
    CHECK(r.err.find("nothing was written") != std::string::npos);
  }
  CHECK(snapshot(dir.path()) == before);  // no temporary files left either
}

TEST_CASE("cli: export --help names the forms and what -o does", "[cli][export]") {
  const auto r = run_cli({"export", "--help"});
  CHECK(r.status == 0);
  for (const char* part : {"json:", "csv:", "graphml:", "-o,--output", "--default-type", "Examples:"})
    CHECK(r.out.find(part) != std::string::npos);
}
