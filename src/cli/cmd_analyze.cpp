// leadnet analyze DATA -o DIR: the full report in one command. Parses options, reads the data,
// pseudonymises it when asked, runs the library's pipeline (report/analyze.hpp) and writes the
// report folder; prints where it is and the key findings.

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/input_digest.hpp"
#include "leadnet/model/pseudonymize.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/report/analyze.hpp"

namespace leadnet::cli {

namespace {

struct AnalyzeCliOptions {
  std::string data;
  std::string output;
  std::vector<std::string> skip;
  std::vector<std::string> layers;
  std::vector<std::string> dialogue_layers;
  std::uint32_t unit_depth = 1;
  std::uint32_t span_limit = 30;
  double approx = -1.0;  // -1: not given
  bool pseudonymize = false;
  std::string salt_file;
  std::uint32_t min_group_size = 5;
  bool no_person_level = false;
  std::string default_type = "communication";
  CommonOptions common;
};

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

// The options as given, for report.json (never the key, only whether one was used).
std::vector<std::pair<std::string, std::string>> given_options(const AnalyzeCliOptions& o) {
  std::vector<std::pair<std::string, std::string>> v;
  v.emplace_back("skip", join(o.skip));
  v.emplace_back("layers", join(o.layers));
  v.emplace_back("dialogue_layers", join(o.dialogue_layers));
  v.emplace_back("unit_depth", std::to_string(o.unit_depth));
  v.emplace_back("span_limit", std::to_string(o.span_limit));
  v.emplace_back("approx", o.approx >= 0 ? std::to_string(o.approx) : "");
  v.emplace_back("pseudonymize", o.pseudonymize ? "true" : "false");
  v.emplace_back("min_group_size", std::to_string(o.min_group_size));
  v.emplace_back("person_level", o.no_person_level ? "false" : "true");
  v.emplace_back("seed", std::to_string(o.common.seed));
  return v;
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, s < 10 ? "%.2f s" : "%.1f s", s);
  return buf;
}

int run_analyze(const AnalyzeCliOptions& opt, Io& io) {
  const std::filesystem::path out_dir(opt.output);
  check_report_target(out_dir);
  std::string key;
  if (opt.pseudonymize) {
    if (opt.salt_file.empty())
      throw UsageError("--pseudonymize needs --salt-file FILE with a secret key (make one with: openssl rand -hex 32 "
                       "> key.txt; keep it apart from the report)");
    key = read_pseudonym_key(opt.salt_file);
  } else if (!opt.salt_file.empty()) {
    throw UsageError("--salt-file is used only with --pseudonymize");
  }

  ReadOptions ro;
  ro.default_type = opt.default_type;
  OrgGraph g = load_dataset(opt.data, ro, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);
  const bool log = !opt.common.quiet;
  const auto stage_line = [&io, log](std::string_view stage, bool done, double seconds) {
    if (!log || !done) return;
    io.err << (io.err_is_terminal ? "\r\033[K" : "") << "analyze: " << stage << " (" << seconds_text(seconds) << ")\n";
  };

  ReportProvenance prov;
  prov.dataset = std::filesystem::path(opt.data).lexically_normal().filename().string();
  if (prov.dataset.empty()) prov.dataset = std::filesystem::path(opt.data).lexically_normal().parent_path().filename().string();
  prov.input = digest_dataset(opt.data);
  prov.seed = opt.common.seed;
  prov.options = given_options(opt);

  AnalyzeOptions ao;
  ao.skip = opt.skip;
  ao.layers = resolve_layers(g, opt.layers);
  ao.dialogue_layers = resolve_layers(g, opt.dialogue_layers);
  ao.unit_depth = opt.unit_depth;
  ao.span_limit = opt.span_limit;
  if (opt.approx >= 0) ao.approx_eps = opt.approx;
  ao.privacy.pseudonymized = opt.pseudonymize;
  ao.privacy.min_group_size = opt.min_group_size;
  ao.privacy.person_level = !opt.no_person_level;
  ao.on_stage = stage_line;

  if (opt.pseudonymize) {
    // The original graph is dropped as soon as its pseudonymised copy exists.
    g = pseudonymize(g, key, ctx);
    key.assign(key.size(), '\0');
  }
  const AnalyzeResult result = analyze(g, ao, ctx);
  const std::vector<std::string> files = write_analyze_report(g, result, prov, out_dir, ctx);
  if (ctx.on_progress) io.err << "\r\033[K";

  io.out << "Report written to " << opt.output << "/ (" << files.size() << " files); open "
         << (out_dir / "index.html").string() << " in a browser.\n";
  if (!result.findings.empty()) io.out << "\nKey findings:\n";
  for (const Finding& f : result.findings) io.out << "  - " << f.headline << '\n';
  for (const std::string& n : result.notes) io.out << "\nNote: " << n << '\n';
  return 0;
}

}  // namespace

