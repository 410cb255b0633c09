/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_ARCH_H
#define KERN_ARCH_H

/*
 * Everything generic code may ask of the architecture. Declared here, defined
 * only under arch/<arch>/. Generic code includes this header, never an arch
 * header directly.
 */

#include <stdbool.h>
#include <stdint.h>
/* The one arch type generic code embeds: a thread's user registers
 * (struct arch_regs) and its inline accessors arch_regs_*(). */
#include <arch/riscv/regs.h>
/* arch_cpu_index(), arch_tlb_flush_owed(), arch_fpu_let_go() and
 * arch_fpu_in_use(), inline. */
#include <arch/riscv/inline.h>

/* The most harts the kernel runs on (more are left idle in firmware). */
#define KERN_MAX_CPUS 8

/* Disable interrupts on this hart, returning the previous state. */
unsigned long arch_irq_save(void);
void arch_irq_restore(unsigned long flags);
void arch_irq_enable(void);

/* Firmware console, usable before and after the MMU is on. */
void arch_early_putc(char c);
int arch_early_getc(void); /* -1 if nothing is waiting */

/* Power the machine off; failed = true reports a failure to the host. */
__attribute__((noreturn)) void arch_poweroff(bool failed);

/* Wait for an interrupt. */
void arch_wait_for_interrupt(void);

/* Instruction and cycle counters, for measurements. */
uint64_t arch_instret(void);
uint64_t arch_cycles(void);
/* The timebase counter (ticks at board.timebase_hz). */
uint64_t arch_time(void);

/* This hart's id and its dense CPU index (0 .. ncpus-1). */
unsigned long arch_hartid(void);
/* arch_cpu_index() is an inline from the arch header above. So is
 * arch_cpu_local(), the pointer this sets for hart cpu: one per hart for
 * the generic kernel, found in one load on every entry. */
void arch_set_cpu_local(unsigned cpu, void *p);

/* Physical <-> kernel virtual (direct map) for RAM: arch_phys_to_virt()
 * and arch_virt_to_phys(), inlines from the arch header above. */

/* Map a device register block; returns its kernel virtual address, or 0. */
uintptr_t arch_map_device(uint64_t pa, uint64_t size);

/* Bring up the other harts; returns how many harts are online in all. */
unsigned arch_start_secondaries(void);
/* Start this hart's periodic tick. */
void arch_start_timer(void);
/* Take device interrupts (supervisor external) on this hart. */
void arch_enable_external_irq(void);

/* Set the tick interval in timebase units (0: back to the default); false
 * (nothing changed) for one shorter than 10 us or longer than 10 s. */
bool arch_set_tick_interval(uint64_t units);
/* Ticks this hart has taken. */
uint64_t arch_ticks(void);
/* Number of usable harts the kernel numbered (online or not). */
unsigned arch_ncpus(void);

/* ---- harts ---- */
/* Make hart cpu enter the kernel and choose what to run again. */
void arch_send_ipi(unsigned cpu);
/* The same, and wait until hart cpu runs no user code (it is in the
 * kernel, waiting for the lock the caller holds): what the caller just
 * changed about the thread it ran has taken effect there. */
void arch_cpu_leave_user(unsigned cpu);
/* Idle: load the kernel-only address space, wait for an interrupt with
 * interrupts masked, and handle what is pending (under the kernel lock). */
void arch_idle_space(void);
void arch_idle_wait(void);
void arch_poll_interrupts(void);
bool arch_cpu_online(unsigned cpu);

/* ---- user mode ---- */
void arch_regs_init_user(struct arch_regs *r, uint64_t pc, uint64_t sp, uint64_t arg);
/* Load the address space (a token from arch_space_token) and return to user
 * mode with registers r. Called with the kernel lock held and interrupts
 * off: it records the space as this hart's (arch_space_release reads that
 * under the lock), then drops the lock. */
__attribute__((noreturn)) void arch_enter_user(struct arch_regs *r, uint64_t space_token);
/* True if a timer interrupt is waiting: long operations stop here. */
bool arch_preempt_pending(void);

/* ---- a thread's floating-point registers (struct arch_fpu, in the thread) ---- */
/* Inline, from the arch header above: arch_fpu_let_go(r, f), called
 * whenever a hart stops running a thread, leaves the FP state it wrote
 * where any hart can take it up; arch_fpu_in_use(r) says whether a thread
 * has its FPU on (it owns, or owned, its hart's FP registers). */
/* The thread starts afresh (THREAD_SET_REGS) or goes away: its FP state
 * becomes all zero, and no hart's registers count as its any more (a new
 * thread in the same cell must not find them). It runs on no hart. */
void arch_fpu_reset(struct arch_fpu *f);
/* The thread with registers r and FP save area f, which runs on no hart,
 * is bound to another hart now: the registers of its old hart are not its
 * there (it takes them up again on its first FP instruction). */
void arch_fpu_moved(struct arch_regs *r, struct arch_fpu *f);
/* For the invariant checker (test/kernel/check.c): NULL if the thread with
 * registers r and FP save area f, bound to hart cpu and running (runs) or
 * not, keeps the arch's FP rules, else the rule it breaks; *owned is the
 * number of harts whose FP registers are its. arch_fpu_owners(): the
 * number of harts whose FP registers are some thread's. */
const char *arch_fpu_check(const struct arch_regs *r, const struct arch_fpu *f,
			   unsigned cpu, bool runs, unsigned *owned);
unsigned arch_fpu_owners(void);

/* ---- address spaces: Sv39 entries, ASIDs, TLB ---- */
uint64_t arch_pte_table(uint64_t child_pa);
/* arch_pte_leaf(pa, CAP_R/W/X rights): an inline from the arch header. */
/* Fill the kernel half of a new root table. */
void arch_pt_init_root(uint64_t *hw);
unsigned arch_asid_alloc(void);
uint64_t arch_space_token(uint64_t root_pa, unsigned asid);
/* A root is going away: no hart may keep it loaded or cached. Returns false
 * (and interrupts them) while another hart still has it loaded. */
bool arch_space_release(uint64_t token, unsigned asid);
void arch_tlb_flush_local(void);
/* A user mapping went away: fence this hart now, and every other hart
 * before this one leaves the kernel (arch_tlb_flush_finish), so one system
 * call that unmaps many pages fences each hart once. */
void arch_tlb_flush_all(void);
/* A frame is being mapped executable: its bytes, written through the data
 * side, must reach every hart's instruction fetch (fence.i everywhere). */
void arch_icache_sync(void);
/* A mapping changed in a way no hart may see for an instant: all now. */
void arch_tlb_flush_now(void);
/* Done with kernel work: the other harts' fences, if any are owed
 * (arch_tlb_flush_owed()). */
void arch_tlb_flush_finish(void);
/* For the invariant checker: NULL if hart cpu's fence records agree (it
 * is in the set of harts remote fences reach exactly when it is marked as
 * holding user translations, and it is marked if in_user: it runs a user
 * thread), else the rule it breaks. */
const char *arch_fence_check(unsigned cpu, bool in_user);

#endif
