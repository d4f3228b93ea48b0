#pragma once
// Extra node attributes (any column beyond id, name, role, unit, level): typed columns.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/string_column.hpp"

namespace leadnet {

enum class AttributeType : std::uint8_t { integer, real, boolean, text };

std::string_view attribute_type_name(AttributeType type);

/// One attribute over all nodes. A value may be missing (an empty cell).
class AttributeColumn {
 public:
  AttributeColumn(std::string name, AttributeType type) : name_(std::move(name)), type_(type) {}

  const std::string& name() const { return name_; }
  AttributeType type() const { return type_; }
  std::size_t size() const { return present_.size(); }
  bool has(NodeId v) const { return v < present_.size() && present_[v] != 0; }

  std::int64_t integer(NodeId v) const { return ints_[v]; }
  /// Numeric value of an integer or real attribute.
  double real(NodeId v) const { return type_ == AttributeType::real ? reals_[v] : static_cast<double>(ints_[v]); }
  bool boolean(NodeId v) const { return ints_[v] != 0; }
  std::string_view text(NodeId v) const { return texts_[v]; }
  /// The value written as text (shortest round-trip form for reals, "true"/"false" for booleans);
  /// empty when missing.
  std::string format(NodeId v) const;

  // Appending, in node order (the builder pads missing values).
  void push_missing();
  void push_integer(std::int64_t x);
  void push_real(double x);
  void push_boolean(bool x);
  void push_text(std::string_view s);

  bool operator==(const AttributeColumn& other) const;

 private:
  std::string name_;
  AttributeType type_;
  std::vector<std::uint8_t> present_;
  std::vector<std::int64_t> ints_;  // integer and boolean values
  std::vector<double> reals_;
  StringColumn texts_;
};

/// Infers the narrowest type that holds every non-empty cell: integer, then real, then boolean
/// (true/false, yes/no, ja/nej), else text. `decimal_comma` accepts "1,5" as 1.5.
AttributeType infer_attribute_type(const std::vector<std::string_view>& cells, bool decimal_comma);

}  // namespace leadnet
