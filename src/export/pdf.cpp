// The PDF writer: cairo draws the prepared items, pango sets each label run
// as real text (selectable, searchable, the font embedded as a subset).
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <string>
#include <memory>
#include <stdexcept>

#include "export/vector.h"
#include "frame/font_metrics.h"

namespace cagescope::output {

namespace {

struct CairoDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    void operator()(cairo_t* c) const { cairo_destroy(c); }
    void operator()(cairo_pattern_t* p) const { cairo_pattern_destroy(p); }
    void operator()(PangoLayout* l) const { g_object_unref(l); }
    void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};
template <typename T>
using Owned = std::unique_ptr<T, CairoDeleter>;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

void path(cairo_t* cr, const std::vector<glm::vec2>& pts, bool closed) {
    for (std::size_t i = 0; i < pts.size(); ++i)
        (i == 0 ? cairo_move_to : cairo_line_to)(cr, pts[i].x, pts[i].y);
    if (closed) cairo_close_path(cr);
}

void set_color(cairo_t* cr, const glm::vec3& c, double alpha) { cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha); }

void disc(cairo_t* cr, const frame::Disc& d) {
    if (d.inner) {
        set_color(cr, glm::vec3(d.color), d.color.a);
        cairo_arc(cr, d.center.x, d.center.y, d.radius, 0.0, 2.0 * M_PI);
        cairo_fill(cr);
        return;
    }
    const SphereGradient g = sphere_gradient(glm::vec3(d.color));
    Owned<cairo_pattern_t> pattern(cairo_pattern_create_radial(d.center.x + g.focus_x * d.radius,
                                                               d.center.y + g.focus_y * d.radius, 0.0, d.center.x,
                                                               d.center.y, d.radius));
    for (const auto& [offset, c] : g.stops) cairo_pattern_add_color_stop_rgba(pattern.get(), offset, c.r, c.g, c.b, d.color.a);
    cairo_set_source(cr, pattern.get());
    cairo_arc(cr, d.center.x, d.center.y, d.radius, 0.0, 2.0 * M_PI);
    cairo_fill(cr);
}

void stroke(cairo_t* cr, const frame::Stroke& s) {
    set_color(cr, glm::vec3(s.color), s.color.a);
    cairo_set_line_width(cr, s.width);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (s.dashed) {
        const double dashes[2] = {s.dash, s.gap};
        cairo_set_dash(cr, dashes, 2, s.dash_offset);
    } else {
        cairo_set_dash(cr, nullptr, 0, 0.0);
    }
    path(cr, s.points, false);
    cairo_stroke(cr);
}

// The PDF's text is set by pango in the system's DejaVu Sans, whose metrics
// are the embedded copy's the layout measured with: any other font would
// put its glyphs where DejaVu's go. Checked once per document.
void require_label_font(PangoContext* context) {
    Owned<PangoFontDescription> desc(pango_font_description_from_string("DejaVu Sans"));
    PangoFont* font = pango_context_load_font(context, desc.get());
    std::string family;
    if (font) {
        Owned<PangoFontDescription> got(pango_font_describe(font));
        if (const char* name = pango_font_description_get_family(got.get())) family = name;
        g_object_unref(font);
    }
    if (family != "DejaVu Sans")
        throw std::runtime_error("PDF text needs the font DejaVu Sans (Debian: apt-get install fonts-dejavu-core); "
                                 "found " + (family.empty() ? std::string("no font") : "'" + family + "'") +
                                 " instead. SVG and PNG do not need it installed.");
}

