#pragma once
// Reading a dataset in any of the three input forms of DESIGN.md: a folder of CSV files, a JSON
// document, or a GraphML file.

#include <filesystem>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

enum class DatasetFormat { csv_folder, json, graphml };

struct ReadOptions {
  /// Edge type for GraphML edges that carry none (`--default-type`).
  std::string default_type = "communication";
};

/// The form of `path`: a directory is the CSV folder form; otherwise by extension (.json,
/// .graphml or .xml). Throws InputError naming the path when it is none of these or is missing.
DatasetFormat detect_format(const std::filesystem::path& path);

/// Reads any form. Errors are collected in `diags` and thrown together as InputError; warnings
/// stay in `diags` for the caller to show.
OrgGraph read_dataset(const std::filesystem::path& path, const ReadOptions& options, Diagnostics& diags);

/// The CSV folder form: nodes.csv, edges.csv, optional units.csv and meta.json.
OrgGraph read_csv_folder(const std::filesystem::path& folder, const ReadOptions& options, Diagnostics& diags);
/// The JSON document form.
OrgGraph read_json(const std::filesystem::path& file, const ReadOptions& options, Diagnostics& diags);
/// The GraphML form.
OrgGraph read_graphml(const std::filesystem::path& file, const ReadOptions& options, Diagnostics& diags);

}  // namespace leadnet
