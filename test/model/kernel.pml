/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The kernel's objects and the transfer protocol (ipc/transfer.c,
 * ipc/queue.c, ipc/invoke.c, ipc/objects.c, kern/object.c, kern/work.c),
 * one inline per C function of the same name. Everything runs under the
 * kernel lock: each system call and each worker step is one atomic block,
 * and the properties are asserted at its end (kexit) and, for mappings,
 * at every instant of an exchange. A preemption point is a
 * nondeterministic cut.
 */

typedef Msg {
	byte state;       /* MSG_* */
	bool is_source;
	byte peer;
	byte queue;       /* the queue (index) it is on, or NONE */
	byte ncaps;
	byte copied;
	byte failed;
	byte landed;      /* bit i: capability i arrived (source) */
	byte waiter;      /* thread, or NONE */
	bool xfer;        /* its WORK_TRANSFER item is queued */
	bool delivered;
	byte status;
	byte got_caps;
	byte reply;       /* the reply capability's badge (generation), 0: none */
	bool charged;     /* holds a capability to A */
	bool payload;     /* holds its frame's capability */
	bool thread;      /* holds T_ACT's capability (activation) */
	byte xid;         /* ghost: which transfer (source), from 1 */
};

Msg msg[NMSG];
bool alive[NOBJ];
bool dying[NOBJ];

/* the queues (index qi: 0 is Q, 1 is Q2): FIFOs of senders (side SND)
 * and of receivers (side RCV) */
#define SND 0
#define RCV 1
#define QMAX 3
byte ql[4 * QMAX];
byte qn[4];
#define QL(qi, side, k) ql[((qi) * 2 + (side)) * QMAX + (k)]
#define QN(qi, side) qn[(qi) * 2 + (side)]
#define QOBJ(qi) (qi == 0 -> Q : Q2)

/* the reply object */
byte r_gen; bool r_armed; byte r_target;
byte rslot;           /* the Server's slot for the reply capability (badge) */

/* frames (F0 + m is message m's payload) and physical pages */
byte owner[NMSG];     /* activity */
byte pa[NMSG];
bool shown[NMSG];     /* its page-table entries are valid */
byte stale[NMSG];     /* a page some hart's TLB may still map for it */
byte hdr[NMSG];       /* page p holds the capability addresses of user hdr[p] */
bool pfree[NMSG];
byte used[2];         /* frames charged to A, AROOT */

/* threads */
byte tstate[NTHR]; byte twait[NTHR]; byte twon[NTHR]; byte tres[NTHR];

/* capabilities: the source slots of each sender (bit i: holds one, with
 * CAP_G) and the destination slots of each receiver (0: empty, else the
 * xid of the transfer that put a capability there) */
byte src[NMSG];
byte dst[NMSG * NCAPS];
byte ncopy[NMSG];     /* ghost: bit i: this transfer derived capability i */
byte xcount;          /* ghost: transfers paired so far */

/* destruction work (WORK_DESTROY): the object whose destroy was cut */
byte dwork = NONE;

/* scratch of the inlines: dead between steps, and zeroed at every kernel
 * exit so that it adds no states. (Not hidden: pan stores the states
 * inside an atomic sequence too, and would match two that differ only
 * in a hidden variable.) */
byte i, j, n, w, qq, qd, fw, p_, o_, s_, t_, ft, st, tt, x, res, cut;

inline scratch_reset()
{
	i = 0; j = 0; n = 0; w = 0; qq = 0; qd = 0; fw = 0; p_ = 0; o_ = 0; s_ = 0; t_ = 0;
	ft = 0; st = 0; tt = 0; x = 0; res = 0; cut = 0
}

#define USER(m)     (m == M_S -> U_S : (m == M_C || m == M_CR -> U_C : U_V))
#define DST(t, k)   dst[(t) * NCAPS + (k)]
#define BIT(k)      (1 << (k))
#define ACT(m)      (m == M_S -> 0 : 1)

/* Reach checks (test/model/run --reach): with -DREACH=k, point k is an
 * assertion that fails if it is ever reached, so that the run shows the
 * search gets there. */
