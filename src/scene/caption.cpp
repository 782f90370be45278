#include "scene/caption.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <glm/trigonometric.hpp>

namespace cagescope::scene {

namespace {
constexpr float kTitleSizePx = 20.0f;
constexpr float kCaptionSizePx = 15.0f;
constexpr float kMarginPx = 14.0f;
// DejaVu Sans averages about 0.55 em per character in these captions.
constexpr float kCharsPerEm = 1.0f / 0.55f;

std::size_t code_points(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The world point that projects to pixel (x, y), a short way in front of the eye.
glm::vec3 point_at_pixel(const Camera& camera, float x, float y, int width, int height) {
    const float aspect = static_cast<float>(width) / static_cast<float>(height);
    const float ndc_x = 2.0f * x / static_cast<float>(width) - 1.0f;
    const float ndc_y = 1.0f - 2.0f * y / static_cast<float>(height);
    if (camera.projection == Projection::orthographic) {
        const float h = camera.ortho_half_height();
        const glm::vec3 plane = camera.eye() + camera.forward() * (camera.distance * 0.05f);
        return plane + camera.right() * (ndc_x * h * aspect) + camera.up() * (ndc_y * h);
    }
    const float depth = camera.distance * 0.05f;  // beyond the near plane (0.02·distance)
    const float t = std::tan(glm::radians(camera.fov_y_deg) * 0.5f) * depth;
    return camera.eye() + camera.forward() * depth + camera.right() * (ndc_x * t * aspect) + camera.up() * (ndc_y * t);
}
}  // namespace

std::vector<std::string> wrap_caption(const std::string& text, std::size_t max_chars) {
    // Words, keeping the caption's column gaps as preferred break points.
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t gap = text.find("   ", start);
        const std::size_t end = gap == std::string::npos ? text.size() : gap;
        pieces.push_back(text.substr(start, end - start));
        start = gap == std::string::npos ? text.size() : text.find_first_not_of(' ', gap);
        if (start == std::string::npos) break;
    }
    std::vector<std::string> lines;
    std::string line;
    const auto flush = [&] {
        if (!line.empty()) lines.push_back(line);
        line.clear();
    };
    for (const auto& piece : pieces) {
        if (!line.empty() && code_points(line) + 3 + code_points(piece) <= max_chars) {
            line += "   " + piece;
            continue;
        }
        flush();
        // A piece longer than a line is broken at spaces.
        std::string part;
        std::size_t pos = 0;
        while (pos <= piece.size()) {
            std::size_t space = piece.find(' ', pos);
            if (space == std::string::npos) space = piece.size();
            const std::string word = piece.substr(pos, space - pos);
            if (!part.empty() && code_points(part) + 1 + code_points(word) > max_chars) {
                lines.push_back(part);
                part.clear();
            }
            part += (part.empty() ? "" : " ") + word;
            pos = space + 1;
        }
        line = part;
    }
    flush();
    return lines;
}

namespace {
std::size_t max_chars_per_line(int width_px, float pixel_scale, float size_px = kCaptionSizePx) {
    return static_cast<std::size_t>(std::max(
        20.0f, (static_cast<float>(width_px) - 2.0f * kMarginPx * pixel_scale) / (size_px * pixel_scale) *
                   kCharsPerEm));
}
// A long title wraps too, so a narrow frame (a journal column) shows all of it.
std::vector<std::string> title_lines(const Scene& scene, int width_px, float pixel_scale) {
    return wrap_caption(scene.title, max_chars_per_line(width_px, pixel_scale, kTitleSizePx));
}
// The caption's lines and, after them, the drawn note's (marked true).
std::vector<std::pair<std::string, bool>> caption_lines(const Scene& scene, int width_px, float pixel_scale) {
    std::vector<std::pair<std::string, bool>> out;
    for (std::string& line : wrap_caption(scene.caption, max_chars_per_line(width_px, pixel_scale)))
        out.emplace_back(std::move(line), false);
    if (!scene.drawn_note.empty())
        for (std::string& line : wrap_caption("Drawn: " + scene.drawn_note, max_chars_per_line(width_px, pixel_scale)))
            out.emplace_back(std::move(line), true);
    return out;
}
float title_line_height(float pixel_scale) { return kTitleSizePx * 1.3f * pixel_scale; }
float caption_line_height(float pixel_scale) { return kCaptionSizePx * 1.35f * pixel_scale; }
}  // namespace

CaptionBands caption_bands(const Scene& scene, int width_px, int /*height_px*/, float pixel_scale) {
    CaptionBands bands;
    if (!scene.title.empty())
        bands.top_px = kMarginPx * pixel_scale + 0.1f * kTitleSizePx * pixel_scale +
                       title_line_height(pixel_scale) * static_cast<float>(title_lines(scene, width_px, pixel_scale).size());
    const auto lines = caption_lines(scene, width_px, pixel_scale);
    if (!lines.empty())
        bands.bottom_px = kMarginPx * pixel_scale + caption_line_height(pixel_scale) * static_cast<float>(lines.size());
    return bands;
}

void fit_between_bands(Camera& camera, const CaptionBands& bands, int height_px) {
    const float h = static_cast<float>(height_px);
    const float free = h - bands.top_px - bands.bottom_px;
    if (free < 0.3f * h) return;  // a frame too small for captions: leave the fit alone
    camera.distance *= h / free;
    // World units per pixel at the target, after moving back.
    const float per_px = 2.0f * camera.ortho_half_height() / h;
    camera.target -= camera.up() * (0.5f * (bands.bottom_px - bands.top_px) * per_px);
}

void add_caption_labels(Scene& scene, const Camera& camera, int width_px, int height_px, float pixel_scale) {
    const float margin = kMarginPx * pixel_scale;
    const auto add = [&](std::string id, float x, float y, std::string text, Color color, float size) {
        Label label;
        label.anchor = point_at_pixel(camera, x, y, width_px, height_px);
        label.text = std::move(text);
        label.color = color;
        label.size_px = size;
        label.placement = LabelPlacement::right;
        label.pinned = true;
        scene.primitives.push_back({std::move(id), kCaptionLayer, "", label});
    };
    const Color ink{0.13f, 0.13f, 0.13f, 1.0f};
    const Color grey{0.33f, 0.33f, 0.33f, 1.0f};
    const auto titles = title_lines(scene, width_px, pixel_scale);
    for (std::size_t i = 0; i < titles.size(); ++i)
        add(i == 0 ? "caption.title" : "caption.title." + std::to_string(i + 1), margin,
            margin + 0.5f * kTitleSizePx * pixel_scale + title_line_height(pixel_scale) * static_cast<float>(i),
            titles[i], ink, kTitleSizePx);

    const Color light{0.45f, 0.45f, 0.45f, 1.0f};
    const float line_height = caption_line_height(pixel_scale);
    const auto lines = caption_lines(scene, width_px, pixel_scale);
    int caption_count = 0, note_count = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const float y = static_cast<float>(height_px) - margin - line_height * static_cast<float>(lines.size() - 1 - i) -
                        0.5f * line_height;
        const auto& [text, note] = lines[i];
        if (note)
            add("caption.note." + std::to_string(++note_count), margin, y, text, light, kCaptionSizePx);
        else
            add("caption.line." + std::to_string(++caption_count), margin, y, text, grey, kCaptionSizePx);
    }
}

}  // namespace cagescope::scene
