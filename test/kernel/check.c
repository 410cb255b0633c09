/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The invariant checker: every rule the object headers state, checked over
 * every live object. It is part of the test image only (the root-task
 * suite runs it after every case and the fuzzers every few thousand calls,
 * through SYSCTL_CHECK); it walks everything under the kernel lock with no
 * preemption point, which is fine for a test and nothing else.
 *
 * Each broken rule is counted and the first few are printed, saying which
 * rule broke at which object. The rules, with the header that states them:
 *
 *  live       every pointer between objects points at a live object of the
 *             type it should (kern/obj.h): "no object points at a freed cell"
 *  tree       derivation trees: links consistent, rights never grow, the
 *             badge is set once, each object's count is its tree's
 *             (cap/cap.h); every filled slot of every container is a node
 *             of its object's tree and the other way round
 *  frames     every frame an object holds is handed out (not free), held
 *             once, and charged to the object's activity; each activity's
 *             use is what it and its descendants hold (kern/activity.h);
 *             what is not free is held by the activities
 *  cells      cell frames: their masks agree with the live objects in them,
 *             partial lists hold exactly the frames with a free cell
 *  pte        every hardware entry agrees with the capability behind it
 *             (kern/pagetable.h)
 *  mappings   each frame counts its capabilities in page-table slots, and,
 *             unless it lost track, lists exactly those (cap/cappage.h)
 *  kept       every kept lookup still standing (its generation is
 *             cap_generation) says what a walk says now: a space's kept
 *             slots (kern/pagetable.h) and each thread's fast-path queue
 *             (ipc/fastpath.h), by cap/cap.h's rule
 *  thread     state, wait and run queues agree (kern/thread.h, sched.h)
 *  fence      a hart that runs a user thread is one that remote fences
 *             reach, and that set is exactly the harts marked as holding
 *             user translations (arch/riscv/user.c)
 *  fpu        each hart's FP registers belong to at most one live thread,
 *             bound to it, and a thread that runs nowhere has its FP state
 *             saved and its FPU on only if they are its (arch/riscv/fpu.c)
 *  ipc        queue lists agree with message and thread states; one waiter;
 *             peers point at each other; resumers and replies link both
 *             ways (ipc/message.h)
 *  calls      every armed reply names an open call (its target RECEIVING
 *             on no queue), and every message waiting so for a reply is
 *             named by exactly one armed reply (ipc/message.h)
 */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <ipc/ipc.h>
#include <ipc/irq.h>
#include <ipc/message.h>
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/check.h>
#include <kern/dev/plic.h>
#include <kern/object.h>
#include <kern/pagetable.h>
#include <kern/pmem.h>
#include <kern/printf.h>
#include <kern/sched.h>
#include <kern/thread.h>
#include <kern/work.h>

#define REPORT_MAX 8
#define SEEN_PAGES 256                 /* one bit a frame: 32 GiB of RAM */
#define BITS_PER_PAGE (PMEM_FRAME_SIZE * 8)

static uint64_t *seen[SEEN_PAGES];     /* frames held by some object */
static unsigned seen_pages;
static uint64_t own_frames;            /* this checker's, taken at boot */
static uint32_t epoch;                 /* the mark of this run's live objects */
static unsigned long broken;
static unsigned fpu_owned;             /* harts whose FP registers a thread owns */

static const char *type_name(unsigned type)
{
	return type < OBJ_TYPE_COUNT && obj_types[type].name ? obj_types[type].name : "?";
}

static void bad(const char *rule, const void *where, const char *what)
{
	const struct obj *o = where;

	if (broken++ < REPORT_MAX)
		kprintf("check: %s: %s %p: %s\n", rule, o ? type_name(o->type) : "-", where,
			what);
}

#define RULE(cond, rule, where, what)           \
	do {                                    \
		if (!(cond))                    \
			bad(rule, where, what); \
	} while (0)

/* ---- liveness ---------------------------------------------------------- */

/* p is a live object (marked in this run's first pass) of type (or any,
 * OBJ_NONE). Only memory the kernel owns is read on the way. */
