/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * User mode on RISC-V: entering it, the traps that leave it, and the Sv39
 * entries, ASIDs and fences behind address spaces.
 */
#include <arch/riscv/cpu.h>
#include <arch/riscv/csr.h>
#include <arch/riscv/mmu.h>
#include <arch/riscv/sbi.h>
#include <arch/riscv/timer.h>
#include <arch/riscv/trap.h>
#include <kern/abi.h>
#include <kern/arch.h>
#include <kern/bkl.h>
#include <kern/entry.h>
#include <kern/kstat.h>
#include <kern/printf.h>
#include <kern/sched.h>
#include <kern/syscall.h>
#include <kern/thread.h>

void arch_user_return(struct trap_frame *tf) __attribute__((noreturn));

void arch_regs_init_user(struct trap_frame *r, uint64_t pc, uint64_t sp, uint64_t arg)
{
	for (unsigned i = 0; i < 32; i++)
		r->x[i] = 0;
	r->x[REG_SP] = sp;
	r->x[REG_A0] = arg;
	r->sepc = pc;
	/* sret to U-mode with interrupts on; FPU off until the thread's
	 * first FP instruction claims it (arch/riscv/fpu.c:fpu_claim). FS
	 * is not checked on the way in: it is on only for the owner of the
	 * hart's FP registers (arch/riscv/fpu.c). */
	r->sstatus = SSTATUS_SPIE | SSTATUS_FS_OFF;
	r->scause = r->stval = 0;
}

/* arch_enter_user() but the unlock and the last step, inline for the
 * system-call entry's first step, which lets go of the lock in trap.S. */
static inline __attribute__((always_inline)) void enter_records(struct trap_frame *r,
								 uint64_t token)
{
	struct cpu *c = this_cpu();

	/* All of it under the lock: a hart that takes it next and is about
	 * to free this space (arch_space_release) sees that it is loaded
	 * here, one that changed the thread sees it in user mode
	 * (arch_cpu_leave_user), and code written since this hart last
	 * fenced is fenced. */
	c->user_regs = r;
	c->loaded_space = token;
	if (c->icache_stale) {
		__asm__ volatile("fence.i" ::: "memory");
		c->icache_stale = false;
	}
	if (csr_read(satp) != token) {
		csr_write(satp, token);
		/* Without an ASID the previous space's entries are still in
		 * the TLB under ASID 0. */
		if (((token >> SATP_ASID_SHIFT) & SATP_ASID_MASK) == 0) {
			sfence_vma_all();
			kstat.asid_flushes++;
		}
	}
}

/* The harts whose user_dirty is set (why: above arch_tlb_flush_now), by
 * hart id, as SBI's hart mask has them, so that a fence finds them with
 * no loop over every hart. Under the kernel lock; changed only with
 * user_dirty, which is this mask's bit for its hart kept beside it: the
 * way into user mode tests one byte, where the bit from the mask would
 * cost 4 more instructions on every entry (arch_enter_user; the checker's
 * rule fence keeps the two in agreement). */
static unsigned long user_dirty_harts;

static void mark_user_dirty(struct cpu *c)
{
	c->user_dirty = true;
	user_dirty_harts |= c->hart_mask;
}

/* arch_enter_user() but the last step, inline for trap_fpu_fast. The
 * system-call fast path does not mark the hart (user_dirty): it is
 * entered only from user mode here, so the hart was marked on its way
 * there, and only idling clears the mark (arch_idle_space). */
static inline __attribute__((always_inline)) void enter_prepare(struct trap_frame *r,
								 uint64_t token)
{
	struct cpu *c = this_cpu();

	if (!c->user_dirty)
		mark_user_dirty(c);
	enter_records(r, token);
	bkl_unlock();
}

void arch_enter_user(struct trap_frame *r, uint64_t token)
{
	enter_prepare(r, token);
	arch_user_return(r);
}

bool arch_preempt_pending(void)
{
	return (csr_read(sip) & SIE_STIE) != 0;
}

/* ---- traps from user mode ---- */

