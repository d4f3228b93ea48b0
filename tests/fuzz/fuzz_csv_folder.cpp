// libFuzzer target: the CSV folder reader (nodes.csv, edges.csv, units.csv, meta.json).
//
// One fuzz input is the whole folder: its parts separated by the two bytes FF FF (never in UTF-8
// text, so the split takes nothing a real file could hold except those bytes) are nodes.csv,
// edges.csv, units.csv and meta.json in that order; a file beyond the parts given is absent, and
// so is an empty units.csv or meta.json part (so that meta.json can come without units.csv). A
// graph that reads must satisfy check_graph() and survive the JSON round trip; a rejected input
// must give a well-formed InputError.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "leadnet/io/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace leadnet;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  CsvFolderText files;
  std::optional<std::string>* parts[] = {&files.nodes, &files.edges, &files.units, &files.meta};
  for (auto* part : parts) {
    const std::size_t cut = input.find("\xFF\xFF");
    *part = std::string(input.substr(0, cut));
    if (cut == std::string_view::npos) break;
    input.remove_prefix(cut + 2);
  }
  if (files.units && files.units->empty()) files.units.reset();
  if (files.meta && files.meta->empty()) files.meta.reset();
  Diagnostics diags;
  const RunContext ctx = fuzz::fuzz_context();
  try {
    const OrgGraph g = read_csv_folder_text(files, "fuzz", {}, diags, ctx);
    fuzz::check_graph(g);
    fuzz::check_json_round_trip(g);
  } catch (const InputError& e) {
    fuzz::check_input_error(e);
  } catch (const LimitError&) {
  }
  return 0;
}
