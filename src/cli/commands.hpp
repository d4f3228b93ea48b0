#pragma once
// Registration of subcommands. Each cmd_<name>.cpp defines setup_<name>(), which adds its
// subcommand to the root app, binds an options struct and registers the function to run.

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/io/atomic_file.hpp"

namespace CLI {
class App;
}

namespace leadnet::cli {

/// Options every subcommand takes.
struct CommonOptions {
  std::uint64_t seed = 1;
  int threads = 0;
  bool quiet = false;
};

struct Command {
  CLI::App* app = nullptr;
  std::function<int(Io&)> run;
};

using CommandTable = std::vector<Command>;

/// Adds --seed, --threads and --quiet to a subcommand.
void add_common_options(CLI::App& sub, CommonOptions& common);
/// A RunContext from the common options, with a progress bar on stderr when it is a terminal
/// and --quiet is off, and the process-wide cancellation flag (set by SIGINT).
RunContext make_context(const CommonOptions& common, Io& io);

void setup_validate(CLI::App& root, CommandTable& table);
void setup_info(CLI::App& root, CommandTable& table);
void setup_export(CLI::App& root, CommandTable& table);
void setup_chain(CLI::App& root, CommandTable& table);
void setup_viz(CLI::App& root, CommandTable& table);
void setup_generate(CLI::App& root, CommandTable& table);
void setup_analyze(CLI::App& root, CommandTable& table);
void setup_centrality(CLI::App& root, CommandTable& table);
void setup_silos(CLI::App& root, CommandTable& table);
void setup_communities(CLI::App& root, CommandTable& table);

/// Runs `write` on the terminal's stream when `path` is empty, else on a temporary file that
/// replaces `path` only when the writing succeeded (so a failed run leaves an earlier file alone).
template <typename Write>
void write_output(const std::string& path, std::ostream& terminal, Write&& write) {
  if (path.empty()) {
    write(terminal);
    return;
  }
  AtomicFile file(path);
  write(file.stream());
  file.commit();
}

}  // namespace leadnet::cli
