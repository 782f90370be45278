// What every figure must do, whatever it shows.
#include <catch2/catch.hpp>
#include <set>
#include <variant>
#include <vector>

#include "figures/figures.h"
#include "model/clusters.h"
#include "model/parameters.h"
#include "projection.h"

using namespace cagescope;

TEST_CASE("every figure builds with unique ids, a title, a caption and its label anchors inside the frame") {
    for (const auto& info : figures::figure_list()) {
        INFO("figure " << info.id);
        const auto s = figures::build_figure(info, figures::default_params(info));
        CHECK_THAT(s.title, Catch::StartsWith("Fig. " + std::string(info.id)));
        CHECK_FALSE(s.caption.empty());
        CHECK_FALSE(s.primitives.empty());
        std::set<std::string> ids;
        for (const auto& p : s.primitives) {
            INFO(p.id);
            CHECK(ids.insert(p.id).second);
            CHECK_FALSE(p.layer.empty());
        }
        test::check_labels_in_frame(s, info.default_view, info.default_projection, 16.0f / 9.0f);
    }
}

TEST_CASE("animated figures change with time and the resting state is valid") {
    for (const auto& info : figures::figure_list()) {
        if (info.animation_steps == 0) continue;
        INFO("figure " << info.id);
        auto p = figures::default_params();
        p.time = 0.0;
        const auto first = figures::build_figure(info, p);
        p.time = static_cast<double>(info.animation_steps - 1);
        const auto last = figures::build_figure(info, p);
        bool differs = first.primitives.size() != last.primitives.size();
        for (std::size_t i = 0; !differs && i < first.primitives.size(); ++i)
            differs = first.primitives[i].id != last.primitives[i].id;
        // Same ids: compare a sphere or label that moves, e.g. the PCP.
        if (!differs) differs = first.caption != last.caption;
        if (!differs) {
            for (std::size_t i = 0; !differs && i < first.primitives.size(); ++i) {
                const auto* a = std::get_if<scene::Sphere>(&first.primitives[i].shape);
                const auto* b = std::get_if<scene::Sphere>(&last.primitives[i].shape);
                differs = a && b && (a->center != b->center || a->color != b->color);
            }
        }
        CHECK(differs);
    }
}

TEST_CASE("each figure's layer list is what its builder draws, at every step and whole-number setting") {
    // The list is what --hide-layer accepts and what files are checked
    // against, so it must hold every layer drawn and no other.
    for (const auto& info : figures::figure_list()) {
        INFO("figure " << info.id);
        auto base = figures::default_params();
        if (info.id == "glass") base.region_k = 2;  // its layers, not its size
        std::vector<figures::FigureParams> settings{base};
        for (int t = 0; t < info.animation_steps; ++t) {
            settings.push_back(base);
            settings.back().time = t;
        }
        // cluster 0..8, lambda 1..16, tube-hsms 0..1 (not the sizes tube-n, region-k).
        for (std::string_view name : info.parameters) {
            const auto* field = figures::find_param_field(name);
            if (!field || !field->integer || name == "tube-n" || name == "region-k") continue;
            for (int v = 0; v <= 16; ++v) {
                auto p = base;
                try {
                    field->set(p, v);
                } catch (const model::ParameterError&) {
                    continue;  // outside the field's range
                }
                settings.push_back(p);
            }
        }
        std::set<std::string> drawn;
        for (auto p : settings) {
            figures::resolve_and_check(p);
            for (const auto& layer : figures::build_figure(info, p).layers()) drawn.insert(layer);
        }
        CHECK(drawn == std::set<std::string>(info.layers.begin(), info.layers.end()));
        CHECK(figures::hideable_layers(info).back() == "caption");
    }
}

TEST_CASE("the image says where the drawing departs from the paper's words: the drawn notes") {
    const auto note = [](const char* id) {
        const auto& f = *figures::find_figure(id);
        return figures::build_figure(f, figures::default_params(f)).drawn_note;
    };
    // Fig. 6's V_8 loops by construction against Table 1, both from their sources.
    const model::Cluster v8 = model::make_cluster(model::kMaxCluster);
    const auto& paper = model::paper_table1()[model::kMaxCluster];
    CHECK_THAT(note("6"), Catch::Contains(std::to_string(v8.hsms.size()) + " HSMs") &&
                              Catch::Contains(std::to_string(v8.loop_arrows.size()) + " loop arrows") &&
                              Catch::Contains(paper.cells[0]) && Catch::Contains(paper.cells[1]));
    CHECK(v8.hsms.size() != 200);  // the departure the note exists for
    for (const char* id : {"7", "10", "10c"}) CHECK_THAT(note(id), Catch::Contains("Ω_z read as") && Catch::Contains("§8"));
    for (const char* id : {"2", "4", "11"}) CHECK_THAT(note(id), Catch::Contains("×"));
    for (const char* id : {"1a", "1b", "1c"}) CHECK_THAT(note(id), Catch::Contains("× their radius"));
    CHECK_THAT(note("3b"), Catch::Contains("a reading"));
}
