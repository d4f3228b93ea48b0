// meta.json, planted.json and README.md of a generated folder.

#include "gen/gen_report.hpp"

#include <cstdio>

#include "gen/danish_data.hpp"

namespace leadnet::gen::detail {

namespace {

double ratio(std::uint64_t a, std::uint64_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

std::string group(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), " ");
  return s;
}

std::string percent(double x) { return fixed(100.0 * x, 1) + " %"; }

}  // namespace

std::string command_line(const GenerateParams& params, std::uint64_t seed) {
  std::string s = "leadnet generate --preset " + params.preset + " --seed " + std::to_string(seed);
  const GenerateParams preset = preset_params(params.preset);
  if (params.employees != preset.employees) s += " --people " + std::to_string(params.employees);
  if (params.citizens != preset.citizens) s += " --citizens " + std::to_string(params.citizens);
  return s + " -o DIR";
}

nlohmann::ordered_json planted_to_json(const PlantedMunicipality& m, bool with_lists) {
  using json = nlohmann::ordered_json;
  json j;
  j["name"] = m.name;
  j["unit"] = m.unit;
  j["employees"] = m.employees;
  j["leaders"] = m.leaders;
  j["hr"] = m.hr;
  j["politicians"] = m.politicians;
  j["externals"] = m.externals;
  j["citizens"] = m.citizens;
  j["formal_ties"] = m.formal_ties;
  j["formal_layers"] = m.formal_layers;
  j["chain_gaps"] = m.chain_gaps;
  j["chain_gap_rate"] = ratio(m.chain_gaps, m.formal_ties);
  j["expected_chain_gaps"] = m.expected_chain_gaps;
  j["expected_chain_gap_rate"] = m.formal_ties == 0 ? 0.0 : m.expected_chain_gaps / static_cast<double>(m.formal_ties);
  j["max_span"] = m.max_span;
  j["max_span_leader"] = m.max_span_leader;
  j["leaders_over_span_limit"] = m.leaders_over_span_limit;
  j["eligible_for_isolation"] = m.eligible_for_isolation;
  j["isolated_leader_count"] = m.isolated_leaders.size();
  if (with_lists) j["isolated_leaders"] = m.isolated_leaders;
  if (with_lists) {
    if (m.silo_pair_a.empty()) {
      j["silo_pair"] = nullptr;
    } else {
      j["silo_pair"] = {{"units", {m.silo_pair_a, m.silo_pair_b}},
                        {"unit_depth", m.silo_pair_unit_depth},
                        {"ties", m.silo_pair_ties},
                        {"carrier", m.silo_pair_carrier.empty() ? json(nullptr) : json(m.silo_pair_carrier)}};
    }
  } else {
    j["silo_pair_ties"] = m.silo_pair_ties;
  }
  j["multi_silo_citizens"] = m.multi_silo_citizens;
  j["multi_silo_citizen_share"] = ratio(m.multi_silo_citizens, m.citizens);
  j["coherent_citizens"] = m.coherent_citizens;
  j["coherent_share"] = ratio(m.coherent_citizens, m.multi_silo_citizens);
  j["forced_incoherent_citizens"] = m.forced_incoherent_citizens;
  j["dialogue_ties_inside_silo"] = m.dialogue_ties_inside_silo;
  j["dialogue_ties_across_silos"] = m.dialogue_ties_across_silos;
  j["inside_silo_share_of_dialogue"] =
      ratio(m.dialogue_ties_inside_silo, m.dialogue_ties_inside_silo + m.dialogue_ties_across_silos);
  j["leaders_with_external_tie"] = m.leaders_with_external_tie;
  j["leaders_with_external_tie_share"] = ratio(m.leaders_with_external_tie, m.leaders);
  j["employees_unreachable_from_top"] = m.unreachable_from_top;
  const double reachable = static_cast<double>(std::max<std::uint64_t>(1, m.reachable_from_top));
  j["mean_dialogue_distance_to_top"] = static_cast<double>(m.dialogue_distance_sum) / reachable;
  j["mean_formal_depth"] = static_cast<double>(m.formal_depth_sum) / reachable;
  return j;
}

