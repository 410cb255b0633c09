/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The system-call layer and capability-address lookup, per kern/abi.h:
 * only what the ABI promises the root task.
 */
#include "suite.h"

/* An address in no mapped region of the root task's space: its root-table
 * entry (vpn 192) is far from text (0), bootinfo (127) and the capability
 * page (128). */
#define UNMAPPED_ADDR 0x3000000000UL

UTEST(sys_null)
{
	CHECK_EQ(sys_null(), ERR_OK);
	return 0;
}

UTEST(sys_unknown_number)
{
	CHECK_EQ(sys_call(9999, 0, 0, 0, 0, 0, 0, 0).err, ERR_BAD_SYSCALL);
	CHECK_EQ(sys_call(SYS_COUNT, 0, 0, 0, 0, 0, 0, 0).err, ERR_BAD_SYSCALL);
	CHECK_EQ(sys_call(-1UL, 0, 0, 0, 0, 0, 0, 0).err, ERR_BAD_SYSCALL);
	return 0;
}

/* "Every other register is preserved": a4..a7 are inputs only, and so are
 * the temporaries; a1..a3, results, are 0 for a call that has none. The
 * null call is answered on the entry's first step (kern/entry.h), the
 * others by the dispatch: both keep the ABI. */
UTEST(sys_preserves_registers)
{
	register unsigned long a0 __asm__("a0") = 0;
	register unsigned long a1 __asm__("a1") = 0x1111;
	register unsigned long a2 __asm__("a2") = 0x2222;
	register unsigned long a3 __asm__("a3") = 0x3333;
	register unsigned long a4 __asm__("a4") = 0x4444;
	register unsigned long a5 __asm__("a5") = 0x5555;
	register unsigned long a6 __asm__("a6") = 0x6666;
	register unsigned long a7 __asm__("a7") = SYS_NULL;
	register unsigned long t0 __asm__("t0") = 0x7000;
	register unsigned long t3 __asm__("t3") = 0x7333;
	register unsigned long t6 __asm__("t6") = 0x7666;

	__asm__ volatile("ecall"
			 : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5),
			   "+r"(a6), "+r"(a7), "+r"(t0), "+r"(t3), "+r"(t6)
			 : : "memory");
	CHECK_EQ(a0, ERR_OK);
	CHECK_EQ(a1, 0);
	CHECK_EQ(a2, 0);
	CHECK_EQ(a3, 0);
	CHECK_EQ(a4, 0x4444);
	CHECK_EQ(a5, 0x5555);
	CHECK_EQ(a6, 0x6666);
	CHECK_EQ(a7, SYS_NULL);
	CHECK_EQ(t0, 0x7000);
	CHECK_EQ(t3, 0x7333);
	CHECK_EQ(t6, 0x7666);
	return 0;
}

UTEST(debug_write)
{
	static const char msg[] = "    (debug_write)\n";

	CHECK_EQ(sys_debug_write(msg, sizeof(msg) - 1), ERR_OK);
	CHECK_EQ(sys_debug_write((const void *)UNMAPPED_ADDR, 1), ERR_BAD_ADDR);
	return 0;
}

UTEST(cap_info_root_slots)
{
	static const struct { unsigned slot, type; } want[] = {
		{ ROOT_SLOT_ACTIVITY, OBJ_ACTIVITY },
		{ ROOT_SLOT_THREAD, OBJ_THREAD },
		{ ROOT_SLOT_SPACE, OBJ_PAGETABLE },
		{ ROOT_SLOT_CAPPAGE, OBJ_CAPPAGE },
		{ ROOT_SLOT_BOOTINFO, OBJ_FRAME },
		{ ROOT_SLOT_SYSCTL, OBJ_SYSCTL },
		{ ROOT_SLOT_PT_CAPS, OBJ_PAGETABLE },
		{ ROOT_SLOT_PT_CAPS0, OBJ_PAGETABLE },
	};
	unsigned long type, rights;

	for (unsigned i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		type = OBJ_NONE;
		CHECK_EQ(sys_cap_info(ROOT_SLOT(want[i].slot), &type, NULL, NULL), ERR_OK);
		CHECK_EQ(type, want[i].type);
	}
	/* The boot-information frame is read-only. */
	CHECK_EQ(sys_cap_info(ROOT_SLOT(ROOT_SLOT_BOOTINFO), NULL, &rights, NULL), ERR_OK);
	CHECK(rights & CAP_R);
	CHECK(!(rights & CAP_W));
	return 0;
}

UTEST(caddr_kernel_half)
{
	CHECK_EQ(sys_cap_info(0xffffffc000000000UL, NULL, NULL, NULL), ERR_CADDR_KERNEL);
	CHECK_EQ(sys_cap_info(0xffffffffffffffc0UL, NULL, NULL, NULL), ERR_CADDR_KERNEL);
	/* Bit 38 set, bits 63..39 clear: not canonical in Sv39. */
	CHECK_EQ(sys_cap_info(USER_ADDR_LIMIT, NULL, NULL, NULL), ERR_CADDR_KERNEL);
	return 0;
}

