#include "figures/panels.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <variant>

#include "figures/palette.h"

namespace cagescope::figures {

namespace {
// Where a panel's point goes: seen through its own view, then laid flat
// for the front view (screen right = +x, screen up = +z, toward the eye = -y).
struct PanelPlacement {
    glm::vec3 target{0.0f}, right{1, 0, 0}, up{0, 0, 1}, back{0, -1, 0};
    float scale = 1.0f;
    glm::vec3 offset{0.0f};

    glm::vec3 view(const glm::vec3& p) const {
        const glm::vec3 d = p - target;
        return {glm::dot(d, right), glm::dot(d, up), glm::dot(d, back)};
    }
    glm::vec3 operator()(const glm::vec3& p) const {
        const glm::vec3 v = view(p) * scale;
        return offset + glm::vec3{v.x, -v.z, v.y};
    }
};

struct Transform {
    const PanelPlacement& at;
    void operator()(scene::Sphere& s) const {
        s.center = at(s.center);
        s.radius *= at.scale;
    }
    void operator()(scene::Polyline& l) const {
        for (auto& p : l.points) p = at(p);
    }
    void operator()(scene::Arrow& a) const {
        a.tail = at(a.tail);
        a.tip = at(a.tip);
        a.head_length *= at.scale;
        a.head_radius *= at.scale;
    }
    void operator()(scene::Polygon& g) const {
        for (auto& p : g.points) p = at(p);
    }
    void operator()(scene::Label& l) const { l.anchor = at(l.anchor); }
};

// The largest distance from the view's centre, across the screen, of what
// the panel draws (spheres by their outline, labels by their anchors).
float half_extent(const scene::Scene& s, const PanelPlacement& at) {
    float out = 1e-6f;
    const auto reach = [&](const glm::vec3& p, float r) {
        const glm::vec3 v = at.view(p);
        out = std::max({out, std::abs(v.x) + r, std::abs(v.y) + r});
    };
    for (const auto& prim : s.primitives) {
        std::visit(
            [&](const auto& shape) {
                using T = std::decay_t<decltype(shape)>;
                if constexpr (std::is_same_v<T, scene::Sphere>) reach(shape.center, shape.radius);
                else if constexpr (std::is_same_v<T, scene::Label>) reach(shape.anchor, 0.0f);
                else if constexpr (std::is_same_v<T, scene::Arrow>) {
                    reach(shape.tail, 0.0f);
                    reach(shape.tip, 0.0f);
                } else
                    for (const auto& p : shape.points) reach(p, 0.0f);
            },
            prim.shape);
    }
    return out;
}

void add_once(std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const auto& item : from)
        if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
}
}  // namespace

scene::Scene side_by_side(std::vector<Panel> panels) {
    scene::Scene out;
    for (std::size_t i = 0; i < panels.size(); ++i) {
        Panel& panel = panels[i];
        const scene::Camera camera =
            scene::fit_camera(panel.view, scene::Projection::orthographic, panel.scene, 1.0f);
        PanelPlacement at;
        at.target = camera.target;
        at.right = camera.right();
        at.up = camera.up();
        at.back = -camera.forward();
        at.scale = static_cast<float>(kPanelSize / 2.0) / half_extent(panel.scene, at);
        at.offset = {static_cast<float>(static_cast<double>(i) * (kPanelSize + kPanelGap)), 0.0f, 0.0f};

        for (auto& prim : panel.scene.primitives) {
            std::visit(Transform{at}, prim.shape);
            prim.id = panel.letter + "." + prim.id;
            out.primitives.push_back(std::move(prim));
        }
        // The letter at the square's top left, the subtitle beside it.
        const glm::vec3 corner = at.offset + glm::vec3(-kPanelSize / 2.0, 0.0, kPanelSize / 2.0 + 0.3);
        out.primitives.push_back({"panel." + panel.letter, "panels", "",
                                  scene::Label{corner, panel.letter, palette::ink, 30.0f,
                                               scene::LabelPlacement::right, {0.0f, 0.0f}}});
        out.primitives.push_back({"panel." + panel.letter + ".subtitle", "panels", "",
                                  scene::Label{corner, panel.subtitle, palette::muted, 17.0f,
                                               scene::LabelPlacement::right, {30.0f, 3.0f}}});

        out.caption += (out.caption.empty() ? "" : "   ") + ("(" + panel.letter + ") " + panel.scene.caption);
        add_once(out.notes, panel.scene.notes);
        add_once(out.sections, panel.scene.sections);
        if (!panel.scene.drawn_note.empty())
            out.drawn_note += (out.drawn_note.empty() ? "" : "; ") + ("(" + panel.letter + ") " + panel.scene.drawn_note);
    }
    return out;
}

}  // namespace cagescope::figures
