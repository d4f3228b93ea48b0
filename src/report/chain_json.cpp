#include "leadnet/report/chain_json.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <ostream>

#include <nlohmann/json.hpp>

namespace leadnet {

namespace {

using nlohmann::json;

json number(double x) { return std::isnan(x) ? json(nullptr) : json(x); }
json count_or_null(std::int32_t x) { return x < 0 ? json(nullptr) : json(x); }

struct Ids {
  const OrgGraph& g;
  json operator()(NodeId v) const { return v == kNoNode ? json(nullptr) : json(std::string(g.id(v))); }
};

json summary_json(const Ids& id, const ChainResult& r) {
  const ChainSummary& s = r.summary;
  json histogram = json::object();
  for (std::size_t b = 0; b < kSpanBuckets; ++b) histogram[span_bucket_label(b)] = r.span_histogram[b];
  return {{"formal_ties", s.formal_ties},
          {"backed_ties", s.backed_ties},
          {"chain_gaps", s.chain_gaps},
          {"gap_rate", number(s.gap_rate)},
          {"layers", s.layers},
          {"max_span", s.max_span},
          {"max_span_leader", id(s.max_span_leader)},
          {"managers", s.managers},
          {"mean_span", number(s.mean_span)},
          {"median_span", number(s.median_span)},
          {"p90_span", s.p90_span},
          {"span_histogram", histogram},
          {"leaders_over_span_limit", s.leaders_over_span_limit},
          {"people", s.people},
          {"unbroken", s.unbroken},
          {"broken", s.broken},
          {"broken_twice", s.broken_twice},
          {"chain_unknown", s.chain_unknown},
          {"unbroken_share", number(s.unbroken_share)},
          {"mean_depth", number(s.mean_depth)},
          {"mean_distance_to_top", number(s.mean_distance_to_top)},
          {"mean_loss", number(s.mean_loss)},
          {"max_loss", s.people > s.unreachable_top ? json(s.max_loss) : json(nullptr)},
          {"unreachable_top", s.unreachable_top},
          {"leaders", s.leaders},
          {"hr_people", s.hr_people},
          {"leaders_reaching_hr", s.leaders_reaching_hr},
          {"leaders_with_hr_tie", s.leaders_with_hr_tie},
          {"leaders_far_from_hr", s.leaders_far_from_hr},
          {"mean_hr_distance", number(s.mean_hr_distance)},
          {"mean_peer_ties", number(s.mean_peer_ties)},
          {"leaders_without_peers", s.leaders_without_peers},
          {"isolated_leaders", s.isolated_leaders},
          {"skip_level_ties", s.skip_level_ties},
          {"skip_level_in_line", s.skip_level_in_line},
          {"politicians", s.politicians},
          {"leaders_with_political_tie", s.leaders_with_political_tie},
          {"leaders_reaching_politics", s.leaders_reaching_politics},
          {"leaders_with_external_tie", s.leaders_with_external_tie},
          {"external_share", number(s.external_share)}};
}

json group_json(const ChainGroup& c) {
  return {{"people", c.people},
          {"leaders", c.leaders},
          {"formal_ties", c.formal_ties},
          {"chain_gaps", c.chain_gaps},
          {"gap_rate", number(c.gap_rate())},
          {"unbroken", c.unbroken},
          {"broken", c.broken},
          {"unbroken_share", number(c.unbroken_share())},
          {"reachable", c.reachable},
          {"mean_depth", number(c.mean_depth)},
          {"mean_distance_to_top", number(c.mean_distance)},
          {"mean_loss", number(c.mean_loss)},
          {"max_loss", c.reachable > 0 ? json(c.max_loss) : json(nullptr)},
          {"max_span", c.max_span},
          {"leaders_over_span_limit", c.over_span_limit},
          {"isolated_leaders", c.isolated_leaders},
          {"skip_level_ties", c.skip_level_ties}};
}

json measure_json(const GtdMeasure& m) {
  json j = {{"value", number(m.value)}, {"exact", m.exact}};
  if (!m.exact) {
    j["standard_error"] = m.standard_error;
    j["samples"] = m.samples;
  }
  return j;
}

json person_json(const OrgGraph& g, const Ids& id, const ChainPerson& p) {
  const UnitId u = g.unit(p.node);
  json j = {{"id", id(p.node)},
            {"name", std::string(g.name(p.node))},
            {"role", std::string(role_name(g.role(p.node)))},
            {"unit", u == kNoUnit ? json(nullptr) : json(g.units()[u].id)},
            {"leader", p.leader},
            {"depth", count_or_null(p.depth)},
            {"manager", id(p.manager)},
            {"root", id(p.root)},
            {"chain", std::string(chain_state_name(p.chain))},
            {"breaks", p.breaks},
            {"first_break", id(p.first_break)},
            {"first_break_depth", count_or_null(p.first_break_depth)},
            {"distance_to_top", count_or_null(p.distance_to_top)},
            {"loss", p.has_loss() ? json(p.loss()) : json(nullptr)},
            {"people_below", p.people_below},
            {"skip_level_ties", p.skip_level_ties}};
  if (p.leader) {
    j["span"] = p.span;
    j["over_span_limit"] = p.over_span_limit;
    j["gaps_below"] = p.gaps_below;
    j["backed_up"] = p.backed_up;
    j["peer_ties"] = p.peer_ties;
    j["hr_distance"] = count_or_null(p.hr_distance);
    j["political_ties"] = p.political_ties;
    j["political_distance"] = count_or_null(p.political_distance);
    j["political_via"] = id(p.political_via);
    j["external_ties"] = p.external_ties;
    j["isolated"] = p.isolated;
  }
  return j;
}

/// Receives the parts of the document in order: small values whole, big arrays element by element.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void value(const char* key, json v) = 0;
  virtual void array(const char* key, std::size_t n, const std::function<json(std::size_t)>& element) = 0;
};

class ObjectSink final : public Sink {
 public:
  json doc = json::object();
  void value(const char* key, json v) override { doc[key] = std::move(v); }
  void array(const char* key, std::size_t n, const std::function<json(std::size_t)>& element) override {
    json a = json::array();
    for (std::size_t i = 0; i < n; ++i) a.push_back(element(i));
    doc[key] = std::move(a);
  }
};

/// Writes the object as it comes: small values indented, array elements one per line, so that
/// memory stays bounded by the largest element however many people there are.
class StreamSink final : public Sink {
 public:
  explicit StreamSink(std::ostream& out) : out_(out) { out_ << "{"; }
  ~StreamSink() override = default;
  void finish() { out_ << "\n}\n"; }
  void value(const char* key, json v) override {
    std::string text = v.dump(2);
    std::string indented;
    for (char c : text) {
      indented += c;
      if (c == '\n') indented += "  ";
    }
    start(key);
    out_ << indented;
  }
  void array(const char* key, std::size_t n, const std::function<json(std::size_t)>& element) override {
    start(key);
    out_ << '[';
    for (std::size_t i = 0; i < n; ++i) out_ << (i ? ",\n    " : "\n    ") << element(i).dump();
    out_ << (n ? "\n  ]" : "]");
  }