UTEST(caddr_misaligned)
{
	CHECK_EQ(sys_cap_info(ROOT_CAPPAGE + 1, NULL, NULL, NULL), ERR_CADDR_ALIGN);
	CHECK_EQ(sys_cap_info(ROOT_SLOT(1) + 8, NULL, NULL, NULL), ERR_CADDR_ALIGN);
	return 0;
}

UTEST(caddr_no_table)
{
	struct sys_ret r = sys_call(SYS_CAP_INFO, UNMAPPED_ADDR, 0, 0, 0, 0, 0, 0);

	CHECK_EQ(r.err, ERR_NO_TABLE);
	CHECK(r.r1 <= 2);       /* the level of the walk that failed */
	return 0;
}

/* The walk reaches a leaf, but a frame, not a capability page. */
UTEST(caddr_not_cappage)
{
	CHECK_EQ(sys_cap_info(BOOTINFO_ADDR, NULL, NULL, NULL), ERR_NOT_CAPPAGE);
	return 0;
}

UTEST(caddr_empty_slot)
{
	CHECK_EQ(sys_cap_info(ROOT_SLOT(40), NULL, NULL, NULL), ERR_SLOT_EMPTY);
	CHECK_EQ(sys_cap_info(ROOT_SLOT(CAP_SLOTS_PER_PAGE - 1), NULL, NULL, NULL),
		 ERR_SLOT_EMPTY);
	return 0;
}

UTEST(invoke_bad_method)
{
	CHECK_EQ(sys_invoke(ROOT_SLOT(ROOT_SLOT_ACTIVITY), 99, 0, 0, 0, 0, 0).err,
		 ERR_BAD_METHOD);
	CHECK_EQ(sys_invoke(ROOT_SLOT(40), ACTIVITY_INFO, 0, 0, 0, 0, 0).err,
		 ERR_SLOT_EMPTY);
	return 0;
}

UTEST(root_page_table_levels)
{
	unsigned long level;

	CHECK_EQ(pt_info(ROOT_SLOT(ROOT_SLOT_SPACE), &level), ERR_OK);
	CHECK_EQ(level, 2);
	CHECK_EQ(pt_info(ROOT_SLOT(ROOT_SLOT_PT_CAPS), &level), ERR_OK);
	CHECK_EQ(level, 1);
	CHECK_EQ(pt_info(ROOT_SLOT(ROOT_SLOT_PT_CAPS0), &level), ERR_OK);
	CHECK_EQ(level, 0);
	return 0;
}

UTEST(own_thread_running)
{
	unsigned long state, prio;

	CHECK_EQ(thread_info(ulib_self_thread, &state, &prio), ERR_OK);
	CHECK_EQ(state, THREAD_RUNNABLE);
	CHECK(prio <= THREAD_PRIO_MAX);
	return 0;
}

UTEST(root_activity_quota)
{
	unsigned long quota, used, free_frames;

	CHECK_EQ(activity_info(ROOT_SLOT(ROOT_SLOT_ACTIVITY), &quota, &used,
			       &free_frames), ERR_OK);
	CHECK_EQ(quota, utest_bootinfo->free_frames);
	CHECK(used <= quota);
	CHECK(free_frames > 0);
	return 0;
}

/* docs/abi.md: ERR_BAD_ARG if longer than SYS_DEBUG_WRITE_MAX, ERR_BAD_ADDR
 * if any byte is not in a readable frame, and then nothing is printed. */
UTEST(debug_write_bad_buffers)
{
	static const char ok[] = "";
	const char *stack_end = (const char *)ROOT_STACK_TOP;

	CHECK_EQ(sys_debug_write(ok, 0), ERR_OK);
	CHECK_EQ(sys_debug_write(ok, SYS_DEBUG_WRITE_MAX + 1), ERR_BAD_ARG);
	CHECK_EQ(sys_debug_write(ok, ~0UL), ERR_BAD_ARG);
	/* The last stack page is mapped, the page above it is not. */
	CHECK_EQ(sys_debug_write(stack_end - 8, 16), ERR_BAD_ADDR);
	CHECK_EQ(sys_debug_write(stack_end, 1), ERR_BAD_ADDR);
	/* A capability page is never readable. */
	CHECK_EQ(sys_debug_write((const void *)ROOT_CAPPAGE, 8), ERR_BAD_ADDR);
	return 0;
}

/* Kernel-half and non-canonical buffers are not in a readable frame. */
UTEST(debug_write_kernel_buffer)
{
	CHECK_EQ(sys_debug_write((const void *)0xffffffc000200000UL, 8), ERR_BAD_ADDR);
	CHECK_EQ(sys_debug_write((const void *)USER_ADDR_LIMIT, 8), ERR_BAD_ADDR);
	CHECK_EQ(sys_debug_write((const void *)(USER_ADDR_LIMIT - 8), 16), ERR_BAD_ADDR);
	return 0;
}
