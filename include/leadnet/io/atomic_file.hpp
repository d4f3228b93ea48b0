#pragma once
// Outputs are written beside their target and renamed into place at the end, so a failed or
// interrupted run never leaves a half-written file or folder and never clobbers an earlier result.

#include <filesystem>
#include <fstream>
#include <string>

namespace leadnet {

/// A file written to "<target>.tmp-XXXXXX" in the target's folder; commit() renames it over the
/// target. Destroyed without commit(), the temporary file is removed.
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
  std::filesystem::path temp_;
  std::ofstream out_;
  bool committed_ = false;
  int slot_ = -1;
};

/// A folder written as "<target>.tmp-XXXXXX" beside the target; commit() swaps it into place
/// (an existing target is replaced only then). Destroyed without commit(), it is removed.
class AtomicDirectory {
 public:
  explicit AtomicDirectory(std::filesystem::path target);
  ~AtomicDirectory();
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;

  /// The temporary folder to write into.
  const std::filesystem::path& path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
  int slot_ = -1;
};

/// Removes every temporary file and folder still registered by live AtomicFile/AtomicDirectory
/// objects. Async-signal-safe (unlink/rmdir only on fixed-size paths), for a SIGINT handler;
/// folders are removed only if empty.
void remove_pending_outputs_from_signal_handler() noexcept;

}  // namespace leadnet
