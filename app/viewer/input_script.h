// A test hook: a text file of key and mouse events that the viewer replays
// as if a person typed them, one line per frame, so the shortcuts are tested
// in a real window. Lines:
//   key NAME [ctrl] [shift]     press and release (NAME: 7, PageDown, F12, Space, S ...)
//   move X Y                    cursor to window pixel (X, Y)
//   press left|right|middle     mouse button down at the cursor
//   release left|right|middle
//   click X Y                   move, press and release the left button
//   scroll NOTCHES              wheel at the cursor (+ zooms in)
//   wait FRAMES                 let frames pass (flights and animation run)
//   print                       write the view's state as one JSON line to stdout
//   resize W H                  the window to W×H screen units (1..16384; the size limits are lifted)
//   figure ID                   open figure ID, as the figure list does
//   burst N                     from here on N events a frame (1..100; 1 = the default), as a
//                               fast hand queues several between two frames
//   # comment
// The viewer quits when the script ends (or after --frames, if later).
#pragma once

#include <string>
#include <vector>

namespace cagescope::viewer {

enum class ScriptOp { key, move, press, release, click, scroll, wait, print, resize, figure, burst };

struct ScriptEvent {
    ScriptOp op = ScriptOp::wait;
    int key = 0;      // GLFW key (key)
    int mods = 0;     // GLFW_MOD_* (key)
    int button = 0;   // GLFW mouse button (press, release)
    float x = 0.0f;   // move, click: window pixels; scroll: notches
    float y = 0.0f;
    int frames = 1;   // wait; burst: events a frame
    std::string figure;  // figure
    int line = 0;     // for messages
};

// Parses the script; throws app::UsageError "file:line:column: what".
std::vector<ScriptEvent> parse_input_script(const std::string& text, const std::string& file);
std::vector<ScriptEvent> load_input_script(const std::string& path);

}  // namespace cagescope::viewer
