// Maps: the force layout, the people map, the org chart and the HTML writer on generated
// municipalities (gen::generate, seed 1, no citizens: the people a consultant puts on a map).
//
//   build/release/benchmarks/bench_viz --benchmark_min_time=0.05
//
// BM_ForceLayout/N/threads: ForceAtlas2 with the default steps for that size (Barnes–Hut above
//   2 000 people) on the undirected view of all layers, N employees. The target: 5 000 people
//   under 5 s.
// BM_PeopleMap/N: layout + scene (colours, sizes, details, ties, overlap removal).
// BM_TreeLayout/N: the tidy org-chart layout of the formal tree (copenhagen-size at 45 000).
// BM_WriteHtml/N: the self-contained HTML of a people map.
// Graphs are generated outside the timing loop.

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <sstream>

#include "leadnet/gen/municipality.hpp"
#include "leadnet/model/formal_tree.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/viz/force_layout.hpp"
#include "leadnet/viz/html_writer.hpp"
#include "leadnet/viz/people_map.hpp"
#include "leadnet/viz/tree_layout.hpp"

namespace {

using namespace leadnet;

const OrgGraph& organisation(std::uint64_t employees) {
  static std::map<std::uint64_t, std::unique_ptr<OrgGraph>> cache;
  auto& g = cache[employees];
  if (!g) {
    auto p = gen::preset_params(employees > 20000 ? "copenhagen" : "municipality");
    p.employees = employees;
    p.citizens = 0;
    RunContext ctx;
    ctx.seed = 1;
    g = std::make_unique<OrgGraph>(gen::generate(p, ctx));
  }
  return *g;
}

void BM_ForceLayout(benchmark::State& state) {
  const OrgGraph& g = organisation(static_cast<std::uint64_t>(state.range(0)));
  ViewOptions vo;
  vo.directed = false;
  const View view(g, vo);
  RunContext ctx;
  ctx.threads = static_cast<int>(state.range(1));
  viz::Layout layout;
  for (auto _ : state) {
    layout = viz::force_layout(view, {}, ctx);
    benchmark::DoNotOptimize(layout.positions.data());
  }
  state.counters["people"] = static_cast<double>(g.num_nodes());
  state.counters["ties"] = static_cast<double>(view.num_edges());
  state.counters["steps"] = layout.iterations;
}
BENCHMARK(BM_ForceLayout)
    ->Args({1000, 1})
    ->Args({5000, 1})
    ->Args({5000, 2})
    ->Args({20000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_PeopleMap(benchmark::State& state) {
  const OrgGraph& g = organisation(static_cast<std::uint64_t>(state.range(0)));
  RunContext ctx;
  ctx.threads = 1;
  for (auto _ : state) {
    const viz::Scene s = viz::people_map(g, {}, ctx);
    benchmark::DoNotOptimize(s.nodes.data());
  }
  state.counters["people"] = static_cast<double>(g.num_nodes());
}
BENCHMARK(BM_PeopleMap)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TreeLayout(benchmark::State& state) {
  const OrgGraph& g = organisation(static_cast<std::uint64_t>(state.range(0)));
  const FormalTree t = analyze_formal_tree(g);
  std::vector<std::uint8_t> in(g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) in[v] = t.depth[v] >= 0;
  for (auto _ : state) {
    const viz::TreeLayout l = viz::tidy_tree_layout(t.manager, in, {});
    benchmark::DoNotOptimize(l.positions.data());
  }
  state.counters["people"] = static_cast<double>(g.num_nodes());
}
BENCHMARK(BM_TreeLayout)->Arg(5000)->Arg(45000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_WriteHtml(benchmark::State& state) {
  const OrgGraph& g = organisation(static_cast<std::uint64_t>(state.range(0)));
  RunContext ctx;
  ctx.threads = 1;
  viz::PeopleMapOptions po;
  po.layout.iterations = 20;  // the picture does not matter here
  const viz::Scene s = viz::people_map(g, po, ctx);
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    viz::write_html(s, out);
    bytes = out.str().size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WriteHtml)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
