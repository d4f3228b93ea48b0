#pragma once
// Running an outside program in a test (xmllint, Graphviz, NetworkX scripts) and a dataset
// shipped with the repository.

#include <filesystem>
#include <string>

#include "leadnet/model/org_graph.hpp"

namespace leadnet::test {

/// Runs `command` through the shell; returns its stdout and sets `status` to the wait status
/// (0: success).
std::string run_command(const std::string& command, int* status);

/// Reads any dataset form (the test fails on an input error).
OrgGraph load_dataset(const std::filesystem::path& path);

}  // namespace leadnet::test
