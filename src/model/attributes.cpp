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

void AttributeColumn::push_missing() {
  present_.push_back(0);
  ints_.push_back(0);
  reals_.push_back(0.0);
  texts_.push_back({});
}
void AttributeColumn::push_integer(std::int64_t x) {
  present_.push_back(1);
  ints_.push_back(x);
  reals_.push_back(static_cast<double>(x));
  texts_.push_back({});
}
void AttributeColumn::push_real(double x) {
  present_.push_back(1);
  ints_.push_back(0);
  reals_.push_back(x);
  texts_.push_back({});
}
void AttributeColumn::push_boolean(bool x) {
  present_.push_back(1);
  ints_.push_back(x ? 1 : 0);
  reals_.push_back(x ? 1.0 : 0.0);
  texts_.push_back({});
}
void AttributeColumn::push_text(std::string_view s) {
  present_.push_back(1);
  ints_.push_back(0);
  reals_.push_back(0.0);
  texts_.push_back(s);
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

AttributeType infer_attribute_type(const std::vector<std::string_view>& cells, bool decimal_comma) {
  bool all_int = true, all_real = true, all_bool = true, any = false;
  for (std::string_view raw : cells) {
    const std::string_view cell = detail::trim(raw);
    if (cell.empty()) continue;
    any = true;
    // "0800" (a postcode) or "01" must stay text: reading it as a number would lose the zero.
    const std::string_view digits = (cell[0] == '-' || cell[0] == '+') ? cell.substr(1) : cell;
    if (digits.size() > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9') all_int = all_real = false;
    if (all_int && !detail::parse_int64(cell)) all_int = false;
    if (all_real && !detail::parse_real(cell, decimal_comma)) all_real = false;
    if (all_bool && !detail::parse_bool(cell)) all_bool = false;
    if (!all_int && !all_real && !all_bool) return AttributeType::text;
  }
  if (!any) return AttributeType::text;
  if (all_int) return AttributeType::integer;
  if (all_real) return AttributeType::real;
  if (all_bool) return AttributeType::boolean;
  return AttributeType::text;
}

}  // namespace leadnet
