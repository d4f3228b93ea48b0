// The bad-input corpus: tests/data/bad_input/<case>/ holds a broken dataset (a folder with
// nodes.csv/edges.csv/..., or one input.json / input.graphml) and expected.txt, whose lines
// (except # comments) must each appear in what `leadnet validate` prints, with the case's
// folder as "CASE/". Every case must exit with status 1 and write nothing.

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using leadnet::test::read_file;
using leadnet::test::run_cli;

namespace {

fs::path case_input(const fs::path& dir) {
  for (const char* name : {"input.json", "input.graphml", "input.xml"})
    if (fs::exists(dir / name)) return dir / name;
  return dir;
}

std::size_t snapshot_count(const fs::path& dir) {
  std::size_t n = 0;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) ++n;
  return n;
}

}  // namespace

TEST_CASE("bad input: every corpus case gives its located diagnostics and exit 1", "[io][bad_input]") {
  const fs::path root = leadnet::test::test_data("bad_input");
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 10);
  for (const fs::path& dir : cases) {
    DYNAMIC_SECTION(dir.filename().string()) {
      const std::size_t files_before = snapshot_count(dir);
      const fs::path input = case_input(dir);
      const auto r = run_cli({"validate", input.string()});
      INFO("stderr:\n" << r.err);
      CHECK(r.status == 1);
      CHECK(r.out.empty());
      std::string err = r.err;
      // Show paths relative to the case folder: "CASE/nodes.csv:3:7: error: ...".
      const std::string prefix = dir.string();
      for (std::size_t at; (at = err.find(prefix)) != std::string::npos;) err.replace(at, prefix.size(), "CASE");
      std::istringstream expected(read_file(dir / "expected.txt"));
      std::string line;
      int lines = 0;
      while (std::getline(expected, line)) {
        if (line.empty() || line[0] == '#') continue;
        ++lines;
        INFO("expected: " << line);
        CHECK(err.find(line) != std::string::npos);
      }
      CHECK(lines > 0);
      CHECK(snapshot_count(dir) == files_before);  // nothing written beside the input
    }
  }
}
