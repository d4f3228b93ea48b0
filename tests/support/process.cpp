#include "support/process.hpp"

#include <cstdio>

#include "leadnet/io/reader.hpp"

namespace leadnet::test {

std::string run_command(const std::string& command, int* status) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (p == nullptr) {
    *status = -1;
    return out;
  }
  char buf[4096];
  std::size_t k;
  while ((k = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, k);
  *status = ::pclose(p);
  return out;
}

OrgGraph load_dataset(const std::filesystem::path& path) {
  Diagnostics d;
  return read_dataset(path, {}, d);
}

}  // namespace leadnet::test