 private:
  void start(const char* key) {
    out_ << (first_ ? "\n  " : ",\n  ") << json(key).dump() << ": ";
    first_ = false;
  }
  std::ostream& out_;
  bool first_ = true;
};

void emit_chain(const OrgGraph& g, const ChainResult& r, std::string_view dataset, Sink& sink) {
  const Ids id{g};
  sink.value("schema", "leadnet/chain/1");
  sink.value("name", g.meta().name);
  if (!dataset.empty()) sink.value("dataset", std::string(dataset));
  json layers = json::array();
  for (LayerId l : r.dialogue_layers) layers.push_back(g.layer(l).name());
  sink.value("dialogue_layers", layers);
  sink.value("span_limit", r.span_limit);
  sink.value("summary", summary_json(id, r));

  json problems = json::array();
  for (const auto& p : r.problems) {
    json ids = json::array();
    for (NodeId v : p.nodes) ids.push_back(id(v));
    problems.push_back({{"kind", formal_problem_name(p.kind)}, {"ids", ids}, {"message", p.message}});
  }
  sink.value("problems", problems);
  json roots = json::array();
  for (NodeId v : r.roots) roots.push_back(id(v));
  sink.value("roots", roots);

  json gtd = json::array();
  for (const ChainGtd& k : r.krackhardt)
    gtd.push_back({{"layer", k.name},
                   {"orientation", k.reversed ? "boss -> subordinate (reports_to reversed)" : "as stored"},
                   {"nodes", k.gtd.nodes},
                   {"arcs", k.gtd.arcs},
                   {"weak_components", k.gtd.weak_components},
                   {"strong_components", k.gtd.strong_components},
                   {"connectedness", measure_json(k.gtd.connectedness)},
                   {"hierarchy", measure_json(k.gtd.hierarchy)},
                   {"efficiency", measure_json(k.gtd.efficiency)},
                   {"lub", measure_json(k.gtd.lub)}});
  sink.value("krackhardt", gtd);

  std::vector<const ChainPerson*> over;
  std::vector<NodeId> isolated;
  for (const ChainPerson& p : r.people) {
    if (p.over_span_limit) over.push_back(&p);
    if (p.isolated) isolated.push_back(p.node);
  }
  std::stable_sort(over.begin(), over.end(), [](const ChainPerson* a, const ChainPerson* b) { return a->span > b->span; });
  sink.array("leaders_over_span_limit", over.size(),
             [&](std::size_t i) { return json{{"id", id(over[i]->node)}, {"span", over[i]->span}}; });
  sink.array("isolated_leaders", isolated.size(), [&](std::size_t i) { return id(isolated[i]); });

  json levels = json::array();
  for (const ChainLevel& l : r.levels) {
    json row = {{"depth", l.depth}};
    row.update(group_json(l.counts));
    row["mean_span"] = number(l.mean_span);
    levels.push_back(row);
  }
  sink.value("levels", levels);
  sink.array("units", r.units.size(), [&](std::size_t i) {
    const ChainUnit& u = r.units[i];
    json row = {{"id", g.units()[u.unit].id}, {"name", g.units()[u.unit].name}, {"path", g.units().path_name(u.unit)}};
    row.update(group_json(u.counts));
    row["head"] = id(u.head);
    row["head_political_distance"] = count_or_null(u.head_political_distance);
    row["head_political_via"] = id(u.head_political_via);
    return row;
  });

  std::vector<const FormalTie*> gaps;
  for (const FormalTie& t : r.ties)
    if (!t.backed()) gaps.push_back(&t);
  sink.array("gaps", gaps.size(), [&](std::size_t i) {
    return json{{"subordinate", id(gaps[i]->subordinate)}, {"manager", id(gaps[i]->manager)}};
  });
  sink.array("skip_level_ties", r.skip_level.size(), [&](std::size_t i) {
    const SkipLevelTie& t = r.skip_level[i];
    return json{{"upper", id(t.upper)}, {"lower", id(t.lower)}, {"levels", t.levels}, {"in_line", t.in_line}};
  });
  sink.array("ties", r.ties.size(), [&](std::size_t i) {
    const FormalTie& t = r.ties[i];
    json by = json::array();
    for (std::size_t l = 0; l < r.dialogue_layers.size(); ++l)
      if (t.backed_by >> l & 1U) by.push_back(g.layer(r.dialogue_layers[l]).name());
    return json{{"subordinate", id(t.subordinate)},
                {"manager", id(t.manager)},
                {"backed", t.backed()},
                {"backed_by", by},
                {"primary", t.primary}};
  });
  sink.array("people", r.people.size(), [&](std::size_t i) { return person_json(g, id, r.people[i]); });
}

}  // namespace

nlohmann::json chain_to_json(const OrgGraph& g, const ChainResult& r) {
  ObjectSink sink;
  emit_chain(g, r, {}, sink);
  return std::move(sink.doc);
}

void write_chain_json(std::ostream& out, const OrgGraph& g, const ChainResult& r, std::string_view dataset) {
  StreamSink sink(out);
  emit_chain(g, r, dataset, sink);
  sink.finish();
}

}  // namespace leadnet
