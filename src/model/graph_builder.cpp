#include "leadnet/model/graph_builder.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "leadnet/core/memory.hpp"
#include "model/id_index_detail.hpp"
#include "model/text_detail.hpp"

namespace leadnet {

namespace {

struct RawTie {
  NodeId source;
  NodeId target;
  double weight;
};

struct PendingLayer {
  LayerInfo info;
  std::vector<RawTie> ties;
  // Per tie: 1 when the tie is directed. Filled only once the layer has mixed directions.
  std::vector<std::uint8_t> tie_directed;
  bool mixed = false;
};

struct DeclaredUnit {
  std::string id, name, parent, kind;
  std::string file;
  std::size_t line = 0, column = 0;
};

}  // namespace

struct GraphBuilder::Impl {
  Meta meta;
  std::vector<PendingLayer> layers;

  std::vector<DeclaredUnit> declared_units;
  std::unordered_map<std::string, std::size_t> declared_index;
  bool units_sealed = false;
  // Path mode: unit path -> index into path_units.
  std::vector<Unit> path_units;
  std::vector<std::string> path_parents;
  std::unordered_map<std::string, std::size_t> path_index;

  StringColumn ids;
  StringColumn names;
  std::vector<Role> roles;
  std::vector<std::uint32_t> unit_index;  // index into declared_units / path_units, or kNoUnit
  std::vector<std::int32_t> levels;
  detail::IdIndex id_index;
  std::vector<AttributeColumn> attributes;

