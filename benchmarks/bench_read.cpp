// Reading + building: the CSV folder reader on a generated edge list of growing size.
//
//   build/release/benchmarks/bench_read --benchmark_min_time=0.05
//
// The dataset is written once per size into the build tree (deterministic: node ids "p<k>",
// edges drawn by a seeded generator with a skewed degree distribution, five edge types, weights
// on one in five rows). Reported: time, bytes/s of CSV read (nodes.csv + edges.csv).

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "leadnet/core/rng.hpp"
#include "leadnet/io/reader.hpp"

namespace fs = std::filesystem;

namespace {

// Writes DIR/nodes.csv and DIR/edges.csv with n nodes and m edges unless already there.
fs::path ensure_dataset(std::uint64_t n, std::uint64_t m) {
  const fs::path dir = fs::path(LEADNET_BENCH_DATA_DIR) / ("read-" + std::to_string(n) + "-" + std::to_string(m));
  if (fs::exists(dir / "edges.csv")) return dir;
  fs::create_directories(dir);
  {
    std::ofstream nodes(dir / "nodes.csv");
    nodes << "id,name,role,unit\n";
    static const char* kRoles[] = {"staff", "staff", "staff", "leader", "hr"};
    for (std::uint64_t v = 0; v < n; ++v)
      nodes << 'p' << v << ",Person " << v << ',' << kRoles[v % 5] << ",Forvaltning " << v % 7 << "/Afdeling "
            << v % 97 << '\n';
  }
  std::string buf;
  buf.reserve(1 << 20);
  std::FILE* f = std::fopen((dir / "edges.csv").c_str(), "wb");
  std::fputs("source,target,type,weight\n", f);
  static const char* kTypes[] = {"communication", "collaboration", "advice", "sparring", "network"};
  leadnet::Rng rng(42);
  char line[96];
  for (std::uint64_t e = 0; e < m; ++e) {
    // Skewed endpoints: square a uniform draw so low ids are hubs.
    const double a = rng.uniform(), b = rng.uniform();
    const auto s = static_cast<std::uint64_t>(a * a * static_cast<double>(n));
    auto t = static_cast<std::uint64_t>(b * static_cast<double>(n));
    if (t == s) t = (t + 1) % n;
    const char* type = kTypes[rng.below(5)];
    int len;
    if (rng.below(5) == 0)
      len = std::snprintf(line, sizeof line, "p%llu,p%llu,%s,%llu\n", static_cast<unsigned long long>(s),
                          static_cast<unsigned long long>(t), type, static_cast<unsigned long long>(1 + rng.below(9)));
    else
      len = std::snprintf(line, sizeof line, "p%llu,p%llu,%s,\n", static_cast<unsigned long long>(s),
                          static_cast<unsigned long long>(t), type);
    buf.append(line, static_cast<std::size_t>(len));
    if (buf.size() > (1 << 20) - 128) {
      std::fwrite(buf.data(), 1, buf.size(), f);
      buf.clear();
    }
  }
  std::fwrite(buf.data(), 1, buf.size(), f);
  std::fclose(f);
  return dir;
}

void BM_ReadCsvFolder(benchmark::State& state) {
  const auto n = static_cast<std::uint64_t>(state.range(0));
  const auto m = static_cast<std::uint64_t>(state.range(1));
  const fs::path dir = ensure_dataset(n, m);
  const auto bytes = fs::file_size(dir / "nodes.csv") + fs::file_size(dir / "edges.csv");
  for (auto _ : state) {
    leadnet::Diagnostics diags;
    leadnet::OrgGraph g = leadnet::read_csv_folder(dir, {}, diags);
    benchmark::DoNotOptimize(g.num_ties());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes) * state.iterations());
  state.counters["edges"] = static_cast<double>(m);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

}  // namespace

BENCHMARK(BM_ReadCsvFolder)
    ->Args({10'000, 100'000})
    ->Args({100'000, 1'000'000})
    ->Args({1'000'000, 10'000'000})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
