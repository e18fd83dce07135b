# Warnings every target of ours gets. Qt, Eigen and QCustomPlot come in as system headers.
function(cp_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wold-style-cast
                                             -Wnon-virtual-dtor)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wshadow=local)
    endif()
    if(CPLAN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_URL_CAST_FROM_STRING)
endfunction()

# A layer of cplan_models: every .cpp/.h in the folder, linked to the given libraries.
function(cp_add_layer target)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp"
                                        "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}"
                                                "${PROJECT_BINARY_DIR}/generated")
    target_link_libraries(${target} PUBLIC ${ARG_LIBS})
    cp_set_warnings(${target})
endfunction()

# One Qt Test program per class: tests/<area>/<Class>Test.cpp becomes the test <area>.<Class>.
# GUI tests get the offscreen platform so they run without a display.
function(cp_add_test source)
    cmake_parse_arguments(ARG "GUI" "AREA" "LIBS" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    set(target "test_${ARG_AREA}_${name}")
    string(REPLACE "/" "_" target "${target}")
    add_executable(${target} "${source}")
    target_link_libraries(${target} PRIVATE ${ARG_LIBS} cplan_test_support Qt6::Test)
    cp_set_warnings(${target})
    add_test(NAME "${ARG_AREA}.${name}" COMMAND ${target})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "TZ=UTC")
    set_tests_properties("${ARG_AREA}.${name}" PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()

# Every *Test.cpp in the calling folder becomes its own test program.
function(cp_add_tests_in_folder)
    cmake_parse_arguments(ARG "GUI" "AREA" "LIBS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*Test.cpp")
    foreach(source IN LISTS sources)
        cp_add_test("${source}" AREA "${ARG_AREA}" LIBS ${ARG_LIBS})
    endforeach()
endfunction()
