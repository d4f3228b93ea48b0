// Pseudonymisation (model/pseudonymize.hpp): keyed pseudonyms equal Python's hmac module, the
// structure of the organisation is kept exactly, and nothing of the real ids, names or extra
// attributes is left in the graph.

#include <catch2/catch.hpp>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/pseudonymize.hpp"
#include "support/paths.hpp"

using namespace leadnet;

namespace {

const std::string kKey = "0123456789abcdef-leadnet-test-key";

OrgGraph example() {
  Diagnostics d;
  return read_dataset(test::dataset("example-municipality"), ReadOptions{}, d);
}

}  // namespace

TEST_CASE("pseudonymize: pseudonyms are HMAC-SHA-256 prefixes", "[model][pseudonymize]") {
  // Reference values from Python's standard library:
  //   /usr/bin/python3 -c "import hmac,hashlib; print(hmac.new(b'0123456789abcdef-leadnet-test-key',
  //                        'd00'.encode(), hashlib.sha256).hexdigest()[:20])"
  CHECK(pseudonym(kKey, "d00") == "x2d437ff48a57f5d123f3");
  CHECK(pseudonym(kKey, "Søren Ærø") == "x0f6b4c966e5931614ae8");
  CHECK(pseudonym(kKey, "s1") == "xf1665a3c9998b2cd5068");
  CHECK(pseudonym(kKey + "!", "s1") != pseudonym(kKey, "s1"));
}

TEST_CASE("pseudonymize: the organisation is the same, the people are not named", "[model][pseudonymize]") {
  const OrgGraph g = example();
  RunContext ctx;
  const OrgGraph p = pseudonymize(g, kKey, ctx);
  REQUIRE(p.num_nodes() == g.num_nodes());
  REQUIRE(p.num_layers() == g.num_layers());
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    CHECK(p.id(v) == pseudonym(kKey, g.id(v)));
    CHECK(p.name(v).empty());
    CHECK(p.role(v) == g.role(v));
    CHECK(p.level(v) == g.level(v));
    const UnitId gu = g.unit(v), pu = p.unit(v);
    REQUIRE((gu == kNoUnit) == (pu == kNoUnit));
    if (gu != kNoUnit) CHECK(p.units()[pu].id == g.units()[gu].id);
  }
  CHECK(p.attributes().empty());
  CHECK(p.meta().name == g.meta().name);
  CHECK(p.meta().description.empty());
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const Layer& a = g.layer(l);
    const Layer& b = p.layer(l);
    CHECK(a.name() == b.name());
    CHECK(a.directed() == b.directed());
    REQUIRE(a.num_ties() == b.num_ties());
    // Node order is kept, so the CSR rows must be identical, weights included.
    CHECK(a.out().offsets == b.out().offsets);
    CHECK(a.out().targets == b.out().targets);
    CHECK(a.out().weights == b.out().weights);
  }
  // Stable: the same key gives the same graph again.
  const OrgGraph again = pseudonymize(g, kKey, ctx);
  for (NodeId v = 0; v < g.num_nodes(); ++v) CHECK(again.id(v) == p.id(v));
}

TEST_CASE("pseudonymize: short keys are refused and key files lose their line break", "[model][pseudonymize]") {
  const OrgGraph g = example();
  RunContext ctx;
  CHECK_THROWS_AS(pseudonymize(g, "too short", ctx), UsageError);
  test::TempDir dir("pseudonym-key");
  test::write_file(dir / "key.txt", kKey + "\n");
  CHECK(read_pseudonym_key((dir / "key.txt").string()) == kKey);
  test::write_file(dir / "short.txt", "abc\r\n");
  CHECK_THROWS_AS(read_pseudonym_key((dir / "short.txt").string()), UsageError);
  CHECK_THROWS_AS(read_pseudonym_key((dir / "missing.txt").string()), UsageError);
}
