// The whole view (figure, parameters, camera, layers, time) as JSON. The
// format is the render sidecar's, so a saved view renders again with
// `cagescope render --from FILE`, and any sidecar opens in the viewer.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "render_request.h"

namespace cagescope::viewer {

// Writes the state atomically; throws output::WriteError.
void save_view_state(const std::filesystem::path& path, const app::RenderRequest& request, const scene::Scene& scene,
                     const scene::Camera& camera);

// Reads a state or sidecar file; throws app::UsageError (file:line:column for
// syntax) or model::ParameterError. The camera comes back exact.
app::RenderRequest load_view_state(const std::filesystem::path& path,
                                   const std::function<void(const std::string&)>& warn);

// The camera as one line of JSON, for the clipboard: {"camera": {...}} with
// the sidecar's keys.
std::string camera_to_text(const scene::Camera& camera);
// Accepts what camera_to_text writes, a bare camera object or a whole
// sidecar; nullopt with *error set when the text is not a camera.
std::optional<scene::Camera> camera_from_text(const std::string& text, std::string* error);

}  // namespace cagescope::viewer
