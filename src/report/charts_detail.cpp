#include "report/charts_detail.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "leadnet/viz/svg_writer.hpp"

namespace leadnet::detail {

namespace {

using viz::xml_escape;

constexpr const char* kBar = "#4477aa";
constexpr const char* kWarn = "#d52a1e";
constexpr const char* kInward = "#3b6fb6";
constexpr const char* kOutward = "#e08a1e";

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

// Cuts a label to `max` characters (UTF-8 aware), adding an ellipsis.
std::string shorten(const std::string& s, std::size_t max) {
  std::size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max - 1) break;
      ++chars;
    }
  }
  if (i >= s.size()) return s;
  // Is anything left beyond one more character?
  std::size_t rest = 0;
  for (std::size_t j = i; j < s.size(); ++j)
    if ((static_cast<unsigned char>(s[j]) & 0xC0) != 0x80) ++rest;
  return rest <= 1 ? s : s.substr(0, i) + "…";
}

double axis_max(const std::vector<BarItem>& items, const ChartOptions& o) {
  if (std::isfinite(o.max)) return o.max;
  double m = 0.0;
  for (const auto& it : items)
    if (!it.suppressed && std::isfinite(it.value)) m = std::max(m, it.value);
  if (std::isfinite(o.rule)) m = std::max(m, o.rule);
  return m > 0 ? m : 1.0;
}

std::string open_svg(const ChartOptions& o, double w, double h) {
  std::string s = "<svg class=\"chart\" id=\"" + xml_escape(o.id) + "\" viewBox=\"0 0 " + num(w) + ' ' + num(h) +
                  "\" width=\"" + num(w) + "\" role=\"img\" aria-label=\"" + xml_escape(o.title) + "\">";
  s += "<title>" + xml_escape(o.title) + "</title>";
  return s;
}

std::string text(double x, double y, const std::string& s, const char* anchor, const char* cls) {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">" +
         xml_escape(s) + "</text>";
}

}  // namespace

std::string horizontal_bars(const std::vector<BarItem>& items, const ChartOptions& o) {
  const double label_w = 170, bar_w = 250, value_w = 130, row = 24, top = 8;
  const double w = label_w + bar_w + value_w;
  const bool legend = !o.low_label.empty() || !o.reference_label.empty() || std::isfinite(o.rule);
  const double h = top + row * static_cast<double>(items.size()) + (legend ? 30 : 8);
  const double lo = o.min, hi = axis_max(items, o);
  const auto xpos = [&](double v) { return label_w + bar_w * (std::clamp(v, lo, hi) - lo) / (hi - lo); };
  const double zero = xpos(std::clamp(0.0, lo, hi));
  std::string s = open_svg(o, w, h);
  s += "<line x1=\"" + num(zero) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(zero) + "\" y2=\"" +
       num(top + row * static_cast<double>(items.size())) + "\" class=\"axis\"/>";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const BarItem& it = items[i];
    const double y = top + row * static_cast<double>(i);
    s += "<g class=\"bar\"><title>" + xml_escape(it.tooltip.empty() ? it.label : it.tooltip) + "</title>";
    s += text(label_w - 8, y + row * 0.68, shorten(it.label, 24), "end", "label");
    if (it.suppressed) {
      s += text(zero + 6, y + row * 0.68, "suppressed", "start", "muted");
    } else if (std::isfinite(it.value)) {
      const double x = xpos(it.value);
      const char* fill = it.highlight ? kWarn : lo < 0 ? (it.value < 0 ? kInward : kOutward) : kBar;
      s += "<rect x=\"" + num(std::min(x, zero)) + "\" y=\"" + num(y + 3) + "\" width=\"" +
           num(std::max(std::abs(x - zero), 1.0)) + "\" height=\"" + num(row - 7) + "\" fill=\"" + fill + "\"/>";
      if (std::isfinite(it.reference)) {
        const double rx = xpos(it.reference);
        s += "<line x1=\"" + num(rx) + "\" y1=\"" + num(y + 1) + "\" x2=\"" + num(rx) + "\" y2=\"" + num(y + row - 2) +
             "\" class=\"reference\"/>";
      }
      const double tx = lo < 0 ? label_w + bar_w + 8 : std::max(x, zero) + 6;
      s += text(tx, y + row * 0.68, it.value_text, "start", "value");
    } else {
      s += text(zero + 6, y + row * 0.68, it.value_text.empty() ? "no value" : it.value_text, "start", "muted");
    }
    s += "</g>";
  }
  const double base = top + row * static_cast<double>(items.size());
  if (std::isfinite(o.rule)) {
    const double x = xpos(o.rule);
    s += "<line x1=\"" + num(x) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(x) + "\" y2=\"" + num(base) +
         "\" class=\"rule\"/>";
    s += text(x, base + 16, o.rule_label, "middle", "rule-label");
  }
  if (!o.low_label.empty()) s += text(label_w, base + 16, o.low_label, "start", "muted");
  if (!o.high_label.empty()) s += text(label_w + bar_w, base + 16, o.high_label, "end", "muted");
  if (!o.reference_label.empty()) s += text(label_w + bar_w + 8, base + 16, "| " + o.reference_label, "start", "muted");
  s += "</svg>";
  return s;
}

std::string columns(const std::vector<BarItem>& items, const ChartOptions& o) {
  const double w = 560, h = 230, left = 10, bottom = 40, top = 20;
  const double plot_h = h - bottom - top;
  const double hi = axis_max(items, o);
  const double slot = (w - left - 10) / std::max<double>(1.0, static_cast<double>(items.size()));
  const auto ypos = [&](double v) { return top + plot_h * (1.0 - std::clamp(v, 0.0, hi) / hi); };
  std::string s = open_svg(o, w, h);
  s += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + plot_h) + "\" x2=\"" + num(w - 10) + "\" y2=\"" +
       num(top + plot_h) + "\" class=\"axis\"/>";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const BarItem& it = items[i];
    const double x = left + slot * static_cast<double>(i);
    s += "<g class=\"bar\"><title>" + xml_escape(it.tooltip.empty() ? it.label + ": " + it.value_text : it.tooltip) +
         "</title>";
    if (it.suppressed) {
      s += text(x + slot / 2, top + plot_h - 6, "suppressed", "middle", "muted");
    } else if (std::isfinite(it.value)) {
      const double y = ypos(it.value);
      s += "<rect x=\"" + num(x + slot * 0.15) + "\" y=\"" + num(y) + "\" width=\"" + num(slot * 0.7) + "\" height=\"" +
           num(std::max(top + plot_h - y, it.value > 0 ? 1.0 : 0.0)) + "\" fill=\"" + (it.highlight ? kWarn : kBar) +
           "\"/>";
      s += text(x + slot / 2, y - 4, it.value_text, "middle", "value");
    }
    s += text(x + slot / 2, top + plot_h + 16, shorten(it.label, 12), "middle", "label");
    s += "</g>";
  }
  if (std::isfinite(o.rule)) {
    const double y = ypos(o.rule);
    s += "<line x1=\"" + num(left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(w - 10) + "\" y2=\"" + num(y) +
         "\" class=\"rule\"/>";
    s += text(w - 12, y - 4, o.rule_label, "end", "rule-label");
  }
  if (!o.low_label.empty()) s += text(left, h - 6, o.low_label, "start", "muted");
  s += "</svg>";
  return s;
}

}  // namespace leadnet::detail
