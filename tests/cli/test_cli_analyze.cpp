// leadnet analyze on the example municipality: the planted problems of
// datasets/example-municipality/README.md appear among the findings in plain words; the report
// folder is complete, reproducible and written atomically; pseudonymisation leaves no real name
// or id in any file; the minimum group size suppresses small units everywhere.

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/cli_runner.hpp"
#include "support/paths.hpp"

using namespace leadnet::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kExample = dataset("example-municipality").string();
const std::string kKey = "a-secret-key-for-the-tests-0123456789";

struct Report {
  fs::path dir;
  json doc;
  std::string html;
};

Report load_report(const fs::path& dir) {
  Report r;
  r.dir = dir;
  r.doc = json::parse(read_file(dir / "report.json"));
  r.html = read_file(dir / "index.html");
  return r;
}

Report run_report(const TempDir& tmp, const std::string& name, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"analyze", kExample, "-o", (tmp / name).string(), "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_cli(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return load_report(tmp / name);
}

// One run with the default options, shared by the tests that only read it.
const Report& default_report() {
  static TempDir tmp("analyze-default");
  static const Report r = run_report(tmp, "report");
  return r;
}

const json* finding(const json& doc, const std::string& id) {
  for (const auto& f : doc["findings"])
    if (f["id"] == id) return &f;
  return nullptr;
}

std::string finding_text(const json& doc, const std::string& id) {
  const json* f = finding(doc, id);
  return f == nullptr ? std::string() : (*f)["headline"].get<std::string>() + " " + (*f)["detail"].get<std::string>();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The text of every file in the folder, with the maps that index.html carries base64-encoded
// decoded and appended (a leak must not hide inside an encoding), and the encoded form left out.
std::string base64_decode(const std::string& in) {
  std::string out;
  int val = 0, bits = -8;
  for (char c : in) {
    int d;
    if (c >= 'A' && c <= 'Z') d = c - 'A';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 26;
    else if (c >= '0' && c <= '9') d = c - '0' + 52;
    else if (c == '+') d = 62;
    else if (c == '/') d = 63;
    else break;
    val = (val << 6) + d;
    bits += 6;
    if (bits >= 0) {
      out += static_cast<char>((val >> bits) & 0xFF);
      bits -= 8;
    }
  }
  return out;
}

std::string all_text(const fs::path& dir) {
  std::string text;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string content = read_file(entry.path());
    if (entry.path().filename() == "index.html") {
      const std::string open = "<script type=\"application/json\" id=\"leadnet-maps\">";
      const auto a = content.find(open);
      REQUIRE(a != std::string::npos);
      const auto b = content.find("</script>", a);
      const json maps = json::parse(content.substr(a + open.size(), b - a - open.size()));
      REQUIRE(maps["maps"].size() >= 1);
      for (const auto& m : maps["maps"]) text += base64_decode(m["html"].get<std::string>()) + "\n";
      content.erase(a, b - a);
    }
    text += content + "\n";
  }
  return text;
}

struct Person {
  std::string id, name;
};

// nodes.csv of the example (ids and names hold no commas or quotes).
std::vector<Person> example_people() {
  std::vector<Person> people;
  std::ifstream in(fs::path(kExample) / "nodes.csv");
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::istringstream row(line);
    Person p;
    std::getline(row, p.id, ',');
    std::getline(row, p.name, ',');
    people.push_back(p);
  }
  return people;
}

// `id` as a whole token: not inside a longer run of letters, digits, '_' or '-'.
bool has_token(const std::string& text, const std::string& id) {
  const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
  for (std::size_t at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
    const bool left = at == 0 || !word(text[at - 1]);
    const bool right = at + id.size() >= text.size() || !word(text[at + id.size()]);
    if (left && right) return true;
  }
  return false;
}

std::string shell_output(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  char buf[256];
  while (std::fgets(buf, sizeof buf, p) != nullptr) out += buf;
  ::pclose(p);
  return out;
}

