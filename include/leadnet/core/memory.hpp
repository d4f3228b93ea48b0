#pragma once
// Memory the process may still use, and a check that says so before a big allocation would end
// in an out-of-memory kill. Linux overcommits: a vector of 40 GB "succeeds" and the kernel kills
// the process later, without a word. So readers, the graph builder and the generator estimate
// what they will need from file sizes and counts first, and call require_memory().

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "leadnet/core/run_context.hpp"

namespace leadnet {

/// What may still be allocated, and what limited it.
struct MemoryBudget {
  std::uint64_t bytes = 0;
  /// Where the figure comes from, for messages: "MemAvailable in /proc/meminfo", "the cgroup
  /// memory limit", "the memory limit set for this run (LEADNET_MEMORY_LIMIT)".
  std::string source;
};

/// The smallest of: MemAvailable in /proc/meminfo, the cgroup's memory limit minus its usage
/// (cgroup v2 memory.max, or v1 memory.limit_in_bytes), and `ctx.memory_limit` when it is set.
/// When none of them can be read (not Linux), `bytes` is the largest uint64 ("unknown").
MemoryBudget available_memory(const RunContext& ctx);

/// Throws LimitError when `bytes` exceeds available_memory(ctx). The message names `what`
/// (e.g. "reading data/edges.csv (31.0 GiB, about 1.0 billion ties)"), the estimate, what is
/// available and where that figure comes from.
void require_memory(const RunContext& ctx, std::uint64_t bytes, std::string_view what);

/// "1.5 GiB", "730 MiB", "12 KiB", "900 bytes" (powers of 1024, as parse_byte_size reads them).
std::string format_bytes(std::uint64_t bytes);

/// Parses a size such as "512M", "2G", "1.5GB", "800k", "1000000" (bytes; K/M/G/T are powers of
/// 1024, with or without a trailing B or iB). nullopt when it is not a size.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

}  // namespace leadnet
