#include "support/child_process.hpp"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "support/paths.hpp"

extern char** environ;

namespace leadnet::test {

namespace fs = std::filesystem;

fs::path leadnet_binary() { return fs::path(LEADNET_BINARY_DIR) / "leadnet"; }

ChildProcess::ChildProcess(const fs::path& program, const std::vector<std::string>& args, const fs::path& scratch,
                           const ChildOptions& options) {
  static std::atomic<int> counter{0};
  const std::string tag = std::to_string(counter++);
  out_file_ = scratch / ("child-" + tag + ".out");
  err_file_ = scratch / ("child-" + tag + ".err");
  // Everything the child needs is prepared before fork(): after it, only system calls.
  const std::string program_text = program.string();
  std::vector<std::string> argv_text{program_text};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_text;
  for (char** e = environ; *e != nullptr; ++e) env_text.emplace_back(*e);
  env_text.insert(env_text.end(), options.env.begin(), options.env.end());
  std::vector<char*> envp;
  for (auto& e : env_text) envp.push_back(e.data());
  envp.push_back(nullptr);
  const int out_fd = ::open(out_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  const int err_fd = ::open(err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out_fd < 0 || err_fd < 0) throw std::runtime_error("cannot create the child's output files");
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(out_fd, STDOUT_FILENO);
    ::dup2(err_fd, STDERR_FILENO);
    // The test process may block or ignore signals (a test runner does); the child must not.
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    if (options.as_nobody && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
      ::_exit(126);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(out_fd);
  ::close(err_fd);
  if (pid_ < 0) throw std::runtime_error("fork failed");
}

ChildProcess::~ChildProcess() {
  if (!ended_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &wait_status_, 0);
  }
}

void ChildProcess::send(int signal) const {
  if (pid_ > 0) ::kill(pid_, signal);
}

bool ChildProcess::running() {
  if (ended_) return false;
  const pid_t r = ::waitpid(pid_, &wait_status_, WNOHANG);
  if (r == pid_) ended_ = true;
  return !ended_;
}

bool ChildProcess::wait_for(std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (running()) {
    if (std::chrono::steady_clock::now() >= until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

int ChildProcess::exit_status() const { return ended_ && WIFEXITED(wait_status_) ? WEXITSTATUS(wait_status_) : -1; }

int ChildProcess::end_signal() const { return ended_ && WIFSIGNALED(wait_status_) ? WTERMSIG(wait_status_) : 0; }

std::string ChildProcess::out() const { return read_file(out_file_); }

std::string ChildProcess::err() const { return read_file(err_file_); }

}  // namespace leadnet::test
