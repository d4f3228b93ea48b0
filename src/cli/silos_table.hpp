#pragma once
// The terminal table of `leadnet silos`: what a consultant reads first — whether the silos talk,
// which pairs barely do, who carries the ties, which pairs hang on one person, and whether
// citizens served by several silos meet staff who know each other.

#include <ostream>
#include <string>

#include "leadnet/metrics/silos.hpp"

namespace leadnet::cli {

void print_silos_table(const OrgGraph& graph, const SilosReport& report, const std::string& data, std::ostream& out);

}  // namespace leadnet::cli
