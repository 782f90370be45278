// The explorer's JavaScript entry points: the JSON calls of src/web/explorer_api.h.
#include <emscripten/bind.h>

#include "web/explorer_api.h"

EMSCRIPTEN_BINDINGS(cagescope) {
    emscripten::function("catalogue", &cagescope::web::explorer_catalogue);
    emscripten::function("figure", &cagescope::web::explorer_figure);
    emscripten::function("numbers", &cagescope::web::explorer_numbers);
    emscripten::function("table1", &cagescope::web::explorer_table1);
}
