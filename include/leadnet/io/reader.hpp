#pragma once
// Reading a dataset in any of the three input forms of DESIGN.md: a folder of CSV files, a JSON
// document, or a GraphML file.

#include <filesystem>
#include <optional>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/run_context.hpp"
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
///
/// With a RunContext: before anything is read, the memory the graph will take is estimated from
/// the file sizes (and the line length at the start of each file) and compared with what is
/// available (leadnet/core/memory.hpp); too much, or more people than 32-bit ids can number,
/// throws LimitError with the numbers. Reading checks ctx.check_cancelled() every 65,536 rows and
/// reports progress. Without one, the defaults apply (the machine's memory, no cancellation).
OrgGraph read_dataset(const std::filesystem::path& path, const ReadOptions& options, Diagnostics& diags,
                      const RunContext& ctx);
OrgGraph read_dataset(const std::filesystem::path& path, const ReadOptions& options, Diagnostics& diags);

/// The CSV folder form: nodes.csv, edges.csv, optional units.csv and meta.json.
OrgGraph read_csv_folder(const std::filesystem::path& folder, const ReadOptions& options, Diagnostics& diags,
                         const RunContext& ctx);
OrgGraph read_csv_folder(const std::filesystem::path& folder, const ReadOptions& options, Diagnostics& diags);
/// The JSON document form.
OrgGraph read_json(const std::filesystem::path& file, const ReadOptions& options, Diagnostics& diags,
                   const RunContext& ctx);
OrgGraph read_json(const std::filesystem::path& file, const ReadOptions& options, Diagnostics& diags);
/// The GraphML form.
OrgGraph read_graphml(const std::filesystem::path& file, const ReadOptions& options, Diagnostics& diags,
                      const RunContext& ctx);
OrgGraph read_graphml(const std::filesystem::path& file, const ReadOptions& options, Diagnostics& diags);

/// The files of the CSV folder form, held in memory; an empty optional is a file that is absent.
struct CsvFolderText {
  std::optional<std::string> nodes, edges, units, meta;
};

/// The same readers on text in memory (tests, fuzzing, callers that received the data over a
/// network). `name` stands for the folder or file in messages ("<name>/edges.csv:3:7: ...").
/// The text is checked exactly as a file's would be (BOM, UTF-16, UTF-8, NUL bytes).
OrgGraph read_csv_folder_text(const CsvFolderText& files, const std::string& name, const ReadOptions& options,
                              Diagnostics& diags, const RunContext& ctx);
OrgGraph read_json_text(std::string text, const std::string& name, const ReadOptions& options, Diagnostics& diags,
                        const RunContext& ctx);
OrgGraph read_graphml_text(std::string text, const std::string& name, const ReadOptions& options,
                           Diagnostics& diags, const RunContext& ctx);

}  // namespace leadnet
