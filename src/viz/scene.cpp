#include "leadnet/viz/scene.hpp"

#include <cmath>
#include <vector>

namespace leadnet::viz {

std::string_view scene_kind_name(SceneKind kind) {
  switch (kind) {
    case SceneKind::people:
      return "people";
    case SceneKind::chain:
      return "chain";
    case SceneKind::units:
      return "units";
  }
  return "people";
}

std::pair<std::string, std::string> split_label(std::string_view label) {
  // Character (code point) positions of the spaces, and the length in characters.
  std::size_t chars = 0, best = std::string_view::npos;
  std::vector<std::pair<std::size_t, std::size_t>> spaces;  // (byte, char)
  for (std::size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;
    if (label[i] == ' ') spaces.emplace_back(i, chars);
    ++chars;
  }
  double best_distance = 1e300;
  for (const auto& [byte, ch] : spaces) {
    const double d = std::fabs(static_cast<double>(ch) - 0.5 * static_cast<double>(chars));
    if (d < best_distance) {
      best_distance = d;
      best = byte;
    }
  }
  if (best == std::string_view::npos) return {std::string(label), {}};
  return {std::string(label.substr(0, best)), std::string(label.substr(best + 1))};
}

}  // namespace leadnet::viz
