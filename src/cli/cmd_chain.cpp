// leadnet chain DATA: where the chain of leadership breaks, as a table for reading, CSV tables or
// JSON with everything.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/load.hpp"
#include "cli/table.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/report/chain_csv.hpp"
#include "leadnet/report/chain_json.hpp"

namespace leadnet::cli {

namespace {

struct ChainCliOptions {
  std::string data;
  std::vector<std::string> dialogue_layers;
  std::uint32_t span_limit = 30;
  std::string format = "table";
  std::string table = "people";
  std::string output;
  std::size_t top = 10;
  bool no_krackhardt = false;
  std::string default_type = "communication";
  CommonOptions common;
};

using Align = TextTable::Align;

std::string percent(double share) { return std::isnan(share) ? "-" : fixed(100.0 * share, 1) + " %"; }

using leadnet::detail::count_of;

class Report {
 public:
  Report(const OrgGraph& g, const ChainResult& r, const ChainCliOptions& opt, std::ostream& out)
      : g_(g), r_(r), opt_(opt), out_(out) {
    index_.assign(g.num_nodes(), 0);
    for (std::uint32_t i = 0; i < r.people.size(); ++i) index_[r.people[i].node] = i;
  }

  void print() {
    header();
    formal();
    spans();
    gaps();
    chains();
    isolated();
    distance();
    hr_and_peers();
    politics();
    levels();
    krackhardt();
  }

 private:
  const ChainPerson& person(NodeId v) const { return r_.people[index_[v]]; }
  std::string who(NodeId v) const {
    std::string s(g_.id(v));
    if (!g_.name(v).empty()) s += " " + std::string(g_.name(v));
    return truncate_display(s, 32);
  }
  std::string unit_of(NodeId v) const {
    const UnitId u = g_.unit(v);
    return u == kNoUnit ? "" : truncate_display(g_.units()[u].name, 28);
  }
  void more(std::size_t shown, std::size_t total, const std::string& hint) {
    if (total > shown) out_ << "  ... and " << group_digits(total - shown) << " more" << hint << "\n";
  }

  void header() {
    out_ << "Chain of leadership: " << (g_.meta().name.empty() ? opt_.data : g_.meta().name + "  (" + opt_.data + ")")
         << "\n";
    std::string layers;
    for (std::size_t i = 0; i < r_.dialogue_layers.size(); ++i) {
      const bool last = i + 1 == r_.dialogue_layers.size();
      layers += (i == 0 ? "" : last ? " or " : ", ") + g_.layer(r_.dialogue_layers[i]).name();
    }
    out_ << "A reporting line is backed when " << (layers.empty() ? "(no dialogue layer)" : layers)
         << " ties the two people, in either direction.\n\n";
  }

  void formal() {
    const ChainSummary& s = r_.summary;
    out_ << "Formal lines    " << count_of(s.formal_ties, "reporting line", "reporting lines");
    if (s.formal_ties == 0) {
      out_ << ": the data has no reports_to ties, so there is no chain to analyse.\n\n";
      return;
    }
    out_ << ": " << group_digits(s.backed_ties) << " backed by dialogue, " << group_digits(s.chain_gaps)
         << " without (chain gaps, " << percent(s.gap_rate) << ")\n";
    out_ << "                " << count_of(s.layers, "layer", "layers") << " from the top to the front line, "
         << count_of(r_.roots.size(), "top leader", "top leaders");
    if (!r_.roots.empty()) {
      out_ << " (";
      for (std::size_t i = 0; i < r_.roots.size() && i < 3; ++i) out_ << (i ? ", " : "") << who(r_.roots[i]);
      if (r_.roots.size() > 3) out_ << ", ...";
      out_ << ")";
    }
    out_ << "\n";
    if (r_.problems.empty()) {
      out_ << "Data problems   none\n\n";
      return;
    }
    out_ << "Data problems   " << r_.problems.size() << " (reported, the analysis follows each person's first manager)\n";
    for (std::size_t i = 0; i < r_.problems.size() && i < 20; ++i) out_ << "  - " << r_.problems[i].message << "\n";
    more(std::min<std::size_t>(20, r_.problems.size()), r_.problems.size(), "");
    out_ << "\n";
  }

