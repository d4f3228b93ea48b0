// Every centrality kernel (leadnet centrality) on generated organisations of growing size.
//
//   build/release/benchmarks/bench_centrality --benchmark_min_time=0.05
//   build/release/benchmarks/bench_centrality --dataset DIR [--benchmark_...]
//
// Without --dataset: the organisations of gen::generate (preset "municipality", seed 1) with
// E employees and E citizens, E = 1 500, 6 000, 45 000 and 500 000 (the national headcount in one
// municipality). The view is every layer merged, directed, unweighted (what `leadnet centrality
// DATA` uses by default). Only the kernel is timed; generating and building the view are not.
// The all-pairs kernels (exact betweenness, closeness, harmonic) run on the two smaller sizes;
// betweenness from 256 fixed sources (every n/256-th node, NetworkX's k pivots) and the sampled
// estimate (--approx 0.01) on every size.
//
// With --dataset DIR: the same kernels on a dataset folder (read once, not timed), which is how
// benchmarks/peers/centrality_peers.py times leadnet on exactly the graphs it gives NetworkX,
// igraph and graph-tool. --all-pairs also runs exact betweenness, closeness and harmonic there.
// Argument /T of every case is the thread count (1 and 2).
//
// BM_stream_triad: a[i] = b[i] + s c[i] over three arrays of 16 M doubles (384 MB, far beyond the
// caches), on one thread and on two: the memory bandwidth one core (two cores) gets, the bound
// for a PageRank sweep on as many threads
// (benchmarks/README.md gives the bytes per sweep).
//
// BM_sweep_anatomy (--dataset only): the time of a PageRank-like sweep over the real rows and over
// the same arcs cut into rows of the mean length, with the gathers real or all in L1.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "leadnet/gen/municipality.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/metrics/betweenness.hpp"
#include "leadnet/metrics/closeness.hpp"
#include "leadnet/metrics/degree.hpp"
#include "leadnet/metrics/eigenvector.hpp"
#include "leadnet/metrics/harmonic.hpp"
#include "leadnet/metrics/hits.hpp"
#include "leadnet/metrics/katz.hpp"
#include "leadnet/metrics/pagerank.hpp"
#include "metrics/iteration_detail.hpp"

