#include "leadnet/io/atomic_file.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace leadnet {

namespace fs = std::filesystem;

namespace {

// A fixed table of pending temporary paths that a signal handler may read without locking.
constexpr std::size_t kSlots = 64;
constexpr std::size_t kPathMax = 4096;
struct PendingSlot {
  std::atomic<bool> used{false};
  std::atomic<bool> is_dir{false};
  char path[kPathMax];
};
std::array<PendingSlot, kSlots> g_pending;

int register_pending(const fs::path& p, bool is_dir) {
  const std::string s = p.string();
  if (s.size() >= kPathMax) return -1;
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_pending[i].used.compare_exchange_strong(expected, true)) {
      std::memcpy(g_pending[i].path, s.c_str(), s.size() + 1);
      g_pending[i].is_dir.store(is_dir);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_pending(int slot) {
  if (slot >= 0) g_pending[static_cast<std::size_t>(slot)].used.store(false);
}

// "<target>.tmp-XXXXXX" beside the target: same filesystem, so rename is atomic.
fs::path make_temp_name(const fs::path& target, bool dir) {
  fs::path parent = target.parent_path();
  if (parent.empty()) parent = ".";
  std::error_code ec;
  if (!fs::is_directory(parent, ec))
    throw std::runtime_error("cannot write " + target.string() + ": folder " + parent.string() + " does not exist");
  std::string templ = (parent / (target.filename().string() + ".tmp-XXXXXX")).string();
  if (dir) {
    if (::mkdtemp(templ.data()) == nullptr)
      throw std::runtime_error("cannot create a folder beside " + target.string() + ": " + std::strerror(errno));
  } else {
    const int fd = ::mkstemp(templ.data());
    if (fd < 0) throw std::runtime_error("cannot write " + target.string() + ": " + std::strerror(errno));
    ::close(fd);
  }
  return fs::path(templ);
}

}  // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
  std::error_code ec;
  if (fs::is_directory(target_, ec))
    throw std::runtime_error("cannot write " + target_.string() + ": it is a folder");
  temp_ = make_temp_name(target_, false);
  slot_ = register_pending(temp_, false);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    fs::remove(temp_, ec);
    unregister_pending(slot_);
    throw std::runtime_error("cannot write " + target_.string());
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }
  unregister_pending(slot_);
}

void AtomicFile::commit() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  std::error_code ec;
  if (!ok || out_.fail()) {
    fs::remove(temp_, ec);
    throw std::runtime_error("writing " + target_.string() + " failed (disk full?); nothing was written");
  }
  // mkstemp creates 0600; give the file the usual permissions.
  fs::permissions(temp_, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read,
                  ec);
  fs::rename(temp_, target_, ec);
  if (ec) {
    std::error_code ignore;
    fs::remove(temp_, ignore);
    throw std::runtime_error("cannot write " + target_.string() + ": " + ec.message());
  }
  committed_ = true;
}

AtomicDirectory::AtomicDirectory(fs::path target) : target_(std::move(target)) {
  std::error_code ec;
  if (fs::exists(target_, ec) && !fs::is_directory(target_, ec))
    throw std::runtime_error("cannot write folder " + target_.string() + ": a file of that name exists");
  temp_ = make_temp_name(target_, true);
  slot_ = register_pending(temp_, true);
  fs::permissions(temp_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec, ec);
}

AtomicDirectory::~AtomicDirectory() {
  if (!committed_) {
    std::error_code ec;
    fs::remove_all(temp_, ec);
  }
  unregister_pending(slot_);
}

void AtomicDirectory::commit() {
  std::error_code ec;
  fs::path backup;
  if (fs::exists(target_, ec)) {
    backup = make_temp_name(fs::path(target_.string() + ".old"), true);
    fs::remove(backup, ec);
    fs::rename(target_, backup, ec);
    if (ec) throw std::runtime_error("cannot replace " + target_.string() + ": " + ec.message());
  }
  fs::rename(temp_, target_, ec);
  if (ec) {
    std::error_code ignore;
    if (!backup.empty()) fs::rename(backup, target_, ignore);
    throw std::runtime_error("cannot write " + target_.string() + ": " + ec.message());
  }
  committed_ = true;
  if (!backup.empty()) fs::remove_all(backup, ec);
}

void remove_pending_outputs_from_signal_handler() noexcept {
  for (auto& slot : g_pending) {
    if (!slot.used.load()) continue;
    if (slot.is_dir.load()) {
      ::rmdir(slot.path);
    } else {
      ::unlink(slot.path);
    }
  }
}

}  // namespace leadnet