#ifdef REACH
#define REACH_IF(c, k) assert(!(c) || REACH != k)
#else
#define REACH_IF(c, k) skip
#endif
#define REACH_AT(k) REACH_IF(true, k)

/* ---------------------------------------------------------------- */
/* properties */

/* A page some mapping of frame f may reach holds nothing of another
 * space's: the sender never maps the receiver's capability addresses, and
 * nobody maps a freed page. */
inline page_ok(p, f)
{
	assert(!pfree[p]);
	assert(hdr[p] == ZERO || hdr[p] == USER(f))
}

inline check_mappings()
{
	x = 0;
	do
	:: x < NMSG ->
		if
		:: alive[F0 + x] && shown[x] -> page_ok(pa[x], x)
		:: else -> skip
		fi;
		if
		:: stale[x] != NONE -> page_ok(stale[x], x)
		:: else -> skip
		fi;
		x++
	:: else -> break
	od
}

/* Every page is held by exactly one live frame, or free; every live frame
 * is charged to one live activity, and each activity's count is its frames. */
inline check_charges()
{
	i = 0;
	do
	:: i < NMSG ->
		n = pfree[i];
		j = 0;
		do
		:: j < NMSG -> n = n + (alive[F0 + j] && pa[j] == i); j++
		:: else -> break
		od;
		assert(n == 1);
		i++
	:: else -> break
	od;
	n = 0; x = 0; i = 0;
	do
	:: i < NMSG ->
		if
		:: alive[F0 + i] ->
			assert(alive[owner[i]]);
			if
			:: owner[i] == A -> n++
			:: else -> x++
			fi
		:: else -> skip
		fi;
		i++
	:: else -> break
	od;
	assert(n == used[0] && x == used[1])
}

/* No relation points at a destroyed object, each is kept from both ends,
 * no message is on two lists. */
inline check_relations()
{
	i = 0;
	do
	:: i < NMSG ->
		if
		:: alive[i] ->
			/* n: on senders' lists, x: on receivers', each list of each queue */
			n = 0; x = 0; j = 0;
			do
			:: j < 4 * QMAX ->
				if
				:: ql[j] == i && (j / QMAX) % 2 == SND -> n++; assert(msg[i].queue == j / (2 * QMAX))
				:: ql[j] == i && (j / QMAX) % 2 == RCV -> x++; assert(msg[i].queue == j / (2 * QMAX))
				:: else -> skip
				fi;
				j++
			:: else -> break
			od;
			assert(n + x <= 1);
			assert((msg[i].queue != NONE) == (n + x == 1));
			assert(n == 0 || msg[i].state == MSG_SENDING);
			assert(x == 0 || msg[i].state == MSG_RECEIVING);
			assert(msg[i].queue == NONE || alive[QOBJ(msg[i].queue)]);
			assert(msg[i].state != MSG_SENDING || msg[i].queue != NONE);
			if
			:: msg[i].state == MSG_TRANSFER ->
				w = msg[i].peer;
				assert(w != NONE && alive[w] && msg[w].state == MSG_TRANSFER &&
				       msg[w].peer == i && msg[w].is_source != msg[i].is_source);
				assert(msg[i].copied <= msg[i].ncaps);
				/* between system calls a transfer is in progress only as work */
				assert(!msg[i].is_source || msg[i].xfer)
			:: else ->
				assert(msg[i].peer == NONE && !msg[i].xfer)
			fi;
			assert(!msg[i].xfer || msg[i].is_source);
			assert(!msg[i].delivered || msg[i].state == MSG_IDLE);
			w = msg[i].waiter;
			if
			:: w != NONE ->
				assert(alive[T0 + w] && tstate[w] == THREAD_BLOCKED &&
				       twait[w] == WAIT_MESSAGE && twon[w] == i)
			:: else -> skip
			fi;
			assert(!msg[i].payload || alive[F0 + i]);
			assert(!msg[i].charged || alive[A]);
			assert(!msg[i].thread || alive[T0 + T_ACT]);
			assert(msg[i].reply == 0 || alive[R])
		:: else ->
			assert(msg[i].waiter == NONE && !msg[i].xfer && msg[i].queue == NONE)
		fi;
		i++
	:: else -> break
	od;
	i = 0;
	do
	:: i < NTHR ->
		if
		:: tstate[i] == THREAD_BLOCKED ->
			assert(alive[T0 + i]);
			w = twon[i];
			if
			:: twait[i] == WAIT_MESSAGE ->
				assert(w < NMSG && alive[w] && msg[w].waiter == i)
			:: twait[i] == WAIT_DESTROY ->
				assert(w != NONE && alive[w] && dying[w] && dwork == w)
			fi
		:: else ->
			assert(twait[i] == WAIT_NONE && twon[i] == NONE)
		fi;
		i++
	:: else -> break
	od;
	assert(r_target == NONE || (alive[r_target] && alive[R]));
	assert(rslot == 0 || alive[R]);
	assert(dwork == NONE || (alive[dwork] && dying[dwork]))
}