std::map<std::string, std::vector<std::string>> csv_rows_by_id(const fs::path& file, std::vector<std::string>& header) {
  std::map<std::string, std::vector<std::string>> rows;
  std::ifstream in(file);
  std::string line;
  auto split = [](const std::string& l) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (char c : l) {
      if (c == '"') quoted = !quoted;
      else if (c == ',' && !quoted) {
        cells.push_back(cell);
        cell.clear();
      } else cell += c;
    }
    cells.push_back(cell);
    return cells;
  };
  std::getline(in, line);
  header = split(line);
  while (std::getline(in, line)) {
    auto cells = split(line);
    rows[cells[0]] = cells;
  }
  return rows;
}

}  // namespace

TEST_CASE("analyze: every planted problem of the example municipality is among the findings", "[cli][analyze]") {
  const Report& r = default_report();
  // P1 (README "span of control"): l011 with 100 direct reports, 4 leaders over 30.
  const std::string span = finding_text(r.doc, "span");
  CHECK(contains(span, "4 leaders have more than 30 direct reports"));
  CHECK(contains(span, "the largest span is 100"));
  CHECK(contains(span, "Åse Møller (l011, Plejecenterleder, Plejecenter Solgården): 100"));
  for (const char* id : {"(l013", "(l006", "(l012"}) CHECK(contains(span, id));
  // P2: 47 of 369 lines are gaps, and the chain broken twice at l011 -> l010 -> d02.
  CHECK(contains(finding_text(r.doc, "chain_gaps"), "47 of 369 formal reporting lines (13 %) carry no dialogue"));
  CHECK(contains(finding_text(r.doc, "chain_gaps"), "Plejecenter Solgården"));
  const std::string leader_gaps = finding_text(r.doc, "leader_gaps");
  CHECK(contains(leader_gaps, "5 leaders have a silent line to their own manager"));
  CHECK(contains(leader_gaps, "Two silent lines in a row: Åse Møller (l011, Plejecenterleder) → Peter Vestergaard "
                              "(l010, Ældrechef) → Birgitte Rasmussen (d02"));
  for (const char* id : {"(l024", "(l029", "(l019"}) CHECK(contains(leader_gaps, id));
  // P3: the one isolated leader.
  const std::string isolated = finding_text(r.doc, "isolated_leaders");
  CHECK(contains(isolated, "1 leader is isolated"));
  CHECK(contains(isolated, "Jesper Bech (l019, Forstander, Bostedet Lyngbo)"));
  // P6: night team B far from the top (s0167: 9 steps at formal depth 4), Bostedet Lyngbo the
  // workplace with the longest mean detour (2.11).
  const std::string top = finding_text(r.doc, "distance_to_top");
  CHECK(contains(top, "(s0167, Social- og sundhedsassistent, nattevagt (hold B), Plejecenter Solgården): 9 steps "
                      "(formal depth 4)"));
  CHECK(contains(top, "Bostedet Lyngbo (2.1 steps more on average, 9 people)"));
  // The whole night team B (s0165-s0170) is named among the farthest.
  for (const char* id : {"(s0165", "(s0166", "(s0167", "(s0168", "(s0169", "(s0170"}) CHECK(contains(top, id));
  // P4: Skoler and Socialområdet (units one level below the silos) talk only through s0257.
  const std::string bridges = finding_text(r.doc, "fragile_bridges");
  CHECK(contains(bridges, "Skoler and Socialområdet share 3 ties, all through one person"));
  CHECK(contains(bridges, "all through Bjørn Kjær (s0257"));
  // P5: 5 of the 9 citizens served by two or more administrations are coherent; c047 is not.
  const std::string coherence = finding_text(r.doc, "citizen_coherence");
  CHECK(contains(coherence, "Of 9 citizens served by staff of two or more silos, 5 (56 %) meet staff who talk to each other"));
  CHECK(contains(coherence, "c047 is served by 3 silos (Social og Sundhed, Kultur og Fritid and Økonomi og Personale) "
                            "whose staff never meet"));
  for (const char* id : {"(s0241", "(s0302", "(s0322"}) CHECK(contains(coherence, id));
  CHECK(r.doc["silos"]["citizen_coherence"]["coherent"] == 5);
  CHECK(r.doc["silos"]["citizen_coherence"]["multi_silo"] == 9);
  // Every finding's headline is on the page, the worst first.
  int last = 3;
  for (const auto& f : r.doc["findings"]) {
    CHECK(contains(r.html, f["headline"].get<std::string>()));
    CHECK(f["severity"].get<int>() <= last);
    last = f["severity"].get<int>();
  }
}

