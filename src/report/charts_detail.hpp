#pragma once
// Small inline SVG charts for the report page (no chart library, nothing loaded): horizontal bars
// (units, levels, people, E-I from -1 to +1) and columns (histograms). Every text is XML-escaped;
// a suppressed bar is drawn as a grey "suppressed" label, never with its value. Deterministic.

#include <limits>
#include <string>
#include <vector>

namespace leadnet::detail {

struct BarItem {
  std::string label;
  double value = std::numeric_limits<double>::quiet_NaN();
  std::string value_text;  // printed at the bar's end
  bool suppressed = false;
  bool highlight = false;  // drawn in the warning colour
  /// A small tick at this value (e.g. the E-I expected at random); NaN: none.
  double reference = std::numeric_limits<double>::quiet_NaN();
  std::string tooltip;
};

struct ChartOptions {
  std::string id;     // element id of the <svg>
  std::string title;  // <title> for screen readers and hover
  /// Axis range; NaN: from 0 to the largest value.
  double min = 0.0;
  double max = std::numeric_limits<double>::quiet_NaN();
  /// A vertical (bars) or horizontal (columns) rule at this value, with a label; NaN: none.
  double rule = std::numeric_limits<double>::quiet_NaN();
  std::string rule_label;
  std::string reference_label;  // legend text for the ticks
  /// Left and right labels of the axis (E-I: "inward" / "outward").
  std::string low_label, high_label;
};

std::string horizontal_bars(const std::vector<BarItem>& items, const ChartOptions& options);
std::string columns(const std::vector<BarItem>& items, const ChartOptions& options);

}  // namespace leadnet::detail
