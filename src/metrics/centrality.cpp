#include "leadnet/metrics/centrality.hpp"

#include <algorithm>
#include <limits>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/metrics/degree.hpp"
#include "leadnet/metrics/harmonic.hpp"

namespace leadnet {

std::string_view measure_name(Measure m) {
  switch (m) {
    case Measure::degree:
      return "degree";
    case Measure::betweenness:
      return "betweenness";
    case Measure::closeness:
      return "closeness";
    case Measure::harmonic:
      return "harmonic";
    case Measure::eigenvector:
      return "eigenvector";
    case Measure::pagerank:
      return "pagerank";
    case Measure::katz:
      return "katz";
    case Measure::hits:
      return "hits";
  }
  return "?";
}

std::optional<Measure> parse_measure(std::string_view name) {
  for (Measure m : kAllMeasures)
    if (measure_name(m) == name) return m;
  return std::nullopt;
}

std::vector<Measure> parse_measures(const std::vector<std::string>& lists) {
  std::vector<Measure> out;
  const auto add = [&out](Measure m) {
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  };
  for (const auto& list : lists) {
    std::size_t start = 0;
    while (start <= list.size()) {
      std::size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      std::string name = list.substr(start, comma - start);
      start = comma + 1;
      name.erase(0, name.find_first_not_of(" \t"));
      name.erase(name.find_last_not_of(" \t") + 1);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      if (name.empty()) continue;
      if (name == "all") {
        for (Measure m : kAllMeasures) add(m);
      } else if (const auto m = parse_measure(name)) {
        add(*m);
      } else {
        std::string known;
        for (Measure k : kAllMeasures) known += std::string(measure_name(k)) + ", ";
        throw UsageError("unknown measure '" + name + "'; choose from " + known + "or all");
      }
    }
  }
  return out;
}

namespace {

void add_column(CentralityResult& r, std::string name, Measure m, std::vector<double> values, bool integral = false) {
  r.columns.push_back({std::move(name), m, std::move(values), integral});
}

}  // namespace

CentralityResult centrality(const View& view, const CentralityOptions& options, RunContext& ctx) {
  CentralityResult r;
  const NodeId n = view.num_nodes();
  const std::vector<double> missing(n, std::numeric_limits<double>::quiet_NaN());
  for (Measure m : options.measures) {
    MeasureRun run{m, {}, {}};
    try {
      switch (m) {
        case Measure::degree: {
          DegreeScores d = degree(view, DegreeOptions{}, ctx);
          if (view.directed()) {
            add_column(r, "in_degree", m, std::move(d.in_degree), true);
            add_column(r, "out_degree", m, std::move(d.out_degree), true);
          } else {
            add_column(r, "degree", m, std::move(d.degree), true);
          }
          if (view.weighted()) add_column(r, "strength", m, std::move(d.strength));
          break;
        }
        case Measure::betweenness:
          run.info = betweenness(view, options.betweenness, ctx);
          add_column(r, "betweenness", m, std::move(run.info.values));
          break;
        case Measure::closeness:
          run.info = closeness(view, options.closeness, ctx);
          add_column(r, "closeness", m, std::move(run.info.values));
          break;
        case Measure::harmonic:
          run.info = harmonic(view, HarmonicOptions{}, ctx);
          add_column(r, "harmonic", m, std::move(run.info.values));
          break;
        case Measure::eigenvector:
          run.info = eigenvector(view, options.eigenvector, ctx);
          add_column(r, "eigenvector", m, std::move(run.info.values));
          break;
        case Measure::pagerank:
          run.info = pagerank(view, options.pagerank, ctx);
          add_column(r, "pagerank", m, std::move(run.info.values));
          break;
        case Measure::katz:
          run.info = katz(view, options.katz, ctx);
          add_column(r, "katz", m, std::move(run.info.values));
          break;
        case Measure::hits: {
          HitsScores h = hits(view, options.hits, ctx);
          run.info = h.hub;
          run.info.values.clear();
          add_column(r, "hub", m, std::move(h.hub.values));
          add_column(r, "authority", m, std::move(h.authority.values));
          break;
        }
      }
    } catch (const NotConverged& e) {
      run.failure = e.what();
      if (m == Measure::hits) {
        add_column(r, "hub", m, missing);
        add_column(r, "authority", m, missing);
      } else {
        add_column(r, std::string(measure_name(m)), m, missing);
      }
    }
    run.info.values.clear();
    r.runs.push_back(std::move(run));
  }
  return r;
}

}  // namespace leadnet