TEST_CASE("analyze: the report folder has every file, a versioned schema and the input checksum", "[cli][analyze]") {
  const Report& r = default_report();
  for (const char* f : {"report.json", "index.html", "people.csv", "leaders.csv", "units.csv", "unit_pairs.csv",
                        "chain_gaps.csv", "network.graphml", "network.gexf"})
    CHECK(fs::exists(r.dir / f));
  CHECK(r.doc["schema"] == "leadnet/analyze/1");
  CHECK(r.doc["leadnet_version"] == LEADNET_VERSION);
  CHECK(r.doc["seed"] == 1);
  CHECK(r.doc["chain"]["summary"]["chain_gaps"] == 47);
  // The checksum as documented, recomputed with coreutils' sha256sum.
  const std::string expected =
      shell_output("cd '" + kExample + "' && sha256sum edges.csv meta.json nodes.csv units.csv | sha256sum");
  REQUIRE(expected.size() >= 64);
  CHECK(r.doc["input"]["sha256"] == expected.substr(0, 64));
  // chain_gaps.csv: one row per gap of the README's list.
  std::vector<std::string> header;
  const auto gaps = csv_rows_by_id(r.dir / "chain_gaps.csv", header);
  CHECK(header[0] == "subordinate");
  CHECK(gaps.size() == 47);
  CHECK(gaps.count("l011") == 1);
  CHECK(gaps.count("s0307") == 1);
  // people.csv has everyone; leaders.csv the 38 leaders.
  const auto people = csv_rows_by_id(r.dir / "people.csv", header);
  CHECK(people.size() == 433);
  CHECK(csv_rows_by_id(r.dir / "leaders.csv", header).size() == 38);
}

TEST_CASE("analyze: per-person scores and silo figures equal NetworkX on the informal network", "[cli][analyze]") {
  // Reference values: tests/reference/analyze_reference.py (NetworkX 2.8 on the CSV files).
  const Report& r = default_report();
  std::vector<std::string> header;
  const auto people = csv_rows_by_id(r.dir / "people.csv", header);
  const auto col = [&](const std::string& name) {
    const auto at = std::find(header.begin(), header.end(), name);
    REQUIRE(at != header.end());
    return static_cast<std::size_t>(at - header.begin());
  };
  const struct {
    const char* id;
    int degree;
    double betweenness, pagerank;
  } expected[] = {{"s0257", 7, 0.0183919409119, 0.00308286453073},
                  {"d00", 14, 0.00830876903416, 0.00418234655696},
                  {"l031", 17, 0.0146074786595, 0.00495870930215}};
  for (const auto& e : expected) {
    INFO(e.id);
    const auto& row = people.at(e.id);
    CHECK(std::stoi(row[col("degree")]) == e.degree);
    CHECK(std::stod(row[col("betweenness")]) == Approx(e.betweenness).epsilon(1e-9));
    CHECK(std::stod(row[col("pagerank")]) == Approx(e.pagerank).epsilon(1e-6));
  }
  CHECK(people.at("s0257")[col("silo")] == "sos");
  CHECK(r.doc["centrality"]["betweenness"]["method"] == "exact");
  CHECK(r.doc["centrality"]["top_brokers"][0]["id"] == "l011");
  CHECK(r.doc["centrality"]["top_brokers"][1]["id"] == "l013");
  // E-I: overall (150 ties across, 1185 inside) and per silo.
  CHECK(r.doc["silos"]["summary"]["ei_index"].get<double>() == Approx(-0.775280898876).epsilon(1e-9));
  CHECK(r.doc["silos"]["summary"]["ties_across"] == 150);
  const auto units = csv_rows_by_id(r.dir / "units.csv", header);
  CHECK(std::stod(units.at("bu")[col("silo_ei")]) == Approx(-0.630952380952).epsilon(1e-9));
  CHECK(std::stod(units.at("sos")[col("silo_ei")]) == Approx(-0.820388349515).epsilon(1e-9));
  CHECK(units.at("sos")[col("silo_ties_out")] == "74");
  // unit_pairs.csv: the Skoler / Socialområdet pair one level below the silos, cut by s0257.
  const auto pairs_text = read_file(r.dir / "unit_pairs.csv");
  CHECK(contains(pairs_text, "bu-sko,sos-soc,Skoler,Socialområdet,2,false,3,"));
  CHECK(contains(pairs_text, ",1,s0257,"));
  CHECK(r.doc["silos"]["fragile_pairs"][0]["cut_people"][0] == "s0257");
}

