# SPDX-License-Identifier: BSD-2-Clause
# User programs, built with the riscv64-unknown-elf cross compiler and
# Debian's picolibc. Included from cmake/kernel.cmake; needs TOP.
#
#   ulib                         the user runtime (user/lib): crt0, system
#                                calls, stdio on the console (server or
#                                debug), the ELF loader, console client
#   user_program(name srcs...)   builds ${name}.elf linked with ulib;
#                                relative sources are taken from TOP
#   root.elf                     the root task of the plain kernel
#   testroot.elf                 the root task of the self-test image
set(USER_LD ${TOP}/user/lib/user.ld)

# -Wno-main: main takes the kernel's argument, main(unsigned long arg).
# rv64gc with hardware floating point (lp64d), as the boards' cores are:
# the kernel switches each thread's FP registers lazily (docs/fpu.md).
set(USER_CFLAGS -march=rv64imafdc_zicsr_zifencei -mabi=lp64d -mcmodel=medany
	--specs=picolibc.specs -std=gnu11 -O2 -g
	-Wall -Wextra -Werror -Wno-main)

# The link names plain rv64imafdc: GCC 12 picks libc's and libgcc's
# multilib from -march, and with the _zicsr_zifencei suffix it matches none
# and falls back to the default; here the default (".", rv64imafdc/lp64d)
# is the one wanted, but naming it keeps the choice from resting on that.
# -T without -Wl so that picolibc.specs drops its own script.
set(USER_LDFLAGS -march=rv64imafdc -mabi=lp64d --specs=picolibc.specs
	-nostartfiles -static -T${USER_LD}
	-Wl,-z,max-page-size=4096 -Wl,--build-id=none)

add_library(ulib STATIC
	${TOP}/user/lib/crt0.S
	${TOP}/user/lib/start.c
	${TOP}/user/lib/console.c
	${TOP}/user/lib/console_client.c
	${TOP}/user/lib/child_entry.c
	${TOP}/user/lib/cmdline.c
	${TOP}/user/lib/elfload.c)
target_include_directories(ulib PUBLIC ${TOP} ${TOP}/user/lib)
target_compile_options(ulib PUBLIC ${USER_CFLAGS})
target_link_options(ulib INTERFACE ${USER_LDFLAGS})

function(user_program name)
	set(srcs)
	foreach(src ${ARGN})
		if(NOT IS_ABSOLUTE ${src})
			set(src ${TOP}/${src})
		endif()
		list(APPEND srcs ${src})
	endforeach()
	add_executable(${name}.elf ${srcs})
	target_link_libraries(${name}.elf PRIVATE ulib)
	set_target_properties(${name}.elf PROPERTIES LINK_DEPENDS ${USER_LD})
endfunction()

user_program(root user/root/main.c)

file(GLOB TESTROOT_SRCS CONFIGURE_DEPENDS ${TOP}/test/root/*.c)
# Keep UTEST cases in the order they are written: GCC otherwise emits a
# file's static objects, and so the .utests entries, in reverse.
set_source_files_properties(${TESTROOT_SRCS} PROPERTIES COMPILE_OPTIONS -fno-toplevel-reorder)
user_program(testroot ${TESTROOT_SRCS})

# Programs the kernel images carry as boot modules, for the root task to load.
user_program(hello user/hello/main.c)
# The console server drives the UART with the kernel's own polled drivers.
user_program(console user/console/main.c user/console/line.c user/console/uart.c
	kern/dev/uart_ns16550.c kern/dev/uart_sifive.c)
set(USER_MODULES hello console)
