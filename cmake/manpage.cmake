# Writes the manual page of one language from the command table: cmake -DGONOGO=... -DLANG=en -DOUT=... -P
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env GONOGO_LANG=${LANG} ${GONOGO} help --man
    OUTPUT_FILE ${OUT}.tmp
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gonogo help --man failed (${status})")
endif()
file(RENAME ${OUT}.tmp ${OUT})
