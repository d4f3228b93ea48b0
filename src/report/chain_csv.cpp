#include "leadnet/report/chain_csv.hpp"

#include <string>
#include <vector>

#include "core/format_detail.hpp"
#include "leadnet/core/diagnostics.hpp"

namespace leadnet {

namespace {

/// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
std::string quoted(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

using detail::csv_number;

std::string opt_int(std::int64_t x) { return x < 0 ? std::string() : std::to_string(x); }

class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}
  void row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out_ << (i ? "," : "") << quoted(cells[i]);
    out_ << '\n';
  }

 private:
  std::ostream& out_;
};

std::vector<std::string> group_cells(const ChainGroup& c) {
  return {std::to_string(c.people),
          std::to_string(c.leaders),
          std::to_string(c.formal_ties),
          std::to_string(c.chain_gaps),
          csv_number(c.gap_rate()),
          std::to_string(c.unbroken),
          std::to_string(c.broken),
          csv_number(c.unbroken_share()),
          std::to_string(c.reachable),
          csv_number(c.mean_depth),
          csv_number(c.mean_distance),
          csv_number(c.mean_loss),
          c.reachable > 0 ? std::to_string(c.max_loss) : std::string(),
          std::to_string(c.max_span),
          std::to_string(c.over_span_limit),
          std::to_string(c.isolated_leaders),
          std::to_string(c.skip_level_ties)};
}

const std::vector<std::string> kGroupHeader = {"people",       "leaders",     "formal_ties",     "chain_gaps",
                                               "gap_rate",     "unbroken",    "broken",          "unbroken_share",
                                               "reachable",    "mean_depth",  "mean_distance_to_top", "mean_loss",
                                               "max_loss",     "max_span",    "leaders_over_span_limit",
                                               "isolated_leaders", "skip_level_ties"};

}  // namespace

ChainCsvTable parse_chain_csv_table(std::string_view name) {
  if (name == "people") return ChainCsvTable::people;
  if (name == "ties") return ChainCsvTable::ties;
  if (name == "units") return ChainCsvTable::units;
  if (name == "levels") return ChainCsvTable::levels;
  throw UsageError("unknown table '" + std::string(name) + "'; choose people, ties, units or levels");
}

void write_chain_csv(std::ostream& out, const OrgGraph& g, const ChainResult& r, ChainCsvTable table) {
  Writer w(out);
  const auto id = [&](NodeId v) { return v == kNoNode ? std::string() : std::string(g.id(v)); };
  const auto yes = [](bool b) { return std::string(b ? "true" : "false"); };
  switch (table) {
    case ChainCsvTable::people: {
      w.row({"id", "name", "role", "unit", "leader", "depth", "manager", "root", "chain", "breaks", "first_break",
             "first_break_depth", "distance_to_top", "loss", "people_below", "skip_level_ties", "span",
             "over_span_limit", "gaps_below", "peer_ties", "hr_distance", "political_ties", "political_distance",
             "political_via", "external_ties", "isolated"});
      for (const ChainPerson& p : r.people) {
        const UnitId u = g.unit(p.node);
        std::vector<std::string> cells = {id(p.node),
                                          std::string(g.name(p.node)),
                                          std::string(role_name(g.role(p.node))),
                                          u == kNoUnit ? std::string() : g.units()[u].id,
                                          yes(p.leader),
                                          opt_int(p.depth),
                                          id(p.manager),
                                          id(p.root),
                                          std::string(chain_state_name(p.chain)),
                                          std::to_string(p.breaks),
                                          id(p.first_break),
                                          opt_int(p.first_break_depth),
                                          opt_int(p.distance_to_top),
                                          p.has_loss() ? std::to_string(p.loss()) : std::string(),
                                          std::to_string(p.people_below),
                                          std::to_string(p.skip_level_ties)};
        if (p.leader) {
          for (std::string s : {std::to_string(p.span), yes(p.over_span_limit), std::to_string(p.gaps_below),
                                std::to_string(p.peer_ties), opt_int(p.hr_distance), std::to_string(p.political_ties),
                                opt_int(p.political_distance), id(p.political_via), std::to_string(p.external_ties),
                                yes(p.isolated)})
            cells.push_back(std::move(s));
        } else {
          cells.resize(cells.size() + 10);
        }
        w.row(cells);
      }
      break;
    }
    case ChainCsvTable::ties: {
      // Index of each person, for depth and people below.
      std::vector<std::uint32_t> index(g.num_nodes(), 0);
      for (std::uint32_t i = 0; i < r.people.size(); ++i) index[r.people[i].node] = i;
      w.row({"subordinate", "manager", "backed", "backed_by", "primary", "subordinate_depth", "people_cut_off"});
      for (const FormalTie& t : r.ties) {
        std::string by;
        for (std::size_t i = 0; i < r.dialogue_layers.size(); ++i)
          if (t.backed_by >> i & 1U) by += (by.empty() ? "" : ";") + g.layer(r.dialogue_layers[i]).name();
        const ChainPerson& sub = r.people[index[t.subordinate]];
        const std::uint64_t cut = t.backed() || !t.primary ? 0 : 1 + sub.people_below;
        w.row({id(t.subordinate), id(t.manager), yes(t.backed()), by, yes(t.primary), opt_int(sub.depth),
               std::to_string(cut)});
      }
      break;
    }
    case ChainCsvTable::units: {
      std::vector<std::string> header = {"id", "name", "path"};
      header.insert(header.end(), kGroupHeader.begin(), kGroupHeader.end());
      for (const char* h : {"head", "head_political_distance", "head_political_via"}) header.push_back(h);
      w.row(header);
      for (const ChainUnit& u : r.units) {
        std::vector<std::string> cells = {g.units()[u.unit].id, g.units()[u.unit].name, g.units().path_name(u.unit)};
        for (std::string& s : group_cells(u.counts)) cells.push_back(std::move(s));
        cells.push_back(id(u.head));
        cells.push_back(opt_int(u.head_political_distance));
        cells.push_back(id(u.head_political_via));
        w.row(cells);
      }
      break;
    }
    case ChainCsvTable::levels: {
      std::vector<std::string> header = {"depth"};
      header.insert(header.end(), kGroupHeader.begin(), kGroupHeader.end());
      header.push_back("mean_span");
      w.row(header);
      for (const ChainLevel& l : r.levels) {
        std::vector<std::string> cells = {std::to_string(l.depth)};
        for (std::string& s : group_cells(l.counts)) cells.push_back(std::move(s));
        cells.push_back(csv_number(l.mean_span));
        w.row(cells);
      }
      break;
    }
  }
}

}  // namespace leadnet
