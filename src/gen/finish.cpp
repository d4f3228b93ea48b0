// Finishing a municipality: no leader is isolated by accident, ties are sorted and merged, people
// are numbered for their ids, and the planted facts are measured on the finished ties and
// checked against the plan.

#include <algorithm>
#include <stdexcept>

#include "gen/gen_detail.hpp"

namespace leadnet::gen::detail {

namespace {

bool is_dialogue(EdgeType t) {
  return t == EdgeType::sparring || t == EdgeType::advice || t == EdgeType::communication ||
         t == EdgeType::collaboration;
}

bool is_undirected(EdgeType t) {
  return t == EdgeType::sparring || t == EdgeType::collaboration || t == EdgeType::network;
}

/// Undirected dialogue neighbours of every person, rows sorted and unique.
struct Adjacency {
  std::vector<std::uint64_t> offsets;
  std::vector<std::uint32_t> targets;

  explicit Adjacency(const Org& org) {
    const std::size_t n = org.people.size();
    offsets.assign(n + 1, 0);
    for (const Edge& e : org.edges)
      if (is_dialogue(e.type)) {
        ++offsets[e.s + 1];
        ++offsets[e.t + 1];
      }
    for (std::size_t i = 0; i < n; ++i) offsets[i + 1] += offsets[i];
    targets.resize(offsets[n]);
    std::vector<std::uint64_t> fill(offsets.begin(), offsets.end() - 1);
    for (const Edge& e : org.edges)
      if (is_dialogue(e.type)) {
        targets[fill[e.s]++] = e.t;
        targets[fill[e.t]++] = e.s;
      }
    for (std::size_t i = 0; i < n; ++i) {
      auto b = targets.begin() + static_cast<std::ptrdiff_t>(offsets[i]);
      auto e = targets.begin() + static_cast<std::ptrdiff_t>(offsets[i + 1]);
      std::sort(b, e);
    }
  }
  const std::uint32_t* begin(std::uint32_t v) const { return targets.data() + offsets[v]; }
  const std::uint32_t* end(std::uint32_t v) const { return targets.data() + offsets[v + 1]; }
  bool has(std::uint32_t u, std::uint32_t v) const { return std::binary_search(begin(u), end(u), v); }
  /// Within two hops: adjacent or sharing a neighbour.
  bool within_two(std::uint32_t u, std::uint32_t v) const {
    if (has(u, v)) return true;
    const std::uint32_t *a = begin(u), *ae = end(u), *b = begin(v), *be = end(v);
    while (a != ae && b != be) {
      if (*a == *b) return true;
      if (*a < *b) ++a;
      else ++b;
    }
    return false;
  }
};

struct LeaderStatus {
  bool backed_up = false;
  bool peer = false;
  bool hr = false;
};

LeaderStatus leader_status(const Org& org, const Adjacency& adj, const std::vector<std::uint8_t>& hr_support,
                           std::uint32_t l) {
  LeaderStatus st;
  const std::uint32_t m = org.people[l].manager;
  st.backed_up = m != kNone && adj.has(l, m);
  st.hr = hr_support[l] != 0;
  for (const std::uint32_t* v = adj.begin(l); v != adj.end(l); ++v) {
    const Role r = org.people[*v].role;
    if (r == Role::hr) st.hr = true;
    if (r == Role::leader && !org.in_line(l, *v)) st.peer = true;
  }
  return st;
}

std::vector<std::uint8_t> hr_support_flags(const Org& org) {
  std::vector<std::uint8_t> flags(org.people.size(), 0);
  for (const Edge& e : org.edges)
    if (e.type == EdgeType::hr_support) flags[e.s] = 1;
  return flags;
}

std::uint32_t digits(std::uint64_t n) {
  std::uint32_t d = 1;
  while (n >= 10) {
    n /= 10;
    ++d;
  }
  return d;
}

std::size_t letter_slot(Role r) { return static_cast<std::size_t>(r); }

}  // namespace

void ensure_leaders_connected(Org& org) {
  const Adjacency adj(org);
  const auto hr_support = hr_support_flags(org);
  std::vector<std::uint32_t> lonely;
  for (std::uint32_t l : org.leaders) {
    if (org.people[l].has(kSealed)) continue;
    const LeaderStatus st = leader_status(org, adj, hr_support, l);
    if (!st.backed_up && !st.peer && !st.hr) lonely.push_back(l);
  }
  // Only the planted leaders may be isolated: the others get sparring with their HR partner.
  for (std::uint32_t l : lonely) {
    const std::uint16_t s = org.people[l].silo == kNoSilo ? 0 : org.people[l].silo;
    const auto& partners = org.silos[s].hr_partners.empty() ? org.hr_partners : org.silos[s].hr_partners;
    if (!partners.empty()) org.tie(l, partners.front(), EdgeType::sparring, 1, true);
  }
}

void finalize(Org& org) {
  for (Edge& e : org.edges)
    if (is_undirected(e.type) && e.t < e.s) std::swap(e.s, e.t);
  auto key = [](const Edge& e) { return std::tuple(static_cast<int>(e.type), e.s, e.t); };
  std::stable_sort(org.edges.begin(), org.edges.end(), [&](const Edge& a, const Edge& b) { return key(a) < key(b); });
  org.edges.erase(std::unique(org.edges.begin(), org.edges.end(),
                              [&](const Edge& a, const Edge& b) { return key(a) == key(b); }),
                  org.edges.end());
  std::uint32_t counters[8] = {};
  for (Person& p : org.people) p.number = ++counters[letter_slot(p.role)];
  for (std::size_t i = 0; i < 8; ++i) org.width[i] = std::max<std::uint32_t>(2, digits(counters[i]));
}

PlantedMunicipality measure(const Org& org) {
  const GenerateParams& params = *org.params;
  PlantedMunicipality f;
  f.name = org.spec.name;
  f.unit = org.spec.root_unit_id;
  for (const Person& p : org.people) {
    switch (p.role) {
      case Role::leader: ++f.leaders; break;
      case Role::hr: ++f.hr; break;
      case Role::politician: ++f.politicians; break;
      case Role::external: ++f.externals; break;
      case Role::citizen: ++f.citizens; break;
      default: break;
    }
  }
  f.employees = org.employees_end;
  const Adjacency adj(org);
  auto fail = [&](const std::string& what) {
    throw std::logic_error("generator: planted fact does not hold in " + org.spec.name + ": " + what);
  };

  // Spans, layers and chain gaps.
  std::vector<std::uint32_t> span(org.employees_end, 0);
  for (std::uint32_t e = 0; e < org.employees_end; ++e) {
    const Person& p = org.people[e];
    f.formal_layers = std::max<std::uint32_t>(f.formal_layers, static_cast<std::uint32_t>(p.level) + 1);
    if (p.manager == kNone) continue;
    ++span[p.manager];
    ++f.formal_ties;
    const bool gap = !adj.has(e, p.manager);
    if (gap != p.has(kGap)) fail("chain gap of " + person_id(org, e));
    f.chain_gaps += gap ? 1 : 0;
  }
  f.expected_chain_gaps = org.expected_gaps;
  for (std::uint32_t l : org.leaders) {
    if (span[l] > params.span_limit) ++f.leaders_over_span_limit;
    if (span[l] > f.max_span) {
      f.max_span = span[l];
      f.max_span_leader = person_id(org, l);
    }
  }

  // Isolated leaders: exactly the sealed ones, under the strict reading (dialogue ties only, HR
  // through dialogue or hr_support) ...
  const auto hr_support = hr_support_flags(org);
  for (std::uint32_t l : org.leaders) {
    const LeaderStatus st = leader_status(org, adj, hr_support, l);
    const bool isolated = !st.backed_up && !st.peer && !st.hr;
    if (isolated != org.people[l].has(kSealed)) fail("isolation of leader " + person_id(org, l));
  }
  // ... and under the loosest: no tie of any type to a leader outside their line, HR, a
  // politician or an external partner.
  for (const Edge& e : org.edges) {
    if (e.type == EdgeType::reports_to) continue;
    for (auto [a, b] : {std::pair{e.s, e.t}, std::pair{e.t, e.s}}) {
      if (!org.people[a].has(kSealed)) continue;
      const Role r = org.people[b].role;
      if (r == Role::hr || r == Role::politician || r == Role::external ||
          (r == Role::leader && !org.in_line(a, b)))
        fail("sealed leader " + person_id(org, a) + " has a " + std::string(edge_type_name(e.type)) + " tie");
    }
  }
  f.eligible_for_isolation = org.eligible_for_isolation;
  for (std::uint32_t l : org.sealed) f.isolated_leaders.push_back(person_id(org, l));

  // The silo pair.
  if (org.pair_area_a != kNone) {
    f.silo_pair_a = org.units[org.pair_area_a].id;
    f.silo_pair_b = org.units[org.pair_area_b].id;
    f.silo_pair_unit_depth = org.spec.prefix.empty() ? 2 : 3;  // under the national root one deeper
    if (org.carrier != kNone) f.silo_pair_carrier = person_id(org, org.carrier);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (const Edge& e : org.edges) {
      if (e.type == EdgeType::reports_to || e.type == EdgeType::service) continue;
      const std::uint32_t a = org.people[e.s].area, b = org.people[e.t].area;
      if (!((a == org.pair_area_a && b == org.pair_area_b) || (a == org.pair_area_b && b == org.pair_area_a))) continue;
      if (e.s != org.carrier && e.t != org.carrier) fail("a silo-pair tie avoids the carrier");
      pairs.emplace_back(std::min(e.s, e.t), std::max(e.s, e.t));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    f.silo_pair_ties = pairs.size();
  }

  // Dialogue ties inside and across forvaltninger (between employees; each tie row once).
  for (const Edge& e : org.edges) {
    if (!is_dialogue(e.type)) continue;
    const std::uint16_t a = org.people[e.s].silo, b = org.people[e.t].silo;
    if (a == kNoSilo || b == kNoSilo) continue;
    (a == b ? f.dialogue_ties_inside_silo : f.dialogue_ties_across_silos) += 1;
  }
  std::vector<std::uint8_t> external_tie(org.people.size(), 0);
  for (const Edge& e : org.edges) {
    if (org.people[e.t].role == Role::external) external_tie[e.s] = 1;
    if (org.people[e.s].role == Role::external) external_tie[e.t] = 1;
  }
  for (std::uint32_t l : org.leaders) f.leaders_with_external_tie += external_tie[l];

  // Distance to the top in the dialogue layers.
  {
    std::vector<std::uint32_t> dist(org.people.size(), kNone);
    std::vector<std::uint32_t> queue = {org.root_leader};
    dist[org.root_leader] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::uint32_t v = queue[head];
      for (const std::uint32_t* w = adj.begin(v); w != adj.end(v); ++w)
        if (dist[*w] == kNone) {
          dist[*w] = dist[v] + 1;
          queue.push_back(*w);
        }
    }
    for (std::uint32_t e = 0; e < org.employees_end; ++e) {
      if (dist[e] == kNone) {
        ++f.unreachable_from_top;
        continue;
      }
      ++f.reachable_from_top;
      f.dialogue_distance_sum += dist[e];
      f.formal_depth_sum += static_cast<std::uint64_t>(org.people[e].level);
    }
  }

  // Citizens: served by several forvaltninger, coherent when every two of their staff are
  // within two dialogue hops.
  const std::size_t citizens = org.people.size() - org.citizens_begin;
  std::vector<std::uint64_t> off(citizens + 1, 0);
  for (const Edge& e : org.edges)
    if (e.type == EdgeType::service) ++off[e.t - org.citizens_begin + 1];
  for (std::size_t i = 0; i < citizens; ++i) off[i + 1] += off[i];
  std::vector<std::uint32_t> served(off[citizens]);
  std::vector<std::uint64_t> fill(off.begin(), off.end() - 1);
  for (const Edge& e : org.edges)
    if (e.type == EdgeType::service) served[fill[e.t - org.citizens_begin]++] = e.s;
  for (std::size_t c = 0; c < citizens; ++c) {
    const std::uint32_t* b = served.data() + off[c];
    const std::uint32_t* e = served.data() + off[c + 1];
    bool multi = false, coherent = true, pair_a = false, pair_b = false;
    for (const std::uint32_t* x = b; x != e; ++x) {
      pair_a = pair_a || (org.pair_area_a != kNone && org.people[*x].area == org.pair_area_a);
      pair_b = pair_b || (org.pair_area_b != kNone && org.people[*x].area == org.pair_area_b);
      for (const std::uint32_t* y = x + 1; y != e; ++y) {
        if (org.people[*x].silo != org.people[*y].silo) multi = true;
        if (coherent && !adj.within_two(*x, *y)) coherent = false;
      }
    }
    const CitizenPlan plan = org.citizen_plan[c];
    if (multi != (plan != CitizenPlan::single)) fail("services of citizen " + person_id(org, org.citizens_begin + c));
    if (!multi) continue;
    ++f.multi_silo_citizens;
    if (coherent != (plan == CitizenPlan::coordinated))
      fail("coherence of citizen " + person_id(org, org.citizens_begin + static_cast<std::uint32_t>(c)));
    f.coherent_citizens += coherent ? 1 : 0;
    if (plan == CitizenPlan::forced) {
      if (!(pair_a && pair_b && org.pair_area_a != kNone)) fail("forced citizen outside the silo pair");
      ++f.forced_incoherent_citizens;
    }
  }
  return f;
}

Org generate_municipality(const GenerateParams& params, const MunicipalitySpec& spec, std::uint64_t seed,
                          const RunContext* progress) {
  Org org;
  org.params = &params;
  org.spec = spec;
  auto stream = [seed](Phase phase) { return Rng(derive_seed(seed, static_cast<std::uint64_t>(phase))); };
  Rng structure = stream(Phase::structure);
  build_structure(org, structure);
  Rng politics = stream(Phase::politics);
  add_politicians(org, politics);
  add_externals(org);
  Rng plants = stream(Phase::plants);
  plant_problems(org, plants);
  Rng dialogue = stream(Phase::dialogue);
  add_dialogue(org, dialogue);
  Rng citizens = stream(Phase::citizens);
  add_citizens(org, citizens, progress);
  ensure_leaders_connected(org);
  finalize(org);
  return org;
}

}  // namespace leadnet::gen::detail
