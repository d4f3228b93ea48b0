// leadnet communities DATA: the informal organisation — groups found in the ties — held against
// the organisation chart (silos at --unit-depth) by NMI and the adjusted Rand index.

#include <algorithm>
#include <cmath>
#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/csv_out.hpp"
#include "cli/load.hpp"
#include "cli/table.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/metrics/communities.hpp"
#include "leadnet/metrics/partition_compare.hpp"
#include "leadnet/metrics/silos.hpp"

namespace leadnet::cli {

namespace {

struct CommunitiesCliOptions {
  std::string data;
  std::string method = "leiden";
  double resolution = 1.0;
  std::vector<std::string> layers;
  bool weighted = false;
  std::uint32_t unit_depth = 1;
  std::string format = "table";
  std::string output;
  CommonOptions common;
};

struct Result {
  std::string layer_names;
  Communities communities;
  bool has_silos = false;
  Partition silos;
  PartitionComparison comparison;
  std::vector<ContingencyCell> cells;  // community × silo
};

// Per community: its silos, largest share first.
std::vector<std::vector<ContingencyCell>> silos_by_community(const Result& r) {
  std::vector<std::vector<ContingencyCell>> by(r.communities.partition.num_groups());
  for (const auto& c : r.cells) by[c.a].push_back(c);
  for (auto& list : by)
    std::stable_sort(list.begin(), list.end(),
                     [](const ContingencyCell& x, const ContingencyCell& y) { return x.people > y.people; });
  return by;
}

nlohmann::json to_json(const OrgGraph& g, const Result& r, const CommunitiesCliOptions& opt) {
  using nlohmann::json;
  const auto& p = r.communities.partition;
  auto number = [](double x) { return std::isfinite(x) ? json(x) : json(nullptr); };
  json j;
  j["schema"] = "leadnet/communities/1";
  j["name"] = g.meta().name;
  j["dataset"] = opt.data;
  j["options"] = {{"method", opt.method},     {"resolution", opt.resolution}, {"seed", opt.common.seed},
                  {"weighted", opt.weighted}, {"layers", r.layer_names},      {"unit_depth", opt.unit_depth}};
  j["summary"] = {{"communities", p.num_groups()},
                  {"modularity", number(r.communities.modularity)},
                  {"levels", r.communities.levels},
                  {"nmi", r.has_silos ? number(r.comparison.nmi) : json(nullptr)},
                  {"ari", r.has_silos ? number(r.comparison.ari) : json(nullptr)},
                  {"compared_people", r.comparison.people}};
  const auto by = silos_by_community(r);
  json list = json::array();
  for (GroupId c = 0; c < p.num_groups(); ++c) {
    json silos = json::array();
    for (const auto& cell : by[c]) silos.push_back({{"silo", r.silos.ids[cell.b]}, {"people", cell.people}});
    list.push_back({{"community", c + 1}, {"people", p.sizes[c]}, {"silos", silos}});
  }
  j["communities"] = list;
  json people = json::array();
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    json row = {{"id", std::string(g.id(v))}, {"community", p.group[v] + 1}};
    if (r.has_silos) row["silo"] = r.silos.group[v] == kNoGroup ? json(nullptr) : json(r.silos.ids[r.silos.group[v]]);
    people.push_back(row);
  }
  j["people"] = people;
  return j;
}

void write_csv(const OrgGraph& g, const Result& r, std::ostream& out) {
  CsvWriter csv(out);
  csv.row({"id", "name", "community", "silo", "silo_name"});
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const GroupId s = r.has_silos ? r.silos.group[v] : kNoGroup;
    csv.row({std::string(g.id(v)), std::string(g.name(v)), std::to_string(r.communities.partition.group[v] + 1),
             s == kNoGroup ? std::string() : r.silos.ids[s], s == kNoGroup ? std::string() : r.silos.names[s]});
  }
}

