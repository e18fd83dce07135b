# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): the Debian package installs
# under /usr, while the source tarball keeps the repository's own layout at its top.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
else()
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()
