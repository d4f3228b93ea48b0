#pragma once
// Pieces shared by the path-based measures (betweenness, closeness, harmonic).

#include <cstdint>
#include <vector>

#include "leadnet/model/csr.hpp"

namespace leadnet::detail {

/// Arc lengths for weighted path measures: 1/weight per arc of `csr` (DESIGN.md: strong ties
/// are short). Empty when the CSR is unweighted (every length 1: use BFS).
inline std::vector<double> arc_lengths(const Csr& csr) {
  std::vector<double> len(csr.weights);
  for (double& x : len) x = 1.0 / x;
  return len;
}

/// A binary min-heap of (distance, node) with lazy deletion: stale entries are skipped by the
/// caller when popped. Reused across sources (clear() keeps the capacity).
class DistanceHeap {
 public:
  struct Entry {
    double dist;
    std::uint32_t node;
  };
  bool empty() const { return heap_.empty(); }
  void clear() { heap_.clear(); }
  void push(double dist, std::uint32_t node) {
    heap_.push_back({dist, node});
    std::size_t i = heap_.size() - 1;
    while (i > 0) {
      const std::size_t parent = (i - 1) / 2;
      if (!(heap_[i].dist < heap_[parent].dist)) break;
      std::swap(heap_[i], heap_[parent]);
      i = parent;
    }
  }
  Entry pop() {
    const Entry top = heap_.front();
    heap_.front() = heap_.back();
    heap_.pop_back();
    const std::size_t n = heap_.size();
    std::size_t i = 0;
    for (;;) {
      const std::size_t l = 2 * i + 1;
      if (l >= n) break;
      std::size_t c = l;
      if (l + 1 < n && heap_[l + 1].dist < heap_[l].dist) c = l + 1;
      if (!(heap_[c].dist < heap_[i].dist)) break;
      std::swap(heap_[i], heap_[c]);
      i = c;
    }
    return top;
  }

 private:
  std::vector<Entry> heap_;
};

}  // namespace leadnet::detail
