/* SPDX-License-Identifier: BSD-2-Clause */
/* Helpers for the IPC cases (ipc_util.h). */
#include "ipc_util.h"

static struct slot_alloc slots;
static unsigned long region_l0;
static unsigned next_page;

int ipc_begin(void)
{
	unsigned long l1, l0;
	long err;

	slot_alloc_init(&slots, SCR_PAGE, 1);   /* S(0) holds the page itself */
	next_page = 0;
	l1 = ipc_slot();
	l0 = ipc_slot();
	if ((err = map_data_region(T_ACT, IPC_REGION, l1, l0))) {
		printf("    ipc_begin: data region: error %ld\n", err);
		return 1;
	}
	region_l0 = l0;
	return 0;
}

unsigned long ipc_slot(void)
{
	unsigned long s = slot_get(&slots);

	if (!s)
		printf("    ipc_slot: the scratch page is full\n");
	return s;
}

unsigned long ipc_new(unsigned long type, unsigned long arg)
{
	unsigned long s = ipc_slot();
	long err;

	if (!s)
		return 0;
	if ((err = activity_create(T_ACT, type, s, arg))) {
		printf("    ipc_new: type %lu: error %ld\n", type, err);
		return 0;
	}
	return s;
}

unsigned long ipc_copy(unsigned long src, unsigned long rights)
{
	unsigned long s = ipc_slot();
	long err;

	if (!s)
		return 0;
	if ((err = sys_cap_copy(src, 0, s, rights))) {
		printf("    ipc_copy: error %ld\n", err);
		return 0;
	}
	return s;
}

unsigned long ipc_mint(unsigned long src, unsigned long rights, unsigned long badge)
{
	unsigned long s = ipc_slot();
	long err;

	if (!s)
		return 0;
	if ((err = sys_cap_mint(src, 0, s, rights, badge))) {
		printf("    ipc_mint: error %ld\n", err);
		return 0;
	}
	return s;
}

void *ipc_page(unsigned long *frame_slot)
{
	unsigned long f = ipc_new(OBJ_FRAME, 0);
	long err;

	if (!f || next_page >= IPC_PAGES)
		return NULL;
	if ((err = pt_set(region_l0, next_page, f, CAP_R | CAP_W))) {
		printf("    ipc_page: mapping: error %ld\n", err);
		return NULL;
	}
	*frame_slot = f;
	return (void *)(DATA_VA(IPC_REGION) + next_page++ * PAGE_BYTES);
}

void *ipc_alias(unsigned long frame)
{
	long err;

	if (next_page >= IPC_PAGES)
		return NULL;
	if ((err = pt_set(region_l0, next_page, frame, CAP_R | CAP_W))) {
		printf("    ipc_alias: mapping: error %ld\n", err);
		return NULL;
	}
	return (void *)(DATA_VA(IPC_REGION) + next_page++ * PAGE_BYTES);
}

long ipc_unalias(void *va)
{
	return pt_clear(region_l0, ((unsigned long)va - DATA_VA(IPC_REGION)) / PAGE_BYTES);
}

long ipc_msg_make(struct ipc_msg *m, unsigned long space, unsigned long thread)
{
	long err;

	m->hdr = ipc_page(&m->frame);
	m->msg = ipc_new(OBJ_MESSAGE, 0);
	if (!m->hdr || !m->msg)
		return ERR_NO_MEMORY;
	m->va = (unsigned long)m->hdr;
	if ((err = msg_set(m->msg, m->frame, space, thread)))
		printf("    ipc_msg_make: MSG_SET: error %ld\n", err);
	return err;
}

long ipc_msg_give(struct ipc_msg *m, struct child *c, unsigned cslot, unsigned page)
{
	long err;

	if ((err = sys_cap_copy(m->msg, 0, VSLOT(c, cslot), CAP_ALL)))
		return err;
	if ((err = pt_set(c->l0, CHILD_DATA_FIRST + page, m->frame, CAP_R | CAP_W)))
		return err;
	m->va = CHILD_DATA_VA(page);
	return ERR_OK;
}

long ipc_child_cappage(struct child *c, unsigned k, unsigned rootidx)
{
	unsigned long s = ipc_slot();
	long err;

	if (!s)
		return ERR_SLOT_FULL;
	if ((err = activity_create(T_ACT, OBJ_CAPPAGE, s, 0)))
		return err;
	if ((err = pt_set(c->l0, IPC_CHILD_CAPS + k, s, CAP_ALL)))
		return err;
	return pt_set(R_CAPS0, CAPS0_FREE_FIRST + rootidx, s, CAP_ALL);
}

long ipc_root_cappage(unsigned rootidx)
{
	unsigned long s = ipc_slot();
	long err;

	if (!s)
		return ERR_SLOT_FULL;
	if ((err = activity_create(T_ACT, OBJ_CAPPAGE, s, 0)))
		return err;
	return pt_set(R_CAPS0, CAPS0_FREE_FIRST + rootidx, s, CAP_ALL);
}

long ipc_child_prepare(struct child *c, void (*fn)(struct child *))
{
	c->fn = fn;
	c->done = 0;
	c->step = 0;
	return thread_set_regs(c->thread, (unsigned long)child_entry, CHILD_STACK_TOP,
			       (unsigned long)c);
}

int ipc_all_zero(const void *p, unsigned long n)
{
	const unsigned char *b = p;

	for (unsigned long i = 0; i < n; i++)
		if (b[i])
			return 0;
	return 1;
}

