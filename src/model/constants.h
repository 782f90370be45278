// The numbers of MODEL.md §1, each computed from its formula (Sec. III.C,
// Eq. 2-7 of the paper). Nothing here is typed in except what the paper
// states without a derivation (overlap 0.27 %, Φ 4.21°), and those are
// marked "stated", and the physical constants the energies are converted
// with, which are named. Lengths in σ, energies in ε0, angles in degrees.
#pragma once

namespace cagescope::model {

// --- Lennard-Jones fixed points (Eq. 3-7) ---
double q0();           // well minimum, χ = 1/2: 2^(1/6)
double q_left();       // repulsive 1/16 fixed point, χ = 5/8: (8/5)^(1/6)
double q_right();      // attractive 1/16 fixed point, χ = 3/8: (8/3)^(1/6)
double f_c();          // f at both fixed points: -15/16 (1/16 above the well bottom)
double sigma_ratio();  // σ1/σ0 = (5/3)^(1/6), from q_{i,R} = q_{i+1,L}
double d_l_star();     // d_L* = (8/3)^(1/6)·((5/3)^(1/6) - 1)  (Eq. 7)
double lattice_spacing();  // a = 1 + d_L*  (Fig. 3a caption, Sec. IV.A)

// --- angles (Fig. 4 caption, Sec. III.D.4, IV.D.3), degrees ---
double delta_omega_deg();   // ΔΩ = 2·asin(d_L*/2)
double sweep_deg();         // 15ΔΩ, the sweep of the 16 angle lines of one space
double trap_deg();          // 90° - 15ΔΩ
double magic_torsion_deg(); // ∠Tors = 60·trap ("1 radian = 60")
// Fig. 4 caption's "distance between points 0_1 and 0_2 is d_L =
// 109.5°/90°·d_L*" (0.12732); the chord that gives ΔΩ is d_L* itself.
double fig4_d_l();
// d_L put through the same 2·asin(d/2): kept only to show that it does not
// give ΔΩ.
double fig4_chord_angle_deg();

// --- the cage (Sec. II.B.2, IV.D.2) ---
double cage_side();        // 2Δd = 2·(q_R - q0) = 0.11026; a reading of the stated 0.1103 (Sec. IV.D.2)
double cage_half_side();   // h = Δd
double jump_step();        // √2·2Δd/15, the diagonal step (Sec. III.D.3)

// --- stated ---
double overlap_fraction(); // 0.0027: neighbouring HSMs overlap by 0.27 % (abstract)
double overlap_angle_deg();// Φ ≈ 4.21° (Fig. 5 caption), stated
double hsm_radius();       // a / (2·(1 - overlap)): two neighbours overlap by 0.27 % of the diameter

// --- volumes ---
double cube_volume();      // a³, the excluded volume of the cubic hexahedron (PE)

// --- the tube (Eq. 8-10) ---
// n_z = N^(-Tg/Tm). Range-checked: N in tube-n, tg_over_tm in tg-over-tm.
double n_z(double n, double tg_over_tm);
inline constexpr double kNzBound = 0.036;  // the paper's bound "n_z (≤ 0.036)" (Sec. III.E.1), stated

// --- energies (Sec. III.D.3 vi, III.E) ---
// Physical constant, an input: k_B in meV/K (CODATA 2018, exact SI values).
inline constexpr double kBoltzmannMevPerK = 8.617333262e-2;
double polymer_well_k();       // ε0 = 51.6 K, "the typical well energy of the polymer ... in the WLF equation", stated
double c_boson_fraction();     // E_C/ε0 = 1/8, "approximately one-eighth of ε0" (Sec. III.D.3 vi), stated
double c_boson_energy_k();     // E_C = ε0/8 at the polymer well, in K
double c_boson_energy_mev();   // the same in meV: E_C·k_B
// N* = N·n_z, the DoFs for N soft matrices each jumping n_z (Sec. III.E.1:
// "N* ≈ 200 n_z" for N = 200); E_jump = N*·ε0, so in ε0 it is N*.
double jump_energy_eps0(double n, double n_z);
// k_B·T_JG = E_jump + ε0, the x-axial DoF's ε0 added (Sec. III.E.2), in ε0.
double jg_energy_eps0(double jump_energy_eps0);

}  // namespace cagescope::model
