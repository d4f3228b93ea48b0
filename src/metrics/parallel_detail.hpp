#pragma once
// Fixed-block parallel loops for the metrics: the work is cut into blocks whose boundaries do
// not depend on the thread count, blocks are handed out dynamically, and each block writes only
// what it owns (its slice of the output, or per-worker state reduced exactly afterwards). That is
// what makes results bit-identical at any thread count.

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string_view>

#include "leadnet/core/run_context.hpp"

namespace leadnet::detail {

/// Workers that parallel_blocks() will use for `blocks` blocks (at least 1).
inline int parallel_workers(const RunContext& ctx, std::size_t blocks) {
  const std::size_t t = std::min<std::size_t>(static_cast<std::size_t>(std::max(ctx.thread_count(), 1)), blocks);
  return static_cast<int>(std::max<std::size_t>(t, 1));
}

/// Runs body(block, worker) for every block in [0, blocks), worker in [0, parallel_workers()).
/// Reports progress under `stage` (from worker 0 only: the callback need not be thread-safe) when
/// `stage` is not empty, checks cancellation between blocks, and rethrows the first exception a
/// block threw. Throws Cancelled when cancellation was requested.
template <class Body>
void parallel_blocks(std::size_t blocks, const RunContext& ctx, std::string_view stage, Body&& body) {
  if (blocks == 0) return;
  const int workers = parallel_workers(ctx, blocks);
  std::atomic<std::size_t> done{0};
  std::atomic<bool> stop{false};
  std::exception_ptr error;
  std::mutex error_mutex;
  const auto run_block = [&](std::size_t b, int worker) {
    if (stop.load(std::memory_order_relaxed)) return;
    if (ctx.cancelled()) {
      stop.store(true);
      return;
    }
    try {
      body(b, worker);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
      stop.store(true);
    }
    const std::size_t d = done.fetch_add(1) + 1;
    if (worker == 0 && !stage.empty()) ctx.progress(stage, static_cast<double>(d) / static_cast<double>(blocks));
  };
  if (workers == 1) {
    for (std::size_t b = 0; b < blocks; ++b) run_block(b, 0);
  } else {
#pragma omp parallel num_threads(workers)
    {
      const int worker = omp_get_thread_num();
#pragma omp for schedule(dynamic, 1)
      for (std::int64_t b = 0; b < static_cast<std::int64_t>(blocks); ++b)
        run_block(static_cast<std::size_t>(b), worker);
    }
  }
  if (error) std::rethrow_exception(error);
  ctx.check_cancelled();
  if (!stage.empty()) ctx.progress(stage, 1.0);
}

/// Half-open range of block `b` when `total` items are cut into blocks of `block_size`.
struct BlockRange {
  std::size_t begin;
  std::size_t end;
};
inline BlockRange block_range(std::size_t b, std::size_t block_size, std::size_t total) {
  const std::size_t begin = b * block_size;
  return {begin, std::min(total, begin + block_size)};
}
inline std::size_t block_count(std::size_t total, std::size_t block_size) {
  return (total + block_size - 1) / block_size;
}

/// Exact, order-independent accumulation of non-negative doubles below 2^63: each addend is
/// turned into 64.64 fixed point (truncating below 2^-63, about 1e-19) and added as an integer.
/// Integer addition is associative, so sums over sources split among any number of workers,
/// in any order, give the same bits. Used instead of floating-point atomics or ordered
/// reductions of per-block arrays (which would cost blocks x n memory).
class FixedSum {
 public:
  __extension__ using Word = unsigned __int128;
  // Signed conversions only (x < 2^63): one instruction each, where converting to unsigned
  // takes a compare and a branch on x86-64 without AVX-512.
  static Word encode(double x) {
    const auto hi = static_cast<std::int64_t>(x);  // x >= 0: truncation = floor
    const double frac = x - static_cast<double>(hi);  // exact, in [0, 1)
    const auto lo = static_cast<std::uint64_t>(static_cast<std::int64_t>(frac * 0x1p63)) << 1;
    return (static_cast<Word>(static_cast<std::uint64_t>(hi)) << 64) | lo;
  }
  static double decode(Word w) {
    return static_cast<double>(static_cast<std::uint64_t>(w >> 64)) +
           static_cast<double>(static_cast<std::uint64_t>(w)) * 0x1p-64;
  }
};

}  // namespace leadnet::detail
