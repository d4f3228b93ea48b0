#include "cli/load.hpp"

#include "cli/commands.hpp"

namespace leadnet::cli {

void print_diagnostics(const Diagnostics& diags, Io& io, bool warnings_only) {
  std::size_t shown_warnings = 0;
  for (const auto& d : diags.items()) {
    if (warnings_only && d.severity != Severity::warning) continue;
    if (d.severity == Severity::warning) ++shown_warnings;
    io.err << d.format() << '\n';
  }
  if (diags.warning_count() > shown_warnings && warnings_only)
    io.err << "... and " << diags.warning_count() - shown_warnings << " more warnings\n";
}

OrgGraph load_dataset(const std::string& path, const ReadOptions& options, Io& io, bool quiet_warnings) {
  Diagnostics diags;
  CommonOptions reading;
  reading.quiet = quiet_warnings;
  const RunContext ctx = make_context(reading, io);  // Ctrl-C, the memory limit, progress
  try {
    OrgGraph g = read_dataset(path, options, diags, ctx);
    if (!quiet_warnings) print_diagnostics(diags, io, true);
    return g;
  } catch (const InputError&) {
    // Warnings found before the errors still help; the errors are printed by run().
    if (!quiet_warnings) print_diagnostics(diags, io, true);
    throw;
  }
}

}  // namespace leadnet::cli
