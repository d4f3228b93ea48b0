// Resource limits that say what happened: before a dataset is read, its size is compared with
// the memory available and with what 32-bit node ids can number. The huge inputs are sparse
// files (a real head of rows, then a hole): a terabyte on disk that takes no disk space.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/graph_builder.hpp"
#include "support/cli_runner.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using leadnet::test::TempDir;
using leadnet::test::write_file;

namespace {

/// A file of `size` bytes whose first bytes are `head` repeated to 64 KiB; the rest is a hole.
void sparse_file(const fs::path& path, const std::string& head_row, std::uintmax_t size, const std::string& header) {
  std::string head = header;
  while (head.size() < 64 * 1024) head += head_row;
  write_file(path, head);
  fs::resize_file(path, size);
}

/// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) { ::setenv(name, value, 1); }
  ~ScopedEnv() { ::unsetenv(name_); }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
};

leadnet::OrgGraph read(const fs::path& p, const leadnet::RunContext& ctx) {
  leadnet::Diagnostics diags;
  return leadnet::read_dataset(p, {}, diags, ctx);
}

}  // namespace

TEST_CASE("a terabyte edge list is refused before reading, with the numbers", "[io][limits]") {
  TempDir tmp("limits-tb");
  write_file(tmp / "nodes.csv", "id,role\na,staff\nb,staff\n");
  sparse_file(tmp / "edges.csv", "a,b,advice\n", 1ull << 40, "source,target,type\n");
  const leadnet::RunContext ctx;  // the machine's real available memory
  try {
    (void)read(tmp.path(), ctx);
    FAIL("a 1 TiB input was accepted");
  } catch (const leadnet::LimitError& e) {
    const std::string what = e.what();
    INFO(what);
    // 1 TiB of 11-byte rows: 2^40 / 11 = 99.95 billion ties (the sampled 64 KiB hold the header
    // and 5,956 rows: 5,957 lines, so 2^40 * 5957 / 65536 = 99.94 billion), 40 bytes each, plus
    // the text: 1 TiB + 3.6 TiB.
    CHECK(what.find("1.0 TiB of text") != std::string::npos);
    CHECK(what.find("about 3 people and 99.9 billion ties") != std::string::npos);
    CHECK(what.find("needs about 4.6 TiB of memory") != std::string::npos);
    CHECK(what.find("is available (") != std::string::npos);
  }
}