TEST_CASE("analyze: betweenness is sampled when asked and can be skipped", "[cli][analyze]") {
  TempDir tmp("analyze-approx");
  const Report a = run_report(tmp, "approx", {"--approx", "0.05"});
  CHECK(a.doc["centrality"]["betweenness"]["method"] == "sampled");
  CHECK(a.doc["centrality"]["betweenness"]["error_bound"].get<double>() > 0);
  CHECK(a.doc["centrality"]["betweenness"]["samples"].get<int>() > 0);
  CHECK(contains(a.html, "Betweenness is a sampled estimate"));
  // Within the bound of the exact values (NetworkX, see above).
  std::vector<std::string> header;
  const auto people = csv_rows_by_id(a.dir / "people.csv", header);
  const auto b = static_cast<std::size_t>(std::find(header.begin(), header.end(), "betweenness") - header.begin());
  CHECK(std::abs(std::stod(people.at("s0257")[b]) - 0.0183919409119) <= 0.05);
  const Report s = run_report(tmp, "skip", {"--skip", "betweenness"});
  CHECK(s.doc["centrality"]["betweenness"]["method"] == "skipped");
  CHECK_FALSE(contains(read_file(s.dir / "people.csv").substr(0, 2000), "betweenness"));
  CHECK(contains(read_file(s.dir / "people.csv").substr(0, 2000), "pagerank"));
  CHECK(run_cli({"analyze", kExample, "-o", (tmp / "x").string(), "--approx", "1.5"}).status == 2);
  // Without the chain stage the silo figures are still suppressed for small groups (Byrådet: 8).
  const Report n = run_report(tmp, "no-chain", {"--skip", "chain,maps", "--min-group-size", "10"});
  const auto units = csv_rows_by_id(n.dir / "units.csv", header);
  const auto ei = static_cast<std::size_t>(std::find(header.begin(), header.end(), "silo_ei") - header.begin());
  REQUIRE(ei < header.size());
  CHECK(units.at("byr")[ei].empty());
  CHECK_FALSE(units.at("bu")[ei].empty());
}

TEST_CASE("analyze: the same seed gives the same bytes at any thread count", "[cli][analyze]") {
  TempDir tmp("analyze-threads");
  run_report(tmp, "one", {"--threads", "1"});
  run_report(tmp, "two", {"--threads", "2"});
  for (const char* f : {"report.json", "index.html", "people.csv", "units.csv", "network.graphml", "network.gexf"})
    CHECK(read_file(tmp / "one" / f) == read_file(tmp / "two" / f));
}

TEST_CASE("analyze: a failed run leaves nothing and never touches an existing folder", "[cli][analyze]") {
  TempDir tmp("analyze-fail");
  // Bad input: exit 1, no folder, no temporary folder left beside it.
  write_file(tmp / "bad" / "nodes.csv", "id,role\na,leader\na,staff\n");
  write_file(tmp / "bad" / "edges.csv", "source,target,type\n");
  auto r = run_cli({"analyze", (tmp / "bad").string(), "-o", (tmp / "out").string(), "--quiet"});
  CHECK(r.status == 1);
  CHECK(contains(r.err, "duplicate node id"));
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(tmp.path())) entries += e.path().filename() != "bad";
  CHECK(entries == 0);
  // An existing folder that is not a report: exit 2, untouched.
  write_file(tmp / "mine" / "notes.txt", "my work");
  r = run_cli({"analyze", kExample, "-o", (tmp / "mine").string(), "--quiet"});
  CHECK(r.status == 2);
  CHECK(contains(r.err, "not a leadnet report"));
  CHECK(read_file(tmp / "mine" / "notes.txt") == "my work");
  CHECK(std::distance(fs::directory_iterator(tmp / "mine"), fs::directory_iterator()) == 1);
  // An earlier report is replaced; a report folder with a bad input stays as it was.
  run_report(tmp, "rep");
  const std::string before = read_file(tmp / "rep" / "report.json");
  r = run_cli({"analyze", (tmp / "bad").string(), "-o", (tmp / "rep").string(), "--quiet"});
  CHECK(r.status == 1);
  CHECK(read_file(tmp / "rep" / "report.json") == before);
  const Report again = run_report(tmp, "rep", {"--span-limit", "20"});
  CHECK(again.doc["chain"]["span_limit"] == 20);
  // Usage errors: --pseudonymize without a key, an unknown --skip.
  CHECK(run_cli({"analyze", kExample, "-o", (tmp / "x").string(), "--pseudonymize"}).status == 2);
  CHECK(run_cli({"analyze", kExample, "-o", (tmp / "x").string(), "--skip", "nonsense"}).status == 2);
  CHECK_FALSE(fs::exists(tmp / "x"));
}

