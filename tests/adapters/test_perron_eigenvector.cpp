#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "adapters/top_eigenvector.hpp"
#include "leadnet/core/rng.hpp"

using namespace leadnet::adapters;

namespace {

struct Arc {
  std::uint32_t from, to;
  double weight;
};

// y = A x for A given by its arcs (A[from][to] = weight).
void multiply(const std::vector<Arc>& arcs, const double* x, double* y, std::size_t n) {
  std::fill(y, y + n, 0.0);
  for (const Arc& a : arcs) y[a.from] += a.weight * x[a.to];
}

// A strongly connected random matrix: a directed cycle through all n rows plus `extra` random
// arcs, weights 1 or 1-4.
std::vector<Arc> random_irreducible(std::uint32_t n, int extra, bool weighted, std::uint64_t seed) {
  leadnet::Rng rng(seed);
  std::vector<Arc> arcs;
  for (std::uint32_t i = 0; i < n; ++i) arcs.push_back({i, (i + 1) % n, 1.0});
  for (int k = 0; k < extra; ++k) {
    const auto u = static_cast<std::uint32_t>(rng.below(n)), v = static_cast<std::uint32_t>(rng.below(n));
    arcs.push_back({u, v, weighted ? 1.0 + static_cast<double>(rng.below(4)) : 1.0});
  }
  return arcs;
}

}  // namespace

TEST_CASE("perron_eigenvector: the nonnegative eigenvector of random irreducible matrices", "[adapters][eigenvector]") {
  // Reference, independent of Arnoldi: an irreducible nonnegative matrix has exactly one
  // eigenvector with no negative entry (Perron-Frobenius), so a unit vector with
  // ||A x - lambda x|| tiny and no entry below -1e-12 is it. lambda is also checked against a
  // plain power iteration on A + I (20 000 sweeps; A + I is primitive, same eigenvector).
  // 300 rows with 6 basis vectors restart many times.
  for (const bool weighted : {false, true}) {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
      const std::uint32_t n = 300;
      const auto arcs = random_irreducible(n, 900, weighted, seed);
      const Operator apply = [&](const double* x, double* y) { multiply(arcs, x, y, n); };
      const std::vector<double> start(n, 1.0 / n);
      const TopEigenvector top = perron_eigenvector(n, apply, start, 1e-12, 100);
      INFO("weighted " << weighted << " seed " << seed << " products " << top.products);
      REQUIRE(top.vector.size() == n);
      CHECK(top.products > 6);  // restarted at least once
      std::vector<double> ax(n);
      multiply(arcs, top.vector.data(), ax.data(), n);
      double residual = 0.0, length = 0.0, lowest = 1.0;
      for (std::uint32_t i = 0; i < n; ++i) {
        residual += (ax[i] - top.value * top.vector[i]) * (ax[i] - top.value * top.vector[i]);
        length += top.vector[i] * top.vector[i];
        lowest = std::min(lowest, top.vector[i]);
      }
      CHECK(std::sqrt(residual) < 1e-10 * top.value);
      CHECK(length == Approx(1.0).epsilon(1e-12));
      CHECK(lowest > -1e-12);

      std::vector<double> x(n, 1.0 / n), y(n);
      double grown = 0.0;
      for (int it = 0; it < 20000; ++it) {
        multiply(arcs, x.data(), y.data(), n);
        double norm = 0.0;
        for (std::uint32_t i = 0; i < n; ++i) {
          y[i] += x[i];
          norm += y[i] * y[i];
        }
        norm = std::sqrt(norm);
        double before = 0.0;
        for (std::uint32_t i = 0; i < n; ++i) before += x[i] * x[i];
        grown = norm / std::sqrt(before);  // -> 1 + lambda
        for (std::uint32_t i = 0; i < n; ++i) x[i] = y[i] / norm;
      }
      CHECK(top.value == Approx(grown - 1.0).epsilon(1e-9));
      for (std::uint32_t i = 0; i < n; ++i) CHECK(top.vector[i] == Approx(x[i]).margin(1e-9));
    }
  }
}

TEST_CASE("perron_eigenvector: a start that is already the eigenvector takes one product", "[adapters][eigenvector]") {
  // A directed cycle of 100 rows: every row sum is 1, so the uniform vector is the Perron vector
  // with eigenvalue 1 (by hand), and the first product leaves nothing to orthogonalise.
  const std::uint32_t n = 100;
  std::vector<Arc> arcs;
  for (std::uint32_t i = 0; i < n; ++i) arcs.push_back({i, (i + 1) % n, 1.0});
  const Operator apply = [&](const double* x, double* y) { multiply(arcs, x, y, n); };
  const TopEigenvector top = perron_eigenvector(n, apply, std::vector<double>(n, 3.0), 1e-12, 100);
  REQUIRE(top.vector.size() == n);
  CHECK(top.products == 1);
  CHECK(top.value == Approx(1.0).epsilon(1e-14));
  for (double v : top.vector) CHECK(v == Approx(0.1).epsilon(1e-14));  // 1 / sqrt(100)
}

TEST_CASE("perron_eigenvector: gives up empty-handed when the restarts run out", "[adapters][eigenvector]") {
  // No restart allowed: 6 products cannot bring a 300-row random matrix to a residual of 1e-12.
  const std::uint32_t n = 300;
  const auto arcs = random_irreducible(n, 900, false, 4);
  const Operator apply = [&](const double* x, double* y) { multiply(arcs, x, y, n); };
  const TopEigenvector top = perron_eigenvector(n, apply, std::vector<double>(n, 1.0), 1e-12, 0);
  CHECK(top.vector.empty());
  CHECK(top.products == 6);
}
