# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# copydesk_add_test(NAME tst_x SOURCES a.cpp… LIBS lib… [GUI] [BACKENDS] [POSTGRES] [KEYRING]
#                   [TIMEOUT s] [LABELS l…])
# One Qt Test executable per class or feature. Model tests use QTEST_GUILESS_MAIN; GUI tests run
# on the offscreen platform. BACKENDS runs the test twice, on a SQLite library (tst_x) and on a
# team library (tst_x_postgres, COPYDESK_TEST_BACKEND=postgres); POSTGRES marks a test that uses
# the test server. Tests on the server take turns (RESOURCE_LOCK): people are logins, and logins
# belong to the whole server, not to one test's database. Tests never touch the user's data (they call
# QStandardPaths::setTestModeEnabled(true)); XDG_DATA_HOME is pointed into the build tree anyway.
# KEYRING runs the test with a system keyring of its own (tests/tools/with-keyring.sh: a private
# D-Bus session with GNOME Keyring in a temporary HOME), never the user's.
# SERVER_LANGUAGES fr_FR.UTF-8… runs a POSTGRES test once more per language (tst_x_fr_FR) on a
# throwaway server of its own whose messages are in that language (./dev __with_team_server with
# COPYDESK_TEAM_SERVER_MESSAGES): what Copydesk reads from the server must not depend on them.
function(copydesk_add_test)
    cmake_parse_arguments(T "GUI;BACKENDS;POSTGRES;KEYRING" "NAME;TIMEOUT"
        "SOURCES;LIBS;LABELS;SERVER_LANGUAGES" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    set(command $<TARGET_FILE:${T_NAME}>)
    if(T_KEYRING)
        set(command ${PROJECT_SOURCE_DIR}/tests/tools/with-keyring.sh ${command})
    endif()
    add_test(NAME ${T_NAME} COMMAND ${command})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    # Tests read English output: the locale is fixed whatever the machine uses.
    set(env "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-config;QTWEBENGINE_DISABLE_SANDBOX=1;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(COPYDESK_SANITIZE)
        # AddressSanitizer makes everything several times slower; timed checks skip themselves.
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 5")
        target_compile_definitions(${T_NAME} PRIVATE COPYDESK_SANITIZED=1)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}" LABELS "${T_LABELS}")
    if(T_POSTGRES)
        set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK copydesk_team_server)
    endif()
    foreach(language IN LISTS T_SERVER_LANGUAGES)
        string(REGEX REPLACE "[.].*" "" suffix "${language}")
        add_test(NAME ${T_NAME}_${suffix}
            COMMAND ${PROJECT_SOURCE_DIR}/dev __with_team_server ${command})
        # An empty COPYDESK_SERVER_FOLDER: a folder of its own, not the shared server's.
        set_tests_properties(${T_NAME}_${suffix} PROPERTIES TIMEOUT ${T_TIMEOUT}
            ENVIRONMENT "${env};COPYDESK_TEAM_SERVER_MESSAGES=${language};COPYDESK_SERVER_FOLDER="
            LABELS "${T_LABELS}")
    endforeach()
    if(T_BACKENDS)
        # Each case makes a database of its own on the server: on a loaded two-core machine the
        # same cases take three times as long as on SQLite (a timeout catches hangs, it times
        # nothing).
        math(EXPR server_timeout "${T_TIMEOUT} * 3")
        add_test(NAME ${T_NAME}_postgres COMMAND ${T_NAME})
        set_tests_properties(${T_NAME}_postgres PROPERTIES TIMEOUT ${server_timeout}
            ENVIRONMENT "${env};COPYDESK_TEST_BACKEND=postgres" LABELS "${T_LABELS}"
            RESOURCE_LOCK copydesk_team_server)
    endif()
endfunction()

# copydesk_add_benchmark(NAME bench_x SOURCES … LIBS …)
# Benchmarks are registered with CTest only for the "bench" configuration, so plain `ctest`
# never runs them; `./dev bench` does (ctest -C bench -L bench). Each links
# copydesk_benchresults (bench/benchresults.h), which collects the figures for ./dev bench's table.
function(copydesk_add_benchmark)
    cmake_parse_arguments(B "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${B_NAME} ${B_SOURCES})
    target_link_libraries(${B_NAME} PRIVATE ${B_LIBS} copydesk_benchresults)
    add_test(NAME ${B_NAME} COMMAND ${B_NAME} CONFIGURATIONS bench)
    set_tests_properties(${B_NAME} PROPERTIES LABELS bench TIMEOUT 7200
        ENVIRONMENT "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/bench-data;QTWEBENGINE_DISABLE_SANDBOX=1")
endfunction()
