#pragma once
// A progress bar on stderr: stage, bar, percent and an estimate of the time left. Drawn at most
// ten times a second, only when stderr is a terminal.

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>

namespace leadnet::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::ostream& err) : err_(err) {}
  void update(std::string_view stage, double done);
  /// Clears the line.
  void finish();

 private:
  std::ostream& err_;
  std::string stage_;
  std::chrono::steady_clock::time_point stage_start_{};
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace leadnet::cli