TEST_CASE("analyze: pseudonymised, no real name or id appears in any file", "[cli][analyze][privacy]") {
  TempDir tmp("analyze-pseudonym");
  write_file(tmp / "key.txt", kKey + "\n");
  const Report r = run_report(tmp, "report", {"--pseudonymize", "--salt-file", (tmp / "key.txt").string()});
  CHECK(r.doc["privacy"]["pseudonymized"] == true);
  const std::string text = all_text(r.dir);
  CHECK_FALSE(contains(text, kKey));
  std::size_t names = 0, ids = 0;
  for (const Person& p : example_people()) {
    INFO(p.id << " " << p.name);
    if (!p.name.empty()) {
      CHECK_FALSE(contains(text, p.name));
      ++names;
    }
    CHECK_FALSE(has_token(text, p.id));
    ++ids;
  }
  CHECK(names == 433);
  CHECK(ids == 433);
  // The findings still name the planted problems, by pseudonym.
  CHECK(contains(finding_text(r.doc, "isolated_leaders"), "1 leader is isolated"));
  CHECK(std::regex_search(finding_text(r.doc, "isolated_leaders"), std::regex("This is x[0-9a-f]{20} \\(")));
  // The silo finding and the pair table name the bridge person by pseudonym.
  CHECK(std::regex_search(finding_text(r.doc, "fragile_bridges"), std::regex("all through x[0-9a-f]{20}")));
  CHECK(std::regex_match(r.doc["silos"]["fragile_pairs"][0]["cut_people"][0].get<std::string>(),
                         std::regex("x[0-9a-f]{20}")));
  CHECK(std::regex_match(r.doc["centrality"]["top_brokers"][0]["id"].get<std::string>(), std::regex("x[0-9a-f]{20}")));
  // Everything the files say about people is under the pseudonyms: all 433 in people.csv and the
  // GraphML, and the same pseudonyms as a second run with the same key.
  std::vector<std::string> header;
  const auto people = csv_rows_by_id(r.dir / "people.csv", header);
  CHECK(people.size() == 433);
  for (const auto& [id, row] : people) CHECK(std::regex_match(id, std::regex("x[0-9a-f]{20}")));
  const Report again = run_report(tmp, "again", {"--pseudonymize", "--salt-file", (tmp / "key.txt").string()});
  CHECK(read_file(r.dir / "people.csv") == read_file(again.dir / "people.csv"));
}

TEST_CASE("analyze: without person-level output no name, id or per-person file is written", "[cli][analyze][privacy]") {
  TempDir tmp("analyze-no-person");
  const Report r = run_report(tmp, "report", {"--no-person-level"});
  for (const char* f : {"people.csv", "leaders.csv", "chain_gaps.csv", "network.graphml", "network.gexf"})
    CHECK_FALSE(fs::exists(r.dir / f));
  CHECK(r.doc["privacy"]["person_level"] == false);
  const std::string text = all_text(r.dir);
  for (const Person& p : example_people()) {
    INFO(p.id << " " << p.name);
    CHECK_FALSE(contains(text, p.name));
    CHECK_FALSE(has_token(text, p.id));
  }
  // The findings keep their counts.
  CHECK(contains(finding_text(r.doc, "isolated_leaders"), "1 leader is isolated"));
  CHECK(contains(finding_text(r.doc, "fragile_bridges"), "Skoler and Socialområdet share 3 ties, all through one person"));
  CHECK(r.doc["centrality"].count("top_brokers") == 0);
  CHECK_FALSE(contains(read_file(r.dir / "unit_pairs.csv"), "cut_people"));
  CHECK(contains(finding_text(r.doc, "span"), "4 leaders have more than 30 direct reports"));
}

