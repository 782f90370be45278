// (being built)
#include "figures/figures.h"

namespace cagescope::figures {

scene::Scene build_fig3c_spherical_cage(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

}  // namespace cagescope::figures
