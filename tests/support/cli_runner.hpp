#pragma once
// Runs the command line in-process: argv in, exit status and captured output out.

#include <initializer_list>
#include <string>
#include <vector>

namespace leadnet::test {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

CliResult run_cli(const std::vector<std::string>& args);

}  // namespace leadnet::test
