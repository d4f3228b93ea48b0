#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "leadnet/io/reader.hpp"
#include "leadnet/report/chain_json.hpp"
#include "support/paths.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;

TEST_CASE("chain json: the streamed document equals the object, with the dataset added", "[report][chain]") {
  Diagnostics diags;
  const OrgGraph g = read_dataset(test::dataset("example-municipality"), {}, diags);
  RunContext ctx;
  const ChainResult r = chain_of_leadership(g, {}, ctx);
  const nlohmann::json whole = chain_to_json(g, r);
  std::ostringstream out;
  write_chain_json(out, g, r, "somewhere");
  nlohmann::json streamed = nlohmann::json::parse(out.str());
  CHECK(streamed["dataset"] == "somewhere");
  streamed.erase("dataset");
  CHECK(streamed == whole);
  CHECK(whole["people"].size() == r.people.size());
  // One array element per line: the people array is not pretty-printed element by element.
  CHECK(out.str().find("\n    {\"backed\":") != std::string::npos);
}

TEST_CASE("chain json: NaN and missing values are null, ids are external ids", "[report][chain]") {
  //  b -> a (reports_to), no dialogue: a gap, no HR, no politicians, nobody reachable
  const OrgGraph g = test::toy_graph({{"a", "leader"}, {"b", "staff"}}, {"b a reports_to"});
  RunContext ctx;
  const ChainResult r = chain_of_leadership(g, {}, ctx);
  const nlohmann::json j = chain_to_json(g, r);
  CHECK(j["summary"]["gap_rate"] == 1.0);
  CHECK(j["summary"]["mean_hr_distance"].is_null());
  CHECK(j["summary"]["mean_loss"] == 0.0);  // a itself, the root
  CHECK(j["gaps"][0]["subordinate"] == "b");
  CHECK(j["gaps"][0]["manager"] == "a");
  const auto& b = j["people"][1];
  CHECK(b["id"] == "b");
  CHECK(b["distance_to_top"].is_null());
  CHECK(b["loss"].is_null());
  CHECK(b["first_break"] == "b");
  CHECK_FALSE(b.contains("span"));  // not a leader
  CHECK(j["people"][0]["hr_distance"].is_null());
  CHECK(j["people"][0]["isolated"] == true);  // a root whose only line down is a gap
}
