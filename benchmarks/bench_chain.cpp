// The chain-of-leadership analysis (leadnet chain) and Krackhardt's GTD at growing sizes.
//
//   build/release/benchmarks/bench_chain --benchmark_min_time=0.05
//
// BM_ChainPreset: the organisations of `leadnet generate` (gen::generate, seed 1) at the
// municipality (6 000 employees, 72 000 citizens), copenhagen (45 000 / 650 000) and denmark
// (98 municipalities, 500 000 / 5.9 million; 6.4 M nodes) sizes, with and without Krackhardt's
// measures. Only the analysis is timed (not generating or reading).
//
// BM_ChainDeepTree: a synthetic organisation whose formal tree is very deep (each person reports
// to one of the three people added just before them, so the deepest chain runs to ~n/2 levels)
// with dialogue backing 80 % of the lines, collaboration between near colleagues, HR partners and
// politicians; the worst case for anything that walks chains. Graphs are built outside the
// timing loop with fixed seeds.

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>

#include "leadnet/core/rng.hpp"
#include "leadnet/gen/municipality.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace {

using namespace leadnet;

OrgGraph deep_tree(std::uint64_t n, std::uint64_t seed) {
  Diagnostics diags;
  GraphBuilder b(diags);
  const SourceLocation here{"bench", 0, 0};
  b.reserve_nodes(n);
  Rng rng(seed);
  for (std::uint64_t v = 0; v < n; ++v) {
    const Role role = v % 1000 == 999 ? Role::hr : v % 5000 == 4998 ? Role::politician
                      : v % 4 == 0     ? Role::leader
                                       : Role::staff;
    b.add_node("p" + std::to_string(v), role, {}, {}, -1, here);
  }
  const auto layer = [](EdgeType t) { return GraphBuilder::layer(t); };
  for (std::uint64_t v = 1; v < n; ++v) {
    if (v % 1000 == 999 || v % 5000 == 4998) continue;  // HR and politicians outside the tree
    // The manager: a leader among the last few nodes (leaders are every 4th node).
    std::uint64_t m = (v - 1) / 4 * 4;
    if (m >= 4 && rng.below(3) == 0) m -= 4;
    const auto u = static_cast<NodeId>(v), mu = static_cast<NodeId>(m);
    b.add_edge(u, mu, layer(EdgeType::reports_to), 1.0, std::nullopt, here);
    if (rng.below(5) != 0) b.add_edge(u, mu, layer(EdgeType::communication), 1.0, std::nullopt, here);
    const auto w = static_cast<NodeId>(v - 1 - rng.below(std::min<std::uint64_t>(v, 20)));
    if (w != u) b.add_edge(u, w, layer(EdgeType::collaboration), 1.0, std::nullopt, here);
    if (v % 4 == 0) b.add_edge(u, static_cast<NodeId>(v / 1000 * 1000 + 999 < n ? v / 1000 * 1000 + 999 : 999),
                               layer(EdgeType::hr_support), 1.0, std::nullopt, here);
    if (rng.below(3) == 0) b.add_edge(u, static_cast<NodeId>(rng.below(n)), layer(EdgeType::advice), 1.0, std::nullopt, here);
  }
  for (std::uint64_t p = 4998; p < n; p += 5000)
    b.add_edge(static_cast<NodeId>(p), static_cast<NodeId>(p / 4 * 4 - 4), layer(EdgeType::political), 1.0,
               std::nullopt, here);
  return b.build();
}

const OrgGraph& cached_deep_tree(std::uint64_t n) {
  static std::map<std::uint64_t, std::unique_ptr<OrgGraph>> cache;
  auto& slot = cache[n];
  if (!slot) slot = std::make_unique<OrgGraph>(deep_tree(n, 42));
  return *slot;
}

void BM_ChainDeepTree(benchmark::State& state) {
  const OrgGraph& g = cached_deep_tree(static_cast<std::uint64_t>(state.range(0)));
  ChainOptions opt;
  opt.krackhardt = state.range(1) != 0;
  std::uint32_t layers = 0;
  for (auto _ : state) {
    RunContext ctx;
    const ChainResult r = chain_of_leadership(g, opt, ctx);
    layers = r.summary.layers;
    benchmark::DoNotOptimize(r.summary.chain_gaps);
  }
  state.counters["nodes"] = static_cast<double>(g.num_nodes());
  state.counters["ties"] = static_cast<double>(g.num_ties());
  state.counters["layers"] = layers;
}
BENCHMARK(BM_ChainDeepTree)
    ->ArgNames({"n", "gtd"})
    ->Args({100'000, 1})
    ->Args({1'000'000, 0})
    ->Args({1'000'000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

const OrgGraph& cached_preset(int which) {
  static const char* kPresets[] = {"municipality", "copenhagen", "denmark"};
  static std::map<int, std::unique_ptr<OrgGraph>> cache;
  auto& slot = cache[which];
  if (!slot) {
    RunContext ctx;
    slot = std::make_unique<OrgGraph>(gen::generate(gen::preset_params(kPresets[which]), ctx));
  }
  return *slot;
}

void BM_ChainPreset(benchmark::State& state) {
  const OrgGraph& g = cached_preset(static_cast<int>(state.range(0)));
  ChainOptions opt;
  opt.krackhardt = state.range(1) != 0;
  std::uint64_t gaps = 0;
  for (auto _ : state) {
    RunContext ctx;
    const ChainResult r = chain_of_leadership(g, opt, ctx);
    gaps = r.summary.chain_gaps;
    benchmark::DoNotOptimize(gaps);
  }
  state.counters["nodes"] = static_cast<double>(g.num_nodes());
  state.counters["ties"] = static_cast<double>(g.num_ties());
  state.counters["gaps"] = static_cast<double>(gaps);
}
// preset: 0 municipality, 1 copenhagen, 2 denmark.
BENCHMARK(BM_ChainPreset)
    ->ArgNames({"preset", "gtd"})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Args({2, 0})
    ->Args({2, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
