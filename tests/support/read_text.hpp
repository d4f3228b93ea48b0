#pragma once
// Reading a dataset given as text in a test, and its located errors as "LINE:COLUMN: MESSAGE".

#include <string>
#include <vector>

#include "leadnet/io/reader.hpp"
#include "support/paths.hpp"

namespace leadnet::test {

/// Writes `text` to DIR/in<extension> and reads it in the form the extension says.
OrgGraph read_text(const TempDir& dir, const std::string& extension, const std::string& text, Diagnostics& diags,
                   const ReadOptions& options = {});

/// The errors of a text that must fail to read (the test fails if it reads).
std::vector<std::string> text_errors(const std::string& extension, const std::string& text);

/// True when some error starts with `located_start` ("LINE:COLUMN: message start").
bool has_error(const std::vector<std::string>& errors, const std::string& located_start);

/// Errors one per line, for INFO().
std::string joined(const std::vector<std::string>& errors);

/// True when a warning's message contains `part`.
bool has_warning(const Diagnostics& diags, const std::string& part);

}  // namespace leadnet::test