  void spans() {
    const ChainSummary& s = r_.summary;
    if (s.managers == 0) return;
    out_ << "Span of control: "
         << (s.leaders_over_span_limit == 0 ? std::string("no leader has")
                                            : count_of(s.leaders_over_span_limit, "leader has", "leaders have"))
         << " more than " << r_.span_limit << " direct reports\n";
    std::vector<const ChainPerson*> managers;
    for (const ChainPerson& p : r_.people)
      if (p.span > 0) managers.push_back(&p);
    std::stable_sort(managers.begin(), managers.end(),
                     [](const ChainPerson* a, const ChainPerson* b) { return a->span > b->span; });
    // All leaders over the limit when they are few, else the top rows; the CSV has everyone.
    const std::size_t wanted = s.leaders_over_span_limit <= 3 * opt_.top ? std::max<std::size_t>(opt_.top, s.leaders_over_span_limit) : opt_.top;
    const std::size_t shown = std::min(managers.size(), wanted);
    TextTable t({"leader", "unit", "direct reports", "of them without dialogue", "note"},
                {Align::left, Align::left, Align::right, Align::right, Align::left});
    for (std::size_t i = 0; i < shown; ++i) {
      const ChainPerson& p = *managers[i];
      t.add_row({who(p.node), unit_of(p.node), group_digits(p.span), group_digits(p.gaps_below),
                 p.over_span_limit ? "over the limit" : ""});
    }
    t.print(out_, "  ");
    if (s.leaders_over_span_limit > shown)
      out_ << "  ... and " << group_digits(s.leaders_over_span_limit - shown)
           << " more over the limit (all of them: --format csv, column over_span_limit)\n";
    out_ << "  Spread over " << count_of(s.managers, "manager", "managers") << ": median " << fixed(s.median_span, 1)
         << ", mean " << fixed(s.mean_span, 1) << ", 90th percentile " << s.p90_span << "\n  Direct reports:";
    const char* sep = " ";
    for (std::size_t b = 0; b < kSpanBuckets; ++b)
      if (r_.span_histogram[b] > 0) {
        out_ << sep << span_bucket_label(b) << ": " << count_of(r_.span_histogram[b], "leader", "leaders");
        sep = ", ";
      }
    out_ << "\n\n";
  }

  void gaps() {
    if (r_.summary.chain_gaps == 0) return;
    out_ << "Chain gaps, worst first (people cut off = the subordinate and everyone under them)\n";
    std::vector<const FormalTie*> gaps;
    for (const FormalTie& t : r_.ties)
      if (!t.backed()) gaps.push_back(&t);
    const auto cut = [&](const FormalTie* t) { return t->primary ? 1 + person(t->subordinate).people_below : 0; };
    std::stable_sort(gaps.begin(), gaps.end(), [&](const FormalTie* a, const FormalTie* b) { return cut(a) > cut(b); });
    TextTable t({"subordinate", "manager", "unit", "people cut off"}, {Align::left, Align::left, Align::left, Align::right});
    const std::size_t shown = std::min(gaps.size(), opt_.top);
    for (std::size_t i = 0; i < shown; ++i)
      t.add_row({who(gaps[i]->subordinate), who(gaps[i]->manager), unit_of(gaps[i]->subordinate),
                 group_digits(cut(gaps[i]))});
    t.print(out_, "  ");
    more(shown, gaps.size(), " (all of them: --format csv --table ties)");
    out_ << "\n";
  }

  void chains() {
    const ChainSummary& s = r_.summary;
    if (s.people == 0) return;
    out_ << "Unbroken chains: " << group_digits(s.unbroken) << " of " << group_digits(s.people) << " people ("
         << percent(s.unbroken_share) << ") reach the top through backed lines only; " << group_digits(s.broken)
         << " pass at least one gap, " << group_digits(s.broken_twice) << " pass two or more.\n";
    if (s.chain_unknown > 0)
      out_ << "  " << count_of(s.chain_unknown, "person is", "people are")
           << " on or under a reporting cycle (chain unknown).\n";
    out_ << "\n";
  }

