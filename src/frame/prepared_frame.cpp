#include "frame/prepared_frame.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>

namespace cagescope::frame {

namespace {

const glm::vec3 kLight(-0.3013f, 0.3874f, 0.8713f);  // the shaders' light, view space
// The inside of a translucent sphere's far wall, lit from behind: about the
// GL shader's inner shading: 0.8 of the lit colour, 0.91 of the base where it
// faces the eye, darker toward the rim.
constexpr float kInnerWall = 0.7f;
constexpr int kMaxSteps = 4096;  // occlusion tests along one segment, at most

// World → frame pixels (origin top left) and view depth.
struct Projector {
    glm::mat4 view;
    glm::mat4 view_proj;
    float width, height;
    bool ortho;
    glm::vec3 eye;
    glm::vec3 forward;
    float px_per_world_at_1;  // pixels per world unit at view distance 1 (perspective) or anywhere (ortho)
    float near;               // nearest view distance drawn (a thousandth of the orbit distance)

    Projector(const scene::Camera& camera, int w, int h)
        : view(camera.view_matrix()),
          width(static_cast<float>(w)),
          height(static_cast<float>(h)),
          ortho(camera.projection == scene::Projection::orthographic),
          eye(camera.eye()),
          forward(camera.forward()),
          near(camera.projection == scene::Projection::orthographic ? -1e30f : 1e-3f * camera.distance) {
        const glm::mat4 proj = camera.projection_matrix(width / height);
        view_proj = proj * view;
        px_per_world_at_1 = proj[1][1] * height * 0.5f;
    }
    // false when the point is behind the eye.
    bool project(const glm::vec3& p, glm::vec2& px) const {
        const glm::vec4 c = view_proj * glm::vec4(p, 1.0f);
        if (c.w <= 1e-6f) return false;
        px = {(c.x / c.w * 0.5f + 0.5f) * width, (0.5f - c.y / c.w * 0.5f) * height};
        return true;
    }
    float depth(const glm::vec3& p) const { return (view * glm::vec4(p, 1.0f)).z; }
    // Cuts the segment at the near plane (perspective; orthographic keeps
    // everything in front of the eye's plane the same way). False when
    // nothing of it is in front.
    bool clip_to_near(glm::vec3& a, glm::vec3& b) const {
        const float za = -depth(a) - near, zb = -depth(b) - near;
        if (za < 0.0f && zb < 0.0f) return false;
        if (za < 0.0f) a = glm::mix(a, b, za / (za - zb));
        if (zb < 0.0f) b = glm::mix(b, a, zb / (zb - za));
        return true;
    }
    float pixels_per_world(const glm::vec3& p) const {
        return ortho ? px_per_world_at_1 : px_per_world_at_1 / std::max(-depth(p), 1e-6f);
    }
};

struct Occluder {
    glm::vec3 center;
    float radius;
};

// Whether an opaque sphere hides the point from the eye (a point on or in
// the sphere itself is not hidden by it: lines start at the points they join).
bool covered(const Projector& pr, const std::vector<Occluder>& spheres, const glm::vec3& p) {
    const glm::vec3 from = pr.ortho ? p - pr.forward * 1e4f : pr.eye;
    const glm::vec3 d = p - from;
    const float length = glm::length(d);
    if (length <= 0.0f) return false;
    const glm::vec3 u = d / length;
    for (const Occluder& s : spheres) {
        const glm::vec3 oc = from - s.center;
        const float b = glm::dot(oc, u);
        const float c = glm::dot(oc, oc) - s.radius * s.radius;
        const float disc = b * b - c;
        if (disc <= 0.0f) continue;
        const float t = -b - std::sqrt(disc);
        if (t > 0.0f && t < length - 1e-5f * length && glm::length(p - s.center) > s.radius * 1.0001f) return true;
    }
    return false;
}

// Convex hull of points (Andrew's monotone chain), counter-clockwise.
std::vector<glm::vec2> convex_hull(std::vector<glm::vec2> p) {
    std::sort(p.begin(), p.end(), [](const glm::vec2& a, const glm::vec2& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    if (p.size() < 3) return p;
    const auto cross = [](const glm::vec2& o, const glm::vec2& a, const glm::vec2& b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<glm::vec2> h(2 * p.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0.0f) --k;
        h[k++] = p[i];
    }
    for (std::size_t i = p.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0.0f) --k;
        h[k++] = p[i - 1];
    }
    h.resize(k - 1);
    return h;
}

class Builder {
public:
    Builder(const scene::Scene& scene, const scene::Camera& camera, const FrameSpec& spec)
        : scene_(scene), spec_(spec), pr_(camera, spec.width, spec.height),
          scale_(spec.pixel_scale > 0.0f ? spec.pixel_scale : 1.0f) {
        for (const scene::Primitive& p : scene.primitives) {
            if (spec.hidden_layers.count(p.layer)) continue;
            if (const auto* s = std::get_if<scene::Sphere>(&p.shape); s && s->color.a >= 1.0f)
                occluders_.push_back({s->center, s->radius});
        }
    }

    std::vector<Item> items() {
        for (std::size_t i = 0; i < scene_.primitives.size(); ++i) {
            const scene::Primitive& p = scene_.primitives[i];
            if (spec_.hidden_layers.count(p.layer)) continue;
            if (const auto* s = std::get_if<scene::Sphere>(&p.shape)) sphere(i, *s);
            else if (const auto* l = std::get_if<scene::Polyline>(&p.shape)) polyline(i, *l);
            else if (const auto* a = std::get_if<scene::Arrow>(&p.shape)) arrow(i, *a);
            else if (const auto* g = std::get_if<scene::Polygon>(&p.shape)) polygon(i, *g);
        }
        // Back to front; at equal depth scene order (stable), lines after what they lie on.
        std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.depth < b.depth; });
        return std::move(items_);
    }

private:
    void sphere(std::size_t index, const scene::Sphere& s) {
        glm::vec2 c;
        if (!pr_.project(s.center, c)) return;
        const float r = s.radius * pr_.pixels_per_world(s.center);
        if (c.x + r < -64.0f || c.y + r < -64.0f || c.x - r > pr_.width + 64.0f || c.y - r > pr_.height + 64.0f) return;
        const float radius = std::max(r, 0.35f);
        if (s.color.a < 1.0f)
            items_.push_back({pr_.depth(s.center), index,
                              Disc{c, radius, scene::Color(glm::vec3(s.color) * kInnerWall, s.color.a), true}});
        items_.push_back({pr_.depth(s.center), index, Disc{c, radius, s.color, false}});
    }

