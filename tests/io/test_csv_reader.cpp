#include <catch2/catch.hpp>

#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"

using namespace leadnet;
using leadnet::test::TempDir;
using leadnet::test::write_file;

namespace {

OrgGraph read_folder(const TempDir& dir, Diagnostics& diags) { return read_csv_folder(dir.path(), {}, diags); }

}  // namespace

TEST_CASE("csv: the DESIGN.md example reads as written", "[io][csv]") {
  TempDir dir("csv-design");
  write_file(dir / "nodes.csv",
             "id,name,role,unit,level\n"
             "d1,Mette Kjær,leader,Direktion,0\n"
             "s1,Søren Ærø,leader,Børn og Unge/Skoler,1\n"
             "h1,Anne Holm,hr,HR,1\n");
  write_file(dir / "edges.csv",
             "source,target,type,weight\n"
             "s1,d1,reports_to,1\n"
             "s1,d1,sparring,2\n"
             "s1,h1,hr_support,1\n");
  Diagnostics diags;
  const OrgGraph g = read_folder(dir, diags);
  CHECK(diags.warning_count() == 0);
  REQUIRE(g.num_nodes() == 3);
  CHECK(g.name(1) == "Søren Ærø");
  CHECK(g.level(0) == 0);
  CHECK(g.layer(EdgeType::reports_to).out().has_arc(1, 0));
  const Csr& sp = g.layer(EdgeType::sparring).out();
  CHECK(sp.weight(sp.find_arc(0, 1)) == 2.0);
  CHECK(g.units()[g.unit(1)].name == "Skoler");
}

TEST_CASE("csv: semicolons, BOM, CRLF, quoting and decimal commas (Danish Excel)", "[io][csv]") {
  TempDir dir("csv-excel");
  write_file(dir / "nodes.csv",
             "\xEF\xBB\xBFid;navn;rolle;enhed;fte\r\n"
             "a;\"Kjær; Mette\";leder;Direktion;0,8\r\n"
             "b;\"Søren \"\"Sønne\"\" Ærø\";medarbejder;Direktion;1\r\n"
             "c;\"Line\r\nto\";borger;;\r\n");
  write_file(dir / "edges.csv",
             "kilde;mål;type;vægt\r\n"
             "b;a;rapporterer_til;1\r\n"
             "b;a;kommunikation;2,5\r\n");
  Diagnostics diags;
  const OrgGraph g = read_folder(dir, diags);
  REQUIRE(g.num_nodes() == 3);
  CHECK(g.name(0) == "Kjær; Mette");
  CHECK(g.name(1) == "Søren \"Sønne\" Ærø");
  CHECK(g.name(2) == "Line\r\nto");
  CHECK(g.role(2) == Role::citizen);
  const AttributeColumn* fte = g.attribute("fte");
  REQUIRE(fte != nullptr);
  CHECK(fte->type() == AttributeType::real);
  CHECK(fte->real(0) == Approx(0.8));
  CHECK_FALSE(fte->has(2));
  const Csr& comm = g.layer(EdgeType::communication).out();
  CHECK(comm.weight(comm.find_arc(1, 0)) == 2.5);
}

TEST_CASE("csv: tab-separated files and extra columns as typed attributes", "[io][csv]") {
  TempDir dir("csv-tab");
  write_file(dir / "nodes.csv",
             "id\trole\tage\tpostcode\tremote\tnote\n"
             "1\tstaff\t34\t0800\tja\tx\n"
             "2\tstaff\t51\t8000\tnej\t\n");
  write_file(dir / "edges.csv", "source\ttarget\ttype\n1\t2\tcollaboration\n");
  Diagnostics diags;
  const OrgGraph g = read_folder(dir, diags);
  CHECK(g.attribute("age")->type() == AttributeType::integer);
  CHECK(g.attribute("age")->integer(1) == 51);
  CHECK(g.attribute("postcode")->type() == AttributeType::text);  // "0800" keeps its zero
  CHECK(g.attribute("postcode")->text(0) == "0800");
  CHECK(g.attribute("remote")->type() == AttributeType::boolean);
  CHECK(g.attribute("remote")->boolean(0));
  CHECK(g.attribute("note")->type() == AttributeType::text);
}

