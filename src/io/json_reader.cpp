// The JSON form (DESIGN.md, "Input"): one object
//   {"meta": {...}, "units": [{"id", "name", "parent", "kind"}],
//    "nodes": [{"id", "role", "name", "unit", "level", "attributes": {...}}],
//    "edges": [{"source", "target", "type", "weight", "directed"}]}
//
// nlohmann's DOM keeps no positions, so the text is read with its SAX interface through an
// iterator that counts the bytes the lexer has taken: every value is located by line and column.
// Entries go to the GraphBuilder as soon as what they depend on has been read (units before
// nodes, nodes and meta before edges: the order leadnet writes); otherwise they wait until the
// end of the document.
//
// Attribute types come from JSON types: integer, real (integers mixed with reals make a real
// column), boolean, string; null (or a string of spaces) is missing. Any other mix is read as text,
// with a warning. meta's "attribute_types" fixes the type and order of columns, as in the CSV form.
// ids (and unit references) may be strings or whole numbers; a number becomes its decimal text.

#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/input_limits.hpp"
#include "io/json_loader_detail.hpp"
#include "io/meta_json.hpp"
#include "io/number_parse.hpp"
#include "io/text_input.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/graph_builder.hpp"
#include "model/text_detail.hpp"

namespace leadnet {

namespace {

namespace fs = std::filesystem;
using namespace detail::json_input;  // NOLINT(google-build-using-namespace): the reader's own parts

/// Hands the text to nlohmann's lexer one byte at a time and counts the bytes taken.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* p, std::size_t* consumed) : p_(p), consumed_(consumed) {}
  reference operator*() const { return *p_; }
  CountingIterator& operator++() {
    ++p_;
    ++*consumed_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& other) const { return p_ == other.p_; }
  bool operator!=(const CountingIterator& other) const { return p_ != other.p_; }

 private:
  const char* p_;
  std::size_t* consumed_;
};

/// nlohmann SAX handler: walks the document, checks its shape, locates every value, and hands
/// complete entries to the Loader.
class Handler {
 public:
  Handler(std::string_view text, const std::string& file, const std::size_t* consumed, Loader& loader,
          Diagnostics& diags)
      : text_(text), file_(file), consumed_(consumed), cursor_(text), loader_(loader), diags_(diags) {}

  bool failed() const { return failed_; }
  bool seen(Section s) const { return seen_[static_cast<std::size_t>(s)]; }

  // --- nlohmann's SAX interface ---------------------------------------------------------
  bool null() { return scalar(make(Value::Kind::null)); }
  bool boolean(bool b) {
    Value v = make(Value::Kind::boolean);
    v.b = b;
    return scalar(std::move(v));
  }
  bool number_integer(std::int64_t x) {
    Value v = make(Value::Kind::integer);
    v.i = x;
    return scalar(std::move(v));
  }
  bool number_unsigned(std::uint64_t x) {
    if (x <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return number_integer(static_cast<std::int64_t>(x));
    Value v = make(Value::Kind::big_integer);
    v.d = static_cast<double>(x);
    v.s = std::to_string(x);
    return scalar(std::move(v));
  }
  bool number_float(double x, const std::string& /*text*/) {
    Value v = make(Value::Kind::real);
    v.d = x;
    return scalar(std::move(v));
  }
  bool string(std::string& s) {
    Value v = make(Value::Kind::string);
    v.s = std::move(s);
    return scalar(std::move(v));
  }
  bool binary(nlohmann::json::binary_t& /*unused*/) { return true; }  // JSON text has none
  bool start_object(std::size_t /*unused*/) { return open(true); }
  bool start_array(std::size_t /*unused*/) { return open(false); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k);
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::json::exception& ex) {
    detail::report_json_error(ex, position, text_, file_, diags_);
    failed_ = true;
    return false;
  }

 private:
  enum class State : std::uint8_t { document, top, section, entry, attributes, done };

  /// Offset where the value or key that the lexer has just read starts: after the previous
  /// token, past white space and the ',' or ':' between them.
  std::size_t token_start() const {
    std::size_t i = prev_end_;
    while (i < text_.size()) {
      const char c = text_[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':') break;
      ++i;
    }
    return i;
  }

  Value make(Value::Kind kind) {
    Value v;
    v.kind = kind;
    if (skip_ == 0) cursor_.locate(token_start(), v.line, v.column);
    prev_end_ = *consumed_;
    return v;
  }

  void error_at(std::size_t line, std::size_t column, const std::string& msg) {
    diags_.error(file_, line, column, msg);
  }