/* A transfer of s into t ends, reporting in t's header the set mask:
 * exactly the capabilities that landed in t's slots (each once: copy_one).
 * n: how many. */
inline check_report(s, t, mask)
{
	n = 0; j = 0;
	do
	:: j < msg[s].ncaps ->
		assert(((mask >> j) & 1) == (DST(t, j) == msg[s].xid));
		n = n + ((mask >> j) & 1);
		j++
	:: else -> break
	od
}

/* At every kernel exit (the lock released). */
inline kexit()
{
#ifndef NO_SAFETY
	check_mappings();
	check_charges();
	check_relations();
#endif
	scratch_reset()
}

/* ---------------------------------------------------------------- */
/* threads (kern/thread.c) */

inline thread_block(k, kind, on)
{
	tstate[k] = THREAD_BLOCKED; twait[k] = kind; twon[k] = on
}

inline thread_wake(k, err)
{
	twait[k] = WAIT_NONE; twon[k] = NONE; tres[k] = err;
	tstate[k] = THREAD_RUNNABLE
}

/* ipc/regipc.c:ipc_cancel, for the kinds modelled */
inline ipc_cancel(k)
{
	if
	:: twait[k] == WAIT_MESSAGE ->
		REACH_AT(16);
#ifndef BUG_STOP_KEEPS_WAITER
		msg[twon[k]].waiter = NONE
#else
		skip
#endif
	:: else -> skip
	fi;
	twait[k] = WAIT_NONE; twon[k] = NONE
}

inline thread_stop(k)
{
	if
	:: tstate[k] == THREAD_BLOCKED -> ipc_cancel(k); tres[k] = ERR_CANCELED
	:: else -> skip
	fi;
	tstate[k] = THREAD_INACTIVE
}

/* ---------------------------------------------------------------- */
/* messages (ipc/transfer.c) */

inline msg_check(m, err)
{
	err = (msg[m].payload && !dying[F0 + m] -> ERR_OK : ERR_BAD_ARG)
}

/* msg_finish without the failed call's part (fail_call ends the call's
 * reply message with it, and that one has no reply capability). */
inline finish_core(m, status_, caps)
{
#ifndef BUG_FINISH_KEEPS_WORK
	msg[m].xfer = false;
#endif
	msg[m].state = MSG_IDLE;
	msg[m].is_source = false;
	msg[m].peer = NONE;
	msg[m].queue = NONE;
	msg[m].ncaps = 0; msg[m].copied = 0; msg[m].failed = 0;
	msg[m].status = status_;
	msg[m].got_caps = caps;
	REACH_IF(m == M_CR && status_ == ERR_OK && caps == NCAPS, 10);
	msg[m].charged = false;
	msg[m].reply = 0;
	fw = msg[m].waiter;
	if
	:: fw != NONE ->
		msg[m].waiter = NONE;
		msg[m].delivered = false;
		thread_wake(fw, status_)
	:: else ->
		msg[m].delivered = true
	fi;
	if
	:: msg[m].thread && tstate[T_ACT] == THREAD_INACTIVE -> REACH_AT(1); tstate[T_ACT] = THREAD_RUNNABLE
	:: else -> skip
	fi
}

