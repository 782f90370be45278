#include "model/hexahedron.h"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <numbers>

#include "model/constants.h"
#include "model/parameters.h"

namespace cagescope::model {

namespace {
double radians(double deg) { return deg * std::numbers::pi / 180.0; }

// Rodrigues: v turned by angle about the unit axis k (right-handed).
glm::dvec3 rotate(const glm::dvec3& v, const glm::dvec3& k, double angle) {
    const double c = std::cos(angle), s = std::sin(angle);
    return v * c + glm::cross(k, v) * s + k * glm::dot(k, v) * (1.0 - c);
}

// Face f: the fixed uvw axis, its sign, and the two free axes.
struct FaceAxes {
    int fixed;
    double value;
    int p;
    int q;
};
constexpr std::array<FaceAxes, kHexFaces> kFaces{{
    {2, -0.5, 0, 1}, {2, 0.5, 0, 1}, {0, 0.5, 1, 2}, {1, 0.5, 0, 2}, {0, -0.5, 1, 2}, {1, -0.5, 0, 2}}};

glm::dvec3 face_point(const FaceAxes& f, double p, double q) {
    glm::dvec3 uvw{0.0};
    uvw[f.fixed] = f.value;
    uvw[f.p] = p;
    uvw[f.q] = q;
    return uvw;
}

// Corners of a face in uvw, in order round it.
std::array<glm::dvec3, 4> face_uvw(int face) {
    const FaceAxes& f = kFaces[static_cast<std::size_t>(face)];
    return {face_point(f, -0.5, -0.5), face_point(f, 0.5, -0.5), face_point(f, 0.5, 0.5), face_point(f, -0.5, 0.5)};
}

int checked_face(int face) {
    return require_integer_in_range("face", face, Range{0.0, kHexFaces - 1.0, ""});
}
}  // namespace

Hexahedron make_hexahedron(const HexahedronParams& params) { return make_hexahedron(params, lattice_spacing()); }

namespace {
void check_hexahedron(const HexahedronParams& params, double edge) {
    check_parameter("omega-z", params.omega_z_deg);
    check_parameter("omega-xy", params.omega_xy_deg);
    check_parameter("psi", params.psi_deg);
    check_parameter("torsion", params.torsion_deg);
    require_in_range("edge", edge, Range{1e-6, 100.0, ""});
}

// The geometry for already-checked parameters (the torsion may be a drawn,
// exaggerated one).
Hexahedron build_hexahedron(const HexahedronParams& params, double edge) {
    Hexahedron hex;
    hex.params = params;
    hex.edge = edge;
    const double oz = radians(params.omega_z_deg), oxy = radians(params.omega_xy_deg), psi = radians(params.psi_deg);
    hex.e1 = edge * glm::dvec3{1.0, 0.0, 0.0};
    hex.e2 = edge * glm::dvec3{std::cos(oxy), std::sin(oxy), 0.0};
    hex.e3 = edge * glm::dvec3{std::sin(oz) * std::cos(psi), std::sin(oz) * std::sin(psi), std::cos(oz)};
    const glm::dvec3 axis = glm::normalize(hex.e3);
    const double torsion = radians(params.torsion_deg);
    for (int k = 0; k < 8; ++k) {
        const double u = (k & 1) - 0.5, v = ((k >> 1) & 1) - 0.5, w = ((k >> 2) & 1) - 0.5;
        glm::dvec3 base = u * hex.e1 + v * hex.e2;
        // The top face turns about the axial direction through its own centre.
        if (w > 0.0) base = rotate(base, axis, torsion);
        hex.corners[static_cast<std::size_t>(k)] = base + w * hex.e3;
    }
    hex.volume = std::abs(glm::dot(hex.e1, glm::cross(hex.e2, hex.e3)));
    return hex;
}
}  // namespace

Hexahedron make_hexahedron(const HexahedronParams& params, double edge) {
    check_hexahedron(params, edge);
    return build_hexahedron(params, edge);
}

Hexahedron make_drawn_hexahedron(const HexahedronParams& params, double edge, double exaggeration) {
    check_hexahedron(params, edge);
    check_parameter("exaggeration", exaggeration);
    HexahedronParams drawn = params;
    drawn.torsion_deg *= exaggeration;
    return build_hexahedron(drawn, edge);
}

glm::dvec3 Hexahedron::map(const glm::dvec3& uvw) const {
    // Trilinear in the corners: straight edges; faces bend only under torsion.
    const glm::dvec3 t = uvw + 0.5;
    glm::dvec3 p{0.0};
    for (int k = 0; k < 8; ++k) {
        const double wu = (k & 1) ? t.x : 1.0 - t.x;
        const double wv = ((k >> 1) & 1) ? t.y : 1.0 - t.y;
        const double ww = ((k >> 2) & 1) ? t.z : 1.0 - t.z;
        p += wu * wv * ww * corners[static_cast<std::size_t>(k)];
    }
    return p;
}

std::array<glm::dvec3, 4> Hexahedron::face_corners(int face) const {
    const auto uvw = face_uvw(checked_face(face));
    return {map(uvw[0]), map(uvw[1]), map(uvw[2]), map(uvw[3])};
}

std::array<std::vector<glm::dvec3>, 2> Hexahedron::face_diagonals(int face, int samples) const {
    samples = require_integer_in_range("samples", samples, Range{2.0, 10000.0, ""});
    const auto uvw = face_uvw(checked_face(face));
    std::array<std::vector<glm::dvec3>, 2> diagonals;
    for (std::size_t d = 0; d < 2; ++d) {
        const glm::dvec3 from = uvw[d], to = uvw[d + 2];
        for (int s = 0; s < samples; ++s) {
            const double t = static_cast<double>(s) / (samples - 1);
            diagonals[d].push_back(map(from + t * (to - from)));
        }
    }
    return diagonals;
}

double max_face_diagonal_cos(const Hexahedron& hex) {
    double worst = 0.0;
    for (int f = 0; f < kHexFaces; ++f) {
        const auto c = hex.face_corners(f);
        const glm::dvec3 d1 = glm::normalize(c[2] - c[0]), d2 = glm::normalize(c[3] - c[1]);
        worst = std::max(worst, std::abs(glm::dot(d1, d2)));
    }
    return worst;
}

double max_face_nonplanarity(const Hexahedron& hex) {
    double worst = 0.0;
    for (int f = 0; f < kHexFaces; ++f) {
        const auto c = hex.face_corners(f);
        const glm::dvec3 n = glm::normalize(glm::cross(c[1] - c[0], c[3] - c[0]));
        worst = std::max(worst, std::abs(glm::dot(c[2] - c[0], n)));
    }
    return worst;
}

}  // namespace cagescope::model
