#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"
#include "support/read_text.hpp"

using namespace leadnet;
using leadnet::test::has_error;
using leadnet::test::joined;
using leadnet::test::TempDir;
using leadnet::test::write_file;

namespace {

OrgGraph read_json_text(const TempDir& dir, const std::string& text, Diagnostics& diags) {
  return leadnet::test::read_text(dir, ".json", text, diags);
}

std::vector<std::string> json_errors(const std::string& text) { return leadnet::test::text_errors(".json", text); }

}  // namespace

TEST_CASE("json: the DESIGN.md example reads as the same graph as its CSV form", "[io][json]") {
  TempDir dir("json-design");
  write_file(dir / "csv/nodes.csv",
             "id,name,role,unit,level\n"
             "d1,Mette Kjær,leader,Direktion,0\n"
             "s1,Søren Ærø,leader,Børn og Unge/Skoler,1\n"
             "h1,Anne Holm,hr,HR,1\n");
  write_file(dir / "csv/edges.csv",
             "source,target,type,weight\n"
             "s1,d1,reports_to,1\n"
             "s1,d1,sparring,2\n"
             "s1,h1,hr_support,1\n");
  Diagnostics csv_diags;
  const OrgGraph from_csv = read_csv_folder(dir / "csv", {}, csv_diags);

  Diagnostics diags;
  const OrgGraph g = read_json_text(dir, R"({
  "nodes": [
    {"id": "d1", "name": "Mette Kjær", "role": "leader", "unit": "Direktion", "level": 0},
    {"id": "s1", "name": "Søren Ærø", "role": "leader", "unit": "Børn og Unge/Skoler", "level": 1},
    {"id": "h1", "name": "Anne Holm", "role": "hr", "unit": "HR", "level": 1}
  ],
  "edges": [
    {"source": "s1", "target": "d1", "type": "reports_to", "weight": 1},
    {"source": "s1", "target": "d1", "type": "sparring", "weight": 2},
    {"source": "s1", "target": "h1", "type": "hr_support"}
  ]
})",
                                    diags);
  CHECK(diags.warning_count() == 0);
  std::string why;
  CHECK(same_graph(g, from_csv, &why));
  INFO(why);
  CHECK(g.name(1) == "Søren Ærø");
  CHECK(g.units()[g.unit(1)].name == "Skoler");
}

TEST_CASE("json: meta, declared units, numeric ids, Danish aliases and custom types", "[io][json]") {
  TempDir dir("json-full");
  Diagnostics diags;
  const OrgGraph g = read_json_text(dir, R"({
  "meta": {"name": "Eksempel", "date": "2024", "source": "hand-made",
           "edge_types": [{"name": "Venskab", "directed": false, "description": "friends"}]},
  "units": [{"id": "k", "name": "Kommune", "kind": "kommune"},
            {"id": 7, "name": "Skoler", "parent": "k", "kind": "område"}],
  "nodes": [{"id": 1, "role": "leder", "unit": "k", "level": 0},
            {"id": 18446744073709551615, "role": "medarbejder", "unit": 7, "name": null, "level": null}],
  "edges": [{"source": "18446744073709551615", "target": 1, "type": "rapporterer_til"},
            {"source": 1, "target": 18446744073709551615, "type": "venskab", "weight": 0.25},
            {"source": 1, "target": 18446744073709551615, "type": "sparring", "directed": true}]
})",
                                    diags);
  CHECK(diags.warning_count() == 0);
  REQUIRE(g.num_nodes() == 2);
  CHECK(g.id(0) == "1");
  CHECK(g.id(1) == "18446744073709551615");  // an unsigned 64-bit id keeps every digit
  CHECK(g.role(0) == Role::leader);
  CHECK(g.role(1) == Role::staff);
  CHECK(g.meta().name == "Eksempel");
  CHECK(g.meta().date == "2024");
  CHECK(g.meta().extra_json == R"({"source":"hand-made"})");
  CHECK(g.units().size() == 2);
  CHECK_FALSE(g.units().synthetic_root());
  CHECK(g.units()[g.unit(1)].id == "7");
  CHECK(g.units()[g.unit(1)].kind == "område");
  CHECK(g.level(1) == 1);  // derived from the reporting line
  CHECK_FALSE(g.level_given(1));
  const auto venskab = g.find_layer("venskab");
  REQUIRE(venskab);
  CHECK_FALSE(g.layer(*venskab).directed());
  CHECK(g.layer(*venskab).info().description == "friends");
  const Csr& v = g.layer(*venskab).out();
  CHECK(v.weight(v.find_arc(1, 0)) == 0.25);
  // A directed tie in the undirected sparring layer makes that layer directed (GraphBuilder rule).
  CHECK(g.layer(EdgeType::sparring).directed());
  CHECK(g.layer(EdgeType::sparring).out().has_arc(0, 1));
  CHECK_FALSE(g.layer(EdgeType::sparring).out().has_arc(1, 0));
}

