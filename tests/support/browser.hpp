#pragma once
// Headless Chromium for the map tests (flags from reference/toolchain.md §6): loads a file, lets
// its script run (virtual time), and returns the DOM afterwards, the console log and a screenshot.

#include <filesystem>
#include <string>

namespace leadnet::test {

struct BrowserResult {
  int status = -1;
  std::string dom;            // document after the script ran (--dump-dom)
  std::string log;            // stderr with the JS console (--enable-logging=stderr --v=0)
  bool script_error() const;  // an "Uncaught" error in the console
};

/// Path of the chromium binary, or empty when it is not installed.
std::string chromium_path();

/// Opens file://`page``fragment` (fragment like "#search=Søren", may be empty) in a window of
/// width x height; writes a PNG to `screenshot` when it is not empty.
BrowserResult open_in_browser(const std::filesystem::path& page, const std::string& fragment,
                              const std::filesystem::path& screenshot = {}, int width = 1600, int height = 1000,
                              int virtual_time_ms = 3000);

/// Folder for test artefacts (screenshots) under the build tree: build/.../test-artefacts/<area>.
std::filesystem::path artefact_dir(const std::string& area);

/// The value of attribute `name` on the first element that has it, or "" (for data-* on <body>).
std::string attribute(const std::string& dom, const std::string& name);

}  // namespace leadnet::test
