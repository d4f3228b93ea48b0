// The report folder: every file written into a temporary folder beside the target and renamed
// into place at the end.

#include <algorithm>
#include <fstream>
#include <functional>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/io/gexf_writer.hpp"
#include "leadnet/io/writer.hpp"
#include "leadnet/report/analyze.hpp"
#include "report/analyze_writers_detail.hpp"

namespace leadnet {

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& report_file_names() {
  static const std::vector<std::string> names = {"report.json",    "index.html",     "people.csv",
                                                 "leaders.csv",    "units.csv",      "unit_pairs.csv",
                                                 "chain_gaps.csv", "network.graphml", "network.gexf"};
  return names;
}

bool is_report_file(const std::string& name) {
  const auto& names = report_file_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool skipped(const AnalyzeResult& r, const char* part) {
  return std::find(r.options.skip.begin(), r.options.skip.end(), part) != r.options.skip.end();
}

}  // namespace

void check_report_target(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    const fs::path parent = fs::absolute(dir, ec).parent_path();
    if (!fs::is_directory(parent, ec))
      throw UsageError("-o " + dir.string() + ": the folder " + parent.string() + " does not exist");
    return;
  }
  if (!fs::is_directory(dir, ec)) throw UsageError("-o " + dir.string() + " is a file, not a folder");
  bool has_report = false;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !is_report_file(name))
      throw UsageError("-o " + dir.string() + " exists and is not a leadnet report (it holds '" + name +
                       "'); choose another folder, or remove it first");
    if (name == "report.json") {
      std::ifstream in(entry.path());
      std::string head(400, '\0');
      in.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<std::size_t>(in.gcount()));
      has_report = head.find("\"schema\": \"leadnet/analyze/") != std::string::npos;
    }
  }
  if (!fs::is_empty(dir, ec) && !has_report)
    throw UsageError("-o " + dir.string() + " exists and is not a leadnet report (no report.json of schema "
                     "leadnet/analyze); choose another folder, or remove it first");
}

std::vector<std::string> write_analyze_report(const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov,
                                              const fs::path& dir, RunContext& ctx) {
  check_report_target(dir);
  const bool persons = r.options.privacy.person_level;
  std::vector<std::string> files = {"report.json", "index.html"};
  if (persons) files.insert(files.end(), {"people.csv", "leaders.csv"});
  files.insert(files.end(), {"units.csv", "unit_pairs.csv"});
  if (persons) files.push_back("chain_gaps.csv");
  if (persons && !skipped(r, "graphml")) files.push_back("network.graphml");
  if (persons && !skipped(r, "gexf")) files.push_back("network.gexf");

  AtomicDirectory folder(dir);
  std::size_t done = 0;
  const auto write = [&](const std::string& name, const std::function<void(std::ostream&)>& body) {
    if (std::find(files.begin(), files.end(), name) == files.end()) return;
    ctx.check_cancelled();
    ctx.progress("writing " + name, static_cast<double>(done) / static_cast<double>(files.size()));
    const fs::path path = folder.path() / name;
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    body(out);
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string() + " (disk full?)");
    ++done;
  };
  write("report.json", [&](std::ostream& o) { detail::write_report_json(o, g, r, prov, files); });
  write("index.html", [&](std::ostream& o) { detail::write_index_html(o, g, r, prov); });
  write("people.csv", [&](std::ostream& o) { detail::write_people_csv(o, g, r); });
  write("leaders.csv", [&](std::ostream& o) { detail::write_leaders_csv(o, g, r); });
  write("units.csv", [&](std::ostream& o) { detail::write_units_csv(o, g, r); });
  write("unit_pairs.csv", [&](std::ostream& o) { detail::write_unit_pairs_csv(o, g, r); });
  write("chain_gaps.csv", [&](std::ostream& o) { detail::write_chain_gaps_csv(o, g, r); });
  write("network.graphml", [&](std::ostream& o) { write_graphml(g, o, ctx); });
  write("network.gexf", [&](std::ostream& o) { write_gexf(g, detail::graph_export_options(g, r), o, ctx); });
  ctx.check_cancelled();
  folder.commit();
  ctx.progress("writing", 1.0);
  return files;
}

}  // namespace leadnet
