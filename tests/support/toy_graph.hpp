#pragma once
// Small graphs for tests, written the way they are drawn.
//
//   auto g = toy_graph({{"a", "leader"}, {"b", "staff"}}, {"b a reports_to", "a b sparring 2"});
//
// Nodes are (id, role[, unit]); edges are "SOURCE TARGET TYPE [WEIGHT]". Units given as paths.

#include <string>
#include <vector>

#include "leadnet/model/org_graph.hpp"

namespace leadnet::test {

struct ToyNode {
  ToyNode(std::string id_, std::string role_ = "staff", std::string unit_ = {}, int level_ = -1)
      : id(std::move(id_)), role(std::move(role_)), unit(std::move(unit_)), level(level_) {}
  std::string id;
  std::string role;
  std::string unit;
  int level;
};

OrgGraph toy_graph(const std::vector<ToyNode>& nodes, const std::vector<std::string>& edges);

/// Nodes "0".."n-1", all staff, edges "u v" of the given type.
OrgGraph numbered_graph(int n, const std::vector<std::pair<int, int>>& edges, const std::string& type = "collaboration",
                        const std::vector<double>& weights = {});

}  // namespace leadnet::test
