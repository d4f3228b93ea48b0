// leadnet::gen entry points: presets and parameters, the list of municipalities of a run, the
// ordered parallel pipeline, the in-memory graph and the streaming CSV writer.

#include "leadnet/gen/municipality.hpp"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <fstream>
#include <functional>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "gen/gen_detail.hpp"
#include "gen/gen_report.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet::gen {

using namespace detail;

// ---- presets and parameters ----------------------------------------------------------------------

namespace {

struct Preset {
  const char* name;
  std::uint64_t employees, citizens;
  const char* org_name;
  std::uint64_t population;
  bool copenhagen, national;
};

// example: a few hundred people, small enough to draw, large enough to hold every planted
//   problem (about the size of the bundled hand-made example).
// municipality: a mid-sized municipality of about 72 000 inhabitants and 6 000 employees (one
//   employee per 12 inhabitants, the national ratio of ~500 000 to ~5.9 million).
// copenhagen: Københavns Kommune, about 45 000 employees and 650 000 citizens.
// denmark: all 98 municipalities, about 500 000 municipal employees and 5.9 million inhabitants.
constexpr Preset kPresets[] = {
    {"example", 360, 150, "Åby Kommune", 12000, false, false},
    {"municipality", 6000, 72000, "Bøgeskov Kommune", 72000, false, false},
    {"copenhagen", 45000, 650000, "Københavns Kommune", 660000, true, false},
    {"denmark", 500000, 5900000, "Danmark", 5900000, false, true},
};

}  // namespace

const std::vector<std::string>& preset_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& p : kPresets) v.emplace_back(p.name);
    return v;
  }();
  return names;
}

GenerateParams preset_params(std::string_view name) {
  for (const auto& preset : kPresets) {
    if (name != preset.name) continue;
    GenerateParams p;
    p.preset = preset.name;
    p.employees = preset.employees;
    p.citizens = preset.citizens;
    p.name = preset.org_name;
    p.nominal_population = preset.population;
    p.copenhagen_layout = preset.copenhagen;
    p.national = preset.national;
    return p;
  }
  std::string choices;
  for (const auto& n : preset_names()) choices += (choices.empty() ? "" : ", ") + n;
  throw UsageError("unknown preset '" + std::string(name) + "' (choose one of " + choices + ")");
}

namespace {

constexpr std::uint64_t kMaxEmployeesPerMunicipality = 2000000;
constexpr std::uint64_t kMaxCitizensPerMunicipality = 20000000;
constexpr std::uint64_t kNationalBlock = 1000003;  // seed block of the national network

std::string fmt(double x) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s.precision(12);
  s << x;
  return s.str();
}

void check_rate(double x, const char* name) {
  if (!(x >= 0.0 && x <= 1.0)) throw UsageError(std::string(name) + " must be a rate between 0 and 1 (got " + fmt(x) + ")");
}

void check_positive(double x, const char* name) {
  if (!(x > 0.0 && std::isfinite(x))) throw UsageError(std::string(name) + " must be positive (got " + fmt(x) + ")");
}

/// "3,920": grouped as the command line prints counts.
std::string group(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

}  // namespace

