/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Trap dispatch. trap.S saves the registers and calls trap_kernel() with the
 * frame; interrupts go to their handler, exceptions in kernel code are either
 * one a probe or self-test asked for (trap_expect() in trap.h) or a kernel
 * bug, which panics with the cause by name, sepc and stval.
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/trap.h>
#include <kern/panic.h>
#include <kern/printf.h>
#include <kern/entry.h>

static const char *const exception_names[] = {
	[EXC_INST_MISALIGNED] = "instruction address misaligned",
	[EXC_INST_ACCESS] = "instruction access fault",
	[EXC_ILLEGAL_INST] = "illegal instruction",
	[EXC_BREAKPOINT] = "breakpoint",
	[EXC_LOAD_MISALIGNED] = "load address misaligned",
	[EXC_LOAD_ACCESS] = "load access fault",
	[EXC_STORE_MISALIGNED] = "store/AMO address misaligned",
	[EXC_STORE_ACCESS] = "store/AMO access fault",
	[EXC_ECALL_U] = "environment call from U-mode",
	[EXC_ECALL_S] = "environment call from S-mode",
	[EXC_INST_PAGE_FAULT] = "instruction page fault",
	[EXC_LOAD_PAGE_FAULT] = "load page fault",
	[EXC_STORE_PAGE_FAULT] = "store/AMO page fault",
};

static const char *const interrupt_names[] = {
	[IRQ_S_SOFT] = "supervisor software interrupt",
	[IRQ_S_TIMER] = "supervisor timer interrupt",
	[IRQ_S_EXT] = "supervisor external interrupt",
};

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

const char *trap_cause_name(unsigned long scause)
{
	unsigned long code = scause & ~SCAUSE_IRQ_FLAG;
	const char *name = 0;

	if (scause & SCAUSE_IRQ_FLAG) {
		if (code < ARRAY_LEN(interrupt_names))
			name = interrupt_names[code];
	} else if (code < ARRAY_LEN(exception_names)) {
		name = exception_names[code];
	}
	return name ? name : "reserved cause";
}

static void interrupt(unsigned long code)
{
	switch (code) {
	case IRQ_S_TIMER:
		timer_tick();
		break;
	case IRQ_S_SOFT:
		timer_ipi();
		break;
	case IRQ_S_EXT:
		kern_device_irq();
		break;
	default:
		panic("unexpected %s (scause code %lu)",
		      trap_cause_name(SCAUSE_IRQ_FLAG | code), code);
	}
}

void trap_kernel(struct trap_frame *tf)
{
	struct cpu *cpu = this_cpu();
	unsigned long code = tf->scause & ~SCAUSE_IRQ_FLAG;

	if (tf->scause & SCAUSE_IRQ_FLAG) {
		interrupt(code);
		return;
	}
	if (cpu->expect_resume && cpu->expect_cause == code) {
		cpu->expect_seen_stval = tf->stval;
		tf->sepc = cpu->expect_resume;
		cpu->expect_resume = 0;
		cpu->expect_hit = 1;
		return;
	}
	panic("kernel trap: %s (scause %#lx) at sepc %#lx, stval %#lx, ra %#lx, sp %#lx",
	      trap_cause_name(tf->scause), tf->scause, tf->sepc, tf->stval,
	      tf->x[1], tf->x[2]);
}

void trap_user_unexpected(void)
{
	panic("trap from user mode with no thread to take it (scause %#lx, sepc %#lx)",
	      csr_read(scause), csr_read(sepc));
}

void trap_init_hart(void)
{
	extern char trap_entry[];

	csr_write(sscratch, 0);
	csr_write(stvec, (uintptr_t)trap_entry);
}
