#include "leadnet/report/findings.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "leadnet/report/analyze.hpp"
#include "report/analyze_detail.hpp"
#include "report/analyze_writers_detail.hpp"

namespace leadnet {

namespace {

using detail::count_of;
using detail::fixed;
using detail::group_digits;
using detail::join_words;
using detail::percent;

constexpr std::size_t kNamed = 5;  // people or units named in one sentence at most

class Writer {
 public:
  Writer(const OrgGraph& g, const AnalyzeResult& r) : g_(g), r_(r), persons_(r.options.privacy.person_level) {
    if (r.chain) {
      index_.assign(g.num_nodes(), kNone);
      for (std::uint32_t i = 0; i < r.chain->people.size(); ++i) index_[r.chain->people[i].node] = i;
    }
  }

  std::vector<Finding> run() {
    if (r_.chain) {
      chain_gaps();
      leader_gaps();
      span();
      isolated();
      distance_to_top();
      hr_reach();
      peers();
      politics();
      formal_problems();
    }
    if (r_.silos) {
      fragile_bridges();
      citizen_coherence_finding();
      silo_ei();
    }
    if (r_.centrality) brokers();
    std::stable_sort(out_.begin(), out_.end(), [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return std::move(out_);
  }

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  const ChainResult& chain() const { return *r_.chain; }
  const ChainSummary& cs() const { return r_.chain->summary; }
  const ChainPerson* person(NodeId v) const {
    return v < index_.size() && index_[v] != kNone ? &r_.chain->people[index_[v]] : nullptr;
  }
  std::uint32_t k() const { return r_.suppression.min_group_size; }
  bool unit_shown(UnitId u) const { return u == kNoUnit || u >= r_.suppression.unit.size() || !r_.suppression.unit[u]; }

  // "Åse Møller (l011, Plejecenter Solgården)"; the title attribute, when the data has one, after the name.
  std::string who(NodeId v, bool with_unit = true) const {
    std::string s = g_.name(v).empty() ? std::string(g_.id(v)) : std::string(g_.name(v));
    std::vector<std::string> extra;
    if (!g_.name(v).empty()) extra.emplace_back(g_.id(v));
    std::string title;
    if (const AttributeColumn* t = title_column(); t != nullptr && t->has(v)) extra.push_back(title = t->format(v));
    // A title often names the workplace already ("Teamleder, Parkholdet").
    const std::string unit = detail::unit_name(g_, g_.unit(v));
    if (with_unit && !unit.empty() && title.find(unit) == std::string::npos) extra.push_back(unit);
    if (!extra.empty()) {
      s += " (";
      for (std::size_t i = 0; i < extra.size(); ++i) s += (i ? ", " : "") + extra[i];
      s += ")";
    }
    return s;
  }
  const AttributeColumn* title_column() const {
    for (const char* name : {"title", "titel", "stilling", "job_title"})
      if (const AttributeColumn* a = g_.attribute(name); a != nullptr && a->type() == AttributeType::text) return a;
    return nullptr;
  }
  std::string more(std::size_t shown, std::size_t total) const {
    return total > shown ? " and " + group_digits(total - shown) + " more" : "";
  }

  Finding& add(std::string id, std::string topic, int severity, std::string headline) {
    Finding f;
    f.id = std::move(id);
    f.topic = std::move(topic);
    f.severity = severity;
    f.headline = std::move(headline);
    out_.push_back(std::move(f));
    return out_.back();
  }

  std::string dialogue_words() const {
    std::vector<std::string> names;
    for (LayerId l : chain().dialogue_layers) names.push_back(g_.layer(l).name());
    std::vector<std::string> defaults = {"sparring", "advice", "communication", "collaboration"};
    std::vector<std::string> sorted_names = names, sorted_defaults = defaults;
    std::sort(sorted_names.begin(), sorted_names.end());
    std::sort(sorted_defaults.begin(), sorted_defaults.end());
    if (sorted_names == sorted_defaults) return "no sparring, advice, communication or collaboration";
    return "no tie in the dialogue layers (" + join_words(names) + ")";
  }

  void chain_gaps() {
    const auto& s = cs();
    if (s.formal_ties == 0) return;
    if (s.chain_gaps == 0) {
      add("chain_gaps", "chain", 0, "All " + group_digits(s.formal_ties) + " formal reporting lines carry dialogue.");
      return;
    }
    Finding& f = add("chain_gaps", "chain", s.gap_rate >= 0.10 ? 2 : 1,
                     group_digits(s.chain_gaps) + " of " + group_digits(s.formal_ties) + " formal reporting lines (" +
                         percent(s.gap_rate) + ") carry no dialogue: " + dialogue_words() +
                         " between the employee and their manager, in either direction.");
    f.figures = {{"chain_gaps", double(s.chain_gaps)}, {"formal_ties", double(s.formal_ties)}, {"gap_rate", s.gap_rate}};
    std::vector<const ChainUnit*> units;
    std::uint64_t hidden = 0;
    for (const ChainUnit& u : chain().units) {
      if (u.counts.chain_gaps == 0) continue;
      if (unit_shown(u.unit)) units.push_back(&u);
      else hidden += u.counts.chain_gaps;
    }
    std::stable_sort(units.begin(), units.end(),
                     [](const ChainUnit* a, const ChainUnit* b) { return a->counts.chain_gaps > b->counts.chain_gaps; });
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < units.size() && i < 3; ++i)
      parts.push_back(detail::unit_name(g_, units[i]->unit) + " (" + group_digits(units[i]->counts.chain_gaps) + " of " +
                      group_digits(units[i]->counts.formal_ties) + ")");
    if (!parts.empty()) f.detail = "Most are in " + join_words(parts) + ".";
    if (hidden > 0)
      f.detail += std::string(f.detail.empty() ? "" : " ") + group_digits(hidden) +
                  " are in units too small to show (fewer than " + std::to_string(k()) + " people).";
  }

  void leader_gaps() {
    std::vector<const FormalTie*> gaps;
    for (const FormalTie& t : chain().ties) {
      const ChainPerson* p = person(t.subordinate);
      if (!t.backed() && p != nullptr && p->leader) gaps.push_back(&t);
    }
    if (gaps.empty()) return;
    std::string headline = count_of(gaps.size(), "leader has", "leaders have") + " a silent line to their own manager";
    if (cs().broken_twice > 0)
      headline += "; for " + count_of(cs().broken_twice, "person", "people") +
                  " the chain to the top is broken twice or more (two silent lines between them and the top)";
    Finding& f = add("leader_gaps", "chain", 2, headline + ".");
    f.figures = {{"leader_gaps", double(gaps.size())}, {"broken_twice", double(cs().broken_twice)}};
    if (!persons_) return;
    // Whose own primary line up is silent.
    std::vector<bool> silent_up(g_.num_nodes(), false);
    for (const FormalTie* t : gaps)
      if (t->primary) silent_up[t->subordinate] = true;
    std::vector<std::string> lines, twice;
    for (const FormalTie* t : gaps) {
      if (lines.size() < kNamed) lines.push_back(who(t->subordinate) + " to " + who(t->manager, false));
      const ChainPerson* m = person(t->manager);
      if (t->primary && m != nullptr && m->manager != kNoNode && silent_up[t->manager] && twice.size() < kNamed)
        twice.push_back(who(t->subordinate, false) + " → " + who(t->manager, false) + " → " + who(m->manager, false));
    }
    f.detail = "Silent leader lines: " + join_words(lines) + more(lines.size(), gaps.size()) + ".";
    if (!twice.empty())
      f.detail += " Two silent lines in a row: " + join_words(twice) +
                  "; everyone below crosses both on the way to the top.";
  }

  void span() {
    const auto& s = cs();
    if (s.managers == 0) return;
    std::vector<const ChainPerson*> over;
    for (const ChainPerson& p : chain().people)
      if (p.over_span_limit) over.push_back(&p);
    std::stable_sort(over.begin(), over.end(), [](const ChainPerson* a, const ChainPerson* b) { return a->span > b->span; });
    const std::string limit = std::to_string(chain().span_limit);
    const std::string typical = "Managers have " + fixed(s.mean_span, 1) + " direct reports on average (median " +
                                fixed(s.median_span, 0) + ").";
    if (over.empty()) {
      Finding& f = add("span", "chain", 0, "No leader has more than " + limit + " direct reports. " + typical);
      f.figures = {{"managers", double(s.managers)}, {"mean_span", s.mean_span}};
      return;
    }
    std::string headline = count_of(over.size(), "leader has", "leaders have") + " more than " + limit +
                           " direct reports (the span limit; Ledelseskommissionen, the Danish Leadership Commission, "
                           "found many public leaders with 75–100)";
    if (persons_) headline += "; the largest span is " + group_digits(s.max_span);
    Finding& f = add("span", "chain", 2, headline + ".");
    f.figures = {{"leaders_over_span_limit", double(over.size())}, {"span_limit", double(chain().span_limit)},
                 {"mean_span", s.mean_span}, {"median_span", s.median_span}};
    if (persons_) f.figures.emplace_back("max_span", double(s.max_span));
    std::string d;
    if (persons_) {
      std::vector<std::string> names;
      for (std::size_t i = 0; i < over.size() && i < kNamed; ++i)
        names.push_back(who(over[i]->node) + ": " + group_digits(over[i]->span));
      d = "Over the limit: " + join_words(names) + more(names.size(), over.size()) + ". ";
    }
    f.detail = d + typical;
  }

  void isolated() {
    std::vector<NodeId> iso;
    for (const ChainPerson& p : chain().people)
      if (p.isolated) iso.push_back(p.node);
    if (iso.empty()) {
      if (cs().leaders > 0) add("isolated_leaders", "chain", 0, "No leader is isolated.");
      return;
    }
    Finding& f = add("isolated_leaders", "chain", 2,
                     count_of(iso.size(), "leader is", "leaders are") +
                         " isolated: no dialogue with their own manager, no tie to another leader outside their own "
                         "line, and no tie to HR.");
    f.figures = {{"isolated_leaders", double(iso.size())}};
    if (!persons_) return;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < iso.size() && i < kNamed; ++i) names.push_back(who(iso[i]));
    f.detail = (iso.size() == 1 ? "This is " : "They are ") + join_words(names) + more(names.size(), iso.size()) + ".";
  }