void check_params(const GenerateParams& p) {
  const std::uint64_t municipalities = p.national ? danish_municipalities().size() : 1;
  const std::uint64_t min_people = kMinEmployeesPerMunicipality * municipalities;
  if (p.employees < min_people)
    throw UsageError("--people must be at least " + group(min_people) + " for preset " + p.preset + " (" +
                     group(kMinEmployeesPerMunicipality) + " per municipality); got " + group(p.employees));
  if (p.employees > kMaxEmployeesPerMunicipality * municipalities)
    throw UsageError("--people must be at most " + group(kMaxEmployeesPerMunicipality * municipalities) +
                     " for preset " + p.preset);
  if (p.citizens > kMaxCitizensPerMunicipality * municipalities)
    throw UsageError("--citizens must be at most " + group(kMaxCitizensPerMunicipality * municipalities) +
                     " for preset " + p.preset);
  for (auto [x, name] : {std::pair{p.flat_rate_care, "flat_rate_care"}, {p.flat_rate_other, "flat_rate_other"},
                         {p.gap_rate_leader, "gap_rate_leader"}, {p.gap_rate_staff, "gap_rate_staff"},
                         {p.gap_rate_per_report_over_30, "gap_rate_per_report_over_30"},
                         {p.gap_rate_max, "gap_rate_max"}, {p.isolated_leader_rate, "isolated_leader_rate"},
                         {p.peer_sparring_rate, "peer_sparring_rate"}, {p.sibling_tie_rate, "sibling_tie_rate"},
                         {p.hr_support_rate, "hr_support_rate"}, {p.hr_sparring_rate, "hr_sparring_rate"},
                         {p.skip_level_rate, "skip_level_rate"}, {p.leader_network_rate, "leader_network_rate"},
                         {p.leader_external_rate, "leader_external_rate"}, {p.inside_silo_share, "inside_silo_share"},
                         {p.crossing_staff_rate, "crossing_staff_rate"},
                         {p.multi_silo_citizen_rate, "multi_silo_citizen_rate"},
                         {p.three_silo_share, "three_silo_share"}, {p.coordinated_rate, "coordinated_rate"}})
    check_rate(x, name);
  for (auto [x, name] : {std::pair{p.span_elderly, "span_elderly"}, {p.span_health, "span_health"},
                         {p.span_administration, "span_administration"}, {p.span_school, "span_school"},
                         {p.span_daycare, "span_daycare"}, {p.span_social, "span_social"},
                         {p.span_technical, "span_technical"}, {p.span_culture, "span_culture"},
                         {p.employees_per_hr_partner, "employees_per_hr_partner"},
                         {p.colleague_degree, "colleague_degree"}})
    check_positive(x, name);
  if (!(p.span_sigma >= 0.0 && p.span_sigma <= 2.0)) throw UsageError("span_sigma must be between 0 and 2");
  if (!(p.outside_ties_mean >= 0.0 && p.outside_ties_mean <= 20.0))
    throw UsageError("outside_ties_mean must be between 0 and 20");
  if (p.silo_pair_ties > 50) throw UsageError("silo_pair_ties must be at most 50");
}