void print_table(const OrgGraph& g, const Result& r, const CommunitiesCliOptions& opt, std::ostream& out) {
  const auto& p = r.communities.partition;
  std::size_t groups = 0, alone = 0;
  for (NodeId s : p.sizes) (s >= 2 ? groups : alone) += 1;
  out << (g.meta().name.empty() ? opt.data : g.meta().name) << " — communities (" << opt.method << ", resolution "
      << fixed(opt.resolution, 2) << ", seed " << opt.common.seed << ")\n";
  std::string layers = r.layer_names;
  for (std::size_t i = layers.find(','); i != std::string::npos; i = layers.find(',', i + 2)) layers.replace(i, 1, ", ");
  out << "Ties: " << (layers.empty() ? std::string("none") : layers) << (opt.weighted ? " (weighted)" : "") << "\n\n";
  out << "  " << groups << " communities of two or more people";
  if (alone > 0) out << ", " << group_digits(alone) << " people without ties in these layers";
  out << "\n  modularity " << fixed(r.communities.modularity, 3)
      << "   (0: no more ties inside the communities than chance; above 0.3 is a clear structure)\n";
  if (r.has_silos) {
    out << "  against the silos at unit depth " << opt.unit_depth << ": NMI " << fixed(r.comparison.nmi, 3)
        << ", adjusted Rand " << fixed(r.comparison.ari, 3) << "\n"
        << "  (1: the informal groups are exactly the organisation chart's units; 0: unrelated to them)\n";
  }
  out << '\n';
  if (groups == 0) return;
  const auto by = silos_by_community(r);
  TextTable t({"community", "people", "silos", "mostly from", "share"},
              {TextTable::Align::right, TextTable::Align::right, TextTable::Align::right, TextTable::Align::left,
               TextTable::Align::right});
  for (GroupId c = 0; c < p.num_groups() && c < 30; ++c) {
    if (p.sizes[c] < 2) break;  // sorted by size: the rest are single people
    std::string main = "-", share = "-";
    if (!by[c].empty()) {
      main = truncate_display(r.silos.names[by[c][0].b], 36);
      share = fixed(100.0 * by[c][0].people / p.sizes[c], 0) + "%";
    }
    t.add_row({std::to_string(c + 1), group_digits(p.sizes[c]), r.has_silos ? std::to_string(by[c].size()) : "-", main,
               share});
  }
  t.print(out, "  ");
  if (groups > 30) out << "  ... and " << groups - 30 << " smaller communities (see --format csv/json)\n";
  if (r.has_silos)
    out << "  silos: how many silos the community's members come from; share: of its members in the first.\n";
}

int run_communities(const CommunitiesCliOptions& opt, Io& io) {
  const OrgGraph g = load_dataset(opt.data, ReadOptions{}, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);
  if (!(opt.resolution > 0)) throw UsageError("--resolution must be greater than 0");
  std::vector<LayerId> layers = opt.layers.empty() ? default_silo_layers(g) : resolve_layers(g, opt.layers);
  Result r;
  const View view = layers.empty() ? View::from_arcs(g.num_nodes(), {}, false, opt.weighted)
                                   : View(g, ViewOptions{layers, false, opt.weighted});
  r.layer_names = view.layer_names();
  CommunityOptions co;
  co.method = opt.method == "louvain" ? CommunityMethod::louvain : CommunityMethod::leiden;
  co.resolution = opt.resolution;
  r.communities = detect_communities(view, co, ctx);
  if (!g.units().empty() && g.units().max_depth() >= 1) {
    r.silos = silos_at_depth(g, opt.unit_depth);
    r.has_silos = true;
    r.comparison = compare_partitions(r.communities.partition, r.silos);
    r.cells = contingency(r.communities.partition, r.silos);
  }

  std::unique_ptr<AtomicFile> file;
  if (!opt.output.empty()) file = std::make_unique<AtomicFile>(opt.output);
  std::ostream& out = file ? file->stream() : io.out;
  if (opt.format == "json") out << to_json(g, r, opt).dump(2) << '\n';
  else if (opt.format == "csv") write_csv(g, r, out);
  else print_table(g, r, opt, out);
  if (file) file->commit();
  return 0;
}

}  // namespace

void setup_communities(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<CommunitiesCliOptions>();
  CLI::App* sub = root.add_subcommand(
      "communities", "The informal organisation: groups found in the ties (Leiden or Louvain), compared with the "
                     "organisation chart's units by NMI and adjusted Rand index");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("--method", opt->method, "leiden (well-connected communities) or louvain")
      ->check(CLI::IsMember({"leiden", "louvain"}))
      ->capture_default_str();
  sub->add_option("--resolution", opt->resolution, "Above 1: more, smaller communities; below 1: fewer, larger")
      ->capture_default_str();
  sub->add_option("--layers", opt->layers,
                  "Tie types to use, comma-separated (default: every type except reports_to, dotted_line and "
                  "service)");
  sub->add_flag("--weighted", opt->weighted, "Use tie weights (default: every tie counts 1)");
  sub->add_option("--unit-depth", opt->unit_depth, "Units to compare with: 1 = the top units, 2 = below them, ...")
      ->capture_default_str();
  sub->add_option("--format", opt->format, "table, csv (one row per person) or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  sub->add_option("-o,--output", opt->output, "Write to FILE instead of standard output");
  add_common_options(*sub, opt->common);
  sub->footer("The same --seed gives the same communities at any --threads.");
  table.push_back({sub, [opt](Io& io) { return run_communities(*opt, io); }});
}

}  // namespace leadnet::cli
