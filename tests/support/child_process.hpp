#pragma once
// Runs the real `leadnet` binary as a child process: for what an in-process run cannot show
// (signals, exit by a signal, files left behind by a killed process, another user's permissions).

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace leadnet::test {

/// build/<preset>/leadnet.
std::filesystem::path leadnet_binary();

struct ChildOptions {
  /// Extra environment entries, "NAME=value".
  std::vector<std::string> env;
  /// Run as user and group 65534 (nobody), so that file permissions apply even when the tests
  /// run as root. Only possible when the tests run as root.
  bool as_nobody = false;
};

class ChildProcess {
 public:
  /// Starts `program` with `args`; stdout and stderr go to files in `scratch`.
  ChildProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
               const std::filesystem::path& scratch, const ChildOptions& options = {});
  ~ChildProcess();  // kills the child if it still runs
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void send(int signal) const;
  /// True while the child has not ended (reaps it when it has).
  bool running();
  /// Waits up to `timeout` for the end; false when it still runs.
  bool wait_for(std::chrono::milliseconds timeout);
  /// Exit status, or -1 when the child was ended by a signal (or has not ended).
  int exit_status() const;
  /// The signal that ended the child, or 0.
  int end_signal() const;
  std::string out() const;
  std::string err() const;

 private:
  pid_t pid_ = -1;
  int wait_status_ = 0;
  bool ended_ = false;
  std::filesystem::path out_file_, err_file_;
};

}  // namespace leadnet::test