  void distance_to_top() {
    const auto& s = cs();
    if (s.people == 0) return;
    std::vector<const ChainPerson*> far;
    for (const ChainPerson& p : chain().people)
      if (p.has_loss() && p.loss() >= 3) far.push_back(&p);
    std::stable_sort(far.begin(), far.end(), [](const ChainPerson* a, const ChainPerson* b) {
      return a->distance_to_top != b->distance_to_top ? a->distance_to_top > b->distance_to_top : a->loss() > b->loss();
    });
    std::vector<const ChainUnit*> units;
    for (const ChainUnit& u : chain().units)
      if (unit_shown(u.unit) && u.counts.reachable > 0 && u.counts.mean_loss >= 0.5) units.push_back(&u);
    std::stable_sort(units.begin(), units.end(),
                     [](const ChainUnit* a, const ChainUnit* b) { return a->counts.mean_loss > b->counts.mean_loss; });
    if (far.empty() && s.unreachable_top == 0 && units.empty()) {
      add("distance_to_top", "chain", 0,
          "Everyone reaches the top through dialogue about as fast as through the formal line (mean detour " +
              fixed(s.mean_loss, 2) + " steps).");
      return;
    }
    std::string headline;
    if (!far.empty())
      headline = "For " + count_of(far.size(), "person", "people") +
                 " the shortest dialogue path to the top is 3 or more steps longer than their formal line: what is "
                 "decided at the top passes more hands than the organisation chart shows";
    else
      headline = "The dialogue path to the top is longer than the formal line in some workplaces";
    if (s.unreachable_top > 0)
      headline += "; " + count_of(s.unreachable_top, "person has", "people have") + " no dialogue path to the top at all";
    Finding& f = add("distance_to_top", "chain", far.empty() && s.unreachable_top == 0 ? 1 : 2, headline + ".");
    f.figures = {{"people_3_or_more_steps_longer", double(far.size())},
                 {"unreachable_top", double(s.unreachable_top)},
                 {"mean_loss", s.mean_loss}};
    std::string d;
    if (persons_ && !far.empty()) {
      std::vector<std::string> names;
      for (std::size_t i = 0; i < far.size() && i < 2 * kNamed; ++i)
        names.push_back(who(far[i]->node, i == 0) + ": " + std::to_string(far[i]->distance_to_top) + " steps (formal depth " +
                        std::to_string(far[i]->depth) + ")");
      d = "Farthest: " + join_words(names) + more(names.size(), far.size()) + ". ";
    }
    if (!units.empty()) {
      std::vector<std::string> parts;
      for (std::size_t i = 0; i < units.size() && i < 3; ++i)
        parts.push_back(detail::unit_name(g_, units[i]->unit) + " (" + fixed(units[i]->counts.mean_loss, 1) +
                        " steps more on average, " + count_of(units[i]->counts.reachable, "person", "people") + ")");
      d += "By workplace, the detour is longest in " + join_words(parts) + ".";
    }
    f.detail = d;
  }

