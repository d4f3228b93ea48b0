// report.json: every analysis of the report with its options, provenance and privacy settings.
// Per-person arrays live in the CSV tables (people.csv, leaders.csv, chain_gaps.csv), so the
// document stays small at national scale; report.json says where they are.

#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include "leadnet/report/analyze.hpp"
#include "leadnet/report/chain_json.hpp"
#include "leadnet/report/summary_json.hpp"
#include "report/analyze_detail.hpp"
#include "report/analyze_writers_detail.hpp"

namespace leadnet::detail {

namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

json number_or_null(double x) { return std::isfinite(x) ? json(x) : json(nullptr); }

// Every value of a row except what names the group becomes null; "suppressed": true says why.
void suppress_row(json& row, std::initializer_list<const char*> keep) {
  for (auto it = row.begin(); it != row.end(); ++it) {
    bool kept = false;
    for (const char* k : keep) kept = kept || it.key() == k;
    if (!kept) it.value() = nullptr;
  }
  row["suppressed"] = true;
}

json info_section(const OrgGraph& g, const AnalyzeResult& r) {
  json j = summary_to_json(g, r.summary);
  j.erase("schema");
  if (!r.options.privacy.person_level) {
    j["formal"].erase("roots");
    j["formal"].erase("max_span_leader");
    for (auto& p : j["formal"]["problems"]) {
      p.erase("ids");
      p.erase("message");
    }
  }
  return j;
}

json chain_section(const OrgGraph& g, const AnalyzeResult& r) {
  const ChainResult& full = *r.chain;
  // Only the small parts go through chain_to_json; the per-person arrays are in the CSV tables.
  ChainResult small;
  small.dialogue_layers = full.dialogue_layers;
  small.span_limit = full.span_limit;
  small.summary = full.summary;
  small.problems = full.problems;
  small.roots = full.roots;
  small.units = full.units;
  small.levels = full.levels;
  small.span_histogram = full.span_histogram;
  small.krackhardt = full.krackhardt;
  json j = chain_to_json(g, small);
  j.erase("schema");
  j.erase("name");
  for (const char* k : {"people", "ties", "gaps", "skip_level_ties", "leaders_over_span_limit", "isolated_leaders"})
    j.erase(k);
  const bool persons = r.options.privacy.person_level;
  if (persons) {
    json over = json::array(), isolated = json::array();
    for (const ChainPerson& p : full.people) {
      if (p.over_span_limit) over.push_back({{"id", std::string(g.id(p.node))}, {"span", p.span}});
      if (p.isolated) isolated.push_back(std::string(g.id(p.node)));
    }
    std::stable_sort(over.begin(), over.end(), [](const json& a, const json& b) { return a["span"] > b["span"]; });
    j["leaders_over_span_limit"] = over;
    j["isolated_leaders"] = isolated;
  } else {
    j.erase("roots");
    j["summary"].erase("max_span_leader");
    for (auto& p : j["problems"]) {
      p.erase("ids");
      p.erase("message");
    }
  }
  const Suppression& s = r.suppression;
  for (auto& row : j["units"]) {
    if (!persons) {
      row.erase("head");
      row.erase("head_political_via");
    }
    const auto u = g.units().find(row["id"].get<std::string>());
    if (u && *u < s.unit.size() && s.unit[*u]) suppress_row(row, {"id", "name", "path", "people"});
  }
  for (std::size_t i = 0; i < j["levels"].size() && i < s.level.size(); ++i)
    if (s.level[i]) suppress_row(j["levels"][i], {"depth", "people"});
  const auto table = [persons](const char* file) { return persons ? json(file) : json(nullptr); };
  j["tables"] = {{"people", table("people.csv")},
                 {"gaps", table("chain_gaps.csv")},
                 {"leaders", table("leaders.csv")},
                 {"units", "units.csv"}};
  return j;
}

json centrality_section(const OrgGraph& g, const AnalyzeResult& r) {
  const AnalyzeCentrality& c = *r.centrality;
  json j;
  j["view"] = "informal network (options.informal_layers), undirected, unweighted; betweenness (normalised) and "
              "pagerank over the people with at least one tie in it (people_with_ties), equal to NetworkX 2.8's "
              "defaults on that graph (pagerank converged: nx.pagerank(G, tol=1e-12)); degree over everyone";
  json measures = json::array({"degree"});
  if (!c.betweenness.empty()) measures.push_back("betweenness");
  if (!c.pagerank.empty()) measures.push_back("pagerank");
  j["measures"] = measures;
  j["people_with_ties"] = c.connected;
  if (c.betweenness.empty()) {
    j["betweenness"] = {{"method", "skipped"}};
  } else {
    j["betweenness"] = {{"method", c.approximate ? "sampled" : "exact"},
                        {"normalized", true},
                        {"automatic_switch_above_people_with_ties", r.options.approx_above}};
    if (c.approximate) {
      j["betweenness"]["error_bound"] = c.betweenness_info.error_bound;
      j["betweenness"]["probability"] = 0.9;
      j["betweenness"]["samples"] = c.betweenness_info.samples;
      j["betweenness"]["vertex_diameter_bound"] = c.betweenness_info.vertex_diameter_bound;
      j["betweenness"]["requested"] = r.options.approx_eps.has_value();
    }
  }
  if (r.options.privacy.person_level && !c.betweenness.empty()) {
    json top = json::array();
    for (NodeId v : top_brokers(r, 10))
      top.push_back({{"id", std::string(g.id(v))}, {"betweenness", c.betweenness[v]}, {"degree", c.degree[v]}});
    j["top_brokers"] = top;
  }
  j["table"] = r.options.privacy.person_level ? json("people.csv") : json(nullptr);
  return j;
}

json silos_section(const OrgGraph& g, const AnalyzeResult& r) {
  const AnalyzeSilos& a = *r.silos;
  const Suppression& sup = r.suppression;
  const bool persons = r.options.privacy.person_level;
  json j;
  j["unit_depth"] = r.options.unit_depth;
  j["view"] = "informal network (options.informal_layers), undirected, unweighted; people without a unit left out";
  j["people_with_silo"] = a.silos.members();
  j["summary"] = {{"ei_index", number_or_null(a.ei.ei)},
                  {"ei_expected", number_or_null(a.ei.expected)},
                  {"ties_inside", a.ei.internal},
                  {"ties_across", a.ei.external},
                  {"permutations", a.ei.test.permutations},
                  {"ei_p_lower", a.ei.test.permutations > 0 ? number_or_null(a.ei.test.p_lower) : json(nullptr)},
                  {"modularity", number_or_null(a.modularity)}};
  json silos = json::array();
  for (GroupId k = 0; k < a.silos.num_groups(); ++k) {
    json row = {{"id", a.silos.ids[k]},
                {"name", a.silos.names[k]},
                {"people", a.silos.sizes[k]},
                {"above_level", static_cast<bool>(a.silos.above_level[k])},
                {"ties_inside", a.ei.groups[k].internal},
                {"ties_out", a.ei.groups[k].external},
                {"ei", number_or_null(a.ei.groups[k].ei)},
                {"ei_expected", number_or_null(a.ei.groups[k].expected)},
                {"ei_p_lower", a.ei.groups[k].test.permutations > 0 ? number_or_null(a.ei.groups[k].test.p_lower)
                                                                    : json(nullptr)},
                {"density_inside", number_or_null(a.mixing.cell(k, k).density)}};
    if (k < sup.silo_group.size() && sup.silo_group[k]) suppress_row(row, {"id", "name", "people", "above_level"});
    silos.push_back(row);
  }
  j["silos"] = silos;
  json fragile = json::array();
  for (const UnitPairRow& p : fragile_pairs(r)) {
    json row = {{"depth", p.depth},
                {"unit_a", p.partition->ids[p.a]},
                {"unit_b", p.partition->ids[p.b]},
                {"ties", p.cell.ties},
                {"expected_ties", number_or_null(p.cell.expected)},
                {"carriers", p.bridge->carriers.size()},
                {"cut", p.bridge->cut}};
    if (persons) {
      json ids = json::array();
      for (NodeId v : p.bridge->cut_people) ids.push_back(std::string(g.id(v)));
      row["cut_people"] = ids;
    }
    fragile.push_back(row);
  }
  j["fragile_pairs"] = fragile;
  j["fragile_pairs_rule"] = "pairs of units (at the silo level and one level deeper) with 2 or more ties but at "
                            "most half the ties expected at random, all of them through one person (cut 1), both "
                            "units shown under the minimum group size and neither above the level; largest "
                            "shortfall first";
  const CitizenCoherence& c = a.coherence;
  json coherence = {{"citizens", c.citizens},
                    {"served", c.served},
                    {"multi_silo", c.multi_silo},
                    {"coherent", c.coherent},
                    {"share", number_or_null(c.share)},
                    {"max_hops", 2}};
  if (persons) {
    json incoherent = json::array();
    for (const CitizenCase& cc : c.cases) {
      if (cc.coherent) continue;
      json staff = json::array(), silos_of = json::array();
      for (NodeId v : cc.staff) staff.push_back(std::string(g.id(v)));
      for (GroupId k : cc.silos) silos_of.push_back(a.silos.ids[k]);
      incoherent.push_back({{"citizen", std::string(g.id(cc.citizen))}, {"staff", staff}, {"silos", silos_of}});
    }
    coherence["incoherent"] = incoherent;
  }
  j["citizen_coherence"] = coherence;
  j["tables"] = {{"units", "units.csv"}, {"unit_pairs", "unit_pairs.csv"}};
  return j;
}

json privacy_section(const AnalyzeResult& r) {
  const PrivacyOptions& p = r.options.privacy;
  json j;
  j["pseudonymized"] = p.pseudonymized;
  if (p.pseudonymized)
    j["pseudonyms"] = "each id replaced by 'x' + the first 20 hex digits of HMAC-SHA-256(key, id); names removed; "
                      "extra node attributes left out; the key is not stored anywhere";
  j["person_level"] = p.person_level;
  j["min_group_size"] = p.min_group_size;
  j["suppression_rule"] =
      "a figure computed over a group (unit, silo, formal level, pair of units) of fewer than min_group_size people "
      "is suppressed (null here, empty in the CSV tables, 'suppressed' in index.html); in each table the suppressed "
      "groups of a silo, and of the whole table, hold either no one or at least min_group_size people (further "
      "groups are suppressed until they do), so that no suppressed figure follows by subtraction from a total";
  j["units_suppressed"] = r.suppression.units_suppressed;
  j["silos_suppressed"] = r.suppression.silos_suppressed;
  j["levels_suppressed"] = r.suppression.levels_suppressed;
  j["silo_groups_suppressed"] = r.suppression.groups_suppressed;
  return j;
}

}  // namespace