  std::uint64_t self_loops = 0;
  std::string first_self_loop;
};

GraphBuilder::GraphBuilder(Diagnostics& diagnostics) : impl_(new Impl), diags_(diagnostics) {
  for (const auto& t : builtin_edge_types())
    impl_->layers.push_back(PendingLayer{LayerInfo{std::string(t.name), t.directed, true, std::string(t.meaning)}, {}, {}, false});
}

GraphBuilder::~GraphBuilder() { delete impl_; }

void GraphBuilder::set_meta(Meta meta) { impl_->meta = std::move(meta); }

std::optional<LayerId> GraphBuilder::find_layer(std::string_view name) const {
  if (auto t = parse_edge_type(name)) return layer(*t);
  const std::string key = normalise_type_name(name);
  for (std::size_t l = kBuiltinEdgeTypeCount; l < impl_->layers.size(); ++l)
    if (impl_->layers[l].info.name == key) return static_cast<LayerId>(l);
  return std::nullopt;
}

LayerId GraphBuilder::declare_layer(std::string_view name, bool directed, std::string description) {
  if (auto existing = find_layer(name)) return *existing;
  if (impl_->layers.size() >= kNoLayer) throw LimitError("too many edge types (more than 65534)");
  impl_->layers.push_back(
      PendingLayer{LayerInfo{normalise_type_name(name), directed, false, std::move(description)}, {}, {}, false});
  return static_cast<LayerId>(impl_->layers.size() - 1);
}

LayerId GraphBuilder::num_layers() const { return static_cast<LayerId>(impl_->layers.size()); }

void GraphBuilder::add_unit(std::string_view id, std::string_view name, std::string_view parent,
                            std::string_view kind, const SourceLocation& where) {
  const std::string key(detail::trim(id));
  if (key.empty()) {
    diags_.error(std::string(where.file), where.line, where.column, "unit id is empty");
    return;
  }
  if (impl_->declared_index.count(key) != 0) {
    const auto& first = impl_->declared_units[impl_->declared_index[key]];
    diags_.error(std::string(where.file), where.line, where.column,
                 "duplicate unit id '" + key + "' (first defined on line " + std::to_string(first.line) + ")");
    return;
  }
  impl_->declared_index.emplace(key, impl_->declared_units.size());
  impl_->declared_units.push_back(DeclaredUnit{key, std::string(detail::trim(name)), std::string(detail::trim(parent)),
                                               std::string(detail::trim(kind)), std::string(where.file), where.line,
                                               where.column});
}

bool GraphBuilder::has_declared_units() const { return !impl_->declared_units.empty(); }

namespace {

// Checks parents and cycles of declared units; reports each problem once.
void seal_units(std::vector<DeclaredUnit>& units, const std::unordered_map<std::string, std::size_t>& index,
                Diagnostics& diags) {
  std::vector<std::size_t> parent(units.size(), SIZE_MAX);
  for (std::size_t i = 0; i < units.size(); ++i) {
    auto& u = units[i];
    if (u.parent.empty()) continue;
    const auto it = index.find(u.parent);
    if (it == index.end()) {
      diags.error(u.file, u.line, u.column,
                  "unit '" + u.id + "' has parent '" + u.parent + "', which is not a unit in this file");
      u.parent.clear();  // keep going as a root so later checks still run
    } else if (it->second == i) {
      diags.error(u.file, u.line, u.column, "unit '" + u.id + "' is its own parent");
      u.parent.clear();
    } else {
      parent[i] = it->second;
    }
  }
  // Cycle detection: walk up from each unit with colouring.
  std::vector<std::uint8_t> state(units.size(), 0);  // 0 new, 1 on path, 2 done
  for (std::size_t start = 0; start < units.size(); ++start) {
    std::vector<std::size_t> path;
    std::size_t x = start;
    while (x != SIZE_MAX && state[x] == 0) {
      state[x] = 1;
      path.push_back(x);
      x = parent[x];
    }
    if (x != SIZE_MAX && state[x] == 1) {
      std::string cycle;
      bool in = false;
      for (std::size_t p : path) {
        if (p == x) in = true;
        if (in) cycle += "'" + units[p].id + "' -> ";
      }
      cycle += "'" + units[x].id + "'";
      diags.error(units[x].file, units[x].line, units[x].column, "units form a cycle: " + cycle);
      for (std::size_t p : path)
        if (parent[p] != SIZE_MAX && state[parent[p]] == 1 && p == path.back()) units[p].parent.clear();
      units[path.back()].parent.clear();
    }
    for (std::size_t p : path) state[p] = 2;
  }
}

}  // namespace

NodeId GraphBuilder::add_node(std::string_view id, Role role, std::string_view name, std::string_view unit,
                              std::int32_t level, const SourceLocation& where) {
  Impl& m = *impl_;
  if (!m.units_sealed) {
    seal_units(m.declared_units, m.declared_index, diags_);
    m.units_sealed = true;
  }
  id = detail::trim(id);
  if (id.empty()) {
    diags_.error(std::string(where.file), where.line, where.column, "node id is empty");
    return kNoNode;
  }
  if (m.roles.size() >= kMaxNodes) throw LimitError("more than 4,294,967,294 nodes: the 32-bit node id limit");
  if (id.size() > detail::kMaxIdBytes) {
    diags_.error(std::string(where.file), where.line, where.column,
                 "node id is longer than " + std::to_string(detail::kMaxIdBytes) + " bytes");
    return kNoNode;
  }
  const auto v = static_cast<NodeId>(m.roles.size());
  m.ids.push_back(id);
  const NodeId existing = m.id_index.insert(m.ids, v);
  if (existing != kNoNode) {
    diags_.error(std::string(where.file), where.line, where.column,
                 "duplicate node id '" + std::string(id) + "' (first used by node " + std::to_string(existing + 1) +
                     " in file order)");
    m.ids.pop_back();
    return kNoNode;
  }
  m.names.push_back(detail::trim(name));
  m.roles.push_back(role);
  m.levels.push_back(level);

  unit = detail::trim(unit);
  std::uint32_t uidx = kNoUnit;
  if (!unit.empty()) {
    if (!m.declared_units.empty()) {
      const auto it = m.declared_index.find(std::string(unit));
      if (it == m.declared_index.end()) {
        diags_.error(std::string(where.file), where.line, where.column,
                     "unit '" + std::string(unit) + "' is not in units.csv");
      } else {
        uidx = static_cast<std::uint32_t>(it->second);
      }
    } else {
      // Path mode: "A/B/C" makes units A, A/B, A/B/C.
      std::string path;
      std::string parent;
      std::size_t start = 0;
      bool bad = false;
      while (start <= unit.size()) {
        std::size_t slash = unit.find('/', start);
        if (slash == std::string_view::npos) slash = unit.size();
        const std::string_view part = detail::trim(unit.substr(start, slash - start));
        if (part.empty()) {
          diags_.error(std::string(where.file), where.line, where.column,
                       "unit path '" + std::string(unit) + "' has an empty part between slashes");
          bad = true;
          break;
        }
        path = parent.empty() ? std::string(part) : parent + "/" + std::string(part);
        auto it = m.path_index.find(path);
        if (it == m.path_index.end()) {
          it = m.path_index.emplace(path, m.path_units.size()).first;
          m.path_units.push_back(Unit{path, std::string(part), kNoUnit, "", 0});
          m.path_parents.push_back(parent);
        }
        uidx = static_cast<std::uint32_t>(it->second);
        parent = path;
        start = slash + 1;
      }
      if (bad) uidx = kNoUnit;
    }
  }
  m.unit_index.push_back(uidx);
  return v;
}

std::optional<NodeId> GraphBuilder::find_node(std::string_view id) const {
  const NodeId v = impl_->id_index.find(impl_->ids, detail::trim(id));
  if (v == kNoNode) return std::nullopt;
  return v;
}

void GraphBuilder::find_nodes(const std::string_view* ids, std::size_t n, NodeId* out) const {
  impl_->id_index.find_batch(impl_->ids, ids, n, out);
}

NodeId GraphBuilder::num_nodes() const { return static_cast<NodeId>(impl_->roles.size()); }

void GraphBuilder::reserve_nodes(std::size_t n, std::size_t id_bytes) {
  impl_->ids.reserve(n, id_bytes);
  impl_->roles.reserve(n);
  impl_->levels.reserve(n);
  impl_->unit_index.reserve(n);
}

void GraphBuilder::add_attribute(AttributeColumn column, const SourceLocation& where) {
  static const std::unordered_set<std::string> kReserved = {"id", "name", "role", "unit", "level"};
  if (kReserved.count(column.name()) != 0) {
    diags_.error(std::string(where.file), where.line, where.column,
                 "attribute '" + column.name() + "' clashes with a main node field");
    return;
  }
  for (const auto& a : impl_->attributes)
    if (a.name() == column.name()) {
      diags_.error(std::string(where.file), where.line, where.column,
                   "attribute '" + column.name() + "' appears twice");
      return;
    }
  impl_->attributes.push_back(std::move(column));
}

void GraphBuilder::add_edge(NodeId source, NodeId target, LayerId layer_id, double weight,
                            std::optional<bool> directed, const SourceLocation& where) {
  Impl& m = *impl_;
  if (source >= m.roles.size() || target >= m.roles.size() || layer_id >= m.layers.size()) {
    diags_.error(std::string(where.file), where.line, where.column, "edge refers to an unknown node or type");
    return;
  }
  if (!(weight > 0.0) || !std::isfinite(weight)) {
    diags_.error(std::string(where.file), where.line, where.column,
                 "weight must be a finite number greater than 0");
    return;
  }
  if (source == target) {
    if (m.self_loops++ == 0)
      m.first_self_loop = std::string(where.file) + ":" + std::to_string(where.line) + " (" +
                          std::string(m.ids[source]) + ")";
    return;
  }
  PendingLayer& layer = m.layers[layer_id];
  const bool tie_directed = directed.value_or(layer.info.directed);
  if (tie_directed != layer.info.directed && !layer.mixed) {
    layer.mixed = true;
    layer.tie_directed.assign(layer.ties.size(), layer.info.directed ? 1 : 0);
  }
  layer.ties.push_back(RawTie{source, target, weight});
  if (layer.mixed) layer.tie_directed.push_back(tie_directed ? 1 : 0);
}

void GraphBuilder::reserve_edges(std::size_t n) { impl_->layers[0].ties.reserve(0), (void)n; }

namespace {

// Levels not given are derived from the reporting tree: a manager's level + 1; a node with
// subordinates but no manager is a root at level 0; everyone else stays unknown (-1).
void derive_levels(std::vector<std::int32_t>& levels, std::vector<std::uint8_t>& given, const Csr& reports_out,
                   const Csr& reports_in) {
  const NodeId n = static_cast<NodeId>(levels.size());
  given.assign(n, 0);
  for (NodeId v = 0; v < n; ++v) given[v] = levels[v] >= 0 ? 1 : 0;
  std::vector<std::uint8_t> state(n, 0);  // 0 todo, 1 in progress, 2 done
  std::vector<NodeId> stack;
  for (NodeId start = 0; start < n; ++start) {
    if (state[start] == 2) continue;
    stack.push_back(start);
    while (!stack.empty()) {
      const NodeId v = stack.back();
      if (state[v] == 2) {
        stack.pop_back();
        continue;
      }
      if (levels[v] >= 0) {
        state[v] = 2;
        stack.pop_back();
        continue;
      }
      const auto managers = reports_out.neighbors(v);
      if (managers.empty()) {
        levels[v] = reports_in.degree(v) > 0 ? 0 : -1;
        state[v] = 2;
        stack.pop_back();
        continue;
      }
      const NodeId boss = managers.front();
      if (state[boss] == 2) {
        levels[v] = levels[boss] >= 0 ? levels[boss] + 1 : -1;
        state[v] = 2;
        stack.pop_back();
      } else if (state[boss] == 1) {
        state[v] = 2;  // a cycle: level stays unknown
        stack.pop_back();
      } else {
        state[v] = 1;
        stack.push_back(boss);
      }
    }
  }
}

}  // namespace

OrgGraph GraphBuilder::build() { return build(RunContext{}); }

OrgGraph GraphBuilder::build(const RunContext& ctx) {
  Impl& m = *impl_;
  {
    // Per layer in turn: its ties become arcs (16 bytes, twice for undirected ties) and then
    // CSR rows (12 bytes per arc, out and in for directed layers); the raw ties go as they do.
    std::uint64_t total = 0, largest = 0;
    for (const auto& pl : m.layers) {
      total += pl.ties.size();
      largest = std::max<std::uint64_t>(largest, pl.ties.size());
    }
    require_memory(ctx, largest * 32 + total * 24 + std::uint64_t{m.roles.size()} * 16,
                   "building the graph (" + std::to_string(total) + " ties)");
  }
  if (!m.units_sealed) {
    seal_units(m.declared_units, m.declared_index, diags_);
    m.units_sealed = true;
  }
  const auto n = static_cast<NodeId>(m.roles.size());
  for (const auto& a : m.attributes)
    if (a.size() != n) throw std::logic_error("attribute column '" + a.name() + "' has the wrong length");
  diags_.throw_if_errors();

  OrgGraph g;
  g.meta_ = std::move(m.meta);
  const std::string root_name = g.meta_.name.empty() ? "Organisation" : g.meta_.name;

  // Units.
  std::vector<UnitId> order;
  if (!m.declared_units.empty()) {
    std::vector<Unit> units;
    std::vector<std::string> parents;
    units.reserve(m.declared_units.size());
    for (auto& d : m.declared_units) {
      units.push_back(Unit{d.id, d.name.empty() ? d.id : d.name, kNoUnit, d.kind, 0});
      parents.push_back(d.parent);
    }
    g.unit_tree_ = UnitTree::build(std::move(units), parents, root_name, &order);
  } else {
    g.unit_tree_ = UnitTree::build(std::move(m.path_units), m.path_parents, root_name, &order);
  }
  g.units_of_.resize(n);
  for (NodeId v = 0; v < n; ++v) g.units_of_[v] = m.unit_index[v] == kNoUnit ? kNoUnit : order[m.unit_index[v]];

  // Layers.
  std::uint64_t duplicates = 0;
  for (auto& pl : m.layers) {
    ctx.check_cancelled();
    const bool layer_directed = pl.info.directed || pl.mixed;
    std::vector<Arc> arcs;
    std::uint64_t merged = 0;
    Csr out, in;
    std::uint64_t ties = 0;
    if (layer_directed) {
      arcs.reserve(pl.ties.size());
      for (std::size_t i = 0; i < pl.ties.size(); ++i) {
        const RawTie& t = pl.ties[i];
        arcs.push_back({t.source, t.target, t.weight});
        const bool this_directed = pl.mixed ? pl.tie_directed[i] != 0 : true;
        if (!this_directed) arcs.push_back({t.target, t.source, t.weight});
      }
      std::vector<RawTie>().swap(pl.ties);
      out = build_csr(n, std::move(arcs), true, false, &merged);
      in = transpose(out);
      ties = out.num_arcs();
    } else {
      arcs.reserve(pl.ties.size());
      for (const RawTie& t : pl.ties) arcs.push_back({t.source, t.target, t.weight});
      std::vector<RawTie>().swap(pl.ties);
      out = build_symmetric_csr(n, std::move(arcs), true, &ties, &merged);
    }
    duplicates += merged;
    LayerInfo info = pl.info;
    info.directed = layer_directed;
    g.layers_.emplace_back(std::move(info), std::move(out), std::move(in), ties);
  }
  if (duplicates > 0)
    diags_.warning("", 0, 0,
                   std::to_string(duplicates) +
                       " duplicate ties (same source, target and type) were merged by summing their weights");
  if (m.self_loops > 0)
    diags_.warning("", 0, 0,
                   std::to_string(m.self_loops) + " self-loop" + (m.self_loops == 1 ? " was" : "s were") +
                       " dropped (a tie from a person to themselves; the first at " + m.first_self_loop + ")");

  // Nodes.
  g.ids_ = std::move(m.ids);
  g.names_ = std::move(m.names);
  g.roles_ = std::move(m.roles);
  g.levels_ = std::move(m.levels);
  g.id_index_ = std::make_shared<const detail::IdIndex>(std::move(m.id_index));
  const Layer& reports = g.layers_[static_cast<std::size_t>(EdgeType::reports_to)];
  derive_levels(g.levels_, g.level_given_, reports.out(), reports.in());
  g.attributes_ = std::move(m.attributes);
  return g;
}

}  // namespace leadnet
