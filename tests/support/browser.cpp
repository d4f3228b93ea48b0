#include "support/browser.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/paths.hpp"

namespace leadnet::test {

namespace {

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'')
      q += "'\\''";
    else
      q += c;
  }
  return q + "'";
}

// Percent-encodes what a URL fragment cannot carry literally (UTF-8 bytes, spaces, quotes).
std::string encode_fragment(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string r;
  for (unsigned char c : s) {
    if (c >= 0x80 || c <= 0x20 || c == '"' || c == '\'' || c == '<' || c == '>' || c == '%' || c == '`') {
      r += '%';
      r += hex[c >> 4];
      r += hex[c & 15];
    } else {
      r += static_cast<char>(c);
    }
  }
  return r;
}

}  // namespace

bool BrowserResult::script_error() const { return log.find("Uncaught") != std::string::npos; }

std::string chromium_path() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
    if (::access(p, X_OK) == 0) return p;
  return {};
}

std::filesystem::path artefact_dir(const std::string& area) {
  auto dir = std::filesystem::path(LEADNET_BINARY_DIR) / "test-artefacts" / area;
  std::filesystem::create_directories(dir);
  return dir;
}

BrowserResult open_in_browser(const std::filesystem::path& page, const std::string& fragment,
                              const std::filesystem::path& screenshot, int width, int height, int virtual_time_ms) {
  BrowserResult r;
  const std::string chromium = chromium_path();
  if (chromium.empty()) return r;
  TempDir profile("chromium-profile");
  const auto dom_file = profile / "dom.html";
  const auto log_file = profile / "log.txt";
  std::ostringstream cmd;
  cmd << quote(chromium)
      << " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
         " --disable-component-update --disable-sync --hide-scrollbars"
      << " --user-data-dir=" << quote((profile / "profile").string()) << " --window-size=" << width << ',' << height
      << " --virtual-time-budget=" << virtual_time_ms << " --enable-logging=stderr --v=0";
  if (!screenshot.empty()) cmd << " --screenshot=" << quote(std::filesystem::absolute(screenshot).string());
  cmd << " --dump-dom " << quote("file://" + std::filesystem::absolute(page).string() + encode_fragment(fragment))
      << " > " << quote(dom_file.string()) << " 2> " << quote(log_file.string());
  r.status = std::system(cmd.str().c_str());
  r.dom = read_file(dom_file);
  r.log = read_file(log_file);
  return r;
}

std::string attribute(const std::string& dom, const std::string& name) {
  const std::string key = name + "=\"";
  const auto at = dom.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  const auto end = dom.find('"', start);
  return end == std::string::npos ? std::string() : dom.substr(start, end - start);
}

}  // namespace leadnet::test
