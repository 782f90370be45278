#include "viewer/picking.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <glm/trigonometric.hpp>
#include <type_traits>
#include <utility>

#include "scene/caption.h"

namespace cagescope::viewer {

namespace {

struct Candidate {
    int priority = 0;     // lower wins
    float distance = 0;   // pixels from the cursor
    float depth = 1;      // 0 near .. 1 far
    glm::vec3 point{0.0f};
    const char* kind = "";
};

// Nearest point of screen segment a-b to c: (distance, t along a-b).
std::pair<float, float> segment_distance(glm::vec2 a, glm::vec2 b, glm::vec2 c) {
    const glm::vec2 ab = b - a;
    const float len2 = glm::dot(ab, ab);
    const float t = len2 > 0.0f ? std::clamp(glm::dot(c - a, ab) / len2, 0.0f, 1.0f) : 0.0f;
    return {glm::length(a + ab * t - c), t};
}

bool inside_polygon(const std::vector<glm::vec2>& poly, glm::vec2 p) {
    bool in = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        if ((poly[i].y > p.y) != (poly[j].y > p.y) &&
            p.x < (poly[j].x - poly[i].x) * (p.y - poly[i].y) / (poly[j].y - poly[i].y) + poly[i].x)
            in = !in;
    }
    return in;
}

struct Projector {
    const scene::Camera& camera;
    glm::vec2 viewport;
    glm::mat4 view_proj;
    std::optional<glm::vec3> operator()(const glm::vec3& w) const {
        const glm::vec4 clip = view_proj * glm::vec4(w, 1.0f);
        if (clip.w <= 1e-6f) return std::nullopt;
        const glm::vec3 ndc = glm::vec3(clip) / clip.w;
        return glm::vec3((ndc.x + 1.0f) * 0.5f * viewport.x, (1.0f - ndc.y) * 0.5f * viewport.y, ndc.z * 0.5f + 0.5f);
    }
};

std::optional<Candidate> polyline_candidate(const Projector& project, const std::vector<glm::vec3>& points, bool closed,
                                            glm::vec2 cursor, float tolerance, int priority, const char* kind) {
    std::optional<Candidate> best;
    const std::size_t n = points.size();
    const std::size_t segments = closed ? n : (n > 0 ? n - 1 : 0);
    for (std::size_t i = 0; i < segments; ++i) {
        const glm::vec3& wa = points[i];
        const glm::vec3& wb = points[(i + 1) % n];
        const auto a = project(wa);
        const auto b = project(wb);
        if (!a || !b) continue;
        const auto [d, t] = segment_distance(glm::vec2(*a), glm::vec2(*b), cursor);
        if (d > tolerance) continue;
        if (!best || d < best->distance)
            best = Candidate{priority, d, a->z + (b->z - a->z) * t, wa + (wb - wa) * t, kind};
    }
    return best;
}

}  // namespace

std::optional<glm::vec3> project_to_screen(const scene::Camera& camera, glm::vec2 viewport_px, const glm::vec3& world) {
    const float aspect = viewport_px.x / std::max(viewport_px.y, 1.0f);
    const Projector project{camera, viewport_px, camera.projection_matrix(aspect) * camera.view_matrix()};
    return project(world);
}

