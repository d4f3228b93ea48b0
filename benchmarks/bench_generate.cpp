// In-memory generation (leadnet::gen::generate) at a few sizes, single-threaded so that numbers
// are comparable on a shared machine. The streaming writer's end-to-end time and peak memory
// for the full presets are measured with /usr/bin/time on the command line (see README).
//
//   build/release/benchmarks/bench_generate --benchmark_min_time=0.05

#include <benchmark/benchmark.h>

#include "leadnet/gen/municipality.hpp"

namespace {

void run(benchmark::State& state, const char* preset, std::uint64_t people, std::uint64_t citizens) {
  leadnet::gen::GenerateParams p = leadnet::gen::preset_params(preset);
  if (people) p.employees = people;
  if (citizens) p.citizens = citizens;
  leadnet::RunContext ctx;
  ctx.seed = 1;
  ctx.threads = 1;
  std::uint64_t nodes = 0, ties = 0;
  for (auto _ : state) {
    const leadnet::OrgGraph g = leadnet::gen::generate(p, ctx);
    nodes = g.num_nodes();
    ties = g.num_ties();
    benchmark::DoNotOptimize(nodes);
  }
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["ties"] = static_cast<double>(ties);
  state.counters["nodes_per_s"] =
      benchmark::Counter(static_cast<double>(nodes), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_GenerateExample(benchmark::State& state) { run(state, "example", 0, 0); }
void BM_GenerateMunicipality(benchmark::State& state) { run(state, "municipality", 0, 0); }
void BM_GenerateCopenhagenTenth(benchmark::State& state) { run(state, "copenhagen", 4500, 65000); }
void BM_GenerateDenmarkHundredth(benchmark::State& state) { run(state, "denmark", 5000, 59000); }

}  // namespace

BENCHMARK(BM_GenerateExample)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GenerateMunicipality)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GenerateCopenhagenTenth)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GenerateDenmarkHundredth)->Unit(benchmark::kMillisecond);