/* A call that failed gets no reply: its caller's wait ends. */
inline fail_call(s, err)
{
	if
	:: r_armed && msg[s].reply == r_gen ->
		r_armed = false;
		ft = r_target;
		if
		:: ft != NONE && msg[ft].state == MSG_RECEIVING && msg[ft].queue == NONE ->
			REACH_AT(3);
			finish_core(ft, err, 0)
		:: else -> skip
		fi
	:: else -> skip
	fi
}

inline msg_finish(m, status_, caps)
{
	if
	:: status_ != ERR_OK && msg[m].reply != 0 -> fail_call(m, status_)
	:: else -> skip
	fi;
	finish_core(m, status_, caps)
}

inline msg_pair(s, t)
{
	msg[s].state = MSG_TRANSFER; msg[t].state = MSG_TRANSFER;
	msg[s].is_source = true; msg[t].is_source = false;
	msg[s].peer = t; msg[t].peer = s;
	msg[s].ncaps = NCAPS; msg[t].ncaps = NCAPS;
	msg[s].copied = 0; msg[t].copied = 0;
	msg[s].failed = 0; msg[t].failed = 0;
	msg[s].landed = 0;
	xcount++; msg[s].xid = xcount; ncopy[s] = 0
}

inline copy_one(s, t, k)
{
	if
	:: (src[s] & BIT(k)) && DST(t, k) == 0 ->
		assert(!(ncopy[s] & BIT(k)));   /* never derived twice */
		ncopy[s] = ncopy[s] | BIT(k);
		DST(t, k) = msg[s].xid;
		msg[s].landed = msg[s].landed | BIT(k)
	:: else ->
		REACH_AT(14);
		msg[s].failed++
	fi
}

/* The reply capability goes to the receiver's reply slot. */
inline give_reply(s, t, err)
{
	err = ERR_OK;
	if
	:: msg[s].reply != 0 ->
		assert(t == M_R);
		if
		:: rslot != 0 -> err = ERR_SLOT_FULL
		:: else -> REACH_AT(13); rslot = msg[s].reply
		fi
	:: else -> skip
	fi
}

inline hide(f)
{
	if
	:: shown[f] -> stale[f] = pa[f]; shown[f] = false
	:: else -> skip
	fi
}

inline fence()
{
	x = 0;
	do
	:: x < NMSG -> stale[x] = NONE; x++
	:: else -> break
	od
}

/* exchange_frames: unmap both, fence, the page t gets takes t's own
 * header, t's old page is cleared, swap, map again. Checked at each step. */
inline exchange_frames(s, t)
{
	hide(s); hide(t);
	check_mappings();
#ifndef BUG_WRITE_BEFORE_FENCE
	fence();
#endif
	hdr[pa[s]] = USER(t);
	check_mappings();
#ifdef BUG_WRITE_BEFORE_FENCE
	fence();
#endif
#ifndef BUG_MAP_BEFORE_CLEAR
	hdr[pa[t]] = ZERO;
	check_mappings();
#endif
	x = pa[s]; pa[s] = pa[t]; pa[t] = x;
	shown[s] = true; shown[t] = true;
	check_mappings();
#ifdef BUG_MAP_BEFORE_CLEAR
	hdr[pa[s]] = ZERO;
	check_mappings();
#endif
	fence()
}

/* report_landed: what arrived before the transfer ended early */
inline report_landed(s, t, caps)
{
	x = msg[s].landed & (BIT(msg[s].copied) - 1);
	check_report(s, t, x);
	caps = n
}

/* msg_abort: m is destroyed in the middle; its peer ends with ERR_DEAD */
inline msg_abort(m)
{
	s_ = (msg[m].is_source -> m : msg[m].peer);
	t_ = msg[s_].peer;
	report_landed(s_, t_, res);
	REACH_IF(res > 0, 4);
	p_ = msg[m].peer;
	msg_finish(p_, ERR_DEAD, res)
}

