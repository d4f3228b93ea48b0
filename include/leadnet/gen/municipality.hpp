#pragma once
// Synthetic Danish municipalities with leadership problems planted at known rates: the generator
// behind `leadnet generate`, for tests, benchmarks, demos and anyone without data of their own.
//
// Structure (per municipality): kommunaldirektør → forvaltninger (administrations, each with a
// director) → områder (areas, each with a chief) → [distrikter in large areas] → institutions
// (schools, day care, nursing homes, home-care districts, bosteder, offices ...) → teams. Spans of
// control are drawn per sector around the Danish Leadership Commission's averages (32 in elderly
// care, 24 in health, 15 in administration); some care institutions have no team leaders, which
// gives the commission's "leaders with 75–100 staff". Central HR with HR partners, the city
// council with committees and their chairs, MED committees, leader networks across units,
// external partners and citizens served by one or more units complete the organisation. Where
// each number comes from is documented beside it in src/gen/ and in the README written into
// every generated folder.
//
// Planted problems (exact counts recorded in PlantedFacts, meta.json "planted" and planted.json):
//   chain gaps      formal lines without any dialogue tie, each with a known probability that
//                   grows with the manager's span;
//   isolated leaders a fixed share of leaders with a silent line up and no tie to another leader
//                   outside their own line or to HR;
//   silo pair       per municipality, Skoler and Børn og Familie share only `silo_pair_ties`
//                   ties, all through one carrier;
//   incoherent citizens citizens served by several administrations whose staff are not within two
//                   dialogue hops (every citizen not coordinated at `coordinated_rate`);
//   large spans     leaders over `span_limit` (emergent from the span distribution; counted).
//
// Determinism: every municipality draws from its own stream, derive_seed(ctx.seed, index), and
// every phase inside it from derive_seed(that, phase); output is assembled in municipality order.
// Same seed, same bytes, at any thread count. No std distributions (leadnet::Rng only).
//
// Complexity: O(employees + citizens + ties) time; the streaming writer holds at most
// threads + 2 municipalities in memory at once (the largest, Copenhagen, about 100 MB).

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet::gen {

/// Every tunable number of the generator, with the value the presets use. Rates are
/// probabilities in [0, 1]. preset_params() fills the sizes of a named preset.
struct GenerateParams {
  // --- what to generate ---------------------------------------------------------------------
  /// example | municipality | copenhagen | denmark (recorded in meta.json).
  std::string preset = "municipality";
  /// Employees (leaders, HR, staff, union representatives) in total; politicians, external
  /// partners and citizens come on top. `--people`.
  std::uint64_t employees = 6000;
  /// Citizens in total. `--citizens`.
  std::uint64_t citizens = 72000;
  /// true: the 98 Danish municipalities under a national root unit (preset denmark).
  bool national = false;
  /// Use Copenhagen's seven forvaltninger (preset copenhagen; København inside denmark).
  bool copenhagen_layout = false;
  /// Name of a single municipality (meta.json name); ignored when national.
  std::string name = "Bøgeskov Kommune";
  /// Inhabitants the single municipality stands for; sets the size of the city council.
  std::uint64_t nominal_population = 72000;

  // --- spans of control (mean direct reports of a frontline leader, per sector) -----------
  double span_elderly = 32.0;         // Ledelseskommissionen 2017: elderly care
  double span_health = 24.0;          // Ledelseskommissionen 2017: health and psychiatry
  double span_administration = 15.0;  // Ledelseskommissionen 2017: general administration
  double span_school = 20.0;          // assumption (teachers per school leader/afdelingsleder)
  double span_daycare = 18.0;         // assumption
  double span_social = 20.0;          // assumption (bosteder, family services)
  double span_technical = 16.0;       // assumption (roads and parks, property service)
  double span_culture = 12.0;         // assumption (libraries, leisure)
  /// Log-space spread of a leader's span around the sector mean (log-normal).
  double span_sigma = 0.45;
  /// Share of care institutions (nursing homes, home care) run without team leaders: their
  /// leader leads everyone directly (the commission's 75–100 staff per leader).
  double flat_rate_care = 0.15;
  /// The same for every other kind of institution.
  double flat_rate_other = 0.04;
  /// The largest institutions of each care area (nursing homes, home care) run flat as well,
  /// so that every municipality has leaders far over the span limit (as the bundled example's
  /// nursing home with 100 direct reports). No institution runs flat above 110 staff.
  std::uint32_t flat_care_per_area = 1;
  /// Employees per HR partner (one partner per this many employees; assumption).
  double employees_per_hr_partner = 500.0;
  /// Spans above this count as "over the limit" in the planted facts (DESIGN.md --span-limit).
  std::uint32_t span_limit = 30;

  // --- chain of leadership -------------------------------------------------------------------
  /// Probability that a leader's (or HR partner's) formal line up carries no dialogue.
  double gap_rate_leader = 0.06;
  /// Probability that a staff member's formal line carries no dialogue, at spans up to 30 ...
  double gap_rate_staff = 0.05;
  /// ... plus this much per direct report of the manager beyond 30 (a leader of 100 cannot
  /// talk with everyone) ...
  double gap_rate_per_report_over_30 = 0.004;
  /// ... up to this probability.
  double gap_rate_max = 0.5;
  /// Share of leaders below the directors planted as isolated: silent line up, no tie to
  /// another leader outside their own line, no tie to HR, no network, MED or political tie.
  /// Per municipality exactly max(1, round(rate × eligible)) when rate > 0.
  double isolated_leader_rate = 0.02;
  /// Probability that a leader has sparring with 1–2 leaders outside their own line.
  double peer_sparring_rate = 0.6;
  /// Probability that a leader has ties with 1–2 sibling leaders (same manager).
  double sibling_tie_rate = 0.7;
  /// Probability that a leader gets hr_support from their HR partner.
  double hr_support_rate = 0.8;
  /// Probability that a leader spars with their HR partner.
  double hr_sparring_rate = 0.25;
  /// Probability that an employee at level 2 or deeper talks with their manager's manager.
  double skip_level_rate = 0.08;
  /// Probability that a leader (levels 2–4) is in a leader network group across units.
  double leader_network_rate = 0.25;
  /// Probability that a leader has a tie to an external partner.
  double leader_external_rate = 0.3;

  // --- silos ----------------------------------------------------------------------------
  /// Mean number of collaboration ties to colleagues in the same workplace (team).
  double colleague_degree = 4.0;
  /// Mean number of dialogue ties a staff member has outside their workplace.
  double outside_ties_mean = 0.8;
  /// Share of those outside ties that stay inside the staff member's own forvaltning (silo).
  double inside_silo_share = 0.8;
  /// Share of staff who may have ties to other forvaltninger at all; the rest keep every
  /// dialogue tie inside their own forvaltning.
  double crossing_staff_rate = 0.3;
  /// Ties between the planted silo pair (Skoler, Børn og Familie), all through one carrier.
  std::uint32_t silo_pair_ties = 3;

  // --- citizens -------------------------------------------------------------------------
  /// Probability that a citizen is served by staff of two or more forvaltninger.
  double multi_silo_citizen_rate = 0.06;
  /// Of those, the share served by three forvaltninger.
  double three_silo_share = 0.2;
  /// Probability that such a citizen's services are coordinated (their staff are linked by a
  /// collaboration tie, so within two dialogue hops); the rest are planted incoherent. Citizens
  /// served by both sides of the planted silo pair are never coordinated.
  double coordinated_rate = 0.6;
};

/// The preset names, in size order.
const std::vector<std::string>& preset_names();
/// The parameters of a preset (sizes, name, layout; rates are the defaults above). Throws
/// UsageError naming the choices when `name` is not a preset.
GenerateParams preset_params(std::string_view name);
/// Smallest employee count the generator accepts (per municipality).
inline constexpr std::uint64_t kMinEmployeesPerMunicipality = 40;
/// Checks sizes and rates; throws UsageError with a sentence naming the parameter.
void check_params(const GenerateParams& params);

/// One parameter as recorded in meta.json and the README: name, value, meaning, source.
struct ParamRecord {
  std::string name;
  std::string value;  // as JSON text: 32, 0.06, "denmark", true
  std::string meaning;
  std::string source;
};
std::vector<ParamRecord> describe_params(const GenerateParams& params);
/// Sets one numeric parameter by its name in describe_params() (`gap_rate_leader`, `span_elderly`
/// ...) from text; sizes and names have their own options. Throws UsageError naming the
/// parameter when the name is unknown or the value is not a number.
void set_param(GenerateParams& params, std::string_view name, std::string_view value);
/// Names accepted by set_param().
std::vector<std::string> tunable_params();

/// What was planted in one municipality, measured on the generated ties (exact).
struct PlantedMunicipality {
  std::string name;   // "Københavns Kommune"
  std::string unit;   // its unit id
  std::uint64_t employees = 0, leaders = 0, hr = 0, politicians = 0, externals = 0, citizens = 0;
  std::uint64_t formal_ties = 0;
  std::uint64_t chain_gaps = 0;
  double expected_chain_gaps = 0.0;  // sum of the planted gap probabilities
  std::uint32_t max_span = 0;
  std::string max_span_leader;
  std::uint64_t leaders_over_span_limit = 0;
  std::uint32_t formal_layers = 0;   // levels in the deepest formal chain
  std::uint64_t eligible_for_isolation = 0;
  std::vector<std::string> isolated_leaders;  // ids
  // The silo pair (empty when the municipality is too small to have both areas).
  std::string silo_pair_a, silo_pair_b, silo_pair_carrier;
  std::uint32_t silo_pair_unit_depth = 0;
  std::uint64_t silo_pair_ties = 0;
  // Citizens (silos: the forvaltninger).
  std::uint64_t multi_silo_citizens = 0;
  std::uint64_t coherent_citizens = 0;
  std::uint64_t forced_incoherent_citizens = 0;  // served across the silo pair
  // Dialogue ties between two employees of different forvaltninger vs inside one.
  std::uint64_t dialogue_ties_inside_silo = 0, dialogue_ties_across_silos = 0;
  std::uint64_t leaders_with_external_tie = 0;
  // Distance to the top (measured, not planted): undirected dialogue hops from each employee to
  // their own kommunaldirektør, against their formal depth.
  std::uint64_t reachable_from_top = 0;      // employees with a dialogue path to the top
  std::uint64_t unreachable_from_top = 0;
  std::uint64_t dialogue_distance_sum = 0;   // over the reachable
  std::uint64_t formal_depth_sum = 0;        // over the reachable
};

struct PlantedFacts {
  std::uint32_t span_limit = 30;
  /// The unit depth of the forvaltninger (the silos the citizen and E-I facts refer to): 1 for
  /// one municipality, 2 under the national root.
  std::uint32_t silo_unit_depth = 1;
  std::vector<std::string> dialogue_layers = {"sparring", "advice", "communication", "collaboration"};
  PlantedMunicipality total;  // sums; name "total", max over municipalities for max_span
  std::vector<PlantedMunicipality> municipalities;
};

/// Builds the organisation in memory (tests, benchmarks). Seed: ctx.seed. Progress on ctx.
/// `planted` (optional) receives the planted facts. The graph equals what write_generated()
/// writes, read back with read_csv_folder().
OrgGraph generate(const GenerateParams& params, RunContext& ctx, PlantedFacts* planted = nullptr);

struct GenerateSummary {
  std::uint64_t nodes = 0;
  std::uint64_t ties = 0;
  std::uint64_t units = 0;
  std::uint64_t bytes = 0;  // of nodes.csv + edges.csv + units.csv
  std::map<std::string, std::uint64_t> people_by_role;
  std::map<std::string, std::uint64_t> ties_by_type;
  PlantedFacts planted;
};

/// Writes the CSV folder form (nodes.csv, edges.csv, units.csv, meta.json with the preset, seed,
/// every parameter and the planted totals, planted.json with the per-municipality facts, and a
/// README.md) into `dir` through an AtomicDirectory: nothing is left behind on failure or
/// interruption, and an existing `dir` is replaced only at the end. Streams municipality by
/// municipality; memory stays bounded whatever the size.
GenerateSummary write_generated(const GenerateParams& params, const std::filesystem::path& dir, RunContext& ctx);

}  // namespace leadnet::gen
