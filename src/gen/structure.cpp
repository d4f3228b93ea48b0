// The formal organisation of one municipality: units and employees, top-down from the
// kommunaldirektør, with exact headcounts (every employee of the spec is placed).

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "gen/gen_detail.hpp"

namespace leadnet::gen::detail {

// ---- shared helpers ---------------------------------------------------------------------------

std::uint64_t geometric(Rng& rng, double mean, std::uint64_t cap) {
  // Number of successes before the first failure with success probability mean / (mean + 1):
  // a geometric count with the given mean.
  const double q = mean / (mean + 1.0);
  std::uint64_t k = 0;
  while (k < cap && rng.uniform() < q) ++k;
  return k;
}

std::size_t pick_weighted(Rng& rng, const std::vector<double>& cumulative) {
  const double x = rng.uniform() * cumulative.back();
  const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
  return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()), cumulative.size() - 1);
}

namespace {

/// Splits `amount` over the items `which` by their weights: floors first, then one more to the
/// largest fractions (ties by index).
void split(std::uint64_t amount, const std::vector<double>& weights, const std::vector<std::size_t>& which,
           std::vector<std::uint64_t>& out) {
  double sum = 0;
  for (std::size_t i : which) sum += weights[i];
  std::vector<std::pair<double, std::size_t>> fractions;
  std::uint64_t given = 0;
  for (std::size_t i : which) {
    const double exact = static_cast<double>(amount) * weights[i] / sum;
    out[i] = static_cast<std::uint64_t>(std::floor(exact));
    given += out[i];
    fractions.emplace_back(exact - std::floor(exact), i);
  }
  std::stable_sort(fractions.begin(), fractions.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < amount; k = (k + 1) % fractions.size(), ++given) ++out[fractions[k].second];
}

}  // namespace

std::vector<std::uint64_t> apportion(std::uint64_t total, const std::vector<double>& weights, std::uint64_t minimum,
                                     const std::vector<bool>& mandatory) {
  const std::size_t n = weights.size();
  std::vector<bool> active(n), fixed(n, false);
  for (std::size_t i = 0; i < n; ++i) active[i] = weights[i] > 0;
  for (;;) {
    std::vector<std::uint64_t> out(n, 0);
    std::vector<std::size_t> free_items, fixed_items;
    for (std::size_t i = 0; i < n; ++i)
      if (active[i]) (fixed[i] ? fixed_items : free_items).push_back(i);
    if (free_items.empty()) {
      // Only items held at their minimum are left: they share everything.
      if (!fixed_items.empty()) split(total, weights, fixed_items, out);
      return out;
    }
    const std::uint64_t held = minimum * fixed_items.size();
    if (held > total) {
      split(total, weights, fixed_items, out);
      return out;
    }
    for (std::size_t i : fixed_items) out[i] = minimum;
    split(total - held, weights, free_items, out);
    // The smallest share under the minimum goes (or is held at the minimum when mandatory).
    std::size_t worst = n;
    for (std::size_t i : free_items)
      if (out[i] < minimum && (worst == n || weights[i] < weights[worst])) worst = i;
    if (worst == n) return out;
    if (worst < mandatory.size() && mandatory[worst]) fixed[worst] = true;
    else active[worst] = false;
  }
}

std::uint32_t Org::title_id(const std::string& text) {
  auto [it, fresh] = title_index.emplace(text, static_cast<std::uint32_t>(titles.size()));
  if (fresh) titles.push_back(text);
  return it->second;
}

bool Org::in_line(std::uint32_t a, std::uint32_t b) const {
  for (std::uint32_t x = people[a].manager; x != kNone; x = people[x].manager)
    if (x == b) return true;
  for (std::uint32_t x = people[b].manager; x != kNone; x = people[x].manager)
    if (x == a) return true;
  return false;
}