namespace {

nlohmann::ordered_json parameters_json(const GenerateParams& params) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& r : describe_params(params)) j[r.name] = nlohmann::ordered_json::parse(r.value);
  return j;
}

nlohmann::ordered_json conventions(const PlantedFacts& planted) {
  return {{"span_limit", planted.span_limit},
          {"silo_unit_depth", planted.silo_unit_depth},
          {"dialogue_layers", planted.dialogue_layers},
          {"chain_gap", "a reports_to tie with no tie of a dialogue layer between the two people, in either direction"},
          {"isolated_leader",
           "a leader (not a root) whose line up is a chain gap and who has no dialogue tie to a leader outside their "
           "own reporting line and no dialogue or hr_support tie to an hr node (the generator also keeps every other "
           "tie type away from them)"},
          {"coherent_citizen",
           "a citizen served by staff of two or more forvaltninger (units at silo_unit_depth) whose staff are pairwise "
           "within two hops in the undirected dialogue layers"},
          {"silo_pair", "non-formal, non-service ties between people of the two units; all of them end at the carrier"},
          {"distance_to_top",
           "undirected hops in the dialogue layers from an employee to their own kommunaldirektør (measured, not "
           "planted); means over the employees with such a path, against their formal depth"}};
}

}  // namespace

nlohmann::ordered_json make_meta(const GenerateParams& params, const RunFacts& run, const PlantedFacts& planted) {
  nlohmann::ordered_json j;
  j["name"] = params.national ? std::string("Danmark") : params.name;
  j["description"] =
      params.national
          ? "Synthetic organisations of all 98 Danish municipalities under one national root: kommunaldirektør, "
            "forvaltninger, områder, institutions and teams, central HR, city councils, MED committees, leader "
            "networks, external partners and citizens, with leadership problems planted at known rates (see "
            "README.md, planted.json). Municipality names and sizes are real; every person and tie is invented."
          : "Synthetic Danish municipality: kommunaldirektør, forvaltninger, områder, institutions and teams, "
            "central HR, city council, MED committees, leader networks, external partners and citizens, with "
            "leadership problems planted at known rates (see README.md, planted.json). Not real people.";
  j["source"] = "synthetic: " + command_line(params, run.seed);
  j["generator"] = {{"program", "leadnet generate"},
                    {"version", LEADNET_VERSION},
                    {"preset", params.preset},
                    {"seed", run.seed},
                    {"parameters", parameters_json(params)}};
  // One municipality: its own entry, with the planted ids; Denmark: the totals.
  nlohmann::ordered_json p = params.national || planted.municipalities.empty()
                         ? planted_to_json(planted.total, false)
                         : planted_to_json(planted.municipalities.front(), true);
  p["conventions"] = conventions(planted);
  j["planted"] = p;
  return j;
}

nlohmann::ordered_json make_planted(const GenerateParams& params, const RunFacts& run, const PlantedFacts& planted) {
  nlohmann::ordered_json j;
  j["schema"] = "leadnet/generate-planted/1";
  j["preset"] = params.preset;
  j["seed"] = run.seed;
  j["conventions"] = conventions(planted);
  j["total"] = planted_to_json(planted.total, false);
  j["national_ties"] = run.national_ties;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& m : planted.municipalities) list.push_back(planted_to_json(m, true));
  j["municipalities"] = list;
  return j;
}