static bool live(const void *p, unsigned type)
{
	uint64_t pa = arch_virt_to_phys((uintptr_t)p);
	const struct cell_frame *f;
	uintptr_t off;
	const struct obj *o = p;

	if (!p || !pmem_owns(pa & ~(PMEM_FRAME_SIZE - 1)) ||
	    pmem_is_free(pa & ~(PMEM_FRAME_SIZE - 1)))
		return false;
	off = (uintptr_t)p % PMEM_FRAME_SIZE;
	if (off < OBJ_CELL_FRAME_HDR || (off - OBJ_CELL_FRAME_HDR) % OBJ_CELL_SIZE)
		return false;
	f = cell_frame_of(p);
	if (f->free_mask & (1u << ((off - OBJ_CELL_FRAME_HDR) / OBJ_CELL_SIZE)))
		return false;
	return o->reserved32 == epoch && o->type != OBJ_NONE && (type == OBJ_NONE || o->type == type);
}

/* The next activity after a in a pre-order walk of the tree under top. */
static struct activity *next_activity(struct activity *a, struct activity *top)
{
	struct obj *o;

	for (o = a->objects; o; o = o->owner_next)
		if (o->type == OBJ_ACTIVITY)
			return (struct activity *)o;
	while (a != top) {
		for (o = a->hdr.owner_next; o; o = o->owner_next)
			if (o->type == OBJ_ACTIVITY)
				return (struct activity *)o;
		a = a->hdr.owner;
	}
	return 0;
}

#define FOR_EACH_ACTIVITY(a, root) for (a = (root); a; a = next_activity(a, (root)))
#define FOR_EACH_OBJECT(o, a) for (o = (a)->objects; o; o = o->owner_next)

/* What the first pass over the objects saw of a message (reserved16). */
#define SEEN_ON_QUEUE  1   /* on a queue's list */
#define SEEN_TARGETED  2   /* added once for each armed reply naming it */

static void mark_all(struct activity *root)
{
	struct activity *a;
	struct obj *o;

	root->hdr.reserved32 = epoch;
	FOR_EACH_ACTIVITY(a, root)
		FOR_EACH_OBJECT(o, a) {
			o->reserved32 = epoch;
			o->reserved16 = 0;   /* scratch: SEEN_* */
		}
}

/* ---- frames ------------------------------------------------------------ */

static bool seen_test_and_set(uint64_t pa)
{
	uint64_t i = pmem_index(pa), *w, bit;

	if (i == PMEM_NO_INDEX || i / BITS_PER_PAGE >= seen_pages)
		return true;   /* reported by the caller as not managed */
	w = &seen[i / BITS_PER_PAGE][(i % BITS_PER_PAGE) / 64];
	bit = 1UL << (i % 64);
	if (*w & bit)
		return true;
	*w |= bit;
	return false;
}

/* A frame o holds: handed out, and held by nothing else. */
static uint64_t held(const struct obj *o, uint64_t pa)
{
	RULE(pmem_owns(pa), "frames", o, "holds a frame the allocator does not manage");
	RULE(!pmem_is_free(pa), "frames", o, "holds a free frame");
	RULE(!seen_test_and_set(pa), "frames", o, "holds a frame held twice");
	return 1;
}

/* The frames o holds besides its cell, charged to its activity. */
static uint64_t frames_of(const struct obj *o)
{
	const struct pagetable *pt = (const void *)o;
	const struct cappage *cp = (const void *)o;
	uint64_t n = 0;

	switch (o->type) {
	case OBJ_FRAME:
		return held(o, ((const struct frame *)o)->pa);
	case OBJ_CAPPAGE:
		return held(o, cp->slots_pa);
	case OBJ_PAGETABLE:
		n += held(o, pt->hw_pa);
		for (unsigned i = 0; i < PT_SLOT_FRAMES; i++)
			n += held(o, arch_virt_to_phys((uintptr_t)pt->slots[i]));
		return n;
	default:
		return 0;
	}
}

/* The activity that pays for o's cell: the root pays for its own. */
static const struct activity *payer(const struct obj *o)
{
	return o->owner ? o->owner : (const struct activity *)o;
}

/* Cell frames: a frame is charged once, through its first live cell. */
static uint64_t cell_frame_charge(const struct obj *o)
{
	struct cell_frame *f = cell_frame_of(o);
	uint32_t used = ALL_CELLS_FREE & ~f->free_mask;

	for (unsigned i = 0; i < OBJ_CELLS_PER_FRAME; i++) {
		const struct obj *x = cell_at(f, i);
		if (!(used & (1u << i)))
			continue;
		RULE(live(x, OBJ_NONE), "cells", o, "a cell its frame calls used is no live object");
		if (live(x, OBJ_NONE))
			RULE(payer(x) == payer(o), "cells", o,
			     "shares a cell frame with another activity's object");
	}
	if (cell_at(f, __builtin_ctz(used)) != o)
		return 0;
	held(o, arch_virt_to_phys((uintptr_t)f));
	return 1;
}