// One label: each run as a pango layout at the layout's position, first the
// halo (the text's outline stroked in the background colour), then the text.
void label(cairo_t* cr, PangoContext* context, const frame::PlacedLabel& l, const VectorPage& page, float halo_px) {
    const frame::FontMetrics& font = frame::FontMetrics::label_font();
    const double dim = l.occluded ? frame::kOccludedAlpha : 1.0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const frame::PlacedRun& run : l.text->runs) {
            Owned<PangoLayout> layout(pango_layout_new(context));
            Owned<PangoFontDescription> desc(pango_font_description_from_string("DejaVu Sans"));
            pango_font_description_set_absolute_size(desc.get(),
                                                     font.em_px(static_cast<float>(run.size_px)) * PANGO_SCALE);
            pango_layout_set_font_description(layout.get(), desc.get());
            pango_layout_set_text(layout.get(), run.text.c_str(), static_cast<int>(run.text.size()));
            // No kerning or ligatures: the layout's advances (and the GL and SVG glyphs) have none.
            PangoAttrList* attrs = pango_attr_list_new();
            pango_attr_list_insert(attrs, pango_attr_font_features_new("kern 0, liga 0, clig 0"));
            pango_layout_set_attributes(layout.get(), attrs);
            pango_attr_list_unref(attrs);
            const double baseline = pango_layout_get_baseline(layout.get()) / static_cast<double>(PANGO_SCALE);
            cairo_move_to(cr, l.box.x0 + run.x, l.box.y0 + run.baseline - baseline);
            if (pass == 0) {
                pango_cairo_layout_path(cr, layout.get());
                set_color(cr, glm::vec3(page.background), 0.8 * dim);
                cairo_set_line_width(cr, 2.0 * halo_px);
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
                cairo_set_dash(cr, nullptr, 0, 0.0);
                cairo_stroke(cr);
            } else {
                set_color(cr, glm::vec3(l.color), l.color.a * dim);
                pango_cairo_show_layout(cr, layout.get());
            }
        }
    }
}

}  // namespace

std::vector<std::uint8_t> write_pdf(const frame::PreparedFrame& f, const VectorPage& page) {
    std::vector<std::uint8_t> out;
    Owned<cairo_surface_t> surface(cairo_pdf_surface_create_for_stream(append, &out, page.width_pt, page.height_pt));
    if (!page.title.empty()) cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, page.title.c_str());
    if (!page.description.empty())
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, page.description.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "cagescope");
    // SOURCE_DATE_EPOCH (reproducible builds) fixes the creation date, so a
    // document made again is the same bytes; else cairo writes the time now.
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (end != epoch && *end == '\0' && seconds >= 0) {
            const std::time_t t = static_cast<std::time_t>(seconds);
            std::tm utc{};
            gmtime_r(&t, &utc);
            char date[32];
            std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &utc);
            cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, date);
            cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_MOD_DATE, date);
        }
    }
    {
        Owned<cairo_t> cr(cairo_create(surface.get()));
        cairo_scale(cr.get(), page.width_pt / std::max(f.width, 1), page.height_pt / std::max(f.height, 1));
        if (!page.transparent) {
            set_color(cr.get(), glm::vec3(page.background), 1.0);
            cairo_paint(cr.get());
        }
        for (const frame::Item& item : f.items) {
            if (const auto* d = std::get_if<frame::Disc>(&item.shape)) {
                disc(cr.get(), *d);
            } else if (const auto* s = std::get_if<frame::Stroke>(&item.shape)) {
                stroke(cr.get(), *s);
            } else if (const auto* fill = std::get_if<frame::Fill>(&item.shape)) {
                set_color(cr.get(), glm::vec3(fill->color), fill->color.a);
                path(cr.get(), fill->points, true);
                cairo_fill(cr.get());
            }
        }
        // Unhinted metrics: pango's advances then match the layout's.
        PangoContext* context = pango_cairo_create_context(cr.get());
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(context, options);
        cairo_font_options_destroy(options);
        if (!f.labels.empty()) require_label_font(context);
        for (const frame::PlacedLabel& l : f.labels) label(cr.get(), context, l, page, f.halo_px);
        g_object_unref(context);
        const cairo_status_t status = cairo_status(cr.get());
        if (status != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("cairo cannot draw the PDF: ") + cairo_status_to_string(status));
    }
    cairo_surface_finish(surface.get());
    const cairo_status_t status = cairo_surface_status(surface.get());
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo cannot write the PDF: ") + cairo_status_to_string(status));
    return out;
}

}  // namespace cagescope::output
