// The analyze report's page in a real browser, offline: headless Chromium loads index.html from
// file://, the page's script runs (and the map's, inside its frame), and the test reads the DOM
// afterwards: findings, charts and the map drawn, no script error. A screenshot is kept under
// build/.../test-artefacts/report/.

#include <catch2/catch.hpp>

#include <regex>

#include "support/browser.hpp"
#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using namespace leadnet::test;

namespace {

std::filesystem::path make_report(const std::string& name, std::vector<std::string> extra = {}) {
  const auto out = artefact_dir("report") / name;
  std::vector<std::string> args = {"analyze", dataset("example-municipality").string(), "-o", out.string(), "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return out / "index.html";
}

void check_clean(const BrowserResult& b) {
  INFO(b.log.substr(0, 4000));
  CHECK(b.status == 0);
  CHECK_FALSE(b.script_error());
  CHECK(b.log.find("Content Security Policy") == std::string::npos);
  CHECK(attribute(b.dom, "data-ready") == "1");
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("browser: the report opens offline with findings, charts and the people map", "[report][browser]") {
  INFO("chromium is not installed: run scripts/bootstrap test");
  REQUIRE_FALSE(chromium_path().empty());
  const auto page = make_report("example");
  const auto shot = artefact_dir("report") / "example.png";
  std::filesystem::remove(shot);
  const auto b = open_in_browser(page, "", shot, 1400, 2600, 5000);
  check_clean(b);
  // Findings first, in plain words.
  CHECK(std::stoi(attribute(b.dom, "data-findings")) >= 7);
  CHECK(b.dom.find("47 of 369 formal reporting lines (13 %) carry no dialogue") != std::string::npos);
  CHECK(b.dom.find("1 leader is isolated") != std::string::npos);
  CHECK(b.dom.find("<section id=\"findings\">") < b.dom.find("<section id=\"charts\">"));
  // Charts: inline SVG, one bar per span bucket etc.
  CHECK(std::stoi(attribute(b.dom, "data-charts")) >= 4);
  for (const char* id : {"chart-span", "chart-gaps-units", "chart-gaps-levels", "chart-hr", "chart-ei", "chart-brokers"})
    CHECK(b.dom.find(std::string("id=\"") + id + "\"") != std::string::npos);
  CHECK(count(b.dom, "<rect ") >= 15);
  // The people map drew everyone inside its frame.
  CHECK(attribute(b.dom, "data-map-ready") == "people");
  CHECK(attribute(b.dom, "data-map-nodes") == "433");
  CHECK(attribute(b.dom, "data-map-edges") == "2246");
  CHECK(std::filesystem::file_size(shot) > 50000);

  // The chain map, opened through its tab's address: the org chart of the formal organisation.
  const auto c = open_in_browser(page, "#map=chain", {}, 1400, 1000, 5000);
  check_clean(c);
  CHECK(attribute(c.dom, "data-map-ready") == "chain");
  CHECK(std::stoi(attribute(c.dom, "data-map-nodes")) > 30);
  CHECK(c.dom.find("data-map=\"chain\" aria-selected=\"true\"") != std::string::npos);

  // The units map: one bubble per silo (7 at depth 1: Byrådet, the five administrations, and the
  // kommunaldirektør's own unit above them).
  const auto u = open_in_browser(page, "#map=units", {}, 1400, 1000, 5000);
  check_clean(u);
  CHECK(attribute(u.dom, "data-map-ready") == "units");
  CHECK(attribute(u.dom, "data-map-nodes") == "7");
  // The planted silo problem is among the findings on the page.
  CHECK(b.dom.find("Skoler and Socialområdet share 3 ties, all through one person") != std::string::npos);
}
