#include "leadnet/metrics/partition_compare.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace leadnet {

namespace {

// (group in a, group in b) of every person with both, packed and sorted.
std::vector<std::uint64_t> pair_keys(const Partition& a, const Partition& b) {
  std::vector<std::uint64_t> keys;
  const NodeId n = std::min(a.num_nodes(), b.num_nodes());
  for (NodeId v = 0; v < n; ++v)
    if (a.group[v] != kNoGroup && b.group[v] != kNoGroup)
      keys.push_back((static_cast<std::uint64_t>(a.group[v]) << 32) | b.group[v]);
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace

std::vector<ContingencyCell> contingency(const Partition& a, const Partition& b) {
  const auto keys = pair_keys(a, b);
  std::vector<ContingencyCell> cells;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    cells.push_back({static_cast<GroupId>(keys[i] >> 32), static_cast<GroupId>(keys[i] & 0xFFFFFFFFu),
                     static_cast<NodeId>(j - i)});
    i = j;
  }
  return cells;
}

PartitionComparison compare_partitions(const Partition& a, const Partition& b) {
  PartitionComparison r;
  const std::vector<std::uint64_t> keys = pair_keys(a, b);
  r.people = static_cast<NodeId>(keys.size());
  if (keys.empty()) {
    r.nmi = r.ari = std::numeric_limits<double>::quiet_NaN();
    return r;
  }
  std::vector<double> row(a.num_groups(), 0.0), col(b.num_groups(), 0.0);
  const double total = static_cast<double>(keys.size());
  auto c2 = [](double x) { return x * (x - 1) / 2; };
  double mi = 0.0, index = 0.0;
  std::vector<std::pair<double, std::uint64_t>> cells;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    const double count = static_cast<double>(j - i);
    row[keys[i] >> 32] += count;
    col[keys[i] & 0xFFFFFFFFu] += count;
    cells.emplace_back(count, keys[i]);
    i = j;
  }
  for (const auto& [count, key] : cells) {
    const double ra = row[key >> 32], cb = col[key & 0xFFFFFFFFu];
    mi += count / total * std::log(count * total / (ra * cb));
    index += c2(count);
  }
  auto entropy = [&](const std::vector<double>& margins) {
    double h = 0.0;
    for (double m : margins)
      if (m > 0) h -= m / total * std::log(m / total);
    return h;
  };
  const double ha = entropy(row), hb = entropy(col);
  if (ha == 0.0 && hb == 0.0) r.nmi = 1.0;
  else r.nmi = std::max(0.0, mi) / ((ha + hb) / 2);
  double sa = 0.0, sb = 0.0;
  for (double m : row) sa += c2(m);
  for (double m : col) sb += c2(m);
  if (keys.size() < 2) {  // one person: both partitions agree trivially
    r.ari = 1.0;
    return r;
  }
  const double expected = sa * sb / c2(total);
  const double maximum = (sa + sb) / 2;
  r.ari = maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
  return r;
}

}  // namespace leadnet
