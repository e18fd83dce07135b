# What `cmake --install` puts where, and the Debian package and source tarball CPack makes of it
# (`cpack -G DEB`, `cmake --build build --target package_source`). scripts/package.sh drives it;
# tests/package/package-test.sh inspects and installs the result.

include(GNUInstallDirs)

# The build's identity for Help ▸ About: the commit (refreshed when HEAD moves, which makes
# CMake re-run) and the build type.
find_package(Git QUIET)
set(CPLAN_GIT_COMMIT "unknown")
if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE git_commit
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE git_status)
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --absolute-git-dir
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE git_dir
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(git_status EQUAL 0 AND git_commit)
        set(CPLAN_GIT_COMMIT "${git_commit}")
    endif()
    if(git_dir AND EXISTS "${git_dir}/logs/HEAD")
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${git_dir}/logs/HEAD")
    endif()
endif()
set(CPLAN_BUILD_TYPE "${CMAKE_BUILD_TYPE}")
if(NOT CPLAN_BUILD_TYPE)
    set(CPLAN_BUILD_TYPE "default")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/BuildInfo.h.in"
               "${PROJECT_BINARY_DIR}/generated/cplan/BuildInfo.h" @ONLY)
set(CPLAN_MAINTAINER "Campaign Planner engineers <campaign-planner@example.org>")
set(CPLAN_APP_ID "org.campaignplanner.CampaignPlanner")
set(linux_dir "${PROJECT_SOURCE_DIR}/installer/linux")
set(doc_dir "${CMAKE_INSTALL_DATAROOTDIR}/doc/campaign-planner")

install(TARGETS campaign-planner cplan RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${linux_dir}/${CPLAN_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")
install(FILES "${linux_dir}/${CPLAN_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")
install(FILES "${linux_dir}/campaign-planner.xml"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/mime/packages")
install(FILES "${linux_dir}/icons/campaign-planner.svg"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps")
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES "${linux_dir}/icons/hicolor/${size}x${size}/campaign-planner.png"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${linux_dir}/completion/cplan"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions")

# Debian wants manual pages and the changelog compressed with gzip -9n (no name, no time stamp,
# so the package is reproducible).
find_program(GZIP_EXE NAMES gzip REQUIRED)
configure_file("${linux_dir}/debian/changelog.in" "${PROJECT_BINARY_DIR}/package/changelog" @ONLY)
set(compressed "")
foreach(source IN ITEMS "${linux_dir}/man/cplan.1" "${linux_dir}/man/campaign-planner.1"
                        "${PROJECT_BINARY_DIR}/package/changelog")
    get_filename_component(name "${source}" NAME)
    set(output "${PROJECT_BINARY_DIR}/package/${name}.gz")
    add_custom_command(OUTPUT "${output}"
                       COMMAND "${GZIP_EXE}" -9n -c "${source}" > "${output}"
                       DEPENDS "${source}" VERBATIM)
    list(APPEND compressed "${output}")
endforeach()
add_custom_target(cplan_package_files ALL DEPENDS ${compressed})
install(FILES "${PROJECT_BINARY_DIR}/package/cplan.1.gz"
              "${PROJECT_BINARY_DIR}/package/campaign-planner.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_BINARY_DIR}/package/changelog.gz" "${linux_dir}/debian/copyright"
        DESTINATION "${doc_dir}")
# The user guide and the model description, which Help ▸ User guide shows.
install(FILES "${PROJECT_SOURCE_DIR}/docs/user-guide.md"
              "${PROJECT_SOURCE_DIR}/docs/user-guide.zh-CN.md" "${PROJECT_SOURCE_DIR}/docs/model.md"
        DESTINATION "${doc_dir}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/images" DESTINATION "${doc_dir}"
        FILES_MATCHING PATTERN "*.png")

# The Debian package.
set(CPACK_PACKAGE_NAME "campaign-planner")
set(CPACK_PACKAGE_VENDOR "Campaign Planner engineers")
set(CPACK_PACKAGE_CONTACT "${CPLAN_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan and budget marketing campaigns")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
set(CPACK_GENERATOR "DEB")
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/cmake/CPackProjectConfig.cmake")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPLAN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The libraries the binaries link come from dpkg-shlibdeps; the SQLite driver is a Qt plug-in
# loaded at run time, which dpkg-shlibdeps cannot see, and without it no plan opens.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# qt6-translations-l10n holds Qt's own Chinese strings (standard buttons and dialogs), loaded
# from the system at start-up when the interface is Chinese.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
# The window needs a platform plug-in (xcb, wayland); Chinese plan names need a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, fonts-noto-cjk")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines and turns the
# empty one into the " ." paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Campaign Planner turns an annual marketing budget into a plan: the split into
categories and channels, month-by-month phasing, the funnel from leads to
customers, cost per customer, lifetime value, return on investment and
payback, with scenarios side by side, an optimiser for the channel split,
Monte Carlo and sensitivity analysis, milestones with escalation levels, and
actuals against plan. Each plan is one local SQLite file (*.cplan).

This package holds the desktop application (campaign-planner) and the
command line (cplan).")

# The source tarball: the tracked tree without build output, screenshots or editor litter.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "campaign-planner-${PROJECT_VERSION}")
# (Regular expressions, written twice escaped: CPack reads them back from CPackSourceConfig.)
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/" "/\\\\.git$" "/\\\\.gitignore$" "/build[^/]*/" "/screenshots/"
    "/\\\\.cache/" "/\\\\.vscode/" "/\\\\.idea/" "\\\\.user$" "~$" "\\\\.swp$"
    "\\\\.orig$" "\\\\.rej$" "/compile_commands\\\\.json$" "/Testing/" "/_CPack_Packages/")
include(CPack)

# The package test: inspects the .deb CPack makes from this build and, as root, installs it,
# runs it and removes it (exit 77 = skipped: no dpkg-deb, or not root for the install part).
if(CPLAN_BUILD_TESTS)
    add_test(NAME package.Install
             COMMAND bash "${PROJECT_SOURCE_DIR}/tests/package/package-test.sh"
                     "${PROJECT_BINARY_DIR}" "${CMAKE_CPACK_COMMAND}")
    set_tests_properties(package.Install PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600
                                                    ENVIRONMENT "LC_ALL=C.UTF-8")
endif()