std::optional<Pick> pick(const scene::Scene& scene, const scene::Camera& camera, glm::vec2 viewport_px,
                         glm::vec2 cursor_px, const std::set<std::string>& hidden_layers, const PickSettings& settings) {
    if (viewport_px.x < 1.0f || viewport_px.y < 1.0f) return std::nullopt;
    const float aspect = viewport_px.x / viewport_px.y;
    const Projector project{camera, viewport_px, camera.projection_matrix(aspect) * camera.view_matrix()};
    const float tol = settings.tolerance_px;
    const float px_per_world = 1.0f / (2.0f * camera.ortho_half_height() / viewport_px.y);

    std::optional<Pick> best;
    Candidate best_candidate;
    for (std::size_t index = 0; index < scene.primitives.size(); ++index) {
        const scene::Primitive& prim = scene.primitives[index];
        if (prim.layer == scene::kCaptionLayer || hidden_layers.count(prim.layer)) continue;
        const std::optional<Candidate> c = std::visit(
            [&](const auto& s) -> std::optional<Candidate> {
                using T = std::decay_t<decltype(s)>;
                if constexpr (std::is_same_v<T, scene::Sphere>) {
                    const auto p = project(s.center);
                    if (!p) return std::nullopt;
                    const float d = glm::length(glm::vec2(*p) - cursor_px);
                    const float r = s.radius * px_per_world * camera.distance /
                                    std::max(glm::length(s.center - camera.eye()), 1e-6f);
                    const float reach = (camera.projection == scene::Projection::orthographic ? s.radius * px_per_world : r);
                    if (d > reach + tol) return std::nullopt;
                    return Candidate{0, std::max(d - reach, 0.0f), p->z, s.center, "sphere"};
                } else if constexpr (std::is_same_v<T, scene::Polyline>) {
                    return polyline_candidate(project, s.points, s.closed, cursor_px, tol, 1, "line");
                } else if constexpr (std::is_same_v<T, scene::Arrow>) {
                    return polyline_candidate(project, {s.tail, s.tip}, false, cursor_px, tol, 1, "arrow");
                } else if constexpr (std::is_same_v<T, scene::Label>) {
                    const auto p = project(s.anchor);
                    if (!p) return std::nullopt;
                    const float d = glm::length(glm::vec2(*p) - cursor_px);
                    if (d > tol) return std::nullopt;
                    return Candidate{2, d, p->z, s.anchor, "label"};
                } else {
                    std::vector<glm::vec2> poly;
                    glm::vec3 centre(0.0f);
                    float depth = 0.0f;
                    for (const auto& w : s.points) {
                        const auto p = project(w);
                        if (!p) return std::nullopt;
                        poly.emplace_back(*p);
                        centre += w;
                        depth += p->z;
                    }
                    if (poly.size() < 3 || !inside_polygon(poly, cursor_px)) return std::nullopt;
                    const float n = static_cast<float>(poly.size());
                    return Candidate{3, 0.0f, depth / n, centre / n, "polygon"};
                }
            },
            prim.shape);
        if (!c) continue;
        const bool better = !best || c->priority < best_candidate.priority ||
                            (c->priority == best_candidate.priority &&
                             (c->distance < best_candidate.distance - 0.5f ||
                              (std::abs(c->distance - best_candidate.distance) <= 0.5f && c->depth < best_candidate.depth)));
        if (better) {
            best_candidate = *c;
            best = Pick{prim.id, index, c->kind, prim.layer, prim.section, c->point, c->distance};
        }
    }
    return best;
}

std::string describe_id(const std::string& id) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"alpha", "α"}, {"beta", "β"},   {"gamma", "γ"},     {"delta", "δ"},    {"omega_xy", "Ω_xy"},
        {"omega_z", "Ω_z"}, {"omega", "Ω"}, {"psi", "ψ"},    {"lambda", "λ"},   {"sigma0", "σ0"},
        {"sigma1", "σ1"},  {"0star", "0*"}, {"torsion", "∠Tors"}, {"one_sixteenth", "1/16"},
    };
    std::string out;
    std::size_t start = 0;
    while (start <= id.size()) {
        const std::size_t dot = id.find('.', start);
        std::string word = id.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        for (const auto& [from, to] : kWords)
            if (word == from) {
                word = to;
                break;
            }
        std::replace(word.begin(), word.end(), '_', ' ');
        const bool number = !word.empty() && std::all_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!out.empty()) {
            const bool greek_before = out.size() >= 2 && static_cast<unsigned char>(out[out.size() - 2]) >= 0xC0;
            out += (number && greek_before) ? "-" : " ";
        }
        out += word;
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

Measurement measure(const glm::vec3& a, const glm::vec3& b) {
    Measurement m;
    m.distance = glm::length(b - a);
    const float la = glm::length(a);
    const float lb = glm::length(b);
    if (la > 1e-9f && lb > 1e-9f)
        m.angle_at_origin_deg = glm::degrees(std::acos(std::clamp(glm::dot(a, b) / (la * lb), -1.0f, 1.0f)));
    return m;
}

}  // namespace cagescope::viewer
