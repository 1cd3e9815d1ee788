# Fails when the committed catalogue (TS_FILE) is not what the update_translations target would
# make of the sources: a text added, changed or moved to another context, or one dropped.
# lupdate runs on a copy in WORK_DIR with the target's own project; nothing in the tree is written.
#   cmake -DLUPDATE=... -DPROJECT=<.lupdate/..._project.cmake> -DGENERATOR=<GenerateLUpdateProject.cmake>
#         -DTS_FILE=... -DWORK_DIR=... -DOPTIONS="-no-obsolete;-locations;relative" -P this file
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}"
                RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "cannot write the lupdate project from ${PROJECT}")
endif()
execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -ts "${copy}"
                        ${OPTIONS}
                RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "lupdate failed on ${copy}")
endif()

# Line numbers move with every edit; what must match is the texts, contexts and translations.
function(read_without_locations path out)
    file(STRINGS "${path}" lines)
    list(FILTER lines EXCLUDE REGEX "<location ")
    string(JOIN "\n" text ${lines})
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
read_without_locations("${TS_FILE}" committed)
read_without_locations("${copy}" fresh)
if(NOT committed STREQUAL fresh)
    execute_process(COMMAND diff -u "${TS_FILE}" "${copy}")
    message(FATAL_ERROR "${ts_name} is not up to date with the sources (diff above). Run "
                        "`cmake --build <build> --target update_translations`, then translate "
                        "what is unfinished.")
endif()
