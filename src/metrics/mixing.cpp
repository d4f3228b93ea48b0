#include "leadnet/metrics/mixing.hpp"

#include <algorithm>
#include <limits>

#include "metrics/group_ties_detail.hpp"

namespace leadnet {

double MixingMatrix::possible(GroupId a, GroupId b) const {
  const double na = sizes[a];
  const double nb = sizes[b];
  if (a != b) return na * nb;
  return directed ? na * (na - 1.0) : na * (na - 1.0) / 2.0;
}

MixingCell MixingMatrix::cell(GroupId a, GroupId b) const {
  if (!directed && a > b) std::swap(a, b);
  const auto it = std::lower_bound(cells.begin(), cells.end(), std::pair{a, b},
                                   [](const MixingCell& c, const std::pair<GroupId, GroupId>& key) {
                                     return std::pair{c.a, c.b} < key;
                                   });
  if (it != cells.end() && it->a == a && it->b == b) return *it;
  MixingCell c;
  c.a = a;
  c.b = b;
  c.possible = possible(a, b);
  c.density = c.possible > 0 ? 0.0 : std::numeric_limits<double>::quiet_NaN();
  c.expected = all_possible > 0 ? static_cast<double>(ties) * c.possible / all_possible : 0.0;
  return c;
}

MixingMatrix mixing_matrix(const View& view, const Partition& partition) {
  MixingMatrix mm;
  mm.directed = view.directed();
  mm.groups = partition.num_groups();
  mm.sizes = partition.sizes;
  const double big_n = partition.members();
  mm.all_possible = mm.directed ? big_n * (big_n - 1.0) : big_n * (big_n - 1.0) / 2.0;

  const auto ties = detail::group_ties(view, partition, view.weighted());
  mm.ties = ties.size();
  // Sort tie keys (a, b) and run-length count: no k × k array, whatever the number of silos.
  struct Key {
    std::uint64_t key;
    double weight;
  };
  std::vector<Key> keys;
  keys.reserve(ties.size());
  for (const auto& t : ties) {
    GroupId a = partition.group[t.u];
    GroupId b = partition.group[t.v];
    if (!mm.directed && a > b) std::swap(a, b);
    keys.push_back({(static_cast<std::uint64_t>(a) << 32) | b, t.weight});
  }
  // Stable so that weights within a cell add up in tie order (same bits every run).
  std::stable_sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) { return x.key < y.key; });
  for (std::size_t i = 0; i < keys.size();) {
    MixingCell c;
    c.a = static_cast<GroupId>(keys[i].key >> 32);
    c.b = static_cast<GroupId>(keys[i].key & 0xFFFFFFFFu);
    std::size_t j = i;
    for (; j < keys.size() && keys[j].key == keys[i].key; ++j) c.weight += keys[j].weight;
    c.ties = j - i;
    c.possible = mm.possible(c.a, c.b);
    c.density = static_cast<double>(c.ties) / c.possible;
    c.expected = static_cast<double>(mm.ties) * c.possible / mm.all_possible;
    mm.cells.push_back(c);
    i = j;
  }
  return mm;
}

}  // namespace leadnet
