#pragma once
// What the writers share: walking the ties of a layer once each, the direction a tie must be
// written with, the meta object, and JSON text for strings and reals (private to the library).

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet::detail {

/// Counts the rows a writer writes: every 65,536 rows it checks for cancellation (so Ctrl-C stops
/// a long write between two rows) and reports progress against `total` rows.
class WriteTicker {
 public:
  WriteTicker(const RunContext& ctx, std::string_view stage, std::uint64_t total)
      : ctx_(ctx), stage_(stage), total_(total) {}
  void tick() {
    if ((++rows_ & 0xFFFF) != 0) return;
    ctx_.check_cancelled();
    if (total_ > 0) ctx_.progress(stage_, static_cast<double>(rows_) / static_cast<double>(total_));
  }

 private:
  const RunContext& ctx_;
  std::string_view stage_;
  std::uint64_t total_;
  std::uint64_t rows_ = 0;
};

/// Rows a graph's writer writes: one per person and one per tie.
inline std::uint64_t write_rows(const OrgGraph& g) { return g.num_nodes() + g.num_ties(); }

/// Calls f(source, target, weight) for every tie of a layer: each arc of a directed layer, each
/// pair of an undirected one once (source < target), in node order.
template <class F>
void for_each_tie(const Layer& layer, F&& f) {
  const Csr& out = layer.out();
  const NodeId n = out.num_nodes();
  for (NodeId v = 0; v < n; ++v) {
    for (EdgeOffset e = out.offsets[v]; e < out.offsets[v + 1]; ++e) {
      const NodeId t = out.targets[e];
      if (!layer.directed() && t < v) continue;
      f(v, t, out.weight(e));
    }
  }
}

/// The direction to write on each tie of layer `l` in the CSV and JSON forms, where a tie's
/// default is its type's: nothing, except for a built-in undirected type whose layer became
/// directed because some of its ties were (then every arc is written as directed).
std::optional<bool> tie_direction_override(const OrgGraph& g, LayerId l);

/// The meta object as meta.json holds it: name, description, date, the extra fields, and
/// optionally the custom edge types and the attribute types.
nlohmann::ordered_json meta_object(const OrgGraph& g, bool with_edge_types, bool with_attribute_types);
/// The custom edge types as meta.json's "edge_types" list.
nlohmann::ordered_json custom_edge_types(const OrgGraph& g);
/// The unit tree without a synthetic root: [{"id", "name", "parent", "kind"}] (parent and kind
/// left out when empty).
nlohmann::ordered_json unit_list(const OrgGraph& g);
/// Parent id of a unit as written: empty for a root or a child of the synthetic root.
std::string_view written_parent(const UnitTree& units, UnitId u);

/// XML 1.0 cannot hold control characters other than tab and line breaks, nor U+FFFE/U+FFFF,
/// even as character references: UsageError naming the text.
void check_xml_text(std::string_view s);
/// Escapes text for XML: & < > always; a carriage return as a reference (parsers turn a literal
/// one into a line feed); in attribute values also quotes, tabs and line feeds (parsers turn
/// literal ones into spaces).
void append_escaped(std::string& out, std::string_view s, bool attribute);
/// Element content and attribute values.
void append_text(std::string& out, std::string_view s);
void append_attr(std::string& out, std::string_view s);
/// The XML Schema type an attribute column is declared with in GraphML (attr.type) and GEXF
/// (type): long, double, boolean or string.
std::string_view xml_attribute_type(AttributeType t);

/// Which rules a double-quoted string literal follows. Both escape " \ and line feed (\n).
/// JSON also escapes the other control characters (\r \t \b \f, the rest as \u00XX); DOT drops
/// a carriage return (Graphviz would print it) and passes the other control characters through.
enum class QuoteRules { json, dot };
/// A string literal, quotes included, by `rules`. Text is passed through as UTF-8.
void append_quoted(std::string& out, std::string_view s, QuoteRules rules);
/// A JSON string literal, quotes included.
inline void append_json_string(std::string& out, std::string_view s) { append_quoted(out, s, QuoteRules::json); }
/// A real as JSON that reads back as the same real, never as an integer ("1.0", "2.5e-07").
std::string json_real(double x);

/// A nonce for a page's Content-Security-Policy that is a function of its content (FNV-1a of the
/// text, 16 hex digits): the same page gives the same bytes, and no script outside the page runs.
std::string content_nonce(std::string_view text);

}  // namespace leadnet::detail
