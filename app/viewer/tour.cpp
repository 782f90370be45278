#include "viewer/tour.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "cli_support.h"
#include "figures/figures.h"
#include "json_file.h"
#include "json_locator.h"
#include "model/parameters.h"
#include "viewer/embedded_tours.h"

namespace cagescope::viewer {

using nlohmann::json;

namespace {

// Reads the steps, saying file:line:column for every problem. Unknown keys
// are warnings (a tour written for another version still runs); unknown
// figures, parameters and placeholders are errors: each would change what a
// step shows while its caption describes something else.
class StepReader {
public:
    StepReader(const app::JsonDocument& doc, app::FileWarnings& warnings) : doc_(doc), warnings_(warnings) {}

    [[noreturn]] void fail(const std::string& pointer, const std::string& what) const {
        throw app::UsageError(doc_.where(pointer) + ": " + what);
    }
    [[noreturn]] void fail_key(const std::string& pointer, const std::string& what) const {
        throw app::UsageError(doc_.where_key(pointer) + ": " + what);
    }
    // `what` has the known keys: "a step has figure, caption, ...".
    void warn_unknown(const json& obj, const std::string& pointer, const std::string& what,
                      std::initializer_list<std::string_view> known) const {
        std::string allowed = what + " has ";
        for (std::string_view k : known) allowed += (k == *known.begin() ? "" : ", ") + std::string(k);
        for (const auto& [key, _] : obj.items())
            if (std::find(known.begin(), known.end(), key) == known.end())
                warnings_.unknown_key(app::json_pointer_member(pointer, key), key, allowed);
    }
    const json& require(const json& obj, const std::string& pointer, const std::string& key) const {
        const auto it = obj.find(key);
        if (it == obj.end()) fail(pointer, "'" + key + "' is missing");
        return *it;
    }
    std::string string(const json& v, const std::string& pointer, const std::string& what) const {
        if (!v.is_string()) fail(pointer, what + " must be a string, got " + v.type_name());
        return v.get<std::string>();
    }

    TourStep step(const json& s, const std::string& p, const std::vector<model::Derivation>& table) const {
        if (!s.is_object()) fail(p, "a step must be an object, got " + std::string(s.type_name()));
        warn_unknown(s, p, "a step", {"figure", "caption", "camera", "projection", "parameters", "hidden_layers", "play"});
        TourStep out;
        out.figure = string(require(s, p, "figure"), p + "/figure", "'figure'");
        if (!figures::find_figure(out.figure))
            fail(p + "/figure", "figure '" + out.figure + "' does not exist; available: " + figures::figure_ids());
        out.camera.preset = figures::find_figure(out.figure)->default_view;
        out.params = figures::default_params(*figures::find_figure(out.figure));  // under the step's "parameters"
        out.caption = string(require(s, p, "caption"), p + "/caption", "'caption'");
        try {
            (void)expand_caption(out.caption, table);
        } catch (const std::exception& e) {
            fail(p + "/caption", e.what());
        }
        if (const auto it = s.find("camera"); it != s.end()) {
            const auto preset = scene::view_preset_from_string(string(*it, p + "/camera", "'camera'"));
            if (!preset) fail(p + "/camera", "camera must be iso, top, front or side");
            out.camera.preset = *preset;
        }
        if (const auto it = s.find("projection"); it != s.end()) {
            const auto proj = scene::projection_from_string(string(*it, p + "/projection", "'projection'"));
            if (!proj) fail(p + "/projection", "projection must be perspective or orthographic");
            out.camera.projection = *proj;
        }
        if (const auto it = s.find("play"); it != s.end()) {
            if (!it->is_boolean()) fail(p + "/play", "'play' must be true or false");
            out.play = it->get<bool>();
        }
        if (const auto it = s.find("hidden_layers"); it != s.end()) {
            if (!it->is_array()) fail(p + "/hidden_layers", "'hidden_layers' must be an array of layer names");
            // As in sidecars: a layer the figure does not draw hides nothing, so it is a warning.
            const figures::FigureInfo& info = *figures::find_figure(out.figure);
            const auto known = figures::hideable_layers(info);
            for (std::size_t i = 0; i < it->size(); ++i) {
                const std::string lp = p + "/hidden_layers/" + std::to_string(i);
                std::string layer = string((*it)[i], lp, "a layer name");
                if (std::find(known.begin(), known.end(), layer) != known.end())
                    out.hidden_layers.push_back(std::move(layer));
                else
                    warnings_.unknown_name(lp, "layer", layer,
                                           "figure " + out.figure + " has " + figures::hideable_layer_names(info));
            }
        }
        if (const auto it = s.find("parameters"); it != s.end()) parameters(*it, p + "/parameters", out.params, table);
        return out;
    }

