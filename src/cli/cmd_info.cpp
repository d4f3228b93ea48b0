// leadnet info DATA: what is in a dataset, as a table or JSON.

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "cli/table.hpp"
#include "leadnet/metrics/summary.hpp"
#include "leadnet/report/summary_json.hpp"

namespace leadnet::cli {

namespace {

struct InfoOptions {
  std::string data;
  std::string format = "table";
  std::string default_type = "communication";
  CommonOptions common;
};

std::string person(const OrgGraph& g, NodeId v) {
  std::string s(g.id(v));
  if (!g.name(v).empty()) s += " (" + std::string(g.name(v)) + ")";
  return s;
}

void print_table(const OrgGraph& g, const OrgSummary& s, const std::string& data, Io& io) {
  auto& out = io.out;
  out << (g.meta().name.empty() ? data : g.meta().name + "  (" + data + ")") << "\n\n";
  out << "People        " << group_digits(s.nodes) << '\n';
  TextTable roles({"role", "people"}, {TextTable::Align::left, TextTable::Align::right});
  for (Role r : kAllRoles)
    if (s.people_by_role[static_cast<std::size_t>(r)] > 0)
      roles.add_row({std::string(role_name(r)), group_digits(s.people_by_role[static_cast<std::size_t>(r)])});
  roles.print(out, "  ");
  out << "\nTies          " << group_digits(s.ties) << " in " << s.layers.size()
      << (s.layers.size() == 1 ? " layer\n" : " layers\n");
  TextTable layers({"type", "direction", "ties", "weight"},
                   {TextTable::Align::left, TextTable::Align::left, TextTable::Align::right, TextTable::Align::right});
  for (const auto& l : s.layers)
    layers.add_row({l.name + (l.builtin ? "" : " (custom)"), l.directed ? "directed" : "undirected",
                    group_digits(l.ties), l.weighted ? fixed(l.total_weight, 1) : "-"});
  layers.print(out, "  ");

  out << "\nUnits         " << group_digits(s.units) << " (deepest level " << s.unit_depth << ")";
  if (s.people_without_unit > 0) out << ", " << group_digits(s.people_without_unit) << " people without a unit";
  out << '\n';
  if (!s.top_units.empty()) {
    TextTable units({"top-level unit", "people"}, {TextTable::Align::left, TextTable::Align::right});
    for (const auto& u : s.top_units) units.add_row({truncate_display(g.units()[u.unit].name, 40), group_digits(u.people)});
    units.print(out, "  ");
  }
  out << "\nLevels        ";
  bool first = true;
  for (const auto& [level, count] : s.people_by_level) {
    out << (first ? "" : "   ") << (level < 0 ? std::string("unknown") : std::to_string(level)) << ": "
        << group_digits(count);
    first = false;
  }
  out << "\nComponents    " << group_digits(s.components) << " (largest " << group_digits(s.largest_component)
      << ", isolated people " << group_digits(s.isolates) << ")\n";

  const FormalTree& f = s.formal;
  out << "\nFormal tree   " << group_digits(f.ties) << " reporting lines, " << f.roots.size()
      << (f.roots.size() == 1 ? " root" : " roots");
  if (!f.roots.empty()) {
    out << " (";
    for (std::size_t i = 0; i < f.roots.size() && i < 5; ++i) out << (i ? ", " : "") << person(g, f.roots[i]);
    if (f.roots.size() > 5) out << ", ...";
    out << ")";
  }
  out << ", " << f.layers << (f.layers == 1 ? " layer" : " layers");
  if (f.max_span_leader != kNoNode) out << ", largest span " << f.max_span << " (" << person(g, f.max_span_leader) << ")";
  out << '\n';
  if (f.problems.empty()) {
    out << "Problems      none\n";
  } else {
    out << "Problems      " << f.problems.size() << '\n';
    for (std::size_t i = 0; i < f.problems.size() && i < 20; ++i) out << "  - " << f.problems[i].message << '\n';
    if (f.problems.size() > 20) out << "  ... and " << f.problems.size() - 20 << " more\n";
  }
}

int run_info(const InfoOptions& opt, Io& io) {
  ReadOptions read;
  read.default_type = opt.default_type;
  const OrgGraph g = load_dataset(opt.data, read, io);
  const OrgSummary s = summarize(g);
  if (opt.format == "json") {
    nlohmann::json j = summary_to_json(g, s);
    j["dataset"] = opt.data;
    io.out << j.dump(2) << '\n';
  } else {
    print_table(g, s, opt.data, io);
  }
  return 0;
}

}  // namespace

void setup_info(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<InfoOptions>();
  CLI::App* sub = root.add_subcommand(
      "info", "What a dataset holds: people by role, ties by layer, units, levels, components, the formal tree");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("--format", opt->format, "table (for reading) or json (for scripts)")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")
      ->capture_default_str();
  add_common_options(*sub, opt->common);
  table.push_back({sub, [opt](Io& io) { return run_info(*opt, io); }});
}

}  // namespace leadnet::cli
