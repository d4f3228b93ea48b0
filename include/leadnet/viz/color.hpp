#pragma once
// Colours for maps and exports: a fixed colour per role, a categorical palette for units and
// communities, and continuous ramps for scores (sequential) and E-I (diverging).
//
// The role colours and the first eight categorical colours are the Okabe–Ito palette (Okabe & Ito
// 2008, "Color Universal Design"), distinguishable with the common colour-vision deficiencies;
// staff, the large majority in any municipality, get a muted grey-blue so that leaders, HR and
// politicians stand out on the wall.

#include <cstdint>
#include <string>

#include "leadnet/model/roles.hpp"

namespace leadnet::viz {

struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;

  /// "#rrggbb", lower case.
  std::string hex() const;
  bool operator==(const Rgb&) const = default;
};

/// The colour of a role on every map and in every export.
Rgb role_color(Role role);

/// Colour `i` of the categorical palette (units, communities). The first 12 are distinct hues;
/// beyond that the palette repeats in lighter and darker tones, so colour alone no longer
/// identifies a group (the map's legend and hover name it).
Rgb category_color(std::size_t i);
/// Number of distinct hues before the categorical palette starts to repeat.
inline constexpr std::size_t kCategoryHues = 12;

/// A sequential ramp for t in [0, 1]: light yellow-green (low) to dark blue (high) (viridis-like
/// end points, interpolated in RGB through fixed stops). t outside [0, 1] is clamped; NaN gives grey.
Rgb sequential_color(double t);

/// A diverging ramp for t in [-1, 1]: blue (-1, ties kept inside: a silo) through light grey (0)
/// to orange (+1, ties reaching out). NaN gives grey.
Rgb diverging_color(double t);

/// The colour of a tie layer on every map and in every export: the ten built-in types (layer ids
/// 0..9, EdgeType order) have fixed colours, custom types take palette hues in order.
Rgb layer_color(std::uint16_t layer);

/// Grey for "no value".
inline constexpr Rgb kMissingColor{0xb0, 0xb0, 0xb0};

/// Linear mix: a at t = 0, b at t = 1.
Rgb mix(Rgb a, Rgb b, double t);

}  // namespace leadnet::viz