/* msg_transfer(s): ERR_OK when it is over, KERR_PREEMPTED if cut */
inline msg_transfer(s, ret)
{
	t_ = msg[s].peer;
	msg_check(s, st);
	msg_check(t_, tt);
	if
	:: st != ERR_OK || tt != ERR_OK ->
		report_landed(s, t_, res);
		REACH_IF(res > 0, 5);
		st = (st != ERR_OK -> st : ERR_DEAD);
		tt = (tt != ERR_OK -> tt : ERR_DEAD);
		msg_finish(s, st, res);
		msg_finish(t_, tt, res);
		ret = ERR_OK
	:: else ->
#ifdef BUG_RESTART_FROM_ZERO
		msg[s].copied = 0;
#endif
		cut = false;
		do
		:: msg[s].copied < msg[s].ncaps ->
			copy_one(s, t_, msg[s].copied);
			msg[s].copied++;
			msg[t_].copied = msg[s].copied;
			if
			:: msg[s].copied < msg[s].ncaps -> cut = true; break   /* a preemption point */
			:: true -> skip
			fi
		:: else -> break
		od;
		if
		:: cut -> REACH_AT(6); ret = KERR_PREEMPTED
		:: else ->
			give_reply(s, t_, st);
			if
			:: st != ERR_OK -> fail_call(s, st)
			:: else -> skip
			fi;
			exchange_frames(s, t_);
			res = msg[s].ncaps - msg[s].failed;
			check_report(s, t_, msg[s].landed);
			assert(n == res);   /* the count reported is what arrived */
			msg_finish(s, ERR_OK, res);
			msg_finish(t_, ERR_OK, res);
			ret = ERR_OK
		fi
	fi
}

/* ---------------------------------------------------------------- */
/* the queue (ipc/queue.c) */

inline qremove(qi, side, m)
{
	j = 0;
	do
	:: j < QN(qi, side) && QL(qi, side, j) != m -> j++
	:: else -> break
	od;
	assert(j < QN(qi, side));
	do
	:: j + 1 < QN(qi, side) -> QL(qi, side, j) = QL(qi, side, j + 1); j++
	:: else -> break
	od;
	QN(qi, side)--;
	QL(qi, side, QN(qi, side)) = NONE
}

inline qpush(qi, side, m)
{
	QL(qi, side, QN(qi, side)) = m;
	QN(qi, side)++
}

inline queue_unlink_msg(m)
{
	if
	:: msg[m].queue != NONE && msg[m].state == MSG_SENDING ->
		qq = msg[m].queue; qremove(qq, SND, m)
	:: msg[m].queue != NONE && msg[m].state != MSG_SENDING ->
		qq = msg[m].queue; qremove(qq, RCV, m)
	:: else -> skip
	fi;
	msg[m].queue = NONE
}

/* msg_charge: the send's activity pays when paired (a reply: paid) */
inline msg_charge(s, err)
{
	err = (msg[s].charged && dying[A] -> ERR_DEAD : ERR_OK)
}

/* pop_usable: the first waiting message that can still take part; the
 * others are dropped with their error. (Its preemption point, every
 * DROP_BATCH = 16 drops, is never reached with so few messages.) */
inline pop_usable(qi, side, charge, out)
{
	out = NONE;
	do
	:: QN(qi, side) > 0 ->
		w = QL(qi, side, 0);
		qremove(qi, side, w);
		msg_check(w, tt);
		if
		:: tt == ERR_OK && charge -> msg_charge(w, tt)
		:: else -> skip
		fi;
		msg[w].queue = NONE;
		if
		:: tt == ERR_OK -> out = w; break
		:: else -> REACH_AT(11); msg_finish(w, tt, 0)
		fi
	:: else -> break
	od
}

