// `cagescope completion bash|zsh` run as a process: each script offers every
// figure id, material and camera name the program knows, and a shell it
// cannot write for is a usage error.
#include <catch2/catch.hpp>
#include <cctype>
#include <set>
#include <string>

#include "figures/figures.h"
#include "model/materials.h"
#include "scene/camera.h"
#include "support/process.h"

using namespace cagescope;

namespace {
// The script's words: runs of letters, digits and - _ .
std::set<std::string> words_of(const std::string& script) {
    std::set<std::string> words;
    std::string word;
    for (char c : script + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') {
            word += c;
        } else if (!word.empty()) {
            words.insert(word);
            word.clear();
        }
    }
    return words;
}
}  // namespace

TEST_CASE("completion scripts offer every figure id, material and camera name") {
    const std::string shell = GENERATE(as<std::string>{}, "bash", "zsh");
    const auto r = test::run_cagescope({"completion", shell});
    INFO(shell << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const auto words = words_of(r.out);
    for (const auto& f : figures::figure_list()) CHECK(words.count(std::string(f.id)) == 1);
    for (const auto& m : model::material_presets()) CHECK(words.count(m.name) == 1);
    for (const auto& name : scene::view_preset_names()) CHECK(words.count(std::string(name)) == 1);
    for (const char* sub : {"numbers", "table1", "render", "scene", "bench", "view", "tour", "completion"})
        CHECK(words.count(sub) == 1);
}

TEST_CASE("completion for an unknown shell exits 2") {
    const auto r = test::run_cagescope({"completion", "fish"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
}
