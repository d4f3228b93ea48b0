#include "leadnet/model/attributes.hpp"

#include <charconv>
#include <cmath>

#include "io/number_parse.hpp"
#include "model/text_detail.hpp"

namespace leadnet {

std::string_view attribute_type_name(AttributeType type) {
  switch (type) {
    case AttributeType::integer: return "integer";
    case AttributeType::real: return "real";
    case AttributeType::boolean: return "boolean";
    case AttributeType::text: return "text";
  }
  return "text";
}

std::string AttributeColumn::format(NodeId v) const {
  if (!has(v)) return {};
  switch (type_) {
    case AttributeType::integer: return std::to_string(ints_[v]);
    case AttributeType::real: return detail::format_double(reals_[v]);
    case AttributeType::boolean: return ints_[v] != 0 ? "true" : "false";
    case AttributeType::text: return std::string(texts_[v]);
  }
  return {};
}

// Only the vector of the column's own type grows: integers and booleans in ints_, reals in
// reals_, text in texts_ (a national dataset has millions of cells per column).
void AttributeColumn::push_missing() {
  present_.push_back(0);
  switch (type_) {
    case AttributeType::integer:
    case AttributeType::boolean: ints_.push_back(0); break;
    case AttributeType::real: reals_.push_back(0.0); break;
    case AttributeType::text: texts_.push_back({}); break;
  }
}
void AttributeColumn::push_integer(std::int64_t x) {
  present_.push_back(1);
  if (type_ == AttributeType::real) reals_.push_back(static_cast<double>(x));
  else ints_.push_back(x);
}
void AttributeColumn::push_real(double x) {
  present_.push_back(1);
  reals_.push_back(x);
}
void AttributeColumn::push_boolean(bool x) {
  present_.push_back(1);
  ints_.push_back(x ? 1 : 0);
}
void AttributeColumn::push_text(std::string_view s) {
  present_.push_back(1);
  texts_.push_back(s);
}
void AttributeColumn::reserve(std::size_t n) {
  present_.reserve(n);
  switch (type_) {
    case AttributeType::integer:
    case AttributeType::boolean: ints_.reserve(n); break;
    case AttributeType::real: reals_.reserve(n); break;
    case AttributeType::text: break;
  }
}

bool AttributeColumn::operator==(const AttributeColumn& other) const {
  if (name_ != other.name_ || type_ != other.type_ || size() != other.size()) return false;
  for (NodeId v = 0; v < size(); ++v) {
    if (has(v) != other.has(v)) return false;
    if (!has(v)) continue;
    switch (type_) {
      case AttributeType::integer:
      case AttributeType::boolean:
        if (ints_[v] != other.ints_[v]) return false;
        break;
      case AttributeType::real:
        if (reals_[v] != other.reals_[v]) return false;
        break;
      case AttributeType::text:
        if (texts_[v] != other.texts_[v]) return false;
        break;
    }
  }
  return true;
}

void AttributeTypeInference::observe(std::string_view raw) {
  const std::string_view cell = detail::trim(raw);
  if (cell.empty() || (!int_ && !real_ && !bool_)) return;
  any_ = true;
  // "0800" (a postcode) or "01" must stay text: reading it as a number would lose the zero.
  const std::string_view digits = (cell[0] == '-' || cell[0] == '+') ? cell.substr(1) : cell;
  if (digits.size() > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9') int_ = real_ = false;
  if (int_ && !detail::parse_int64(cell)) int_ = false;
  if (real_ && !detail::parse_real(cell, decimal_comma_)) real_ = false;
  if (bool_ && !detail::parse_bool(cell)) bool_ = false;
}

AttributeType AttributeTypeInference::result() const {
  if (!any_) return AttributeType::text;
  if (int_) return AttributeType::integer;
  if (real_) return AttributeType::real;
  if (bool_) return AttributeType::boolean;
  return AttributeType::text;
}

AttributeType infer_attribute_type(const std::vector<std::string_view>& cells, bool decimal_comma) {
  AttributeTypeInference inference(decimal_comma);
  for (std::string_view cell : cells) inference.observe(cell);
  return inference.result();
}

bool push_typed(AttributeColumn& column, std::string_view raw, bool decimal_comma) {
  const std::string_view t = detail::trim(raw);
  if (t.empty()) {
    column.push_missing();
    return true;
  }
  switch (column.type()) {
    case AttributeType::integer:
      if (const auto x = detail::parse_int64(t)) {
        column.push_integer(*x);
        return true;
      }
      break;
    case AttributeType::real:
      if (const auto x = detail::parse_real(t, decimal_comma)) {
        column.push_real(*x);
        return true;
      }
      break;
    case AttributeType::boolean:
      if (const auto x = detail::parse_bool(t)) {
        column.push_boolean(*x);
        return true;
      }
      break;
    case AttributeType::text: column.push_text(raw); return true;
  }
  column.push_missing();
  return false;
}

}  // namespace leadnet
