// Drawn over the 3D view: the figure's title, the tour caption (large, at
// the bottom), notices, the hover tooltip, measurement marks and F1 help.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "figures/figures.h"
#include "figures/paper_quotes.h"
#include "viewer/panels.h"
#include "viewer/markup_text.h"
#include "viewer/text_wrap.h"

namespace cagescope::viewer {

namespace {

constexpr ImGuiWindowFlags kOverlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;

// Text in the label markup, wrapped at spaces to `width` pixels in the
// current font, its scripts typeset as in every other output.
void text_wrapped(const std::string& text, float width, bool disabled) { markup_text(text, width, disabled); }

// The centre of the 3D view's rectangle, in window pixels.
ImVec2 view_centre(const ViewRect& view) {
    return ImVec2(view.origin.x + view.size.x * 0.5f, view.origin.y + view.size.y * 0.5f);
}

// At the top, above the view's rectangle: its height (ctx.ui.title_px) is
// taken off the rectangle the camera frames, so the title covers nothing.
void title_bar(ViewerContext& ctx, bool panels) {
    // Below the collapsed "The paper" bar, so the two never overlap.
    const float top = panels ? ImGui::GetFrameHeight() + 8.0f : 8.0f;
    ImGui::SetNextWindowPos(ImVec2(view_centre(ctx.view).x, top), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    // Opaque enough and in the text colour (not the grey of disabled
    // text), to be read from the back of a room in every theme.
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##title", nullptr, kOverlay | ImGuiWindowFlags_NoInputs);
    markup_text(ctx.model.scene.title);
    if (panels && !ctx.model.scene.caption.empty()) {
        text_wrapped(ctx.model.scene.caption, std::max(ctx.view.size.x - 40.0f, 200.0f), false);
    }
    ctx.ui.title_px = top + ImGui::GetWindowSize().y + 4.0f;
    ImGui::End();
}

// At the bottom, below the view's rectangle: its height (kept in
// ctx.ui.caption_px) is taken off the rectangle the camera frames, so the
// caption never covers the figure.
void tour_caption_bar(ViewerContext& ctx, glm::vec2 window_px) {
    if (!ctx.model.tour.tour) {
        ctx.ui.caption_px = 0.0f;
        return;
    }
    const Tour& tour = *ctx.model.tour.tour;
    const float width = ctx.view.size.x * 0.96f;
    constexpr float kMargin = 8.0f;
    ImGui::SetNextWindowPos(ImVec2(view_centre(ctx.view).x, window_px.y - kMargin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, window_px.y * 0.45f));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::Begin("##tour", nullptr, kOverlay);
    ImGui::Text("%s — step %d of %zu   (PageDown / → next, PageUp / ← back)", tour.title.c_str(),
                ctx.model.tour.index + 1, tour.steps.size());
    ImGui::PushFont(ctx.ui.fonts.large);
    text_wrapped(tour_caption(ctx.model), width - 2.0f * ImGui::GetStyle().WindowPadding.x, false);
    ImGui::PopFont();
    ctx.ui.caption_px = ImGui::GetWindowSize().y + 2.0f * kMargin;
    ImGui::End();
}

// The step and the total, always in view during a tour (top right of the view).
void tour_step_counter(ViewerContext& ctx) {
    if (!ctx.model.tour.tour) return;
    ImGui::SetNextWindowPos(ImVec2(ctx.view.origin.x + ctx.view.size.x - 8.0f, ctx.view.origin.y + 8.0f),
                            ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##tour-step", nullptr, kOverlay | ImGuiWindowFlags_NoInputs);
    ImGui::PushFont(ctx.ui.fonts.large);
    ImGui::Text("%d / %zu", ctx.model.tour.index + 1, ctx.model.tour.tour->steps.size());
    ImGui::PopFont();
    ImGui::End();
}

// P: a ring that follows the mouse over the view, instead of tooltips.
void pointer_mark(ViewerContext& ctx) {
    if (!ctx.ui.pointer_mode) return;
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (m.x < ctx.view.origin.x || m.y < ctx.view.origin.y || m.x > ctx.view.origin.x + ctx.view.size.x ||
        m.y > ctx.view.origin.y + ctx.view.size.y)
        return;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const float r = ImGui::GetFontSize() * 1.6f;
    draw->AddCircleFilled(m, r, IM_COL32(230, 30, 40, 70), 40);
    draw->AddCircle(m, r, IM_COL32(230, 30, 40, 230), 40, 3.0f);
    draw->AddCircleFilled(m, 3.0f, IM_COL32(230, 30, 40, 255));
}

void notices(ViewerContext& ctx, glm::vec2 window_px) {
    auto& list = ctx.ui.notices;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Notice& n) { return n.until < ctx.ui.now; }), list.end());
    if (list.empty()) return;
    const float bottom = ctx.model.tour.tour ? window_px.y * 0.25f : 12.0f;
    ImGui::SetNextWindowPos(ImVec2(window_px.x - 12.0f, window_px.y - bottom), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.9f);
    ImGui::Begin("##notices", nullptr, kOverlay | ImGuiWindowFlags_NoInputs);
    for (const Notice& n : list) {
        if (n.error)
            ImGui::TextColored(ImVec4(0.95f, 0.35f, 0.25f, 1.0f), "%s", n.text.c_str());
        else
            ImGui::TextUnformatted(n.text.c_str());
    }
    ImGui::End();
}

// The element under the cursor: its name in the paper's notation, its value,
// and the sentence of the paper its position comes from, with its section.
void hover_tooltip(ViewerContext& ctx) {
    const auto& h = ctx.model.hover;
    if (!h || ImGui::GetIO().WantCaptureMouse || ctx.ui.pointer_mode) return;
    const scene::Primitive* p = ctx.model.scene.find(h->id);
    const figures::TooltipText t = figures::tooltip_text(ctx.model.request.figure, h->layer, p, h->point);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    markup_text(t.name);  // the paper's notation, typeset
    if (!t.value.empty()) markup_text(t.value);
    if (!t.quote.empty()) {
        ImGui::Separator();
        ImGui::TextWrapped("“%s”", t.quote.c_str());
        ImGui::Text("— %s", t.section.c_str());
    }
    if (ctx.ui.measure_mode) ImGui::TextDisabled("click to measure (%zu of 2)", ctx.model.measure.size() + 1);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void measure_marks(ViewerContext& ctx, const scene::Camera& camera) {
    const auto& m = ctx.model.measure;
    if (m.empty()) return;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImU32 colour = IM_COL32(220, 40, 120, 255);
    std::vector<ImVec2> screen;
    for (const Pick& p : m)
        if (const auto s = project_to_screen(camera, ctx.view.size, p.point))
            screen.emplace_back(ctx.view.origin.x + s->x, ctx.view.origin.y + s->y);
    for (std::size_t i = 0; i < screen.size(); ++i) {
        draw->AddCircle(screen[i], 7.0f, colour, 0, 2.5f);
        const char label[2] = {static_cast<char>('A' + i), 0};
        draw->AddText(ImVec2(screen[i].x + 9.0f, screen[i].y - 20.0f), colour, label);
    }
    if (screen.size() == 2) {
        draw->AddLine(screen[0], screen[1], colour, 2.5f);
        const Measurement r = measure(m[0].point, m[1].point);
        char text[96];
        std::snprintf(text, sizeof text, "|AB| = %.5f   ∠A0*B = %.4f°", static_cast<double>(r.distance),
                      static_cast<double>(r.angle_at_origin_deg));
        const ImVec2 mid((screen[0].x + screen[1].x) * 0.5f + 10.0f, (screen[0].y + screen[1].y) * 0.5f);
        const ImVec2 size = ImGui::CalcTextSize(text);
        draw->AddRectFilled(ImVec2(mid.x - 4, mid.y - 2), ImVec2(mid.x + size.x + 4, mid.y + size.y + 2),
                            IM_COL32(255, 255, 255, 230), 4.0f);
        draw->AddText(mid, colour, text);
    }
}

void help_overlay(ViewerContext& ctx) {
    if (!ctx.ui.show_help) return;
    ImGui::SetNextWindowPos(view_centre(ctx.view), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::Begin("Keys and mouse (F1 closes)", &ctx.ui.show_help,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        for (const KeyBinding& b : key_bindings()) {
            if (b.keys.empty()) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(b.keys.data(), b.keys.data() + b.keys.size());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(b.what.data(), b.what.data() + b.what.size());
        }
        for (const MouseHelp& m : mouse_help()) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.gesture.data(), m.gesture.data() + m.gesture.size());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.what.data(), m.what.data() + m.what.size());
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("Camera keys act when no text field has the keyboard; Ctrl+click a slider to type.");
    ImGui::End();
}

}  // namespace

void draw_overlays(ViewerContext& ctx, glm::vec2 window_px, const scene::Camera& camera, bool panels) {
    title_bar(ctx, panels);
    tour_caption_bar(ctx, window_px);
    tour_step_counter(ctx);
    notices(ctx, window_px);
    hover_tooltip(ctx);
    pointer_mark(ctx);
    measure_marks(ctx, camera);
    help_overlay(ctx);
}

}  // namespace cagescope::viewer