bool Org::tie(std::uint32_t u, std::uint32_t v, EdgeType type, int weight, bool planted) {
  if (u == v) return false;
  if (type != EdgeType::reports_to && type != EdgeType::service) {
    const Person& a = people[u];
    const Person& b = people[v];
    const bool dialogue = type == EdgeType::sparring || type == EdgeType::advice ||
                          type == EdgeType::communication || type == EdgeType::collaboration;
    if (dialogue && ((a.manager == v && a.has(kGap)) || (b.manager == u && b.has(kGap)))) {
      if (planted) throw std::logic_error("generator: a planted tie would back a planted chain gap");
      return false;
    }
    if (!planted) {
      if (a.has(kSealed) || b.has(kSealed)) return false;
      if (pair_area_a != kNone && ((a.area == pair_area_a && b.area == pair_area_b) ||
                                   (a.area == pair_area_b && b.area == pair_area_a)))
        return false;
      auto local = [](const Person& p) {
        return (p.role == Role::staff || p.role == Role::council) && !p.has(kCrosser);
      };
      if (dialogue && a.silo != b.silo && (local(a) || local(b))) return false;
    }
  }
  edges.push_back(Edge{u, v, type, static_cast<std::uint8_t>(std::clamp(weight, 1, 255))});
  return true;
}

void Org::add_committee(std::uint32_t person, const std::string& text) {
  std::string& c = committees[person];
  if (!c.empty()) c += "; ";
  c += text;
}

// ---- the structure ---------------------------------------------------------------------------

void draw_person_name(Person& person, Rng& rng) {
  person.first = static_cast<std::uint16_t>(rng.below(first_names().size()));
  // About one in six carries a middle name such as Skov or Holm (assumption); never the same
  // as the surname.
  const bool middle = rng.bernoulli(1.0 / 6.0);
  const auto m = static_cast<std::uint16_t>(rng.below(middle_names().size()));
  person.last = static_cast<std::uint16_t>(rng.below(last_names().size()));
  if (middle && std::string_view(middle_names()[m]) != last_names()[person.last]) person.middle = m;
}

namespace {

constexpr std::uint64_t kMaxFlatSpan = 110;
// Smallest headcounts (leaders included) below which a unit merges into its siblings
// (assumption: a leader with one or two staff is rare outside the direktion).
constexpr std::uint64_t kMinForvaltning = 8;
constexpr std::uint64_t kMinArea = 5;
constexpr std::uint64_t kMinInstitution = 5;

class StructureBuilder {
 public:
  StructureBuilder(Org& org, Rng& rng) : org_(org), rng_(rng), p_(*org.params) {
    const std::size_t places = place_heads().size() * place_tails().size();
    place_order_.resize(places);
    std::iota(place_order_.begin(), place_order_.end(), 0u);
    for (std::size_t i = places; i > 1; --i) std::swap(place_order_[i - 1], place_order_[rng_.below(i)]);
  }

  void build() {
    const MunicipalitySpec& spec = org_.spec;
    add_unit(spec.root_unit_id, spec.name, "kommune", kNone);
    org_.root_leader = add_employee(Role::leader, 0, kNone, "Kommunaldirektør", kNoSilo, kNone);

    const Layout& layout = spec.copenhagen ? copenhagen_layout() : standard_layout();
    std::vector<double> shares;
    std::vector<bool> mandatory;
    for (const auto& a : layout) {
      shares.push_back(a.share);
      mandatory.push_back(a.mandatory);
    }
    // A forvaltning needs a director and an area with a few people; smaller ones merge into the
    // others. The central one (with HR) is kept in the smallest municipality.
    const auto counts = apportion(spec.employees - 1, shares, kMinForvaltning, mandatory);
    for (std::size_t i = 0; i < layout.size(); ++i)
      if (counts[i] > 0) build_admin(layout[i], counts[i]);
    org_.employees_end = static_cast<std::uint32_t>(org_.people.size());
    if (org_.employees_end != spec.employees)
      throw std::logic_error("generator: placed " + std::to_string(org_.employees_end) + " employees, wanted " +
                             std::to_string(spec.employees));
  }

 private:
  Org& org_;
  Rng& rng_;
  const GenerateParams& p_;
  std::vector<std::uint32_t> place_order_;
  std::size_t place_next_ = 0;
  std::size_t daycare_next_ = 0;
  std::uint64_t hr_partners_to_make_ = 0;