namespace {

using namespace leadnet;

struct Input {
  std::unique_ptr<OrgGraph> graph;
  std::unique_ptr<View> view;
};

const View& generated(std::uint64_t employees) {
  static std::map<std::uint64_t, Input> cache;
  Input& in = cache[employees];
  if (!in.view) {
    gen::GenerateParams p = gen::preset_params("municipality");
    p.employees = employees;
    p.citizens = employees;
    RunContext ctx;
    ctx.seed = 1;
    in.graph = std::make_unique<OrgGraph>(gen::generate(p, ctx));
    in.view = std::make_unique<View>(*in.graph, ViewOptions{{}, true, false});
  }
  return *in.view;
}

Input g_dataset;

using Kernel = void (*)(const View&, RunContext&, benchmark::State&);

RunContext context(const benchmark::State& state) {
  RunContext ctx;
  ctx.seed = 1;
  ctx.threads = static_cast<int>(state.range(1));
  return ctx;
}

void k_degree(const View& v, RunContext& ctx, benchmark::State&) {
  const DegreeScores d = degree(v, {}, ctx);
  benchmark::DoNotOptimize(d.in_degree.data());
}

// Betweenness from 256 sources spread evenly over the node ids (every n/256-th node).
std::vector<NodeId> fixed_sources(NodeId n, NodeId k) {
  std::vector<NodeId> s;
  if (n == 0) return s;
  k = std::min(k, n);
  for (NodeId i = 0; i < k; ++i) s.push_back(static_cast<NodeId>(std::uint64_t{i} * n / k));
  return s;
}

void k_betweenness_256(const View& v, RunContext& ctx, benchmark::State&) {
  BetweennessOptions o;
  o.sources = fixed_sources(v.num_nodes(), 256);
  benchmark::DoNotOptimize(betweenness(v, o, ctx).values.data());
}

void k_betweenness_exact(const View& v, RunContext& ctx, benchmark::State&) {
  benchmark::DoNotOptimize(betweenness(v, {}, ctx).values.data());
}

void k_betweenness_approx(const View& v, RunContext& ctx, benchmark::State& state) {
  BetweennessOptions o;
  o.approx_eps = 0.01;
  const NodeScores s = betweenness(v, o, ctx);
  state.counters["samples"] = static_cast<double>(s.samples);
  benchmark::DoNotOptimize(s.values.data());
}

void k_closeness(const View& v, RunContext& ctx, benchmark::State&) {
  benchmark::DoNotOptimize(closeness(v, {}, ctx).values.data());
}

void k_harmonic(const View& v, RunContext& ctx, benchmark::State&) {
  benchmark::DoNotOptimize(harmonic(v, {}, ctx).values.data());
}

// Runs an iterative measure, records its sweeps; a measure that cannot settle (Katz diverging,
// eigenvector on a graph without cycles) is reported as skipped with NetworkX's reason.
template <class Measure>
void iterative(benchmark::State& state, Measure&& measure) {
  try {
    const NodeScores s = measure();
    state.counters["iterations"] = s.iterations;
    benchmark::DoNotOptimize(s.values.data());
  } catch (const NotConverged& e) {
    state.SkipWithError(e.what());
  }
}

// NetworkX's stop is an L1 step below n * 1e-6 (leadnet's default); graph-tool's is an L1 step
// below 1e-6 whatever n, i.e. leadnet's tolerance 1e-6 / n: the same sweeps as graph-tool.
template <class Options>
Options stop(const View& v, bool graph_tool) {
  Options o;
  if (graph_tool) o.iteration.tolerance = 1e-6 / static_cast<double>(std::max<NodeId>(v.num_nodes(), 1));
  return o;
}

// alpha 0.01: the default 0.1 diverges on these graphs (spectral radius above 10).
KatzOptions katz_options(const View& v, bool graph_tool) {
  KatzOptions o = stop<KatzOptions>(v, graph_tool);
  o.alpha = 0.01;
  return o;
}

template <bool GraphToolStop>
void k_pagerank(const View& v, RunContext& ctx, benchmark::State& state) {
  iterative(state, [&] { return pagerank(v, stop<PageRankOptions>(v, GraphToolStop), ctx); });
}

// The power iteration at graph-tool's stop (a tolerance that small otherwise takes Gauss-Seidel):
// the sweep the memory-bandwidth comparison in benchmarks/README.md is about.
void k_pagerank_power(const View& v, RunContext& ctx, benchmark::State& state) {
  PageRankOptions o = stop<PageRankOptions>(v, true);
  o.gauss_seidel_below_tolerance = 0.0;
  iterative(state, [&] { return pagerank(v, o, ctx); });
}

// PageRank's power iteration to NetworkX's rule at tol 1e-17 (over a hundred sweeps on the peer
// graphs): the time per sweep of a long iteration, with the nodes renumbered by in-degree after
// the fourth sweep as leadnet does (Renumber) or the rows as given.
template <bool Renumber>
void k_pagerank_power_long(const View& v, RunContext& ctx, benchmark::State& state) {
  PageRankOptions o;
  o.iteration.tolerance = 1e-17;
  o.gauss_seidel_below_tolerance = 0.0;
  if (!Renumber) o.iteration.min_renumber_nodes = ~std::size_t{0};
  iterative(state, [&] { return pagerank(v, o, ctx); });
}

template <bool GraphToolStop>
void k_eigenvector(const View& v, RunContext& ctx, benchmark::State& state) {
  iterative(state, [&] { return eigenvector(v, stop<EigenvectorOptions>(v, GraphToolStop), ctx); });
}

template <bool GraphToolStop>
void k_katz(const View& v, RunContext& ctx, benchmark::State& state) {
  iterative(state, [&] { return katz(v, katz_options(v, GraphToolStop), ctx); });
}

void k_hits(const View& v, RunContext& ctx, benchmark::State& state) {
  const HitsScores h = hits(v, {}, ctx);
  state.counters["iterations"] = h.hub.iterations;
  benchmark::DoNotOptimize(h.hub.values.data());
}

void BM_stream_triad(benchmark::State& state) {
  const std::size_t n = std::size_t{1} << 24;
  const auto threads = static_cast<std::size_t>(state.range(0));
  std::vector<double> a(n, 0.0), b(n, 1.0), c(n, 2.0);
  const double scalar = 3.0;
  // Each thread owns a contiguous slice (and first touched it here, by the fill above: on one
  // socket that does not matter).
  const auto slice = [&](std::size_t t) {
    const std::size_t begin = n * t / threads, end = n * (t + 1) / threads;
    double* __restrict pa = a.data();
    const double* __restrict pb = b.data();
    const double* __restrict pc = c.data();
    for (std::size_t i = begin; i < end; ++i) pa[i] = pb[i] + scalar * pc[i];
  };
  for (auto _ : state) {
    if (threads == 1) {
      slice(0);
    } else {
      std::vector<std::thread> pool;
      for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(slice, t);
      slice(0);
      for (auto& th : pool) th.join();
    }
    benchmark::DoNotOptimize(a.data());
    benchmark::ClobberMemory();
  }
  // STREAM counts 24 bytes per element (two reads, one write; write-allocate traffic not counted).
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n) * 24);
}

