# Fails when a language's .ts lacks a translation of any string the sources show: the committed
# files are brought up to date with the sources (lupdate, on copies) and must have no
# unfinished entry.
#   cmake -DLUPDATE=... -DSOURCE=<project> -DWORK=<folder> -P check-translations.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(GLOB committed ${SOURCE}/resources/translations/hookline_*.ts)
if(NOT committed)
    message(FATAL_ERROR "no translations in ${SOURCE}/resources/translations")
endif()
set(copies "")
foreach(ts ${committed})
    get_filename_component(name ${ts} NAME)
    configure_file(${ts} ${WORK}/${name} COPYONLY)
    list(APPEND copies ${WORK}/${name})
    # English holds only the plurals; the other languages every string.
    set(only "")
    if(name STREQUAL "hookline_en.ts")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${only} -no-obsolete -locations none -silent
            ${SOURCE}/ui ${SOURCE}/models ${SOURCE}/app ${SOURCE}/receiver/graph ${SOURCE}/receiver/media
            -ts ${WORK}/${name}
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${status})")
    endif()
endforeach()
set(problems 0)
foreach(copy ${copies})
    file(READ ${copy} text)
    # Unfinished, whatever lies between the source and the translation (lupdate puts the old
    # source of an edited string there).
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<oldsource>[^<]*</oldsource>[^<]*)?(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\"" missing
        "${text}")
    string(REGEX MATCHALL "type=\"unfinished\"" marks "${text}")
    list(LENGTH marks unfinished)
    list(LENGTH missing count)
    if(unfinished GREATER count)
        set(count ${unfinished})
    endif()
    if(count GREATER 0)
        get_filename_component(name ${copy} NAME)
        message(SEND_ERROR "${name}: ${count} string(s) without a translation: ${missing}")
        math(EXPR problems "${problems} + ${count}")
    endif()
endforeach()
if(problems EQUAL 0)
    message(STATUS "every string of the sources is translated in: ${committed}")
endif()
