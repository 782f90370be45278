#include "viewer/markup_text.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "scene/markup.h"
#include "viewer/text_wrap.h"

namespace cagescope::viewer {

namespace {

// Lays out one line of markup from `origin`; draws it when `draw` is set.
// Returns its width.
float line(std::string_view markup, ImVec2 origin, ImU32 color, bool draw) {
    ImFont* font = ImGui::GetFont();
    const float body = ImGui::GetFontSize();
    const float ascent = font->Ascent * body / font->FontSize;
    ImDrawList* dl = draw ? ImGui::GetWindowDrawList() : nullptr;
    scene::MarkupPen pen;
    for (const scene::MarkupRun& run : scene::parse_markup(markup)) {
        if (run.text == "\n") continue;
        const float x = pen.start(run);
        const float size = body * run.scale;
        const char* begin = run.text.data();
        const char* end = begin + run.text.size();
        // Baseline of the body at origin.y + ascent; the run's own top from its baseline.
        const float top = origin.y + ascent - run.rise * body - font->Ascent * size / font->FontSize;
        if (dl) dl->AddText(font, size, ImVec2(origin.x + x, top), color, begin, end);
        pen.advance(font->CalcTextSizeA(size, 1e30f, 0.0f, begin, end).x);
    }
    return pen.width();
}

}  // namespace

float markup_width(std::string_view markup) { return line(markup, ImVec2(0, 0), 0, false); }

void markup_text(std::string_view markup, float wrap_width, bool disabled) {
    const std::string text =
        wrap_width > 0.0f ? wrap_at_spaces(markup, wrap_width, [](std::string_view s) { return markup_width(s); })
                          : std::string(markup);
    const ImU32 color = ImGui::GetColorU32(disabled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line_height = ImGui::GetTextLineHeight();
    float width = 0.0f, y = 0.0f;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        width = std::max(width, line(std::string_view(text).substr(start, end - start), ImVec2(origin.x, origin.y + y),
                                     color, true));
        y += line_height;
        start = end + 1;
    }
    ImGui::Dummy(ImVec2(width, y));
}

}  // namespace cagescope::viewer
