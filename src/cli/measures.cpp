#include "cli/measures.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/metrics/brokerage.hpp"
#include "leadnet/metrics/centrality.hpp"
#include "leadnet/metrics/silos.hpp"
#include "leadnet/metrics/structural_holes.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet::cli {

namespace {

// Centrality columns and the measure that gives each.
struct CentralityName {
  const char* column;
  Measure measure;
};
constexpr CentralityName kCentralityColumns[] = {{"degree", Measure::degree},
                                                 {"betweenness", Measure::betweenness},
                                                 {"closeness", Measure::closeness},
                                                 {"harmonic", Measure::harmonic},
                                                 {"eigenvector", Measure::eigenvector},
                                                 {"pagerank", Measure::pagerank},
                                                 {"katz", Measure::katz},
                                                 {"hub", Measure::hits},
                                                 {"authority", Measure::hits}};
constexpr const char* kSiloColumns[] = {"constraint", "effective_size", "brokerage"};

// The requested names as column names: "hits" -> hub, authority; "all" -> every centrality column.
std::vector<std::string> expand(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  auto add = [&](const std::string& c) {
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  };
  for (const auto& name : names) {
    if (name == "all") {
      for (const auto& c : kCentralityColumns) add(c.column);
    } else if (name == "hits") {
      add("hub");
      add("authority");
    } else {
      const bool known = std::any_of(std::begin(kCentralityColumns), std::end(kCentralityColumns),
                                     [&](const CentralityName& c) { return name == c.column; }) ||
                         std::find(std::begin(kSiloColumns), std::end(kSiloColumns), name) != std::end(kSiloColumns);
      if (!known)
        throw UsageError("'" + name +
                         "' is not a measure leadnet can draw or export; choose from: " + measure_choices());
      add(name);
    }
  }
  return out;
}

std::optional<Measure> centrality_measure(const std::string& column) {
  for (const auto& c : kCentralityColumns)
    if (column == c.column) return c.measure;
  return std::nullopt;
}

View view_of(const OrgGraph& g, const std::vector<LayerId>& layers, bool directed) {
  if (layers.empty()) return View::from_arcs(g.num_nodes(), {}, directed, false);
  return View(g, ViewOptions{layers, directed, false});
}

}  // namespace

std::string measure_choices(bool one_column) {
  std::string s;
  for (const auto& c : kCentralityColumns) s += std::string(s.empty() ? "" : ", ") + c.column;
  if (!one_column) s += ", hits (hub and authority)";
  for (const char* c : kSiloColumns) s += std::string(", ") + c;
  return one_column ? s : s + ", all (every centrality)";
}

std::vector<viz::ScoreColumn> compute_measures(const OrgGraph& g, const std::vector<std::string>& names,
                                               const MeasureRequest& request, RunContext& ctx,
                                               std::vector<std::string>* failures) {
  const std::vector<std::string> columns = expand(names);
  std::vector<viz::ScoreColumn> out;
  if (columns.empty()) return out;

  // Centrality: one run of the library over the undirected view of the layers.
  CentralityOptions co;
  for (const auto& c : columns)
    if (const auto m = centrality_measure(c);
        m && std::find(co.measures.begin(), co.measures.end(), *m) == co.measures.end())
      co.measures.push_back(*m);
  std::optional<CentralityResult> central;
  if (!co.measures.empty()) {
    std::vector<LayerId> layers = request.layers;
    if (layers.empty())
      for (LayerId l = 0; l < g.num_layers(); ++l)
        if (!g.layer(l).empty()) layers.push_back(l);
    central = centrality(view_of(g, layers, false), co, ctx);
    for (const auto& run : central->runs)
      if (!run.failure.empty()) {
        const std::string message = std::string(measure_name(run.measure)) + " cannot be computed: " + run.failure;
        if (failures == nullptr) throw std::runtime_error(message);
        failures->push_back(message);
      }
  }

  // Silo measures: the views `leadnet silos` reads.
  const std::vector<LayerId> silo_layers = request.layers.empty() ? default_silo_layers(g) : request.layers;
  std::optional<StructuralHoles> holes;
  std::optional<BrokerageResult> brokers;
  for (const auto& c : columns) {
    if ((c == "constraint" || c == "effective_size") && !holes)
      holes = structural_holes(view_of(g, silo_layers, false), ctx);
    if (c == "brokerage" && !brokers)
      brokers = brokerage(view_of(g, silo_layers, true), silos_at_depth(g, request.unit_depth), ctx);
  }

  for (const auto& c : columns) {
    if (central && centrality_measure(c)) {
      for (const auto& col : central->columns)
        if (col.name == c && std::any_of(col.values.begin(), col.values.end(), [](double x) { return x == x; }))
          out.push_back({c, col.values});
    } else if (c == "constraint") {
      out.push_back({c, holes->constraint});
    } else if (c == "effective_size") {
      out.push_back({c, holes->effective_size});
    } else if (c == "brokerage") {
      std::vector<double> t(g.num_nodes());
      for (NodeId v = 0; v < g.num_nodes(); ++v)
        t[v] = static_cast<double>(brokers->counts[v][static_cast<std::size_t>(BrokerageRole::total)]);
      out.push_back({c, std::move(t)});
    }
  }
  return out;
}

}  // namespace leadnet::cli
