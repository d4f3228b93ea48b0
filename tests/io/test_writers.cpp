// Writers: read -> write -> read gives the same graph, for every dataset and every form, and
// for a graph built to be hard to write (names with markup, quotes, delimiters and line breaks,
// numeric-looking text, whole reals, custom types, mixed directions, awkward weights).

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "leadnet/io/reader.hpp"
#include "leadnet/io/writer.hpp"
#include "support/paths.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::TempDir;
using leadnet::test::write_file;
namespace fs = std::filesystem;

namespace {

struct Form {
  const char* name;
  const char* file;  // name of the output inside the temp folder
  std::function<void(const OrgGraph&, const fs::path&)> write;
};

const std::vector<Form>& forms() {
  static const std::vector<Form> f = {
      {"json", "out.json", [](const OrgGraph& g, const fs::path& p) { write_json(g, p); }},
      {"csv", "out-folder", [](const OrgGraph& g, const fs::path& p) { write_csv_folder(g, p); }},
      {"graphml", "out.graphml", [](const OrgGraph& g, const fs::path& p) { write_graphml(g, p); }},
  };
  return f;
}

/// Writes g in a form and reads it back; the re-read must give no warning.
OrgGraph write_and_read(const OrgGraph& g, const Form& form, const TempDir& dir) {
  const fs::path out = dir / form.file;
  form.write(g, out);
  Diagnostics diags;
  OrgGraph back = read_dataset(out, {}, diags);
  for (const auto& d : diags.items()) INFO("warning on re-read (" << form.name << "): " << d.format());
  CHECK(diags.warning_count() == 0);
  return back;
}

/// Meta extras compared as JSON values (key order aside).
bool same_extras(const OrgGraph& a, const OrgGraph& b) {
  auto parse = [](const std::string& s) { return s.empty() ? nlohmann::json::object() : nlohmann::json::parse(s); };
  return parse(a.meta().extra_json) == parse(b.meta().extra_json);
}

/// Level-given flags and layer descriptions, which same_graph leaves out.
void check_details(const OrgGraph& a, const OrgGraph& b) {
  for (NodeId v = 0; v < a.num_nodes(); ++v) {
    INFO("node " << a.id(v));
    REQUIRE(a.level_given(v) == b.level_given(v));
  }
  for (LayerId l = 0; l < a.num_layers(); ++l) CHECK(a.layer(l).info().description == b.layer(l).info().description);
  CHECK(same_extras(a, b));
}

void check_same(const OrgGraph& a, const OrgGraph& b, const std::string& what) {
  std::string why;
  const bool same = same_graph(a, b, &why);
  INFO(what << ": " << why);
  CHECK(same);
  if (same) check_details(a, b);
}

}  // namespace

TEST_CASE("writers: every dataset survives every form, and chains of forms", "[io][writers]") {
  std::vector<fs::path> datasets;
  for (const auto& entry : fs::directory_iterator(leadnet::test::source_dir() / "datasets"))
    if (entry.is_directory()) datasets.push_back(entry.path());
  std::sort(datasets.begin(), datasets.end());
  REQUIRE(datasets.size() >= 7);
  for (const fs::path& path : datasets) {
    DYNAMIC_SECTION(path.filename().string()) {
      Diagnostics diags;
      const OrgGraph original = read_dataset(path, {}, diags);
      TempDir dir("writers-" + path.filename().string());
      for (const Form& form : forms()) check_same(original, write_and_read(original, form, dir), form.name);
      // csv -> json -> csv -> graphml -> json -> graphml -> csv: each step from the previous.
      const std::vector<std::size_t> chain = {0, 1, 2, 0, 2, 1};
      OrgGraph current = write_and_read(original, forms()[chain[0]], dir);
      std::string steps = forms()[chain[0]].name;
      for (std::size_t i = 1; i < chain.size(); ++i) {
        TempDir step_dir("writers-chain");
        current = write_and_read(current, forms()[chain[i]], step_dir);
        steps += std::string(" -> ") + forms()[chain[i]].name;
      }
      check_same(original, current, "chain csv -> " + steps);
    }
  }
}

