#include "leadnet/core/run_context.hpp"

#include <thread>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet {

int RunContext::thread_count() const {
  if (threads > 0) return threads;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

void RunContext::check_cancelled() const {
  if (cancelled()) throw Cancelled();
}

}  // namespace leadnet
