#include "leadnet/viz/color.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace leadnet::viz {

std::string Rgb::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s = "#000000";
  const std::uint8_t parts[3] = {r, g, b};
  for (int i = 0; i < 3; ++i) {
    s[1 + 2 * i] = kDigits[parts[i] >> 4];
    s[2 + 2 * i] = kDigits[parts[i] & 15];
  }
  return s;
}

Rgb mix(Rgb a, Rgb b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  auto lerp = [t](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>(std::lround(x + (static_cast<double>(y) - x) * t));
  };
  return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b)};
}

Rgb role_color(Role role) {
  switch (role) {
    case Role::leader:
      return {0x00, 0x72, 0xb2};  // Okabe–Ito blue
    case Role::hr:
      return {0xcc, 0x79, 0xa7};  // reddish purple
    case Role::politician:
      return {0xd5, 0x5e, 0x00};  // vermillion
    case Role::staff:
      return {0x9a, 0xb4, 0xc8};  // muted grey-blue: the many
    case Role::citizen:
      return {0xe6, 0x9f, 0x00};  // orange
    case Role::external:
      return {0x00, 0x9e, 0x73};  // bluish green
    case Role::council:
      return {0x8c, 0x6d, 0x1f};  // ochre (Okabe–Ito yellow is unreadable on white)
  }
  return kMissingColor;
}

namespace {

// Okabe–Ito's seven hues (black left out) followed by five further hues of similar weight.
constexpr std::array<Rgb, kCategoryHues> kCategories = {{
    {0x00, 0x72, 0xb2},  // blue
    {0xe6, 0x9f, 0x00},  // orange
    {0x00, 0x9e, 0x73},  // bluish green
    {0xcc, 0x79, 0xa7},  // reddish purple
    {0x56, 0xb4, 0xe9},  // sky blue
    {0xd5, 0x5e, 0x00},  // vermillion
    {0x8c, 0x6d, 0x1f},  // ochre
    {0x6a, 0x3d, 0x9a},  // violet
    {0x33, 0xa0, 0x2c},  // green
    {0xb1, 0x59, 0x28},  // brown
    {0x1b, 0x9e, 0x9e},  // teal
    {0x99, 0x99, 0x33},  // olive
}};

Rgb ramp(const Rgb* stops, std::size_t count, double t) {
  t = std::clamp(t, 0.0, 1.0) * static_cast<double>(count - 1);
  const auto i = std::min(static_cast<std::size_t>(t), count - 2);
  return mix(stops[i], stops[i + 1], t - static_cast<double>(i));
}

}  // namespace

Rgb category_color(std::size_t i) {
  const Rgb base = kCategories[i % kCategoryHues];
  switch ((i / kCategoryHues) % 3) {
    case 0:
      return base;
    case 1:
      return mix(base, {255, 255, 255}, 0.45);
    default:
      return mix(base, {0, 0, 0}, 0.35);
  }
}

Rgb layer_color(std::uint16_t layer) {
  static constexpr Rgb kBuiltin[] = {
      {0x44, 0x4f, 0x5a},  // reports_to: dark slate, the formal line
      {0x8a, 0x94, 0x9e},  // dotted_line
      {0x00, 0x9e, 0x73},  // advice
      {0x6a, 0x3d, 0x9a},  // sparring
      {0x56, 0xb4, 0xe9},  // collaboration
      {0x9f, 0xa8, 0xb3},  // communication: light, it is the most numerous
      {0xcc, 0x79, 0xa7},  // hr_support
      {0xd5, 0x5e, 0x00},  // political
      {0xe6, 0x9f, 0x00},  // service
      {0x1b, 0x9e, 0x9e},  // network
  };
  if (layer < std::size(kBuiltin)) return kBuiltin[layer];
  return category_color(4 + (layer - std::size(kBuiltin)));
}

Rgb sequential_color(double t) {
  if (std::isnan(t)) return kMissingColor;
  static constexpr Rgb kStops[] = {
      {0xe8, 0xf1, 0xa8}, {0x7f, 0xcd, 0x8b}, {0x2c, 0x9c, 0x9a}, {0x25, 0x5f, 0x9a}, {0x2b, 0x1f, 0x6e}};
  return ramp(kStops, std::size(kStops), t);
}

Rgb diverging_color(double t) {
  if (std::isnan(t)) return kMissingColor;
  static constexpr Rgb kStops[] = {
      {0x21, 0x66, 0xac}, {0x92, 0xc5, 0xde}, {0xe8, 0xe8, 0xe4}, {0xf4, 0xa5, 0x82}, {0xc4, 0x4e, 0x0b}};
  return ramp(kStops, std::size(kStops), (t + 1.0) / 2.0);
}

}  // namespace leadnet::viz