TEST_CASE("json: attribute types follow JSON types", "[io][json]") {
  TempDir dir("json-attrs");
  Diagnostics diags;
  const OrgGraph g = read_json_text(dir, R"({
  "nodes": [
    {"id": "a", "role": "staff", "attributes": {"age": 30, "fte": 1, "remote": true, "office": "Aarhus", "mixed": 5, "blank": "  "}},
    {"id": "b", "role": "staff", "attributes": {"age": null, "fte": 0.5, "remote": false, "office": "12", "mixed": "five"}},
    {"id": "c", "role": "staff", "attributes": {"later": 1.5e300}}
  ],
  "edges": []
})",
                                    diags);
  const auto& attrs = g.attributes();
  REQUIRE(attrs.size() == 7);
  // Columns come in the order they first appear.
  CHECK(attrs[0].name() == "age");
  CHECK(attrs[5].name() == "blank");
  CHECK(attrs[6].name() == "later");
  const AttributeColumn* age = g.attribute("age");
  CHECK(age->type() == AttributeType::integer);
  CHECK(age->integer(0) == 30);
  CHECK_FALSE(age->has(1));  // null is missing
  CHECK_FALSE(age->has(2));  // absent is missing
  const AttributeColumn* fte = g.attribute("fte");
  CHECK(fte->type() == AttributeType::real);  // integers and reals together: real
  CHECK(fte->real(0) == 1.0);
  CHECK(fte->real(1) == 0.5);
  CHECK(g.attribute("remote")->type() == AttributeType::boolean);
  CHECK_FALSE(g.attribute("remote")->boolean(1));
  CHECK(g.attribute("office")->type() == AttributeType::text);
  CHECK(g.attribute("office")->text(1) == "12");  // a JSON string stays text even when it looks numeric
  const AttributeColumn* mixed = g.attribute("mixed");
  CHECK(mixed->type() == AttributeType::text);  // number and text: text, with a warning
  CHECK(mixed->text(0) == "5");
  CHECK(mixed->text(1) == "five");
  CHECK(g.attribute("blank")->type() == AttributeType::text);
  CHECK_FALSE(g.attribute("blank")->has(0));  // only spaces: missing, as an empty CSV cell
  CHECK(g.attribute("later")->real(2) == 1.5e300);
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.items()[0].message.find("attribute 'mixed' holds whole numbers and text") != std::string::npos);
  CHECK(diags.items()[0].line == 4);
}

TEST_CASE("json: meta attribute_types fixes types and column order", "[io][json]") {
  TempDir dir("json-attr-types");
  Diagnostics diags;
  const OrgGraph g = read_json_text(dir, R"({
  "meta": {"attribute_types": {"zip": "text", "score": "real", "none": "integer"}},
  "nodes": [{"id": "a", "role": "staff", "attributes": {"score": 2, "zip": 8000}}],
  "edges": []
})",
                                    diags);
  REQUIRE(g.attributes().size() == 3);
  CHECK(g.attributes()[0].name() == "zip");
  CHECK(g.attributes()[0].type() == AttributeType::text);
  CHECK(g.attributes()[0].text(0) == "8000");
  CHECK(g.attributes()[1].type() == AttributeType::real);
  CHECK(g.attributes()[2].name() == "none");
  CHECK(g.attributes()[2].type() == AttributeType::integer);  // declared, never given: all missing
  CHECK_FALSE(g.attributes()[2].has(0));
  CHECK(g.meta().extra_json.empty());  // attribute_types is not kept as an extra meta field

  const auto errors = json_errors(R"({"meta": {"attribute_types": {"n": "integer"}},
"nodes": [{"id": "a", "role": "staff", "attributes": {"n": 2.5}}], "edges": []})");
  CHECK(has_error(errors, "2:60: attribute 'n' is declared integer"));
}

TEST_CASE("json: sections in any order give the same graph", "[io][json]") {
  const std::string meta = R"("meta": {"name": "M", "edge_types": [{"name": "ally", "directed": true}]})";
  const std::string units = R"("units": [{"id": "u", "name": "U"}, {"id": "v", "parent": "u"}])";
  const std::string nodes =
      R"("nodes": [{"id": "a", "role": "leader", "unit": "v"}, {"id": "b", "role": "hr", "unit": "u"}])";
  const std::string edges = R"("edges": [{"source": "a", "target": "b", "type": "ally", "weight": 3}])";
  TempDir dir("json-order");
  Diagnostics d1, d2, d3;
  const OrgGraph written_order = read_json_text(dir, "{" + meta + "," + units + "," + nodes + "," + edges + "}", d1);
  const OrgGraph reversed = read_json_text(dir, "{" + edges + "," + nodes + "," + units + "," + meta + "}", d2);
  const OrgGraph mixed = read_json_text(dir, "{" + nodes + "," + meta + "," + edges + "," + units + "}", d3);
  std::string why;
  CHECK(same_graph(written_order, reversed, &why));
  INFO(why);
  CHECK(same_graph(written_order, mixed, &why));
  CHECK(written_order.layer(*written_order.find_layer("ally")).num_ties() == 1);
}

