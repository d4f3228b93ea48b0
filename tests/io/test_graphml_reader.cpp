#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"
#include "support/read_text.hpp"

using namespace leadnet;
using leadnet::test::has_error;
using leadnet::test::has_warning;
using leadnet::test::joined;
using leadnet::test::TempDir;
using leadnet::test::write_file;
namespace fs = std::filesystem;

namespace {

OrgGraph read_graphml_text(const TempDir& dir, const std::string& text, Diagnostics& diags,
                           const ReadOptions& options = {}) {
  return leadnet::test::read_text(dir, ".graphml", text, diags, options);
}

std::vector<std::string> graphml_errors(const std::string& text) {
  return leadnet::test::text_errors(".graphml", text);
}

const std::string kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

/// Checks one node's value against what NetworkX/igraph read for it.
void check_value(const OrgGraph& g, NodeId v, const std::string& key, const nlohmann::json& expected) {
  INFO("node " << g.id(v) << ", data " << key << " = " << expected.dump());
  if (key == "role") {
    CHECK(g.role(v) == *parse_role(expected.get<std::string>()));
  } else if (key == "name" || key == "label") {
    CHECK(g.name(v) == expected.get<std::string>());
  } else if (key == "unit") {
    const std::string path = expected.get<std::string>();
    CHECK(g.units()[g.unit(v)].name == path.substr(path.rfind('/') + 1));
  } else if (key == "level") {
    CHECK(g.level(v) == expected.get<int>());
    CHECK(g.level_given(v));
  } else if (key == "x" || key == "y" || key == "shape_type") {
    // yEd geometry that NetworkX pulls out of the graphics; leadnet does not keep it.
  } else {
    const AttributeColumn* a = g.attribute(key);
    REQUIRE(a != nullptr);
    if (expected.is_null()) {
      CHECK_FALSE(a->has(v));
    } else if (expected.is_boolean()) {
      CHECK(a->type() == AttributeType::boolean);
      CHECK(a->boolean(v) == expected.get<bool>());
    } else if (expected.is_number_integer()) {
      CHECK(a->type() == AttributeType::integer);
      CHECK(a->integer(v) == expected.get<std::int64_t>());
    } else if (expected.is_number()) {
      CHECK(a->type() == AttributeType::real);
      CHECK(a->real(v) == Approx(expected.get<double>()));
    } else {
      CHECK(a->text(v) == expected.get<std::string>());
    }
  }
}

}  // namespace

TEST_CASE("graphml: files written by NetworkX, igraph and yEd read as those tools read them", "[io][graphml]") {
  // reference.json: what NetworkX 2.8 (read_graphml) and igraph 0.10 (Read_GraphML) read from each
  // file, made by tests/data/graphml/make_reference.py.
  const fs::path dir = leadnet::test::test_data("graphml");
  const auto reference = nlohmann::json::parse(leadnet::test::read_file(dir / "reference.json"));
  REQUIRE(reference.size() == 4);
  for (const auto& [file, ref] : reference.items()) {
    DYNAMIC_SECTION(file) {
      Diagnostics diags;
      const OrgGraph g = read_graphml(dir / file, {}, diags);
      const auto& nodes = ref.at("nodes");
      REQUIRE(g.num_nodes() == nodes.size());
      for (NodeId v = 0; v < g.num_nodes(); ++v) {
        CHECK(g.id(v) == nodes[v].at("id").get<std::string>());
        for (const auto& [key, value] : nodes[v].at("data").items()) check_value(g, v, key, value);
      }
      const bool directed = ref.at("directed").get<bool>();
      std::uint64_t arcs = 0;
      for (const auto& e : ref.at("edges")) {
        const auto& data = e.at("data");
        const std::string type = data.contains("type") ? data.at("type").get<std::string>() : "communication";
        const double weight = data.contains("weight") ? data.at("weight").get<double>() : 1.0;
        const auto layer = g.find_layer(type);
        REQUIRE(layer);
        const Csr& out = g.layer(*layer).out();
        const NodeId s = *g.find(e.at("source").get<std::string>());
        const NodeId t = *g.find(e.at("target").get<std::string>());
        INFO("edge " << e.dump());
        REQUIRE(out.has_arc(s, t));
        CHECK(out.weight(out.find_arc(s, t)) == weight);
        if (!directed) {
          REQUIRE(out.has_arc(t, s));
          CHECK(out.weight(out.find_arc(t, s)) == weight);
        }
        arcs += directed ? 1 : 2;
      }
      std::uint64_t total = 0;
      for (const auto& l : g.layers()) total += l.out().num_arcs();
      CHECK(total == arcs);
      // Graph attributes: name becomes the dataset's name, the others meta fields.
      const auto extra =
          g.meta().extra_json.empty() ? nlohmann::json::object() : nlohmann::json::parse(g.meta().extra_json);
      for (const auto& [key, value] : ref.at("graph").items()) {
        if (key == "edge_default" || key == "node_default") continue;  // NetworkX's own bookkeeping
        if (key == "name") {
          CHECK(g.meta().name == value.get<std::string>());
        } else {
          CHECK(extra.at(key) == value);
        }
      }
    }
  }
}