  void isolated() {
    std::vector<const ChainPerson*> list;
    for (const ChainPerson& p : r_.people)
      if (p.isolated) list.push_back(&p);
    out_ << "Isolated leaders (no backed line up, no peer tie outside their own line, no HR tie): "
         << (list.empty() ? "none" : group_digits(list.size())) << "\n";
    if (!list.empty()) {
      TextTable t({"leader", "unit", "direct reports", "HR distance"}, {Align::left, Align::left, Align::right, Align::right});
      const std::size_t shown = std::min(list.size(), std::max<std::size_t>(opt_.top, 20));
      for (std::size_t i = 0; i < shown; ++i)
        t.add_row({who(list[i]->node), unit_of(list[i]->node), group_digits(list[i]->span),
                   list[i]->hr_distance < 0 ? "none" : std::to_string(list[i]->hr_distance)});
      t.print(out_, "  ");
      more(shown, list.size(), "");
    }
    out_ << "\n";
  }

  void distance() {
    const ChainSummary& s = r_.summary;
    if (s.people == 0) return;
    out_ << "Distance to the top: dialogue steps " << fixed(s.mean_distance_to_top, 2) << " on average against "
         << fixed(s.mean_depth, 2) << " formal levels (mean loss " << fixed(s.mean_loss, 2) << ")";
    if (s.unreachable_top > 0)
      out_ << "; " << count_of(s.unreachable_top, "person has", "people have") << " no dialogue path to the top at all";
    out_ << ".\n";
    std::vector<const ChainPerson*> far;
    for (const ChainPerson& p : r_.people)
      if (p.has_loss() && p.loss() > 0) far.push_back(&p);
    std::stable_sort(far.begin(), far.end(), [](const ChainPerson* a, const ChainPerson* b) { return a->loss() > b->loss(); });
    if (!far.empty()) {
      out_ << "  Furthest from the top, compared with their place in the hierarchy:\n";
      TextTable t({"person", "unit", "formal depth", "dialogue steps", "loss"},
                  {Align::left, Align::left, Align::right, Align::right, Align::right});
      const std::size_t shown = std::min(far.size(), opt_.top);
      for (std::size_t i = 0; i < shown; ++i)
        t.add_row({who(far[i]->node), unit_of(far[i]->node), std::to_string(far[i]->depth),
                   std::to_string(far[i]->distance_to_top), "+" + std::to_string(far[i]->loss())});
      t.print(out_, "  ");
    }
    std::vector<const ChainUnit*> units;
    for (const ChainUnit& u : r_.units)
      if (u.counts.reachable >= 5 && u.counts.mean_loss > 0) units.push_back(&u);
    std::stable_sort(units.begin(), units.end(),
                     [](const ChainUnit* a, const ChainUnit* b) { return a->counts.mean_loss > b->counts.mean_loss; });
    if (!units.empty()) {
      out_ << "  Units losing most on the way down (units of 5 or more people):\n";
      TextTable t({"unit", "id", "people", "mean loss", "max loss", "chain gaps"},
                  {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right});
      const std::size_t shown = std::min(units.size(), opt_.top);
      for (std::size_t i = 0; i < shown; ++i)
        t.add_row({truncate_display(g_.units()[units[i]->unit].name, 32), truncate_display(g_.units()[units[i]->unit].id, 24),
                   group_digits(units[i]->counts.people),
                   fixed(units[i]->counts.mean_loss, 2), std::to_string(units[i]->counts.max_loss),
                   group_digits(units[i]->counts.chain_gaps)});
      t.print(out_, "  ");
    }
    out_ << "\n";
  }

  void hr_and_peers() {
    const ChainSummary& s = r_.summary;
    if (s.leaders == 0) return;
    out_ << "HR reach: ";
    if (s.hr_people == 0) {
      out_ << "the data has no one with the role hr.\n";
    } else {
      out_ << group_digits(s.leaders_reaching_hr) << " of " << count_of(s.leaders, "leader", "leaders")
           << " reach HR through dialogue or HR support (mean " << fixed(s.mean_hr_distance, 2) << " steps); "
           << group_digits(s.leaders_with_hr_tie) << " have a direct HR tie; " << group_digits(s.leaders_far_from_hr)
           << " are 3 or more steps away or cannot reach HR.\n";
    }
    out_ << "Peer sparring: " << fixed(s.mean_peer_ties, 1)
         << " ties per leader on average to leaders outside their own line; "
         << count_of(s.leaders_without_peers, "leader has", "leaders have") << " none.\n";
    out_ << "Skip-level ties: " << count_of(s.skip_level_ties, "dialogue tie jumps", "dialogue ties jump")
         << " two or more formal levels, " << group_digits(s.skip_level_in_line) << " within the reporting line.\n\n";
  }