    // One line of the scene as its visible pieces, each at most
    // kPieceLengthPx long; the dash pattern runs on across hidden parts.
    void stroke_path(std::size_t index, const std::vector<glm::vec3>& pts, bool closed, const scene::Color& color,
                     float width_px, bool dashed) {
        const float width = width_px * scale_;
        const float dash = dash_length_px(width_px, scale_);
        float along = 0.0f;  // screen arc length so far (the dash phase)
        Stroke current{{}, color, width, dashed, dash, 0.8f * dash, 0.0f};
        float current_length = 0.0f;
        glm::vec3 first_mid(0.0f), last_mid(0.0f);  // world middles of the piece's first and last steps
        const auto flush = [&] {
            if (current.points.size() >= 2) {
                // At the depth of its middle, a hair in front: lines win over what they lie on.
                const float z = pr_.depth(0.5f * (first_mid + last_mid));
                items_.push_back({z + 1e-5f * std::abs(z), index, current});
            }
            current.points.clear();
            current_length = 0.0f;
        };
        const std::size_t n = pts.size() < 2 ? 0 : closed && pts.size() > 2 ? pts.size() : pts.size() - 1;
        for (std::size_t i = 0; i < n; ++i) {
            glm::vec3 a = pts[i];
            glm::vec3 b = pts[(i + 1) % pts.size()];
            if (!pr_.clip_to_near(a, b)) {  // wholly behind the near plane, as the GL clips it
                flush();
                continue;
            }
            glm::vec2 pa(0.0f), pb(0.0f);
            pr_.project(a, pa);
            pr_.project(b, pb);
            const float len_px = glm::length(pb - pa);
            // A segment reaching far out of the frame is tested more coarsely (bounded work).
            const int steps = std::clamp(static_cast<int>(std::ceil(std::min(len_px, 1e7f) / kCoverTestPx)), 1, kMaxSteps);
            const float step_px = len_px / static_cast<float>(steps);
            for (int k = 0; k < steps; ++k) {
                const float t0 = static_cast<float>(k) / static_cast<float>(steps);
                const float t1 = static_cast<float>(k + 1) / static_cast<float>(steps);
                const glm::vec3 mid = glm::mix(a, b, 0.5f * (t0 + t1));
                if (covered(pr_, occluders_, mid)) {
                    flush();
                    along += step_px;
                    continue;
                }
                glm::vec2 q0(0.0f), q1(0.0f);
                pr_.project(glm::mix(a, b, t0), q0);
                pr_.project(glm::mix(a, b, t1), q1);
                if (current.points.empty()) {
                    current.points.push_back(q0);
                    current.dash_offset = along;
                    first_mid = mid;
                }
                current.points.push_back(q1);
                last_mid = mid;
                current_length += step_px;
                along += step_px;
                if (current_length >= kPieceLengthPx) flush();
            }
        }
        flush();
        if (pts.size() == 1) {  // a dot
            glm::vec2 p;
            if (pr_.project(pts[0], p) && !covered(pr_, occluders_, pts[0]))
                items_.push_back({pr_.depth(pts[0]), index, Stroke{{p, p}, color, width, false, 0.0f, 0.0f, 0.0f}});
        }
    }

