// A figure as one self-contained web page: three.js r111 (Debian's
// libjs-three, embedded in the binary at build time), the page script and
// style (assets/web/) and the figure's data, all inline. Nothing is fetched
// when the page is viewed, so it opens from disk (file://).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cagescope::output {

// The page's bytes for a figure's data (web::figure_data). `generator` goes
// into a <meta> tag ("cagescope 0.4.0").
std::string write_html_page(const nlohmann::json& figure_data, const std::string& generator);

// The three.js files every page and the explorer carry, in load order: the
// embedded names ("three/three.min.js", ...).
const std::vector<std::string>& three_js_files();

}  // namespace cagescope::output