namespace {

// Hard to write: markup, quotes, every delimiter, line breaks (LF, CRLF, lone CR), tabs, space at
// either end of text attributes, æøå, ids with commas; text that looks numeric or boolean, reals
// that are whole, a typed column with no values; declared units with kinds; levels given for some
// and derived for others; a custom undirected type with a description; a built-in undirected type
// made directed by one directed tie; weights 0.1, 1/3, 1e-300, 2.5e-07, 1e300; nested meta.
const char* kHostile = R"({
  "meta": {"name": "Kommune <&> \"test\"", "description": "line one\nline two, with; delimiters",
           "date": "2024-10-01", "wave": 3, "source": {"url": "http://x/?a=1&b=<2>", "pages": [1, 2]},
           "flag": true, "ratio": 0.5, "nothing": null, "leadnet_note": "kept",
           "edge_types": [{"name": "mentor", "directed": false, "description": "mentoring, \"informal\""}],
           "attribute_types": {"postcode": "text", "fte": "real", "empty_int": "integer"}},
  "units": [{"id": "k", "name": "Kommune, <Direktion>", "kind": "kommune"},
            {"id": "b;u", "name": "Børn \"og\" Unge", "parent": "k", "kind": "forvaltning"},
            {"id": "sk/ole\tx", "name": "Skoler\nVest", "parent": "b;u"},
            {"id": "hr", "name": "HR", "parent": "k"}],
  "nodes": [
    {"id": "d,1", "role": "leader", "name": "<script>alert('x')</script>", "unit": "k", "level": 0,
     "attributes": {"postcode": "0800", "fte": 1.0, "note": "  spaced  ", "remote": true, "age": 61, "code": "12", "answer": "ja"}},
    {"id": "s\"1\"", "role": "leader", "name": "Søren \"Sønne\" Ærø, Jr.", "unit": "b;u",
     "attributes": {"postcode": "8000", "fte": 2, "note": "multi\nline\r\nwith CRLF\rand CR", "remote": false, "age": 45, "code": "7"}},
    {"id": "h 1", "role": "hr", "name": "Åse Ødegård\tTab", "unit": "hr", "level": 1,
     "attributes": {"fte": 3.0, "share": 0.333, "note": "a,b;c\"d", "code": "3", "answer": "nej"}},
    {"id": "c1", "role": "citizen", "name": "  Anne & Bo  ", "attributes": {"note": "=1+2", "ws": "\n"}},
    {"id": "line\nbreak", "role": "external", "name": "\r\n"},
    {"id": "p1", "role": "politician", "name": "", "unit": "sk/ole\tx"}
  ],
  "edges": [
    {"source": "s\"1\"", "target": "d,1", "type": "reports_to"},
    {"source": "h 1", "target": "d,1", "type": "reports_to", "weight": 0.1},
    {"source": "s\"1\"", "target": "d,1", "type": "sparring", "weight": 0.3333333333333333},
    {"source": "h 1", "target": "s\"1\"", "type": "sparring", "directed": true, "weight": 1e-300},
    {"source": "d,1", "target": "h 1", "type": "mentor", "weight": 2.5e-07},
    {"source": "p1", "target": "d,1", "type": "political", "weight": 1e300},
    {"source": "s\"1\"", "target": "c1", "type": "service"},
    {"source": "c1", "target": "s\"1\"", "type": "collaboration", "directed": false}
  ]
})";

}  // namespace