  void hr_reach() {
    const auto& s = cs();
    if (s.leaders == 0) return;
    if (s.hr_people == 0) {
      add("hr_reach", "chain", 1, "The data has no HR people (role hr), so HR reach cannot be measured.");
      return;
    }
    Finding& f = add("hr_reach", "chain", s.leaders_far_from_hr > 0 ? 1 : 0,
                     count_of(s.leaders_far_from_hr, "leader", "leaders") + " of " + group_digits(s.leaders) +
                         " are 3 or more steps from HR or cannot reach HR at all (over dialogue and HR-support ties); " +
                         group_digits(s.leaders_with_hr_tie) + " have a direct tie to HR.");
    f.figures = {{"leaders_far_from_hr", double(s.leaders_far_from_hr)}, {"leaders", double(s.leaders)},
                 {"leaders_with_hr_tie", double(s.leaders_with_hr_tie)}, {"mean_hr_distance", s.mean_hr_distance}};
    f.detail = "Mean distance from a leader to the nearest HR person: " + fixed(s.mean_hr_distance, 1) + " steps.";
  }

  void peers() {
    const auto& s = cs();
    if (s.leaders == 0 || s.leaders_without_peers == 0) return;
    Finding& f = add("no_peers", "chain", 1,
                     count_of(s.leaders_without_peers, "leader", "leaders") + " of " + group_digits(s.leaders) +
                         " have no peer to spar with: no dialogue or network tie to another leader outside their own "
                         "line (mean " + fixed(s.mean_peer_ties, 1) + " peer ties per leader).");
    f.figures = {{"leaders_without_peers", double(s.leaders_without_peers)}, {"mean_peer_ties", s.mean_peer_ties}};
    if (!persons_) return;
    std::vector<std::string> names;
    std::size_t total = 0;
    for (const ChainPerson& p : chain().people)
      if (p.leader && p.peer_ties == 0) {
        ++total;
        if (names.size() < kNamed) names.push_back(who(p.node));
      }
    f.detail = "Among them: " + join_words(names) + more(names.size(), total) + ".";
  }