inline queue_send(qi, s, ret)
{
	pop_usable(qi, RCV, false, i);
	if
	:: i == NONE ->
		msg[s].state = MSG_SENDING; msg[s].queue = qi;
		qpush(qi, SND, s);
		ret = ERR_OK
	:: else ->
		msg_charge(s, st);
		if
		:: st != ERR_OK ->
			/* back at the front of the receivers */
			j = QN(qi, RCV);
			do
			:: j > 0 -> QL(qi, RCV, j) = QL(qi, RCV, j - 1); j--
			:: else -> break
			od;
			QL(qi, RCV, 0) = i; QN(qi, RCV)++; msg[i].queue = qi;
			msg_finish(s, st, 0);
			ret = ERR_OK
		:: else ->
			msg_pair(s, i);
			msg_transfer(s, ret)
		fi
	fi
}

inline queue_receive(qi, t, ret)
{
	pop_usable(qi, SND, true, i);
	if
	:: i == NONE ->
		msg[t].state = MSG_RECEIVING; msg[t].queue = qi;
		qpush(qi, RCV, t);
		ret = ERR_OK
	:: else ->
		REACH_AT(15);
		REACH_IF(qi == 1, 19);
		msg_pair(i, t);
		msg_transfer(i, ret)
	fi
}

/* ---------------------------------------------------------------- */
/* the methods (ipc/invoke.c) */

/* carry_on: the worker finishes a cut transfer */
inline carry_on(m)
{
#ifndef BUG_CUT_NO_WORK
	if
	:: msg[m].is_source -> msg[m].xfer = true
	:: else -> msg[msg[m].peer].xfer = true
	fi
#else
	skip
#endif
}

/* settle: results now, or wait for them (ret: the system call's result) */
inline settle(k, m, block, ret)
{
	if
	:: msg[m].state == MSG_IDLE && msg[m].delivered ->
		if
		:: block -> msg[m].delivered = false; ret = msg[m].status
		:: else -> ret = ERR_OK
		fi
	:: else ->
		if
		:: !block -> ret = ERR_OK
		:: block && msg[m].waiter != NONE -> ret = ERR_IN_USE
		:: block && msg[m].waiter == NONE ->
			msg[m].waiter = k;
			thread_block(k, WAIT_MESSAGE, m);
			ret = KERR_BLOCKED
		fi
	fi
}

/* QUEUE_SEND of m by thread k (activity A, or AROOT: no charge modelled) */
inline sys_queue_send(k, qi, m, block, ret)
{
	if
	:: !alive[QOBJ(qi)] || dying[QOBJ(qi)] -> ret = ERR_DEAD
	:: else ->
		msg_check(m, ret);
		if
		:: !alive[m] -> ret = ERR_SLOT_EMPTY
		:: alive[m] && msg[m].state != MSG_IDLE -> REACH_AT(18); ret = ERR_IN_USE
		:: alive[m] && msg[m].state == MSG_IDLE && ret == ERR_OK && m == M_S && dying[A] -> ret = ERR_DEAD
		:: else -> skip
		fi;
		if
		:: ret == ERR_OK ->
			msg[m].delivered = false;
			msg[m].charged = (m == M_S);
			queue_send(qi, m, ret);
			if
			:: ret == KERR_PREEMPTED -> carry_on(m)
			:: else -> skip
			fi;
			settle(k, m, block, ret)
		:: else -> skip
		fi
	fi
}

inline sys_queue_receive(k, qi, m, block, ret)
{
	if
	:: !alive[QOBJ(qi)] || dying[QOBJ(qi)] -> ret = ERR_DEAD
	:: alive[QOBJ(qi)] && !dying[QOBJ(qi)] && !alive[m] -> ret = ERR_SLOT_EMPTY
	:: alive[QOBJ(qi)] && !dying[QOBJ(qi)] && alive[m] && msg[m].state != MSG_IDLE -> ret = ERR_IN_USE
	:: else ->
		msg_check(m, ret);
		if
		:: ret == ERR_OK ->
			msg[m].delivered = false;
			queue_receive(qi, m, ret);
			if
			:: ret == KERR_PREEMPTED -> carry_on(m)
			:: else -> skip
			fi;
			settle(k, m, block, ret)
		:: else -> skip
		fi
	fi
}

