// leadnet centrality DATA: who holds the network together, as a table, CSV or JSON.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>
#include <sstream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "cli/table.hpp"
#include "core/format_detail.hpp"
#include "io/writer_detail.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/metrics/centrality.hpp"

namespace leadnet::cli {

namespace {

constexpr std::size_t kDefaultTableRows = 20;

struct CentralityCliOptions {
  std::string data;
  std::vector<std::string> measures{"degree,betweenness,closeness,pagerank"};
  std::vector<std::string> layers;
  bool undirected = false;
  bool weighted = false;
  std::optional<double> approx;
  std::optional<std::size_t> top;
  double katz_alpha = 0.1;
  double tolerance = 1e-6;
  std::string format = "table";
  std::string output;
  std::string default_type = "communication";
  CommonOptions common;
};

// The measures that stop by NetworkX's L1 rule (--tolerance).
bool follows_networkx_stop(Measure m) {
  return m == Measure::pagerank || m == Measure::eigenvector || m == Measure::katz;
}

using leadnet::detail::number_text;

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string unit_name(const OrgGraph& g, NodeId v) {
  const UnitId u = g.unit(v);
  return u == kNoUnit ? std::string() : g.units()[u].name;
}

// Decimals that show the column's largest value with four significant digits.
int table_decimals(const ScoreColumn& c) {
  if (c.integral) return 0;
  double largest = 0.0;
  for (double x : c.values)
    if (std::isfinite(x)) largest = std::max(largest, std::abs(x));
  if (largest == 0.0) return 1;
  const int magnitude = static_cast<int>(std::floor(std::log10(largest)));
  return std::clamp(3 - magnitude, 0, 8);
}

// Node order: by the first column, largest first, NaN last, ties by node id order.
std::vector<NodeId> ranking(const CentralityResult& r, NodeId n) {
  std::vector<NodeId> order(n);
  std::iota(order.begin(), order.end(), NodeId{0});
  if (r.columns.empty()) return order;
  const auto& key = r.columns.front().values;
  std::stable_sort(order.begin(), order.end(), [&key](NodeId a, NodeId b) {
    const bool na = std::isnan(key[a]), nb = std::isnan(key[b]);
    if (na != nb) return nb;
    return !na && key[a] > key[b];
  });
  return order;
}

struct Report {
  const OrgGraph& graph;
  const View& view;
  const CentralityResult& result;
  const CentralityCliOptions& options;
  std::vector<NodeId> order;  // rows to print, in order
  std::string layers;         // the selected layers that hold ties, comma-separated
  std::vector<std::string> layer_list;
  bool auto_undirected = false;
};

const MeasureRun* find_run(const CentralityResult& r, Measure m) {
  for (const auto& run : r.runs)
    if (run.measure == m) return &run;
  return nullptr;
}

std::string betweenness_method(const Report& rep) {
  const MeasureRun* run = find_run(rep.result, Measure::betweenness);
  if (run == nullptr || !rep.options.approx) return {};
  std::ostringstream s;
  s << "betweenness is a sampled estimate (Riondato–Kornaropoulos): within ±" << *rep.options.approx
    << " of the exact normalised value for every node with probability ≥ 0.9; " << group_digits(run->info.samples)
    << " sampled shortest paths, vertex diameter ≤ " << group_digits(run->info.vertex_diameter_bound);
  return s.str();
}

void print_table(const Report& rep, std::ostream& out) {
  const OrgGraph& g = rep.graph;
  const View& view = rep.view;
  const std::string title = g.meta().name.empty() ? rep.options.data : g.meta().name;
  out << title << ": centrality of " << group_digits(view.num_nodes()) << " people, " << group_digits(view.num_edges())
      << (view.directed() ? " arcs" : " ties") << '\n';
  out << "View: " << (view.directed() ? "directed" : "undirected")
      << (rep.auto_undirected ? " (every selected layer is undirected)" : "") << ", "
      << (view.weighted() ? "weighted (path measures use 1/weight as the length of a tie)" : "unweighted")
      << "; layers: " << (rep.layers.empty() ? "none with ties" : rep.layers) << "\n\n";

  std::vector<std::string> header{"#", "name", "role", "unit"};
  std::vector<TextTable::Align> align{TextTable::Align::right, TextTable::Align::left, TextTable::Align::left,
                                      TextTable::Align::left};
  std::vector<int> decimals;
  for (const auto& c : rep.result.columns) {
    header.push_back(c.name);
    align.push_back(TextTable::Align::right);
    decimals.push_back(table_decimals(c));
  }
  TextTable table(header, align);
  std::size_t rank = 0;
  for (NodeId v : rep.order) {
    std::vector<std::string> row{std::to_string(++rank), truncate_display(std::string(g.label(v)), 28),
                                 std::string(role_name(g.role(v))), truncate_display(unit_name(g, v), 24)};
    if (row[3].empty()) row[3] = "-";
    for (std::size_t c = 0; c < rep.result.columns.size(); ++c)
      row.push_back(fixed(rep.result.columns[c].values[v], decimals[c]));
    table.add_row(std::move(row));
  }
  table.print(out);
  if (!rep.result.columns.empty() && rep.order.size() < view.num_nodes())
    out << "\nTop " << rep.order.size() << " of " << group_digits(view.num_nodes()) << " by "
        << rep.result.columns.front().name << "; --top 0 shows everyone, --format csv gives full precision.\n";
  if (const std::string m = betweenness_method(rep); !m.empty()) out << "Note: " << m << ".\n";
  for (const auto& run : rep.result.runs)
    if (!run.failure.empty())
      out << "Note: " << measure_name(run.measure) << " has no values: " << run.failure << ".\n";
}

void print_csv(const Report& rep, std::ostream& out) {
  const OrgGraph& g = rep.graph;
  std::string buf = "id,name,role,unit";
  for (const auto& c : rep.result.columns) buf += "," + c.name;
  buf += '\n';
  for (NodeId v : rep.order) {
    buf += csv_field(g.id(v));
    buf += ',';
    buf += csv_field(g.name(v));
    buf += ',';
    buf += role_name(g.role(v));
    buf += ',';
    buf += csv_field(unit_name(g, v));
    for (const auto& c : rep.result.columns) {
      buf += ',';
      buf += number_text(c.values[v]);
    }
    buf += '\n';
    if (buf.size() > (1U << 20)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf;
}

void print_json(const Report& rep, std::ostream& out) {
  using nlohmann::json;
  const OrgGraph& g = rep.graph;
  const View& view = rep.view;
  json meta;
  meta["schema"] = "leadnet/centrality/1";
  meta["dataset"] = rep.options.data;
  meta["name"] = g.meta().name;
  json v;
  v["layers"] = rep.layer_list;
  v["directed"] = view.directed();
  v["weighted"] = view.weighted();
  v["nodes"] = view.num_nodes();
  v["ties"] = view.num_edges();
  v["path_lengths"] = view.weighted() ? "1/weight: weights are tie strengths, so path measures (betweenness, "
                                        "closeness, harmonic) use 1/weight as distance"
                                      : "hops";
  if (rep.auto_undirected) v["note"] = "every selected layer is undirected, so the view is undirected";
  meta["view"] = v;
  json measures = json::array();
  for (const auto& run : rep.result.runs) {
    json m;
    m["measure"] = measure_name(run.measure);
    if (run.measure == Measure::betweenness) {
      m["normalized"] = true;
      if (rep.options.approx) {
        m["method"] = "sampled (Riondato-Kornaropoulos)";
        m["approx_eps"] = *rep.options.approx;
        m["probability"] = 0.9;
        m["samples"] = run.info.samples;
        m["vertex_diameter_bound"] = run.info.vertex_diameter_bound;
      } else {
        m["method"] = "exact (Brandes)";
      }
    }
    if (run.measure == Measure::katz) m["alpha"] = rep.options.katz_alpha;
    if (follows_networkx_stop(run.measure)) {
      m["tolerance"] = rep.options.tolerance;
      m["stopping_rule"] = "NetworkX's: the first sweep whose L1 step is below nodes * tolerance";
    }
    if (!run.info.solver.empty() && run.measure == Measure::eigenvector) {
      m["method"] = run.info.solver;
      const EigenvectorOptions defaults;
      char rule[160];
      std::snprintf(rule, sizeof rule, "converged (a tolerance of %g or less asks for the limit): residual below %g",
                    defaults.arnoldi_below_tolerance, defaults.arnoldi_tolerance);
      m["stopping_rule"] = rule;
      m["products"] = run.info.iterations;
    } else if (!run.info.solver.empty() && run.measure == Measure::pagerank) {
      m["method"] = run.info.solver;
      const PageRankOptions defaults;
      char rule[200];
      std::snprintf(rule, sizeof rule,
                    "converged (a tolerance of %g or less asks for the limit): the first sweep whose L1 step is below "
                    "nodes * tolerance",
                    defaults.gauss_seidel_below_tolerance);
      m["stopping_rule"] = rule;
      m["iterations"] = run.info.iterations;
    } else if (run.info.iterations > 0) {
      m["iterations"] = run.info.iterations;
    }
    if (!run.failure.empty()) m["failure"] = run.failure;
    measures.push_back(m);
  }
  meta["measures"] = measures;
  json columns = json::array();
  for (const auto& c : rep.result.columns) columns.push_back(c.name);
  meta["columns"] = columns;
  meta["sorted_by"] = rep.result.columns.empty() ? json(nullptr) : json(rep.result.columns.front().name);
  meta["rows"] = rep.order.size();
  // The node list is streamed: a million nodes as nlohmann objects would cost gigabytes.
  std::string text = meta.dump(2);
  text.pop_back();  // the closing brace
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  out << text << ",\n  \"nodes\": [";
  std::string buf;
  bool first = true;
  for (NodeId node : rep.order) {
    buf += first ? "\n    {\"id\": " : ",\n    {\"id\": ";
    first = false;
    detail::append_json_string(buf, g.id(node));
    buf += ", \"name\": ";
    detail::append_json_string(buf, g.name(node));
    buf += ", \"role\": ";
    detail::append_json_string(buf, role_name(g.role(node)));
    buf += ", \"unit\": ";
    detail::append_json_string(buf, unit_name(g, node));
    for (const auto& c : rep.result.columns) {
      buf += ", ";
      detail::append_json_string(buf, c.name);
      buf += ": ";
      const std::string x = number_text(c.values[node]);
      buf += x.empty() ? "null" : x;
    }
    buf += '}';
    if (buf.size() > (1U << 20)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf << (first ? "]\n}\n" : "\n  ]\n}\n");
}

int run_centrality(const CentralityCliOptions& opt, Io& io) {
  CentralityOptions copt;
  copt.measures = parse_measures(opt.measures);
  if (copt.measures.empty()) throw UsageError("--measures is empty");
  if (opt.approx && !(*opt.approx > 0.0 && *opt.approx < 1.0))
    throw UsageError("--approx must be between 0 and 1 (an absolute error bound on normalised betweenness)");
  if (!(opt.katz_alpha > 0.0)) throw UsageError("--katz-alpha must be positive");
  if (!(opt.tolerance > 0.0 && opt.tolerance < 1.0)) throw UsageError("--tolerance must be between 0 and 1");
  copt.betweenness.approx_eps = opt.approx;
  copt.katz.alpha = opt.katz_alpha;
  copt.pagerank.iteration.tolerance = opt.tolerance;
  copt.eigenvector.iteration.tolerance = opt.tolerance;
  copt.katz.iteration.tolerance = opt.tolerance;

  ReadOptions read;
  read.default_type = opt.default_type;
  RunContext ctx = make_context(opt.common, io);
  const OrgGraph g = load_dataset(opt.data, read, io);

  ViewOptions vopt;
  vopt.layers = resolve_layers(g, opt.layers);
  vopt.weighted = opt.weighted;
  // A view of undirected layers only is undirected, whatever the flag says.
  bool any_directed = false;
  std::vector<std::string> layer_list;
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const bool chosen =
        vopt.layers.empty() || std::find(vopt.layers.begin(), vopt.layers.end(), l) != vopt.layers.end();
    if (!chosen || g.layer(l).empty()) continue;
    layer_list.push_back(g.layer(l).name());
    any_directed = any_directed || g.layer(l).directed();
  }
  vopt.directed = !opt.undirected && any_directed;
  const View view(g, vopt);

  const CentralityResult result = centrality(view, copt, ctx);
  for (const auto& run : result.runs)
    if (!run.failure.empty())
      io.err << "leadnet centrality: warning: " << run.failure << "; the " << measure_name(run.measure)
             << " column is left empty\n";
  // NetworkX's rule lets the L1 step be n * tol: PageRank lies 0.1 % and more from its limit from
  // about a hundred people on (reference data: 0.13 % on 156 people, 0.6 % on 433, 1.9 % on 1 005).
  const double allowed = static_cast<double>(view.num_nodes()) * opt.tolerance;
  if (!opt.common.quiet && allowed >= 1e-4)
    for (const auto& run : result.runs)
      if (follows_networkx_stop(run.measure) && run.failure.empty()) {
        char buf[400];
        std::snprintf(buf, sizeof buf,
                      "leadnet centrality: note: %s stopped where NetworkX's default stops (an L1 step below "
                      "nodes x tolerance = %.3g) after %u sweeps: these are NetworkX's numbers, not converged ones; "
                      "--tolerance 1e-12 converges\n",
                      std::string(measure_name(run.measure)).c_str(), allowed,
                      static_cast<unsigned>(run.info.iterations));
        io.err << buf;
      }

  Report rep{g,
             view,
             result,
             opt,
             ranking(result, view.num_nodes()),
             {},
             layer_list,
             !opt.undirected && !vopt.directed && !layer_list.empty()};
  for (const auto& l : layer_list) rep.layers += (rep.layers.empty() ? "" : ", ") + l;
  std::size_t rows = opt.top.value_or(opt.format == "table" ? kDefaultTableRows : 0);
  if (rows > 0 && rows < rep.order.size()) rep.order.resize(rows);

  const auto write = [&](std::ostream& out) {
    if (opt.format == "csv")
      print_csv(rep, out);
    else if (opt.format == "json")
      print_json(rep, out);
    else
      print_table(rep, out);
  };
  write_output(opt.output, io.out, write);
  return 0;
}

}  // namespace

void setup_centrality(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<CentralityCliOptions>();
  CLI::App* sub = root.add_subcommand(
      "centrality",
      "Who holds the network together: degree, betweenness, closeness, harmonic, eigenvector, PageRank, Katz and "
      "HITS scores per person, equal to NetworkX 2.8's defaults");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("--measures,-m", opt->measures,
                  "Comma-separated: degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz, hits, or "
                  "all. The first one sorts the rows")
      ->capture_default_str();
  sub->add_option("--layers,-l", opt->layers,
                  "Edge types to merge into one graph (default: all), e.g. advice,sparring");
  sub->add_flag("--undirected,-u", opt->undirected,
                "Ignore direction: a tie either way is a tie (default: directed, unless every chosen layer is "
                "undirected)");
  sub->add_flag("--weighted,-w", opt->weighted,
                "Use tie weights: strength for degree, PageRank, eigenvector, Katz and HITS; 1/weight as the length "
                "of a tie for betweenness, closeness and harmonic");
  sub->add_option("--approx", opt->approx,
                  "Sampled betweenness for big graphs: within EPS of the exact normalised value with probability "
                  "0.9 (e.g. 0.01)");
  sub->add_option("--katz-alpha", opt->katz_alpha, "Katz attenuation; must be below 1 / the spectral radius")
      ->capture_default_str();
  sub->add_option("--tolerance", opt->tolerance,
                  "PageRank, eigenvector and Katz stop, as NetworkX does, at the first sweep whose L1 change is below "
                  "nodes x TOL; the default is NetworkX's tol, so the numbers are NetworkX's. 1e-12 gives converged "
                  "scores (PageRank then by Gauss-Seidel sweeps, eigenvector by Arnoldi where it can; HITS always "
                  "converges)")
      ->capture_default_str();
  sub->add_option("--top,-n", opt->top,
                  "Show the N highest-ranked people (default: 20 in a table, all in csv/json; 0: all)");
  sub->add_option("--format,-f", opt->format, "table (for reading), csv or json (full precision, for scripts)")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  sub->add_option("--output,-o", opt->output, "Write to FILE instead of standard output (written atomically)");
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")
      ->capture_default_str();
  add_common_options(*sub, opt->common);
  sub->footer(
      "Values equal NetworkX 2.8: betweenness_centrality(normalized=True), closeness_centrality(wf_improved=True), "
      "harmonic_centrality, eigenvector_centrality, pagerank(alpha=0.85), katz_centrality(alpha=0.1, beta=1), hits; "
      "on directed views closeness and harmonic use distances to the person, eigenvector and Katz in-ties.\n"
      "Example: leadnet centrality datasets/example-municipality --layers advice,sparring --measures "
      "betweenness,pagerank --top 10");
  table.push_back({sub, [opt](Io& io) { return run_centrality(*opt, io); }});
}

}  // namespace leadnet::cli
