// What a reader is told about each layer of each figure: the name the paper
// gives it (layer checkboxes, tooltips) and the sentence of the paper its
// position comes from, quoted with its section (the viewer's tooltips, the
// web page's). GL-free.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "scene/scene.h"

namespace cagescope::figures {

struct LayerText {
    std::string_view figures;  // the figure ids it is for, space-separated: "1b 1c"
    std::string_view layer;    // the builder's layer name: "angle_lines"
    std::string_view name;     // for a reader, in the label markup: "angle lines δ_λ"
    std::string_view quote;    // verbatim from the paper's text
    std::string_view section;  // where: "Sec. III.C.1", "Fig. 4 caption"
    bool covers(std::string_view figure) const;
};

std::span<const LayerText> layer_texts();

// The row for a figure's layer, or nullptr.
const LayerText* layer_text(std::string_view figure, std::string_view layer);

// The reader's name of a figure's layer (the layer's own name if it has no row).
std::string layer_display_name(std::string_view figure, std::string_view layer);

// A quote as a reader sees it: the paper's text file keeps LaTeX and
// Markdown (`$2\Delta d$`, `**Figure 3b**`, `[Figure 3a](#)`); this gives
// "2Δd", "Figure 3b", "Figure 3a". Sub- and superscripts stay in the label
// markup (`a_0`, `q_{β-16}`), for the typesetter.
std::string readable_quote(std::string_view quote);

// What the hover tooltip says about a primitive of a figure's layer.
struct TooltipText {
    std::string name;     // the reader's name (markup); a label's own text after it
    std::string value;    // "at (x, y, z), radius r", "length L", ...; "" if none
    std::string quote;    // the sentence of the paper, verbatim ("" if the layer has no row)
    std::string section;
};
// `primitive` may be null (then only `point` gives the value).
TooltipText tooltip_text(std::string_view figure, std::string_view layer, const scene::Primitive* primitive,
                         const glm::vec3& point);

}  // namespace cagescope::figures
