# Installation and the Debian package (issue #8): `cmake --install build` puts the lab into
# CMAKE_INSTALL_PREFIX; `cmake --build build --target package` (or `cpack` in the build folder)
# makes icl-lab_<version>_<arch>.deb. Included once, at the end of the top-level CMakeLists.txt,
# after every target exists.
include(GNUInstallDirs)

set(ICL_APP_ID "io.github.icl_lab.IclLab")  # reverse-DNS ID: desktop file, icon, metainfo
set(ICL_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/icl-lab")  # GNUInstallDirs' would say icl_lab

# Programs. A LibTorch outside the system paths (-DTorch_DIR=/opt/libtorch/...) keeps being found
# after installation: the directories of linked libraries outside the project and outside the
# compiler's implicit paths go into the installed RUNPATH. With Debian's LibTorch every library is
# in an implicit path, so the installed programs carry no RUNPATH at all. The project installs no
# libraries of its own, so qt_standard_project_setup()'s $ORIGIN/../lib is cleared.
set(ICL_PROGRAMS icl-lab-cli)
if(TARGET icl-lab)
  list(APPEND ICL_PROGRAMS icl-lab)
endif()
set_target_properties(${ICL_PROGRAMS} PROPERTIES INSTALL_RPATH "" INSTALL_RPATH_USE_LINK_PATH TRUE)
install(TARGETS ${ICL_PROGRAMS} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# Presets: compiled into both programs; installed as well, as examples for `--config`.
file(GLOB ICL_INSTALLED_PRESETS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/presets/*.json")
install(FILES ${ICL_INSTALLED_PRESETS} DESTINATION "${CMAKE_INSTALL_DATADIR}/icl-lab/presets")

# The translations need no rule: qt_add_translations (ui/CMakeLists.txt) compiles the .qm files
# into the program as Qt resources (:/i18n/icl_lab_<lang>.qm), so an installed icl-lab finds them
# wherever it is installed.

# Desktop integration, only with the window.
if(TARGET icl-lab)
  install(FILES "${PROJECT_SOURCE_DIR}/packaging/${ICL_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${PROJECT_SOURCE_DIR}/packaging/${ICL_APP_ID}.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
  install(FILES "${PROJECT_SOURCE_DIR}/packaging/${ICL_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
endif()

# Documentation and the license, in Debian's machine-readable form as .../doc/icl-lab/copyright.
# docs/ keeps its name so that the README's links to results and screenshots still work.
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${ICL_DOCDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/packaging/copyright" DESTINATION "${ICL_DOCDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${ICL_DOCDIR}/docs"
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

# The Debian package. Shared libraries come from dpkg-shlibdeps (needs dpkg-dev and file);
# Depends adds what is loaded without being linked: OpenBLAS, which LibTorch gets through
# libblas.so.3 (Debian's reference BLAS makes it about 20x slower). Qt's plugins need nothing
# more: in Debian 12 the xcb platform plugin is in libqt6gui6 (qt6-qpa-plugins holds only the vnc
# and tuio ones) and the SVG image and icon plugins are in libqt6svg6, both linked libraries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME icl-lab)
set(CPACK_PACKAGE_VENDOR "The ICL Lab developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "laboratory for in-context learning as meta-learning")
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION  # Debian wants lines of at most 80 characters
  "ICL Lab trains the in-context learning transformer of Wu, Wang and Yao"
  "(ICLR 2025) side by side with the meta-learners MatchNet, ProtoNet and a"
  "Conditional Neural Process on the same few-shot task batches and compares"
  "their accuracy against the number of shots. It also runs linear-regression"
  "in-context learning with a curriculum, and meta-meta-learning."
  ""
  "The package holds the desktop window icl-lab (English and Simplified"
  "Chinese) and the command-line runner icl-lab-cli.")
set(CPACK_PACKAGE_CONTACT "The ICL Lab developers")  # CPack requires a maintainer; no address yet
set(CPACK_PACKAGE_INSTALL_DIRECTORY icl-lab)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # icl-lab_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread")
if(TARGET icl-lab)
  # A CJK font for the Chinese interface. hicolor-icon-theme: without its index.theme Qt does not
  # find the window icon (QIcon::fromTheme in app/gui_main.cpp).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk")
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", hicolor-icon-theme")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
