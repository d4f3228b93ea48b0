# LEADNET_SANITIZE=ON: AddressSanitizer + UndefinedBehaviorSanitizer on everything built here.
option(LEADNET_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(LEADNET_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# LEADNET_BUILD_FUZZERS=ON (the fuzz preset, clang only): the library is instrumented for
# libFuzzer's coverage and built with ASan+UBSan, so a fuzz target stops at the first memory error
# or undefined behaviour; tests/fuzz/ links each target with -fsanitize=fuzzer.
if(LEADNET_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LEADNET_BUILD_FUZZERS needs clang++ (libFuzzer): cmake --preset fuzz")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
