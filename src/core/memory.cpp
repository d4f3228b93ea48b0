#include "leadnet/core/memory.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <string>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet {

namespace {

constexpr std::uint64_t kUnknown = std::numeric_limits<std::uint64_t>::max();

/// A "Key:   123 kB" line of /proc/meminfo, in bytes.
std::optional<std::uint64_t> meminfo_field(std::string_view key) {
  std::ifstream in("/proc/meminfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, key.size(), key) != 0 || line.size() <= key.size() || line[key.size()] != ':') continue;
    unsigned long long kb = 0;
    if (std::sscanf(line.c_str() + key.size() + 1, "%llu", &kb) == 1) return static_cast<std::uint64_t>(kb) * 1024;
  }
  return std::nullopt;
}

/// First number in a one-line file such as /sys/fs/cgroup/memory.max ("max" gives nullopt).
std::optional<std::uint64_t> number_file(const char* path) {
  std::ifstream in(path);
  std::string word;
  if (!(in >> word) || word.empty() || word[0] < '0' || word[0] > '9') return std::nullopt;
  try {
    return static_cast<std::uint64_t>(std::stoull(word));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

/// The cgroup's limit minus its usage: inside a container, MemAvailable shows the host's memory
/// while the kernel kills at the container's limit. v1 reports "no limit" as a huge number.
std::optional<std::uint64_t> cgroup_headroom() {
  std::optional<std::uint64_t> limit = number_file("/sys/fs/cgroup/memory.max");
  std::optional<std::uint64_t> usage = number_file("/sys/fs/cgroup/memory.current");
  if (!limit) {
    limit = number_file("/sys/fs/cgroup/memory/memory.limit_in_bytes");
    usage = number_file("/sys/fs/cgroup/memory/memory.usage_in_bytes");
  }
  if (!limit || *limit >= (std::uint64_t{1} << 60)) return std::nullopt;
  const std::uint64_t used = usage.value_or(0);
  return used >= *limit ? 0 : *limit - used;
}

}  // namespace

MemoryBudget available_memory(const RunContext& ctx) {
  MemoryBudget b{kUnknown, "nothing (the available memory could not be read)"};
  if (const auto avail = meminfo_field("MemAvailable")) b = {*avail, "MemAvailable in /proc/meminfo"};
  if (const auto room = cgroup_headroom(); room && *room < b.bytes) b = {*room, "the cgroup memory limit"};
  if (ctx.memory_limit > 0 && ctx.memory_limit < b.bytes)
    b = {ctx.memory_limit, "the memory limit set for this run (LEADNET_MEMORY_LIMIT)"};
  return b;
}

void require_memory(const RunContext& ctx, std::uint64_t bytes, std::string_view what) {
  const MemoryBudget b = available_memory(ctx);
  if (bytes <= b.bytes) return;
  throw LimitError(std::string(what) + " needs about " + format_bytes(bytes) + " of memory, but " +
                   format_bytes(b.bytes) + " is available (" + b.source +
                   "); use a machine with more memory or a smaller input");
}

std::string format_bytes(std::uint64_t bytes) {
  static const char* const kUnits[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double x = static_cast<double>(bytes) / 1024.0;
  std::size_t u = 0;
  while (x >= 1024.0 && u + 1 < std::size(kUnits)) {
    x /= 1024.0;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, x < 10.0 ? "%.1f %s" : "%.0f %s", x, kUnits[u]);
  return buf;
}

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::size_t digits = 0;
  while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.')) ++digits;
  if (digits == 0 || digits > 30) return std::nullopt;
  const std::string number(text.substr(0, digits));
  if (number.find('.') != number.rfind('.') || number == ".") return std::nullopt;
  std::string_view unit = text.substr(digits);
  while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
  double scale = 1.0;
  if (!unit.empty()) {
    const char u = static_cast<char>(unit.front() | 0x20);
    const std::string_view rest = unit.substr(1);
    if (u == 'b' && rest.empty()) {
      scale = 1.0;
    } else {
      const std::string_view kUnitLetters = "kmgt";
      const std::size_t power = kUnitLetters.find(u);
      if (power == std::string_view::npos) return std::nullopt;
      if (!(rest.empty() || rest == "b" || rest == "B" || rest == "ib" || rest == "iB")) return std::nullopt;
      scale = std::pow(1024.0, static_cast<double>(power + 1));
    }
  }
  const double value = std::stod(number) * scale;
  if (!std::isfinite(value) || value < 1.0 || value >= 1.8e19) return std::nullopt;
  return static_cast<std::uint64_t>(value);
}

}  // namespace leadnet
