#pragma once
// Outputs are written beside their target and renamed into place at the end, so a failed or
// interrupted run never leaves a half-written file or folder and never clobbers an earlier result.
//
// Every temporary output is registered (before it is created) in a fixed table that a signal
// handler can read: when the user presses Ctrl-C twice, the command line's handler calls
// remove_pending_outputs_from_signal_handler() and the process dies without leaving any
// "<target>.tmp-XXXXXX" behind. A single Ctrl-C is handled by unwinding: work checks
// RunContext::check_cancelled(), and the destructors below remove what was not committed.

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace leadnet {

/// A file written to "<target>.tmp-XXXXXX" in the target's folder; commit() renames it over the
/// target (keeping an existing target's permissions; a new file gets 0666 minus the umask).
/// Destroyed without commit(), the temporary file is removed. A target that is a symbolic link is
/// resolved first (the file it points to is replaced, not the link). A target that exists and is
/// not a regular file (/dev/null, a named pipe) is written directly: nothing to roll back there.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& temp_path() const { return temp_; }
  /// Flushes, closes and renames into place. Throws std::runtime_error on an I/O failure (the
  /// temporary file is then removed and the target left as it was).
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;  // empty when writing directly
  std::ofstream out_;
  bool committed_ = false;
  int slot_ = -1;
};

/// A folder written as "<target>.tmp-XXXXXX" beside the target; commit() puts it in place in one
/// step (an existing target is swapped out atomically and then removed, so at every moment the
/// target is either the complete old folder or the complete new one). Destroyed without
/// commit(), the temporary folder and everything in it is removed.
///
/// An existing folder is replaced only when it is empty or an earlier output of the same kind,
/// so that `-o ~/Documents` can never delete Documents: every entry in it must be one of
/// `replaceable` (checked at construction, before any work is done, so UsageError comes at once),
/// or, when that list is empty, must also be in the new output (checked at commit()). A file of
/// the target's name is refused too. On refusal nothing is changed.
class AtomicDirectory {
 public:
  explicit AtomicDirectory(std::filesystem::path target, std::vector<std::string> replaceable = {});
  ~AtomicDirectory();
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;

  /// The temporary folder to write into.
  const std::filesystem::path& path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }
  void commit();

 private:
  void check_replaceable() const;

  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::vector<std::string> replaceable_;
  bool committed_ = false;
  int slot_ = -1;
};

/// Removes every temporary file and folder (with its contents) still registered by live
/// AtomicFile/AtomicDirectory objects. Async-signal-safe: only open/getdents64/unlinkat/close on
/// paths copied from a lock-free table, for a signal handler that is about to end the process.
void remove_pending_outputs_from_signal_handler() noexcept;

}  // namespace leadnet
