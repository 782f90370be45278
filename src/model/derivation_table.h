// The derivation table: every number of MODEL.md §1, computed from its
// formula, beside the value the paper prints. The status is decided by
// comparing the two at the paper's printed precision, not typed in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cagescope::model {

enum class DerivationStatus {
    derived,  // computed, and agrees with the paper at its printed precision
    differs,  // computed, and the paper prints something else (status_note says how)
    stated,   // the paper gives it; nothing derives it
};

std::string_view to_string(DerivationStatus status);  // "derived", "differs", "stated"

struct Derivation {
    std::string symbol;       // UTF-8: "ΔΩ", "d_L*", "∠Tors"
    std::string name;         // "jump angle"
    std::string formula;      // "2·asin(d_L*/2)"
    double value = 0.0;       // computed (in unit)
    int decimals = 6;         // decimals worth showing
    std::string unit;         // "°", "K", "" ...
    std::string paper;        // what the paper prints, as text: "0.10464895"
    std::string section;      // "Eq. 7, Sec. III.C"
    DerivationStatus status = DerivationStatus::derived;
    std::string status_note;  // for differs/stated: how it differs, why it is stated
};

// The slider-dependent inputs of the table (Eq. 8-10).
struct DerivationInputs {
    double tube_n = 200.0;               // chain length N (tube-n)
    double tg_over_tm = 2.0 / 3.0;       // Tg/Tm (tg-over-tm)
    double tg_over_eps0 = 20.0 / 3.0;    // k_B·Tg/ε0, "≈ 20/3 ε0" (Sec. III.E.1)
};

// Range-checks the inputs (ParameterError) and returns the rows in a fixed order.
std::vector<Derivation> derivation_table(const DerivationInputs& inputs = {});

// The row with this symbol; throws std::out_of_range if there is none.
const Derivation& find_derivation(const std::vector<Derivation>& table, std::string_view symbol);

}  // namespace cagescope::model