// BM_sweep_anatomy (with --dataset; one thread): where the time of a power sweep goes. The
// library's row sums (detail::each_row_sum, prefetching as in every sweep) with a PageRank-like
// body, over the view's in-CSR as it is (shape:0) or with the same arcs cut into rows of the
// mean length (shape:1: row v holds arcs floor(v m / n) to floor((v + 1) m / n) - 1) or with the
// nodes renumbered by row length as long iterations do (shape:2, detail::RowsByLength), gathering
// from the whole vector (l1:0) or from its first 4 096 entries only (l1:1: every gather hits the
// L1 cache). Not a kernel, a diagnostic: benchmarks/README.md reads the times.
void BM_sweep_anatomy(benchmark::State& state) {
  const Csr& real = g_dataset.view->in();
  const std::size_t n = real.num_nodes();
  const EdgeOffset m = real.num_arcs();
  Csr csr;
  if (state.range(0) == 2) {
    RunContext ctx;
    ctx.threads = 1;
    csr = detail::RowsByLength(real, ctx).csr;
  } else {
    csr.offsets = real.offsets;
    csr.targets = real.targets;
  }
  if (state.range(0) == 1)
    for (std::size_t v = 0; v <= n; ++v) csr.offsets[v] = m * v / n;
  if (state.range(1) == 1)
    for (NodeId& t : csr.targets) t &= 4095;
  const double dn = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / dn), y(n);
  double change = 0.0;
  for (auto _ : state) {
    for (std::size_t begin = 0; begin < n; begin += detail::kNodesPerBlock)
      detail::each_row_sum(csr, x.data(), begin, std::min(n, begin + detail::kNodesPerBlock),
                           [&](std::size_t v, double sum) {
                             const double xv = 0.85 * sum + 0.15 / dn;
                             change += std::abs(xv - x[v]);
                             y[v] = xv;
                           });
    x.swap(y);
  }
  benchmark::DoNotOptimize(change);
}

void run_kernel(benchmark::State& state, const View& v, Kernel k) {
  state.counters["nodes"] = v.num_nodes();
  state.counters["arcs"] = static_cast<double>(v.num_edges());
  for (auto _ : state) {
    RunContext ctx = context(state);
    k(v, ctx, state);
  }
}

struct Case {
  const char* name;
  Kernel kernel;
  bool all_pairs;  // O(n m): only on small graphs
};

const Case kCases[] = {
    {"degree", k_degree, false},
    {"betweenness_256", k_betweenness_256, false},
    {"betweenness_approx_0.01", k_betweenness_approx, false},
    {"pagerank", k_pagerank<false>, false},
    {"pagerank_gt_stop", k_pagerank<true>, false},
    {"pagerank_power_gt_stop", k_pagerank_power, false},
    {"pagerank_power_long", k_pagerank_power_long<true>, false},
    {"pagerank_power_long_rows_as_given", k_pagerank_power_long<false>, false},
    {"eigenvector", k_eigenvector<false>, false},
    {"eigenvector_gt_stop", k_eigenvector<true>, false},
    {"katz_0.01", k_katz<false>, false},
    {"katz_0.01_gt_stop", k_katz<true>, false},
    {"hits", k_hits, false},
    {"betweenness_exact", k_betweenness_exact, true},
    {"closeness", k_closeness, true},
    {"harmonic", k_harmonic, true},
};

void register_generated() {
  benchmark::RegisterBenchmark("BM_stream_triad", BM_stream_triad)
      ->ArgName("threads")
      ->Arg(1)
      ->Arg(2)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  for (const Case& c : kCases) {
    for (std::int64_t employees : {1500, 6000, 45000, 500000}) {
      if (c.all_pairs && employees > 6000) continue;
      for (std::int64_t threads : {1, 2}) {
        benchmark::RegisterBenchmark((std::string("BM_") + c.name).c_str(),
                                     [kernel = c.kernel](benchmark::State& s) {
                                       run_kernel(s, generated(static_cast<std::uint64_t>(s.range(0))), kernel);
                                     })
            ->Args({employees, threads})
            ->ArgNames({"employees", "threads"})
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
      }
    }
  }
}

void register_dataset(const std::string& dir, bool all_pairs) {
  Diagnostics diags;
  g_dataset.graph = std::make_unique<OrgGraph>(read_dataset(dir, ReadOptions{}, diags));
  g_dataset.view = std::make_unique<View>(*g_dataset.graph, ViewOptions{{}, true, false});
  benchmark::RegisterBenchmark("BM_sweep_anatomy", BM_sweep_anatomy)
      ->ArgsProduct({{0, 1, 2}, {0, 1}})
      ->ArgNames({"shape", "l1"})
      ->Unit(benchmark::kMillisecond);
  for (const Case& c : kCases) {
    if (c.all_pairs && !all_pairs) continue;
    for (std::int64_t threads : {1, 2}) {
      benchmark::RegisterBenchmark((std::string("BM_") + c.name).c_str(),
                                   [kernel = c.kernel](benchmark::State& s) { run_kernel(s, *g_dataset.view, kernel); })
          ->Args({0, threads})
          ->ArgNames({"dataset", "threads"})
          ->Unit(benchmark::kMillisecond)
          ->UseRealTime();
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::string dataset;
  bool all_pairs = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dataset") == 0 && i + 1 < argc) {
      dataset = argv[++i];
    } else if (std::strcmp(argv[i], "--all-pairs") == 0) {
      all_pairs = true;
    } else {
      std::fprintf(stderr, "bench_centrality: unknown argument '%s' (--dataset DIR, --all-pairs, --benchmark_...)\n",
                   argv[i]);
      return 2;
    }
  }
  try {
    if (dataset.empty())
      register_generated();
    else
      register_dataset(dataset, all_pairs);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_centrality: %s\n", e.what());
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
