#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "support/centrality_reference.hpp"
#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using leadnet::test::dataset;
using leadnet::test::run_cli;

namespace {

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\n') {
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
    } else {
      field += c;
    }
  }
  return rows;
}

const leadnet::test::ReferenceCase& reference(const std::string& file) {
  for (const auto& c : leadnet::test::centrality_reference_cases())
    if (c.file == file) return c;
  FAIL("no reference case " << file);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("cli centrality: CSV has id first and NetworkX's values", "[cli][centrality]") {
  const auto r = run_cli({"centrality", dataset("krackhardt-hightech").string(), "--layers", "advice", "--measures",
                          "pagerank,betweenness,hits", "--format", "csv"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto rows = parse_csv(r.out);
  REQUIRE(rows.size() == 22);  // header + 21 managers
  CHECK(rows[0] ==
        std::vector<std::string>{"id", "name", "role", "unit", "pagerank", "betweenness", "hub", "authority"});
  const auto& ref = reference("krackhardt-hightech/advice-directed-unweighted");
  const auto& ids = ref.record["nodes"];
  double previous = 1.0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto it = std::find(ids.begin(), ids.end(), rows[i][0]);
    REQUIRE(it != ids.end());
    const auto v = static_cast<std::size_t>(it - ids.begin());
    const double pr = std::stod(rows[i][4]);
    // nx.pagerank(G)'s numbers: its default stop (tol=1e-6), which is leadnet's default.
    CHECK(pr == Approx(ref.column("pagerank_default")[v].get<double>()).epsilon(1e-6));
    CHECK(std::stod(rows[i][5]) == Approx(ref.column("betweenness")[v].get<double>()).epsilon(1e-6).margin(1e-12));
    CHECK(std::stod(rows[i][7]) == Approx(ref.column("authority")[v].get<double>()).epsilon(1e-6).margin(1e-12));
    CHECK(pr <= previous);  // sorted by the first measure
    previous = pr;
  }
}

TEST_CASE("cli centrality: --tolerance converges, and the coarse default stop is said", "[cli][centrality]") {
  // email-Eu-core: 1 005 people, so NetworkX's rule allows an L1 step of 1005 x 1e-6 = 1.0e-3.
  const auto& ref = reference("email-eu-core/all-directed-unweighted");
  const auto& ids = ref.record["nodes"];
  for (const std::string tol : {"", "1e-15"}) {
    INFO("tolerance " << tol);
    std::vector<std::string> args{
        "centrality", dataset("email-eu-core").string(), "--measures", "pagerank", "--format", "json", "--top", "0"};
    if (!tol.empty()) args.insert(args.end(), {"--tolerance", tol});
    const auto r = run_cli(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["measures"][0]["tolerance"] == (tol.empty() ? 1e-6 : 1e-15));
    // The default is NetworkX's stop, and the note says it is not converged; a tight tolerance
    // gives the converged scores (nx.pagerank(G, tol=1e-15)) and no note.
    CHECK((r.err.find("not converged ones") != std::string::npos) == tol.empty());
    const std::string column = tol.empty() ? "pagerank_default" : "pagerank";
    std::size_t compared = 0;
    for (const auto& row : j["nodes"]) {
      const auto it = std::find(ids.begin(), ids.end(), row["id"]);
      REQUIRE(it != ids.end());
      const auto v = static_cast<std::size_t>(it - ids.begin());
      CHECK(row["pagerank"].get<double>() == Approx(ref.column(column)[v].get<double>()).epsilon(1e-6));
      ++compared;
    }
    CHECK(compared == 1005);
  }
  CHECK(run_cli({"centrality", dataset("zachary-karate").string(), "--tolerance", "0"}).status == 2);
  // 34 people: 34 x 1e-6 is below 1e-4, so no note (NetworkX's stop lies 8e-5 from the limit there).
  const auto small = run_cli({"centrality", dataset("zachary-karate").string(), "--measures", "pagerank"});
  CHECK(small.status == 0);
  CHECK(small.err.find("not converged ones") == std::string::npos);
}

TEST_CASE("cli centrality: JSON carries the view and the sampling bound", "[cli][centrality]") {
  const auto r = run_cli({"centrality", dataset("zachary-karate").string(), "--measures", "betweenness,degree",
                          "--weighted", "--approx", "0.05", "--format", "json", "--seed", "3"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "leadnet/centrality/1");
  CHECK(j["view"]["directed"] == false);  // the only layer is undirected
  CHECK(j["view"]["weighted"] == true);
  CHECK(j["view"]["layers"] == nlohmann::json::array({"interaction"}));
  CHECK(j["view"]["path_lengths"].get<std::string>().find("1/weight") != std::string::npos);
  CHECK(j["columns"] == nlohmann::json::array({"betweenness", "degree", "strength"}));
  const auto& m = j["measures"][0];
  CHECK(m["measure"] == "betweenness");
  CHECK(m["approx_eps"] == 0.05);
  CHECK(m["samples"].get<std::uint64_t>() > 1000);
  CHECK(m["vertex_diameter_bound"].get<std::uint64_t>() >= 3);
  REQUIRE(j["nodes"].size() == 34);
  CHECK(j["nodes"][0]["id"].is_string());
  CHECK(j["nodes"][0]["degree"].is_number());
  // Within the bound of the exact value.
  const auto& ref = reference("zachary-karate/all-undirected-weighted");
  for (const auto& node : j["nodes"]) {
    const auto& ids = ref.record["nodes"];
    const auto v = static_cast<std::size_t>(std::find(ids.begin(), ids.end(), node["id"]) - ids.begin());
    CHECK(std::abs(node["betweenness"].get<double>() - ref.column("betweenness")[v].get<double>()) <= 0.05);
  }
}

TEST_CASE("cli centrality: table is readable and sorted, Danish names intact", "[cli][centrality]") {
  const auto r = run_cli({"centrality", dataset("example-municipality").string(), "--measures", "betweenness,pagerank",
                          "--undirected", "--top", "5"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Eksempel Kommune") != std::string::npos);
  CHECK(r.out.find("View: undirected, unweighted") != std::string::npos);
  CHECK(r.out.find("betweenness") != std::string::npos);
  CHECK(r.out.find("Top 5 of 433 by betweenness") != std::string::npos);
  std::istringstream lines(r.out);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line))
    if (!line.empty() && line.find_first_not_of(' ') != std::string::npos &&
        std::isdigit(static_cast<unsigned char>(line[line.find_first_not_of(' ')])))
      ++rows;
  CHECK(rows == 5);
}

TEST_CASE("cli centrality: a diverging Katz leaves its column empty and says why", "[cli][centrality]") {
  const auto r =
      run_cli({"centrality", dataset("lazega-lawfirm").string(), "--measures", "katz,degree", "--format", "csv"});
  REQUIRE(r.status == 0);
  CHECK(r.err.find("diverges") != std::string::npos);
  const auto rows = parse_csv(r.out);
  REQUIRE(rows.size() == 72);
  CHECK(rows[1][4].empty());
  CHECK(!rows[1][5].empty());
  // A smaller alpha converges and equals NetworkX.
  const auto ok = run_cli({"centrality", dataset("lazega-lawfirm").string(), "--measures", "katz", "--katz-alpha",
                           "0.01", "--format", "csv", "--undirected"});
  REQUIRE(ok.status == 0);
  const auto& ref = reference("lazega-lawfirm/all-undirected-unweighted");
  const auto& ids = ref.record["nodes"];
  for (const auto& row : parse_csv(ok.out)) {
    if (row[0] == "id") continue;
    const auto v = static_cast<std::size_t>(std::find(ids.begin(), ids.end(), row[0]) - ids.begin());
    CHECK(std::stod(row[4]) == Approx(ref.column("katz_alpha_0.01")[v].get<double>()).epsilon(1e-6));
  }
}

TEST_CASE("cli centrality: -o writes the file, bad input writes nothing", "[cli][centrality]") {
  leadnet::test::TempDir dir("centrality");
  const auto out = dir / "scores.csv";
  auto r = run_cli({"centrality", dataset("padgett-florentine").string(), "-o", out.string(), "--format", "csv"});
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  CHECK(leadnet::test::read_file(out).rfind("id,name,role,unit,degree,betweenness,closeness,pagerank\n", 0) == 0);
  const auto bad = dir / "bad.csv";
  r = run_cli({"centrality", leadnet::test::test_data("bad_input/unknown_node_in_edge").string(), "-o", bad.string()});
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(bad));
}

TEST_CASE("cli centrality: usage errors exit 2", "[cli][centrality]") {
  const std::string data = dataset("krackhardt-hightech").string();
  auto r = run_cli({"centrality", data, "--measures", "fame"});
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown measure 'fame'") != std::string::npos);
  CHECK(run_cli({"centrality", data, "--approx", "2"}).status == 2);
  CHECK(run_cli({"centrality", data, "--layers", "gossip"}).status == 2);
  CHECK(run_cli({"centrality", data, "--format", "xml"}).status == 2);
  r = run_cli({"centrality", "--help"});
  CHECK(r.status == 0);
  CHECK(r.out.find("--approx") != std::string::npos);
}

TEST_CASE("cli centrality: a progress bar on a terminal's stderr, silenced by --quiet", "[cli][centrality]") {
  // The bar is drawn only when stderr is a terminal (Io::err_is_terminal); the first update of a
  // stage is always drawn, so exact betweenness (one update per block of sources) shows it.
  const auto run = [](bool quiet) {
    std::vector<std::string> args{"leadnet",    "centrality",  dataset("email-eu-core").string(),
                                  "--measures", "betweenness", "--top",
                                  "3",          "--threads",   "1"};
    if (quiet) args.push_back("--quiet");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    leadnet::cli::Io io{out, err, true, false};
    REQUIRE(leadnet::cli::run(static_cast<int>(argv.size()), argv.data(), io) == 0);
    CHECK(out.str().find("betweenness") != std::string::npos);
    return err.str();
  };
  const std::string shown = run(false);
  CHECK(shown.find("betweenness [") != std::string::npos);
  CHECK(shown.find('%') != std::string::npos);
  CHECK(run(true).empty());
}

namespace {
// `leadnet centrality datasets/email-eu-core --measures MEASURE --tolerance 1e-12 --format json`:
// its JSON, with every person's value checked against the reference column MEASURE (NetworkX's
// converged values) to `relative` (plus 1e-12 absolute).
nlohmann::json converged_json(const std::string& measure, double relative) {
  const auto& ref = reference("email-eu-core/all-directed-unweighted");
  const auto& ids = ref.record["nodes"];
  const auto r = run_cli({"centrality", dataset("email-eu-core").string(), "--measures", measure, "--tolerance",
                          "1e-12", "--format", "json", "--top", "0"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  std::size_t compared = 0;
  for (const auto& row : j["nodes"]) {
    const auto it = std::find(ids.begin(), ids.end(), row["id"]);
    REQUIRE(it != ids.end());
    const auto v = static_cast<std::size_t>(it - ids.begin());
    CHECK(row[measure].get<double>() == Approx(ref.column(measure)[v].get<double>()).epsilon(relative).margin(1e-12));
    ++compared;
  }
  CHECK(compared == 1005);
  return j;
}
}  // namespace

TEST_CASE("cli centrality: a tight tolerance gives the converged eigenvector and names Arnoldi", "[cli][centrality]") {
  // email-Eu-core, 1 005 people: at --tolerance 1e-12 eigenvector centrality is computed as the
  // converged vector by Arnoldi (the JSON says so); its values equal NetworkX's
  // eigenvector_centrality(G, tol=1e-14) (the "eigenvector" column of the reference).
  const auto j = converged_json("eigenvector", 1e-8);
  CHECK(j["measures"][0]["method"] == "Arnoldi");
  CHECK(j["measures"][0]["products"].get<int>() > 0);
  CHECK(j["measures"][0].count("iterations") == 0);
}

TEST_CASE("cli centrality: a tight tolerance gives converged PageRank by Gauss-Seidel", "[cli][centrality]") {
  // The same for PageRank, computed by Gauss-Seidel (the JSON says so, with its sweeps); its
  // values equal NetworkX's pagerank(G, tol=1e-15) (the "pagerank" column of the reference).
  const auto j = converged_json("pagerank", 1e-7);
  CHECK(j["measures"][0]["method"] == "Gauss-Seidel");
  CHECK(j["measures"][0]["iterations"].get<int>() > 0);
  CHECK(j["measures"][0].count("products") == 0);
}