static void check_partial(struct activity *a)
{
	unsigned n = 0;

	for (struct cell_frame *f = a->partial; f && n < 100000; f = f->next, n++) {
		RULE(f->free_mask && f->free_mask != ALL_CELLS_FREE, "cells", a,
		     "a frame on the partial list is full or empty");
		RULE(!f->next || f->next->prev == f, "cells", a, "partial list links disagree");
	}
}

/* ---- derivation trees and slots ------------------------------------------ */

/* The slot index of container c, or NULL (struct obj_type). */
static struct cap *slot_of(struct obj *c, unsigned index)
{
	const struct obj_type *t = &obj_types[c->type];

	return index < t->nslots ? t->slot(c, index) : 0;
}

static unsigned slot_count(const struct obj *c)
{
	return obj_types[c->type].nslots;
}

/* The tree under o's root; returns its node count (root excluded). */
static uint64_t check_tree(struct obj *o)
{
	struct cap *top = &o->root;
	uint64_t n = 0;

	RULE(top->obj == o && top->type == o->type && !top->parent, "tree", o, "bad root");
	for (struct cap *c = cap_next_in_subtree(top, top); c; c = cap_next_in_subtree(c, top)) {
		n++;
		if (c->obj != o || c->type != o->type) {
			bad("tree", o, "a node names another object");
			break;
		}
		RULE(c->parent, "tree", o, "a node without a parent");
		if (!c->parent)
			break;
		RULE(!(c->rights & ~c->parent->rights), "tree", o, "rights grew down the tree");
		/* A reply capability's badge is the call's generation. */
		RULE(c->badge == c->parent->badge || c->parent->badge == 0 ||
			     o->type == OBJ_REPLY,
		     "tree", o, "a badge changed after it was set");
		RULE(!c->next_sibling || c->next_sibling->prev_sibling == c, "tree", o,
		     "sibling links disagree");
		RULE(c->prev_sibling ? c->prev_sibling->next_sibling == c
				     : c->parent->first_child == c,
		     "tree", o, "a node its parent does not list first");
		RULE(!c->first_child || c->first_child->parent == c, "tree", o,
		     "a child names another parent");
		/* A cut move's marks come in pairs, src just before dst. */
		RULE(c->reserved != CAP_MOVING ||
			     (c->next_sibling && cap_moving_to(c, c->next_sibling)),
		     "tree", o, "a move's source not beside its destination");
		RULE(c->reserved != CAP_MOVE_DST ||
			     (c->prev_sibling && cap_moving_to(c->prev_sibling, c)),
		     "tree", o, "a move's destination not beside its source");
		RULE(!(c->reserved & ~(CAP_MOVING | CAP_MOVE_DST)), "tree", o,
		     "unknown marks on a capability");
		RULE(c->container && live(c->container, OBJ_NONE) &&
			     slot_of(c->container, c->index) == c,
		     "live", o, "a capability lives in no live container's slot");
	}
	RULE(n == o->ncaps, "tree", o, "its capability count is not its tree's");
	return n;
}

/* Every filled slot of container c names a live object and is in its tree. */
static uint64_t check_slots(struct obj *c)
{
	uint64_t n = 0;

	for (unsigned i = 0; i < slot_count(c); i++) {
		struct cap *s = slot_of(c, i), *p;
		unsigned depth = 0;
		RULE(s->container == c && s->index == i, "tree", c, "a slot names another container");
		if (cap_is_empty(s))
			continue;
		n++;
		if (!live(s->obj, s->type)) {
			bad("live", c, "a slot names a dead object");
			continue;
		}
		for (p = s; p->parent && depth < 1000000; p = p->parent)
			depth++;
		RULE(p == &s->obj->root, "tree", c, "a slot outside its object's tree");
	}
	return n;
}

/* ---- page tables -------------------------------------------------------- */

