#include "model/derivation_table.h"

#include <cmath>
#include <cstdio>
#include <numbers>
#include <stdexcept>

#include "model/constants.h"
#include "model/materials.h"
#include "model/parameters.h"
#include "model/tube.h"

namespace cagescope::model {

namespace {
// How a row's value is held against the paper's.
struct Check {
    enum Kind {
        none,      // nothing printed to compare with: derived
        rounded,   // agrees when value rounds to `paper` at `decimals`
        range,     // agrees when lo <= value <= hi
        conflict,  // the paper's text contradicts the formula used: differs
        stated,    // the paper gives it, nothing derives it
    } kind = none;
    double paper = 0;
    int decimals = 0;
    double lo = 0;
    double hi = 0;
};

Check none() { return {}; }
Check rounded(double paper, int decimals) { return {Check::rounded, paper, decimals, 0, 0}; }
Check range(double lo, double hi) { return {Check::range, 0, 0, lo, hi}; }
Check conflict() { return {Check::conflict, 0, 0, 0, 0}; }
// "≈ 6.5": agrees when the value lies within half a unit of the paper's last
// printed digit, ties included (6.45 is "≈ 6.5"; std::round would decide a
// tie by the binary representation of 51.6).
Check about(double paper, int decimals) {
    const double half = 0.5 * std::pow(10.0, -decimals) * (1.0 + 1e-9);
    return range(paper - half, paper + half);
}
Check stated() { return {Check::stated, 0, 0, 0, 0}; }

DerivationStatus status_of(double value, const Check& c) {
    switch (c.kind) {
        case Check::none: return DerivationStatus::derived;
        case Check::stated: return DerivationStatus::stated;
        case Check::conflict: return DerivationStatus::differs;
        case Check::rounded: {
            const double scale = std::pow(10.0, c.decimals);
            return std::round(value * scale) == std::round(c.paper * scale) ? DerivationStatus::derived
                                                                             : DerivationStatus::differs;
        }
        case Check::range:
            return value >= c.lo && value <= c.hi ? DerivationStatus::derived : DerivationStatus::differs;
    }
    return DerivationStatus::differs;
}

struct Row {
    std::string symbol, name, formula;
    double value;
    std::string unit;
    int decimals;
    std::string paper, section;
    Check check;
    std::string note;  // shown for differs and stated; may explain a derived row too
};

Derivation make(Row r) {
    const DerivationStatus status = status_of(r.value, r.check);
    return {std::move(r.symbol), std::move(r.name),    std::move(r.formula), r.value,
            r.decimals,          std::move(r.unit),    std::move(r.paper),   std::move(r.section),
            status,              std::move(r.note)};
}

// printf into a string of whatever length the text needs (a note is long).
template <typename... Args>
std::string fmt_any(const char* format, Args... args) {
    const int n = std::snprintf(nullptr, 0, format, args...);
    std::string out(static_cast<std::size_t>(n > 0 ? n : 0) + 1, '\0');
    std::snprintf(out.data(), out.size(), format, args...);
    out.pop_back();
    return out;
}
std::string fmt(const char* format, double v) { return fmt_any(format, v); }
std::string fmt2(const char* format, double v, double w) { return fmt_any(format, v, w); }
}  // namespace

std::string_view to_string(DerivationStatus status) {
    switch (status) {
        case DerivationStatus::derived: return "derived";
        case DerivationStatus::differs: return "differs";
        case DerivationStatus::stated: return "stated";
    }
    return "?";
}

std::vector<Derivation> derivation_table(const DerivationInputs& in) {
    TubeParams tp;
    tp.n = static_cast<int>(check_parameter("tube-n", in.tube_n));
    tp.tg_over_tm = in.tg_over_tm;
    tp.tg_over_eps0 = in.tg_over_eps0;
    const Tube tube = make_tube(tp);
    const Material pp = polypropylene(), as2s3 = arsenic_trisulfide();
    const double phi_estimate = delta_omega_deg() / std::sqrt(2.0);
    const double one_minus_cos_phi = (1.0 - std::cos(overlap_angle_deg() * std::numbers::pi / 180.0)) * 100.0;
    // The paper's HSM volume: σ³, not the π/6·σ³ of a sphere of diameter σ (MODEL.md §1, §6).
    const double sphere_volume = std::numbers::pi / 6.0;
    const std::string hsm_volume_note =
        "the HSM volume is read as σ³ = 1, the only reading under which both the paper's PE \"1.35 times\" and PP's "
        "\"about equal\" hold; against a sphere of diameter σ (π/6 = " + fmt("%.4f", sphere_volume) +
        " σ³) PE's cube would be " + fmt("%.3f", cube_volume() / sphere_volume) + " and PP's " +
        fmt("%.3f", pp.volume() / sphere_volume) + " HSM volumes";
    // Sec. III.E: N* = N·n_z soft-matrix DoFs, with Eq. 10's n_z and with the paper's bound.
    const double n = static_cast<double>(tube.params.n);
    const double e_jump = jump_energy_eps0(n, tube.n_z), e_jump_bound = jump_energy_eps0(n, kNzBound);
    const double e_jg = jg_energy_eps0(e_jump), e_jg_bound = jg_energy_eps0(e_jump_bound);
    const std::string n_text = fmt("N = %g", n);

    std::vector<Row> rows{
        {"q0", "well minimum (χ = 1/2)", "2^(1/6)", q0(), "", 8, "1.12246", "Sec. III.C", rounded(1.12246, 5), ""},
        {"q_L", "repulsive 1/16 fixed point (χ = 5/8)", "(8/5)^(1/6)", q_left(), "", 8,
         "χ = 5/8 (Fig. 3a: 3/8)", "Sec. III.C, Fig. 3a", conflict(),
         "Fig. 3a's caption gives q_L χ = 3/8 and q_R χ = 5/8; Sec. III.C's math (χ_max = 5/8 = "
         "(σ_{i+1}/q_{i+1,L})^6) is followed"},
        {"q_R", "attractive 1/16 fixed point (χ = 3/8)", "(8/3)^(1/6)", q_right(), "", 8,
         "χ = 3/8 (Fig. 3a: 5/8)", "Sec. III.C, Fig. 3a", conflict(),
         "Fig. 3a's caption swaps 3/8 and 5/8; Sec. III.C's math is followed"},
        {"f_c", "LJ energy at both fixed points", "-4·(3/8)·(5/8) = -15/16", f_c(), "ε0", 4,
         "1/16 (above the well bottom)", "Sec. III.C, Eq. 4", none(),
         "1/16 of the well depth above its bottom: the \"1/16 equipotential\""},
        {"σ1/σ0", "next hard-sphere diameter", "(5/3)^(1/6)", sigma_ratio(), "", 8, "(5/3)^(1/6)", "Sec. III.C",
         none(), ""},
        {"d_L*", "invariant jump span", "(8/3)^(1/6)·((5/3)^(1/6) - 1)", d_l_star(), "", 10, "0.10464895",
         "Eq. 7, Sec. II.D", rounded(0.10464895, 8),
         fmt("computes to %.10f: the paper's 8th decimal (…895) is off by 3·10⁻⁸", d_l_star())},
        {"a", "lattice spacing", "1 + d_L*", lattice_spacing(), "", 8, "1.1046", "Fig. 3a, Sec. IV.A, IV.D.2",
         rounded(1.1046, 4), ""},
        {"ΔΩ", "jump angle between adjacent angle lines", "2·asin(d_L*/2)", delta_omega_deg(), "°", 8, "5.9987°",
         "Fig. 4 caption, abstract", rounded(5.9987, 4), ""},
        {"d_L", "Fig. 4 caption's distance between 0_1 and 0_2", "109.5°/90°·d_L*", fig4_d_l(), "", 5,
         "|0_10_2| = d_L = 109.5°/90°·d_L*", "Fig. 4 caption", conflict(),
         fmt("the caption calls the distance between 0_1 and 0_2 d_L = 109.5°/90°·d_L* = %.5f", fig4_d_l()) +
             fmt("; two adjacent contact positions on the σ = 1 circle are the chord d_L* = %.5f apart", d_l_star()) +
             ", the one that gives ΔΩ = 2·asin(d_L*/2): the program draws d_L*"},
        {"ΔΩ(d_L)", "Fig. 4 caption's chord put through the same formula", "2·asin(d_L/2), d_L = 109.5°/90°·d_L*",
         fig4_chord_angle_deg(), "°", 4, "5.9987°", "Fig. 4 caption", rounded(5.9987, 4),
         fmt("the caption's d_L = 109.5°/90°·d_L* gives %.4f°, not ΔΩ; only the chord d_L* gives 5.9987°",
             fig4_chord_angle_deg())},
        {"15ΔΩ", "sweep of the 16 angle lines", "15·ΔΩ", sweep_deg(), "°", 8, "(90 - 0.019)°", "Sec. III.A.2",
         rounded(90.0 - 0.019, 3),
         fmt("%.5f°, i.e. (90 - 0.0198)°: the paper's 0.019 is truncated", sweep_deg())},
        {"∠Trap", "two-electron trap angle", "90° - 15ΔΩ", trap_deg(), "°", 6, "≈ 0.019° (≈ 0.02°)",
         "Sec. III.D.4, Fig. 2, 5", rounded(0.019, 3),
         fmt("%.5f°: \"≈ 0.02°\" holds, \"0.019°\" is truncated, not rounded", trap_deg())},
        {"∠Tors", "magic torsion angle", "60·∠Trap", magic_torsion_deg(), "°", 4, "1.14°-1.17°", "Sec. IV.D.3",
         range(1.14, 1.17),
         fmt2("60 × %.5f° = %.3f°, outside 1.14°-1.17° (60 × 0.019° to 60 × 0.0195°)", trap_deg(),
              magic_torsion_deg())},
        {"2Δd", "cage side", "2·(q_R - q0)", cage_side(), "", 5, "0.1103", "Sec. IV.D.2", rounded(0.1103, 4),
         fmt("a reading: the paper states 0.1103 (\"concentric hexahedra with side lengths 1.1046 and 0.1103\") "
             "and gives no formula; 2·(q_R - q0), the jump from the well minimum to the 1/16 fixed point on each "
             "side, gives %.5f and reproduces it to its 4 digits", cage_side())},
        {"h", "cage half side Δd", "2Δd/2", cage_half_side(), "", 5, "Δd", "Sec. II.B.2", none(), ""},
        {"step", "PCP jump along the diagonal", "√2·2Δd/15", jump_step(), "", 6, "≈ 0.01", "Sec. III.D.3",
         rounded(0.01, 2),
         fmt("built on the computed 2Δd: %.6f", jump_step()) +
             fmt(" (the stated 0.1103 would give %.6f)", std::sqrt(2.0) * 0.1103 / 15.0)},
        {"overlap", "overlap of two neighbouring HSMs", "stated", overlap_fraction() * 100.0, "%", 2, "0.27 %",
         "abstract, Sec. III.D.1", stated(),
         fmt("no formula gives it; 1 - cos Φ = %.3f %%", one_minus_cos_phi) +
             fmt(" and d_L*²/4 = %.3f %% come close", d_l_star() * d_l_star() / 4.0 * 100.0)},
        {"r_HSM", "HSM sphere radius", "a / (2·(1 - 0.0027))", hsm_radius(), "", 6, "-", "MODEL.md §3", none(),
         "chosen so two neighbours overlap by 0.27 % of their diameter"},
        {"Φ", "overlap angle", "stated", overlap_angle_deg(), "°", 2, "≈ 4.21°", "Fig. 5 caption", stated(),
         fmt("no formula gives it; ΔΩ/√2 = %.2f° comes close", phi_estimate)},
        {"V_cube", "excluded volume of the cubic hexahedron (PE)", "a³", cube_volume(), "σ³", 6,
         "1.35 times the HSM volume", "Sec. III.G.3", rounded(1.35, 2), hsm_volume_note},
        {"Ω_z(PP)", "axial tilt of polypropylene", "acos(Tg(PE)/Tg(PP)) = acos(195/263)", pp.omega_z_deg(), "°", 3,
         "≈ 42°", "Sec. III.G.3", rounded(42.0, 0), ""},
        {"V(PP)", "excluded volume of PP", "a³·cos Ω_z(PP)", pp.volume(), "σ³", 4,
         "≈ its HSM volume (1)", "Sec. III.G.3", rounded(1.0, 1), hsm_volume_note},
        {"Tg°(As2S3)", "ordering temperature of As2S3", "Tk + round((Tm - Tg)/4)", as2s3.tg0, "K", 1, "≈ 404 K",
         "Sec. III.G.4", rounded(404.0, 0),
         "the paper takes ε0 = (583 - 448)/4 = 33.75 K as 34 K; so does the program"},
        {"Ω_z(As2S3)", "axial tilt of As2S3", "acos(Tg°/Tg)", as2s3.omega_z_deg(), "°", 3, "≈ 25.6°",
         "Sec. III.G.4", rounded(25.6, 1), ""},
        {"V(As2S3)", "excluded volume of As2S3", "a³·cos Ω_z(As2S3)", as2s3.volume(), "σ³", 4, "-", "Sec. III.G.4",
         none(), ""},
        {"n_z", "soft-matrix jump along +z", fmt("N^(-Tg/Tm), N = %g", static_cast<double>(tube.params.n)) +
             fmt(", Tg/Tm = %.4g", in.tg_over_tm), tube.n_z, "", 5, "≤ 0.036", "Eq. 10, Sec. III.E.1",
         range(0.0, 0.036),
         tube.n_z > 0.036 ? fmt("%.5f exceeds the paper's bound 0.036 for these N and Tg/Tm", tube.n_z) : ""},
        {"p+", "probability that the tube appears", fmt("(1/N)^(Tg/ε0), Tg/ε0 = %.4g", in.tg_over_eps0),
         tube.p_plus, "", 6, "-", "Eq. 8", none(), "equals p- by Eq. 10"},
        {"p-", "probability that the tube disappears", "n_z^(Tm/ε0)", tube.p_minus, "", 6, "-", "Eq. 9", none(),
         "equals p+ by Eq. 10"},
        {"ε0(polymer)", "typical well energy of a polymer", "stated (WLF equation)", polymer_well_k(), "K", 1,
         "51.6 K", "Sec. III.D.3 (vi)", stated(),
         "\"the typical well energy of the polymer is 51.6 K in the WLF equation\": an input, no formula gives it"},
        {"E_C", "C-boson excitation energy", "ε0/8 at ε0 = 51.6 K", c_boson_energy_k(), "K", 2, "≈ 6.5 K",
         "Sec. III.D.3 (vi)", about(6.5, 1),
         fmt("\"approximately one-eighth of ε0\" (stated): 51.6 K/8 = %.2f K, the paper's ≈ 6.5 K", c_boson_energy_k())},
        {"E_C(meV)", "C-boson excitation energy in meV", fmt("E_C·k_B, k_B = %.11g meV/K", kBoltzmannMevPerK),
         c_boson_energy_mev(), "meV", 3, "≈ 0.56 meV", "Sec. III.D.3 (vi)", about(0.56, 2),
         "k_B from CODATA 2018 (exact SI values)"},
        {"E_jump", "energy of the collective jump, Eq. 10's n_z",
         "N*·ε0, N* = N·n_z, " + n_text + fmt(", n_z = %.5f", tube.n_z), e_jump, "ε0", 3, "≈ 7.2 ε0",
         "Sec. III.E.1", about(7.2, 1),
         fmt("with Eq. 10's n_z = %.5f", tube.n_z) + fmt(", N* = %.3f", e_jump) +
             "; the paper's N* ≈ 200 n_z ≈ 7.2 takes n_z at its bound 0.036 (row E_jump(0.036))"},
        {"E_jump(0.036)", "energy of the collective jump, n_z at the bound", "N*·ε0, N* = N·0.036, " + n_text,
         e_jump_bound, "ε0", 3, "≈ 7.2 ε0", "Sec. III.E.1", about(7.2, 1),
         "n_z at the paper's bound \"n_z (≤ 0.036)\": N* ≈ 200·0.036 = 7.2 for N = 200"},
        {"k_B·T_JG", "Johari-Goldstein excitation energy, Eq. 10's n_z", "E_jump + ε0", e_jg, "ε0", 3,
         "≈ 8.2 ε0", "Sec. III.E.2", about(8.2, 1),
         fmt("E_jump = %.3f ε0 (Eq. 10's n_z) plus the x-axial DoF's ε0; the paper's 8.2 adds ε0 to its 7.2", e_jump)},
        {"k_B·T_JG(0.036)", "Johari-Goldstein excitation energy, n_z at the bound", "E_jump(0.036) + ε0", e_jg_bound,
         "ε0", 3, "≈ 8.2 ε0", "Sec. III.E.2", about(8.2, 1), "E_jump at n_z = 0.036 plus the x-axial DoF's ε0"},
        {"T_JG/T_g", "β_JG temperature over Tg, Eq. 10's n_z", fmt("k_B·T_JG/(k_B·Tg), k_B·Tg = %.4g ε0", in.tg_over_eps0),
         e_jg / in.tg_over_eps0, "", 3, "≈ 1.2", "Sec. III.E.2", about(1.2, 1),
         fmt("%.3f ε0", e_jg) + fmt(" / %.4g ε0; the paper's ≈ 1.2 k_B·Tg follows from its 8.2 ε0", in.tg_over_eps0)},
        {"T_JG/T_g(0.036)", "β_JG temperature over Tg, n_z at the bound",
         fmt("k_B·T_JG(0.036)/(k_B·Tg), k_B·Tg = %.4g ε0", in.tg_over_eps0), e_jg_bound / in.tg_over_eps0, "", 3,
         "≈ 1.2", "Sec. III.E.2", about(1.2, 1),
         fmt("%.3f ε0", e_jg_bound) + fmt(" / %.4g ε0", in.tg_over_eps0) +
             "; \"k_B·T_JG ≈ 8.2 ε0 ≈ 1.2 k_B·T_g\", and β_JG \"occurs around 1.2 T_g\""},
    };

    std::vector<Derivation> table;
    table.reserve(rows.size());
    for (Row& r : rows) table.push_back(make(std::move(r)));
    return table;
}

const Derivation& find_derivation(const std::vector<Derivation>& table, std::string_view symbol) {
    for (const auto& d : table)
        if (d.symbol == symbol) return d;
    throw std::out_of_range("no derivation row " + std::string(symbol));
}

}  // namespace cagescope::model
