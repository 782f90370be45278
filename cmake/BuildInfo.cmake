# What `cagescope --version` says besides the version (app/version.h.in),
# also written into the package (cmake/Packaging.cmake):
#   CAGESCOPE_GIT_COMMIT  the commit the build was configured from; "unknown"
#                         outside a git checkout (e.g. a source tarball)
#   CAGESCOPE_GIT_TIME    its commit time (seconds since 1970), empty outside
#                         a checkout: the date of the man pages
#   CAGESCOPE_BUILD_TYPE  CMAKE_BUILD_TYPE, or "none"
# CMake configures again when HEAD moves (a commit, a checkout), so the commit
# printed is the one built. Uncommitted changes are not marked.
set(CAGESCOPE_GIT_COMMIT unknown)
set(CAGESCOPE_GIT_TIME "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short HEAD WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    RESULT_VARIABLE git_status OUTPUT_VARIABLE git_commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --absolute-git-dir WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    OUTPUT_VARIABLE git_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  # Only this project's own checkout: not a tarball unpacked in another repository.
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    OUTPUT_VARIABLE git_top OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  file(REAL_PATH "${PROJECT_SOURCE_DIR}" source_dir)
  if(git_status EQUAL 0 AND git_commit AND git_top STREQUAL source_dir)
    set(CAGESCOPE_GIT_COMMIT ${git_commit})
    execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%ct WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      OUTPUT_VARIABLE CAGESCOPE_GIT_TIME OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    foreach(moves_with_head ${git_dir}/HEAD ${git_dir}/logs/HEAD)
      if(EXISTS ${moves_with_head})
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${moves_with_head})
      endif()
    endforeach()
  endif()
endif()
set(CAGESCOPE_BUILD_TYPE "${CMAKE_BUILD_TYPE}")
if(NOT CAGESCOPE_BUILD_TYPE)
  set(CAGESCOPE_BUILD_TYPE none)
endif()
