#include "leadnet/report/privacy.hpp"

#include <map>
#include <stdexcept>

namespace leadnet {

std::vector<bool> suppressed_groups(const std::vector<std::uint64_t>& sizes, const std::vector<std::uint32_t>& blocks,
                                    std::uint32_t min_group_size) {
  if (!blocks.empty() && blocks.size() != sizes.size())
    throw std::invalid_argument("suppressed_groups: one block per group");
  std::vector<bool> out(sizes.size(), false);
  if (min_group_size <= 1) return out;
  const std::uint64_t k = min_group_size;
  std::map<std::uint32_t, std::vector<std::size_t>> members;  // block -> groups, in index order
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    out[i] = sizes[i] > 0 && sizes[i] < k;
    members[blocks.empty() ? 0 : blocks[i]].push_back(i);
  }
  for (const auto& [block, groups] : members) {
    (void)block;
    std::uint64_t hidden = 0;
    for (std::size_t i : groups)
      if (out[i]) hidden += sizes[i];
    while (hidden > 0 && hidden < k) {
      std::size_t pick = sizes.size();
      for (std::size_t i : groups)
        if (!out[i] && sizes[i] > 0 && (pick == sizes.size() || sizes[i] < sizes[pick])) pick = i;
      if (pick == sizes.size()) break;  // everything in the block is suppressed
      out[pick] = true;
      hidden += sizes[pick];
    }
  }
  return out;
}

}  // namespace leadnet
