#include "figures/paper_quotes.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <glm/geometric.hpp>
#include <sstream>
#include <variant>

namespace cagescope::figures {

namespace {
// Each layer of each figure: its name for a reader (in the label markup:
// _x and ^x sub/superscripts, braces group) and the sentence of the paper
// its position comes from, verbatim (the paper's text file spells symbols
// as it does: "z -axis", "a_0 -PCP"). paper_quotes_test checks that every
// layer of every figure has a row and that each quote is in the paper.
const std::array<LayerText, 80> kLayers{{
    {"1a 1b 1c", "hsms", "HSMs",
     "It is agreed to include an HSM on the outside of each arrow to simplify the representation of",
     "Fig. 1c caption"},
    {"1a", "loop", "V_0(a_0) loop",
     "It is clear that the two adjacent closed loops are in opposite directions and in the Ising state.",
     "Sec. II.A (iii)"},
    {"1b", "loop", "−z-V_1(a_0) loop (12 blue arrows)",
     "The 12 successive blue arrows indicate the $-z-V_1(a_0)$ loop, and the center four successive red arrows indicate the MIEV $+z-S_2(a_0)$.",
     "Fig. 1b caption"},
    {"1c", "loop", "V_i loop",
     "adjacent two MIEVs are in opposite directions, thereby satisfying stable Ising state conditions",
     "Sec. II.A (ii)"},
    {"1a 1b 1c", "centres", "HSCL centres (MIEVs)",
     "each molecule has a 2D vector in the form of an HSM cubic lattice (HSCL) along the z -axis, which is also defined as the molecular interface excitation vector (MIEV)",
     "Sec. II.A (ii)"},
    {"1a", "miev", "MIEV S_1(a_0)",
     "each molecule has a 2D vector in the form of an HSM cubic lattice (HSCL) along the z -axis, which is also defined as the molecular interface excitation vector (MIEV)",
     "Sec. II.A (ii)"},
    {"1b 1c", "jamming", "jamming particles",
     "Four adjacent V_0 -clusters are sequentially projected onto the z -axis and overlapped with the $+z-V_0(a_0)$ to generate a $-z-V_1(a_0)$ cluster with 8 jamming particles.",
     "Fig. 1b caption"},
    {"1b 1c", "arrows", "magic interfaces (arrows)",
     "Each arrow represents a magic interface in Section III.D.1.",
     "Fig. 1 caption"},
    {"1a 1b 1c", "labels", "labels",
     "To achieve an inverse-cascade, the nine 2D clusters",
     "Sec. II.A (ii)"},
    {"2 9", "spheres", "HSMs a_0 and c_0",
     "the two HSMs suddenly overlap by 0.27% to form a magic-interface two-dimensional vector",
     "Abstract"},
    {"2 5 9 glass", "cages", "2Δd cages",
     "The cage of the HSM is an ordered quantity in a disordered system.",
     "Sec. III.C.2"},
    {"2 4", "loops", "4-diagonal loops",
     "During a 4-diagonal closed-loop jump in the cage, a_0 -PCP must pass through four trap states.",
     "Sec. III.D.4"},
    {"2 5", "paths", "PCP paths",
     "two PCPs of a_0 and c_0 jump synchronously 15 steps along two orthogonal diagonals in tiny steps of 0.01",
     "Sec. II.C"},
    {"2 3b 5 11", "pcp", "PCP (positively charged particle)",
     "the two positively charged particles (PCPs) of two electrons in the two-electron theory are located at two discrete",
     "Sec. II.B.1"},
    {"2 5 9", "interface", "magic interface 2-3-3^*-2^*",
     "From the prism line $2-2^*$ to the prism line $3-3^*$ is the two-dimensional dynamic magic interface",
     "Sec. III.D.3 (iv)"},
    {"2 5 9", "pairs", "repulsive electron pairs p_λ-p_{λ^*}",
     "The 16 z -axial repulsive electron pairs that appear sequentially on the magic interface are caused by a new jumping pattern of two positively charged SASC particles",
     "Sec. III.D.3"},
    {"2", "diagonal_plane", "3-4-5-6 diagonal plane, diagonals 6-3 and 6^*-3^*",
     "16 electron orbitals escaping from the HSM and tangential to the magic interface appear in the 3-4-5-6 diagonal plane",
     "Sec. III.A.2"},
    {"2", "interface_detail", "C-boson on the interface",
     "plus 16 additional pairs of electron orbital magnetic moments, which form a C-boson (2D vectors) of the a_0 and c_0 atoms",
     "Fig. 2 caption"},
    {"2 5", "orbitals", "electron orbitals",
     "the 16 pairs of emerging electron orbitals sequentially tangent to the magic interface form 16 pairs of z -axially repulsive electron pairs",
     "Sec. III.D.1"},
    {"2 5", "moments", "orbital magnetic moments",
     "with two adjacent magnetic moments spaced 5.9987° apart from point 10 to point 11",
     "Sec. III.A.2"},
    {"2", "trap", "two-electron trap ∠Trap",
     "After 15 steps, the a_0 atom falls into the trap state angle of about 0.019° between the angle line $\\lambda_\\beta=16\\text{th}$ and the angle line $\\lambda_\\gamma=1\\text{st}$",
     "Fig. 2 caption"},
    {"4", "trap", "trap wedges ∠Trap",
     "the 16th point only attraction without repulsion, the HSM enters a trap state of 0.019°",
     "Fig. 4 caption"},
    {"2 4 5 9", "angle_lines", "angle lines δ_λ",
     "In 5-HSM clustering, the line that crosses a $1/16$ equipotential discrete point from the average position point 0^* of a_0 -HSM is the cluster contact angle line of a_0 -HSM",
     "Sec. III.C.1"},
    {"3a", "axes", "axes q and f(q)",
     "L–J potential is considered an approximate function because its σ and q cannot be directly used to describe the data for a real atom.",
     "Sec. III.C.1"},
    {"3a", "potential", "L-J potential f(q)",
     "A wonderful thing about the L–J potential is that when χ -potential is used as a variable, it is a symmetric quadratic function in equation (4).",
     "Sec. III.C.1"},
    {"3a", "levels", "the 1/16 line",
     "The special balance between χ -potential and the L–J potential is the slope $\\partial f_i / \\partial \\chi_i = \\pm 1$, which yields a $1/16$ equipotential plane of $q = q_R$ along the q -axis.",
     "Sec. III.C.1"},
    {"3a", "points", "q_L, q_0 and q_R",
     "and the vibration equilibrium position, $\\chi_0 = 1/2$, $q_0 = 2^{1/6}\\sigma \\approx 1.12246 \\sigma$",
     "Sec. III.C.1"},
    {"3a", "span", "d_L^* (blue arrow)",
     "as shown by the blue arrow in [Figure 3a](#)",
     "Sec. III.C.1"},
    {"3a", "inset", "f(χ) inset",
     "it is a symmetric quadratic function in equation (4)",
     "Sec. III.C.1"},
    {"3b 4 7 11", "cage", "2Δd cage",
     "The cage of the HSM is an ordered quantity in a disordered system.",
     "Sec. III.C.2"},
    {"3b", "faces", "1/16 equipotential planes",
     "The \"cage\" of z - a_0 is a z -axis $2\\Delta d$ cubic-lattice consisting of four $1/16$ equipotential planes of four L–J potentials in the $\\pm x$ and $\\pm y$ -axis directions",
     "Sec. III.C.1"},
    {"3b", "beta_space", "β-space, the 90° wedge",
     "represent the 90° -space between the plane (point $10 - 0^* \\rightarrow z$ -axis) and the plane (point $11 - 0^* \\rightarrow z$ -axis) as the β -space between z - c_0 and z - a_0",
     "Fig. 3b caption"},
    {"3b", "sigma0", "σ_0 appearing at point 9",
     "When a_0 completes the closed loop along the 4-diagonal line in **Figure 3b**, a 5-hard-sphere σ_0 appears at point 9.",
     "Sec. III.C.2"},
    {"3b", "loop", "loop 9 → 10 → 11 → 12 → 9",
     "The jumping of the centroid of z - a_0 along the 4-diagonal closed-loop of $9 \\rightarrow 10 \\rightarrow 11 \\rightarrow 12 \\rightarrow 9$ is a path of 4×16 cluster-contacts",
     "Sec. III.C.2 (ii)"},
    {"3b 11", "corners", "corners 9, 10, 11, 12",
     "When a_0 completes the closed loop along the 4-diagonal line in **Figure 3b**, a 5-hard-sphere σ_0 appears at point 9.",
     "Sec. III.C.2"},
    {"3b glass", "points", "4×16 equipotential points",
     "Each molecule in the cluster jumps on a cage of the same scale consisting of 4×16",
     "Sec. III.D.3 (iii)"},
    {"3b", "axis", "z axis",
     "The orientation of the cubic lattice cage of all atoms (molecules) in each local region is along the same direction (e.g., z -axis)",
     "Sec. II.B.2 (i)"},
    {"3c", "sphere", "1/16 equipotential sphere (rejected)",
     "spherical surface (or cylindrical surface), composed of L–J potentials in all q -axis directions in 3D (or 2D) space, neither mode meets the requirements of",
     "Fig. 3c caption"},
    {"3c", "circle", "1/16 equipotential circle (rejected)",
     "spherical surface (or cylindrical surface), composed of L–J potentials in all q -axis directions in 3D (or 2D) space",
     "Fig. 3c caption"},
    {"3c", "cage", "spherical cage",
     "Correct the geometry of the cage so that it cannot be \"spherical cage\"",
     "Sec. III.C.2 (i)"},
    {"3c", "labels", "labels",
     "If it is molecular motion rather than (soft matrix) cluster,",
     "Fig. 3c caption"},
    {"4 5", "contact_circle", "contact circle σ = 1",
     "The two points at which the plane (point 0_1 - z -axis) and the plane (point 0_2 - z -axis) intersect with the dotted circle are the points q_L and q_R",
     "Fig. 4 caption"},
    {"4", "contacts", "contact positions 0_1 … 0_{16}",
     "The 16 cluster-contact positions of z - c_0 are points $0_1, 0_2, 0_3, \\dots, 0_{16}$.",
     "Fig. 4 caption"},
    {"4 5", "theta", "the red dot θ_λ",
     "which converts the point θ_λ (the red dot in **Figures 4 and 5**, the point at which the two electrons of the two orbitals meet, which is not allowed in the one-electron theory)",
     "Sec. III.A.3 (iii)"},
    {"4", "lambda_labels", "angle-line numbers λ",
     "16 pairs of cluster contact angle lines with a constant spacing of 5.9987°",
     "Sec. III.A.3 (iii)"},
    {"4", "delta_omega", "jump angle ΔΩ",
     "The angle between the plane (point 0_1 - z -axis) and the plane (point 0_2 - z -axis) is the jump angle $\\Delta\\Omega$ of the first step of the z - a_0 jump diagonally.",
     "Fig. 4 caption"},
    {"4", "centre", "0^*, the mean position of a_0",
     "average position of a_0 in its 4-diagonal closed loop around the z -axis coincides with its vibrational equilibrium center point 0^*",
     "Sec. III.C.2"},
    {"5", "angles", "overlap angle Φ",
     "The eigenvector is two coupled λ th- λ^* th angle lines, and the overlap angle $\\Phi \\approx 4.21^\\circ$ is smaller than the jump angle ΔQ (avoiding the meeting of two electrons).",
     "Fig. 5 caption"},
    {"6", "chain", "z-component chain a_0 … a_{N-1}",
     "All N soft matrices in each local area that have been excited and will be excited jump n_z steps in the same z -direction in sequence.",
     "Fig. 6a caption"},
    {"6", "loop", "V_8 loops (tube wall)",
     "The z -direction C-bosons in the NV_8 -loops form a dynamic z -component tube \"wall\"",
     "Fig. 6a caption"},
    {"6", "hsms", "HSMs of the soft matrices",
     "The soft matrix travels n_z steps in disappearance, and its disappearance is due to the sequential appearance of four adjacent soft matrices.",
     "Sec. II.A (v)"},
    {"6", "neighbours", "four neighbourhood soft matrices B_j … E_j",
     "the disappearance of the a_j -soft matrix is caused by the generation of its four neighborhood",
     "Sec. III.E.1"},
    {"6", "vacancy", "central vacancy O(a_0)",
     "The central vacancy O (a_0) of the a_0 -soft matrix is a $+z$ -axial interface soliton formed by all z -axial C-bosons",
     "Fig. 6b caption"},
    {"6", "detail", "jump n_z",
     "jump n_z steps in the same z -direction in sequence",
     "Fig. 6a caption"},
    {"6", "labels", "labels",
     "The PCPs of all HSMs in the soft matrix in the local region follow the PCP of the central HSM a_0 along the same 4-diagonal path",
     "Sec. III.D.5"},
    {"7", "faces", "magic-interface faces",
     "The two diagonals of each face (square or rhombus) of an equilateral hexahedron are orthogonal",
     "Fig. 7 caption"},
    {"7 8 8c 10 10c", "hexahedron", "equilateral hexahedron, edge 1 + d_L^*",
     "there are countless types of equilateral hexahedrons satisfying $n = 0$ in the glass/liquid states provided that the side length of the equilateral hexahedron is $1 + d_L^*$ between two adjacent HSMs in the cluster",
     "Sec. III.G.1"},
    {"7 9", "diagonals", "face diagonals",
     "The two diagonals of each face (square or rhombus) of an equilateral hexahedron are orthogonal",
     "Fig. 7 caption"},
    {"7", "angles", "Ω_z, Ω_{xy} and ψ",
     "Because there are two independent variables in the three angles Ω_x , Ω_y and Ω_z that can take any value",
     "Sec. III.G.1"},
    {"7", "torsion", "torsion ∠Tors",
     "if all four equipotential faces in each cage in the local area have the same torsion angle around the z -axis",
     "Sec. III.G.1"},
    {"11", "torsion", "torsion ∠Tors (red arrow)",
     "The Ω_z -axis of the a_0 cage has a small twist angle $\\angle \\text{Tors}$ (red arrow).",
     "Fig. 11 caption"},
    {"8 8a 8b 8c 10 10a 10b 10c 9", "bonds", "bonds",
     "Chain unit structure with four hydrogen atoms at different chemical positions marked with different colors.",
     "Fig. 8a caption"},
    {"8 8a 8b 8c 10 10a 10b 10c 9", "carbons", "carbon atoms",
     "The polypropylene (PP) chain unit is $-\\text{CH}_2-\\text{CH}(\\text{CH}_3)-$",
     "Sec. IV.D.3"},
    {"8 8a 8b 8c 10 10a 10b 10c 9", "hydrogens", "hydrogen atoms (H-PCPs)",
     "There may be more than four H-PCPs (positively charged particles of hydrogen atoms or groups) in a chain unit, and the rule is to select the H-PCP that is most likely to escape an electron in a chemical reaction.",
     "Sec. IV.D.3"},
    {"8 8a 8b 8c 10 10a 10b 10c", "labels", "labels",
     "Four of the six H-PCPs (different colors) are selected to participate in clustering.",
     "Fig. 10a caption"},
    {"8 8a 8b 8c 10 10a 10b 10c", "axis", "z axis through the centre of mass (⊕)",
     "The \\oplus symbol denotes the z -axis position through the center of mass of the chain unit.",
     "Fig. 10a caption"},
    {"8 8a 8b 8c 10 10a 10b 10c", "legend", "legend: the four 90° spaces α, β, γ, δ",
     "Chain unit structure with four hydrogen atoms at different chemical positions marked with different colors.",
     "Fig. 8a caption"},
    {"8 8a 8b 8c 10 10a 10b 10c", "sphere", "hard sphere σ = 1",
     "HSM model in the mean-field.",
     "Fig. 8b caption"},
    {"8 8c 10 10c", "cage", "2Δd cage",
     "concentric and synchronous with the 2Δd cube lattice",
     "Fig. 8c caption"},
    {"8 8c 10 10c", "paths", "H-PCPs appearing one by one",
     "The four hydrogen atoms in clustering appear sequentially at the four starting positions of the larger cube lattice",
     "Fig. 8c caption"},
    {"8 10", "panels", "panel letters a, b, c",
     "Chain unit structure with four hydrogen atoms at different chemical positions marked with different colors.",
     "Fig. 8a caption"},
    {"9", "electrons", "ground-state electrons",
     "two ground state (GS) electrons are defined as states parallel to two orthogonal diagonals.",
     "Fig. 9 caption"},
    {"9", "charges", "positive charges (two red balls)",
     "the two positive charges in the C–H bond, two red balls, one big and one small, are located at this λ th angle line",
     "Fig. 9 caption"},
    {"11", "sphere_turn", "the a_0 sphere's turn ∠Tors (yellow)",
     "the compression process forces the a_0 -hard-sphere to rotate an angle $\\angle\\text{Tors}$ (yellow) in the opposite direction along the z -axis",
     "Sec. IV.D.3"},
    {"11", "arc", "the arc (red) from q_{β-16} to 11",
     "The length between points $q_{\\beta-16}$ and 11 is the radius of the arc, so this arc has unit torsion well energy.",
     "Fig. 11 caption"},
    {"11", "trap", "two-electron trap ∠Trap",
     "there is a two-electron trap state with an angle $\\angle \\text{Trap} = 0.019^\\circ$",
     "Sec. IV.D.3"},
    {"11", "face", "twisted face 10-11",
     "At the same time, a_0 is no longer a straight line from point $q_{\\beta-16}$, to point 11 but is an arc (red)",
     "Sec. IV.D.3"},
    {"11", "magnifier", "magnified detail",
     "Enlarged schematic diagram of a_0 cage torsional vibration versus a_0 -PCP 4-diagonal closed-loop jump balance.",
     "Fig. 11 caption"},
    {"glass", "centres", "HSM centres",
     "Each molecule in the cluster jumps on a cage of the same scale consisting of 4×16",
     "Sec. III.D.3 (iii)"},
    {"glass", "labels", "labels",
     "Each molecule in the cluster jumps on a cage of the same scale consisting of 4×16",
     "Sec. III.D.3 (iii)"},
}};
}  // namespace

std::span<const LayerText> layer_texts() { return kLayers; }

bool LayerText::covers(std::string_view figure) const {
    std::istringstream ids{std::string(figures)};
    for (std::string id; ids >> id;)
        if (id == figure) return true;
    return false;
}

const LayerText* layer_text(std::string_view figure, std::string_view layer) {
    for (const LayerText& t : kLayers)
        if (t.layer == layer && t.covers(figure)) return &t;
    return nullptr;
}

std::string layer_display_name(std::string_view figure, std::string_view layer) {
    if (layer == "caption") return "title and caption (exported images)";
    if (const LayerText* t = layer_text(figure, layer)) return std::string(t->name);
    return std::string(layer);
}

namespace {

std::string fixed(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", static_cast<double>(v));
    return buf;
}
std::string at(const glm::vec3& p) { return "at (" + fixed(p.x) + ", " + fixed(p.y) + ", " + fixed(p.z) + ")"; }

struct Value {
    glm::vec3 point;
    std::string operator()(const scene::Sphere& s) const { return at(s.center) + ", radius " + fixed(s.radius); }
    std::string operator()(const scene::Polyline& l) const {
        float length = 0.0f;
        for (std::size_t i = 1; i < l.points.size(); ++i) length += glm::length(l.points[i] - l.points[i - 1]);
        if (l.closed && l.points.size() > 2) length += glm::length(l.points.front() - l.points.back());
        return "length " + fixed(length) + ", here " + at(point).substr(3);
    }
    std::string operator()(const scene::Arrow& a) const { return "length " + fixed(glm::length(a.tip - a.tail)); }
    std::string operator()(const scene::Polygon&) const { return at(point); }
    std::string operator()(const scene::Label& l) const { return at(l.anchor); }
};

}  // namespace

std::string readable_quote(std::string_view quote) {
    static const std::pair<std::string_view, std::string_view> kSymbols[] = {
        {"\\Delta", "Δ"}, {"\\Omega", "Ω"}, {"\\Phi", "Φ"},    {"\\lambda", "λ"}, {"\\chi", "χ"},
        {"\\sigma", "σ"}, {"\\beta", "β"},  {"\\gamma", "γ"},  {"\\delta", "δ"},  {"\\alpha", "α"},
        {"\\theta", "θ"}, {"\\varepsilon", "ε"}, {"\\pm", "±"}, {"\\rightarrow", "→"}, {"\\angle", "∠"},
        {"\\approx", "≈"}, {"\\leq", "≤"}, {"\\dots", "…"},   {"^\\circ", "°"},  {"\\circ", "°"},
        {"\\oplus", "⊕"}, {"\\partial", "∂"}, {"\\pi", "π"},    {"**", ""},          {"](#)", ""},
    };
    std::string out;
    for (std::size_t i = 0; i < quote.size();) {
        if (quote[i] == '$') {  // math delimiters
            ++i;
            continue;
        }
        if (quote.compare(i, 6, "\\text{") == 0) {  // \text{Tors} -> Tors
            const std::size_t close = quote.find('}', i);
            if (close != std::string_view::npos) {
                out += quote.substr(i + 6, close - i - 6);
                i = close + 1;
                continue;
            }
        }
        bool replaced = false;
        for (const auto& [from, to] : kSymbols)
            if (quote.compare(i, from.size(), from) == 0) {
                out += to;
                i += from.size();
                // "\Delta d", "\pm x": the space that only ended the command
                // name goes too; around relations (→, ≈, ≤) it stays.
                const bool relation = from == "\\rightarrow" || from == "\\approx" || from == "\\leq";
                if (from[0] == '\\' && !relation && i + 1 < quote.size() && quote[i] == ' ' &&
                    (std::isalnum(static_cast<unsigned char>(quote[i + 1])) || from == "\\angle"))
                    ++i;
                replaced = true;
                break;
            }
        if (replaced) continue;
        if (quote[i] == '[' && quote.find("](#)", i) != std::string_view::npos) {  // [Figure 3a](#)
            ++i;
            continue;
        }
        out += quote[i++];
    }
    return out;
}

TooltipText tooltip_text(std::string_view figure, std::string_view layer, const scene::Primitive* primitive,
                         const glm::vec3& point) {
    TooltipText t;
    t.name = layer_display_name(figure, layer);
    if (primitive) {
        if (const auto* label = std::get_if<scene::Label>(&primitive->shape)) t.name += ": " + label->text;
        t.value = std::visit(Value{point}, primitive->shape);
    } else {
        t.value = at(point);
    }
    if (const LayerText* row = layer_text(figure, layer)) {
        t.quote = readable_quote(row->quote);
        t.section = std::string(row->section);
    }
    return t;
}

}  // namespace cagescope::figures