    void polyline(std::size_t index, const scene::Polyline& line) {
        stroke_path(index, line.points, line.closed, line.color, line.width_px, line.dashed);
    }

    void arrow(std::size_t index, const scene::Arrow& a) {
        const glm::vec3 axis = a.tip - a.tail;
        const float length = glm::length(axis);
        if (length <= 0.0f) return;
        const glm::vec3 dir = axis / length;
        const float head = std::min(a.head_length, length);
        if (head < length)
            stroke_path(index, {a.tail, a.tip - dir * (head * 0.8f)}, false, a.color, a.width_px, false);
        if (head <= 0.0f || a.head_radius <= 0.0f) return;
        // The head: the outline of its cone (the triangles the GL draws,
        // projected), lit by the GL mesh shader's light at the side facing the eye.
        const glm::vec3 base = a.tip - dir * head;
        std::vector<glm::vec2> outline;
        for (const MeshVertex& v : cone_triangles(base, a.tip, a.head_radius)) {
            glm::vec2 p;
            if (!pr_.project(v.position, p)) return;
            outline.push_back(p);
        }
        // Seen down its axis the side toward the eye is any: the base's normal then.
        const glm::vec3 to_eye = pr_.ortho ? -pr_.forward : glm::normalize(pr_.eye - base);
        const glm::vec3 side = to_eye - dir * glm::dot(to_eye, dir);
        const glm::vec3 n_world =
            glm::length(side) > 1e-6f ? glm::normalize(glm::normalize(side) * head + dir * a.head_radius) : -dir;
        const glm::vec3 n_view = glm::normalize(glm::vec3(pr_.view * glm::vec4(n_world, 0.0f)));
        const float diffuse = std::abs(glm::dot(n_view, kLight));
        const glm::vec3 lit = glm::vec3(a.color) * (0.35f + 0.65f * diffuse);
        items_.push_back({pr_.depth(0.5f * (base + a.tip)), index,
                          Fill{convex_hull(std::move(outline)), scene::Color(glm::min(lit, glm::vec3(1.0f)), 1.0f)}});
    }

    void polygon(std::size_t index, const scene::Polygon& g) {
        if (g.points.size() < 3) return;
        Fill fill{{}, g.color};
        glm::vec3 centroid(0.0f);
        for (const glm::vec3& q : g.points) {
            glm::vec2 p;
            if (!pr_.project(q, p)) return;
            fill.points.push_back(p);
            centroid += q;
        }
        centroid /= static_cast<float>(g.points.size());
        items_.push_back({pr_.depth(centroid), index, std::move(fill)});
    }

    const scene::Scene& scene_;
    const FrameSpec& spec_;
    Projector pr_;
    float scale_;
    std::vector<Occluder> occluders_;
    std::vector<Item> items_;
};

}  // namespace

glm::vec3 sphere_shade(const glm::vec3& base, float u, float v) {
    const float w2 = std::max(0.0f, 1.0f - u * u - v * v);
    const glm::vec3 n(u, v, std::sqrt(w2));
    const glm::vec3 view_dir(0.0f, 0.0f, 1.0f);
    const float diffuse = std::max(glm::dot(n, kLight), 0.0f);
    const glm::vec3 h = glm::normalize(kLight + view_dir);
    const float spec = std::pow(std::max(glm::dot(n, h), 0.0f), 48.0f);
    glm::vec3 color = base * (0.32f + 0.68f * diffuse);
    const float rim = 1.0f - n.z;
    color *= 1.0f - 0.18f * rim * rim;
    return glm::min(color + glm::vec3(0.28f * spec), glm::vec3(1.0f));
}

PreparedFrame prepare_frame(const scene::Scene& scene, const scene::Camera& camera, const FrameSpec& spec) {
    PreparedFrame frame;
    frame.width = spec.width;
    frame.height = spec.height;
    frame.pixel_scale = spec.pixel_scale > 0.0f ? spec.pixel_scale : 1.0f;
    frame.halo_px = std::max(1.0f, std::round(1.25f * frame.pixel_scale));
    if (spec.width <= 0 || spec.height <= 0) return frame;
    frame.items = Builder(scene, camera, spec).items();
    auto labels = std::make_shared<const SceneLabels>(scene);
    frame.label_texts = labels;
    frame.labels = labels->place(camera, LabelFrame{spec.width, spec.height, frame.pixel_scale, &spec.hidden_layers});
    return frame;
}

}  // namespace cagescope::frame
