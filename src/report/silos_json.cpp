#include "leadnet/report/silos_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace leadnet {

namespace {

using nlohmann::json;

json number(double x) { return std::isfinite(x) ? json(x) : json(nullptr); }

json test_json(const EiPermutationTest& t) {
  return {{"permutations", t.permutations}, {"mean", number(t.mean)},       {"sd", number(t.sd)},
          {"p_lower", number(t.p_lower)},   {"p_upper", number(t.p_upper)}, {"p_two_sided", number(t.p_two_sided)}};
}

std::string silo_id(const SilosReport& r, GroupId g) { return g == kNoGroup ? std::string() : r.silos.ids[g]; }

json ids(const OrgGraph& graph, const std::vector<NodeId>& people) {
  json a = json::array();
  for (NodeId v : people) a.push_back(std::string(graph.id(v)));
  return a;
}

json roles(const BrokerageCounts& c) {
  json o = json::object();
  for (std::size_t k = 0; k < kBrokerageRoles; ++k)
    o[brokerage_role_name(static_cast<BrokerageRole>(k))] = c[k];
  return o;
}

std::uint64_t single_person_bridges(const BridgeRisk& b) {
  std::uint64_t n = 0;
  for (const auto& p : b.pairs) n += p.cut == 1;
  return n;
}

}  // namespace

