#pragma once
// HTML writer: a Scene as ONE self-contained, interactive HTML file (opens from file://, loads
// nothing from the network): canvas drawing with pan, zoom, hover details, search, filters by
// role, unit and tie layer, label toggle, legend and title. Canvas keeps 5 000 people smooth
// where thousands of SVG elements would not be.
//
// Safety: the scene travels as JSON inside <script type="application/json">, with <, >, &,
// U+2028 and U+2029 escaped as \uXXXX so that no name can close the script element or start
// markup; the script puts every text into the page with textContent or canvas fillText, never as
// markup. A Content-Security-Policy allows only the page's own inline script (by nonce) and
// style, and no network access at all.
//
// Deterministic: the same Scene gives the same bytes.

#include <ostream>
#include <string>
#include <string_view>

#include "leadnet/viz/scene.hpp"

namespace leadnet::viz {

void write_html(const Scene& scene, std::ostream& out);

/// JSON text made safe to embed in a <script> element (see above). Exposed for tests.
std::string script_safe_json(std::string_view json);

}  // namespace leadnet::viz
