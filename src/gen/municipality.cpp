// leadnet::gen entry points: the municipalities of a run, the ordered parallel pipeline, the
// in-memory graph and the streaming CSV writer (parameters and presets: params.cpp).

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
#include <thread>

#include "gen/gen_detail.hpp"
#include "gen/gen_report.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/memory.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet::gen {

using namespace detail;

// ---- the municipalities of a run -------------------------------------------------------------------

namespace {

constexpr std::uint64_t kNationalBlock = 1000003;  // seed block of the national network

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

namespace {

/// Memory one municipality takes while it is generated: measured with `leadnet generate --threads
/// 1` on 200,000 employees (126 MB peak, ~630 bytes each with their ties) and on 1,000,000
/// citizens (135 MB, ~135 bytes each); rounded up.
std::uint64_t municipality_bytes(const MunicipalitySpec& s) { return s.employees * 700 + s.citizens * 150; }

/// Checks, before any work, that `chunks` municipalities at once fit in memory (the largest ones:
/// the streaming writer holds threads + 2), plus `graph_bytes` for a graph built from them.
void require_generator_memory(const std::vector<MunicipalitySpec>& specs, std::size_t chunks,
                              std::uint64_t graph_bytes, const RunContext& ctx) {
  std::vector<std::uint64_t> sizes;
  std::uint64_t employees = 0, citizens = 0;
  for (const auto& s : specs) {
    sizes.push_back(municipality_bytes(s));
    employees += s.employees;
    citizens += s.citizens;
  }
  std::sort(sizes.rbegin(), sizes.rend());
  std::uint64_t bytes = graph_bytes;
  for (std::size_t i = 0; i < std::min(chunks, sizes.size()); ++i) bytes += sizes[i];
  require_memory(ctx, bytes,
                 "generating " + std::to_string(employees) + " employees and " + std::to_string(citizens) +
                     " citizens");
}

}  // namespace

OrgGraph generate(const GenerateParams& params, RunContext& ctx, PlantedFacts* planted) {
  check_params(params);
  const auto specs = make_specs(params);
  const int threads = ctx.thread_count();
  {
    // Every municipality is kept, then built into one graph (people and ~7 ties per employee).
    std::uint64_t people = 0;
    for (const auto& s : specs) people += s.employees + s.citizens;
    require_generator_memory(specs, specs.size(), people * 64 * 4, ctx);
  }
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
  require_generator_memory(specs, static_cast<std::size_t>(ctx.thread_count()) + 2, 0, ctx);
  // An existing folder is replaced only when it holds an earlier generated dataset, never a
  // folder of other work given by mistake.
  AtomicDirectory out(dir, {"nodes.csv", "edges.csv", "units.csv", "meta.json", "planted.json", "README.md"});
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