/* QUEUE_CALL: send s, the reply goes into r through the reply object */
inline sys_queue_call(k, s, r, ret)
{
	if
	:: !alive[Q] || dying[Q] || !alive[R] -> ret = ERR_DEAD
	:: !alive[s] || !alive[r] -> ret = ERR_SLOT_EMPTY
	:: else ->
		if
		:: msg[r].state != MSG_IDLE || msg[r].waiter != NONE || msg[s].state != MSG_IDLE ->
			ret = ERR_IN_USE
		:: else ->
			msg_check(r, ret);
			if
			:: ret == ERR_OK -> msg_check(s, ret)
			:: else -> skip
			fi
		fi;
		if
		:: ret == ERR_OK ->
			msg[s].delivered = false;
			r_gen++; r_armed = true; r_target = r;
			msg[s].reply = r_gen;
			msg[r].state = MSG_RECEIVING; msg[r].queue = NONE; msg[r].delivered = false;
			queue_send(0, s, ret);
			if
			:: ret == KERR_PREEMPTED -> carry_on(s)
			:: else -> skip
			fi;
			settle(k, r, true, ret)
		:: else -> skip
		fi
	fi
}

/* MSG_WAIT */
inline sys_msg_wait(k, m, ret)
{
	if
	:: !alive[m] -> ret = ERR_SLOT_EMPTY
	:: alive[m] && msg[m].state == MSG_IDLE && !msg[m].delivered -> ret = ERR_BAD_ARG
	:: alive[m] && msg[m].state == MSG_RECEIVING && msg[m].queue == NONE -> ret = ERR_IN_USE
	:: alive[m] && msg[m].waiter != NONE -> ret = ERR_IN_USE
	:: else -> settle(k, m, true, ret)
	fi
}

/* REPLY_SEND of m through the reply capability with badge gen */
inline reply_send(m, gen, ret)
{
	if
	:: !alive[R] || !r_armed || gen != r_gen || r_target == NONE -> ret = ERR_DEAD
	:: else ->
		ft = r_target;
		if
		:: msg[ft].state != MSG_RECEIVING || msg[ft].queue != NONE -> ret = ERR_DEAD
		:: else ->
			msg_check(m, ret);
			if
			:: !alive[m] -> ret = ERR_SLOT_EMPTY
			:: alive[m] && msg[m].state != MSG_IDLE -> ret = ERR_IN_USE
			:: else -> skip
			fi;
			if
			:: ret == ERR_OK ->
				msg_check(ft, st);
				r_armed = false;
				if
				:: st != ERR_OK -> msg_finish(ft, st, 0); ret = ERR_DEAD
				:: else ->
					msg[m].delivered = false;
					msg_pair(m, ft);
					msg_transfer(m, ret);
					if
					:: ret == KERR_PREEMPTED -> carry_on(m)
					:: else -> msg[m].delivered = false
					fi;
					ret = ERR_OK
				fi
			:: else -> skip
			fi
		fi
	fi
}

/* ---------------------------------------------------------------- */
/* destruction (kern/object.c, ipc/objects.c) */

inline message_teardown(m)
{
	if
	:: msg[m].state == MSG_SENDING || msg[m].state == MSG_RECEIVING -> queue_unlink_msg(m)
	:: msg[m].state == MSG_TRANSFER -> msg_abort(m)
	:: else -> skip
	fi;
	msg_finish(m, ERR_DEAD, 0);
	msg[m].delivered = false;
	msg[m].payload = false;
	msg[m].thread = false
}

/* cap_revoke of a frame: its mappings go (and every hart fences), the
 * message's payload capability goes; then frame_teardown frees the page. */
inline frame_destroy(f)
{
	dying[F0 + f] = true;
	msg[f].payload = false;
	hide(f);
#ifndef BUG_FREE_BEFORE_FENCE
	fence();
#endif
	pfree[pa[f]] = true;
	used[ACT(f)]--;
	check_mappings();
#ifdef BUG_FREE_BEFORE_FENCE
	fence();
#endif
	alive[F0 + f] = false
}

