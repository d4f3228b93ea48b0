// Sizes, the available-memory figure and printable(): the pieces behind LimitError messages and
// diagnostics that quote hostile input.

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/memory.hpp"

using leadnet::format_bytes;
using leadnet::parse_byte_size;
using leadnet::printable;

TEST_CASE("parse_byte_size reads bytes and K/M/G/T sizes (powers of 1024)", "[core][memory]") {
  CHECK(parse_byte_size("1000000") == 1000000u);
  CHECK(parse_byte_size("512M") == 512u * 1024 * 1024);
  CHECK(parse_byte_size("4G") == 4ull << 30);
  CHECK(parse_byte_size("4GiB") == 4ull << 30);
  CHECK(parse_byte_size("1.5GB") == 3ull << 29);
  CHECK(parse_byte_size("800k") == 800u * 1024);
  CHECK(parse_byte_size("2 T") == 2ull << 40);
  CHECK(parse_byte_size("12B") == 12u);
  CHECK_FALSE(parse_byte_size(""));
  CHECK_FALSE(parse_byte_size("0"));
  CHECK_FALSE(parse_byte_size("lots"));
  CHECK_FALSE(parse_byte_size("4X"));
  CHECK_FALSE(parse_byte_size("1.2.3G"));
  CHECK_FALSE(parse_byte_size("-5M"));
  CHECK_FALSE(parse_byte_size("99999999999T"));
}

TEST_CASE("format_bytes: readable sizes in powers of 1024", "[core][memory]") {
  CHECK(format_bytes(0) == "0 bytes");
  CHECK(format_bytes(1) == "1 byte");
  CHECK(format_bytes(1023) == "1023 bytes");
  CHECK(format_bytes(1024) == "1.0 KiB");
  CHECK(format_bytes(1536) == "1.5 KiB");
  CHECK(format_bytes(20ull << 30) == "20 GiB");
  CHECK(format_bytes(3ull << 40) == "3.0 TiB");
}

TEST_CASE("available_memory: MemAvailable, lowered by the run's own limit", "[core][memory]") {
  leadnet::RunContext ctx;
  const auto machine = leadnet::available_memory(ctx);
  // Independent reading of /proc/meminfo: the figure is MemAvailable or lower (a cgroup limit).
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  unsigned long long kb = 0;
  std::string unit;
  bool found = false;
  while (meminfo >> key >> kb >> unit)
    if (key == "MemAvailable:") {
      found = true;
      break;
    }
  if (found) {
    CHECK(machine.bytes > 0);
    // Memory moves while the test runs: allow 25 % either way against the independent read.
    CHECK(static_cast<double>(machine.bytes) <= 1.25 * static_cast<double>(kb) * 1024.0);
  }
  ctx.memory_limit = 5u << 20;
  const auto limited = leadnet::available_memory(ctx);
  CHECK(limited.bytes == 5u << 20);
  CHECK(limited.source.find("LEADNET_MEMORY_LIMIT") != std::string::npos);
  CHECK_NOTHROW(leadnet::require_memory(ctx, 5u << 20, "five megabytes"));
  CHECK_THROWS_WITH(leadnet::require_memory(ctx, 6u << 20, "reading x"),
                    Catch::Contains("reading x needs about 6.0 MiB of memory, but 5.0 MiB is available"));
}

TEST_CASE("printable escapes terminal controls and bidi overrides, keeps æ ø å", "[core][diagnostics]") {
  CHECK(printable("Søren Ærø, Åse") == "Søren Ærø, Åse");
  CHECK(printable("a\x1b[2Jb") == "a\\x1B[2Jb");
  CHECK(printable("tab\there\nnew") == "tab\\x09here\\x0Anew");
  CHECK(printable("del\x7f") == "del\\x7F");
  CHECK(printable("c1\xc2\x9b") == "c1\\x9B");
  CHECK(printable("\xe2\x80\xaegnp.exe") == "\\u202Egnp.exe");
  CHECK(printable("bad \xff byte") == "bad \\xFF byte");
  CHECK(printable("cut \xc3") == "cut \\xC3");
  const leadnet::Diagnostic d{"edges.csv", 2, 3, leadnet::Severity::error, "unknown target '\x1b]0;owned\x07'"};
  CHECK(d.format() == "edges.csv:2:3: error: unknown target '\\x1B]0;owned\\x07'");
}
