/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The periodic tick. The interval is computed from the device tree's
 * timebase-frequency. Each hart chooses its own way to set its deadline,
 * once, before its first tick: Sstc's stimecmp if the device tree lists
 * Sstc for it *and* a guarded probe shows the CSR works; otherwise every
 * tick costs an SBI TIME call into the firmware. The ISA string alone is
 * not enough: the firmware must also set menvcfg.STCE, which older OpenSBI
 * does not, and then stimecmp traps as an illegal instruction. A hart that
 * chose SBI TIME never touches stimecmp again.
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/sbi.h>
#include <arch/riscv/timer.h>
#include <arch/riscv/trap.h>
#include <kern/arch.h>
#include <kern/printf.h>

static uint64_t tick_interval, default_interval;

void timer_setup(uint64_t timebase_hz)
{
	tick_interval = timebase_hz / TIMER_HZ;
	if (tick_interval == 0)
		tick_interval = 1;
	default_interval = tick_interval;
}

bool timer_uses_sstc(void)
{
	return this_cpu()->tick_sstc;
}

uint64_t timer_interval(void)
{
	return tick_interval;
}

/*
 * Does stimecmp work on this hart? Write it and read it back, expecting the
 * illegal-instruction trap a hart takes when it lacks Sstc or its firmware
 * has not enabled it; a trap resumes past both. A write that neither traps
 * nor sticks would leave the tick silent, so it counts as not working.
 * Either way no timer interrupt comes from it: the value is the far future.
 */
static bool stimecmp_probe(void)
{
	unsigned long back = 0;

	trap_expect(EXC_ILLEGAL_INST);
	__asm__ volatile("lla t0, 1f\n"
			 "sd t0, %[off](%[cpu])\n"
			 "csrw " CSR_STR(CSR_STIMECMP) ", %[never]\n"
			 "csrr %[back], " CSR_STR(CSR_STIMECMP) "\n"
			 "1:\n"
			 : [back] "+r"(back)
			 : [cpu] "r"(this_cpu()), [never] "r"(STIMECMP_NEVER),
			   [off] "i"(TRAP_EXPECT_RESUME)
			 : "t0", "memory");
	return !trap_expect_done() && back == STIMECMP_NEVER;
}

/* The ISA string only says whether to try. */
static void timer_choose(struct cpu *c)
{
	c->tick_sstc = c->isa_sstc && stimecmp_probe();
	if (c->isa_sstc && !c->tick_sstc)
		kprintf("hart %lu: device tree lists Sstc but stimecmp traps "
			"(firmware left menvcfg.STCE clear?); tick through SBI TIME\n",
			c->hartid);
}

static void timer_program(struct cpu *c, uint64_t when)
{
	if (c->tick_sstc)
		csr_write(CSR_STIMECMP, when);
	else
		sbi_set_timer(when);
}

void timer_init_hart(void)
{
	struct cpu *cpu = this_cpu();

	timer_choose(cpu);
	cpu->tick_interval = tick_interval;
	cpu->next_tick = arch_time() + tick_interval;
	timer_program(cpu, cpu->next_tick);
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
	timer_program(cpu, cpu->next_tick);
}

/*
 * default_interval is 10 ms: the shortest allowed is a thousandth of it
 * (any shorter and the machine would do nothing but tick), the longest a
 * thousand times it, 10 s (any longer is no tick; and a deadline of now
 * plus an interval near 2^64 would wrap into the past and interrupt
 * without end).
 */
#define TICK_MIN_DIVISOR  1000
#define TICK_MAX_MULTIPLE 1000

bool arch_set_tick_interval(uint64_t units)
{
	struct cpu *cpu = this_cpu();

	if (units && (units < default_interval / TICK_MIN_DIVISOR ||
		      units > default_interval * TICK_MAX_MULTIPLE))
		return false;
	tick_interval = units ? units : default_interval;
	/* This hart at once, the others when the IPI lands (timer_ipi):
	 * none may keep a deadline from the old interval. */
	cpu->tick_interval = tick_interval;
	cpu->next_tick = arch_time() + tick_interval;
	timer_program(cpu, cpu->next_tick);
	for (unsigned i = 0; i < ncpus; i++)
		if (&cpus[i] != cpu)
			arch_send_ipi(i);
	return true;
}

void timer_ipi(void)
{
	struct cpu *cpu = this_cpu();

	csr_clear(sip, SIE_SSIE);
	if (cpu->tick_interval == tick_interval)
		return;
	cpu->tick_interval = tick_interval;
	cpu->next_tick = arch_time() + tick_interval;
	timer_program(cpu, cpu->next_tick);
}

/* The online harts that tick from one source, on one banner line. */
static void timer_report_source(const char *source, bool sstc)
{
	unsigned n = 0;

	for (unsigned i = 0; i < ncpus; i++) {
		if (!cpus[i].online || cpus[i].tick_sstc != sstc)
			continue;
		if (n++ == 0)
			kprintf("tick: %s on harts", source);
		kprintf(" %lu", cpus[i].hartid);
	}
	if (n)
		kprintf("\n");
}

void timer_report(void)
{
	timer_report_source("Sstc stimecmp", true);
	timer_report_source("SBI TIME", false);
}
