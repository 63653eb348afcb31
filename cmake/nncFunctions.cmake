# nnc_add_model(TARGET model.nn [BACKEND c|llvm] [MAIN] [OPTIONS ...])
#
# Compiles a .nn model at build time and adds the result to TARGET, the
# way protobuf_generate or FLEX_TARGET do: the generated code is rebuilt
# whenever the .nn file (or nnc itself) changes.  The model's header,
# NAME.h, is put on TARGET's include path; TARGET is linked with nnc::nnrt.
#
#   BACKEND c     (default) nnc writes NAME.c and NAME.h, compiled with TARGET
#   BACKEND llvm  nnc writes NAME.o (native code) and NAME.h
#   MAIN          add the standalone trainer's main() (nnc --main)
#   OPTIONS ...   more nnc options, e.g. --no-fuse -O2 --threads=2
#
# The compiler is the `nnc::compiler` imported target (from find_package)
# or the `nnc` target when nnc is built in the same project.
function(nnc_add_model target model)
  cmake_parse_arguments(ARG "MAIN" "BACKEND" "OPTIONS" ${ARGN})
  if(NOT ARG_BACKEND)
    set(ARG_BACKEND c)
  endif()
  if(TARGET nnc::compiler)
    set(nnc_exe nnc::compiler)
  elseif(TARGET nnc)
    set(nnc_exe nnc)
  else()
    message(FATAL_ERROR "nnc_add_model: no nnc compiler target (find_package(nnc) first)")
  endif()

  get_filename_component(model_abs "${model}" ABSOLUTE)
  get_filename_component(stem "${model}" NAME_WE)
  set(outdir "${CMAKE_CURRENT_BINARY_DIR}/nnc_${target}")
  set(flags ${ARG_OPTIONS})
  if(ARG_MAIN)
    list(APPEND flags --main)
  endif()

  if(ARG_BACKEND STREQUAL "c")
    set(out "${outdir}/${stem}.c")
  elseif(ARG_BACKEND STREQUAL "llvm")
    set(out "${outdir}/${stem}.o")
  else()
    message(FATAL_ERROR "nnc_add_model: BACKEND must be c or llvm, got '${ARG_BACKEND}'")
  endif()

  add_custom_command(
    OUTPUT "${out}" "${outdir}/${stem}.h"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${outdir}"
    COMMAND ${nnc_exe} "${model_abs}" ${flags} -o "${out}"
    DEPENDS "${model_abs}" ${nnc_exe}
    COMMENT "nnc: compiling ${model} (${ARG_BACKEND})"
    VERBATIM)
  if(ARG_BACKEND STREQUAL "llvm")
    set_source_files_properties("${out}" PROPERTIES EXTERNAL_OBJECT TRUE GENERATED TRUE)
  elseif(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    # sqrtf without errno, so Adam's update loop vectorises (docs/interface.md)
    set_source_files_properties("${out}" PROPERTIES COMPILE_OPTIONS "-fno-math-errno")
  endif()
  target_sources(${target} PRIVATE "${out}" "${outdir}/${stem}.h")
  target_include_directories(${target} PRIVATE "${outdir}")
  if(TARGET nnc::nnrt)
    target_link_libraries(${target} PRIVATE nnc::nnrt)
  else()
    target_link_libraries(${target} PRIVATE nnrt)
  endif()
endfunction()
