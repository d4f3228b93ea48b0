#pragma once
// Loading DATA for a subcommand: read, print warnings, let InputError propagate to run().

#include <string>

#include "cli/cli.hpp"
#include "leadnet/io/reader.hpp"

namespace leadnet::cli {

/// Reads the dataset and prints its warnings (at most 50, then a count) to io.err.
OrgGraph load_dataset(const std::string& path, const ReadOptions& options, Io& io, bool quiet_warnings = false);

/// Prints diagnostics as "FILE:LINE:COLUMN: error: MESSAGE" lines, then a count if truncated.
void print_diagnostics(const Diagnostics& diags, Io& io, bool warnings_only);

}  // namespace leadnet::cli
