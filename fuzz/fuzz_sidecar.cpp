// libFuzzer target: a render sidecar or a saved view state (one format) from
// its bytes, as `render --from` and `view --state` read it (with the locator
// that gives errors and warnings file:line:column), and the camera
// text the viewer pastes from the clipboard. Bad input may only end in the
// documented errors (UsageError, ParameterError); anything else escaping, a
// crash or a sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli_support.h"
#include "json_file.h"
#include "model/parameters.h"
#include "render_request.h"
#include "viewer/state_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cagescope;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const app::JsonDocument sidecar = app::parse_json_document(text, "fuzz.json");
        std::size_t warnings = 0;
        const app::RenderRequest req = app::request_from_sidecar(sidecar, [&](const std::string&) { ++warnings; });
        // What was accepted must be a request the renderer can be given.
        if (req.image.width < 1 || req.image.width > app::kMaxImageSide || req.image.ssaa < 1 ||
            req.image.ssaa > app::kMaxSsaa)
            __builtin_trap();
    } catch (const app::UsageError&) {
    } catch (const model::ParameterError&) {
    }
    std::string error;
    (void)viewer::camera_from_text(text, &error);
    return 0;
}
