#pragma once
// A generated dataset big enough that reading and writing it take a noticeable time (for the
// interrupt and cancellation tests), written once per build tree and reused.

#include <filesystem>

namespace leadnet::test {

/// A CSV folder with 100,000 people and 800,000 ties (about 30 MB), under the build tree.
/// Safe when several test processes ask at once: each writes its own copy and renames it into
/// place; the first rename wins.
std::filesystem::path big_dataset();

}  // namespace leadnet::test
