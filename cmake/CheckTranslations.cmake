# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# cmake -DLUPDATE=… -DTS_FILE=… -DWORK_DIR=… -DSOURCE_DIRS="a;b" -P CheckTranslations.cmake
# Fails when the sources hold a user-visible string that TS_FILE does not translate: lupdate
# merges the current sources into a copy of the .ts file, and every message left "unfinished"
# (new, or changed since it was translated) is reported.
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h ${SOURCE_DIRS} -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}): ${output}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    set(report "")
    foreach(entry IN LISTS missing)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND report "\n  ${text}")
    endforeach()
    message(FATAL_ERROR "${ts_name}: ${count} untranslated or changed strings "
        "(run: cmake --build build --target update_translations, then translate):${report}")
endif()
message(STATUS "${ts_name}: every string is translated")
