#include "animation_export.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli_support.h"
#include "subprocess.h"

namespace cagescope::app {

namespace fs = std::filesystem;

std::vector<double> FrameRange::times() const {
    std::vector<double> out;
    const auto count = static_cast<int>(std::floor((last - first) / step + 1e-9)) + 1;
    for (int i = 0; i < count; ++i) out.push_back(first + step * i);
    return out;
}

FrameRange parse_frame_range(const std::string& text) {
    const std::string form = "--frames " + text + ": expected FIRST:LAST:STEP with FIRST <= LAST, STEP > 0, e.g. 0:15:1";
    std::vector<double> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ':')) {
        std::size_t used = 0;
        double v = 0.0;
        try {
            v = std::stod(part, &used);
        } catch (const std::exception&) {
            throw UsageError(form);
        }
        if (used != part.size() || !std::isfinite(v)) throw UsageError(form);
        parts.push_back(v);
    }
    if (parts.size() != 3 || parts[0] < 0.0 || parts[1] < parts[0] || parts[2] <= 0.0) throw UsageError(form);
    FrameRange r{parts[0], parts[1], parts[2]};
    if ((r.last - r.first) / r.step + 1.0 > kMaxFrames)
        throw UsageError("--frames " + text + ": more than " + std::to_string(kMaxFrames) + " frames");
    return r;
}

std::string frame_file_name(const std::string& figure, int index, const std::string& extension) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "fig%s_%04d.%s", figure.c_str(), index, extension.c_str());
    return buf;
}

namespace {
bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (!dir.empty() && ::access((fs::path(dir) / program).c_str(), X_OK) == 0) return true;
    return false;
}
}  // namespace

void require_ffmpeg(const fs::path& video) {
    if (!on_path("ffmpeg"))
        throw RuntimeFailure("ffmpeg is not installed, so " + video.string() +
                             " cannot be made: install it (apt-get install ffmpeg), or use --frames with "
                             "--out-dir to get the PNG sequence");
}

void encode_video(const fs::path& frames_dir, const std::string& figure, int fps, VideoFormat format,
                  const fs::path& out) {
    require_ffmpeg(out);
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    const fs::path temp = dir / ("." + out.filename().string() + ".tmp");
    // ffmpeg's messages go to a scratch file, quoted if it fails.
    std::string log_template = (fs::temp_directory_path() / "cagescope-ffmpeg-XXXXXX").string();
    const int log_fd = ::mkstemp(log_template.data());
    if (log_fd < 0) throw RuntimeFailure("cannot create a temporary file for ffmpeg's messages");
    ::close(log_fd);
    const fs::path log = log_template;
    struct RemoveLog {
        fs::path path;
        ~RemoveLog() {
            std::error_code ec;
            fs::remove(path, ec);
        }
    } remove_log{log};
    std::vector<std::string> args{"-nostdin", "-y", "-v", "error", "-framerate", std::to_string(fps),
                                  "-i", (frames_dir / ("fig" + figure + "_%04d.png")).string()};
    if (format == VideoFormat::gif) {
        // One palette for the whole clip keeps the flat colours of the figures exact.
        args.insert(args.end(), {"-vf", "split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse=dither=none",
                                 "-f", "gif"});
    } else {
        // H.264 in yuv420p needs even sizes; pad by at most one pixel.
        args.insert(args.end(), {"-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2:color=white", "-c:v", "libx264", "-pix_fmt",
                                 "yuv420p", "-movflags", "+faststart", "-f", "mp4"});
    }
    args.push_back(temp.string());

    const ChildExit child = run_program("ffmpeg", args, log.string());
    if (child.exit_code != 0) {
        std::error_code ec;
        fs::remove(temp, ec);
        std::ifstream in(log);
        std::stringstream what;
        what << in.rdbuf();
        throw RuntimeFailure("ffmpeg failed to make " + out.string() + ": " + what.str());
    }
    std::error_code ec;
    fs::rename(temp, out, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw RuntimeFailure("cannot move the video into place at " + out.string() + ": " + ec.message());
    }
}

}  // namespace cagescope::app
