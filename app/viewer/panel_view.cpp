// The left panel: figure and parameters (panel_figure.cpp), then layers,
// animation, camera and export.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "figures/paper_quotes.h"
#include "viewer/markup_text.h"
#include "viewer/panels.h"
#include "viewer/state_file.h"

namespace cagescope::viewer {

namespace {

void layers_section(ViewerContext& ctx) {
    if (!ImGui::CollapsingHeader("Layers", ImGuiTreeNodeFlags_DefaultOpen)) return;
    auto& hidden = ctx.model.request.hidden_layers;
    for (const std::string& layer : ctx.model.scene.layers()) {
        bool shown = std::find(hidden.begin(), hidden.end(), layer) == hidden.end();
        // The reader's name; the code name is what --hide-layer takes.
        const std::string name = figures::layer_display_name(ctx.model.request.figure, layer);
        ImGui::PushID(layer.c_str());
        // The box without a label, then the name typeset from its markup.
        if (ImGui::Checkbox("##shown", &shown)) {
            if (shown)
                hidden.erase(std::remove(hidden.begin(), hidden.end(), layer), hidden.end());
            else
                hidden.push_back(layer);
        }
        const bool right_clicked = ImGui::IsItemClicked(ImGuiMouseButton_Right);
        bool hovered = ImGui::IsItemHovered();
        ImGui::SameLine();
        markup_text(name);
        hovered = hovered || ImGui::IsItemHovered();
        if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {  // the name toggles too, as a checkbox's label does
            if (shown)
                hidden.push_back(layer);
            else
                hidden.erase(std::remove(hidden.begin(), hidden.end(), layer), hidden.end());
        }
        if (right_clicked || ImGui::IsItemClicked(ImGuiMouseButton_Right)) {  // the spotlight on this layer (L cycles)
            ctx.ui.spotlight = ctx.ui.spotlight == layer ? std::string() : layer;
            ctx.model.scene_changed = true;
        }
        if (hovered) ImGui::SetTooltip("right-click: spotlight this layer (L cycles)\n--hide-layer %s", layer.c_str());
        if (ctx.ui.spotlight == layer) {
            ImGui::SameLine();
            ImGui::TextUnformatted("(spotlight)");
        }
        ImGui::PopID();
    }
}

void animation_section(ViewerContext& ctx) {
    const int steps = animation_steps(ctx.model);
    if (steps == 0 || !ImGui::CollapsingHeader("Animation", ImGuiTreeNodeFlags_DefaultOpen)) return;
    Animation& a = ctx.model.animation;
    if (ImGui::Button("◀")) step_animation(ctx.model, -1);
    ImGui::SameLine();
    if (ImGui::Button(a.playing ? "Pause (Space)" : "Play (Space)")) toggle_play(ctx.model);
    ImGui::SameLine();
    if (ImGui::Button("▶")) step_animation(ctx.model, +1);
    ImGui::SameLine();
    ImGui::Checkbox("loop", &a.loop);
    int t = static_cast<int>(ctx.model.request.params.time);
    if (ImGui::SliderInt("step", &t, -1, steps - 1, t < 0 ? "rest" : "%d", ImGuiSliderFlags_AlwaysClamp))
        scrub_to(ctx.model, t);
    float speed = static_cast<float>(a.steps_per_s);
    if (ImGui::SliderFloat("steps/s", &speed, 0.25f, 60.0f, "%.2f", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp))
        a.steps_per_s = speed;
}

void camera_section(ViewerContext& ctx) {
    if (!ImGui::CollapsingHeader("Camera")) return;
    const struct {
        const char* label;
        Action action;
    } views[] = {{"Front 1", Action::view_front}, {"Side 3", Action::view_side}, {"Top 7", Action::view_top},
                 {"Iso 9", Action::view_iso}};
    for (const auto& v : views) {
        if (ImGui::Button(v.label)) ctx.perform(v.action);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    const scene::Camera& c = ctx.model.camera.goal();
    if (ImGui::Button(c.projection == scene::Projection::perspective ? "Perspective (5)" : "Orthographic (5)"))
        ctx.perform(Action::toggle_projection);
    ImGui::SameLine();
    if (ImGui::Button("Reset (R)")) ctx.perform(Action::reset_view);
    ImGui::Text("azimuth %.1f°  elevation %.1f°", c.azimuth_deg, c.elevation_deg);
    ImGui::Text("distance %.3f  target (%.3f, %.3f, %.3f)", c.distance, c.target.x, c.target.y, c.target.z);
    if (ImGui::Button("Copy camera (Ctrl+C)")) ctx.perform(Action::copy_camera);
    ImGui::SameLine();
    if (ImGui::Button("Paste (Ctrl+V)")) ctx.perform(Action::paste_camera);
}

void export_section(ViewerContext& ctx) {
    if (!ImGui::CollapsingHeader("Export")) return;
    ExportChoice& e = ctx.ui.export_choice;
    app::ImageSettings& img = ctx.model.request.image;
    ImGui::Checkbox("size of the view", &e.window_size);
    if (!e.window_size) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
        ImGui::InputInt("##w", &e.width, 0);
        ImGui::SameLine();
        ImGui::TextUnformatted("×");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
        ImGui::InputInt("##h", &e.height, 0);
        e.width = std::clamp(e.width, 1, app::kMaxImageSide);
        e.height = std::clamp(e.height, 1, app::kMaxImageSide);
    }
    ImGui::SliderInt("supersampling", &img.ssaa, 1, app::kMaxSsaa, "%d×", ImGuiSliderFlags_AlwaysClamp);
    ImGui::Checkbox("transparent background", &img.transparent);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::Combo("format", &e.format, "PNG\0SVG (vector)\0PDF (vector)\0");
    if (ImGui::Button("Screenshot (F12)")) ctx.perform(Action::screenshot);
    ImGui::TextDisabled("into %s", ctx.ui.shot_dir.c_str());
    ImGui::Separator();
    static char path[512];
    if (path[0] == '\0') std::snprintf(path, sizeof path, "%s", ctx.ui.state_path.c_str());
    ImGui::InputText("state file", path, sizeof path);
    ctx.ui.state_path = path;
    if (ImGui::Button("Save view (Ctrl+Shift+S)")) ctx.perform(Action::save_state);
    ImGui::SameLine();
    if (ImGui::Button("Open (Ctrl+O)")) ctx.perform(Action::load_state);
}

void display_section(ViewerContext& ctx) {
    if (!ImGui::CollapsingHeader("Display")) return;
    int theme = static_cast<int>(ctx.ui.settings.theme);
    if (ImGui::Combo("theme (T)", &theme, "dark\0light\0presentation\0")) {
        ctx.ui.settings.theme = static_cast<Theme>(theme);
        ctx.ui.restyle = true;
    }
    ImGui::Text("UI scale %.2f (Ctrl+= / Ctrl+-)", static_cast<double>(ctx.ui.settings.ui_scale));
    ImGui::Checkbox("measure mode (M)", &ctx.ui.measure_mode);
    if (ImGui::Button("Help (F1)")) ctx.perform(Action::toggle_help);
    ImGui::SameLine();
    if (ImGui::Button("Full screen (F11)")) ctx.perform(Action::toggle_fullscreen);
}

}  // namespace

void draw_view_sections(ViewerContext& ctx) {
    layers_section(ctx);
    animation_section(ctx);
    camera_section(ctx);
    export_section(ctx);
    display_section(ctx);
}

float controls_panel_width(glm::vec2 window_px, float font_px) { return std::min(font_px * 23.0f, window_px.x * 0.45f); }

void draw_controls_panel(ViewerContext& ctx, glm::vec2 window_px) {
    const float width = controls_panel_width(window_px, ctx.ui.fonts.body_px);
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, window_px.y), ImGuiCond_Always);
    ImGui::Begin("cagescope", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    draw_figure_section(ctx);
    draw_parameters_section(ctx);
    draw_view_sections(ctx);
    ImGui::End();
}

}  // namespace cagescope::viewer