std::vector<ParamRecord> describe_params(const GenerateParams& p) {
  const std::string lk = "Ledelseskommissionen (2017), average direct reports of Danish public leaders";
  const std::string as = "assumption";
  auto num = [](double x) { return fmt(x); };
  auto str = [](const std::string& s) { return nlohmann::json(s).dump(); };
  return {
      {"preset", str(p.preset), "preset the run started from", ""},
      {"employees", std::to_string(p.employees), "employees in total (--people)", "preset; Denmark: ~500 000 municipal employees"},
      {"citizens", std::to_string(p.citizens), "citizens in total (--citizens)", "preset; Denmark: ~5.9 million inhabitants"},
      {"national", p.national ? "true" : "false", "98 municipalities under a national root", ""},
      {"copenhagen_layout", p.copenhagen_layout ? "true" : "false", "Copenhagen's seven forvaltninger", ""},
      {"name", str(p.name), "organisation name", ""},
      {"nominal_population", std::to_string(p.nominal_population), "inhabitants the municipality stands for (council size)", ""},
      {"span_elderly", num(p.span_elderly), "mean span of a frontline leader, elderly care", lk},
      {"span_health", num(p.span_health), "mean span, health", lk},
      {"span_administration", num(p.span_administration), "mean span, administration", lk},
      {"span_school", num(p.span_school), "mean span, schools", as},
      {"span_daycare", num(p.span_daycare), "mean span, day care", as},
      {"span_social", num(p.span_social), "mean span, social services", as},
      {"span_technical", num(p.span_technical), "mean span, technical services", as},
      {"span_culture", num(p.span_culture), "mean span, culture and leisure", as},
      {"span_sigma", num(p.span_sigma), "log-normal spread of spans around the sector mean", as},
      {"flat_rate_care", num(p.flat_rate_care), "share of care institutions without team leaders",
       "assumption; gives Ledelseskommissionen's 'many leaders with 75-100 staff'"},
      {"flat_rate_other", num(p.flat_rate_other), "the same for other institutions", as},
      {"flat_care_per_area", std::to_string(p.flat_care_per_area),
       "largest institutions per care area run without team leaders (at most 110 staff)",
       "assumption; mirrors the bundled example's nursing home with 100 direct reports"},
      {"employees_per_hr_partner", num(p.employees_per_hr_partner), "employees per HR partner", as},
      {"span_limit", std::to_string(p.span_limit), "span counted as over the limit", "DESIGN.md --span-limit default; Ledelseskommissionen's chair: about 30 at most"},
      {"gap_rate_leader", num(p.gap_rate_leader), "probability a leader's line up carries no dialogue", as},
      {"gap_rate_staff", num(p.gap_rate_staff), "probability a staff member's line carries no dialogue (span <= 30)", as},
      {"gap_rate_per_report_over_30", num(p.gap_rate_per_report_over_30), "added per direct report of the manager beyond 30", as},
      {"gap_rate_max", num(p.gap_rate_max), "cap of the staff gap probability", as},
      {"isolated_leader_rate", num(p.isolated_leader_rate), "share of leaders (level >= 2) planted isolated", as},
      {"peer_sparring_rate", num(p.peer_sparring_rate), "probability a leader spars with peers outside their line", as},
      {"sibling_tie_rate", num(p.sibling_tie_rate), "probability a leader has ties in their leadership team", as},
      {"hr_support_rate", num(p.hr_support_rate), "probability a leader gets hr_support from their HR partner", as},
      {"hr_sparring_rate", num(p.hr_sparring_rate), "probability a leader spars with their HR partner", as},
      {"skip_level_rate", num(p.skip_level_rate), "probability of dialogue with the manager's manager", as},
      {"leader_network_rate", num(p.leader_network_rate), "probability a leader is in a leader network", as},
      {"leader_external_rate", num(p.leader_external_rate), "probability a leader has an external partner", as},
      {"colleague_degree", num(p.colleague_degree), "mean collaboration ties to colleagues in the workplace", as},
      {"outside_ties_mean", num(p.outside_ties_mean), "mean dialogue ties of a staff member outside the workplace", as},
      {"inside_silo_share", num(p.inside_silo_share), "share of outside ties inside the own forvaltning", as},
      {"crossing_staff_rate", num(p.crossing_staff_rate), "share of staff who may tie across forvaltninger", as},
      {"silo_pair_ties", std::to_string(p.silo_pair_ties), "ties between Skoler and Børn og Familie (one carrier)", as},
      {"multi_silo_citizen_rate", num(p.multi_silo_citizen_rate), "probability a citizen is served by 2+ forvaltninger", as},
      {"three_silo_share", num(p.three_silo_share), "of those, the share served by three", as},
      {"coordinated_rate", num(p.coordinated_rate), "probability such a citizen's services are coordinated", as},
  };
}

