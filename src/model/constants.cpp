#include "model/constants.h"

#include <cmath>
#include <numbers>

#include "model/parameters.h"

namespace cagescope::model {

namespace {
double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }
}  // namespace

double q0() { return std::pow(2.0, 1.0 / 6.0); }
// χ = (σ/q)^6, so q = χ^(-1/6).
double q_left() { return std::pow(8.0 / 5.0, 1.0 / 6.0); }
double q_right() { return std::pow(8.0 / 3.0, 1.0 / 6.0); }
double f_c() {
    const double chi = 3.0 / 8.0;  // the same at 5/8: f(χ) is symmetric about 1/2
    return -4.0 * chi * (1.0 - chi);
}
double sigma_ratio() { return std::pow(5.0 / 3.0, 1.0 / 6.0); }
// q_{1,R} - q_{1,L} with q_{1,L} = q_{0,R}: (8/3)^(1/6)·σ1 - (8/3)^(1/6)·σ0.
double d_l_star() { return q_right() * (sigma_ratio() - 1.0); }
double lattice_spacing() { return 1.0 + d_l_star(); }

double delta_omega_deg() { return degrees(2.0 * std::asin(d_l_star() / 2.0)); }
double sweep_deg() { return 15.0 * delta_omega_deg(); }
double trap_deg() { return 90.0 - sweep_deg(); }
// "∠Tors/∠Trap = 1 radian = 60" (Sec. IV.D.3).
double magic_torsion_deg() { return 60.0 * trap_deg(); }
double fig4_d_l() { return 109.5 / 90.0 * d_l_star(); }
double fig4_chord_angle_deg() { return degrees(2.0 * std::asin(fig4_d_l() / 2.0)); }

// The paper states 0.1103 (Sec. IV.D.2, "side lengths of 1.1046 and 0.1103")
// and gives no formula. Read here as the jump from the well minimum to the
// 1/16 fixed point on each side of it, 2·(q_R - q0) = 0.11026, which
// reproduces the stated value to its 4 digits (MODEL.md §1).
double cage_side() { return 2.0 * (q_right() - q0()); }
double cage_half_side() { return cage_side() / 2.0; }
double jump_step() { return std::sqrt(2.0) * cage_side() / 15.0; }

double overlap_fraction() { return 0.27 / 100.0; }  // stated (abstract)
double overlap_angle_deg() { return 4.21; }         // stated (Fig. 5 caption)
double hsm_radius() { return lattice_spacing() / (2.0 * (1.0 - overlap_fraction())); }

double cube_volume() { return std::pow(lattice_spacing(), 3.0); }

double n_z(double n, double tg_over_tm) {
    check_parameter("tube-n", n);
    check_parameter("tg-over-tm", tg_over_tm);
    return std::pow(n, -tg_over_tm);
}

double polymer_well_k() { return 51.6; }       // stated (Sec. III.D.3 vi)
double c_boson_fraction() { return 1.0 / 8.0; }  // stated (Sec. III.D.3 vi)
double c_boson_energy_k() { return c_boson_fraction() * polymer_well_k(); }
double c_boson_energy_mev() { return c_boson_energy_k() * kBoltzmannMevPerK; }
double jump_energy_eps0(double n, double n_z) { return n * n_z; }
double jg_energy_eps0(double jump_energy_eps0) { return jump_energy_eps0 + 1.0; }

}  // namespace cagescope::model
