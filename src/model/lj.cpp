#include "model/lj.h"

#include <cmath>

namespace cagescope::model {

double lj_chi(double q) { return std::pow(q, -6.0); }
double lj_f(double q) {
    const double chi = lj_chi(q);
    return 4.0 * (chi * chi - chi);
}
double lj_f_of_chi(double chi) { return -4.0 * chi * (1.0 - chi); }
double lj_df_dchi(double chi) { return 8.0 * chi - 4.0; }

}  // namespace cagescope::model
