// Parse -> dispatch -> exit status. The only place that maps outcomes to exit codes.

#include <csignal>
#include <cstring>
#include <new>

#include <CLI/CLI.hpp>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"

namespace leadnet::cli {

namespace {

std::atomic<bool> g_cancel{false};

extern "C" void on_interrupt(int sig) {
  if (g_cancel.load()) {
    // A second Ctrl-C: stop now, removing what can be removed without unwinding.
    remove_pending_outputs_from_signal_handler();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    return;
  }
  g_cancel.store(true);
}

void print_input_error(const InputError& e, Io& io) {
  for (const auto& d : e.errors()) io.err << d.format() << '\n';
  if (e.total_errors() > e.errors().size())
    io.err << "... and " << e.total_errors() - e.errors().size() << " more errors (only the first "
           << e.errors().size() << " are listed)\n";
  io.err << "leadnet: " << e.total_errors() << (e.total_errors() == 1 ? " error" : " errors")
         << " in the input; nothing was written\n";
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
  if (io.err_is_terminal && !common.quiet) {
    auto bar = std::make_shared<ProgressBar>(io.err);
    ctx.on_progress = [bar](std::string_view stage, double done) { bar->update(stage, done); };
  }
  return ctx;
}

int run(int argc, const char* const* argv, Io& io) {
  g_cancel.store(false);
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
  auto previous = std::signal(SIGINT, on_interrupt);
  auto previous_term = std::signal(SIGTERM, on_interrupt);
  int status = 1;
  try {
    status = chosen->run(io);
  } catch (const InputError& e) {
    print_input_error(e, io);
    status = 1;
  } catch (const UsageError& e) {
    io.err << "leadnet " << chosen->app->get_name() << ": " << e.what() << "\nRun 'leadnet "
           << chosen->app->get_name() << " --help' for the options.\n";
    status = 2;
  } catch (const LimitError& e) {
    io.err << "leadnet: " << e.what() << "; nothing was written\n";
    status = 1;
  } catch (const Cancelled&) {
    io.err << "\nleadnet: interrupted; nothing was written\n";
    status = 130;
  } catch (const std::bad_alloc&) {
    io.err << "leadnet: out of memory; nothing was written. Try a machine with more memory, fewer layers, or "
              "--approx for betweenness\n";
    status = 1;
  } catch (const std::exception& e) {
    io.err << "leadnet: " << e.what() << '\n';
    status = 1;
  }
  std::signal(SIGINT, previous);
  std::signal(SIGTERM, previous_term);
  return status;
}

}  // namespace leadnet::cli
