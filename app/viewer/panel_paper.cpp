// The right panel: the derivation table (live with the sliders), Table 1
// (hovering a row shows that cluster), the model notes, and measurements.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "figures/figures.h"
#include "model/clusters.h"
#include "model/derivation_table.h"
#include "viewer/markup_text.h"
#include "viewer/panels.h"

namespace cagescope::viewer {

namespace {

ImVec4 status_colour(model::DerivationStatus s) {
    switch (s) {
        case model::DerivationStatus::derived: return {0.20f, 0.65f, 0.30f, 1.0f};
        case model::DerivationStatus::differs: return {0.90f, 0.50f, 0.10f, 1.0f};
        case model::DerivationStatus::stated: return {0.45f, 0.55f, 0.85f, 1.0f};
    }
    return {1, 1, 1, 1};
}

void derivation_tab(ViewerContext& ctx) {
    std::vector<model::Derivation> table;
    try {
        table = model::derivation_table(derivation_inputs(ctx.model.request.params));
    } catch (const std::exception& e) {
        ImGui::TextWrapped("%s", e.what());
        return;
    }
    ImGui::TextDisabled("Computed from the equations; N = %d, Tg/Tm = %.3f follow the sliders.", ctx.model.request.params.tube_n,
                        ctx.model.request.params.tg_over_tm);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("derivations", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("symbol");
    ImGui::TableSetupColumn("computed");
    ImGui::TableSetupColumn("paper");
    ImGui::TableSetupColumn("status", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const auto& d : table) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Selectable(d.symbol.c_str(), false, ImGuiSelectableFlags_SpanAllColumns);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::TableNextColumn();
        ImGui::Text("%.*f%s", d.decimals, d.value, d.unit.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d.paper.c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(status_colour(d.status), "%s", std::string(model::to_string(d.status)).c_str());
        if (hovered) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
            ImGui::Text("%s — %s", d.symbol.c_str(), d.name.c_str());
            ImGui::Text("= %s", d.formula.c_str());
            ImGui::TextDisabled("%s", d.section.c_str());
            if (!d.status_note.empty()) ImGui::TextWrapped("%s", d.status_note.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::EndTable();
}

void table1_tab(ViewerContext& ctx) {
    static const std::vector<model::Table1Row> rows = model::table1();
    ImGui::TextDisabled("Construction beside the paper (paper's value in brackets where it differs).");
    ImGui::TextDisabled("Hover a row to show that cluster (Fig. 1c); click to open it.");
    const auto& titles = model::table1_column_titles();
    const auto& keys = model::table1_column_keys();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("table1", 1 + model::kTable1Columns, flags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("V_i");
    for (const auto& t : titles) ImGui::TableSetupColumn(std::string(t).c_str());
    ImGui::TableHeadersRow();
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        char label[16];
        std::snprintf(label, sizeof label, "V_%d", row.i);
        const bool shown = ctx.model.request.figure == "1c" && ctx.model.request.params.cluster == row.i;
        if (ImGui::Selectable(label, shown, ImGuiSelectableFlags_SpanAllColumns)) {
            if (ctx.model.request.figure != "1c") set_figure(ctx.model, "1c", ctx.aspect);
            ctx.model.request.params.cluster = row.i;
            rebuild_scene(ctx.model);
        }
        if (ImGui::IsItemHovered() && ctx.model.request.figure == "1c" && !shown) {
            ctx.model.request.params.cluster = row.i;
            rebuild_scene(ctx.model);
        }
        for (int c = 0; c < model::kTable1Columns; ++c) {
            ImGui::TableNextColumn();
            const auto col = static_cast<std::size_t>(c);
            const bool differs = std::find(row.differs.begin(), row.differs.end(), keys[col]) != row.differs.end();
            if (differs)
                ImGui::TextColored(status_colour(model::DerivationStatus::differs), "%s [%s]",
                                   row.construction_cells[col].c_str(), row.paper.cells[col].c_str());
            else
                ImGui::TextUnformatted(row.construction_cells[col].c_str());
        }
    }
    ImGui::EndTable();
}

void notes_tab(ViewerContext& ctx) {
    ImGui::PushTextWrapPos(0.0f);
    const float width = ImGui::GetContentRegionAvail().x;
    markup_text(ctx.model.scene.title, width);
    ImGui::Separator();
    if (ctx.model.scene.notes.empty()) ImGui::TextDisabled("This figure has no notes.");
    for (const auto& n : ctx.model.scene.notes) {
        ImGui::Bullet();
        ImGui::SameLine();
        markup_text(n, std::max(width - ImGui::GetCursorPosX(), 100.0f));
    }
    if (!ctx.model.scene.sections.empty()) {
        std::string s;
        for (const auto& sec : ctx.model.scene.sections) s += (s.empty() ? "" : ", ") + sec;
        ImGui::TextDisabled("Sections: %s", s.c_str());
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Where the paper disagrees with its own equations");
    ImGui::Separator();
    for (const auto& d : model::derivation_table(derivation_inputs(ctx.model.request.params)))
        if (d.status == model::DerivationStatus::differs)
            ImGui::BulletText("%s (%s): %s", d.symbol.c_str(), d.section.c_str(), d.status_note.c_str());
    ImGui::PopTextWrapPos();
}

void measure_tab(ViewerContext& ctx) {
    ImGui::Checkbox("measure mode (M): click two points", &ctx.ui.measure_mode);
    const auto& m = ctx.model.measure;
    for (std::size_t i = 0; i < m.size(); ++i)
        ImGui::Text("%c: %s (%.4f, %.4f, %.4f)", static_cast<char>('A' + i), m[i].id.c_str(), m[i].point.x, m[i].point.y,
                    m[i].point.z);
    if (m.size() == 2) {
        const Measurement r = measure(m[0].point, m[1].point);
        ImGui::Text("|AB| = %.5f", r.distance);
        ImGui::Text("∠A 0* B = %.4f°", r.angle_at_origin_deg);
    }
    if (!m.empty() && ImGui::Button("Clear")) ctx.model.measure.clear();
}

}  // namespace

void draw_paper_panel(ViewerContext& ctx, glm::vec2 window_px) {
    // Docked at the right edge, the full height when open: the view's
    // rectangle ends where it begins (ctx.ui.paper_px), so it covers nothing.
    const float width = std::min(ImGui::GetFontSize() * 26.0f, window_px.x * 0.4f);
    ImGui::SetNextWindowPos(ImVec2(window_px.x - width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, window_px.y), ImGuiCond_Always);
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    const bool open = ImGui::Begin("The paper", nullptr,
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
    ctx.ui.paper_px = open && !ImGui::IsWindowCollapsed() ? width : 0.0f;
    if (ImGui::BeginTabBar("paper")) {
        if (ImGui::BeginTabItem("Numbers")) {
            derivation_tab(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Table 1")) {
            table1_tab(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Notes")) {
            notes_tab(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Measure")) {
            measure_tab(ctx);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

}  // namespace cagescope::viewer
