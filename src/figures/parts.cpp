#include "figures/parts.h"

#include <cmath>
#include <numbers>
#include <string>
#include <utility>

#include "figures/palette.h"
#include "scene/markup.h"

namespace cagescope::figures {

namespace {
// The marker and the number, grouped unless it is one digit.
std::string script(char marker, int n) {
    const std::string digits = (n < 0 ? "−" : "") + std::to_string(n < 0 ? -static_cast<long>(n) : n);
    return digits.size() == 1 ? std::string(1, marker) + digits : std::string(1, marker) + "{" + digits + "}";
}
}  // namespace

std::string subscript(int n) { return script('_', n); }

std::string superscript(int n) { return script('^', n); }

std::string hsm_label(std::string_view name) {
    if (name.size() < 2) return scene::markup_escape(name);
    return scene::markup_escape(name.substr(0, 1)) + "_" + (name.size() == 2 ? "" : "{") +
           scene::markup_escape(name.substr(1)) + (name.size() == 2 ? "" : "}");
}

std::string temperature_markup(std::string_view text) {
    static const std::pair<std::string_view, std::string_view> kNames[] = {
        {"Tg°", "T_g^°"}, {"Tg", "T_g"}, {"Tm", "T_m"}, {"Tk", "T_k"}, {"ε0", "ε_0"}};
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        bool replaced = false;
        for (const auto& [from, to] : kNames) {
            if (text.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                replaced = true;
                break;
            }
        }
        if (replaced) continue;
        const char c = text[i++];
        out += (c == '_' || c == '^') ? scene::markup_escape(std::string_view(&c, 1)) : std::string(1, c);
    }
    return out;
}

std::string formula_markup(std::string_view formula) {
    std::string out;
    for (std::size_t i = 0; i < formula.size();) {
        if (formula[i] >= '0' && formula[i] <= '9' && i > 0) {
            std::size_t j = i;
            while (j < formula.size() && formula[j] >= '0' && formula[j] <= '9') ++j;
            out += subscript(std::stoi(std::string(formula.substr(i, j - i))));
            i = j;
        } else {
            out += scene::markup_escape(formula.substr(i, 1));
            ++i;
        }
    }
    return out;
}

glm::dvec3 horizontal(double azimuth_deg, double length) {
    const double t = azimuth_deg * std::numbers::pi / 180.0;
    return {length * std::cos(t), length * std::sin(t), 0.0};
}

std::array<glm::dvec3, 8> cube_corners(const glm::dvec3& centre, double half_side) {
    std::array<glm::dvec3, 8> out{};
    for (int k = 0; k < 8; ++k)
        out[static_cast<std::size_t>(k)] =
            centre + half_side * glm::dvec3((k & 1) ? 1.0 : -1.0, (k & 2) ? 1.0 : -1.0, (k & 4) ? 1.0 : -1.0);
    return out;
}

void add_box_edges(SceneBuilder& b, const std::string& prefix, const std::array<glm::dvec3, 8>& corners,
                   scene::Color color, float width_px) {
    static constexpr int kEdges[12][2] = {{0, 1}, {1, 3}, {3, 2}, {2, 0}, {4, 5}, {5, 7},
                                          {7, 6}, {6, 4}, {0, 4}, {1, 5}, {3, 7}, {2, 6}};
    for (int i = 0; i < 12; ++i)
        b.line(prefix + ".edge." + std::to_string(i), corners[static_cast<std::size_t>(kEdges[i][0])],
               corners[static_cast<std::size_t>(kEdges[i][1])], color, width_px);
}

void add_interface_rectangle(SceneBuilder& b, const model::InterfaceRectangle& ir, float fill_alpha,
                             float label_px) {
    b.polygon("interface.rectangle", {ir.p2, ir.p2_star, ir.p3, ir.p3_star},
              palette::with_alpha(palette::interface_plane, fill_alpha));
    b.line("interface.prism.2", ir.p2, ir.p2_star, palette::ink, 2.0f);
    b.line("interface.prism.3", ir.p3_star, ir.p3, palette::ink, 2.0f);
    b.line("interface.edge.top", ir.p2_star, ir.p3, palette::muted, 1.0f);
    b.line("interface.edge.bottom", ir.p2, ir.p3_star, palette::muted, 1.0f);
    b.label("label.interface.2", ir.p2, "2", palette::ink, label_px, scene::LabelPlacement::below, {0.0f, 3.0f});
    b.label("label.interface.2star", ir.p2_star, "2^*", palette::ink, label_px, scene::LabelPlacement::above,
            {0.0f, -3.0f});
    b.label("label.interface.3", ir.p3, "3", palette::ink, label_px, scene::LabelPlacement::above, {0.0f, -3.0f});
    b.label("label.interface.3star", ir.p3_star, "3^*", palette::ink, label_px, scene::LabelPlacement::below,
            {0.0f, 3.0f});
}

scene::Color atom_color(const model::Atom& atom) {
    if (atom.space) return palette::space_color(*atom.space);
    return atom.element == model::Element::carbon ? palette::carbon : palette::hydrogen;
}

void add_ball_and_stick(SceneBuilder& b, const model::ChainUnit& unit, const BallAndStick& style) {
    // Ball radii in Å, the usual ball-and-stick fractions of the covalent radii.
    constexpr double kCarbonBall = 0.24;
    constexpr double kHydrogenBall = 0.16;
    const auto at = [&](const glm::dvec3& p) {
        return style.mirrored ? model::rotate_to_c0(p * style.scale) : p * style.scale;
    };
    const auto tint = [&](scene::Color c) { return palette::with_alpha(c, c.a * style.alpha); };
    const auto& atoms = unit.atoms;

    b.set_layer("bonds", "Sec. IV.D.2, Fig. 8 caption");
    for (const auto& bond : unit.bonds) {
        const auto& p = atoms[static_cast<std::size_t>(bond.a)];
        const auto& q = atoms[static_cast<std::size_t>(bond.b)];
        b.line(style.prefix + ".bond." + p.name + "-" + q.name, at(p.position), at(q.position), tint(palette::bond),
               style.bond_px);
    }
    // The chain goes on through the two cut backbone bonds: half of each is drawn.
    for (std::size_t i = 0; i < unit.chain_bonds.size(); ++i) {
        const auto& cb = unit.chain_bonds[i];
        const glm::dvec3 from = atoms[static_cast<std::size_t>(cb.atom)].position;
        const glm::dvec3 half = (from + cb.neighbour) * 0.5;
        const std::string id = style.prefix + ".chain_bond." + std::to_string(i);
        b.line(id, at(from), at(half), tint(palette::bond), style.bond_px);
        b.line(id + ".on", at(half), at(cb.neighbour), tint(palette::faint), 3.0f, true);
    }
    for (const auto element : {model::Element::carbon, model::Element::hydrogen}) {
        const bool carbon = element == model::Element::carbon;
        b.set_layer(carbon ? "carbons" : "hydrogens", carbon ? "Sec. IV.D.2" : "Sec. IV.D.2, IV.D.3");
        for (const auto& atom : atoms)
            if (atom.element == element)
                b.sphere(style.prefix + "." + atom.name, at(atom.position),
                         (carbon ? kCarbonBall : kHydrogenBall) * style.scale, tint(atom_color(atom)));
    }
}

}  // namespace cagescope::figures