  void politics() {
    const auto& s = cs();
    if (s.politicians == 0 || s.leaders == 0) return;
    Finding& f = add("politics", "chain", 0,
                     "Politicians have direct ties to " + count_of(s.leaders_with_political_tie, "leader", "leaders") +
                         "; " + group_digits(s.leaders_reaching_politics) + " of " + group_digits(s.leaders) +
                         " leaders reach a politician through political or dialogue ties, and " +
                         percent(s.external_share) + " of leaders have a tie outside the organisation (external "
                         "partners or citizens).");
    f.figures = {{"leaders_with_political_tie", double(s.leaders_with_political_tie)},
                 {"leaders_reaching_politics", double(s.leaders_reaching_politics)},
                 {"external_share", s.external_share}};
  }

  void formal_problems() {
    const auto& problems = chain().problems;
    if (problems.empty()) return;
    std::map<std::string, std::uint64_t> kinds;
    for (const auto& p : problems) ++kinds[std::string(formal_problem_name(p.kind))];
    std::vector<std::string> parts;
    for (const auto& [kind, n] : kinds) parts.push_back(group_digits(n) + " × " + kind);
    Finding& f = add("formal_problems", "structure", 1,
                     "The formal reporting lines have data problems (" + join_words(parts) +
                         "); chains through them are followed as far as they are well defined.");
    f.figures = {{"formal_problems", double(problems.size())}};
    if (!persons_) return;
    std::vector<std::string> messages;
    for (std::size_t i = 0; i < problems.size() && i < 3; ++i) messages.push_back(problems[i].message);
    f.detail = join_words(messages) + more(messages.size(), problems.size()) + ".";
  }

