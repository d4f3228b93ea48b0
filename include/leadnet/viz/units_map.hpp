#pragma once
// The units map: one bubble per silo (unit at a chosen depth), area by headcount, ties between
// silos aggregated into one line per pair, width by tie count, bubbles coloured by E-I index
// (ties reaching out against ties kept inside) or by the density of ties inside.
//
// The map never lays out people: it takes the aggregate (silo sizes, ties inside and between,
// E-I) computed by the metrics (metrics/mixing.hpp, metrics/ei_index.hpp) and lays out the
// bubbles only, so it works for a whole country (98 municipalities, 6 million people) as for one
// municipality. The bubbles are placed by the force layout (force_layout.hpp) on the silo graph
// (pull by log(1 + ties)), then pushed apart until none overlap.
//
// Complexity O(iterations · k²) for k silos (exact repulsion below the Barnes–Hut threshold) plus
// O(links). Deterministic for a seed.

#include <cstdint>
#include <string>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/ei_index.hpp"
#include "leadnet/metrics/mixing.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/viz/force_layout.hpp"
#include "leadnet/viz/scene.hpp"

namespace leadnet::viz {

struct UnitBubble {
  std::string id;    // unit id
  std::string name;  // unit name
  std::string path;  // "Børn og Unge / Skoler" (hover)
  std::uint64_t headcount = 0;
  std::uint64_t ties_inside = 0;
  std::uint64_t ties_out = 0;  // ties with exactly one end in the unit
  double density = 0.0;        // ties inside / possible pairs inside (NaN for one person)
  double ei = 0.0;             // (E − I) / (E + I), NaN without ties
  double expected_ei = 0.0;    // E-I if ties fell at random (NaN when undefined)
  bool above_level = false;    // a unit above the silo level holding people itself
};

struct UnitLink {
  std::uint32_t a = 0, b = 0;  // bubble indices
  std::uint64_t ties = 0;
  double density = 0.0;   // ties / (n_a n_b)
  double expected = 0.0;  // ties expected at random
};

struct UnitMapData {
  std::string title;        // the organisation
  std::uint32_t depth = 1;  // the silo depth
  std::string layers;       // the layers counted, for the subtitle
  std::vector<UnitBubble> units;
  std::vector<UnitLink> links;  // pairs with at least one tie
  double overall_ei = 0.0;
  std::uint64_t people_without_unit = 0;
};

/// The aggregate of the metrics, read into bubbles and links: silos from silos_at_depth(), E-I
/// and mixing computed on the same view (undirected, as `leadnet silos` reads by default).
/// `layers` names the layers counted (for the subtitle). Nothing is computed here but shares.
UnitMapData unit_map_data(const OrgGraph& graph, const Partition& silos, std::uint32_t depth, const EiResult& ei,
                          const MixingMatrix& mixing, std::string layers);

enum class UnitColor : std::uint8_t { ei, density };

struct UnitMapOptions {
  UnitColor color = UnitColor::ei;
  /// Draw at most this many links (the heaviest); the rest are counted in a note.
  std::size_t max_links = 3000;
  ForceLayoutOptions layout;
};

Scene units_map(const UnitMapData& data, const UnitMapOptions& options, RunContext& ctx);

}  // namespace leadnet::viz
