#include "support/centrality_reference.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"

namespace leadnet::test {

namespace {

const OrgGraph& dataset_graph(const std::string& name) {
  static std::map<std::string, std::unique_ptr<OrgGraph>> cache;
  static std::mutex mutex;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[name];
  if (!slot) {
    Diagnostics diags;
    slot = std::make_unique<OrgGraph>(read_dataset(dataset(name), ReadOptions{}, diags));
  }
  return *slot;
}

}  // namespace

View ReferenceCase::view() const {
  const OrgGraph& g = dataset_graph(dataset);
  ViewOptions opt;
  opt.layers = resolve_layers(g, layers);
  opt.directed = directed;
  opt.weighted = weighted;
  return View(g, opt);
}

const std::vector<ReferenceCase>& centrality_reference_cases() {
  static const std::vector<ReferenceCase> cases = [] {
    std::vector<ReferenceCase> out;
    const auto root = test_data("reference") / "centrality";
    if (!std::filesystem::is_directory(root)) return out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".json") continue;
      std::ifstream in(entry.path());
      ReferenceCase c;
      c.record = nlohmann::json::parse(in);
      c.file = entry.path().parent_path().filename().string() + "/" + entry.path().stem().string();
      c.dataset = c.record.at("dataset").get<std::string>();
      c.layers = c.record.at("layers").get<std::vector<std::string>>();
      c.directed = c.record.at("directed").get<bool>();
      c.weighted = c.record.at("weighted").get<bool>();
      out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
    return out;
  }();
  REQUIRE(cases.size() >= 40);
  return cases;
}

std::size_t check_against_reference(const ReferenceCase& c, const std::string& column,
                                    const std::vector<double>& ours) {
  const auto& ids = c.record.at("nodes");
  const OrgGraph& g = dataset_graph(c.dataset);
  REQUIRE(ids.size() == g.num_nodes());
  for (NodeId v = 0; v < g.num_nodes(); ++v) REQUIRE(ids[v].get<std::string>() == g.id(v));
  const auto& ref = c.column(column);
  REQUIRE(ref.is_array());
  REQUIRE(ours.size() == ref.size());
  double scale = 0.0;
  for (const auto& x : ref) scale = std::max(scale, std::abs(x.get<double>()));
  std::size_t bad = 0;
  for (std::size_t v = 0; v < ours.size(); ++v) {
    const double want = ref[v].get<double>();
    const double tol = 1e-6 * std::abs(want) + 1e-9 * scale;
    if (!(std::abs(ours[v] - want) <= tol)) {
      if (++bad <= 5)
        FAIL_CHECK(c.file << " " << column << ": node " << g.id(v) << " is " << ours[v] << ", NetworkX " << want);
    }
  }
  CHECK(bad == 0);
  return ours.size();
}

}  // namespace leadnet::test
