#include <unistd.h>

#include <iostream>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  leadnet::cli::Io io{std::cout, std::cerr, ::isatty(STDERR_FILENO) != 0, ::isatty(STDOUT_FILENO) != 0};
  const int status = leadnet::cli::run(argc, argv, io);
  std::cout.flush();
  return status;
}
