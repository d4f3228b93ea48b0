#include "leadnet/viz/html_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "io/writer_detail.hpp"
#include "leadnet/viz/svg_writer.hpp"
#include "viz/assets_detail.hpp"

namespace leadnet::viz {

std::string script_safe_json(std::string_view json) {
  std::string s;
  s.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<')
      s += "\\u003c";
    else if (c == '>')
      s += "\\u003e";
    else if (c == '&')
      s += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
             (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      s += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      s += c;
    }
  }
  return s;
}

namespace {

using nlohmann::json;

int idx(std::uint32_t i) { return i == kNone ? -1 : static_cast<int>(i); }

double round2(double x) { return std::round(x * 100.0) / 100.0; }

std::string_view legend_type(ColorLegend::Type t) {
  switch (t) {
    case ColorLegend::Type::categories:
      return "categories";
    case ColorLegend::Type::sequential:
      return "sequential";
    case ColorLegend::Type::diverging:
      return "diverging";
  }
  return "categories";
}

json scene_json(const Scene& s) {
  // Coordinates rescaled into a 1000-unit box and rounded: smaller files, same picture.
  double minx = 0, maxx = 1, miny = 0, maxy = 1;
  if (!s.nodes.empty()) {
    minx = miny = 1e300;
    maxx = maxy = -1e300;
    for (const auto& n : s.nodes) {
      minx = std::min(minx, n.x);
      maxx = std::max(maxx, n.x);
      miny = std::min(miny, n.y);
      maxy = std::max(maxy, n.y);
    }
  }
  const double scale = 1000.0 / std::max({maxx - minx, maxy - miny, 1e-12});

  json j;
  j["title"] = s.title;
  j["subtitle"] = s.subtitle;
  j["kind"] = std::string(scene_kind_name(s.kind));
  j["nodeNoun"] = s.node_noun;
  j["nodeNounOne"] = s.node_noun_one;
  json id = json::array(), label = json::array(), x = json::array(), y = json::array(), r = json::array(),
       color = json::array(), item = json::array(), hl = json::array(), prio = json::array(), always = json::array();
  json facets = json::array(), details = json::array();
  for (std::size_t f = 0; f < s.facets.size(); ++f) facets.push_back(json::array());
  for (std::size_t f = 0; f < s.detail_fields.size(); ++f) details.push_back(json::array());
  for (const auto& n : s.nodes) {
    id.push_back(n.id);
    label.push_back(n.label);
    x.push_back(round2((n.x - minx) * scale));
    y.push_back(round2((n.y - miny) * scale));
    r.push_back(std::max(0.01, round2(n.radius * scale)));
    color.push_back(n.color.hex());
    item.push_back(idx(n.color_item));
    hl.push_back(idx(n.highlight));
    prio.push_back(round2(n.label_priority));
    always.push_back(n.always_label ? 1 : 0);
    for (std::size_t f = 0; f < s.facets.size(); ++f) facets[f].push_back(f < n.facets.size() ? idx(n.facets[f]) : -1);
    for (std::size_t f = 0; f < s.detail_fields.size(); ++f)
      details[f].push_back(f < n.details.size() ? n.details[f] : std::string());
  }
  j["nodes"] = {{"id", id},     {"label", label},   {"x", x},           {"y", y},
                {"r", r},       {"color", color},   {"item", item},     {"hl", hl},
                {"prio", prio}, {"always", always}, {"facets", facets}, {"details", details}};

  json es = json::array(), et = json::array(), el = json::array(), ew = json::array(), eshape = json::array(),
       ehl = json::array(), elabel = json::array(), ebend = json::array();
  for (const auto& e : s.edges) {
    es.push_back(e.source);
    et.push_back(e.target);
    el.push_back(e.layer);
    ew.push_back(round2(e.width));
    eshape.push_back(static_cast<int>(e.shape));
    ehl.push_back(idx(e.highlight));
    elabel.push_back(e.label);
    if (std::isfinite(e.bend))
      ebend.push_back(round2((e.bend - miny) * scale));
    else
      ebend.push_back(nullptr);
  }
  j["edges"] = {{"s", es},         {"t", et},   {"layer", el},     {"w", ew},
                {"shape", eshape}, {"hl", ehl}, {"label", elabel}, {"bend", ebend}};

  json layers = json::array();
  for (const auto& l : s.layers)
    layers.push_back({{"name", l.name},
                      {"description", l.description},
                      {"color", l.color.hex()},
                      {"directed", l.directed},
                      {"edges", l.edges}});
  j["layers"] = layers;
  json highlights = json::array();
  for (const auto& h : s.highlights)
    highlights.push_back(
        {{"label", h.label}, {"description", h.description}, {"color", h.color.hex()}, {"count", h.count}});
  j["highlights"] = highlights;
  json fs = json::array();
  for (const auto& f : s.facets) {
    json parents = json::array();
    for (auto p : f.parents) parents.push_back(idx(p));
    fs.push_back({{"name", f.name}, {"values", f.values}, {"parents", parents}});
  }
  j["facets"] = fs;
  j["detailFields"] = s.detail_fields;
  json guides = json::array();
  for (const auto& g : s.guides) guides.push_back({{"y", round2((g.y - miny) * scale)}, {"label", g.label}});
  j["guides"] = guides;

  const auto& cl = s.color_legend;
  json legend = {
      {"type", std::string(legend_type(cl.type))}, {"title", cl.title}, {"low", cl.low_label}, {"high", cl.high_label}};
  json items = json::array();
  for (const auto& it : cl.items)
    items.push_back({{"label", it.label}, {"color", it.color.hex()}, {"count", it.count}});
  legend["items"] = items;
  json stops = json::array();
  for (int i = 0; i <= 8; ++i) {
    const double t = i / 8.0;
    stops.push_back((cl.type == ColorLegend::Type::diverging ? diverging_color(2 * t - 1) : sequential_color(t)).hex());
  }
  legend["stops"] = stops;
  j["legend"] = legend;
  j["sizeLegend"] = s.size_legend;
  j["labelsBelow"] = s.labels_below;
  j["notes"] = s.notes;
  return j;
}

}  // namespace

