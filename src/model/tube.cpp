#include "model/tube.h"

#include <cmath>

#include "model/constants.h"
#include "model/parameters.h"

namespace cagescope::model {

Tube make_tube(const TubeParams& params) {
    Tube t;
    t.params = params;
    t.params.n = static_cast<int>(check_parameter("tube-n", params.n));
    check_parameter("tg-over-tm", params.tg_over_tm);
    check_parameter("tg-over-eps0", params.tg_over_eps0);
    t.spacing = lattice_spacing();
    t.vacancy_edge = lattice_spacing();
    for (int j = 0; j < t.params.n; ++j) t.units.push_back({0.0, 0.0, j * t.spacing});
    const double n = t.params.n;
    t.n_z = n_z(n, params.tg_over_tm);
    t.tm_over_eps0 = params.tg_over_eps0 / params.tg_over_tm;
    t.p_plus = std::pow(1.0 / n, params.tg_over_eps0);
    t.p_minus = std::pow(t.n_z, t.tm_over_eps0);
    return t;
}

Tube make_tube(int n, double tg_over_tm) {
    TubeParams p;
    p.n = n;
    p.tg_over_tm = tg_over_tm;
    return make_tube(p);
}

}  // namespace cagescope::model
