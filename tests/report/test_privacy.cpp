// Minimum-group-size suppression (report/privacy.hpp): primary and secondary suppression on
// small hand-made tables, each case worked out in its comment.

#include <catch2/catch.hpp>

#include "leadnet/report/privacy.hpp"

using leadnet::suppressed_groups;

TEST_CASE("privacy: groups under K are suppressed, empty groups never", "[report][privacy]") {
  // Sizes 10, 4, 0, 7 with K = 5: the 4 is suppressed (primary). Hidden total 4 < 5, so the
  // smallest shown group with people (7) goes too: hidden 11 >= 5. The empty group stays.
  const auto s = suppressed_groups({10, 4, 0, 7}, {}, 5);
  CHECK(s == std::vector<bool>{false, true, false, true});
}

TEST_CASE("privacy: no secondary suppression when the hidden groups already hold K", "[report][privacy]") {
  // 3 + 2 = 5 people hidden: their sum is a figure over 5 people, allowed.
  const auto s = suppressed_groups({3, 2, 9, 12}, {}, 5);
  CHECK(s == std::vector<bool>{true, true, false, false});
}

TEST_CASE("privacy: secondary suppression works per block", "[report][privacy]") {
  // Block 0: sizes 2, 8, 6 -> the 2 is hidden, then the 6 (smallest shown) -> 8 hidden.
  // Block 1: sizes 20, 30 -> nothing hidden. Block 2: sizes 1, 1 -> both hidden (2 < 5 but
  // nothing is left to add: the block's total is then itself a group under K).
  // Whole table: 8 + 2 = 10 hidden, no more.
  const auto s = suppressed_groups({2, 8, 6, 20, 30, 1, 1}, {0, 0, 0, 1, 1, 2, 2}, 5);
  CHECK(s == std::vector<bool>{true, false, true, false, false, true, true});
}

TEST_CASE("privacy: the whole table is checked after its blocks", "[report][privacy]") {
  // Block 0 holds one group of 1 (e.g. the director alone in the root unit): hidden, nothing
  // else in the block. Block 1: 12 and 9, nothing under 5. Over the whole table 1 person is
  // hidden, so the smallest shown group anywhere (9) is suppressed too: 10 hidden.
  const auto s = suppressed_groups({1, 12, 9}, {0, 1, 1}, 5);
  CHECK(s == std::vector<bool>{true, false, true});
}

TEST_CASE("privacy: K of 0 or 1 turns suppression off, ties go to the lowest index", "[report][privacy]") {
  CHECK(suppressed_groups({1, 2, 3}, {}, 0) == std::vector<bool>{false, false, false});
  CHECK(suppressed_groups({1, 2, 3}, {}, 1) == std::vector<bool>{false, false, false});
  // K = 5: the 4 is hidden; the two 6s tie, the first goes.
  CHECK(suppressed_groups({6, 4, 6}, {}, 5) == std::vector<bool>{true, true, false});
  CHECK_THROWS(suppressed_groups({1, 2}, {0}, 5));
}
