#include "leadnet/io/atomic_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <stdexcept>
#include <system_error>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet {

namespace fs = std::filesystem;

namespace {

// --- the table of pending temporary paths --------------------------------------------------
// A signal handler may read it at any moment, even while the thread it interrupted is halfway
// through registering a path. Each slot is a seqlock: `seq` is odd while the path is written,
// and a reader that sees the same even `seq` before and after copying the path has a whole one.
// A path is registered before the file or folder is created, so nothing exists unregistered.
constexpr std::size_t kSlots = 64;
constexpr std::size_t kPathMax = 4096;
struct PendingSlot {
  std::atomic<bool> used{false};
  std::atomic<std::uint64_t> seq{0};
  bool is_dir = false;
  char path[kPathMax] = {};
};
std::array<PendingSlot, kSlots> g_pending;

int register_pending(const fs::path& p, bool is_dir) {
  const std::string s = p.string();
  if (s.size() >= kPathMax) return -1;  // still written and rolled back; only Ctrl-C twice misses it
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (!g_pending[i].used.compare_exchange_strong(expected, true)) continue;
    PendingSlot& slot = g_pending[i];
    slot.seq.fetch_add(1, std::memory_order_acq_rel);
    std::memcpy(slot.path, s.c_str(), s.size() + 1);
    slot.is_dir = is_dir;
    slot.seq.fetch_add(1, std::memory_order_acq_rel);
    return static_cast<int>(i);
  }
  return -1;
}

void unregister_pending(int slot) {
  if (slot >= 0) g_pending[static_cast<std::size_t>(slot)].used.store(false, std::memory_order_release);
}

// "<target>.tmp-XXXXXX" beside the target: same filesystem, so rename is atomic.
std::string temp_name(const fs::path& target) {
  static const char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 gen(std::random_device{}() ^ (static_cast<std::uint64_t>(::getpid()) << 32));
  std::string name = target.string() + ".tmp-";
  for (int i = 0; i < 6; ++i) name += kChars[gen() % (sizeof kChars - 1)];
  return name;
}

fs::path checked_parent(const fs::path& target) {
  fs::path parent = target.parent_path();
  if (parent.empty()) parent = ".";
  std::error_code ec;
  if (!fs::is_directory(parent, ec))
    throw std::runtime_error("cannot write " + target.string() + ": folder " + parent.string() + " does not exist");
  return parent;
}

/// Registers and creates a fresh temporary file or folder beside `target`; returns its path.
fs::path create_temp(const fs::path& target, bool dir, int& slot) {
  checked_parent(target);
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string name = temp_name(target);
    slot = register_pending(name, dir);
    int rc = 0;
    if (dir) {
      rc = ::mkdir(name.c_str(), 0777);  // the umask applies
    } else {
      const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd >= 0) ::close(fd);
      rc = fd < 0 ? -1 : 0;
    }
    if (rc == 0) return name;
    const int err = errno;
    unregister_pending(slot);
    slot = -1;
    if (err != EEXIST)
      throw std::runtime_error("cannot write " + target.string() + ": " + std::strerror(err));
  }
  throw std::runtime_error("cannot write " + target.string() + ": no free temporary name beside it");
}

/// A symbolic link to something that exists is replaced through: the file it points to.
fs::path resolve_target(const fs::path& target) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(target, ec)) && fs::exists(target, ec)) {
    const fs::path real = fs::canonical(target, ec);
    if (!ec) return real;
  }
  return target;
}

// --- removal from a signal handler ----------------------------------------------------------

constexpr int kMaxDepth = 32;

/// Removes `name` in folder `dirfd`, and everything under it when it is a folder, with system
/// calls only (no allocation, no locks: safe in a signal handler).
void remove_tree_at(int dirfd, const char* name, int depth) noexcept {
  if (::unlinkat(dirfd, name, 0) == 0 || (errno != EISDIR && errno != EPERM)) return;
  if (depth >= kMaxDepth) return;
  const int fd = ::openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;
  // Entries are removed while the folder is listed; list it again until it is empty.
  for (int pass = 0; pass < 8; ++pass) {
    alignas(8) char buf[4096];
    bool removed_any = false;
    for (;;) {
      const ssize_t n = ::getdents64(fd, buf, sizeof buf);
      if (n <= 0) break;
      for (ssize_t off = 0; off < n;) {
        const auto* d = reinterpret_cast<const struct dirent64*>(buf + off);
        off += d->d_reclen;
        const char* entry = d->d_name;
        if (entry[0] == '.' && (entry[1] == '\0' || (entry[1] == '.' && entry[2] == '\0'))) continue;
        remove_tree_at(fd, entry, depth + 1);
        removed_any = true;
      }
    }
    if (!removed_any || ::lseek(fd, 0, SEEK_SET) != 0) break;
  }
  ::close(fd);
  ::unlinkat(dirfd, name, AT_REMOVEDIR);
}

}  // namespace