TEST_CASE("graphml: what each tool's file gives in leadnet terms", "[io][graphml]") {
  const fs::path dir = leadnet::test::test_data("graphml");
  SECTION("NetworkX organisation: roles, unit paths, types, the default type, NaN") {
    Diagnostics diags;
    const OrgGraph g = read_graphml(dir / "networkx_org.graphml", {}, diags);
    CHECK(g.role(1) == Role::leader);   // "leder"
    CHECK(g.role(3) == Role::citizen);  // "borger"
    CHECK(g.units()[g.unit(1)].name == "Skoler");
    CHECK(g.units()[g.units()[g.unit(1)].parent].name == "Børn og Unge");
    CHECK(g.attribute("office")->type() == AttributeType::text);  // attr.type string keeps "8000" text
    CHECK_FALSE(g.attribute("fte")->has(2));                      // NaN is missing
    CHECK(has_warning(diags, "attribute 'fte' has the value 'nan'"));
    CHECK(g.layer(EdgeType::communication).out().has_arc(3, 2));  // the edge without a type
    // edgedefault="directed": the sparring tie is directed too (the file says so).
    CHECK(g.layer(EdgeType::sparring).directed());
    CHECK(g.meta().name == "Lille Kommune");
    CHECK(g.meta().extra_json == R"({"wave":2})");
  }
  SECTION("karate without roles: staff, one warning; --default-type") {
    Diagnostics diags;
    const OrgGraph g = read_graphml(dir / "igraph_karate.graphml", {}, diags);
    for (NodeId v = 0; v < g.num_nodes(); ++v) CHECK(g.role(v) == Role::staff);
    CHECK(has_warning(diags, "no 'role' data: everyone is read as staff"));
    CHECK(g.name(0) == "Mr Hi");
    // Zachary's 78 ties, total weight 231 (PROVENANCE.md, checked with NetworkX).
    ReadOptions undirected;
    undirected.default_type = "collaboration";
    Diagnostics d2;
    const OrgGraph c = read_graphml(dir / "igraph_karate.graphml", undirected, d2);
    const Layer& collab = c.layer(EdgeType::collaboration);
    CHECK_FALSE(collab.directed());
    CHECK(collab.num_ties() == 78);
    double total = 0;
    for (double w : collab.out().weights) total += w;
    CHECK(total == 2 * 231.0);
    ReadOptions wrong;
    wrong.default_type = "gossip";
    Diagnostics d3;
    CHECK_THROWS_AS(read_graphml(dir / "igraph_karate.graphml", wrong, d3), UsageError);
  }
  SECTION("yEd: labels from the graphics, groups read flat") {
    Diagnostics diags;
    const OrgGraph g = read_graphml(dir / "yed_groups.graphml", {}, diags);
    REQUIRE(g.num_nodes() == 3);
    CHECK(g.name(1) == "Børn og Unge");  // the group node's own label
    CHECK(g.attribute("description")->text(0) == "Kommunaldirektør");
    CHECK(has_warning(diags, "nested graphs (yEd groups) are read flat"));
    CHECK(g.layer(EdgeType::communication).out().has_arc(2, 0));
  }
}

