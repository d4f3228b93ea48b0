#include "leadnet/viz/svg_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <string>
#include <vector>

namespace leadnet::viz {

std::string xml_escape(std::string_view text) {
  std::string s;
  s.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&':
        s += "&amp;";
        break;
      case '<':
        s += "&lt;";
        break;
      case '>':
        s += "&gt;";
        break;
      case '"':
        s += "&quot;";
        break;
      case '\'':
        s += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;  // not allowed in XML
        s += c;
    }
  }
  return s;
}

namespace {

constexpr const char* kFont = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";
constexpr const char* kInk = "#1d2733";
constexpr const char* kMuted = "#5b6672";
constexpr const char* kBackground = "#fbfaf7";

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (s == "-0") s = "0";
  return s;
}

std::size_t codepoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

double text_width(std::string_view s, double font_size) {
  return 0.56 * font_size * static_cast<double>(codepoints(s));
}

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// Maps layout units into the plot rectangle, keeping the aspect ratio.
struct Frame {
  double scale = 1.0, ox = 0.0, oy = 0.0;
  double x(double lx) const { return ox + lx * scale; }
  double y(double ly) const { return oy + ly * scale; }
};

std::string truncate(std::string_view s, std::size_t max_chars) {
  if (codepoints(s) <= max_chars) return std::string(s);
  std::string r;
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > max_chars - 1) break;
    r += c;
  }
  return r + "…";
}

void edge_path(std::string& d, const Frame& f, const SceneNode& a, const SceneNode& b, EdgeShape shape, double bend) {
  const double x1 = f.x(a.x), y1 = f.y(a.y), x2 = f.x(b.x), y2 = f.y(b.y);
  switch (shape) {
    case EdgeShape::line:
      d += "M" + num(x1) + " " + num(y1) + "L" + num(x2) + " " + num(y2);
      break;
    case EdgeShape::elbow: {
      // From the upper end down to the lower one: down, across, down.
      const bool a_up = y1 <= y2;
      const double ux = a_up ? x1 : x2, uy = a_up ? y1 : y2, lx = a_up ? x2 : x1, ly = a_up ? y2 : y1;
      const double mid = std::isfinite(bend) ? f.y(bend) : uy + 0.5 * (ly - uy);
      d += "M" + num(ux) + " " + num(uy) + "V" + num(mid) + "H" + num(lx) + "V" + num(ly);
      break;
    }
    case EdgeShape::arc: {
      const double mx = 0.5 * (x1 + x2), my = 0.5 * (y1 + y2);
      const double cx = mx - 0.18 * (y2 - y1), cy = my + 0.18 * (x2 - x1);
      d += "M" + num(x1) + " " + num(y1) + "Q" + num(cx) + " " + num(cy) + " " + num(x2) + " " + num(y2);
      break;
    }
  }
}

