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
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/viz/chain_map.hpp"
#include "leadnet/viz/html_writer.hpp"
#include "leadnet/viz/people_map.hpp"
#include "leadnet/viz/svg_writer.hpp"

namespace leadnet::cli {

namespace {

struct VizOptions {
  std::string data;
  std::string output;
  std::string view = "people";
  std::string color_by;
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

int run_viz(const VizOptions& opt, Io& io) {
  const std::string ext = lower_extension(opt.output);
  if (ext != ".html" && ext != ".htm" && ext != ".svg")
    throw UsageError("-o must name a .html or .svg file (got '" + opt.output + "')");
  ReadOptions ro;
  ro.default_type = opt.default_type;
  const OrgGraph g = load_dataset(opt.data, ro, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);

  const std::vector<LayerId> layers = resolve_layers(g, opt.layers);
  viz::NodeStyleOptions style;
  style.unit_depth = opt.unit_depth;
  const std::string color_by = opt.color_by.empty() ? "role" : opt.color_by;
  if (color_by == "role")
    style.color_by = viz::ColorBy::role;
  else if (color_by == "unit")
    style.color_by = viz::ColorBy::unit;
  else
    throw UsageError("--color-by '" + color_by + "' is not available for --view " + opt.view);
  std::vector<LayerId> all_layers = layers;
  if (all_layers.empty())
    for (LayerId l = 0; l < g.num_layers(); ++l)
      if (!g.layer(l).empty()) all_layers.push_back(l);
  style.scores = compute_measures(g, {"degree"}, all_layers, ctx);
  if (!opt.size_by.empty()) style.size_by = compute_measures(g, {opt.size_by}, all_layers, ctx).front();
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
    } else {
      throw UsageError("--highlight '" + h + "' is not known; choose from: gaps");
    }
  }

  std::vector<NodeId> subset;
  std::string who;
  if (!opt.unit.empty()) subset = people_in_unit(g, opt.unit, &who);
  const std::size_t drawn = subset.empty() ? g.num_nodes() : subset.size();
  if (opt.view != "units" && drawn > kMaxPeopleOnAMap)
    throw UsageError("a map of " + std::to_string(drawn) + " people is neither readable nor quick to draw (at most " +
                     std::to_string(kMaxPeopleOnAMap) + "); use --view units, or --unit ID for one unit's people");

  viz::Scene scene;
  if (opt.view == "people") {
    viz::PeopleMapOptions po;
    po.layers = layers;
    po.people = subset;
    po.who = who;
    po.style = std::move(style);
    scene = viz::people_map(g, po, ctx);
  } else if (opt.view == "chain") {
    viz::ChainMapOptions co;
    co.overlay_layers = layers;
    co.people = subset;
    co.who = who;
    co.style = std::move(style);
    scene = viz::chain_map(g, chain_analysis(), co, ctx);
  } else {
    throw UsageError("--view " + opt.view + " is not available yet");
  }
  if (!opt.title.empty()) scene.title = opt.title;

  AtomicFile file(opt.output);
  if (ext == ".svg")
    viz::write_svg(scene, viz::SvgOptions{}, file.stream());
  else
    viz::write_html(scene, file.stream());
  file.commit();
  if (!opt.common.quiet)
    io.err << "wrote " << opt.output << ": " << opt.view << " map, " << scene.nodes.size() << ' ' << scene.node_noun
           << ", " << scene.edges.size() << " ties\n";
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
                  "people/chain: role (default), unit or community; units: ei (default) or density");
  sub->add_option("--size-by", opt->size_by, "Node area by a measure: " + measure_choices());
  sub->add_option("--layers", opt->layers, "Tie layers to draw (comma-separated; default: all)")->delimiter(',');
  sub->add_option("--highlight", opt->highlight, "Mark: gaps (chain gaps), brokers")->delimiter(',');
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
