// Figures 8-10: Fig. 7's hexahedron with a material preset, Ω_z from
// Eq. 11 (Ω_z = acos(Tg°/Tg)). The paper's Fig. 8 is polyethylene and its
// Fig. 10 polypropylene; its Fig. 9 (PE clustering between chain units) has
// no geometry the text fixes, so Fig. 9 here is the third preset, As2S3
// (Sec. III.G.4), and the notes say so.
#include "figures/figures.h"

namespace cagescope::figures {

namespace {
scene::Scene with_material(FigureParams params, const char* material, const std::string& figure) {
    params.material = material;
    resolve_and_check(params);
    scene::Scene s = build_fig7_hexahedron(params);
    // "Fig. 7  PP: ..." → "Fig. 10  PP: ...".
    if (s.title.rfind("Fig. 7", 0) == 0) s.title = "Fig. " + figure + s.title.substr(6);
    return s;
}
}  // namespace

scene::Scene build_fig8_pe(const FigureParams& params) { return with_material(params, "PE", "8"); }

scene::Scene build_fig9_as2s3(const FigureParams& params) {
    scene::Scene s = with_material(params, "As2S3", "9");
    s.notes.push_back("The paper's Fig. 9 shows PE clustering between adjacent chain units, which its text does "
                      "not fix geometrically; cagescope's Fig. 9 shows the third material of Sec. III.G, As2S3.");
    return s;
}

scene::Scene build_fig10_pp(const FigureParams& params) { return with_material(params, "PP", "10"); }

}  // namespace cagescope::figures
