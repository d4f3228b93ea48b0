#pragma once
// The files of the analyze report, one writer each (private to the library; analyze_write.cpp
// calls them in order inside the report's temporary folder).

#include <ostream>
#include <string>
#include <vector>

#include "leadnet/io/gexf_writer.hpp"
#include "leadnet/report/analyze.hpp"

namespace leadnet::detail {

void write_report_json(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov,
                       const std::vector<std::string>& files);
/// Everyone, every per-person score.
void write_people_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r);
/// Leaders: span, gaps below, peers, HR, politics.
void write_leaders_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r);
/// Every unit, its own figures (suppressed below the minimum group size).
void write_units_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r);
/// Pairs of units: ties, who carries them, bridge risk, shared citizens.
void write_unit_pairs_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r);
/// One row of unit_pairs.csv (and of the pair figures in report.json): a pair of silos, or of
/// units one level deeper, with ties or shared citizens.
struct UnitPairRow {
  const Partition* partition = nullptr;
  std::uint32_t depth = 0;
  GroupId a = 0, b = 0;
  MixingCell cell;
  const BridgePair* bridge = nullptr;            // none: no tie
  const SiloPairCoherence* coherence = nullptr;  // silo level only
  bool suppressed = false;
};
std::vector<UnitPairRow> unit_pair_rows(const AnalyzeResult& r);
/// Pairs that barely talk, and only through one person: 2 or more ties, at most half the ties
/// expected at random (mixing.hpp), all through one person (cut 1), neither unit suppressed nor
/// above the level (a director's own unit); the largest shortfall against random ties first. What
/// the "fragile bridges" finding names.
std::vector<UnitPairRow> fragile_pairs(const AnalyzeResult& r);
/// The people with the highest betweenness (ties broken by node order), at most `n`, only those
/// above 0.
std::vector<NodeId> top_brokers(const AnalyzeResult& r, std::size_t n);
/// Formal lines without dialogue.
void write_chain_gaps_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r);
/// Scores and silo depth for network.gexf: every per-person score of the report.
GraphExportOptions graph_export_options(const OrgGraph& g, const AnalyzeResult& r);
/// The page: findings, charts, maps.
void write_index_html(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov);

}  // namespace leadnet::detail
