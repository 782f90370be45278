// (being built)
#include "figures/figures.h"

namespace cagescope::figures {

scene::Scene build_fig11_torsion(const FigureParams&) {
    scene::Scene s;
    s.title = "(not built yet)";
    return s;
}

}  // namespace cagescope::figures