TEST_CASE("csv: units.csv and custom edge types from meta.json", "[io][csv]") {
  TempDir dir("csv-units");
  write_file(dir / "meta.json",
             R"({"name": "Test", "edge_types": [{"name": "friendship", "directed": false}]})");
  write_file(dir / "units.csv", "id,name,parent,kind\nk,Kommune,,kommune\nbu,Børn og Unge,k,forvaltning\n");
  write_file(dir / "nodes.csv", "id,role,unit\na,leader,k\nb,staff,bu\n");
  write_file(dir / "edges.csv", "source,target,type\na,b,friendship\nb,a,Friendship\n");
  Diagnostics diags;
  const OrgGraph g = read_folder(dir, diags);
  CHECK(g.meta().name == "Test");
  CHECK_FALSE(g.units().synthetic_root());
  CHECK(g.units()[g.unit(1)].depth == 1);
  const auto f = g.find_layer("friendship");
  REQUIRE(f.has_value());
  CHECK_FALSE(g.layer(*f).directed());
  CHECK(g.layer(*f).num_ties() == 1);  // b,a is the same undirected tie (merged, warned)
  CHECK(diags.warning_count() == 1);
}

TEST_CASE("csv: errors are collected, located and capped", "[io][csv]") {
  TempDir dir("csv-errors");
  std::string nodes = "id,role\n";
  for (int i = 0; i < 60; ++i) nodes += "n" + std::to_string(i) + ",boss\n";
  write_file(dir / "nodes.csv", nodes);
  write_file(dir / "edges.csv", "source,target,type\n");
  Diagnostics diags;
  try {
    read_folder(dir, diags);
    FAIL("expected InputError");
  } catch (const InputError& e) {
    CHECK(e.total_errors() == 60);
    CHECK(e.errors().size() == 50);
    CHECK(e.errors()[0].line == 2);
    CHECK(e.errors()[0].column == 4);
    CHECK(e.errors()[0].message.find("unknown role 'boss'") != std::string::npos);
  }
}

TEST_CASE("csv: meta.json attribute_types fixes column types", "[io][csv]") {
  TempDir dir("csv-attribute-types");
  write_file(dir / "nodes.csv",
             "id,role,postcode,fte,flag,age\n"
             "a,staff,8000,1,ja,30\n"
             "b,staff,9000,2,nej,\n");
  write_file(dir / "edges.csv", "source,target,type\n");
  write_file(dir / "meta.json",
             R"({"attribute_types": {"postcode": "text", "fte": "real", "flag": "string", "shoe": "int"}})");
  Diagnostics diags;
  const OrgGraph g = read_folder(dir, diags);
  // Inference alone would give integer, integer, boolean.
  CHECK(g.attribute("postcode")->type() == AttributeType::text);
  CHECK(g.attribute("postcode")->text(1) == "9000");
  CHECK(g.attribute("fte")->type() == AttributeType::real);
  CHECK(g.attribute("fte")->real(1) == 2.0);
  CHECK(g.attribute("flag")->type() == AttributeType::text);
  CHECK(g.attribute("age")->type() == AttributeType::integer);  // not declared: inferred
  CHECK(g.meta().extra_json.empty());                            // not an extra meta field
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.items()[0].message == "attribute_types names 'shoe', which is not a column of nodes.csv");

  write_file(dir / "meta.json", R"({"attribute_types": {"fte": "integer", "flag": "colour"}})");
  Diagnostics bad;
  try {
    read_folder(dir, bad);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    std::vector<std::string> messages;
    for (const auto& d : e.errors())
      messages.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
    REQUIRE(messages.size() == 1);  // "1" and "2" are whole numbers: only the unknown type is wrong
    CHECK(messages[0] == "1:40: attribute_types: the type of 'flag' must be \"integer\", \"real\", \"boolean\" or \"text\"");
  }
  write_file(dir / "meta.json", R"({"attribute_types": {"postcode": "boolean"}})");
  Diagnostics bad2;
  try {
    read_folder(dir, bad2);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    REQUIRE(e.errors().size() == 2);
    CHECK(e.errors()[0].line == 2);
    CHECK(e.errors()[0].column == 9);
    CHECK(e.errors()[0].message == "'8000' is not true/false, but meta.json's attribute_types declares 'postcode' boolean");
  }
}
