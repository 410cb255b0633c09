/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The periodic tick. The interval is computed from the device tree's
 * timebase-frequency. A hart whose ISA string offers Sstc programs its own
 * stimecmp; otherwise every tick costs an SBI TIME call into the firmware.
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/sbi.h>
#include <arch/riscv/timer.h>
#include <kern/arch.h>

static uint64_t tick_interval, default_interval;
static bool use_sstc;

void timer_setup(uint64_t timebase_hz, bool sstc)
{
	tick_interval = timebase_hz / TIMER_HZ;
	if (tick_interval == 0)
		tick_interval = 1;
	default_interval = tick_interval;
	use_sstc = sstc;
}

bool timer_uses_sstc(void)
{
	return use_sstc;
}

uint64_t timer_interval(void)
{
	return tick_interval;
}

static void timer_program(uint64_t when)
{
	if (use_sstc)
		csr_write(CSR_STIMECMP, when);
	else
		sbi_set_timer(when);
}

void timer_init_hart(void)
{
	struct cpu *cpu = this_cpu();

	cpu->next_tick = arch_time() + tick_interval;
	timer_program(cpu->next_tick);
	csr_set(sie, SIE_STIE | SIE_SSIE);   /* the tick, and IPIs */
}

/* Ticks are counted, never dropped: if we fell behind, the next deadline is
 * one interval from now rather than a burst of catch-up interrupts. */
void timer_tick(void)
{
	struct cpu *cpu = this_cpu();
	uint64_t now = arch_time();

	cpu->ticks++;
	cpu->next_tick += tick_interval;
	if (cpu->next_tick <= now)
		cpu->next_tick = now + tick_interval;
	timer_program(cpu->next_tick);
}

/* default_interval is 10 ms: the shortest allowed is a thousandth of it. */
#define TICK_MIN_DIVISOR 1000

bool arch_set_tick_interval(uint64_t units)
{
	struct cpu *cpu = this_cpu();

	if (units && units < default_interval / TICK_MIN_DIVISOR)
		return false;
	tick_interval = units ? units : default_interval;
	/* This hart at once; the others from their next tick. */
	cpu->next_tick = arch_time() + tick_interval;
	timer_program(cpu->next_tick);
	return true;
}
