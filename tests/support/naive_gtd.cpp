#include "support/naive_gtd.hpp"

#include <limits>

namespace leadnet::test {

NaiveGtd naive_gtd(int n, const std::vector<std::pair<int, int>>& arcs) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<std::vector<char>> r(n, std::vector<char>(n, 0)), weak(n, std::vector<char>(n, 0));
  for (int i = 0; i < n; ++i) r[i][i] = weak[i][i] = 1;
  for (auto [u, v] : arcs) r[u][v] = weak[u][v] = weak[v][u] = 1;
  for (int k = 0; k < n; ++k)
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) {
        if (r[i][k] && r[k][j]) r[i][j] = 1;
        if (weak[i][k] && weak[k][j]) weak[i][j] = 1;
      }
  // Weak component sizes: the size of each node's row in `weak`.
  std::vector<int> comp(n, -1), sizes;
  for (int i = 0; i < n; ++i) {
    if (comp[i] >= 0) continue;
    sizes.push_back(0);
    for (int j = 0; j < n; ++j)
      if (weak[i][j]) comp[j] = static_cast<int>(sizes.size()) - 1, ++sizes.back();
  }
  NaiveGtd g{};
  double joined = 0;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j) joined += weak[i][j];
  g.connectedness = n <= 1 ? 1.0 : joined / (n * (n - 1.0) / 2.0);

  double mutual = 0, nonnull = 0;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j) {
      if (r[i][j] || r[j][i]) ++nonnull;
      if (r[i][j] && r[j][i]) ++mutual;
    }
  g.hierarchy = nonnull == 0 ? nan : 1.0 - mutual / nonnull;

  double req = 0, maxv = 0;
  for (int s : sizes) req += s - 1, maxv += s * (s - 1.0) - (s - 1.0);
  g.efficiency = maxv == 0 ? nan : 1.0 - (static_cast<double>(arcs.size()) - req) / maxv;

  double viol = 0, maxviol = 0;
  for (std::size_t c = 0; c < sizes.size(); ++c) {
    if (sizes[c] <= 2) continue;
    maxviol += (sizes[c] - 1.0) * (sizes[c] - 2.0) / 2.0;
    std::vector<int> members;
    for (int i = 0; i < n; ++i)
      if (comp[i] == static_cast<int>(c)) members.push_back(i);
    for (std::size_t a = 0; a < members.size(); ++a)
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        std::vector<int> ub;
        for (int k : members)
          if (r[k][members[a]] && r[k][members[b]]) ub.push_back(k);
        bool lub = false;
        for (int k : ub) {
          bool all = true;
          for (int l : ub) all = all && r[k][l];
          lub = lub || all;
        }
        if (!lub) ++viol;
      }
  }
  g.lub = maxviol == 0 ? nan : 1.0 - viol / maxviol;
  return g;
}

}  // namespace leadnet::test