  std::uint32_t add_unit(std::string id, std::string name, const char* kind, std::uint32_t parent) {
    org_.units.push_back(GUnit{std::move(id), std::move(name), kind, parent});
    return static_cast<std::uint32_t>(org_.units.size() - 1);
  }

  void draw_name(Person& person) {
    draw_person_name(person, rng_);
  }

  std::uint32_t add_employee(Role role, std::uint32_t unit, std::uint32_t manager, const std::string& title,
                             std::uint16_t silo, std::uint32_t area) {
    Person person;
    person.role = role;
    person.unit = unit;
    person.manager = manager;
    person.level = static_cast<std::int8_t>(manager == kNone ? 0 : org_.people[manager].level + 1);
    person.silo = silo;
    person.area = area;
    person.title = org_.title_id(title);
    draw_name(person);
    if (role == Role::leader) {
      person.fte = 100;
      person.tenure = static_cast<std::uint8_t>(rng_.between(2, 30));
    } else {
      // Part-time is common in care and day care; the mix is an assumption.
      static constexpr std::uint8_t kFte[] = {100, 100, 100, 100, 90, 80, 75, 60};
      person.fte = kFte[rng_.below(std::size(kFte))];
      person.tenure = static_cast<std::uint8_t>(rng_.between(0, 35));
    }
    const auto id = static_cast<std::uint32_t>(org_.people.size());
    org_.people.push_back(person);
    if (role == Role::leader) {
      org_.leaders.push_back(id);
      if (silo != kNoSilo) org_.silos[silo].leaders.push_back(id);
    }
    if (silo != kNoSilo) org_.silos[silo].employees.push_back(id);
    return id;
  }

  const char* draw_title(const WorkplaceKind& kind) {
    double total = 0;
    for (const auto& t : kind.titles) total += t.weight;
    double x = rng_.uniform() * total;
    for (const auto& t : kind.titles) {
      if (x < t.weight) return t.title;
      x -= t.weight;
    }
    return kind.titles.back().title;
  }

  double mean_span(Sector s) const {
    switch (s) {
      case Sector::elderly: return p_.span_elderly;
      case Sector::health: return p_.span_health;
      case Sector::school: return p_.span_school;
      case Sector::daycare: return p_.span_daycare;
      case Sector::social: return p_.span_social;
      case Sector::administration: return p_.span_administration;
      case Sector::technical: return p_.span_technical;
      case Sector::culture: return p_.span_culture;
    }
    return p_.span_administration;
  }

  /// A frontline leader's span: log-normal around the sector mean (median = mean / e^(σ²/2)).
  double draw_span(Sector s) {
    const double mean = mean_span(s);
    const double median = mean / std::exp(p_.span_sigma * p_.span_sigma / 2.0);
    return std::clamp(rng_.lognormal(median, p_.span_sigma), 4.0, 110.0);
  }

  std::string place_name() {
    const std::size_t n = place_order_.size();
    const std::uint32_t k = place_order_[place_next_ % n];
    std::string name = std::string(place_heads()[k / place_tails().size()]) + place_tails()[k % place_tails().size()];
    // Place names like "Åholm": the tail joins the head; capitalisation comes from the head.
    if (place_next_ >= n) name += " " + std::to_string(place_next_ / n + 1);
    ++place_next_;
    return name;
  }

  std::string institution_name(const WorkplaceKind& kind, std::size_t index, std::size_t count) {
    const std::string prefix = kind.name_prefix ? kind.name_prefix : "";
    const std::string suffix = kind.name_suffix ? kind.name_suffix : "";
    switch (kind.naming) {
      case Naming::daycare: {
        const auto& names = daycare_names();
        if (daycare_next_ < names.size()) return prefix + names[daycare_next_++];
        return prefix + place_name();
      }
      case Naming::district: {
        if (count == 1) return prefix + org_.spec.short_name;
        const auto& names = district_names();
        return prefix + (index < names.size() ? std::string(names[index]) : std::to_string(index + 1));
      }
      case Naming::place:
      case Naming::office: return prefix + place_name() + suffix;
    }
    return prefix + place_name() + suffix;
  }

