#pragma once
// Strict number and boolean parsing for input files (private to the library).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace leadnet::detail {

/// A whole number: optional sign, digits only. No spaces inside, no exponent, no decimals.
std::optional<std::int64_t> parse_int64(std::string_view s);
/// A finite real: "1.5", "-2", "3e4"; with `decimal_comma` also "1,5". Rejects "1.000,5",
/// "nan", "inf", hex and trailing garbage.
std::optional<double> parse_real(std::string_view s, bool decimal_comma);
/// true/false, yes/no, ja/nej, 1/0 (case-insensitive).
std::optional<bool> parse_bool(std::string_view s);
/// Shortest text that reads back as the same double ("1", "0.1", "2.5e-07").
std::string format_double(double x);

}  // namespace leadnet::detail
