#include "leadnet/io/reader.hpp"

#include <algorithm>

#include "model/text_detail.hpp"

namespace leadnet {

namespace fs = std::filesystem;

DatasetFormat detect_format(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    throw InputError(path.string(), 0, 0, "no such file or folder");
  if (fs::is_directory(status)) return DatasetFormat::csv_folder;
  std::string ext = detail::fold_key(path.extension().string());
  if (ext == ".json") return DatasetFormat::json;
  if (ext == ".graphml" || ext == ".xml") return DatasetFormat::graphml;
  throw InputError(path.string(), 0, 0,
                   "unknown dataset form: give a folder with nodes.csv and edges.csv, a .json file or a .graphml file");
}

OrgGraph read_dataset(const fs::path& path, const ReadOptions& options, Diagnostics& diags, const RunContext& ctx) {
  switch (detect_format(path)) {
    case DatasetFormat::csv_folder: return read_csv_folder(path, options, diags, ctx);
    case DatasetFormat::json: return read_json(path, options, diags, ctx);
    case DatasetFormat::graphml: return read_graphml(path, options, diags, ctx);
  }
  throw InputError(path.string(), 0, 0, "unknown dataset form");
}

OrgGraph read_dataset(const fs::path& path, const ReadOptions& options, Diagnostics& diags) {
  return read_dataset(path, options, diags, RunContext{});
}

OrgGraph read_csv_folder(const fs::path& folder, const ReadOptions& options, Diagnostics& diags) {
  return read_csv_folder(folder, options, diags, RunContext{});
}

OrgGraph read_json(const fs::path& file, const ReadOptions& options, Diagnostics& diags) {
  return read_json(file, options, diags, RunContext{});
}

OrgGraph read_graphml(const fs::path& file, const ReadOptions& options, Diagnostics& diags) {
  return read_graphml(file, options, diags, RunContext{});
}

}  // namespace leadnet