static void check_pagetable(struct pagetable *pt)
{
	unsigned limit = pt->level == PT_LEVELS - 1 ? PT_USER_ROOT_SLOTS : PT_SLOTS;

	for (unsigned i = 0; i < limit; i++) {
		struct cap *s = pt_slot(pt, i);
		uint64_t hw = pt_hw_entry(pt, i), want = 0;

		if (cap_is_empty(s) || !live(s->obj, s->type))
			want = 0;
		else if (s->type == OBJ_PAGETABLE) {
			struct pagetable *child = (struct pagetable *)s->obj;
			RULE(pt->level > 0 && child->level == pt->level - 1, "pte", pt,
			     "a table of the wrong level in a slot");
			RULE((s->rights & PT_SPACE_RIGHTS) == PT_SPACE_RIGHTS, "pte", pt,
			     "a table linked without R, W and X");
			want = arch_pte_table(child->hw_pa);
		} else if (s->type == OBJ_FRAME || s->type == OBJ_DEVFRAME) {
			RULE(pt->level == 0, "pte", pt, "a frame above level 0");
			want = arch_pte_leaf(((struct frame *)s->obj)->pa, s->rights);
		} else {
			RULE(s->type == OBJ_CAPPAGE && pt->level == 0, "pte", pt,
			     "a slot holds what no table holds");
		}
		RULE(hw == want, "pte", pt, "a hardware entry disagrees with its capability");
	}
	for (unsigned i = 0; i < PT_KEPT; i++) {
		const struct pt_kept *k = &pt->kept[i];
		struct lookup l;

		if (!k->slot || k->generation != cap_generation)
			continue;
		l = cspace_lookup(pt, k->caddr);
		RULE(!l.err && l.slot == k->slot, "kept", pt,
		     "a kept lookup names a slot the walk does not find");
	}
}

/* The frame's mapping list (cap/cappage.h) against its tree. */
static void check_frame(struct frame *f)
{
	unsigned n = 0;

	for (struct cap *c = cap_next_in_subtree(&f->hdr.root, &f->hdr.root); c;
	     c = cap_next_in_subtree(c, &f->hdr.root)) {
		unsigned listed = 0;
		if (!c->container || c->container->type != OBJ_PAGETABLE)
			continue;
		n++;
		if (f->mapped_lost)
			continue;
		for (unsigned i = 0; i < f->nmapped && i < FRAME_MAPPINGS_KEPT; i++)
			listed += f->mapped[i] == c;
		RULE(listed == 1, "mappings", f, "a mapping its list does not hold once");
	}
	/* With each of the n listed once in nmapped entries, nothing else is. */
	RULE(n == f->nmapped, "mappings", f, "its mapping count is not its tree's");
	RULE(f->mapped_lost || f->nmapped <= FRAME_MAPPINGS_KEPT, "mappings", f,
	     "more mappings than its list holds, and not lost");
}

/* ---- threads ------------------------------------------------------------ */

/* A live thread: an object, or a hart's worker (kern/work.h), which is
 * static and no activity's. */
static bool live_thread(const struct thread *t)
{
	return t && (live(t, OBJ_THREAD) || work_is_worker(t));
}

static bool on_thread_list(struct thread *head, struct thread *t)
{
	for (unsigned n = 0; head && n < 1000000; head = head->wq_next, n++)
		if (head == t)
			return true;
	return false;
}

static bool current_somewhere(const struct thread *t)
{
	for (unsigned i = 0; i < KERN_MAX_CPUS; i++)
		if (sched_rq[i].current == t)
			return true;
	return false;
}