inline msg_destroy(m)
{
	dying[m] = true;
	if
	:: r_target == m ->
		/* the reply's target capability is revoked: an open call ends
		 * (ipc/objects.c:ipc_reply_slot_cleared; the teardown below
		 * wakes the waiter) */
		r_target = NONE; r_armed = false
	:: else -> skip
	fi;
	message_teardown(m);
	alive[m] = false
}

/* The caller revokes the reply message capability it named: the reply
 * object's target slot empties, and an open call ends
 * (ipc/objects.c:ipc_reply_slot_cleared). */
inline reply_target_revoke()
{
	if
#ifndef BUG_REVOKE_KEEPS_CALL
	:: r_armed && msg[r_target].state == MSG_RECEIVING && msg[r_target].queue == NONE ->
		r_armed = false;
		finish_core(r_target, ERR_DEAD, 0)
#endif
	:: else -> skip
	fi;
	r_target = NONE
}

/* The caller revokes its reply object capability while its call's
 * message still carries the reply capability: that slot empties, and the
 * call ends (ipc/objects.c:ipc_message_slot_cleared). The server holds
 * none of this call's yet (one call: none at all). */
inline call_reply_revoke()
{
	if
#ifndef BUG_REVOKE_KEEPS_CALL
	:: msg[M_C].state == MSG_SENDING || msg[M_C].state == MSG_TRANSFER -> fail_call(M_C, ERR_DEAD)
#endif
	:: else -> skip
	fi;
	msg[M_C].reply = 0;
	rslot = 0
}

inline thread_destroy(k)
{
	dying[T0 + k] = true;
	if
	:: k == T_ACT -> msg[M_R].thread = false
	:: else -> skip
	fi;
	thread_stop(k);
	alive[T0 + k] = false
}

inline reply_destroy()
{
	dying[R] = true;
	msg[M_C].reply = 0; rslot = 0;    /* its capabilities are revoked */
	if
	:: r_armed && r_target != NONE && msg[r_target].state == MSG_RECEIVING &&
	   msg[r_target].queue == NONE -> finish_core(r_target, ERR_DEAD, 0)
	:: else -> skip
	fi;
	r_armed = false; r_target = NONE;
	alive[R] = false
}

/* One step of a queue's or activity's destroy (obj_destroy): ERR_OK when
 * the object is gone, KERR_PREEMPTED when a preemption point cut it. */
inline destroy_step(o, ret)
{
	ret = ERR_OK;
	if
	:: o == Q || o == Q2 ->
		qd = (o == Q -> 0 : 1);
		do
		:: QN(qd, SND) > 0 || QN(qd, RCV) > 0 ->
			w = (QN(qd, SND) > 0 -> QL(qd, SND, 0) : QL(qd, RCV, 0));
			queue_unlink_msg(w);
			msg_finish(w, ERR_DEAD, 0);
			if
			:: QN(qd, SND) > 0 || QN(qd, RCV) > 0 -> REACH_AT(7); ret = KERR_PREEMPTED; break
			:: true -> skip
			fi
		:: else -> break
		od
	:: o == A ->
		/* one object at a time (the frame, then the message), a
		 * preemption point after each, then the activity itself */
		if
		:: alive[F0 + M_S] ->
			frame_destroy(M_S);
			if
			:: REACH_AT(8); ret = KERR_PREEMPTED
			:: true
			fi
		:: else -> skip
		fi;
		if
		:: ret == ERR_OK && alive[M_S] ->
			msg_destroy(M_S);
			if
			:: ret = KERR_PREEMPTED
			:: true
			fi
		:: else -> skip
		fi
	fi;
	if
	:: ret == ERR_OK ->
		alive[o] = false;
		if
		:: dwork == o -> dwork = NONE
		:: else -> skip
		fi;
		if
		:: twait[T_DST] == WAIT_DESTROY && twon[T_DST] == o -> REACH_AT(17); thread_wake(T_DST, ERR_OK)
		:: else -> skip
		fi
	:: else -> skip
	fi
}
