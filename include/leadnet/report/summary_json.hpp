#pragma once
// The JSON form of `leadnet info` (schema "leadnet/info/1"), also embedded in analyze's report.

#include <nlohmann/json_fwd.hpp>

#include "leadnet/metrics/summary.hpp"

namespace leadnet {

nlohmann::json summary_to_json(const OrgGraph& graph, const OrgSummary& summary);

}  // namespace leadnet
