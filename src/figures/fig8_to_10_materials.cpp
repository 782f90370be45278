// (being built)
#include "figures/figures.h"

namespace cagescope::figures {

scene::Scene build_fig8_pe(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

scene::Scene build_fig9_as2s3(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

scene::Scene build_fig10_pp(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

}  // namespace cagescope::figures
