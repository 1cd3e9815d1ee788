# aftercare_add_session_test(NAME SOURCES... LIBS... [LABELS...] [DISPLAY] [TIMEOUT s])
# A Qt Test executable like aftercare_add_test, run by ctest inside its own
# D-Bus session bus (dbus-run-session) and, with DISPLAY, a virtual X server
# (xvfb-run -a) so that a real notification server (dunst) can run.
find_program(AFTERCARE_DBUS_RUN_SESSION dbus-run-session REQUIRED)
find_program(AFTERCARE_XVFB_RUN xvfb-run REQUIRED)
find_program(AFTERCARE_DUNST dunst)

function(aftercare_add_session_test name)
    cmake_parse_arguments(ARG "DISPLAY" "" "" ${ARGN})
    set(launcher ${AFTERCARE_DBUS_RUN_SESSION} --)
    if(ARG_DISPLAY)
        list(APPEND launcher ${AFTERCARE_XVFB_RUN} -a)
    endif()
    aftercare_add_test(${name} ${ARG_UNPARSED_ARGUMENTS} LAUNCHER ${launcher})
endfunction()