static void check_thread(struct thread *t)
{
	struct pagetable *space = thread_space(t);
	unsigned owned;
	const char *fpu = arch_fpu_check(&t->regs, &t->fpu, t->cpu, t->running_on >= 0, &owned);

	RULE(!fpu, "fpu", t, fpu);
	fpu_owned += owned;

	RULE(t->prio <= t->max_prio, "thread", t, "priority above its maximum");
	if (space && t->fp_rights && t->fp_generation == cap_generation) {
		struct lookup l = cspace_lookup(space, t->fp_caddr);

		RULE(!l.err && l.slot->type == OBJ_QUEUE &&
		     l.slot->obj == &t->fp_queue->hdr && l.slot->rights == t->fp_rights &&
		     l.slot->badge == t->fp_badge && !l.slot->obj->dying,
		     "kept", t, "the fast path's kept queue is not what the walk finds");
	}
	RULE(!space || (space->level == PT_LEVELS - 1 &&
			(t->space.rights & PT_SPACE_RIGHTS) == PT_SPACE_RIGHTS),
	     "thread", t, "a space that is no root table with R, W and X");
	if (t->state == THREAD_RUNNABLE)
		RULE(t->rq_next || current_somewhere(t), "thread", t,
		     "runnable but neither queued nor current");
	else
		RULE(!t->rq_next, "thread", t, "on a run queue but not runnable");
	if (t->state != THREAD_BLOCKED) {
		RULE(t->wait == WAIT_NONE && !t->waiting_on, "thread", t,
		     "waits without being blocked");
	} else {
		void *on = t->waiting_on;
		switch (t->wait) {
		case WAIT_MESSAGE:
			RULE(live(on, OBJ_MESSAGE) && ((struct message *)on)->waiter == t, "ipc", t,
			     "waits on a message that does not name it its waiter");
			break;
		case WAIT_CALL:
			RULE(live(on, OBJ_QUEUE) && on_thread_list(((struct queue *)on)->callers, t),
			     "ipc", t, "calls a queue that does not list it");
			break;
		case WAIT_RECV:
			RULE(live(on, OBJ_QUEUE) && on_thread_list(((struct queue *)on)->waiters, t),
			     "ipc", t, "receives on a queue that does not list it");
			RULE(!t->reply_to, "ipc", t, "receives while it owes a reply");
			break;
		case WAIT_REPLY:
			RULE(live(on, OBJ_THREAD) && ((struct thread *)on)->reply_to == t, "ipc", t,
			     "waits for a reply from a thread that does not owe it one");
			break;
		case WAIT_SLEEP:
			RULE(on_thread_list(ipc_sleepers(), t), "ipc", t, "sleeps off the list");
			break;
		case WAIT_DESTROY:
			RULE(live(on, OBJ_NONE) && ((struct obj *)on)->dying &&
				     on_thread_list(((struct obj *)on)->destroy_waiters, t),
			     "work", t, "waits for a destruction that does not list it");
			break;
		default:
			bad("thread", t, "blocked on nothing");
		}
	}
	if (t->reply_to)
		RULE(live(t->reply_to, OBJ_THREAD) && t->reply_to->state == THREAD_BLOCKED &&
			     t->reply_to->wait == WAIT_REPLY && t->reply_to->waiting_on == t,
		     "ipc", t, "owes a reply to a thread that does not wait for it");
}

static void check_run_queues(void)
{
	for (unsigned h = 0; h < arch_ncpus(); h++) {
		struct runqueue *q = &sched_rq[h];
		RULE(!q->current || live_thread(q->current), "live", 0,
		     "a hart's current thread is dead");
		/* sched_exit lets a current thread run on without making
		 * these records again. */
		RULE(!q->current || (q->current->running_on == (int)h && q->current->last_cpu == (int)h),
		     "thread", q->current, "a hart's current thread does not record that it runs there");
		const char *fence = arch_fence_check(h, q->current && !work_is_worker(q->current));
		RULE(!fence, "fence", q->current, fence);
		for (unsigned p = 0; p < NPRIO; p++) {
			struct thread *t = q->head[p];
			unsigned n = 0;
			if (!t)
				continue;
			do {
				if (!live_thread(t)) {
					bad("live", 0, "a run queue holds a dead thread");
					break;
				}
				RULE(t->state == THREAD_RUNNABLE && t->cpu == h && t->prio == p, "thread",
				     t, "queued where it does not belong");
				RULE(t->rq_next->rq_prev == t, "thread", t, "run queue links disagree");
				t = t->rq_next;
			} while (t != q->head[p] && ++n < 100000);
		}
	}
	for (struct thread *t = ipc_sleepers(); t; t = t->wq_next) {
		if (!live_thread(t)) {
			bad("live", 0, "a dead thread sleeps");
			break;
		}
		RULE(t->state == THREAD_BLOCKED && t->wait == WAIT_SLEEP, "ipc", t,
		     "on the sleep list but not asleep");
		RULE(!t->wq_next || t->wq_next->wake_tick >= t->wake_tick, "ipc", t,
		     "the sleepers are not in the order they wake");
		RULE(!t->wq_next || t->wq_next->wq_prev == t, "ipc", t, "sleeper links disagree");
	}
}

/* ---- messages, queues, replies, interrupts -------------------------------- */

