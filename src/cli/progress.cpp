#include "cli/progress.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace leadnet::cli {

void ProgressBar::update(std::string_view stage, double done) {
  using clock = std::chrono::steady_clock;
  const auto now = clock::now();
  if (stage != stage_) {
    stage_ = std::string(stage);
    stage_start_ = now;
  } else if (now - last_draw_ < std::chrono::milliseconds(100) && done < 1.0) {
    return;
  }
  last_draw_ = now;
  done = std::clamp(done, 0.0, 1.0);
  if (done >= 1.0) {  // a finished stage leaves no line behind
    finish();
    return;
  }
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(std::lround(done * kWidth));
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '.');
  const double elapsed = std::chrono::duration<double>(now - stage_start_).count();
  char eta[48] = "";
  if (done > 0.01 && done < 1.0 && elapsed > 1.0) {
    const double left = elapsed * (1.0 - done) / done;
    if (left >= 60)
      std::snprintf(eta, sizeof eta, "  about %.0f min left", std::ceil(left / 60));
    else
      std::snprintf(eta, sizeof eta, "  about %.0f s left", std::ceil(left));
  }
  char pct[16];
  std::snprintf(pct, sizeof pct, "%3.0f%%", done * 100.0);
  err_ << "\r\033[K" << stage_ << " [" << bar << "] " << pct << eta << std::flush;
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) err_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace leadnet::cli