void write_html(const Scene& scene, std::ostream& out) {
  const std::string data =
      script_safe_json(scene_json(scene).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  const std::string nonce = leadnet::detail::content_nonce(data);
  // The map's three script parts share one strict function scope: their names stay out of the page's.
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'nonce-" << nonce
      << "'; style-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"generator\" content=\"leadnet " << LEADNET_VERSION << "\">\n"
      << "<title>" << xml_escape(scene.title) << " · " << scene_kind_name(scene.kind) << " map</title>\n"
      << "<style>\n"
      << detail::kMapCss << "</style>\n</head>\n<body>\n"
      << "<header>\n  <div class=\"titles\"><h1 id=\"title\"></h1><p id=\"subtitle\"></p></div>\n"
      << "  <div class=\"tools\">\n"
      << "    <div class=\"search\"><input id=\"search\" type=\"search\" placeholder=\"Search a name…  ( / )\" "
         "autocomplete=\"off\" spellcheck=\"false\" aria-label=\"Search a person\"><ul id=\"search-results\" "
         "class=\"hidden\"></ul></div>\n"
      << "    <button id=\"labels\" type=\"button\">Labels: auto</button>\n"
      << "    <button id=\"reset\" type=\"button\">Reset</button>\n  </div>\n</header>\n"
      << "<main>\n  <div id=\"stage\">\n    <canvas id=\"map\" aria-label=\"Network map\"></canvas>\n"
      << "    <canvas id=\"overlay\" aria-hidden=\"true\"></canvas>\n"
      << "    <div id=\"tooltip\" hidden></div>\n"
      << "    <div id=\"zoom\"><button id=\"zoom-in\" type=\"button\" aria-label=\"Zoom in\">+</button>"
         "<button id=\"zoom-out\" type=\"button\" aria-label=\"Zoom out\">−</button></div>\n"
      << "    <p id=\"status\"></p>\n  </div>\n"
      << "  <aside id=\"panel\">\n"
      << "    <section id=\"selection\" class=\"hidden\"><h2>Selected</h2><p id=\"selected-name\" class=\"hidden\"></p>"
         "<div id=\"selection-body\"></div></section>\n"
      << "    <section id=\"legend\"></section>\n    <section id=\"filters\"></section>\n"
      << "    <section id=\"notes\"></section>\n  </aside>\n</main>\n"
      << "<script type=\"application/json\" id=\"leadnet-data\">" << data << "</script>\n"
      << "<script nonce=\"" << nonce << "\">\n(function () {\n'use strict';\n\n"
      << detail::kMapDataJs << '\n'
      << detail::kMapDrawJs << '\n'
      << detail::kMapUiJs << "})();\n</script>\n</body>\n</html>\n";
}

}  // namespace leadnet::viz
