#pragma once
// What the fuzz targets share: the invariants every graph a reader returns must satisfy, checked
// after each successful read, and the round trip through the JSON writer and reader. A broken
// invariant aborts, so libFuzzer saves the input as a crash.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet::fuzz {

/// The context a fuzz target reads with: a fixed memory limit, so that results do not depend on
/// the machine's free memory, and well above what a fuzz input can ask for.
RunContext fuzz_context();

/// Aborts (with a message on stderr) unless the graph is consistent: ids unique, non-empty and
/// findable, every arc inside the node range with a finite positive weight, in- and out-CSR of a
/// directed layer mirror images, tie counts matching the CSRs, units and levels in range.
void check_graph(const OrgGraph& g);

/// Writes the graph as JSON and reads it back; aborts unless same_graph() holds.
void check_json_round_trip(const OrgGraph& g);

/// Writes the graph as GraphML and reads it back; aborts unless same_graph() holds. A UsageError
/// from the writer (a control character XML 1.0 cannot hold) is the documented refusal, not a bug.
void check_graphml_round_trip(const OrgGraph& g);

/// Aborts unless an InputError is well-formed: at least one error, every one with a message,
/// and a line/column only where the text has one.
void check_input_error(const InputError& e);

/// Prints why and aborts.
[[noreturn]] void fail(std::string_view why);

}  // namespace leadnet::fuzz