  void fragile_bridges() {
    const std::vector<detail::UnitPairRow> pairs = detail::fragile_pairs(r_);
    if (pairs.empty()) return;
    const auto pair_text = [&](const detail::UnitPairRow& p) {
      return p.partition->names[p.a] + " and " + p.partition->names[p.b] + " share " +
             count_of(p.bridge->ties, "tie", "ties") + ", all through one person";
    };
    std::string headline = pair_text(pairs.front());
    if (pairs.size() > 1)
      headline = count_of(pairs.size(), "pair of units talks", "pairs of units talk") +
                 " little and only through one person; the most: " + headline;
    headline += ": if that person leaves, the two units lose every direct tie.";
    Finding& f = add("fragile_bridges", "silos", 2, headline);
    f.figures = {{"fragile_pairs", double(pairs.size())}, {"ties", double(pairs.front().bridge->ties)},
                 {"cut", 1.0}};
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < pairs.size() && i < kNamed; ++i) {
      std::string t = pairs[i].partition->names[pairs[i].a] + " – " + pairs[i].partition->names[pairs[i].b] + ": " +
                      count_of(pairs[i].bridge->ties, "tie", "ties");
      t += " (" + fixed(pairs[i].cell.expected, 0) + " expected if ties fell at random)";
      if (persons_ && !pairs[i].bridge->cut_people.empty()) t += ", all through " + who(pairs[i].bridge->cut_people.front());
      parts.push_back(t);
    }
    f.detail = (pairs.size() == 1 ? "The pair: " : "The pairs: ") + join_words(parts) + more(parts.size(), pairs.size()) +
               ". Units are the silos (depth " + std::to_string(r_.options.unit_depth) + ") and the units one level "
               "below them; ties are those of the informal network.";
  }

  void citizen_coherence_finding() {
    const CitizenCoherence& c = r_.silos->coherence;
    if (c.multi_silo == 0) return;
    const std::uint64_t apart = c.multi_silo - c.coherent;
    Finding& f = add("citizen_coherence", "silos", apart > 0 && c.share < 0.8 ? 2 : (apart > 0 ? 1 : 0),
                     "Of " + count_of(c.multi_silo, "citizen", "citizens") + " served by staff of two or more silos, " +
                         group_digits(c.coherent) + " (" + percent(c.share) +
                         ") meet staff who talk to each other (every pair within 2 dialogue steps); " +
                         group_digits(apart) + " meet staff who do not.");
    f.figures = {{"multi_silo_citizens", double(c.multi_silo)}, {"coherent", double(c.coherent)}, {"share", c.share}};
    if (!persons_ || apart == 0) return;
    std::vector<const CitizenCase*> cases;
    for (const CitizenCase& cc : c.cases)
      if (!cc.coherent) cases.push_back(&cc);
    std::stable_sort(cases.begin(), cases.end(), [](const CitizenCase* a, const CitizenCase* b) {
      return a->silos.size() > b->silos.size();
    });
    if (cases.empty()) return;
    const Partition& silos = r_.silos->silos;
    const CitizenCase& worst = *cases[0];
    std::vector<std::string> silo_names, staff;
    for (GroupId k : worst.silos) silo_names.push_back(silos.names[k]);
    for (NodeId v : worst.staff) staff.push_back(who(v));
    const bool never = worst.apart.size() == worst.staff.size() * (worst.staff.size() - 1) / 2;
    f.detail = std::string(g_.id(worst.citizen)) + " is served by " + count_of(worst.silos.size(), "silo", "silos") + " (" +
               join_words(silo_names) + ") whose staff " + (never ? "never meet" : "do not all meet") + ": " +
               join_words(staff) + ".";
    if (cases.size() > 1) {
      std::vector<std::string> others;
      for (std::size_t i = 1; i < cases.size() && i <= kNamed; ++i) others.emplace_back(g_.id(cases[i]->citizen));
      f.detail += " Also served by staff who do not talk: " + join_words(others) + more(others.size(), cases.size() - 1) + ".";
    }
  }

