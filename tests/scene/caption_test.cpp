#include <catch2/catch.hpp>
#include <variant>

#include "projection.h"
#include "scene/caption.h"

using namespace cagescope;

TEST_CASE("captions wrap at their column gaps and never exceed the line length when words allow") {
    const std::string caption = "a = 1.1046 σ (paper 1.1046)   V = 0.9994 σ³   ∠Tors = 1.1871° (paper 1.14°-1.17°)";
    const auto lines = scene::wrap_caption(caption, 40);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "a = 1.1046 σ (paper 1.1046)");
    CHECK(lines[1] == "V = 0.9994 σ³");
    CHECK(scene::wrap_caption(caption, 500).size() == 1);
    for (const auto& line : scene::wrap_caption(caption, 12)) CHECK_FALSE(line.empty());
}

TEST_CASE("the title lands top left and the caption bottom left of the frame") {
    scene::Scene s;
    s.title = "Fig. X";
    s.caption = "one   two";
    scene::Camera cam;
    for (auto projection : {scene::Projection::perspective, scene::Projection::orthographic}) {
        cam.projection = projection;
        scene::Scene copy = s;
        scene::add_caption_labels(copy, cam, 800, 600, 1.0f);
        const auto title = test::project_to_pixel(cam, std::get<scene::Label>(copy.find("caption.title")->shape).anchor, 800, 600);
        CHECK(title.x == Approx(14.0f).margin(0.5f));
        CHECK(title.y < 40.0f);
        const auto* line = copy.find("caption.line.1");
        REQUIRE(line);
        CHECK(line->layer == "caption");
        const auto bottom = test::project_to_pixel(cam, std::get<scene::Label>(line->shape).anchor, 800, 600);
        CHECK(bottom.y > 560.0f);
    }
}

TEST_CASE("the drawn note is the last line under the caption, lighter, pinned, and the band grows for it") {
    scene::Scene s;
    s.title = "Fig. X";
    s.caption = "one   two";
    scene::Camera cam;
    const float without = scene::caption_bands(s, 800, 600, 1.0f).bottom_px;
    s.drawn_note = "the trap ×100";
    CHECK(scene::caption_bands(s, 800, 600, 1.0f).bottom_px > without);
    scene::add_caption_labels(s, cam, 800, 600, 1.0f);
    const auto* note = s.find("caption.note.1");
    REQUIRE(note);
    const auto& label = std::get<scene::Label>(note->shape);
    CHECK(label.text == "Drawn: the trap ×100");
    CHECK(label.pinned);
    const auto& caption = std::get<scene::Label>(s.find("caption.line.1")->shape);
    CHECK(label.color.r > caption.color.r);  // lighter grey
    CHECK(test::project_to_pixel(cam, label.anchor, 800, 600).y > test::project_to_pixel(cam, caption.anchor, 800, 600).y);
}
