#include "support/silos_reference.hpp"

#include <catch2/catch.hpp>

#include "support/reference_data.hpp"

namespace leadnet::test {

void for_each_silos_reference(
    const std::function<void(const OrgGraph&, const nlohmann::json&, bool, const SilosReport&)>& f) {
  for (const auto& name : bundled_datasets()) {
    const auto& ref = reference_values("silos", name);
    const OrgGraph& g = bundled(name);
    for (const auto& [config, values] : ref["configs"].items()) {
      for (bool directed : {false, true}) {
        INFO(name << " " << config << (directed ? " directed" : ""));
        SilosOptions o;
        o.unit_depth = values["unit_depth"];
        o.directed = directed;
        o.permutations = 0;
        RunContext ctx;
        f(g, values, directed, silos_report(g, o, ctx));
      }
    }
  }
}

}  // namespace leadnet::test