namespace {

struct Tunable {
  const char* name;
  double GenerateParams::*real;
  std::uint32_t GenerateParams::*count;
};

const std::vector<Tunable>& tunables() {
  using P = GenerateParams;
  static const std::vector<Tunable> list = {
      {"span_elderly", &P::span_elderly, nullptr},
      {"span_health", &P::span_health, nullptr},
      {"span_administration", &P::span_administration, nullptr},
      {"span_school", &P::span_school, nullptr},
      {"span_daycare", &P::span_daycare, nullptr},
      {"span_social", &P::span_social, nullptr},
      {"span_technical", &P::span_technical, nullptr},
      {"span_culture", &P::span_culture, nullptr},
      {"span_sigma", &P::span_sigma, nullptr},
      {"flat_rate_care", &P::flat_rate_care, nullptr},
      {"flat_rate_other", &P::flat_rate_other, nullptr},
      {"flat_care_per_area", nullptr, &P::flat_care_per_area},
      {"employees_per_hr_partner", &P::employees_per_hr_partner, nullptr},
      {"span_limit", nullptr, &P::span_limit},
      {"gap_rate_leader", &P::gap_rate_leader, nullptr},
      {"gap_rate_staff", &P::gap_rate_staff, nullptr},
      {"gap_rate_per_report_over_30", &P::gap_rate_per_report_over_30, nullptr},
      {"gap_rate_max", &P::gap_rate_max, nullptr},
      {"isolated_leader_rate", &P::isolated_leader_rate, nullptr},
      {"peer_sparring_rate", &P::peer_sparring_rate, nullptr},
      {"sibling_tie_rate", &P::sibling_tie_rate, nullptr},
      {"hr_support_rate", &P::hr_support_rate, nullptr},
      {"hr_sparring_rate", &P::hr_sparring_rate, nullptr},
      {"skip_level_rate", &P::skip_level_rate, nullptr},
      {"leader_network_rate", &P::leader_network_rate, nullptr},
      {"leader_external_rate", &P::leader_external_rate, nullptr},
      {"colleague_degree", &P::colleague_degree, nullptr},
      {"outside_ties_mean", &P::outside_ties_mean, nullptr},
      {"inside_silo_share", &P::inside_silo_share, nullptr},
      {"crossing_staff_rate", &P::crossing_staff_rate, nullptr},
      {"silo_pair_ties", nullptr, &P::silo_pair_ties},
      {"multi_silo_citizen_rate", &P::multi_silo_citizen_rate, nullptr},
      {"three_silo_share", &P::three_silo_share, nullptr},
      {"coordinated_rate", &P::coordinated_rate, nullptr},
  };
  return list;
}

}  // namespace

std::vector<std::string> tunable_params() {
  std::vector<std::string> names;
  for (const auto& t : tunables()) names.emplace_back(t.name);
  return names;
}

void set_param(GenerateParams& params, std::string_view name, std::string_view value) {
  for (const auto& t : tunables()) {
    if (name != t.name) continue;
    const std::string text(value);
    std::istringstream in(text);
    in.imbue(std::locale::classic());
    double x = 0;
    in >> x;
    if (text.empty() || !in || !in.eof() || !std::isfinite(x))
      throw UsageError("parameter " + std::string(name) + ": '" + text + "' is not a number");
    if (t.real) {
      params.*(t.real) = x;
    } else {
      if (x < 0 || x != std::floor(x) || x > 1e9)
        throw UsageError("parameter " + std::string(name) + ": '" + text + "' is not a whole number");
      params.*(t.count) = static_cast<std::uint32_t>(x);
    }
    return;
  }
  std::string names;
  for (const auto& t : tunables()) names += (names.empty() ? "" : ", ") + std::string(t.name);
  throw UsageError("unknown parameter '" + std::string(name) + "' (tunable: " + names + ")");
}

// ---- the municipalities of a run -------------------------------------------------------------------

