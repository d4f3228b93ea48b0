// leadnet export DATA --to FORMAT -o PATH: the dataset written in another form (or the same one,
// normalised). Reading the output back gives the same graph.

#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "cli/measures.hpp"
#include "cli/table.hpp"
#include "leadnet/io/dot_writer.hpp"
#include "leadnet/io/gexf_writer.hpp"
#include "leadnet/io/writer.hpp"
#include "model/text_detail.hpp"

namespace leadnet::cli {

namespace {

namespace fs = std::filesystem;

struct ExportFormat {
  const char* name;       // the --to value
  const char* extension;  // of -o, to infer --to when it is not given; "" = none
  const char* what;       // for --help
  void (*write)(const OrgGraph&, const GraphExportOptions&, const fs::path&, const RunContext&);
};

/// The forms `--to` accepts. Another output form is one more row here.
const std::vector<ExportFormat>& export_formats() {
  static const std::vector<ExportFormat> formats = {
      {"json", ".json", "one JSON document {meta, units, nodes, edges} (leadnet's JSON input form)",
       [](const OrgGraph& g, const GraphExportOptions&, const fs::path& p, const RunContext& ctx) {
         write_json(g, p, ctx);
       }},
      {"csv", "", "a folder with nodes.csv, edges.csv, units.csv and meta.json (leadnet's folder form)",
       [](const OrgGraph& g, const GraphExportOptions&, const fs::path& p, const RunContext& ctx) {
         write_csv_folder(g, p, ctx);
       }},
      {"graphml", ".graphml", "GraphML, for Gephi, yEd, Cytoscape, NetworkX and igraph",
       [](const OrgGraph& g, const GraphExportOptions& o, const fs::path& p, const RunContext& ctx) {
         write_graphml(g, o, p, ctx);
       }},
      {"gexf", ".gexf", "GEXF 1.3 for Gephi: colours by role and layer, sizes, attributes (--with-scores adds scores)",
       [](const OrgGraph& g, const GraphExportOptions& o, const fs::path& p, const RunContext& ctx) {
         write_gexf(g, o, p, ctx);
       }},
      {"dot", ".dot", "Graphviz DOT: an org chart with `dot -Tsvg`, a network with `sfdp -Tsvg`; data as attributes",
       [](const OrgGraph& g, const GraphExportOptions& o, const fs::path& p, const RunContext& ctx) {
         write_dot(g, o, p, ctx);
       }},
  };
  return formats;
}

struct ExportOptions {
  std::string data;
  std::string to;
  std::string output;
  std::string default_type = "communication";
  std::vector<std::string> scores;  // --with-scores
  std::uint32_t unit_depth = 1;
  CommonOptions common;
};

const ExportFormat& choose_format(const ExportOptions& opt) {
  std::string names;
  for (const auto& f : export_formats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
  if (!opt.to.empty()) {
    for (const auto& f : export_formats())
      if (opt.to == f.name) return f;
    throw UsageError("--to " + opt.to + " is not a form leadnet writes; choose one of: " + names);
  }
  const std::string ext = detail::fold_key(fs::path(opt.output).extension().string());
  for (const auto& f : export_formats())
    if (!ext.empty() && ext == f.extension) return f;
  throw UsageError("say which form to write with --to (" + names + ")");
}

/// True when `inner` is `outer` or lies inside it (paths made absolute and normal first).
bool within(const fs::path& inner, const fs::path& outer) {
  const fs::path a = fs::weakly_canonical(fs::absolute(inner));
  const fs::path b = fs::weakly_canonical(fs::absolute(outer));
  auto ai = a.begin();
  for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai) {
    if (bi->empty()) continue;  // a trailing separator
    if (ai == a.end() || *ai != *bi) return false;
  }
  return true;
}

int run_export(const ExportOptions& opt, Io& io) {
  const ExportFormat& format = choose_format(opt);
  if (within(opt.output, opt.data))
    throw UsageError("-o " + opt.output + " is the dataset itself or inside it; write the export somewhere else");
  if (within(opt.data, opt.output))
    throw UsageError("-o " + opt.output + " holds the dataset " + opt.data + "; write the export somewhere else");
  ReadOptions read;
  read.default_type = opt.default_type;
  const OrgGraph g = load_dataset(opt.data, read, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);
  GraphExportOptions extras;
  if (!opt.scores.empty()) {
    const std::string name = format.name;
    if (name != "gexf" && name != "dot" && name != "graphml")
      throw UsageError("--with-scores applies to --to gexf, dot and graphml (json and csv carry the dataset as it is)");
    MeasureRequest request;
    request.unit_depth = opt.unit_depth;
    std::vector<std::string> failures;
    for (auto& column : compute_measures(g, opt.scores, request, ctx, &failures)) {
      // A score must not take the name of a column the file already has.
      for (const char* taken : {"id", "label", "name", "role", "unit", "unit_name", "unit_path", "silo", "level"})
        if (detail::fold_key(column.name) == taken)
          throw UsageError("--with-scores " + column.name + ": the export already has a column of that name");
      for (const auto& a : g.attributes())
        if (detail::fold_key(a.name()) == detail::fold_key(column.name))
          throw UsageError("--with-scores " + column.name + ": the dataset has an attribute '" + a.name() +
                           "'; rename it to export the score");
      extras.scores.emplace_back(std::move(column.name), std::move(column.values));
    }
    for (const auto& f : failures) io.err << "leadnet export: warning: " << f << "; left out\n";
  }
  extras.silo_depth = opt.unit_depth;
  format.write(g, extras, opt.output, ctx);
  std::size_t layers = 0;
  for (const auto& l : g.layers())
    if (!l.empty()) ++layers;
  io.out << "wrote " << opt.output << " (" << format.name << "): " << group_digits(g.num_nodes()) << " people, "
         << group_digits(g.num_ties()) << " ties in " << layers << (layers == 1 ? " layer\n" : " layers\n");
  return 0;
}

}  // namespace

void setup_export(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<ExportOptions>();
  CLI::App* sub = root.add_subcommand(
      "export", "Write a dataset in another form (JSON, CSV folder, GraphML); reading it back gives the same graph");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  std::vector<std::string> names;
  std::string described;
  for (const auto& f : export_formats()) {
    names.emplace_back(f.name);
    described += std::string("\n  ") + f.name + ": " + f.what;
  }
  sub->add_option("--to", opt->to, "Form to write (default: from the extension of -o):" + described)
      ->check(CLI::IsMember(names));
  sub->add_option("-o,--output", opt->output,
                  "Where to write: a file, or for csv a folder (created; an existing one is replaced only if it "
                  "holds nothing but dataset files). Written completely or not at all.")
      ->required();
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")
      ->capture_default_str();
  sub->add_option("--with-scores", opt->scores,
                  "gexf, dot, graphml: add these measures as node attributes, as `leadnet centrality --undirected` "
                  "(or `leadnet silos` for constraint, effective_size, brokerage) computes them on all layers "
                  "(comma-separated: " +
                      measure_choices() + ")")
      ->delimiter(',');
  sub->add_option("--unit-depth", opt->unit_depth,
                  "gexf, dot: level of the units in the `silo` attribute, and the silos of --with-scores brokerage "
                  "(1: the top units)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add_common_options(*sub, opt->common);
  sub->footer(
      "Examples:\n"
      "  leadnet export datasets/krackhardt-hightech --to graphml -o krackhardt.graphml\n"
      "  leadnet export network.json --to csv -o network-folder\n"
      "  leadnet export datasets/example-municipality --to gexf --with-scores betweenness,pagerank -o kommune.gexf\n"
      "  leadnet export datasets/example-municipality --to dot -o kommune.dot && dot -Tsvg kommune.dot -o chart.svg\n");
  table.push_back({sub, [opt](Io& io) { return run_export(*opt, io); }});
}

}  // namespace leadnet::cli
