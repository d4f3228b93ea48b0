// The bad-input corpus: tests/bad_input/<case>/ holds a broken dataset (a folder with
// nodes.csv/edges.csv/..., or one input.json / input.graphml) and expected.txt, whose lines
// (except # comments) must each appear in what `leadnet validate` prints, with the case's
// folder as "CASE/". Every case must exit with status 1 and write nothing, and all of them
// together must take under 10 seconds (they take a fraction of that).
//
// Two kinds of case cannot live in git and are made at run time: an unreadable file (mode 000)
// and a named pipe where a file should be.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>

#include "support/child_process.hpp"
#include "support/cli_runner.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using leadnet::test::read_file;
using leadnet::test::run_cli;
using leadnet::test::TempDir;
using leadnet::test::write_file;

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
  const fs::path root = leadnet::test::source_dir() / "tests" / "bad_input";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 40);
  const auto start = std::chrono::steady_clock::now();
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
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(cases.size() << " cases took " << seconds << " s");
  CHECK(seconds < 10.0);
}

TEST_CASE("bad input: an unreadable nodes.csv gives 'cannot open: Permission denied'", "[io][bad_input]") {
  // Mode 000 does not stop root, so as root the binary runs as the user nobody (setuid in the
  // child): the permission check then happens for real.
  TempDir tmp("unreadable");
  fs::permissions(tmp.path(), fs::perms(0755));
  write_file(tmp / "data" / "nodes.csv", "id,role\na,staff\n");
  write_file(tmp / "data" / "edges.csv", "source,target,type\n");
  fs::permissions(tmp / "data", fs::perms(0755));
  fs::permissions(tmp / "data" / "edges.csv", fs::perms(0644));
  fs::permissions(tmp / "data" / "nodes.csv", fs::perms::none);
  leadnet::test::ChildOptions options;
  options.as_nobody = ::geteuid() == 0;
  // The binary must be reachable for nobody: every folder above it must be searchable.
  for (fs::path p = leadnet::test::leadnet_binary().parent_path(); p != p.root_path(); p = p.parent_path()) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    INFO(p << " is not searchable by other users; cannot run the binary as nobody");
    REQUIRE((!options.as_nobody || (st.st_mode & S_IXOTH) != 0));
  }
  leadnet::test::ChildProcess child(leadnet::test::leadnet_binary(), {"validate", (tmp / "data").string()}, tmp.path(),
                                    options);
  REQUIRE(child.wait_for(std::chrono::minutes(1)));
  INFO(child.err());
  CHECK(child.exit_status() == 1);
  CHECK(child.err().find((tmp / "data" / "nodes.csv").string() + ": error: cannot open: Permission denied") !=
        std::string::npos);
}

TEST_CASE("bad input: a named pipe where nodes.csv should be is refused at once, not waited on", "[io][bad_input]") {
  TempDir tmp("fifo");
  write_file(tmp / "edges.csv", "source,target,type\n");
  REQUIRE(::mkfifo((tmp / "nodes.csv").c_str(), 0644) == 0);
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_cli({"validate", tmp.path().string()});
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  CHECK(r.status == 1);
  CHECK(r.err.find("nodes.csv: error: is not a regular file (a named pipe, device or socket)") != std::string::npos);
}
