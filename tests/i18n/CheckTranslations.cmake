# i18n.translations_complete: the Chinese translation covers every user-visible string of the
# GUI, and nothing in it is left over. Runs lupdate over models/, ui/ and app/gui/ into a copy of
# resources/translations/campaign-planner_zh_CN.ts (the committed file is not touched): a string
# added to the code comes out "unfinished", one removed from it "vanished". Then lrelease on the
# committed file must report 0 unfinished.
#
#   cmake -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
set(ts "${SOURCE_DIR}/resources/translations/campaign-planner_zh_CN.ts")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/campaign-planner_zh_CN.ts")
file(COPY_FILE "${ts}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -recursive models ui app/gui -I . -locations none -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${out}\n${err}")
endif()
message(STATUS "lupdate: ${out}")

file(READ "${copy}" content)
set(problems "")
foreach(kind unfinished vanished obsolete)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"${kind}\""
           found "${content}")
    foreach(entry IN LISTS found)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(APPEND problems "  ${kind}: ${source}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "The translation is not complete; run "
            "`cmake --build build --target update_translations` and translate these in "
            "resources/translations/campaign-planner_zh_CN.ts:\n${problems}")
endif()

execute_process(COMMAND "${LRELEASE}" "${ts}" -qm "${WORK_DIR}/check.qm"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lrelease: ${out}")
if(NOT status EQUAL 0 OR NOT out MATCHES "\\(([0-9]+) finished and 0 unfinished\\)"
   OR out MATCHES "Ignored")
    message(FATAL_ERROR "lrelease reports unfinished or ignored strings:\n${out}\n${err}")
endif()