  static std::string team_name(const WorkplaceKind& kind, std::size_t j) {
    if (j < kind.team_names.size()) return kind.team_names[j];
    return "Team " + std::to_string(j + 1);
  }

  static std::string two_digits(std::size_t i) { return (i < 10 ? "0" : "") + std::to_string(i); }

  std::uint32_t new_workplace(std::uint32_t unit, std::uint32_t leader, const WorkplaceKind* kind,
                              std::uint16_t silo, std::uint32_t area) {
    org_.workplaces.push_back(Workplace{unit, leader, kind, silo, area, {}});
    return static_cast<std::uint32_t>(org_.workplaces.size() - 1);
  }

  void add_member(std::uint32_t w, const std::string& title) {
    Workplace& wp = org_.workplaces[w];
    Role role = Role::staff;
    std::string t = title;
    if (hr_partners_to_make_ > 0) {
      role = Role::hr;
      t = "HR-partner";  // completed with the forvaltning served once partners are assigned
      --hr_partners_to_make_;
    }
    const std::uint32_t id = add_employee(role, wp.unit, wp.leader, t, wp.silo, wp.area);
    org_.people[id].workplace = w;
    org_.workplaces[w].members.push_back(id);
    if (role == Role::hr) org_.hr_partners.push_back(id);
  }

  /// Every workplace of eight or more elects a tillidsrepræsentant (role council) from the
  /// staff of its main profession, who belong to the kind's union (threshold: assumption).
  void elect_union_rep(std::uint32_t w) {
    const Workplace& wp = org_.workplaces[w];
    if (wp.members.size() < 8 || wp.kind == nullptr) return;
    const std::uint32_t main_title = org_.title_id(wp.kind->titles.front().title);
    std::uint32_t rep = kNone;
    for (auto it = wp.members.rbegin(); it != wp.members.rend() && rep == kNone; ++it)
      if (org_.people[*it].role == Role::staff && org_.people[*it].title == main_title) rep = *it;
    if (rep == kNone) return;
    Person& person = org_.people[rep];
    person.role = Role::council;
    person.title = org_.title_id(std::string(org_.title(person.title)) + ", tillidsrepræsentant (" +
                                 wp.kind->union_name + ")");
    if (wp.silo != kNoSilo) org_.silos[wp.silo].union_reps.push_back(rep);
  }

  /// The staff under one leader: directly (flat) or in teams with team leaders.
  void build_workplace(std::uint32_t unit, std::uint32_t leader, std::uint64_t staff, const WorkplaceKind& kind,
                       std::uint16_t silo, std::uint32_t area, bool force_flat = false) {
    if (staff == 0) return;
    const double span = draw_span(kind.sector);
    // Flat: no team leaders. Planted at a rate, forced for the largest care institutions, and
    // never above 110 staff (Ledelseskommissionen: "many leaders with 75-100 staff").
    const bool planted_flat = rng_.bernoulli(kind.care ? p_.flat_rate_care : p_.flat_rate_other);
    const std::uint64_t direct = staff >= 40 ? 2 : (staff >= 15 ? 1 : 0);
    const std::uint64_t rest = staff - direct;
    // Teams of about `span` reports each; fewer than two such teams means no teams at all (two
    // half-size teams would halve the span the sector is known for).
    auto teams = std::min<std::uint64_t>(
        static_cast<std::uint64_t>(std::llround(static_cast<double>(rest) / (span + 1.0))), rest / 3);
    if (staff > kMaxFlatSpan) teams = std::max<std::uint64_t>(teams, 2);
    if (((planted_flat || force_flat) && staff <= kMaxFlatSpan) || staff < 6 || teams < 2) {
      const std::uint32_t w = new_workplace(unit, leader, &kind, silo, area);
      for (std::uint64_t i = 0; i < staff; ++i) add_member(w, draw_title(kind));
      elect_union_rep(w);
      return;
    }
    if (direct > 0) {
      const std::uint32_t w = new_workplace(unit, leader, &kind, silo, area);
      for (std::uint64_t i = 0; i < direct; ++i) add_member(w, "Administrativ medarbejder");
    }
    std::vector<double> weights(teams);
    for (auto& x : weights) x = rng_.lognormal(1.0, 0.25);
    const auto sizes = apportion(rest, weights, 3);
    std::size_t j = 0;
    for (std::size_t t = 0; t < teams; ++t) {
      if (sizes[t] == 0) continue;
      const std::uint32_t team_unit =
          add_unit(org_.units[unit].id + "-" + std::to_string(j + 1), team_name(kind, j), "team", unit);
      const std::uint32_t team_leader =
          add_employee(Role::leader, team_unit, leader, kind.team_leader_title, silo, area);
      const std::uint32_t w = new_workplace(team_unit, team_leader, &kind, silo, area);
      for (std::uint64_t i = 1; i < sizes[t]; ++i) add_member(w, draw_title(kind));
      elect_union_rep(w);
      ++j;
    }
  }

