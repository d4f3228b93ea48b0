#include "support/reference_data.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>

#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"

namespace leadnet::test {

std::vector<std::string> bundled_datasets() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "datasets"))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

const OrgGraph& bundled(const std::string& name) {
  static std::map<std::string, std::unique_ptr<OrgGraph>> cache;
  auto& slot = cache[name];
  if (!slot) {
    Diagnostics diags;
    slot = std::make_unique<OrgGraph>(read_dataset(dataset(name), ReadOptions{}, diags));
  }
  return *slot;
}

const nlohmann::json& reference_values(const std::string& area, const std::string& dataset) {
  static std::map<std::string, nlohmann::json> cache;
  const std::string key = area + "/" + dataset;
  auto it = cache.find(key);
  if (it == cache.end()) {
    const auto path = source_dir() / "tests" / "data" / "reference" / area / (dataset + ".json");
    std::ifstream in(path);
    if (!in) throw std::runtime_error("missing reference file " + path.string());
    it = cache.emplace(key, nlohmann::json::parse(in)).first;
  }
  return it->second;
}

NodeId node(const OrgGraph& graph, const std::string& id) {
  const auto v = graph.find(id);
  if (!v) throw std::runtime_error("no node " + id);
  return *v;
}

}  // namespace leadnet::test