void write_report_json(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov,
                       const std::vector<std::string>& files) {
  ordered doc;
  doc["schema"] = std::string(kAnalyzeSchema);
  doc["leadnet_version"] = LEADNET_VERSION;
  doc["name"] = g.meta().name;
  json input_files = json::array();
  for (const auto& f : prov.input.files) input_files.push_back({{"name", f.name}, {"bytes", f.bytes}, {"sha256", f.sha256}});
  doc["input"] = {{"dataset", prov.dataset},
                  {"sha256", prov.input.sha256},
                  {"checksum", "SHA-256 of the text `sha256sum` prints for the input files in name order (one line "
                               "'<hex>  <file name>' per file); check with: cd DATA && sha256sum FILES | sha256sum"},
                  {"files", input_files}};
  doc["seed"] = prov.seed;
  json given = json::object();
  for (const auto& [k, v] : prov.options) given[k] = v;
  json layers = json::array(), dialogue = json::array();
  for (LayerId l : r.options.layers) layers.push_back(g.layer(l).name());
  if (r.chain)
    for (LayerId l : r.chain->dialogue_layers) dialogue.push_back(g.layer(l).name());
  doc["options"] = {{"given", given},
                    {"informal_layers", layers},
                    {"dialogue_layers", dialogue},
                    {"unit_depth", r.options.unit_depth},
                    {"span_limit", r.options.span_limit},
                    {"skip", r.options.skip}};
  doc["privacy"] = privacy_section(r);
  json stages = json::array();
  for (const auto& s : r.stages) stages.push_back({{"name", s.name}, {"ran", s.ran}, {"note", s.note}});
  doc["stages"] = stages;
  doc["notes"] = r.notes;
  json findings = json::array();
  for (const Finding& f : r.findings) {
    json figures = json::object();
    for (const auto& [k, v] : f.figures) figures[k] = number_or_null(v);
    findings.push_back({{"id", f.id},
                        {"topic", f.topic},
                        {"severity", f.severity},
                        {"headline", f.headline},
                        {"detail", f.detail},
                        {"figures", figures}});
  }
  doc["findings"] = findings;
  doc["info"] = info_section(g, r);
  if (r.chain) doc["chain"] = chain_section(g, r);
  if (r.centrality) doc["centrality"] = centrality_section(g, r);
  if (r.silos) doc["silos"] = silos_section(g, r);
  doc["files"] = files;
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace leadnet::detail