TEST_CASE("writers: hostile names, typed attributes, custom and mixed types survive every form", "[io][writers]") {
  TempDir dir("writers-hostile");
  write_file(dir / "hostile.json", kHostile);
  Diagnostics diags;
  const OrgGraph g = read_json(dir / "hostile.json", {}, diags);
  CHECK(diags.warning_count() == 0);
  // The source graph holds what the test means it to.
  REQUIRE(g.num_nodes() == 6);
  CHECK(g.name(1) == "Søren \"Sønne\" Ærø, Jr.");
  CHECK(g.attribute("note")->text(1) == "multi\nline\r\nwith CRLF\rand CR");
  CHECK(g.attribute("note")->text(0) == "  spaced  ");
  CHECK(g.attribute("code")->type() == AttributeType::text);
  CHECK(g.attribute("fte")->type() == AttributeType::real);
  CHECK(g.attribute("empty_int")->type() == AttributeType::integer);
  CHECK(g.layer(EdgeType::sparring).directed());
  CHECK_FALSE(g.layer(*g.find_layer("mentor")).directed());
  CHECK(g.level_given(0));
  CHECK_FALSE(g.level_given(1));
  CHECK(g.level(1) == 1);  // derived from reports_to

  for (const Form& form : forms()) {
    const OrgGraph back = write_and_read(g, form, dir);
    check_same(g, back, form.name);
    CHECK(back.name(0) == "<script>alert('x')</script>");
    // Text that looks numeric or boolean stays text; whole reals stay real (CSV: meta.json's
    // attribute_types; inference alone would make them integer and boolean).
    CHECK(back.attribute("code")->type() == AttributeType::text);
    CHECK(back.attribute("code")->text(2) == "3");
    CHECK(back.attribute("answer")->type() == AttributeType::text);
    CHECK(back.attribute("fte")->type() == AttributeType::real);
    CHECK(back.attribute("fte")->real(2) == 3.0);
    CHECK(back.units()[back.unit(5)].name == "Skoler\nVest");
    CHECK(back.attribute("ws")->text(3) == "\n");  // a line break alone is a value, not missing
    CHECK(back.id(4) == "line\nbreak");
    CHECK(back.name(4) == "\r\n");
    const Csr& political = back.layer(EdgeType::political).out();
    CHECK(political.weight(political.find_arc(5, 0)) == 1e300);
  }
}

TEST_CASE("writers: unit paths, a single root, no units and an empty graph", "[io][writers]") {
  TempDir dir("writers-units");
  const OrgGraph paths = leadnet::test::toy_graph(
      {{"a", "leader", "Børn og Unge/Skoler"}, {"b", "staff", "Børn og Unge/Skoler/Vestre"}, {"c", "hr", "HR"}},
      {"b a reports_to", "c a hr_support 2.5"});
  REQUIRE(paths.units().synthetic_root());
  const OrgGraph single_root =
      leadnet::test::toy_graph({{"a", "leader", "Kommune"}, {"b", "staff", "Kommune/Skoler"}}, {"b a reports_to"});
  REQUIRE_FALSE(single_root.units().synthetic_root());
  const OrgGraph no_units = leadnet::test::numbered_graph(4, {{0, 1}, {2, 3}}, "advice", {3.0, 0.5});
  const OrgGraph empty = leadnet::test::toy_graph({}, {});
  for (const Form& form : forms()) {
    check_same(paths, write_and_read(paths, form, dir), std::string("paths via ") + form.name);
    check_same(single_root, write_and_read(single_root, form, dir), std::string("single root via ") + form.name);
    check_same(no_units, write_and_read(no_units, form, dir), std::string("no units via ") + form.name);
    check_same(empty, write_and_read(empty, form, dir), std::string("empty via ") + form.name);
  }
}

