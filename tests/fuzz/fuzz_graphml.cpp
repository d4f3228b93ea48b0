// libFuzzer target: the GraphML reader. A graph that reads must satisfy check_graph() and survive
// the GraphML and JSON round trips; a rejected input must give a well-formed InputError. A
// --default-type that is no edge type is a usage error, so the target keeps the default.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "leadnet/io/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace leadnet;
  Diagnostics diags;
  const RunContext ctx = fuzz::fuzz_context();
  try {
    const OrgGraph g = read_graphml_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.graphml", {},
                                         diags, ctx);
    fuzz::check_graph(g);
    fuzz::check_graphml_round_trip(g);
    fuzz::check_json_round_trip(g);
  } catch (const InputError& e) {
    fuzz::check_input_error(e);
  } catch (const LimitError&) {
  }
  return 0;
}