static uint64_t fault_cause(unsigned long code)
{
	switch (code) {
	case EXC_INST_PAGE_FAULT:
	case EXC_LOAD_PAGE_FAULT:
	case EXC_STORE_PAGE_FAULT:
		return FAULT_PAGE;
	case EXC_ILLEGAL_INST:
		return FAULT_ILLEGAL;
	case EXC_INST_MISALIGNED:
	case EXC_LOAD_MISALIGNED:
	case EXC_STORE_MISALIGNED:
		return FAULT_MISALIGNED;
	case EXC_BREAKPOINT:
		return FAULT_BREAKPOINT;
	default:
		return FAULT_ACCESS;
	}
}

/*
 * A system call. trap.S tries the fast path first: trap_syscall_fast()
 * makes no call, so it saves no registers, and returns with the lock
 * held: the registers to load and sret into, their thread's records
 * made, or NULL, having changed nothing, for trap_syscall(). The
 * registers were saved into the running thread's (the sched_run that
 * entered it set cpu->user_regs), so that is the caller; all but
 * s1..s11, which are still in the hart's registers (C keeps them; s0
 * holds the block for trap.S): if the caller goes on, they are never
 * stored, and otherwise trap.S stores them before it lets go of the lock,
 * so that no hart sees the caller's block incomplete.
 */
struct trap_frame *trap_syscall_fast(struct trap_frame *tf)
{
	struct thread *t = thread_of_regs(tf), *to;
	uint64_t token;

	bkl_lock();
	if (t->state != THREAD_RUNNABLE || !(to = kern_syscall_fast(t, &token)))
		return 0;
	enter_records(&to->regs, token);
	return &to->regs;
}

/*
 * Another hart may have stopped or blocked the thread while it ran here:
 * then the call is not acted on (the pc still points at it, so it happens
 * again if the thread is restarted).
 */
void trap_syscall(struct trap_frame *tf)
{
	struct thread *t = thread_of_regs(tf);
	unsigned long nr = arch_regs_syscall_nr(tf);

	kstat_enter(nr & 0xff);
	if (t->state == THREAD_RUNNABLE)
		kern_syscall(t, nr);
	sched_exit();
}

/*
 * The first FP instruction of a thread whose FPU is off (FS Off: not the
 * owner of this hart's FP registers) traps as an illegal instruction. It
 * gets them (fpu_claim) and goes straight back to retry, as a system call
 * on the fast path does, unless the scheduler has something to decide
 * (it was stopped, moved or outranked meanwhile). Anything else, and an
 * illegal instruction with FS on, which is a fault, is trap_user's: NULL,
 * the lock not held.
 */
struct trap_frame *trap_fpu_fast(struct trap_frame *tf)
{
	struct thread *t = thread_of_regs(tf);
	struct pagetable *space;

	if (tf->sstatus & SSTATUS_FS)
		return 0;
	bkl_lock();
	if (!sched_may_resume(t) || !(space = thread_space(t))) {
		bkl_unlock();
		return 0;
	}
	fpu_claim(tf, &t->fpu);
	enter_prepare(tf, pt_space_token(space));   /* drops the lock */
	return tf;
}

/* The access a page fault was for, as the PTE bit it needs; 0 if none. */
static uint64_t fault_access(unsigned long code)
{
	switch (code) {
	case EXC_INST_PAGE_FAULT:
		return PTE_X;
	case EXC_LOAD_PAGE_FAULT:
		return PTE_R;
	case EXC_STORE_PAGE_FAULT:
		return PTE_W;
	default:
		return 0;
	}
}

/*
 * Whether the page table loaded here (satp) now lets user code make the
 * access at va. A page fault it allows was stale: this hart's TLB held an
 * entry from before another hart changed it (a frame exchange hides both
 * pages for a moment, then maps them again, ipc/transfer.c). After a local
 * fence the retried instruction sees what the table says, so a retry can
 * happen only once per change: never a loop.
 */
static bool fault_is_stale(uint64_t va, uint64_t need)
{
	uint64_t pte = 0, *table = (uint64_t *)arch_phys_to_virt(
				  (csr_read(satp) & SATP_PPN_MASK) << PAGE_SHIFT);

	if (!need || va >= USER_ADDR_LIMIT)
		return false;
	for (int level = PT_LEVELS - 1; level >= 0; level--) {
		pte = table[PT_INDEX(va, level)];
		if (!(pte & PTE_V) || PTE_IS_LEAF(pte))
			break;
		table = (uint64_t *)arch_phys_to_virt(PTE_TO_PA(pte));
	}
	return (pte & (PTE_V | PTE_U | need)) == (PTE_V | PTE_U | need);
}

