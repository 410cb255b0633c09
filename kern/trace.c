/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The IPC trace ring (kern/trace.h), in the kernel-trace image only: the
 * file compiles to nothing without KERNEL_TRACE. Events are recorded under
 * the kernel lock, so the ring needs no lock of its own; each is stamped
 * with the hart's retired-instruction count (exact under QEMU -icount) and
 * the thread the hart was running, and names objects by small ids.
 */
#ifdef KERNEL_TRACE
#include <kern/kerr.h>
#include <kern/obj.h>
#include <kern/printf.h>
#include <kern/sched.h>
#include <kern/syscall.h>
#include <kern/thread.h>
#include <kern/trace.h>

struct trace_event {
	uint64_t time;            /* arch_instret() of the hart */
	uint64_t arg;
	uint32_t arg2;
	uint16_t thread, o1, o2, o3;   /* object ids, 0 for none */
	uint8_t cpu, kind;
};

struct trace_obj {
	const struct obj *o;
	uint8_t type;             /* when first seen */
	char name[TRACE_NAME_LEN + 1];
};

static struct {
	bool on;
	uint64_t count;           /* events recorded since TRACE_START */
	unsigned nobjs;
	struct trace_event ring[TRACE_RING];
	struct trace_obj objs[TRACE_OBJS];
} tr;

static const char *const kind_names[TR_KINDS] = {
	[TR_SEND] = "send", [TR_RECV] = "recv", [TR_CALL] = "call", [TR_REPLY] = "reply",
	[TR_PAIR] = "pair", [TR_CUT] = "cut", [TR_RESUME] = "resume", [TR_DONE] = "done",
	[TR_WORK] = "work", [TR_BLOCK] = "block", [TR_WAKE] = "wake", [TR_SWITCH] = "switch",
	[TR_REGCALL] = "regcall", [TR_REGRECV] = "regrecv", [TR_FASTCALL] = "fastcall",
	[TR_FASTREPLY] = "fastreply", [TR_DESTROY] = "destroy",
};

/* o's id (1 + its index in the table), entered on first sight; 0 for
 * none, TRACE_OBJS + 1 once the table is full. */
static unsigned id_of(const void *p)
{
	const struct obj *o = p;
	struct trace_obj *e;

	if (!o)
		return 0;
	for (unsigned i = 0; i < tr.nobjs; i++)
		if (tr.objs[i].o == o)
			return i + 1;
	if (tr.nobjs == TRACE_OBJS)
		return TRACE_OBJS + 1;
	e = &tr.objs[tr.nobjs++];
	e->o = o;
	e->type = o->type;
	e->name[0] = 0;
	if (o->type == OBJ_THREAD && ((const struct thread *)o)->worker)
		ksnprintf(e->name, sizeof(e->name), "worker%u", ((const struct thread *)o)->cpu);
	return tr.nobjs;
}

void trace_record(unsigned kind, const void *o1, const void *o2, const void *o3,
		  uint64_t arg, uint32_t arg2)
{
	struct trace_event *e;

	if (!tr.on)
		return;
	e = &tr.ring[tr.count++ % TRACE_RING];
	e->time = arch_instret();
	e->cpu = (uint8_t)arch_cpu_index();
	e->kind = (uint8_t)kind;
	e->thread = (uint16_t)id_of(sched_current());
	e->o1 = (uint16_t)id_of(o1);
	e->o2 = (uint16_t)id_of(o2);
	e->o3 = (uint16_t)id_of(o3);
	e->arg = arg;
	e->arg2 = arg2;
}

/* The ring as "trace:" lines, oldest first; how many events. */
static unsigned long dump(void)
{
	uint64_t first = tr.count > TRACE_RING ? tr.count - TRACE_RING : 0;

	kprintf("trace: begin events %lu lost %lu objects %u\n",
		(unsigned long)(tr.count - first), (unsigned long)first, tr.nobjs);
	for (unsigned i = 0; i < tr.nobjs; i++) {
		const char *type = obj_types[tr.objs[i].type].name;
		kprintf("trace: obj %u %s %s\n", i + 1, type ? type : "none",
			tr.objs[i].name[0] ? tr.objs[i].name : "-");
	}
	for (uint64_t n = first; n < tr.count; n++) {
		const struct trace_event *e = &tr.ring[n % TRACE_RING];
		kprintf("trace: ev %lu %lu %u %s %u %u %u %u %lu %u\n", (unsigned long)n,
			(unsigned long)e->time, e->cpu, kind_names[e->kind], e->thread, e->o1,
			e->o2, e->o3, (unsigned long)e->arg, e->arg2);
	}
	kprintf("trace: end\n");
	return tr.count - first;
}

/* A name of up to TRACE_NAME_LEN printable characters, packed in a word
 * (first character in the low byte), NUL-padded. */
static bool unpack_name(uint64_t w, char *out)
{
	unsigned n = 0;

	for (; n < TRACE_NAME_LEN; n++) {
		char ch = (char)(w >> (8 * n));
		if (!ch)
			break;
		if (ch <= ' ' || ch > '~')
			return false;
		out[n] = ch;
	}
	out[n] = 0;
	/* Nothing after the first NUL. */
	return n > 0 && (n == TRACE_NAME_LEN || !(w >> (8 * n)));
}

long trace_sysctl(struct pagetable *own, const unsigned long *a, struct sysret *res)
{
	char name[TRACE_NAME_LEN + 1];
	struct cap *c;
	unsigned id;

	switch (a[2]) {
	case TRACE_START:
		tr.on = true;
		tr.count = 0;
		tr.nobjs = 0;
		return ERR_OK;
	case TRACE_NAME:
		if (!(c = sys_cap_at(own, a[3], OBJ_NONE, 0, res)))
			return res->err;
		if (!unpack_name(a[4], name))
			return ERR_BAD_ARG;
		if ((id = id_of(c->obj)) > TRACE_OBJS)
			return ERR_QUOTA;
		for (unsigned i = 0; i <= TRACE_NAME_LEN; i++)
			tr.objs[id - 1].name[i] = name[i];
		return ERR_OK;
	case TRACE_DUMP:
		tr.on = false;
		return sys_results(res, dump(), 0, 0);
	default:
		return ERR_BAD_ARG;
	}
}
#endif