static void check_msg_list(struct queue *q, struct message *head, struct message *tail,
			   unsigned state)
{
	struct message *m, *last = 0;
	unsigned n = 0;

	for (m = head; m && n < 1000000; last = m, m = m->q_next, n++) {
		if (!live(m, OBJ_MESSAGE)) {
			bad("live", q, "a queue lists a dead message");
			return;
		}
		RULE(m->state == state && m->queue == q, "ipc", q,
		     "lists a message that is not waiting there");
		RULE(m->q_prev == last, "ipc", q, "message list links disagree");
		m->hdr.reserved16 |= SEEN_ON_QUEUE;
	}
	RULE(tail == last, "ipc", q, "a list's tail is not its last message");
}

static void check_thread_list(struct queue *q, struct thread *head, struct thread *tail,
			      unsigned wait)
{
	struct thread *t, *last = 0;
	unsigned n = 0;

	for (t = head; t && n < 1000000; last = t, t = t->wq_next, n++) {
		if (!live(t, OBJ_THREAD)) {
			bad("live", q, "a queue lists a dead thread");
			return;
		}
		RULE(t->state == THREAD_BLOCKED && t->wait == wait && t->waiting_on == q, "ipc", q,
		     "lists a thread that is not waiting there");
		RULE(t->wq_prev == last, "ipc", q, "thread list links disagree");
	}
	RULE(tail == last, "ipc", q, "a list's tail is not its last thread");
}

static void check_queue(struct queue *q)
{
	unsigned n = 0;

	check_msg_list(q, q->senders, q->senders_tail, MSG_SENDING);
	check_msg_list(q, q->receivers, q->receivers_tail, MSG_RECEIVING);
	check_thread_list(q, q->callers, q->callers_tail, WAIT_CALL);
	check_thread_list(q, q->waiters, q->waiters_tail, WAIT_RECV);
	for (struct irq *i = q->pending_irqs; i && n < PLIC_MAX_SOURCES; i = i->pend_next, n++) {
		if (!live(i, OBJ_IRQ)) {
			bad("live", q, "a dead interrupt is pending");
			return;
		}
		RULE(i->pending && i->queue.obj == &q->hdr, "ipc", q,
		     "an interrupt pending on a queue it is not bound to");
	}
}

static void check_reply(struct reply *r)
{
	struct message *t = (struct message *)r->target.obj;

	if (!r->armed)
		return;
	if (cap_is_empty(&r->target) || !live(t, OBJ_MESSAGE)) {
		bad("calls", r, "armed with no target");
		return;
	}
	if (!reply_open(r)) {
		bad("calls", r, "armed, but its target waits for no reply");
		return;
	}
	t->hdr.reserved16 += SEEN_TARGETED;
}

static void check_message(struct message *m)
{
	if (m->state == MSG_RECEIVING && !m->queue)
		RULE(m->hdr.reserved16 / SEEN_TARGETED == 1, "calls", m,
		     "waits for a reply no armed reply, or more than one, names");
	RULE(m->state != MSG_IDLE || (!m->queue && !m->peer), "ipc", m, "idle but queued or paired");
	if (m->queue)
		RULE(live(m->queue, OBJ_QUEUE) && (m->hdr.reserved16 & SEEN_ON_QUEUE), "ipc", m,
		     "names a queue that does not list it");
	if (m->state == MSG_TRANSFER)
		RULE(live(m->peer, OBJ_MESSAGE) && m->peer->peer == m &&
			     m->peer->state == MSG_TRANSFER && m->peer->is_source != m->is_source &&
			     m->copied <= m->ncaps,
		     "ipc", m, "in transfer with a peer that is not");
	else
		RULE(!m->peer, "ipc", m, "a peer outside a transfer");
	if (m->waiter)
		RULE(live(m->waiter, OBJ_THREAD) && m->waiter->state == THREAD_BLOCKED &&
			     m->waiter->wait == WAIT_MESSAGE && m->waiter->waiting_on == m,
		     "ipc", m, "its waiter does not wait on it");
	/* Between system calls a transfer is in progress only as the
	 * worker's work (kern/work.h). */
	RULE(m->xfer.queued == (m->state == MSG_TRANSFER && m->is_source), "work", m,
	     "a transfer in progress the worker does not carry on, or the other way");
	if (m->xfer.queued)
		RULE(m->xfer.kind == WORK_TRANSFER, "work", m, "its transfer queued as other work");
}

