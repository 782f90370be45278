// The web page's data (src/web/figure_data): every frame is the scene the
// figure builds at that step, primitives are stored once, numbers keep a
// hundred-thousandth of the scene's size, and a scene too large is refused.
#include <catch2/catch.hpp>

#include <glm/geometric.hpp>
#include <set>
#include <variant>

#include "figures/figures.h"
#include "scene/caption.h"
#include "web/figure_data.h"

using namespace cagescope;
using nlohmann::json;

namespace {

const figures::FigureInfo& figure(const char* id) { return *figures::find_figure(id); }

std::vector<int> frame_indices(const json& runs) {
    std::vector<int> out;
    for (std::size_t r = 0; r + 1 < runs.size(); r += 2)
        for (int i = 0; i < runs[r + 1].get<int>(); ++i) out.push_back(runs[r].get<int>() + i);
    return out;
}

// The scene's primitives as the page keeps them (the caption layer is the page's own text).
std::vector<const scene::Primitive*> drawn(const scene::Scene& s) {
    std::vector<const scene::Primitive*> out;
    for (const auto& p : s.primitives)
        if (p.layer != scene::kCaptionLayer) out.push_back(&p);
    return out;
}

glm::vec3 first_point(const scene::Shape& shape) {
    if (const auto* s = std::get_if<scene::Sphere>(&shape)) return s->center;
    if (const auto* l = std::get_if<scene::Polyline>(&shape)) return l->points.at(0);
    if (const auto* a = std::get_if<scene::Arrow>(&shape)) return a->tail;
    if (const auto* g = std::get_if<scene::Polygon>(&shape)) return g->points.at(0);
    return std::get<scene::Label>(shape).anchor;
}

}  // namespace

TEST_CASE("each frame of a page is the scene of that step in order with its ids layers and places") {
    for (const char* id : {"3b", "11", "7"}) {
        INFO("fig. " << id);
        const auto& info = figure(id);
        const figures::FigureParams params = figures::default_params(info);
        const json data = web::figure_data(info, params);
        REQUIRE(data["frames"].size() == static_cast<std::size_t>(info.animation_steps + 1));
        const auto& prims = data["primitives"];
        const float size = figures::build_figure(info, params).bounds().radius();
        for (int frame = 0; frame <= info.animation_steps; ++frame) {
            figures::FigureParams at = params;
            at.time = frame == 0 ? -1.0 : frame - 1;
            const scene::Scene s = figures::build_figure(info, at);
            const auto expected = drawn(s);
            const auto indices = frame_indices(data["frames"][frame]);
            REQUIRE(indices.size() == expected.size());
            for (std::size_t i = 0; i < indices.size(); ++i) {
                const json& p = prims.at(static_cast<std::size_t>(indices[i]));
                CHECK(p["id"] == expected[i]->id);
                CHECK(data["layers"][p["l"].get<std::size_t>()]["id"] == expected[i]->layer);
                const glm::vec3 at_page(p["p"][0].get<float>(), p["p"][1].get<float>(), p["p"][2].get<float>());
                CHECK(glm::length(at_page - first_point(expected[i]->shape)) <= 2e-5f * size);
            }
        }
    }
}

TEST_CASE("a primitive that does not change between steps is stored once") {
    const auto& info = figure("3b");
    const json data = web::figure_data(info, figures::default_params(info));
    std::size_t drawn_total = 0;
    for (const auto& f : data["frames"]) drawn_total += frame_indices(f).size();
    // The cage, the 4×16 points and their labels stay; only the PCP moves.
    CHECK(data["primitives"].size() * 10 < drawn_total);
    std::set<std::string> distinct;
    for (const auto& p : data["primitives"]) distinct.insert(p.dump());
    CHECK(distinct.size() == data["primitives"].size());
}

TEST_CASE("the page names layers in the paper's words and writes labels and captions as HTML") {
    const json data = web::figure_data(figure("4"), figures::default_params(figure("4")));
    bool contact = false;
    for (const auto& l : data["layers"])
        if (l["id"] == "contact_circle") contact = l["name"] == "contact circle σ = 1";
    CHECK(contact);
    bool subscript = false;
    for (const auto& p : data["primitives"])
        if (p["id"] == "label.contact.beta.1") subscript = p["html"] == "0<sub>1</sub>";
    CHECK(subscript);
    CHECK(data["title"].get<std::string>().find("<sub>") != std::string::npos);
    CHECK(data["caption"].size() > 1);  // its columns, for the page to wrap between
    CHECK(data["cameras"].contains("iso"));
    CHECK(data["cameras"].contains("top"));
}

TEST_CASE("the glass region is too large for a page and the message says what to use instead") {
    const auto& info = figure("glass");
    REQUIRE_THROWS_AS(web::figure_data(info, figures::default_params(info)), web::TooLargeError);
    try {
        web::figure_data(info, figures::default_params(info));
    } catch (const web::TooLargeError& e) {
        CHECK(std::string(e.what()).find("--format png") != std::string::npos);
    }
}
