// The figure browser and the parameters panel, built from the figure's
// parameter list and the model's ranges.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "figures/figures.h"
#include "model/constants.h"
#include "model/materials.h"
#include "model/parameters.h"
#include "viewer/panels.h"
#include "viewer/text_wrap.h"

namespace cagescope::viewer {

namespace {

void params_changed(ViewerContext& ctx) { rebuild_scene(ctx.model); }

// A slider for one numeric field with the model's range; Ctrl+click types.
bool field_slider(ViewerContext& ctx, const figures::ParamField& field, const char* label) {
    figures::FigureParams& p = ctx.model.request.params;
    const model::Range range = slider_range(field.name);
    bool changed = false;
    ImGui::PushID(field.name.data(), field.name.data() + field.name.size());
    if (field.integer) {
        int v = p.*field.whole;
        const int lo = static_cast<int>(range.min);
        const int hi = static_cast<int>(range.max);
        changed = ImGui::SliderInt(label, &v, lo, hi, "%d", ImGuiSliderFlags_AlwaysClamp);
        if (changed) field.set(p, v);
    } else {
        double v = p.*field.real;
        const double lo = range.min;
        const double hi = range.max;
        char format[32];
        std::snprintf(format, sizeof format, "%%.3f%s", std::string(range.unit).c_str());
        changed = ImGui::SliderScalar(label, ImGuiDataType_Double, &v, &lo, &hi, format, ImGuiSliderFlags_AlwaysClamp);
        if (changed) field.set(p, v);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\nrange %s — Ctrl+click to type a value", std::string(field.description).c_str(),
                          model::describe(range).c_str());
    ImGui::PopID();
    return changed;
}

void omega_z_controls(ViewerContext& ctx, const figures::ParamField& field) {
    figures::FigureParams& p = ctx.model.request.params;
    if (field_slider(ctx, field, "Ω_z")) {
        p.material.clear();  // a hand-set tilt is no longer the preset's
        params_changed(ctx);
    }
    // One-click materials, Ω_z = acos(Tg°/Tg) computed by the model.
    for (const model::Material& m : model::material_presets()) {
        char label[48];
        std::snprintf(label, sizeof label, "%s %.1f°", m.name.c_str(), m.omega_z_deg());
        const bool active = p.material == m.name;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        if (ImGui::Button(label)) {
            p.material = m.name;
            figures::resolve_and_check(p);
            params_changed(ctx);
        }
        if (active) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Tg = %.0f K, Tg° = %.2f K (%s)", m.tg, m.tg0, m.tg0_rule.c_str());
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (ImGui::TreeNode("Custom material")) {
        static_assert(sizeof(double) == 8);
        auto& c = ctx.model;  // values kept in ImGui's storage, per session
        ImGuiStorage* st = ImGui::GetStateStorage();
        float tg = st->GetFloat(ImGui::GetID("tg"), 263.0f);
        float tg0 = st->GetFloat(ImGui::GetID("tg0"), 195.0f);
        ImGui::DragFloat("Tg (K)", &tg, 1.0f, 1.0f, 5000.0f, "%.1f");
        ImGui::DragFloat("Tg° (K)", &tg0, 1.0f, 1.0f, 5000.0f, "%.1f");
        st->SetFloat(ImGui::GetID("tg"), tg);
        st->SetFloat(ImGui::GetID("tg0"), tg0);
        try {
            const model::Material m = model::custom_material(tg, tg0);
            ImGui::Text("Ω_z = acos(Tg°/Tg) = %.3f°", m.omega_z_deg());
            if (ImGui::Button("Apply")) {
                c.request.params.material.clear();
                figures::find_param_field("omega-z")->set(c.request.params, m.omega_z_deg());
                params_changed(ctx);
            }
        } catch (const std::exception& e) {
            ImGui::TextColored(ImVec4(0.9f, 0.3f, 0.2f, 1.0f), "%s", e.what());
        }
        ImGui::TreePop();
    }
}

}  // namespace

void draw_figure_section(ViewerContext& ctx) {
    if (!ImGui::CollapsingHeader("Figure", ImGuiTreeNodeFlags_DefaultOpen)) return;
    const float height = ImGui::GetTextLineHeightWithSpacing() * 12.0f;
    if (ImGui::BeginListBox("##figures", ImVec2(-1.0f, height))) {
        // Each title whole, wrapped at spaces under its id: none is cut short.
        const float id_w = ImGui::CalcTextSize("10c ").x;
        const float text_w = std::max(ImGui::GetContentRegionAvail().x - id_w - ImGui::GetStyle().ItemSpacing.x, 40.0f);
        for (const auto& f : figures::figure_list()) {
            const bool selected = f.id == ctx.model.request.figure;
            const std::string id(f.id);
            const std::string title = wrap_at_spaces(std::string(f.title), text_w, [](std::string_view s) {
                return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
            });
            ImGui::PushID(id.c_str());
            const ImVec2 start = ImGui::GetCursorPos();
            const ImVec2 size(0.0f, ImGui::CalcTextSize(title.c_str()).y);
            if (ImGui::Selectable("##figure", selected, ImGuiSelectableFlags_AllowItemOverlap, size) && !selected)
                set_figure(ctx.model, id, ctx.aspect);
            if (selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
            ImGui::SetCursorPos(start);
            ImGui::TextUnformatted(id.c_str());
            ImGui::SetCursorPos(ImVec2(start.x + id_w, start.y));
            ImGui::TextUnformatted(title.c_str());
            ImGui::PopID();
        }
        ImGui::EndListBox();
    }
}

void draw_parameters_section(ViewerContext& ctx) {
    const figures::FigureInfo* info = figures::find_figure(ctx.model.request.figure);
    if (!info || !ImGui::CollapsingHeader("Parameters", ImGuiTreeNodeFlags_DefaultOpen)) return;
    figures::FigureParams& p = ctx.model.request.params;
    if (info->parameters.empty()) ImGui::TextDisabled("This figure has no parameters.");
    for (std::string_view name : info->parameters) {
        if (name == "spacing") {
            int mode = p.spacing == model::SpacingMode::equal_angle ? 0 : 1;
            ImGui::TextUnformatted("Spacing on a diagonal");
            bool changed = ImGui::RadioButton("equal angle", &mode, 0);
            ImGui::SameLine();
            changed |= ImGui::RadioButton("equal step", &mode, 1);
            if (changed) {
                p.spacing = mode == 0 ? model::SpacingMode::equal_angle : model::SpacingMode::equal_step;
                params_changed(ctx);
            }
            continue;
        }
        if (name == "material") continue;  // the Ω_z buttons
        const figures::ParamField* field = figures::find_param_field(name);
        if (!field) continue;
        if (name == "omega-z") {
            omega_z_controls(ctx, *field);
            continue;
        }
        const model::ParameterSpec& spec = model::parameter_spec(name);
        const std::string label(spec.symbol);
        if (field_slider(ctx, *field, label.c_str())) params_changed(ctx);
        if (name == "torsion") {
            char magic[64];
            std::snprintf(magic, sizeof magic, "magic angle %.3f°", model::magic_torsion_deg());
            if (ImGui::Button(magic)) {
                field->set(p, model::magic_torsion_deg());
                params_changed(ctx);
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("∠Tors = 60 × ∠Trap (Sec. III.G)");
            ImGui::SameLine();
            if (ImGui::Button("none")) {
                field->set(p, 0.0);
                params_changed(ctx);
            }
        }
    }
    if (!ctx.model.build_error.empty())
        ImGui::TextColored(ImVec4(0.9f, 0.3f, 0.2f, 1.0f), "%s", ctx.model.build_error.c_str());
}

}  // namespace cagescope::viewer
