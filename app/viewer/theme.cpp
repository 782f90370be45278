#include "viewer/theme.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <embedded_files.h>

namespace cagescope::viewer {

float ui_font_px(const Settings& settings, float content_scale) {
    const float theme = settings.theme == Theme::presentation ? 1.35f : 1.0f;
    return 15.0f * content_scale * settings.ui_scale * theme;
}

UiFonts build_fonts(float body_px) {
    // Latin-1, Greek, punctuation (— … ′ ″), super/subscripts, arrows, math
    // operators (∠ ≈ ⊥ ∞), geometric shapes and stars.
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0370, 0x03FF, 0x2000, 0x206F, 0x2070, 0x209F,
                                      0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0};
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    UiFonts fonts;
    fonts.body_px = body_px;
    const auto ttf = embedded_file("fonts/DejaVuSans.ttf");
    if (ttf) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // the bytes live in the binary's read-only data
        config.OversampleH = 2;
        config.OversampleV = 1;
        void* data = const_cast<unsigned char*>(ttf->data());
        const int size = static_cast<int>(ttf->size());
        fonts.body = io.Fonts->AddFontFromMemoryTTF(data, size, body_px, &config, kRanges);
        fonts.large = io.Fonts->AddFontFromMemoryTTF(data, size, body_px * 1.7f, &config, kRanges);
    }
    if (!fonts.body) fonts.body = fonts.large = io.Fonts->AddFontDefault();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    return fonts;
}

void apply_theme(Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == Theme::dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 0.94f);
        style.Colors[ImGuiCol_Header] = ImVec4(0.22f, 0.35f, 0.55f, 0.70f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.97f, 0.96f);
        if (theme == Theme::presentation) {
            style.Colors[ImGuiCol_Text] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
            style.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.6f);
            style.Colors[ImGuiCol_FrameBg] = ImVec4(0.88f, 0.88f, 0.88f, 1.0f);
            style.Colors[ImGuiCol_SliderGrab] = ImVec4(0.05f, 0.25f, 0.75f, 1.0f);
            style.Colors[ImGuiCol_CheckMark] = ImVec4(0.05f, 0.25f, 0.75f, 1.0f);
            style.WindowBorderSize = 2.0f;
            style.FrameBorderSize = 1.0f;
        }
    }
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowPadding = ImVec2(10.0f, 10.0f);
    style.FramePadding = ImVec2(6.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

scene::Color view_background(Theme theme) {
    // The figures' colours and label halos are designed on white; the dark
    // theme only darkens the panels, with a soft grey-white behind the model.
    return theme == Theme::dark ? scene::Color(0.93f, 0.94f, 0.95f, 1.0f) : scene::Color(1.0f, 1.0f, 1.0f, 1.0f);
}

float view_pixel_scale(Theme theme, float content_scale) {
    return content_scale * (theme == Theme::presentation ? 1.8f : 1.0f);
}

}  // namespace cagescope::viewer
