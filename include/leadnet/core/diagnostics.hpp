#pragma once
// Located problems in input data, collected while reading and reported together.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace leadnet {

enum class Severity { warning, error };

/// One problem, located as FILE:LINE:COLUMN (1-based; 0 means "not known").
struct Diagnostic {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  Severity severity = Severity::error;
  std::string message;

  /// "FILE:LINE:COLUMN: error: MESSAGE" (line and column left out when unknown), passed through
  /// printable(): messages quote the input, and input may hold terminal escape sequences.
  std::string format() const;
};

/// Text safe to print on a terminal: control characters (C0, DEL, C1), bidirectional overrides
/// and isolates (which can make a line read backwards) and bytes that are not UTF-8 are written as
/// escapes (\x1B, \u202E); everything else, æ ø å included, passes unchanged.
std::string printable(std::string_view text);

/// Collects diagnostics. Errors beyond `max_errors` are counted but not stored, so that a file
/// with a million bad rows cannot exhaust memory; the same holds for warnings.
class Diagnostics {
 public:
  explicit Diagnostics(std::size_t max_errors = 50, std::size_t max_warnings = 50)
      : max_errors_(max_errors), max_warnings_(max_warnings) {}

  void error(std::string file, std::size_t line, std::size_t column, std::string message);
  void warning(std::string file, std::size_t line, std::size_t column, std::string message);

  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  std::size_t warning_count() const { return warning_count_; }
  /// Stored errors and warnings, in the order they were found.
  const std::vector<Diagnostic>& items() const { return items_; }
  /// True when more errors were found than stored.
  bool errors_truncated() const { return error_count_ > max_errors_; }
  std::size_t max_errors() const { return max_errors_; }

  /// Throws InputError carrying the stored errors when any error was recorded.
  void throw_if_errors() const;

 private:
  std::size_t max_errors_;
  std::size_t max_warnings_;
  std::size_t error_count_ = 0;
  std::size_t warning_count_ = 0;
  std::size_t stored_warnings_ = 0;
  std::size_t stored_errors_ = 0;
  std::vector<Diagnostic> items_;
};

/// Bad input data: the exit status is 1. Carries every stored error and the total count.
class InputError : public std::runtime_error {
 public:
  InputError(std::vector<Diagnostic> errors, std::size_t total_errors);
  /// A single located error.
  InputError(std::string file, std::size_t line, std::size_t column, std::string message);

  const std::vector<Diagnostic>& errors() const { return errors_; }
  std::size_t total_errors() const { return total_errors_; }

 private:
  std::vector<Diagnostic> errors_;
  std::size_t total_errors_;
};

/// Wrong use of the command line or of options: the exit status is 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A resource limit would be exceeded (memory, 32-bit ids): the exit status is 1.
class LimitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The user interrupted the run (Ctrl-C); outputs have been rolled back.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("interrupted") {}
};

}  // namespace leadnet