  void silo_ei() {
    const AnalyzeSilos& a = *r_.silos;
    if (a.silos.num_groups() < 2 || !std::isfinite(a.ei.ei)) return;
    const double inside = double(a.ei.internal) / double(a.ei.internal + a.ei.external);
    const bool tested = a.ei.test.permutations > 0;
    const bool closed = std::isfinite(a.ei.expected) && a.ei.ei < a.ei.expected && (!tested || a.ei.test.p_lower < 0.05);
    Finding& f = add("silo_ei", "silos", closed ? 1 : 0,
                     percent(inside) + " of the informal ties stay inside a silo (E-I index " + fixed(a.ei.ei, 2) +
                         "; " + fixed(a.ei.expected, 2) + " if ties fell at random" +
                         (tested ? std::string(closed ? ", a difference chance does not explain" : "") : "") + ").");
    f.figures = {{"ei_index", a.ei.ei}, {"ei_expected", a.ei.expected}, {"share_inside", inside}};
    if (tested) f.figures.emplace_back("ei_p_lower", a.ei.test.p_lower);
    std::vector<GroupId> order;
    for (GroupId k = 0; k < a.silos.num_groups(); ++k)
      if (!a.silos.above_level[k] && std::isfinite(a.ei.groups[k].ei) &&
          !(k < r_.suppression.silo_group.size() && r_.suppression.silo_group[k]))
        order.push_back(k);
    if (order.empty()) return;
    std::stable_sort(order.begin(), order.end(),
                     [&](GroupId x, GroupId y) { return a.ei.groups[x].ei < a.ei.groups[y].ei; });
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < order.size() && i < 3; ++i)
      parts.push_back(a.silos.names[order[i]] + " (" + fixed(a.ei.groups[order[i]].ei, 2) + ")");
    f.detail = "Most inward-looking: " + join_words(parts) + ". −1 means every tie stays inside, +1 every tie goes out.";
  }

  void brokers() {
    if (!persons_) return;
    const std::vector<NodeId> top = detail::top_brokers(r_, kNamed);
    if (top.empty()) return;
    const AnalyzeCentrality& c = *r_.centrality;
    std::vector<std::string> names;
    for (NodeId v : top) names.push_back(who(v) + ": " + detail::significant(c.betweenness[v]));
    Finding& f = add("brokers", "centrality", 0,
                     "The people most often on the shortest paths between others (highest betweenness) hold the "
                     "informal network together: " + join_words(names) + ".");
    f.figures = {{"top_betweenness", c.betweenness[top.front()]}};
    if (c.approximate) f.detail = "Betweenness is a sampled estimate here (see the notes).";
  }

  const OrgGraph& g_;
  const AnalyzeResult& r_;
  bool persons_;
  std::vector<std::uint32_t> index_;
  std::vector<Finding> out_;
};

}  // namespace

std::vector<Finding> key_findings(const OrgGraph& graph, const AnalyzeResult& result) {
  return Writer(graph, result).run();
}

}  // namespace leadnet