TEST_CASE("analyze: the minimum group size suppresses small units in every output and says so", "[cli][analyze][privacy]") {
  // People of the formal organisation directly in each unit, counted from nodes.csv (the example
  // gives a level to exactly those people).
  std::map<std::string, int> formal;
  {
    std::ifstream in(fs::path(kExample) / "nodes.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      std::vector<std::string> cells;
      std::istringstream row(line);
      for (std::string c; std::getline(row, c, ',');) cells.push_back(c);
      if (cells.size() > 4 && !cells[4].empty()) ++formal[cells[3]];
    }
  }
  TempDir tmp("analyze-min-group");
  const int k = 10;
  const Report r = run_report(tmp, "report", {"--min-group-size", std::to_string(k)});
  std::vector<std::string> header;
  const auto units = csv_rows_by_id(r.dir / "units.csv", header);
  const auto col = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  std::set<std::string> small;
  for (const auto& [unit, n] : formal)
    if (n < k) small.insert(unit);
  REQUIRE(small.count("sos-soc-lyngbo") == 1);  // Bostedet Lyngbo: 9 people
  for (const auto& unit : small) {
    INFO(unit);
    REQUIRE(units.count(unit) == 1);
    const auto& row = units.at(unit);
    CHECK(row[col("suppressed")] == "true");
    for (const char* figure : {"formal_people", "formal_ties", "chain_gaps", "gap_rate", "mean_loss", "max_span"})
      CHECK(row[col(figure)].empty());
  }
  // report.json: the same units' figures are null.
  for (const auto& u : r.doc["chain"]["units"]) {
    if (small.count(u["id"].get<std::string>()) == 0) continue;
    CHECK(u["suppressed"] == true);
    CHECK(u["chain_gaps"].is_null());
    CHECK(u["gap_rate"].is_null());
  }
  // The Lyngbo detour (2.1 steps over 9 people) is no longer a finding; the page says what was done.
  CHECK_FALSE(contains(finding_text(r.doc, "distance_to_top"), "Bostedet Lyngbo (2.1"));
  CHECK(contains(finding_text(default_report().doc, "distance_to_top"), "Bostedet Lyngbo (2.1"));
  CHECK(r.doc["privacy"]["min_group_size"] == k);
  CHECK(r.doc["privacy"]["units_suppressed"].get<int>() >= static_cast<int>(small.size()));
  CHECK(contains(r.html, "Minimum group size 10"));
  // Secondary suppression: within every silo the suppressed units hold no one or at least K
  // people, or every unit of the silo is suppressed (its total is then under K itself); and so do
  // the suppressed units of the whole table.
  std::map<std::string, int> hidden_by_silo, shown_by_silo;
  int hidden = 0;
  for (const auto& [unit, row] : units) {
    const bool suppressed = row[col("suppressed")] == "true";
    (suppressed ? hidden_by_silo : shown_by_silo)[row[col("silo")]] += formal[unit];
    if (suppressed) hidden += formal[unit];
  }
  for (const auto& [silo, n] : hidden_by_silo) {
    INFO(silo);
    CHECK((n == 0 || n >= k || shown_by_silo[silo] == 0));
  }
  CHECK(hidden >= k);
  // Silo figures: Byrådet (8 politicians) is a silo under 10 people: no E-I, and no pair with it.
  CHECK(units.at("byr")[col("silo_ei")].empty());
  CHECK(units.at("byr")[col("silo_ties_out")].empty());
  CHECK_FALSE(units.at("bu")[col("silo_ei")].empty());
  for (const auto& s : r.doc["silos"]["silos"])
    if (s["id"] == "byr") {
      CHECK(s["suppressed"] == true);
      CHECK(s["ei"].is_null());
    }
  std::vector<std::string> pair_header;
  std::ifstream pairs(r.dir / "unit_pairs.csv");
  std::string line;
  std::getline(pairs, line);
  while (std::getline(pairs, line)) {
    if (line.rfind("byr,", 0) != 0 && line.find(",byr,") == std::string::npos) continue;
    INFO(line);
    CHECK(contains(line, ",true,,,,,,"));
  }
}
