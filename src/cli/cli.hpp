#pragma once
// The command line as a function: argv in, exit status and output out. main() calls run() with
// the real streams; tests call it in-process with string streams.

#include <ostream>

namespace leadnet::cli {

struct Io {
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;
  bool out_is_terminal = false;
};

/// Exit status: 0 success, 1 bad input data (or a resource limit), 2 usage error,
/// 130 interrupted.
int run(int argc, const char* const* argv, Io& io);

}  // namespace leadnet::cli