// Words of `text` in lines no wider than `width` at `font_size` (a word longer than a line gets
// its own line).
std::vector<std::string> wrap(std::string_view text, double font_size, double width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t j = std::min(text.find(' ', i), text.size());
    const std::string_view word = text.substr(i, j - i);
    const std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (!line.empty() && text_width(candidate, font_size) > width) {
      lines.push_back(line);
      line = std::string(word);
    } else {
      line = candidate;
    }
    i = j + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

void legend_heading(std::ostream& out, double x, double& y, std::string_view text) {
  y += 26;
  out << "<text x=\"" << num(x) << "\" y=\"" << num(y) << "\" font-size=\"13\" font-weight=\"700\" fill=\"" << kInk
      << "\" letter-spacing=\"0.5\">" << xml_escape(text) << "</text>\n";
  y += 8;
}

void write_legend(const Scene& s, std::ostream& out, double x, double y, double width) {
  const auto& cl = s.color_legend;
  if (!cl.title.empty()) {
    legend_heading(out, x, y, cl.title);
    if (cl.type == ColorLegend::Type::categories) {
      const std::size_t shown = std::min<std::size_t>(cl.items.size(), 24);
      for (std::size_t i = 0; i < shown; ++i) {
        y += 21;
        out << "<circle cx=\"" << num(x + 7) << "\" cy=\"" << num(y - 4) << "\" r=\"6.5\" fill=\""
            << cl.items[i].color.hex() << "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
        out << "<text x=\"" << num(x + 22) << "\" y=\"" << num(y) << "\" font-size=\"13\" fill=\"" << kInk << "\">"
            << xml_escape(truncate(cl.items[i].label, 30)) << "</text>";
        out << "<text x=\"" << num(x + width) << "\" y=\"" << num(y) << "\" font-size=\"12\" fill=\"" << kMuted
            << "\" text-anchor=\"end\">" << cl.items[i].count << "</text>\n";
      }
      if (cl.items.size() > shown) {
        y += 21;
        out << "<text x=\"" << num(x + 22) << "\" y=\"" << num(y) << "\" font-size=\"12\" fill=\"" << kMuted
            << "\">and " << cl.items.size() - shown << " more</text>\n";
      }
    } else {
      y += 12;
      const int steps = 24;
      for (int i = 0; i < steps; ++i) {
        const double t = static_cast<double>(i) / (steps - 1);
        const Rgb c = cl.type == ColorLegend::Type::sequential ? sequential_color(t) : diverging_color(2 * t - 1);
        out << "<rect x=\"" << num(x + i * width / steps) << "\" y=\"" << num(y - 10) << "\" width=\""
            << num(width / steps + 0.5) << "\" height=\"12\" fill=\"" << c.hex() << "\"/>";
      }
      y += 18;
      out << "\n<text x=\"" << num(x) << "\" y=\"" << num(y) << "\" font-size=\"12\" fill=\"" << kMuted << "\">"
          << xml_escape(cl.low_label) << "</text>";
      out << "<text x=\"" << num(x + width) << "\" y=\"" << num(y) << "\" font-size=\"12\" fill=\"" << kMuted
          << "\" text-anchor=\"end\">" << xml_escape(cl.high_label) << "</text>\n";
    }
  }
  if (!s.size_legend.empty()) {
    y += 8;
    for (const auto& line : wrap(s.size_legend, 13, width)) {
      y += 18;
      out << "<text x=\"" << num(x) << "\" y=\"" << num(y) << "\" font-size=\"13\" fill=\"" << kInk << "\">"
          << xml_escape(line) << "</text>\n";
    }
  }
  if (!s.highlights.empty()) {
    legend_heading(out, x, y, "Marked");
    for (const auto& h : s.highlights) {
      y += 21;
      out << "<line x1=\"" << num(x) << "\" y1=\"" << num(y - 4) << "\" x2=\"" << num(x + 16) << "\" y2=\""
          << num(y - 4) << "\" stroke=\"" << h.color.hex() << "\" stroke-width=\"2.5\" stroke-dasharray=\"5 3\"/>";
      out << "<text x=\"" << num(x + 22) << "\" y=\"" << num(y) << "\" font-size=\"13\" fill=\"" << kInk << "\">"
          << xml_escape(h.label) << " (" << h.count << ")</text>\n";
      for (const auto& line : wrap(h.description, 11, width - 22)) {
        y += 15;
        out << "<text x=\"" << num(x + 22) << "\" y=\"" << num(y) << "\" font-size=\"11\" fill=\"" << kMuted << "\">"
            << xml_escape(line) << "</text>\n";
      }
    }
  }
  if (!s.layers.empty()) {
    legend_heading(out, x, y, "Ties");
    for (const auto& l : s.layers) {
      y += 21;
      out << "<line x1=\"" << num(x) << "\" y1=\"" << num(y - 4) << "\" x2=\"" << num(x + 16) << "\" y2=\""
          << num(y - 4) << "\" stroke=\"" << l.color.hex() << "\" stroke-width=\"2.5\"/>";
      out << "<text x=\"" << num(x + 22) << "\" y=\"" << num(y) << "\" font-size=\"13\" fill=\"" << kInk << "\">"
          << xml_escape(truncate(l.name, 28)) << "</text>";
      out << "<text x=\"" << num(x + width) << "\" y=\"" << num(y) << "\" font-size=\"12\" fill=\"" << kMuted
          << "\" text-anchor=\"end\">" << l.edges << "</text>\n";
    }
  }
}

}  // namespace

