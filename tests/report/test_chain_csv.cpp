#include <catch2/catch.hpp>

#include <sstream>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/report/chain_csv.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;

namespace {

std::string csv(const OrgGraph& g, ChainCsvTable table) {
  RunContext ctx;
  const ChainResult r = chain_of_leadership(g, {}, ctx);
  std::ostringstream out;
  write_chain_csv(out, g, r, table);
  return out.str();
}

}  // namespace

TEST_CASE("chain csv: quoting, empty cells for no value, id first", "[report][chain]") {
  //  "s,1" -> "b\"oss" (reports_to), backed by communication
  const OrgGraph g = test::toy_graph({{"b\"oss", "leader"}, {"s,1", "staff"}},
                                     {"s,1 b\"oss reports_to", "s,1 b\"oss communication"});
  const std::string people = csv(g, ChainCsvTable::people);
  CHECK(people.rfind("id,name,role,unit,leader,depth,manager,root,chain,", 0) == 0);
  // The boss: depth 0, no manager (empty cell), root itself, distance 0, span 1.
  CHECK(people.find("\n\"b\"\"oss\",\"b\"\"oss\",leader,,true,0,,\"b\"\"oss\",unbroken,0,,,0,0,1,0,1,false,0,0,,0,,,0,false\n") !=
        std::string::npos);
  // The staff member: leader columns empty.
  CHECK(people.find("\n\"s,1\",\"s,1\",staff,,false,1,\"b\"\"oss\",\"b\"\"oss\",unbroken,0,,,1,0,0,0,,,,,,,,,,\n") !=
        std::string::npos);
  const std::string ties = csv(g, ChainCsvTable::ties);
  CHECK(ties == "subordinate,manager,backed,backed_by,primary,subordinate_depth,people_cut_off\n"
                "\"s,1\",\"b\"\"oss\",true,communication,true,1,0\n");
  CHECK(parse_chain_csv_table("levels") == ChainCsvTable::levels);
  CHECK_THROWS_AS(parse_chain_csv_table("all"), UsageError);
  const std::string levels = csv(g, ChainCsvTable::levels);
  CHECK(levels.find("\n0,1,1,0,0,,1,0,1,1,0,0,0,0,1,0,0,0,1\n") != std::string::npos);
}
