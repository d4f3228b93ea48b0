// libFuzzer target: the generator's parameters (leadnet generate --preset --people --citizens
// --seed --set NAME=VALUE). Whatever the parameters, either check_params() refuses them with a
// UsageError, or generate() returns a graph that satisfies check_graph() and whose planted facts
// add up; never a crash, a hang or an exception of another kind.
//
// Input layout: byte 0 picks the preset (example, municipality or copenhagen; denmark's 98
// municipalities are too slow for a fuzz iteration and share every code path with them), bytes
// 1-2 the employees beyond the minimum (up to 3,000), bytes 3-4 the citizens (up to 3,000), byte
// 5 the seed; the rest is text, one NAME=VALUE per line, passed to set_param() as --set would.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "leadnet/gen/municipality.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace leadnet;
  if (size < 6) return 0;
  static const char* const kPresets[] = {"example", "municipality", "copenhagen"};
  gen::GenerateParams params = gen::preset_params(kPresets[data[0] % 3]);
  params.employees = gen::kMinEmployeesPerMunicipality + (data[1] | (data[2] << 8)) % 3000;
  params.citizens = (data[3] | (data[4] << 8)) % 3001;
  RunContext ctx = fuzz::fuzz_context();
  ctx.seed = data[5];
  ctx.threads = 1;
  std::string_view settings(reinterpret_cast<const char*>(data + 6), size - 6);
  try {
    while (!settings.empty()) {
      const std::size_t end = settings.find('\n');
      const std::string_view line = settings.substr(0, end);
      settings.remove_prefix(end == std::string_view::npos ? settings.size() : end + 1);
      const std::size_t eq = line.find('=');
      if (eq == std::string_view::npos) continue;
      gen::set_param(params, line.substr(0, eq), line.substr(eq + 1));
    }
    gen::check_params(params);
  } catch (const UsageError&) {
    return 0;  // refused with a message: what --set and check_params are for
  }
  gen::PlantedFacts planted;
  try {
    const OrgGraph g = gen::generate(params, ctx, &planted);
    fuzz::check_graph(g);
    const auto& t = planted.total;
    if (t.chain_gaps > t.formal_ties) fuzz::fail("more chain gaps than formal ties");
    if (t.leaders_over_span_limit > t.leaders) fuzz::fail("more leaders over the span limit than leaders");
    if (t.coherent_citizens > t.multi_silo_citizens) fuzz::fail("more coherent citizens than multi-silo ones");
    if (t.isolated_leaders.size() > t.eligible_for_isolation) fuzz::fail("more isolated leaders than eligible");
    if (g.num_nodes() < params.employees) fuzz::fail("fewer people than employees asked for");
  } catch (const LimitError&) {
  }
  return 0;
}