namespace {

std::string short_name_of(const std::string& name) {
  for (const auto& m : danish_municipalities())
    if (name == m.name) return m.short_name;
  const std::string suffix = " Kommune";
  if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
    return name.substr(0, name.size() - suffix.size());
  return name;
}

std::vector<MunicipalitySpec> make_specs(const GenerateParams& p) {
  std::vector<MunicipalitySpec> specs;
  if (!p.national) {
    MunicipalitySpec s;
    s.name = p.name;
    s.short_name = short_name_of(p.name);
    s.root_unit_id = "kom";
    s.employees = p.employees;
    s.citizens = p.citizens;
    s.population = p.nominal_population;
    s.copenhagen = p.copenhagen_layout;
    specs.push_back(s);
    return specs;
  }
  const auto& list = danish_municipalities();
  // Employees grow a little slower than population (small municipalities run more services
  // per inhabitant): weight population^0.93 (assumption). Citizens follow population.
  std::vector<double> staff_weights, citizen_weights;
  for (const auto& m : list) {
    staff_weights.push_back(std::pow(static_cast<double>(m.population), 0.93));
    citizen_weights.push_back(static_cast<double>(m.population));
  }
  const auto staff = apportion(p.employees, staff_weights, kMinEmployeesPerMunicipality,
                               std::vector<bool>(list.size(), true));
  const auto citizens = apportion(p.citizens, citizen_weights, 0);
  for (std::size_t i = 0; i < list.size(); ++i) {
    MunicipalitySpec s;
    s.index = i;
    s.name = list[i].name;
    s.short_name = list[i].short_name;
    s.region = list[i].region;
    s.prefix = "k" + std::to_string(list[i].code) + "-";
    s.root_unit_id = "k" + std::to_string(list[i].code);
    s.employees = staff[i];
    s.citizens = citizens[i];
    s.population = list[i].population;
    s.copenhagen = list[i].code == 101;
    specs.push_back(s);
  }
  return specs;
}

/// Ties between municipalities: the kommunaldirektører of a region meet in the KKR
/// (kommunekontaktråd) network and spar with one or two colleagues there.
struct NationalTie {
  std::size_t a, b;
  EdgeType type;
  int weight;
};

std::vector<NationalTie> national_ties(const std::vector<MunicipalitySpec>& specs, std::uint64_t seed) {
  std::vector<NationalTie> ties;
  if (specs.size() < 2) return ties;
  Rng rng(derive_seed(seed, kNationalBlock));
  std::vector<std::string> regions;
  for (const auto& s : specs)
    if (std::find(regions.begin(), regions.end(), s.region) == regions.end()) regions.push_back(s.region);
  for (const auto& region : regions) {
    std::vector<std::size_t> members;
    for (const auto& s : specs)
      if (s.region == region) members.push_back(s.index);
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size(); ++j) ties.push_back({members[i], members[j], EdgeType::network, 1});
    if (members.size() < 2) continue;
    for (std::size_t i = 0; i < members.size(); ++i) {
      const auto k = rng.between(1, 2);
      for (std::int64_t t = 0; t < k; ++t) {
        const std::size_t j = rng.below(members.size() - 1);
        const std::size_t other = members[j >= i ? j + 1 : j];
        ties.push_back({std::min(members[i], other), std::max(members[i], other), EdgeType::sparring,
                        static_cast<int>(rng.between(1, 2))});
      }
    }
  }
  std::stable_sort(ties.begin(), ties.end(), [](const NationalTie& x, const NationalTie& y) {
    return std::tuple(static_cast<int>(x.type), x.a, x.b) < std::tuple(static_cast<int>(y.type), y.a, y.b);
  });
  ties.erase(std::unique(ties.begin(), ties.end(),
                         [](const NationalTie& x, const NationalTie& y) {
                           return x.type == y.type && x.a == y.a && x.b == y.b;
                         }),
             ties.end());
  return ties;
}

/// Runs produce(i) for i in [0, count) on up to `threads` workers, and consume(i, chunk) on the
/// calling thread in index order. At most threads + 1 chunks exist at once.
template <class Chunk>
void run_ordered(std::size_t count, int threads, const std::function<Chunk(std::size_t)>& produce,
                 const std::function<void(std::size_t, Chunk&)>& consume, const RunContext& ctx) {
  if (threads <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      ctx.check_cancelled();
      Chunk c = produce(i);
      consume(i, c);
    }
    return;
  }
  const std::size_t window = static_cast<std::size_t>(threads) + 1;
  std::mutex mu;
  std::condition_variable cv;
  std::size_t next_start = 0, next_consume = 0;
  std::vector<std::optional<Chunk>> ready(count);
  std::exception_ptr error;
  bool stop = false;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return stop || error || next_start >= count || next_start < next_consume + window; });
        if (stop || error || next_start >= count) return;
        i = next_start++;
      }
      try {
        if (ctx.cancelled()) throw Cancelled();
        Chunk c = produce(i);
        std::lock_guard lock(mu);
        ready[i].emplace(std::move(c));
      } catch (...) {
        std::lock_guard lock(mu);
        if (!error) error = std::current_exception();
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads && static_cast<std::size_t>(t) < count; ++t) pool.emplace_back(worker);
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Chunk c;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return error || ready[i].has_value(); });
        if (error) break;
        c = std::move(*ready[i]);
        ready[i].reset();
        next_consume = i + 1;
      }
      cv.notify_all();
      consume(i, c);
    }
  } catch (...) {
    {
      std::lock_guard lock(mu);
      stop = true;
      if (!error) error = std::current_exception();
    }
    cv.notify_all();
  }
  {
    std::lock_guard lock(mu);
    stop = true;
  }
  cv.notify_all();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

