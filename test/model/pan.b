	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* PROC :init: */

	case 3: // STATE 1
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 4: // STATE 4
		;
		i = trpt->bup.ovals[1];
		now.alive[ Index(i, 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 5: // STATE 10
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 6: // STATE 20
		;
		i = trpt->bup.ovals[8];
		now.owner[ Index(i, 5) ] = trpt->bup.ovals[7];
		now.hdr[ Index(i, 5) ] = trpt->bup.ovals[6];
		now.stale[ Index(i, 5) ] = trpt->bup.ovals[5];
		now.shown[ Index(i, 5) ] = trpt->bup.ovals[4];
		now.pa[ Index(i, 5) ] = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].payload = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].waiter = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 9);
		goto R999;

	case 7: // STATE 32
		;
		i = trpt->bup.ovals[6];
		now.src[4] = trpt->bup.ovals[5];
		now.src[1] = trpt->bup.ovals[4];
		now.src[0] = trpt->bup.ovals[3];
		now.msg[3].thread = trpt->bup.ovals[2];
		now.used[1] = trpt->bup.ovals[1];
		now.used[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 7);
		goto R999;

	case 8: // STATE 35
		;
		i = trpt->bup.ovals[1];
		now.ql[ Index(i, 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 9: // STATE 42
		;
		i = trpt->bup.ovals[1];
		now.r_target = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 10: // STATE 46
		;
		i = trpt->bup.ovals[2];
		now.tstate[ Index(i, 5) ] = trpt->bup.ovals[1];
		now.twon[ Index(i, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 11: // STATE 53
		;
		i = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 12: // STATE 54
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 13: // STATE 55
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 14: // STATE 56
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 15: // STATE 57
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 16: // STATE 58
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 17: // STATE 59
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 18: // STATE 61
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Watchdog */
;
		;
		
	case 20: // STATE 3
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 22: // STATE 14
		;
		i = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 23: // STATE 14
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 24: // STATE 14
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 25: // STATE 21
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Destroyer */
;
		;
		;
		;
		;
		;
		
	case 29: // STATE 5
		;
		o_ = trpt->bup.ovals[1];
		now.dying[5] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 30: // STATE 6
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 32: // STATE 9
		;
		w = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 34: // STATE 11
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 35: // STATE 13
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 36: // STATE 19
		goto R999;

	case 37: // STATE 22
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 38: // STATE 56
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 40: // STATE 32
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 41: // STATE 34
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 42: // STATE 40
		goto R999;

	case 43: // STATE 43
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 44: // STATE 56
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 45: // STATE 56
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 46: // STATE 56
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 48: // STATE 61
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 50: // STATE 75
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 51: // STATE 78
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 52: // STATE 82
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 53: // STATE 85
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 54: // STATE 89
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 55: // STATE 120
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 56: // STATE 123
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 57: // STATE 127
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 58: // STATE 130
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 59: // STATE 134
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 60: // STATE 142
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 63: // STATE 156
		;
		now.msg[0].payload = trpt->bup.ovals[1];
		now.dying[ Index((9+0), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 64: // STATE 159
		;
		now.shown[0] = trpt->bup.ovals[1];
		now.stale[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 65: // STATE 165
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 66: // STATE 168
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 67: // STATE 176
		;
		now.used[ Index(( ((0==0)) ? (0) : (1) ), 2) ] = trpt->bup.ovals[1];
		now.pfree[ Index(now.pa[0], 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 68: // STATE 177
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 71: // STATE 180
		goto R999;
;
		;
		
	case 73: // STATE 195
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 74: // STATE 195
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 75: // STATE 195
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 76: // STATE 202
		;
		now.alive[ Index((9+0), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 77: // STATE 204
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 79: // STATE 213
		;
		now.dying[0] = trpt->bup.oval;
		;
		goto R999;

	case 80: // STATE 215
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 83: // STATE 222
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 84: // STATE 224
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 85: // STATE 230
		goto R999;

	case 86: // STATE 233
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 87: // STATE 267
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 89: // STATE 243
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 90: // STATE 245
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 91: // STATE 251
		goto R999;

	case 92: // STATE 254
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 93: // STATE 267
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 94: // STATE 267
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;

	case 95: // STATE 267
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 97: // STATE 271
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 98: // STATE 272
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 99: // STATE 274
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 100: // STATE 278
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 101: // STATE 287
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 103: // STATE 291
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 105: // STATE 305
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 106: // STATE 308
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 107: // STATE 312
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 108: // STATE 315
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 109: // STATE 319
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 110: // STATE 350
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 111: // STATE 353
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 112: // STATE 357
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 113: // STATE 360
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 114: // STATE 364
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 116: // STATE 379
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 118: // STATE 393
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 119: // STATE 396
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 120: // STATE 400
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 121: // STATE 403
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 122: // STATE 407
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 123: // STATE 438
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 124: // STATE 441
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 125: // STATE 445
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 126: // STATE 448
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 127: // STATE 463
		;
		now.alive[0] = trpt->bup.ovals[4];
		now.msg[0].thread = trpt->bup.ovals[3];
		now.msg[0].payload = trpt->bup.ovals[2];
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 128: // STATE 463
		;
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 129: // STATE 463
		;
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 130: // STATE 465
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 131: // STATE 476
		;
		now.alive[ Index(o_, 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 132: // STATE 478
		;
		now.dwork = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 134: // STATE 487
		;
		now.tstate[4] = trpt->bup.ovals[3];
		tres[4] = trpt->bup.ovals[2];
		now.twon[4] = trpt->bup.ovals[1];
		now.twait[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 135: // STATE 499
		;
		now.dwork = trpt->bup.ovals[1];
	/* 0 */	((P4 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 136: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[3];
		now.twon[4] = trpt->bup.ovals[2];
		now.twait[4] = trpt->bup.ovals[1];
		now.tstate[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 137: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 139: // STATE 511
		;
		o_ = trpt->bup.ovals[1];
		now.dying[7] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 140: // STATE 512
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 142: // STATE 515
		;
		w = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 144: // STATE 517
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 145: // STATE 519
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 146: // STATE 525
		goto R999;

	case 147: // STATE 528
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 148: // STATE 562
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 150: // STATE 538
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 151: // STATE 540
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 152: // STATE 546
		goto R999;

	case 153: // STATE 549
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 154: // STATE 562
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 155: // STATE 562
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 156: // STATE 562
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 158: // STATE 567
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 160: // STATE 581
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 161: // STATE 584
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 162: // STATE 588
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 163: // STATE 591
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 164: // STATE 595
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 165: // STATE 626
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 166: // STATE 629
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 167: // STATE 633
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 168: // STATE 636
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 169: // STATE 640
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 170: // STATE 648
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 173: // STATE 662
		;
		now.msg[0].payload = trpt->bup.ovals[1];
		now.dying[ Index((9+0), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 174: // STATE 665
		;
		now.shown[0] = trpt->bup.ovals[1];
		now.stale[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 175: // STATE 671
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 176: // STATE 674
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 177: // STATE 682
		;
		now.used[ Index(( ((0==0)) ? (0) : (1) ), 2) ] = trpt->bup.ovals[1];
		now.pfree[ Index(now.pa[0], 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 178: // STATE 683
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 181: // STATE 686
		goto R999;
;
		;
		
	case 183: // STATE 701
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 184: // STATE 701
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 185: // STATE 701
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 186: // STATE 708
		;
		now.alive[ Index((9+0), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 187: // STATE 710
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 189: // STATE 719
		;
		now.dying[0] = trpt->bup.oval;
		;
		goto R999;

	case 190: // STATE 721
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 193: // STATE 728
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 194: // STATE 730
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 195: // STATE 736
		goto R999;

	case 196: // STATE 739
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 197: // STATE 773
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 199: // STATE 749
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 200: // STATE 751
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 201: // STATE 757
		goto R999;

	case 202: // STATE 760
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 203: // STATE 773
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 204: // STATE 773
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;

	case 205: // STATE 773
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 207: // STATE 777
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 208: // STATE 778
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 209: // STATE 780
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 210: // STATE 784
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 211: // STATE 793
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 213: // STATE 797
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 215: // STATE 811
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 216: // STATE 814
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 217: // STATE 818
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 218: // STATE 821
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 219: // STATE 825
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 220: // STATE 856
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 221: // STATE 859
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 222: // STATE 863
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 223: // STATE 866
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 224: // STATE 870
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 226: // STATE 885
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 228: // STATE 899
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 229: // STATE 902
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 230: // STATE 906
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 231: // STATE 909
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 232: // STATE 913
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 233: // STATE 944
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 234: // STATE 947
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 235: // STATE 951
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 236: // STATE 954
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 237: // STATE 969
		;
		now.alive[0] = trpt->bup.ovals[4];
		now.msg[0].thread = trpt->bup.ovals[3];
		now.msg[0].payload = trpt->bup.ovals[2];
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 238: // STATE 969
		;
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 239: // STATE 969
		;
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 240: // STATE 971
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 241: // STATE 982
		;
		now.alive[ Index(o_, 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 242: // STATE 984
		;
		now.dwork = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 244: // STATE 993
		;
		now.tstate[4] = trpt->bup.ovals[3];
		tres[4] = trpt->bup.ovals[2];
		now.twon[4] = trpt->bup.ovals[1];
		now.twait[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 245: // STATE 1005
		;
		now.dwork = trpt->bup.ovals[1];
	/* 0 */	((P4 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 246: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[3];
		now.twon[4] = trpt->bup.ovals[2];
		now.twait[4] = trpt->bup.ovals[1];
		now.tstate[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 247: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 249: // STATE 1016
		;
		now.dying[0] = trpt->bup.oval;
		;
		goto R999;

	case 250: // STATE 1018
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 253: // STATE 1025
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 254: // STATE 1027
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 255: // STATE 1033
		goto R999;

	case 256: // STATE 1036
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 257: // STATE 1070
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 259: // STATE 1046
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 260: // STATE 1048
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 261: // STATE 1054
		goto R999;

	case 262: // STATE 1057
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 263: // STATE 1070
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 264: // STATE 1070
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;

	case 265: // STATE 1070
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 267: // STATE 1074
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 268: // STATE 1075
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 269: // STATE 1077
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 270: // STATE 1081
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 271: // STATE 1090
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 273: // STATE 1094
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 275: // STATE 1108
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 276: // STATE 1111
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 277: // STATE 1115
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 278: // STATE 1118
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 279: // STATE 1122
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 280: // STATE 1153
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 281: // STATE 1156
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 282: // STATE 1160
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 283: // STATE 1163
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 284: // STATE 1167
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 286: // STATE 1182
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 288: // STATE 1196
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 289: // STATE 1199
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 290: // STATE 1203
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 291: // STATE 1206
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 292: // STATE 1210
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 293: // STATE 1241
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 294: // STATE 1244
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 295: // STATE 1248
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 296: // STATE 1251
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 297: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[0] = trpt->bup.ovals[4];
		now.msg[0].thread = trpt->bup.ovals[3];
		now.msg[0].payload = trpt->bup.ovals[2];
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 298: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 299: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;
;
		;
		
	case 301: // STATE 1269
		;
		now.dying[1] = trpt->bup.oval;
		;
		goto R999;

	case 302: // STATE 1271
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 305: // STATE 1278
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 306: // STATE 1280
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 307: // STATE 1286
		goto R999;

	case 308: // STATE 1289
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 309: // STATE 1323
		;
		now.msg[1].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 311: // STATE 1299
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 312: // STATE 1301
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 313: // STATE 1307
		goto R999;

	case 314: // STATE 1310
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 315: // STATE 1323
		;
		now.msg[1].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 316: // STATE 1323
		;
		now.msg[1].onq = trpt->bup.oval;
		;
		goto R999;

	case 317: // STATE 1323
		;
		now.msg[1].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 319: // STATE 1327
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 320: // STATE 1328
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 321: // STATE 1330
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 322: // STATE 1334
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 323: // STATE 1343
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 325: // STATE 1347
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 327: // STATE 1361
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 328: // STATE 1364
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 329: // STATE 1368
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 330: // STATE 1371
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 331: // STATE 1375
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 332: // STATE 1406
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 333: // STATE 1409
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 334: // STATE 1413
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 335: // STATE 1416
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 336: // STATE 1420
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 338: // STATE 1435
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 340: // STATE 1449
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 341: // STATE 1452
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 342: // STATE 1456
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 343: // STATE 1459
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 344: // STATE 1463
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 345: // STATE 1494
		;
		fw = trpt->bup.ovals[12];
		now.msg[1].reply = trpt->bup.ovals[11];
		now.msg[1].charged = trpt->bup.ovals[10];
		now.msg[1].got_caps = trpt->bup.ovals[9];
		now.msg[1].status = trpt->bup.ovals[8];
		now.msg[1].failed = trpt->bup.ovals[7];
		now.msg[1].copied = trpt->bup.ovals[6];
		now.msg[1].ncaps = trpt->bup.ovals[5];
		now.msg[1].onq = trpt->bup.ovals[4];
		now.msg[1].peer = trpt->bup.ovals[3];
		now.msg[1].is_source = trpt->bup.ovals[2];
		now.msg[1].state = trpt->bup.ovals[1];
		now.msg[1].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 346: // STATE 1497
		;
		now.msg[1].delivered = trpt->bup.ovals[1];
		now.msg[1].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 347: // STATE 1501
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 348: // STATE 1504
		;
		now.msg[1].delivered = trpt->bup.oval;
		;
		goto R999;

	case 349: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[1] = trpt->bup.ovals[4];
		now.msg[1].thread = trpt->bup.ovals[3];
		now.msg[1].payload = trpt->bup.ovals[2];
		now.msg[1].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 350: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[1] = trpt->bup.ovals[3];
		now.msg[1].thread = trpt->bup.ovals[2];
		now.msg[1].payload = trpt->bup.ovals[1];
		now.msg[1].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 351: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[1] = trpt->bup.ovals[3];
		now.msg[1].thread = trpt->bup.ovals[2];
		now.msg[1].payload = trpt->bup.ovals[1];
		now.msg[1].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;
;
		;
		
	case 353: // STATE 1522
		;
		now.dying[2] = trpt->bup.oval;
		;
		goto R999;

	case 354: // STATE 1524
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 357: // STATE 1531
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 358: // STATE 1533
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 359: // STATE 1539
		goto R999;

	case 360: // STATE 1542
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 361: // STATE 1576
		;
		now.msg[2].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 363: // STATE 1552
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 364: // STATE 1554
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 365: // STATE 1560
		goto R999;

	case 366: // STATE 1563
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 367: // STATE 1576
		;
		now.msg[2].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 368: // STATE 1576
		;
		now.msg[2].onq = trpt->bup.oval;
		;
		goto R999;

	case 369: // STATE 1576
		;
		now.msg[2].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 371: // STATE 1580
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 372: // STATE 1581
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 373: // STATE 1583
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 374: // STATE 1587
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 375: // STATE 1596
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 377: // STATE 1600
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 379: // STATE 1614
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 380: // STATE 1617
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 381: // STATE 1621
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 382: // STATE 1624
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 383: // STATE 1628
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 384: // STATE 1659
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 385: // STATE 1662
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 386: // STATE 1666
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 387: // STATE 1669
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 388: // STATE 1673
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 390: // STATE 1688
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 392: // STATE 1702
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 393: // STATE 1705
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 394: // STATE 1709
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 395: // STATE 1712
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 396: // STATE 1716
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 397: // STATE 1747
		;
		fw = trpt->bup.ovals[12];
		now.msg[2].reply = trpt->bup.ovals[11];
		now.msg[2].charged = trpt->bup.ovals[10];
		now.msg[2].got_caps = trpt->bup.ovals[9];
		now.msg[2].status = trpt->bup.ovals[8];
		now.msg[2].failed = trpt->bup.ovals[7];
		now.msg[2].copied = trpt->bup.ovals[6];
		now.msg[2].ncaps = trpt->bup.ovals[5];
		now.msg[2].onq = trpt->bup.ovals[4];
		now.msg[2].peer = trpt->bup.ovals[3];
		now.msg[2].is_source = trpt->bup.ovals[2];
		now.msg[2].state = trpt->bup.ovals[1];
		now.msg[2].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 398: // STATE 1750
		;
		now.msg[2].delivered = trpt->bup.ovals[1];
		now.msg[2].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 399: // STATE 1754
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 400: // STATE 1757
		;
		now.msg[2].delivered = trpt->bup.oval;
		;
		goto R999;

	case 401: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[2] = trpt->bup.ovals[4];
		now.msg[2].thread = trpt->bup.ovals[3];
		now.msg[2].payload = trpt->bup.ovals[2];
		now.msg[2].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 402: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[2] = trpt->bup.ovals[3];
		now.msg[2].thread = trpt->bup.ovals[2];
		now.msg[2].payload = trpt->bup.ovals[1];
		now.msg[2].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 403: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[2] = trpt->bup.ovals[3];
		now.msg[2].thread = trpt->bup.ovals[2];
		now.msg[2].payload = trpt->bup.ovals[1];
		now.msg[2].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;
;
		;
		
	case 405: // STATE 1775
		;
		now.dying[3] = trpt->bup.oval;
		;
		goto R999;

	case 406: // STATE 1777
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 409: // STATE 1784
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 410: // STATE 1786
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 411: // STATE 1792
		goto R999;

	case 412: // STATE 1795
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 413: // STATE 1829
		;
		now.msg[3].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 415: // STATE 1805
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 416: // STATE 1807
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 417: // STATE 1813
		goto R999;

	case 418: // STATE 1816
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 419: // STATE 1829
		;
		now.msg[3].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 420: // STATE 1829
		;
		now.msg[3].onq = trpt->bup.oval;
		;
		goto R999;

	case 421: // STATE 1829
		;
		now.msg[3].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 423: // STATE 1833
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 424: // STATE 1834
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 425: // STATE 1836
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 426: // STATE 1840
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 427: // STATE 1849
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 429: // STATE 1853
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 431: // STATE 1867
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 432: // STATE 1870
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 433: // STATE 1874
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 434: // STATE 1877
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 435: // STATE 1881
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 436: // STATE 1912
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 437: // STATE 1915
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 438: // STATE 1919
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 439: // STATE 1922
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 440: // STATE 1926
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 442: // STATE 1941
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 444: // STATE 1955
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 445: // STATE 1958
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 446: // STATE 1962
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 447: // STATE 1965
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 448: // STATE 1969
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 449: // STATE 2000
		;
		fw = trpt->bup.ovals[12];
		now.msg[3].reply = trpt->bup.ovals[11];
		now.msg[3].charged = trpt->bup.ovals[10];
		now.msg[3].got_caps = trpt->bup.ovals[9];
		now.msg[3].status = trpt->bup.ovals[8];
		now.msg[3].failed = trpt->bup.ovals[7];
		now.msg[3].copied = trpt->bup.ovals[6];
		now.msg[3].ncaps = trpt->bup.ovals[5];
		now.msg[3].onq = trpt->bup.ovals[4];
		now.msg[3].peer = trpt->bup.ovals[3];
		now.msg[3].is_source = trpt->bup.ovals[2];
		now.msg[3].state = trpt->bup.ovals[1];
		now.msg[3].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 450: // STATE 2003
		;
		now.msg[3].delivered = trpt->bup.ovals[1];
		now.msg[3].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 451: // STATE 2007
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 452: // STATE 2010
		;
		now.msg[3].delivered = trpt->bup.oval;
		;
		goto R999;

	case 453: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[3] = trpt->bup.ovals[4];
		now.msg[3].thread = trpt->bup.ovals[3];
		now.msg[3].payload = trpt->bup.ovals[2];
		now.msg[3].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 454: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[3] = trpt->bup.ovals[3];
		now.msg[3].thread = trpt->bup.ovals[2];
		now.msg[3].payload = trpt->bup.ovals[1];
		now.msg[3].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 455: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[3] = trpt->bup.ovals[3];
		now.msg[3].thread = trpt->bup.ovals[2];
		now.msg[3].payload = trpt->bup.ovals[1];
		now.msg[3].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;
;
		;
		
	case 457: // STATE 2028
		;
		now.dying[4] = trpt->bup.oval;
		;
		goto R999;

	case 458: // STATE 2030
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 461: // STATE 2037
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 462: // STATE 2039
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 463: // STATE 2045
		goto R999;

	case 464: // STATE 2048
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 465: // STATE 2082
		;
		now.msg[4].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 467: // STATE 2058
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 468: // STATE 2060
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 469: // STATE 2066
		goto R999;

	case 470: // STATE 2069
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 471: // STATE 2082
		;
		now.msg[4].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 472: // STATE 2082
		;
		now.msg[4].onq = trpt->bup.oval;
		;
		goto R999;

	case 473: // STATE 2082
		;
		now.msg[4].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 475: // STATE 2086
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 476: // STATE 2087
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 477: // STATE 2089
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 478: // STATE 2093
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 479: // STATE 2102
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 481: // STATE 2106
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 483: // STATE 2120
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 484: // STATE 2123
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 485: // STATE 2127
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 486: // STATE 2130
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 487: // STATE 2134
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 488: // STATE 2165
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 489: // STATE 2168
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 490: // STATE 2172
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 491: // STATE 2175
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 492: // STATE 2179
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 494: // STATE 2194
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 496: // STATE 2208
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 497: // STATE 2211
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 498: // STATE 2215
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 499: // STATE 2218
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 500: // STATE 2222
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 501: // STATE 2253
		;
		fw = trpt->bup.ovals[12];
		now.msg[4].reply = trpt->bup.ovals[11];
		now.msg[4].charged = trpt->bup.ovals[10];
		now.msg[4].got_caps = trpt->bup.ovals[9];
		now.msg[4].status = trpt->bup.ovals[8];
		now.msg[4].failed = trpt->bup.ovals[7];
		now.msg[4].copied = trpt->bup.ovals[6];
		now.msg[4].ncaps = trpt->bup.ovals[5];
		now.msg[4].onq = trpt->bup.ovals[4];
		now.msg[4].peer = trpt->bup.ovals[3];
		now.msg[4].is_source = trpt->bup.ovals[2];
		now.msg[4].state = trpt->bup.ovals[1];
		now.msg[4].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 502: // STATE 2256
		;
		now.msg[4].delivered = trpt->bup.ovals[1];
		now.msg[4].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 503: // STATE 2260
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 504: // STATE 2263
		;
		now.msg[4].delivered = trpt->bup.oval;
		;
		goto R999;

	case 505: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[4] = trpt->bup.ovals[4];
		now.msg[4].thread = trpt->bup.ovals[3];
		now.msg[4].payload = trpt->bup.ovals[2];
		now.msg[4].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 506: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[4] = trpt->bup.ovals[3];
		now.msg[4].thread = trpt->bup.ovals[2];
		now.msg[4].payload = trpt->bup.ovals[1];
		now.msg[4].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 507: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[4] = trpt->bup.ovals[3];
		now.msg[4].thread = trpt->bup.ovals[2];
		now.msg[4].payload = trpt->bup.ovals[1];
		now.msg[4].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;
;
		;
		
	case 509: // STATE 2282
		;
		now.msg[0].payload = trpt->bup.ovals[1];
		now.dying[ Index((9+0), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 510: // STATE 2285
		;
		now.shown[0] = trpt->bup.ovals[1];
		now.stale[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 511: // STATE 2291
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 512: // STATE 2294
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 513: // STATE 2302
		;
		now.used[ Index(( ((0==0)) ? (0) : (1) ), 2) ] = trpt->bup.ovals[1];
		now.pfree[ Index(now.pa[0], 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 514: // STATE 2303
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 517: // STATE 2306
		goto R999;
;
		;
		
	case 519: // STATE 2321
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 520: // STATE 2321
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 521: // STATE 2321
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 522: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[1];
		now.alive[ Index((9+0), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 524: // STATE 2332
		;
		now.msg[3].payload = trpt->bup.ovals[1];
		now.dying[ Index((9+3), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 525: // STATE 2335
		;
		now.shown[3] = trpt->bup.ovals[1];
		now.stale[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 526: // STATE 2341
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 527: // STATE 2344
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 528: // STATE 2352
		;
		now.used[ Index(( ((3==0)) ? (0) : (1) ), 2) ] = trpt->bup.ovals[1];
		now.pfree[ Index(now.pa[3], 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 529: // STATE 2353
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 532: // STATE 2356
		goto R999;
;
		;
		
	case 534: // STATE 2371
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 535: // STATE 2371
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 536: // STATE 2371
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 537: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[1];
		now.alive[ Index((9+3), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 539: // STATE 2381
		;
		now.dying[ Index((14+0), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 540: // STATE 2383
		;
		now.msg[3].thread = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 542: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[6];
		now.alive[ Index((14+0), 19) ] = trpt->bup.ovals[5];
		now.tstate[0] = trpt->bup.ovals[4];
		tres[0] = trpt->bup.ovals[3];
		now.twon[0] = trpt->bup.ovals[2];
		now.twait[0] = trpt->bup.ovals[1];
		now.msg[ Index(now.twon[0], 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 7);
		goto R999;

	case 543: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+0), 19) ] = trpt->bup.ovals[4];
		now.tstate[0] = trpt->bup.ovals[3];
		tres[0] = trpt->bup.ovals[2];
		now.twon[0] = trpt->bup.ovals[1];
		now.twait[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 544: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+0), 19) ] = trpt->bup.ovals[4];
		now.tstate[0] = trpt->bup.ovals[3];
		tres[0] = trpt->bup.ovals[2];
		now.twon[0] = trpt->bup.ovals[1];
		now.twait[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 545: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+0), 19) ] = trpt->bup.ovals[1];
		now.tstate[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 546: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+0), 19) ] = trpt->bup.ovals[1];
		now.tstate[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 548: // STATE 2408
		;
		now.dying[ Index((14+1), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 549: // STATE 2410
		;
		now.msg[3].thread = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 551: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[6];
		now.alive[ Index((14+1), 19) ] = trpt->bup.ovals[5];
		now.tstate[1] = trpt->bup.ovals[4];
		tres[1] = trpt->bup.ovals[3];
		now.twon[1] = trpt->bup.ovals[2];
		now.twait[1] = trpt->bup.ovals[1];
		now.msg[ Index(now.twon[1], 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 7);
		goto R999;

	case 552: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+1), 19) ] = trpt->bup.ovals[4];
		now.tstate[1] = trpt->bup.ovals[3];
		tres[1] = trpt->bup.ovals[2];
		now.twon[1] = trpt->bup.ovals[1];
		now.twait[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 553: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+1), 19) ] = trpt->bup.ovals[4];
		now.tstate[1] = trpt->bup.ovals[3];
		tres[1] = trpt->bup.ovals[2];
		now.twon[1] = trpt->bup.ovals[1];
		now.twait[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 554: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+1), 19) ] = trpt->bup.ovals[1];
		now.tstate[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 555: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+1), 19) ] = trpt->bup.ovals[1];
		now.tstate[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 557: // STATE 2435
		;
		now.dying[ Index((14+2), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 558: // STATE 2437
		;
		now.msg[3].thread = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 560: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[6];
		now.alive[ Index((14+2), 19) ] = trpt->bup.ovals[5];
		now.tstate[2] = trpt->bup.ovals[4];
		tres[2] = trpt->bup.ovals[3];
		now.twon[2] = trpt->bup.ovals[2];
		now.twait[2] = trpt->bup.ovals[1];
		now.msg[ Index(now.twon[2], 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 7);
		goto R999;

	case 561: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+2), 19) ] = trpt->bup.ovals[4];
		now.tstate[2] = trpt->bup.ovals[3];
		tres[2] = trpt->bup.ovals[2];
		now.twon[2] = trpt->bup.ovals[1];
		now.twait[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 562: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+2), 19) ] = trpt->bup.ovals[4];
		now.tstate[2] = trpt->bup.ovals[3];
		tres[2] = trpt->bup.ovals[2];
		now.twon[2] = trpt->bup.ovals[1];
		now.twait[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 563: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+2), 19) ] = trpt->bup.ovals[1];
		now.tstate[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 564: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+2), 19) ] = trpt->bup.ovals[1];
		now.tstate[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 566: // STATE 2462
		;
		now.dying[ Index((14+3), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 567: // STATE 2464
		;
		now.msg[3].thread = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 569: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[6];
		now.alive[ Index((14+3), 19) ] = trpt->bup.ovals[5];
		now.tstate[3] = trpt->bup.ovals[4];
		tres[3] = trpt->bup.ovals[3];
		now.twon[3] = trpt->bup.ovals[2];
		now.twait[3] = trpt->bup.ovals[1];
		now.msg[ Index(now.twon[3], 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 7);
		goto R999;

	case 570: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+3), 19) ] = trpt->bup.ovals[4];
		now.tstate[3] = trpt->bup.ovals[3];
		tres[3] = trpt->bup.ovals[2];
		now.twon[3] = trpt->bup.ovals[1];
		now.twait[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 571: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[5];
		now.alive[ Index((14+3), 19) ] = trpt->bup.ovals[4];
		now.tstate[3] = trpt->bup.ovals[3];
		tres[3] = trpt->bup.ovals[2];
		now.twon[3] = trpt->bup.ovals[1];
		now.twait[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 6);
		goto R999;

	case 572: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+3), 19) ] = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 573: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[2];
		now.alive[ Index((14+3), 19) ] = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 575: // STATE 2491
		;
		now.rslot = trpt->bup.ovals[2];
		now.msg[1].reply = trpt->bup.ovals[1];
		now.dying[6] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 577: // STATE 2505
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(now.r_target, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(now.r_target, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(now.r_target, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(now.r_target, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(now.r_target, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(now.r_target, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(now.r_target, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(now.r_target, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(now.r_target, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(now.r_target, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(now.r_target, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(now.r_target, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 578: // STATE 2508
		;
		now.msg[ Index(now.r_target, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(now.r_target, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 579: // STATE 2512
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 580: // STATE 2515
		;
		now.msg[ Index(now.r_target, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 581: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[4];
		now.alive[6] = trpt->bup.ovals[3];
		now.r_target = trpt->bup.ovals[2];
		now.r_armed = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 582: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[3];
		now.alive[6] = trpt->bup.ovals[2];
		now.r_target = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 583: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[3];
		now.alive[6] = trpt->bup.ovals[2];
		now.r_target = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 584: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[3];
		now.alive[6] = trpt->bup.ovals[2];
		now.r_target = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 585: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.ovals[1];
		now.src[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 586: // STATE 2537
		;
		((P4 *)_this)->k = trpt->bup.oval;
		;
		goto R999;

	case 587: // STATE 2538
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 590: // STATE 2541
		goto R999;
;
		;
		
	case 592: // STATE 2556
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 593: // STATE 2556
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 594: // STATE 2556
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 595: // STATE 2563
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 596: // STATE 2566
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 597: // STATE 2569
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 598: // STATE 2576
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 599: // STATE 2584
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 601: // STATE 2586
		goto R999;

	case 602: // STATE 2598
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 603: // STATE 2598
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 604: // STATE 2598
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 605: // STATE 2598
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 606: // STATE 2604
		goto R999;

	case 607: // STATE 2606
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 609: // STATE 2610
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 610: // STATE 2613
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 611: // STATE 2620
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 612: // STATE 2623
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 613: // STATE 2629
		goto R999;

	case 614: // STATE 2646
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 615: // STATE 2646
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 616: // STATE 2646
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 617: // STATE 2661
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 618: // STATE 2661
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 619: // STATE 2661
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 620: // STATE 2661
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 621: // STATE 2661
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 622: // STATE 2667
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 624: // STATE 2671
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 625: // STATE 2682
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 626: // STATE 2682
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 627: // STATE 2682
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 628: // STATE 2682
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 629: // STATE 2693
		;
		((P4 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 631: // STATE 2700
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Worker */
;
		;
		
	case 633: // STATE 3
		;
		s_ = trpt->bup.oval;
		;
		goto R999;

	case 634: // STATE 5
		;
		s_ = trpt->bup.oval;
		;
		goto R999;

	case 635: // STATE 7
		;
		s_ = trpt->bup.oval;
		;
		goto R999;
;
		
	case 636: // STATE 10
		goto R999;

	case 637: // STATE 11
		;
		t_ = trpt->bup.oval;
		;
		goto R999;

	case 638: // STATE 12
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 639: // STATE 14
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 641: // STATE 17
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 642: // STATE 19
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 643: // STATE 23
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 644: // STATE 33
		;
		tt = trpt->bup.ovals[2];
		st = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 646: // STATE 37
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 648: // STATE 51
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 649: // STATE 54
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 650: // STATE 58
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 651: // STATE 61
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 652: // STATE 65
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 653: // STATE 96
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(s_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(s_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(s_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(s_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(s_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(s_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(s_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(s_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(s_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(s_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(s_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(s_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 654: // STATE 99
		;
		now.msg[ Index(s_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(s_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 655: // STATE 103
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 656: // STATE 106
		;
		now.msg[ Index(s_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 657: // STATE 110
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 659: // STATE 120
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 661: // STATE 134
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 662: // STATE 137
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 663: // STATE 141
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 664: // STATE 144
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 665: // STATE 148
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 666: // STATE 179
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 667: // STATE 182
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 668: // STATE 186
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 669: // STATE 189
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 670: // STATE 200
		;
		((P3 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 671: // STATE 200
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 672: // STATE 200
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 673: // STATE 202
		;
		cut = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 675: // STATE 215
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[4];
		now.msg[ Index(s_, 5) ].copied = trpt->bup.ovals[3];
		now.msg[ Index(s_, 5) ].landed = trpt->bup.ovals[2];
		now.dst[ Index(((t_*2)+now.msg[ Index(s_, 5) ].copied), 10) ] = trpt->bup.ovals[1];
		now.ncopy[ Index(s_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 676: // STATE 215
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[2];
		now.msg[ Index(s_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[ Index(s_, 5) ].failed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 677: // STATE 215
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[ Index(s_, 5) ].copied = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 678: // STATE 217
		;
		cut = trpt->bup.oval;
		;
		goto R999;

	case 679: // STATE 229
		;
		((P3 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 680: // STATE 231
		;
		st = trpt->bup.oval;
		;
		goto R999;
;
		
	case 681: // STATE 232
		goto R999;

	case 682: // STATE 235
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 683: // STATE 237
		;
		now.rslot = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 685: // STATE 248
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 687: // STATE 262
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 688: // STATE 265
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 689: // STATE 269
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 690: // STATE 272
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 691: // STATE 276
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 692: // STATE 297
		;
		now.shown[ Index(s_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(s_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 693: // STATE 305
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(t_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 694: // STATE 311
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 697: // STATE 314
		goto R999;
;
		;
		
	case 699: // STATE 329
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 700: // STATE 329
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 701: // STATE 329
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 702: // STATE 336
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 703: // STATE 339
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 704: // STATE 346
		;
		now.hdr[ Index(now.pa[ Index(s_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 705: // STATE 347
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 708: // STATE 350
		goto R999;
;
		;
		
	case 710: // STATE 365
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 711: // STATE 365
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 712: // STATE 365
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 713: // STATE 372
		;
		now.hdr[ Index(now.pa[ Index(t_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 714: // STATE 373
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 717: // STATE 376
		goto R999;
;
		;
		
	case 719: // STATE 391
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 720: // STATE 391
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 721: // STATE 391
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 722: // STATE 402
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[4];
		now.shown[ Index(s_, 5) ] = trpt->bup.ovals[3];
		now.pa[ Index(t_, 5) ] = trpt->bup.ovals[2];
		now.pa[ Index(s_, 5) ] = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 723: // STATE 403
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 726: // STATE 406
		goto R999;
;
		;
		
	case 728: // STATE 421
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 729: // STATE 421
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 730: // STATE 421
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 731: // STATE 428
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 732: // STATE 431
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 733: // STATE 439
		;
		res = trpt->bup.oval;
		;
		goto R999;

	case 734: // STATE 441
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 735: // STATE 445
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 736: // STATE 452
		goto R999;
;
		;
		
	case 738: // STATE 456
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 740: // STATE 470
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 741: // STATE 473
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 742: // STATE 477
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 743: // STATE 480
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 744: // STATE 484
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 745: // STATE 515
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(s_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(s_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(s_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(s_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(s_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(s_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(s_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(s_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(s_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(s_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(s_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(s_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 746: // STATE 518
		;
		now.msg[ Index(s_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(s_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 747: // STATE 522
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 748: // STATE 525
		;
		now.msg[ Index(s_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 749: // STATE 529
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 751: // STATE 539
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 753: // STATE 553
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 754: // STATE 556
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 755: // STATE 560
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 756: // STATE 563
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 757: // STATE 567
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 758: // STATE 598
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 759: // STATE 601
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 760: // STATE 605
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 761: // STATE 608
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 762: // STATE 619
		;
		((P3 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 763: // STATE 619
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 764: // STATE 619
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 765: // STATE 625
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 768: // STATE 628
		goto R999;
;
		;
		
	case 770: // STATE 643
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 771: // STATE 643
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 772: // STATE 643
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 773: // STATE 650
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 774: // STATE 653
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 775: // STATE 656
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 776: // STATE 663
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 777: // STATE 671
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 779: // STATE 673
		goto R999;

	case 780: // STATE 685
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 781: // STATE 685
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 782: // STATE 685
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 783: // STATE 685
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 784: // STATE 691
		goto R999;

	case 785: // STATE 693
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 787: // STATE 697
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 788: // STATE 700
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 789: // STATE 707
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 790: // STATE 710
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 791: // STATE 716
		goto R999;

	case 792: // STATE 733
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 793: // STATE 733
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 794: // STATE 733
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 795: // STATE 748
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 796: // STATE 748
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 797: // STATE 748
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 798: // STATE 748
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 799: // STATE 748
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 800: // STATE 754
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 802: // STATE 758
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 803: // STATE 769
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 804: // STATE 769
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 805: // STATE 769
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 806: // STATE 769
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 807: // STATE 780
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 808: // STATE 783
		;
		o_ = trpt->bup.oval;
		;
		goto R999;

	case 809: // STATE 784
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 811: // STATE 787
		;
		w = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 813: // STATE 789
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 814: // STATE 791
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 815: // STATE 797
		goto R999;

	case 816: // STATE 800
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 817: // STATE 834
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 819: // STATE 810
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 820: // STATE 812
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 821: // STATE 818
		goto R999;

	case 822: // STATE 821
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 823: // STATE 834
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 824: // STATE 834
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 825: // STATE 834
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 827: // STATE 839
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 829: // STATE 853
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 830: // STATE 856
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 831: // STATE 860
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 832: // STATE 863
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 833: // STATE 867
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 834: // STATE 898
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 835: // STATE 901
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 836: // STATE 905
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 837: // STATE 908
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 838: // STATE 912
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 839: // STATE 920
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 842: // STATE 934
		;
		now.msg[0].payload = trpt->bup.ovals[1];
		now.dying[ Index((9+0), 19) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 843: // STATE 937
		;
		now.shown[0] = trpt->bup.ovals[1];
		now.stale[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 844: // STATE 943
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 845: // STATE 946
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 846: // STATE 954
		;
		now.used[ Index(( ((0==0)) ? (0) : (1) ), 2) ] = trpt->bup.ovals[1];
		now.pfree[ Index(now.pa[0], 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 847: // STATE 955
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 850: // STATE 958
		goto R999;
;
		;
		
	case 852: // STATE 973
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 853: // STATE 973
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 854: // STATE 973
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 855: // STATE 980
		;
		now.alive[ Index((9+0), 19) ] = trpt->bup.oval;
		;
		goto R999;

	case 856: // STATE 982
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 858: // STATE 991
		;
		now.dying[0] = trpt->bup.oval;
		;
		goto R999;

	case 859: // STATE 993
		;
		now.r_target = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 862: // STATE 1000
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 863: // STATE 1002
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 864: // STATE 1008
		goto R999;

	case 865: // STATE 1011
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 866: // STATE 1045
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 868: // STATE 1021
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 869: // STATE 1023
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 870: // STATE 1029
		goto R999;

	case 871: // STATE 1032
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 872: // STATE 1045
		;
		now.msg[0].onq = trpt->bup.ovals[2];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 873: // STATE 1045
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;

	case 874: // STATE 1045
		;
		now.msg[0].onq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 876: // STATE 1049
		;
		t_ = trpt->bup.ovals[1];
		s_ = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 877: // STATE 1050
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 878: // STATE 1052
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 879: // STATE 1056
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 880: // STATE 1065
		;
		p_ = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 882: // STATE 1069
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 884: // STATE 1083
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 885: // STATE 1086
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 886: // STATE 1090
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 887: // STATE 1093
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 888: // STATE 1097
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 889: // STATE 1128
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(p_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(p_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(p_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(p_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(p_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(p_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(p_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(p_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(p_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(p_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(p_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 890: // STATE 1131
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(p_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 891: // STATE 1135
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 892: // STATE 1138
		;
		now.msg[ Index(p_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 893: // STATE 1142
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 895: // STATE 1157
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 897: // STATE 1171
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 898: // STATE 1174
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 899: // STATE 1178
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 900: // STATE 1181
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 901: // STATE 1185
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 902: // STATE 1216
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 903: // STATE 1219
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 904: // STATE 1223
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 905: // STATE 1226
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 906: // STATE 1241
		;
		now.alive[0] = trpt->bup.ovals[4];
		now.msg[0].thread = trpt->bup.ovals[3];
		now.msg[0].payload = trpt->bup.ovals[2];
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 907: // STATE 1241
		;
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 908: // STATE 1241
		;
		now.alive[0] = trpt->bup.ovals[3];
		now.msg[0].thread = trpt->bup.ovals[2];
		now.msg[0].payload = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 909: // STATE 1243
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 910: // STATE 1254
		;
		now.alive[ Index(o_, 19) ] = trpt->bup.ovals[1];
	/* 0 */	((P3 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 911: // STATE 1256
		;
		now.dwork = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 913: // STATE 1265
		;
		now.tstate[4] = trpt->bup.ovals[3];
		tres[4] = trpt->bup.ovals[2];
		now.twon[4] = trpt->bup.ovals[1];
		now.twait[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 914: // STATE 1276
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 917: // STATE 1279
		goto R999;
;
		;
		
	case 919: // STATE 1294
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 920: // STATE 1294
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 921: // STATE 1294
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 922: // STATE 1301
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 923: // STATE 1304
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 924: // STATE 1307
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 925: // STATE 1314
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 926: // STATE 1322
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 928: // STATE 1324
		goto R999;

	case 929: // STATE 1336
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 930: // STATE 1336
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 931: // STATE 1336
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 932: // STATE 1336
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 933: // STATE 1342
		goto R999;

	case 934: // STATE 1344
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 936: // STATE 1348
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 937: // STATE 1351
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 938: // STATE 1358
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 939: // STATE 1361
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 940: // STATE 1367
		goto R999;

	case 941: // STATE 1384
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 942: // STATE 1384
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 943: // STATE 1384
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 944: // STATE 1399
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 945: // STATE 1399
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 946: // STATE 1399
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 947: // STATE 1399
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 948: // STATE 1399
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 949: // STATE 1405
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 951: // STATE 1409
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 952: // STATE 1420
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 953: // STATE 1420
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 954: // STATE 1420
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 955: // STATE 1420
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 956: // STATE 1431
		;
		((P3 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 957: // STATE 1436
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Server */
;
		;
		
	case 959: // STATE 3
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 960: // STATE 5
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 961: // STATE 7
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 962: // STATE 9
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 963: // STATE 12
		;
		now.msg[3].delivered = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 964: // STATE 13
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 965: // STATE 15
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 966: // STATE 16
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 967: // STATE 18
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 968: // STATE 24
		goto R999;

	case 969: // STATE 27
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 970: // STATE 34
		;
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 971: // STATE 36
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 973: // STATE 45
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[1];
		tt = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 974: // STATE 45
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 975: // STATE 45
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 976: // STATE 47
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 978: // STATE 53
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 980: // STATE 67
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 981: // STATE 70
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 982: // STATE 74
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 983: // STATE 77
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 984: // STATE 81
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 985: // STATE 112
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 986: // STATE 115
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 987: // STATE 119
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 988: // STATE 122
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 989: // STATE 126
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 990: // STATE 143
		;
		now.msg[3].onq = trpt->bup.ovals[1];
		now.msg[3].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 991: // STATE 147
		;
		((P2 *)_this)->ret = trpt->bup.ovals[2];
		now.qn[1] = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 992: // STATE 161
		;
		now.msg[ Index(i, 5) ].landed = trpt->bup.ovals[12];
		now.msg[3].failed = trpt->bup.ovals[11];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[10];
		now.msg[3].copied = trpt->bup.ovals[9];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[8];
		now.msg[3].ncaps = trpt->bup.ovals[7];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[6];
		now.msg[3].peer = trpt->bup.ovals[5];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[4];
		now.msg[3].is_source = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[3].state = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 993: // STATE 163
		;
		t_ = trpt->bup.oval;
		;
		goto R999;

	case 994: // STATE 164
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 995: // STATE 166
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 997: // STATE 169
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 998: // STATE 171
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 999: // STATE 175
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1000: // STATE 185
		;
		tt = trpt->bup.ovals[2];
		st = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1002: // STATE 189
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1004: // STATE 203
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1005: // STATE 206
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1006: // STATE 210
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1007: // STATE 213
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1008: // STATE 217
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1009: // STATE 248
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(i, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(i, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(i, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(i, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(i, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1010: // STATE 251
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1011: // STATE 255
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1012: // STATE 258
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1013: // STATE 262
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1015: // STATE 272
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1017: // STATE 286
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1018: // STATE 289
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1019: // STATE 293
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1020: // STATE 296
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1021: // STATE 300
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1022: // STATE 331
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1023: // STATE 334
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1024: // STATE 338
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1025: // STATE 341
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1026: // STATE 352
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1027: // STATE 352
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1028: // STATE 352
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1029: // STATE 354
		;
		cut = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1031: // STATE 367
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].landed = trpt->bup.ovals[2];
		now.dst[ Index(((t_*2)+now.msg[ Index(i, 5) ].copied), 10) ] = trpt->bup.ovals[1];
		now.ncopy[ Index(i, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1032: // STATE 367
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1033: // STATE 367
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1034: // STATE 369
		;
		cut = trpt->bup.oval;
		;
		goto R999;

	case 1035: // STATE 381
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1036: // STATE 383
		;
		st = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1037: // STATE 384
		goto R999;

	case 1038: // STATE 387
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1039: // STATE 389
		;
		now.rslot = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1041: // STATE 400
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1043: // STATE 414
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1044: // STATE 417
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1045: // STATE 421
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1046: // STATE 424
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1047: // STATE 428
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1048: // STATE 449
		;
		now.shown[ Index(i, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(i, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1049: // STATE 457
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(t_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1050: // STATE 463
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1053: // STATE 466
		goto R999;
;
		;
		
	case 1055: // STATE 481
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1056: // STATE 481
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1057: // STATE 481
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1058: // STATE 488
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1059: // STATE 491
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1060: // STATE 498
		;
		now.hdr[ Index(now.pa[ Index(i, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1061: // STATE 499
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1064: // STATE 502
		goto R999;
;
		;
		
	case 1066: // STATE 517
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1067: // STATE 517
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1068: // STATE 517
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1069: // STATE 524
		;
		now.hdr[ Index(now.pa[ Index(t_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1070: // STATE 525
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1073: // STATE 528
		goto R999;
;
		;
		
	case 1075: // STATE 543
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1076: // STATE 543
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1077: // STATE 543
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1078: // STATE 554
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[4];
		now.shown[ Index(i, 5) ] = trpt->bup.ovals[3];
		now.pa[ Index(t_, 5) ] = trpt->bup.ovals[2];
		now.pa[ Index(i, 5) ] = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1079: // STATE 555
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1082: // STATE 558
		goto R999;
;
		;
		
	case 1084: // STATE 573
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1085: // STATE 573
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1086: // STATE 573
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1087: // STATE 580
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1088: // STATE 583
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1089: // STATE 591
		;
		res = trpt->bup.oval;
		;
		goto R999;

	case 1090: // STATE 593
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1091: // STATE 597
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1092: // STATE 604
		goto R999;
;
		;
		
	case 1094: // STATE 608
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1096: // STATE 622
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1097: // STATE 625
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1098: // STATE 629
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1099: // STATE 632
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1100: // STATE 636
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1101: // STATE 667
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(i, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(i, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(i, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(i, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(i, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1102: // STATE 670
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1103: // STATE 674
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1104: // STATE 677
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1105: // STATE 681
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1107: // STATE 691
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1109: // STATE 705
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1110: // STATE 708
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1111: // STATE 712
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1112: // STATE 715
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1113: // STATE 719
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1114: // STATE 750
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1115: // STATE 753
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1116: // STATE 757
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1117: // STATE 760
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1118: // STATE 771
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1119: // STATE 771
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1120: // STATE 771
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1121: // STATE 780
		;
	/* 0 */	((P2 *)_this)->ret = trpt->bup.oval;
		;
		;
		goto R999;

	case 1122: // STATE 782
		;
		now.msg[3].xfer = trpt->bup.oval;
		;
		goto R999;

	case 1123: // STATE 784
		;
		now.msg[ Index(now.msg[3].peer, 5) ].xfer = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1125: // STATE 795
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.msg[3].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1126: // STATE 797
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1127: // STATE 802
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1128: // STATE 804
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1129: // STATE 806
		;
		now.msg[3].waiter = trpt->bup.oval;
		;
		goto R999;

	case 1130: // STATE 811
		;
		((P2 *)_this)->ret = trpt->bup.ovals[3];
		now.twon[2] = trpt->bup.ovals[2];
		now.twait[2] = trpt->bup.ovals[1];
		now.tstate[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1131: // STATE 824
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1134: // STATE 827
		goto R999;
;
		;
		
	case 1136: // STATE 842
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1137: // STATE 842
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1138: // STATE 842
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1139: // STATE 849
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1140: // STATE 852
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1141: // STATE 855
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1142: // STATE 862
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1143: // STATE 870
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 1145: // STATE 872
		goto R999;

	case 1146: // STATE 884
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1147: // STATE 884
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1148: // STATE 884
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1149: // STATE 884
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1150: // STATE 890
		goto R999;

	case 1151: // STATE 892
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1153: // STATE 896
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1154: // STATE 899
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1155: // STATE 906
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1156: // STATE 909
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1157: // STATE 915
		goto R999;

	case 1158: // STATE 932
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1159: // STATE 932
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1160: // STATE 932
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1161: // STATE 947
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1162: // STATE 947
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1163: // STATE 947
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1164: // STATE 947
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1165: // STATE 947
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1166: // STATE 953
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1168: // STATE 957
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1169: // STATE 968
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1170: // STATE 968
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1171: // STATE 968
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1172: // STATE 968
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1173: // STATE 974
		goto R999;

	case 1174: // STATE 980
		;
	/* 0 */	((P2 *)_this)->ret = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
		
	case 1176: // STATE 985
		;
		((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1177: // STATE 987
		;
		((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1178: // STATE 989
		;
		((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1179: // STATE 991
		;
		((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1181: // STATE 996
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.msg[3].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1182: // STATE 998
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1183: // STATE 1003
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1184: // STATE 1005
		;
		((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1185: // STATE 1007
		;
		now.msg[3].waiter = trpt->bup.oval;
		;
		goto R999;

	case 1186: // STATE 1012
		;
		((P2 *)_this)->ret = trpt->bup.ovals[3];
		now.twon[2] = trpt->bup.ovals[2];
		now.twait[2] = trpt->bup.ovals[1];
		now.tstate[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1187: // STATE 1021
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1190: // STATE 1024
		goto R999;
;
		;
		
	case 1192: // STATE 1039
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1193: // STATE 1039
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1194: // STATE 1039
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1195: // STATE 1046
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1196: // STATE 1049
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1197: // STATE 1052
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1198: // STATE 1059
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1199: // STATE 1067
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 1201: // STATE 1069
		goto R999;

	case 1202: // STATE 1081
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1203: // STATE 1081
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1204: // STATE 1081
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1205: // STATE 1081
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1206: // STATE 1087
		goto R999;

	case 1207: // STATE 1089
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1209: // STATE 1093
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1210: // STATE 1096
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1211: // STATE 1103
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1212: // STATE 1106
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1213: // STATE 1112
		goto R999;

	case 1214: // STATE 1129
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1215: // STATE 1129
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1216: // STATE 1129
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1217: // STATE 1144
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1218: // STATE 1144
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1219: // STATE 1144
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1220: // STATE 1144
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1221: // STATE 1144
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1222: // STATE 1150
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1224: // STATE 1154
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1225: // STATE 1165
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1226: // STATE 1165
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1227: // STATE 1165
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1228: // STATE 1165
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1229: // STATE 1176
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1230: // STATE 1179
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 1231: // STATE 1182
		;
		j = trpt->bup.ovals[1];
		now.dst[ Index(((3*2)+j), 10) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1232: // STATE 1190
		;
		now.rslot = trpt->bup.ovals[2];
		((P2 *)_this)->gen = trpt->bup.ovals[1];
		((P2 *)_this)->k = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1234: // STATE 1193
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->gen = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1235: // STATE 1195
		;
		ft = trpt->bup.oval;
		;
		goto R999;

	case 1236: // STATE 1197
		;
		((P2 *)_this)->rret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1237: // STATE 1199
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1238: // STATE 1202
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1239: // STATE 1204
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1240: // STATE 1209
		;
	/* 0 */	((P2 *)_this)->rret = trpt->bup.oval;
		;
		;
		goto R999;

	case 1241: // STATE 1212
		;
		now.r_armed = trpt->bup.ovals[1];
		st = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		;
		;
		
	case 1244: // STATE 1217
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1246: // STATE 1231
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1247: // STATE 1234
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1248: // STATE 1238
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1249: // STATE 1241
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1250: // STATE 1245
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1251: // STATE 1276
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1252: // STATE 1279
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1253: // STATE 1283
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1254: // STATE 1286
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1255: // STATE 1297
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1256: // STATE 1297
		;
		((P2 *)_this)->rret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1257: // STATE 1297
		;
		((P2 *)_this)->rret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1258: // STATE 1299
		;
		now.msg[4].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1259: // STATE 1312
		;
		now.msg[4].landed = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[11];
		now.msg[4].failed = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[9];
		now.msg[4].copied = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[7];
		now.msg[4].ncaps = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[5];
		now.msg[4].peer = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[3];
		now.msg[4].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[4].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1260: // STATE 1314
		;
		t_ = trpt->bup.oval;
		;
		goto R999;

	case 1261: // STATE 1315
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1262: // STATE 1317
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1264: // STATE 1320
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1265: // STATE 1322
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1266: // STATE 1326
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1267: // STATE 1336
		;
		tt = trpt->bup.ovals[2];
		st = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1269: // STATE 1340
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1271: // STATE 1354
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1272: // STATE 1357
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1273: // STATE 1361
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1274: // STATE 1364
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1275: // STATE 1368
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1276: // STATE 1399
		;
		fw = trpt->bup.ovals[12];
		now.msg[4].reply = trpt->bup.ovals[11];
		now.msg[4].charged = trpt->bup.ovals[10];
		now.msg[4].got_caps = trpt->bup.ovals[9];
		now.msg[4].status = trpt->bup.ovals[8];
		now.msg[4].failed = trpt->bup.ovals[7];
		now.msg[4].copied = trpt->bup.ovals[6];
		now.msg[4].ncaps = trpt->bup.ovals[5];
		now.msg[4].onq = trpt->bup.ovals[4];
		now.msg[4].peer = trpt->bup.ovals[3];
		now.msg[4].is_source = trpt->bup.ovals[2];
		now.msg[4].state = trpt->bup.ovals[1];
		now.msg[4].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1277: // STATE 1402
		;
		now.msg[4].delivered = trpt->bup.ovals[1];
		now.msg[4].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1278: // STATE 1406
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1279: // STATE 1409
		;
		now.msg[4].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1280: // STATE 1413
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1282: // STATE 1423
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1284: // STATE 1437
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1285: // STATE 1440
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1286: // STATE 1444
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1287: // STATE 1447
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1288: // STATE 1451
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1289: // STATE 1482
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1290: // STATE 1485
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1291: // STATE 1489
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1292: // STATE 1492
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1293: // STATE 1503
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1294: // STATE 1503
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1295: // STATE 1503
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1296: // STATE 1505
		;
		cut = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1298: // STATE 1518
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[4];
		now.msg[4].copied = trpt->bup.ovals[3];
		now.msg[4].landed = trpt->bup.ovals[2];
		now.dst[ Index(((t_*2)+now.msg[4].copied), 10) ] = trpt->bup.ovals[1];
		now.ncopy[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1299: // STATE 1518
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[2];
		now.msg[4].copied = trpt->bup.ovals[1];
		now.msg[4].failed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1300: // STATE 1518
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[4].copied = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1301: // STATE 1520
		;
		cut = trpt->bup.oval;
		;
		goto R999;

	case 1302: // STATE 1532
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1303: // STATE 1534
		;
		st = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1304: // STATE 1535
		goto R999;

	case 1305: // STATE 1538
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1306: // STATE 1540
		;
		now.rslot = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1308: // STATE 1551
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1310: // STATE 1565
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1311: // STATE 1568
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1312: // STATE 1572
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1313: // STATE 1575
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1314: // STATE 1579
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1315: // STATE 1600
		;
		now.shown[4] = trpt->bup.ovals[1];
		now.stale[4] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1316: // STATE 1608
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(t_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1317: // STATE 1614
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1320: // STATE 1617
		goto R999;
;
		;
		
	case 1322: // STATE 1632
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1323: // STATE 1632
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1324: // STATE 1632
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1325: // STATE 1639
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1326: // STATE 1642
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1327: // STATE 1649
		;
		now.hdr[ Index(now.pa[4], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1328: // STATE 1650
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1331: // STATE 1653
		goto R999;
;
		;
		
	case 1333: // STATE 1668
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1334: // STATE 1668
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1335: // STATE 1668
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1336: // STATE 1675
		;
		now.hdr[ Index(now.pa[ Index(t_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1337: // STATE 1676
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1340: // STATE 1679
		goto R999;
;
		;
		
	case 1342: // STATE 1694
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1343: // STATE 1694
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1344: // STATE 1694
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1345: // STATE 1705
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[4];
		now.shown[4] = trpt->bup.ovals[3];
		now.pa[ Index(t_, 5) ] = trpt->bup.ovals[2];
		now.pa[4] = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1346: // STATE 1706
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1349: // STATE 1709
		goto R999;
;
		;
		
	case 1351: // STATE 1724
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1352: // STATE 1724
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1353: // STATE 1724
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1354: // STATE 1731
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1355: // STATE 1734
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1356: // STATE 1742
		;
		res = trpt->bup.oval;
		;
		goto R999;

	case 1357: // STATE 1744
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1358: // STATE 1748
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1359: // STATE 1755
		goto R999;
;
		;
		
	case 1361: // STATE 1759
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1363: // STATE 1773
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1364: // STATE 1776
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1365: // STATE 1780
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1366: // STATE 1783
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1367: // STATE 1787
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1368: // STATE 1818
		;
		fw = trpt->bup.ovals[12];
		now.msg[4].reply = trpt->bup.ovals[11];
		now.msg[4].charged = trpt->bup.ovals[10];
		now.msg[4].got_caps = trpt->bup.ovals[9];
		now.msg[4].status = trpt->bup.ovals[8];
		now.msg[4].failed = trpt->bup.ovals[7];
		now.msg[4].copied = trpt->bup.ovals[6];
		now.msg[4].ncaps = trpt->bup.ovals[5];
		now.msg[4].onq = trpt->bup.ovals[4];
		now.msg[4].peer = trpt->bup.ovals[3];
		now.msg[4].is_source = trpt->bup.ovals[2];
		now.msg[4].state = trpt->bup.ovals[1];
		now.msg[4].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1369: // STATE 1821
		;
		now.msg[4].delivered = trpt->bup.ovals[1];
		now.msg[4].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1370: // STATE 1825
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1371: // STATE 1828
		;
		now.msg[4].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1372: // STATE 1832
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1374: // STATE 1842
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1376: // STATE 1856
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1377: // STATE 1859
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1378: // STATE 1863
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1379: // STATE 1866
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1380: // STATE 1870
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1381: // STATE 1901
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1382: // STATE 1904
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1383: // STATE 1908
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1384: // STATE 1911
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1385: // STATE 1922
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1386: // STATE 1922
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1387: // STATE 1922
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;

	case 1388: // STATE 1928
		;
	/* 0 */	((P2 *)_this)->rret = trpt->bup.oval;
		;
		;
		goto R999;

	case 1389: // STATE 1940
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		now.msg[4].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1390: // STATE 1940
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		now.msg[ Index(now.msg[4].peer, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1391: // STATE 1940
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		now.msg[4].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1392: // STATE 1940
		;
		((P2 *)_this)->rret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1394: // STATE 1958
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1395: // STATE 1960
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1396: // STATE 1962
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1397: // STATE 1964
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1398: // STATE 1967
		;
		now.msg[3].delivered = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1399: // STATE 1968
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1400: // STATE 1970
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1401: // STATE 1971
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 1402: // STATE 1973
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1403: // STATE 1979
		goto R999;

	case 1404: // STATE 1982
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1405: // STATE 1989
		;
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[1];
		now.qn[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1406: // STATE 1991
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1408: // STATE 2000
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[1];
		tt = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1409: // STATE 2000
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 1410: // STATE 2000
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 1411: // STATE 2002
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1413: // STATE 2008
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1415: // STATE 2022
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1416: // STATE 2025
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1417: // STATE 2029
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1418: // STATE 2032
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1419: // STATE 2036
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1420: // STATE 2067
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1421: // STATE 2070
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1422: // STATE 2074
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1423: // STATE 2077
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1424: // STATE 2081
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1425: // STATE 2098
		;
		now.msg[3].onq = trpt->bup.ovals[1];
		now.msg[3].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1426: // STATE 2102
		;
		((P2 *)_this)->ret = trpt->bup.ovals[2];
		now.qn[1] = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1427: // STATE 2116
		;
		now.msg[ Index(i, 5) ].landed = trpt->bup.ovals[12];
		now.msg[3].failed = trpt->bup.ovals[11];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[10];
		now.msg[3].copied = trpt->bup.ovals[9];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[8];
		now.msg[3].ncaps = trpt->bup.ovals[7];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[6];
		now.msg[3].peer = trpt->bup.ovals[5];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[4];
		now.msg[3].is_source = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[3].state = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1428: // STATE 2118
		;
		t_ = trpt->bup.oval;
		;
		goto R999;

	case 1429: // STATE 2119
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1430: // STATE 2121
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1432: // STATE 2124
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1433: // STATE 2126
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1434: // STATE 2130
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1435: // STATE 2140
		;
		tt = trpt->bup.ovals[2];
		st = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1437: // STATE 2144
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1439: // STATE 2158
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1440: // STATE 2161
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1441: // STATE 2165
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1442: // STATE 2168
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1443: // STATE 2172
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1444: // STATE 2203
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(i, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(i, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(i, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(i, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(i, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1445: // STATE 2206
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1446: // STATE 2210
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1447: // STATE 2213
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1448: // STATE 2217
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1450: // STATE 2227
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1452: // STATE 2241
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1453: // STATE 2244
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1454: // STATE 2248
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1455: // STATE 2251
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1456: // STATE 2255
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1457: // STATE 2286
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1458: // STATE 2289
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1459: // STATE 2293
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1460: // STATE 2296
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1461: // STATE 2307
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1462: // STATE 2307
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1463: // STATE 2307
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1464: // STATE 2309
		;
		cut = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1466: // STATE 2322
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].landed = trpt->bup.ovals[2];
		now.dst[ Index(((t_*2)+now.msg[ Index(i, 5) ].copied), 10) ] = trpt->bup.ovals[1];
		now.ncopy[ Index(i, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1467: // STATE 2322
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1468: // STATE 2322
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1469: // STATE 2324
		;
		cut = trpt->bup.oval;
		;
		goto R999;

	case 1470: // STATE 2336
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1471: // STATE 2338
		;
		st = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1472: // STATE 2339
		goto R999;

	case 1473: // STATE 2342
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1474: // STATE 2344
		;
		now.rslot = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1476: // STATE 2355
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1478: // STATE 2369
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1479: // STATE 2372
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1480: // STATE 2376
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1481: // STATE 2379
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1482: // STATE 2383
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1483: // STATE 2404
		;
		now.shown[ Index(i, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(i, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1484: // STATE 2412
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(t_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1485: // STATE 2418
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1488: // STATE 2421
		goto R999;
;
		;
		
	case 1490: // STATE 2436
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1491: // STATE 2436
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1492: // STATE 2436
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1493: // STATE 2443
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1494: // STATE 2446
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1495: // STATE 2453
		;
		now.hdr[ Index(now.pa[ Index(i, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1496: // STATE 2454
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1499: // STATE 2457
		goto R999;
;
		;
		
	case 1501: // STATE 2472
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1502: // STATE 2472
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1503: // STATE 2472
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1504: // STATE 2479
		;
		now.hdr[ Index(now.pa[ Index(t_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1505: // STATE 2480
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1508: // STATE 2483
		goto R999;
;
		;
		
	case 1510: // STATE 2498
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1511: // STATE 2498
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1512: // STATE 2498
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1513: // STATE 2509
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[4];
		now.shown[ Index(i, 5) ] = trpt->bup.ovals[3];
		now.pa[ Index(t_, 5) ] = trpt->bup.ovals[2];
		now.pa[ Index(i, 5) ] = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1514: // STATE 2510
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1517: // STATE 2513
		goto R999;
;
		;
		
	case 1519: // STATE 2528
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1520: // STATE 2528
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1521: // STATE 2528
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1522: // STATE 2535
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1523: // STATE 2538
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1524: // STATE 2546
		;
		res = trpt->bup.oval;
		;
		goto R999;

	case 1525: // STATE 2548
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1526: // STATE 2552
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1527: // STATE 2559
		goto R999;
;
		;
		
	case 1529: // STATE 2563
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1531: // STATE 2577
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1532: // STATE 2580
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1533: // STATE 2584
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1534: // STATE 2587
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1535: // STATE 2591
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1536: // STATE 2622
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(i, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(i, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(i, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(i, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(i, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1537: // STATE 2625
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(i, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1538: // STATE 2629
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1539: // STATE 2632
		;
		now.msg[ Index(i, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1540: // STATE 2636
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1542: // STATE 2646
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1544: // STATE 2660
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1545: // STATE 2663
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1546: // STATE 2667
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1547: // STATE 2670
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1548: // STATE 2674
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1549: // STATE 2705
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1550: // STATE 2708
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1551: // STATE 2712
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1552: // STATE 2715
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1553: // STATE 2726
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1554: // STATE 2726
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1555: // STATE 2726
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1556: // STATE 2735
		;
	/* 0 */	((P2 *)_this)->ret = trpt->bup.oval;
		;
		;
		goto R999;

	case 1557: // STATE 2737
		;
		now.msg[3].xfer = trpt->bup.oval;
		;
		goto R999;

	case 1558: // STATE 2739
		;
		now.msg[ Index(now.msg[3].peer, 5) ].xfer = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1560: // STATE 2750
		;
		((P2 *)_this)->ret = trpt->bup.ovals[1];
		now.msg[3].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1561: // STATE 2752
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1562: // STATE 2757
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1563: // STATE 2759
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1564: // STATE 2761
		;
		now.msg[3].waiter = trpt->bup.oval;
		;
		goto R999;

	case 1565: // STATE 2766
		;
		((P2 *)_this)->ret = trpt->bup.ovals[3];
		now.twon[2] = trpt->bup.ovals[2];
		now.twait[2] = trpt->bup.ovals[1];
		now.tstate[2] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1566: // STATE 2780
		;
		((P2 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1567: // STATE 2783
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1570: // STATE 2786
		goto R999;
;
		;
		
	case 1572: // STATE 2801
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1573: // STATE 2801
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1574: // STATE 2801
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1575: // STATE 2808
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1576: // STATE 2811
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1577: // STATE 2814
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1578: // STATE 2821
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1579: // STATE 2829
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 1581: // STATE 2831
		goto R999;

	case 1582: // STATE 2843
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1583: // STATE 2843
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1584: // STATE 2843
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1585: // STATE 2843
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1586: // STATE 2849
		goto R999;

	case 1587: // STATE 2851
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1589: // STATE 2855
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1590: // STATE 2858
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1591: // STATE 2865
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1592: // STATE 2868
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1593: // STATE 2874
		goto R999;

	case 1594: // STATE 2891
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1595: // STATE 2891
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1596: // STATE 2891
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1597: // STATE 2906
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1598: // STATE 2906
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1599: // STATE 2906
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1600: // STATE 2906
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1601: // STATE 2906
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1602: // STATE 2912
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1604: // STATE 2916
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1605: // STATE 2927
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1606: // STATE 2927
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1607: // STATE 2927
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1608: // STATE 2927
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1609: // STATE 2939
		;
		((P2 *)_this)->rret = trpt->bup.ovals[1];
		((P2 *)_this)->gen = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1610: // STATE 2944
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Caller */
;
		;
		
	case 1612: // STATE 3
		;
		((P1 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1613: // STATE 5
		;
		((P1 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1614: // STATE 8
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1615: // STATE 10
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1616: // STATE 12
		;
	/* 0 */	((P1 *)_this)->ret = trpt->bup.oval;
		;
		;
		goto R999;

	case 1617: // STATE 13
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1618: // STATE 29
		;
		now.msg[2].delivered = trpt->bup.ovals[8];
		now.msg[2].onq = trpt->bup.ovals[7];
		now.msg[2].state = trpt->bup.ovals[6];
		now.msg[1].reply = trpt->bup.ovals[5];
		now.r_target = trpt->bup.ovals[4];
		now.r_armed = trpt->bup.ovals[3];
		now.r_gen = trpt->bup.ovals[2];
		now.msg[1].delivered = trpt->bup.ovals[1];
	/* 0 */	((P1 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 9);
		goto R999;

	case 1619: // STATE 30
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1620: // STATE 32
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1621: // STATE 33
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 1622: // STATE 35
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1623: // STATE 41
		goto R999;

	case 1624: // STATE 44
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1625: // STATE 51
		;
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1626: // STATE 53
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1628: // STATE 62
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[1];
		tt = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1629: // STATE 62
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 1630: // STATE 62
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 1631: // STATE 64
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1633: // STATE 70
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1635: // STATE 84
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1636: // STATE 87
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1637: // STATE 91
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1638: // STATE 94
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1639: // STATE 98
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1640: // STATE 129
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1641: // STATE 132
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1642: // STATE 136
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1643: // STATE 139
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1644: // STATE 143
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1645: // STATE 160
		;
		now.msg[1].onq = trpt->bup.ovals[1];
		now.msg[1].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1646: // STATE 164
		;
		((P1 *)_this)->ret = trpt->bup.ovals[2];
		now.qn[0] = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1647: // STATE 166
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1648: // STATE 169
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 1649: // STATE 172
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1650: // STATE 180
		;
		now.msg[ Index(i, 5) ].onq = trpt->bup.ovals[2];
		now.qn[1] = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+0), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1652: // STATE 184
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1654: // STATE 198
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1655: // STATE 201
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1656: // STATE 205
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1657: // STATE 208
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1658: // STATE 212
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1659: // STATE 243
		;
		fw = trpt->bup.ovals[12];
		now.msg[1].reply = trpt->bup.ovals[11];
		now.msg[1].charged = trpt->bup.ovals[10];
		now.msg[1].got_caps = trpt->bup.ovals[9];
		now.msg[1].status = trpt->bup.ovals[8];
		now.msg[1].failed = trpt->bup.ovals[7];
		now.msg[1].copied = trpt->bup.ovals[6];
		now.msg[1].ncaps = trpt->bup.ovals[5];
		now.msg[1].onq = trpt->bup.ovals[4];
		now.msg[1].peer = trpt->bup.ovals[3];
		now.msg[1].is_source = trpt->bup.ovals[2];
		now.msg[1].state = trpt->bup.ovals[1];
		now.msg[1].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1660: // STATE 246
		;
		now.msg[1].delivered = trpt->bup.ovals[1];
		now.msg[1].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1661: // STATE 250
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1662: // STATE 253
		;
		now.msg[1].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1663: // STATE 264
		;
		((P1 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1664: // STATE 264
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1665: // STATE 264
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1666: // STATE 278
		;
		now.msg[1].landed = trpt->bup.ovals[12];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[11];
		now.msg[1].failed = trpt->bup.ovals[10];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[9];
		now.msg[1].copied = trpt->bup.ovals[8];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[7];
		now.msg[1].ncaps = trpt->bup.ovals[6];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[5];
		now.msg[1].peer = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[3];
		now.msg[1].is_source = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[1];
		now.msg[1].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1667: // STATE 280
		;
		t_ = trpt->bup.oval;
		;
		goto R999;

	case 1668: // STATE 281
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1669: // STATE 283
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1671: // STATE 286
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1672: // STATE 288
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1673: // STATE 292
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1674: // STATE 302
		;
		tt = trpt->bup.ovals[2];
		st = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1676: // STATE 306
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1678: // STATE 320
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1679: // STATE 323
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1680: // STATE 327
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1681: // STATE 330
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1682: // STATE 334
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1683: // STATE 365
		;
		fw = trpt->bup.ovals[12];
		now.msg[1].reply = trpt->bup.ovals[11];
		now.msg[1].charged = trpt->bup.ovals[10];
		now.msg[1].got_caps = trpt->bup.ovals[9];
		now.msg[1].status = trpt->bup.ovals[8];
		now.msg[1].failed = trpt->bup.ovals[7];
		now.msg[1].copied = trpt->bup.ovals[6];
		now.msg[1].ncaps = trpt->bup.ovals[5];
		now.msg[1].onq = trpt->bup.ovals[4];
		now.msg[1].peer = trpt->bup.ovals[3];
		now.msg[1].is_source = trpt->bup.ovals[2];
		now.msg[1].state = trpt->bup.ovals[1];
		now.msg[1].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1684: // STATE 368
		;
		now.msg[1].delivered = trpt->bup.ovals[1];
		now.msg[1].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1685: // STATE 372
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1686: // STATE 375
		;
		now.msg[1].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1687: // STATE 379
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1689: // STATE 389
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1691: // STATE 403
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1692: // STATE 406
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1693: // STATE 410
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1694: // STATE 413
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1695: // STATE 417
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1696: // STATE 448
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1697: // STATE 451
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1698: // STATE 455
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1699: // STATE 458
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1700: // STATE 469
		;
		((P1 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1701: // STATE 469
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1702: // STATE 469
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1703: // STATE 471
		;
		cut = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1705: // STATE 484
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[4];
		now.msg[1].copied = trpt->bup.ovals[3];
		now.msg[1].landed = trpt->bup.ovals[2];
		now.dst[ Index(((t_*2)+now.msg[1].copied), 10) ] = trpt->bup.ovals[1];
		now.ncopy[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1706: // STATE 484
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[2];
		now.msg[1].copied = trpt->bup.ovals[1];
		now.msg[1].failed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1707: // STATE 484
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[1].copied = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1708: // STATE 486
		;
		cut = trpt->bup.oval;
		;
		goto R999;

	case 1709: // STATE 498
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1710: // STATE 500
		;
		st = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1711: // STATE 501
		goto R999;

	case 1712: // STATE 504
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1713: // STATE 506
		;
		now.rslot = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1715: // STATE 517
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1717: // STATE 531
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1718: // STATE 534
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1719: // STATE 538
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1720: // STATE 541
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1721: // STATE 545
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1722: // STATE 566
		;
		now.shown[1] = trpt->bup.ovals[1];
		now.stale[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1723: // STATE 574
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(t_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1724: // STATE 580
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1727: // STATE 583
		goto R999;
;
		;
		
	case 1729: // STATE 598
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1730: // STATE 598
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1731: // STATE 598
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1732: // STATE 605
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1733: // STATE 608
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1734: // STATE 615
		;
		now.hdr[ Index(now.pa[1], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1735: // STATE 616
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1738: // STATE 619
		goto R999;
;
		;
		
	case 1740: // STATE 634
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1741: // STATE 634
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1742: // STATE 634
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1743: // STATE 641
		;
		now.hdr[ Index(now.pa[ Index(t_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1744: // STATE 642
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1747: // STATE 645
		goto R999;
;
		;
		
	case 1749: // STATE 660
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1750: // STATE 660
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1751: // STATE 660
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1752: // STATE 671
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[4];
		now.shown[1] = trpt->bup.ovals[3];
		now.pa[ Index(t_, 5) ] = trpt->bup.ovals[2];
		now.pa[1] = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1753: // STATE 672
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1756: // STATE 675
		goto R999;
;
		;
		
	case 1758: // STATE 690
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1759: // STATE 690
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1760: // STATE 690
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1761: // STATE 697
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1762: // STATE 700
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1763: // STATE 708
		;
		res = trpt->bup.oval;
		;
		goto R999;

	case 1764: // STATE 710
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1765: // STATE 714
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1766: // STATE 721
		goto R999;
;
		;
		
	case 1768: // STATE 725
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1770: // STATE 739
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1771: // STATE 742
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1772: // STATE 746
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1773: // STATE 749
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1774: // STATE 753
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1775: // STATE 784
		;
		fw = trpt->bup.ovals[12];
		now.msg[1].reply = trpt->bup.ovals[11];
		now.msg[1].charged = trpt->bup.ovals[10];
		now.msg[1].got_caps = trpt->bup.ovals[9];
		now.msg[1].status = trpt->bup.ovals[8];
		now.msg[1].failed = trpt->bup.ovals[7];
		now.msg[1].copied = trpt->bup.ovals[6];
		now.msg[1].ncaps = trpt->bup.ovals[5];
		now.msg[1].onq = trpt->bup.ovals[4];
		now.msg[1].peer = trpt->bup.ovals[3];
		now.msg[1].is_source = trpt->bup.ovals[2];
		now.msg[1].state = trpt->bup.ovals[1];
		now.msg[1].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1776: // STATE 787
		;
		now.msg[1].delivered = trpt->bup.ovals[1];
		now.msg[1].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1777: // STATE 791
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1778: // STATE 794
		;
		now.msg[1].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1779: // STATE 798
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1781: // STATE 808
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1783: // STATE 822
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1784: // STATE 825
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1785: // STATE 829
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1786: // STATE 832
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1787: // STATE 836
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1788: // STATE 867
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1789: // STATE 870
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1790: // STATE 874
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1791: // STATE 877
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1792: // STATE 888
		;
		((P1 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1793: // STATE 888
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1794: // STATE 888
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1795: // STATE 899
		;
	/* 0 */	((P1 *)_this)->ret = trpt->bup.oval;
		;
		;
		goto R999;

	case 1796: // STATE 901
		;
		now.msg[1].xfer = trpt->bup.oval;
		;
		goto R999;

	case 1797: // STATE 903
		;
		now.msg[ Index(now.msg[1].peer, 5) ].xfer = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1799: // STATE 914
		;
		((P1 *)_this)->ret = trpt->bup.ovals[1];
		now.msg[2].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1800: // STATE 916
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1801: // STATE 921
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1802: // STATE 923
		;
		((P1 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1803: // STATE 925
		;
		now.msg[2].waiter = trpt->bup.oval;
		;
		goto R999;

	case 1804: // STATE 930
		;
		((P1 *)_this)->ret = trpt->bup.ovals[3];
		now.twon[1] = trpt->bup.ovals[2];
		now.twait[1] = trpt->bup.ovals[1];
		now.tstate[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1805: // STATE 943
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1808: // STATE 946
		goto R999;
;
		;
		
	case 1810: // STATE 961
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1811: // STATE 961
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1812: // STATE 961
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1813: // STATE 968
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1814: // STATE 971
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1815: // STATE 974
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1816: // STATE 981
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1817: // STATE 989
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 1819: // STATE 991
		goto R999;

	case 1820: // STATE 1003
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1821: // STATE 1003
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1822: // STATE 1003
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1823: // STATE 1003
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1824: // STATE 1009
		goto R999;

	case 1825: // STATE 1011
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1827: // STATE 1015
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1828: // STATE 1018
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1829: // STATE 1025
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1830: // STATE 1028
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 1831: // STATE 1034
		goto R999;

	case 1832: // STATE 1051
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1833: // STATE 1051
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1834: // STATE 1051
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1835: // STATE 1066
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1836: // STATE 1066
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1837: // STATE 1066
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1838: // STATE 1066
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1839: // STATE 1066
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1840: // STATE 1072
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1842: // STATE 1076
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1843: // STATE 1087
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1844: // STATE 1087
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1845: // STATE 1087
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1846: // STATE 1087
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1847: // STATE 1098
		;
		((P1 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1849: // STATE 1101
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC Sender */
;
		;
		
	case 1851: // STATE 3
		;
		((P0 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1852: // STATE 5
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1853: // STATE 8
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1854: // STATE 10
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1855: // STATE 12
		;
		((P0 *)_this)->ret = trpt->bup.ovals[1];
	/* 0 */	((P0 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1856: // STATE 19
		;
		now.msg[0].charged = trpt->bup.ovals[2];
		now.msg[0].delivered = trpt->bup.ovals[1];
	/* 0 */	((P0 *)_this)->ret = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1857: // STATE 20
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 1858: // STATE 22
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 1859: // STATE 23
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 1860: // STATE 25
		;
		j = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1861: // STATE 31
		goto R999;

	case 1862: // STATE 34
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1863: // STATE 41
		;
		now.ql[ Index(((1*3)+now.qn[1]), 6) ] = trpt->bup.ovals[1];
		now.qn[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1864: // STATE 43
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1866: // STATE 52
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[1];
		tt = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1867: // STATE 52
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 1868: // STATE 52
		;
		now.msg[ Index(w, 5) ].onq = trpt->bup.oval;
		;
		goto R999;

	case 1869: // STATE 54
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1871: // STATE 60
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1873: // STATE 74
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1874: // STATE 77
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1875: // STATE 81
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1876: // STATE 84
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1877: // STATE 88
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1878: // STATE 119
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(w, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(w, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(w, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(w, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(w, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(w, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(w, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(w, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(w, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(w, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(w, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1879: // STATE 122
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(w, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1880: // STATE 126
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1881: // STATE 129
		;
		now.msg[ Index(w, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1882: // STATE 133
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1883: // STATE 150
		;
		now.msg[0].onq = trpt->bup.ovals[1];
		now.msg[0].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1884: // STATE 154
		;
		((P0 *)_this)->ret = trpt->bup.ovals[2];
		now.qn[0] = trpt->bup.ovals[1];
		now.ql[ Index(((0*3)+now.qn[0]), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1885: // STATE 156
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1886: // STATE 159
		;
		j = trpt->bup.oval;
		;
		goto R999;

	case 1887: // STATE 162
		;
		j = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+j), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1888: // STATE 170
		;
		now.msg[ Index(i, 5) ].onq = trpt->bup.ovals[2];
		now.qn[1] = trpt->bup.ovals[1];
		now.ql[ Index(((1*3)+0), 6) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1890: // STATE 174
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1892: // STATE 188
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1893: // STATE 191
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1894: // STATE 195
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1895: // STATE 198
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1896: // STATE 202
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1897: // STATE 233
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1898: // STATE 236
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1899: // STATE 240
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1900: // STATE 243
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1901: // STATE 254
		;
		((P0 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1902: // STATE 254
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1903: // STATE 254
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1904: // STATE 268
		;
		now.msg[0].landed = trpt->bup.ovals[12];
		now.msg[ Index(i, 5) ].failed = trpt->bup.ovals[11];
		now.msg[0].failed = trpt->bup.ovals[10];
		now.msg[ Index(i, 5) ].copied = trpt->bup.ovals[9];
		now.msg[0].copied = trpt->bup.ovals[8];
		now.msg[ Index(i, 5) ].ncaps = trpt->bup.ovals[7];
		now.msg[0].ncaps = trpt->bup.ovals[6];
		now.msg[ Index(i, 5) ].peer = trpt->bup.ovals[5];
		now.msg[0].peer = trpt->bup.ovals[4];
		now.msg[ Index(i, 5) ].is_source = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[ Index(i, 5) ].state = trpt->bup.ovals[1];
		now.msg[0].state = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1905: // STATE 270
		;
		t_ = trpt->bup.oval;
		;
		goto R999;

	case 1906: // STATE 271
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1907: // STATE 273
		;
		tt = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1909: // STATE 276
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1910: // STATE 278
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1911: // STATE 282
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1912: // STATE 292
		;
		tt = trpt->bup.ovals[2];
		st = trpt->bup.ovals[1];
		res = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		
	case 1914: // STATE 296
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1916: // STATE 310
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1917: // STATE 313
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1918: // STATE 317
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1919: // STATE 320
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1920: // STATE 324
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1921: // STATE 355
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1922: // STATE 358
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1923: // STATE 362
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1924: // STATE 365
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1925: // STATE 369
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1927: // STATE 379
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1929: // STATE 393
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1930: // STATE 396
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1931: // STATE 400
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1932: // STATE 403
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1933: // STATE 407
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1934: // STATE 438
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1935: // STATE 441
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1936: // STATE 445
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1937: // STATE 448
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1938: // STATE 459
		;
		((P0 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1939: // STATE 459
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1940: // STATE 459
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1941: // STATE 461
		;
		cut = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1943: // STATE 474
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[4];
		now.msg[0].copied = trpt->bup.ovals[3];
		now.msg[0].landed = trpt->bup.ovals[2];
		now.dst[ Index(((t_*2)+now.msg[0].copied), 10) ] = trpt->bup.ovals[1];
		now.ncopy[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1944: // STATE 474
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[2];
		now.msg[0].copied = trpt->bup.ovals[1];
		now.msg[0].failed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 1945: // STATE 474
		;
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[1];
		now.msg[0].copied = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1946: // STATE 476
		;
		cut = trpt->bup.oval;
		;
		goto R999;

	case 1947: // STATE 488
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 1948: // STATE 490
		;
		st = trpt->bup.oval;
		;
		goto R999;
;
		
	case 1949: // STATE 491
		goto R999;

	case 1950: // STATE 494
		;
		st = trpt->bup.oval;
		;
		goto R999;

	case 1951: // STATE 496
		;
		now.rslot = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 1953: // STATE 507
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 1955: // STATE 521
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 1956: // STATE 524
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1957: // STATE 528
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 1958: // STATE 531
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 1959: // STATE 535
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 1960: // STATE 556
		;
		now.shown[0] = trpt->bup.ovals[1];
		now.stale[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1961: // STATE 564
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[1];
		now.stale[ Index(t_, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1962: // STATE 570
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1965: // STATE 573
		goto R999;
;
		;
		
	case 1967: // STATE 588
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1968: // STATE 588
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1969: // STATE 588
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1970: // STATE 595
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1971: // STATE 598
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 1972: // STATE 605
		;
		now.hdr[ Index(now.pa[0], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1973: // STATE 606
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1976: // STATE 609
		goto R999;
;
		;
		
	case 1978: // STATE 624
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1979: // STATE 624
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1980: // STATE 624
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1981: // STATE 631
		;
		now.hdr[ Index(now.pa[ Index(t_, 5) ], 5) ] = trpt->bup.oval;
		;
		goto R999;

	case 1982: // STATE 632
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1985: // STATE 635
		goto R999;
;
		;
		
	case 1987: // STATE 650
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1988: // STATE 650
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1989: // STATE 650
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1990: // STATE 661
		;
		now.shown[ Index(t_, 5) ] = trpt->bup.ovals[4];
		now.shown[0] = trpt->bup.ovals[3];
		now.pa[ Index(t_, 5) ] = trpt->bup.ovals[2];
		now.pa[0] = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 1991: // STATE 662
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 1994: // STATE 665
		goto R999;
;
		;
		
	case 1996: // STATE 680
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1997: // STATE 680
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1998: // STATE 680
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 1999: // STATE 687
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 2000: // STATE 690
		;
		x = trpt->bup.ovals[1];
		now.stale[ Index(x, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2001: // STATE 698
		;
		res = trpt->bup.oval;
		;
		goto R999;

	case 2002: // STATE 700
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2003: // STATE 704
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 2004: // STATE 711
		goto R999;
;
		;
		
	case 2006: // STATE 715
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 2008: // STATE 729
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 2009: // STATE 732
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2010: // STATE 736
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 2011: // STATE 739
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 2012: // STATE 743
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 2013: // STATE 774
		;
		fw = trpt->bup.ovals[12];
		now.msg[0].reply = trpt->bup.ovals[11];
		now.msg[0].charged = trpt->bup.ovals[10];
		now.msg[0].got_caps = trpt->bup.ovals[9];
		now.msg[0].status = trpt->bup.ovals[8];
		now.msg[0].failed = trpt->bup.ovals[7];
		now.msg[0].copied = trpt->bup.ovals[6];
		now.msg[0].ncaps = trpt->bup.ovals[5];
		now.msg[0].onq = trpt->bup.ovals[4];
		now.msg[0].peer = trpt->bup.ovals[3];
		now.msg[0].is_source = trpt->bup.ovals[2];
		now.msg[0].state = trpt->bup.ovals[1];
		now.msg[0].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 2014: // STATE 777
		;
		now.msg[0].delivered = trpt->bup.ovals[1];
		now.msg[0].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2015: // STATE 781
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 2016: // STATE 784
		;
		now.msg[0].delivered = trpt->bup.oval;
		;
		goto R999;

	case 2017: // STATE 788
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 2019: // STATE 798
		;
		ft = trpt->bup.ovals[1];
		now.r_armed = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		;
		
	case 2021: // STATE 812
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(ft, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(ft, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(ft, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(ft, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(ft, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(ft, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(ft, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(ft, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(ft, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(ft, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(ft, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 2022: // STATE 815
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(ft, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2023: // STATE 819
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 2024: // STATE 822
		;
		now.msg[ Index(ft, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 2025: // STATE 826
		;
		now.tstate[3] = trpt->bup.oval;
		;
		goto R999;

	case 2026: // STATE 857
		;
		fw = trpt->bup.ovals[12];
		now.msg[ Index(t_, 5) ].reply = trpt->bup.ovals[11];
		now.msg[ Index(t_, 5) ].charged = trpt->bup.ovals[10];
		now.msg[ Index(t_, 5) ].got_caps = trpt->bup.ovals[9];
		now.msg[ Index(t_, 5) ].status = trpt->bup.ovals[8];
		now.msg[ Index(t_, 5) ].failed = trpt->bup.ovals[7];
		now.msg[ Index(t_, 5) ].copied = trpt->bup.ovals[6];
		now.msg[ Index(t_, 5) ].ncaps = trpt->bup.ovals[5];
		now.msg[ Index(t_, 5) ].onq = trpt->bup.ovals[4];
		now.msg[ Index(t_, 5) ].peer = trpt->bup.ovals[3];
		now.msg[ Index(t_, 5) ].is_source = trpt->bup.ovals[2];
		now.msg[ Index(t_, 5) ].state = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].xfer = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 13);
		goto R999;

	case 2027: // STATE 860
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.ovals[1];
		now.msg[ Index(t_, 5) ].waiter = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2028: // STATE 864
		;
		now.tstate[ Index(fw, 5) ] = trpt->bup.ovals[3];
		tres[ Index(fw, 5) ] = trpt->bup.ovals[2];
		now.twon[ Index(fw, 5) ] = trpt->bup.ovals[1];
		now.twait[ Index(fw, 5) ] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;

	case 2029: // STATE 867
		;
		now.msg[ Index(t_, 5) ].delivered = trpt->bup.oval;
		;
		goto R999;

	case 2030: // STATE 878
		;
		((P0 *)_this)->ret = trpt->bup.ovals[1];
		now.tstate[3] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2031: // STATE 878
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 2032: // STATE 878
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 2033: // STATE 889
		;
	/* 0 */	((P0 *)_this)->ret = trpt->bup.oval;
		;
		;
		goto R999;

	case 2034: // STATE 891
		;
		now.msg[0].xfer = trpt->bup.oval;
		;
		goto R999;

	case 2035: // STATE 893
		;
		now.msg[ Index(now.msg[0].peer, 5) ].xfer = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 2037: // STATE 904
		;
		((P0 *)_this)->ret = trpt->bup.ovals[1];
		now.msg[0].delivered = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 2038: // STATE 906
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 2039: // STATE 911
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;

	case 2040: // STATE 913
		;
		((P0 *)_this)->ret = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2041: // STATE 915
		;
		now.msg[0].waiter = trpt->bup.oval;
		;
		goto R999;

	case 2042: // STATE 920
		;
		((P0 *)_this)->ret = trpt->bup.ovals[3];
		now.twon[0] = trpt->bup.ovals[2];
		now.twait[0] = trpt->bup.ovals[1];
		now.tstate[0] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 5);
		goto R999;

	case 2043: // STATE 933
		;
		x = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		;
		
	case 2046: // STATE 936
		goto R999;
;
		;
		
	case 2048: // STATE 951
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 2049: // STATE 951
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 2050: // STATE 951
		;
		x = trpt->bup.oval;
		;
		goto R999;

	case 2051: // STATE 958
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2052: // STATE 961
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2053: // STATE 964
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2054: // STATE 971
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2055: // STATE 979
		;
		i = trpt->bup.ovals[2];
		x = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
;
		;
		;
		
	case 2057: // STATE 981
		goto R999;

	case 2058: // STATE 993
		;
		i = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2059: // STATE 993
		;
		i = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2060: // STATE 993
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2061: // STATE 993
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		
	case 2062: // STATE 999
		goto R999;

	case 2063: // STATE 1001
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 2065: // STATE 1005
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2066: // STATE 1008
		;
		j = trpt->bup.ovals[1];
		n = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2067: // STATE 1015
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2068: // STATE 1018
		;
		j = trpt->bup.ovals[1];
		x = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
;
		
	case 2069: // STATE 1024
		goto R999;

	case 2070: // STATE 1041
		;
		w = trpt->bup.ovals[1];
		w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 2071: // STATE 1041
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 2072: // STATE 1041
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 2073: // STATE 1056
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2074: // STATE 1056
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2075: // STATE 1056
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2076: // STATE 1056
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2077: // STATE 1056
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2078: // STATE 1062
		;
		i = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 2080: // STATE 1066
		;
		w = trpt->bup.oval;
		;
		goto R999;

	case 2081: // STATE 1077
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2082: // STATE 1077
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2083: // STATE 1077
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2084: // STATE 1077
		;
		i = trpt->bup.oval;
		;
		goto R999;

	case 2085: // STATE 1088
		;
		((P0 *)_this)->ret = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 2087: // STATE 1091
		;
		p_restor(II);
		;
		;
		goto R999;
	}

