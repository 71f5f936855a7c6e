# Packaging settings. On Windows, `cmake --build <dir> --target package` makes the MSI with
# CPack's WIX generator (the WiX toolset on the build machine), after Qt's deploy step has copied
# what windeployqt would. The same upgrade code as installer/windows/hookline.wxs, so either way
# of building the MSI upgrades the other. On Linux the AppImage comes from
# installer/linux/build-appimage.sh.
set(CPACK_PACKAGE_NAME "Hookline")
set(CPACK_PACKAGE_VENDOR "Hookline")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Hookline")
set(CPACK_PACKAGE_EXECUTABLES "hookline" "Hookline")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")

if(WIN32)
    set(CPACK_GENERATOR WIX)
    set(CPACK_WIX_UPGRADE_GUID "6F0E2B7A-3C55-4B8E-9D0A-5E1C7A2B9F41")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Hookline")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/hookline.ico")
    set(CPACK_WIX_ARCHITECTURE x64)
    set_property(INSTALL "bin/$<TARGET_FILE_NAME:hookline>" PROPERTY CPACK_START_MENU_SHORTCUTS
                 "Hookline")
    qt_generate_deploy_app_script(TARGET hookline OUTPUT_SCRIPT hookline_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${hookline_deploy_script}")
    # windeployqt copies Qt's own libraries; QtKeychain is not one of them.
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION bin)
endif()

include(CPack)
