#pragma once
// Pseudonymisation (GDPR art. 4(5)): the same organisation with every person's id replaced by a
// stable pseudonym and every name removed, made before any analysis runs, so that nothing
// downstream (tables, JSON, GraphML, GEXF, maps) can see a real id or name.
//
// Pseudonym of an id: "x" followed by the first 20 hexadecimal digits (80 bits) of
// HMAC-SHA-256(key, id) (RFC 2104). Keyed, so that nobody without the key can test a guessed id
// (ids such as employee numbers are easy to enumerate; a plain hash would be reversed by
// hashing every candidate); stable, so that the same key gives the same pseudonym in every wave
// and every report, which lets a researcher follow a person over time without knowing who it is.
// The key is never written anywhere.
//
// What else changes, because it may identify a person: names become empty (maps and tables then
// show the pseudonym); the dataset's extra node attributes (title, committee, tenure, ...) are
// left out; of meta only name and date are kept (a description may name people). Roles, units,
// levels, ties and weights are kept: they are what the analyses measure. Unit names are kept
// (they name workplaces, not people); suppressing figures of small units is the report's job
// (report/privacy.hpp).
//
// Node order, and so every NodeId, is unchanged: results on the pseudonymised graph equal those
// on the original. Complexity O(n + m); the hashes run in parallel over fixed blocks.

#include <cstddef>
#include <string>
#include <string_view>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

/// Shortest key accepted, in bytes: 128 bits, so that the key cannot be guessed.
inline constexpr std::size_t kMinPseudonymKeyBytes = 16;

/// The pseudonym of one id under `key`.
std::string pseudonym(std::string_view key, std::string_view id);

/// The pseudonymised graph (see above). Throws UsageError for a key shorter than
/// kMinPseudonymKeyBytes, and LimitError in the (astronomically unlikely) case that two ids get
/// the same pseudonym.
OrgGraph pseudonymize(const OrgGraph& graph, std::string_view key, RunContext& ctx);

/// Reads a key file: its bytes, with trailing line breaks and spaces removed (so that
/// `openssl rand -hex 32 > key` works). Throws UsageError naming the file when it cannot be read
/// or the key is shorter than kMinPseudonymKeyBytes.
std::string read_pseudonym_key(const std::string& path);

}  // namespace leadnet
