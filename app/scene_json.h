// A figure's scene as data (`cagescope scene`): title, caption, notes,
// sections, layers and every primitive with its id, kind, layer, section,
// geometry, colour and label text. README documents the JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "figures/figure_params.h"
#include "scene/scene.h"

namespace cagescope::app {

// The parameters as the sidecar writes them (every field, spacing, material).
nlohmann::json parameters_json(const figures::FigureParams& params);

// {"program", "version", "figure", "parameters", "title", "caption", "notes",
//  "sections", "layers", "primitives": [{"id", "kind", "layer", "section",
//  "color", ...geometry}]}; colours as "#rrggbbaa", points as [x, y, z].
nlohmann::json scene_json(const std::string& figure, const figures::FigureParams& params, const scene::Scene& scene);

// "#rrggbbaa", always with alpha, so a script reads one form.
std::string rgba_text(const scene::Color& color);

// The kind a primitive's shape is: "sphere", "polyline", "arrow", "polygon", "label".
std::string shape_kind(const scene::Shape& shape);

}  // namespace cagescope::app