static void check_other(struct obj *o)
{
	unsigned n = 0;

	RULE(!o->work.queued || (o->dying && o->work.kind == WORK_DESTROY), "work", o,
	     "destruction queued for an object not dying");
	for (struct thread *t = o->destroy_waiters; t && n < 100000; t = t->wq_next, n++) {
		if (!live(t, OBJ_THREAD)) {
			bad("live", o, "a dead thread waits for its destruction");
			break;
		}
		RULE(t->state == THREAD_BLOCKED && t->wait == WAIT_DESTROY && t->waiting_on == o,
		     "work", o, "lists a thread that does not wait for its destruction");
	}
	if (o->type == OBJ_IRQ) {
		struct irq *i = (struct irq *)o;
		RULE(irq_of_source(i->source) == i, "ipc", o, "not its source's object");
		RULE(!i->pending || !cap_is_empty(&i->queue), "ipc", o, "pending on no queue");
	}
}

/* ---- the whole check ------------------------------------------------------ */

static unsigned long check_everything(void)
{
	struct activity *root = activity_root(), *a;
	struct obj *o;
	uint64_t nodes = 0, slots = 0, held_total = 0;

	broken = 0;
	fpu_owned = 0;
	epoch++;
	for (unsigned i = 0; i < seen_pages; i++)
		for (unsigned w = 0; w < PMEM_FRAME_SIZE / 8; w++)
			seen[i][w] = 0;
	mark_all(root);
	FOR_EACH_ACTIVITY(a, root)
		FOR_EACH_OBJECT(o, a)
			if (o->type == OBJ_QUEUE)
				check_queue((struct queue *)o);
			else if (o->type == OBJ_REPLY)
				check_reply((struct reply *)o);
	/* The root activity pays for its own cell, in its first frame. */
	slots += check_slots(&root->hdr);
	nodes += check_tree(&root->hdr);
	FOR_EACH_ACTIVITY(a, root) {
		uint64_t own = 0, children = 0;
		if (a == root)
			own += cell_frame_charge(&a->hdr);
		RULE(a->used <= a->quota, "frames", a, "uses more than its quota");
		RULE(!a->hdr.owner || a->quota <= a->hdr.owner->quota, "frames", a,
		     "a quota above its parent's");
		check_partial(a);
		FOR_EACH_OBJECT(o, a) {
			RULE(o->owner == a, "live", o, "on another activity's list");
			RULE(!o->owner_next || o->owner_next->owner_prev == o, "live", o,
			     "object list links disagree");
			own += cell_frame_charge(o) + frames_of(o);
			if (o->type == OBJ_ACTIVITY)
				children += ((struct activity *)o)->used;
			nodes += check_tree(o);
			slots += check_slots(o);
			check_other(o);
			switch (o->type) {
			case OBJ_PAGETABLE:
				check_pagetable((struct pagetable *)o);
				break;
			case OBJ_THREAD:
				check_thread((struct thread *)o);
				break;
			case OBJ_MESSAGE:
				check_message((struct message *)o);
				break;
			case OBJ_FRAME:
			case OBJ_DEVFRAME:
				check_frame((struct frame *)o);
				break;
			}
		}
		RULE(a->used == own + children, "frames", a,
		     "its use is not what it and its descendants hold");
		held_total += own;
	}
	RULE(nodes == slots, "tree", 0, "tree nodes and filled slots do not match one to one");
	RULE(root->used + pmem_free_frames() + own_frames == pmem_total_frames(), "frames", root,
	     "frames neither free nor held by an activity");
	check_run_queues();
	RULE(fpu_owned == arch_fpu_owners(), "fpu", 0,
	     "a hart's FP registers are owned by no live thread");
	if (broken > REPORT_MAX)
		kprintf("check: ... %lu rules broken in all\n", broken);
	return broken;
}

/* Room for the table of held frames, taken once at boot. */
void selftest_check_init(void)
{
	uint64_t need = (pmem_total_frames() + BITS_PER_PAGE - 1) / BITS_PER_PAGE;

	for (seen_pages = 0; seen_pages < need && seen_pages < SEEN_PAGES; seen_pages++) {
		uint64_t pa = pmem_alloc();
		if (!pa)
			break;
		seen[seen_pages] = (uint64_t *)arch_phys_to_virt(pa);
		own_frames++;
	}
	kern_checker = check_everything;
}
