#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "leadnet/viz/html_writer.hpp"

using namespace leadnet::viz;

TEST_CASE("script_safe_json escapes what could end a script element", "[viz][html]") {
  // JSON text as a JSON library writes it (U+2028 and U+2029 as raw UTF-8).
  const std::string in = "{\"a\":\"</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9 ø\"}";
  const std::string out = script_safe_json(in);
  CHECK(out == "{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029 ø\"}");
  // Still the same JSON value.
  CHECK(nlohmann::json::parse(out) == nlohmann::json::parse(in));
}

TEST_CASE("html writer: one self-contained file, data recoverable, no raw markup from data", "[viz][html]") {
  Scene s;
  s.title = "</script><script>alert('title')</script>";
  SceneNode n;
  n.id = "x";
  n.label = "<img src=x onerror=alert(1)> Søren Ærø \xE2\x80\xA8";
  s.nodes.push_back(n);
  std::ostringstream out;
  write_html(s, out);
  const std::string html = out.str();
  // Exactly two script elements: the JSON data and the map's code; nothing external.
  std::size_t scripts = 0;
  for (auto at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) ++scripts;
  CHECK(scripts == 2);
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  // The data element parses back to the original strings.
  const std::string open = "<script type=\"application/json\" id=\"leadnet-data\">";
  const auto start = html.find(open) + open.size();
  const auto end = html.find("</script>", start);
  const auto data = nlohmann::json::parse(html.substr(start, end - start));
  CHECK(data["title"] == s.title);
  CHECK(data["nodes"]["label"][0] == n.label);
  CHECK(html.find("<title>&lt;/script&gt;") != std::string::npos);
}