void setup_analyze(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<AnalyzeCliOptions>();
  CLI::App* sub = root.add_subcommand(
      "analyze",
      "The full report in one command: every analysis as numbers (report.json, CSV tables), the network for Gephi "
      "(GraphML, GEXF) and one page to show (index.html: key findings in plain words, charts, maps)");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("-o,--output", opt->output,
                  "Report folder to write (written beside it and renamed at the end; an existing folder is replaced "
                  "only if it is an earlier leadnet report)")
      ->required();
  std::string skip_help = "Parts to leave out, comma-separated:";
  for (const auto& c : analyze_skip_choices()) skip_help += "\n  " + std::string(c.name) + ": " + std::string(c.what);
  sub->add_option("--skip", opt->skip, skip_help)->delimiter(',');
  sub->add_option("--layers", opt->layers,
                  "Layers of the informal network that the network measures read, comma-separated (default: every "
                  "layer except reports_to, dotted_line and service)")
      ->delimiter(',');
  sub->add_option("--dialogue-layers", opt->dialogue_layers,
                  "Layers that back a formal line (default: sparring,advice,communication,collaboration)")
      ->delimiter(',');
  sub->add_option("--unit-depth", opt->unit_depth, "Unit level of the silos (1: the top-level units under the root)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub->add_option("--span-limit", opt->span_limit, "Leaders with more direct reports than this are flagged")
      ->capture_default_str();
  sub->add_option("--approx", opt->approx,
                  "Betweenness as a sampled estimate within EPS of the exact value (probability 0.9; e.g. 0.01). "
                  "Without it betweenness is exact up to 20,000 people with ties and sampled with EPS 0.002 above; "
                  "the report says which")
      ->type_name("EPS");
  sub->add_flag("--pseudonymize", opt->pseudonymize,
                "Replace every id and name by a stable pseudonym (HMAC-SHA-256 with the key in --salt-file) before "
                "anything is computed; the data's extra attributes are left out. The key is never written anywhere");
  sub->add_option("--salt-file", opt->salt_file,
                  "Secret key for --pseudonymize (at least 16 bytes; e.g. openssl rand -hex 32 > key.txt). The same "
                  "key gives the same pseudonyms in every report");
  sub->add_option("--min-group-size", opt->min_group_size,
                  "Suppress every figure of a unit, silo, level or pair of units computed over fewer than K people, "
                  "everywhere in the report (0: show all)")
      ->capture_default_str();
  sub->add_flag("--no-person-level", opt->no_person_level,
                "No per-person output: no people, leaders or gap tables, no graph files, no names, ids or labels");
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")->capture_default_str();
  add_common_options(*sub, opt->common);
  sub->footer("\nExample: leadnet analyze datasets/example-municipality -o report   (then open report/index.html)");
  table.push_back({sub, [opt](Io& io) { return run_analyze(*opt, io); }});
}

}  // namespace leadnet::cli
