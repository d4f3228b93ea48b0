// The silo analyses (leadnet silos, leadnet communities) on seeded planted-partition graphs.
//
//   build/release/benchmarks/bench_silos --benchmark_min_time=0.05
//   LEADNET_BENCH_DATASET=/tmp/cph build/release/benchmarks/bench_silos --benchmark_filter=Dataset
//
// Synthetic graphs: n people in n/200 silos of equal size; each person has about 8 ties, 85 %
// inside their silo (a clustered, municipality-like mixing), drawn with fixed seeds. The graph is
// built outside the timing loop. With LEADNET_BENCH_DATASET set, the BM_Dataset* benchmarks read
// that folder (e.g. `leadnet generate --preset copenhagen`) and time the kernels on its default
// silo view — what benchmarks/peers/communities_peers.py compares with igraph.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>
#include <memory>

#include "leadnet/core/rng.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/metrics/silos.hpp"

namespace {

using namespace leadnet;

struct Planted {
  View view;
  View directed;
  Partition silos;
};

Planted planted(NodeId n, std::uint64_t seed) {
  const NodeId silo_size = 200;
  const NodeId silos = std::max<NodeId>(1, n / silo_size);
  Rng rng(seed);
  std::vector<GroupId> labels(n);
  for (NodeId v = 0; v < n; ++v) labels[v] = std::min<GroupId>(v / silo_size, silos - 1);
  std::vector<Arc> arcs;
  arcs.reserve(static_cast<std::size_t>(n) * 4);
  for (NodeId v = 0; v < n; ++v)
    for (int k = 0; k < 4; ++k) {
      NodeId u;
      if (rng.bernoulli(0.85)) {
        const NodeId base = labels[v] * silo_size;
        const NodeId size = labels[v] + 1 == silos ? n - base : silo_size;
        u = base + static_cast<NodeId>(rng.below(size));
      } else {
        u = static_cast<NodeId>(rng.below(n));
      }
      arcs.push_back({v, u, 1.0});
    }
  std::vector<Arc> copy = arcs;
  return {View::from_arcs(n, std::move(arcs), false, false), View::from_arcs(n, std::move(copy), true, false),
          partition_from_labels(labels)};
}

const Planted& cached(NodeId n) {
  static std::map<NodeId, std::unique_ptr<Planted>> cache;
  auto& slot = cache[n];
  if (!slot) slot = std::make_unique<Planted>(planted(n, 20241127));
  return *slot;
}

RunContext context(int threads) {
  RunContext ctx;
  ctx.threads = threads;
  ctx.seed = 1;
  return ctx;
}

void BM_EiPermutations(benchmark::State& state) {
  const Planted& g = cached(static_cast<NodeId>(state.range(0)));
  RunContext ctx = context(static_cast<int>(state.range(1)));
  for (auto _ : state) benchmark::DoNotOptimize(ei_index(g.view, g.silos, EiOptions{1000}, ctx));
  state.counters["ties"] = static_cast<double>(g.view.num_edges());
}
BENCHMARK(BM_EiPermutations)->Args({50000, 1})->Args({50000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Brokerage(benchmark::State& state) {
  const Planted& g = cached(static_cast<NodeId>(state.range(0)));
  RunContext ctx = context(static_cast<int>(state.range(1)));
  for (auto _ : state) benchmark::DoNotOptimize(brokerage(g.directed, g.silos, ctx));
}
BENCHMARK(BM_Brokerage)->Args({50000, 1})->Args({50000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_StructuralHoles(benchmark::State& state) {
  const Planted& g = cached(static_cast<NodeId>(state.range(0)));
  RunContext ctx = context(static_cast<int>(state.range(1)));
  for (auto _ : state) benchmark::DoNotOptimize(structural_holes(g.view, ctx));
}
BENCHMARK(BM_StructuralHoles)->Args({50000, 1})->Args({50000, 2})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BridgeRisk(benchmark::State& state) {
  const Planted& g = cached(static_cast<NodeId>(state.range(0)));
  RunContext ctx = context(1);
  for (auto _ : state) benchmark::DoNotOptimize(bridge_risk(g.view, g.silos, ctx));
}
BENCHMARK(BM_BridgeRisk)->Arg(50000)->Unit(benchmark::kMillisecond);

void BM_AlgebraicConnectivity(benchmark::State& state) {
  const Planted& g = cached(static_cast<NodeId>(state.range(0)));
  RunContext ctx = context(1);
  for (auto _ : state) benchmark::DoNotOptimize(algebraic_connectivity(g.view, ctx));
}
BENCHMARK(BM_AlgebraicConnectivity)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

void BM_Communities(benchmark::State& state) {
  const Planted& g = cached(static_cast<NodeId>(state.range(0)));
  RunContext ctx = context(1);
  CommunityOptions o;
  o.method = state.range(1) == 0 ? CommunityMethod::louvain : CommunityMethod::leiden;
  double q = 0;
  for (auto _ : state) {
    const auto c = detect_communities(g.view, o, ctx);
    q = c.modularity;
    benchmark::DoNotOptimize(c);
  }
  state.counters["modularity"] = q;
  state.SetLabel(community_method_name(o.method));
}
BENCHMARK(BM_Communities)->Args({50000, 0})->Args({50000, 1})->Unit(benchmark::kMillisecond);

// --- a dataset folder (LEADNET_BENCH_DATASET) ------------------------------------------------

const OrgGraph* dataset_graph() {
  static std::unique_ptr<OrgGraph> graph;
  static bool tried = false;
  if (!tried) {
    tried = true;
    if (const char* path = std::getenv("LEADNET_BENCH_DATASET")) {
      Diagnostics diags;
      graph = std::make_unique<OrgGraph>(read_dataset(path, ReadOptions{}, diags));
    }
  }
  return graph.get();
}

void BM_DatasetCommunities(benchmark::State& state) {
  const OrgGraph* g = dataset_graph();
  if (g == nullptr) {
    state.SkipWithError("set LEADNET_BENCH_DATASET to a dataset folder");
    return;
  }
  const View view(*g, ViewOptions{default_silo_layers(*g), false, false});
  RunContext ctx = context(1);
  CommunityOptions o;
  o.method = state.range(0) == 0 ? CommunityMethod::louvain : CommunityMethod::leiden;
  double q = 0;
  for (auto _ : state) {
    const auto c = detect_communities(view, o, ctx);
    q = c.modularity;
    benchmark::DoNotOptimize(c);
  }
  state.counters["modularity"] = q;
  state.SetLabel(community_method_name(o.method));
}
BENCHMARK(BM_DatasetCommunities)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DatasetSilosReport(benchmark::State& state) {
  const OrgGraph* g = dataset_graph();
  if (g == nullptr) {
    state.SkipWithError("set LEADNET_BENCH_DATASET to a dataset folder");
    return;
  }
  RunContext ctx = context(static_cast<int>(state.range(0)));
  SilosOptions o;
  o.unit_depth = static_cast<std::uint32_t>(state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(silos_report(*g, o, ctx));
}
BENCHMARK(BM_DatasetSilosReport)->Args({2, 1})->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
