// Citizens and the staff who serve them. A share of citizens is served by two or three
// forvaltninger; their services are coordinated (the staff collaborate) or planted incoherent
// (staff picked among those who keep every dialogue tie inside their own forvaltning, so no two
// of them can be within two dialogue hops).

#include <array>
#include <stdexcept>

#include "gen/gen_detail.hpp"

namespace leadnet::gen::detail {

namespace {

struct Pool {
  std::vector<std::uint32_t> all, local, crossing;
  std::uint16_t silo = kNoSilo;
  bool mixed = false;  // staff of more than one forvaltning
};

using Pools = std::array<Pool, kServiceCount>;

Pools make_pools(const Org& org) {
  Pools pools;
  for (const Workplace& wp : org.workplaces) {
    if (wp.kind == nullptr || wp.kind->service == Service::none) continue;
    Pool& pool = pools[static_cast<std::size_t>(wp.kind->service)];
    for (std::uint32_t m : wp.members) {
      const Person& person = org.people[m];
      if (person.role != Role::staff) continue;
      if (pool.all.empty()) pool.silo = person.silo;
      else if (pool.silo != person.silo) pool.mixed = true;
      pool.all.push_back(m);
      (person.has(kCrosser) ? pool.crossing : pool.local).push_back(m);
    }
  }
  return pools;
}

std::uint32_t pick(Rng& rng, const std::vector<std::uint32_t>& v) { return v[rng.below(v.size())]; }

}  // namespace

void add_citizens(Org& org, Rng& rng, const RunContext* progress) {
  const GenerateParams& p = *org.params;
  const Pools pools = make_pools(org);
  auto pool = [&](Service s) -> const Pool& { return pools[static_cast<std::size_t>(s)]; };

  std::vector<double> age_cumulative;
  for (const auto& g : age_groups()) age_cumulative.push_back((age_cumulative.empty() ? 0 : age_cumulative.back()) + g.share);
  // Primary services per age group, restricted to services this municipality has staff for.
  std::vector<std::vector<Service>> primary(age_groups().size());
  std::vector<std::vector<double>> primary_cumulative(age_groups().size());
  Service fallback = Service::none;
  for (std::size_t s = 1; s < kServiceCount && fallback == Service::none; ++s)
    if (!pools[s].all.empty()) fallback = static_cast<Service>(s);
  for (std::size_t g = 0; g < age_groups().size(); ++g) {
    for (const auto& choice : primary_services(g)) {
      if (pool(choice.service).all.empty()) continue;
      primary[g].push_back(choice.service);
      primary_cumulative[g].push_back((primary_cumulative[g].empty() ? 0 : primary_cumulative[g].back()) + choice.weight);
    }
  }

  org.citizens_begin = static_cast<std::uint32_t>(org.people.size());
  const std::uint64_t count = org.spec.citizens;
  org.people.reserve(org.people.size() + count);
  org.citizen_plan.reserve(count);
  const bool pair_planted = org.pair_area_a != kNone;
  std::vector<Service> services;
  std::vector<std::uint32_t> staff;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (progress != nullptr && (i & 0xFFFF) == 0) {
      progress->check_cancelled();
      progress->progress("citizens", static_cast<double>(i) / static_cast<double>(count));
    }
    Person citizen;
    citizen.role = Role::citizen;
    const std::size_t g = pick_weighted(rng, age_cumulative);
    citizen.age_group = static_cast<std::uint8_t>(g);
    const auto id = static_cast<std::uint32_t>(org.people.size());
    org.people.push_back(citizen);

    // Every draw is made whatever the outcome, so one citizen's fallbacks do not shift the
    // stream for the next.
    const double primary_draw = rng.uniform();
    const bool multi = rng.bernoulli(p.multi_silo_citizen_rate);
    const bool three = rng.bernoulli(p.three_silo_share);
    const bool coordinated = rng.bernoulli(p.coordinated_rate);

    services.clear();
    staff.clear();
    if (!primary[g].empty()) {
      const auto& cum = primary_cumulative[g];
      std::size_t k = 0;
      while (k + 1 < cum.size() && primary_draw * cum.back() >= cum[k]) ++k;
      services.push_back(primary[g][k]);
    } else if (fallback != Service::none) {
      services.push_back(fallback);
    } else {
      org.citizen_plan.push_back(CitizenPlan::single);
      continue;
    }

    CitizenPlan plan = CitizenPlan::single;
    if (multi && !pool(services[0]).mixed) {
      const std::size_t wanted = three ? 3 : 2;
      const auto& candidates = secondary_services(g);
      for (std::size_t tries = 0; services.size() < wanted && tries < 2 * candidates.size(); ++tries) {
        const Service s = candidates[rng.below(candidates.size())];
        const Pool& c = pool(s);
        if (c.all.empty() || c.mixed) continue;
        bool fresh = true;
        for (Service t : services) fresh = fresh && pool(t).silo != c.silo;
        if (fresh) services.push_back(s);
      }
      if (services.size() >= 2) {
        bool school = false, family = false;
        for (Service s : services) {
          school = school || s == Service::school;
          family = family || s == Service::family;
        }
        plan = pair_planted && school && family ? CitizenPlan::forced
                                                : (coordinated ? CitizenPlan::coordinated : CitizenPlan::uncoordinated);
        for (Service s : services) {
          const auto& from = plan == CitizenPlan::coordinated ? pool(s).crossing : pool(s).local;
          if (from.empty()) {
            plan = CitizenPlan::single;
            break;
          }
        }
        if (plan != CitizenPlan::single)
          for (Service s : services)
            staff.push_back(pick(rng, plan == CitizenPlan::coordinated ? pool(s).crossing : pool(s).local));
      }
    }
    if (plan == CitizenPlan::single) {
      const Service s = services[0];
      const std::uint32_t first = pick(rng, pool(s).all);
      staff.push_back(first);
      // Nursing-home residents and home-care clients meet several carers of one workplace.
      const std::int64_t extra = s == Service::nursing_home ? rng.between(1, 2)
                                 : s == Service::home_care  ? rng.between(0, 2)
                                                            : 0;
      const auto& colleagues = org.workplaces[org.people[first].workplace].members;
      for (std::int64_t k = 0; k < extra; ++k) {
        const std::uint32_t c = pick(rng, colleagues);
        if (org.people[c].role == Role::staff) staff.push_back(c);
      }
    } else if (plan == CitizenPlan::coordinated) {
      for (std::size_t k = 0; k + 1 < staff.size(); ++k)
        if (!org.tie(staff[k], staff[k + 1], EdgeType::collaboration, static_cast<int>(rng.between(1, 2))))
          throw std::logic_error("generator: a coordination tie for a citizen was refused");
    }
    org.citizen_plan.push_back(plan);
    for (std::uint32_t s : staff) org.tie(s, id, EdgeType::service, 1);
  }
}

}  // namespace leadnet::gen::detail
