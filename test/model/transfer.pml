/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The top of the model (docs/model.md): a Sender, a Caller, a Server, the
 * hart's Worker and a Destroyer, all under one kernel lock, in every
 * order. Safety: spin -DSAFETY (assertions at every kernel exit, and at
 * quiescence no waiter stranded). Liveness: the ltl property below, with
 * -a -f, compiled with -DLIVENESS.
 */
#include "defs.pml"
#include "kernel.pml"

#define RUNS(k) (tstate[k] == THREAD_RUNNABLE)

/* QUEUE_SEND with IPC_BLOCK */
proctype Sender()
{
	byte ret;
end_start:
	atomic { RUNS(T_SND) -> sys_queue_send(T_SND, 0, M_S, true, ret); kexit(); ret = 0 }
end_wait:
	RUNS(T_SND)
}

/* QUEUE_CALL: waits for the reply in M_CR */
proctype Caller()
{
	byte ret;
end_start:
	atomic { RUNS(T_CLL) -> sys_queue_call(T_CLL, M_C, M_CR, ret); kexit(); ret = 0 }
end_wait:
	RUNS(T_CLL)
}

/* Receives (without blocking, then MSG_WAIT) twice; replies to a call
 * with REPLY_RECV, or REPLY_SEND after the last one. */
proctype Server()
{
	byte ret, rret, gen, k;

end_start:
	atomic { RUNS(T_SRV) -> sys_queue_receive(T_SRV, 0, M_R, false, ret); kexit() }
	do
	:: ret != ERR_OK -> break
	:: else ->
end_recv:
		atomic { RUNS(T_SRV) -> sys_msg_wait(T_SRV, M_R, ret); kexit(); ret = 0 }
end_wait:
		atomic {
			RUNS(T_SRV) ->
			/* the capabilities that arrived are used and deleted; not
			 * those of a transfer into M_R under way (someone else's
			 * receive), which the check of its report counts */
			j = 0;
			do
			:: j < NCAPS ->
				if
				:: msg[M_R].state == MSG_TRANSFER && DST(M_R, j) == msg[msg[M_R].peer].xid -> skip
				:: else -> DST(M_R, j) = 0
				fi;
				j++
			:: else -> break
			od;
			k++;
			gen = rslot;
			rslot = 0;
			if
			:: gen != 0 ->
				reply_send(M_P, gen, rret);
				REACH_IF(rret == ERR_OK && msg[M_P].state == MSG_TRANSFER, 2);
				if
				:: rret != ERR_OK -> rslot = gen   /* kept: not used */
				:: else -> skip
				fi
			:: else -> skip
			fi;
			if
			:: k < 2 -> sys_queue_receive(T_SRV, 0, M_R, false, ret)
			:: else -> ret = ERR_CANCELED   /* done */
			fi;
			kexit();
			gen = 0; rret = 0
		}
	od
}

/* The hart's worker: carries on any cut transfer or destruction. */
proctype Worker()
{
	byte ret;
end:
	do
	:: atomic {
		(msg[M_S].xfer || msg[M_C].xfer || msg[M_P].xfer) ->
		if
		:: msg[M_S].xfer -> s_ = M_S
		:: msg[M_C].xfer -> s_ = M_C
		:: msg[M_P].xfer -> s_ = M_P
		fi;
		assert(msg[s_].state == MSG_TRANSFER && msg[s_].is_source);
		msg_transfer(s_, ret);
		REACH_IF(ret == ERR_OK, 9);
		kexit();
		ret = 0
	   }
	:: atomic {
		dwork != NONE ->
		o_ = dwork;
		destroy_step(o_, ret);
		kexit();
		ret = 0
	   }
	od
}

/* Starts a destroy of o; a cut one is left to the worker, and the
 * destroyer waits for it (thread_wait_destroy). */
inline destroy_long(o)
{
	dying[o] = true;
	o_ = o;
	destroy_step(o_, ret);
	if
	:: ret == KERR_PREEMPTED -> dwork = o; thread_block(T_DST, WAIT_DESTROY, o)
	:: else -> skip
	fi
}

#define LIVE(o) (alive[o] && !dying[o])

/* Destroys NDESTROY objects, or revokes a call's reply capabilities
 * instead, each at any moment. */
