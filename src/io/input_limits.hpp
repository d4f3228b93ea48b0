#pragma once
// Checks made before a dataset is read: would the graph fit in memory, and in 32-bit node ids?
// Estimates come from file sizes and the line (or entry) length in the first 64 KiB of each file,
// so a 30 GB edge list is refused with a clear LimitError in milliseconds instead of being read
// for minutes and killed by the kernel (private to the library).

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "leadnet/core/run_context.hpp"

namespace leadnet::detail {

/// Bytes read from the start of a file to estimate its line length.
inline constexpr std::size_t kSampleBytes = 64 * 1024;

/// Memory the built graph and the reading take per person and per tie, beyond the input text.
/// Measured on generated CSV datasets (100 k people / 1 M ties and 1 M / 10 M: peak resident
/// memory 63 MB and 539 MB, while the estimate gives 76 MB and 787 MB); erring on the high side.
inline constexpr std::uint64_t kBytesPerNode = 64;
inline constexpr std::uint64_t kBytesPerTie = 40;

/// The first kSampleBytes of a file ("" when it cannot be read; the reader reports that).
std::string file_head(const std::filesystem::path& path);

/// Records (lines or `unit` characters such as '{') in a text of `size` bytes whose first bytes
/// are `head`: size / (head bytes per record), rounded up; exact when head is the whole text.
std::uint64_t estimate_records(std::uint64_t size, std::string_view head, char unit = '\n');

/// What a dataset about to be read will still allocate.
struct InputEstimate {
  std::string what;               // "datasets/big" for messages
  std::uint64_t text_bytes = 0;   // text to be held in memory at the peak
  std::uint64_t nodes = 0;        // people, estimated
  std::uint64_t ties = 0;         // ties, estimated
  std::uint64_t extra_bytes = 0;  // parser structures (an XML tree, pending JSON entries)
  /// What `ties` counts, for the message: JSON and GraphML estimates count entries or elements
  /// (people and ties together), not ties alone.
  const char* ties_word = "ties";
};

/// Throws LimitError when the estimated people exceed 32-bit node ids (4,294,967,294) or the
/// estimated memory exceeds what is available (available_memory(ctx)); the message gives the
/// numbers and how they were estimated.
void check_input_fits(const InputEstimate& estimate, const RunContext& ctx);

}  // namespace leadnet::detail
