// `cagescope numbers`: the derivation table of MODEL.md §1, every number
// computed from its formula beside the value the paper prints.
#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_support.h"
#include "text_columns.h"
#include "model/derivation_table.h"
#include "model/parameters.h"
#include "web/numbers_json.h"

namespace cagescope::app {

namespace {
std::string value_text(const model::Derivation& d) {
    char buf[64];
    if (d.value != 0.0 && std::abs(d.value) < 1e-3)
        std::snprintf(buf, sizeof buf, "%.4e", d.value);
    else
        std::snprintf(buf, sizeof buf, "%.*f", d.decimals, d.value);
    std::string s = buf;
    if (!d.unit.empty()) s += (d.unit == "°" ? "" : " ") + d.unit;
    return s;
}

void print_table(const std::vector<model::Derivation>& table) {
    const std::vector<std::string> headers{"symbol", "name", "formula", "value", "paper", "status"};
    std::vector<std::vector<std::string>> cells;
    for (const auto& d : table)
        cells.push_back({d.symbol, d.name, d.formula, value_text(d), d.paper, std::string(model::to_string(d.status))});
    std::vector<std::size_t> widths;
    for (const auto& h : headers) widths.push_back(display_width(h));
    for (const auto& row : cells)
        for (std::size_t k = 0; k < row.size(); ++k) widths[k] = std::max(widths[k], display_width(row[k]));

    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t k = 0; k < row.size(); ++k) line += (k ? "  " : "") + (k + 1 < row.size() ? pad_right(row[k], widths[k]) : row[k]);
        std::printf("%s\n", line.c_str());
    };
    print_row(headers);
    std::vector<std::string> rule;
    for (std::size_t w : widths) rule.push_back(std::string(w, '-'));
    print_row(rule);
    const std::size_t indent = widths[0] + 2;
    for (std::size_t r = 0; r < table.size(); ++r) {
        print_row(cells[r]);
        const auto& d = table[r];
        // A derived row's note says how it is read (2Δd is a reading of a stated number).
        if (!d.status_note.empty())
            std::printf("%s↳ %s: %s\n", std::string(indent, ' ').c_str(),
                        d.status == model::DerivationStatus::derived ? "note"
                                                                     : std::string(model::to_string(d.status)).c_str(),
                        d.status_note.c_str());
    }
    std::printf("\nderived: computed, agrees with the paper at its printed precision; differs: computed, the paper\n"
                "prints something else; stated: the paper gives it, no formula derives it. Lengths in σ, energies in ε0.\n");
}

void print_json(const std::vector<model::Derivation>& table) {
    std::printf("%s\n", web::derivation_json(table).dump(2).c_str());
}

struct NumbersOptions {
    bool json = false;
    double tube_n = model::parameter_spec("tube-n").default_value;
    double tg_over_tm = model::parameter_spec("tg-over-tm").default_value;
    double tg_over_eps0 = model::parameter_spec("tg-over-eps0").default_value;
};

std::string option_help(std::string_view name) {
    const auto& spec = model::parameter_spec(name);
    return std::string(spec.description) + " (" + model::describe(spec.range) + ")";
}
}  // namespace

void add_numbers_command(CLI::App& app) {
    auto options = std::make_shared<NumbersOptions>();
    CLI::App* cmd = app.add_subcommand(
        "numbers", "Print the derivation table: each number of the model computed from its formula, beside the "
                   "value the paper prints, marked derived, differs or stated.");
    cmd->add_flag("--json", options->json, "Print the table as a JSON array (keys symbol, name, formula, value, "
                                           "unit, paper, section, status, note)");
    cmd->add_option("--tube-n", options->tube_n, option_help("tube-n"))->capture_default_str();
    cmd->add_option("--tg-over-tm", options->tg_over_tm, option_help("tg-over-tm"))->capture_default_str();
    cmd->add_option("--tg-over-eps0", options->tg_over_eps0, option_help("tg-over-eps0"))->capture_default_str();
    cmd->footer("Examples:\n"
                "  cagescope numbers\n"
                "  cagescope numbers --tube-n 1000 --tg-over-tm 0.5\n"
                "  cagescope numbers --json");
    cmd->callback([options] {
        model::DerivationInputs in;
        in.tube_n = options->tube_n;
        in.tg_over_tm = options->tg_over_tm;
        in.tg_over_eps0 = options->tg_over_eps0;
        const auto table = model::derivation_table(in);  // range errors → exit 2 in main
        if (options->json)
            print_json(table);
        else
            print_table(table);
    });
}

}  // namespace cagescope::app
