// The figures cagescope can draw: their ids, names and builders. A builder
// turns parameters into a Scene (GL-free), so figures are tested on the CPU.
#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "figures/figure_params.h"
#include "scene/camera.h"
#include "scene/scene.h"

namespace cagescope::figures {

struct FigureInfo {
    std::string_view id;       // "3b", "7": what --figure takes
    std::string_view title;    // short name for menus and --help
    std::vector<std::string_view> parameters;  // param_fields() names it uses
    std::vector<std::string_view> layers;      // every layer its builder draws, for any parameters
    int animation_steps = 0;   // time runs 0 .. steps-1; 0 = no animation
    scene::ViewPreset default_view = scene::ViewPreset::iso;
    scene::Scene (*build)(const FigureParams&) = nullptr;
    // Plots and plans read best without perspective.
    scene::Projection default_projection = scene::Projection::perspective;
    // False for scenes that are not figures of the paper (the glass region
    // of the performance work): `render --all` leaves them out.
    bool in_paper = true;
    // The figure's own defaults, laid over default_params() (Fig. 7: the
    // rhombic hexahedron without torsion); nullptr: default_params() as is.
    void (*defaults)(FigureParams&) = nullptr;
};

// Every figure, in paper order.
std::span<const FigureInfo> figure_list();

// The figure with this id, or nullptr.
const FigureInfo* find_figure(std::string_view id);

// "3b, 7": for error messages and --help.
std::string figure_ids();

// The layers an image of the figure can hide: its own and the caption that
// export adds (scene::kCaptionLayer); and the same as "faces, ..., caption"
// for messages.
std::vector<std::string> hideable_layers(const FigureInfo& figure);
std::string hideable_layer_names(const FigureInfo& figure);

// The figure options (param_fields() names, "spacing", "material") the
// figure reads: its `parameters`, and "time" when it is animated. Any other
// option given for it changes nothing, so the commands refuse it.
std::vector<std::string_view> options_read(const FigureInfo& figure);
bool reads_option(const FigureInfo& figure, std::string_view option);

// The parameters the figure is drawn with when none is given: default_params()
// and the figure's own defaults. Every command, tour and sidecar starts a
// figure from these.
FigureParams default_params(const FigureInfo& figure);

// On changing from figure `from` to `to` (the viewer keeps one set of
// parameters): each option `to` reads whose value is still `from`'s default
// takes `to`'s default; a value the user set is kept.
void carry_params(const FigureInfo& from, const FigureInfo& to, FigureParams& params);

// Builds the figure's scene; the parameters must already be checked.
scene::Scene build_figure(const FigureInfo& figure, const FigureParams& params);

// The builders (one file each).
scene::Scene build_fig1a_v0_neighbours(const FigureParams& params);
// Fig. 1b forms V_1: V_0(a0), then one neighbour's V_0 per step.
inline constexpr int kFig1bSteps = 5;
scene::Scene build_fig1b_v1_cluster(const FigureParams& params);
scene::Scene build_fig1c_cluster(const FigureParams& params);
// Fig. 2 and 5 step through the 16 states, then pause 4 steps in the trap.
inline constexpr int kFig2Steps = 20;
scene::Scene build_fig2_interface(const FigureParams& params);
scene::Scene build_fig3a_lj_plot(const FigureParams& params);
// Fig. 3b moves the PCP through the loop's 4×16 points, one per step.
inline constexpr int kFig3bSteps = 64;
scene::Scene build_fig3b_cage(const FigureParams& params);
scene::Scene build_fig3c_spherical_cage(const FigureParams& params);
scene::Scene build_fig4_angle_lines(const FigureParams& params);
inline constexpr int kFig5Steps = 20;
scene::Scene build_fig5_eigenvector(const FigureParams& params);
// Fig. 6 shows a_0 … a_m appear and jump, m growing to N over these steps.
inline constexpr int kFig6Steps = 24;
scene::Scene build_fig6_tube(const FigureParams& params);
scene::Scene build_fig7_hexahedron(const FigureParams& params);
void fig7_defaults(FigureParams& params);  // Ω_z = PP's 42.1° (rhombic faces), no torsion
// Figures 8c and 10c (and 8, 10) show one more H-PCP per step.
inline constexpr int kChainUnitSteps = 4;
scene::Scene build_fig8_pe(const FigureParams& params);  // 8a-8c side by side
scene::Scene build_fig8a_pe_unit(const FigureParams& params);
scene::Scene build_fig8b_pe_hsm(const FigureParams& params);
scene::Scene build_fig8c_pe_lattice(const FigureParams& params);
scene::Scene build_fig9_clustering(const FigureParams& params);
scene::Scene build_fig10_pp(const FigureParams& params);  // 10a-10c side by side
scene::Scene build_fig10a_pp_unit(const FigureParams& params);
scene::Scene build_fig10b_pp_hsm(const FigureParams& params);
scene::Scene build_fig10c_pp_lattice(const FigureParams& params);
// Fig. 11's twist relaxes to 0 over 15 steps after the first.
inline constexpr int kFig11Steps = 16;
scene::Scene build_fig11_torsion(const FigureParams& params);
scene::Scene build_glass_region(const FigureParams& params);  // not in the paper: the large scene

}  // namespace cagescope::figures
