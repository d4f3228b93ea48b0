#pragma once
// Where the tests find the repository's data.

#include <filesystem>
#include <string>

namespace leadnet::test {

inline std::filesystem::path source_dir() { return LEADNET_SOURCE_DIR; }
inline std::filesystem::path dataset(const std::string& name) { return source_dir() / "datasets" / name; }
inline std::filesystem::path test_data(const std::string& name) { return source_dir() / "tests" / "data" / name; }

/// A fresh empty folder under the build tree, removed when the object dies.
class TempDir {
 public:
  explicit TempDir(const std::string& tag);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// Writes a text file (creating folders).
void write_file(const std::filesystem::path& path, const std::string& text);
std::string read_file(const std::filesystem::path& path);

}  // namespace leadnet::test
