#include "fuzz_support.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <unordered_set>

#include "leadnet/io/reader.hpp"
#include "leadnet/io/writer.hpp"

namespace leadnet::fuzz {

RunContext fuzz_context() {
  RunContext ctx;
  ctx.memory_limit = std::uint64_t{1} << 30;
  return ctx;
}

void fail(std::string_view why) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(why.size()), why.data());
  std::abort();
}

namespace {

void check_csr(const Csr& c, NodeId n, const std::string& what) {
  if (c.offsets.size() != static_cast<std::size_t>(n) + 1) fail(what + ": offsets size");
  if (c.offsets.front() != 0 || c.offsets.back() != c.targets.size()) fail(what + ": offsets ends");
  if (!c.weights.empty() && c.weights.size() != c.targets.size()) fail(what + ": weights size");
  for (NodeId v = 0; v < n; ++v) {
    if (c.offsets[v] > c.offsets[v + 1]) fail(what + ": offsets not monotone");
    const auto row = c.neighbors(v);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (row[i] >= n) fail(what + ": target out of range");
      if (row[i] == v) fail(what + ": self-loop kept");
      if (i > 0 && row[i - 1] >= row[i]) fail(what + ": row not sorted and unique");
    }
  }
  for (const double w : c.weights)
    if (!(w > 0.0) || !std::isfinite(w)) fail(what + ": weight not finite and positive");
}

}  // namespace

void check_graph(const OrgGraph& g) {
  const NodeId n = g.num_nodes();
  std::unordered_set<std::string_view> ids;
  for (NodeId v = 0; v < n; ++v) {
    if (g.id(v).empty()) fail("empty id");
    if (!ids.insert(g.id(v)).second) fail("duplicate id");
    const auto found = g.find(g.id(v));
    if (!found || *found != v) fail("id not found back");
    if (g.unit(v) != kNoUnit && g.unit(v) >= g.units().size()) fail("unit out of range");
    if (g.level(v) < -1) fail("level below -1");
  }
  for (UnitId u = 0; u < g.units().size(); ++u) {
    const Unit& unit = g.units()[u];
    if (unit.parent != kNoUnit && unit.parent >= g.units().size()) fail("unit parent out of range");
    if (unit.parent != kNoUnit && g.units()[unit.parent].depth + 1 != unit.depth) fail("unit depth");
  }
  for (const auto& a : g.attributes())
    if (a.size() != n) fail("attribute column length");
  std::uint64_t ties = 0;
  for (const Layer& layer : g.layers()) {
    check_csr(layer.out(), n, "layer " + layer.name() + " out");
    if (layer.directed()) {
      check_csr(layer.in(), n, "layer " + layer.name() + " in");
      if (layer.in().num_arcs() != layer.out().num_arcs()) fail("in and out arc counts differ");
      for (NodeId v = 0; v < n; ++v)
        for (const NodeId t : layer.out().neighbors(v))
          if (!layer.in().has_arc(t, v)) fail("arc missing from the in-CSR");
      if (layer.num_ties() != layer.out().num_arcs()) fail("directed tie count");
    } else {
      if (layer.out().num_arcs() != 2 * layer.num_ties()) fail("undirected tie count");
      for (NodeId v = 0; v < n; ++v)
        for (const NodeId t : layer.out().neighbors(v))
          if (!layer.out().has_arc(t, v)) fail("undirected arc without its mirror");
    }
    ties += layer.num_ties();
  }
  if (ties != g.num_ties()) fail("num_ties");
}

void check_json_round_trip(const OrgGraph& g) {
  std::ostringstream out;
  write_json(g, out);
  Diagnostics diags;
  const RunContext ctx = fuzz_context();
  try {
    const OrgGraph back = read_json_text(out.str(), "round-trip.json", {}, diags, ctx);
    std::string why;
    if (!same_graph(g, back, &why)) fail("JSON round trip: " + why);
  } catch (const InputError& e) {
    fail(std::string("JSON round trip does not read back: ") + e.what());
  }
}

void check_graphml_round_trip(const OrgGraph& g) {
  std::ostringstream out;
  try {
    write_graphml(g, out);
  } catch (const UsageError&) {
    return;
  }
  Diagnostics diags;
  const RunContext ctx = fuzz_context();
  try {
    const OrgGraph back = read_graphml_text(out.str(), "round-trip.graphml", {}, diags, ctx);
    std::string why;
    if (!same_graph(g, back, &why)) fail("GraphML round trip: " + why);
  } catch (const InputError& e) {
    fail(std::string("GraphML round trip does not read back: ") + e.what());
  }
}

void check_input_error(const InputError& e) {
  if (e.total_errors() == 0 || e.errors().empty()) fail("InputError without errors");
  if (e.errors().size() > e.total_errors()) fail("more errors stored than counted");
  for (const Diagnostic& d : e.errors()) {
    if (d.message.empty()) fail("error without a message");
    if (d.severity != Severity::error) fail("a warning among the errors");
    if (d.column > 0 && d.line == 0) fail("a column without a line");
  }
}

}  // namespace leadnet::fuzz