json silos_to_json(const OrgGraph& graph, const SilosReport& r) {
  json j;
  j["schema"] = "leadnet/silos/1";
  j["name"] = graph.meta().name;
  json layers = json::array();
  for (LayerId l : r.options.layers) layers.push_back(graph.layer(l).name());
  j["options"] = {{"unit_depth", r.options.unit_depth},
                  {"layers", layers},
                  {"directed", r.options.directed},
                  {"weighted", r.options.weighted},
                  {"permutations", r.options.permutations}};
  j["definitions"] = {
      {"silo", "the unit at depth unit_depth above a person's unit"},
      {"above_level", "people whose unit is shallower than unit_depth form a silo of their own unit"},
      {"no_silo", "people without a unit (citizens, external partners) belong to no silo and are left out of the "
                  "group measures with their ties"},
      {"ties", r.options.directed ? "arcs of the selected layers, merged into one simple directed graph"
                                  : "pairs of people with a tie in any selected layer (each pair once)"},
      {"p_value", "share of random relabellings (silo sizes kept) with an E-I at least as far from chance as the "
                  "observed one, two-sided, (k + 1) / (R + 1)"}};

  const auto& ei = r.ei;
  j["summary"] = {{"people", graph.num_nodes()},
                  {"people_with_silo", r.silos.members()},
                  {"people_without_silo", r.people_without_silo},
                  {"people_above_silo_level", r.people_above_level},
                  {"silos", r.silos.num_groups()},
                  {"ties", r.ties},
                  {"internal_ties", ei.internal},
                  {"external_ties", ei.external},
                  {"ei_index", number(ei.ei)},
                  {"ei_expected", number(ei.expected)},
                  {"ei_p_value", number(ei.test.p_two_sided)},
                  {"modularity", number(r.modularity.q)},
                  {"silo_pairs_with_ties", r.bridges.pairs.size()},
                  {"silo_pairs_hanging_on_one_person", single_person_bridges(r.bridges)},
                  {"brokerage_total", r.brokerage.totals[static_cast<std::size_t>(BrokerageRole::total)]},
                  {"algebraic_connectivity", number(r.connectivity.value)},
                  {"citizens_served_by_several_silos", r.coherence.multi_silo},
                  {"citizen_coherence", number(r.coherence.share)},
                  {"communities", r.communities.partition.num_groups()},
                  {"communities_modularity", number(r.communities.modularity)},
                  {"communities_nmi", number(r.communities_vs_silos.nmi)},
                  {"communities_ari", number(r.communities_vs_silos.ari)}};
  j["ei_index"] = {{"ei", number(ei.ei)},
                   {"expected", number(ei.expected)},
                   {"internal", ei.internal},
                   {"external", ei.external},
                   {"permutation_test", test_json(ei.test)}};

  json silos = json::array();
  for (GroupId g = 0; g < r.silos.num_groups(); ++g) {
    const auto& e = ei.groups[g];
    silos.push_back({{"id", r.silos.ids[g]},
                     {"name", r.silos.names[g]},
                     {"people", r.silos.sizes[g]},
                     {"above_level", static_cast<bool>(r.silos.above_level[g])},
                     {"internal_ties", e.internal},
                     {"external_ties", e.external},
                     {"ei", number(e.ei)},
                     {"ei_expected", number(e.expected)},
                     {"ei_test", test_json(e.test)},
                     {"modularity_contribution", number(r.modularity.contribution[g])}});
  }
  j["silos"] = silos;

  json cells = json::array();
  for (const auto& c : r.mixing.cells)
    cells.push_back({{"a", r.silos.ids[c.a]},
                     {"b", r.silos.ids[c.b]},
                     {"ties", c.ties},
                     {"weight", c.weight},
                     {"possible", c.possible},
                     {"density", number(c.density)},
                     {"expected", c.expected}});
  j["mixing"] = {{"directed", r.mixing.directed},
                 {"note", "cells with at least one tie; any other pair of silos has none"},
                 {"cells", cells}};

  j["brokerage"] = {
      {"note", "Gould–Fernandez roles with silos as groups, as R sna::brokerage: coordinator = w_I (A→A→A), "
               "itinerant = w_O (A→B→A, UCINET: consultant), representative = b_IO (A→A→B), gatekeeper = b_OI "
               "(A→B→B), liaison = b_O (A→B→C); counts of ordered pairs brokered, on the directed view"},
      {"totals", roles(r.brokerage.totals)},
      {"density", r.brokerage.density}};

  json pairs = json::array();
  for (const auto& p : r.bridges.pairs)
    pairs.push_back({{"a", r.silos.ids[p.a]},
                     {"b", r.silos.ids[p.b]},
                     {"ties", p.ties},
                     {"carriers", ids(graph, p.carriers)},
                     {"cut", p.cut},
                     {"cut_people", ids(graph, p.cut_people)}});
  j["bridge_risk"] = {{"note", "per pair of silos with ties: the people at either end of its ties, and the fewest "
                               "people whose departure leaves no tie between the two (minimum vertex cover)"},
                      {"pairs", pairs}};

  j["algebraic_connectivity"] = {{"value", number(r.connectivity.value)},
                                 {"component_size", r.connectivity.component_size},
                                 {"components", r.connectivity.components},
                                 {"converged", r.connectivity.converged},
                                 {"skipped_above", r.connectivity.skipped
                                                       ? nlohmann::json(r.options.connectivity.max_people)
                                                       : nlohmann::json(nullptr)}};

  const auto& c = r.coherence;
  json cases = json::array();
  for (const auto& cs : c.cases) {
    json silos_of = json::array();
    for (GroupId g : cs.silos) silos_of.push_back(r.silos.ids[g]);
    json apart = json::array();
    for (const auto& [x, y] : cs.apart) apart.push_back({std::string(graph.id(x)), std::string(graph.id(y))});
    cases.push_back({{"citizen", std::string(graph.id(cs.citizen))},
                     {"staff", ids(graph, cs.staff)},
                     {"silos", silos_of},
                     {"coherent", cs.coherent},
                     {"apart", apart}});
  }
  json coherence_pairs = json::array();
  for (const auto& p : c.pairs)
    coherence_pairs.push_back({{"a", r.silos.ids[p.a]},
                               {"b", r.silos.ids[p.b]},
                               {"citizens", p.citizens},
                               {"coherent", p.coherent},
                               {"share", p.share}});
  json dialogue = json::array();
  for (LayerId l : c.dialogue_layers) dialogue.push_back(graph.layer(l).name());
  j["citizen_coherence"] = {{"note", "citizens served by staff of two or more silos; coherent when every two of "
                                     "those staff are within 2 hops in the dialogue layers"},
                            {"dialogue_layers", dialogue},
                            {"citizens", c.citizens},
                            {"served", c.served},
                            {"served_by_several_silos", c.multi_silo},
                            {"coherent", c.coherent},
                            {"share", number(c.share)},
                            {"cases", cases},
                            {"pairs", coherence_pairs}};

  const auto& com = r.communities;
  j["communities"] = {{"method", community_method_name(r.options.communities.method)},
                      {"resolution", r.options.communities.resolution},
                      {"count", com.partition.num_groups()},
                      {"sizes", com.partition.sizes},
                      {"modularity", number(com.modularity)},
                      {"compared_people", r.communities_vs_silos.people},
                      {"nmi", number(r.communities_vs_silos.nmi)},
                      {"ari", number(r.communities_vs_silos.ari)}};

  json people = json::array();
  for (NodeId v = 0; v < graph.num_nodes(); ++v) {
    const GroupId g = r.silos.group[v];
    if (g == kNoGroup) continue;
    people.push_back({{"id", std::string(graph.id(v))},
                      {"silo", silo_id(r, g)},
                      {"external_ties", ei.person_external[v]},
                      {"internal_ties", ei.person_internal[v]},
                      {"ei", number(ei.person_ei[v])},
                      {"silos_reached", r.silos_reached[v]},
                      {"brokerage", roles(r.brokerage.counts[v])},
                      {"constraint", number(r.holes.constraint[v])},
                      {"effective_size", number(r.holes.effective_size[v])},
                      {"efficiency", number(r.holes.efficiency[v])},
                      {"community", com.partition.group[v] + 1}});
  }
  j["people"] = people;
  return j;
}

}  // namespace leadnet
