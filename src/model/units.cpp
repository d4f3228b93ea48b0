#include "leadnet/model/units.hpp"

#include <algorithm>
#include <queue>

namespace leadnet {

std::optional<UnitId> UnitTree::find(std::string_view id) const {
  const auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

UnitId UnitTree::ancestor_at_depth(UnitId u, std::uint32_t depth) const {
  if (u == kNoUnit) return kNoUnit;
  while (units_[u].depth > depth) u = units_[u].parent;
  return u;
}

std::string UnitTree::path_name(UnitId u) const {
  if (u == kNoUnit) return {};
  std::vector<UnitId> chain;
  for (UnitId x = u; x != kNoUnit; x = units_[x].parent) chain.push_back(x);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (*it == 0 && chain.size() > 1) continue;  // the root adds nothing to a path
    if (!out.empty()) out += " / ";
    out += units_[*it].name;
  }
  return out;
}

UnitTree UnitTree::build(std::vector<Unit> units, const std::vector<std::string>& parents,
                         std::string_view root_name, std::vector<UnitId>* order) {
  UnitTree tree;
  const std::size_t n = units.size();
  if (order) order->assign(n, kNoUnit);
  if (n == 0) return tree;

  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < n; ++i) by_id.emplace(units[i].id, i);
  std::vector<std::vector<std::size_t>> kids(n);
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < n; ++i) {
    if (parents[i].empty()) {
      roots.push_back(i);
    } else {
      kids[by_id.at(parents[i])].push_back(i);
    }
  }

  // Breadth-first from the root(s), children in input order: parents precede children.
  std::vector<Unit> sorted;
  sorted.reserve(n + 1);
  std::queue<std::pair<std::size_t, UnitId>> todo;  // (input index, parent's new id)
  if (roots.size() == 1) {
    todo.push({roots[0], kNoUnit});
  } else {
    tree.synthetic_root_ = true;
    sorted.push_back(Unit{"", std::string(root_name), kNoUnit, "organisation", 0});
    for (std::size_t r : roots) todo.push({r, 0});
  }
  while (!todo.empty()) {
    auto [i, parent] = todo.front();
    todo.pop();
    Unit u = std::move(units[i]);
    u.parent = parent;
    u.depth = parent == kNoUnit ? 0 : sorted[parent].depth + 1;
    const auto id = static_cast<UnitId>(sorted.size());
    if (order) (*order)[i] = id;
    sorted.push_back(std::move(u));
    for (std::size_t k : kids[i]) todo.push({k, id});
  }

  tree.units_ = std::move(sorted);
  const std::size_t m = tree.units_.size();
  tree.child_offsets_.assign(m + 1, 0);
  for (UnitId u = 0; u < m; ++u) {
    const UnitId p = tree.units_[u].parent;
    if (p != kNoUnit) ++tree.child_offsets_[p + 1];
    tree.max_depth_ = std::max(tree.max_depth_, tree.units_[u].depth);
  }
  for (std::size_t i = 0; i < m; ++i) tree.child_offsets_[i + 1] += tree.child_offsets_[i];
  tree.child_list_.resize(tree.child_offsets_[m]);
  std::vector<std::uint32_t> next(tree.child_offsets_.begin(), tree.child_offsets_.end() - 1);
  for (UnitId u = 0; u < m; ++u) {
    const UnitId p = tree.units_[u].parent;
    if (p != kNoUnit) tree.child_list_[next[p]++] = u;
  }
  for (UnitId u = 0; u < m; ++u)
    if (!(tree.synthetic_root_ && u == 0)) tree.index_.emplace(tree.units_[u].id, u);
  return tree;
}

bool UnitTree::operator==(const UnitTree& other) const {
  if (units_.size() != other.units_.size() || synthetic_root_ != other.synthetic_root_) return false;
  for (std::size_t i = 0; i < units_.size(); ++i) {
    const Unit& a = units_[i];
    const Unit& b = other.units_[i];
    if (a.id != b.id || a.name != b.name || a.parent != b.parent || a.kind != b.kind || a.depth != b.depth)
      return false;
  }
  return true;
}

}  // namespace leadnet
