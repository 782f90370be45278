// `cagescope view`: the interactive window. Options are a plain struct
// parsed once by the command and passed in.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "figure_options.h"
#include "viewer/settings.h"

namespace cagescope::viewer {

struct ViewOptions {
    std::string figure;                          // --figure ID; "" = the state's, else 7
    std::string state;                           // --state FILE: a saved view or any render sidecar
    std::string tour;                            // tour file or embedded name (cagescope tour)
    app::FigureOptionValues figure_options;      // --omega-z ... as render takes them: over the state's or each tour step's
    std::optional<std::pair<int, int>> size;     // --size WxH window size; default: last used
    std::string shot_dir = ".";                  // --shot-dir: where F12 screenshots go
    std::optional<Theme> theme;                  // --theme: overrides the saved one
    bool hide_panels = false;                    // --hide-panels
    bool use_settings = true;                    // --no-settings: neither read nor write the config file
    // Test hooks.
    int frames = 0;                              // --frames N: quit after N frames (0 = until closed)
    std::string screenshot;                      // --screenshot F.png: at exit, the 3D view through the exporter (+ sidecar)
    std::string screenshot_ui;                   // --screenshot-ui F.png: at exit, the window as shown, UI included
    std::string script;                          // --script FILE: replay key and mouse events (input_script.h)
};

// Runs the window until it is closed (or --frames); returns the exit status.
// Throws render::RenderError when there is no display.
int run_viewer(const ViewOptions& options);

}  // namespace cagescope::viewer
