# The Debian package: `cpack -G DEB` in a release build directory writes
# cagescope_VERSION_ARCH.deb (scripts/test-package.sh builds, lints,
# installs, runs and purges it). It holds what `cmake --install` puts under
# /usr: the program, the desktop entry and icon, the tours, man pages and
# bash/zsh completion (both made at build time: app/CMakeLists.txt), plus
# the copyright and changelog files Debian requires, made here.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cagescope)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CAGESCOPE_PACKAGE_MAINTAINER "cagescope maintainers <maintainers@users.noreply.b-seed-368f2501.example>"
  CACHE STRING "The Maintainer field of the Debian package: NAME <EMAIL>")
set(CPACK_PACKAGE_CONTACT "${CAGESCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CAGESCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "cagescope rebuilds the lost figures of the paper “Discovery and Application
of the Two-Electron Quantum Theory of Glass States” from its text: the 2Δd
cubic cage round a hard-sphere molecule, its 4×16 equipotential points and
16 angle lines, the magic interface, the clusters V_0…V_8 and the tilted,
twisted hexahedron. Every number is computed from the paper's equations and
shown beside the value the paper prints.
.
It exports each figure as a PNG with a JSON sidecar with no display (EGL;
software rendering will do), prints the derivation table and Table 1, and
has an interactive 3D viewer with a guided tour.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # cagescope_VERSION_amd64.deb
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Depends: dpkg-shlibdeps reads the libraries the binary links. Only what it
# cannot see is named here: libEGL and libGL, which libepoxy loads at run
# time (dlopen) for the renderer; they bring Mesa's EGL, GLX and software
# driver, so `render` works with no display and no GPU. And DejaVu Sans,
# in which pango sets a PDF's text (the layout measures the embedded copy).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libegl1, libgl1, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ffmpeg")  # render --gif / --mp4

# /usr/share/doc/cagescope: copyright and changelog.gz (the name for a
# native package, whose version has no Debian revision: 0.1.0, not 0.1.0-1).
include(GNUInstallDirs)
set(package_doc ${CMAKE_BINARY_DIR}/package-doc)
file(MAKE_DIRECTORY ${package_doc})

# The copyright file: cagescope's own statement, then, in full, the copyright
# files of what is compiled into the binary (header-only and static
# libraries, the embedded font), as Debian ships them.
set(CAGESCOPE_EMBEDDED_PACKAGES libimgui-dev libcli11-dev nlohmann-json3-dev libglm-dev fonts-dejavu-core libjs-three)
set(copyright "cagescope ${PROJECT_VERSION} (commit ${CAGESCOPE_GIT_COMMIT})

Copyright: ${CAGESCOPE_PACKAGE_MAINTAINER}
License: none stated. The cagescope source carries no license statement yet;
 ask its maintainers before passing the program on.

The program has these compiled into it: Dear ImGui (libimgui-dev), CLI11
(libcli11-dev), JSON for Modern C++ (nlohmann-json3-dev) and GLM (libglm-dev)
as code, DejaVu Sans (fonts-dejavu-core) as its embedded font, and three.js
(libjs-three), which it writes into every web page (render --out fig.html).
Their copyright files follow in full.
")
set(CAGESCOPE_PACKAGE_MISSING "")
foreach(package IN LISTS CAGESCOPE_EMBEDDED_PACKAGES)
  set(file /usr/share/doc/${package}/copyright)
  if(EXISTS ${file})
    file(READ ${file} text)
    string(APPEND copyright "\n-------- ${package}: ${file}\n\n${text}")
  else()
    list(APPEND CAGESCOPE_PACKAGE_MISSING ${file})
  endif()
endforeach()
file(WRITE ${package_doc}/copyright "${copyright}")

# changelog.gz: one entry for this version, dated by the commit (so
# the same commit makes the same file), or by the configure time otherwise.
set(changelog_date "")
if(NOT CAGESCOPE_GIT_COMMIT STREQUAL "unknown")
  execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%cD WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    OUTPUT_VARIABLE changelog_date OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(NOT changelog_date)
  string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()
file(WRITE ${package_doc}/changelog
"cagescope (${PROJECT_VERSION}) unstable; urgency=medium

  * Built with CPack from commit ${CAGESCOPE_GIT_COMMIT}.

 -- ${CAGESCOPE_PACKAGE_MAINTAINER}  ${changelog_date}
")
# GZIP_EXECUTABLE: found by app/CMakeLists.txt for the man pages.
if(GZIP_EXECUTABLE)
  execute_process(COMMAND ${GZIP_EXECUTABLE} -9n --stdout ${package_doc}/changelog
    OUTPUT_FILE ${package_doc}/changelog.gz)
else()
  list(APPEND CAGESCOPE_PACKAGE_MISSING "gzip (for changelog.gz)")
endif()
install(FILES ${package_doc}/copyright ${package_doc}/changelog.gz
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

# cpack refuses a package without what the issue promises (man pages need
# help2man at configure time) or a copyright file lacking a part.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/PackageCheck.cmake)
set(CPACK_CAGESCOPE_MISSING "${CAGESCOPE_PACKAGE_MISSING}")

include(CPack)
