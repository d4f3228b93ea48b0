// index.html: one self-contained page (nothing loaded from anywhere): the key findings in plain
// words first, then charts drawn here as inline SVG, then the maps of the viz library in tabs,
// then how to read it all. A Content-Security-Policy allows only the page's own inline scripts
// (by nonce, the maps' included) and no network access.

#include <cmath>
#include <cstdio>
#include <map>
#include <ostream>
#include <sstream>

#include "leadnet/viz/html_writer.hpp"
#include "leadnet/viz/svg_writer.hpp"
#include "io/writer_detail.hpp"
#include "report/analyze_detail.hpp"
#include "report/analyze_writers_detail.hpp"
#include "report/charts_detail.hpp"

namespace leadnet::detail {

extern const char kReportJs[];
extern const char kReportCss[];

namespace {

using viz::xml_escape;

std::string base64(std::string_view in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const auto n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                   static_cast<unsigned char>(in[i + 2]);
    out += t[(n >> 18) & 63];
    out += t[(n >> 12) & 63];
    out += t[(n >> 6) & 63];
    out += t[n & 63];
  }
  if (i < in.size()) {
    const bool two = i + 1 < in.size();
    const auto n = (static_cast<unsigned char>(in[i]) << 16) | (two ? static_cast<unsigned char>(in[i + 1]) << 8 : 0);
    out += t[(n >> 18) & 63];
    out += t[(n >> 12) & 63];
    out += two ? t[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// The nonce a map page gives its own script (its CSP allows only that one).
std::string map_nonce(const std::string& html) {
  const std::string key = "<script nonce=\"";
  const auto at = html.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  return html.substr(start, html.find('"', start) - start);
}

struct EmbeddedMap {
  std::string key, title, caption, html, nonce;
};

class Page {
 public:
  Page(const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov) : g_(g), r_(r), prov_(prov) {}

  void write(std::ostream& out) {
    std::vector<EmbeddedMap> maps = embed_maps();
    std::string body;
    body += header();
    body += nav(!maps.empty());
    body += "<main class=\"report\">\n";
    body += privacy();
    body += findings();
    body += charts();
    body += maps_section(maps);
    body += method();
    body += "</main>\n";

    std::string map_json = "{\"maps\":[";
    for (std::size_t i = 0; i < maps.size(); ++i) {
      map_json += (i ? "," : "") + std::string("{\"key\":\"") + maps[i].key + "\",\"title\":\"" + json_text(maps[i].title) +
                  "\",\"html\":\"" + base64(maps[i].html) + "\"}";
    }
    map_json += "]}";
    const std::string nonce = content_nonce(body + map_json);
    std::string script_src = "'nonce-" + nonce + "'";
    for (const auto& m : maps)
      if (!m.nonce.empty()) script_src += " 'nonce-" + m.nonce + "'";

    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src " << script_src
        << "; style-src 'unsafe-inline'; img-src data:; frame-src 'self'\">\n"
        << "<meta name=\"generator\" content=\"leadnet " << LEADNET_VERSION << "\">\n"
        << "<title>" << xml_escape(name()) << " · leadnet report</title>\n"
        << "<style>\n" << kReportCss << "</style>\n</head>\n<body>\n"
        << body << "<script type=\"application/json\" id=\"leadnet-maps\">" << map_json << "</script>\n"
        << "<script nonce=\"" << nonce << "\">\n" << kReportJs << "</script>\n</body>\n</html>\n";
  }

 private:
  std::string name() const {
    if (!g_.meta().name.empty()) return g_.meta().name;
    return prov_.dataset.empty() ? std::string("Organisation") : prov_.dataset;
  }
  std::uint32_t k() const { return r_.suppression.min_group_size; }
  bool persons() const { return r_.options.privacy.person_level; }

  static std::string json_text(const std::string& s) {
    std::string o;
    for (char c : s) {
      if (c == '"' || c == '\\') o += '\\';
      if (c == '<') {
        o += "\\u003c";
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) continue;
      o += c;
    }
    return o;
  }

  std::string header() const {
    const OrgSummary& s = r_.summary;
    std::vector<std::string> facts;
    facts.push_back(count_of(s.nodes, "person", "people"));
    facts.push_back(count_of(s.people_by_role[static_cast<std::size_t>(Role::leader)], "leader", "leaders"));
    if (s.units > 0) facts.push_back(count_of(s.units, "unit", "units"));
    if (s.formal.layers > 0) facts.push_back(count_of(s.formal.layers, "formal level", "formal levels"));
    facts.push_back(count_of(s.ties, "tie", "ties") + " in " + count_of(s.layers.size(), "layer", "layers"));
    std::string line;
    for (std::size_t i = 0; i < facts.size(); ++i) line += (i ? " · " : "") + facts[i];
    return "<header class=\"top\"><h1 id=\"org-name\">" + xml_escape(name()) + "</h1><p>" + xml_escape(line) +
           "</p><p>Report by leadnet " + LEADNET_VERSION + " · seed " + std::to_string(prov_.seed) +
           " · input SHA-256 <code>" + prov_.input.sha256.substr(0, 16) + "…</code></p></header>\n";
  }

  static std::string nav(bool maps) {
    std::string s = "<nav class=\"sections\"><a href=\"#findings\">Findings</a><a href=\"#charts\">Charts</a>";
    if (maps) s += "<a href=\"#maps\">Maps</a>";
    return s + "<a href=\"#method\">How to read this report</a></nav>\n";
  }

  std::string privacy() const {
    const PrivacyOptions& p = r_.options.privacy;
    std::vector<std::string> lines;
    if (p.pseudonymized)
      lines.push_back("Names and ids are replaced by pseudonyms (a keyed hash; the key is not in this report), and the "
                      "data's extra personal attributes are left out.");
    if (!p.person_level)
      lines.push_back("Person-level output is off: no per-person tables, names, ids or labels; maps show roles only.");
    if (k() > 1) {
      std::string s = "Minimum group size " + std::to_string(k()) + ": figures of any unit, silo, level or pair computed "
                      "over fewer than " + std::to_string(k()) + " people are suppressed";
      if (r_.suppression.any())
        s += " (here " + count_of(r_.suppression.units_suppressed, "unit", "units") + ", " +
             count_of(r_.suppression.silos_suppressed, "silo", "silos") + " and " +
             count_of(r_.suppression.levels_suppressed, "level", "levels") + ", and " +
             count_of(r_.suppression.groups_suppressed, "group", "groups") +
             " with their pairs in the silo figures, including those suppressed so that no small group's figure "
             "follows by subtraction)";
      else
        s += " (no group here is that small)";
      lines.push_back(s + ".");
    } else {
      lines.push_back("No minimum group size: figures of small units are shown (--min-group-size 0).");
    }
    std::string html = "<section id=\"privacy\" class=\"privacy\">";
    for (const auto& l : lines) html += "<p>" + xml_escape(l) + "</p>";
    return html + "</section>\n";
  }

  std::string findings() const {
    static const char* kTag[] = {"note", "look", "act"};
    std::string s = "<section id=\"findings\"><h2>Key findings</h2>\n";
    if (r_.findings.empty()) s += "<p>No analysis produced a finding (see the stages below).</p>";
    s += "<ol class=\"findings\">\n";
    for (const Finding& f : r_.findings) {
      s += "<li class=\"finding sev-" + std::to_string(f.severity) + "\" data-id=\"" + xml_escape(f.id) + "\">";
      s += "<p class=\"headline\"><span class=\"tag\">" + std::string(kTag[std::clamp(f.severity, 0, 2)]) + "</span>" +
           xml_escape(f.headline) + "</p>";
      if (!f.detail.empty()) s += "<p class=\"detail\">" + xml_escape(f.detail) + "</p>";
      s += "</li>\n";
    }
    return s + "</ol></section>\n";
  }

  static std::string figure(const std::string& title, const std::string& what, const std::string& svg) {
    return "<figure class=\"chart-box\"><figcaption>" + xml_escape(title) + "</figcaption><p class=\"what\">" +
           xml_escape(what) + "</p>" + svg + "</figure>\n";
  }

  std::string span_chart() const {
    const ChainResult& c = *r_.chain;
    std::vector<BarItem> items;
    std::uint32_t lower = 1;
    for (std::size_t b = 0; b < kSpanBuckets; ++b) {
      BarItem it;
      it.label = span_bucket_label(b);
      it.value = static_cast<double>(c.span_histogram[b]);
      it.value_text = group_digits(c.span_histogram[b]);
      it.highlight = kSpanBucketUpper[b] > c.span_limit && lower > 0;
      it.tooltip = it.label + " direct reports: " + count_of(c.span_histogram[b], "manager", "managers");
      lower = kSpanBucketUpper[b] + 1;
      items.push_back(it);
    }
    ChartOptions o;
    o.id = "chart-span";
    o.title = "Managers by number of direct reports";
    o.low_label = "direct reports (red: over the span limit of " + std::to_string(c.span_limit) + ")";
    return figure("Span of control",
                  "Managers by their number of direct reports; red buckets lie over the span limit (" +
                      std::to_string(c.span_limit) + ").",
                  columns(items, o));
  }

  std::string gap_charts() const {
    const ChainResult& c = *r_.chain;
    const UnitTree& units = g_.units();
    // Silos: the chain's unit counts summed over each silo.
    std::map<UnitId, std::pair<std::uint64_t, std::uint64_t>> by_silo;  // ties, gaps
    for (const ChainUnit& cu : c.units) {
      const UnitId s = units.ancestor_at_depth(cu.unit, r_.options.unit_depth);
      auto& [ties, gaps] = by_silo[s];
      ties += cu.counts.formal_ties;
      gaps += cu.counts.chain_gaps;
    }
    std::vector<BarItem> silo_items;
    for (const auto& [u, tg] : by_silo) {
      if (tg.first == 0) continue;
      BarItem it;
      it.label = units[u].name;
      it.suppressed = u < r_.suppression.silo.size() && r_.suppression.silo[u];
      it.value = static_cast<double>(tg.second) / static_cast<double>(tg.first);
      it.value_text = percent(it.value) + " (" + group_digits(tg.second) + " of " + group_digits(tg.first) + ")";
      it.highlight = it.value >= 0.10;
      it.tooltip = units.path_name(u);
      silo_items.push_back(it);
    }
    std::vector<BarItem> level_items;
    for (std::size_t i = 0; i < c.levels.size(); ++i) {
      const ChainLevel& l = c.levels[i];
      BarItem it;
      it.label = "Level " + std::to_string(l.depth) + (l.depth == 0 ? " (top)" : "");
      it.suppressed = i < r_.suppression.level.size() && r_.suppression.level[i];
      it.value = l.counts.gap_rate();
      it.value_text = l.counts.formal_ties == 0 ? "no line up"
                                                : percent(it.value) + " (" + group_digits(l.counts.chain_gaps) +
                                                      " of " + group_digits(l.counts.formal_ties) + ")";
      it.highlight = it.value >= 0.10;
      level_items.push_back(it);
    }
    // The axis ends at the next 10 % above the largest rate shown.
    double top = 0.1;
    for (const auto* items : {&silo_items, &level_items})
      for (const BarItem& it : *items)
        if (!it.suppressed && std::isfinite(it.value)) top = std::max(top, std::ceil(it.value * 10.0 - 1e-9) / 10.0);
    ChartOptions o;
    o.min = 0;
    o.max = top;
    o.low_label = "0 %";
    o.high_label = percent(top);
    std::string s;
    if (!silo_items.empty()) {
      o.id = "chart-gaps-units";
      o.title = "Share of formal lines without dialogue, by unit";
      s += figure("Chain gaps by unit",
                  "Share of formal reporting lines without dialogue, for the employees of each unit at depth " +
                      std::to_string(r_.options.unit_depth) + " (with its subunits).",
                  horizontal_bars(silo_items, o));
    }
    if (!level_items.empty()) {
      o.id = "chart-gaps-levels";
      o.title = "Share of formal lines without dialogue, by formal level";
      s += figure("Chain gaps by formal level",
                  "Share of formal reporting lines without dialogue, by the level of the employee (0 is the top).",
                  horizontal_bars(level_items, o));
    }
    return s;
  }

  std::string hr_chart() const {
    const ChainResult& c = *r_.chain;
    if (c.summary.leaders == 0 || c.summary.hr_people == 0) return {};
    std::array<std::uint64_t, 5> counts{};  // 1, 2, 3, 4+, none
    for (const ChainPerson& p : c.people) {
      if (!p.leader) continue;
      if (p.hr_distance < 0) ++counts[4];
      else if (p.hr_distance >= 1) ++counts[static_cast<std::size_t>(std::min(p.hr_distance, 4) - 1)];
    }
    static const char* labels[] = {"1 (direct)", "2", "3", "4 or more", "no path"};
    std::vector<BarItem> items;
    for (std::size_t i = 0; i < counts.size(); ++i) {
      BarItem it;
      it.label = labels[i];
      it.value = static_cast<double>(counts[i]);
      it.value_text = group_digits(counts[i]);
      it.highlight = i >= 2;
      it.tooltip = std::string(labels[i]) + ": " + count_of(counts[i], "leader", "leaders");
      items.push_back(it);
    }
    ChartOptions o;
    o.id = "chart-hr";
    o.title = "Leaders by distance to HR";
    o.low_label = "steps to the nearest HR person (dialogue and HR-support ties)";
    return figure("HR reach", "Leaders by the number of steps to the nearest HR person; red: 3 or more, or none.",
                  columns(items, o));
  }

  std::string ei_chart() const {
    const AnalyzeSilos& a = *r_.silos;
    std::vector<BarItem> items;
    for (GroupId k = 0; k < a.silos.num_groups(); ++k) {
      if (a.silos.above_level[k]) continue;
      const EiGroup& e = a.ei.groups[k];
      BarItem it;
      it.label = a.silos.names[k];
      it.suppressed = k < r_.suppression.silo_group.size() && r_.suppression.silo_group[k];
      it.value = e.ei;
      it.reference = e.expected;
      it.value_text = fixed(e.ei, 2);
      it.tooltip = a.silos.names[k] + ": E-I " + fixed(e.ei, 2) + " (" + group_digits(e.external) + " ties out, " +
                   group_digits(e.internal) + " inside), " + fixed(e.expected, 2) + " if ties fell at random";
      items.push_back(it);
    }
    if (items.empty() || items.size() > 40) return {};
    ChartOptions o;
    o.id = "chart-ei";
    o.title = "E-I index per silo";
    o.min = -1;
    o.max = 1;
    o.low_label = "−1 inward";
    o.high_label = "+1 outward";
    o.reference_label = "at random";
    return figure("E-I per silo",
                  "Ties going out of the silo against ties staying inside, (E − I)/(E + I), over the informal network; "
                  "the tick is what random ties would give.",
                  horizontal_bars(items, o));
  }

  std::string brokers_chart() const {
    if (!persons()) return {};
    const std::vector<NodeId> top = top_brokers(r_, 10);
    if (top.empty()) return {};
    const auto& b = r_.centrality->betweenness;
    std::vector<BarItem> items;
    for (NodeId v : top) {
      BarItem it;
      it.label = g_.name(v).empty() ? std::string(g_.id(v)) : std::string(g_.name(v));
      it.value = b[v];
      it.value_text = significant(b[v]);
      it.tooltip = person_ref(g_, v) + (unit_name(g_, g_.unit(v)).empty() ? "" : ", " + unit_name(g_, g_.unit(v))) +
                   ": betweenness " + significant(b[v]);
      items.push_back(it);
    }
    ChartOptions o;
    o.id = "chart-brokers";
    o.title = "Top brokers by betweenness";
    o.low_label = "0";
    o.high_label = significant(b[top.front()]);
    return figure("Top brokers",
                  std::string("The people most often on the shortest paths between others in the informal network "
                              "(normalised betweenness") +
                      (r_.centrality->approximate ? ", sampled estimate" : "") + ").",
                  horizontal_bars(items, o));
  }

  std::string charts() const {
    std::string s = "<section id=\"charts\"><h2>Charts</h2><div class=\"charts\">\n";
    if (r_.chain) {
      if (r_.chain->summary.managers > 0) s += span_chart();
      s += gap_charts();
      s += hr_chart();
    }
    if (r_.silos) s += ei_chart();
    if (r_.centrality) s += brokers_chart();
    return s + "</div></section>\n";
  }

  std::vector<EmbeddedMap> embed_maps() const {
    std::vector<EmbeddedMap> out;
    for (const viz::Scene& scene : r_.maps) {
      EmbeddedMap m;
      m.key = std::string(viz::scene_kind_name(scene.kind));
      m.title = scene.kind == viz::SceneKind::people  ? "People"
                : scene.kind == viz::SceneKind::chain ? "Chain of leadership"
                                                      : "Units";
      if (m.caption.empty())
        m.caption = scene.kind == viz::SceneKind::chain ? "the organisation chart, chain gaps dashed red"
                    : scene.kind == viz::SceneKind::units
                        ? "one bubble per silo, coloured by E-I, lines by the ties between silos"
                        : "";
      m.caption = scene.subtitle;
      std::ostringstream html;
      viz::write_html(scene, html);
      m.html = html.str();
      m.nonce = map_nonce(m.html);
      out.push_back(std::move(m));
    }
    return out;
  }

  std::string maps_section(const std::vector<EmbeddedMap>& maps) const {
    std::string s = "<section id=\"maps\" class=\"maps\"><h2>Maps</h2>\n";
    if (maps.empty()) {
      s += "<p>No map in this report";
      for (const auto& n : r_.notes)
        if (n.find("map") != std::string::npos) s += ": " + xml_escape(n);
      return s + "</p></section>\n";
    }
    s += "<div class=\"tabs\" id=\"map-tabs\" role=\"tablist\">";
    for (const auto& m : maps)
      s += "<button type=\"button\" role=\"tab\" data-map=\"" + m.key + "\">" + xml_escape(m.title) + "</button>";
    s += "</div>\n<iframe id=\"map-frame\" title=\"Map\"></iframe>\n<p class=\"caption\">";
    for (std::size_t i = 0; i < maps.size(); ++i)
      s += (i ? " " : "") + std::string("<b>") + xml_escape(maps[i].title) + ":</b> " + xml_escape(maps[i].caption) + ".";
    return s + " Pan with the mouse, zoom with the wheel, hover for details.</p></section>\n";
  }

  std::string method() const {
    std::string s = "<section id=\"method\"><h2>How to read this report</h2>\n<dl class=\"defs\">";
    auto def = [&](const char* term, const std::string& text) {
      s += "<dt>" + xml_escape(term) + "</dt><dd>" + xml_escape(text) + "</dd>";
    };
    std::vector<std::string> dialogue;
    if (r_.chain)
      for (LayerId l : r_.chain->dialogue_layers) dialogue.push_back(g_.layer(l).name());
    def("Chain gap", "a formal reporting line (reports_to) with no dialogue tie (" + join_words(dialogue) +
                         ") between employee and manager in either direction.");
    def("Span of control", "a leader's number of direct reports (not everyone below them).");
    def("Distance to the top", "the fewest dialogue steps from a person to the top of the formal organisation; the "
                               "detour is that distance minus the person's formal depth.");
    def("HR reach", "the fewest steps from a leader to an HR person over dialogue and HR-support ties.");
    def("Isolated leader", "no dialogue with their own manager, no tie to another leader outside their own line, and no "
                           "HR tie.");
    def("Betweenness", "how often a person lies on the shortest paths between two others in the informal network "
                       "(normalised 0 to 1): the brokers who hold it together.");
    def("E-I index", "(E − I)/(E + I) of a silo's ties: E going to other silos, I staying inside; −1 all inside, +1 "
                     "all outside (Krackhardt & Stern).");
    def("Bridge risk", "for a pair of units, the fewest people whose departure leaves no direct tie between them.");
    def("Citizen coherence", "a citizen served by staff of two or more silos is coherent when every two of those staff "
                             "are within 2 dialogue steps of each other.");
    def("Informal network", "the layers the network measures read: " + layer_list(r_.options.layers) + ".");
    s += "</dl>\n";
    if (!r_.notes.empty()) {
      s += "<h3>Notes</h3><ul id=\"notes\">";
      for (const auto& n : r_.notes) s += "<li>" + xml_escape(n) + "</li>";
      s += "</ul>\n";
    }
    s += "<h3>Stages</h3><table class=\"plain\" id=\"stages\"><tr><th>stage</th><th>ran</th><th>note</th></tr>";
    for (const auto& st : r_.stages)
      s += "<tr><td>" + xml_escape(st.name) + "</td><td>" + (st.ran ? "yes" : "no") + "</td><td>" + xml_escape(st.note) +
           "</td></tr>";
    s += "</table>\n<h3>Files in this folder</h3><table class=\"plain\">";
    const std::pair<const char*, const char*> files[] = {
        {"report.json", "every analysis, with the options, seed, input checksum and leadnet version"},
        {"people.csv", "everyone, with every per-person score"},
        {"leaders.csv", "leaders: span, gaps below, peers, HR and political reach"},
        {"units.csv", "every unit with its own figures"},
        {"unit_pairs.csv", "pairs of units: ties and who carries them"},
        {"chain_gaps.csv", "formal lines without dialogue"},
        {"network.graphml", "the whole network for Gephi, yEd, NetworkX, igraph"},
        {"network.gexf", "the whole network for Gephi, with colours"},
    };
    for (const auto& [file, what] : files) s += "<tr><td><code>" + std::string(file) + "</code></td><td>" + what + "</td></tr>";
    s += "</table>\n<h3>Provenance</h3><p>leadnet " + std::string(LEADNET_VERSION) + ", seed " +
         std::to_string(prov_.seed) + ". Input <code>" + xml_escape(prov_.dataset) + "</code>, SHA-256 <code>" +
         prov_.input.sha256 +
         "</code> (of the <code>sha256sum</code> lines of its files in name order). The same input, options and seed "
         "give the same report.</p></section>\n";
    return s;
  }

  std::string layer_list(const std::vector<LayerId>& layers) const {
    std::vector<std::string> names;
    for (LayerId l : layers) names.push_back(g_.layer(l).name());
    return names.empty() ? std::string("none") : join_words(names);
  }

  const OrgGraph& g_;
  const AnalyzeResult& r_;
  const ReportProvenance& prov_;
};

}  // namespace

void write_index_html(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov) {
  Page(g, r, prov).write(out);
}

}  // namespace leadnet::detail
