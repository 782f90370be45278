// The soft matrix and its tube (MODEL.md §5; Fig. 6, Sec. III.E.1, Eq. 8-10).
#pragma once

#include <glm/vec3.hpp>
#include <vector>

namespace cagescope::model {

struct TubeParams {
    int n = 200;                       // chain units N (tube-n), 1..2000
    double tg_over_tm = 2.0 / 3.0;     // Tg/Tm (tg-over-tm), in (0, 1)
    double tg_over_eps0 = 20.0 / 3.0;  // k_B·Tg/ε0 (tg-over-eps0), "≈ 20/3 ε0" for flexible chains
};

struct Tube {
    TubeParams params;
    double spacing = 0;        // a: chain units a_0 ... a_{N-1} stacked along z
    std::vector<glm::dvec3> units;  // (0, 0, j·a)
    double vacancy_edge = 0;   // a: the central vacancy O(a_0) is a cube of edge a
    double n_z = 0;            // N^(-Tg/Tm), the jump of each soft matrix along +z (Eq. 10)
    double p_plus = 0;         // (1/N)^(Tg/ε0)   (Eq. 8)
    double p_minus = 0;        // n_z^(Tm/ε0)     (Eq. 9); equals p_plus by Eq. 10
    double tm_over_eps0 = 0;   // (Tg/ε0) / (Tg/Tm)
};

// Range-checks the parameters (ParameterError).
Tube make_tube(const TubeParams& params);
Tube make_tube(int n, double tg_over_tm);

}  // namespace cagescope::model
