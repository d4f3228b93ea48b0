#pragma once
// The generator's working model of one municipality: units, people and ties held compactly
// (indices into small tables, no strings per person), built in phases, each phase drawing from
// its own seeded stream. Private to src/gen/.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gen/danish_data.hpp"
#include "leadnet/core/rng.hpp"
#include "leadnet/gen/municipality.hpp"
#include "leadnet/model/edge_types.hpp"
#include "leadnet/model/roles.hpp"

namespace leadnet::gen::detail {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;
inline constexpr std::uint16_t kNoName = 0xFFFF;
inline constexpr std::uint16_t kNoSilo = 0xFFFF;

/// Phases: each draws from derive_seed(municipality seed, phase).
enum class Phase : std::uint64_t { structure = 1, politics, plants, dialogue, citizens, guarantee };

struct GUnit {
  std::string id;
  std::string name;
  const char* kind;
  std::uint32_t parent = kNone;  // kNone: the municipality's root
};

enum PersonFlag : std::uint8_t {
  kCrosser = 1,  // may have dialogue ties to other forvaltninger
  kSealed = 2,   // planted isolated leader
  kGap = 4,      // the formal line up is a planted chain gap
};

struct Person {
  Role role = Role::staff;
  std::int8_t level = -1;
  std::uint8_t age_group = 0xFF;  // citizens: index into age_groups()
  std::uint8_t fte = 0;           // percent; 0 = not given
  std::uint8_t tenure = 0xFF;     // years; 0xFF = not given
  std::uint8_t flags = 0;
  std::uint16_t first = kNoName, middle = kNoName, last = kNoName;
  std::uint16_t silo = kNoSilo;  // index of the forvaltning
  std::uint32_t title = kNone;
  std::uint32_t unit = kNone;
  std::uint32_t manager = kNone;
  std::uint32_t number = 0;  // running number within the id letter (set by finalize)
  std::uint32_t area = kNone;       // unit index of the område
  std::uint32_t workplace = kNone;  // index into Org::workplaces

  bool has(PersonFlag f) const { return (flags & f) != 0; }
};

struct Edge {
  std::uint32_t s;
  std::uint32_t t;
  EdgeType type;
  std::uint8_t weight;
};

/// A team or an institution without teams: people who work together under one leader.
struct Workplace {
  std::uint32_t unit = kNone;
  std::uint32_t leader = kNone;
  const WorkplaceKind* kind = nullptr;
  std::uint16_t silo = kNoSilo;
  std::uint32_t area = kNone;
  std::vector<std::uint32_t> members;  // staff, union representatives, HR (not the leader)
};

struct Silo {
  std::uint32_t unit = kNone;
  std::uint32_t director = kNone;
  const AdminTemplate* tmpl = nullptr;
  std::vector<std::uint32_t> employees;
  std::vector<std::uint32_t> leaders;
  std::vector<std::uint32_t> area_chiefs;
  std::vector<std::uint32_t> union_reps;
  std::vector<std::uint32_t> hr_partners;  // the partners serving this forvaltning
  std::uint32_t politician_chair = kNone;
};

/// What to build: one municipality of the run.
struct MunicipalitySpec {
  std::size_t index = 0;      // position in the run (seed block)
  std::string name;           // "Københavns Kommune"
  std::string short_name;     // "København"
  std::string region;         // for the national network; empty for single presets
  std::string prefix;         // id prefix: "k101-" or ""
  std::string root_unit_id;   // "k101" or "kom"
  std::uint64_t employees = 0;
  std::uint64_t citizens = 0;
  std::uint64_t population = 0;  // nominal inhabitants (council size)
  bool copenhagen = false;
};

/// The planned treatment of a citizen, checked against the measured coherence.
enum class CitizenPlan : std::uint8_t { single, coordinated, uncoordinated, forced };

struct Org {
  const GenerateParams* params = nullptr;
  MunicipalitySpec spec;
  std::vector<GUnit> units;
  std::vector<Person> people;
  std::vector<Edge> edges;
  std::vector<std::string> titles;
  std::unordered_map<std::string, std::uint32_t> title_index;
  std::unordered_map<std::uint32_t, std::string> committees;
  std::vector<Workplace> workplaces;
  std::vector<Silo> silos;
  std::vector<std::uint32_t> leaders;
  std::vector<std::uint32_t> hr_partners;
  std::vector<std::uint32_t> politicians;
  std::vector<std::uint32_t> externals;
  std::uint32_t root_leader = kNone;
  std::uint32_t hr_chief = kNone;
  std::uint32_t hr_area = kNone;
  std::uint32_t employees_end = 0;  // people[0, employees_end) are employees
  std::uint32_t citizens_begin = 0;
  std::vector<CitizenPlan> citizen_plan;  // per citizen
  // The planted silo pair (unit indices of the two areas) and its carrier.
  std::uint32_t pair_area_a = kNone, pair_area_b = kNone, carrier = kNone;
  std::vector<std::uint32_t> sealed;
  double expected_gaps = 0.0;
  std::uint64_t eligible_for_isolation = 0;
  // Id letters' digit widths (set by finalize).
  std::uint32_t width[8] = {};

