// leadnet generate --preset NAME --seed S -o DIR [--people N] [--citizens N] [--set NAME=VALUE]:
// writes a synthetic Danish municipality (or all of Denmark) in the CSV folder form.

#include <chrono>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/gen/municipality.hpp"

namespace leadnet::cli {

namespace {

struct GenerateOptions {
  std::string preset;
  std::string output;
  std::optional<std::uint64_t> people;
  std::optional<std::uint64_t> citizens;
  std::vector<std::string> settings;
  CommonOptions common;
};

std::string megabytes(std::uint64_t bytes) { return fixed(static_cast<double>(bytes) / 1e6, 1) + " MB"; }

std::string share(std::uint64_t a, std::uint64_t b) {
  return b == 0 ? std::string("-") : fixed(100.0 * static_cast<double>(a) / static_cast<double>(b), 1) + " %";
}

int run_generate(const GenerateOptions& opt, Io& io) {
  gen::GenerateParams params = gen::preset_params(opt.preset);
  if (opt.people) params.employees = *opt.people;
  if (opt.citizens) params.citizens = *opt.citizens;
  for (const auto& s : opt.settings) {
    const auto eq = s.find('=');
    if (eq == std::string::npos) throw UsageError("--set takes NAME=VALUE (got '" + s + "')");
    gen::set_param(params, s.substr(0, eq), s.substr(eq + 1));
  }
  gen::check_params(params);
  RunContext ctx = make_context(opt.common, io);
  const auto start = std::chrono::steady_clock::now();
  const gen::GenerateSummary s = gen::write_generated(params, opt.output, ctx);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const auto& t = s.planted.total;
  auto& out = io.out;
  out << "Wrote " << opt.output << ": " << group_digits(s.nodes) << " people, " << group_digits(s.ties) << " ties, "
      << group_digits(s.units) << " units (" << megabytes(s.bytes) << " of CSV) in " << fixed(seconds, 1) << " s\n";
  out << (params.national ? "Danmark, 98 municipalities" : params.name) << ", preset " << params.preset << ", seed "
      << ctx.seed << "\n\n";
  TextTable roles({"role", "people"}, {TextTable::Align::left, TextTable::Align::right});
  for (const auto& [role, n] : s.people_by_role) roles.add_row({role, group_digits(n)});
  roles.print(out, "  ");
  out << '\n';
  TextTable planted({"planted", "count", "of", "rate"},
                    {TextTable::Align::left, TextTable::Align::right, TextTable::Align::right, TextTable::Align::right});
  planted.add_row({"chain gaps (formal lines without dialogue)", group_digits(t.chain_gaps), group_digits(t.formal_ties),
                   share(t.chain_gaps, t.formal_ties)});
  planted.add_row({"leaders over span " + std::to_string(s.planted.span_limit), group_digits(t.leaders_over_span_limit),
                   group_digits(t.leaders), share(t.leaders_over_span_limit, t.leaders)});
  planted.add_row({"isolated leaders", group_digits(t.isolated_leaders.size()), group_digits(t.eligible_for_isolation),
                   share(t.isolated_leaders.size(), t.eligible_for_isolation)});
  planted.add_row({"citizens served by 2+ forvaltninger", group_digits(t.multi_silo_citizens),
                   group_digits(t.citizens), share(t.multi_silo_citizens, t.citizens)});
  planted.add_row({"  of them coherent", group_digits(t.coherent_citizens), group_digits(t.multi_silo_citizens),
                   share(t.coherent_citizens, t.multi_silo_citizens)});
  planted.add_row({"dialogue ties inside a forvaltning", group_digits(t.dialogue_ties_inside_silo),
                   group_digits(t.dialogue_ties_inside_silo + t.dialogue_ties_across_silos),
                   share(t.dialogue_ties_inside_silo, t.dialogue_ties_inside_silo + t.dialogue_ties_across_silos)});
  planted.print(out, "  ");
  out << "\n  largest span " << t.max_span << " (" << t.max_span_leader << "), " << t.formal_layers
      << " formal layers; silo pair Skoler / Børn og Familie";
  if (!s.planted.municipalities.empty() && !s.planted.municipalities.front().silo_pair_a.empty()) {
    const auto& m = s.planted.municipalities.front();
    out << (params.national ? " in each municipality, e.g. " : " ") << m.silo_pair_a << " / " << m.silo_pair_b << ": "
        << m.silo_pair_ties << " ties via " << m.silo_pair_carrier;
  }
  out << "\n  ids and counts per municipality: " << opt.output << "/planted.json; sources of every number: "
      << opt.output << "/README.md\n";
  return 0;
}

}  // namespace

void setup_generate(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<GenerateOptions>();
  std::string presets;
  for (const auto& n : gen::preset_names()) presets += (presets.empty() ? "" : "|") + n;
  CLI::App* sub = root.add_subcommand(
      "generate",
      "Write a synthetic Danish municipality (or all 98) in the CSV folder form, with leadership problems planted "
      "at known rates (chain gaps, isolated leaders, silos that barely talk, incoherent citizens, large spans)");
  sub->add_option("--preset", opt->preset,
                  "example (~360 employees, 150 citizens), municipality (6 000 employees, 72 000 citizens), "
                  "copenhagen (45 000 employees, 650 000 citizens) or denmark (98 municipalities, 500 000 "
                  "employees, 5.9 million citizens)")
      ->required()
      ->check(CLI::IsMember(gen::preset_names()));
  sub->add_option("-o,--output", opt->output, "Folder to write (replaced only when the run succeeds)")->required();
  sub->add_option("--people", opt->people,
                  "Employees in total instead of the preset's (leaders, HR, staff; at least 40 per municipality)");
  sub->add_option("--citizens", opt->citizens, "Citizens in total instead of the preset's");
  sub->add_option("--set", opt->settings,
                  "Tune a parameter, NAME=VALUE, repeatable (e.g. --set gap_rate_leader=0.1); the names and "
                  "defaults are listed in the README of every generated folder");
  add_common_options(*sub, opt->common);
  sub->footer("Same seed, same bytes, at any --threads. The folder holds nodes.csv, edges.csv, units.csv, meta.json "
              "(preset, seed, every parameter, planted totals), planted.json (planted ids per municipality) and a "
              "README.md saying where each number comes from.");
  table.push_back({sub, [opt](Io& io) { return run_generate(*opt, io); }});
}

}  // namespace leadnet::cli