  void politics() {
    const ChainSummary& s = r_.summary;
    if (s.leaders == 0) return;
    out_ << "Political and external reach: ";
    if (s.politicians == 0)
      out_ << "the data has no politicians; ";
    else
      out_ << count_of(s.leaders_with_political_tie, "leader has", "leaders have") << " a direct political tie, "
           << group_digits(s.leaders_reaching_politics) << " of " << group_digits(s.leaders)
           << " are connected to the politicians at all; ";
    out_ << group_digits(s.leaders_with_external_tie) << " leaders (" << percent(s.external_share)
         << ") have a tie to external partners or citizens.\n";
    if (s.politicians == 0) {
      out_ << "\n";
      return;
    }
    // Who carries political decisions into the organisation: the first person on the shortest
    // path from a politician to each unit's head, with the number of units they reach that way.
    struct Carrier {
      NodeId via;
      std::uint64_t units = 0;
      double steps = 0.0;
    };
    std::vector<Carrier> carriers;
    std::vector<std::uint32_t> slot(g_.num_nodes(), UINT32_MAX);
    std::uint64_t unreached = 0;
    for (const ChainUnit& u : r_.units) {
      if (u.head == kNoNode) continue;
      if (u.head_political_via == kNoNode) {
        ++unreached;
        continue;
      }
      std::uint32_t& k = slot[u.head_political_via];
      if (k == UINT32_MAX) {
        k = static_cast<std::uint32_t>(carriers.size());
        carriers.push_back({u.head_political_via});
      }
      ++carriers[k].units;
      carriers[k].steps += u.head_political_distance;
    }
    std::stable_sort(carriers.begin(), carriers.end(), [](const Carrier& a, const Carrier& b) { return a.units > b.units; });
    if (!carriers.empty()) {
      out_ << "  Who carries political decisions in (the first person on the shortest path from a politician to "
              "each unit's head):\n";
      TextTable t({"carrier", "unit", "unit heads reached first", "mean steps from politics"},
                  {Align::left, Align::left, Align::right, Align::right});
      const std::size_t shown = std::min(carriers.size(), opt_.top);
      for (std::size_t i = 0; i < shown; ++i)
        t.add_row({who(carriers[i].via), unit_of(carriers[i].via), group_digits(carriers[i].units),
                   fixed(carriers[i].steps / static_cast<double>(carriers[i].units), 2)});
      t.print(out_, "  ");
      more(shown, carriers.size(), "");
    }
    if (unreached > 0)
      out_ << "  " << count_of(unreached, "unit's head has", "units' heads have") << " no path to the politicians.\n";
    out_ << "\n";
  }

  void levels() {
    if (r_.levels.empty()) return;
    out_ << "By formal level\n";
    TextTable t({"level", "people", "lines up", "gaps", "gap rate", "unbroken", "mean loss", "mean span"},
                {Align::right, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right,
                 Align::right});
    for (const ChainLevel& l : r_.levels)
      t.add_row({std::to_string(l.depth), group_digits(l.counts.people), group_digits(l.counts.formal_ties),
                 group_digits(l.counts.chain_gaps), l.counts.formal_ties ? percent(l.counts.gap_rate()) : "-",
                 percent(l.counts.unbroken_share()), fixed(l.counts.mean_loss, 2), fixed(l.mean_span, 1)});
    t.print(out_, "  ");
    out_ << "\n";
  }

