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
/// Formal lines without dialogue.
void write_chain_gaps_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r);
/// Scores and silo depth for network.gexf: every per-person score of the report.
GraphExportOptions graph_export_options(const OrgGraph& g, const AnalyzeResult& r);
/// The page: findings, charts, maps.
void write_index_html(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r, const ReportProvenance& prov);

}  // namespace leadnet::detail