TEST_CASE("json: unknown keys are warnings, located", "[io][json]") {
  TempDir dir("json-unknown");
  Diagnostics diags;
  read_json_text(dir,
                 "{\"nodes\": [{\"id\": \"a\", \"role\": \"staff\", \"colour\": \"red\"},\n"
                 "           {\"id\": \"b\", \"role\": \"staff\", \"colour\": \"blue\"}],\n"
                 " \"edges\": [], \"schema\": {\"deep\": [1, 2]}}",
                 diags);
  REQUIRE(diags.warning_count() == 2);  // 'colour' once, not once per node
  CHECK(diags.items()[0].line == 1);
  CHECK(diags.items()[0].column == 41);
  CHECK(diags.items()[0].message.find("unknown key 'colour' in nodes") != std::string::npos);
  CHECK(diags.items()[1].line == 3);
  CHECK(diags.items()[1].column == 15);
}

TEST_CASE("json: errors are located by line and column", "[io][json]") {
  SECTION("invalid JSON") {
    const auto e = json_errors("{\"nodes\": [\n  {\"id\": \"a\", \"role\": \"staff\",}\n]}");
    REQUIRE(e.size() == 1);
    CHECK(e[0].rfind("2:31: invalid JSON: syntax error", 0) == 0);
  }
  SECTION("empty file") {
    const auto e = json_errors("");
    REQUIRE(e.size() == 1);
    CHECK(e[0].find("invalid JSON") != std::string::npos);
  }
  SECTION("nested too deeply in meta") {
    const auto e = json_errors("{\"meta\": {\"a\": " + std::string(100, '[') + std::string(100, ']') +
                               "}, \"nodes\": [], \"edges\": []}");
    REQUIRE(e.size() == 1);
    CHECK(e[0].rfind("1:79: \"meta\" is nested more than 64 levels deep", 0) == 0);  // 15 + 64th '['
  }
  SECTION("the document is not an object") {
    const auto e = json_errors("  [1, 2]");
    REQUIRE(e.size() == 1);
    CHECK(e[0].rfind("1:3: a leadnet JSON dataset is an object", 0) == 0);
  }
  SECTION("missing sections") {
    const auto e = json_errors("{\"meta\": {}}");
    CHECK(has_error(e, "1:1: the dataset has no \"nodes\" list"));
    CHECK(has_error(e, "1:1: the dataset has no \"edges\" list"));
  }
  SECTION("every bad field of nodes and edges") {
    const auto e = json_errors(R"({"nodes": [
  {"role": "staff"},
  {"id": "a", "role": "chief", "level": -1},
  {"id": "b", "role": 3, "level": "two", "name": 5},
  {"id": 1.5, "role": "staff"},
  {"id": "c", "role": "staff", "unit": "u"},
  {"id": "c", "role": "staff"}
], "edges": [
  {"source": "c", "target": "zz", "type": "advice", "weight": "heavy"},
  {"source": "c", "target": "c2", "type": "hugs", "weight": 0, "directed": "yes"},
  {"target": "c", "weight": {"w": 1}},
  {"source": "c", "target": "c", "type": "advice", "weight": -2}
]})");
    INFO(joined(e));
    CHECK(has_error(e, "2:3: node has no \"id\""));
    CHECK(has_error(e, "3:23: unknown role 'chief'"));
    CHECK(has_error(e, "3:41: level -1 is not a whole number >= 0"));
    CHECK(has_error(e, "4:23: \"role\" must be a string, not 3"));
    CHECK(has_error(e, "4:35: level 'two' is not a whole number"));
    CHECK(has_error(e, "4:50: \"name\" must be a string, not 5"));
    CHECK(has_error(e, "5:10: \"id\" must be a string or a whole number, not 1.5"));
    CHECK(has_error(e, "11:29: this value must be a string, a number, true/false or null, not an object"));
    CHECK(has_error(e, "7:10: duplicate node id 'c'"));
    CHECK(has_error(e, "9:29: unknown target 'zz' (not an id in \"nodes\")"));
    CHECK(has_error(e, "9:63: weight 'heavy' is not a number greater than 0"));
    CHECK(has_error(e, "10:29: unknown target 'c2'"));
    CHECK(has_error(e, "10:43: unknown edge type 'hugs'"));
    CHECK(has_error(e, "10:61: weight 0 is not a number greater than 0"));
    CHECK(has_error(e, "10:76: \"directed\" must be true or false, not 'yes'"));
    CHECK(has_error(e, "11:3: edge has no \"source\""));
    CHECK(has_error(e, "11:3: edge has no \"type\""));
    CHECK(has_error(e, "12:62: weight -2 is not a number greater than 0"));
  }
  SECTION("shapes") {
    const auto e =
        json_errors(R"({"meta": [], "units": {}, "nodes": [7, {"id": "a", "role": "staff", "attributes": [1]},
 {"id": "b", "role": "staff", "attributes": {"x": {"y": 1}}, "id": "b2"}], "edges": "none", "edges": []})");
    INFO(joined(e));
    CHECK(has_error(e, "1:10: \"meta\" must be an object"));
    CHECK(has_error(e, "1:23: \"units\" must be a list"));
    CHECK(has_error(e, "1:37: each entry of \"nodes\" must be an object {...}, not 7"));
    CHECK(has_error(e, "1:83: \"attributes\" must be an object"));
    CHECK(has_error(e, "2:51: attribute 'x' must be a number, a string, true/false or null, not an object"));
    CHECK(has_error(e, "2:62: \"id\" appears twice in this node"));
    CHECK(has_error(e, "2:85: \"edges\" must be a list [...], not 'none'"));
    CHECK(has_error(e, "2:93: \"edges\" appears twice"));
  }
  SECTION("a number too large for a double") {
    const auto e = json_errors("{\"nodes\": [], \"edges\": [], \"meta\": {\"x\": 1e999}}");
    REQUIRE(e.size() == 1);
    CHECK(e[0].find("invalid JSON: number overflow") != std::string::npos);
  }
}

