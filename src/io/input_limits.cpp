#include "io/input_limits.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/ids.hpp"
#include "leadnet/core/memory.hpp"

namespace leadnet::detail {

namespace {

std::string approx_count(std::uint64_t n) {
  char buf[64];
  const auto x = static_cast<double>(n);
  if (x >= 1e9) {
    std::snprintf(buf, sizeof buf, "%.1f billion", x / 1e9);
  } else if (x >= 1e6) {
    std::snprintf(buf, sizeof buf, "%.1f million", x / 1e6);
  } else {
    std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(n));
  }
  return buf;
}

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }
std::uint64_t saturating_mul(std::uint64_t a, std::uint64_t b) {
  return (b != 0 && a > UINT64_MAX / b) ? UINT64_MAX : a * b;
}

}  // namespace

std::string file_head(const std::filesystem::path& path) {
  std::string head(kSampleBytes, '\0');
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return {};
  const std::size_t got = std::fread(head.data(), 1, head.size(), f);
  std::fclose(f);
  head.resize(got);
  return head;
}

std::uint64_t estimate_records(std::uint64_t size, std::string_view head, char unit) {
  if (size == 0 || head.empty()) return 0;
  const auto in_head = static_cast<std::uint64_t>(std::count(head.begin(), head.end(), unit));
  if (head.size() >= size) return in_head + (unit == '\n' && head.back() != '\n' ? 1 : 0);
  // A head without a single record boundary: at least one record per head's length.
  const double per_byte = static_cast<double>(std::max<std::uint64_t>(in_head, 1)) / static_cast<double>(head.size());
  const double records = std::ceil(per_byte * static_cast<double>(size));
  return records >= 1.8e19 ? UINT64_MAX : static_cast<std::uint64_t>(records);
}

void check_input_fits(const InputEstimate& e, const RunContext& ctx) {
  if (e.nodes > kMaxNodes)
    throw LimitError(e.what + " holds about " + approx_count(e.nodes) +
                     " people (estimated from its size), but leadnet numbers people with 32-bit ids: at most " +
                     "4,294,967,294");
  std::uint64_t bytes = e.text_bytes;
  bytes = saturating_add(bytes, saturating_mul(e.nodes, kBytesPerNode));
  bytes = saturating_add(bytes, saturating_mul(e.ties, kBytesPerTie));
  bytes = saturating_add(bytes, e.extra_bytes);
  std::string parts;
  if (e.text_bytes > 0) parts += format_bytes(e.text_bytes) + " of text, ";
  if (e.nodes > 0) parts += "about " + approx_count(e.nodes) + " people and ";
  parts += (e.nodes > 0 ? "" : "about ") + approx_count(e.ties) + " " + e.ties_word;
  require_memory(ctx, bytes, "reading " + e.what + " (" + parts + ")");
}

}  // namespace leadnet::detail
