#include "viewer/text_wrap.h"

#include <algorithm>

namespace cagescope::viewer {

std::string wrap_at_spaces(std::string_view text, float width, const std::function<float(std::string_view)>& measure) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view paragraph = text.substr(start, end - start);
        float line = 0.0f;
        bool line_empty = true;
        std::size_t i = 0;
        while (i < paragraph.size()) {
            // The gap before the next word (column gaps are runs of spaces), then the word.
            const std::size_t word_start = std::min(paragraph.find_first_not_of(' ', i), paragraph.size());
            if (word_start == paragraph.size()) break;
            const std::size_t word_end = std::min(paragraph.find(' ', word_start), paragraph.size());
            const std::string_view gap = paragraph.substr(i, word_start - i);
            const std::string_view word = paragraph.substr(word_start, word_end - word_start);
            const float gap_w = gap.empty() ? 0.0f : measure(gap);
            const float word_w = measure(word);
            if (!line_empty && line + gap_w + word_w > width) {
                out += '\n';
                line = 0.0f;
                line_empty = true;
            }
            if (!line_empty) {
                out += gap;
                line += gap_w;
            }
            out += word;
            line += word_w;
            line_empty = false;
            i = word_end;
        }
        if (end == text.size()) break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace cagescope::viewer
