// DOT: Graphviz's own tools accept the output (dot draws it; gc counts the nodes and edges it
// parsed), and names cannot change the graph's structure.

#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>

#include "leadnet/io/dot_writer.hpp"
#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"
#include "support/process.hpp"

using namespace leadnet;
using leadnet::test::TempDir;

namespace {

OrgGraph load(const std::filesystem::path& path) { return leadnet::test::load_dataset(path); }

std::string run(const std::string& cmd, int* status) { return leadnet::test::run_command(cmd, status); }

// gc -n -e prints "  NODES  EDGES NAME (FILE)".
std::pair<long, long> graphviz_counts(const std::filesystem::path& file) {
  int status = -1;
  std::istringstream in(run("gc -n -e '" + file.string() + "' 2>&1", &status));
  long nodes = -1, edges = -1;
  in >> nodes >> edges;
  return {nodes, edges};
}

}  // namespace

TEST_CASE("dot_quote escapes quotes and backslashes", "[io][dot]") {
  CHECK(dot_quote("Søren \"Q\" \\N") == "\"Søren \\\"Q\\\" \\\\N\"");
  CHECK(dot_quote("a\nb") == "\"a\\nb\"");
  CHECK(dot_quote("</script>") == "\"</script>\"");
  // Unlike a JSON string: a carriage return is dropped, a tab and other control characters stay.
  CHECK(dot_quote("a\r\nb\tc\x01") == "\"a\\nb\tc\x01\"");
}

TEST_CASE("dot: Graphviz draws the example municipality and counts every person and tie", "[io][dot]") {
  const OrgGraph g = load(leadnet::test::dataset("example-municipality"));
  TempDir dir("dot");
  GraphExportOptions opt;
  opt.scores.push_back({"betweenness", std::vector<double>(g.num_nodes(), 0.25)});
  write_dot(g, opt, dir / "m.dot");
  // 433 people and 2,246 ties (the dataset README).
  CHECK(graphviz_counts(dir / "m.dot") == std::make_pair(433L, 2246L));
  int status = -1;
  const std::string err =
      run("dot -Tsvg '" + (dir / "m.dot").string() + "' -o '" + (dir / "m.svg").string() + "' 2>&1", &status);
  INFO(err);
  CHECK(status == 0);
  CHECK(err.find("rror") == std::string::npos);
  CHECK(err.find("arning") == std::string::npos);
  const std::string svg = leadnet::test::read_file(dir / "m.svg");
  CHECK(svg.find("Søren Ærø") != std::string::npos);
  CHECK(svg.find("#0072b2") != std::string::npos);  // leaders filled with the leader colour
}

TEST_CASE("dot: hostile names are one node each and draw as text", "[io][dot]") {
  const OrgGraph g = load(leadnet::test::test_data("viz/hostile"));
  TempDir dir("dot-h");
  write_dot(g, {}, dir / "h.dot");
  // 8 people, 14 ties: no name splits a node or adds an edge.
  CHECK(graphviz_counts(dir / "h.dot") == std::make_pair(8L, 14L));
  int status = -1;
  const std::string err =
      run("dot -Tsvg '" + (dir / "h.dot").string() + "' -o '" + (dir / "h.svg").string() + "' 2>&1", &status);
  INFO(err);
  CHECK(status == 0);
  const std::string svg = leadnet::test::read_file(dir / "h.svg");
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
}
