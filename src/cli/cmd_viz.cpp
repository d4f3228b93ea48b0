// leadnet viz DATA -o FILE.html|FILE.svg: maps for workshops. Parses options, calls the metrics
// for sizes, colours and marks, builds the scene with the viz library and writes it atomically.

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "cli/measures.hpp"
#include "cli/table.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/metrics/brokerage.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/metrics/communities.hpp"
#include "leadnet/metrics/ei_index.hpp"
#include "leadnet/metrics/mixing.hpp"
#include "leadnet/metrics/silos.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/viz/chain_map.hpp"
#include "leadnet/viz/html_writer.hpp"
#include "leadnet/viz/people_map.hpp"
#include "leadnet/viz/svg_writer.hpp"
#include "leadnet/viz/units_map.hpp"

namespace leadnet::cli {

namespace {

struct VizOptions {
  std::string data;
  std::string output;
  std::string view = "people";
  std::string color_by;
  std::string community_method = "leiden";
  std::string size_by;
  std::vector<std::string> layers;
  std::vector<std::string> highlight;
  std::uint32_t unit_depth = 1;
  std::string unit;
  std::string title;
  std::string default_type = "communication";
  CommonOptions common;
};

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// People in a unit's subtree, by unit id or name.
std::vector<NodeId> people_in_unit(const OrgGraph& g, const std::string& wanted, std::string* name) {
  const UnitTree& units = g.units();
  std::optional<UnitId> unit = units.find(wanted);
  if (!unit)
    for (UnitId u = 0; u < units.size() && !unit; ++u)
      if (units[u].name == wanted) unit = u;
  if (!unit) throw UsageError("--unit '" + wanted + "' is neither a unit id nor a unit name in the data");
  *name = units[*unit].name;
  std::vector<NodeId> people;
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    for (UnitId u = g.unit(v); u != kNoUnit; u = units[u].parent)
      if (u == *unit) {
        people.push_back(v);
        break;
      }
  if (people.empty()) throw UsageError("--unit '" + wanted + "' has no people");
  return people;
}

// A map of more people than this is neither readable nor quick to draw.
constexpr std::size_t kMaxPeopleOnAMap = 30000;

// The view that `leadnet silos` and `leadnet communities` read: the chosen layers, or by default
// the silo layers (every layer but the formal lines and service).
View silo_view(const OrgGraph& g, const std::vector<LayerId>& chosen, bool directed, std::string* names) {
  const std::vector<LayerId> layers = chosen.empty() ? default_silo_layers(g) : chosen;
  if (names != nullptr)
    for (LayerId l : layers) *names += (names->empty() ? "" : ", ") + g.layer(l).name();
  if (layers.empty()) return View::from_arcs(g.num_nodes(), {}, directed, false);
  return View(g, ViewOptions{layers, directed, false});
}

// Brokers: people with a silo whose Gould–Fernandez brokerage between silos (every role but
// coordinating inside their own silo) is among the top 5 % of the people with a silo (at least
// the top 3, at most the top 50 so that a large map stays readable; ties at the cut included;
// never 0).
std::vector<NodeId> top_brokers(const OrgGraph& g, const std::vector<LayerId>& layers, std::uint32_t depth,
                                RunContext& ctx) {
  const Partition silos = silos_at_depth(g, depth);
  const BrokerageResult b = brokerage(silo_view(g, layers, true, nullptr), silos, ctx);
  std::vector<std::pair<std::uint64_t, NodeId>> across;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    if (silos.group[v] == kNoGroup) continue;
    const auto& c = b.counts[v];
    const std::uint64_t x =
        c[static_cast<std::size_t>(BrokerageRole::total)] - c[static_cast<std::size_t>(BrokerageRole::coordinator)];
    if (x > 0) across.emplace_back(x, v);
  }
  std::stable_sort(across.begin(), across.end(), [](auto& x, auto& y) { return x.first > y.first; });
  const std::size_t want = std::clamp<std::size_t>((silos.members() + 19) / 20, 3, 50);
  std::vector<NodeId> out;
  for (std::size_t i = 0; i < across.size(); ++i) {
    if (i >= want && across[i].first < across[want - 1].first) break;
    out.push_back(across[i].second);
  }
  return out;
}

viz::Scene units_scene(const OrgGraph& g, const VizOptions& opt, const std::vector<LayerId>& chosen, RunContext& ctx) {
  viz::UnitMapOptions uo;
  const std::string color = opt.color_by.empty() ? "ei" : opt.color_by;
  if (color == "ei")
    uo.color = viz::UnitColor::ei;
  else if (color == "density")
    uo.color = viz::UnitColor::density;
  else
    throw UsageError("--color-by '" + color + "' is not available for --view units; choose ei or density");
  if (!opt.size_by.empty())
    throw UsageError("--size-by does not apply to --view units (bubbles are sized by headcount)");
  if (!opt.highlight.empty()) throw UsageError("--highlight does not apply to --view units");
  if (!opt.unit.empty()) throw UsageError("--unit does not apply to --view units");
  const Partition silos = silos_at_depth(g, opt.unit_depth);
  std::string names;
  const View view = silo_view(g, chosen, false, &names);
  const EiResult ei = ei_index(view, silos, EiOptions{}, ctx);
  const MixingMatrix mixing = mixing_matrix(view, silos);
  return viz::units_map(viz::unit_map_data(g, silos, opt.unit_depth, ei, mixing, names), uo, ctx);
}

int run_viz(const VizOptions& opt, Io& io) {
  const std::string ext = lower_extension(opt.output);
  if (ext != ".html" && ext != ".htm" && ext != ".svg")
    throw UsageError("-o must name a .html or .svg file (got '" + opt.output + "')");
  ReadOptions ro;
  ro.default_type = opt.default_type;
  const OrgGraph g = load_dataset(opt.data, ro, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);
  const std::vector<LayerId> layers = resolve_layers(g, opt.layers);

  viz::Scene scene;
  if (opt.view == "units") {
    scene = units_scene(g, opt, layers, ctx);
  } else {
    viz::NodeStyleOptions style;
    style.unit_depth = opt.unit_depth;
    const std::string color_by = opt.color_by.empty() ? "role" : opt.color_by;
    if (opt.community_method != "leiden" && color_by != "community")
      throw UsageError("--community-method applies to --color-by community");
    if (color_by == "role") {
      style.color_by = viz::ColorBy::role;
    } else if (color_by == "unit") {
      style.color_by = viz::ColorBy::unit;
    } else if (color_by == "community") {
      // Leiden (or Louvain) on the view `leadnet communities` reads, with the run's seed. People alone in
      // their community (no ties in these layers) get no colour.
      style.color_by = viz::ColorBy::community;
      CommunityOptions co;
      co.method = opt.community_method == "louvain" ? CommunityMethod::louvain : CommunityMethod::leiden;
      const Communities c = detect_communities(silo_view(g, layers, false, nullptr), co, ctx);
      style.communities.assign(g.num_nodes(), viz::kNone);
      for (NodeId v = 0; v < g.num_nodes(); ++v) {
        const GroupId k = c.partition.group[v];
        if (k != kNoGroup && c.partition.sizes[k] > 1) style.communities[v] = k;
      }
    } else {
      throw UsageError("--color-by '" + color_by + "' is not available for --view " + opt.view +
                       "; choose role, unit or community");
    }
    const MeasureRequest request{layers, opt.unit_depth};
    style.scores = compute_measures(g, {"degree"}, request, ctx);
    if (!opt.size_by.empty()) {
      auto columns = compute_measures(g, {opt.size_by}, request, ctx);
      if (columns.size() != 1)
        throw UsageError("--size-by takes one measure (for hits: hub or authority); choose from: " +
                         measure_choices(true));
      style.size_by = std::move(columns.front());
      if (style.size_by.name != "degree") style.scores.push_back(style.size_by);
    }
    std::optional<ChainResult> chain;
    auto chain_analysis = [&]() -> const ChainResult& {
      if (!chain) {
        ChainOptions co;
        co.krackhardt = false;
        chain = chain_of_leadership(g, co, ctx);
      }
      return *chain;
    };
    for (const auto& h : opt.highlight) {
      if (h == "gaps") {
        if (opt.view == "chain") continue;  // the chain map marks gaps anyway
        viz::Marking m{"Chain gap", "formal line without dialogue in either direction", {0xd0, 0x21, 0x2d}, {}, {}};
        for (const auto& t : chain_analysis().ties)
          if (!t.backed()) m.ties.emplace_back(t.subordinate, t.manager);
        style.markings.push_back(std::move(m));
      } else if (h == "brokers") {
        viz::Marking m{
            "Broker", "top 5 % (at most 50) by brokerage between silos (Gould–Fernandez)", {0x26, 0x26, 0x26}, {}, {}};
        m.nodes = top_brokers(g, layers, opt.unit_depth, ctx);
        style.markings.push_back(std::move(m));
      } else {
        throw UsageError("--highlight '" + h + "' is not known; choose from: gaps, brokers");
      }
    }

    std::vector<NodeId> subset;
    std::string who;
    if (!opt.unit.empty()) subset = people_in_unit(g, opt.unit, &who);
    const std::size_t drawn = subset.empty() ? g.num_nodes() : subset.size();
    if (drawn > kMaxPeopleOnAMap)
      throw UsageError("a map of " + std::to_string(drawn) + " people is neither readable nor quick to draw (at most " +
                       std::to_string(kMaxPeopleOnAMap) + "); use --view units, or --unit ID for one unit's people");

    if (opt.view == "people") {
      viz::PeopleMapOptions po;
      po.layers = layers;
      po.people = subset;
      po.who = who;
      po.style = std::move(style);
      scene = viz::people_map(g, po, ctx);
    } else {
      viz::ChainMapOptions co;
      co.overlay_layers = layers;
      co.people = subset;
      co.who = who;
      co.style = std::move(style);
      scene = viz::chain_map(g, chain_analysis(), co, ctx);
    }
  }
  if (!opt.title.empty()) scene.title = opt.title;

  AtomicFile file(opt.output);
  if (ext == ".svg")
    viz::write_svg(scene, viz::SvgOptions{}, file.stream());
  else
    viz::write_html(scene, file.stream());
  file.commit();
  if (!opt.common.quiet)
    io.err << "wrote " << opt.output << ": " << opt.view << " map, " << group_digits(scene.nodes.size()) << ' '
           << scene.node_noun << ", " << group_digits(scene.edges.size())
           << (opt.view == "units" ? " pairs of units with ties\n" : " ties\n");
  return 0;
}

}  // namespace

