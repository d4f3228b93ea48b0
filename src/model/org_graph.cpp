#include "leadnet/model/org_graph.hpp"

#include <cmath>
#include <sstream>

#include "model/id_index_detail.hpp"

namespace leadnet {

Layer::Layer(LayerInfo info, Csr out, Csr in, std::uint64_t ties)
    : info_(std::move(info)), out_(std::move(out)), in_(std::move(in)), ties_(ties) {}

std::optional<NodeId> OrgGraph::find(std::string_view id) const {
  const NodeId v = id_index_ ? id_index_->find(ids_, id) : kNoNode;
  if (v == kNoNode) return std::nullopt;
  return v;
}

const AttributeColumn* OrgGraph::attribute(std::string_view name) const {
  for (const auto& a : attributes_)
    if (a.name() == name) return &a;
  return nullptr;
}

std::optional<LayerId> OrgGraph::find_layer(std::string_view name) const {
  if (auto t = parse_edge_type(name)) return static_cast<LayerId>(*t);
  const std::string key = normalise_type_name(name);
  for (LayerId l = 0; l < layers_.size(); ++l)
    if (layers_[l].name() == key) return l;
  return std::nullopt;
}

std::uint64_t OrgGraph::num_ties() const {
  std::uint64_t total = 0;
  for (const auto& l : layers_) total += l.num_ties();
  return total;
}

std::size_t OrgGraph::memory_bytes() const {
  std::size_t bytes = ids_.memory_bytes() + names_.memory_bytes() + roles_.capacity() +
                      units_of_.capacity() * sizeof(UnitId) + levels_.capacity() * sizeof(std::int32_t) +
                      level_given_.capacity() + (id_index_ ? id_index_->memory_bytes() : 0);
  for (const auto& l : layers_) bytes += l.memory_bytes();
  return bytes;
}

namespace {

bool close(double a, double b) { return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b)); }

bool same_csr(const Csr& a, const Csr& b) {
  if (a.offsets != b.offsets || a.targets != b.targets) return false;
  for (EdgeOffset e = 0; e < a.num_arcs(); ++e)
    if (!close(a.weight(e), b.weight(e))) return false;
  return true;
}

}  // namespace

bool same_graph(const OrgGraph& a, const OrgGraph& b, std::string* why) {
  auto fail = [&](const std::string& msg) {
    if (why) *why = msg;
    return false;
  };
  if (a.num_nodes() != b.num_nodes())
    return fail("node count " + std::to_string(a.num_nodes()) + " vs " + std::to_string(b.num_nodes()));
  for (NodeId v = 0; v < a.num_nodes(); ++v) {
    const std::string who = "node " + std::string(a.id(v));
    if (a.id(v) != b.id(v)) return fail(who + ": id differs (" + std::string(b.id(v)) + ")");
    if (a.name(v) != b.name(v)) return fail(who + ": name differs");
    if (a.role(v) != b.role(v)) return fail(who + ": role differs");
    if (a.level(v) != b.level(v)) return fail(who + ": level differs");
    const UnitId ua = a.unit(v), ub = b.unit(v);
    if ((ua == kNoUnit) != (ub == kNoUnit)) return fail(who + ": unit differs");
    if (ua != kNoUnit && a.units()[ua].id != b.units()[ub].id) return fail(who + ": unit differs");
  }
  if (!(a.units() == b.units())) return fail("unit trees differ");
  if (a.attributes().size() != b.attributes().size()) return fail("attribute count differs");
  for (std::size_t i = 0; i < a.attributes().size(); ++i)
    if (!(a.attributes()[i] == b.attributes()[i])) return fail("attribute " + a.attributes()[i].name() + " differs");
  if (a.num_layers() != b.num_layers()) return fail("layer count differs");
  for (LayerId l = 0; l < a.num_layers(); ++l) {
    const Layer& la = a.layer(l);
    const Layer& lb = b.layer(l);
    if (la.name() != lb.name() || la.directed() != lb.directed())
      return fail("layer " + la.name() + " differs in name or direction");
    if (la.num_ties() != lb.num_ties()) return fail("layer " + la.name() + " tie count differs");
    if (!same_csr(la.out(), lb.out())) return fail("layer " + la.name() + " ties or weights differ");
  }
  const Meta& ma = a.meta();
  const Meta& mb = b.meta();
  if (ma.name != mb.name || ma.description != mb.description || ma.date != mb.date)
    return fail("meta differs");
  return true;
}

}  // namespace leadnet