TEST_CASE("graphml: keys, defaults, directions and custom types", "[io][graphml]") {
  TempDir dir("graphml-keys");
  Diagnostics diags;
  const OrgGraph g = read_graphml_text(dir, kHead + R"(
  <key id="r" for="node" attr.name="role" attr.type="string"><default>medarbejder</default></key>
  <key id="lv" for="node" attr.name="level" attr.type="double"/>
  <key id="k" for="node" attr.name="score" attr.type="int"><default>7</default></key>
  <key id="t" for="all" attr.name="type" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"><default>2</default></key>
  <key id="x" for="edge" attr.name="colour" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="r">leader</data><data key="lv">0.0</data><data key="k">3</data></node>
    <node id="b"/>
    <node id="c"><data key="r">borger</data></node>
    <edge source="b" target="a"><data key="t">reports_to</data><data key="w">1</data></edge>
    <edge source="a" target="b" directed="true"><data key="t">Venskab</data><data key="x">red</data></edge>
    <edge source="b" target="c"><data key="x">blue</data></edge>
    <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
  </graph>
</graphml>
)",
                                       diags);
  REQUIRE(g.num_nodes() == 3);
  CHECK(g.role(1) == Role::staff);  // the key's default
  CHECK(g.level(0) == 0);           // 0.0 from a double key is a whole number
  CHECK(g.attribute("score")->integer(0) == 3);
  CHECK(g.attribute("score")->integer(1) == 7);  // default
  // An undirected reports_to tie in an undirected graph: the builder keeps both directions.
  CHECK(g.layer(EdgeType::reports_to).out().has_arc(1, 0));
  const auto venskab = g.find_layer("venskab");
  REQUIRE(venskab);  // not built in: a custom type, with a warning
  CHECK_FALSE(g.layer(*venskab).info().builtin);
  CHECK(g.layer(*venskab).out().has_arc(0, 1));
  CHECK_FALSE(g.layer(*venskab).out().has_arc(1, 0));  // directed="true" on that edge
  const Csr& v = g.layer(*venskab).out();
  CHECK(v.weight(v.find_arc(0, 1)) == 2.0);                     // the weight key's default
  CHECK(g.layer(EdgeType::communication).out().has_arc(1, 2));  // no type: communication
  CHECK(has_warning(diags, "edge type 'Venskab' is not built in"));
  CHECK(has_warning(diags, "edge data 'colour' is not kept"));
  CHECK(has_warning(diags, "hyperedges are not read"));
}

