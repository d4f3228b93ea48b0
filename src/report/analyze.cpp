// The analyze pipeline: a table of stages, each calling one analysis of the library.

#include "leadnet/report/analyze.hpp"

#include <algorithm>
#include <chrono>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/viz/chain_map.hpp"
#include "leadnet/viz/people_map.hpp"
#include "report/analyze_detail.hpp"

namespace leadnet {

namespace {

struct Pipeline {
  const OrgGraph& g;
  AnalyzeResult& r;
  RunContext& ctx;
  StageRun* current = nullptr;
  void note(std::string text) {
    if (current != nullptr && current->note.empty()) current->note = text;
    r.notes.push_back(std::move(text));
  }
};

std::string group_digits(std::uint64_t x) { return detail::group_digits(x); }

// --- stages ---------------------------------------------------------------------------------

void run_summary(Pipeline& p) { p.r.summary = summarize(p.g); }

void run_chain(Pipeline& p) {
  ChainOptions co;
  co.dialogue_layers = p.r.options.dialogue_layers;
  co.span_limit = p.r.options.span_limit;
  p.r.chain = chain_of_leadership(p.g, co, p.ctx);
}

viz::Marking chain_gap_marking(const ChainResult& chain) {
  viz::Marking m;
  m.label = "Chain gap";
  m.description = "formal line without dialogue in either direction";
  m.color = viz::Rgb{0xd5, 0x2a, 0x1e};
  for (const FormalTie& t : chain.ties)
    if (!t.backed()) m.ties.emplace_back(t.subordinate, t.manager);
  return m;
}

// Without person-level output a map keeps its shapes and colours but no name, id or label, and
// on hover only role, unit and level (no personal attribute, no score of a person).
void strip_people(viz::Scene& scene) {
  const std::size_t keep = std::min<std::size_t>(3, scene.detail_fields.size());
  scene.detail_fields.resize(keep);
  for (auto& n : scene.nodes) {
    n.id.clear();
    n.label.clear();
    n.always_label = false;
    if (n.details.size() > keep) n.details.resize(keep);
  }
  scene.notes.push_back("Person-level output is off: no names, ids or labels.");
}

void run_maps(Pipeline& p) {
  const NodeId n = p.g.num_nodes();
  if (n > p.r.options.people_map_up_to) {
    p.note("The people map is left out: " + group_digits(n) + " people are more than a readable map holds (" +
           group_digits(p.r.options.people_map_up_to) + "); draw one unit with `leadnet viz`.");
  } else {
    viz::PeopleMapOptions po;
    if (p.r.chain) po.style.markings.push_back(chain_gap_marking(*p.r.chain));
    viz::Scene scene = viz::people_map(p.g, po, p.ctx);
    scene.subtitle = "Everyone, placed by who works with whom; formal lines without dialogue marked";
    p.r.maps.push_back(std::move(scene));
  }
  if (p.r.chain && p.r.chain->summary.formal_ties > 0) {
    if (p.r.chain->summary.people > p.r.options.chain_map_up_to) {
      p.note("The chain map is left out: " + group_digits(p.r.chain->summary.people) +
             " people in the formal organisation are more than a readable org chart holds (" +
             group_digits(p.r.options.chain_map_up_to) + ").");
    } else {
      viz::Scene scene = viz::chain_map(p.g, *p.r.chain, viz::ChainMapOptions{}, p.ctx);
      p.r.maps.push_back(std::move(scene));
    }
  }
  if (!p.r.options.privacy.person_level)
    for (auto& scene : p.r.maps) strip_people(scene);
}

void run_privacy(Pipeline& p) {
  Suppression& s = p.r.suppression;
  const std::uint32_t k = p.r.options.privacy.min_group_size;
  s.min_group_size = k;
  const UnitTree& units = p.g.units();
  s.unit.assign(units.size(), false);
  s.silo.assign(units.size(), false);
  if (!p.r.chain) return;
  const ChainResult& c = *p.r.chain;
  // Units: the people directly in each unit, blocks by silo (so that a silo's total minus the
  // units shown never isolates a small unit).
  std::vector<std::uint64_t> sizes(units.size(), 0);
  std::vector<std::uint32_t> blocks(units.size(), 0);
  for (UnitId u = 0; u < units.size(); ++u) blocks[u] = units.ancestor_at_depth(u, p.r.options.unit_depth);
  for (const ChainUnit& cu : c.units) sizes[cu.unit] = cu.counts.people;
  s.unit = suppressed_groups(sizes, blocks, k);
  std::vector<std::uint64_t> silo_sizes(units.size(), 0);
  for (const ChainUnit& cu : c.units) silo_sizes[blocks[cu.unit]] += cu.counts.people;
  s.silo = suppressed_groups(silo_sizes, {}, k);
  std::vector<std::uint64_t> level_sizes;
  for (const ChainLevel& l : c.levels) level_sizes.push_back(l.counts.people);
  s.level = suppressed_groups(level_sizes, {}, k);
  s.units_suppressed = static_cast<std::uint64_t>(std::count(s.unit.begin(), s.unit.end(), true));
  s.levels_suppressed = static_cast<std::uint64_t>(std::count(s.level.begin(), s.level.end(), true));
  s.silos_suppressed = static_cast<std::uint64_t>(std::count(s.silo.begin(), s.silo.end(), true));
  if (s.any())
    p.note("Privacy: figures of " + detail::count_of(s.units_suppressed, "unit", "units") + ", " +
           detail::count_of(s.silos_suppressed, "silo", "silos") + " and " +
           detail::count_of(s.levels_suppressed, "formal level", "formal levels") +
           " are suppressed: computed over fewer than " + std::to_string(k) +
           " people, or needed to keep such a figure from being recovered by subtraction.");
}

void run_findings(Pipeline& p) { p.r.findings = key_findings(p.g, p.r); }

struct StageDef {
  std::string_view name;
  std::string_view title;  // for progress
  bool skippable;
  void (*run)(Pipeline&);
};

constexpr StageDef kStages[] = {
    {"summary", "summary", false, run_summary},
    {"chain", "chain of leadership", true, run_chain},
    {"maps", "maps", true, run_maps},
    {"privacy", "privacy", false, run_privacy},
    {"findings", "findings", false, run_findings},
};

}  // namespace

const std::vector<SkipChoice>& analyze_skip_choices() {
  static const std::vector<SkipChoice> choices = {
      {"chain", "the chain of leadership (gaps, spans, distance to the top, HR reach)"},
      {"maps", "the maps in index.html (layouts take the longest on big organisations)"},
      {"graphml", "network.graphml"},
      {"gexf", "network.gexf"},
  };
  return choices;
}

bool AnalyzeResult::ran(std::string_view stage) const {
  for (const auto& s : stages)
    if (s.name == stage) return s.ran;
  return false;
}

AnalyzeResult analyze(const OrgGraph& g, const AnalyzeOptions& options, RunContext& ctx) {
  AnalyzeResult r;
  r.options = options;
  for (const std::string& name : options.skip) {
    const auto& choices = analyze_skip_choices();
    if (std::none_of(choices.begin(), choices.end(), [&](const SkipChoice& c) { return c.name == name; })) {
      std::string list;
      for (const auto& c : choices) list += (list.empty() ? "" : ", ") + std::string(c.name);
      throw UsageError("--skip: '" + name + "' is not a part of the report; choose from: " + list);
    }
  }
  if (options.unit_depth == 0) throw UsageError("--unit-depth must be 1 or more (1: the top-level units)");
  if (r.options.layers.empty()) r.options.layers = detail::informal_layers(g);

  Pipeline p{g, r, ctx};
  for (const StageDef& def : kStages) {
    StageRun run;
    run.name = std::string(def.name);
    const bool skipped = def.skippable && std::find(options.skip.begin(), options.skip.end(), def.name) != options.skip.end();
    if (skipped) {
      run.note = "skipped (--skip " + std::string(def.name) + ")";
      r.stages.push_back(run);
      continue;
    }
    ctx.check_cancelled();
    if (options.on_stage) options.on_stage(def.title, false, 0.0);
    ctx.progress(def.title, 0.0);
    const auto start = std::chrono::steady_clock::now();
    r.stages.push_back(run);
    p.current = &r.stages.back();
    def.run(p);
    p.current = nullptr;
    r.stages.back().ran = true;
    ctx.progress(def.title, 1.0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.on_stage) options.on_stage(def.title, true, seconds);
  }
  return r;
}

}  // namespace leadnet
