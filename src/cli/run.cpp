// Parse -> dispatch -> exit status. The only place that maps outcomes to exit codes.

#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/memory.hpp"
#include "leadnet/io/atomic_file.hpp"

namespace leadnet::cli {

namespace {

std::atomic<bool> g_cancel{false};
std::atomic<bool> g_err_terminal{false};
std::uint64_t g_memory_limit = 0;

// First signal: ask the work to stop at its next safe point (it unwinds, and AtomicFile and
// AtomicDirectory remove their temporary outputs). Second signal: stop now, removing the
// temporary outputs from here, then die of the signal as the shell expects.
extern "C" void on_interrupt(int sig) {
  const int saved_errno = errno;
  if (g_cancel.exchange(true)) {
    remove_pending_outputs_from_signal_handler();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
  } else if (g_err_terminal.load()) {
    static const char kMessage[] = "\nleadnet: stopping... (press Ctrl-C again to stop at once)\n";
    [[maybe_unused]] const auto ignored = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  }
  errno = saved_errno;
}

/// Installs on_interrupt for SIGINT, SIGTERM and SIGHUP and restores the previous handlers when
/// it goes out of scope. Without SA_RESTART: a read blocked on a slow file returns EINTR at the
/// first signal instead of waiting on.
class InterruptHandlers {
 public:
  InterruptHandlers() {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    for (const int sig : kSignals) sigaddset(&action.sa_mask, sig);  // one handler at a time
    action.sa_flags = 0;
    for (std::size_t i = 0; i < kSignals.size(); ++i) ::sigaction(kSignals[i], &action, &previous_[i]);
  }
  ~InterruptHandlers() {
    for (std::size_t i = 0; i < kSignals.size(); ++i) ::sigaction(kSignals[i], &previous_[i], nullptr);
  }
  InterruptHandlers(const InterruptHandlers&) = delete;
  InterruptHandlers& operator=(const InterruptHandlers&) = delete;

 private:
  static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};
  std::array<struct sigaction, 3> previous_{};
};

void print_input_error(const InputError& e, Io& io) {
  for (const auto& d : e.errors()) io.err << d.format() << '\n';
  if (e.total_errors() > e.errors().size())
    io.err << "... and " << e.total_errors() - e.errors().size() << " more errors (only the first "
           << e.errors().size() << " are listed)\n";
  io.err << "leadnet: " << e.total_errors() << (e.total_errors() == 1 ? " error" : " errors")
         << " in the input; nothing was written\n";
}

/// Runs a parsed command and maps what it throws to an exit status. Once an interrupt was
/// requested, any failure counts as the interrupt: a read cut short by the signal (EINTR) is not
/// a problem of the input.
int run_command(const Command& chosen, Io& io) {
  auto interrupted = [&] {
    io.err << "\nleadnet: interrupted; nothing was written\n";
    return 130;
  };
  const std::string name = chosen.app->get_name();
  try {
    return chosen.run(io);
  } catch (const Cancelled&) {
    return interrupted();
  } catch (const InputError& e) {
    if (g_cancel.load()) return interrupted();
    print_input_error(e, io);
    return 1;
  } catch (const UsageError& e) {
    if (g_cancel.load()) return interrupted();
    io.err << "leadnet " << name << ": " << printable(e.what()) << "\nRun 'leadnet " << name
           << " --help' for the options.\n";
    return 2;
  } catch (const LimitError& e) {
    if (g_cancel.load()) return interrupted();
    io.err << "leadnet: " << printable(e.what()) << "; nothing was written\n";
    return 1;
  } catch (const std::bad_alloc&) {
    if (g_cancel.load()) return interrupted();
    io.err << "leadnet: out of memory; nothing was written. Try a machine with more memory, fewer layers, or "
              "--approx for betweenness\n";
    return 1;
  } catch (const std::exception& e) {
    if (g_cancel.load()) return interrupted();
    io.err << "leadnet: " << printable(e.what()) << '\n';
    return 1;
  }
}

}  // namespace

void add_common_options(CLI::App& sub, CommonOptions& common) {
  sub.add_option("--seed", common.seed, "Seed for every randomised step (default 1)");
  sub.add_option("--threads", common.threads, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  sub.add_flag("--quiet,-q", common.quiet, "No progress bar on stderr");
}

RunContext make_context(const CommonOptions& common, Io& io) {
  RunContext ctx;
  ctx.seed = common.seed;
  ctx.threads = common.threads;
  ctx.cancel_flag = &g_cancel;
  ctx.memory_limit = g_memory_limit;
  if (io.err_is_terminal && !common.quiet) {
    auto bar = std::make_shared<ProgressBar>(io.err);
    ctx.on_progress = [bar](std::string_view stage, double done) { bar->update(stage, done); };
  }
  return ctx;
}

int run(int argc, const char* const* argv, Io& io) {
  g_cancel.store(false);
  g_err_terminal.store(io.err_is_terminal);
  g_memory_limit = 0;
  if (const char* limit = std::getenv("LEADNET_MEMORY_LIMIT"); limit != nullptr && *limit != '\0') {
    const auto bytes = parse_byte_size(limit);
    if (!bytes) {
      io.err << "leadnet: LEADNET_MEMORY_LIMIT=" << printable(limit)
             << " is not a size; give bytes or a size such as 512M or 4G\n";
      return 2;
    }
    g_memory_limit = *bytes;
  }
  CLI::App app{"leadnet: maps leadership relations in public organisations: who holds the network together, "
               "where the chain of leadership breaks, and whether silos talk.",
               "leadnet"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("leadnet ") + LEADNET_VERSION);
  app.footer("DATA is a folder with nodes.csv and edges.csv (optional units.csv, meta.json), a .json file or a "
             ".graphml file.\nRun 'leadnet COMMAND --help' for a command's options.");
  CommandTable table;
  setup_validate(app, table);
  setup_info(app, table);
  setup_export(app, table);
  setup_chain(app, table);
  setup_viz(app, table);
  setup_generate(app, table);
  setup_analyze(app, table);
  setup_centrality(app, table);
  setup_silos(app, table);
  setup_communities(app, table);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    const auto subs = app.get_subcommands();
    io.out << (subs.empty() ? app.help() : subs.front()->help());
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    io.out << "leadnet " << LEADNET_VERSION << '\n';
    return 0;
  } catch (const CLI::ParseError& e) {
    const auto subs = app.get_subcommands();
    const std::string name = subs.empty() ? std::string("leadnet") : "leadnet " + subs.front()->get_name();
    io.err << name << ": " << e.what() << "\nRun '" << name << " --help' for the options.\n";
    return 2;
  }

  const Command* chosen = nullptr;
  for (const auto& c : table)
    if (c.app->parsed()) chosen = &c;
  if (chosen == nullptr) {
    io.err << "leadnet: no command given\n";
    return 2;
  }
  InterruptHandlers handlers;
  return run_command(*chosen, io);
}

}  // namespace leadnet::cli
