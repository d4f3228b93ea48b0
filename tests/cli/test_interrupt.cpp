// Ctrl-C while a command writes its output: the real `leadnet` binary runs as a child process on
// a generated dataset of 100,000 people and 800,000 ties; the test waits until the temporary
// output ("<target>.tmp-XXXXXX") appears, sends SIGINT, and then checks the folder: no partial
// output, no temporary file or folder, and an earlier output untouched.
//
// "Ctrl-C twice" is sent as SIGINT followed by SIGTERM: two SIGINTs sent microseconds apart merge
// into one pending signal (POSIX signals do not queue), which a person pressing twice never
// causes. The handler treats any second signal of SIGINT, SIGTERM or SIGHUP alike, and blocks the
// others while it runs, so the SIGTERM is always delivered as the second signal.

#include <catch2/catch.hpp>

#include <signal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>

#include "support/big_dataset.hpp"
#include "support/child_process.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using leadnet::test::ChildProcess;
using leadnet::test::TempDir;

namespace {

/// Every file under `dir` (relative path -> content), for "nothing changed" checks.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  if (fs::is_regular_file(dir)) {
    files[""] = leadnet::test::read_file(dir);
    return files;
  }
  for (const auto& e : fs::recursive_directory_iterator(dir))
    files[fs::relative(e.path(), dir).string()] = e.is_regular_file() ? leadnet::test::read_file(e.path()) : "<dir>";
  return files;
}

/// Names in `dir` that are temporary outputs.
std::vector<std::string> temporaries(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) found.push_back(e.path().filename());
  return found;
}

