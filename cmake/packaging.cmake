# Installing GoNoGo as a desktop program (FHS layout under CMAKE_INSTALL_PREFIX, /usr in the package), and the
# Debian package built from exactly these rules: cpack -G DEB in the build folder (scripts/package.sh does it,
# then installs and checks the package).
include(GNUInstallDirs)

set(GONOGO_APP_ID org.gonogo.GoNoGo)
set(GONOGO_DESKTOP ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS gonogo RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${GONOGO_DESKTOP}/${GONOGO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${GONOGO_DESKTOP}/${GONOGO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${GONOGO_DESKTOP}/${GONOGO_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${GONOGO_DESKTOP}/${GONOGO_APP_ID}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

# Debian's policy: manual pages and the changelog compressed with gzip -9n (no name, no time stamp inside).
set(GONOGO_GZ ${PROJECT_BINARY_DIR}/package)
set(GONOGO_MAN_EN ${PROJECT_BINARY_DIR}/man/man1/gonogo.1)
set(GONOGO_MAN_ES ${PROJECT_BINARY_DIR}/man/es/man1/gonogo.1)
add_custom_command(
    OUTPUT ${GONOGO_GZ}/man1/gonogo.1.gz ${GONOGO_GZ}/es/man1/gonogo.1.gz ${GONOGO_GZ}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${GONOGO_GZ}/man1 ${GONOGO_GZ}/es/man1
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${GONOGO_MAN_EN} ${GONOGO_GZ}/man1/gonogo.1.gz
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${GONOGO_MAN_ES} ${GONOGO_GZ}/es/man1/gonogo.1.gz
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${PROJECT_SOURCE_DIR}/resources/package/changelog
            ${GONOGO_GZ}/changelog.gz
    DEPENDS ${GONOGO_MAN_EN} ${GONOGO_MAN_ES} ${PROJECT_SOURCE_DIR}/resources/package/changelog
    VERBATIM)
add_custom_target(gonogo_package_files ALL
    DEPENDS ${GONOGO_GZ}/man1/gonogo.1.gz ${GONOGO_GZ}/es/man1/gonogo.1.gz ${GONOGO_GZ}/changelog.gz)
add_dependencies(gonogo_package_files gonogo_manpage)
install(FILES ${GONOGO_GZ}/man1/gonogo.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${GONOGO_GZ}/es/man1/gonogo.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/es/man1)
install(FILES ${GONOGO_GZ}/changelog.gz ${PROJECT_SOURCE_DIR}/resources/package/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gonogo)
# The user guide, also built into the program (Help > User Guide), to read or print outside it.
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${PROJECT_SOURCE_DIR}/docs/guia-del-usuario.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gonogo)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/gonogo
        FILES_MATCHING PATTERN "*.png")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gonogo)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The GoNoGo team")
set(CPACK_PACKAGE_CONTACT "The GoNoGo team <team@gonogo.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run a launch's Go/No-Go meeting and record its signed decision")
# CPack sets the summary as the first line and indents the rest.
set(CPACK_PACKAGE_DESCRIPTION "GoNoGo runs the meeting that decides whether a production launch goes ahead.
The launch team walks a readiness checklist (the built-in P020 template has
145 items in 12 categories), assesses the risks on a likelihood by impact
matrix, sees the objective recommendation (GO, GO WITH CAUTION or NO-GO) and
why, records its decision, and every stakeholder signs it. Each decision is
one file with an append-only, hash-chained audit log, and the decision
record is exported as a PDF for the archive.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://gonogo.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plug-ins or found at run time, so dpkg-shlibdeps cannot see them: the SQLite driver every decision file
# needs, and the font the PDF record is set in.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
# The standard dialogs in Spanish, the PostgreSQL driver for team mode (decisions on a server; without it the app
# says which package to install), and the fallback fonts for names in Chinese, Japanese, Korean and Devanagari.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-wqy-microhei, fonts-lohit-deva, fonts-symbola")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
