#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "leadnet/viz/svg_writer.hpp"
#include "support/paths.hpp"

using namespace leadnet::viz;

namespace {

Scene small_scene() {
  Scene s;
  s.title = "Kommune <script>alert(1)</script>";
  s.subtitle = "Søren & Åse";
  s.color_legend.title = "Role";
  s.color_legend.items = {{"leader", {0, 0x72, 0xb2}, 2}};
  s.layers = {{"sparring", "", {1, 2, 3}, false, 1}};
  for (int i = 0; i < 3; ++i) {
    SceneNode n;
    n.id = std::to_string(i);
    n.label = i == 0 ? "\"><img src=x onerror=alert(1)>" : "Æbelø " + std::to_string(i);
    n.x = i * 10.0;
    n.y = i * 3.0;
    n.radius = 1.0;
    n.color_item = 0;
    s.nodes.push_back(n);
  }
  s.edges.push_back({0, 1, 0, 1.0, 1.0, EdgeShape::line, kNone, ""});
  s.edges.push_back({1, 2, 0, 1.0, 1.0, EdgeShape::elbow, kNone, ""});
  s.highlights.push_back({"Chain gap", "no dialogue", {0xd0, 0x21, 0x2d}, 1});
  s.edges.push_back({0, 2, 0, 1.0, 1.0, EdgeShape::arc, 0, ""});
  return s;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("xml_escape escapes markup and drops control characters", "[viz][svg]") {
  CHECK(xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  CHECK(xml_escape(std::string("a\x01"
                               "b\tc")) == "ab\tc");
  CHECK(xml_escape("Søren Ærø") == "Søren Ærø");
}

TEST_CASE("svg writer: well-formed XML, every node drawn, texts escaped", "[viz][svg]") {
  std::ostringstream out;
  write_svg(small_scene(), {}, out);
  const std::string svg = out.str();
  CHECK(count(svg, "<script") == 0);
  CHECK(count(svg, "<img") == 0);
  CHECK(svg.find("Kommune &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(svg.find("Æbelø 1") != std::string::npos);
  // Three nodes with tooltips, plus nothing else drawn as a filled node circle.
  CHECK(count(svg, "<title>") == 4);                                 // the document title and three tooltips
  CHECK(svg.find("stroke-dasharray=\"6 4\"") != std::string::npos);  // the marked tie
  // xmllint (libxml2-utils) is an independent XML parser.
  leadnet::test::TempDir dir("svg");
  leadnet::test::write_file(dir / "m.svg", svg);
  const std::string cmd = "xmllint --noout '" + (dir / "m.svg").string() + "' 2>/dev/null";
  CHECK(std::system(cmd.c_str()) == 0);
}

TEST_CASE("svg writer: a large bubble carries its name inside, long legend texts wrap", "[viz][svg]") {
  Scene s;
  s.kind = SceneKind::units;
  s.title = "Kommune";
  s.size_legend = "Bubble area: people in the unit. Line width: ties between two units, drawn for every pair.";
  s.highlights.push_back({"Broker", "top 5 % by brokerage between silos (Gould–Fernandez)", {0x6a, 0x3d, 0x9a}, 1});
  // One bubble as wide as the drawing and a small one far away.
  for (int i = 0; i < 2; ++i) {
    SceneNode n;
    n.id = std::to_string(i);
    n.label = i == 0 ? "Social og Sundhed" : "Byrådet";
    n.x = i == 0 ? 0.0 : 100.0;
    n.y = 0.0;
    n.radius = i == 0 ? 30.0 : 1.0;
    n.always_label = true;
    s.nodes.push_back(n);
  }
  std::ostringstream out;
  write_svg(s, SvgOptions{}, out);
  const std::string svg = out.str();
  // The big bubble's name is centred on it (text-anchor middle), the small one's beside it.
  const auto at = svg.find(">Social og Sundhed</text>");
  REQUIRE(at != std::string::npos);
  const auto start = svg.rfind("<text", at);
  CHECK(svg.substr(start, at - start).find("text-anchor=\"middle\"") != std::string::npos);
  const auto small = svg.find(">Byrådet</text>");
  REQUIRE(small != std::string::npos);
  CHECK(svg.substr(svg.rfind("<text", small), small - svg.rfind("<text", small)).find("middle") == std::string::npos);
  // The legend's width is 260 px: at 0.56 em a character, no legend line may pass ~36 characters
  // at 13 px (size note) or ~38 at 11 px (description); both texts are whole, in several lines.
  CHECK(svg.find(">Bubble area: people in the unit.") != std::string::npos);
  CHECK(svg.find("for every pair.</text>") != std::string::npos);
  CHECK(svg.find("(Gould–Fernandez)</text>") != std::string::npos);
  CHECK(svg.find(s.size_legend) == std::string::npos);
  CHECK(svg.find("top 5 % by brokerage between silos (Gould–Fernandez)") == std::string::npos);
}
