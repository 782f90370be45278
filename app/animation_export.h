// Animation export: the steps of a figure's clock as a numbered PNG sequence,
// and that sequence turned into a GIF or MP4 by ffmpeg.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cagescope::app {

// "A:B:STEP": times A, A+STEP, ... up to B (inclusive).
struct FrameRange {
    double first = 0.0;
    double last = 0.0;
    double step = 1.0;
    std::vector<double> times() const;
};

inline constexpr int kMaxFrames = 10000;

// Throws UsageError saying what the form is and what was wrong.
FrameRange parse_frame_range(const std::string& text);

// "fig2_0007.png" for frame 7 of figure 2 (another extension for SVG, PDF).
std::string frame_file_name(const std::string& figure, int index, const std::string& extension = "png");

enum class VideoFormat { gif, mp4 };

// Throws RuntimeFailure, before any frame is rendered, when ffmpeg is not on
// the PATH: the message says how to install it and how to get PNGs without it.
void require_ffmpeg(const std::filesystem::path& video);

// Runs ffmpeg (no shell) on dir/fig{figure}_%04d.png at fps frames per
// second and writes `out` atomically (a temporary file renamed into place).
// Throws RuntimeFailure when ffmpeg is missing or fails, with its message.
void encode_video(const std::filesystem::path& frames_dir, const std::string& figure, int fps, VideoFormat format,
                  const std::filesystem::path& out);

}  // namespace cagescope::app
