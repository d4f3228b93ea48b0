// The planted problems and the dialogue layers: which formal lines are silent, who is sealed off,
// which two areas barely talk, and then the sparring, advice, communication and collaboration
// ties, HR, networks, MED committees, politics and external partners around them.

#include <algorithm>
#include <cmath>

#include "gen/gen_detail.hpp"

namespace leadnet::gen::detail {

namespace {

int weight_between(Rng& rng, int lo, int hi) { return static_cast<int>(rng.between(lo, hi)); }

bool staff_like(const Person& p) { return p.role == Role::staff || p.role == Role::council; }

std::uint32_t pick(Rng& rng, const std::vector<std::uint32_t>& v) { return v[rng.below(v.size())]; }

/// The silo whose HR partners serve the kommunaldirektør: the central forvaltning.
std::uint16_t central_silo(const Org& org) {
  for (std::size_t s = 0; s < org.silos.size(); ++s)
    if (org.silos[s].tmpl->mandatory) return static_cast<std::uint16_t>(s);
  return 0;
}

std::uint32_t hr_partner_for(const Org& org, std::uint32_t leader, Rng& rng) {
  const std::uint16_t s = org.people[leader].silo == kNoSilo ? central_silo(org) : org.people[leader].silo;
  const auto& partners = org.silos[s].hr_partners;
  if (partners.empty()) return kNone;
  return pick(rng, partners);
}

void clique(Org& org, const std::vector<std::uint32_t>& members, const std::string& committee,
            std::uint32_t chair = kNone) {
  for (std::size_t i = 0; i < members.size(); ++i) {
    org.add_committee(members[i], members[i] == chair ? committee + " (formand)" : committee);
    for (std::size_t j = i + 1; j < members.size(); ++j) org.tie(members[i], members[j], EdgeType::network, 1);
  }
}

}  // namespace

void plant_problems(Org& org, Rng& rng) {
  const GenerateParams& p = *org.params;
  const std::uint32_t n = org.employees_end;
  for (std::uint32_t e = 0; e < n; ++e)
    if (org.people[e].manager != kNone) org.tie(e, org.people[e].manager, EdgeType::reports_to, 1);

  // Who may talk across forvaltninger: every leader and HR partner, and a share of the staff.
  for (std::uint32_t e = 0; e < n; ++e) {
    Person& person = org.people[e];
    if (!staff_like(person) || rng.bernoulli(p.crossing_staff_rate)) person.flags |= kCrosser;
  }

  // The silo pair: Skoler and Børn og Familie talk only through one carrier.
  std::vector<std::uint32_t> pair_partners;
  if (org.pair_area_a != kNone && org.pair_area_b != kNone) {
    std::vector<std::uint32_t> family_staff, school_leaders, school_staff;
    for (std::uint32_t e = 0; e < n; ++e) {
      const Person& person = org.people[e];
      if (person.area == org.pair_area_b && person.role == Role::staff) family_staff.push_back(e);
      if (person.area == org.pair_area_a && person.role == Role::leader && person.level >= 3) school_leaders.push_back(e);
      if (person.area == org.pair_area_a && person.role == Role::staff) school_staff.push_back(e);
    }
    if (family_staff.empty() || school_staff.empty()) {
      org.pair_area_a = org.pair_area_b = kNone;
    } else if (p.silo_pair_ties > 0) {
      org.carrier = pick(rng, family_staff);
      Person& carrier = org.people[org.carrier];
      carrier.flags |= kCrosser;
      carrier.title = org.title_id("Socialrådgiver (skolekontakt)");
      if (!school_leaders.empty()) pair_partners.push_back(pick(rng, school_leaders));
      for (std::uint32_t tries = 0; pair_partners.size() < p.silo_pair_ties && tries < 20 * p.silo_pair_ties; ++tries) {
        const std::uint32_t s = pick(rng, school_staff);
        if (std::find(pair_partners.begin(), pair_partners.end(), s) == pair_partners.end()) pair_partners.push_back(s);
      }
      static constexpr EdgeType kTypes[] = {EdgeType::collaboration, EdgeType::collaboration, EdgeType::communication,
                                            EdgeType::advice};
      for (std::size_t i = 0; i < pair_partners.size(); ++i) {
        org.people[pair_partners[i]].flags |= kCrosser;
        org.tie(org.carrier, pair_partners[i], kTypes[i % std::size(kTypes)], weight_between(rng, 1, 3), true);
      }
    }
  } else {
    org.pair_area_a = org.pair_area_b = kNone;
  }

  // Isolated leaders: below the directors, outside central HR, not a partner of the silo pair.
  std::vector<std::uint32_t> eligible;
  for (std::uint32_t l : org.leaders) {
    const Person& person = org.people[l];
    if (person.level >= 2 && person.area != org.hr_area &&
        std::find(pair_partners.begin(), pair_partners.end(), l) == pair_partners.end())
      eligible.push_back(l);
  }
  org.eligible_for_isolation = eligible.size();
  if (p.isolated_leader_rate > 0 && !eligible.empty()) {
    const auto want = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(std::llround(p.isolated_leader_rate * static_cast<double>(eligible.size()))));
    for (std::size_t i = 0; i < want && i < eligible.size(); ++i) {
      std::swap(eligible[i], eligible[i + rng.below(eligible.size() - i)]);
      org.sealed.push_back(eligible[i]);
      org.people[eligible[i]].flags |= kSealed | kGap;
    }
    std::sort(org.sealed.begin(), org.sealed.end());
  }

