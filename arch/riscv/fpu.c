/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Floating point for user threads, switched lazily (docs/fpu.md). A hart's
 * f registers and fcsr belong to one thread at a time, its fpu_owner; a
 * thread runs with sstatus.FS Off unless it is the owner, so its first FP
 * instruction traps (illegal instruction) and fpu_claim() loads its
 * registers. A thread that never uses floating point never costs a load,
 * and one that alternates with threads that do not keeps its registers.
 *
 * Invariants (under the kernel lock):
 *  - cpus[i].fpu_owner is NULL or the save area whose values hart i's f
 *    registers hold, and fpu_owner_regs its thread's registers: that
 *    thread is bound to hart i, and runs there (they are live) or runs
 *    nowhere (they equal the save area). The one exception: bound
 *    elsewhere while hart i still runs it (THREAD_SET_CPU), until hart i
 *    lets it go (arch_fpu_moved).
 *  - a thread that runs nowhere has its FP state in its save area: the
 *    hart that lets it go saves what it wrote (FS Dirty) first
 *    (arch_fpu_let_go). So a thread moved to another hart finds its state
 *    there, and no hart ever needs another hart's registers.
 *  - a thread that runs nowhere has FS Clean in its saved sstatus if it is
 *    the fpu_owner of the hart it is bound to, else FS Off (never Dirty:
 *    the save above makes it Clean). So the
 *    way into user mode needs no test: FS on means the registers are its.
 *    A claim turns the previous owner's FS off (fpu_claim), a move to
 *    another hart the thread's own (arch_fpu_moved).
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <kern/arch.h>
#include <kern/string.h>

void fpu_regs_load(const struct fpu_state *from);   /* fpu.S; the save is
						       arch_fpu_let_go, inline */

/* The FP loads in fpu.S trap with FS Off. The kernel's own FS is
 * left on: it runs no FP code, and the way back to user mode sets FS from
 * the thread's sstatus. */
static void fpu_enable_here(void)
{
	csr_set(sstatus, SSTATUS_FS_DIRTY);
}

static void fpu_disown(struct fpu_state *f)
{
	for (unsigned i = 0; i < ncpus; i++)
		if (cpus[i].fpu_owner == f)
			cpus[i].fpu_owner = 0, cpus[i].fpu_owner_regs = 0;
}

/* The thread with registers r ran an instruction that trapped with FS Off:
 * give it this hart's FP registers and let it retry. An FP instruction
 * then runs; any other illegal instruction traps again, with FS on, and
 * is reported as a fault as it always was (trap_user). */
void fpu_claim(struct trap_frame *r, struct fpu_state *f)
{
	struct cpu *c = this_cpu();

	if (c->fpu_owner != f) {
		/* The owner until now, bound here, runs nowhere: its state
		 * is saved, and its next FP instruction traps. */
		if (c->fpu_owner_regs)
			arch_fpu_set_fs(c->fpu_owner_regs, SSTATUS_FS_OFF);
		fpu_enable_here();
		fpu_regs_load(f);
		c->fpu_owner = f;
		c->fpu_owner_regs = r;
	}
	arch_fpu_set_fs(r, SSTATUS_FS_CLEAN);
}

void arch_fpu_moved(struct trap_frame *r, struct fpu_state *f)
{
	arch_fpu_set_fs(r, SSTATUS_FS_OFF);
	fpu_disown(f);
}

/* The thread's sstatus is set afresh too (arch_regs_init_user: FS Off),
 * or it goes away. */
void arch_fpu_reset(struct fpu_state *f)
{
	fpu_disown(f);
	memset(f, 0, sizeof(*f));
}

/* The invariant checker's part (test/kernel/check.c): the rules above for
 * one thread; *owned counts the harts whose registers are its. */
const char *arch_fpu_check(const struct trap_frame *r, const struct fpu_state *f,
			   unsigned cpu, bool runs, unsigned *owned)
{
	unsigned long fs = r->sstatus & SSTATUS_FS;

	*owned = 0;
	for (unsigned i = 0; i < ncpus; i++) {
		if (cpus[i].fpu_owner != f)
			continue;
		++*owned;
		if (cpus[i].fpu_owner_regs != r)
			return "a hart's FP owner and owner registers are two threads";
		if (i != cpu && !runs)
			return "owns the FP registers of a hart it is not bound to";
	}
	if (*owned > 1)
		return "owns the FP registers of two harts";
	if (runs)
		return 0;   /* its sstatus is its hart's, saved at its last trap */
	if (fs == SSTATUS_FS_DIRTY || fs == SSTATUS_FS_INITIAL)
		return "runs nowhere with its FP registers unsaved";
	if (fs == SSTATUS_FS_CLEAN && (cpu >= ncpus || cpus[cpu].fpu_owner != f))
		return "FPU on, but its hart's FP registers are not its";
	if (r->sstatus & SSTATUS_SD)
		return "SD set with FS not Dirty";
	return 0;
}

unsigned arch_fpu_owners(void)
{
	unsigned n = 0;

	for (unsigned i = 0; i < ncpus; i++)
		n += cpus[i].fpu_owner != 0;
	return n;
}
