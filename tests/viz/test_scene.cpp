#include <catch2/catch.hpp>

#include "leadnet/viz/map_options.hpp"
#include "leadnet/viz/scene.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet::viz;

TEST_CASE("split_label breaks at the space nearest the middle, counting characters", "[viz][scene]") {
  using P = std::pair<std::string, std::string>;
  CHECK(split_label("Birgitte Østergaard") == P{"Birgitte", "Østergaard"});
  // "Åse Ørsted Æbelø" has 16 characters (not bytes) and spaces at 3 and 10: |10 − 8| < |3 − 8|,
  // so the break comes after "Åse Ørsted".
  CHECK(split_label("Åse Ørsted Æbelø") == P{"Åse Ørsted", "Æbelø"});
  CHECK(split_label("Ib") == P{"Ib", ""});
  CHECK(split_label("") == P{"", ""});
}

TEST_CASE("organisation_name: meta name, else the root unit, else a default", "[viz][scene]") {
  const auto g = leadnet::test::toy_graph({{"a", "leader", "Kommune/Skoler"}, {"b", "staff", "Kommune/Skoler"}}, {});
  CHECK(organisation_name(g) == "Kommune");
  const auto h = leadnet::test::toy_graph({{"a", "leader"}}, {});
  CHECK(organisation_name(h) == "Organisation");
  CHECK(scene_kind_name(SceneKind::chain) == "chain");
}