  // Chain gaps: each formal line is silent with a probability that grows with the manager's
  // span beyond 30 (a leader of a hundred cannot hold dialogue with everyone).
  std::vector<std::uint32_t> span(n, 0);
  for (std::uint32_t e = 0; e < n; ++e)
    if (org.people[e].manager != kNone) ++span[org.people[e].manager];
  for (std::uint32_t e = 0; e < n; ++e) {
    Person& person = org.people[e];
    if (person.manager == kNone) continue;
    if (person.has(kSealed)) {
      org.expected_gaps += 1.0;
      continue;
    }
    double prob = 0.0;
    if (person.role == Role::leader || person.role == Role::hr) {
      prob = p.gap_rate_leader;
    } else if (org.workplaces[person.workplace].members.size() >= 3) {
      // Staff alone or in pairs are never cut off from their manager: they would have no one.
      const double over = std::max(0.0, static_cast<double>(span[person.manager]) - 30.0);
      prob = std::min(p.gap_rate_max, p.gap_rate_staff + over * p.gap_rate_per_report_over_30);
    }
    org.expected_gaps += prob;
    if (rng.bernoulli(prob)) person.flags |= kGap;
  }
}

namespace {

/// A formal line that is not a gap carries dialogue: the mix of tie types per line is an
/// assumption (leaders spar and report; staff mostly hear from their leader).
void back_formal_lines(Org& org, Rng& rng) {
  for (std::uint32_t e = 0; e < org.employees_end; ++e) {
    const Person& person = org.people[e];
    const std::uint32_t m = person.manager;
    if (m == kNone || person.has(kGap)) continue;
    bool any = false;
    if (person.role == Role::leader || person.role == Role::hr) {
      if (rng.bernoulli(0.7)) any |= org.tie(e, m, EdgeType::sparring, weight_between(rng, 1, 4), true);
      if (rng.bernoulli(0.7)) any |= org.tie(m, e, EdgeType::communication, weight_between(rng, 2, 8), true);
      if (rng.bernoulli(0.5)) any |= org.tie(e, m, EdgeType::communication, weight_between(rng, 1, 6), true);
      if (rng.bernoulli(0.3)) any |= org.tie(e, m, EdgeType::advice, weight_between(rng, 1, 3), true);
      if (!any) org.tie(e, m, EdgeType::sparring, 1, true);
    } else {
      if (rng.bernoulli(0.8)) any |= org.tie(m, e, EdgeType::communication, weight_between(rng, 1, 4), true);
      if (rng.bernoulli(0.35)) any |= org.tie(e, m, EdgeType::communication, weight_between(rng, 1, 3), true);
      if (rng.bernoulli(0.2)) any |= org.tie(e, m, EdgeType::advice, weight_between(rng, 1, 2), true);
      if (rng.bernoulli(0.1)) any |= org.tie(e, m, EdgeType::collaboration, weight_between(rng, 1, 3), true);
      if (!any) org.tie(m, e, EdgeType::communication, 1, true);
    }
  }
}

/// Colleagues in one workplace: collaboration at `colleague_degree` on average, some
/// communication and advice; everyone with a colleague has at least one tie to one.
void link_colleagues(Org& org, Rng& rng) {
  const double degree = org.params->colleague_degree;
  std::vector<std::uint8_t> linked;
  for (const Workplace& wp : org.workplaces) {
    const auto& m = wp.members;
    const std::size_t n = m.size();
    if (n < 2) continue;
    linked.assign(n, 0);
    auto link = [&](std::size_t i, std::size_t j, EdgeType type, int w) {
      if (org.tie(m[i], m[j], type, w)) linked[i] = linked[j] = 1;
    };
    auto other = [&](std::size_t i) {
      const std::size_t j = rng.below(n - 1);
      return j >= i ? j + 1 : j;
    };
    if (n <= 12) {
      const double prob = std::min(0.6, degree / static_cast<double>(n - 1));
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
          if (rng.bernoulli(prob)) link(i, j, EdgeType::collaboration, weight_between(rng, 1, 5));
    } else {
      const double half = degree / 2.0;
      for (std::size_t i = 0; i < n; ++i) {
        const auto draws = static_cast<std::size_t>(half) + (rng.bernoulli(half - std::floor(half)) ? 1 : 0);
        for (std::size_t k = 0; k < draws; ++k) link(i, other(i), EdgeType::collaboration, weight_between(rng, 1, 5));
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (rng.bernoulli(0.6)) link(i, other(i), EdgeType::communication, weight_between(rng, 1, 6));
      if (rng.bernoulli(0.25)) link(i, other(i), EdgeType::advice, weight_between(rng, 1, 2));
    }
    for (std::size_t i = 0; i < n; ++i)
      if (!linked[i]) link(i, other(i), EdgeType::collaboration, 1);
  }
}

/// Staff ties outside their workplace: mostly inside their forvaltning (inside_silo_share),
/// across it only for staff who cross at all, and then only to others who do.
void link_outside(Org& org, Rng& rng) {
  const GenerateParams& p = *org.params;
  std::vector<std::uint32_t> crossers;
  for (std::uint32_t e = 0; e < org.employees_end; ++e)
    if (org.people[e].has(kCrosser) && org.people[e].silo != kNoSilo) crossers.push_back(e);
  for (std::uint32_t e = 0; e < org.employees_end; ++e) {
    const Person& person = org.people[e];
    if (person.role == Role::leader || person.silo == kNoSilo) continue;
    const std::uint64_t k = geometric(rng, p.outside_ties_mean, 6);
    for (std::uint64_t i = 0; i < k; ++i) {
      const bool across = person.has(kCrosser) && !rng.bernoulli(p.inside_silo_share);
      std::uint32_t target = kNone;
      for (int tries = 0; tries < 8 && target == kNone; ++tries) {
        const std::uint32_t c = across ? pick(rng, crossers) : pick(rng, org.silos[person.silo].employees);
        const Person& other = org.people[c];
        if (c == e || other.workplace == person.workplace) continue;
        if (across != (other.silo != person.silo)) continue;
        target = c;
      }
      if (target == kNone) continue;
      const double u = rng.uniform();
      const EdgeType type = u < 0.55 ? EdgeType::collaboration : (u < 0.9 ? EdgeType::communication : EdgeType::advice);
      org.tie(e, target, type, weight_between(rng, 1, 3));
    }
  }
}

void link_leaders(Org& org, Rng& rng) {
  const GenerateParams& p = *org.params;
  // Leader children of every manager: the leadership team a leader belongs to.
  std::vector<std::vector<std::uint32_t>> reports(org.employees_end);
  for (std::uint32_t l : org.leaders)
    if (org.people[l].manager != kNone) reports[org.people[l].manager].push_back(l);
  for (std::uint32_t l : org.leaders) {
    const Person& person = org.people[l];
    if (person.manager != kNone && rng.bernoulli(p.sibling_tie_rate)) {
      const auto& siblings = reports[person.manager];
      if (siblings.size() > 1) {
        const auto k = rng.between(1, 2);
        for (std::int64_t i = 0; i < k; ++i) {
          const std::uint32_t s = pick(rng, siblings);
          org.tie(l, s, rng.bernoulli(0.5) ? EdgeType::sparring : EdgeType::collaboration, weight_between(rng, 1, 4));
        }
      }
    }
    if (rng.bernoulli(p.peer_sparring_rate)) {
      const auto k = rng.between(1, 2);
      for (std::int64_t i = 0; i < k; ++i) {
        for (int tries = 0; tries < 8; ++tries) {
          const bool same = person.silo != kNoSilo && rng.bernoulli(0.65);
          const std::uint32_t c = same ? pick(rng, org.silos[person.silo].leaders) : pick(rng, org.leaders);
          if (c == l || std::abs(org.people[c].level - person.level) > 1 || org.in_line(l, c)) continue;
          org.tie(l, c, EdgeType::sparring, weight_between(rng, 1, 3));
          break;
        }
      }
    }
  }
  // Skip-level dialogue with the manager's manager.
  for (std::uint32_t e = 0; e < org.employees_end; ++e) {
    const Person& person = org.people[e];
    if (person.level < 2 || !rng.bernoulli(p.skip_level_rate)) continue;
    const std::uint32_t gm = org.people[person.manager].manager;
    if (rng.bernoulli(0.6)) org.tie(e, gm, EdgeType::communication, weight_between(rng, 1, 2));
    else org.tie(e, gm, EdgeType::advice, 1);
  }
  // The direktion meets weekly.
  for (std::size_t i = 0; i < org.silos.size(); ++i)
    for (std::size_t j = i + 1; j < org.silos.size(); ++j)
      org.tie(org.silos[i].director, org.silos[j].director, EdgeType::collaboration, 4);
}

void link_hr(Org& org, Rng& rng) {
  const GenerateParams& p = *org.params;
  for (std::uint32_t l : org.leaders) {
    const std::uint32_t h = hr_partner_for(org, l, rng);
    if (h == kNone) continue;
    if (rng.bernoulli(p.hr_support_rate)) org.tie(l, h, EdgeType::hr_support, 1);
    if (rng.bernoulli(p.hr_sparring_rate)) org.tie(l, h, EdgeType::sparring, weight_between(rng, 1, 3));
    if (rng.bernoulli(0.15)) org.tie(l, h, EdgeType::advice, 1);
  }
  for (const Silo& silo : org.silos)
    for (std::uint32_t h : silo.hr_partners) org.tie(silo.director, h, EdgeType::sparring, 2);
  if (org.hr_chief != kNone) {
    org.tie(org.hr_chief, org.root_leader, EdgeType::communication, 4);
    org.tie(org.root_leader, org.hr_chief, EdgeType::communication, 3);
  }
}

void link_committees(Org& org, Rng& rng) {
  const GenerateParams& p = *org.params;
  // Leader networks across units: groups of about eight (assumption).
  std::vector<std::uint32_t> members;
  for (std::uint32_t l : org.leaders) {
    const Person& person = org.people[l];
    if (person.level >= 2 && person.level <= 4 && !person.has(kSealed) && rng.bernoulli(p.leader_network_rate))
      members.push_back(l);
  }
  for (std::size_t i = members.size(); i > 1; --i) std::swap(members[i - 1], members[rng.below(i)]);
  if (members.size() >= 4) {
    const std::size_t groups = (members.size() + 7) / 8;
    for (std::size_t g = 0; g < groups; ++g) {
      std::vector<std::uint32_t> group(members.begin() + static_cast<std::ptrdiff_t>(g * members.size() / groups),
                                       members.begin() + static_cast<std::ptrdiff_t>((g + 1) * members.size() / groups));
      clique(org, group, "Ledernetværk " + std::to_string(g + 1));
    }
  }
  // MED (medindflydelse og medbestemmelse): the Hovedudvalg with management and union
  // representatives from across the municipality, and one MED-udvalg per forvaltning.
  std::vector<std::uint32_t> med = {org.root_leader};
  for (const Silo& s : org.silos) med.push_back(s.director);
  if (org.hr_chief != kNone) med.push_back(org.hr_chief);
  for (std::size_t round = 0, added = 0; added < 8 && round < 4; ++round)
    for (const Silo& s : org.silos)
      if (round < s.union_reps.size() && added < 8) {
        med.push_back(s.union_reps[round]);
        ++added;
      }
  clique(org, med, "MED-Hovedudvalget", org.root_leader);
  for (const Silo& s : org.silos) {
    std::vector<std::uint32_t> local = {s.director};
    for (std::uint32_t c : s.area_chiefs)
      if (local.size() < 5 && !org.people[c].has(kSealed)) local.push_back(c);
    for (std::size_t i = 0; i < s.union_reps.size() && i < 5; ++i) local.push_back(s.union_reps[i]);
    if (local.size() >= 3) clique(org, local, "MED-udvalg, " + std::string(s.tmpl->name), s.director);
  }
}

void link_politics(Org& org, Rng& rng) {
  if (org.politicians.empty()) return;
  const std::uint32_t mayor = org.politicians.front();
  org.tie(mayor, org.root_leader, EdgeType::political, 4);
  org.tie(org.root_leader, mayor, EdgeType::communication, 8);
  org.tie(mayor, org.root_leader, EdgeType::communication, 6);
  for (const Silo& s : org.silos) {
    const std::uint32_t chair = s.politician_chair;
    org.tie(chair, s.director, EdgeType::political, s.tmpl->mandatory ? 2 : 3);
    org.tie(s.director, chair, EdgeType::communication, 2);
    for (std::uint32_t c : s.area_chiefs)
      if (rng.bernoulli(0.3)) org.tie(chair, c, EdgeType::political, 1);
    if (chair != mayor) {
      org.tie(chair, mayor, EdgeType::communication, 2);
      org.tie(mayor, chair, EdgeType::communication, 1);
    }
  }
  // Ordinary members talk with the chairs of their committees.
  for (std::size_t i = 1; i < org.politicians.size(); ++i) {
    const std::uint32_t m = org.politicians[i];
    const auto it = org.committees.find(m);
    if (it == org.committees.end()) continue;
    for (const Silo& s : org.silos)
      if (s.politician_chair != m && it->second.find(s.tmpl->committee) != std::string::npos) {
        org.tie(m, s.politician_chair, EdgeType::communication, 1);
        org.tie(s.politician_chair, m, EdgeType::communication, 1);
      }
  }
}

void link_externals(Org& org, Rng& rng) {
  if (org.externals.empty()) return;
  const double rate = org.params->leader_external_rate;
  for (std::uint32_t l : org.leaders) {
    if (!rng.bernoulli(rate)) continue;
    const auto k = rng.between(1, 2);
    for (std::int64_t i = 0; i < k; ++i) {
      const std::uint32_t x = pick(rng, org.externals);
      if (rng.bernoulli(0.5)) org.tie(l, x, EdgeType::collaboration, weight_between(rng, 1, 3));
      else org.tie(l, x, EdgeType::communication, weight_between(rng, 1, 4));
    }
  }
}

}  // namespace

void add_dialogue(Org& org, Rng& rng) {
  back_formal_lines(org, rng);
  link_colleagues(org, rng);
  link_outside(org, rng);
  link_leaders(org, rng);
  link_hr(org, rng);
  link_committees(org, rng);
  link_politics(org, rng);
  link_externals(org, rng);
}

}  // namespace leadnet::gen::detail