/// Waits until the child runs leadnet (it has exec'd: between fork and exec it still carries the
/// test program's own handlers) and has a handler for `sig` (the SigCgt mask in
/// /proc/PID/status). A signal sent before that would end the process by the default action,
/// which is right for a shell but not what the test means to show. False when it ends first.
bool wait_until_handled(ChildProcess& child, int sig) {
  const fs::path proc = "/proc/" + std::to_string(child.pid());
  const fs::path binary = fs::canonical(leadnet::test::leadnet_binary());
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (child.running() && std::chrono::steady_clock::now() < give_up) {
    std::error_code ec;
    if (fs::read_symlink(proc / "exe", ec) != binary) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      continue;
    }
    std::ifstream status(proc / "status");
    for (std::string line; std::getline(status, line);)
      if (line.rfind("SigCgt:", 0) == 0 && ((std::stoull(line.substr(7), nullptr, 16) >> (sig - 1)) & 1U) != 0)
        return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

struct Outcome {
  bool caught_mid_run = false;  // the temporary output was there when the signal went
  int status = -1;
  int signal = 0;
  std::string err;
};

/// Runs leadnet ARGS, sends `signals` as soon as a temporary output shows up in `dir`, and waits
/// for the end.
Outcome interrupt_while_writing(const std::vector<std::string>& args, const fs::path& dir,
                                const std::vector<int>& signals) {
  ChildProcess child(leadnet::test::leadnet_binary(), args, dir.parent_path());
  Outcome o;
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  while (child.running() && std::chrono::steady_clock::now() < give_up) {
    if (!temporaries(dir).empty()) {
      o.caught_mid_run = true;
      for (const int sig : signals) child.send(sig);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  REQUIRE(child.wait_for(std::chrono::minutes(2)));
  o.status = child.exit_status();
  o.signal = child.end_signal();
  o.err = child.err();
  return o;
}

}  // namespace

TEST_CASE("SIGINT during export leaves no partial output and no temporary file", "[cli][interrupt]") {
  const fs::path data = leadnet::test::big_dataset();
  TempDir tmp("interrupt");
  const fs::path dir = tmp / "out";
  fs::create_directories(dir);

  SECTION("JSON file, one Ctrl-C: the run stops at its next check, exit 130") {
    const Outcome o = interrupt_while_writing({"export", data.string(), "--to", "json", "-o", (dir / "g.json").string(),
                                               "--quiet"},
                                              dir, {SIGINT});
    INFO(o.err);
    REQUIRE(o.caught_mid_run);
    CHECK(o.status == 130);
    CHECK(o.err.find("interrupted; nothing was written") != std::string::npos);
    CHECK(snapshot(dir).empty());
  }
  SECTION("CSV folder, one Ctrl-C: the half-written folder goes, an earlier export stays as it was") {
    const fs::path target = dir / "folder";
    leadnet::test::write_file(target / "nodes.csv", "id,role\nold,staff\n");
    leadnet::test::write_file(target / "edges.csv", "source,target,type\n");
    const auto before = snapshot(target);
    const Outcome o =
        interrupt_while_writing({"export", data.string(), "--to", "csv", "-o", target.string(), "--quiet"}, dir, {SIGINT});
    INFO(o.err);
    REQUIRE(o.caught_mid_run);
    CHECK(o.status == 130);
    CHECK(temporaries(dir).empty());
    CHECK(snapshot(target) == before);
  }
  SECTION("GraphML over an earlier file, Ctrl-C twice: the process dies at once, still nothing left over") {
    const fs::path target = dir / "g.graphml";
    leadnet::test::write_file(target, "an earlier export\n");
    const Outcome o = interrupt_while_writing(
        {"export", data.string(), "--to", "graphml", "-o", target.string(), "--quiet"}, dir, {SIGINT, SIGTERM});
    INFO(o.err);
    REQUIRE(o.caught_mid_run);
    // The second signal kills the process from the handler, after it removed the temporary file.
    CHECK(o.signal == SIGTERM);
    CHECK(temporaries(dir).empty());
    CHECK(leadnet::test::read_file(target) == "an earlier export\n");
  }
  SECTION("CSV folder, Ctrl-C twice: the signal handler removes the temporary folder with its files") {
    const fs::path target = dir / "folder";
    const Outcome o =
        interrupt_while_writing({"export", data.string(), "--to", "csv", "-o", target.string(), "--quiet"}, dir,
                                {SIGINT, SIGTERM});
    INFO(o.err);
    REQUIRE(o.caught_mid_run);
    CHECK(o.signal == SIGTERM);
    CHECK(snapshot(dir).empty());
  }
}

TEST_CASE("SIGINT during analyze leaves no partial report and an earlier report untouched", "[cli][interrupt]") {
  const fs::path data = leadnet::test::big_dataset();
  TempDir tmp("interrupt-analyze");
  const fs::path dir = tmp / "out";
  const fs::path target = dir / "report";
  // An earlier report (analyze replaces only a folder that holds one).
  leadnet::test::write_file(target / "report.json", "{\n  \"schema\": \"leadnet/analyze/1\"\n}\n");
  leadnet::test::write_file(target / "units.csv", "unit,people\nearlier,1\n");
  const auto before = snapshot(target);
  // The analyses and maps are left out (they take most of the time and write nothing; the
  // sanitizer build runs this too): the network files (about 350 MB for 100,000 people) give the
  // signal time to arrive while the report is written.
  const std::vector<std::string> args = {"analyze", data.string(), "-o", target.string(), "--skip",
                                         "chain,centrality,silos,maps", "--quiet"};

  SECTION("one Ctrl-C while the report folder is written: exit 130, the earlier report stays") {
    const Outcome o = interrupt_while_writing(args, dir, {SIGINT});
    INFO(o.err);
    REQUIRE(o.caught_mid_run);
    CHECK(o.status == 130);
    CHECK(o.err.find("interrupted; nothing was written") != std::string::npos);
    CHECK(temporaries(dir).empty());
    CHECK(snapshot(target) == before);
  }
  SECTION("Ctrl-C twice: the process dies at once, and the temporary folder is gone with its files") {
    const Outcome o = interrupt_while_writing(args, dir, {SIGINT, SIGTERM});
    INFO(o.err);
    REQUIRE(o.caught_mid_run);
    CHECK(o.signal == SIGTERM);
    CHECK(temporaries(dir).empty());
    CHECK(snapshot(target) == before);
  }
  SECTION("one Ctrl-C before anything is written (while reading or computing): nothing is written") {
    ChildProcess child(leadnet::test::leadnet_binary(), args, tmp.path());
    REQUIRE(wait_until_handled(child, SIGINT));
    REQUIRE(temporaries(dir).empty());  // still reading: the report folder is made after the analyses
    child.send(SIGINT);
    REQUIRE(child.wait_for(std::chrono::minutes(2)));
    INFO(child.err());
    CHECK(child.exit_status() == 130);
    CHECK(temporaries(dir).empty());
    CHECK(snapshot(target) == before);
  }
}

TEST_CASE("SIGTERM is handled like Ctrl-C", "[cli][interrupt]") {
  const fs::path data = leadnet::test::big_dataset();
  TempDir tmp("sigterm");
  const fs::path dir = tmp / "out";
  fs::create_directories(dir);
  ChildProcess child(leadnet::test::leadnet_binary(),
                     {"export", data.string(), "--to", "json", "-o", (dir / "g.json").string(), "--quiet"}, tmp.path());
  bool sent = false;
  while (child.running() && !sent) {
    if (!temporaries(dir).empty()) {
      child.send(SIGTERM);
      sent = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  REQUIRE(child.wait_for(std::chrono::minutes(2)));
  REQUIRE(sent);
  CHECK(child.exit_status() == 130);
  CHECK(snapshot(dir).empty());
}
