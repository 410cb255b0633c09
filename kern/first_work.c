/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The first work of the kernel image proper: start the root task and leave
 * the kernel for it.
 */
#include <kern/arch.h>
#include <kern/bkl.h>
#include <kern/main.h>
#include <kern/panic.h>
#include <kern/root_task.h>
#include <kern/sched.h>
#include <kern/thread.h>

void kern_first_work(const struct board *b)
{
	int err;

	arch_irq_save();
	bkl_lock();
	err = root_task_create(b);

	if (err)
		panic("cannot build the root task (error %d)", err);
	sched_exit();
}
