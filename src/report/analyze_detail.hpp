#pragma once
// What the analyze report's files share (private to the library): number formatting (counts in
// core/format_detail.hpp), how a person or a unit is named, CSV fields, and the informal-network
// layers.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/format_detail.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {
struct AnalyzeResult;
}

namespace leadnet::detail {

/// Fixed decimals, "-" for NaN.
std::string fixed(double x, int decimals);
/// Three significant digits ("0.293", "0.000118"), "-" for NaN.
std::string significant(double x);
/// "13 %" (no decimals at or above 10 %, one below); "-" for NaN.
std::string percent(double share);
/// "a, b and c".
std::string join_words(const std::vector<std::string>& items);

/// How a person is named in a sentence: "Åse Møller (l011)", or the id alone without a name.
std::string person_ref(const OrgGraph& g, NodeId v);
/// The name of a unit ("Plejecenter Solgården"), or "" for kNoUnit.
std::string unit_name(const OrgGraph& g, UnitId u);

/// A CSV field, quoted when needed (RFC 4180).
void append_csv(std::string& line, std::string_view field);

}  // namespace leadnet::detail
