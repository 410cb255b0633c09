/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Message transfer (docs/design.md §1.4), when a sending message s meets a
 * receiving message t:
 *
 *  1. the first MIN(s, t) capability addresses of s, resolved in s's space,
 *     are copied into the slots t's addresses name in t's space. This loop
 *     is preemptible: every MSG_COPY_BATCH capabilities it checks for a
 *     pending timer interrupt (or a hart waiting for the kernel lock),
 *     records how far it got in the messages (copied) and returns; the
 *     hart's worker carries it on (kern/work.c) while the sender waits on
 *     its message. No capability is copied twice: copied only grows.
 *  2. on a call, the reply capability goes where t's header says;
 *  3. the payload frames are *exchanged* (Shapiro's choice): the physical
 *     page holding s's bytes becomes t's payload, and t's old page, zeroed,
 *     becomes s's. Each frame object keeps its owner, so every frame stays
 *     charged to exactly one activity, neither side's quota changes, and
 *     s's buffer stays mapped (now reading zeros). The bytes are not copied;
 *     only the page-table entries of the two frames are rewritten.
 *
 * The sender never sees t's capability addresses: they are read from t's
 * own page, which is cleared while unmapped before s gets it; the page t
 * gets carries t's addresses (where its capabilities landed), never s's
 * (exchange_frames).
 */
#include <cap/cappage.h>
#include <cap/cspace.h>
#include <cap/ops.h>
#include <ipc/message.h>
#include <kern/activity.h>
#include <kern/arch.h>
#include <kern/kerr.h>
#include <kern/kstat.h>
#include <kern/pagetable.h>
#include <kern/string.h>
#include <kern/syscall.h>
#include <kern/thread.h>
#include <kern/trace.h>

static struct frame *payload(struct message *m)
{
	return (struct frame *)m->payload.obj;
}

static struct msg_header *header(struct message *m)
{
	return (struct msg_header *)arch_phys_to_virt(payload(m)->pa);
}

static struct pagetable *space(struct message *m)
{
	return (struct pagetable *)m->space.obj;
}

void msg_finish(struct message *m, long status, uint64_t badge, uint32_t caps, uint32_t bytes)
{
	trace(TR_DONE, m, m->waiter, 0, (uint64_t)status, caps);
	m->state = MSG_IDLE;
	m->is_source = false;
	m->peer = 0;
	m->queue = 0;
	m->ncaps = m->copied = m->failed = 0;
	m->status = status;
	m->got_badge = badge;
	m->got_caps = caps;
	m->got_bytes = bytes;
	work_remove(&m->xfer);
	if (!cap_is_empty(&m->charged))
		cap_delete(&m->charged);
	if (m->status != ERR_OK && !cap_is_empty(&m->reply))
		msg_fail_call(m, m->status);   /* a call that failed gets no reply */
	if (!cap_is_empty(&m->reply))
		cap_delete(&m->reply);
	if (m->waiter) {
		struct thread *w = m->waiter;
		m->waiter = 0;
		m->delivered = false;
		/* From m, not the arguments: nothing is kept live across the
		 * deletes above (no saved registers for them). */
		thread_wake_held(w, m->status, m->got_badge, m->got_caps, m->got_bytes);
	} else {
		m->delivered = true;
	}
	/* Activation: the thread the message names runs if it was idle. */
	if (!cap_is_empty(&m->thread)) {
		struct thread *t = (struct thread *)m->thread.obj;
		if (t->state == THREAD_INACTIVE)
			thread_start(t);
	}
}

/* The capabilities a transfer of s into t copies: the fewer of the two
 * counts, at most MSG_MAX_CAPS. */
static uint32_t pair_caps(struct message *s, struct message *t)
{
	uint32_t n = header(s)->cap_count, tn = header(t)->cap_count;

	if (tn < n)
		n = tn;
	return n > MSG_MAX_CAPS ? MSG_MAX_CAPS : n;
}

int msg_charge(struct message *s, struct message *t)
{
	/* Every send names its payer (prepare_send), and a reply, which the
	 * call that armed it paid for, never comes here: an empty slot is a
	 * payer destroyed while the send waited. Nobody pays for it, so it
	 * is not delivered, as for a payer being destroyed. */
	if (cap_is_empty(&s->charged))
		return ERR_DEAD;
	return activity_charge_ipc((struct activity *)s->charged.obj, 1 + pair_caps(s, t));
}

void msg_pair(struct message *s, struct message *t)
{
	uint32_t n = pair_caps(s, t);

	s->state = t->state = MSG_TRANSFER;
	s->is_source = true;
	t->is_source = false;
	s->peer = t;
	t->peer = s;
	s->ncaps = t->ncaps = n;
	s->copied = t->copied = 0;
	s->failed = t->failed = 0;
	/* Four stores: GCC makes a call to memset of any loop or builtin. */
	_Static_assert(sizeof(s->landed) == 4 * sizeof(s->landed[0]), "landed is four words");
	s->landed[0] = s->landed[1] = s->landed[2] = s->landed[3] = 0;
	trace(TR_PAIR, s, t, 0, n, 0);
}

/*
 * One step of the copy: both sides' spaces and capability addresses, and
 * the capability page each side's last lookup ended in (a message's
 * addresses are mostly in a few pages, so most lookups walk nothing).
 */
struct copy_step {
	struct pagetable *src_space, *dst_space;
	const uint64_t *src_caddr, *dst_caddr;
	struct cspace_hint src, dst;
};

/* A batch of the copy marks landed capabilities in one word of landed. */
_Static_assert(64 % MSG_COPY_BATCH == 0, "a copy batch spans one word of landed");

/* Copy capability i of s into t; false if it could not be. */
static inline bool copy_one(struct copy_step *c, unsigned i)
{
	struct cap *src = cspace_slot_hinted(c->src_space, c->src_caddr[i], &c->src);
	struct cap *dst = cspace_slot_hinted(c->dst_space, c->dst_caddr[i], &c->dst);

	if (!src || !dst || cap_is_empty(src) || !cap_is_empty(dst))
		return false;
	if (!(src->rights & CAP_G) || src->obj->dying)
		return false;
	cap_derive(dst, src, CAP_ALL);
	return true;
}

/* The reply capability of a call goes to the slot t's header names,
 * found as a call's own addresses are, so kept for t's next call (a
 * server names the same reply slot every time). Moved there, not
 * copied: s has no use for it past the transfer, and would delete it at
 * once (msg_finish); the moved one sits where that copy would have been
 * handed on to, under the caller's reply capability. */
static int give_reply(struct message *s, struct message *t)
{
	if (cap_is_empty(&s->reply))
		return ERR_OK;
	struct sysret res = SYSRET(ERR_OK);
	struct cap *dst = sys_empty_slot_at(space(t), header(t)->reply_slot, &res);

	if (!dst)
		return (int)res.err;
	cap_move(dst, &s->reply);
	return ERR_OK;
}

/*
 * Every hardware mapping of f, through the frame's own list of them
 * (struct frame, kept by kern/pagetable.c), or, if the list lost track
 * (more than FRAME_MAPPINGS_KEPT were mapped at once), by a walk of its
 * capabilities. Hiding by a walk finds the list again if it fits.
 */
static void walk_mappings(struct frame *f, bool shown)
{
	unsigned n = 0;

	for (struct cap *c = cap_next_in_subtree(&f->hdr.root, &f->hdr.root); c;
	     c = cap_next_in_subtree(c, &f->hdr.root)) {
		if (!c->container || c->container->type != OBJ_PAGETABLE)
			continue;
		if (shown) {
			pt_slot_show((struct pagetable *)c->container, c->index, f->pa, c->rights);
			continue;
		}
		pt_slot_hide((struct pagetable *)c->container, c->index);
		if (n < FRAME_MAPPINGS_KEPT)
			f->mapped[n] = c;
		n++;
	}
	if (!shown && n <= FRAME_MAPPINGS_KEPT)
		f->mapped_lost = false;   /* n == f->nmapped: the count is always kept */
}

/* Inline in exchange_frames, which hides and shows two frames' each time. */
static inline __attribute__((always_inline)) void hide_mappings(struct frame *f)
{
	if (f->mapped_lost) {
		walk_mappings(f, false);
		return;
	}
	for (unsigned i = 0; i < f->nmapped; i++)
		pt_slot_hide((struct pagetable *)f->mapped[i]->container, f->mapped[i]->index);
}

static inline __attribute__((always_inline)) void show_mappings(struct frame *f)
{
	if (f->mapped_lost) {
		walk_mappings(f, true);
		return;
	}
	for (unsigned i = 0; i < f->nmapped; i++)
		pt_slot_show((struct pagetable *)f->mapped[i]->container, f->mapped[i]->index, f->pa,
			     f->mapped[i]->rights);
}

static bool landed(const struct message *s, unsigned i)
{
	return s->landed[i / 64] & (1UL << (i % 64));
}

/*
 * The exchange, in an order that never lets a mapping point at a page
 * holding the other side's bytes, on any hart, for any instant:
 *  1. both pages are unmapped everywhere, and every hart has fenced;
 *  2. the sender's page, which the receiver gets, is given the receiver's
 *     own header: the counts, its reply slot, and in caddr[i] the slot
 *     capability i landed in (0 where none did, and for every other
 *     address the sender listed), never the sender's addresses;
 *  3. the receiver's old page, which the sender gets, is cleared;
 *  4. the frames swap pages and are mapped again.
 * A thread that touches either page between 1 and 4 faults, and finds the
 * mapping back when the fault is handled (thread_page_fault: a stale
 * fault is retried).
 */
static void exchange_frames(struct message *s, struct message *t, uint32_t caps,
			    uint32_t bytes)
{
	struct frame *fs = payload(s), *ft = payload(t);
	struct msg_header *hs = header(s), *ht = header(t);
	uint32_t listed;
	uint64_t pa;

	hide_mappings(fs);
	hide_mappings(ft);
	arch_tlb_flush_now();
	/* s's page, unmapped: what it says now, s cannot change. */
	listed = hs->cap_count < MSG_MAX_CAPS ? hs->cap_count : MSG_MAX_CAPS;
	hs->cap_count = caps;
	hs->byte_count = bytes;
	hs->reply_slot = ht->reply_slot;
	for (unsigned i = 0; i < s->ncaps; i++)
		hs->caddr[i] = landed(s, i) ? ht->caddr[i] : 0;
	/* The addresses s listed beyond what t took are s's, not for t. Past
	 * them, as past byte_count, t finds what s left in its own page. */
	if (listed > s->ncaps)
		memset(&hs->caddr[s->ncaps], 0, (listed - s->ncaps) * sizeof(hs->caddr[0]));
	page_zero(ht);
	pa = fs->pa;
	fs->pa = ft->pa;
	ft->pa = pa;
	show_mappings(fs);
	show_mappings(ft);
	/* This hart may hold the invalid entries of step 1. */
	arch_tlb_flush_local();
}

/*
 * A transfer that ends before its exchange (a side destroyed, or one whose
 * payload or space went): the capabilities copied so far stay where they
 * landed, and the target says exactly which, in its own header (caddr[i]
 * kept for those that landed, 0 for the others, cap_count their number),
 * if it still has a payload page. Returns how many landed.
 */
static uint32_t report_landed(struct message *s, struct message *t)
{
	struct msg_header *h = msg_check(t) ? 0 : header(t);
	uint32_t n = 0;

	for (unsigned i = 0; i < s->ncaps; i++) {
		bool in = i < s->copied && landed(s, i);
		n += in;
		if (h && !in)
			h->caddr[i] = 0;
	}
	if (h)
		h->cap_count = n;
	return n;
}

void msg_abort(struct message *m)
{
	struct message *s = m->is_source ? m : m->peer, *t = s->peer;
	uint32_t n = report_landed(s, t);

	msg_finish(m->peer, ERR_DEAD, 0, n, 0);
}

/* Step 1 of the transfer, from where the last step stopped: KERR_PREEMPTED
 * if a preemption point cut it. Apart from msg_transfer, so that a message
 * with no capabilities, the usual one, saves none of its registers. */
static __attribute__((noinline)) int copy_caps(struct message *s, struct message *t)
{
	/* Made at every step: a cut lets the spaces change before the next. */
	struct copy_step step = {
		.src_space = space(s), .dst_space = space(t),
		.src_caddr = header(s)->caddr, .dst_caddr = header(t)->caddr,
		.src = CSPACE_HINT_NONE, .dst = CSPACE_HINT_NONE,
	};

	while (s->copied < s->ncaps) {
		/* A batch ends on a multiple of MSG_COPY_BATCH (MSG_INFO's
		 * count moves in those steps) or at the end. */
		uint32_t i = s->copied, end = i - i % MSG_COPY_BATCH + MSG_COPY_BATCH;
		uint32_t failed = 0;
		uint64_t got = 0;

		if (end > s->ncaps)
			end = s->ncaps;
		for (; i < end; i++) {
			if (copy_one(&step, i))
				got |= 1UL << (i % 64);
			else
				failed++;
		}
		s->landed[(end - 1) / 64] |= got;
		s->failed += failed;
		s->copied = t->copied = end;
		if (end < s->ncaps && cap_should_preempt()) {
			kstat.copy_preemptions++;
			trace(TR_CUT, s, t, 0, s->copied, s->ncaps);
			return KERR_PREEMPTED;
		}
	}
	return ERR_OK;
}

int msg_transfer(struct message *s)
{
	struct message *t = s->peer;
	uint32_t bytes, caps;
	uint64_t badge = s->badge;
	int err;

	/* A fresh transfer (nothing copied yet: a cut comes only after a
	 * batch) comes straight from msg_pair, whose callers checked both
	 * sides under this same hold of the lock (message.h). A cut one
	 * waited with the lock dropped, and either side's slots may have
	 * changed meanwhile: checked again. */
	if ((s->copied && (msg_check(s) || msg_check(t))) || payload(s) == payload(t)) {
		long st = msg_check(s) ? ERR_BAD_ARG : ERR_OK;
		long tt = msg_check(t) ? ERR_BAD_ARG : ERR_OK;
		uint32_t n = report_landed(s, t);
		if (!st && !tt)
			st = tt = ERR_BAD_ARG;   /* the same frame on both sides */
		msg_finish(s, st ? st : ERR_DEAD, 0, n, 0);
		msg_finish(t, tt ? tt : ERR_DEAD, 0, n, 0);
		return ERR_OK;
	}
	if (s->copied)
		trace(TR_RESUME, s, t, 0, s->copied, s->ncaps);
	if (s->copied < s->ncaps && copy_caps(s, t) == KERR_PREEMPTED)
		return KERR_PREEMPTED;
	err = give_reply(s, t);
	if (err)
		msg_fail_call(s, err);
	bytes = header(s)->byte_count;
	if (bytes > MSG_MAX_BYTES)
		bytes = MSG_MAX_BYTES;
	caps = s->ncaps - s->failed;
	exchange_frames(s, t, caps, bytes);
	msg_finish(s, ERR_OK, badge, caps, bytes);
	msg_finish(t, ERR_OK, badge, caps, bytes);
	return ERR_OK;
}

void reply_end_call(struct reply *r, long err)
{
	bool open = reply_open(r);

	r->armed = false;
	if (open)
		msg_finish((struct message *)r->target.obj, err, 0, 0, 0);
}

void msg_fail_call(struct message *s, long err)
{
	struct reply *r = (struct reply *)s->reply.obj;

	if (r->armed && s->reply.badge == r->generation)
		reply_end_call(r, err);
}