  void build_admin(const AdminTemplate& tmpl, std::uint64_t count) {
    const auto silo = static_cast<std::uint16_t>(org_.silos.size());
    org_.silos.emplace_back();
    const std::uint32_t unit = add_unit(org_.spec.prefix + tmpl.abbr, tmpl.name, "forvaltning", 0);
    org_.silos[silo].unit = unit;
    org_.silos[silo].tmpl = &tmpl;
    const std::uint32_t director = add_employee(Role::leader, unit, org_.root_leader, tmpl.director_title, silo, kNone);
    org_.silos[silo].director = director;
    std::uint64_t rest = count - 1;
    // A small secretariat under each director (one per 150 employees, at most four; assumption).
    std::uint64_t secretariat = std::min<std::uint64_t>(4, rest / 150);
    if (rest < secretariat + 3) secretariat = rest;
    static const WorkplaceKind& office = *standard_layout().back().areas.back().kinds.front();
    if (secretariat > 0) {
      const std::uint32_t w = new_workplace(unit, director, &office, silo, kNone);
      for (std::uint64_t i = 0; i < secretariat; ++i)
        add_member(w, i % 2 == 0 ? "Forvaltningskonsulent" : "Sekretariatsmedarbejder");
      rest -= secretariat;
    }
    if (rest == 0) return;
    std::vector<double> shares;
    std::vector<bool> mandatory;
    for (const auto& a : tmpl.areas) {
      shares.push_back(a.share);
      mandatory.push_back(tmpl.mandatory && a.hr);
    }
    const auto counts = apportion(rest, shares, kMinArea, mandatory);
    for (std::size_t i = 0; i < tmpl.areas.size(); ++i)
      if (counts[i] > 0) build_area(silo, tmpl.areas[i], counts[i], unit, director);
  }

