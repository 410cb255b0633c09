# SPDX-License-Identifier: BSD-2-Clause
# The gdb helpers (scripts/gdb/kernel.py) on a running system: run by
# test/qemu/run-gdb under ctest (qemu-gdb-helpers), and by hand with
#   scripts/debug --smp 2 --utest ipc_copy_256_cut_every_batch,ipc_destroy_queue_wakes_waiters,thread_round_robin \
#       -- -batch -x test/qemu/gdb-helpers.gdb
# which is where docs/debugging.md's output comes from. Any command that
# fails ends the script before its last line, which the runner requires.
set pagination off
set width 0
set confirm off

# Each step waits for its case to begin (the suite runs the cases in its
# own order), then for the kernel to reach the point. A case's function
# is a user address: a hardware breakpoint needs no write to a user page
# and matches whichever space runs there.

# 1. A transfer of 256 capabilities cut at every batch
# (ipc_copy_256_cut_every_batch): two messages in TRANSFER.
hbreak utest_ipc_copy_256_cut_every_batch
continue
delete
break msg_transfer if s->copied >= 16
continue
echo \n(gdb) kmsg s\n
kmsg s
echo \n(gdb) kmsg s->peer\n
kmsg s->peer
echo \n(gdb) kcap &s->payload\n
kcap &s->payload
delete

# 2. Destroying a queue (ipc_destroy_queue_wakes_waiters): two queues,
# a receiving message and a register receiver on the first, two sending
# messages and a register caller on the second, four threads blocked.
hbreak utest_ipc_destroy_queue_wakes_waiters
continue
delete
break ipc_queue_teardown if o->type == $abi("OBJ_QUEUE")
continue
echo \n(gdb) kthreads\n
kthreads
echo \n(gdb) kobjs QUEUE\n
kobjs QUEUE
echo \n(gdb) kqueue o\n
kqueue o
echo \n(gdb) kthread ((struct queue *)o)->waiters\n
kthread ((struct queue *)o)->waiters
echo \n(gdb) kmsg ((struct queue *)o)->receivers\n
kmsg ((struct queue *)o)->receivers
echo \n(gdb) kthread\n
kthread
echo \n(gdb) cspace ROOT_CAPPAGE+64\n
cspace ROOT_CAPPAGE+64
echo \n(gdb) usym\n
usym
echo \n(gdb) print *(struct queue *)o\n
print *(struct queue *)o
delete

# 3. Two spinning threads and the root at one priority (thread_round_robin):
# the run queue holds whoever is not running.
hbreak utest_thread_round_robin
continue
delete
# Stopped in user mode, where QEMU reads memory with the hart's user rights:
# the helpers (and kp, unlike print) still read the kernel's.
echo \n(gdb) kthread\n
kthread
echo \n(gdb) kp sched_rq[0].current->prio\n
kp sched_rq[0].current->prio
break sched_yield
continue
echo \n(gdb) runq\n
runq
echo \n(gdb) kthreads\n
kthreads
echo \n(gdb) info threads\n
info threads
delete
echo gdb-helpers: every command ran\n
