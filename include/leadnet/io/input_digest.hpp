#pragma once
// The checksum a report records of its input, so that a reader of the report can check that a
// dataset is the one it was made from.
//
// Definition: SHA-256 of each file the reader reads (a dataset folder: edges.csv, meta.json,
// nodes.csv and units.csv, those present; a .json or .graphml dataset: that file), and a
// combined digest = SHA-256 of the text `sha256sum` prints for those files in name order, one
// line "<hex digest><two spaces><file name>\n" per file. It can be checked without leadnet:
//   cd DATA && sha256sum edges.csv meta.json nodes.csv units.csv | sha256sum
// (for a folder, listing the files present in that order; for a single file: `sha256sum FILE`
// from its folder, piped the same way).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace leadnet {

struct InputFileDigest {
  std::string name;  // file name, without folders
  std::uint64_t bytes = 0;
  std::string sha256;  // lower-case hex
};

struct InputDigest {
  std::string sha256;  // the combined digest (see above)
  std::vector<InputFileDigest> files;  // by name
};

/// Throws std::runtime_error naming a file that cannot be read.
InputDigest digest_dataset(const std::filesystem::path& path);

}  // namespace leadnet
