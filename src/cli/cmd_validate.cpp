// leadnet validate DATA: reads the dataset, reports every problem, writes nothing.

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "cli/table.hpp"
#include "leadnet/model/formal_tree.hpp"

namespace leadnet::cli {

namespace {

struct ValidateOptions {
  std::string data;
  std::string default_type = "communication";
  CommonOptions common;
};

int run_validate(const ValidateOptions& opt, Io& io) {
  ReadOptions read;
  read.default_type = opt.default_type;
  const OrgGraph g = load_dataset(opt.data, read, io);
  const FormalTree formal = analyze_formal_tree(g);
  for (const auto& p : formal.problems)
    io.err << opt.data << ": warning: formal tree: " << p.message << '\n';
  std::size_t layers = 0;
  for (const auto& l : g.layers())
    if (!l.empty()) ++layers;
  const std::size_t units = g.units().size() - (g.units().synthetic_root() ? 1 : 0);
  io.out << opt.data << ": OK: " << group_digits(g.num_nodes()) << " people, " << group_digits(g.num_ties())
         << " ties in " << layers << (layers == 1 ? " layer, " : " layers, ") << group_digits(units)
         << (units == 1 ? " unit" : " units");
  if (!formal.problems.empty())
    io.out << "; " << formal.problems.size() << " formal-tree problem" << (formal.problems.size() == 1 ? "" : "s")
           << " (see warnings)";
  io.out << '\n';
  return 0;
}

}  // namespace

void setup_validate(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<ValidateOptions>();
  CLI::App* sub = root.add_subcommand(
      "validate", "Check a dataset: every problem is listed as FILE:LINE:COLUMN: error: MESSAGE; exit 1 if any");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")
      ->capture_default_str();
  add_common_options(*sub, opt->common);
  table.push_back({sub, [opt](Io& io) { return run_validate(*opt, io); }});
}

}  // namespace leadnet::cli