    void parameters(const json& obj, const std::string& p, figures::FigureParams& params,
                    const std::vector<model::Derivation>& table) const {
        if (!obj.is_object()) fail(p, "'parameters' must be an object");
        for (const auto& [key, value] : obj.items()) {
            const std::string vp = app::json_pointer_member(p, key);
            if (key == "spacing") {
                const auto mode = figures::spacing_from_string(string(value, vp, "'spacing'"));
                if (!mode) fail(vp, "spacing must be equal-angle or equal-step");
                params.spacing = *mode;
            } else if (key == "material") {
                params.material = string(value, vp, "'material'");
            } else if (const auto* field = figures::find_param_field(key)) {
                // A number, or "{SYMBOL}": a value of the derivation table ("torsion": "{∠Tors}"), not typed in.
                double number = 0.0;
                if (value.is_string()) {
                    const std::string text = value.get<std::string>();
                    const model::Derivation* row = nullptr;
                    if (text.size() > 2 && text.front() == '{' && text.back() == '}')
                        for (const auto& d : table)
                            if (d.symbol == text.substr(1, text.size() - 2)) row = &d;
                    if (!row)
                        fail(vp, "'" + key + "' must be a number or a {SYMBOL} of the derivation table, got '" + text +
                                     "'");
                    number = row->value;
                } else if (value.is_number()) {
                    number = value.get<double>();
                } else {
                    fail(vp, "'" + key + "' must be a number");
                }
                try {
                    field->set(params, number);
                } catch (const model::ParameterError& e) {
                    fail(vp, e.what());
                }
            } else {
                std::string known = "spacing, material";
                for (const auto& f : figures::param_fields()) known += ", " + std::string(f.name);
                fail_key(vp, "unknown parameter '" + key + "' (parameters are " + known + ")");
            }
        }
        try {
            figures::resolve_and_check(params);
        } catch (const model::ParameterError& e) {
            fail(p, e.what());
        }
    }

private:
    const app::JsonDocument& doc_;
    app::FileWarnings& warnings_;
};

}  // namespace

bool markup_brace(const std::string& text, std::size_t open) {
    if (open == 0 || (text[open - 1] != '_' && text[open - 1] != '^')) return false;
    return open < 2 || text[open - 2] != '\\';  // \_{ is a literal underscore, then a placeholder
}

model::DerivationInputs derivation_inputs(const figures::FigureParams& params) {
    model::DerivationInputs in;
    in.tube_n = params.tube_n;
    in.tg_over_tm = params.tg_over_tm;
    return in;
}

std::string expand_caption(const std::string& caption, const std::vector<model::Derivation>& table) {
    std::string out;
    std::size_t pos = 0;
    while (pos < caption.size()) {
        const std::size_t open = caption.find('{', pos);
        if (open == std::string::npos) break;
        const std::size_t close = caption.find('}', open);
        if (close == std::string::npos) throw std::out_of_range("'{' at byte " + std::to_string(open) + " is never closed");
        if (markup_brace(caption, open)) {  // q_{β-16}: notation, not a number
            out += caption.substr(pos, close + 1 - pos);
            pos = close + 1;
            continue;
        }
        out += caption.substr(pos, open - pos);
        std::string symbol = caption.substr(open + 1, close - open - 1);
        int decimals = -1;
        if (const std::size_t colon = symbol.rfind(':'); colon != std::string::npos) {
            const std::string digits = symbol.substr(colon + 1);
            if (digits.empty() || digits.size() > 2 || digits.find_first_not_of("0123456789") != std::string::npos)
                throw std::out_of_range("placeholder {" + symbol + "}: decimals after ':' must be 0 to 15");
            decimals = std::stoi(digits);
            symbol.erase(colon);
        }
        const model::Derivation* row = nullptr;
        for (const auto& d : table)
            if (d.symbol == symbol) row = &d;
        if (!row) {
            std::string known;
            for (const auto& d : table) known += (known.empty() ? "" : ", ") + d.symbol;
            throw std::out_of_range("unknown placeholder {" + symbol + "}; the derivation table has: " + known);
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*f", decimals >= 0 ? decimals : row->decimals, row->value);
        out += buf;
        out += row->unit;
        pos = close + 1;
    }
    out += caption.substr(std::min(pos, caption.size()));
    return out;
}

Tour parse_tour(const std::string& text, const std::string& file, const std::function<void(const std::string&)>& warn) {
    const app::JsonDocument doc = app::parse_json_document(text, file);  // syntax and nesting depth first
    const json& root = doc.root;
    app::FileWarnings warnings(doc, warn);
    const StepReader r(doc, warnings);
    if (!root.is_object()) r.fail("", "a tour must be an object with 'title' and 'steps'");
    r.warn_unknown(root, "", "a tour", {"title", "steps"});
    Tour tour;
    tour.title = r.string(r.require(root, "", "title"), "/title", "'title'");
    const json& steps = r.require(root, "", "steps");
    if (!steps.is_array() || steps.empty()) r.fail("/steps", "'steps' must be a non-empty array of steps");
    const auto table = model::derivation_table();
    for (std::size_t i = 0; i < steps.size(); ++i) tour.steps.push_back(r.step(steps[i], "/steps/" + std::to_string(i), table));
    warnings.finish();
    return tour;
}

namespace {

// "0.0104" in "steps of 0.0104": a decimal number written into a caption
// outside any {SYMBOL} placeholder, or "".
std::string typed_number(const std::string& caption) {
    int depth = 0;
    for (std::size_t i = 0; i < caption.size(); ++i) {
        const char c = caption[i];
        if (c == '{' && !markup_brace(caption, i)) ++depth;
        if (c == '}') depth = std::max(depth - 1, 0);
        const auto digit = [&](std::size_t k) { return k < caption.size() && caption[k] >= '0' && caption[k] <= '9'; };
        if (depth > 0 || (c != '.' && c != ',') || i == 0 || !digit(i - 1) || !digit(i + 1)) continue;
        std::size_t start = i, end = i + 1;
        while (start > 0 && (digit(start - 1) || caption[start - 1] == '.')) --start;
        while (digit(end) || (end < caption.size() && caption[end] == '.')) ++end;
        return caption.substr(start, end - start);
    }
    return "";
}

}  // namespace

std::vector<std::string> check_tour(const std::string& text, const std::string& file) {
    std::vector<std::string> problems;
    const auto add = [&](const std::string& p) { problems.push_back(p); };
    app::JsonDocument doc;
    try {
        doc = app::parse_json_document(text, file);
    } catch (const app::UsageError& e) {
        return {e.what()};
    }
    app::FileWarnings warnings(doc, add);
    const StepReader r(doc, warnings);
    const auto attempt = [&](const std::function<void()>& f) {
        try {
            f();
        } catch (const app::UsageError& e) {
            add(e.what());
        }
    };
    const json& root = doc.root;
    if (!root.is_object()) return {doc.where("") + ": a tour must be an object with 'title' and 'steps'"};
    r.warn_unknown(root, "", "a tour", {"title", "steps"});
    attempt([&] { (void)r.string(r.require(root, "", "title"), "/title", "'title'"); });
    const auto steps = root.find("steps");
    if (steps == root.end() || !steps->is_array() || steps->empty()) {
        add(doc.where(steps == root.end() ? "" : "/steps") + ": 'steps' must be a non-empty array of steps");
        warnings.finish();
        return problems;
    }
    const auto table = model::derivation_table();
    for (std::size_t i = 0; i < steps->size(); ++i) {
        const std::string p = "/steps/" + std::to_string(i);
        attempt([&] { (void)r.step((*steps)[i], p, table); });
        const json& s = (*steps)[i];
        if (!s.is_object() || !s.contains("caption") || !s["caption"].is_string()) continue;
        const std::string caption = s["caption"].get<std::string>();
        const std::string where = doc.where(p + "/caption");
        if (const std::string n = typed_number(caption); !n.empty())
            add(where + ": the caption types the number " + n +
                "; write the derivation table's {SYMBOL} or {SYMBOL:DECIMALS} instead (`cagescope numbers` lists them)");
        if (caption.find("Sec. ") == std::string::npos)
            add(where + ": the caption cites no section of the paper; say where it comes from, e.g. (Sec. III.C.1)");
    }
    warnings.finish();
    return problems;
}

std::pair<std::string, std::string> tour_text(const std::string& path_or_name) {
    std::error_code ec;
    if (!std::filesystem::exists(path_or_name, ec))
        if (const auto text = embedded_tour(path_or_name))
            return {std::string(*text), "assets/tours/" + path_or_name + ".json"};
    return {app::read_json_text(path_or_name), path_or_name};
}

std::vector<std::string> embedded_tour_names() {
    std::vector<std::string> names;
    for (std::string_view n : embedded_tours()) names.emplace_back(n);
    return names;
}

Tour load_tour(const std::string& path_or_name, const std::function<void(const std::string&)>& warn) {
    const auto [text, file] = tour_text(path_or_name);  // existence, size, with its messages
    return parse_tour(text, file, warn);
}

}  // namespace cagescope::viewer
