#include "export/html_page.h"

#include <embedded_files.h>
#include <map>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "scene/markup.h"

namespace cagescope::output {

namespace {

std::string embedded_text(const std::string& name) {
    const auto bytes = embedded_file(name);
    if (!bytes) throw std::logic_error("the binary carries no " + name);
    return {reinterpret_cast<const char*>(bytes->data()), bytes->size()};
}

// A script element ends at the first "</script": the figure's data writes
// every "</" as "<\\/" (the same string to JSON), and the scripts must not
// hold one.
std::string json_in_script(const nlohmann::json& data) {
    std::string text = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    for (std::size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at + 3))
        text.replace(at, 2, "<\\/");
    return text;
}

std::string checked_script(std::string name) {
    std::string text = embedded_text(name);
    if (text.find("</script") != std::string::npos) throw std::logic_error(name + " holds a </script");
    return text;
}

// The template with each @KEY@ replaced in one pass, so no value's own text
// is ever read as a key.
std::string expand(std::string_view page, const std::map<std::string, std::string>& values) {
    std::string out;
    std::size_t i = 0;
    while (i < page.size()) {
        const std::size_t open = page.find('@', i);
        const std::size_t close = open == std::string_view::npos ? open : page.find('@', open + 1);
        const auto key = close == std::string_view::npos ? values.end() : values.find(std::string(page.substr(open + 1, close - open - 1)));
        if (key == values.end()) {
            const std::size_t next = open == std::string_view::npos ? page.size() : open + 1;
            out.append(page.substr(i, next - i));
            i = next;
            continue;
        }
        out.append(page.substr(i, open - i));
        out += key->second;
        i = close + 1;
    }
    return out;
}

}  // namespace

const std::vector<std::string>& three_js_files() {
    static const std::vector<std::string> kFiles = {
        "three/three.min.js",          "three/OrbitControls.js", "three/CSS2DRenderer.js",
        "three/LineSegmentsGeometry.js", "three/LineMaterial.js",  "three/LineSegments2.js",
    };
    return kFiles;
}

std::string write_html_page(const nlohmann::json& figure_data, const std::string& generator) {
    std::string scripts;
    for (const auto& name : three_js_files()) scripts += checked_script(name) + "\n";
    scripts += checked_script("web/page.js");
    return expand(embedded_text("web/figure.html"),
                  {{"GENERATOR", scene::html_escape(generator)},
                   {"TITLE", scene::html_escape(figure_data.value("name", std::string("cagescope figure")))},
                   {"STYLE", embedded_text("web/page.css")},
                   {"SCRIPTS", scripts},
                   {"DATA", json_in_script(figure_data)}});
}

}  // namespace cagescope::output