TEST_CASE("graphml: errors are located by line and column", "[io][graphml]") {
  SECTION("malformed XML") {
    const auto e =
        graphml_errors(kHead + "  <graph edgedefault=\"directed\">\n    <node id=\"a\">\n  </graph>\n</graphml>\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].rfind("5:5: malformed XML", 0) == 0);
  }
  SECTION("not GraphML, no graph") {
    CHECK(has_error(graphml_errors("<?xml version=\"1.0\"?>\n<gexf><graph/></gexf>\n"),
                    "2:1: not a GraphML file: the top element is <gexf>"));
    CHECK(has_error(graphml_errors(kHead + "</graphml>\n"), "2:1: the GraphML file has no <graph> element"));
  }
  SECTION("every kind of bad data") {
    const auto e = graphml_errors(kHead + R"(  <key id="r" for="node" attr.name="role" attr.type="string"/>
  <key id="n" for="node" attr.name="age" attr.type="int"/>
  <key id="b" for="node" attr.name="ok" attr.type="boolean"/>
  <key id="l" for="node" attr.name="level" attr.type="string"/>
  <key id="q" for="node" attr.name="q" attr.type="decimal"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="sideways">
    <node id="a"><data key="r">leader</data><data key="n">forty</data><data key="b">maybe</data></node>
    <node id="b"><data key="r">chief</data></node>
    <node id="c"><data key="r">staff</data><data key="l">top</data></node>
    <node id="d"><data key="zz">1</data></node>
    <node><data key="r">staff</data></node>
    <node id="a"><data key="r">staff</data></node>
    <edge source="a" target="ghost"><data key="w">-1</data></edge>
    <edge target="a" directed="yes"/>
  </graph>
</graphml>
)");
    INFO(joined(e));
    CHECK(has_error(e, "7:51: key 'q' has attr.type \"decimal\""));
    CHECK(has_error(e, "9:23: edgedefault=\"sideways\" must be"));
    CHECK(has_error(e, "10:59: 'forty' is not a whole number, but key 'n' declares 'age' attr.type=\"int\""));
    CHECK(has_error(e, "10:85: 'maybe' is not true or false"));
    CHECK(has_error(e, "11:32: unknown role 'chief'"));
    CHECK(has_error(e, "12:58: level 'top' is not a whole number >= 0"));
    CHECK(has_error(e, "13:29: data key 'zz' is not declared by a <key id=\"zz\"> element"));
    CHECK(has_error(e, "13:5: node 'd' has no role"));
    CHECK(has_error(e, "14:5: <node> has no id"));
    CHECK(has_error(e, "15:15: duplicate node id 'a'"));
    CHECK(has_error(e, "16:30: edge target 'ghost' is not a node of this file"));
    CHECK(has_error(e, "16:51: weight '-1' is not a number greater than 0"));
    CHECK(has_error(e, "17:5: <edge> has no source attribute"));
    CHECK(has_error(e, "17:32: directed=\"yes\" must be \"true\" or \"false\""));
  }
  SECTION("not UTF-8, UTF-16") {
    const auto latin1 =
        graphml_errors(kHead + "<graph edgedefault=\"directed\"><node id=\"S\xF8ren\"/></graph></graphml>");
    REQUIRE(latin1.size() == 1);
    CHECK(latin1[0].rfind("3:42: text is not valid UTF-8 (byte 0xF8)", 0) == 0);
    const auto utf16 = graphml_errors(std::string("\xFF\xFE<\0?\0x\0m\0l\0", 12));
    REQUIRE(utf16.size() == 1);
    CHECK(utf16[0].rfind("1:1: file is UTF-16", 0) == 0);
  }
}

TEST_CASE("graphml: leadnet's own graph data round-trips meta, units and custom types", "[io][graphml]") {
  TempDir dir("graphml-leadnet");
  Diagnostics diags;
  const OrgGraph g = read_graphml_text(dir, kHead + R"(
  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>
  <key id="g1" for="graph" attr.name="wave" attr.type="long"/>
  <key id="et" for="graph" attr.name="leadnet_edge_types" attr.type="string"/>
  <key id="u" for="graph" attr.name="leadnet_units" attr.type="string"/>
  <key id="m" for="graph" attr.name="leadnet_meta" attr.type="string"/>
  <key id="role" for="node" attr.name="role" attr.type="string"/>
  <key id="unit" for="node" attr.name="unit" attr.type="string"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <data key="g_name">K</data>
    <data key="g1">3</data>
    <data key="et">[{"name": "mentor", "directed": false, "description": "mentoring"}]</data>
    <data key="u">[{"id": "k", "name": "Kommune", "kind": "kommune"}, {"id": "s", "name": "Skoler", "parent": "k"}]</data>
    <data key="m">{"source": {"url": "x"}}</data>
    <node id="a"><data key="role">leader</data><data key="unit">k</data></node>
    <node id="b"><data key="role">staff</data><data key="unit">s</data></node>
    <edge source="a" target="b" directed="false"><data key="type">mentor</data></edge>
  </graph>
</graphml>
)",
                                       diags);
  CHECK(diags.warning_count() == 0);
  CHECK(g.meta().name == "K");
  CHECK(nlohmann::json::parse(g.meta().extra_json) == nlohmann::json::parse(R"({"wave": 3, "source": {"url": "x"}})"));
  CHECK(g.units().size() == 2);
  CHECK(g.units()[g.unit(1)].id == "s");
  CHECK(g.units()[g.units().root()].kind == "kommune");
  const auto mentor = g.find_layer("mentor");
  REQUIRE(mentor);
  CHECK_FALSE(g.layer(*mentor).directed());
  CHECK(g.layer(*mentor).info().description == "mentoring");
  CHECK(g.layer(*mentor).num_ties() == 1);

  const auto e = graphml_errors(kHead + R"(
  <key id="u" for="graph" attr.name="leadnet_units" attr.type="string"/>
  <key id="role" for="node" attr.name="role" attr.type="string"/>
  <key id="unit" for="node" attr.name="unit" attr.type="string"/>
  <graph edgedefault="directed">
    <data key="u">[{"id": "k", "name": "Kommune"</data>
    <node id="a"><data key="role">leader</data><data key="unit">nowhere</data></node>
  </graph>
</graphml>
)");
  CHECK(has_error(e, "8:19: 'leadnet_units' is not valid JSON text"));
}
