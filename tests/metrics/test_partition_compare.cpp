#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/partition_compare.hpp"
#include "support/reference_data.hpp"

using namespace leadnet;

TEST_CASE("partition_compare: identical, relabelled and independent partitions", "[metrics][partition_compare]") {
  const Partition a = partition_from_labels({0, 0, 1, 1, 2, 2});
  const Partition b = partition_from_labels({5, 5, 3, 3, 4, 4});  // same split, other names
  auto r = compare_partitions(a, b);
  CHECK(r.people == 6);
  CHECK(r.nmi == Approx(1.0));
  CHECK(r.ari == Approx(1.0));
  // {0,0,1,1} against {0,1,0,1}: every cell of the contingency table holds 1 person, so the
  // mutual information is 0 (NMI 0); ARI: index 0, expected (2·2)/6 = 2/3, max 2 → −0.5.
  r = compare_partitions(partition_from_labels({0, 0, 1, 1}), partition_from_labels({0, 1, 0, 1}));
  CHECK(r.nmi == Approx(0.0).margin(1e-12));
  CHECK(r.ari == Approx(-0.5));
}

TEST_CASE("partition_compare: a hand-computed contingency table", "[metrics][partition_compare]") {
  // X = {a a a b b b}, Y = {a a b b b b}: table [[2,1],[0,3]], n = 6.
  // I = 2/6 ln(2·6/(3·2)) + 1/6 ln(1·6/(3·4)) + 3/6 ln(3·6/(3·4)) = 0.2797..., H(X) = ln 2,
  // H(Y) = −(1/3 ln 1/3 + 2/3 ln 2/3) = 0.6365...; NMI = I / ((H(X)+H(Y))/2).
  const double mi = 2.0 / 6 * std::log(2.0) + 1.0 / 6 * std::log(0.5) + 3.0 / 6 * std::log(1.5);
  const double hx = std::log(2.0);
  const double hy = -(1.0 / 3 * std::log(1.0 / 3) + 2.0 / 3 * std::log(2.0 / 3));
  // ARI: Σ C(n_ij,2) = 1 + 0 + 0 + 3 = 4; rows 3 + 3 = 6; columns 1 + 6 = 7; E = 6·7/15 = 2.8;
  // max = 6.5: ARI = (4 − 2.8) / (6.5 − 2.8) = 0.3243...
  const auto r = compare_partitions(partition_from_labels({0, 0, 0, 1, 1, 1}), partition_from_labels({0, 0, 1, 1, 1, 1}));
  CHECK(r.nmi == Approx(mi / ((hx + hy) / 2)));
  CHECK(r.ari == Approx(1.2 / 3.7));
}

TEST_CASE("partition_compare: people without a group on either side are left out", "[metrics][partition_compare]") {
  const auto r = compare_partitions(partition_from_labels({0, 0, 1, kNoGroup}), partition_from_labels({0, 0, 1, 1}));
  CHECK(r.people == 3);
  CHECK(r.nmi == Approx(1.0));
  const auto none = compare_partitions(partition_from_labels({kNoGroup}), partition_from_labels({0}));
  CHECK(std::isnan(none.nmi));
}

TEST_CASE("partition_compare: silos at depth 1 against depth 2 equal the reference script", "[metrics][partition_compare][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    if (!ref.contains("depth1_vs_depth2")) continue;  // no second unit level
    INFO(name);
    const OrgGraph& g = leadnet::test::bundled(name);
    const auto r = compare_partitions(silos_at_depth(g, 1), silos_at_depth(g, 2));
    CHECK(r.nmi == Approx(ref["depth1_vs_depth2"]["nmi"].get<double>()).epsilon(1e-9));
    CHECK(r.ari == Approx(ref["depth1_vs_depth2"]["ari"].get<double>()).epsilon(1e-9));
  }
}