TEST_CASE("json: columns count characters, and a one-line file is located fast", "[io][json]") {
  // 20000 nodes on one line (as json.dumps writes), the bad one last: its column must be exact.
  std::string text = "{\"nodes\": [";
  for (int i = 0; i < 20000; ++i) text += "{\"id\": \"æ" + std::to_string(i) + "\", \"role\": \"staff\"}, ";
  const std::size_t chars_before = text.size() - 20000;  // each "æ" is two bytes, one character
  text += "{\"id\": \"last\", \"role\": \"boss\"}], \"edges\": []}";
  const auto e = json_errors(text);
  REQUIRE(e.size() == 1);
  const std::size_t role_column = chars_before + std::string("{\"id\": \"last\", \"role\": ").size() + 1;
  CHECK(e[0] == "1:" + std::to_string(role_column) +
                    ": unknown role 'boss'; expected one of: leader (leder), hr, "
                    "politician (politiker), staff (medarbejder), citizen "
                    "(borger), external (ekstern), council (med)");
}

TEST_CASE("json: hostile input does not crash", "[io][json]") {
  TempDir dir("json-hostile");
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  SECTION("very deep nesting inside an unknown key is skipped") {
    Diagnostics diags;
    const OrgGraph g = read_json_text(dir, "{\"x\": " + deep + ", \"nodes\": [], \"edges\": []}", diags);
    CHECK(g.num_nodes() == 0);
    CHECK(diags.warning_count() == 1);
  }
  SECTION("very deep nesting inside meta is an error, not a stack overflow") {
    const auto e = json_errors("{\"meta\": {\"y\": " + deep + "}, \"nodes\": [], \"edges\": []}");
    REQUIRE(e.size() == 1);
    CHECK(e[0].find("nested more than 64 levels") != std::string::npos);
  }
  SECTION("not UTF-8") {
    const auto e = json_errors("{\"nodes\": [{\"id\": \"S\xF8ren\", \"role\": \"staff\"}], \"edges\": []}");
    REQUIRE(e.size() == 1);
    CHECK(e[0].rfind("1:21: text is not valid UTF-8 (byte 0xF8)", 0) == 0);
    CHECK(e[0].find("Windows-1252") != std::string::npos);
  }
  SECTION("UTF-16 without a byte-order mark") {
    const std::string utf16("{\0\"\0n\0\"\0:\0", 10);
    const auto e = json_errors(utf16);
    REQUIRE(e.size() == 1);
    CHECK(e[0].find("NUL bytes") != std::string::npos);
  }
  SECTION("a byte-order mark is skipped") {
    Diagnostics diags;
    const OrgGraph g =
        read_json_text(dir, "\xEF\xBB\xBF{\"nodes\": [{\"id\": \"a\", \"role\": \"hr\"}], \"edges\": []}", diags);
    CHECK(g.num_nodes() == 1);
  }
}
