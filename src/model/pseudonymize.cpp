#include "leadnet/model/pseudonymize.hpp"

#include <algorithm>
#include <fstream>
#include <vector>

#include "io/writer_detail.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/sha256.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet {

namespace {

constexpr std::size_t kPseudonymHexDigits = 20;
constexpr NodeId kHashBlock = 65536;

void check_key(std::string_view key) {
  if (key.size() < kMinPseudonymKeyBytes)
    throw UsageError("the pseudonym key has " + std::to_string(key.size()) + " bytes; it needs at least " +
                     std::to_string(kMinPseudonymKeyBytes) +
                     " (128 bits) so that it cannot be guessed. Make one with: openssl rand -hex 32 > key.txt");
}

std::vector<std::string> pseudonyms(const OrgGraph& g, std::string_view key, RunContext& ctx) {
  const NodeId n = g.num_nodes();
  std::vector<std::string> out(n);
  const auto blocks = static_cast<std::int64_t>((n + kHashBlock - 1) / kHashBlock);
#pragma omp parallel for schedule(dynamic, 1) num_threads(ctx.thread_count())
  for (std::int64_t b = 0; b < blocks; ++b) {
    const NodeId lo = static_cast<NodeId>(b) * kHashBlock;
    const NodeId hi = std::min<NodeId>(n, lo + kHashBlock);
    for (NodeId v = lo; v < hi; ++v) out[v] = pseudonym(key, g.id(v));
  }
  return out;
}

}  // namespace

std::string pseudonym(std::string_view key, std::string_view id) {
  const Sha256Digest d = hmac_sha256(key, id);
  return "x" + to_hex(d.data(), kPseudonymHexDigits / 2);
}

std::string read_pseudonym_key(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read the key file '" + path + "'");
  std::string key;
  char buf[4096];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) key.append(buf, static_cast<std::size_t>(in.gcount()));
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r' || key.back() == ' ' || key.back() == '\t'))
    key.pop_back();
  try {
    check_key(key);
  } catch (const UsageError& e) {
    throw UsageError("--salt-file '" + path + "': " + e.what());
  }
  return key;
}

OrgGraph pseudonymize(const OrgGraph& g, std::string_view key, RunContext& ctx) {
  check_key(key);
  ctx.progress("pseudonymising", 0.0);
  const std::vector<std::string> ids = pseudonyms(g, key, ctx);
  ctx.check_cancelled();

  Diagnostics diags;
  GraphBuilder b(diags);
  Meta meta;
  meta.name = g.meta().name;
  meta.date = g.meta().date;
  b.set_meta(std::move(meta));
  for (LayerId l = static_cast<LayerId>(kBuiltinEdgeTypeCount); l < g.num_layers(); ++l)
    b.declare_layer(g.layer(l).name(), g.layer(l).directed(), g.layer(l).info().description);

  const UnitTree& units = g.units();
  static constexpr std::string_view kHere = "pseudonymised graph";
  for (UnitId u = 0; u < units.size(); ++u) {
    if (units.synthetic_root() && u == units.root()) continue;
    b.add_unit(units[u].id, units[u].name, detail::written_parent(units, u), units[u].kind, SourceLocation{kHere});
  }
  b.reserve_nodes(g.num_nodes(), static_cast<std::size_t>(g.num_nodes()) * (kPseudonymHexDigits + 1));
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    const UnitId u = g.unit(v);
    const std::string_view unit = u == kNoUnit ? std::string_view() : std::string_view(units[u].id);
    b.add_node(ids[v], g.role(v), {}, unit, g.level_given(v) ? g.level(v) : -1, SourceLocation{kHere});
  }
  if (b.num_nodes() != g.num_nodes())
    throw LimitError("two ids got the same pseudonym (an 80-bit collision); use another key");

  b.reserve_edges(g.num_ties());
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const Layer& layer = g.layer(l);
    const std::optional<bool> directed = layer.directed() ? std::optional<bool>(true) : std::nullopt;
    detail::for_each_tie(layer, [&](NodeId s, NodeId t, double w) { b.add_edge(s, t, l, w, directed, SourceLocation{kHere}); });
    ctx.check_cancelled();
  }
  OrgGraph out = b.build();
  ctx.progress("pseudonymising", 1.0);
  return out;
}

}  // namespace leadnet
