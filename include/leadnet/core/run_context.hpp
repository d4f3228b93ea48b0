#pragma once
// What every long-running analysis receives: seed, thread count, progress and cancellation hooks.
// The library never prints; the command line installs a progress bar through `on_progress`.

#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>

namespace leadnet {

struct RunContext {
  /// Seed for every randomised step; the same seed gives the same output at any thread count.
  std::uint64_t seed = 1;
  /// Worker threads; 0 means one per core.
  int threads = 0;
  /// Called with a stage name and the fraction done in [0, 1]. May be empty.
  std::function<void(std::string_view stage, double done)> on_progress;
  /// Set by a signal handler to ask running work to stop; checked at safe points.
  const std::atomic<bool>* cancel_flag = nullptr;
  /// Bytes this run may use; 0 means what the machine has available (leadnet/core/memory.hpp).
  /// The command line sets it from LEADNET_MEMORY_LIMIT.
  std::uint64_t memory_limit = 0;

  /// Threads to use: `threads`, or the number of cores when it is 0.
  int thread_count() const;
  void progress(std::string_view stage, double done) const {
    if (on_progress) on_progress(stage, done);
  }
  bool cancelled() const { return cancel_flag != nullptr && cancel_flag->load(std::memory_order_relaxed); }
  /// Throws leadnet::Cancelled when cancellation was requested.
  void check_cancelled() const;
};

/// A context for callers that want defaults (tests, library users).
inline RunContext default_context() { return RunContext{}; }

}  // namespace leadnet