  void build_area(std::uint16_t silo, const AreaTemplate& tmpl, std::uint64_t count, std::uint32_t parent,
                  std::uint32_t director) {
    const std::uint32_t unit = add_unit(org_.units[parent].id + "-" + tmpl.abbr, tmpl.name, "område", parent);
    const std::uint32_t chief = add_employee(Role::leader, unit, director, tmpl.chief_title, silo, unit);
    org_.silos[silo].area_chiefs.push_back(chief);
    if (tmpl.tag == "school" && org_.pair_area_a == kNone) org_.pair_area_a = unit;
    if (tmpl.tag == "family" && org_.pair_area_b == kNone) org_.pair_area_b = unit;
    std::uint64_t rest = count - 1;
    if (tmpl.hr) {
      org_.hr_chief = chief;
      org_.hr_area = unit;
      const double wanted = static_cast<double>(org_.spec.employees) / p_.employees_per_hr_partner;
      hr_partners_to_make_ = std::clamp<std::uint64_t>(static_cast<std::uint64_t>(std::llround(wanted)), 1,
                                                       std::max<std::uint64_t>(rest, 1));
    }
    if (rest == 0) return;
    const WorkplaceKind& first_kind = *tmpl.kinds.front();
    if (tmpl.office) {
      build_workplace(unit, chief, rest, first_kind, silo, unit);
      hr_partners_to_make_ = 0;
      return;
    }
    double typical = 0;
    for (const auto* k : tmpl.kinds) typical += k->typical_size;
    typical /= static_cast<double>(tmpl.kinds.size());
    // An area the size of one institution is that institution: its chief leads it (small
    // municipalities have one nursing home, one jobcenter).
    const bool care_flat = tmpl.kinds.size() == 1 && first_kind.care && p_.flat_care_per_area > 0;
    if (static_cast<double>(rest) < 1.5 * typical) {
      build_workplace(unit, chief, rest, first_kind, silo, unit, care_flat);
      return;
    }
    // A few area consultants beside the chief (one per 60 employees, at most three; assumption).
    const std::uint64_t consultants = std::min<std::uint64_t>(3, rest / 60);
    std::uint64_t pool = rest - consultants;
    auto institutions = std::max<std::uint64_t>(1, std::llround(static_cast<double>(pool) / typical));
    // Large areas group their institutions in districts of about eight, each with an
    // områdeleder (as large municipalities do with schools, day care and home care; assumption).
    const std::uint64_t districts = institutions > 12 ? (institutions + 7) / 8 : 0;
    pool -= districts;
    institutions = std::max<std::uint64_t>(1, std::llround(static_cast<double>(pool) / typical));
    if (consultants > 0) {
      const std::uint32_t w = new_workplace(unit, chief, &first_kind, silo, unit);
      for (std::uint64_t i = 0; i < consultants; ++i) add_member(w, "Konsulent");
    }
    std::vector<std::uint32_t> district_units, district_leaders;
    for (std::uint64_t d = 0; d < districts; ++d) {
      const auto& names = district_names();
      const std::string dname = d < names.size() ? names[d] : std::to_string(d + 1);
      district_units.push_back(
          add_unit(org_.units[unit].id + "-o" + std::to_string(d + 1), "Område " + dname, "distrikt", unit));
      district_leaders.push_back(add_employee(Role::leader, district_units.back(), chief, "Områdeleder", silo, unit));
    }
    std::vector<double> weights(institutions);
    for (auto& x : weights) x = rng_.lognormal(1.0, 0.35);
    const auto sizes = apportion(pool, weights, kMinInstitution);
    std::size_t made = 0;
    std::size_t kept = 0;
    for (auto s : sizes) kept += s > 0 ? 1 : 0;
    // The largest care institutions of the area (up to the flat cap) run flat.
    std::vector<bool> force_flat(sizes.size(), false);
    if (care_flat) {
      std::vector<std::size_t> order(sizes.size());
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
      std::uint32_t forced = 0;
      for (std::size_t i : order)
        if (forced < p_.flat_care_per_area && sizes[i] > 0 && sizes[i] - 1 <= kMaxFlatSpan) {
          force_flat[i] = true;
          ++forced;
        }
    }
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      if (sizes[i] == 0) continue;
      const WorkplaceKind& kind = *tmpl.kinds[made % tmpl.kinds.size()];
      std::uint32_t parent_unit = unit, manager = chief;
      if (districts > 0) {
        const std::size_t d = made * districts / kept;
        parent_unit = district_units[d];
        manager = district_leaders[d];
      }
      std::size_t same_kind = 0;
      for (std::size_t k = 0; k < kept; ++k)
        if (tmpl.kinds[k % tmpl.kinds.size()] == &kind) ++same_kind;
      const std::uint32_t inst = add_unit(org_.units[unit].id + "-" + two_digits(made + 1),
                                          institution_name(kind, made / tmpl.kinds.size(), same_kind),
                                          "institution", parent_unit);
      const std::uint32_t leader = add_employee(Role::leader, inst, manager, kind.leader_title, silo, unit);
      build_workplace(inst, leader, sizes[i] - 1, kind, silo, unit, force_flat[i]);
      ++made;
    }
  }
};

