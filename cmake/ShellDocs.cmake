# Run at build time by app/CMakeLists.txt (cmake -P): makes, from the built
# program, what a shell user gets besides it, so none of it is kept by hand:
#   OUT/completion/cagescope, _cagescope   `cagescope completion bash|zsh`
#   OUT/man/cagescope.1 and cagescope-COMMAND.1 (+ .gz, as Debian installs
#       them), one per subcommand that `cagescope --help` lists: help2man on
#       `cagescope [COMMAND] --help`. Only when HELP2MAN is given.
# Inputs: CAGESCOPE (the built program), OUT, HELP2MAN, GZIP, VERSION,
# SUMMARY (of cagescope(1)), DATE (of the pages, seconds since 1970: the
# commit's, so the same commit makes the same pages; else today).
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${OUT}/completion ${OUT}/man ${OUT}/help2man)
file(MAKE_DIRECTORY ${OUT}/completion)
execute_process(COMMAND ${CAGESCOPE} completion bash OUTPUT_FILE ${OUT}/completion/cagescope
  COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CAGESCOPE} completion zsh OUTPUT_FILE ${OUT}/completion/_cagescope
  COMMAND_ERROR_IS_FATAL ANY)

if(NOT HELP2MAN)
  return()
endif()

if(DATE AND NOT DEFINED ENV{SOURCE_DATE_EPOCH})
  set(ENV{SOURCE_DATE_EPOCH} ${DATE})  # help2man's date
endif()

# The subcommands and their one-line descriptions, from the help's
# "Subcommands:" list ("  name   description").
execute_process(COMMAND ${CAGESCOPE} --help OUTPUT_VARIABLE help COMMAND_ERROR_IS_FATAL ANY)
string(REGEX MATCH "\nSubcommands:\n(  [^\n]+\n)+" listing "${help}")
string(REGEX MATCHALL "\n  [^\n]+" lines "${listing}")
set(commands "")
foreach(line IN LISTS lines)
  string(REGEX MATCH "^\n  ([a-z0-9-]+)  +(.+)$" _ "${line}")
  set(command ${CMAKE_MATCH_1})
  list(APPEND commands ${command})
  string(REGEX REPLACE "\\.$" "" summary_${command} "${CMAKE_MATCH_2}")
endforeach()
if(NOT commands)
  message(FATAL_ERROR "ShellDocs: no subcommands found in `cagescope --help`")
endif()

# help2man reads the help through this wrapper: the same text, but with each
# line of an "Examples:" block a paragraph of its own (help2man joins lines
# of the same indent into one paragraph).
file(MAKE_DIRECTORY ${OUT}/man ${OUT}/help2man)
file(WRITE ${OUT}/help2man/cagescope "#!/bin/sh
help=\$(\"${CAGESCOPE}\" \"\$@\") || exit
printf '%s\\n' \"\$help\" | sed '/^Examples:\$/,/^\$/{/^  /G}'
")
file(CHMOD ${OUT}/help2man/cagescope PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ WORLD_READ)

# SEE ALSO: cagescope(1) lists every command's page, each of those cagescope(1).
set(see_also_commands "")
foreach(command IN LISTS commands)
  list(APPEND see_also_commands ".BR cagescope\\-${command} (1)")
endforeach()
list(JOIN see_also_commands ",\n" see_also_commands)

foreach(page cagescope ${commands})
  if(page STREQUAL "cagescope")
    set(name cagescope)
    set(summary "${SUMMARY}")
    set(help_option --help)
    set(see_also "${see_also_commands}")
  else()
    set(name cagescope-${page})
    set(summary "${summary_${page}}")
    set(help_option "${page} --help")
    set(see_also ".BR cagescope (1)")
  endif()
  string(REPLACE "-" "\\-" roff_summary "${summary}")
  file(WRITE ${OUT}/man/${name}.h2m "[NAME]\n${name} \\- ${roff_summary}\n[SEE ALSO]\n${see_also}\n")
  execute_process(
    COMMAND ${HELP2MAN} --no-info --locale=C.UTF-8 --section=1 --version-string=${VERSION}
      "--source=cagescope ${VERSION}" "--help-option=${help_option}"
      --include=${OUT}/man/${name}.h2m --output=${OUT}/man/${name}.1 ${OUT}/help2man/cagescope
    COMMAND_ERROR_IS_FATAL ANY)
  # Left-aligned, unhyphenated text: commands and option names stay whole.
  file(READ ${OUT}/man/${name}.1 roff)
  string(REGEX REPLACE "(\n\\.TH [^\n]*\n)" "\\1.ad l\n.nh\n" roff "${roff}")
  file(WRITE ${OUT}/man/${name}.1 "${roff}")
  execute_process(COMMAND ${GZIP} -9n --stdout ${OUT}/man/${name}.1 OUTPUT_FILE ${OUT}/man/${name}.1.gz
    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
