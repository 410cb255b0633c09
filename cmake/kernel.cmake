# SPDX-License-Identifier: BSD-2-Clause
# The kernel images, built with the riscv64-unknown-elf cross compiler.
#
#   kernel.elf / Image            the kernel (ELF for QEMU -kernel and GDB,
#                                 Image for U-Boot booti: same code)
#   kernel-test.elf / kernel-test.Image   the same kernel with the self-tests
#                                 in place of the first work
#   kernel-trace.elf              kernel-test with the IPC trace ring
#                                 (KERNEL_TRACE, kern/trace.h)
#   kernel-labs.elf               the self-test kernel with the labs' cases
#                                 (labs/) as its root-task suite
set(ARCH_FLAGS -march=rv64imac_zicsr_zifencei -mabi=lp64 -mcmodel=medany
	# No linker relaxation: it would turn PC-relative addresses into
	# gp-relative ones, which are wrong before the MMU is on (head.S).
	-mno-relax)
set(KERNEL_CFLAGS ${ARCH_FLAGS} -std=gnu11 -ffreestanding -fno-pie -fno-stack-protector
	-fno-common -O2 -g -Wall -Wextra -Werror
	-Wno-unused-parameter)

file(GLOB KERNEL_SRCS CONFIGURE_DEPENDS
	${TOP}/arch/riscv/*.c ${TOP}/arch/riscv/*.S
	${TOP}/kern/*.c ${TOP}/kern/dev/*.c ${TOP}/cap/*.c ${TOP}/ipc/*.c)
list(FILTER KERNEL_SRCS EXCLUDE REGEX "/kern/first_work\\.c$")
file(GLOB SELFTEST_SRCS CONFIGURE_DEPENDS ${TOP}/test/kernel/*.c)
# Keep each file's cases in source order (GCC reverses them otherwise).
set_source_files_properties(${SELFTEST_SRCS} PROPERTIES COMPILE_OPTIONS -fno-toplevel-reorder)

# boot.c runs before the MMU is on: no jump tables (absolute addresses).
set_source_files_properties(${TOP}/arch/riscv/boot.c PROPERTIES COMPILE_OPTIONS -fno-jump-tables)

add_library(kcore OBJECT ${KERNEL_SRCS})
target_include_directories(kcore PUBLIC ${TOP})
target_compile_options(kcore PUBLIC ${KERNEL_CFLAGS})

# The IPC trace (kern/trace.h) is a build option: the same sources
# compiled again with KERNEL_TRACE for the kernel-trace image alone, so
# every other image's code is that of the kernel without it.
option(KERNEL_TRACE "Build kernel-trace.elf, the kernel with the IPC trace ring" ON)
if(KERNEL_TRACE)
	add_library(kcore-trace OBJECT ${KERNEL_SRCS})
	target_include_directories(kcore-trace PUBLIC ${TOP})
	target_compile_options(kcore-trace PUBLIC ${KERNEL_CFLAGS})
	target_compile_definitions(kcore-trace PUBLIC KERNEL_TRACE)
endif()

# Link as plain rv64imac: GCC 12 picks libgcc's multilib from -march, and
# with the _zicsr_zifencei suffix it finds none and takes a hard-float one.
set(KERNEL_LDFLAGS -march=rv64imac -mabi=lp64 -mcmodel=medany -nostdlib -static -no-pie
	-Wl,--no-relax -Wl,-z,max-page-size=4096 -Wl,--build-id=none
	-T ${TOP}/arch/riscv/kernel.ld)

include(${TOP}/cmake/user.cmake)

# kernel_image(NAME ROOT_PROGRAM [CORE lib] [MODULES prog...] SOURCES src...):
# a kernel with the user program ROOT_PROGRAM (built by user_program())
# embedded as its root task, and the MODULES programs as boot modules it
# can load; its generic code is the object library CORE (kcore).
function(kernel_image name root)
	cmake_parse_arguments(K "" "CORE" "MODULES;SOURCES" ${ARGN})
	if(NOT K_CORE)
		set(K_CORE kcore)
	endif()
	set(root_elf ${CMAKE_BINARY_DIR}/${root}.elf)
	set(embed ${CMAKE_BINARY_DIR}/${name}-root_image.S)
	set(deps ${root_elf})
	set(incbins "")
	set(table "")
	set(i 0)
	foreach(mod ${K_MODULES})
		set(incbins "${incbins}\t.balign 16\nmod${i}_start:\n\t.incbin \"${CMAKE_BINARY_DIR}/${mod}.elf\"\nmod${i}_end:\n")
		set(table "${table}\t.dword mod${i}_name, mod${i}_start, mod${i}_end\n")
		set(incbins "${incbins}mod${i}_name:\n\t.asciz \"${mod}\"\n")
		list(APPEND deps ${CMAKE_BINARY_DIR}/${mod}.elf)
		math(EXPR i "${i} + 1")
	endforeach()
	file(READ ${TOP}/kern/root_image.S root_image)
	file(WRITE ${embed} "${root_image}
	.section .rodata.modules, \"a\"
${incbins}
	.balign 8
	.globl boot_modules
boot_modules:
${table}
	.globl boot_module_count
boot_module_count:
	.dword ${i}
")
	set_source_files_properties(${embed} PROPERTIES
		COMPILE_DEFINITIONS ROOT_ELF_PATH=${root_elf}
		OBJECT_DEPENDS "${deps}")
	add_executable(${name}.elf ${K_SOURCES} ${embed} $<TARGET_OBJECTS:${K_CORE}>)
	add_dependencies(${name}.elf ${root}.elf)
	foreach(mod ${K_MODULES})
		add_dependencies(${name}.elf ${mod}.elf)
	endforeach()
	target_include_directories(${name}.elf PRIVATE ${TOP})
	target_compile_options(${name}.elf PRIVATE ${KERNEL_CFLAGS})
	if(K_CORE STREQUAL "kcore-trace")
		target_compile_definitions(${name}.elf PRIVATE KERNEL_TRACE)
	endif()
	target_link_options(${name}.elf PRIVATE ${KERNEL_LDFLAGS})
	target_link_libraries(${name}.elf PRIVATE gcc)
	set_target_properties(${name}.elf PROPERTIES LINK_DEPENDS ${TOP}/arch/riscv/kernel.ld)
	add_custom_command(TARGET ${name}.elf POST_BUILD
		COMMAND ${CMAKE_OBJCOPY} -O binary ${name}.elf ${name}.Image
		BYPRODUCTS ${name}.Image
		COMMENT "Image ${name}.Image")
endfunction()

# USER_MODULES (cmake/user.cmake) lists the programs every image carries.
kernel_image(kernel root MODULES ${USER_MODULES} SOURCES ${TOP}/kern/first_work.c)
kernel_image(kernel-test testroot MODULES ${USER_MODULES} SOURCES ${SELFTEST_SRCS})
# The test image with the IPC trace (scripts/trace): its root task runs
# the case the command line names, trace_ipc_picture for the book's figure.
if(KERNEL_TRACE)
	kernel_image(kernel-trace testroot CORE kcore-trace MODULES ${USER_MODULES}
		SOURCES ${SELFTEST_SRCS})
endif()

# The benchmark image (scripts/bench, docs/performance.md): user/bench as
# the root task.
file(GLOB BENCHROOT_SRCS CONFIGURE_DEPENDS ${TOP}/user/bench/*.c)
user_program(benchroot ${BENCHROOT_SRCS})
kernel_image(kernel-bench benchroot MODULES ${USER_MODULES} SOURCES ${TOP}/kern/first_work.c)
# The same root task running the register round trips only, for
# scripts/profile (which has QEMU log every block it runs).
user_program(profroot ${BENCHROOT_SRCS})
target_compile_definitions(profroot.elf PRIVATE BENCH_PROFILE)
target_compile_options(profroot.elf PRIVATE -Wno-unused-function)
kernel_image(kernel-profile profroot MODULES ${USER_MODULES} SOURCES ${TOP}/kern/first_work.c)

# The labs (labs/README.md): the root-task suite's runner and helpers with
# each lab's cases (labs/NN-name/*.c) instead of the suite's own, so a lab's
# starter code is built and run only here. ctest runs one lab at a time
# (labels lab, lab-NN), outside the default run.
file(GLOB LAB_SRCS CONFIGURE_DEPENDS ${TOP}/labs/[0-9][0-9]-*/*.c)
set(LABROOT_SRCS ${TOP}/test/root/main.c ${TOP}/test/root/helpers.c
	${TOP}/test/root/spawn.c ${TOP}/test/root/ipc_util.c ${LAB_SRCS})
set_source_files_properties(${LAB_SRCS} PROPERTIES COMPILE_OPTIONS -fno-toplevel-reorder)
user_program(labroot ${LABROOT_SRCS})
target_include_directories(labroot.elf PRIVATE ${TOP}/test/root)
kernel_image(kernel-labs labroot MODULES ${USER_MODULES} SOURCES ${SELFTEST_SRCS})
