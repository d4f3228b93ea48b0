#include "support/big_dataset.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "leadnet/core/rng.hpp"

namespace leadnet::test {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kPeople = 100000;
constexpr std::uint64_t kTies = 800000;

void write_dataset(const fs::path& dir) {
  fs::create_directories(dir);
  static const char* const kRoles[] = {"staff", "staff", "staff", "leader", "hr"};
  static const char* const kTypes[] = {"communication", "collaboration", "advice", "sparring", "network"};
  std::FILE* nodes = std::fopen((dir / "nodes.csv").c_str(), "wb");
  std::fputs("id,name,role,unit\n", nodes);
  for (std::uint64_t v = 0; v < kPeople; ++v)
    std::fprintf(nodes, "p%llu,Person Nummer %llu,%s,Forvaltning %llu/Afdeling %llu\n",
                 static_cast<unsigned long long>(v), static_cast<unsigned long long>(v), kRoles[v % 5],
                 static_cast<unsigned long long>(v % 7), static_cast<unsigned long long>(v % 97));
  std::fclose(nodes);
  std::FILE* edges = std::fopen((dir / "edges.csv").c_str(), "wb");
  std::fputs("source,target,type,weight\n", edges);
  Rng rng(7);
  for (std::uint64_t e = 0; e < kTies; ++e) {
    const std::uint64_t s = rng.below(kPeople);
    std::uint64_t t = rng.below(kPeople);
    if (t == s) t = (t + 1) % kPeople;
    std::fprintf(edges, "p%llu,p%llu,%s,%llu\n", static_cast<unsigned long long>(s),
                 static_cast<unsigned long long>(t), kTypes[rng.below(5)],
                 static_cast<unsigned long long>(1 + rng.below(9)));
  }
  std::fclose(edges);
}

}  // namespace

fs::path big_dataset() {
  const fs::path root = fs::path(LEADNET_BINARY_DIR) / "test-data";
  const fs::path dir = root / ("big-" + std::to_string(kPeople) + "-" + std::to_string(kTies));
  if (fs::exists(dir / "edges.csv")) return dir;
  const fs::path mine = root / ("big-writing-" + std::to_string(::getpid()));
  fs::remove_all(mine);
  write_dataset(mine);
  std::error_code ec;
  fs::rename(mine, dir, ec);  // fails when another process got there first: use theirs
  fs::remove_all(mine, ec);
  return dir;
}

}  // namespace leadnet::test