void add_up(PlantedMunicipality& total, const PlantedMunicipality& m) {
  total.employees += m.employees;
  total.leaders += m.leaders;
  total.hr += m.hr;
  total.politicians += m.politicians;
  total.externals += m.externals;
  total.citizens += m.citizens;
  total.formal_ties += m.formal_ties;
  total.chain_gaps += m.chain_gaps;
  total.expected_chain_gaps += m.expected_chain_gaps;
  if (m.max_span > total.max_span) {
    total.max_span = m.max_span;
    total.max_span_leader = m.max_span_leader;
  }
  total.leaders_over_span_limit += m.leaders_over_span_limit;
  total.formal_layers = std::max(total.formal_layers, m.formal_layers);
  total.eligible_for_isolation += m.eligible_for_isolation;
  total.isolated_leaders.insert(total.isolated_leaders.end(), m.isolated_leaders.begin(), m.isolated_leaders.end());
  total.silo_pair_ties += m.silo_pair_ties;
  total.multi_silo_citizens += m.multi_silo_citizens;
  total.coherent_citizens += m.coherent_citizens;
  total.forced_incoherent_citizens += m.forced_incoherent_citizens;
  total.dialogue_ties_inside_silo += m.dialogue_ties_inside_silo;
  total.dialogue_ties_across_silos += m.dialogue_ties_across_silos;
  total.leaders_with_external_tie += m.leaders_with_external_tie;
  total.reachable_from_top += m.reachable_from_top;
  total.unreachable_from_top += m.unreachable_from_top;
  total.dialogue_distance_sum += m.dialogue_distance_sum;
  total.formal_depth_sum += m.formal_depth_sum;
}

PlantedFacts start_facts(const GenerateParams& p) {
  PlantedFacts f;
  f.span_limit = p.span_limit;
  f.silo_unit_depth = p.national ? 2 : 1;
  f.total.name = "total";
  f.total.unit = p.national ? "dk" : "kom";
  return f;
}

void count_units(const Org& org, RunFacts& run) {
  for (const GUnit& u : org.units) ++run.units_by_kind[u.kind];
  for (std::uint32_t e = 0; e < org.employees_end; ++e) ++run.employees_by_level[org.people[e].level];
}

constexpr const char* kNationalRoot = "dk";

}  // namespace

// ---- in memory ------------------------------------------------------------------------------------

