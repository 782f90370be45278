#include "model/clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <glm/geometric.hpp>
#include <map>
#include <set>
#include <utility>

#include "model/constants.h"
#include "model/parameters.h"

namespace cagescope::model {

namespace {
using Site = std::pair<int, int>;

bool in_diamond(const Site& s, int i) { return std::abs(s.first) + std::abs(s.second) <= i; }
Sense sense_at(const Site& s) { return (s.first + s.second) % 2 == 0 ? Sense::plus_z : Sense::minus_z; }
glm::dvec3 at(double x, double y) { return glm::dvec3{x, y, 0.0} * lattice_spacing(); }

// Jamming particles are drawn side by side: each is moved off the shared
// site by this fraction of a, across the radial direction, toward its own arrow.
constexpr double kJammingOffset = 0.25;
}  // namespace

std::string_view to_string(Sense sense) { return sense == Sense::plus_z ? "+z" : "-z"; }

glm::dvec3 ClusterSite::position() const { return at(x, y); }

double ClusterCounts::relative_density() const {
    return hsms == 0 ? 0.0 : static_cast<double>(loop_hscls) / static_cast<double>(hsms);
}

Cluster make_cluster(int i) {
    i = require_integer_in_range("cluster", i, parameter_spec("cluster").range);
    Cluster c;
    c.i = i;
    c.loop_sense = i % 2 == 0 ? Sense::plus_z : Sense::minus_z;
    for (int x = -i; x <= i; ++x)
        for (int y = -i; y <= i; ++y)
            if (in_diamond({x, y}, i)) c.centres.push_back({x, y, sense_at({x, y})});

    // Each edge touching a centre once, keyed by its ordered end points.
    std::set<std::pair<Site, Site>> seen;
    std::map<Site, std::vector<Site>> outer_to_inner;  // outer site → inner centres of its loop arrows
    constexpr std::array<Site, 4> steps{Site{1, 0}, Site{0, 1}, Site{-1, 0}, Site{0, -1}};
    for (const ClusterSite& centre : c.centres) {
        const Site from{centre.x, centre.y};
        for (const Site& step : steps) {
            const Site to{from.first + step.first, from.second + step.second};
            if (!seen.insert(std::minmax(from, to)).second) continue;
            // Counter-clockwise tangent round the centre at the edge midpoint,
            // reversed round -z centres; both ends of an inner edge agree.
            glm::dvec3 dir{-static_cast<double>(step.second), static_cast<double>(step.first), 0.0};
            if (centre.sense == Sense::minus_z) dir = -dir;
            Arrow arrow{at(from.first + 0.5 * step.first, from.second + 0.5 * step.second), dir,
                        !in_diamond(to, i), centre.sense};
            c.arrows.push_back(arrow);
            if (arrow.on_loop) {
                c.loop_arrows.push_back(arrow);
                outer_to_inner[to].push_back(from);
            }
        }
    }

    for (const ClusterSite& centre : c.centres) c.hsms.push_back(centre.position());
    for (const auto& [outer, inners] : outer_to_inner) {
        const glm::dvec3 site = at(outer.first, outer.second);
        if (inners.size() == 1) {  // a tip: one HSM outside its single loop arrow
            c.hsms.push_back(site);
            continue;
        }
        const glm::dvec3 radial = glm::normalize(site);
        for (const Site& inner : inners) {
            const glm::dvec3 toward = at(inner.first, inner.second) - site;
            const glm::dvec3 across = glm::normalize(toward - glm::dot(toward, radial) * radial);
            const glm::dvec3 p = site + kJammingOffset * lattice_spacing() * across;
            c.jamming.push_back(p);
            c.hsms.push_back(p);
        }
    }

    ClusterCounts& n = c.counts;
    n.hsms = static_cast<int>(c.hsms.size());
    n.loop_cbosons = static_cast<int>(c.loop_arrows.size());
    n.cluster_cbosons = static_cast<int>(c.arrows.size());
    n.loop_hscls = static_cast<int>(c.centres.size());
    n.jamming = static_cast<int>(c.jamming.size());
    for (const ClusterSite& centre : c.centres) (centre.sense == Sense::plus_z ? n.plus_z_hscls : n.minus_z_hscls)++;
    return c;
}

}  // namespace cagescope::model
