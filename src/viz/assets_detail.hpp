#pragma once
// The HTML map's script and style sheet (src/viz/assets/), compiled in by cmake/LeadnetEmbed.cmake.

namespace leadnet::viz::detail {
extern const char kMapJs[];
extern const char kMapCss[];
}  // namespace leadnet::viz::detail
