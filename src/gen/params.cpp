// Presets and parameters of the generator: the preset table, checks, the record of every
// parameter written to meta.json and the README, and tuning by name (--set NAME=VALUE).

#include <cmath>
#include <locale>
#include <sstream>

#include <nlohmann/json.hpp>

#include "gen/danish_data.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/gen/municipality.hpp"

namespace leadnet::gen {

using detail::danish_municipalities;

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

std::string fmt(double x) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s.precision(12);
  s << x;
  return s.str();
}

/// "3,920": grouped as the command line prints counts.
std::string group(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

}  // namespace

namespace {

/// How a tunable number is checked.
enum class Range { rate, positive, sigma, mean_ties, pair_ties, any };

/// Every tunable number: its field, meaning, source and allowed range. describe_params,
/// set_param and check_params all read this one table.
struct Tunable {
  const char* name;
  double GenerateParams::*real;
  std::uint32_t GenerateParams::*count;
  Range range;
  const char* meaning;
  const char* source;
};

constexpr const char* kCommission = "Ledelseskommissionen (2017), average direct reports of Danish public leaders";
constexpr const char* kAssumption = "assumption";

const std::vector<Tunable>& tunables() {
  using P = GenerateParams;
  const auto* lk = kCommission;
  const auto* as = kAssumption;
  static const std::vector<Tunable> list = {
      {"span_elderly", &P::span_elderly, nullptr, Range::positive, "mean span of a frontline leader, elderly care", lk},
      {"span_health", &P::span_health, nullptr, Range::positive, "mean span, health", lk},
      {"span_administration", &P::span_administration, nullptr, Range::positive, "mean span, administration", lk},
      {"span_school", &P::span_school, nullptr, Range::positive, "mean span, schools", as},
      {"span_daycare", &P::span_daycare, nullptr, Range::positive, "mean span, day care", as},
      {"span_social", &P::span_social, nullptr, Range::positive, "mean span, social services", as},
      {"span_technical", &P::span_technical, nullptr, Range::positive, "mean span, technical services", as},
      {"span_culture", &P::span_culture, nullptr, Range::positive, "mean span, culture and leisure", as},
      {"span_sigma", &P::span_sigma, nullptr, Range::sigma, "log-normal spread of spans around the sector mean", as},
      {"flat_rate_care", &P::flat_rate_care, nullptr, Range::rate, "share of care institutions without team leaders",
       "assumption; gives Ledelseskommissionen's 'many leaders with 75-100 staff'"},
      {"flat_rate_other", &P::flat_rate_other, nullptr, Range::rate, "the same for other institutions", as},
      {"flat_care_per_area", nullptr, &P::flat_care_per_area, Range::any,
       "largest institutions per care area run without team leaders (at most 110 staff)",
       "assumption; mirrors the bundled example's nursing home with 100 direct reports"},
      {"employees_per_hr_partner", &P::employees_per_hr_partner, nullptr, Range::positive, "employees per HR partner", as},
      {"span_limit", nullptr, &P::span_limit, Range::any, "span counted as over the limit",
       "DESIGN.md --span-limit default; Ledelseskommissionen's chair: about 30 at most"},
      {"gap_rate_leader", &P::gap_rate_leader, nullptr, Range::rate, "probability a leader's line up carries no dialogue", as},
      {"gap_rate_staff", &P::gap_rate_staff, nullptr, Range::rate,
       "probability a staff member's line carries no dialogue (span <= 30)", as},
      {"gap_rate_per_report_over_30", &P::gap_rate_per_report_over_30, nullptr, Range::rate,
       "added per direct report of the manager beyond 30", as},
      {"gap_rate_max", &P::gap_rate_max, nullptr, Range::rate, "cap of the staff gap probability", as},
      {"isolated_leader_rate", &P::isolated_leader_rate, nullptr, Range::rate,
       "share of leaders (level >= 2) planted isolated", as},
      {"peer_sparring_rate", &P::peer_sparring_rate, nullptr, Range::rate,
       "probability a leader spars with peers outside their line", as},
      {"sibling_tie_rate", &P::sibling_tie_rate, nullptr, Range::rate,
       "probability a leader has ties in their leadership team", as},
      {"hr_support_rate", &P::hr_support_rate, nullptr, Range::rate,
       "probability a leader gets hr_support from their HR partner", as},
      {"hr_sparring_rate", &P::hr_sparring_rate, nullptr, Range::rate, "probability a leader spars with their HR partner", as},
      {"skip_level_rate", &P::skip_level_rate, nullptr, Range::rate, "probability of dialogue with the manager's manager", as},
      {"leader_network_rate", &P::leader_network_rate, nullptr, Range::rate, "probability a leader is in a leader network", as},
      {"leader_external_rate", &P::leader_external_rate, nullptr, Range::rate,
       "probability a leader has an external partner", as},
      {"colleague_degree", &P::colleague_degree, nullptr, Range::positive,
       "mean collaboration ties to colleagues in the workplace", as},
      {"outside_ties_mean", &P::outside_ties_mean, nullptr, Range::mean_ties,
       "mean dialogue ties of a staff member outside the workplace", as},
      {"inside_silo_share", &P::inside_silo_share, nullptr, Range::rate, "share of outside ties inside the own forvaltning", as},
      {"crossing_staff_rate", &P::crossing_staff_rate, nullptr, Range::rate,
       "share of staff who may tie across forvaltninger", as},
      {"silo_pair_ties", nullptr, &P::silo_pair_ties, Range::pair_ties,
       "ties between Skoler and Børn og Familie (one carrier)", as},
      {"multi_silo_citizen_rate", &P::multi_silo_citizen_rate, nullptr, Range::rate,
       "probability a citizen is served by 2+ forvaltninger", as},
      {"three_silo_share", &P::three_silo_share, nullptr, Range::rate, "of those, the share served by three", as},
      {"coordinated_rate", &P::coordinated_rate, nullptr, Range::rate,
       "probability such a citizen's services are coordinated", as},
  };
  return list;
}

double value_of(const GenerateParams& p, const Tunable& t) {
  return t.real ? p.*(t.real) : static_cast<double>(p.*(t.count));
}

void check_range(const Tunable& t, double x) {
  const std::string name = t.name;
  switch (t.range) {
    case Range::rate:
      if (!(x >= 0.0 && x <= 1.0)) throw UsageError(name + " must be a rate between 0 and 1 (got " + fmt(x) + ")");
      return;
    case Range::positive:
      if (!(x > 0.0 && std::isfinite(x))) throw UsageError(name + " must be positive (got " + fmt(x) + ")");
      return;
    case Range::sigma:
      if (!(x >= 0.0 && x <= 2.0)) throw UsageError(name + " must be between 0 and 2 (got " + fmt(x) + ")");
      return;
    case Range::mean_ties:
      if (!(x >= 0.0 && x <= 20.0)) throw UsageError(name + " must be between 0 and 20 (got " + fmt(x) + ")");
      return;
    case Range::pair_ties:
      if (x > 50) throw UsageError(name + " must be at most 50 (got " + fmt(x) + ")");
      return;
    case Range::any: return;
  }
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
  for (const auto& t : tunables()) check_range(t, value_of(p, t));
}

std::vector<ParamRecord> describe_params(const GenerateParams& p) {
  auto str = [](const std::string& s) { return nlohmann::json(s).dump(); };
  std::vector<ParamRecord> records = {
      {"preset", str(p.preset), "preset the run started from", ""},
      {"employees", std::to_string(p.employees), "employees in total (--people)",
       "preset; Denmark: ~500 000 municipal employees"},
      {"citizens", std::to_string(p.citizens), "citizens in total (--citizens)",
       "preset; Denmark: ~5.9 million inhabitants"},
      {"national", p.national ? "true" : "false", "98 municipalities under a national root", ""},
      {"copenhagen_layout", p.copenhagen_layout ? "true" : "false", "Copenhagen's seven forvaltninger", ""},
      {"name", str(p.name), "organisation name", ""},
      {"nominal_population", std::to_string(p.nominal_population),
       "inhabitants the municipality stands for (council size)", ""},
  };
  for (const auto& t : tunables())
    records.push_back({t.name, t.real ? fmt(p.*(t.real)) : std::to_string(p.*(t.count)), t.meaning, t.source});
  return records;
}

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

}  // namespace leadnet::gen
