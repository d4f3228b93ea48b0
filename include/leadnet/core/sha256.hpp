#pragma once
// SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for the input checksum of a report and for
// pseudonyms (a keyed hash of each id).
//
// Computed by OpenSSL's libcrypto (Debian's libssl-dev): cryptographic code is the one place
// where a hand-written version is a liability (side channels, subtle padding bugs), and
// libcrypto uses the CPU's SHA extensions, which hashes a national-scale input (hundreds of MB)
// several times faster than portable code. Tests check the published FIPS 180-2 and RFC 4231
// vectors.

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace leadnet {

using Sha256Digest = std::array<std::uint8_t, 32>;

/// Incremental SHA-256: update() any number of times, then finish() once.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(const void* data, std::size_t size);
  void update(std::string_view text) { update(text.data(), text.size()); }
  Sha256Digest finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

Sha256Digest sha256(std::string_view data);
/// Hashes a file in 1 MiB blocks. Throws std::runtime_error naming the file when it cannot be read.
Sha256Digest sha256_file(const std::filesystem::path& file);
/// HMAC-SHA-256 of `message` under `key` (any length; RFC 2104).
Sha256Digest hmac_sha256(std::string_view key, std::string_view message);

/// Lower-case hexadecimal.
std::string to_hex(const std::uint8_t* bytes, std::size_t n);
inline std::string to_hex(const Sha256Digest& d) { return to_hex(d.data(), d.size()); }

}  // namespace leadnet