std::string make_readme(const GenerateParams& params, const RunFacts& run, const GenerateSummary& summary) {
  const PlantedMunicipality& t = summary.planted.total;
  const bool national = params.national;
  const std::string name = national ? std::string("Danmark") : params.name;
  std::string s;
  auto line = [&](const std::string& x = {}) { s += x + "\n"; };
  line("# " + name + " — a synthetic organisation made by `leadnet generate`");
  line();
  line("Made with `" + command_line(params, run.seed) + "` (leadnet " + LEADNET_VERSION +
       "). The same command gives the same bytes, whatever the number of threads. Every person, name and tie is "
       "invented; " +
       std::string(national ? "the 98 municipalities' names, kommunekoder and approximate populations are real, "
                              "everything inside them is not."
                            : "the municipality is fictional.") +
       " The organisation follows how Danish municipalities are organised, and leadership problems are planted at "
       "known rates so that an analysis can be checked against what was planted.");
  line();
  line("## Files");
  line();
  line("| file | content |");
  line("|---|---|");
  line("| `nodes.csv` | `id,name,role,unit,level` + `title`, `fte` (0–1), `tenure_years`, `committee` (political "
       "committees, MED, leader networks; `; `-separated), `age_group` (citizens) |");
  line("| `edges.csv` | `source,target,type,weight`; undirected types (sparring, collaboration, network) once per pair; "
       "weight = contacts per month for communication and political, intensity 1–5 for sparring, advice and "
       "collaboration, 1 where unvalued |");
  line("| `units.csv` | `id,name,parent,kind`; kinds " +
       std::string(national ? "land, " : "") + "kommune, politisk, forvaltning, område, distrikt, institution, team |");
  line("| `meta.json` | name, description, the generator's preset, seed and every parameter, the planted totals |");
  line("| `planted.json` | planted facts per municipality: ids of isolated leaders, the silo pair and its carrier, counts |");
  line();
  line("Ids: `l` leaders, `h` HR partners, `s` staff, `t` tillidsrepræsentanter (role `council`), `p` politicians, `e` "
       "external partners, `c` citizens" +
       std::string(national ? ", each prefixed with the kommunekode (`k101-l0001` is Københavns kommunaldirektør)" : "") +
       ". Citizens are pseudonymous (no name). `level` is the formal depth, 0 = kommunaldirektør.");
  line();
  line("## Counts");
  line();
  line(group(summary.nodes) + " nodes, " + group(summary.ties) + " ties, " + group(summary.units) + " units.");
  line();
  line("| role | people |");
  line("|---|---:|");
  for (const auto& [role, n] : summary.people_by_role) line("| `" + role + "` | " + group(n) + " |");
  line();
  line("| tie type | rows |");
  line("|---|---:|");
  for (const auto& [type, n] : summary.ties_by_type) line("| `" + type + "` | " + group(n) + " |");
  line();
  std::string kinds, levels;
  for (const auto& [k, n] : run.units_by_kind) kinds += (kinds.empty() ? "" : ", ") + group(n) + " " + k;
  for (const auto& [l, n] : run.employees_by_level)
    levels += (levels.empty() ? "" : ", ") + std::string("level ") + std::to_string(l) + ": " + group(n);
  line("Units: " + kinds + ".");
  line();
  line("Employees by formal level: " + levels + " (" + std::to_string(t.formal_layers) + " layers in the deepest chain).");
  line();
  line("## Structure, and where the numbers come from");
  line();
  line("- **Top**: the kommunaldirektør (level 0) heads the directors of the forvaltninger (" +
       std::string(params.copenhagen_layout ? "Copenhagen's seven: Børne- og Ungdomsforvaltningen, Sundheds- og "
                                              "Omsorgsforvaltningen, Socialforvaltningen, Beskæftigelses- og "
                                              "Integrationsforvaltningen, Teknik- og Miljøforvaltningen, Kultur- og "
                                              "Fritidsforvaltningen, Økonomiforvaltningen"
                                            : "Børn og Unge, Sundhed og Omsorg, Social og Beskæftigelse, Teknik og "
                                              "Miljø, Kultur og Fritid, Økonomi og Personale; Københavns Kommune uses "
                                              "its own seven") +
       "). Employees are split between them roughly as municipal employment divides: about two fifths with "
       "children (schools and day care), a quarter in elderly care and health, then social services and "
       "employment, central administration, technical services and culture (rounded shares; an assumption).");
  line("- **Areas and institutions**: each forvaltning has områder (Skoler, Dagtilbud, Plejecentre, Hjemmeplejen, "
       "Handicap og Psykiatri, Børn og Familie, Beskæftigelse, Vej og Park, Biblioteker, HR og Personale, "
       "Borgerservice, ...) with a chief; areas hold institutions of a typical size (a school about 55, a nursing "
       "home about 75, a day-care institution about 22; assumptions), grouped in distrikter of about eight under an "
       "områdeleder when an area has more than twelve.");
  line("- **Spans of control**: a frontline leader's span is drawn log-normally around the sector mean: " +
       fixed(params.span_elderly, 0) + " in elderly care, " + fixed(params.span_health, 0) + " in health, " +
       fixed(params.span_administration, 0) +
       " in administration (Ledelseskommissionen 2017's averages), and assumed values for schools (" +
       fixed(params.span_school, 0) + "), day care (" + fixed(params.span_daycare, 0) + "), social services (" +
       fixed(params.span_social, 0) + "), technical services (" + fixed(params.span_technical, 0) + ") and culture (" +
       fixed(params.span_culture, 0) + "). A share of care institutions (" + percent(params.flat_rate_care) +
       "), and the " +
       (params.flat_care_per_area == 1 ? std::string("largest") : std::to_string(params.flat_care_per_area) + " largest") +
       " of each care area, have no team leaders: their leader leads everyone directly (up to 110) — the "
       "commission's \"many leaders with 75–100 staff\".");
  line("- **HR**: central HR in Økonomi og Personale with one HR partner (role `hr`) per " +
       fixed(params.employees_per_hr_partner, 0) +
       " employees, assigned to forvaltninger by size; leaders get `hr_support` from their partner.");
  line("- **Politics**: the city council (" +
       std::string(params.copenhagen_layout ? "Borgerrepræsentationen, 55 members" : "an odd number of 9–31 members by population, Kommunestyrelsesloven § 5") +
       ") with the borgmester chairing Økonomiudvalget and one standing committee per forvaltning whose chair has "
       "`political` ties to its director.");
  line("- **MED and networks**: MED-Hovedudvalget (management and tillidsrepræsentanter), a MED-udvalg per "
       "forvaltning, leader networks across units (`network` cliques), and a tillidsrepræsentant (role `council`) "
       "in every workplace of eight or more." +
       std::string(national ? " The kommunaldirektører of each region meet in the KKR network and spar with one or "
                              "two colleagues there (" + group(run.national_ties) + " ties between municipalities)."
                            : ""));
  line("- **Citizens**: by age group (0–5, 6–16, 17–66, 67+ in Danmarks Statistik's proportions, rounded), each "
       "served (`service`, staff → citizen) first by the service of their age (day care, school, borgerservice, "
       "library, jobcenter, home care, nursing home, ...); " + percent(params.multi_silo_citizen_rate) +
       " also by one or two other forvaltninger.");
  line();
  line("## Planted problems");
  line();
  line("Measured on the generated ties; `planted.json` lists them per municipality. Dialogue layers: sparring, "
       "advice, communication, collaboration. Silos: the forvaltninger (unit depth " +
       std::to_string(summary.planted.silo_unit_depth) + ").");
  line();
  line("- **Chain gaps**: " + group(t.chain_gaps) + " of " + group(t.formal_ties) +
       " formal lines carry no dialogue tie in either direction (rate " + fixed(ratio(t.chain_gaps, t.formal_ties), 4) +
       "; the parameters expect " + fixed(t.expected_chain_gaps / static_cast<double>(std::max<std::uint64_t>(1, t.formal_ties)), 4) +
       "). A leader's line is silent with probability " + fixed(params.gap_rate_leader, 3) + ", a staff member's with " +
       fixed(params.gap_rate_staff, 3) + " plus " + fixed(params.gap_rate_per_report_over_30, 4) +
       " per direct report of the manager beyond 30 (at most " + fixed(params.gap_rate_max, 2) + ").");
  line("- **Spans**: " + group(t.leaders_over_span_limit) + " of " + group(t.leaders) + " leaders have more than " +
       std::to_string(summary.planted.span_limit) + " direct reports; the largest span is " +
       std::to_string(t.max_span) + " (`" + t.max_span_leader + "`).");
  std::string isolated;
  for (std::size_t i = 0; i < t.isolated_leaders.size() && i < 12; ++i)
    isolated += (i ? ", `" : " (`") + t.isolated_leaders[i] + "`";
  if (!t.isolated_leaders.empty()) isolated += t.isolated_leaders.size() > 12 ? ", ...)" : ")";
  line("- **Isolated leaders**: " + group(t.isolated_leaders.size()) + " of " + group(t.eligible_for_isolation) +
       " leaders below the directors" + isolated +
       ": their line up is a chain gap, and they have no tie of any kind to a leader outside their own line, to HR, "
       "to politicians or partners. Every other leader has a backed line up, a peer or an HR tie.");
  std::string pair_text;
  std::size_t pairs = 0;
  for (const auto& m : summary.planted.municipalities)
    if (!m.silo_pair_a.empty()) {
      if (++pairs <= 3)
        pair_text += (pair_text.empty() ? "" : "; ") + std::string("`") + m.silo_pair_a + "`–`" + m.silo_pair_b +
                     "`: " + std::to_string(m.silo_pair_ties) + " ties via `" + m.silo_pair_carrier + "`";
    }
  line("- **Silos that barely talk**: in " + std::to_string(pairs) +
       (pairs == 1 ? " municipality" : " municipalities") +
       ", Skoler and Børn og Familie (units at depth " +
       std::to_string(summary.planted.silo_unit_depth + 1) + ") share only " + std::to_string(params.silo_pair_ties) +
       " ties, all ending at one carrier (a socialrådgiver with school contact): " + pair_text +
       (pairs > 3 ? "; ..." : "") + ". Removing the carrier cuts the pair apart.");
  line("- **Citizens**: " + group(t.multi_silo_citizens) + " citizens (" +
       percent(ratio(t.multi_silo_citizens, t.citizens)) + ") are served by two or more forvaltninger; " +
       group(t.coherent_citizens) + " of them are coherent (" + percent(ratio(t.coherent_citizens, t.multi_silo_citizens)) +
       "; every two of their staff within two dialogue hops). The rest are planted incoherent, including " +
       group(t.forced_incoherent_citizens) + " served across the silo pair.");
  line("- **Distance to the top** (measured): employees are on average " +
       fixed(static_cast<double>(t.dialogue_distance_sum) / static_cast<double>(std::max<std::uint64_t>(1, t.reachable_from_top)), 2) +
       " dialogue hops from their kommunaldirektør against a formal depth of " +
       fixed(static_cast<double>(t.formal_depth_sum) / static_cast<double>(std::max<std::uint64_t>(1, t.reachable_from_top)), 2) +
       "; " + group(t.unreachable_from_top) + " have no dialogue path to the top at all.");
  line("- **Inside the silos**: " + percent(ratio(t.dialogue_ties_inside_silo, t.dialogue_ties_inside_silo + t.dialogue_ties_across_silos)) +
       " of the dialogue ties between employees stay inside one forvaltning. " +
       group(t.leaders_with_external_tie) + " leaders (" + percent(ratio(t.leaders_with_external_tie, t.leaders)) +
       ") have a tie to an external partner.");
  line();
  line("## Parameters");
  line();
  line("Every number the generator uses, as recorded in `meta.json` (`generator.parameters`).");
  line();
  line("| parameter | value | meaning | source |");
  line("|---|---|---|---|");
  for (const auto& r : describe_params(params)) line("| `" + r.name + "` | " + r.value + " | " + r.meaning + " | " + r.source + " |");
  line();
  line("Further fixed numbers (documented in leadnet's `src/gen/`): institution sizes, titles and unions per kind of "
       "workplace, the mix of tie types on a backed formal line, age groups and the services each receives, council "
       "sizes, names.");
  return s;
}

}  // namespace leadnet::gen::detail
