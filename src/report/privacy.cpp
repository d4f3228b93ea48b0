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
  // While the suppressed groups of `groups` hold 1..k-1 people, suppress the smallest shown one.
  const auto complete = [&](const std::vector<std::size_t>& groups) {
    std::uint64_t hidden = 0;
    for (std::size_t i : groups)
      if (out[i]) hidden += sizes[i];
    while (hidden > 0 && hidden < k) {
      std::size_t pick = sizes.size();
      for (std::size_t i : groups)
        if (!out[i] && sizes[i] > 0 && (pick == sizes.size() || sizes[i] < sizes[pick])) pick = i;
      if (pick == sizes.size()) break;  // everything is suppressed: the total is itself under k
      out[pick] = true;
      hidden += sizes[pick];
    }
  };
  for (const auto& [block, groups] : members) {
    (void)block;
    complete(groups);
  }
  if (members.size() > 1) {
    std::vector<std::size_t> all(sizes.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    complete(all);
  }
  return out;
}

}  // namespace leadnet