  std::uint32_t title_id(const std::string& title);
  std::string_view title(std::uint32_t id) const { return titles[id]; }
  bool in_line(std::uint32_t a, std::uint32_t b) const;
  /// Adds a tie unless a planting guard forbids it; returns whether it was added. `planted`
  /// ties skip the guards that protect the planted problems (sealed leaders, the silo pair,
  /// staff who keep their ties inside their forvaltning) but never the chain-gap guard.
  bool tie(std::uint32_t u, std::uint32_t v, EdgeType type, int weight, bool planted = false);
  void add_committee(std::uint32_t person, const std::string& text);
};

// Phases (structure.cpp, dialogue.cpp, citizens.cpp, finish.cpp).
void build_structure(Org& org, Rng& rng);
void add_politicians(Org& org, Rng& rng);
void add_externals(Org& org);
void plant_problems(Org& org, Rng& rng);
void add_dialogue(Org& org, Rng& rng);
void add_citizens(Org& org, Rng& rng, const RunContext* progress);
void ensure_leaders_connected(Org& org);
/// Sorts and merges ties, numbers people for their ids.
void finalize(Org& org);
/// Measures the planted facts on the finished ties and checks them against the plan (throws
/// std::logic_error on a mismatch: a generator bug).
PlantedMunicipality measure(const Org& org);

/// Builds one municipality through every phase.
Org generate_municipality(const GenerateParams& params, const MunicipalitySpec& spec, std::uint64_t seed,
                          const RunContext* progress);

// Output (output.cpp).
char id_letter(Role role);
void append_id(std::string& out, const Org& org, std::uint32_t person);
std::string person_id(const Org& org, std::uint32_t person);
std::string person_name(const Org& org, std::uint32_t person);
void append_unit_rows(std::string& out, const Org& org, std::string_view national_root);
void append_node_rows(std::string& out, const Org& org);
void append_edge_rows(std::string& out, const Org& org);
/// Appends a CSV field, quoted when it holds a comma, quote or line break.
void append_field(std::string& out, std::string_view value);

/// A Danish name: first name, sometimes a middle name, surname.
void draw_person_name(Person& person, Rng& rng);
/// Small helpers shared by the phases.
std::uint64_t geometric(Rng& rng, double mean, std::uint64_t cap);
std::size_t pick_weighted(Rng& rng, const std::vector<double>& cumulative);
/// Splits `total` over `weights` by largest remainder. Items whose share falls below
/// `minimum` are dropped (share 0) unless `mandatory`, in which case they get the minimum.
std::vector<std::uint64_t> apportion(std::uint64_t total, const std::vector<double>& weights, std::uint64_t minimum,
                                     const std::vector<bool>& mandatory = {});

}  // namespace leadnet::gen::detail
