#pragma once
// The HTML map's script and style sheet (src/viz/assets/), compiled in by cmake/LeadnetEmbed.cmake.
// The script's three parts are one function body, written in this order (see map_data.js).

namespace leadnet::viz::detail {
extern const char kMapDataJs[];
extern const char kMapDrawJs[];
extern const char kMapUiJs[];
extern const char kMapCss[];
}  // namespace leadnet::viz::detail
