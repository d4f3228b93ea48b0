#pragma once
// The generated folder's meta.json, planted.json and README.md. Private to src/gen/.

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "leadnet/gen/municipality.hpp"

namespace leadnet::gen::detail {

/// Facts about the whole run that the README reports beside GenerateSummary.
struct RunFacts {
  std::uint64_t seed = 1;
  std::string name;
  std::map<std::string, std::uint64_t> units_by_kind;
  std::map<int, std::uint64_t> employees_by_level;
  std::uint64_t national_ties = 0;
};

nlohmann::ordered_json planted_to_json(const PlantedMunicipality& m, bool with_lists);
/// meta.json: name, description, source, and "generator" (preset, seed, every parameter) and
/// "planted" (the totals with their rates).
nlohmann::ordered_json make_meta(const GenerateParams& params, const RunFacts& run, const PlantedFacts& planted);
/// planted.json: totals and one entry per municipality with the planted ids.
nlohmann::ordered_json make_planted(const GenerateParams& params, const RunFacts& run, const PlantedFacts& planted);
/// README.md written into the generated folder.
std::string make_readme(const GenerateParams& params, const RunFacts& run, const GenerateSummary& summary);
/// The command line that reproduces a run.
std::string command_line(const GenerateParams& params, std::uint64_t seed);

}  // namespace leadnet::gen::detail