/* Interrupts, and faults (a thread no longer runnable is left alone, as
 * in trap_syscall). */
void trap_user(struct trap_frame *tf)
{
	struct thread *t;
	unsigned long code = tf->scause & ~SCAUSE_IRQ_FLAG;

	bkl_lock();
	kstat_enter(KSTAT_OP_TRAP);
	t = sched_current();
	if (tf->scause & SCAUSE_IRQ_FLAG) {
		if (code == IRQ_S_TIMER) {
			timer_tick();
			sched_tick();
		} else if (code == IRQ_S_SOFT) {
			timer_ipi();
		} else if (code == IRQ_S_EXT) {
			kern_device_irq();
		}
	} else if (t && t->state == THREAD_RUNNABLE) {
		if (code == EXC_ILLEGAL_INST && (tf->sstatus & SSTATUS_FS) == SSTATUS_FS_OFF)
			fpu_claim(tf, &t->fpu);      /* and retry the instruction */
		else if (fault_is_stale(tf->stval, fault_access(code)))
			sfence_vma_addr(tf->stval);   /* and retry the instruction */
		else
			thread_fault(t, fault_cause(code), tf->sepc, tf->stval);
	}
	sched_exit();
}

/* ---- Sv39 entries for user mappings ---- */

uint64_t arch_pte_table(uint64_t child_pa)
{
	return PTE_FROM_PA(child_pa, PTE_V);
}

void arch_pt_init_root(uint64_t *hw)
{
	for (unsigned i = KERNEL_HALF_FIRST; i < PT_ENTRIES; i++)
		hw[i] = kernel_root[i];
}

/*
 * ASIDs: each root table gets one of its own, given back when the table is
 * freed (arch_space_release has then fenced every hart that may hold its
 * translations, so the next space to get it finds none), up to
 * ASID_TRACKED of them in use at once. Beyond that, or on a hart without
 * ASIDs, new spaces share ASID 0, and every switch to one flushes the whole
 * TLB: the boot log says so, and KCOUNT_ASID_FLUSHES counts those switches.
 */
#define ASID_TRACKED 4096

static uint16_t asid_free[ASID_TRACKED];   /* a stack of the ASIDs not in use */
static unsigned asid_nfree, asid_max;
static bool asid_out_said;

void arch_asid_init(void)
{
	uint64_t satp = csr_read(satp);

	csr_write(satp, satp | (SATP_ASID_MASK << SATP_ASID_SHIFT));
	asid_max = (csr_read(satp) >> SATP_ASID_SHIFT) & SATP_ASID_MASK;
	csr_write(satp, satp);
	sfence_vma_all();
	for (unsigned a = asid_max < ASID_TRACKED ? asid_max : ASID_TRACKED; a >= 1; a--)
		asid_free[asid_nfree++] = (uint16_t)a;   /* 1 on top */
}

unsigned arch_asid_count(void)
{
	return asid_max;
}

unsigned arch_asid_alloc(void)
{
	if (asid_nfree)
		return asid_free[--asid_nfree];
	if (!asid_out_said) {
		asid_out_said = true;
		kprintf("asid: %s: new address spaces share ASID 0, and each switch to one "
			"flushes the TLB\n", asid_max ? "all in use" : "this hart has none");
	}
	return 0;
}

static void asid_give_back(unsigned asid)
{
	if (asid && asid_nfree < ASID_TRACKED)
		asid_free[asid_nfree++] = (uint16_t)asid;
}

uint64_t arch_space_token(uint64_t root_pa, unsigned asid)
{
	return SATP_MODE_SV39 | ((uint64_t)asid << SATP_ASID_SHIFT) | (root_pa >> PAGE_SHIFT);
}

bool arch_space_release(uint64_t token, unsigned asid)
{
	bool elsewhere = false;

	for (unsigned i = 0; i < ncpus; i++) {
		if (&cpus[i] == this_cpu() ||
		    __atomic_load_n(&cpus[i].loaded_space, __ATOMIC_ACQUIRE) != token)
			continue;
		elsewhere = true;
		arch_send_ipi(i);
	}
	if (elsewhere)
		return false;
	if (csr_read(satp) == token) {
		csr_write(satp, boot_satp);
		this_cpu()->loaded_space = boot_satp;
	}
	/* Its frames are about to be freed: no hart may walk them again, nor
	 * keep a translation under its ASID, which can now go to another. */
	arch_tlb_flush_now();
	asid_give_back(asid);
	return true;
}