TEST_CASE("more people than 32-bit ids can number is refused before reading", "[io][limits]") {
  TempDir tmp("limits-ids");
  // 8-byte rows to 40 GB: 5 billion people, beyond 4,294,967,294.
  sparse_file(tmp / "nodes.csv", "a,staff\n", 40'000'000'000ull, "id,role\n");
  write_file(tmp / "edges.csv", "source,target,type\n");
  CHECK_THROWS_WITH(read(tmp.path(), leadnet::RunContext{}),
                    Catch::Contains("holds about 5.0 billion people") && Catch::Contains("32-bit ids") &&
                        Catch::Contains("4,294,967,294"));
}

TEST_CASE("JSON and GraphML files too large for memory are refused before reading", "[io][limits]") {
  TempDir tmp("limits-forms");
  sparse_file(tmp / "big.json", "{\"source\": \"a\", \"target\": \"b\", \"type\": \"advice\"},\n", 1ull << 40,
              "{\"nodes\": [], \"edges\": [\n");
  sparse_file(tmp / "big.graphml", "<edge source=\"a\" target=\"b\"/>\n", 1ull << 40,
              "<graphml><graph edgedefault=\"directed\">\n");
  CHECK_THROWS_WITH(read(tmp / "big.json", leadnet::RunContext{}),
                    Catch::Contains("(1.0 TiB of text, about") && Catch::Contains("entries) needs about"));
  CHECK_THROWS_WITH(read(tmp / "big.graphml", leadnet::RunContext{}),
                    Catch::Contains("(1.0 TiB of text, about") && Catch::Contains("entries) needs about"));
}

TEST_CASE("a small memory limit refuses a dataset that would not fit in it", "[io][limits]") {
  const fs::path data = leadnet::test::dataset("email-eu-core");  // 25,571 ties
  leadnet::RunContext ctx;
  ctx.memory_limit = 1u << 20;
  CHECK_THROWS_WITH(read(data, ctx), Catch::Contains("reading " + data.string()) &&
                                         Catch::Contains("but 1.0 MiB is available") &&
                                         Catch::Contains("LEADNET_MEMORY_LIMIT"));
  ctx.memory_limit = 64u << 20;
  CHECK(read(data, ctx).num_nodes() == 1005);
}

TEST_CASE("LEADNET_MEMORY_LIMIT: exit 1 with the numbers, and nothing written", "[io][limits][cli]") {
  TempDir tmp("limits-cli");
  const fs::path data = leadnet::test::dataset("email-eu-core");
  write_file(tmp / "earlier.json", "an earlier export\n");
  {
    ScopedEnv limit("LEADNET_MEMORY_LIMIT", "1M");
    const auto r = leadnet::test::run_cli({"export", data.string(), "--to", "json", "-o", (tmp / "earlier.json").string()});
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(r.err.find("needs about") != std::string::npos);
    CHECK(r.err.find("1.0 MiB is available (the memory limit set for this run (LEADNET_MEMORY_LIMIT))") !=
          std::string::npos);
    CHECK(r.err.find("nothing was written") != std::string::npos);
  }
  CHECK(leadnet::test::read_file(tmp / "earlier.json") == "an earlier export\n");
  {
    ScopedEnv limit("LEADNET_MEMORY_LIMIT", "plenty");
    const auto r = leadnet::test::run_cli({"validate", data.string()});
    CHECK(r.status == 2);
    CHECK(r.err.find("LEADNET_MEMORY_LIMIT=plenty is not a size") != std::string::npos);
  }
}

TEST_CASE("GraphBuilder::build checks memory for the CSRs first", "[model][limits]") {
  leadnet::Diagnostics diags;
  leadnet::GraphBuilder b(diags);
  const leadnet::SourceLocation here{"test", 1, 1};
  for (int i = 0; i < 1000; ++i) b.add_node("p" + std::to_string(i), leadnet::Role::staff, "", "", -1, here);
  for (leadnet::NodeId i = 0; i + 1 < 1000; ++i)
    b.add_edge(i, i + 1, leadnet::GraphBuilder::layer(leadnet::EdgeType::advice), 1.0, std::nullopt, here);
  leadnet::RunContext ctx;
  ctx.memory_limit = 1024;
  CHECK_THROWS_WITH(b.build(ctx), Catch::Contains("building the graph (999 ties) needs about"));
}

TEST_CASE("generate: a run that would not fit in memory is refused before any work", "[gen][limits][cli]") {
  TempDir tmp("limits-generate");
  const std::string out = (tmp / "g").string();
  ScopedEnv limit("LEADNET_MEMORY_LIMIT", "2M");
  // The example preset: 360 employees (~700 bytes each while generated) and 150 citizens (~150
  // bytes each), 270 KB: under 2 MB, so it runs ...
  const auto ok = leadnet::test::run_cli({"generate", "--preset", "example", "-o", out, "--quiet"});
  CHECK(ok.status == 0);
  // ... while 20,000 employees and the preset's 72,000 citizens (25 MB) do not.
  const auto r = leadnet::test::run_cli(
      {"generate", "--preset", "municipality", "--people", "20000", "-o", (tmp / "h").string(), "--quiet"});
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find("generating 20000 employees and 72000 citizens needs about 24 MiB") != std::string::npos);
  CHECK(r.err.find("but 2.0 MiB is available") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp / "h"));
}

TEST_CASE("a billion-edge input on a small machine is refused before reading, naming the limit", "[io][limits]") {
  TempDir tmp("limits-billion");
  write_file(tmp / "nodes.csv", "id,role\na,staff\nb,staff\n");
  // 11-byte rows "a,b,advice\n" to 11 GB: a billion ties (the header aside).
  sparse_file(tmp / "edges.csv", "a,b,advice\n", 11'000'000'000ull, "source,target,type\n");
  leadnet::RunContext ctx;
  ctx.memory_limit = 8ull << 30;  // a small machine: 8 GiB
  try {
    (void)read(tmp.path(), ctx);
    FAIL("a billion-edge input was accepted on 8 GiB");
  } catch (const leadnet::LimitError& e) {
    const std::string what = e.what();
    INFO(what);
    // 11 GB of text (10.2 GiB) + 1.0e9 ties * 40 bytes (37.3 GiB) = 47.5 GiB; the limit is 8 GiB.
    // The tie count is estimated from the first 64 KiB, whose header row makes it a little lower:
    // 65,536 bytes hold 19 + 5,956 * 11 + 1 bytes, 5,957 lines, so 11e9 * 5957 / 65536 = 999.9 M.
    CHECK(what.find("(10 GiB of text") != std::string::npos);
    CHECK(what.find("999.9 million ties") != std::string::npos);
    CHECK(what.find("needs about 47") != std::string::npos);
    CHECK(what.find("8.0 GiB is available") != std::string::npos);
  }
}
