// AtomicFile and AtomicDirectory: outputs appear complete or not at all, an earlier output is
// replaced only by a complete new one (and a folder only by an output of the same kind), and the
// signal handler's clean-up removes temporary folders with everything in them.

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using leadnet::AtomicDirectory;
using leadnet::AtomicFile;
using leadnet::test::read_file;
using leadnet::test::TempDir;
using leadnet::test::write_file;

namespace {

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("AtomicFile: committed or nothing, an earlier file untouched until then", "[io][atomic]") {
  TempDir tmp("atomic-file");
  const fs::path target = tmp / "out.txt";
  SECTION("not committed: no file, no temporary") {
    {
      AtomicFile f(target);
      f.stream() << "half";
      CHECK(fs::exists(f.temp_path()));
      CHECK_FALSE(fs::exists(target));
    }
    CHECK(entries(tmp.path()) == 0);
  }
  SECTION("an existing file stays as it was until commit, then is replaced whole") {
    write_file(target, "old");
    AtomicFile f(target);
    f.stream() << "new";
    CHECK(read_file(target) == "old");
    f.commit();
    CHECK(read_file(target) == "new");
    CHECK(entries(tmp.path()) == 1);
  }
  SECTION("permissions: an existing file keeps its mode, a new one gets 0666 minus the umask") {
    write_file(target, "old");
    fs::permissions(target, fs::perms(0640));
    {
      AtomicFile f(target);
      f.stream() << "new";
      f.commit();
    }
    CHECK(mode_of(target) == 0640);
    const mode_t old_mask = ::umask(022);
    {
      AtomicFile f(tmp / "fresh.txt");
      f.commit();
    }
    ::umask(old_mask);
    CHECK(mode_of(tmp / "fresh.txt") == 0644);
  }
  SECTION("a symbolic link: the file it points to is replaced, the link stays a link") {
    write_file(tmp / "real.txt", "old");
    fs::create_symlink("real.txt", target);
    AtomicFile f(target);
    f.stream() << "new";
    f.commit();
    CHECK(fs::is_symlink(target));
    CHECK(read_file(tmp / "real.txt") == "new");
  }
  SECTION("/dev/null is written directly: nothing to replace, nothing left beside it") {
    AtomicFile f("/dev/null");
    f.stream() << "discarded";
    f.commit();
    CHECK(fs::is_character_file("/dev/null"));
  }
  SECTION("a folder of that name is refused") {
    fs::create_directories(target);
    CHECK_THROWS_WITH(AtomicFile(target), Catch::Contains("it is a folder"));
  }
  SECTION("more files at once than the signal handler's table holds still work") {
    std::vector<std::unique_ptr<AtomicFile>> files;
    for (int i = 0; i < 80; ++i) files.push_back(std::make_unique<AtomicFile>(tmp / ("f" + std::to_string(i))));
    for (auto& f : files) f->commit();
    files.clear();
    CHECK(entries(tmp.path()) == 80);
  }
}

TEST_CASE("AtomicDirectory: swapped in whole, only over an earlier output of the same kind", "[io][atomic]") {
  TempDir tmp("atomic-dir");
  const fs::path target = tmp / "report";
  SECTION("new folder") {
    {
      AtomicDirectory d(target);
      write_file(d.path() / "a.csv", "1");
      d.commit();
    }
    CHECK(read_file(target / "a.csv") == "1");
    CHECK(entries(tmp.path()) == 1);
  }
  SECTION("an earlier output of the same kind is replaced, with nothing left over") {
    write_file(target / "a.csv", "old");
    {
      AtomicDirectory d(target);
      write_file(d.path() / "a.csv", "new");
      write_file(d.path() / "b.csv", "new");
      d.commit();
    }
    CHECK(read_file(target / "a.csv") == "new");
    CHECK(read_file(target / "b.csv") == "new");
    CHECK(entries(tmp.path()) == 1);
  }
  SECTION("a folder holding something the output does not is refused and kept as it was") {
    write_file(target / "a.csv", "mine");
    write_file(target / "thesis.docx", "years of work");
    {
      AtomicDirectory d(target);
      write_file(d.path() / "a.csv", "new");
      CHECK_THROWS_AS(d.commit(), leadnet::UsageError);
    }
    CHECK(read_file(target / "thesis.docx") == "years of work");
    CHECK(read_file(target / "a.csv") == "mine");
    CHECK(entries(tmp.path()) == 1);
  }
  SECTION("with the names an output may hold: refused at construction, before any work") {
    write_file(target / "nodes.csv", "old");
    write_file(target / "notes.txt", "mine");
    CHECK_THROWS_WITH(AtomicDirectory(target, {"nodes.csv", "edges.csv"}),
                      Catch::Contains("it holds 'notes.txt', which is not part of this output (nodes.csv, edges.csv)"));
    CHECK(entries(tmp.path()) == 1);
    fs::remove(target / "notes.txt");
    AtomicDirectory d(target, {"nodes.csv", "edges.csv"});
    write_file(d.path() / "edges.csv", "new");
    d.commit();  // the old nodes.csv goes with the old folder
    CHECK_FALSE(fs::exists(target / "nodes.csv"));
    CHECK(read_file(target / "edges.csv") == "new");
  }
  SECTION("a file where the folder should be is refused") {
    write_file(target, "a file");
    CHECK_THROWS_AS(AtomicDirectory(target), leadnet::UsageError);
    CHECK(read_file(target) == "a file");
  }
  SECTION("not committed: the temporary folder goes with everything in it") {
    {
      AtomicDirectory d(target);
      write_file(d.path() / "sub" / "deep.csv", "x");
    }
    CHECK(entries(tmp.path()) == 0);
  }
}

TEST_CASE("signal-handler clean-up removes temporary files and whole temporary folders", "[io][atomic]") {
  TempDir tmp("atomic-signal");
  AtomicDirectory d(tmp / "report");
  write_file(d.path() / "nodes.csv", "x");
  write_file(d.path() / "tables" / "deep" / "t.csv", "y");
  AtomicFile f(tmp / "single.json");
  f.stream() << "z" << std::flush;
  write_file(tmp / "unrelated.txt", "stays");
  REQUIRE(entries(tmp.path()) == 3);
  leadnet::remove_pending_outputs_from_signal_handler();
  CHECK_FALSE(fs::exists(d.path()));
  CHECK_FALSE(fs::exists(f.temp_path()));
  CHECK(read_file(tmp / "unrelated.txt") == "stays");
  CHECK(entries(tmp.path()) == 1);
}
