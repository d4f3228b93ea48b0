#pragma once
// Danish reference data for the generator: how a municipality is organised (forvaltninger,
// områder, kinds of workplaces with their titles, unions and typical sizes), the 98
// municipalities, and names. Facts carry their source beside them in danish_data.cpp; numbers
// marked "assumption" are plausible round values, not measurements.

#include <cstdint>
#include <string_view>
#include <vector>

namespace leadnet::gen::detail {

/// Sector of a workplace: decides the mean span of its leaders.
enum class Sector : std::uint8_t { elderly, health, school, daycare, social, administration, technical, culture };

/// What a citizen receives from a workplace's staff.
enum class Service : std::uint8_t {
  none,
  daycare,
  health_visitor,
  dental,
  school,
  family,
  social,
  jobcenter,
  borgerservice,
  library,
  leisure,
  building,
  home_care,
  nursing_home,
  training,
};
inline constexpr std::size_t kServiceCount = 15;

/// How institutions of a kind are named: from place names ("Egebakken Skole"), day-care
/// names ("Børnehuset Mælkebøtten"), districts ("Hjemmeplejen Nord"), or after their area.
enum class Naming : std::uint8_t { place, daycare, district, office };

struct WeightedTitle {
  const char* title;
  double weight;
};

/// A kind of workplace: a school, a nursing home, an office.
struct WorkplaceKind {
  const char* key;
  Sector sector;
  Service service;
  double typical_size;  // median headcount of one institution, leaders included
  const char* leader_title;
  const char* team_leader_title;
  std::vector<WeightedTitle> titles;
  const char* union_name;   // the tillidsrepræsentant's union
  const char* name_prefix;  // "Plejecenter " ...; nullptr: named from the name list alone
  const char* name_suffix;  // " Skole" ...
  Naming naming;
  std::vector<const char*> team_names;
  bool care;  // may run flat at flat_rate_care
};

/// An område (area) inside a forvaltning.
struct AreaTemplate {
  const char* abbr;  // ASCII, for unit ids
  const char* name;
  double share;  // of the forvaltning's employees
  const char* chief_title;
  std::vector<const WorkplaceKind*> kinds;  // institutions of these kinds (round robin)
  bool office;  // the area itself is the workplace (one office with teams)
  bool hr;      // central HR (HR partners live here)
  std::string_view tag;  // "school" / "family": the two sides of the planted silo pair
};

/// A forvaltning (administration) with its director and standing committee.
struct AdminTemplate {
  const char* abbr;
  const char* name;
  double share;  // of the municipality's employees
  const char* director_title;
  const char* committee;
  std::vector<AreaTemplate> areas;
  bool mandatory;  // kept even in the smallest municipality (central HR lives here)
};

using Layout = std::vector<AdminTemplate>;
/// A typical Danish municipality: six forvaltninger.
const Layout& standard_layout();
/// Københavns Kommune: seven forvaltninger, each with its own borgmester.
const Layout& copenhagen_layout();

struct MunicipalityInfo {
  int code;           // kommunekode (Danmarks Statistik)
  const char* name;   // official name, "Københavns Kommune"
  const char* short_name;
  const char* region;
  std::uint32_t population;  // inhabitants, rounded (about 2024)
};
/// The 98 municipalities, by kommunekode.
const std::vector<MunicipalityInfo>& danish_municipalities();

/// Age groups of citizens and their shares of the population.
struct AgeGroup {
  const char* label;  // "0-5"
  double share;
};
const std::vector<AgeGroup>& age_groups();

/// Services a citizen of an age group receives first (weights), and the services of other
/// forvaltninger that may come on top.
struct ServiceChoice {
  Service service;
  double weight;
};
const std::vector<ServiceChoice>& primary_services(std::size_t age_group);
const std::vector<Service>& secondary_services(std::size_t age_group);
std::string_view service_name(Service s);

/// External partners of a municipality.
const std::vector<const char*>& external_partner_kinds();

const std::vector<const char*>& first_names();
const std::vector<const char*>& middle_names();
const std::vector<const char*>& last_names();
/// Parts for institution names: "Sol" + "gården".
const std::vector<const char*>& place_heads();
const std::vector<const char*>& place_tails();
/// Names of day-care institutions ("Mælkebøtten").
const std::vector<const char*>& daycare_names();
/// District names ("Nord", "Syd" ...).
const std::vector<const char*>& district_names();

/// City-council size for a population (Kommunestyrelsesloven § 5: an odd number from 9 to 31;
/// Københavns Borgerrepræsentation has 55).
std::uint32_t council_size(std::uint64_t population, bool copenhagen);

}  // namespace leadnet::gen::detail
