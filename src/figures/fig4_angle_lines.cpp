// (being built)
#include "figures/figures.h"

namespace cagescope::figures {

scene::Scene build_fig4_angle_lines(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

}  // namespace cagescope::figures