void write_svg(const Scene& s, const SvgOptions& opt, std::ostream& out) {
  const double W = opt.width;
  const double legend_w = 270, margin = 36, top = 112, bottom = 40 + 18.0 * static_cast<double>(s.notes.size());
  const double plot_w = W - legend_w - 3 * margin;

  // Bounds of the drawing in layout units (with radii).
  double minx = 0, maxx = 1, miny = 0, maxy = 1;
  if (!s.nodes.empty()) {
    minx = miny = 1e300;
    maxx = maxy = -1e300;
    for (const auto& n : s.nodes) {
      minx = std::min(minx, n.x - n.radius);
      maxx = std::max(maxx, n.x + n.radius);
      miny = std::min(miny, n.y - n.radius);
      maxy = std::max(maxy, n.y + n.radius);
    }
  }
  const double bw = std::max(maxx - minx, 1e-9), bh = std::max(maxy - miny, 1e-9);
  const double plot_h = std::clamp(plot_w * bh / bw, 560.0, 1400.0);
  Frame f;
  f.scale = std::min(plot_w / bw, plot_h / bh);
  f.ox = margin + 0.5 * (plot_w - bw * f.scale) - minx * f.scale;
  f.oy = top + 0.5 * (plot_h - bh * f.scale) - miny * f.scale;
  const double H = top + plot_h + bottom;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << num(W) << "\" height=\"" << num(H)
      << "\" viewBox=\"0 0 " << num(W) << " " << num(H) << "\" font-family=\"" << kFont << "\">\n";
  out << "<title>" << xml_escape(s.title) << "</title>\n";
  out << "<rect width=\"100%\" height=\"100%\" fill=\"" << kBackground << "\"/>\n";
  out << "<text x=\"" << num(margin) << "\" y=\"52\" font-size=\"30\" font-weight=\"700\" fill=\"" << kInk << "\">"
      << xml_escape(s.title) << "</text>\n";
  out << "<text x=\"" << num(margin) << "\" y=\"82\" font-size=\"16\" fill=\"" << kMuted << "\">"
      << xml_escape(s.subtitle) << "</text>\n";

  // Guides (formal levels): faint lines across with a label on the left.
  for (const auto& g : s.guides) {
    const double gy = f.y(g.y);
    out << "<line x1=\"" << num(margin) << "\" y1=\"" << num(gy) << "\" x2=\"" << num(margin + plot_w) << "\" y2=\""
        << num(gy) << "\" stroke=\"#e3e0d8\" stroke-width=\"1\"/>";
    out << "<text x=\"" << num(margin - 28) << "\" y=\"" << num(gy + 4) << "\" font-size=\"11\" fill=\"" << kMuted
        << "\">" << xml_escape(g.label) << "</text>\n";
  }
  // Ties: one path per (layer, width), faint when there are many.
  std::map<std::pair<std::uint32_t, long>, std::string> paths;
  for (const auto& e : s.edges) {
    if (e.highlight != kNone) continue;
    edge_path(paths[{e.layer, std::lround(e.width * 10)}], f, s.nodes[e.source], s.nodes[e.target], e.shape, e.bend);
  }
  const double opacity = std::clamp(18.0 / std::sqrt(static_cast<double>(s.edges.size()) + 1.0), 0.10, 0.55);
  char alpha[16];
  std::snprintf(alpha, sizeof alpha, "%.2f", opacity);
  out << "<g fill=\"none\" stroke-linecap=\"round\" stroke-opacity=\"" << alpha << "\">\n";
  for (const auto& [key, d] : paths) {
    out << "<path stroke=\"" << s.layers[key.first].color.hex() << "\" stroke-width=\"" << num(key.second / 10.0)
        << '"';
    // On an org chart the formal lines lead; dialogue arcs stay in the background.
    if (s.kind == SceneKind::chain && s.layers[key.first].name != "reports_to") out << " stroke-opacity=\"0.5\"";
    out << " d=\"" << d << "\"/>\n";
  }
  out << "</g>\n";
  // Marked ties on top, dashed in their mark's colour.
  for (std::size_t h = 0; h < s.highlights.size(); ++h) {
    std::string d;
    for (const auto& e : s.edges)
      if (e.highlight == h) edge_path(d, f, s.nodes[e.source], s.nodes[e.target], e.shape, e.bend);
    if (d.empty()) continue;
    out << "<path fill=\"none\" stroke=\"" << s.highlights[h].color.hex()
        << "\" stroke-width=\"2.2\" stroke-dasharray=\"6 4\" stroke-linecap=\"round\" d=\"" << d << "\"/>\n";
  }

  // Nodes, small ones first so that large ones stay visible.
  std::vector<std::size_t> order(s.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return s.nodes[a].radius < s.nodes[b].radius; });
  const bool tooltips = s.nodes.size() <= opt.tooltips_up_to;
  out << "<g stroke=\"#ffffff\" stroke-width=\"0.8\">\n";
  for (auto i : order) {
    const auto& n = s.nodes[i];
    const double r = std::max(1.2, n.radius * f.scale);
    if (n.highlight != kNone)
      out << "<circle cx=\"" << num(f.x(n.x)) << "\" cy=\"" << num(f.y(n.y)) << "\" r=\"" << num(r + 3)
          << "\" fill=\"none\" stroke=\"" << s.highlights[n.highlight].color.hex() << "\" stroke-width=\"2.2\"/>";
    out << "<circle cx=\"" << num(f.x(n.x)) << "\" cy=\"" << num(f.y(n.y)) << "\" r=\"" << num(r) << "\" fill=\""
        << n.color.hex() << "\"";
    if (tooltips)
      out << "><title>" << xml_escape(n.label) << "</title></circle>\n";
    else
      out << "/>\n";
  }
  out << "</g>\n";

  // Labels: by priority, skipping any that would overlap a placed one.
  std::vector<std::size_t> by_priority(s.nodes.size());
  std::iota(by_priority.begin(), by_priority.end(), 0);
  std::stable_sort(by_priority.begin(), by_priority.end(), [&](auto a, auto b) {
    if (s.nodes[a].always_label != s.nodes[b].always_label) return s.nodes[a].always_label;
    return s.nodes[a].label_priority > s.nodes[b].label_priority;
  });
  // When the scene names its key nodes (managers on an org chart, unit bubbles), the static
  // picture labels only those; otherwise the highest priorities up to max_labels.
  const bool only_always =
      std::any_of(s.nodes.begin(), s.nodes.end(), [](const SceneNode& n) { return n.always_label; });
  std::vector<Box> placed;
  std::size_t labels = 0;
  // Names do not cover the dots of the people important enough to be named at the overview
  // (leaders, politicians, marked people; the interactive map's rule): the core of their discs
  // is taken first. Unit bubbles carry names inside and stay free.
  if (s.kind != SceneKind::units)
    for (const auto& n : s.nodes) {
      const double r = n.radius * f.scale;
      if (n.label_priority < 1.2 || r < 4) continue;
      const double c = 0.7 * r, cx = f.x(n.x), cy = f.y(n.y);
      placed.push_back({cx - c, cy - c, cx + c, cy + c});
    }
  out << "<g font-size=\"12\" fill=\"" << kInk << "\" stroke=\"" << kBackground
      << "\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n";
  for (auto i : by_priority) {
    if (!s.nodes[i].always_label && (only_always || labels >= opt.max_labels)) break;
    const auto& n = s.nodes[i];
    if (n.label.empty()) continue;
    const std::string text = truncate(n.label, 28);
    const double r = std::max(1.2, n.radius * f.scale);
    const double cx = f.x(n.x), cy = f.y(n.y);
    // A unit bubble large enough carries its name inside, larger (as the interactive map does).
    double fs = n.always_label ? 13 : 12;
    const double fs_inside = std::clamp(r / 3.2, 11.0, 16.0);
    const bool inside = s.kind == SceneKind::units && 2 * r > text_width(text, fs_inside) + 8;
    if (inside) fs = fs_inside;
    // Under a node (org charts), a name takes two lines.
    std::pair<std::string, std::string> lines{text, ""};
    if (s.labels_below) lines = split_label(text);
    const double w = std::max(text_width(lines.first, fs), text_width(lines.second, fs));
    const double lh = lines.second.empty() ? fs : 2 * fs;
    // Beside the node on the right, else on the left, else below (org charts: below first).
    const Box right{cx + r + 3, cy - lh * 0.5, cx + r + 3 + w, cy + lh * 0.5};
    const Box left{cx - r - 3 - w, cy - lh * 0.5, cx - r - 3, cy + lh * 0.5};
    const Box below{cx - w / 2, cy + r + 2, cx + w / 2, cy + r + 2 + lh};
    const Box centre{cx - w / 2, cy - lh * 0.5, cx + w / 2, cy + lh * 0.5};
    const Box candidates[3] = {inside           ? centre
                               : s.labels_below ? below
                                                : right,
                               s.labels_below ? right : left, s.labels_below ? left : below};
    int chosen = -1;
    for (int c = 0; c < 3 && chosen < 0; ++c) {
      if (candidates[c].x0 < 4 || candidates[c].x1 > W - legend_w - margin || candidates[c].y0 < top - 10 ||
          candidates[c].y1 > top + plot_h + 20)
        continue;  // would leave the drawing
      bool free = true;
      for (const auto& b : placed)
        if (b.overlaps(candidates[c])) {
          free = false;
          break;
        }
      if (free) chosen = c;
    }
    if (chosen < 0) continue;  // labels never overlap
    const Box& b = candidates[chosen];
    placed.push_back(b);
    ++labels;
    const std::string weight = inside           ? " font-size=\"" + num(fs) + "\" font-weight=\"700\""
                               : n.always_label ? std::string(" font-size=\"13\" font-weight=\"700\"")
                                                : std::string();
    if (lines.second.empty()) {
      out << "<text x=\"" << num(inside ? cx : b.x0) << "\" y=\"" << num(b.y1 - fs * 0.18) << "\""
          << (inside ? " text-anchor=\"middle\"" : "") << weight << ">" << xml_escape(text) << "</text>\n";
    } else {
      const double mx = 0.5 * (b.x0 + b.x1);
      out << "<text text-anchor=\"middle\"" << weight << "><tspan x=\"" << num(mx) << "\" y=\"" << num(b.y0 + fs * 0.82)
          << "\">" << xml_escape(lines.first) << "</tspan><tspan x=\"" << num(mx) << "\" y=\"" << num(b.y0 + fs * 1.82)
          << "\">" << xml_escape(lines.second) << "</tspan></text>\n";
    }
  }
  out << "</g>\n";

  // Legend panel.
  const double lx = W - legend_w - margin;
  out << "<g>\n";
  write_legend(s, out, lx, top - 20, legend_w - 10);
  out << "</g>\n";
  double ny = H - bottom + 26;
  for (const auto& note : s.notes) {
    out << "<text x=\"" << num(margin) << "\" y=\"" << num(ny) << "\" font-size=\"12\" fill=\"" << kMuted << "\">"
        << xml_escape(note) << "</text>\n";
    ny += 18;
  }
  out << "</svg>\n";
}

}  // namespace leadnet::viz
