// leadnet silos DATA: do the units talk, who carries the ties between them, what breaks when one
// person leaves. Formats the library's SilosReport as a table, CSV (one row per person) or JSON.

#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/csv_out.hpp"
#include "cli/load.hpp"
#include "cli/silos_table.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/metrics/silos.hpp"
#include "leadnet/report/silos_json.hpp"

namespace leadnet::cli {

namespace {

struct SilosCliOptions {
  std::string data;
  std::uint32_t unit_depth = 1;
  std::vector<std::string> layers;
  std::uint32_t permutations = 1000;
  bool directed = false;
  bool weighted = false;
  std::vector<std::string> dialogue_layers;
  std::string method = "leiden";
  NodeId connectivity_limit = 100000;
  std::string format = "table";
  std::string output;
  CommonOptions common;
};

void write_csv(const OrgGraph& g, const SilosReport& r, std::ostream& out) {
  CsvWriter csv(out);
  std::vector<std::string> header{"id", "name", "silo", "silo_name", "external_ties", "internal_ties", "ei",
                                  "silos_reached"};
  for (std::size_t k = 0; k < kBrokerageRoles; ++k)
    header.push_back(std::string("brokerage_") + brokerage_role_name(static_cast<BrokerageRole>(k)));
  for (const char* h : {"constraint", "effective_size", "efficiency", "community"}) header.push_back(h);
  csv.row(header);
  // People with a silo, and anyone else with a contact in the view (external partners).
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const GroupId s = r.silos.group[v];
    if (s == kNoGroup && r.holes.contacts[v] == 0) continue;
    std::vector<std::string> row{std::string(g.id(v)), std::string(g.name(v)),
                                 s == kNoGroup ? std::string() : r.silos.ids[s],
                                 s == kNoGroup ? std::string() : r.silos.names[s],
                                 std::to_string(r.ei.person_external[v]), std::to_string(r.ei.person_internal[v]),
                                 csv_number(r.ei.person_ei[v]), std::to_string(r.silos_reached[v])};
    for (std::size_t k = 0; k < kBrokerageRoles; ++k) row.push_back(std::to_string(r.brokerage.counts[v][k]));
    row.push_back(csv_number(r.holes.constraint[v]));
    row.push_back(csv_number(r.holes.effective_size[v]));
    row.push_back(csv_number(r.holes.efficiency[v]));
    row.push_back(std::to_string(r.communities.partition.group[v] + 1));
    csv.row(row);
  }
}

int run_silos(const SilosCliOptions& opt, Io& io) {
  const OrgGraph g = load_dataset(opt.data, ReadOptions{}, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);
  SilosOptions so;
  so.unit_depth = opt.unit_depth;
  so.directed = opt.directed;
  so.weighted = opt.weighted;
  so.permutations = opt.permutations;
  if (!opt.layers.empty()) {
    so.layers = resolve_layers(g, opt.layers);
    if (so.layers.empty()) throw UsageError("--layers names no layer");
  }
  if (!opt.dialogue_layers.empty()) so.dialogue_layers = resolve_layers(g, opt.dialogue_layers);
  so.connectivity.max_people = opt.connectivity_limit;
  so.communities.method = opt.method == "louvain" ? CommunityMethod::louvain : CommunityMethod::leiden;
  const SilosReport report = silos_report(g, so, ctx);

  std::unique_ptr<AtomicFile> file;
  if (!opt.output.empty()) file = std::make_unique<AtomicFile>(opt.output);
  std::ostream& out = file ? file->stream() : io.out;
  if (opt.format == "json") {
    nlohmann::json j = silos_to_json(g, report);
    j["dataset"] = opt.data;
    j["options"]["seed"] = opt.common.seed;
    out << j.dump(2) << '\n';
  } else if (opt.format == "csv") {
    write_csv(g, report, out);
  } else {
    print_silos_table(g, report, opt.data, out);
  }
  if (file) file->commit();
  return 0;
}

}  // namespace

void setup_silos(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<SilosCliOptions>();
  CLI::App* sub = root.add_subcommand(
      "silos", "Whether the units talk: E-I index with a permutation test, ties between silos, who carries them "
               "(brokers, constraint), which pairs hang on one person, citizens served by several silos, "
               "communities against the organisation chart");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("--unit-depth", opt->unit_depth,
                  "Which level of the unit tree are the silos: 1 = the top units (administrations), 2 = the units "
                  "below them, ...")
      ->capture_default_str();
  sub->add_option("--layers", opt->layers,
                  "Tie types that count as talking, comma-separated (default: every type except reports_to, "
                  "dotted_line and service)");
  sub->add_option("--permutations", opt->permutations,
                  "Random relabellings of the silos for the E-I p-values (0: no test)")
      ->capture_default_str();
  sub->add_flag("--directed", opt->directed, "Keep the direction of ties (default: a pair of people counts once)");
  sub->add_flag("--weighted", opt->weighted,
                "Use tie weights for modularity, constraint, communities and connectivity (default: every tie "
                "counts 1)");
  sub->add_option("--dialogue-layers", opt->dialogue_layers,
                  "Tie types in which a citizen's staff must be within two steps of each other (default: "
                  "sparring,advice,communication,collaboration)");
  sub->add_option("--method", opt->method, "Community detection compared with the silos: leiden or louvain")
      ->check(CLI::IsMember({"leiden", "louvain"}))
      ->capture_default_str();
  sub->add_option("--connectivity-limit", opt->connectivity_limit,
                  "Skip the algebraic connectivity when the largest connected group has more people than this "
                  "(its sparse factorisation grows too large; 0: no limit)")
      ->capture_default_str();
  sub->add_option("--format", opt->format, "table (for reading), csv (one row per person) or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  sub->add_option("-o,--output", opt->output, "Write to FILE instead of standard output");
  add_common_options(*sub, opt->common);
  sub->footer(
      "A silo is the unit at --unit-depth above a person's unit. People placed above that level (the municipal "
      "director in the root unit) form a silo of their own; people without a unit (citizens) are left out.");
  table.push_back({sub, [opt](Io& io) { return run_silos(*opt, io); }});
}

}  // namespace leadnet::cli
