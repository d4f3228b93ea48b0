#include "support/cli_runner.hpp"

#include <sstream>

#include "cli/cli.hpp"

namespace leadnet::test {

CliResult run_cli(const std::vector<std::string>& args) {
  std::vector<const char*> argv{"leadnet"};
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  cli::Io io{out, err, false, false};
  CliResult r;
  r.status = cli::run(static_cast<int>(argv.size()), argv.data(), io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

}  // namespace leadnet::test
