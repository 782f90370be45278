# three.js r111 from Debian's libjs-three: the files every web page carries
# (embedded, src/embedded) and the explorer's folder holds (copied, web/), in
# load order. src/export/html_page.cpp and web/index.html load them so.
set(CAGESCOPE_THREE_JS_DIR /usr/share/javascript/three CACHE PATH "three.js r111 (Debian's libjs-three)")
set(CAGESCOPE_THREE_JS_FILES build/three.min.js examples/js/controls/OrbitControls.js
  examples/js/renderers/CSS2DRenderer.js examples/js/lines/LineSegmentsGeometry.js examples/js/lines/LineMaterial.js
  examples/js/lines/LineSegments2.js)
foreach(file IN LISTS CAGESCOPE_THREE_JS_FILES)
  if(NOT EXISTS ${CAGESCOPE_THREE_JS_DIR}/${file})
    message(FATAL_ERROR "${CAGESCOPE_THREE_JS_DIR}/${file} is missing: install libjs-three (scripts/install-deps.sh)")
  endif()
endforeach()