std::string council_name(const Org& org) { return org.spec.copenhagen ? "Borgerrepræsentationen" : "Byrådet"; }

}  // namespace

void build_structure(Org& org, Rng& rng) {
  StructureBuilder(org, rng).build();
  // HR partners: assigned to forvaltninger in proportion to their size.
  std::vector<double> sizes;
  for (const auto& s : org.silos) sizes.push_back(static_cast<double>(s.employees.size()));
  const auto counts = apportion(org.hr_partners.size(), sizes, 1);
  std::size_t next = 0;
  for (std::size_t s = 0; s < org.silos.size(); ++s)
    for (std::uint64_t k = 0; k < counts[s]; ++k) org.silos[s].hr_partners.push_back(org.hr_partners[next++]);
  for (std::size_t s = 0; s < org.silos.size(); ++s) {
    Silo& silo = org.silos[s];
    if (silo.hr_partners.empty() && !org.hr_partners.empty())
      silo.hr_partners.push_back(org.hr_partners[s % org.hr_partners.size()]);
    for (std::uint32_t h : silo.hr_partners)
      if (std::string_view(org.title(org.people[h].title)) == "HR-partner")
        org.people[h].title = org.title_id("HR-partner, " + std::string(silo.tmpl->name));
  }
}

void add_politicians(Org& org, Rng& rng) {
  const bool cph = org.spec.copenhagen;
  const std::uint32_t unit = static_cast<std::uint32_t>(org.units.size());
  org.units.push_back(GUnit{org.spec.prefix + "byr", council_name(org), "politisk", 0});
  const std::uint32_t size = council_size(org.spec.population, cph);
  auto add = [&](const std::string& title, const std::string& committee) {
    Person p;
    p.role = Role::politician;
    p.unit = unit;
    p.title = org.title_id(title);
    draw_person_name(p, rng);
    const auto id = static_cast<std::uint32_t>(org.people.size());
    org.people.push_back(p);
    org.politicians.push_back(id);
    if (!committee.empty()) org.add_committee(id, committee);
    return id;
  };
  // The mayor chairs Økonomiudvalget (the committee of the central forvaltning); every other
  // forvaltning answers to a standing committee with its chair (Kommunestyrelsesloven §§ 17–18;
  // in Copenhagen each of these chairs is a borgmester).
  const std::uint32_t mayor = add(cph ? "Overborgmester" : "Borgmester", "Økonomiudvalget (formand)");
  std::vector<std::string> committees;
  for (auto& silo : org.silos) {
    committees.push_back(silo.tmpl->committee);
    if (silo.tmpl->mandatory) {
      silo.politician_chair = mayor;
      continue;
    }
    if (org.politicians.size() >= size) {
      silo.politician_chair = mayor;
      continue;
    }
    const std::string c = silo.tmpl->committee;
    silo.politician_chair = add((cph ? "Borgmester, " : "Udvalgsformand, ") + c, c + " (formand)");
  }
  while (org.politicians.size() < size) {
    const std::size_t a = rng.below(committees.size());
    std::string c = committees[a];
    if (committees.size() > 1 && rng.bernoulli(0.5)) {
      const std::size_t b = (a + 1 + rng.below(committees.size() - 1)) % committees.size();
      c += "; " + committees[b];
    }
    add(cph ? "Medlem af Borgerrepræsentationen" : "Byrådsmedlem", c);
  }
}

void add_externals(Org& org) {
  // Partners outside the municipality: a handful, more in large municipalities (assumption:
  // 4 plus one per 3 000 employees, at most 40). Named from their kind and the municipality
  // (person_name), so they need no random draws.
  const std::uint64_t count = std::min<std::uint64_t>(40, 4 + org.spec.employees / 3000);
  for (std::uint64_t i = 0; i < count; ++i) {
    Person p;
    p.role = Role::external;
    p.title = org.title_id("Ekstern samarbejdspartner");
    org.people.push_back(p);
    org.externals.push_back(static_cast<std::uint32_t>(org.people.size() - 1));
  }
}

}  // namespace leadnet::gen::detail
