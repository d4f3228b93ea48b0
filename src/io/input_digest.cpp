#include "leadnet/io/input_digest.hpp"

#include <algorithm>

#include "leadnet/core/sha256.hpp"

namespace leadnet {

InputDigest digest_dataset(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const char* name : {"edges.csv", "meta.json", "nodes.csv", "units.csv"})
      if (fs::is_regular_file(path / name, ec)) files.push_back(path / name);
  } else {
    files.push_back(path);
  }
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  });
  InputDigest d;
  std::string listing;
  for (const fs::path& f : files) {
    InputFileDigest fd;
    fd.name = f.filename().string();
    fd.bytes = fs::file_size(f);
    fd.sha256 = to_hex(sha256_file(f));
    listing += fd.sha256 + "  " + fd.name + "\n";
    d.files.push_back(std::move(fd));
  }
  d.sha256 = to_hex(sha256(listing));
  return d;
}

}  // namespace leadnet
