// Long loops check for cancellation: reading a big dataset and writing it stop with Cancelled
// when the flag is set (as the SIGINT handler sets it), and a cancelled writer leaves nothing.

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/io/writer.hpp"
#include "support/big_dataset.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;

TEST_CASE("reading and writing stop when cancellation is requested", "[io][cancel]") {
  const fs::path data = leadnet::test::big_dataset();
  std::atomic<bool> cancel{false};
  leadnet::RunContext ctx;
  ctx.cancel_flag = &cancel;
  leadnet::Diagnostics diags;
  const leadnet::OrgGraph g = leadnet::read_dataset(data, {}, diags, ctx);
  REQUIRE(g.num_nodes() == 100000);

  cancel = true;
  SECTION("reading") {
    leadnet::Diagnostics again;
    CHECK_THROWS_AS(leadnet::read_dataset(data, {}, again, ctx), leadnet::Cancelled);
  }
  SECTION("writing: each form, and nothing left behind") {
    leadnet::test::TempDir tmp("cancel-write");
    CHECK_THROWS_AS(leadnet::write_json(g, tmp / "g.json", ctx), leadnet::Cancelled);
    CHECK_THROWS_AS(leadnet::write_graphml(g, tmp / "g.graphml", ctx), leadnet::Cancelled);
    CHECK_THROWS_AS(leadnet::write_csv_folder(g, tmp / "folder", ctx), leadnet::Cancelled);
    CHECK(fs::is_empty(tmp.path()));
  }
}
