// (being built)
#include "figures/figures.h"

namespace cagescope::figures {

scene::Scene build_fig1a_v0_neighbours(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

scene::Scene build_fig1b_v1_cluster(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

scene::Scene build_fig1c_cluster(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

}  // namespace cagescope::figures
