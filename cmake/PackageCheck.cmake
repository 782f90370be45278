# cpack runs this after staging the install tree, before it makes the
# package (CPACK_PRE_BUILD_SCRIPTS, cmake/Packaging.cmake): no package
# without the man pages, the completion and a whole copyright file.
set(root "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
set(problems "")
foreach(missing IN LISTS CPACK_CAGESCOPE_MISSING)
  list(APPEND problems "${missing} was not found at configure time")
endforeach()
foreach(file
    bin/cagescope
    share/man/man1/cagescope.1.gz
    share/man/man1/cagescope-render.1.gz
    share/bash-completion/completions/cagescope
    share/zsh/vendor-completions/_cagescope
    share/doc/cagescope/copyright
    share/doc/cagescope/changelog.gz)
  if(NOT EXISTS "${root}/${file}")
    list(APPEND problems "${CPACK_PACKAGING_INSTALL_PREFIX}/${file} is not in the package")
  endif()
endforeach()
if(problems)
  set(hint "")
  if(problems MATCHES "/man1/")
    set(hint "Man pages need help2man when CMake configures (apt-get install help2man, then configure again).")
  endif()
  list(JOIN problems "\n  " problems)
  message(FATAL_ERROR "cagescope package incomplete:\n  ${problems}\n${hint}")
endif()