  std::string entry_word() const {
    return section_ == Section::units ? "unit" : section_ == Section::nodes ? "node" : "edge";
  }

  /// The slot for key `k` of the current entry; nullptr for an unknown key.
  Value* slot(std::string_view k) {
    switch (section_) {
      case Section::units:
        if (k == "id") return &unit_.id;
        if (k == "name") return &unit_.name;
        if (k == "parent") return &unit_.parent;
        if (k == "kind") return &unit_.kind;
        break;
      case Section::nodes:
        if (k == "id") return &node_.id;
        if (k == "role") return &node_.role;
        if (k == "name") return &node_.name;
        if (k == "unit") return &node_.unit;
        if (k == "level") return &node_.level;
        break;
      case Section::edges:
        if (k == "source") return &edge_.source;
        if (k == "target") return &edge_.target;
        if (k == "type") return &edge_.type;
        if (k == "weight") return &edge_.weight;
        if (k == "directed") return &edge_.directed;
        break;
      default:
        break;
    }
    return nullptr;
  }

  /// A fresh entry of the current section (only that one: the others are not in use).
  void start_entry(std::size_t line, std::size_t column) {
    switch (section_) {
      case Section::units:
        unit_ = UnitEntry{};
        unit_.line = line;
        unit_.column = column;
        break;
      case Section::nodes:
        node_ = NodeEntry{};
        node_.line = line;
        node_.column = column;
        break;
      default:
        edge_ = EdgeEntry{};
        edge_.line = line;
        edge_.column = column;
        break;
    }
  }

  bool scalar(Value v);
  bool open(bool is_object);
  bool close();
  void meta_insert(ojson value, bool container);

  std::string_view text_;
  const std::string& file_;
  const std::size_t* consumed_;
  detail::TextCursor cursor_;
  Loader& loader_;
  Diagnostics& diags_;

  std::size_t prev_end_ = 0;
  State state_ = State::document;
  Section section_ = Section::unknown;
  bool seen_[5] = {false, false, false, false, false};
  std::size_t skip_ = 0;      // depth inside a value being skipped
  bool ignore_next_ = false;  // the next value (scalar or container) is skipped
  bool failed_ = false;

  // Entries being read.
  UnitEntry unit_;
  NodeEntry node_;
  EdgeEntry edge_;
  Value* slot_ = nullptr;
  bool attributes_key_ = false;
  std::string attribute_key_;
  std::unordered_set<std::string> warned_keys_;