void arch_tlb_flush_local(void)
{
	sfence_vma_all();
}

/*
 * A hart may cache user translations (and instructions) from the moment it
 * enters user mode until it flushes on its way into idle, so only harts in
 * that state (user_dirty) need a remote fence when a mapping goes away;
 * idle harts, which is most of them most of the time, are left alone. The
 * flag changes only under the kernel lock, like the mappings themselves.
 * SBI RFENCE returns once the harts have done it (OpenSBI waits for them).
 */
bool arch_remote_fence_owed;   /* under the kernel lock */

static unsigned long dirty_harts_mask(void)
{
	return user_dirty_harts & ~this_cpu()->hart_mask;
}

void arch_tlb_flush_now(void)
{
	unsigned long mask = dirty_harts_mask();

	sfence_vma_all();
	arch_remote_fence_owed = false;
	if (mask)
		sbi_remote_sfence_vma(mask, 0, 0, (unsigned long)-1);
}

/* Harts running user code fence now; every other hart is marked to
 * fence.i when it next enters user mode (arch_enter_user). */
void arch_icache_sync(void)
{
	unsigned long mask = dirty_harts_mask();

	__asm__ volatile("fence.i" ::: "memory");
	for (unsigned i = 0; i < ncpus; i++)
		cpus[i].icache_stale = &cpus[i] != this_cpu();
	if (mask)
		sbi_remote_fence_i(mask, 0);
}

const char *arch_fence_check(unsigned cpu, bool in_user)
{
	const struct cpu *c = &cpus[cpu];

	if (c->user_dirty != ((user_dirty_harts & c->hart_mask) != 0))
		return "a hart's user_dirty and the set fences reach disagree";
	if (in_user && !c->user_dirty)
		return "a hart runs a user thread but fences would pass it by";
	return 0;
}

void arch_tlb_flush_all(void)
{
	sfence_vma_all();
	arch_remote_fence_owed = true;
}

void arch_tlb_flush_finish(void)
{
	if (arch_remote_fence_owed)
		arch_tlb_flush_now();
}

/* ---- harts and idling ---- */

void arch_send_ipi(unsigned cpu)
{
	if (cpu < ncpus && cpus[cpu].online)
		sbi_send_ipi(cpus[cpu].hart_mask, 0);
}

/*
 * The IPI is taken at the hart's next instruction in user mode (there
 * supervisor interrupts are always on), and the trap entry clears
 * user_regs before it waits for the lock we hold: so this wait ends, and
 * nothing the hart runs afterwards is user code. A hart between dropping
 * the lock and its sret has user_regs set already: it takes the IPI
 * before its first user instruction.
 */
void arch_cpu_leave_user(unsigned cpu)
{
	if (cpu >= ncpus || &cpus[cpu] == this_cpu() || !cpus[cpu].online)
		return;
	sbi_send_ipi(cpus[cpu].hart_mask, 0);
	while (__atomic_load_n(&cpus[cpu].user_regs, __ATOMIC_ACQUIRE))
		;
}

bool arch_cpu_online(unsigned cpu)
{
	return cpu < ncpus && cpus[cpu].online;
}

void arch_idle_space(void)
{
	struct cpu *c = this_cpu();

	__atomic_store_n(&c->loaded_space, boot_satp, __ATOMIC_RELEASE);
	if (csr_read(satp) != boot_satp)
		csr_write(satp, boot_satp);
	if (c->user_dirty) {
		/* Drop every user translation: from now on no remote fence
		 * needs to reach this hart until it runs a thread again. */
		sfence_vma_all();
		c->user_dirty = false;
		user_dirty_harts &= ~c->hart_mask;
	}
}

/* wfi wakes for any interrupt enabled in sie, whatever sstatus.SIE says, so
 * the idle loop waits with interrupts masked and polls what woke it. */
void arch_idle_wait(void)
{
	__asm__ volatile("wfi");
}

void arch_poll_interrupts(void)
{
	unsigned long pending = csr_read(sip) & csr_read(sie);

	if (pending & SIE_STIE) {
		timer_tick();
		sched_tick();
	}
	if (pending & SIE_SSIE)
		timer_ipi();
	if (pending & SIE_SEIE)
		kern_device_irq();
}
