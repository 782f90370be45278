// What one exported image is made from: figure, parameters, camera and image
// settings. The command line, the sidecar JSON (and later the viewer's state
// files) all read and write this one struct.
#pragma once

#include <nlohmann/json.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "figures/figure_params.h"
#include "figures/figures.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::app {

struct JsonDocument;

inline constexpr int kMaxImageSide = 8192;
inline constexpr int kMaxSsaa = 4;
inline constexpr int kMsaaOfOlderSidecars = 4;  // image.msaa when a sidecar has none

// A print size: the page of an SVG or PDF and, at `dpi`, the pixel size
// and the PNG's pHYs chunk.
struct PrintSize {
    double width_mm = 0.0;
    double height_mm = 0.0;
    double dpi = 300.0;
};
inline constexpr double kDefaultDpi = 300.0;
inline constexpr double kMinDpi = 72.0, kMaxDpi = 2400.0;
inline constexpr double kMinPrintMm = 10.0, kMaxPrintMm = 1000.0;

struct ImageSettings {
    int width = 1920;                          // pixels, 1..8192
    int height = 1080;                         // pixels, 1..8192
    // Supersampling per axis, 1..4. 1 by default: on top of 4x MSAA, sphere
    // and line edges already carry analytic coverage (docs/performance.md
    // compares 1 and 2); 2 and up for print-size zooms.
    int ssaa = 1;
    // MSAA samples per pixel, 1 or 4 (every GL 3.3 driver has 4; llvmpipe
    // has no other). 1 by default: a single-sampled frame whose spheres,
    // lines, polygons and arrow heads smooth their own edges by coverage
    // (render::Edges::analytic); against a 64-sample reference better than
    // 4x MSAA for most figures, slightly worse for some, and half the cost on
    // llvmpipe (docs/performance.md).
    int msaa = 1;
    bool transparent = false;                  // alpha 0 where nothing is drawn
    scene::Color background{1.0f, 1.0f, 1.0f, 1.0f};  // ignored when transparent
    std::optional<PrintSize> print;            // absent: sized in pixels (a vector page at 96 px per inch)
};

struct CameraChoice {
    scene::ViewPreset preset = scene::ViewPreset::iso;           // fitted to the scene
    scene::Projection projection = scene::Projection::perspective;
    std::optional<scene::Camera> exact;  // from a sidecar: used as is, no fitting
};

struct RenderRequest {
    std::string figure;  // an id of figures::figure_list()
    figures::FigureParams params = figures::default_params();
    CameraChoice camera;
    ImageSettings image;
    std::vector<std::string> hidden_layers;
};

// "1920x1080" → width, height; throws UsageError naming what is allowed.
std::pair<int, int> parse_size(const std::string& text);

// "1920x1080" in pixels, or a print size "85mmx60mm" (mm, cm or in for each
// side) made pixels at `dpi` (kDefaultDpi when not given). A dpi without a
// print size, or sides or pixels out of range, throw UsageError naming the
// limits.
struct ImageSize {
    int width = 0;
    int height = 0;
    std::optional<PrintSize> print;
};
ImageSize parse_image_size(const std::string& text, std::optional<double> dpi);
// "#rrggbb", "#rrggbbaa", "white", "black", "grey" → colour; throws UsageError.
scene::Color parse_color(const std::string& text);
std::string format_color(const scene::Color& color);  // "#rrggbb" or "#rrggbbaa"

// --hide-layer NAME...: each must be a layer (or the caption) of a figure
// drawn; with several figures, of any of them. Throws UsageError naming the
// layers there are: a misspelt layer would otherwise be drawn without a word.
void check_hidden_layers(const std::vector<std::string>& names, const std::vector<const figures::FigureInfo*>& drawn);

// The camera the request asks for, fitted to the scene unless exact.
scene::Camera resolve_camera(const CameraChoice& choice, const scene::Scene& scene, float aspect);

// The sidecar written beside an image: program, version, the request and the
// camera actually used, and what the scene shows (title, caption, sections).
nlohmann::json sidecar_json(const RenderRequest& request, const scene::Scene& scene, const scene::Camera& camera);

// The request a sidecar describes (the exact camera included), so the image
// can be made again. Throws UsageError "file:line:column: 'key' problem";
// unknown keys (and unknown parameters, from another version) are reported
// through `warn` and ignored.
RenderRequest request_from_sidecar(const JsonDocument& sidecar, const std::function<void(const std::string&)>& warn);

}  // namespace cagescope::app
