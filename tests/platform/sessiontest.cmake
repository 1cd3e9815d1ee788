# aftercare_add_session_test(NAME SOURCES... LIBS... [LABELS...] [DISPLAY] [TIMEOUT s])
# A Qt Test executable like aftercare_add_test, run by ctest inside its own
# D-Bus session bus (dbus-run-session) and, with DISPLAY, a virtual X server
# (xvfb-run -a) so that a real notification server (dunst) can run.
find_program(AFTERCARE_DBUS_RUN_SESSION dbus-run-session REQUIRED)
find_program(AFTERCARE_XVFB_RUN xvfb-run REQUIRED)
find_program(AFTERCARE_DUNST dunst)

function(aftercare_add_session_test name)
    cmake_parse_arguments(ARG "DISPLAY" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if("bench" IN_LIST ARG_LABELS AND NOT AFTERCARE_BUILD_BENCHMARKS)
        return()
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        AFTERCARE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        AFTERCARE_BINARY_DIR="${PROJECT_BINARY_DIR}"
        AFTERCARE_EXECUTABLE="$<TARGET_FILE:aftercare>")
    set(command ${AFTERCARE_DBUS_RUN_SESSION} --)
    if(ARG_DISPLAY)
        list(APPEND command ${AFTERCARE_XVFB_RUN} -a)
    endif()
    add_test(NAME ${name} COMMAND ${command} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()
