# One interface target carries the language standard, the warnings and the strict Qt macros.
add_library(hookline_common INTERFACE)
target_compile_features(hookline_common INTERFACE cxx_std_20)
target_compile_definitions(hookline_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HOOKLINE_VERSION="${PROJECT_VERSION}")
target_compile_options(hookline_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wnull-dereference -Wformat=2)
if(HOOKLINE_WERROR)
    target_compile_options(hookline_common INTERFACE -Werror)
endif()
