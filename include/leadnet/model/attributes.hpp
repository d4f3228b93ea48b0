#pragma once
// Extra node attributes (any column beyond id, name, role, unit, level): typed columns.

#include <cstdint>
#include <limits>
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

  // Typed access. Each column stores only its own type: integer(), boolean() and real() convert
  // between the numeric types; text() is empty for a non-text column (use format()).
  std::int64_t integer(NodeId v) const {
    if (type_ == AttributeType::real) return static_cast<std::int64_t>(reals_[v]);
    return type_ == AttributeType::text ? 0 : ints_[v];
  }
  /// Numeric value of an integer or real attribute.
  double real(NodeId v) const {
    if (type_ == AttributeType::real) return reals_[v];
    return type_ == AttributeType::text ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(ints_[v]);
  }
  bool boolean(NodeId v) const {
    if (type_ == AttributeType::real) return reals_[v] != 0.0;
    return type_ == AttributeType::text ? false : ints_[v] != 0;
  }
  std::string_view text(NodeId v) const { return type_ == AttributeType::text ? texts_[v] : std::string_view(); }
  /// The value written as text (shortest round-trip form for reals, "true"/"false" for booleans);
  /// empty when missing.
  std::string format(NodeId v) const;

  // Appending, in node order (the builder pads missing values).
  void push_missing();
  void push_integer(std::int64_t x);
  void push_real(double x);
  void push_boolean(bool x);
  void push_text(std::string_view s);
  void reserve(std::size_t n);

  bool operator==(const AttributeColumn& other) const;

 private:
  std::string name_;
  AttributeType type_;
  std::vector<std::uint8_t> present_;
  std::vector<std::int64_t> ints_;  // integer and boolean values
  std::vector<double> reals_;
  StringColumn texts_;
};

/// Infers a column's type one cell at a time (no cells kept): the narrowest type that holds every
/// non-empty cell, as infer_attribute_type() below.
class AttributeTypeInference {
 public:
  explicit AttributeTypeInference(bool decimal_comma) : decimal_comma_(decimal_comma) {}
  void observe(std::string_view cell);
  AttributeType result() const;

 private:
  bool decimal_comma_;
  bool any_ = false, int_ = true, real_ = true, bool_ = true;
};

/// Appends a cell to a typed column (trimmed; empty = missing). Returns false, appending a
/// missing value, when the cell does not hold the column's type.
bool push_typed(AttributeColumn& column, std::string_view raw, bool decimal_comma);

/// Infers the narrowest type that holds every non-empty cell: integer, then real, then boolean
/// (true/false, yes/no, ja/nej), else text. `decimal_comma` accepts "1,5" as 1.5.
AttributeType infer_attribute_type(const std::vector<std::string_view>& cells, bool decimal_comma);

}  // namespace leadnet