TEST_CASE("writers: the written text is what other tools expect", "[io][writers]") {
  // toy_graph names every node by its id.
  const OrgGraph g =
      leadnet::test::toy_graph({{"a,1", "leader"}, {"b", "staff"}}, {"b a,1 reports_to", "a,1 b sparring 2"});
  SECTION("json: one entry per line, derived levels not written") {
    std::ostringstream out;
    write_json(g, out);
    const std::string text = out.str();
    CHECK(text.find("{\"id\": \"a,1\", \"role\": \"leader\", \"name\": \"a,1\"}") != std::string::npos);
    CHECK(text.find("\"level\"") == std::string::npos);  // levels 0 and 1 were derived, not given
    CHECK(text.find("{\"source\": \"b\", \"target\": \"a,1\", \"type\": \"reports_to\"}") != std::string::npos);
    CHECK(text.find("{\"source\": \"a,1\", \"target\": \"b\", \"type\": \"sparring\", \"weight\": 2}") !=
          std::string::npos);
    CHECK(nlohmann::json::parse(text).at("nodes").size() == 2);
  }
  SECTION("graphml: keys, edgedefault, per-edge direction") {
    std::ostringstream out;
    write_graphml(g, out);
    const std::string text = out.str();
    CHECK(text.find("<key id=\"role\" for=\"node\" attr.name=\"role\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(text.find("edgedefault=\"directed\"") != std::string::npos);
    CHECK(text.find("<edge source=\"a,1\" target=\"b\" directed=\"false\">") != std::string::npos);
  }
  SECTION("csv: quoted where needed") {
    TempDir dir("writers-csv-text");
    write_csv_folder(g, dir / "out");
    CHECK(leadnet::test::read_file(dir / "out" / "nodes.csv") ==
          "id,name,role,unit,level\n\"a,1\",\"a,1\",leader,,\nb,b,staff,,\n");
    CHECK(leadnet::test::read_file(dir / "out" / "edges.csv") ==
          "source,target,type,weight\nb,\"a,1\",reports_to,1\n\"a,1\",b,sparring,2\n");
    CHECK_FALSE(fs::exists(dir / "out" / "units.csv"));
    CHECK_FALSE(fs::exists(dir / "out" / "meta.json"));
  }
}

TEST_CASE("writers: what a form cannot hold is refused, and nothing is written", "[io][writers]") {
  TempDir dir("writers-refuse");
  SECTION("csv: an attribute nodes.csv would read as a main column or as another attribute") {
    write_file(dir / "a.json",
               R"({"nodes": [{"id": "a", "role": "staff", "attributes": {"Navn": "x"}}], "edges": []})");
    write_file(dir / "b.json",
               R"({"nodes": [{"id": "a", "role": "staff", "attributes": {"Age": 1, "age": 2}}], "edges": []})");
    Diagnostics d1, d2;
    const OrgGraph a = read_json(dir / "a.json", {}, d1);
    const OrgGraph b = read_json(dir / "b.json", {}, d2);
    CHECK_THROWS_AS(write_csv_folder(a, dir / "out-a"), UsageError);
    CHECK_THROWS_AS(write_csv_folder(b, dir / "out-b"), UsageError);
    CHECK_FALSE(fs::exists(dir / "out-a"));
    CHECK_FALSE(fs::exists(dir / "out-b"));
    // json and graphml hold them.
    check_same(a, write_and_read(a, forms()[0], dir), "json");
    check_same(b, write_and_read(b, forms()[2], dir), "graphml");
  }
  SECTION("graphml: a control character XML cannot hold") {
    write_file(dir / "c.json",
               "{\"nodes\": [{\"id\": \"a\", \"role\": \"staff\", \"name\": \"bell\\u0007\"}], \"edges\": []}");
    Diagnostics d;
    const OrgGraph c = read_json(dir / "c.json", {}, d);
    write_file(dir / "out.graphml", "previous");
    CHECK_THROWS_AS(write_graphml(c, dir / "out.graphml"), UsageError);
    CHECK(leadnet::test::read_file(dir / "out.graphml") == "previous");
    check_same(c, write_and_read(c, forms()[0], dir), "json");  // JSON escapes it
    check_same(c, write_and_read(c, forms()[1], dir), "csv");
  }
  SECTION("csv: a folder holding other files is not replaced") {
    write_file(dir / "work" / "thesis.tex", "precious");
    const OrgGraph g = leadnet::test::toy_graph({{"a", "staff"}}, {});
    CHECK_THROWS_AS(write_csv_folder(g, dir / "work"), UsageError);
    CHECK(leadnet::test::read_file(dir / "work" / "thesis.tex") == "precious");
    // A folder holding only dataset files is replaced.
    write_file(dir / "old" / "nodes.csv", "id,role\nold,staff\n");
    write_file(dir / "old" / "units.csv", "id,name,parent\nu,U,\n");
    write_csv_folder(g, dir / "old");
    CHECK(leadnet::test::read_file(dir / "old" / "nodes.csv") == "id,name,role,unit,level\na,a,staff,,\n");
    CHECK_FALSE(fs::exists(dir / "old" / "units.csv"));
  }
  // No temporary file or folder is left behind by any of this.
  for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}