proctype Destroyer()
{
	byte k, ret;
	do
	:: k < NDESTROY ->
		atomic {
			RUNS(T_DST) ->
			if
			:: LIVE(Q) -> destroy_long(Q)
			:: LIVE(Q2) -> destroy_long(Q2)
			:: LIVE(A) -> destroy_long(A)
			:: LIVE(M_S) -> msg_destroy(M_S)
			:: LIVE(M_C) -> msg_destroy(M_C)
			:: LIVE(M_CR) -> msg_destroy(M_CR)
			:: LIVE(M_R) -> msg_destroy(M_R)
			:: LIVE(M_P) -> msg_destroy(M_P)
			:: LIVE(F0 + M_S) -> frame_destroy(M_S)
			:: LIVE(F0 + M_R) -> frame_destroy(M_R)
			:: LIVE(F0 + M_C) -> frame_destroy(M_C)
			:: LIVE(F0 + M_CR) -> frame_destroy(M_CR)
			:: LIVE(T0 + T_SND) -> thread_destroy(T_SND)
			:: LIVE(T0 + T_CLL) -> thread_destroy(T_CLL)
			:: LIVE(T0 + T_SRV) -> thread_destroy(T_SRV)
			:: LIVE(T0 + T_ACT) -> thread_destroy(T_ACT)
			:: LIVE(R) -> reply_destroy()
			:: r_target != NONE -> reply_target_revoke()
			:: msg[M_C].reply != 0 -> call_reply_revoke()
			:: src[M_S] & 1 -> src[M_S] = src[M_S] & ~1   /* a source slot emptied */
			fi;
			k++;
			kexit();
			ret = 0
		}
end_wait:
		RUNS(T_DST)
	:: break
	od
}

/* Another thread holding capabilities to the same messages uses them on
 * another queue, at any moment, without waiting: a message may be on one
 * queue at a time, and must not be taken from its transfer. */
proctype Meddler()
{
	byte k, ret;
	do
	:: k < NMEDDLE ->
		atomic {
			if
			:: k = k + 0; sys_queue_send(NONE, 1, M_S, false, ret)
			:: k = k + 0; sys_queue_receive(NONE, 1, M_R, false, ret)
			fi;
			k++;
			kexit();
			ret = 0
		}
	:: break
	od
}

#ifndef LIVENESS
/* When nothing can move, no thread waits for what will not come: a waiter
 * still blocked waits for a partner that may yet come, on a live queue,
 * or for a reply whose capability someone holds. */
proctype Watchdog()
{
end:
	timeout ->
	atomic {
		assert(dwork == NONE);
		i = 0;
		do
		:: i < NTHR ->
			if
			:: tstate[i] == THREAD_BLOCKED ->
				assert(twait[i] == WAIT_MESSAGE);
				w = twon[i];
				assert(msg[w].state == MSG_SENDING || msg[w].state == MSG_RECEIVING);
				REACH_IF(msg[w].queue == NONE, 12);
				assert(msg[w].queue != NONE ||
				       (r_armed && r_target == w &&
				        (rslot == r_gen || msg[M_C].reply == r_gen)))
			:: else -> skip
			fi;
			i++
		:: else -> break
		od
	}
}
#else
/* A thread that waits on a transfer under way, on a finished one, or on
 * a destruction is woken. */
#define OWED(k) (tstate[k] == THREAD_BLOCKED && twon[k] != NONE && \
	(twait[k] == WAIT_DESTROY || \
	 (twon[k] < NMSG && (msg[twon[k]].state == MSG_TRANSFER || msg[twon[k]].state == MSG_IDLE))))
#define WOKEN(k) (tstate[k] != THREAD_BLOCKED)
ltl woken {
	[] ((OWED(T_SND) -> <> WOKEN(T_SND)) && (OWED(T_CLL) -> <> WOKEN(T_CLL)) &&
	    (OWED(T_SRV) -> <> WOKEN(T_SRV)) && (OWED(T_DST) -> <> WOKEN(T_DST)))
}
#endif

init
{
	atomic {
		i = 0;
		do
		:: i < NOBJ -> alive[i] = true; i++
		:: else -> break
		od;
		i = 0;
		do
		:: i < NMSG ->
			msg[i].peer = NONE; msg[i].waiter = NONE; msg[i].payload = true;
			msg[i].queue = NONE;
			pa[i] = i; shown[i] = true; stale[i] = NONE; hdr[i] = USER(i);
			owner[i] = (i == M_S -> A : AROOT);
			i++
		:: else -> break
		od;
		used[0] = 1; used[1] = NMSG - 1;
		msg[M_R].thread = true;
		src[M_S] = BIT(NCAPS) - 1; src[M_C] = BIT(NCAPS) - 1; src[M_P] = BIT(NCAPS) - 1;
		i = 0;
		do
		:: i < 4 * QMAX -> ql[i] = NONE; i++
		:: else -> break
		od;
		r_target = NONE;
		i = 0;
		do
		:: i < NTHR -> twon[i] = NONE; tstate[i] = THREAD_RUNNABLE; i++
		:: else -> break
		od;
		tstate[T_ACT] = THREAD_INACTIVE;
		i = 0;
		run Sender(); run Caller(); run Server(); run Worker(); run Destroyer(); run Meddler();
#ifndef LIVENESS
		run Watchdog()
#endif
	}
}
