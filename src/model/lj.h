// The Lennard-Jones picture of Fig. 3a (Eq. 2-4), σ = 1, |ε0| = 1.
#pragma once

namespace cagescope::model {

double lj_f(double q);           // f(q) = 4(q^-12 - q^-6); q > 0
double lj_chi(double q);         // χ(q) = q^-6
double lj_f_of_chi(double chi);  // f(χ) = -4χ(1 - χ)  (Eq. 4)
double lj_df_dchi(double chi);   // ∂f/∂χ = 8χ - 4; ±1 at χ = 5/8 and 3/8 (Eq. 6-1)

}  // namespace cagescope::model