AtomicFile::AtomicFile(fs::path target) : target_(resolve_target(target)) {
  std::error_code ec;
  const auto status = fs::status(target_, ec);
  if (fs::is_directory(status)) throw std::runtime_error("cannot write " + target_.string() + ": it is a folder");
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    // A device or a named pipe: nothing to replace atomically, write straight into it.
    out_.open(target_, std::ios::binary);
    if (!out_) throw std::runtime_error("cannot write " + target_.string());
    return;
  }
  temp_ = create_temp(target_, false, slot_);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    fs::remove(temp_, ec);
    unregister_pending(slot_);
    throw std::runtime_error("cannot write " + target_.string());
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temp_.empty()) {
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
    if (!temp_.empty()) fs::remove(temp_, ec);
    throw std::runtime_error("writing " + target_.string() + " failed (disk full?); nothing was written");
  }
  if (temp_.empty()) {
    committed_ = true;
    return;
  }
  // Replacing a file keeps its permissions (a report someone made group-writable stays so).
  struct stat old {};
  if (::stat(target_.c_str(), &old) == 0) ::chmod(temp_.c_str(), old.st_mode & 07777);
  fs::rename(temp_, target_, ec);
  if (ec) {
    std::error_code ignore;
    fs::remove(temp_, ignore);
    throw std::runtime_error("cannot write " + target_.string() + ": " + ec.message());
  }
  committed_ = true;
}

AtomicDirectory::AtomicDirectory(fs::path target, std::vector<std::string> replaceable)
    : target_(resolve_target(target)), replaceable_(std::move(replaceable)) {
  std::error_code ec;
  if (fs::exists(target_, ec) && !fs::is_directory(target_, ec))
    throw UsageError("cannot write the folder " + target_.string() + ": a file of that name exists");
  if (!replaceable_.empty()) check_replaceable();
  temp_ = create_temp(target_, true, slot_);
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
  check_replaceable();
  if (!fs::exists(fs::symlink_status(target_, ec))) {
    fs::rename(temp_, target_, ec);
    if (ec) throw std::runtime_error("cannot write " + target_.string() + ": " + ec.message());
    committed_ = true;
    return;
  }
  // Swap the new folder and the old one in one step; the old one is then at temp_ (still
  // registered, so a second Ctrl-C removes it too) and is removed.
  if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0) {
    committed_ = true;
    fs::remove_all(temp_, ec);
    return;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    throw std::runtime_error("cannot replace " + target_.string() + ": " + std::strerror(errno));
  // A file system without RENAME_EXCHANGE: move the old folder aside, then the new one in. The
  // backup is not registered: a second Ctrl-C between the two renames leaves the old output
  // under its backup name rather than deleting it.
  const fs::path backup = temp_name(fs::path(target_.string() + ".old"));
  fs::rename(target_, backup, ec);
  if (ec) throw std::runtime_error("cannot replace " + target_.string() + ": " + ec.message());
  fs::rename(temp_, target_, ec);
  if (ec) {
    std::error_code ignore;
    fs::rename(backup, target_, ignore);
    throw std::runtime_error("cannot write " + target_.string() + ": " + ec.message());
  }
  committed_ = true;
  fs::remove_all(backup, ec);
}

void AtomicDirectory::check_replaceable() const {
  std::error_code ec;
  if (!fs::is_directory(target_, ec)) return;
  for (const auto& entry : fs::directory_iterator(target_, ec)) {
    const std::string name = entry.path().filename().string();
    std::error_code ignore;
    if (!replaceable_.empty()) {
      if (entry.is_regular_file(ignore) &&
          std::find(replaceable_.begin(), replaceable_.end(), name) != replaceable_.end())
        continue;
      std::string names;
      for (const auto& n : replaceable_) names += (names.empty() ? "" : ", ") + n;
      throw UsageError("will not replace the folder " + target_.string() + ": it holds '" + name +
                       "', which is not part of this output (" + names + "); choose a new or empty folder");
    }
    const auto mine = fs::symlink_status(temp_ / name, ignore).type();
    if (mine != fs::file_type::not_found && mine == entry.symlink_status(ignore).type()) continue;
    throw UsageError("will not replace the folder " + target_.string() + ": it holds '" + name +
                     "', which this output does not (it is not an earlier output of the same kind); choose a new "
                     "or empty folder");
  }
  if (ec) throw std::runtime_error("cannot read the folder " + target_.string() + ": " + ec.message());
}

void remove_pending_outputs_from_signal_handler() noexcept {
  for (auto& slot : g_pending) {
    if (!slot.used.load(std::memory_order_acquire)) continue;
    const std::uint64_t before = slot.seq.load(std::memory_order_acquire);
    if (before % 2 != 0) continue;  // being registered: its file does not exist yet
    char path[kPathMax];
    std::memcpy(path, slot.path, kPathMax);
    path[kPathMax - 1] = '\0';
    const bool is_dir = slot.is_dir;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (slot.seq.load(std::memory_order_relaxed) != before) continue;
    if (is_dir) {
      remove_tree_at(AT_FDCWD, path, 0);
    } else {
      ::unlink(path);
    }
  }
}

}  // namespace leadnet