void setup_viz(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<VizOptions>();
  CLI::App* sub = root.add_subcommand(
      "viz", "Draw a map for a workshop: an interactive HTML page (pan, zoom, search, filters) or an SVG picture");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("-o,--output", opt->output, "Output file: FILE.html (interactive) or FILE.svg (static)")->required();
  sub->add_option("--view", opt->view,
                  "people: everyone, placed by who works with whom; chain: the org chart with dialogue ties and "
                  "chain gaps; units: one bubble per unit, ties between units")
      ->check(CLI::IsMember({"people", "chain", "units"}))
      ->capture_default_str();
  sub->add_option("--color-by", opt->color_by,
                  "people, chain: role (default), unit (at --unit-depth) or community (Leiden, seeded, as "
                  "`leadnet communities`); units: ei (E-I index, default) or density");
  sub->add_option("--community-method", opt->community_method,
                  "--color-by community: leiden (connected communities) or louvain, seeded by --seed")
      ->check(CLI::IsMember({"leiden", "louvain"}))
      ->capture_default_str();
  sub->add_option("--size-by", opt->size_by,
                  "people, chain: dot area by a measure, as `leadnet centrality --undirected` (or `leadnet silos` "
                  "for constraint, effective_size, brokerage) computes it on the same layers: " +
                      measure_choices(true));
  sub->add_option("--layers", opt->layers,
                  "Tie layers to draw and measure (comma-separated; default: all, and for communities, brokers "
                  "and the units view the silo layers: all but reports_to, dotted_line and service)")
      ->delimiter(',');
  sub->add_option("--highlight", opt->highlight,
                  "people, chain: mark gaps (formal lines without dialogue) and/or brokers (top 5 %, at most 50, "
                  "by Gould-Fernandez brokerage between silos), comma-separated")
      ->delimiter(',');
  sub->add_option("--unit-depth", opt->unit_depth, "Unit level for --color-by unit and --view units (1: top units)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--unit", opt->unit,
                  "people, chain: only the people of this unit and the units under it (id or name)");
  sub->add_option("--title", opt->title, "Title on the map (default: the organisation's name)");
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")
      ->capture_default_str();
  add_common_options(*sub, opt->common);
  table.push_back({sub, [opt](Io& io) { return run_viz(*opt, io); }});
}

}  // namespace leadnet::cli