  void krackhardt() {
    if (r_.krackhardt.empty()) return;
    out_ << "Krackhardt's hierarchy measures (1 = a perfect out-tree), formal beside informal, over "
         << count_of(r_.krackhardt.front().gtd.nodes, "person", "people") << "\n";
    TextTable t({"layer", "connectedness", "hierarchy", "efficiency", "LUB"},
                {Align::left, Align::right, Align::right, Align::right, Align::right});
    bool estimated = false;
    const auto cell = [&](const GtdMeasure& m) {
      if (m.exact) return fixed(m.value, 3);
      estimated = true;
      char se[32];
      std::snprintf(se, sizeof se, "%.1g", m.standard_error);
      return "~" + fixed(m.value, 3) + " ±" + se;
    };
    for (const ChainGtd& k : r_.krackhardt)
      t.add_row({k.name + (k.reversed ? " (boss -> subordinate)" : ""), cell(k.gtd.connectedness),
                 cell(k.gtd.hierarchy), cell(k.gtd.efficiency), cell(k.gtd.lub)});
    t.print(out_, "  ");
    std::string undirected;
    for (const ChainGtd& k : r_.krackhardt)
      if (!k.reversed && !g_.layer(k.layer).directed()) undirected += (undirected.empty() ? "" : " and ") + k.name;
    if (!undirected.empty())
      out_ << "  " << undirected << ": undirected, every tie runs both ways, so hierarchy is 0 and LUB 1 by construction.\n";
    if (estimated) out_ << "  ~ estimated from random samples (± one standard error); the graph is too large to count exactly.\n";
  }

  const OrgGraph& g_;
  const ChainResult& r_;
  const ChainCliOptions& opt_;
  std::ostream& out_;
  std::vector<std::uint32_t> index_;
};

int run_chain(const ChainCliOptions& opt, Io& io) {
  const ChainCsvTable table = parse_chain_csv_table(opt.table);
  ReadOptions read;
  read.default_type = opt.default_type;
  const OrgGraph g = load_dataset(opt.data, read, io, opt.common.quiet);
  RunContext ctx = make_context(opt.common, io);
  ChainOptions chain;
  chain.dialogue_layers = resolve_layers(g, opt.dialogue_layers);
  chain.span_limit = opt.span_limit;
  chain.krackhardt = !opt.no_krackhardt;
  const ChainResult r = chain_of_leadership(g, chain, ctx);
  ctx.progress("done", 1.0);
  for (const FormalProblem& p : r.problems) io.err << opt.data << ": warning: " << p.message << '\n';

  const auto write = [&](std::ostream& out) {
    if (opt.format == "json") {
      write_chain_json(out, g, r, opt.data);
    } else if (opt.format == "csv") {
      write_chain_csv(out, g, r, table);
    } else {
      Report(g, r, opt, out).print();
    }
  };
  write_output(opt.output, io.out, write);
  return 0;
}

}  // namespace

void setup_chain(CLI::App& root, CommandTable& table) {
  auto opt = std::make_shared<ChainCliOptions>();
  CLI::App* sub = root.add_subcommand(
      "chain",
      "Where the chain of leadership breaks: reporting lines without dialogue (chain gaps), spans of control, "
      "unbroken chains, distance to the top, HR reach, peer sparring, isolated leaders, skip-level ties, political "
      "and external reach, and Krackhardt's hierarchy measures for the formal and the dialogue layers");
  sub->add_option("DATA", opt->data, "Dataset: a folder (nodes.csv, edges.csv, ...), a .json or a .graphml file")
      ->required();
  sub->add_option("--dialogue-layers", opt->dialogue_layers,
                  "Layers that count as dialogue, comma-separated (default: sparring,advice,communication,"
                  "collaboration); a reporting line is backed when one of them ties the two people")
      ->delimiter(',');
  sub->add_option("--span-limit", opt->span_limit, "Leaders with more direct reports than this are flagged")
      ->capture_default_str();
  sub->add_option("--format", opt->format, "table (for reading), csv (one table, see --table) or json (everything)")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  sub->add_option("--table", opt->table,
                  "With --format csv: people (one row per person of the formal organisation and per leader), "
                  "ties (one row per reporting line), units or levels")
      ->check(CLI::IsMember({"people", "ties", "units", "levels"}))
      ->capture_default_str();
  sub->add_option("--top", opt->top, "Rows in each list of the table output")->capture_default_str();
  sub->add_option("-o,--output", opt->output, "Write to FILE instead of standard output");
  sub->add_flag("--no-krackhardt", opt->no_krackhardt,
                "Skip Krackhardt's hierarchy measures (the slowest part on very large organisations)");
  sub->add_option("--default-type", opt->default_type, "Edge type for GraphML edges without one")
      ->capture_default_str();
  add_common_options(*sub, opt->common);
  table.push_back({sub, [opt](Io& io) { return run_chain(*opt, io); }});
}

}  // namespace leadnet::cli
