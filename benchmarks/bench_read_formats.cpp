// Reading and writing the three dataset forms on the same generated graph: the CSV folder (the
// fast path), the JSON document (SAX with a byte-counting iterator) and GraphML (pugixml DOM).
//
//   build/release/benchmarks/bench_read_formats --benchmark_min_time=0.05
//
// One graph per size, built once outside the timing loop (seeded: n people in 7 x 97 unit paths,
// m ties over five types with skewed endpoints, a weight on one tie in five, two attributes),
// written once per form into the build tree. Reported: time and bytes/s of the file(s) read or
// written. CSV is the peer: the JSON and GraphML figures are to be read against it.

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "leadnet/core/rng.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/io/writer.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace fs = std::filesystem;

namespace {

leadnet::OrgGraph make_graph(std::uint64_t n, std::uint64_t m) {
  leadnet::Diagnostics diags;
  leadnet::GraphBuilder b(diags);
  static const leadnet::Role kRoles[] = {leadnet::Role::staff, leadnet::Role::staff, leadnet::Role::staff,
                                         leadnet::Role::leader, leadnet::Role::hr};
  leadnet::AttributeColumn tenure("tenure", leadnet::AttributeType::real);
  leadnet::AttributeColumn office("office", leadnet::AttributeType::text);
  for (std::uint64_t v = 0; v < n; ++v) {
    b.add_node("p" + std::to_string(v), kRoles[v % 5], "Person " + std::to_string(v),
               "Forvaltning " + std::to_string(v % 7) + "/Afdeling " + std::to_string(v % 97), -1, {});
    tenure.push_real(static_cast<double>(v % 400) / 8.0);
    office.push_text(v % 3 == 0 ? "Rådhuset" : "Vestre Skole");
  }
  b.add_attribute(std::move(tenure), {});
  b.add_attribute(std::move(office), {});
  static const leadnet::EdgeType kTypes[] = {leadnet::EdgeType::communication, leadnet::EdgeType::collaboration,
                                             leadnet::EdgeType::advice, leadnet::EdgeType::sparring,
                                             leadnet::EdgeType::network};
  leadnet::Rng rng(42);
  for (std::uint64_t e = 0; e < m; ++e) {
    const double a = rng.uniform(), c = rng.uniform();
    const auto s = static_cast<leadnet::NodeId>(a * a * static_cast<double>(n));
    auto t = static_cast<leadnet::NodeId>(c * static_cast<double>(n));
    if (t == s) t = static_cast<leadnet::NodeId>((t + 1) % n);
    const auto type = kTypes[rng.below(5)];
    const double w = rng.below(5) == 0 ? static_cast<double>(1 + rng.below(9)) : 1.0;
    b.add_edge(s, t, leadnet::GraphBuilder::layer(type), w, std::nullopt, {});
  }
  return b.build();
}

struct Files {
  fs::path csv, json, graphml;
  std::uint64_t csv_bytes = 0, json_bytes = 0, graphml_bytes = 0;
  std::shared_ptr<leadnet::OrgGraph> graph;
};

const Files& dataset(std::uint64_t n, std::uint64_t m) {
  static std::map<std::pair<std::uint64_t, std::uint64_t>, Files> cache;
  auto it = cache.find({n, m});
  if (it != cache.end()) return it->second;
  Files f;
  const fs::path dir = fs::path(LEADNET_BENCH_DATA_DIR) / ("formats-" + std::to_string(n) + "-" + std::to_string(m));
  fs::create_directories(dir);
  f.graph = std::make_shared<leadnet::OrgGraph>(make_graph(n, m));
  f.csv = dir / "csv";
  f.json = dir / "g.json";
  f.graphml = dir / "g.graphml";
  leadnet::write_csv_folder(*f.graph, f.csv);
  leadnet::write_json(*f.graph, f.json);
  leadnet::write_graphml(*f.graph, f.graphml);
  for (const auto& e : fs::directory_iterator(f.csv)) f.csv_bytes += fs::file_size(e.path());
  f.json_bytes = fs::file_size(f.json);
  f.graphml_bytes = fs::file_size(f.graphml);
  return cache.emplace(std::make_pair(n, m), std::move(f)).first->second;
}

enum Form { kCsv, kJson, kGraphml };

void BM_Read(benchmark::State& state) {
  const Files& f = dataset(static_cast<std::uint64_t>(state.range(1)), static_cast<std::uint64_t>(state.range(2)));
  const auto form = static_cast<Form>(state.range(0));
  const fs::path& path = form == kCsv ? f.csv : form == kJson ? f.json : f.graphml;
  for (auto _ : state) {
    leadnet::Diagnostics diags;
    leadnet::OrgGraph g = leadnet::read_dataset(path, {}, diags);
    benchmark::DoNotOptimize(g.num_ties());
  }
  const auto bytes = form == kCsv ? f.csv_bytes : form == kJson ? f.json_bytes : f.graphml_bytes;
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes) * state.iterations());
  state.SetLabel(form == kCsv ? "csv" : form == kJson ? "json" : "graphml");
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_Write(benchmark::State& state) {
  const Files& f = dataset(static_cast<std::uint64_t>(state.range(1)), static_cast<std::uint64_t>(state.range(2)));
  const auto form = static_cast<Form>(state.range(0));
  const fs::path out = f.json.parent_path() / "written";
  for (auto _ : state) {
    if (form == kCsv) leadnet::write_csv_folder(*f.graph, out);
    if (form == kJson) leadnet::write_json(*f.graph, out);
    if (form == kGraphml) leadnet::write_graphml(*f.graph, out);
    state.PauseTiming();
    fs::remove_all(out);
    state.ResumeTiming();
  }
  const auto bytes = form == kCsv ? f.csv_bytes : form == kJson ? f.json_bytes : f.graphml_bytes;
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes) * state.iterations());
  state.SetLabel(form == kCsv ? "csv" : form == kJson ? "json" : "graphml");
}

void sizes(benchmark::internal::Benchmark* b) {
  for (const auto& [n, m] : {std::pair<int, int>{20'000, 200'000}, {200'000, 2'000'000}})
    for (int form : {kCsv, kJson, kGraphml}) b->Args({form, n, m});
  b->ArgNames({"form", "n", "m"});
}

}  // namespace

BENCHMARK(BM_Read)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Write)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