OrgGraph generate(const GenerateParams& params, RunContext& ctx, PlantedFacts* planted) {
  check_params(params);
  const auto specs = make_specs(params);
  const int threads = ctx.thread_count();
  std::vector<Org> orgs(specs.size());
  const RunContext* inline_progress = specs.size() == 1 ? &ctx : nullptr;
  run_ordered<Org>(
      specs.size(), threads,
      [&](std::size_t i) {
        return generate_municipality(params, specs[i], derive_seed(ctx.seed, specs[i].index), inline_progress);
      },
      [&](std::size_t i, Org& org) {
        orgs[i] = std::move(org);
        ctx.progress("generating", static_cast<double>(i + 1) / static_cast<double>(specs.size()));
      },
      ctx);

  PlantedFacts facts = start_facts(params);
  RunFacts run;
  run.seed = ctx.seed;
  run.name = params.name;
  for (const Org& org : orgs) {
    facts.municipalities.push_back(measure(org));
    add_up(facts.total, facts.municipalities.back());
    count_units(org, run);
  }
  const auto ties = national_ties(specs, ctx.seed);
  run.national_ties = ties.size();

  Diagnostics diags;
  GraphBuilder b(diags);
  const SourceLocation here{"leadnet generate", 0, 0};
  Meta meta;
  const nlohmann::ordered_json meta_json = make_meta(params, run, facts);
  meta.name = meta_json.value("name", "");
  meta.description = meta_json.value("description", "");
  nlohmann::ordered_json extra = meta_json;
  extra.erase("name");
  extra.erase("description");
  meta.extra_json = extra.dump();
  b.set_meta(std::move(meta));
  if (params.national) b.add_unit(kNationalRoot, "Danmark", "", "land", here);
  std::string id;
  for (const Org& org : orgs)
    for (const GUnit& u : org.units)
      b.add_unit(u.id, u.name, u.parent == kNone ? (params.national ? kNationalRoot : "") : org.units[u.parent].id,
                 u.kind, here);
  AttributeColumn title("title", AttributeType::text), fte("fte", AttributeType::real),
      tenure("tenure_years", AttributeType::integer), committee("committee", AttributeType::text),
      age("age_group", AttributeType::text);
  std::uint64_t nodes = 0;
  for (const Org& org : orgs) nodes += org.people.size();
  b.reserve_nodes(nodes);
  std::vector<NodeId> offset;
  for (const Org& org : orgs) {
    offset.push_back(b.num_nodes());
    for (std::uint32_t v = 0; v < org.people.size(); ++v) {
      const Person& p = org.people[v];
      id.clear();
      append_id(id, org, v);
      b.add_node(id, p.role, person_name(org, v), p.unit == kNone ? std::string_view() : org.units[p.unit].id,
                 p.level, here);
      if (p.title != kNone) title.push_text(org.title(p.title));
      else title.push_missing();
      if (p.fte != 0) fte.push_real(p.fte / 100.0);
      else fte.push_missing();
      if (p.tenure != 0xFF) tenure.push_integer(p.tenure);
      else tenure.push_missing();
      const auto it = org.committees.find(v);
      if (it != org.committees.end() && !it->second.empty()) committee.push_text(it->second);
      else committee.push_missing();
      if (p.age_group != 0xFF) age.push_text(age_groups()[p.age_group].label);
      else age.push_missing();
    }
  }
  for (auto* column : {&title, &fte, &tenure, &committee, &age}) b.add_attribute(std::move(*column), here);
  std::uint64_t edges = ties.size();
  for (const Org& org : orgs) edges += org.edges.size();
  b.reserve_edges(edges);
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    for (const Edge& e : orgs[i].edges)
      b.add_edge(offset[i] + e.s, offset[i] + e.t, GraphBuilder::layer(e.type), e.weight, std::nullopt, here);
    orgs[i] = Org();  // free as we go
  }
  for (const NationalTie& t : ties)
    b.add_edge(offset[t.a], offset[t.b], GraphBuilder::layer(t.type), t.weight, std::nullopt, here);
  OrgGraph g = b.build();
  if (planted) *planted = std::move(facts);
  return g;
}

// ---- streaming to the CSV folder form -------------------------------------------------------------

namespace {

/// A FILE with a large buffer; write errors surface at close().
class OutFile {
 public:
  explicit OutFile(const std::filesystem::path& path) : path_(path) {
    f_ = std::fopen(path.c_str(), "wb");
    if (f_ == nullptr) throw std::runtime_error("cannot write " + path.string());
    std::setvbuf(f_, nullptr, _IOFBF, 1 << 20);
  }
  ~OutFile() {
    if (f_) std::fclose(f_);
  }
  OutFile(const OutFile&) = delete;
  OutFile& operator=(const OutFile&) = delete;
  void write(std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f_) != s.size())
      throw std::runtime_error("writing " + path_.string() + " failed (disk full?); nothing was written");
    bytes_ += s.size();
  }
  void close() {
    const bool bad = std::ferror(f_) != 0;
    const int rc = std::fclose(f_);
    f_ = nullptr;
    if (bad || rc != 0) throw std::runtime_error("writing " + path_.string() + " failed (disk full?); nothing was written");
  }
  std::uint64_t bytes() const { return bytes_; }

 private:
  std::filesystem::path path_;
  std::FILE* f_ = nullptr;
  std::uint64_t bytes_ = 0;
};

struct Chunk {
  std::string units, nodes, edges;
  PlantedMunicipality facts;
  std::string root_leader;
  std::map<std::string, std::uint64_t> roles, types, unit_kinds;
  std::map<int, std::uint64_t> levels;
};

