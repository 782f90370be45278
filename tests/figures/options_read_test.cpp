// figures::options_read() is the commands' reason to refuse an option: it
// must be true. Changing any option a figure does not read leaves its scene
// as it was, primitive for primitive; and each figure reads at least one of
// the options it lists (each changes its scene for some value).
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <variant>

#include "figures/figures.h"

using namespace cagescope;

namespace {

std::string text(const glm::vec3& v) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "(%.6f %.6f %.6f)", static_cast<double>(v.x), static_cast<double>(v.y),
                  static_cast<double>(v.z));
    return buf;
}
std::string text(const glm::vec4& v) { return text(glm::vec3(v)) + std::to_string(v.a); }

// Everything a primitive draws, as text.
struct Describe {
    std::string operator()(const scene::Sphere& s) const { return text(s.center) + std::to_string(s.radius) + text(s.color); }
    std::string operator()(const scene::Polyline& l) const {
        std::string out = text(l.color) + std::to_string(l.width_px) + (l.closed ? "c" : "") + (l.dashed ? "d" : "");
        for (const auto& p : l.points) out += text(p);
        return out;
    }
    std::string operator()(const scene::Arrow& a) const { return text(a.tail) + text(a.tip) + text(a.color); }
    std::string operator()(const scene::Polygon& g) const {
        std::string out = text(g.color);
        for (const auto& p : g.points) out += text(p);
        return out;
    }
    std::string operator()(const scene::Label& l) const { return text(l.anchor) + l.text + text(l.color); }
};

std::string describe(const scene::Scene& s) {
    std::string out = s.title + "\n" + s.caption + "\n";
    for (const auto& n : s.notes) out += n + "\n";
    for (const auto& p : s.primitives) out += p.id + " " + p.layer + " " + std::visit(Describe{}, p.shape) + "\n";
    return out;
}

// A value other than the default for each option (in range).
void change(figures::FigureParams& p, std::string_view option) {
    if (option == "spacing") p.spacing = model::SpacingMode::equal_step;
    else if (option == "material") p.material = "PP";
    else if (option == "time") p.time = 2.0;
    else if (option == "omega-z") p.omega_z_deg = 30.0;
    else if (option == "omega-xy") p.omega_xy_deg = 80.0;
    else if (option == "psi") p.psi_deg = 40.0;
    else if (option == "torsion") p.torsion_deg = 3.0;
    else if (option == "exaggeration") p.exaggeration = 3.0;
    else if (option == "lambda") p.lambda = 9;
    else if (option == "cluster") p.cluster = 4;
    else if (option == "tube-n") p.tube_n = 50;
    else if (option == "tg-over-tm") p.tg_over_tm = 0.5;
    else if (option == "tube-hsms") p.tube_hsms = 1;
    else if (option == "region-k") p.region_k = 3;
    else FAIL("no value to try for --" << option);
}

}  // namespace

TEST_CASE("an option a figure does not read leaves its scene unchanged, one it reads changes it", "[figures]") {
    std::vector<std::string_view> options{"spacing", "material"};
    for (const auto& f : figures::param_fields()) options.push_back(f.name);
    for (const auto& figure : figures::figure_list()) {
        figures::FigureParams base = figures::default_params();
        base.region_k = 2;  // the glass region small
        figures::resolve_and_check(base);
        const std::string before = describe(figures::build_figure(figure, base));
        bool some_read_option_changes = false;
        for (std::string_view option : options) {
            figures::FigureParams p = base;
            change(p, option);
            figures::resolve_and_check(p);
            const bool same = describe(figures::build_figure(figure, p)) == before;
            if (figures::reads_option(figure, option)) {
                some_read_option_changes = some_read_option_changes || !same;
            } else {
                INFO("figure " << figure.id << " does not list --" << option << " but its scene changes with it");
                CHECK(same);
            }
        }
        INFO("figure " << figure.id);
        CHECK((figures::options_read(figure).empty() || some_read_option_changes));
    }
}
