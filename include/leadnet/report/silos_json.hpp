#pragma once
// The JSON form of `leadnet silos` (schema "leadnet/silos/1"), also embedded in analyze's report.
// NaN values (an E-I without ties, a p-value without a test) are written as null.

#include <nlohmann/json_fwd.hpp>

#include "leadnet/metrics/silos.hpp"

namespace leadnet {

nlohmann::json silos_to_json(const OrgGraph& graph, const SilosReport& report);

}  // namespace leadnet
