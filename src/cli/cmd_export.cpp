// leadnet export DATA --to FORMAT -o PATH (writers land with the export issue work).

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace leadnet::cli {

void setup_export(CLI::App& root, CommandTable& table) {
  (void)root;
  (void)table;
}

}  // namespace leadnet::cli
