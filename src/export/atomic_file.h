// Writing output files so that a failure never leaves a partial file and never
// damages a file that was already there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>

namespace cagescope::output {

// A file could not be written; the message names the path and the reason.
struct WriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A file written in full to a temporary name beside its destination and
// flushed to disk, waiting for commit() to rename it into place in one step.
// Destroyed without commit() (a later step failed), it removes the temporary
// file and the destination is left as it was. Staging several files before
// committing any keeps an image and its sidecar together.
class StagedFile {
public:
    StagedFile(std::filesystem::path path, std::span<const std::uint8_t> bytes);
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();

    void commit();

private:
    std::filesystem::path path_;
    std::string temp_path_;
};

// StagedFile(path, bytes).commit(): throws WriteError on any failure.
void write_file_atomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);

// Checks up front that `dir` exists (creating it if needed) and is writable,
// so a batch fails before its first render rather than after.
void ensure_writable_directory(const std::filesystem::path& dir);

}  // namespace cagescope::output