  // The meta object, built as a DOM.
  ojson meta_;
  std::vector<ojson*> meta_stack_;
  std::string meta_key_;
};

bool Handler::key(std::string& k) {
  std::size_t line = 0, column = 0;
  const std::size_t at = token_start();
  prev_end_ = *consumed_;
  if (skip_ > 0) return true;
  if (!meta_stack_.empty()) {
    meta_key_ = std::move(k);
    return true;
  }
  switch (state_) {
    case State::top: {
      section_ = k == "meta"    ? Section::meta
                 : k == "units" ? Section::units
                 : k == "nodes" ? Section::nodes
                 : k == "edges" ? Section::edges
                                : Section::unknown;
      if (section_ == Section::unknown) {
        cursor_.locate(at, line, column);
        diags_.warning(file_, line, column,
                       "unknown key '" + k + "' is ignored (a dataset has \"meta\", \"units\", \"nodes\", \"edges\")");
        ignore_next_ = true;
      } else if (seen(section_)) {
        cursor_.locate(at, line, column);
        error_at(line, column, "\"" + k + "\" appears twice");
        ignore_next_ = true;
      }
      seen_[static_cast<std::size_t>(section_)] = true;
      return true;
    }
    case State::entry: {
      attributes_key_ = section_ == Section::nodes && k == "attributes";
      slot_ = attributes_key_ ? nullptr : slot(k);
      const bool twice =
          attributes_key_ ? node_.has_attributes : (slot_ != nullptr && slot_->kind != Value::Kind::absent);
      if (twice) {
        cursor_.locate(at, line, column);
        error_at(line, column, "\"" + k + "\" appears twice in this " + entry_word());
        ignore_next_ = true;
        attributes_key_ = false;
      } else if (!attributes_key_ && slot_ == nullptr) {
        if (warned_keys_.insert(std::string(section_name(section_)) + "/" + k).second) {
          cursor_.locate(at, line, column);
          diags_.warning(file_, line, column,
                         "unknown key '" + k + "' in " + std::string(section_name(section_)) + " is ignored" +
                             (section_ == Section::nodes ? " (put extra fields in \"attributes\")" : ""));
        }
        ignore_next_ = true;
      }
      node_.has_attributes |= attributes_key_;
      return true;
    }
    case State::attributes: {
      for (const auto& [name, value] : node_.attributes)
        if (name == k) {
          cursor_.locate(at, line, column);
          error_at(line, column, "attribute '" + k + "' appears twice in this node");
          ignore_next_ = true;
          return true;
        }
      attribute_key_ = std::move(k);
      return true;
    }
    default:
      return true;
  }
}

bool Handler::scalar(Value v) {
  if (skip_ > 0) return true;
  if (ignore_next_) {
    ignore_next_ = false;
    return true;
  }
  if (!meta_stack_.empty()) {
    ojson j;
    switch (v.kind) {
      case Value::Kind::boolean:
        j = v.b;
        break;
      case Value::Kind::integer:
        j = v.i;
        break;
      case Value::Kind::big_integer:
        j = std::stoull(v.s);
        break;
      case Value::Kind::real:
        j = v.d;
        break;
      case Value::Kind::string:
        j = std::move(v.s);
        break;
      default:
        break;  // null
    }
    meta_insert(std::move(j), false);
    return true;
  }
  switch (state_) {
    case State::document:
      error_at(v.line, v.column,
               "a leadnet JSON dataset is an object: {\"meta\": {...}, \"units\": [...], \"nodes\": [...], "
               "\"edges\": [...]}");
      return false;
    case State::top:
      error_at(v.line, v.column,
               "\"" + std::string(section_name(section_)) + "\" must be " +
                   (section_ == Section::meta ? "an object" : "a list [...]") + ", not " + shown(v));
      return true;
    case State::section:
      error_at(
          v.line, v.column,
          "each entry of \"" + std::string(section_name(section_)) + "\" must be an object {...}, not " + shown(v));
      return true;
    case State::entry:
      if (attributes_key_) {
        if (v.given()) error_at(v.line, v.column, "\"attributes\" must be an object {\"name\": value, ...}");
        attributes_key_ = false;
      } else if (slot_ != nullptr) {
        *slot_ = std::move(v);
      }
      return true;
    case State::attributes:
      node_.attributes.emplace_back(std::move(attribute_key_), std::move(v));
      return true;
    case State::done:
      return true;
  }
  return true;
}

void Handler::meta_insert(ojson value, bool container) {
  ojson& parent = *meta_stack_.back();
  ojson* slot = nullptr;
  if (parent.is_array()) {
    parent.push_back(std::move(value));
    slot = &parent.back();
  } else {
    slot = &(parent[meta_key_] = std::move(value));
  }
  if (container) meta_stack_.push_back(slot);
}

bool Handler::open(bool is_object) {
  if (skip_ > 0) {
    ++skip_;
    prev_end_ = *consumed_;
    return true;
  }
  Value where = make(Value::Kind::compound);
  if (ignore_next_) {
    ignore_next_ = false;
    skip_ = 1;
    return true;
  }
  if (!meta_stack_.empty()) {
    if (meta_stack_.size() >= detail::kMaxMetaDepth) {
      error_at(where.line, where.column,
               "\"meta\" is nested more than " + std::to_string(detail::kMaxMetaDepth) +
                   " levels deep; leadnet does not read that");
      skip_ = 1;
      return true;
    }
    meta_insert(is_object ? ojson::object() : ojson::array(), true);
    return true;
  }
  const std::string what = is_object ? "an object" : "a list";
  switch (state_) {
    case State::document:
      if (!is_object) {
        error_at(where.line, where.column,
                 "a leadnet JSON dataset is an object: {\"meta\": {...}, \"units\": [...], \"nodes\": [...], "
                 "\"edges\": [...]}, not a list");
        return false;
      }
      state_ = State::top;
      return true;
    case State::top:
      if (section_ == Section::meta) {
        if (!is_object) {
          error_at(where.line, where.column, "\"meta\" must be an object, not a list");
          skip_ = 1;
          return true;
        }
        meta_ = ojson::object();
        meta_stack_.push_back(&meta_);
        return true;
      }
      if (is_object) {
        error_at(where.line, where.column, "\"" + std::string(section_name(section_)) + "\" must be a list [...]");
        skip_ = 1;
        return true;
      }
      state_ = State::section;
      return true;
    case State::section:
      if (!is_object) {
        error_at(where.line, where.column,
                 "each entry of \"" + std::string(section_name(section_)) + "\" must be an object {...}, not a list");
        skip_ = 1;
        return true;
      }
      state_ = State::entry;
      start_entry(where.line, where.column);
      return true;
    case State::entry:
      if (attributes_key_ && is_object) {
        state_ = State::attributes;
        attributes_key_ = false;
        return true;
      }
      if (attributes_key_) {
        error_at(where.line, where.column, "\"attributes\" must be an object {\"name\": value, ...}, not a list");
        attributes_key_ = false;
      } else if (slot_ != nullptr) {
        error_at(where.line, where.column, "this value must be a string, a number, true/false or null, not " + what);
        *slot_ = where;
      }
      skip_ = 1;
      return true;
    case State::attributes:
      error_at(where.line, where.column,
               "attribute '" + attribute_key_ + "' must be a number, a string, true/false or null, not " + what);
      skip_ = 1;
      return true;
    case State::done:
      skip_ = 1;
      return true;
  }
  return true;
}

bool Handler::close() {
  prev_end_ = *consumed_;
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  if (!meta_stack_.empty()) {
    meta_stack_.pop_back();
    if (meta_stack_.empty()) loader_.on_meta(meta_);
    return true;
  }
  switch (state_) {
    case State::top:
      state_ = State::done;
      return true;
    case State::section:
      state_ = State::top;
      loader_.on_section_done(section_);
      return true;
    case State::entry:
      state_ = State::section;
      loader_.tick(*consumed_);
      if (section_ == Section::units) loader_.on_unit(unit_);
      if (section_ == Section::nodes) loader_.on_node(std::move(node_));
      if (section_ == Section::edges) loader_.on_edge(std::move(edge_));
      return true;
    case State::attributes:
      state_ = State::entry;
      return true;
    default:
      return true;
  }
}

/// Reads the JSON form from text already decoded.
OrgGraph read_json_decoded(const detail::TextFile& text, Diagnostics& diags, const RunContext& ctx) {
  const std::string& display = text.display_name;
  GraphBuilder builder(diags);
  Loader loader(text.bytes, display, builder, diags, ctx);
  std::size_t consumed = 0;
  Handler handler(text.bytes, display, &consumed, loader, diags);
  const char* begin = text.bytes.data();
  const bool ok = nlohmann::json::sax_parse(CountingIterator(begin, &consumed),
                                            CountingIterator(begin + text.bytes.size(), &consumed), &handler);
  if (ok && !handler.failed()) {
    if (!handler.seen(Section::nodes))
      diags.error(display, 1, 1,
                  "the dataset has no \"nodes\" list (see DESIGN: {\"nodes\": [...], \"edges\": [...]})");
    if (!handler.seen(Section::edges))
      diags.error(display, 1, 1, "the dataset has no \"edges\" list (write \"edges\": [] for people without ties)");
    loader.finish();
  }
  diags.throw_if_errors();
  return builder.build(ctx);
}

/// Entries (units, people, ties) in a JSON text, counted as '{' (an over-estimate: attribute
/// objects count too). Each costs what a person or a tie costs in the graph, and entries that
/// wait for what they depend on (edges before nodes) are held as parsed values meanwhile.
detail::InputEstimate estimate_json(const std::string& what, std::uint64_t size, std::string_view head) {
  const std::uint64_t entries = detail::estimate_records(size, head, '{');
  detail::InputEstimate e{what, size, 0, entries, entries * detail::kBytesPerNode};
  e.ties_word = "entries";
  return e;
}

}  // namespace

OrgGraph read_json(const fs::path& file, const ReadOptions& /*options*/, Diagnostics& diags, const RunContext& ctx) {
  const std::string display = file.string();
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    const std::uint64_t size = fs::file_size(file, ec);
    if (!ec) detail::check_input_fits(estimate_json(display, size, detail::file_head(file)), ctx);
  }
  detail::TextFile text;
  if (!detail::read_text_file(file, display, text, diags)) diags.throw_if_errors();
  return read_json_decoded(text, diags, ctx);
}

OrgGraph read_json_text(std::string bytes, const std::string& name, const ReadOptions& /*options*/, Diagnostics& diags,
                        const RunContext& ctx) {
  detail::check_input_fits(estimate_json(name, bytes.size(), std::string_view(bytes).substr(0, detail::kSampleBytes)),
                           ctx);
  detail::TextFile text;
  if (!detail::decode_text(std::move(bytes), name, text, diags)) diags.throw_if_errors();
  return read_json_decoded(text, diags, ctx);
}

}  // namespace leadnet