Chunk make_chunk(const GenerateParams& params, const MunicipalitySpec& spec, std::uint64_t seed,
                 const RunContext* progress) {
  const Org org = generate_municipality(params, spec, seed, progress);
  Chunk c;
  c.facts = measure(org);
  c.root_leader = person_id(org, org.root_leader);
  append_unit_rows(c.units, org, params.national ? kNationalRoot : "");
  append_node_rows(c.nodes, org);
  append_edge_rows(c.edges, org);
  for (const Person& p : org.people) ++c.roles[std::string(role_name(p.role))];
  for (const Edge& e : org.edges) ++c.types[std::string(edge_type_name(e.type))];
  for (const GUnit& u : org.units) ++c.unit_kinds[u.kind];
  for (std::uint32_t e = 0; e < org.employees_end; ++e) ++c.levels[org.people[e].level];
  return c;
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("writing " + path.string() + " failed (disk full?); nothing was written");
}

}  // namespace

GenerateSummary write_generated(const GenerateParams& params, const std::filesystem::path& dir, RunContext& ctx) {
  check_params(params);
  const auto specs = make_specs(params);
  AtomicDirectory out(dir);
  OutFile units(out.path() / "units.csv"), nodes(out.path() / "nodes.csv"), edges(out.path() / "edges.csv");
  units.write("id,name,parent,kind\n");
  nodes.write("id,name,role,unit,level,title,fte,tenure_years,committee,age_group\n");
  edges.write("source,target,type,weight\n");
  if (params.national) units.write(std::string(kNationalRoot) + ",Danmark,,land\n");

  GenerateSummary summary;
  summary.planted = start_facts(params);
  RunFacts run;
  run.seed = ctx.seed;
  run.name = params.name;
  if (params.national) ++run.units_by_kind["land"];
  std::vector<std::string> roots(specs.size());
  double total_work = 0, done_work = 0;
  for (const auto& s : specs) total_work += static_cast<double>(s.employees * 8 + s.citizens);
  const RunContext* inline_progress = specs.size() == 1 ? &ctx : nullptr;
  ctx.progress("generating", 0.0);
  run_ordered<Chunk>(
      specs.size(), ctx.thread_count(),
      [&](std::size_t i) { return make_chunk(params, specs[i], derive_seed(ctx.seed, specs[i].index), inline_progress); },
      [&](std::size_t i, Chunk& c) {
        units.write(c.units);
        nodes.write(c.nodes);
        edges.write(c.edges);
        roots[i] = c.root_leader;
        summary.planted.municipalities.push_back(c.facts);
        add_up(summary.planted.total, c.facts);
        for (const auto& [k, v] : c.roles) summary.people_by_role[k] += v;
        for (const auto& [k, v] : c.types) summary.ties_by_type[k] += v;
        for (const auto& [k, v] : c.unit_kinds) run.units_by_kind[k] += v;
        for (const auto& [k, v] : c.levels) run.employees_by_level[k] += v;
        done_work += static_cast<double>(specs[i].employees * 8 + specs[i].citizens);
        ctx.progress("generating", done_work / total_work);
      },
      ctx);
  const auto ties = national_ties(specs, ctx.seed);
  run.national_ties = ties.size();
  std::string rows;
  for (const NationalTie& t : ties) {
    rows += roots[t.a] + "," + roots[t.b] + "," + std::string(edge_type_name(t.type)) + "," + std::to_string(t.weight) + "\n";
    ++summary.ties_by_type[std::string(edge_type_name(t.type))];
  }
  edges.write(rows);
  ctx.check_cancelled();
  summary.bytes = units.bytes() + nodes.bytes() + edges.bytes();
  units.close();
  nodes.close();
  edges.close();
  for (const auto& [k, v] : summary.people_by_role) summary.nodes += v;
  for (const auto& [k, v] : summary.ties_by_type) summary.ties += v;
  for (const auto& [k, v] : run.units_by_kind) summary.units += v;

  write_text(out.path() / "meta.json", make_meta(params, run, summary.planted).dump(2) + "\n");
  write_text(out.path() / "planted.json", make_planted(params, run, summary.planted).dump(2) + "\n");
  write_text(out.path() / "README.md", make_readme(params, run, summary));
  ctx.check_cancelled();
  out.commit();
  return summary;
}

}  // namespace leadnet::gen