int ipc_has_word(const void *p, unsigned long bytes, unsigned long v)
{
	const unsigned long *w = p;

	for (unsigned long i = 0; i < bytes / sizeof(*w); i++)
		if (w[i] == v)
			return 1;
	return 0;
}

void ipc_raw_ecall(unsigned long r[8])
{
	register unsigned long a0 __asm__("a0") = r[0];
	register unsigned long a1 __asm__("a1") = r[1];
	register unsigned long a2 __asm__("a2") = r[2];
	register unsigned long a3 __asm__("a3") = r[3];
	register unsigned long a4 __asm__("a4") = r[4];
	register unsigned long a5 __asm__("a5") = r[5];
	register unsigned long a6 __asm__("a6") = r[6];
	register unsigned long a7 __asm__("a7") = r[7];

	__asm__ volatile("ecall"
			 : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5),
			   "+r"(a6), "+r"(a7)
			 :
			 : "memory");
	r[0] = a0;
	r[1] = a1;
	r[2] = a2;
	r[3] = a3;
	r[4] = a4;
	r[5] = a5;
	r[6] = a6;
	r[7] = a7;
}

int ipc_wait_delivered(unsigned long msg)
{
	unsigned long delivered = 0;

	for (unsigned i = 0; i < 400; i++) {
		if (msg_info(msg, NULL, NULL, &delivered) == ERR_OK && delivered)
			return 1;
		sys_yield();
	}
	return 0;
}

unsigned long ipc_data_sum(const struct msg_header *h)
{
	const unsigned long *w = (const unsigned long *)((const char *)h + MSG_DATA_OFFSET);
	unsigned long sum = 0;

	for (unsigned i = 0; i < MSG_MAX_BYTES / sizeof(*w); i++)
		sum = sum * 31 + w[i];
	return sum;
}

unsigned long ipc_fill(struct msg_header *h, unsigned long seed, unsigned bytes)
{
	unsigned long *w = (unsigned long *)msg_data(h);

	for (unsigned i = 0; i < MSG_MAX_BYTES / sizeof(*w); i++)
		w[i] = i < bytes / sizeof(*w) ? xorshift64(&seed) : 0;
	h->byte_count = bytes;
	return ipc_data_sum(h);
}

void ipc_child_op(struct child *c)
{
	struct sys_ret r = { ERR_BAD_ARG, 0, 0, 0 };
	unsigned long op = c->arg[0];

	switch (op & 0xff) {
	case IPC_OP_SEND:
		r = queue_send(c->arg[1], c->arg[2], c->arg[3], c->arg[4]);
		break;
	case IPC_OP_RECV:
		r = queue_receive(c->arg[1], c->arg[2], c->arg[4]);
		break;
	case IPC_OP_CALL:
		r = queue_call(c->arg[1], c->arg[2], c->arg[3], c->arg[5], c->arg[6]);
		break;
	case IPC_OP_WAIT:
		r = sys_invoke(c->arg[2], MSG_WAIT, 0, 0, 0, 0, 0);
		break;
	}
	c->res[0] = r.err;
	c->res[1] = r.r1;
	c->res[2] = r.r2;
	c->res[3] = r.r3;
	if (op & IPC_THEN_WAIT) {
		r = sys_invoke(c->arg[2], MSG_WAIT, 0, 0, 0, 0, 0);
		c->res[4] = r.err;
		c->res[5] = r.r1;
		c->res[6] = r.r2;
		c->res[7] = r.r3;
	}
	if (c->arg[7]) {
		struct msg_header *h = (struct msg_header *)c->arg[7];
		const unsigned long *w = (const unsigned long *)msg_data(h);
		c->res[8] = ipc_all_zero(h, PAGE_BYTES);
		c->res[9] = h->cap_count;
		c->res[10] = h->byte_count;
		for (unsigned i = 0; i < 4; i++)
			c->res[11 + i] = w[i];
		c->res[15] = ipc_data_sum(h);
	}
}

int ipc_side_make(struct ipc_side *s, unsigned id, unsigned long qcap, unsigned long rights,
		     unsigned long badge, unsigned long op, unsigned long flags)
{
	struct child *c = s->c = spawn(id, T_ACT, SPAWN_SELF);

	CHECK(c);
	CHECK_EQ(ipc_msg_make(&s->m, c->space, 0), ERR_OK);
	CHECK_EQ(ipc_msg_give(&s->m, c, MSLOT, 0), ERR_OK);
	if (badge)
		CHECK_EQ(sys_cap_mint(qcap, 0, VSLOT(c, QSLOT), rights, badge), ERR_OK);
	else
		CHECK_EQ(sys_cap_copy(qcap, 0, VSLOT(c, QSLOT), rights), ERR_OK);
	CHECK_EQ(sys_cap_copy(T_ACT, 0, VSLOT(c, ASLOT), CAP_W), ERR_OK);
	c->arg[0] = op;
	c->arg[1] = CSLOT(QSLOT);
	c->arg[2] = CSLOT(MSLOT);
	c->arg[3] = CSLOT(ASLOT);
	c->arg[4] = flags;
	c->arg[7] = s->m.va;
	return 0;
}

int ipc_results_are(struct child *c, unsigned first, long err, unsigned long badge,
		       unsigned long caps, unsigned long bytes)
{
	CHECK_EQ(c->res[first], err);
	CHECK_EQ(c->res[first + 1], badge);
	CHECK_EQ(c->res[first + 2], caps);
	CHECK_EQ(c->res[first + 3], bytes);
	return 0;
}
