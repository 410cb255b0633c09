#ifdef PEG
struct T_SRC {
	char *fl; int ln;
} T_SRC[NTRANS];

void
tr_2_src(int m, char *file, int ln)
{	T_SRC[m].fl = file;
	T_SRC[m].ln = ln;
}

void
putpeg(int n, int m)
{	printf("%5d	trans %4d ", m, n);
	printf("%s:%d\n",
		T_SRC[n].fl, T_SRC[n].ln);
}
#endif

void
settable(void)
{	Trans *T;
	Trans *settr(int, int, int, int, int, char *, int, int, int);

	trans = (Trans ***) emalloc(8*sizeof(Trans **));

	/* proctype 6: :init: */

	trans[6] = (Trans **) emalloc(62*sizeof(Trans *));

	T = trans[ 6][60] = settr(9352,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(9352,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[6][1]	= settr(9293,2,7,3,3,"i = 0", 1, 2, 0);
	trans[6][8]	= settr(9300,2,7,1,0,".(goto)", 1, 2, 0);
	T = trans[6][7] = settr(9299,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9299,2,2,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9299,2,5,0,0,"DO", 1, 2, 0);
	trans[6][2]	= settr(9294,2,7,4,4,"((i<19))", 1, 2, 0); /* m: 3 -> 7,0 */
	reached6[3] = 1;
	trans[6][3]	= settr(0,0,0,0,0,"alive[i] = 1",0,0,0);
	trans[6][4]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[6][5]	= settr(9297,2,10,2,0,"else", 1, 2, 0);
	trans[6][6]	= settr(9298,2,10,1,0,"goto :b202", 1, 2, 0); /* m: 10 -> 0,23 */
	reached6[10] = 1;
	trans[6][9]	= settr(9301,2,10,1,0,"break", 1, 2, 0);
	trans[6][10]	= settr(9302,2,23,5,5,"i = 0", 1, 2, 0);
	trans[6][24]	= settr(9316,2,23,1,0,".(goto)", 1, 2, 0);
	T = trans[6][23] = settr(9315,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9315,2,11,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9315,2,21,0,0,"DO", 1, 2, 0);
	trans[6][11]	= settr(9303,2,23,6,6,"((i<5))", 1, 2, 0); /* m: 12 -> 23,0 */
	reached6[12] = 1;
	trans[6][12]	= settr(0,0,0,0,0,"msg[i].peer = 255",0,0,0);
	trans[6][13]	= settr(0,0,0,0,0,"msg[i].waiter = 255",0,0,0);
	trans[6][14]	= settr(0,0,0,0,0,"msg[i].payload = 1",0,0,0);
	trans[6][15]	= settr(0,0,0,0,0,"pa[i] = i",0,0,0);
	trans[6][16]	= settr(0,0,0,0,0,"shown[i] = 1",0,0,0);
	trans[6][17]	= settr(0,0,0,0,0,"stale[i] = 255",0,0,0);
	trans[6][18]	= settr(0,0,0,0,0,"hdr[i] = ( ((i==0)) -> (0) : (( (((i==1)||(i==2))) -> (1) : (2) )) )",0,0,0);
	trans[6][19]	= settr(0,0,0,0,0,"owner[i] = ( ((i==0)) -> (7) : (8) )",0,0,0);
	trans[6][20]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[6][21]	= settr(9313,2,26,2,0,"else", 1, 2, 0);
	trans[6][22]	= settr(9314,2,26,1,0,"goto :b203", 1, 2, 0); /* m: 26 -> 0,38 */
	reached6[26] = 1;
	trans[6][25]	= settr(9317,2,26,1,0,"break", 1, 2, 0);
	trans[6][26]	= settr(9318,2,38,7,7,"used[0] = 1", 1, 2, 0); /* m: 27 -> 0,38 */
	reached6[27] = 1;
	trans[6][27]	= settr(0,0,0,0,0,"used[1] = (5-1)",0,0,0);
	trans[6][28]	= settr(0,0,0,0,0,"msg[3].thread = 1",0,0,0);
	trans[6][29]	= settr(0,0,0,0,0,"src[0] = ((1<<2)-1)",0,0,0);
	trans[6][30]	= settr(0,0,0,0,0,"src[1] = ((1<<2)-1)",0,0,0);
	trans[6][31]	= settr(0,0,0,0,0,"src[4] = ((1<<2)-1)",0,0,0);
	trans[6][32]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[6][39]	= settr(9331,2,38,1,0,".(goto)", 1, 2, 0);
	T = trans[6][38] = settr(9330,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9330,2,33,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9330,2,36,0,0,"DO", 1, 2, 0);
	trans[6][33]	= settr(9325,2,38,8,8,"((i<(2*3)))", 1, 2, 0); /* m: 34 -> 38,0 */
	reached6[34] = 1;
	trans[6][34]	= settr(0,0,0,0,0,"ql[i] = 255",0,0,0);
	trans[6][35]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[6][36]	= settr(9328,2,41,2,0,"else", 1, 2, 0);
	trans[6][37]	= settr(9329,2,41,1,0,"goto :b204", 1, 2, 0); /* m: 41 -> 0,49 */
	reached6[41] = 1;
	trans[6][40]	= settr(9332,2,41,1,0,"break", 1, 2, 0);
	trans[6][41]	= settr(9333,2,49,9,9,"r_target = 255", 1, 2, 0); /* m: 42 -> 0,49 */
	reached6[42] = 1;
	trans[6][42]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[6][50]	= settr(9342,2,49,1,0,".(goto)", 1, 2, 0);
	T = trans[6][49] = settr(9341,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9341,2,43,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9341,2,47,0,0,"DO", 1, 2, 0);
	trans[6][43]	= settr(9335,2,49,10,10,"((i<5))", 1, 2, 0); /* m: 44 -> 49,0 */
	reached6[44] = 1;
	trans[6][44]	= settr(0,0,0,0,0,"twon[i] = 255",0,0,0);
	trans[6][45]	= settr(0,0,0,0,0,"tstate[i] = 1",0,0,0);
	trans[6][46]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[6][47]	= settr(9339,2,52,2,0,"else", 1, 2, 0);
	trans[6][48]	= settr(9340,2,52,1,0,"goto :b205", 1, 2, 0); /* m: 52 -> 0,54 */
	reached6[52] = 1;
	trans[6][51]	= settr(9343,2,52,1,0,"break", 1, 2, 0);
	trans[6][52]	= settr(9344,2,54,11,11,"tstate[3] = 0", 1, 2, 0); /* m: 53 -> 0,54 */
	reached6[53] = 1;
	trans[6][53]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[6][54]	= settr(9346,2,55,12,12,"(run Sender())", 1, 2, 0);
	trans[6][55]	= settr(9347,2,56,13,13,"(run Caller())", 1, 2, 0);
	trans[6][56]	= settr(9348,2,57,14,14,"(run Server())", 1, 2, 0);
	trans[6][57]	= settr(9349,2,58,15,15,"(run Worker())", 1, 2, 0);
	trans[6][58]	= settr(9350,2,59,16,16,"(run Destroyer())", 1, 2, 0);
	trans[6][59]	= settr(9351,0,61,17,17,"(run Watchdog())", 1, 2, 0);
	trans[6][61]	= settr(9353,0,0,18,18,"-end-", 0, 3500, 0);

	/* proctype 5: Watchdog */

	trans[5] = (Trans **) emalloc(22*sizeof(Trans *));

	trans[5][1]	= settr(9272,0,20,19,0,"(timeout)", 1, 3000, 0);
	T = trans[ 5][20] = settr(9291,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(9291,2,2,0,0,"ATOMIC", 1, 2, 0);
	trans[5][2]	= settr(9273,2,17,20,20,"assert((dwork==255))", 1, 2, 0); /* m: 3 -> 0,17 */
	reached5[3] = 1;
	trans[5][3]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[5][18]	= settr(9289,2,17,1,0,".(goto)", 1, 2, 0);
	T = trans[5][17] = settr(9288,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9288,2,4,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9288,2,15,0,0,"DO", 1, 2, 0);
	trans[5][4]	= settr(9275,2,12,21,0,"((i<5))", 1, 2, 0);
	T = trans[5][12] = settr(9283,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9283,2,5,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9283,2,10,0,0,"IF", 1, 2, 0);
	trans[5][5]	= settr(9276,2,17,22,22,"((tstate[i]==2))", 1, 2, 0); /* m: 6 -> 17,0 */
	reached5[6] = 1;
	trans[5][6]	= settr(0,0,0,0,0,"assert((twait[i]==1))",0,0,0);
	trans[5][7]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	trans[5][8]	= settr(0,0,0,0,0,"assert(((msg[w].state==1)||(msg[w].state==2)))",0,0,0);
	trans[5][9]	= settr(0,0,0,0,0,"assert((msg[w].onq||((r_armed&&(r_target==w))&&((rslot==r_gen)||(msg[1].reply==r_gen)))))",0,0,0);
	trans[5][13]	= settr(9284,2,14,1,0,".(goto)", 1, 2, 0); /* m: 14 -> 0,17 */
	reached5[14] = 1;
	trans[5][10]	= settr(9281,2,11,2,0,"else", 1, 2, 0);
	trans[5][11]	= settr(9282,2,17,23,23,"(1)", 1, 2, 0); /* m: 14 -> 17,0 */
	reached5[14] = 1;
	trans[5][14]	= settr(9285,2,17,24,24,"i = (i+1)", 1, 2, 0);
	trans[5][15]	= settr(9286,2,16,2,0,"else", 1, 2, 0);
	trans[5][16]	= settr(9287,2,19,1,0,"goto :b201", 1, 2, 0);
	trans[5][19]	= settr(9290,0,21,1,0,"break", 1, 2, 0);
	trans[5][21]	= settr(9292,0,0,25,25,"-end-", 0, 3500, 0);

	/* proctype 4: Destroyer */

	trans[4] = (Trans **) emalloc(2701*sizeof(Trans *));

	trans[4][2698]	= settr(9269,0,2697,1,0,".(goto)", 0, 2, 0);
	T = trans[4][2697] = settr(9268,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(9268,0,1,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(9268,0,2696,0,0,"DO", 0, 2, 0);
	trans[4][1]	= settr(6572,0,2694,26,0,"((k<1))", 0, 2, 0);
	T = trans[ 4][2694] = settr(9265,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(9265,2,2,0,0,"ATOMIC", 1, 2, 0);
	trans[4][2]	= settr(6573,2,2535,27,0,"((tstate[4]==1))", 1, 2, 0);
	T = trans[4][2535] = settr(9106,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,3,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,509,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,1015,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,1268,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,1521,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,1774,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2027,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2280,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2330,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2380,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2407,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2434,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2461,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9106,2,2488,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9106,2,2533,0,0,"IF", 1, 2, 0);
	trans[4][3]	= settr(6574,2,508,28,0,"((alive[5]&&!(dying[5])))", 1, 2, 0);
	T = trans[ 4][508] = settr(7079,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7079,0,4,0,0,"sub-sequence", 1, 2, 0);
	trans[4][4]	= settr(6575,2,497,29,29,"dying[5] = 1", 1, 2, 0); /* m: 5 -> 0,497 */
	reached4[5] = 1;
	trans[4][5]	= settr(0,0,0,0,0,"o_ = 5",0,0,0);
	T = trans[ 4][497] = settr(7068,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7068,0,6,0,0,"sub-sequence", 1, 2, 0);
	trans[4][6]	= settr(6577,2,473,30,30,"ret = 0", 1, 2, 0);
	T = trans[4][473] = settr(7044,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7044,2,7,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7044,2,153,0,0,"IF", 1, 2, 0);
	trans[4][7]	= settr(6578,2,150,31,0,"((o_==5))", 1, 2, 0);
	trans[4][151]	= settr(6722,2,150,1,0,".(goto)", 1, 2, 0);
	T = trans[4][150] = settr(6721,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6721,2,8,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6721,2,148,0,0,"DO", 1, 2, 0);
	trans[4][8]	= settr(6579,2,57,32,32,"(((qn[0]>0)||(qn[1]>0)))", 1, 2, 0); /* m: 9 -> 57,0 */
	reached4[9] = 1;
	trans[4][9]	= settr(0,0,0,0,0,"w = ( ((qn[0]>0)) -> (ql[((0*3)+0)]) : (ql[((1*3)+0)]) )",0,0,0);
	T = trans[ 4][57] = settr(6628,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6628,0,54,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][54] = settr(6625,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6625,2,10,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6625,2,31,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6625,2,52,0,0,"IF", 1, 2, 0);
	trans[4][10]	= settr(6581,2,30,33,0,"((msg[w].onq&&(msg[w].state==1)))", 1, 2, 0);
	T = trans[ 4][30] = settr(6601,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6601,0,11,0,0,"sub-sequence", 1, 2, 0);
	trans[4][11]	= settr(6582,2,16,34,34,"j = 0", 1, 2, 0);
	trans[4][17]	= settr(6588,2,16,1,0,".(goto)", 1, 2, 0);
	T = trans[4][16] = settr(6587,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6587,2,12,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6587,2,14,0,0,"DO", 1, 2, 0);
	trans[4][12]	= settr(6583,2,16,35,35,"(((j<qn[0])&&(ql[((0*3)+j)]!=w)))", 1, 2, 0); /* m: 13 -> 16,0 */
	reached4[13] = 1;
	trans[4][13]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][14]	= settr(6585,2,19,2,0,"else", 1, 2, 0);
	trans[4][15]	= settr(6586,2,19,1,0,"goto :b141", 1, 2, 0); /* m: 19 -> 0,25 */
	reached4[19] = 1;
	trans[4][18]	= settr(6589,2,19,1,0,"break", 1, 2, 0);
	trans[4][19]	= settr(6590,2,25,36,36,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][26]	= settr(6597,2,25,1,0,".(goto)", 1, 2, 0);
	T = trans[4][25] = settr(6596,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6596,2,20,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6596,2,23,0,0,"DO", 1, 2, 0);
	trans[4][20]	= settr(6591,2,25,37,37,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 21 -> 25,0 */
	reached4[21] = 1;
	trans[4][21]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][22]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][23]	= settr(6594,2,28,2,0,"else", 1, 2, 0);
	trans[4][24]	= settr(6595,2,28,1,0,"goto :b142", 1, 2, 0); /* m: 28 -> 0,140 */
	reached4[28] = 1;
	trans[4][27]	= settr(6598,2,28,1,0,"break", 1, 2, 0);
	trans[4][28]	= settr(6599,2,140,38,38,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 29 -> 0,140 */
	reached4[29] = 1;
	trans[4][29]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][55]	= settr(6626,2,56,1,0,".(goto)", 1, 2, 0); /* m: 56 -> 0,140 */
	reached4[56] = 1;
	trans[4][31]	= settr(6602,2,51,39,0,"((msg[w].onq&&(msg[w].state!=1)))", 1, 2, 0);
	T = trans[ 4][51] = settr(6622,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6622,0,32,0,0,"sub-sequence", 1, 2, 0);
	trans[4][32]	= settr(6603,2,37,40,40,"j = 0", 1, 2, 0);
	trans[4][38]	= settr(6609,2,37,1,0,".(goto)", 1, 2, 0);
	T = trans[4][37] = settr(6608,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6608,2,33,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6608,2,35,0,0,"DO", 1, 2, 0);
	trans[4][33]	= settr(6604,2,37,41,41,"(((j<qn[1])&&(ql[((1*3)+j)]!=w)))", 1, 2, 0); /* m: 34 -> 37,0 */
	reached4[34] = 1;
	trans[4][34]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][35]	= settr(6606,2,40,2,0,"else", 1, 2, 0);
	trans[4][36]	= settr(6607,2,40,1,0,"goto :b143", 1, 2, 0); /* m: 40 -> 0,46 */
	reached4[40] = 1;
	trans[4][39]	= settr(6610,2,40,1,0,"break", 1, 2, 0);
	trans[4][40]	= settr(6611,2,46,42,42,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][47]	= settr(6618,2,46,1,0,".(goto)", 1, 2, 0);
	T = trans[4][46] = settr(6617,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6617,2,41,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6617,2,44,0,0,"DO", 1, 2, 0);
	trans[4][41]	= settr(6612,2,46,43,43,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 42 -> 46,0 */
	reached4[42] = 1;
	trans[4][42]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][43]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][44]	= settr(6615,2,49,2,0,"else", 1, 2, 0);
	trans[4][45]	= settr(6616,2,49,1,0,"goto :b144", 1, 2, 0); /* m: 49 -> 0,140 */
	reached4[49] = 1;
	trans[4][48]	= settr(6619,2,49,1,0,"break", 1, 2, 0);
	trans[4][49]	= settr(6620,2,140,44,44,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 50 -> 0,140 */
	reached4[50] = 1;
	trans[4][50]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][52]	= settr(6623,2,53,2,0,"else", 1, 2, 0);
	trans[4][53]	= settr(6624,2,140,45,45,"(1)", 1, 2, 0); /* m: 56 -> 140,0 */
	reached4[56] = 1;
	trans[4][56]	= settr(6627,2,140,46,46,"msg[w].onq = 0", 1, 2, 0);
	T = trans[ 4][140] = settr(6711,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6711,0,106,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][106] = settr(6677,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6677,2,58,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6677,2,104,0,0,"IF", 1, 2, 0);
	trans[4][58]	= settr(6629,2,103,47,0,"(((18!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 4][103] = settr(6674,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6674,0,101,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][101] = settr(6672,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6672,2,59,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6672,2,99,0,0,"IF", 1, 2, 0);
	trans[4][59]	= settr(6630,2,97,48,48,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 60 -> 97,0 */
	reached4[60] = 1;
	trans[4][60]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][61]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][97] = settr(6668,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6668,2,62,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6668,2,95,0,0,"IF", 1, 2, 0);
	trans[4][62]	= settr(6633,2,94,49,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][94] = settr(6665,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6665,0,63,0,0,"sub-sequence", 1, 2, 0);
	trans[4][63]	= settr(6634,2,86,50,50,"msg[ft].xfer = 0", 1, 2, 0); /* m: 64 -> 0,86 */
	reached4[64] = 1;
	trans[4][64]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][65]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][66]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][67]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][68]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][69]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][70]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][71]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][72]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][73]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][74]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][75]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][86] = settr(6657,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6657,2,76,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6657,2,84,0,0,"IF", 1, 2, 0);
	trans[4][76]	= settr(6647,2,83,51,51,"((fw!=255))", 1, 2, 0); /* m: 77 -> 83,0 */
	reached4[77] = 1;
	trans[4][77]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][78]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][83] = settr(6654,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6654,0,79,0,0,"sub-sequence", 1, 2, 0);
	trans[4][79]	= settr(6650,2,92,52,52,"twait[fw] = 0", 1, 2, 0); /* m: 80 -> 0,92 */
	reached4[80] = 1;
	trans[4][80]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][81]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][82]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][87]	= settr(6658,2,92,1,0,".(goto)", 1, 2, 0);
	trans[4][84]	= settr(6655,2,85,2,0,"else", 1, 2, 0);
	trans[4][85]	= settr(6656,2,92,53,53,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][92] = settr(6663,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6663,2,88,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6663,2,90,0,0,"IF", 1, 2, 0);
	trans[4][88]	= settr(6659,2,139,54,54,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 89 -> 139,0 */
	reached4[89] = 1;
	trans[4][89]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][93]	= settr(6664,2,139,1,0,".(goto)", 1, 2, 0);
	trans[4][90]	= settr(6661,2,91,2,0,"else", 1, 2, 0);
	trans[4][91]	= settr(6662,2,139,1,0,"(1)", 1, 2, 0);
	trans[4][98]	= settr(6669,2,139,1,0,".(goto)", 1, 2, 0);
	trans[4][95]	= settr(6666,2,96,2,0,"else", 1, 2, 0);
	trans[4][96]	= settr(6667,2,139,1,0,"(1)", 1, 2, 0);
	trans[4][102]	= settr(6673,2,139,1,0,".(goto)", 1, 2, 0);
	trans[4][99]	= settr(6670,2,100,2,0,"else", 1, 2, 0);
	trans[4][100]	= settr(6671,2,139,1,0,"(1)", 1, 2, 0);
	trans[4][107]	= settr(6678,2,139,1,0,".(goto)", 1, 2, 0);
	trans[4][104]	= settr(6675,2,105,2,0,"else", 1, 2, 0);
	trans[4][105]	= settr(6676,2,139,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][139] = settr(6710,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6710,0,108,0,0,"sub-sequence", 1, 2, 0);
	trans[4][108]	= settr(6679,2,131,55,55,"msg[w].xfer = 0", 1, 2, 0); /* m: 109 -> 0,131 */
	reached4[109] = 1;
	trans[4][109]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[4][110]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[4][111]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[4][112]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[4][113]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[4][114]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[4][115]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[4][116]	= settr(0,0,0,0,0,"msg[w].status = 18",0,0,0);
	trans[4][117]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[4][118]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[4][119]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[4][120]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[4][131] = settr(6702,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6702,2,121,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6702,2,129,0,0,"IF", 1, 2, 0);
	trans[4][121]	= settr(6692,2,128,56,56,"((fw!=255))", 1, 2, 0); /* m: 122 -> 128,0 */
	reached4[122] = 1;
	trans[4][122]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[4][123]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 4][128] = settr(6699,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6699,0,124,0,0,"sub-sequence", 1, 2, 0);
	trans[4][124]	= settr(6695,2,137,57,57,"twait[fw] = 0", 1, 2, 0); /* m: 125 -> 0,137 */
	reached4[125] = 1;
	trans[4][125]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][126]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][127]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][132]	= settr(6703,2,137,1,0,".(goto)", 1, 2, 0);
	trans[4][129]	= settr(6700,2,130,2,0,"else", 1, 2, 0);
	trans[4][130]	= settr(6701,2,137,58,58,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[4][137] = settr(6708,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6708,2,133,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6708,2,135,0,0,"IF", 1, 2, 0);
	trans[4][133]	= settr(6704,2,146,59,59,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 134 -> 146,0 */
	reached4[134] = 1;
	trans[4][134]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][138]	= settr(6709,2,146,1,0,".(goto)", 1, 2, 0);
	trans[4][135]	= settr(6706,2,136,2,0,"else", 1, 2, 0);
	trans[4][136]	= settr(6707,2,146,1,0,"(1)", 1, 2, 0);
	T = trans[4][146] = settr(6717,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6717,2,141,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6717,2,144,0,0,"IF", 1, 2, 0);
	trans[4][141]	= settr(6712,2,495,60,60,"(((qn[0]>0)||(qn[1]>0)))", 1, 2, 0); /* m: 142 -> 495,0 */
	reached4[142] = 1;
	trans[4][142]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[4][143]	= settr(6714,2,495,1,0,"goto :b140", 1, 2, 0);
	trans[4][147]	= settr(6718,2,150,1,0,".(goto)", 1, 2, 0);
	trans[4][144]	= settr(6715,2,145,1,0,"(1)", 1, 2, 0);
	trans[4][145]	= settr(6716,2,150,1,0,"(1)", 1, 2, 0);
	trans[4][148]	= settr(6719,2,495,2,0,"else", 1, 2, 0);
	trans[4][149]	= settr(6720,2,495,1,0,"goto :b140", 1, 2, 0);
	trans[4][152]	= settr(6723,2,495,1,0,"break", 1, 2, 0);
	trans[4][474]	= settr(7045,2,495,1,0,".(goto)", 1, 2, 0);
	trans[4][153]	= settr(6724,2,210,61,0,"((o_==7))", 1, 2, 0);
	T = trans[4][210] = settr(6781,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6781,2,154,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6781,2,208,0,0,"IF", 1, 2, 0);
	trans[4][154]	= settr(6725,2,203,62,0,"(alive[(9+0)])", 1, 2, 0);
	T = trans[ 4][203] = settr(6774,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6774,0,155,0,0,"sub-sequence", 1, 2, 0);
	trans[4][155]	= settr(6726,2,164,63,63,"dying[(9+0)] = 1", 1, 2, 0); /* m: 156 -> 0,164 */
	reached4[156] = 1;
	trans[4][156]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	T = trans[ 4][164] = settr(6735,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6735,0,162,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][162] = settr(6733,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6733,2,157,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6733,2,160,0,0,"IF", 1, 2, 0);
	trans[4][157]	= settr(6728,2,174,64,64,"(shown[0])", 1, 2, 0); /* m: 158 -> 174,0 */
	reached4[158] = 1;
	trans[4][158]	= settr(0,0,0,0,0,"stale[0] = pa[0]",0,0,0);
	trans[4][159]	= settr(0,0,0,0,0,"shown[0] = 0",0,0,0);
	trans[4][163]	= settr(6734,2,174,1,0,".(goto)", 1, 2, 0);
	trans[4][160]	= settr(6731,2,161,2,0,"else", 1, 2, 0);
	trans[4][161]	= settr(6732,2,174,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][174] = settr(6745,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6745,0,165,0,0,"sub-sequence", 1, 2, 0);
	trans[4][165]	= settr(6736,2,171,65,65,"x = 0", 1, 2, 0);
	trans[4][172]	= settr(6743,2,171,1,0,".(goto)", 1, 2, 0);
	T = trans[4][171] = settr(6742,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6742,2,166,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6742,2,169,0,0,"DO", 1, 2, 0);
	trans[4][166]	= settr(6737,2,171,66,66,"((x<5))", 1, 2, 0); /* m: 167 -> 171,0 */
	reached4[167] = 1;
	trans[4][167]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[4][168]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[4][169]	= settr(6740,2,175,2,0,"else", 1, 2, 0);
	trans[4][170]	= settr(6741,2,175,1,0,"goto :b145", 1, 2, 0); /* m: 175 -> 0,201 */
	reached4[175] = 1;
	trans[4][173]	= settr(6744,2,175,1,0,"break", 1, 2, 0);
	trans[4][175]	= settr(6746,2,201,67,67,"pfree[pa[0]] = 1", 1, 2, 0); /* m: 176 -> 0,201 */
	reached4[176] = 1;
	trans[4][176]	= settr(0,0,0,0,0,"used[( ((0==0)) ? (0) : (1) )] = (used[( ((0==0)) ? (0) : (1) )]-1)",0,0,0);
	T = trans[ 4][201] = settr(6772,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6772,0,177,0,0,"sub-sequence", 1, 2, 0);
	trans[4][177]	= settr(6748,2,198,68,68,"x = 0", 1, 2, 0);
	trans[4][199]	= settr(6770,2,198,1,0,".(goto)", 1, 2, 0);
	T = trans[4][198] = settr(6769,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6769,2,178,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6769,2,196,0,0,"DO", 1, 2, 0);
	trans[4][178]	= settr(6749,2,185,69,0,"((x<5))", 1, 2, 0);
	T = trans[4][185] = settr(6756,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6756,2,179,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6756,2,183,0,0,"IF", 1, 2, 0);
	trans[4][179]	= settr(6750,2,182,70,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 4][182] = settr(6753,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6753,0,180,0,0,"sub-sequence", 1, 2, 0);
	trans[4][180]	= settr(6751,2,193,71,71,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 181 -> 0,193 */
	reached4[181] = 1;
	trans[4][181]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][186]	= settr(6757,2,193,1,0,".(goto)", 1, 2, 0);
	trans[4][183]	= settr(6754,2,184,2,0,"else", 1, 2, 0);
	trans[4][184]	= settr(6755,2,193,1,0,"(1)", 1, 2, 0);
	T = trans[4][193] = settr(6764,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6764,2,187,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6764,2,191,0,0,"IF", 1, 2, 0);
	trans[4][187]	= settr(6758,2,190,72,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 4][190] = settr(6761,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6761,0,188,0,0,"sub-sequence", 1, 2, 0);
	trans[4][188]	= settr(6759,2,198,73,73,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 189 -> 0,198 */
	reached4[189] = 1;
	trans[4][189]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][194]	= settr(6765,2,195,1,0,".(goto)", 1, 2, 0); /* m: 195 -> 0,198 */
	reached4[195] = 1;
	trans[4][191]	= settr(6762,2,192,2,0,"else", 1, 2, 0);
	trans[4][192]	= settr(6763,2,198,74,74,"(1)", 1, 2, 0); /* m: 195 -> 198,0 */
	reached4[195] = 1;
	trans[4][195]	= settr(6766,2,198,75,75,"x = (x+1)", 1, 2, 0);
	trans[4][196]	= settr(6767,2,202,2,0,"else", 1, 2, 0);
	trans[4][197]	= settr(6768,2,202,1,0,"goto :b146", 1, 2, 0); /* m: 202 -> 0,206 */
	reached4[202] = 1;
	trans[4][200]	= settr(6771,2,202,1,0,"break", 1, 2, 0);
	trans[4][202]	= settr(6773,2,206,76,76,"alive[(9+0)] = 0", 1, 2, 0);
	T = trans[4][206] = settr(6777,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6777,2,204,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6777,2,205,0,0,"IF", 1, 2, 0);
	trans[4][204]	= settr(6775,2,471,77,77,"ret = 255", 1, 2, 0);
	trans[4][207]	= settr(6778,2,471,1,0,".(goto)", 1, 2, 0);
	trans[4][205]	= settr(6776,2,471,1,0,"(1)", 1, 2, 0);
	trans[4][211]	= settr(6782,2,471,1,0,".(goto)", 1, 2, 0);
	trans[4][208]	= settr(6779,2,209,2,0,"else", 1, 2, 0);
	trans[4][209]	= settr(6780,2,471,1,0,"(1)", 1, 2, 0);
	T = trans[4][471] = settr(7042,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7042,2,212,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7042,2,469,0,0,"IF", 1, 2, 0);
	trans[4][212]	= settr(6783,2,464,78,0,"(((ret==0)&&alive[0]))", 1, 2, 0);
	T = trans[ 4][464] = settr(7035,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7035,0,213,0,0,"sub-sequence", 1, 2, 0);
	trans[4][213]	= settr(6784,2,218,79,79,"dying[0] = 1", 1, 2, 0);
	T = trans[4][218] = settr(6789,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6789,2,214,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6789,2,216,0,0,"IF", 1, 2, 0);
	trans[4][214]	= settr(6785,2,462,80,80,"((r_target==0))", 1, 2, 0); /* m: 215 -> 462,0 */
	reached4[215] = 1;
	trans[4][215]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][219]	= settr(6790,2,462,1,0,".(goto)", 1, 2, 0);
	trans[4][216]	= settr(6787,2,217,2,0,"else", 1, 2, 0);
	trans[4][217]	= settr(6788,2,462,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][462] = settr(7033,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7033,0,374,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][374] = settr(6945,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6945,2,220,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6945,2,269,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6945,2,372,0,0,"IF", 1, 2, 0);
	trans[4][220]	= settr(6791,2,268,81,0,"(((msg[0].state==1)||(msg[0].state==2)))", 1, 2, 0);
	T = trans[ 4][268] = settr(6839,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6839,0,265,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][265] = settr(6836,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6836,2,221,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6836,2,242,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6836,2,263,0,0,"IF", 1, 2, 0);
	trans[4][221]	= settr(6792,2,241,82,0,"((msg[0].onq&&(msg[0].state==1)))", 1, 2, 0);
	T = trans[ 4][241] = settr(6812,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6812,0,222,0,0,"sub-sequence", 1, 2, 0);
	trans[4][222]	= settr(6793,2,227,83,83,"j = 0", 1, 2, 0);
	trans[4][228]	= settr(6799,2,227,1,0,".(goto)", 1, 2, 0);
	T = trans[4][227] = settr(6798,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6798,2,223,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6798,2,225,0,0,"DO", 1, 2, 0);
	trans[4][223]	= settr(6794,2,227,84,84,"(((j<qn[0])&&(ql[((0*3)+j)]!=0)))", 1, 2, 0); /* m: 224 -> 227,0 */
	reached4[224] = 1;
	trans[4][224]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][225]	= settr(6796,2,230,2,0,"else", 1, 2, 0);
	trans[4][226]	= settr(6797,2,230,1,0,"goto :b147", 1, 2, 0); /* m: 230 -> 0,236 */
	reached4[230] = 1;
	trans[4][229]	= settr(6800,2,230,1,0,"break", 1, 2, 0);
	trans[4][230]	= settr(6801,2,236,85,85,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][237]	= settr(6808,2,236,1,0,".(goto)", 1, 2, 0);
	T = trans[4][236] = settr(6807,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6807,2,231,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6807,2,234,0,0,"DO", 1, 2, 0);
	trans[4][231]	= settr(6802,2,236,86,86,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 232 -> 236,0 */
	reached4[232] = 1;
	trans[4][232]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][233]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][234]	= settr(6805,2,239,2,0,"else", 1, 2, 0);
	trans[4][235]	= settr(6806,2,239,1,0,"goto :b148", 1, 2, 0); /* m: 239 -> 0,458 */
	reached4[239] = 1;
	trans[4][238]	= settr(6809,2,239,1,0,"break", 1, 2, 0);
	trans[4][239]	= settr(6810,2,458,87,87,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 240 -> 0,458 */
	reached4[240] = 1;
	trans[4][240]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][266]	= settr(6837,2,267,1,0,".(goto)", 1, 2, 0); /* m: 267 -> 0,458 */
	reached4[267] = 1;
	trans[4][242]	= settr(6813,2,262,88,0,"((msg[0].onq&&(msg[0].state!=1)))", 1, 2, 0);
	T = trans[ 4][262] = settr(6833,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6833,0,243,0,0,"sub-sequence", 1, 2, 0);
	trans[4][243]	= settr(6814,2,248,89,89,"j = 0", 1, 2, 0);
	trans[4][249]	= settr(6820,2,248,1,0,".(goto)", 1, 2, 0);
	T = trans[4][248] = settr(6819,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6819,2,244,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6819,2,246,0,0,"DO", 1, 2, 0);
	trans[4][244]	= settr(6815,2,248,90,90,"(((j<qn[1])&&(ql[((1*3)+j)]!=0)))", 1, 2, 0); /* m: 245 -> 248,0 */
	reached4[245] = 1;
	trans[4][245]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][246]	= settr(6817,2,251,2,0,"else", 1, 2, 0);
	trans[4][247]	= settr(6818,2,251,1,0,"goto :b149", 1, 2, 0); /* m: 251 -> 0,257 */
	reached4[251] = 1;
	trans[4][250]	= settr(6821,2,251,1,0,"break", 1, 2, 0);
	trans[4][251]	= settr(6822,2,257,91,91,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][258]	= settr(6829,2,257,1,0,".(goto)", 1, 2, 0);
	T = trans[4][257] = settr(6828,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6828,2,252,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6828,2,255,0,0,"DO", 1, 2, 0);
	trans[4][252]	= settr(6823,2,257,92,92,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 253 -> 257,0 */
	reached4[253] = 1;
	trans[4][253]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][254]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][255]	= settr(6826,2,260,2,0,"else", 1, 2, 0);
	trans[4][256]	= settr(6827,2,260,1,0,"goto :b150", 1, 2, 0); /* m: 260 -> 0,458 */
	reached4[260] = 1;
	trans[4][259]	= settr(6830,2,260,1,0,"break", 1, 2, 0);
	trans[4][260]	= settr(6831,2,458,93,93,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 261 -> 0,458 */
	reached4[261] = 1;
	trans[4][261]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][263]	= settr(6834,2,264,2,0,"else", 1, 2, 0);
	trans[4][264]	= settr(6835,2,458,94,94,"(1)", 1, 2, 0); /* m: 267 -> 458,0 */
	reached4[267] = 1;
	trans[4][267]	= settr(6838,2,458,95,95,"msg[0].onq = 0", 1, 2, 0);
	trans[4][375]	= settr(6946,2,458,1,0,".(goto)", 1, 2, 0);
	trans[4][269]	= settr(6840,2,371,96,0,"((msg[0].state==3))", 1, 2, 0);
	T = trans[ 4][371] = settr(6942,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6942,0,270,0,0,"sub-sequence", 1, 2, 0);
	trans[4][270]	= settr(6841,2,286,97,97,"s_ = ( (msg[0].is_source) -> (0) : (msg[0].peer) )", 1, 2, 0); /* m: 271 -> 0,286 */
	reached4[271] = 1;
	trans[4][271]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][286] = settr(6857,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6857,0,272,0,0,"sub-sequence", 1, 2, 0);
	trans[4][272]	= settr(6843,2,284,98,98,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][284] = settr(6855,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6855,0,273,0,0,"sub-sequence", 1, 2, 0);
	trans[4][273]	= settr(6844,2,281,99,99,"n = 0", 1, 2, 0); /* m: 274 -> 0,281 */
	reached4[274] = 1;
	trans[4][274]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][282]	= settr(6853,2,281,1,0,".(goto)", 1, 2, 0);
	T = trans[4][281] = settr(6852,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6852,2,275,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6852,2,279,0,0,"DO", 1, 2, 0);
	trans[4][275]	= settr(6846,2,281,100,100,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 276 -> 281,0 */
	reached4[276] = 1;
	trans[4][276]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][277]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][278]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][279]	= settr(6850,2,285,2,0,"else", 1, 2, 0);
	trans[4][280]	= settr(6851,2,285,1,0,"goto :b151", 1, 2, 0); /* m: 285 -> 0,370 */
	reached4[285] = 1;
	trans[4][283]	= settr(6854,2,285,1,0,"break", 1, 2, 0);
	trans[4][285]	= settr(6856,2,370,101,101,"res = n", 1, 2, 0); /* m: 287 -> 0,370 */
	reached4[287] = 1;
	trans[4][287]	= settr(0,0,0,0,0,"p_ = msg[0].peer",0,0,0);
	T = trans[ 4][370] = settr(6941,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6941,0,336,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][336] = settr(6907,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6907,2,288,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6907,2,334,0,0,"IF", 1, 2, 0);
	trans[4][288]	= settr(6859,2,333,102,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][333] = settr(6904,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6904,0,331,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][331] = settr(6902,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6902,2,289,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6902,2,329,0,0,"IF", 1, 2, 0);
	trans[4][289]	= settr(6860,2,327,103,103,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 290 -> 327,0 */
	reached4[290] = 1;
	trans[4][290]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][291]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][327] = settr(6898,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6898,2,292,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6898,2,325,0,0,"IF", 1, 2, 0);
	trans[4][292]	= settr(6863,2,324,104,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][324] = settr(6895,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6895,0,293,0,0,"sub-sequence", 1, 2, 0);
	trans[4][293]	= settr(6864,2,316,105,105,"msg[ft].xfer = 0", 1, 2, 0); /* m: 294 -> 0,316 */
	reached4[294] = 1;
	trans[4][294]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][295]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][296]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][297]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][298]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][299]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][300]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][301]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][302]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][303]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][304]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][305]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][316] = settr(6887,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6887,2,306,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6887,2,314,0,0,"IF", 1, 2, 0);
	trans[4][306]	= settr(6877,2,313,106,106,"((fw!=255))", 1, 2, 0); /* m: 307 -> 313,0 */
	reached4[307] = 1;
	trans[4][307]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][308]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][313] = settr(6884,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6884,0,309,0,0,"sub-sequence", 1, 2, 0);
	trans[4][309]	= settr(6880,2,322,107,107,"twait[fw] = 0", 1, 2, 0); /* m: 310 -> 0,322 */
	reached4[310] = 1;
	trans[4][310]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][311]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][312]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][317]	= settr(6888,2,322,1,0,".(goto)", 1, 2, 0);
	trans[4][314]	= settr(6885,2,315,2,0,"else", 1, 2, 0);
	trans[4][315]	= settr(6886,2,322,108,108,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][322] = settr(6893,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6893,2,318,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6893,2,320,0,0,"IF", 1, 2, 0);
	trans[4][318]	= settr(6889,2,369,109,109,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 319 -> 369,0 */
	reached4[319] = 1;
	trans[4][319]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][323]	= settr(6894,2,369,1,0,".(goto)", 1, 2, 0);
	trans[4][320]	= settr(6891,2,321,2,0,"else", 1, 2, 0);
	trans[4][321]	= settr(6892,2,369,1,0,"(1)", 1, 2, 0);
	trans[4][328]	= settr(6899,2,369,1,0,".(goto)", 1, 2, 0);
	trans[4][325]	= settr(6896,2,326,2,0,"else", 1, 2, 0);
	trans[4][326]	= settr(6897,2,369,1,0,"(1)", 1, 2, 0);
	trans[4][332]	= settr(6903,2,369,1,0,".(goto)", 1, 2, 0);
	trans[4][329]	= settr(6900,2,330,2,0,"else", 1, 2, 0);
	trans[4][330]	= settr(6901,2,369,1,0,"(1)", 1, 2, 0);
	trans[4][337]	= settr(6908,2,369,1,0,".(goto)", 1, 2, 0);
	trans[4][334]	= settr(6905,2,335,2,0,"else", 1, 2, 0);
	trans[4][335]	= settr(6906,2,369,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][369] = settr(6940,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6940,0,338,0,0,"sub-sequence", 1, 2, 0);
	trans[4][338]	= settr(6909,2,361,110,110,"msg[p_].xfer = 0", 1, 2, 0); /* m: 339 -> 0,361 */
	reached4[339] = 1;
	trans[4][339]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][340]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][341]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][342]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][343]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][344]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][345]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][346]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][347]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][348]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][349]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][350]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][361] = settr(6932,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6932,2,351,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6932,2,359,0,0,"IF", 1, 2, 0);
	trans[4][351]	= settr(6922,2,358,111,111,"((fw!=255))", 1, 2, 0); /* m: 352 -> 358,0 */
	reached4[352] = 1;
	trans[4][352]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][353]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][358] = settr(6929,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6929,0,354,0,0,"sub-sequence", 1, 2, 0);
	trans[4][354]	= settr(6925,2,367,112,112,"twait[fw] = 0", 1, 2, 0); /* m: 355 -> 0,367 */
	reached4[355] = 1;
	trans[4][355]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][356]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][357]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][362]	= settr(6933,2,367,1,0,".(goto)", 1, 2, 0);
	trans[4][359]	= settr(6930,2,360,2,0,"else", 1, 2, 0);
	trans[4][360]	= settr(6931,2,367,113,113,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][367] = settr(6938,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6938,2,363,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6938,2,365,0,0,"IF", 1, 2, 0);
	trans[4][363]	= settr(6934,2,458,114,114,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 364 -> 458,0 */
	reached4[364] = 1;
	trans[4][364]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][368]	= settr(6939,2,458,1,0,".(goto)", 1, 2, 0);
	trans[4][365]	= settr(6936,2,366,2,0,"else", 1, 2, 0);
	trans[4][366]	= settr(6937,2,458,1,0,"(1)", 1, 2, 0);
	trans[4][372]	= settr(6943,2,373,2,0,"else", 1, 2, 0);
	trans[4][373]	= settr(6944,2,458,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][458] = settr(7029,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7029,0,424,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][424] = settr(6995,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6995,2,376,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6995,2,422,0,0,"IF", 1, 2, 0);
	trans[4][376]	= settr(6947,2,421,115,0,"(((18!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 4][421] = settr(6992,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6992,0,419,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][419] = settr(6990,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6990,2,377,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6990,2,417,0,0,"IF", 1, 2, 0);
	trans[4][377]	= settr(6948,2,415,116,116,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 378 -> 415,0 */
	reached4[378] = 1;
	trans[4][378]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][379]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][415] = settr(6986,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6986,2,380,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6986,2,413,0,0,"IF", 1, 2, 0);
	trans[4][380]	= settr(6951,2,412,117,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][412] = settr(6983,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6983,0,381,0,0,"sub-sequence", 1, 2, 0);
	trans[4][381]	= settr(6952,2,404,118,118,"msg[ft].xfer = 0", 1, 2, 0); /* m: 382 -> 0,404 */
	reached4[382] = 1;
	trans[4][382]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][383]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][384]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][385]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][386]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][387]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][388]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][389]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][390]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][391]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][392]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][393]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][404] = settr(6975,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6975,2,394,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6975,2,402,0,0,"IF", 1, 2, 0);
	trans[4][394]	= settr(6965,2,401,119,119,"((fw!=255))", 1, 2, 0); /* m: 395 -> 401,0 */
	reached4[395] = 1;
	trans[4][395]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][396]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][401] = settr(6972,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6972,0,397,0,0,"sub-sequence", 1, 2, 0);
	trans[4][397]	= settr(6968,2,410,120,120,"twait[fw] = 0", 1, 2, 0); /* m: 398 -> 0,410 */
	reached4[398] = 1;
	trans[4][398]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][399]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][400]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][405]	= settr(6976,2,410,1,0,".(goto)", 1, 2, 0);
	trans[4][402]	= settr(6973,2,403,2,0,"else", 1, 2, 0);
	trans[4][403]	= settr(6974,2,410,121,121,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][410] = settr(6981,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6981,2,406,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6981,2,408,0,0,"IF", 1, 2, 0);
	trans[4][406]	= settr(6977,2,457,122,122,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 407 -> 457,0 */
	reached4[407] = 1;
	trans[4][407]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][411]	= settr(6982,2,457,1,0,".(goto)", 1, 2, 0);
	trans[4][408]	= settr(6979,2,409,2,0,"else", 1, 2, 0);
	trans[4][409]	= settr(6980,2,457,1,0,"(1)", 1, 2, 0);
	trans[4][416]	= settr(6987,2,457,1,0,".(goto)", 1, 2, 0);
	trans[4][413]	= settr(6984,2,414,2,0,"else", 1, 2, 0);
	trans[4][414]	= settr(6985,2,457,1,0,"(1)", 1, 2, 0);
	trans[4][420]	= settr(6991,2,457,1,0,".(goto)", 1, 2, 0);
	trans[4][417]	= settr(6988,2,418,2,0,"else", 1, 2, 0);
	trans[4][418]	= settr(6989,2,457,1,0,"(1)", 1, 2, 0);
	trans[4][425]	= settr(6996,2,457,1,0,".(goto)", 1, 2, 0);
	trans[4][422]	= settr(6993,2,423,2,0,"else", 1, 2, 0);
	trans[4][423]	= settr(6994,2,457,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][457] = settr(7028,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7028,0,426,0,0,"sub-sequence", 1, 2, 0);
	trans[4][426]	= settr(6997,2,449,123,123,"msg[0].xfer = 0", 1, 2, 0); /* m: 427 -> 0,449 */
	reached4[427] = 1;
	trans[4][427]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[4][428]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[4][429]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[4][430]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[4][431]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[4][432]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[4][433]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[4][434]	= settr(0,0,0,0,0,"msg[0].status = 18",0,0,0);
	trans[4][435]	= settr(0,0,0,0,0,"msg[0].got_caps = 0",0,0,0);
	trans[4][436]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[4][437]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[4][438]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[4][449] = settr(7020,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7020,2,439,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7020,2,447,0,0,"IF", 1, 2, 0);
	trans[4][439]	= settr(7010,2,446,124,124,"((fw!=255))", 1, 2, 0); /* m: 440 -> 446,0 */
	reached4[440] = 1;
	trans[4][440]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[4][441]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 4][446] = settr(7017,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7017,0,442,0,0,"sub-sequence", 1, 2, 0);
	trans[4][442]	= settr(7013,2,455,125,125,"twait[fw] = 0", 1, 2, 0); /* m: 443 -> 0,455 */
	reached4[443] = 1;
	trans[4][443]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][444]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][445]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][450]	= settr(7021,2,455,1,0,".(goto)", 1, 2, 0);
	trans[4][447]	= settr(7018,2,448,2,0,"else", 1, 2, 0);
	trans[4][448]	= settr(7019,2,455,126,126,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[4][455] = settr(7026,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7026,2,451,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7026,2,453,0,0,"IF", 1, 2, 0);
	trans[4][451]	= settr(7022,2,467,127,127,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 452 -> 467,0 */
	reached4[452] = 1;
	trans[4][452]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][456]	= settr(7027,2,459,1,0,".(goto)", 1, 2, 0); /* m: 459 -> 0,467 */
	reached4[459] = 1;
	trans[4][453]	= settr(7024,2,454,2,0,"else", 1, 2, 0);
	trans[4][454]	= settr(7025,2,467,128,128,"(1)", 1, 2, 0); /* m: 459 -> 467,0 */
	reached4[459] = 1;
	trans[4][459]	= settr(7030,2,467,129,129,"msg[0].delivered = 0", 1, 2, 0); /* m: 460 -> 0,467 */
	reached4[460] = 1;
	trans[4][460]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	trans[4][461]	= settr(0,0,0,0,0,"msg[0].thread = 0",0,0,0);
	trans[4][463]	= settr(0,0,0,0,0,"alive[0] = 0",0,0,0);
	T = trans[4][467] = settr(7038,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7038,2,465,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7038,2,466,0,0,"IF", 1, 2, 0);
	trans[4][465]	= settr(7036,2,495,130,130,"ret = 255", 1, 2, 0);
	trans[4][468]	= settr(7039,2,495,1,0,".(goto)", 1, 2, 0);
	trans[4][466]	= settr(7037,2,495,1,0,"(1)", 1, 2, 0);
	trans[4][472]	= settr(7043,2,495,1,0,".(goto)", 1, 2, 0);
	trans[4][469]	= settr(7040,2,470,2,0,"else", 1, 2, 0);
	trans[4][470]	= settr(7041,2,495,1,0,"(1)", 1, 2, 0);
	T = trans[4][495] = settr(7066,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7066,2,475,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7066,2,493,0,0,"IF", 1, 2, 0);
	trans[4][475]	= settr(7046,2,481,131,131,"((ret==0))", 1, 2, 0); /* m: 476 -> 481,0 */
	reached4[476] = 1;
	trans[4][476]	= settr(0,0,0,0,0,"alive[o_] = 0",0,0,0);
	T = trans[4][481] = settr(7052,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7052,2,477,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7052,2,479,0,0,"IF", 1, 2, 0);
	trans[4][477]	= settr(7048,2,491,132,132,"((dwork==o_))", 1, 2, 0); /* m: 478 -> 491,0 */
	reached4[478] = 1;
	trans[4][478]	= settr(0,0,0,0,0,"dwork = 255",0,0,0);
	trans[4][482]	= settr(7053,2,491,1,0,".(goto)", 1, 2, 0);
	trans[4][479]	= settr(7050,2,480,2,0,"else", 1, 2, 0);
	trans[4][480]	= settr(7051,2,491,1,0,"(1)", 1, 2, 0);
	T = trans[4][491] = settr(7062,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7062,2,483,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7062,2,489,0,0,"IF", 1, 2, 0);
	trans[4][483]	= settr(7054,2,488,133,0,"(((twait[4]==6)&&(twon[4]==o_)))", 1, 2, 0);
	T = trans[ 4][488] = settr(7059,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7059,0,484,0,0,"sub-sequence", 1, 2, 0);
	trans[4][484]	= settr(7055,2,506,134,134,"twait[4] = 0", 1, 2, 0); /* m: 485 -> 0,506 */
	reached4[485] = 1;
	trans[4][485]	= settr(0,0,0,0,0,"twon[4] = 255",0,0,0);
	trans[4][486]	= settr(0,0,0,0,0,"tres[4] = 0",0,0,0);
	trans[4][487]	= settr(0,0,0,0,0,"tstate[4] = 1",0,0,0);
	trans[4][492]	= settr(7063,2,506,1,0,".(goto)", 1, 2, 0);
	trans[4][489]	= settr(7060,2,490,2,0,"else", 1, 2, 0);
	trans[4][490]	= settr(7061,2,506,1,0,"(1)", 1, 2, 0);
	trans[4][496]	= settr(7067,2,506,1,0,".(goto)", 1, 2, 0);
	trans[4][493]	= settr(7064,2,494,2,0,"else", 1, 2, 0);
	trans[4][494]	= settr(7065,2,506,1,0,"(1)", 1, 2, 0);
	T = trans[4][506] = settr(7077,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7077,2,498,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7077,2,504,0,0,"IF", 1, 2, 0);
	trans[4][498]	= settr(7069,2,503,135,135,"((ret==255))", 1, 2, 0); /* m: 499 -> 503,0 */
	reached4[499] = 1;
	trans[4][499]	= settr(0,0,0,0,0,"dwork = 5",0,0,0);
	T = trans[ 4][503] = settr(7074,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7074,0,500,0,0,"sub-sequence", 1, 2, 0);
	trans[4][500]	= settr(7071,2,2692,136,136,"tstate[4] = 2", 1, 2, 0); /* m: 501 -> 0,2692 */
	reached4[501] = 1;
	trans[4][501]	= settr(0,0,0,0,0,"twait[4] = 6",0,0,0);
	trans[4][502]	= settr(0,0,0,0,0,"twon[4] = 5",0,0,0);
	trans[4][507]	= settr(7078,2,2537,1,0,".(goto)", 1, 2, 0); /* m: 2537 -> 0,2692 */
	reached4[2537] = 1;
	trans[4][504]	= settr(7075,2,505,2,0,"else", 1, 2, 0);
	trans[4][505]	= settr(7076,2,2692,137,137,"(1)", 1, 2, 0); /* m: 2537 -> 2692,0 */
	reached4[2537] = 1;
	trans[4][2536]	= settr(9107,2,2537,1,0,".(goto)", 1, 2, 0); /* m: 2537 -> 0,2692 */
	reached4[2537] = 1;
	trans[4][509]	= settr(7080,2,1014,138,0,"((alive[7]&&!(dying[7])))", 1, 2, 0);
	T = trans[ 4][1014] = settr(7585,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7585,0,510,0,0,"sub-sequence", 1, 2, 0);
	trans[4][510]	= settr(7081,2,1003,139,139,"dying[7] = 1", 1, 2, 0); /* m: 511 -> 0,1003 */
	reached4[511] = 1;
	trans[4][511]	= settr(0,0,0,0,0,"o_ = 7",0,0,0);
	T = trans[ 4][1003] = settr(7574,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7574,0,512,0,0,"sub-sequence", 1, 2, 0);
	trans[4][512]	= settr(7083,2,979,140,140,"ret = 0", 1, 2, 0);
	T = trans[4][979] = settr(7550,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7550,2,513,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7550,2,659,0,0,"IF", 1, 2, 0);
	trans[4][513]	= settr(7084,2,656,141,0,"((o_==5))", 1, 2, 0);
	trans[4][657]	= settr(7228,2,656,1,0,".(goto)", 1, 2, 0);
	T = trans[4][656] = settr(7227,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7227,2,514,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7227,2,654,0,0,"DO", 1, 2, 0);
	trans[4][514]	= settr(7085,2,563,142,142,"(((qn[0]>0)||(qn[1]>0)))", 1, 2, 0); /* m: 515 -> 563,0 */
	reached4[515] = 1;
	trans[4][515]	= settr(0,0,0,0,0,"w = ( ((qn[0]>0)) -> (ql[((0*3)+0)]) : (ql[((1*3)+0)]) )",0,0,0);
	T = trans[ 4][563] = settr(7134,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7134,0,560,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][560] = settr(7131,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7131,2,516,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7131,2,537,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7131,2,558,0,0,"IF", 1, 2, 0);
	trans[4][516]	= settr(7087,2,536,143,0,"((msg[w].onq&&(msg[w].state==1)))", 1, 2, 0);
	T = trans[ 4][536] = settr(7107,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7107,0,517,0,0,"sub-sequence", 1, 2, 0);
	trans[4][517]	= settr(7088,2,522,144,144,"j = 0", 1, 2, 0);
	trans[4][523]	= settr(7094,2,522,1,0,".(goto)", 1, 2, 0);
	T = trans[4][522] = settr(7093,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7093,2,518,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7093,2,520,0,0,"DO", 1, 2, 0);
	trans[4][518]	= settr(7089,2,522,145,145,"(((j<qn[0])&&(ql[((0*3)+j)]!=w)))", 1, 2, 0); /* m: 519 -> 522,0 */
	reached4[519] = 1;
	trans[4][519]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][520]	= settr(7091,2,525,2,0,"else", 1, 2, 0);
	trans[4][521]	= settr(7092,2,525,1,0,"goto :b153", 1, 2, 0); /* m: 525 -> 0,531 */
	reached4[525] = 1;
	trans[4][524]	= settr(7095,2,525,1,0,"break", 1, 2, 0);
	trans[4][525]	= settr(7096,2,531,146,146,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][532]	= settr(7103,2,531,1,0,".(goto)", 1, 2, 0);
	T = trans[4][531] = settr(7102,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7102,2,526,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7102,2,529,0,0,"DO", 1, 2, 0);
	trans[4][526]	= settr(7097,2,531,147,147,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 527 -> 531,0 */
	reached4[527] = 1;
	trans[4][527]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][528]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][529]	= settr(7100,2,534,2,0,"else", 1, 2, 0);
	trans[4][530]	= settr(7101,2,534,1,0,"goto :b154", 1, 2, 0); /* m: 534 -> 0,646 */
	reached4[534] = 1;
	trans[4][533]	= settr(7104,2,534,1,0,"break", 1, 2, 0);
	trans[4][534]	= settr(7105,2,646,148,148,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 535 -> 0,646 */
	reached4[535] = 1;
	trans[4][535]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][561]	= settr(7132,2,562,1,0,".(goto)", 1, 2, 0); /* m: 562 -> 0,646 */
	reached4[562] = 1;
	trans[4][537]	= settr(7108,2,557,149,0,"((msg[w].onq&&(msg[w].state!=1)))", 1, 2, 0);
	T = trans[ 4][557] = settr(7128,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7128,0,538,0,0,"sub-sequence", 1, 2, 0);
	trans[4][538]	= settr(7109,2,543,150,150,"j = 0", 1, 2, 0);
	trans[4][544]	= settr(7115,2,543,1,0,".(goto)", 1, 2, 0);
	T = trans[4][543] = settr(7114,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7114,2,539,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7114,2,541,0,0,"DO", 1, 2, 0);
	trans[4][539]	= settr(7110,2,543,151,151,"(((j<qn[1])&&(ql[((1*3)+j)]!=w)))", 1, 2, 0); /* m: 540 -> 543,0 */
	reached4[540] = 1;
	trans[4][540]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][541]	= settr(7112,2,546,2,0,"else", 1, 2, 0);
	trans[4][542]	= settr(7113,2,546,1,0,"goto :b155", 1, 2, 0); /* m: 546 -> 0,552 */
	reached4[546] = 1;
	trans[4][545]	= settr(7116,2,546,1,0,"break", 1, 2, 0);
	trans[4][546]	= settr(7117,2,552,152,152,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][553]	= settr(7124,2,552,1,0,".(goto)", 1, 2, 0);
	T = trans[4][552] = settr(7123,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7123,2,547,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7123,2,550,0,0,"DO", 1, 2, 0);
	trans[4][547]	= settr(7118,2,552,153,153,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 548 -> 552,0 */
	reached4[548] = 1;
	trans[4][548]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][549]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][550]	= settr(7121,2,555,2,0,"else", 1, 2, 0);
	trans[4][551]	= settr(7122,2,555,1,0,"goto :b156", 1, 2, 0); /* m: 555 -> 0,646 */
	reached4[555] = 1;
	trans[4][554]	= settr(7125,2,555,1,0,"break", 1, 2, 0);
	trans[4][555]	= settr(7126,2,646,154,154,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 556 -> 0,646 */
	reached4[556] = 1;
	trans[4][556]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][558]	= settr(7129,2,559,2,0,"else", 1, 2, 0);
	trans[4][559]	= settr(7130,2,646,155,155,"(1)", 1, 2, 0); /* m: 562 -> 646,0 */
	reached4[562] = 1;
	trans[4][562]	= settr(7133,2,646,156,156,"msg[w].onq = 0", 1, 2, 0);
	T = trans[ 4][646] = settr(7217,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7217,0,612,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][612] = settr(7183,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7183,2,564,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7183,2,610,0,0,"IF", 1, 2, 0);
	trans[4][564]	= settr(7135,2,609,157,0,"(((18!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 4][609] = settr(7180,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7180,0,607,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][607] = settr(7178,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7178,2,565,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7178,2,605,0,0,"IF", 1, 2, 0);
	trans[4][565]	= settr(7136,2,603,158,158,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 566 -> 603,0 */
	reached4[566] = 1;
	trans[4][566]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][567]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][603] = settr(7174,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7174,2,568,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7174,2,601,0,0,"IF", 1, 2, 0);
	trans[4][568]	= settr(7139,2,600,159,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][600] = settr(7171,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7171,0,569,0,0,"sub-sequence", 1, 2, 0);
	trans[4][569]	= settr(7140,2,592,160,160,"msg[ft].xfer = 0", 1, 2, 0); /* m: 570 -> 0,592 */
	reached4[570] = 1;
	trans[4][570]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][571]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][572]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][573]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][574]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][575]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][576]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][577]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][578]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][579]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][580]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][581]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][592] = settr(7163,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7163,2,582,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7163,2,590,0,0,"IF", 1, 2, 0);
	trans[4][582]	= settr(7153,2,589,161,161,"((fw!=255))", 1, 2, 0); /* m: 583 -> 589,0 */
	reached4[583] = 1;
	trans[4][583]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][584]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][589] = settr(7160,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7160,0,585,0,0,"sub-sequence", 1, 2, 0);
	trans[4][585]	= settr(7156,2,598,162,162,"twait[fw] = 0", 1, 2, 0); /* m: 586 -> 0,598 */
	reached4[586] = 1;
	trans[4][586]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][587]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][588]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][593]	= settr(7164,2,598,1,0,".(goto)", 1, 2, 0);
	trans[4][590]	= settr(7161,2,591,2,0,"else", 1, 2, 0);
	trans[4][591]	= settr(7162,2,598,163,163,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][598] = settr(7169,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7169,2,594,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7169,2,596,0,0,"IF", 1, 2, 0);
	trans[4][594]	= settr(7165,2,645,164,164,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 595 -> 645,0 */
	reached4[595] = 1;
	trans[4][595]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][599]	= settr(7170,2,645,1,0,".(goto)", 1, 2, 0);
	trans[4][596]	= settr(7167,2,597,2,0,"else", 1, 2, 0);
	trans[4][597]	= settr(7168,2,645,1,0,"(1)", 1, 2, 0);
	trans[4][604]	= settr(7175,2,645,1,0,".(goto)", 1, 2, 0);
	trans[4][601]	= settr(7172,2,602,2,0,"else", 1, 2, 0);
	trans[4][602]	= settr(7173,2,645,1,0,"(1)", 1, 2, 0);
	trans[4][608]	= settr(7179,2,645,1,0,".(goto)", 1, 2, 0);
	trans[4][605]	= settr(7176,2,606,2,0,"else", 1, 2, 0);
	trans[4][606]	= settr(7177,2,645,1,0,"(1)", 1, 2, 0);
	trans[4][613]	= settr(7184,2,645,1,0,".(goto)", 1, 2, 0);
	trans[4][610]	= settr(7181,2,611,2,0,"else", 1, 2, 0);
	trans[4][611]	= settr(7182,2,645,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][645] = settr(7216,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7216,0,614,0,0,"sub-sequence", 1, 2, 0);
	trans[4][614]	= settr(7185,2,637,165,165,"msg[w].xfer = 0", 1, 2, 0); /* m: 615 -> 0,637 */
	reached4[615] = 1;
	trans[4][615]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[4][616]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[4][617]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[4][618]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[4][619]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[4][620]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[4][621]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[4][622]	= settr(0,0,0,0,0,"msg[w].status = 18",0,0,0);
	trans[4][623]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[4][624]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[4][625]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[4][626]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[4][637] = settr(7208,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7208,2,627,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7208,2,635,0,0,"IF", 1, 2, 0);
	trans[4][627]	= settr(7198,2,634,166,166,"((fw!=255))", 1, 2, 0); /* m: 628 -> 634,0 */
	reached4[628] = 1;
	trans[4][628]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[4][629]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 4][634] = settr(7205,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7205,0,630,0,0,"sub-sequence", 1, 2, 0);
	trans[4][630]	= settr(7201,2,643,167,167,"twait[fw] = 0", 1, 2, 0); /* m: 631 -> 0,643 */
	reached4[631] = 1;
	trans[4][631]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][632]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][633]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][638]	= settr(7209,2,643,1,0,".(goto)", 1, 2, 0);
	trans[4][635]	= settr(7206,2,636,2,0,"else", 1, 2, 0);
	trans[4][636]	= settr(7207,2,643,168,168,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[4][643] = settr(7214,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7214,2,639,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7214,2,641,0,0,"IF", 1, 2, 0);
	trans[4][639]	= settr(7210,2,652,169,169,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 640 -> 652,0 */
	reached4[640] = 1;
	trans[4][640]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][644]	= settr(7215,2,652,1,0,".(goto)", 1, 2, 0);
	trans[4][641]	= settr(7212,2,642,2,0,"else", 1, 2, 0);
	trans[4][642]	= settr(7213,2,652,1,0,"(1)", 1, 2, 0);
	T = trans[4][652] = settr(7223,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7223,2,647,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7223,2,650,0,0,"IF", 1, 2, 0);
	trans[4][647]	= settr(7218,2,1001,170,170,"(((qn[0]>0)||(qn[1]>0)))", 1, 2, 0); /* m: 648 -> 1001,0 */
	reached4[648] = 1;
	trans[4][648]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[4][649]	= settr(7220,2,1001,1,0,"goto :b152", 1, 2, 0);
	trans[4][653]	= settr(7224,2,656,1,0,".(goto)", 1, 2, 0);
	trans[4][650]	= settr(7221,2,651,1,0,"(1)", 1, 2, 0);
	trans[4][651]	= settr(7222,2,656,1,0,"(1)", 1, 2, 0);
	trans[4][654]	= settr(7225,2,1001,2,0,"else", 1, 2, 0);
	trans[4][655]	= settr(7226,2,1001,1,0,"goto :b152", 1, 2, 0);
	trans[4][658]	= settr(7229,2,1001,1,0,"break", 1, 2, 0);
	trans[4][980]	= settr(7551,2,1001,1,0,".(goto)", 1, 2, 0);
	trans[4][659]	= settr(7230,2,716,171,0,"((o_==7))", 1, 2, 0);
	T = trans[4][716] = settr(7287,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7287,2,660,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7287,2,714,0,0,"IF", 1, 2, 0);
	trans[4][660]	= settr(7231,2,709,172,0,"(alive[(9+0)])", 1, 2, 0);
	T = trans[ 4][709] = settr(7280,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7280,0,661,0,0,"sub-sequence", 1, 2, 0);
	trans[4][661]	= settr(7232,2,670,173,173,"dying[(9+0)] = 1", 1, 2, 0); /* m: 662 -> 0,670 */
	reached4[662] = 1;
	trans[4][662]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	T = trans[ 4][670] = settr(7241,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7241,0,668,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][668] = settr(7239,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7239,2,663,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7239,2,666,0,0,"IF", 1, 2, 0);
	trans[4][663]	= settr(7234,2,680,174,174,"(shown[0])", 1, 2, 0); /* m: 664 -> 680,0 */
	reached4[664] = 1;
	trans[4][664]	= settr(0,0,0,0,0,"stale[0] = pa[0]",0,0,0);
	trans[4][665]	= settr(0,0,0,0,0,"shown[0] = 0",0,0,0);
	trans[4][669]	= settr(7240,2,680,1,0,".(goto)", 1, 2, 0);
	trans[4][666]	= settr(7237,2,667,2,0,"else", 1, 2, 0);
	trans[4][667]	= settr(7238,2,680,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][680] = settr(7251,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7251,0,671,0,0,"sub-sequence", 1, 2, 0);
	trans[4][671]	= settr(7242,2,677,175,175,"x = 0", 1, 2, 0);
	trans[4][678]	= settr(7249,2,677,1,0,".(goto)", 1, 2, 0);
	T = trans[4][677] = settr(7248,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7248,2,672,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7248,2,675,0,0,"DO", 1, 2, 0);
	trans[4][672]	= settr(7243,2,677,176,176,"((x<5))", 1, 2, 0); /* m: 673 -> 677,0 */
	reached4[673] = 1;
	trans[4][673]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[4][674]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[4][675]	= settr(7246,2,681,2,0,"else", 1, 2, 0);
	trans[4][676]	= settr(7247,2,681,1,0,"goto :b157", 1, 2, 0); /* m: 681 -> 0,707 */
	reached4[681] = 1;
	trans[4][679]	= settr(7250,2,681,1,0,"break", 1, 2, 0);
	trans[4][681]	= settr(7252,2,707,177,177,"pfree[pa[0]] = 1", 1, 2, 0); /* m: 682 -> 0,707 */
	reached4[682] = 1;
	trans[4][682]	= settr(0,0,0,0,0,"used[( ((0==0)) ? (0) : (1) )] = (used[( ((0==0)) ? (0) : (1) )]-1)",0,0,0);
	T = trans[ 4][707] = settr(7278,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7278,0,683,0,0,"sub-sequence", 1, 2, 0);
	trans[4][683]	= settr(7254,2,704,178,178,"x = 0", 1, 2, 0);
	trans[4][705]	= settr(7276,2,704,1,0,".(goto)", 1, 2, 0);
	T = trans[4][704] = settr(7275,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7275,2,684,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7275,2,702,0,0,"DO", 1, 2, 0);
	trans[4][684]	= settr(7255,2,691,179,0,"((x<5))", 1, 2, 0);
	T = trans[4][691] = settr(7262,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7262,2,685,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7262,2,689,0,0,"IF", 1, 2, 0);
	trans[4][685]	= settr(7256,2,688,180,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 4][688] = settr(7259,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7259,0,686,0,0,"sub-sequence", 1, 2, 0);
	trans[4][686]	= settr(7257,2,699,181,181,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 687 -> 0,699 */
	reached4[687] = 1;
	trans[4][687]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][692]	= settr(7263,2,699,1,0,".(goto)", 1, 2, 0);
	trans[4][689]	= settr(7260,2,690,2,0,"else", 1, 2, 0);
	trans[4][690]	= settr(7261,2,699,1,0,"(1)", 1, 2, 0);
	T = trans[4][699] = settr(7270,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7270,2,693,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7270,2,697,0,0,"IF", 1, 2, 0);
	trans[4][693]	= settr(7264,2,696,182,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 4][696] = settr(7267,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7267,0,694,0,0,"sub-sequence", 1, 2, 0);
	trans[4][694]	= settr(7265,2,704,183,183,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 695 -> 0,704 */
	reached4[695] = 1;
	trans[4][695]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][700]	= settr(7271,2,701,1,0,".(goto)", 1, 2, 0); /* m: 701 -> 0,704 */
	reached4[701] = 1;
	trans[4][697]	= settr(7268,2,698,2,0,"else", 1, 2, 0);
	trans[4][698]	= settr(7269,2,704,184,184,"(1)", 1, 2, 0); /* m: 701 -> 704,0 */
	reached4[701] = 1;
	trans[4][701]	= settr(7272,2,704,185,185,"x = (x+1)", 1, 2, 0);
	trans[4][702]	= settr(7273,2,708,2,0,"else", 1, 2, 0);
	trans[4][703]	= settr(7274,2,708,1,0,"goto :b158", 1, 2, 0); /* m: 708 -> 0,712 */
	reached4[708] = 1;
	trans[4][706]	= settr(7277,2,708,1,0,"break", 1, 2, 0);
	trans[4][708]	= settr(7279,2,712,186,186,"alive[(9+0)] = 0", 1, 2, 0);
	T = trans[4][712] = settr(7283,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7283,2,710,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7283,2,711,0,0,"IF", 1, 2, 0);
	trans[4][710]	= settr(7281,2,977,187,187,"ret = 255", 1, 2, 0);
	trans[4][713]	= settr(7284,2,977,1,0,".(goto)", 1, 2, 0);
	trans[4][711]	= settr(7282,2,977,1,0,"(1)", 1, 2, 0);
	trans[4][717]	= settr(7288,2,977,1,0,".(goto)", 1, 2, 0);
	trans[4][714]	= settr(7285,2,715,2,0,"else", 1, 2, 0);
	trans[4][715]	= settr(7286,2,977,1,0,"(1)", 1, 2, 0);
	T = trans[4][977] = settr(7548,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7548,2,718,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7548,2,975,0,0,"IF", 1, 2, 0);
	trans[4][718]	= settr(7289,2,970,188,0,"(((ret==0)&&alive[0]))", 1, 2, 0);
	T = trans[ 4][970] = settr(7541,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7541,0,719,0,0,"sub-sequence", 1, 2, 0);
	trans[4][719]	= settr(7290,2,724,189,189,"dying[0] = 1", 1, 2, 0);
	T = trans[4][724] = settr(7295,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7295,2,720,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7295,2,722,0,0,"IF", 1, 2, 0);
	trans[4][720]	= settr(7291,2,968,190,190,"((r_target==0))", 1, 2, 0); /* m: 721 -> 968,0 */
	reached4[721] = 1;
	trans[4][721]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][725]	= settr(7296,2,968,1,0,".(goto)", 1, 2, 0);
	trans[4][722]	= settr(7293,2,723,2,0,"else", 1, 2, 0);
	trans[4][723]	= settr(7294,2,968,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][968] = settr(7539,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7539,0,880,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][880] = settr(7451,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7451,2,726,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7451,2,775,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7451,2,878,0,0,"IF", 1, 2, 0);
	trans[4][726]	= settr(7297,2,774,191,0,"(((msg[0].state==1)||(msg[0].state==2)))", 1, 2, 0);
	T = trans[ 4][774] = settr(7345,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7345,0,771,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][771] = settr(7342,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7342,2,727,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7342,2,748,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7342,2,769,0,0,"IF", 1, 2, 0);
	trans[4][727]	= settr(7298,2,747,192,0,"((msg[0].onq&&(msg[0].state==1)))", 1, 2, 0);
	T = trans[ 4][747] = settr(7318,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7318,0,728,0,0,"sub-sequence", 1, 2, 0);
	trans[4][728]	= settr(7299,2,733,193,193,"j = 0", 1, 2, 0);
	trans[4][734]	= settr(7305,2,733,1,0,".(goto)", 1, 2, 0);
	T = trans[4][733] = settr(7304,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7304,2,729,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7304,2,731,0,0,"DO", 1, 2, 0);
	trans[4][729]	= settr(7300,2,733,194,194,"(((j<qn[0])&&(ql[((0*3)+j)]!=0)))", 1, 2, 0); /* m: 730 -> 733,0 */
	reached4[730] = 1;
	trans[4][730]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][731]	= settr(7302,2,736,2,0,"else", 1, 2, 0);
	trans[4][732]	= settr(7303,2,736,1,0,"goto :b159", 1, 2, 0); /* m: 736 -> 0,742 */
	reached4[736] = 1;
	trans[4][735]	= settr(7306,2,736,1,0,"break", 1, 2, 0);
	trans[4][736]	= settr(7307,2,742,195,195,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][743]	= settr(7314,2,742,1,0,".(goto)", 1, 2, 0);
	T = trans[4][742] = settr(7313,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7313,2,737,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7313,2,740,0,0,"DO", 1, 2, 0);
	trans[4][737]	= settr(7308,2,742,196,196,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 738 -> 742,0 */
	reached4[738] = 1;
	trans[4][738]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][739]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][740]	= settr(7311,2,745,2,0,"else", 1, 2, 0);
	trans[4][741]	= settr(7312,2,745,1,0,"goto :b160", 1, 2, 0); /* m: 745 -> 0,964 */
	reached4[745] = 1;
	trans[4][744]	= settr(7315,2,745,1,0,"break", 1, 2, 0);
	trans[4][745]	= settr(7316,2,964,197,197,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 746 -> 0,964 */
	reached4[746] = 1;
	trans[4][746]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][772]	= settr(7343,2,773,1,0,".(goto)", 1, 2, 0); /* m: 773 -> 0,964 */
	reached4[773] = 1;
	trans[4][748]	= settr(7319,2,768,198,0,"((msg[0].onq&&(msg[0].state!=1)))", 1, 2, 0);
	T = trans[ 4][768] = settr(7339,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7339,0,749,0,0,"sub-sequence", 1, 2, 0);
	trans[4][749]	= settr(7320,2,754,199,199,"j = 0", 1, 2, 0);
	trans[4][755]	= settr(7326,2,754,1,0,".(goto)", 1, 2, 0);
	T = trans[4][754] = settr(7325,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7325,2,750,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7325,2,752,0,0,"DO", 1, 2, 0);
	trans[4][750]	= settr(7321,2,754,200,200,"(((j<qn[1])&&(ql[((1*3)+j)]!=0)))", 1, 2, 0); /* m: 751 -> 754,0 */
	reached4[751] = 1;
	trans[4][751]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][752]	= settr(7323,2,757,2,0,"else", 1, 2, 0);
	trans[4][753]	= settr(7324,2,757,1,0,"goto :b161", 1, 2, 0); /* m: 757 -> 0,763 */
	reached4[757] = 1;
	trans[4][756]	= settr(7327,2,757,1,0,"break", 1, 2, 0);
	trans[4][757]	= settr(7328,2,763,201,201,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][764]	= settr(7335,2,763,1,0,".(goto)", 1, 2, 0);
	T = trans[4][763] = settr(7334,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7334,2,758,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7334,2,761,0,0,"DO", 1, 2, 0);
	trans[4][758]	= settr(7329,2,763,202,202,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 759 -> 763,0 */
	reached4[759] = 1;
	trans[4][759]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][760]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][761]	= settr(7332,2,766,2,0,"else", 1, 2, 0);
	trans[4][762]	= settr(7333,2,766,1,0,"goto :b162", 1, 2, 0); /* m: 766 -> 0,964 */
	reached4[766] = 1;
	trans[4][765]	= settr(7336,2,766,1,0,"break", 1, 2, 0);
	trans[4][766]	= settr(7337,2,964,203,203,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 767 -> 0,964 */
	reached4[767] = 1;
	trans[4][767]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][769]	= settr(7340,2,770,2,0,"else", 1, 2, 0);
	trans[4][770]	= settr(7341,2,964,204,204,"(1)", 1, 2, 0); /* m: 773 -> 964,0 */
	reached4[773] = 1;
	trans[4][773]	= settr(7344,2,964,205,205,"msg[0].onq = 0", 1, 2, 0);
	trans[4][881]	= settr(7452,2,964,1,0,".(goto)", 1, 2, 0);
	trans[4][775]	= settr(7346,2,877,206,0,"((msg[0].state==3))", 1, 2, 0);
	T = trans[ 4][877] = settr(7448,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7448,0,776,0,0,"sub-sequence", 1, 2, 0);
	trans[4][776]	= settr(7347,2,792,207,207,"s_ = ( (msg[0].is_source) -> (0) : (msg[0].peer) )", 1, 2, 0); /* m: 777 -> 0,792 */
	reached4[777] = 1;
	trans[4][777]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][792] = settr(7363,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7363,0,778,0,0,"sub-sequence", 1, 2, 0);
	trans[4][778]	= settr(7349,2,790,208,208,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][790] = settr(7361,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7361,0,779,0,0,"sub-sequence", 1, 2, 0);
	trans[4][779]	= settr(7350,2,787,209,209,"n = 0", 1, 2, 0); /* m: 780 -> 0,787 */
	reached4[780] = 1;
	trans[4][780]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][788]	= settr(7359,2,787,1,0,".(goto)", 1, 2, 0);
	T = trans[4][787] = settr(7358,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7358,2,781,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7358,2,785,0,0,"DO", 1, 2, 0);
	trans[4][781]	= settr(7352,2,787,210,210,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 782 -> 787,0 */
	reached4[782] = 1;
	trans[4][782]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][783]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][784]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][785]	= settr(7356,2,791,2,0,"else", 1, 2, 0);
	trans[4][786]	= settr(7357,2,791,1,0,"goto :b163", 1, 2, 0); /* m: 791 -> 0,876 */
	reached4[791] = 1;
	trans[4][789]	= settr(7360,2,791,1,0,"break", 1, 2, 0);
	trans[4][791]	= settr(7362,2,876,211,211,"res = n", 1, 2, 0); /* m: 793 -> 0,876 */
	reached4[793] = 1;
	trans[4][793]	= settr(0,0,0,0,0,"p_ = msg[0].peer",0,0,0);
	T = trans[ 4][876] = settr(7447,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7447,0,842,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][842] = settr(7413,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7413,2,794,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7413,2,840,0,0,"IF", 1, 2, 0);
	trans[4][794]	= settr(7365,2,839,212,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][839] = settr(7410,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7410,0,837,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][837] = settr(7408,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7408,2,795,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7408,2,835,0,0,"IF", 1, 2, 0);
	trans[4][795]	= settr(7366,2,833,213,213,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 796 -> 833,0 */
	reached4[796] = 1;
	trans[4][796]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][797]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][833] = settr(7404,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7404,2,798,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7404,2,831,0,0,"IF", 1, 2, 0);
	trans[4][798]	= settr(7369,2,830,214,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][830] = settr(7401,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7401,0,799,0,0,"sub-sequence", 1, 2, 0);
	trans[4][799]	= settr(7370,2,822,215,215,"msg[ft].xfer = 0", 1, 2, 0); /* m: 800 -> 0,822 */
	reached4[800] = 1;
	trans[4][800]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][801]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][802]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][803]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][804]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][805]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][806]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][807]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][808]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][809]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][810]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][811]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][822] = settr(7393,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7393,2,812,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7393,2,820,0,0,"IF", 1, 2, 0);
	trans[4][812]	= settr(7383,2,819,216,216,"((fw!=255))", 1, 2, 0); /* m: 813 -> 819,0 */
	reached4[813] = 1;
	trans[4][813]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][814]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][819] = settr(7390,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7390,0,815,0,0,"sub-sequence", 1, 2, 0);
	trans[4][815]	= settr(7386,2,828,217,217,"twait[fw] = 0", 1, 2, 0); /* m: 816 -> 0,828 */
	reached4[816] = 1;
	trans[4][816]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][817]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][818]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][823]	= settr(7394,2,828,1,0,".(goto)", 1, 2, 0);
	trans[4][820]	= settr(7391,2,821,2,0,"else", 1, 2, 0);
	trans[4][821]	= settr(7392,2,828,218,218,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][828] = settr(7399,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7399,2,824,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7399,2,826,0,0,"IF", 1, 2, 0);
	trans[4][824]	= settr(7395,2,875,219,219,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 825 -> 875,0 */
	reached4[825] = 1;
	trans[4][825]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][829]	= settr(7400,2,875,1,0,".(goto)", 1, 2, 0);
	trans[4][826]	= settr(7397,2,827,2,0,"else", 1, 2, 0);
	trans[4][827]	= settr(7398,2,875,1,0,"(1)", 1, 2, 0);
	trans[4][834]	= settr(7405,2,875,1,0,".(goto)", 1, 2, 0);
	trans[4][831]	= settr(7402,2,832,2,0,"else", 1, 2, 0);
	trans[4][832]	= settr(7403,2,875,1,0,"(1)", 1, 2, 0);
	trans[4][838]	= settr(7409,2,875,1,0,".(goto)", 1, 2, 0);
	trans[4][835]	= settr(7406,2,836,2,0,"else", 1, 2, 0);
	trans[4][836]	= settr(7407,2,875,1,0,"(1)", 1, 2, 0);
	trans[4][843]	= settr(7414,2,875,1,0,".(goto)", 1, 2, 0);
	trans[4][840]	= settr(7411,2,841,2,0,"else", 1, 2, 0);
	trans[4][841]	= settr(7412,2,875,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][875] = settr(7446,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7446,0,844,0,0,"sub-sequence", 1, 2, 0);
	trans[4][844]	= settr(7415,2,867,220,220,"msg[p_].xfer = 0", 1, 2, 0); /* m: 845 -> 0,867 */
	reached4[845] = 1;
	trans[4][845]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][846]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][847]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][848]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][849]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][850]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][851]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][852]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][853]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][854]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][855]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][856]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][867] = settr(7438,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7438,2,857,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7438,2,865,0,0,"IF", 1, 2, 0);
	trans[4][857]	= settr(7428,2,864,221,221,"((fw!=255))", 1, 2, 0); /* m: 858 -> 864,0 */
	reached4[858] = 1;
	trans[4][858]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][859]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][864] = settr(7435,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7435,0,860,0,0,"sub-sequence", 1, 2, 0);
	trans[4][860]	= settr(7431,2,873,222,222,"twait[fw] = 0", 1, 2, 0); /* m: 861 -> 0,873 */
	reached4[861] = 1;
	trans[4][861]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][862]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][863]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][868]	= settr(7439,2,873,1,0,".(goto)", 1, 2, 0);
	trans[4][865]	= settr(7436,2,866,2,0,"else", 1, 2, 0);
	trans[4][866]	= settr(7437,2,873,223,223,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][873] = settr(7444,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7444,2,869,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7444,2,871,0,0,"IF", 1, 2, 0);
	trans[4][869]	= settr(7440,2,964,224,224,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 870 -> 964,0 */
	reached4[870] = 1;
	trans[4][870]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][874]	= settr(7445,2,964,1,0,".(goto)", 1, 2, 0);
	trans[4][871]	= settr(7442,2,872,2,0,"else", 1, 2, 0);
	trans[4][872]	= settr(7443,2,964,1,0,"(1)", 1, 2, 0);
	trans[4][878]	= settr(7449,2,879,2,0,"else", 1, 2, 0);
	trans[4][879]	= settr(7450,2,964,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][964] = settr(7535,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7535,0,930,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][930] = settr(7501,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7501,2,882,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7501,2,928,0,0,"IF", 1, 2, 0);
	trans[4][882]	= settr(7453,2,927,225,0,"(((18!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 4][927] = settr(7498,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7498,0,925,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][925] = settr(7496,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7496,2,883,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7496,2,923,0,0,"IF", 1, 2, 0);
	trans[4][883]	= settr(7454,2,921,226,226,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 884 -> 921,0 */
	reached4[884] = 1;
	trans[4][884]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][885]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][921] = settr(7492,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7492,2,886,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7492,2,919,0,0,"IF", 1, 2, 0);
	trans[4][886]	= settr(7457,2,918,227,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][918] = settr(7489,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7489,0,887,0,0,"sub-sequence", 1, 2, 0);
	trans[4][887]	= settr(7458,2,910,228,228,"msg[ft].xfer = 0", 1, 2, 0); /* m: 888 -> 0,910 */
	reached4[888] = 1;
	trans[4][888]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][889]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][890]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][891]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][892]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][893]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][894]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][895]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][896]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][897]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][898]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][899]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][910] = settr(7481,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7481,2,900,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7481,2,908,0,0,"IF", 1, 2, 0);
	trans[4][900]	= settr(7471,2,907,229,229,"((fw!=255))", 1, 2, 0); /* m: 901 -> 907,0 */
	reached4[901] = 1;
	trans[4][901]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][902]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][907] = settr(7478,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7478,0,903,0,0,"sub-sequence", 1, 2, 0);
	trans[4][903]	= settr(7474,2,916,230,230,"twait[fw] = 0", 1, 2, 0); /* m: 904 -> 0,916 */
	reached4[904] = 1;
	trans[4][904]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][905]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][906]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][911]	= settr(7482,2,916,1,0,".(goto)", 1, 2, 0);
	trans[4][908]	= settr(7479,2,909,2,0,"else", 1, 2, 0);
	trans[4][909]	= settr(7480,2,916,231,231,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][916] = settr(7487,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7487,2,912,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7487,2,914,0,0,"IF", 1, 2, 0);
	trans[4][912]	= settr(7483,2,963,232,232,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 913 -> 963,0 */
	reached4[913] = 1;
	trans[4][913]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][917]	= settr(7488,2,963,1,0,".(goto)", 1, 2, 0);
	trans[4][914]	= settr(7485,2,915,2,0,"else", 1, 2, 0);
	trans[4][915]	= settr(7486,2,963,1,0,"(1)", 1, 2, 0);
	trans[4][922]	= settr(7493,2,963,1,0,".(goto)", 1, 2, 0);
	trans[4][919]	= settr(7490,2,920,2,0,"else", 1, 2, 0);
	trans[4][920]	= settr(7491,2,963,1,0,"(1)", 1, 2, 0);
	trans[4][926]	= settr(7497,2,963,1,0,".(goto)", 1, 2, 0);
	trans[4][923]	= settr(7494,2,924,2,0,"else", 1, 2, 0);
	trans[4][924]	= settr(7495,2,963,1,0,"(1)", 1, 2, 0);
	trans[4][931]	= settr(7502,2,963,1,0,".(goto)", 1, 2, 0);
	trans[4][928]	= settr(7499,2,929,2,0,"else", 1, 2, 0);
	trans[4][929]	= settr(7500,2,963,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][963] = settr(7534,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7534,0,932,0,0,"sub-sequence", 1, 2, 0);
	trans[4][932]	= settr(7503,2,955,233,233,"msg[0].xfer = 0", 1, 2, 0); /* m: 933 -> 0,955 */
	reached4[933] = 1;
	trans[4][933]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[4][934]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[4][935]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[4][936]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[4][937]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[4][938]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[4][939]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[4][940]	= settr(0,0,0,0,0,"msg[0].status = 18",0,0,0);
	trans[4][941]	= settr(0,0,0,0,0,"msg[0].got_caps = 0",0,0,0);
	trans[4][942]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[4][943]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[4][944]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[4][955] = settr(7526,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7526,2,945,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7526,2,953,0,0,"IF", 1, 2, 0);
	trans[4][945]	= settr(7516,2,952,234,234,"((fw!=255))", 1, 2, 0); /* m: 946 -> 952,0 */
	reached4[946] = 1;
	trans[4][946]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[4][947]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 4][952] = settr(7523,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7523,0,948,0,0,"sub-sequence", 1, 2, 0);
	trans[4][948]	= settr(7519,2,961,235,235,"twait[fw] = 0", 1, 2, 0); /* m: 949 -> 0,961 */
	reached4[949] = 1;
	trans[4][949]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][950]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][951]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][956]	= settr(7527,2,961,1,0,".(goto)", 1, 2, 0);
	trans[4][953]	= settr(7524,2,954,2,0,"else", 1, 2, 0);
	trans[4][954]	= settr(7525,2,961,236,236,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[4][961] = settr(7532,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7532,2,957,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7532,2,959,0,0,"IF", 1, 2, 0);
	trans[4][957]	= settr(7528,2,973,237,237,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 958 -> 973,0 */
	reached4[958] = 1;
	trans[4][958]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][962]	= settr(7533,2,965,1,0,".(goto)", 1, 2, 0); /* m: 965 -> 0,973 */
	reached4[965] = 1;
	trans[4][959]	= settr(7530,2,960,2,0,"else", 1, 2, 0);
	trans[4][960]	= settr(7531,2,973,238,238,"(1)", 1, 2, 0); /* m: 965 -> 973,0 */
	reached4[965] = 1;
	trans[4][965]	= settr(7536,2,973,239,239,"msg[0].delivered = 0", 1, 2, 0); /* m: 966 -> 0,973 */
	reached4[966] = 1;
	trans[4][966]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	trans[4][967]	= settr(0,0,0,0,0,"msg[0].thread = 0",0,0,0);
	trans[4][969]	= settr(0,0,0,0,0,"alive[0] = 0",0,0,0);
	T = trans[4][973] = settr(7544,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7544,2,971,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7544,2,972,0,0,"IF", 1, 2, 0);
	trans[4][971]	= settr(7542,2,1001,240,240,"ret = 255", 1, 2, 0);
	trans[4][974]	= settr(7545,2,1001,1,0,".(goto)", 1, 2, 0);
	trans[4][972]	= settr(7543,2,1001,1,0,"(1)", 1, 2, 0);
	trans[4][978]	= settr(7549,2,1001,1,0,".(goto)", 1, 2, 0);
	trans[4][975]	= settr(7546,2,976,2,0,"else", 1, 2, 0);
	trans[4][976]	= settr(7547,2,1001,1,0,"(1)", 1, 2, 0);
	T = trans[4][1001] = settr(7572,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7572,2,981,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7572,2,999,0,0,"IF", 1, 2, 0);
	trans[4][981]	= settr(7552,2,987,241,241,"((ret==0))", 1, 2, 0); /* m: 982 -> 987,0 */
	reached4[982] = 1;
	trans[4][982]	= settr(0,0,0,0,0,"alive[o_] = 0",0,0,0);
	T = trans[4][987] = settr(7558,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7558,2,983,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7558,2,985,0,0,"IF", 1, 2, 0);
	trans[4][983]	= settr(7554,2,997,242,242,"((dwork==o_))", 1, 2, 0); /* m: 984 -> 997,0 */
	reached4[984] = 1;
	trans[4][984]	= settr(0,0,0,0,0,"dwork = 255",0,0,0);
	trans[4][988]	= settr(7559,2,997,1,0,".(goto)", 1, 2, 0);
	trans[4][985]	= settr(7556,2,986,2,0,"else", 1, 2, 0);
	trans[4][986]	= settr(7557,2,997,1,0,"(1)", 1, 2, 0);
	T = trans[4][997] = settr(7568,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7568,2,989,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7568,2,995,0,0,"IF", 1, 2, 0);
	trans[4][989]	= settr(7560,2,994,243,0,"(((twait[4]==6)&&(twon[4]==o_)))", 1, 2, 0);
	T = trans[ 4][994] = settr(7565,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7565,0,990,0,0,"sub-sequence", 1, 2, 0);
	trans[4][990]	= settr(7561,2,1012,244,244,"twait[4] = 0", 1, 2, 0); /* m: 991 -> 0,1012 */
	reached4[991] = 1;
	trans[4][991]	= settr(0,0,0,0,0,"twon[4] = 255",0,0,0);
	trans[4][992]	= settr(0,0,0,0,0,"tres[4] = 0",0,0,0);
	trans[4][993]	= settr(0,0,0,0,0,"tstate[4] = 1",0,0,0);
	trans[4][998]	= settr(7569,2,1012,1,0,".(goto)", 1, 2, 0);
	trans[4][995]	= settr(7566,2,996,2,0,"else", 1, 2, 0);
	trans[4][996]	= settr(7567,2,1012,1,0,"(1)", 1, 2, 0);
	trans[4][1002]	= settr(7573,2,1012,1,0,".(goto)", 1, 2, 0);
	trans[4][999]	= settr(7570,2,1000,2,0,"else", 1, 2, 0);
	trans[4][1000]	= settr(7571,2,1012,1,0,"(1)", 1, 2, 0);
	T = trans[4][1012] = settr(7583,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7583,2,1004,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7583,2,1010,0,0,"IF", 1, 2, 0);
	trans[4][1004]	= settr(7575,2,1009,245,245,"((ret==255))", 1, 2, 0); /* m: 1005 -> 1009,0 */
	reached4[1005] = 1;
	trans[4][1005]	= settr(0,0,0,0,0,"dwork = 7",0,0,0);
	T = trans[ 4][1009] = settr(7580,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7580,0,1006,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1006]	= settr(7577,2,2692,246,246,"tstate[4] = 2", 1, 2, 0); /* m: 1007 -> 0,2692 */
	reached4[1007] = 1;
	trans[4][1007]	= settr(0,0,0,0,0,"twait[4] = 6",0,0,0);
	trans[4][1008]	= settr(0,0,0,0,0,"twon[4] = 7",0,0,0);
	trans[4][1013]	= settr(7584,2,2537,1,0,".(goto)", 1, 2, 0); /* m: 2537 -> 0,2692 */
	reached4[2537] = 1;
	trans[4][1010]	= settr(7581,2,1011,2,0,"else", 1, 2, 0);
	trans[4][1011]	= settr(7582,2,2692,247,247,"(1)", 1, 2, 0); /* m: 2537 -> 2692,0 */
	reached4[2537] = 1;
	trans[4][1015]	= settr(7586,2,1267,248,0,"((alive[0]&&!(dying[0])))", 1, 2, 0);
	T = trans[ 4][1267] = settr(7838,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7838,0,1016,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1016]	= settr(7587,2,1021,249,249,"dying[0] = 1", 1, 2, 0);
	T = trans[4][1021] = settr(7592,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7592,2,1017,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7592,2,1019,0,0,"IF", 1, 2, 0);
	trans[4][1017]	= settr(7588,2,1265,250,250,"((r_target==0))", 1, 2, 0); /* m: 1018 -> 1265,0 */
	reached4[1018] = 1;
	trans[4][1018]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][1022]	= settr(7593,2,1265,1,0,".(goto)", 1, 2, 0);
	trans[4][1019]	= settr(7590,2,1020,2,0,"else", 1, 2, 0);
	trans[4][1020]	= settr(7591,2,1265,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1265] = settr(7836,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7836,0,1177,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1177] = settr(7748,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7748,2,1023,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7748,2,1072,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7748,2,1175,0,0,"IF", 1, 2, 0);
	trans[4][1023]	= settr(7594,2,1071,251,0,"(((msg[0].state==1)||(msg[0].state==2)))", 1, 2, 0);
	T = trans[ 4][1071] = settr(7642,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7642,0,1068,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1068] = settr(7639,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7639,2,1024,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7639,2,1045,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7639,2,1066,0,0,"IF", 1, 2, 0);
	trans[4][1024]	= settr(7595,2,1044,252,0,"((msg[0].onq&&(msg[0].state==1)))", 1, 2, 0);
	T = trans[ 4][1044] = settr(7615,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7615,0,1025,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1025]	= settr(7596,2,1030,253,253,"j = 0", 1, 2, 0);
	trans[4][1031]	= settr(7602,2,1030,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1030] = settr(7601,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7601,2,1026,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7601,2,1028,0,0,"DO", 1, 2, 0);
	trans[4][1026]	= settr(7597,2,1030,254,254,"(((j<qn[0])&&(ql[((0*3)+j)]!=0)))", 1, 2, 0); /* m: 1027 -> 1030,0 */
	reached4[1027] = 1;
	trans[4][1027]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1028]	= settr(7599,2,1033,2,0,"else", 1, 2, 0);
	trans[4][1029]	= settr(7600,2,1033,1,0,"goto :b164", 1, 2, 0); /* m: 1033 -> 0,1039 */
	reached4[1033] = 1;
	trans[4][1032]	= settr(7603,2,1033,1,0,"break", 1, 2, 0);
	trans[4][1033]	= settr(7604,2,1039,255,255,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][1040]	= settr(7611,2,1039,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1039] = settr(7610,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7610,2,1034,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7610,2,1037,0,0,"DO", 1, 2, 0);
	trans[4][1034]	= settr(7605,2,1039,256,256,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 1035 -> 1039,0 */
	reached4[1035] = 1;
	trans[4][1035]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][1036]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1037]	= settr(7608,2,1042,2,0,"else", 1, 2, 0);
	trans[4][1038]	= settr(7609,2,1042,1,0,"goto :b165", 1, 2, 0); /* m: 1042 -> 0,1261 */
	reached4[1042] = 1;
	trans[4][1041]	= settr(7612,2,1042,1,0,"break", 1, 2, 0);
	trans[4][1042]	= settr(7613,2,1261,257,257,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 1043 -> 0,1261 */
	reached4[1043] = 1;
	trans[4][1043]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][1069]	= settr(7640,2,1070,1,0,".(goto)", 1, 2, 0); /* m: 1070 -> 0,1261 */
	reached4[1070] = 1;
	trans[4][1045]	= settr(7616,2,1065,258,0,"((msg[0].onq&&(msg[0].state!=1)))", 1, 2, 0);
	T = trans[ 4][1065] = settr(7636,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7636,0,1046,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1046]	= settr(7617,2,1051,259,259,"j = 0", 1, 2, 0);
	trans[4][1052]	= settr(7623,2,1051,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1051] = settr(7622,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7622,2,1047,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7622,2,1049,0,0,"DO", 1, 2, 0);
	trans[4][1047]	= settr(7618,2,1051,260,260,"(((j<qn[1])&&(ql[((1*3)+j)]!=0)))", 1, 2, 0); /* m: 1048 -> 1051,0 */
	reached4[1048] = 1;
	trans[4][1048]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1049]	= settr(7620,2,1054,2,0,"else", 1, 2, 0);
	trans[4][1050]	= settr(7621,2,1054,1,0,"goto :b166", 1, 2, 0); /* m: 1054 -> 0,1060 */
	reached4[1054] = 1;
	trans[4][1053]	= settr(7624,2,1054,1,0,"break", 1, 2, 0);
	trans[4][1054]	= settr(7625,2,1060,261,261,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][1061]	= settr(7632,2,1060,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1060] = settr(7631,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7631,2,1055,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7631,2,1058,0,0,"DO", 1, 2, 0);
	trans[4][1055]	= settr(7626,2,1060,262,262,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 1056 -> 1060,0 */
	reached4[1056] = 1;
	trans[4][1056]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][1057]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1058]	= settr(7629,2,1063,2,0,"else", 1, 2, 0);
	trans[4][1059]	= settr(7630,2,1063,1,0,"goto :b167", 1, 2, 0); /* m: 1063 -> 0,1261 */
	reached4[1063] = 1;
	trans[4][1062]	= settr(7633,2,1063,1,0,"break", 1, 2, 0);
	trans[4][1063]	= settr(7634,2,1261,263,263,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 1064 -> 0,1261 */
	reached4[1064] = 1;
	trans[4][1064]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][1066]	= settr(7637,2,1067,2,0,"else", 1, 2, 0);
	trans[4][1067]	= settr(7638,2,1261,264,264,"(1)", 1, 2, 0); /* m: 1070 -> 1261,0 */
	reached4[1070] = 1;
	trans[4][1070]	= settr(7641,2,1261,265,265,"msg[0].onq = 0", 1, 2, 0);
	trans[4][1178]	= settr(7749,2,1261,1,0,".(goto)", 1, 2, 0);
	trans[4][1072]	= settr(7643,2,1174,266,0,"((msg[0].state==3))", 1, 2, 0);
	T = trans[ 4][1174] = settr(7745,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7745,0,1073,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1073]	= settr(7644,2,1089,267,267,"s_ = ( (msg[0].is_source) -> (0) : (msg[0].peer) )", 1, 2, 0); /* m: 1074 -> 0,1089 */
	reached4[1074] = 1;
	trans[4][1074]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][1089] = settr(7660,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7660,0,1075,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1075]	= settr(7646,2,1087,268,268,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][1087] = settr(7658,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7658,0,1076,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1076]	= settr(7647,2,1084,269,269,"n = 0", 1, 2, 0); /* m: 1077 -> 0,1084 */
	reached4[1077] = 1;
	trans[4][1077]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][1085]	= settr(7656,2,1084,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1084] = settr(7655,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7655,2,1078,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7655,2,1082,0,0,"DO", 1, 2, 0);
	trans[4][1078]	= settr(7649,2,1084,270,270,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 1079 -> 1084,0 */
	reached4[1079] = 1;
	trans[4][1079]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][1080]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][1081]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1082]	= settr(7653,2,1088,2,0,"else", 1, 2, 0);
	trans[4][1083]	= settr(7654,2,1088,1,0,"goto :b168", 1, 2, 0); /* m: 1088 -> 0,1173 */
	reached4[1088] = 1;
	trans[4][1086]	= settr(7657,2,1088,1,0,"break", 1, 2, 0);
	trans[4][1088]	= settr(7659,2,1173,271,271,"res = n", 1, 2, 0); /* m: 1090 -> 0,1173 */
	reached4[1090] = 1;
	trans[4][1090]	= settr(0,0,0,0,0,"p_ = msg[0].peer",0,0,0);
	T = trans[ 4][1173] = settr(7744,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7744,0,1139,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1139] = settr(7710,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7710,2,1091,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7710,2,1137,0,0,"IF", 1, 2, 0);
	trans[4][1091]	= settr(7662,2,1136,272,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1136] = settr(7707,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7707,0,1134,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1134] = settr(7705,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7705,2,1092,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7705,2,1132,0,0,"IF", 1, 2, 0);
	trans[4][1092]	= settr(7663,2,1130,273,273,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 1093 -> 1130,0 */
	reached4[1093] = 1;
	trans[4][1093]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1094]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1130] = settr(7701,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7701,2,1095,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7701,2,1128,0,0,"IF", 1, 2, 0);
	trans[4][1095]	= settr(7666,2,1127,274,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1127] = settr(7698,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7698,0,1096,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1096]	= settr(7667,2,1119,275,275,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1097 -> 0,1119 */
	reached4[1097] = 1;
	trans[4][1097]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1098]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1099]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1100]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1101]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1102]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1103]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1104]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1105]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1106]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1107]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1108]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1119] = settr(7690,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7690,2,1109,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7690,2,1117,0,0,"IF", 1, 2, 0);
	trans[4][1109]	= settr(7680,2,1116,276,276,"((fw!=255))", 1, 2, 0); /* m: 1110 -> 1116,0 */
	reached4[1110] = 1;
	trans[4][1110]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1111]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1116] = settr(7687,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7687,0,1112,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1112]	= settr(7683,2,1125,277,277,"twait[fw] = 0", 1, 2, 0); /* m: 1113 -> 0,1125 */
	reached4[1113] = 1;
	trans[4][1113]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1114]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1115]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1120]	= settr(7691,2,1125,1,0,".(goto)", 1, 2, 0);
	trans[4][1117]	= settr(7688,2,1118,2,0,"else", 1, 2, 0);
	trans[4][1118]	= settr(7689,2,1125,278,278,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1125] = settr(7696,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7696,2,1121,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7696,2,1123,0,0,"IF", 1, 2, 0);
	trans[4][1121]	= settr(7692,2,1172,279,279,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1122 -> 1172,0 */
	reached4[1122] = 1;
	trans[4][1122]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1126]	= settr(7697,2,1172,1,0,".(goto)", 1, 2, 0);
	trans[4][1123]	= settr(7694,2,1124,2,0,"else", 1, 2, 0);
	trans[4][1124]	= settr(7695,2,1172,1,0,"(1)", 1, 2, 0);
	trans[4][1131]	= settr(7702,2,1172,1,0,".(goto)", 1, 2, 0);
	trans[4][1128]	= settr(7699,2,1129,2,0,"else", 1, 2, 0);
	trans[4][1129]	= settr(7700,2,1172,1,0,"(1)", 1, 2, 0);
	trans[4][1135]	= settr(7706,2,1172,1,0,".(goto)", 1, 2, 0);
	trans[4][1132]	= settr(7703,2,1133,2,0,"else", 1, 2, 0);
	trans[4][1133]	= settr(7704,2,1172,1,0,"(1)", 1, 2, 0);
	trans[4][1140]	= settr(7711,2,1172,1,0,".(goto)", 1, 2, 0);
	trans[4][1137]	= settr(7708,2,1138,2,0,"else", 1, 2, 0);
	trans[4][1138]	= settr(7709,2,1172,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1172] = settr(7743,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7743,0,1141,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1141]	= settr(7712,2,1164,280,280,"msg[p_].xfer = 0", 1, 2, 0); /* m: 1142 -> 0,1164 */
	reached4[1142] = 1;
	trans[4][1142]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][1143]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][1144]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][1145]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][1146]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][1147]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][1148]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][1149]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][1150]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][1151]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][1152]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][1153]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][1164] = settr(7735,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7735,2,1154,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7735,2,1162,0,0,"IF", 1, 2, 0);
	trans[4][1154]	= settr(7725,2,1161,281,281,"((fw!=255))", 1, 2, 0); /* m: 1155 -> 1161,0 */
	reached4[1155] = 1;
	trans[4][1155]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][1156]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][1161] = settr(7732,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7732,0,1157,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1157]	= settr(7728,2,1170,282,282,"twait[fw] = 0", 1, 2, 0); /* m: 1158 -> 0,1170 */
	reached4[1158] = 1;
	trans[4][1158]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1159]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1160]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1165]	= settr(7736,2,1170,1,0,".(goto)", 1, 2, 0);
	trans[4][1162]	= settr(7733,2,1163,2,0,"else", 1, 2, 0);
	trans[4][1163]	= settr(7734,2,1170,283,283,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][1170] = settr(7741,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7741,2,1166,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7741,2,1168,0,0,"IF", 1, 2, 0);
	trans[4][1166]	= settr(7737,2,1261,284,284,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1167 -> 1261,0 */
	reached4[1167] = 1;
	trans[4][1167]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1171]	= settr(7742,2,1261,1,0,".(goto)", 1, 2, 0);
	trans[4][1168]	= settr(7739,2,1169,2,0,"else", 1, 2, 0);
	trans[4][1169]	= settr(7740,2,1261,1,0,"(1)", 1, 2, 0);
	trans[4][1175]	= settr(7746,2,1176,2,0,"else", 1, 2, 0);
	trans[4][1176]	= settr(7747,2,1261,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1261] = settr(7832,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7832,0,1227,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1227] = settr(7798,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7798,2,1179,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7798,2,1225,0,0,"IF", 1, 2, 0);
	trans[4][1179]	= settr(7750,2,1224,285,0,"(((18!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1224] = settr(7795,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7795,0,1222,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1222] = settr(7793,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7793,2,1180,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7793,2,1220,0,0,"IF", 1, 2, 0);
	trans[4][1180]	= settr(7751,2,1218,286,286,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 1181 -> 1218,0 */
	reached4[1181] = 1;
	trans[4][1181]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1182]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1218] = settr(7789,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7789,2,1183,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7789,2,1216,0,0,"IF", 1, 2, 0);
	trans[4][1183]	= settr(7754,2,1215,287,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1215] = settr(7786,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7786,0,1184,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1184]	= settr(7755,2,1207,288,288,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1185 -> 0,1207 */
	reached4[1185] = 1;
	trans[4][1185]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1186]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1187]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1188]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1189]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1190]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1191]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1192]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1193]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1194]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1195]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1196]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1207] = settr(7778,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7778,2,1197,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7778,2,1205,0,0,"IF", 1, 2, 0);
	trans[4][1197]	= settr(7768,2,1204,289,289,"((fw!=255))", 1, 2, 0); /* m: 1198 -> 1204,0 */
	reached4[1198] = 1;
	trans[4][1198]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1199]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1204] = settr(7775,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7775,0,1200,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1200]	= settr(7771,2,1213,290,290,"twait[fw] = 0", 1, 2, 0); /* m: 1201 -> 0,1213 */
	reached4[1201] = 1;
	trans[4][1201]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1202]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1203]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1208]	= settr(7779,2,1213,1,0,".(goto)", 1, 2, 0);
	trans[4][1205]	= settr(7776,2,1206,2,0,"else", 1, 2, 0);
	trans[4][1206]	= settr(7777,2,1213,291,291,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1213] = settr(7784,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7784,2,1209,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7784,2,1211,0,0,"IF", 1, 2, 0);
	trans[4][1209]	= settr(7780,2,1260,292,292,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1210 -> 1260,0 */
	reached4[1210] = 1;
	trans[4][1210]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1214]	= settr(7785,2,1260,1,0,".(goto)", 1, 2, 0);
	trans[4][1211]	= settr(7782,2,1212,2,0,"else", 1, 2, 0);
	trans[4][1212]	= settr(7783,2,1260,1,0,"(1)", 1, 2, 0);
	trans[4][1219]	= settr(7790,2,1260,1,0,".(goto)", 1, 2, 0);
	trans[4][1216]	= settr(7787,2,1217,2,0,"else", 1, 2, 0);
	trans[4][1217]	= settr(7788,2,1260,1,0,"(1)", 1, 2, 0);
	trans[4][1223]	= settr(7794,2,1260,1,0,".(goto)", 1, 2, 0);
	trans[4][1220]	= settr(7791,2,1221,2,0,"else", 1, 2, 0);
	trans[4][1221]	= settr(7792,2,1260,1,0,"(1)", 1, 2, 0);
	trans[4][1228]	= settr(7799,2,1260,1,0,".(goto)", 1, 2, 0);
	trans[4][1225]	= settr(7796,2,1226,2,0,"else", 1, 2, 0);
	trans[4][1226]	= settr(7797,2,1260,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1260] = settr(7831,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7831,0,1229,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1229]	= settr(7800,2,1252,293,293,"msg[0].xfer = 0", 1, 2, 0); /* m: 1230 -> 0,1252 */
	reached4[1230] = 1;
	trans[4][1230]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[4][1231]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[4][1232]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[4][1233]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[4][1234]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[4][1235]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[4][1236]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[4][1237]	= settr(0,0,0,0,0,"msg[0].status = 18",0,0,0);
	trans[4][1238]	= settr(0,0,0,0,0,"msg[0].got_caps = 0",0,0,0);
	trans[4][1239]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[4][1240]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[4][1241]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[4][1252] = settr(7823,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7823,2,1242,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7823,2,1250,0,0,"IF", 1, 2, 0);
	trans[4][1242]	= settr(7813,2,1249,294,294,"((fw!=255))", 1, 2, 0); /* m: 1243 -> 1249,0 */
	reached4[1243] = 1;
	trans[4][1243]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[4][1244]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 4][1249] = settr(7820,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7820,0,1245,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1245]	= settr(7816,2,1258,295,295,"twait[fw] = 0", 1, 2, 0); /* m: 1246 -> 0,1258 */
	reached4[1246] = 1;
	trans[4][1246]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1247]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1248]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1253]	= settr(7824,2,1258,1,0,".(goto)", 1, 2, 0);
	trans[4][1250]	= settr(7821,2,1251,2,0,"else", 1, 2, 0);
	trans[4][1251]	= settr(7822,2,1258,296,296,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[4][1258] = settr(7829,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7829,2,1254,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7829,2,1256,0,0,"IF", 1, 2, 0);
	trans[4][1254]	= settr(7825,2,2692,297,297,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1255 -> 2692,0 */
	reached4[1255] = 1;
	trans[4][1255]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1259]	= settr(7830,2,1262,1,0,".(goto)", 1, 2, 0); /* m: 1262 -> 0,2692 */
	reached4[1262] = 1;
	trans[4][1256]	= settr(7827,2,1257,2,0,"else", 1, 2, 0);
	trans[4][1257]	= settr(7828,2,2692,298,298,"(1)", 1, 2, 0); /* m: 1262 -> 2692,0 */
	reached4[1262] = 1;
	trans[4][1262]	= settr(7833,2,2692,299,299,"msg[0].delivered = 0", 1, 2, 0); /* m: 1263 -> 0,2692 */
	reached4[1263] = 1;
	trans[4][1263]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	trans[4][1264]	= settr(0,0,0,0,0,"msg[0].thread = 0",0,0,0);
	trans[4][1266]	= settr(0,0,0,0,0,"alive[0] = 0",0,0,0);
	trans[4][1268]	= settr(7839,2,1520,300,0,"((alive[1]&&!(dying[1])))", 1, 2, 0);
	T = trans[ 4][1520] = settr(8091,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8091,0,1269,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1269]	= settr(7840,2,1274,301,301,"dying[1] = 1", 1, 2, 0);
	T = trans[4][1274] = settr(7845,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7845,2,1270,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7845,2,1272,0,0,"IF", 1, 2, 0);
	trans[4][1270]	= settr(7841,2,1518,302,302,"((r_target==1))", 1, 2, 0); /* m: 1271 -> 1518,0 */
	reached4[1271] = 1;
	trans[4][1271]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][1275]	= settr(7846,2,1518,1,0,".(goto)", 1, 2, 0);
	trans[4][1272]	= settr(7843,2,1273,2,0,"else", 1, 2, 0);
	trans[4][1273]	= settr(7844,2,1518,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1518] = settr(8089,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8089,0,1430,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1430] = settr(8001,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8001,2,1276,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8001,2,1325,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8001,2,1428,0,0,"IF", 1, 2, 0);
	trans[4][1276]	= settr(7847,2,1324,303,0,"(((msg[1].state==1)||(msg[1].state==2)))", 1, 2, 0);
	T = trans[ 4][1324] = settr(7895,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7895,0,1321,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1321] = settr(7892,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7892,2,1277,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7892,2,1298,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7892,2,1319,0,0,"IF", 1, 2, 0);
	trans[4][1277]	= settr(7848,2,1297,304,0,"((msg[1].onq&&(msg[1].state==1)))", 1, 2, 0);
	T = trans[ 4][1297] = settr(7868,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7868,0,1278,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1278]	= settr(7849,2,1283,305,305,"j = 0", 1, 2, 0);
	trans[4][1284]	= settr(7855,2,1283,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1283] = settr(7854,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7854,2,1279,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7854,2,1281,0,0,"DO", 1, 2, 0);
	trans[4][1279]	= settr(7850,2,1283,306,306,"(((j<qn[0])&&(ql[((0*3)+j)]!=1)))", 1, 2, 0); /* m: 1280 -> 1283,0 */
	reached4[1280] = 1;
	trans[4][1280]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1281]	= settr(7852,2,1286,2,0,"else", 1, 2, 0);
	trans[4][1282]	= settr(7853,2,1286,1,0,"goto :b169", 1, 2, 0); /* m: 1286 -> 0,1292 */
	reached4[1286] = 1;
	trans[4][1285]	= settr(7856,2,1286,1,0,"break", 1, 2, 0);
	trans[4][1286]	= settr(7857,2,1292,307,307,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][1293]	= settr(7864,2,1292,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1292] = settr(7863,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7863,2,1287,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7863,2,1290,0,0,"DO", 1, 2, 0);
	trans[4][1287]	= settr(7858,2,1292,308,308,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 1288 -> 1292,0 */
	reached4[1288] = 1;
	trans[4][1288]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][1289]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1290]	= settr(7861,2,1295,2,0,"else", 1, 2, 0);
	trans[4][1291]	= settr(7862,2,1295,1,0,"goto :b170", 1, 2, 0); /* m: 1295 -> 0,1514 */
	reached4[1295] = 1;
	trans[4][1294]	= settr(7865,2,1295,1,0,"break", 1, 2, 0);
	trans[4][1295]	= settr(7866,2,1514,309,309,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 1296 -> 0,1514 */
	reached4[1296] = 1;
	trans[4][1296]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][1322]	= settr(7893,2,1323,1,0,".(goto)", 1, 2, 0); /* m: 1323 -> 0,1514 */
	reached4[1323] = 1;
	trans[4][1298]	= settr(7869,2,1318,310,0,"((msg[1].onq&&(msg[1].state!=1)))", 1, 2, 0);
	T = trans[ 4][1318] = settr(7889,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7889,0,1299,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1299]	= settr(7870,2,1304,311,311,"j = 0", 1, 2, 0);
	trans[4][1305]	= settr(7876,2,1304,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1304] = settr(7875,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7875,2,1300,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7875,2,1302,0,0,"DO", 1, 2, 0);
	trans[4][1300]	= settr(7871,2,1304,312,312,"(((j<qn[1])&&(ql[((1*3)+j)]!=1)))", 1, 2, 0); /* m: 1301 -> 1304,0 */
	reached4[1301] = 1;
	trans[4][1301]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1302]	= settr(7873,2,1307,2,0,"else", 1, 2, 0);
	trans[4][1303]	= settr(7874,2,1307,1,0,"goto :b171", 1, 2, 0); /* m: 1307 -> 0,1313 */
	reached4[1307] = 1;
	trans[4][1306]	= settr(7877,2,1307,1,0,"break", 1, 2, 0);
	trans[4][1307]	= settr(7878,2,1313,313,313,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][1314]	= settr(7885,2,1313,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1313] = settr(7884,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7884,2,1308,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7884,2,1311,0,0,"DO", 1, 2, 0);
	trans[4][1308]	= settr(7879,2,1313,314,314,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 1309 -> 1313,0 */
	reached4[1309] = 1;
	trans[4][1309]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][1310]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1311]	= settr(7882,2,1316,2,0,"else", 1, 2, 0);
	trans[4][1312]	= settr(7883,2,1316,1,0,"goto :b172", 1, 2, 0); /* m: 1316 -> 0,1514 */
	reached4[1316] = 1;
	trans[4][1315]	= settr(7886,2,1316,1,0,"break", 1, 2, 0);
	trans[4][1316]	= settr(7887,2,1514,315,315,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 1317 -> 0,1514 */
	reached4[1317] = 1;
	trans[4][1317]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][1319]	= settr(7890,2,1320,2,0,"else", 1, 2, 0);
	trans[4][1320]	= settr(7891,2,1514,316,316,"(1)", 1, 2, 0); /* m: 1323 -> 1514,0 */
	reached4[1323] = 1;
	trans[4][1323]	= settr(7894,2,1514,317,317,"msg[1].onq = 0", 1, 2, 0);
	trans[4][1431]	= settr(8002,2,1514,1,0,".(goto)", 1, 2, 0);
	trans[4][1325]	= settr(7896,2,1427,318,0,"((msg[1].state==3))", 1, 2, 0);
	T = trans[ 4][1427] = settr(7998,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7998,0,1326,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1326]	= settr(7897,2,1342,319,319,"s_ = ( (msg[1].is_source) -> (1) : (msg[1].peer) )", 1, 2, 0); /* m: 1327 -> 0,1342 */
	reached4[1327] = 1;
	trans[4][1327]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][1342] = settr(7913,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7913,0,1328,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1328]	= settr(7899,2,1340,320,320,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][1340] = settr(7911,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7911,0,1329,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1329]	= settr(7900,2,1337,321,321,"n = 0", 1, 2, 0); /* m: 1330 -> 0,1337 */
	reached4[1330] = 1;
	trans[4][1330]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][1338]	= settr(7909,2,1337,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1337] = settr(7908,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(7908,2,1331,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(7908,2,1335,0,0,"DO", 1, 2, 0);
	trans[4][1331]	= settr(7902,2,1337,322,322,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 1332 -> 1337,0 */
	reached4[1332] = 1;
	trans[4][1332]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][1333]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][1334]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1335]	= settr(7906,2,1341,2,0,"else", 1, 2, 0);
	trans[4][1336]	= settr(7907,2,1341,1,0,"goto :b173", 1, 2, 0); /* m: 1341 -> 0,1426 */
	reached4[1341] = 1;
	trans[4][1339]	= settr(7910,2,1341,1,0,"break", 1, 2, 0);
	trans[4][1341]	= settr(7912,2,1426,323,323,"res = n", 1, 2, 0); /* m: 1343 -> 0,1426 */
	reached4[1343] = 1;
	trans[4][1343]	= settr(0,0,0,0,0,"p_ = msg[1].peer",0,0,0);
	T = trans[ 4][1426] = settr(7997,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7997,0,1392,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1392] = settr(7963,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7963,2,1344,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7963,2,1390,0,0,"IF", 1, 2, 0);
	trans[4][1344]	= settr(7915,2,1389,324,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1389] = settr(7960,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7960,0,1387,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1387] = settr(7958,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7958,2,1345,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7958,2,1385,0,0,"IF", 1, 2, 0);
	trans[4][1345]	= settr(7916,2,1383,325,325,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 1346 -> 1383,0 */
	reached4[1346] = 1;
	trans[4][1346]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1347]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1383] = settr(7954,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7954,2,1348,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7954,2,1381,0,0,"IF", 1, 2, 0);
	trans[4][1348]	= settr(7919,2,1380,326,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1380] = settr(7951,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7951,0,1349,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1349]	= settr(7920,2,1372,327,327,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1350 -> 0,1372 */
	reached4[1350] = 1;
	trans[4][1350]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1351]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1352]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1353]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1354]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1355]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1356]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1357]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1358]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1359]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1360]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1361]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1372] = settr(7943,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7943,2,1362,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7943,2,1370,0,0,"IF", 1, 2, 0);
	trans[4][1362]	= settr(7933,2,1369,328,328,"((fw!=255))", 1, 2, 0); /* m: 1363 -> 1369,0 */
	reached4[1363] = 1;
	trans[4][1363]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1364]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1369] = settr(7940,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7940,0,1365,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1365]	= settr(7936,2,1378,329,329,"twait[fw] = 0", 1, 2, 0); /* m: 1366 -> 0,1378 */
	reached4[1366] = 1;
	trans[4][1366]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1367]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1368]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1373]	= settr(7944,2,1378,1,0,".(goto)", 1, 2, 0);
	trans[4][1370]	= settr(7941,2,1371,2,0,"else", 1, 2, 0);
	trans[4][1371]	= settr(7942,2,1378,330,330,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1378] = settr(7949,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7949,2,1374,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7949,2,1376,0,0,"IF", 1, 2, 0);
	trans[4][1374]	= settr(7945,2,1425,331,331,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1375 -> 1425,0 */
	reached4[1375] = 1;
	trans[4][1375]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1379]	= settr(7950,2,1425,1,0,".(goto)", 1, 2, 0);
	trans[4][1376]	= settr(7947,2,1377,2,0,"else", 1, 2, 0);
	trans[4][1377]	= settr(7948,2,1425,1,0,"(1)", 1, 2, 0);
	trans[4][1384]	= settr(7955,2,1425,1,0,".(goto)", 1, 2, 0);
	trans[4][1381]	= settr(7952,2,1382,2,0,"else", 1, 2, 0);
	trans[4][1382]	= settr(7953,2,1425,1,0,"(1)", 1, 2, 0);
	trans[4][1388]	= settr(7959,2,1425,1,0,".(goto)", 1, 2, 0);
	trans[4][1385]	= settr(7956,2,1386,2,0,"else", 1, 2, 0);
	trans[4][1386]	= settr(7957,2,1425,1,0,"(1)", 1, 2, 0);
	trans[4][1393]	= settr(7964,2,1425,1,0,".(goto)", 1, 2, 0);
	trans[4][1390]	= settr(7961,2,1391,2,0,"else", 1, 2, 0);
	trans[4][1391]	= settr(7962,2,1425,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1425] = settr(7996,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7996,0,1394,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1394]	= settr(7965,2,1417,332,332,"msg[p_].xfer = 0", 1, 2, 0); /* m: 1395 -> 0,1417 */
	reached4[1395] = 1;
	trans[4][1395]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][1396]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][1397]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][1398]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][1399]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][1400]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][1401]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][1402]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][1403]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][1404]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][1405]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][1406]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][1417] = settr(7988,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7988,2,1407,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7988,2,1415,0,0,"IF", 1, 2, 0);
	trans[4][1407]	= settr(7978,2,1414,333,333,"((fw!=255))", 1, 2, 0); /* m: 1408 -> 1414,0 */
	reached4[1408] = 1;
	trans[4][1408]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][1409]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][1414] = settr(7985,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(7985,0,1410,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1410]	= settr(7981,2,1423,334,334,"twait[fw] = 0", 1, 2, 0); /* m: 1411 -> 0,1423 */
	reached4[1411] = 1;
	trans[4][1411]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1412]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1413]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1418]	= settr(7989,2,1423,1,0,".(goto)", 1, 2, 0);
	trans[4][1415]	= settr(7986,2,1416,2,0,"else", 1, 2, 0);
	trans[4][1416]	= settr(7987,2,1423,335,335,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][1423] = settr(7994,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(7994,2,1419,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(7994,2,1421,0,0,"IF", 1, 2, 0);
	trans[4][1419]	= settr(7990,2,1514,336,336,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1420 -> 1514,0 */
	reached4[1420] = 1;
	trans[4][1420]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1424]	= settr(7995,2,1514,1,0,".(goto)", 1, 2, 0);
	trans[4][1421]	= settr(7992,2,1422,2,0,"else", 1, 2, 0);
	trans[4][1422]	= settr(7993,2,1514,1,0,"(1)", 1, 2, 0);
	trans[4][1428]	= settr(7999,2,1429,2,0,"else", 1, 2, 0);
	trans[4][1429]	= settr(8000,2,1514,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1514] = settr(8085,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8085,0,1480,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1480] = settr(8051,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8051,2,1432,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8051,2,1478,0,0,"IF", 1, 2, 0);
	trans[4][1432]	= settr(8003,2,1477,337,0,"(((18!=0)&&(msg[1].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1477] = settr(8048,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8048,0,1475,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1475] = settr(8046,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8046,2,1433,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8046,2,1473,0,0,"IF", 1, 2, 0);
	trans[4][1433]	= settr(8004,2,1471,338,338,"((r_armed&&(msg[1].reply==r_gen)))", 1, 2, 0); /* m: 1434 -> 1471,0 */
	reached4[1434] = 1;
	trans[4][1434]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1435]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1471] = settr(8042,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8042,2,1436,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8042,2,1469,0,0,"IF", 1, 2, 0);
	trans[4][1436]	= settr(8007,2,1468,339,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1468] = settr(8039,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8039,0,1437,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1437]	= settr(8008,2,1460,340,340,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1438 -> 0,1460 */
	reached4[1438] = 1;
	trans[4][1438]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1439]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1440]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1441]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1442]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1443]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1444]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1445]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1446]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1447]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1448]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1449]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1460] = settr(8031,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8031,2,1450,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8031,2,1458,0,0,"IF", 1, 2, 0);
	trans[4][1450]	= settr(8021,2,1457,341,341,"((fw!=255))", 1, 2, 0); /* m: 1451 -> 1457,0 */
	reached4[1451] = 1;
	trans[4][1451]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1452]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1457] = settr(8028,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8028,0,1453,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1453]	= settr(8024,2,1466,342,342,"twait[fw] = 0", 1, 2, 0); /* m: 1454 -> 0,1466 */
	reached4[1454] = 1;
	trans[4][1454]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1455]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1456]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1461]	= settr(8032,2,1466,1,0,".(goto)", 1, 2, 0);
	trans[4][1458]	= settr(8029,2,1459,2,0,"else", 1, 2, 0);
	trans[4][1459]	= settr(8030,2,1466,343,343,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1466] = settr(8037,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8037,2,1462,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8037,2,1464,0,0,"IF", 1, 2, 0);
	trans[4][1462]	= settr(8033,2,1513,344,344,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1463 -> 1513,0 */
	reached4[1463] = 1;
	trans[4][1463]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1467]	= settr(8038,2,1513,1,0,".(goto)", 1, 2, 0);
	trans[4][1464]	= settr(8035,2,1465,2,0,"else", 1, 2, 0);
	trans[4][1465]	= settr(8036,2,1513,1,0,"(1)", 1, 2, 0);
	trans[4][1472]	= settr(8043,2,1513,1,0,".(goto)", 1, 2, 0);
	trans[4][1469]	= settr(8040,2,1470,2,0,"else", 1, 2, 0);
	trans[4][1470]	= settr(8041,2,1513,1,0,"(1)", 1, 2, 0);
	trans[4][1476]	= settr(8047,2,1513,1,0,".(goto)", 1, 2, 0);
	trans[4][1473]	= settr(8044,2,1474,2,0,"else", 1, 2, 0);
	trans[4][1474]	= settr(8045,2,1513,1,0,"(1)", 1, 2, 0);
	trans[4][1481]	= settr(8052,2,1513,1,0,".(goto)", 1, 2, 0);
	trans[4][1478]	= settr(8049,2,1479,2,0,"else", 1, 2, 0);
	trans[4][1479]	= settr(8050,2,1513,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1513] = settr(8084,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8084,0,1482,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1482]	= settr(8053,2,1505,345,345,"msg[1].xfer = 0", 1, 2, 0); /* m: 1483 -> 0,1505 */
	reached4[1483] = 1;
	trans[4][1483]	= settr(0,0,0,0,0,"msg[1].state = 0",0,0,0);
	trans[4][1484]	= settr(0,0,0,0,0,"msg[1].is_source = 0",0,0,0);
	trans[4][1485]	= settr(0,0,0,0,0,"msg[1].peer = 255",0,0,0);
	trans[4][1486]	= settr(0,0,0,0,0,"msg[1].onq = 0",0,0,0);
	trans[4][1487]	= settr(0,0,0,0,0,"msg[1].ncaps = 0",0,0,0);
	trans[4][1488]	= settr(0,0,0,0,0,"msg[1].copied = 0",0,0,0);
	trans[4][1489]	= settr(0,0,0,0,0,"msg[1].failed = 0",0,0,0);
	trans[4][1490]	= settr(0,0,0,0,0,"msg[1].status = 18",0,0,0);
	trans[4][1491]	= settr(0,0,0,0,0,"msg[1].got_caps = 0",0,0,0);
	trans[4][1492]	= settr(0,0,0,0,0,"msg[1].charged = 0",0,0,0);
	trans[4][1493]	= settr(0,0,0,0,0,"msg[1].reply = 0",0,0,0);
	trans[4][1494]	= settr(0,0,0,0,0,"fw = msg[1].waiter",0,0,0);
	T = trans[4][1505] = settr(8076,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8076,2,1495,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8076,2,1503,0,0,"IF", 1, 2, 0);
	trans[4][1495]	= settr(8066,2,1502,346,346,"((fw!=255))", 1, 2, 0); /* m: 1496 -> 1502,0 */
	reached4[1496] = 1;
	trans[4][1496]	= settr(0,0,0,0,0,"msg[1].waiter = 255",0,0,0);
	trans[4][1497]	= settr(0,0,0,0,0,"msg[1].delivered = 0",0,0,0);
	T = trans[ 4][1502] = settr(8073,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8073,0,1498,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1498]	= settr(8069,2,1511,347,347,"twait[fw] = 0", 1, 2, 0); /* m: 1499 -> 0,1511 */
	reached4[1499] = 1;
	trans[4][1499]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1500]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1501]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1506]	= settr(8077,2,1511,1,0,".(goto)", 1, 2, 0);
	trans[4][1503]	= settr(8074,2,1504,2,0,"else", 1, 2, 0);
	trans[4][1504]	= settr(8075,2,1511,348,348,"msg[1].delivered = 1", 1, 2, 0);
	T = trans[4][1511] = settr(8082,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8082,2,1507,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8082,2,1509,0,0,"IF", 1, 2, 0);
	trans[4][1507]	= settr(8078,2,2692,349,349,"((msg[1].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1508 -> 2692,0 */
	reached4[1508] = 1;
	trans[4][1508]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1512]	= settr(8083,2,1515,1,0,".(goto)", 1, 2, 0); /* m: 1515 -> 0,2692 */
	reached4[1515] = 1;
	trans[4][1509]	= settr(8080,2,1510,2,0,"else", 1, 2, 0);
	trans[4][1510]	= settr(8081,2,2692,350,350,"(1)", 1, 2, 0); /* m: 1515 -> 2692,0 */
	reached4[1515] = 1;
	trans[4][1515]	= settr(8086,2,2692,351,351,"msg[1].delivered = 0", 1, 2, 0); /* m: 1516 -> 0,2692 */
	reached4[1516] = 1;
	trans[4][1516]	= settr(0,0,0,0,0,"msg[1].payload = 0",0,0,0);
	trans[4][1517]	= settr(0,0,0,0,0,"msg[1].thread = 0",0,0,0);
	trans[4][1519]	= settr(0,0,0,0,0,"alive[1] = 0",0,0,0);
	trans[4][1521]	= settr(8092,2,1773,352,0,"((alive[2]&&!(dying[2])))", 1, 2, 0);
	T = trans[ 4][1773] = settr(8344,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8344,0,1522,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1522]	= settr(8093,2,1527,353,353,"dying[2] = 1", 1, 2, 0);
	T = trans[4][1527] = settr(8098,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8098,2,1523,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8098,2,1525,0,0,"IF", 1, 2, 0);
	trans[4][1523]	= settr(8094,2,1771,354,354,"((r_target==2))", 1, 2, 0); /* m: 1524 -> 1771,0 */
	reached4[1524] = 1;
	trans[4][1524]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][1528]	= settr(8099,2,1771,1,0,".(goto)", 1, 2, 0);
	trans[4][1525]	= settr(8096,2,1526,2,0,"else", 1, 2, 0);
	trans[4][1526]	= settr(8097,2,1771,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1771] = settr(8342,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8342,0,1683,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1683] = settr(8254,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8254,2,1529,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8254,2,1578,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8254,2,1681,0,0,"IF", 1, 2, 0);
	trans[4][1529]	= settr(8100,2,1577,355,0,"(((msg[2].state==1)||(msg[2].state==2)))", 1, 2, 0);
	T = trans[ 4][1577] = settr(8148,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8148,0,1574,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1574] = settr(8145,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8145,2,1530,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8145,2,1551,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8145,2,1572,0,0,"IF", 1, 2, 0);
	trans[4][1530]	= settr(8101,2,1550,356,0,"((msg[2].onq&&(msg[2].state==1)))", 1, 2, 0);
	T = trans[ 4][1550] = settr(8121,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8121,0,1531,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1531]	= settr(8102,2,1536,357,357,"j = 0", 1, 2, 0);
	trans[4][1537]	= settr(8108,2,1536,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1536] = settr(8107,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8107,2,1532,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8107,2,1534,0,0,"DO", 1, 2, 0);
	trans[4][1532]	= settr(8103,2,1536,358,358,"(((j<qn[0])&&(ql[((0*3)+j)]!=2)))", 1, 2, 0); /* m: 1533 -> 1536,0 */
	reached4[1533] = 1;
	trans[4][1533]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1534]	= settr(8105,2,1539,2,0,"else", 1, 2, 0);
	trans[4][1535]	= settr(8106,2,1539,1,0,"goto :b174", 1, 2, 0); /* m: 1539 -> 0,1545 */
	reached4[1539] = 1;
	trans[4][1538]	= settr(8109,2,1539,1,0,"break", 1, 2, 0);
	trans[4][1539]	= settr(8110,2,1545,359,359,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][1546]	= settr(8117,2,1545,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1545] = settr(8116,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8116,2,1540,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8116,2,1543,0,0,"DO", 1, 2, 0);
	trans[4][1540]	= settr(8111,2,1545,360,360,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 1541 -> 1545,0 */
	reached4[1541] = 1;
	trans[4][1541]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][1542]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1543]	= settr(8114,2,1548,2,0,"else", 1, 2, 0);
	trans[4][1544]	= settr(8115,2,1548,1,0,"goto :b175", 1, 2, 0); /* m: 1548 -> 0,1767 */
	reached4[1548] = 1;
	trans[4][1547]	= settr(8118,2,1548,1,0,"break", 1, 2, 0);
	trans[4][1548]	= settr(8119,2,1767,361,361,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 1549 -> 0,1767 */
	reached4[1549] = 1;
	trans[4][1549]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][1575]	= settr(8146,2,1576,1,0,".(goto)", 1, 2, 0); /* m: 1576 -> 0,1767 */
	reached4[1576] = 1;
	trans[4][1551]	= settr(8122,2,1571,362,0,"((msg[2].onq&&(msg[2].state!=1)))", 1, 2, 0);
	T = trans[ 4][1571] = settr(8142,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8142,0,1552,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1552]	= settr(8123,2,1557,363,363,"j = 0", 1, 2, 0);
	trans[4][1558]	= settr(8129,2,1557,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1557] = settr(8128,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8128,2,1553,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8128,2,1555,0,0,"DO", 1, 2, 0);
	trans[4][1553]	= settr(8124,2,1557,364,364,"(((j<qn[1])&&(ql[((1*3)+j)]!=2)))", 1, 2, 0); /* m: 1554 -> 1557,0 */
	reached4[1554] = 1;
	trans[4][1554]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1555]	= settr(8126,2,1560,2,0,"else", 1, 2, 0);
	trans[4][1556]	= settr(8127,2,1560,1,0,"goto :b176", 1, 2, 0); /* m: 1560 -> 0,1566 */
	reached4[1560] = 1;
	trans[4][1559]	= settr(8130,2,1560,1,0,"break", 1, 2, 0);
	trans[4][1560]	= settr(8131,2,1566,365,365,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][1567]	= settr(8138,2,1566,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1566] = settr(8137,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8137,2,1561,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8137,2,1564,0,0,"DO", 1, 2, 0);
	trans[4][1561]	= settr(8132,2,1566,366,366,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 1562 -> 1566,0 */
	reached4[1562] = 1;
	trans[4][1562]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][1563]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1564]	= settr(8135,2,1569,2,0,"else", 1, 2, 0);
	trans[4][1565]	= settr(8136,2,1569,1,0,"goto :b177", 1, 2, 0); /* m: 1569 -> 0,1767 */
	reached4[1569] = 1;
	trans[4][1568]	= settr(8139,2,1569,1,0,"break", 1, 2, 0);
	trans[4][1569]	= settr(8140,2,1767,367,367,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 1570 -> 0,1767 */
	reached4[1570] = 1;
	trans[4][1570]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][1572]	= settr(8143,2,1573,2,0,"else", 1, 2, 0);
	trans[4][1573]	= settr(8144,2,1767,368,368,"(1)", 1, 2, 0); /* m: 1576 -> 1767,0 */
	reached4[1576] = 1;
	trans[4][1576]	= settr(8147,2,1767,369,369,"msg[2].onq = 0", 1, 2, 0);
	trans[4][1684]	= settr(8255,2,1767,1,0,".(goto)", 1, 2, 0);
	trans[4][1578]	= settr(8149,2,1680,370,0,"((msg[2].state==3))", 1, 2, 0);
	T = trans[ 4][1680] = settr(8251,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8251,0,1579,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1579]	= settr(8150,2,1595,371,371,"s_ = ( (msg[2].is_source) -> (2) : (msg[2].peer) )", 1, 2, 0); /* m: 1580 -> 0,1595 */
	reached4[1580] = 1;
	trans[4][1580]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][1595] = settr(8166,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8166,0,1581,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1581]	= settr(8152,2,1593,372,372,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][1593] = settr(8164,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8164,0,1582,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1582]	= settr(8153,2,1590,373,373,"n = 0", 1, 2, 0); /* m: 1583 -> 0,1590 */
	reached4[1583] = 1;
	trans[4][1583]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][1591]	= settr(8162,2,1590,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1590] = settr(8161,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8161,2,1584,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8161,2,1588,0,0,"DO", 1, 2, 0);
	trans[4][1584]	= settr(8155,2,1590,374,374,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 1585 -> 1590,0 */
	reached4[1585] = 1;
	trans[4][1585]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][1586]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][1587]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1588]	= settr(8159,2,1594,2,0,"else", 1, 2, 0);
	trans[4][1589]	= settr(8160,2,1594,1,0,"goto :b178", 1, 2, 0); /* m: 1594 -> 0,1679 */
	reached4[1594] = 1;
	trans[4][1592]	= settr(8163,2,1594,1,0,"break", 1, 2, 0);
	trans[4][1594]	= settr(8165,2,1679,375,375,"res = n", 1, 2, 0); /* m: 1596 -> 0,1679 */
	reached4[1596] = 1;
	trans[4][1596]	= settr(0,0,0,0,0,"p_ = msg[2].peer",0,0,0);
	T = trans[ 4][1679] = settr(8250,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8250,0,1645,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1645] = settr(8216,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8216,2,1597,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8216,2,1643,0,0,"IF", 1, 2, 0);
	trans[4][1597]	= settr(8168,2,1642,376,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1642] = settr(8213,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8213,0,1640,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1640] = settr(8211,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8211,2,1598,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8211,2,1638,0,0,"IF", 1, 2, 0);
	trans[4][1598]	= settr(8169,2,1636,377,377,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 1599 -> 1636,0 */
	reached4[1599] = 1;
	trans[4][1599]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1600]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1636] = settr(8207,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8207,2,1601,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8207,2,1634,0,0,"IF", 1, 2, 0);
	trans[4][1601]	= settr(8172,2,1633,378,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1633] = settr(8204,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8204,0,1602,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1602]	= settr(8173,2,1625,379,379,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1603 -> 0,1625 */
	reached4[1603] = 1;
	trans[4][1603]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1604]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1605]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1606]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1607]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1608]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1609]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1610]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1611]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1612]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1613]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1614]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1625] = settr(8196,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8196,2,1615,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8196,2,1623,0,0,"IF", 1, 2, 0);
	trans[4][1615]	= settr(8186,2,1622,380,380,"((fw!=255))", 1, 2, 0); /* m: 1616 -> 1622,0 */
	reached4[1616] = 1;
	trans[4][1616]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1617]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1622] = settr(8193,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8193,0,1618,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1618]	= settr(8189,2,1631,381,381,"twait[fw] = 0", 1, 2, 0); /* m: 1619 -> 0,1631 */
	reached4[1619] = 1;
	trans[4][1619]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1620]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1621]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1626]	= settr(8197,2,1631,1,0,".(goto)", 1, 2, 0);
	trans[4][1623]	= settr(8194,2,1624,2,0,"else", 1, 2, 0);
	trans[4][1624]	= settr(8195,2,1631,382,382,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1631] = settr(8202,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8202,2,1627,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8202,2,1629,0,0,"IF", 1, 2, 0);
	trans[4][1627]	= settr(8198,2,1678,383,383,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1628 -> 1678,0 */
	reached4[1628] = 1;
	trans[4][1628]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1632]	= settr(8203,2,1678,1,0,".(goto)", 1, 2, 0);
	trans[4][1629]	= settr(8200,2,1630,2,0,"else", 1, 2, 0);
	trans[4][1630]	= settr(8201,2,1678,1,0,"(1)", 1, 2, 0);
	trans[4][1637]	= settr(8208,2,1678,1,0,".(goto)", 1, 2, 0);
	trans[4][1634]	= settr(8205,2,1635,2,0,"else", 1, 2, 0);
	trans[4][1635]	= settr(8206,2,1678,1,0,"(1)", 1, 2, 0);
	trans[4][1641]	= settr(8212,2,1678,1,0,".(goto)", 1, 2, 0);
	trans[4][1638]	= settr(8209,2,1639,2,0,"else", 1, 2, 0);
	trans[4][1639]	= settr(8210,2,1678,1,0,"(1)", 1, 2, 0);
	trans[4][1646]	= settr(8217,2,1678,1,0,".(goto)", 1, 2, 0);
	trans[4][1643]	= settr(8214,2,1644,2,0,"else", 1, 2, 0);
	trans[4][1644]	= settr(8215,2,1678,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1678] = settr(8249,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8249,0,1647,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1647]	= settr(8218,2,1670,384,384,"msg[p_].xfer = 0", 1, 2, 0); /* m: 1648 -> 0,1670 */
	reached4[1648] = 1;
	trans[4][1648]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][1649]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][1650]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][1651]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][1652]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][1653]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][1654]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][1655]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][1656]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][1657]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][1658]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][1659]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][1670] = settr(8241,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8241,2,1660,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8241,2,1668,0,0,"IF", 1, 2, 0);
	trans[4][1660]	= settr(8231,2,1667,385,385,"((fw!=255))", 1, 2, 0); /* m: 1661 -> 1667,0 */
	reached4[1661] = 1;
	trans[4][1661]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][1662]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][1667] = settr(8238,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8238,0,1663,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1663]	= settr(8234,2,1676,386,386,"twait[fw] = 0", 1, 2, 0); /* m: 1664 -> 0,1676 */
	reached4[1664] = 1;
	trans[4][1664]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1665]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1666]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1671]	= settr(8242,2,1676,1,0,".(goto)", 1, 2, 0);
	trans[4][1668]	= settr(8239,2,1669,2,0,"else", 1, 2, 0);
	trans[4][1669]	= settr(8240,2,1676,387,387,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][1676] = settr(8247,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8247,2,1672,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8247,2,1674,0,0,"IF", 1, 2, 0);
	trans[4][1672]	= settr(8243,2,1767,388,388,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1673 -> 1767,0 */
	reached4[1673] = 1;
	trans[4][1673]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1677]	= settr(8248,2,1767,1,0,".(goto)", 1, 2, 0);
	trans[4][1674]	= settr(8245,2,1675,2,0,"else", 1, 2, 0);
	trans[4][1675]	= settr(8246,2,1767,1,0,"(1)", 1, 2, 0);
	trans[4][1681]	= settr(8252,2,1682,2,0,"else", 1, 2, 0);
	trans[4][1682]	= settr(8253,2,1767,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1767] = settr(8338,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8338,0,1733,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1733] = settr(8304,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8304,2,1685,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8304,2,1731,0,0,"IF", 1, 2, 0);
	trans[4][1685]	= settr(8256,2,1730,389,0,"(((18!=0)&&(msg[2].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1730] = settr(8301,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8301,0,1728,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1728] = settr(8299,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8299,2,1686,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8299,2,1726,0,0,"IF", 1, 2, 0);
	trans[4][1686]	= settr(8257,2,1724,390,390,"((r_armed&&(msg[2].reply==r_gen)))", 1, 2, 0); /* m: 1687 -> 1724,0 */
	reached4[1687] = 1;
	trans[4][1687]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1688]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1724] = settr(8295,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8295,2,1689,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8295,2,1722,0,0,"IF", 1, 2, 0);
	trans[4][1689]	= settr(8260,2,1721,391,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1721] = settr(8292,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8292,0,1690,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1690]	= settr(8261,2,1713,392,392,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1691 -> 0,1713 */
	reached4[1691] = 1;
	trans[4][1691]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1692]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1693]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1694]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1695]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1696]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1697]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1698]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1699]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1700]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1701]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1702]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1713] = settr(8284,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8284,2,1703,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8284,2,1711,0,0,"IF", 1, 2, 0);
	trans[4][1703]	= settr(8274,2,1710,393,393,"((fw!=255))", 1, 2, 0); /* m: 1704 -> 1710,0 */
	reached4[1704] = 1;
	trans[4][1704]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1705]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1710] = settr(8281,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8281,0,1706,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1706]	= settr(8277,2,1719,394,394,"twait[fw] = 0", 1, 2, 0); /* m: 1707 -> 0,1719 */
	reached4[1707] = 1;
	trans[4][1707]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1708]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1709]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1714]	= settr(8285,2,1719,1,0,".(goto)", 1, 2, 0);
	trans[4][1711]	= settr(8282,2,1712,2,0,"else", 1, 2, 0);
	trans[4][1712]	= settr(8283,2,1719,395,395,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1719] = settr(8290,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8290,2,1715,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8290,2,1717,0,0,"IF", 1, 2, 0);
	trans[4][1715]	= settr(8286,2,1766,396,396,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1716 -> 1766,0 */
	reached4[1716] = 1;
	trans[4][1716]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1720]	= settr(8291,2,1766,1,0,".(goto)", 1, 2, 0);
	trans[4][1717]	= settr(8288,2,1718,2,0,"else", 1, 2, 0);
	trans[4][1718]	= settr(8289,2,1766,1,0,"(1)", 1, 2, 0);
	trans[4][1725]	= settr(8296,2,1766,1,0,".(goto)", 1, 2, 0);
	trans[4][1722]	= settr(8293,2,1723,2,0,"else", 1, 2, 0);
	trans[4][1723]	= settr(8294,2,1766,1,0,"(1)", 1, 2, 0);
	trans[4][1729]	= settr(8300,2,1766,1,0,".(goto)", 1, 2, 0);
	trans[4][1726]	= settr(8297,2,1727,2,0,"else", 1, 2, 0);
	trans[4][1727]	= settr(8298,2,1766,1,0,"(1)", 1, 2, 0);
	trans[4][1734]	= settr(8305,2,1766,1,0,".(goto)", 1, 2, 0);
	trans[4][1731]	= settr(8302,2,1732,2,0,"else", 1, 2, 0);
	trans[4][1732]	= settr(8303,2,1766,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1766] = settr(8337,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8337,0,1735,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1735]	= settr(8306,2,1758,397,397,"msg[2].xfer = 0", 1, 2, 0); /* m: 1736 -> 0,1758 */
	reached4[1736] = 1;
	trans[4][1736]	= settr(0,0,0,0,0,"msg[2].state = 0",0,0,0);
	trans[4][1737]	= settr(0,0,0,0,0,"msg[2].is_source = 0",0,0,0);
	trans[4][1738]	= settr(0,0,0,0,0,"msg[2].peer = 255",0,0,0);
	trans[4][1739]	= settr(0,0,0,0,0,"msg[2].onq = 0",0,0,0);
	trans[4][1740]	= settr(0,0,0,0,0,"msg[2].ncaps = 0",0,0,0);
	trans[4][1741]	= settr(0,0,0,0,0,"msg[2].copied = 0",0,0,0);
	trans[4][1742]	= settr(0,0,0,0,0,"msg[2].failed = 0",0,0,0);
	trans[4][1743]	= settr(0,0,0,0,0,"msg[2].status = 18",0,0,0);
	trans[4][1744]	= settr(0,0,0,0,0,"msg[2].got_caps = 0",0,0,0);
	trans[4][1745]	= settr(0,0,0,0,0,"msg[2].charged = 0",0,0,0);
	trans[4][1746]	= settr(0,0,0,0,0,"msg[2].reply = 0",0,0,0);
	trans[4][1747]	= settr(0,0,0,0,0,"fw = msg[2].waiter",0,0,0);
	T = trans[4][1758] = settr(8329,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8329,2,1748,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8329,2,1756,0,0,"IF", 1, 2, 0);
	trans[4][1748]	= settr(8319,2,1755,398,398,"((fw!=255))", 1, 2, 0); /* m: 1749 -> 1755,0 */
	reached4[1749] = 1;
	trans[4][1749]	= settr(0,0,0,0,0,"msg[2].waiter = 255",0,0,0);
	trans[4][1750]	= settr(0,0,0,0,0,"msg[2].delivered = 0",0,0,0);
	T = trans[ 4][1755] = settr(8326,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8326,0,1751,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1751]	= settr(8322,2,1764,399,399,"twait[fw] = 0", 1, 2, 0); /* m: 1752 -> 0,1764 */
	reached4[1752] = 1;
	trans[4][1752]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1753]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1754]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1759]	= settr(8330,2,1764,1,0,".(goto)", 1, 2, 0);
	trans[4][1756]	= settr(8327,2,1757,2,0,"else", 1, 2, 0);
	trans[4][1757]	= settr(8328,2,1764,400,400,"msg[2].delivered = 1", 1, 2, 0);
	T = trans[4][1764] = settr(8335,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8335,2,1760,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8335,2,1762,0,0,"IF", 1, 2, 0);
	trans[4][1760]	= settr(8331,2,2692,401,401,"((msg[2].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1761 -> 2692,0 */
	reached4[1761] = 1;
	trans[4][1761]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1765]	= settr(8336,2,1768,1,0,".(goto)", 1, 2, 0); /* m: 1768 -> 0,2692 */
	reached4[1768] = 1;
	trans[4][1762]	= settr(8333,2,1763,2,0,"else", 1, 2, 0);
	trans[4][1763]	= settr(8334,2,2692,402,402,"(1)", 1, 2, 0); /* m: 1768 -> 2692,0 */
	reached4[1768] = 1;
	trans[4][1768]	= settr(8339,2,2692,403,403,"msg[2].delivered = 0", 1, 2, 0); /* m: 1769 -> 0,2692 */
	reached4[1769] = 1;
	trans[4][1769]	= settr(0,0,0,0,0,"msg[2].payload = 0",0,0,0);
	trans[4][1770]	= settr(0,0,0,0,0,"msg[2].thread = 0",0,0,0);
	trans[4][1772]	= settr(0,0,0,0,0,"alive[2] = 0",0,0,0);
	trans[4][1774]	= settr(8345,2,2026,404,0,"((alive[3]&&!(dying[3])))", 1, 2, 0);
	T = trans[ 4][2026] = settr(8597,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8597,0,1775,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1775]	= settr(8346,2,1780,405,405,"dying[3] = 1", 1, 2, 0);
	T = trans[4][1780] = settr(8351,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8351,2,1776,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8351,2,1778,0,0,"IF", 1, 2, 0);
	trans[4][1776]	= settr(8347,2,2024,406,406,"((r_target==3))", 1, 2, 0); /* m: 1777 -> 2024,0 */
	reached4[1777] = 1;
	trans[4][1777]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][1781]	= settr(8352,2,2024,1,0,".(goto)", 1, 2, 0);
	trans[4][1778]	= settr(8349,2,1779,2,0,"else", 1, 2, 0);
	trans[4][1779]	= settr(8350,2,2024,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2024] = settr(8595,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8595,0,1936,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1936] = settr(8507,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8507,2,1782,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8507,2,1831,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8507,2,1934,0,0,"IF", 1, 2, 0);
	trans[4][1782]	= settr(8353,2,1830,407,0,"(((msg[3].state==1)||(msg[3].state==2)))", 1, 2, 0);
	T = trans[ 4][1830] = settr(8401,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8401,0,1827,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1827] = settr(8398,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8398,2,1783,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8398,2,1804,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8398,2,1825,0,0,"IF", 1, 2, 0);
	trans[4][1783]	= settr(8354,2,1803,408,0,"((msg[3].onq&&(msg[3].state==1)))", 1, 2, 0);
	T = trans[ 4][1803] = settr(8374,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8374,0,1784,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1784]	= settr(8355,2,1789,409,409,"j = 0", 1, 2, 0);
	trans[4][1790]	= settr(8361,2,1789,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1789] = settr(8360,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8360,2,1785,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8360,2,1787,0,0,"DO", 1, 2, 0);
	trans[4][1785]	= settr(8356,2,1789,410,410,"(((j<qn[0])&&(ql[((0*3)+j)]!=3)))", 1, 2, 0); /* m: 1786 -> 1789,0 */
	reached4[1786] = 1;
	trans[4][1786]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1787]	= settr(8358,2,1792,2,0,"else", 1, 2, 0);
	trans[4][1788]	= settr(8359,2,1792,1,0,"goto :b179", 1, 2, 0); /* m: 1792 -> 0,1798 */
	reached4[1792] = 1;
	trans[4][1791]	= settr(8362,2,1792,1,0,"break", 1, 2, 0);
	trans[4][1792]	= settr(8363,2,1798,411,411,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][1799]	= settr(8370,2,1798,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1798] = settr(8369,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8369,2,1793,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8369,2,1796,0,0,"DO", 1, 2, 0);
	trans[4][1793]	= settr(8364,2,1798,412,412,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 1794 -> 1798,0 */
	reached4[1794] = 1;
	trans[4][1794]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][1795]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1796]	= settr(8367,2,1801,2,0,"else", 1, 2, 0);
	trans[4][1797]	= settr(8368,2,1801,1,0,"goto :b180", 1, 2, 0); /* m: 1801 -> 0,2020 */
	reached4[1801] = 1;
	trans[4][1800]	= settr(8371,2,1801,1,0,"break", 1, 2, 0);
	trans[4][1801]	= settr(8372,2,2020,413,413,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 1802 -> 0,2020 */
	reached4[1802] = 1;
	trans[4][1802]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][1828]	= settr(8399,2,1829,1,0,".(goto)", 1, 2, 0); /* m: 1829 -> 0,2020 */
	reached4[1829] = 1;
	trans[4][1804]	= settr(8375,2,1824,414,0,"((msg[3].onq&&(msg[3].state!=1)))", 1, 2, 0);
	T = trans[ 4][1824] = settr(8395,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8395,0,1805,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1805]	= settr(8376,2,1810,415,415,"j = 0", 1, 2, 0);
	trans[4][1811]	= settr(8382,2,1810,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1810] = settr(8381,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8381,2,1806,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8381,2,1808,0,0,"DO", 1, 2, 0);
	trans[4][1806]	= settr(8377,2,1810,416,416,"(((j<qn[1])&&(ql[((1*3)+j)]!=3)))", 1, 2, 0); /* m: 1807 -> 1810,0 */
	reached4[1807] = 1;
	trans[4][1807]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1808]	= settr(8379,2,1813,2,0,"else", 1, 2, 0);
	trans[4][1809]	= settr(8380,2,1813,1,0,"goto :b181", 1, 2, 0); /* m: 1813 -> 0,1819 */
	reached4[1813] = 1;
	trans[4][1812]	= settr(8383,2,1813,1,0,"break", 1, 2, 0);
	trans[4][1813]	= settr(8384,2,1819,417,417,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][1820]	= settr(8391,2,1819,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1819] = settr(8390,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8390,2,1814,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8390,2,1817,0,0,"DO", 1, 2, 0);
	trans[4][1814]	= settr(8385,2,1819,418,418,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 1815 -> 1819,0 */
	reached4[1815] = 1;
	trans[4][1815]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][1816]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1817]	= settr(8388,2,1822,2,0,"else", 1, 2, 0);
	trans[4][1818]	= settr(8389,2,1822,1,0,"goto :b182", 1, 2, 0); /* m: 1822 -> 0,2020 */
	reached4[1822] = 1;
	trans[4][1821]	= settr(8392,2,1822,1,0,"break", 1, 2, 0);
	trans[4][1822]	= settr(8393,2,2020,419,419,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 1823 -> 0,2020 */
	reached4[1823] = 1;
	trans[4][1823]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][1825]	= settr(8396,2,1826,2,0,"else", 1, 2, 0);
	trans[4][1826]	= settr(8397,2,2020,420,420,"(1)", 1, 2, 0); /* m: 1829 -> 2020,0 */
	reached4[1829] = 1;
	trans[4][1829]	= settr(8400,2,2020,421,421,"msg[3].onq = 0", 1, 2, 0);
	trans[4][1937]	= settr(8508,2,2020,1,0,".(goto)", 1, 2, 0);
	trans[4][1831]	= settr(8402,2,1933,422,0,"((msg[3].state==3))", 1, 2, 0);
	T = trans[ 4][1933] = settr(8504,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8504,0,1832,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1832]	= settr(8403,2,1848,423,423,"s_ = ( (msg[3].is_source) -> (3) : (msg[3].peer) )", 1, 2, 0); /* m: 1833 -> 0,1848 */
	reached4[1833] = 1;
	trans[4][1833]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][1848] = settr(8419,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8419,0,1834,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1834]	= settr(8405,2,1846,424,424,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][1846] = settr(8417,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8417,0,1835,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1835]	= settr(8406,2,1843,425,425,"n = 0", 1, 2, 0); /* m: 1836 -> 0,1843 */
	reached4[1836] = 1;
	trans[4][1836]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][1844]	= settr(8415,2,1843,1,0,".(goto)", 1, 2, 0);
	T = trans[4][1843] = settr(8414,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8414,2,1837,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8414,2,1841,0,0,"DO", 1, 2, 0);
	trans[4][1837]	= settr(8408,2,1843,426,426,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 1838 -> 1843,0 */
	reached4[1838] = 1;
	trans[4][1838]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][1839]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][1840]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][1841]	= settr(8412,2,1847,2,0,"else", 1, 2, 0);
	trans[4][1842]	= settr(8413,2,1847,1,0,"goto :b183", 1, 2, 0); /* m: 1847 -> 0,1932 */
	reached4[1847] = 1;
	trans[4][1845]	= settr(8416,2,1847,1,0,"break", 1, 2, 0);
	trans[4][1847]	= settr(8418,2,1932,427,427,"res = n", 1, 2, 0); /* m: 1849 -> 0,1932 */
	reached4[1849] = 1;
	trans[4][1849]	= settr(0,0,0,0,0,"p_ = msg[3].peer",0,0,0);
	T = trans[ 4][1932] = settr(8503,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8503,0,1898,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1898] = settr(8469,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8469,2,1850,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8469,2,1896,0,0,"IF", 1, 2, 0);
	trans[4][1850]	= settr(8421,2,1895,428,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1895] = settr(8466,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8466,0,1893,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1893] = settr(8464,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8464,2,1851,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8464,2,1891,0,0,"IF", 1, 2, 0);
	trans[4][1851]	= settr(8422,2,1889,429,429,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 1852 -> 1889,0 */
	reached4[1852] = 1;
	trans[4][1852]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1853]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1889] = settr(8460,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8460,2,1854,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8460,2,1887,0,0,"IF", 1, 2, 0);
	trans[4][1854]	= settr(8425,2,1886,430,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1886] = settr(8457,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8457,0,1855,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1855]	= settr(8426,2,1878,431,431,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1856 -> 0,1878 */
	reached4[1856] = 1;
	trans[4][1856]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1857]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1858]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1859]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1860]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1861]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1862]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1863]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1864]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1865]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1866]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1867]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1878] = settr(8449,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8449,2,1868,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8449,2,1876,0,0,"IF", 1, 2, 0);
	trans[4][1868]	= settr(8439,2,1875,432,432,"((fw!=255))", 1, 2, 0); /* m: 1869 -> 1875,0 */
	reached4[1869] = 1;
	trans[4][1869]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1870]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1875] = settr(8446,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8446,0,1871,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1871]	= settr(8442,2,1884,433,433,"twait[fw] = 0", 1, 2, 0); /* m: 1872 -> 0,1884 */
	reached4[1872] = 1;
	trans[4][1872]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1873]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1874]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1879]	= settr(8450,2,1884,1,0,".(goto)", 1, 2, 0);
	trans[4][1876]	= settr(8447,2,1877,2,0,"else", 1, 2, 0);
	trans[4][1877]	= settr(8448,2,1884,434,434,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1884] = settr(8455,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8455,2,1880,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8455,2,1882,0,0,"IF", 1, 2, 0);
	trans[4][1880]	= settr(8451,2,1931,435,435,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1881 -> 1931,0 */
	reached4[1881] = 1;
	trans[4][1881]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1885]	= settr(8456,2,1931,1,0,".(goto)", 1, 2, 0);
	trans[4][1882]	= settr(8453,2,1883,2,0,"else", 1, 2, 0);
	trans[4][1883]	= settr(8454,2,1931,1,0,"(1)", 1, 2, 0);
	trans[4][1890]	= settr(8461,2,1931,1,0,".(goto)", 1, 2, 0);
	trans[4][1887]	= settr(8458,2,1888,2,0,"else", 1, 2, 0);
	trans[4][1888]	= settr(8459,2,1931,1,0,"(1)", 1, 2, 0);
	trans[4][1894]	= settr(8465,2,1931,1,0,".(goto)", 1, 2, 0);
	trans[4][1891]	= settr(8462,2,1892,2,0,"else", 1, 2, 0);
	trans[4][1892]	= settr(8463,2,1931,1,0,"(1)", 1, 2, 0);
	trans[4][1899]	= settr(8470,2,1931,1,0,".(goto)", 1, 2, 0);
	trans[4][1896]	= settr(8467,2,1897,2,0,"else", 1, 2, 0);
	trans[4][1897]	= settr(8468,2,1931,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][1931] = settr(8502,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8502,0,1900,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1900]	= settr(8471,2,1923,436,436,"msg[p_].xfer = 0", 1, 2, 0); /* m: 1901 -> 0,1923 */
	reached4[1901] = 1;
	trans[4][1901]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][1902]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][1903]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][1904]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][1905]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][1906]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][1907]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][1908]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][1909]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][1910]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][1911]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][1912]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][1923] = settr(8494,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8494,2,1913,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8494,2,1921,0,0,"IF", 1, 2, 0);
	trans[4][1913]	= settr(8484,2,1920,437,437,"((fw!=255))", 1, 2, 0); /* m: 1914 -> 1920,0 */
	reached4[1914] = 1;
	trans[4][1914]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][1915]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][1920] = settr(8491,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8491,0,1916,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1916]	= settr(8487,2,1929,438,438,"twait[fw] = 0", 1, 2, 0); /* m: 1917 -> 0,1929 */
	reached4[1917] = 1;
	trans[4][1917]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1918]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1919]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1924]	= settr(8495,2,1929,1,0,".(goto)", 1, 2, 0);
	trans[4][1921]	= settr(8492,2,1922,2,0,"else", 1, 2, 0);
	trans[4][1922]	= settr(8493,2,1929,439,439,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][1929] = settr(8500,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8500,2,1925,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8500,2,1927,0,0,"IF", 1, 2, 0);
	trans[4][1925]	= settr(8496,2,2020,440,440,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1926 -> 2020,0 */
	reached4[1926] = 1;
	trans[4][1926]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1930]	= settr(8501,2,2020,1,0,".(goto)", 1, 2, 0);
	trans[4][1927]	= settr(8498,2,1928,2,0,"else", 1, 2, 0);
	trans[4][1928]	= settr(8499,2,2020,1,0,"(1)", 1, 2, 0);
	trans[4][1934]	= settr(8505,2,1935,2,0,"else", 1, 2, 0);
	trans[4][1935]	= settr(8506,2,2020,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2020] = settr(8591,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8591,0,1986,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1986] = settr(8557,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8557,2,1938,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8557,2,1984,0,0,"IF", 1, 2, 0);
	trans[4][1938]	= settr(8509,2,1983,441,0,"(((18!=0)&&(msg[3].reply!=0)))", 1, 2, 0);
	T = trans[ 4][1983] = settr(8554,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8554,0,1981,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][1981] = settr(8552,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8552,2,1939,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8552,2,1979,0,0,"IF", 1, 2, 0);
	trans[4][1939]	= settr(8510,2,1977,442,442,"((r_armed&&(msg[3].reply==r_gen)))", 1, 2, 0); /* m: 1940 -> 1977,0 */
	reached4[1940] = 1;
	trans[4][1940]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][1941]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][1977] = settr(8548,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8548,2,1942,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8548,2,1975,0,0,"IF", 1, 2, 0);
	trans[4][1942]	= settr(8513,2,1974,443,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][1974] = settr(8545,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8545,0,1943,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1943]	= settr(8514,2,1966,444,444,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1944 -> 0,1966 */
	reached4[1944] = 1;
	trans[4][1944]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][1945]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][1946]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][1947]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][1948]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][1949]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][1950]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][1951]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][1952]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][1953]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][1954]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][1955]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][1966] = settr(8537,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8537,2,1956,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8537,2,1964,0,0,"IF", 1, 2, 0);
	trans[4][1956]	= settr(8527,2,1963,445,445,"((fw!=255))", 1, 2, 0); /* m: 1957 -> 1963,0 */
	reached4[1957] = 1;
	trans[4][1957]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][1958]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][1963] = settr(8534,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8534,0,1959,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1959]	= settr(8530,2,1972,446,446,"twait[fw] = 0", 1, 2, 0); /* m: 1960 -> 0,1972 */
	reached4[1960] = 1;
	trans[4][1960]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][1961]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][1962]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][1967]	= settr(8538,2,1972,1,0,".(goto)", 1, 2, 0);
	trans[4][1964]	= settr(8535,2,1965,2,0,"else", 1, 2, 0);
	trans[4][1965]	= settr(8536,2,1972,447,447,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][1972] = settr(8543,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8543,2,1968,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8543,2,1970,0,0,"IF", 1, 2, 0);
	trans[4][1968]	= settr(8539,2,2019,448,448,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1969 -> 2019,0 */
	reached4[1969] = 1;
	trans[4][1969]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][1973]	= settr(8544,2,2019,1,0,".(goto)", 1, 2, 0);
	trans[4][1970]	= settr(8541,2,1971,2,0,"else", 1, 2, 0);
	trans[4][1971]	= settr(8542,2,2019,1,0,"(1)", 1, 2, 0);
	trans[4][1978]	= settr(8549,2,2019,1,0,".(goto)", 1, 2, 0);
	trans[4][1975]	= settr(8546,2,1976,2,0,"else", 1, 2, 0);
	trans[4][1976]	= settr(8547,2,2019,1,0,"(1)", 1, 2, 0);
	trans[4][1982]	= settr(8553,2,2019,1,0,".(goto)", 1, 2, 0);
	trans[4][1979]	= settr(8550,2,1980,2,0,"else", 1, 2, 0);
	trans[4][1980]	= settr(8551,2,2019,1,0,"(1)", 1, 2, 0);
	trans[4][1987]	= settr(8558,2,2019,1,0,".(goto)", 1, 2, 0);
	trans[4][1984]	= settr(8555,2,1985,2,0,"else", 1, 2, 0);
	trans[4][1985]	= settr(8556,2,2019,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2019] = settr(8590,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8590,0,1988,0,0,"sub-sequence", 1, 2, 0);
	trans[4][1988]	= settr(8559,2,2011,449,449,"msg[3].xfer = 0", 1, 2, 0); /* m: 1989 -> 0,2011 */
	reached4[1989] = 1;
	trans[4][1989]	= settr(0,0,0,0,0,"msg[3].state = 0",0,0,0);
	trans[4][1990]	= settr(0,0,0,0,0,"msg[3].is_source = 0",0,0,0);
	trans[4][1991]	= settr(0,0,0,0,0,"msg[3].peer = 255",0,0,0);
	trans[4][1992]	= settr(0,0,0,0,0,"msg[3].onq = 0",0,0,0);
	trans[4][1993]	= settr(0,0,0,0,0,"msg[3].ncaps = 0",0,0,0);
	trans[4][1994]	= settr(0,0,0,0,0,"msg[3].copied = 0",0,0,0);
	trans[4][1995]	= settr(0,0,0,0,0,"msg[3].failed = 0",0,0,0);
	trans[4][1996]	= settr(0,0,0,0,0,"msg[3].status = 18",0,0,0);
	trans[4][1997]	= settr(0,0,0,0,0,"msg[3].got_caps = 0",0,0,0);
	trans[4][1998]	= settr(0,0,0,0,0,"msg[3].charged = 0",0,0,0);
	trans[4][1999]	= settr(0,0,0,0,0,"msg[3].reply = 0",0,0,0);
	trans[4][2000]	= settr(0,0,0,0,0,"fw = msg[3].waiter",0,0,0);
	T = trans[4][2011] = settr(8582,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8582,2,2001,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8582,2,2009,0,0,"IF", 1, 2, 0);
	trans[4][2001]	= settr(8572,2,2008,450,450,"((fw!=255))", 1, 2, 0); /* m: 2002 -> 2008,0 */
	reached4[2002] = 1;
	trans[4][2002]	= settr(0,0,0,0,0,"msg[3].waiter = 255",0,0,0);
	trans[4][2003]	= settr(0,0,0,0,0,"msg[3].delivered = 0",0,0,0);
	T = trans[ 4][2008] = settr(8579,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8579,0,2004,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2004]	= settr(8575,2,2017,451,451,"twait[fw] = 0", 1, 2, 0); /* m: 2005 -> 0,2017 */
	reached4[2005] = 1;
	trans[4][2005]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][2006]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][2007]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][2012]	= settr(8583,2,2017,1,0,".(goto)", 1, 2, 0);
	trans[4][2009]	= settr(8580,2,2010,2,0,"else", 1, 2, 0);
	trans[4][2010]	= settr(8581,2,2017,452,452,"msg[3].delivered = 1", 1, 2, 0);
	T = trans[4][2017] = settr(8588,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8588,2,2013,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8588,2,2015,0,0,"IF", 1, 2, 0);
	trans[4][2013]	= settr(8584,2,2692,453,453,"((msg[3].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2014 -> 2692,0 */
	reached4[2014] = 1;
	trans[4][2014]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][2018]	= settr(8589,2,2021,1,0,".(goto)", 1, 2, 0); /* m: 2021 -> 0,2692 */
	reached4[2021] = 1;
	trans[4][2015]	= settr(8586,2,2016,2,0,"else", 1, 2, 0);
	trans[4][2016]	= settr(8587,2,2692,454,454,"(1)", 1, 2, 0); /* m: 2021 -> 2692,0 */
	reached4[2021] = 1;
	trans[4][2021]	= settr(8592,2,2692,455,455,"msg[3].delivered = 0", 1, 2, 0); /* m: 2022 -> 0,2692 */
	reached4[2022] = 1;
	trans[4][2022]	= settr(0,0,0,0,0,"msg[3].payload = 0",0,0,0);
	trans[4][2023]	= settr(0,0,0,0,0,"msg[3].thread = 0",0,0,0);
	trans[4][2025]	= settr(0,0,0,0,0,"alive[3] = 0",0,0,0);
	trans[4][2027]	= settr(8598,2,2279,456,0,"((alive[4]&&!(dying[4])))", 1, 2, 0);
	T = trans[ 4][2279] = settr(8850,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8850,0,2028,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2028]	= settr(8599,2,2033,457,457,"dying[4] = 1", 1, 2, 0);
	T = trans[4][2033] = settr(8604,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8604,2,2029,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8604,2,2031,0,0,"IF", 1, 2, 0);
	trans[4][2029]	= settr(8600,2,2277,458,458,"((r_target==4))", 1, 2, 0); /* m: 2030 -> 2277,0 */
	reached4[2030] = 1;
	trans[4][2030]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][2034]	= settr(8605,2,2277,1,0,".(goto)", 1, 2, 0);
	trans[4][2031]	= settr(8602,2,2032,2,0,"else", 1, 2, 0);
	trans[4][2032]	= settr(8603,2,2277,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2277] = settr(8848,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8848,0,2189,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2189] = settr(8760,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8760,2,2035,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8760,2,2084,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8760,2,2187,0,0,"IF", 1, 2, 0);
	trans[4][2035]	= settr(8606,2,2083,459,0,"(((msg[4].state==1)||(msg[4].state==2)))", 1, 2, 0);
	T = trans[ 4][2083] = settr(8654,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8654,0,2080,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2080] = settr(8651,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8651,2,2036,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8651,2,2057,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8651,2,2078,0,0,"IF", 1, 2, 0);
	trans[4][2036]	= settr(8607,2,2056,460,0,"((msg[4].onq&&(msg[4].state==1)))", 1, 2, 0);
	T = trans[ 4][2056] = settr(8627,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8627,0,2037,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2037]	= settr(8608,2,2042,461,461,"j = 0", 1, 2, 0);
	trans[4][2043]	= settr(8614,2,2042,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2042] = settr(8613,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8613,2,2038,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8613,2,2040,0,0,"DO", 1, 2, 0);
	trans[4][2038]	= settr(8609,2,2042,462,462,"(((j<qn[0])&&(ql[((0*3)+j)]!=4)))", 1, 2, 0); /* m: 2039 -> 2042,0 */
	reached4[2039] = 1;
	trans[4][2039]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2040]	= settr(8611,2,2045,2,0,"else", 1, 2, 0);
	trans[4][2041]	= settr(8612,2,2045,1,0,"goto :b184", 1, 2, 0); /* m: 2045 -> 0,2051 */
	reached4[2045] = 1;
	trans[4][2044]	= settr(8615,2,2045,1,0,"break", 1, 2, 0);
	trans[4][2045]	= settr(8616,2,2051,463,463,"assert((j<qn[0]))", 1, 2, 0);
	trans[4][2052]	= settr(8623,2,2051,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2051] = settr(8622,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8622,2,2046,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8622,2,2049,0,0,"DO", 1, 2, 0);
	trans[4][2046]	= settr(8617,2,2051,464,464,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 2047 -> 2051,0 */
	reached4[2047] = 1;
	trans[4][2047]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[4][2048]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2049]	= settr(8620,2,2054,2,0,"else", 1, 2, 0);
	trans[4][2050]	= settr(8621,2,2054,1,0,"goto :b185", 1, 2, 0); /* m: 2054 -> 0,2273 */
	reached4[2054] = 1;
	trans[4][2053]	= settr(8624,2,2054,1,0,"break", 1, 2, 0);
	trans[4][2054]	= settr(8625,2,2273,465,465,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 2055 -> 0,2273 */
	reached4[2055] = 1;
	trans[4][2055]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[4][2081]	= settr(8652,2,2082,1,0,".(goto)", 1, 2, 0); /* m: 2082 -> 0,2273 */
	reached4[2082] = 1;
	trans[4][2057]	= settr(8628,2,2077,466,0,"((msg[4].onq&&(msg[4].state!=1)))", 1, 2, 0);
	T = trans[ 4][2077] = settr(8648,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8648,0,2058,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2058]	= settr(8629,2,2063,467,467,"j = 0", 1, 2, 0);
	trans[4][2064]	= settr(8635,2,2063,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2063] = settr(8634,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8634,2,2059,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8634,2,2061,0,0,"DO", 1, 2, 0);
	trans[4][2059]	= settr(8630,2,2063,468,468,"(((j<qn[1])&&(ql[((1*3)+j)]!=4)))", 1, 2, 0); /* m: 2060 -> 2063,0 */
	reached4[2060] = 1;
	trans[4][2060]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2061]	= settr(8632,2,2066,2,0,"else", 1, 2, 0);
	trans[4][2062]	= settr(8633,2,2066,1,0,"goto :b186", 1, 2, 0); /* m: 2066 -> 0,2072 */
	reached4[2066] = 1;
	trans[4][2065]	= settr(8636,2,2066,1,0,"break", 1, 2, 0);
	trans[4][2066]	= settr(8637,2,2072,469,469,"assert((j<qn[1]))", 1, 2, 0);
	trans[4][2073]	= settr(8644,2,2072,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2072] = settr(8643,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8643,2,2067,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8643,2,2070,0,0,"DO", 1, 2, 0);
	trans[4][2067]	= settr(8638,2,2072,470,470,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 2068 -> 2072,0 */
	reached4[2068] = 1;
	trans[4][2068]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[4][2069]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2070]	= settr(8641,2,2075,2,0,"else", 1, 2, 0);
	trans[4][2071]	= settr(8642,2,2075,1,0,"goto :b187", 1, 2, 0); /* m: 2075 -> 0,2273 */
	reached4[2075] = 1;
	trans[4][2074]	= settr(8645,2,2075,1,0,"break", 1, 2, 0);
	trans[4][2075]	= settr(8646,2,2273,471,471,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 2076 -> 0,2273 */
	reached4[2076] = 1;
	trans[4][2076]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[4][2078]	= settr(8649,2,2079,2,0,"else", 1, 2, 0);
	trans[4][2079]	= settr(8650,2,2273,472,472,"(1)", 1, 2, 0); /* m: 2082 -> 2273,0 */
	reached4[2082] = 1;
	trans[4][2082]	= settr(8653,2,2273,473,473,"msg[4].onq = 0", 1, 2, 0);
	trans[4][2190]	= settr(8761,2,2273,1,0,".(goto)", 1, 2, 0);
	trans[4][2084]	= settr(8655,2,2186,474,0,"((msg[4].state==3))", 1, 2, 0);
	T = trans[ 4][2186] = settr(8757,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8757,0,2085,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2085]	= settr(8656,2,2101,475,475,"s_ = ( (msg[4].is_source) -> (4) : (msg[4].peer) )", 1, 2, 0); /* m: 2086 -> 0,2101 */
	reached4[2086] = 1;
	trans[4][2086]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 4][2101] = settr(8672,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8672,0,2087,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2087]	= settr(8658,2,2099,476,476,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 4][2099] = settr(8670,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8670,0,2088,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2088]	= settr(8659,2,2096,477,477,"n = 0", 1, 2, 0); /* m: 2089 -> 0,2096 */
	reached4[2089] = 1;
	trans[4][2089]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][2097]	= settr(8668,2,2096,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2096] = settr(8667,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8667,2,2090,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8667,2,2094,0,0,"DO", 1, 2, 0);
	trans[4][2090]	= settr(8661,2,2096,478,478,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 2091 -> 2096,0 */
	reached4[2091] = 1;
	trans[4][2091]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[4][2092]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[4][2093]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2094]	= settr(8665,2,2100,2,0,"else", 1, 2, 0);
	trans[4][2095]	= settr(8666,2,2100,1,0,"goto :b188", 1, 2, 0); /* m: 2100 -> 0,2185 */
	reached4[2100] = 1;
	trans[4][2098]	= settr(8669,2,2100,1,0,"break", 1, 2, 0);
	trans[4][2100]	= settr(8671,2,2185,479,479,"res = n", 1, 2, 0); /* m: 2102 -> 0,2185 */
	reached4[2102] = 1;
	trans[4][2102]	= settr(0,0,0,0,0,"p_ = msg[4].peer",0,0,0);
	T = trans[ 4][2185] = settr(8756,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8756,0,2151,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2151] = settr(8722,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8722,2,2103,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8722,2,2149,0,0,"IF", 1, 2, 0);
	trans[4][2103]	= settr(8674,2,2148,480,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 4][2148] = settr(8719,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8719,0,2146,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2146] = settr(8717,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8717,2,2104,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8717,2,2144,0,0,"IF", 1, 2, 0);
	trans[4][2104]	= settr(8675,2,2142,481,481,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 2105 -> 2142,0 */
	reached4[2105] = 1;
	trans[4][2105]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][2106]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][2142] = settr(8713,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8713,2,2107,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8713,2,2140,0,0,"IF", 1, 2, 0);
	trans[4][2107]	= settr(8678,2,2139,482,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][2139] = settr(8710,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8710,0,2108,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2108]	= settr(8679,2,2131,483,483,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2109 -> 0,2131 */
	reached4[2109] = 1;
	trans[4][2109]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][2110]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][2111]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][2112]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][2113]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][2114]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][2115]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][2116]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][2117]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][2118]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][2119]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][2120]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][2131] = settr(8702,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8702,2,2121,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8702,2,2129,0,0,"IF", 1, 2, 0);
	trans[4][2121]	= settr(8692,2,2128,484,484,"((fw!=255))", 1, 2, 0); /* m: 2122 -> 2128,0 */
	reached4[2122] = 1;
	trans[4][2122]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][2123]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][2128] = settr(8699,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8699,0,2124,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2124]	= settr(8695,2,2137,485,485,"twait[fw] = 0", 1, 2, 0); /* m: 2125 -> 0,2137 */
	reached4[2125] = 1;
	trans[4][2125]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][2126]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][2127]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][2132]	= settr(8703,2,2137,1,0,".(goto)", 1, 2, 0);
	trans[4][2129]	= settr(8700,2,2130,2,0,"else", 1, 2, 0);
	trans[4][2130]	= settr(8701,2,2137,486,486,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][2137] = settr(8708,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8708,2,2133,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8708,2,2135,0,0,"IF", 1, 2, 0);
	trans[4][2133]	= settr(8704,2,2184,487,487,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2134 -> 2184,0 */
	reached4[2134] = 1;
	trans[4][2134]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][2138]	= settr(8709,2,2184,1,0,".(goto)", 1, 2, 0);
	trans[4][2135]	= settr(8706,2,2136,2,0,"else", 1, 2, 0);
	trans[4][2136]	= settr(8707,2,2184,1,0,"(1)", 1, 2, 0);
	trans[4][2143]	= settr(8714,2,2184,1,0,".(goto)", 1, 2, 0);
	trans[4][2140]	= settr(8711,2,2141,2,0,"else", 1, 2, 0);
	trans[4][2141]	= settr(8712,2,2184,1,0,"(1)", 1, 2, 0);
	trans[4][2147]	= settr(8718,2,2184,1,0,".(goto)", 1, 2, 0);
	trans[4][2144]	= settr(8715,2,2145,2,0,"else", 1, 2, 0);
	trans[4][2145]	= settr(8716,2,2184,1,0,"(1)", 1, 2, 0);
	trans[4][2152]	= settr(8723,2,2184,1,0,".(goto)", 1, 2, 0);
	trans[4][2149]	= settr(8720,2,2150,2,0,"else", 1, 2, 0);
	trans[4][2150]	= settr(8721,2,2184,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2184] = settr(8755,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8755,0,2153,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2153]	= settr(8724,2,2176,488,488,"msg[p_].xfer = 0", 1, 2, 0); /* m: 2154 -> 0,2176 */
	reached4[2154] = 1;
	trans[4][2154]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[4][2155]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[4][2156]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[4][2157]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[4][2158]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[4][2159]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[4][2160]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[4][2161]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[4][2162]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[4][2163]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[4][2164]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[4][2165]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[4][2176] = settr(8747,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8747,2,2166,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8747,2,2174,0,0,"IF", 1, 2, 0);
	trans[4][2166]	= settr(8737,2,2173,489,489,"((fw!=255))", 1, 2, 0); /* m: 2167 -> 2173,0 */
	reached4[2167] = 1;
	trans[4][2167]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[4][2168]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 4][2173] = settr(8744,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8744,0,2169,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2169]	= settr(8740,2,2182,490,490,"twait[fw] = 0", 1, 2, 0); /* m: 2170 -> 0,2182 */
	reached4[2170] = 1;
	trans[4][2170]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][2171]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][2172]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][2177]	= settr(8748,2,2182,1,0,".(goto)", 1, 2, 0);
	trans[4][2174]	= settr(8745,2,2175,2,0,"else", 1, 2, 0);
	trans[4][2175]	= settr(8746,2,2182,491,491,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[4][2182] = settr(8753,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8753,2,2178,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8753,2,2180,0,0,"IF", 1, 2, 0);
	trans[4][2178]	= settr(8749,2,2273,492,492,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2179 -> 2273,0 */
	reached4[2179] = 1;
	trans[4][2179]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][2183]	= settr(8754,2,2273,1,0,".(goto)", 1, 2, 0);
	trans[4][2180]	= settr(8751,2,2181,2,0,"else", 1, 2, 0);
	trans[4][2181]	= settr(8752,2,2273,1,0,"(1)", 1, 2, 0);
	trans[4][2187]	= settr(8758,2,2188,2,0,"else", 1, 2, 0);
	trans[4][2188]	= settr(8759,2,2273,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2273] = settr(8844,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8844,0,2239,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2239] = settr(8810,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8810,2,2191,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8810,2,2237,0,0,"IF", 1, 2, 0);
	trans[4][2191]	= settr(8762,2,2236,493,0,"(((18!=0)&&(msg[4].reply!=0)))", 1, 2, 0);
	T = trans[ 4][2236] = settr(8807,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8807,0,2234,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2234] = settr(8805,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8805,2,2192,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8805,2,2232,0,0,"IF", 1, 2, 0);
	trans[4][2192]	= settr(8763,2,2230,494,494,"((r_armed&&(msg[4].reply==r_gen)))", 1, 2, 0); /* m: 2193 -> 2230,0 */
	reached4[2193] = 1;
	trans[4][2193]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[4][2194]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[4][2230] = settr(8801,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8801,2,2195,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8801,2,2228,0,0,"IF", 1, 2, 0);
	trans[4][2195]	= settr(8766,2,2227,495,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 4][2227] = settr(8798,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8798,0,2196,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2196]	= settr(8767,2,2219,496,496,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2197 -> 0,2219 */
	reached4[2197] = 1;
	trans[4][2197]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[4][2198]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[4][2199]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[4][2200]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[4][2201]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[4][2202]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[4][2203]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[4][2204]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[4][2205]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[4][2206]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[4][2207]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[4][2208]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[4][2219] = settr(8790,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8790,2,2209,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8790,2,2217,0,0,"IF", 1, 2, 0);
	trans[4][2209]	= settr(8780,2,2216,497,497,"((fw!=255))", 1, 2, 0); /* m: 2210 -> 2216,0 */
	reached4[2210] = 1;
	trans[4][2210]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[4][2211]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 4][2216] = settr(8787,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8787,0,2212,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2212]	= settr(8783,2,2225,498,498,"twait[fw] = 0", 1, 2, 0); /* m: 2213 -> 0,2225 */
	reached4[2213] = 1;
	trans[4][2213]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][2214]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][2215]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][2220]	= settr(8791,2,2225,1,0,".(goto)", 1, 2, 0);
	trans[4][2217]	= settr(8788,2,2218,2,0,"else", 1, 2, 0);
	trans[4][2218]	= settr(8789,2,2225,499,499,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[4][2225] = settr(8796,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8796,2,2221,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8796,2,2223,0,0,"IF", 1, 2, 0);
	trans[4][2221]	= settr(8792,2,2272,500,500,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2222 -> 2272,0 */
	reached4[2222] = 1;
	trans[4][2222]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][2226]	= settr(8797,2,2272,1,0,".(goto)", 1, 2, 0);
	trans[4][2223]	= settr(8794,2,2224,2,0,"else", 1, 2, 0);
	trans[4][2224]	= settr(8795,2,2272,1,0,"(1)", 1, 2, 0);
	trans[4][2231]	= settr(8802,2,2272,1,0,".(goto)", 1, 2, 0);
	trans[4][2228]	= settr(8799,2,2229,2,0,"else", 1, 2, 0);
	trans[4][2229]	= settr(8800,2,2272,1,0,"(1)", 1, 2, 0);
	trans[4][2235]	= settr(8806,2,2272,1,0,".(goto)", 1, 2, 0);
	trans[4][2232]	= settr(8803,2,2233,2,0,"else", 1, 2, 0);
	trans[4][2233]	= settr(8804,2,2272,1,0,"(1)", 1, 2, 0);
	trans[4][2240]	= settr(8811,2,2272,1,0,".(goto)", 1, 2, 0);
	trans[4][2237]	= settr(8808,2,2238,2,0,"else", 1, 2, 0);
	trans[4][2238]	= settr(8809,2,2272,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2272] = settr(8843,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8843,0,2241,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2241]	= settr(8812,2,2264,501,501,"msg[4].xfer = 0", 1, 2, 0); /* m: 2242 -> 0,2264 */
	reached4[2242] = 1;
	trans[4][2242]	= settr(0,0,0,0,0,"msg[4].state = 0",0,0,0);
	trans[4][2243]	= settr(0,0,0,0,0,"msg[4].is_source = 0",0,0,0);
	trans[4][2244]	= settr(0,0,0,0,0,"msg[4].peer = 255",0,0,0);
	trans[4][2245]	= settr(0,0,0,0,0,"msg[4].onq = 0",0,0,0);
	trans[4][2246]	= settr(0,0,0,0,0,"msg[4].ncaps = 0",0,0,0);
	trans[4][2247]	= settr(0,0,0,0,0,"msg[4].copied = 0",0,0,0);
	trans[4][2248]	= settr(0,0,0,0,0,"msg[4].failed = 0",0,0,0);
	trans[4][2249]	= settr(0,0,0,0,0,"msg[4].status = 18",0,0,0);
	trans[4][2250]	= settr(0,0,0,0,0,"msg[4].got_caps = 0",0,0,0);
	trans[4][2251]	= settr(0,0,0,0,0,"msg[4].charged = 0",0,0,0);
	trans[4][2252]	= settr(0,0,0,0,0,"msg[4].reply = 0",0,0,0);
	trans[4][2253]	= settr(0,0,0,0,0,"fw = msg[4].waiter",0,0,0);
	T = trans[4][2264] = settr(8835,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8835,2,2254,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8835,2,2262,0,0,"IF", 1, 2, 0);
	trans[4][2254]	= settr(8825,2,2261,502,502,"((fw!=255))", 1, 2, 0); /* m: 2255 -> 2261,0 */
	reached4[2255] = 1;
	trans[4][2255]	= settr(0,0,0,0,0,"msg[4].waiter = 255",0,0,0);
	trans[4][2256]	= settr(0,0,0,0,0,"msg[4].delivered = 0",0,0,0);
	T = trans[ 4][2261] = settr(8832,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8832,0,2257,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2257]	= settr(8828,2,2270,503,503,"twait[fw] = 0", 1, 2, 0); /* m: 2258 -> 0,2270 */
	reached4[2258] = 1;
	trans[4][2258]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][2259]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][2260]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][2265]	= settr(8836,2,2270,1,0,".(goto)", 1, 2, 0);
	trans[4][2262]	= settr(8833,2,2263,2,0,"else", 1, 2, 0);
	trans[4][2263]	= settr(8834,2,2270,504,504,"msg[4].delivered = 1", 1, 2, 0);
	T = trans[4][2270] = settr(8841,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8841,2,2266,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8841,2,2268,0,0,"IF", 1, 2, 0);
	trans[4][2266]	= settr(8837,2,2692,505,505,"((msg[4].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2267 -> 2692,0 */
	reached4[2267] = 1;
	trans[4][2267]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][2271]	= settr(8842,2,2274,1,0,".(goto)", 1, 2, 0); /* m: 2274 -> 0,2692 */
	reached4[2274] = 1;
	trans[4][2268]	= settr(8839,2,2269,2,0,"else", 1, 2, 0);
	trans[4][2269]	= settr(8840,2,2692,506,506,"(1)", 1, 2, 0); /* m: 2274 -> 2692,0 */
	reached4[2274] = 1;
	trans[4][2274]	= settr(8845,2,2692,507,507,"msg[4].delivered = 0", 1, 2, 0); /* m: 2275 -> 0,2692 */
	reached4[2275] = 1;
	trans[4][2275]	= settr(0,0,0,0,0,"msg[4].payload = 0",0,0,0);
	trans[4][2276]	= settr(0,0,0,0,0,"msg[4].thread = 0",0,0,0);
	trans[4][2278]	= settr(0,0,0,0,0,"alive[4] = 0",0,0,0);
	trans[4][2280]	= settr(8851,2,2329,508,0,"((alive[(9+0)]&&!(dying[(9+0)])))", 1, 2, 0);
	T = trans[ 4][2329] = settr(8900,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8900,0,2281,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2281]	= settr(8852,2,2290,509,509,"dying[(9+0)] = 1", 1, 2, 0); /* m: 2282 -> 0,2290 */
	reached4[2282] = 1;
	trans[4][2282]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	T = trans[ 4][2290] = settr(8861,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8861,0,2288,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2288] = settr(8859,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8859,2,2283,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8859,2,2286,0,0,"IF", 1, 2, 0);
	trans[4][2283]	= settr(8854,2,2300,510,510,"(shown[0])", 1, 2, 0); /* m: 2284 -> 2300,0 */
	reached4[2284] = 1;
	trans[4][2284]	= settr(0,0,0,0,0,"stale[0] = pa[0]",0,0,0);
	trans[4][2285]	= settr(0,0,0,0,0,"shown[0] = 0",0,0,0);
	trans[4][2289]	= settr(8860,2,2300,1,0,".(goto)", 1, 2, 0);
	trans[4][2286]	= settr(8857,2,2287,2,0,"else", 1, 2, 0);
	trans[4][2287]	= settr(8858,2,2300,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2300] = settr(8871,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8871,0,2291,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2291]	= settr(8862,2,2297,511,511,"x = 0", 1, 2, 0);
	trans[4][2298]	= settr(8869,2,2297,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2297] = settr(8868,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8868,2,2292,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8868,2,2295,0,0,"DO", 1, 2, 0);
	trans[4][2292]	= settr(8863,2,2297,512,512,"((x<5))", 1, 2, 0); /* m: 2293 -> 2297,0 */
	reached4[2293] = 1;
	trans[4][2293]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[4][2294]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[4][2295]	= settr(8866,2,2301,2,0,"else", 1, 2, 0);
	trans[4][2296]	= settr(8867,2,2301,1,0,"goto :b189", 1, 2, 0); /* m: 2301 -> 0,2327 */
	reached4[2301] = 1;
	trans[4][2299]	= settr(8870,2,2301,1,0,"break", 1, 2, 0);
	trans[4][2301]	= settr(8872,2,2327,513,513,"pfree[pa[0]] = 1", 1, 2, 0); /* m: 2302 -> 0,2327 */
	reached4[2302] = 1;
	trans[4][2302]	= settr(0,0,0,0,0,"used[( ((0==0)) ? (0) : (1) )] = (used[( ((0==0)) ? (0) : (1) )]-1)",0,0,0);
	T = trans[ 4][2327] = settr(8898,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8898,0,2303,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2303]	= settr(8874,2,2324,514,514,"x = 0", 1, 2, 0);
	trans[4][2325]	= settr(8896,2,2324,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2324] = settr(8895,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8895,2,2304,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8895,2,2322,0,0,"DO", 1, 2, 0);
	trans[4][2304]	= settr(8875,2,2311,515,0,"((x<5))", 1, 2, 0);
	T = trans[4][2311] = settr(8882,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8882,2,2305,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8882,2,2309,0,0,"IF", 1, 2, 0);
	trans[4][2305]	= settr(8876,2,2308,516,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 4][2308] = settr(8879,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8879,0,2306,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2306]	= settr(8877,2,2319,517,517,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2307 -> 0,2319 */
	reached4[2307] = 1;
	trans[4][2307]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][2312]	= settr(8883,2,2319,1,0,".(goto)", 1, 2, 0);
	trans[4][2309]	= settr(8880,2,2310,2,0,"else", 1, 2, 0);
	trans[4][2310]	= settr(8881,2,2319,1,0,"(1)", 1, 2, 0);
	T = trans[4][2319] = settr(8890,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8890,2,2313,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8890,2,2317,0,0,"IF", 1, 2, 0);
	trans[4][2313]	= settr(8884,2,2316,518,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 4][2316] = settr(8887,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8887,0,2314,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2314]	= settr(8885,2,2324,519,519,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2315 -> 0,2324 */
	reached4[2315] = 1;
	trans[4][2315]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][2320]	= settr(8891,2,2321,1,0,".(goto)", 1, 2, 0); /* m: 2321 -> 0,2324 */
	reached4[2321] = 1;
	trans[4][2317]	= settr(8888,2,2318,2,0,"else", 1, 2, 0);
	trans[4][2318]	= settr(8889,2,2324,520,520,"(1)", 1, 2, 0); /* m: 2321 -> 2324,0 */
	reached4[2321] = 1;
	trans[4][2321]	= settr(8892,2,2324,521,521,"x = (x+1)", 1, 2, 0);
	trans[4][2322]	= settr(8893,2,2328,2,0,"else", 1, 2, 0);
	trans[4][2323]	= settr(8894,2,2328,1,0,"goto :b190", 1, 2, 0); /* m: 2328 -> 0,2692 */
	reached4[2328] = 1;
	trans[4][2326]	= settr(8897,2,2328,1,0,"break", 1, 2, 0);
	trans[4][2328]	= settr(8899,2,2692,522,522,"alive[(9+0)] = 0", 1, 2, 0); /* m: 2537 -> 0,2692 */
	reached4[2537] = 1;
	trans[4][2330]	= settr(8901,2,2379,523,0,"((alive[(9+3)]&&!(dying[(9+3)])))", 1, 2, 0);
	T = trans[ 4][2379] = settr(8950,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8950,0,2331,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2331]	= settr(8902,2,2340,524,524,"dying[(9+3)] = 1", 1, 2, 0); /* m: 2332 -> 0,2340 */
	reached4[2332] = 1;
	trans[4][2332]	= settr(0,0,0,0,0,"msg[3].payload = 0",0,0,0);
	T = trans[ 4][2340] = settr(8911,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8911,0,2338,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2338] = settr(8909,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8909,2,2333,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8909,2,2336,0,0,"IF", 1, 2, 0);
	trans[4][2333]	= settr(8904,2,2350,525,525,"(shown[3])", 1, 2, 0); /* m: 2334 -> 2350,0 */
	reached4[2334] = 1;
	trans[4][2334]	= settr(0,0,0,0,0,"stale[3] = pa[3]",0,0,0);
	trans[4][2335]	= settr(0,0,0,0,0,"shown[3] = 0",0,0,0);
	trans[4][2339]	= settr(8910,2,2350,1,0,".(goto)", 1, 2, 0);
	trans[4][2336]	= settr(8907,2,2337,2,0,"else", 1, 2, 0);
	trans[4][2337]	= settr(8908,2,2350,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2350] = settr(8921,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8921,0,2341,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2341]	= settr(8912,2,2347,526,526,"x = 0", 1, 2, 0);
	trans[4][2348]	= settr(8919,2,2347,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2347] = settr(8918,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8918,2,2342,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8918,2,2345,0,0,"DO", 1, 2, 0);
	trans[4][2342]	= settr(8913,2,2347,527,527,"((x<5))", 1, 2, 0); /* m: 2343 -> 2347,0 */
	reached4[2343] = 1;
	trans[4][2343]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[4][2344]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[4][2345]	= settr(8916,2,2351,2,0,"else", 1, 2, 0);
	trans[4][2346]	= settr(8917,2,2351,1,0,"goto :b191", 1, 2, 0); /* m: 2351 -> 0,2377 */
	reached4[2351] = 1;
	trans[4][2349]	= settr(8920,2,2351,1,0,"break", 1, 2, 0);
	trans[4][2351]	= settr(8922,2,2377,528,528,"pfree[pa[3]] = 1", 1, 2, 0); /* m: 2352 -> 0,2377 */
	reached4[2352] = 1;
	trans[4][2352]	= settr(0,0,0,0,0,"used[( ((3==0)) ? (0) : (1) )] = (used[( ((3==0)) ? (0) : (1) )]-1)",0,0,0);
	T = trans[ 4][2377] = settr(8948,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8948,0,2353,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2353]	= settr(8924,2,2374,529,529,"x = 0", 1, 2, 0);
	trans[4][2375]	= settr(8946,2,2374,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2374] = settr(8945,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(8945,2,2354,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(8945,2,2372,0,0,"DO", 1, 2, 0);
	trans[4][2354]	= settr(8925,2,2361,530,0,"((x<5))", 1, 2, 0);
	T = trans[4][2361] = settr(8932,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8932,2,2355,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8932,2,2359,0,0,"IF", 1, 2, 0);
	trans[4][2355]	= settr(8926,2,2358,531,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 4][2358] = settr(8929,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8929,0,2356,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2356]	= settr(8927,2,2369,532,532,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2357 -> 0,2369 */
	reached4[2357] = 1;
	trans[4][2357]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][2362]	= settr(8933,2,2369,1,0,".(goto)", 1, 2, 0);
	trans[4][2359]	= settr(8930,2,2360,2,0,"else", 1, 2, 0);
	trans[4][2360]	= settr(8931,2,2369,1,0,"(1)", 1, 2, 0);
	T = trans[4][2369] = settr(8940,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8940,2,2363,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8940,2,2367,0,0,"IF", 1, 2, 0);
	trans[4][2363]	= settr(8934,2,2366,533,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 4][2366] = settr(8937,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8937,0,2364,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2364]	= settr(8935,2,2374,534,534,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2365 -> 0,2374 */
	reached4[2365] = 1;
	trans[4][2365]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][2370]	= settr(8941,2,2371,1,0,".(goto)", 1, 2, 0); /* m: 2371 -> 0,2374 */
	reached4[2371] = 1;
	trans[4][2367]	= settr(8938,2,2368,2,0,"else", 1, 2, 0);
	trans[4][2368]	= settr(8939,2,2374,535,535,"(1)", 1, 2, 0); /* m: 2371 -> 2374,0 */
	reached4[2371] = 1;
	trans[4][2371]	= settr(8942,2,2374,536,536,"x = (x+1)", 1, 2, 0);
	trans[4][2372]	= settr(8943,2,2378,2,0,"else", 1, 2, 0);
	trans[4][2373]	= settr(8944,2,2378,1,0,"goto :b192", 1, 2, 0); /* m: 2378 -> 0,2692 */
	reached4[2378] = 1;
	trans[4][2376]	= settr(8947,2,2378,1,0,"break", 1, 2, 0);
	trans[4][2378]	= settr(8949,2,2692,537,537,"alive[(9+3)] = 0", 1, 2, 0); /* m: 2537 -> 0,2692 */
	reached4[2537] = 1;
	trans[4][2380]	= settr(8951,2,2406,538,0,"((alive[(14+0)]&&!(dying[(14+0)])))", 1, 2, 0);
	T = trans[ 4][2406] = settr(8977,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8977,0,2381,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2381]	= settr(8952,2,2386,539,539,"dying[(14+0)] = 1", 1, 2, 0);
	T = trans[4][2386] = settr(8957,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8957,2,2382,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8957,2,2384,0,0,"IF", 1, 2, 0);
	trans[4][2382]	= settr(8953,2,2404,540,540,"((0==3))", 1, 2, 0); /* m: 2383 -> 2404,0 */
	reached4[2383] = 1;
	trans[4][2383]	= settr(0,0,0,0,0,"msg[3].thread = 0",0,0,0);
	trans[4][2387]	= settr(8958,2,2404,1,0,".(goto)", 1, 2, 0);
	trans[4][2384]	= settr(8955,2,2385,2,0,"else", 1, 2, 0);
	trans[4][2385]	= settr(8956,2,2404,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2404] = settr(8975,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8975,0,2401,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2401] = settr(8972,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8972,2,2388,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8972,2,2399,0,0,"IF", 1, 2, 0);
	trans[4][2388]	= settr(8959,2,2397,541,0,"((tstate[0]==2))", 1, 2, 0);
	T = trans[ 4][2397] = settr(8968,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8968,0,2393,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2393] = settr(8964,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8964,2,2389,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8964,2,2391,0,0,"IF", 1, 2, 0);
	trans[4][2389]	= settr(8960,2,2692,542,542,"((twait[0]==1))", 1, 2, 0); /* m: 2390 -> 2692,0 */
	reached4[2390] = 1;
	trans[4][2390]	= settr(0,0,0,0,0,"msg[twon[0]].waiter = 255",0,0,0);
	trans[4][2394]	= settr(8965,2,2395,1,0,".(goto)", 1, 2, 0); /* m: 2395 -> 0,2692 */
	reached4[2395] = 1;
	trans[4][2391]	= settr(8962,2,2392,2,0,"else", 1, 2, 0);
	trans[4][2392]	= settr(8963,2,2692,543,543,"(1)", 1, 2, 0); /* m: 2395 -> 2692,0 */
	reached4[2395] = 1;
	trans[4][2395]	= settr(8966,2,2692,544,544,"twait[0] = 0", 1, 2, 0); /* m: 2396 -> 0,2692 */
	reached4[2396] = 1;
	trans[4][2396]	= settr(0,0,0,0,0,"twon[0] = 255",0,0,0);
	trans[4][2398]	= settr(0,0,0,0,0,"tres[0] = 19",0,0,0);
	trans[4][2402]	= settr(8973,2,2403,1,0,".(goto)", 1, 2, 0); /* m: 2403 -> 0,2692 */
	reached4[2403] = 1;
	trans[4][2399]	= settr(8970,2,2400,2,0,"else", 1, 2, 0);
	trans[4][2400]	= settr(8971,2,2692,545,545,"(1)", 1, 2, 0); /* m: 2403 -> 2692,0 */
	reached4[2403] = 1;
	trans[4][2403]	= settr(8974,2,2692,546,546,"tstate[0] = 0", 1, 2, 0); /* m: 2405 -> 0,2692 */
	reached4[2405] = 1;
	trans[4][2405]	= settr(0,0,0,0,0,"alive[(14+0)] = 0",0,0,0);
	trans[4][2407]	= settr(8978,2,2433,547,0,"((alive[(14+1)]&&!(dying[(14+1)])))", 1, 2, 0);
	T = trans[ 4][2433] = settr(9004,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9004,0,2408,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2408]	= settr(8979,2,2413,548,548,"dying[(14+1)] = 1", 1, 2, 0);
	T = trans[4][2413] = settr(8984,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8984,2,2409,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8984,2,2411,0,0,"IF", 1, 2, 0);
	trans[4][2409]	= settr(8980,2,2431,549,549,"((1==3))", 1, 2, 0); /* m: 2410 -> 2431,0 */
	reached4[2410] = 1;
	trans[4][2410]	= settr(0,0,0,0,0,"msg[3].thread = 0",0,0,0);
	trans[4][2414]	= settr(8985,2,2431,1,0,".(goto)", 1, 2, 0);
	trans[4][2411]	= settr(8982,2,2412,2,0,"else", 1, 2, 0);
	trans[4][2412]	= settr(8983,2,2431,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2431] = settr(9002,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9002,0,2428,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2428] = settr(8999,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8999,2,2415,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8999,2,2426,0,0,"IF", 1, 2, 0);
	trans[4][2415]	= settr(8986,2,2424,550,0,"((tstate[1]==2))", 1, 2, 0);
	T = trans[ 4][2424] = settr(8995,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(8995,0,2420,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2420] = settr(8991,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(8991,2,2416,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(8991,2,2418,0,0,"IF", 1, 2, 0);
	trans[4][2416]	= settr(8987,2,2692,551,551,"((twait[1]==1))", 1, 2, 0); /* m: 2417 -> 2692,0 */
	reached4[2417] = 1;
	trans[4][2417]	= settr(0,0,0,0,0,"msg[twon[1]].waiter = 255",0,0,0);
	trans[4][2421]	= settr(8992,2,2422,1,0,".(goto)", 1, 2, 0); /* m: 2422 -> 0,2692 */
	reached4[2422] = 1;
	trans[4][2418]	= settr(8989,2,2419,2,0,"else", 1, 2, 0);
	trans[4][2419]	= settr(8990,2,2692,552,552,"(1)", 1, 2, 0); /* m: 2422 -> 2692,0 */
	reached4[2422] = 1;
	trans[4][2422]	= settr(8993,2,2692,553,553,"twait[1] = 0", 1, 2, 0); /* m: 2423 -> 0,2692 */
	reached4[2423] = 1;
	trans[4][2423]	= settr(0,0,0,0,0,"twon[1] = 255",0,0,0);
	trans[4][2425]	= settr(0,0,0,0,0,"tres[1] = 19",0,0,0);
	trans[4][2429]	= settr(9000,2,2430,1,0,".(goto)", 1, 2, 0); /* m: 2430 -> 0,2692 */
	reached4[2430] = 1;
	trans[4][2426]	= settr(8997,2,2427,2,0,"else", 1, 2, 0);
	trans[4][2427]	= settr(8998,2,2692,554,554,"(1)", 1, 2, 0); /* m: 2430 -> 2692,0 */
	reached4[2430] = 1;
	trans[4][2430]	= settr(9001,2,2692,555,555,"tstate[1] = 0", 1, 2, 0); /* m: 2432 -> 0,2692 */
	reached4[2432] = 1;
	trans[4][2432]	= settr(0,0,0,0,0,"alive[(14+1)] = 0",0,0,0);
	trans[4][2434]	= settr(9005,2,2460,556,0,"((alive[(14+2)]&&!(dying[(14+2)])))", 1, 2, 0);
	T = trans[ 4][2460] = settr(9031,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9031,0,2435,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2435]	= settr(9006,2,2440,557,557,"dying[(14+2)] = 1", 1, 2, 0);
	T = trans[4][2440] = settr(9011,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9011,2,2436,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9011,2,2438,0,0,"IF", 1, 2, 0);
	trans[4][2436]	= settr(9007,2,2458,558,558,"((2==3))", 1, 2, 0); /* m: 2437 -> 2458,0 */
	reached4[2437] = 1;
	trans[4][2437]	= settr(0,0,0,0,0,"msg[3].thread = 0",0,0,0);
	trans[4][2441]	= settr(9012,2,2458,1,0,".(goto)", 1, 2, 0);
	trans[4][2438]	= settr(9009,2,2439,2,0,"else", 1, 2, 0);
	trans[4][2439]	= settr(9010,2,2458,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2458] = settr(9029,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9029,0,2455,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2455] = settr(9026,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9026,2,2442,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9026,2,2453,0,0,"IF", 1, 2, 0);
	trans[4][2442]	= settr(9013,2,2451,559,0,"((tstate[2]==2))", 1, 2, 0);
	T = trans[ 4][2451] = settr(9022,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9022,0,2447,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2447] = settr(9018,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9018,2,2443,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9018,2,2445,0,0,"IF", 1, 2, 0);
	trans[4][2443]	= settr(9014,2,2692,560,560,"((twait[2]==1))", 1, 2, 0); /* m: 2444 -> 2692,0 */
	reached4[2444] = 1;
	trans[4][2444]	= settr(0,0,0,0,0,"msg[twon[2]].waiter = 255",0,0,0);
	trans[4][2448]	= settr(9019,2,2449,1,0,".(goto)", 1, 2, 0); /* m: 2449 -> 0,2692 */
	reached4[2449] = 1;
	trans[4][2445]	= settr(9016,2,2446,2,0,"else", 1, 2, 0);
	trans[4][2446]	= settr(9017,2,2692,561,561,"(1)", 1, 2, 0); /* m: 2449 -> 2692,0 */
	reached4[2449] = 1;
	trans[4][2449]	= settr(9020,2,2692,562,562,"twait[2] = 0", 1, 2, 0); /* m: 2450 -> 0,2692 */
	reached4[2450] = 1;
	trans[4][2450]	= settr(0,0,0,0,0,"twon[2] = 255",0,0,0);
	trans[4][2452]	= settr(0,0,0,0,0,"tres[2] = 19",0,0,0);
	trans[4][2456]	= settr(9027,2,2457,1,0,".(goto)", 1, 2, 0); /* m: 2457 -> 0,2692 */
	reached4[2457] = 1;
	trans[4][2453]	= settr(9024,2,2454,2,0,"else", 1, 2, 0);
	trans[4][2454]	= settr(9025,2,2692,563,563,"(1)", 1, 2, 0); /* m: 2457 -> 2692,0 */
	reached4[2457] = 1;
	trans[4][2457]	= settr(9028,2,2692,564,564,"tstate[2] = 0", 1, 2, 0); /* m: 2459 -> 0,2692 */
	reached4[2459] = 1;
	trans[4][2459]	= settr(0,0,0,0,0,"alive[(14+2)] = 0",0,0,0);
	trans[4][2461]	= settr(9032,2,2487,565,0,"((alive[(14+3)]&&!(dying[(14+3)])))", 1, 2, 0);
	T = trans[ 4][2487] = settr(9058,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9058,0,2462,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2462]	= settr(9033,2,2467,566,566,"dying[(14+3)] = 1", 1, 2, 0);
	T = trans[4][2467] = settr(9038,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9038,2,2463,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9038,2,2465,0,0,"IF", 1, 2, 0);
	trans[4][2463]	= settr(9034,2,2485,567,567,"((3==3))", 1, 2, 0); /* m: 2464 -> 2485,0 */
	reached4[2464] = 1;
	trans[4][2464]	= settr(0,0,0,0,0,"msg[3].thread = 0",0,0,0);
	trans[4][2468]	= settr(9039,2,2485,1,0,".(goto)", 1, 2, 0);
	trans[4][2465]	= settr(9036,2,2466,2,0,"else", 1, 2, 0);
	trans[4][2466]	= settr(9037,2,2485,1,0,"(1)", 1, 2, 0);
	T = trans[ 4][2485] = settr(9056,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9056,0,2482,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2482] = settr(9053,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9053,2,2469,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9053,2,2480,0,0,"IF", 1, 2, 0);
	trans[4][2469]	= settr(9040,2,2478,568,0,"((tstate[3]==2))", 1, 2, 0);
	T = trans[ 4][2478] = settr(9049,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9049,0,2474,0,0,"sub-sequence", 1, 2, 0);
	T = trans[4][2474] = settr(9045,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9045,2,2470,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9045,2,2472,0,0,"IF", 1, 2, 0);
	trans[4][2470]	= settr(9041,2,2692,569,569,"((twait[3]==1))", 1, 2, 0); /* m: 2471 -> 2692,0 */
	reached4[2471] = 1;
	trans[4][2471]	= settr(0,0,0,0,0,"msg[twon[3]].waiter = 255",0,0,0);
	trans[4][2475]	= settr(9046,2,2476,1,0,".(goto)", 1, 2, 0); /* m: 2476 -> 0,2692 */
	reached4[2476] = 1;
	trans[4][2472]	= settr(9043,2,2473,2,0,"else", 1, 2, 0);
	trans[4][2473]	= settr(9044,2,2692,570,570,"(1)", 1, 2, 0); /* m: 2476 -> 2692,0 */
	reached4[2476] = 1;
	trans[4][2476]	= settr(9047,2,2692,571,571,"twait[3] = 0", 1, 2, 0); /* m: 2477 -> 0,2692 */
	reached4[2477] = 1;
	trans[4][2477]	= settr(0,0,0,0,0,"twon[3] = 255",0,0,0);
	trans[4][2479]	= settr(0,0,0,0,0,"tres[3] = 19",0,0,0);
	trans[4][2483]	= settr(9054,2,2484,1,0,".(goto)", 1, 2, 0); /* m: 2484 -> 0,2692 */
	reached4[2484] = 1;
	trans[4][2480]	= settr(9051,2,2481,2,0,"else", 1, 2, 0);
	trans[4][2481]	= settr(9052,2,2692,572,572,"(1)", 1, 2, 0); /* m: 2484 -> 2692,0 */
	reached4[2484] = 1;
	trans[4][2484]	= settr(9055,2,2692,573,573,"tstate[3] = 0", 1, 2, 0); /* m: 2486 -> 0,2692 */
	reached4[2486] = 1;
	trans[4][2486]	= settr(0,0,0,0,0,"alive[(14+3)] = 0",0,0,0);
	trans[4][2488]	= settr(9059,2,2532,574,0,"((alive[6]&&!(dying[6])))", 1, 2, 0);
	T = trans[ 4][2532] = settr(9103,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9103,0,2489,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2489]	= settr(9060,2,2527,575,575,"dying[6] = 1", 1, 2, 0); /* m: 2490 -> 0,2527 */
	reached4[2490] = 1;
	trans[4][2490]	= settr(0,0,0,0,0,"msg[1].reply = 0",0,0,0);
	trans[4][2491]	= settr(0,0,0,0,0,"rslot = 0",0,0,0);
	T = trans[4][2527] = settr(9098,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9098,2,2492,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9098,2,2525,0,0,"IF", 1, 2, 0);
	trans[4][2492]	= settr(9063,2,2524,576,0,"((((r_armed&&(r_target!=255))&&(msg[r_target].state==2))&&!(msg[r_target].onq)))", 1, 2, 0);
	T = trans[ 4][2524] = settr(9095,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9095,0,2493,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2493]	= settr(9064,2,2516,577,577,"msg[r_target].xfer = 0", 1, 2, 0); /* m: 2494 -> 0,2516 */
	reached4[2494] = 1;
	trans[4][2494]	= settr(0,0,0,0,0,"msg[r_target].state = 0",0,0,0);
	trans[4][2495]	= settr(0,0,0,0,0,"msg[r_target].is_source = 0",0,0,0);
	trans[4][2496]	= settr(0,0,0,0,0,"msg[r_target].peer = 255",0,0,0);
	trans[4][2497]	= settr(0,0,0,0,0,"msg[r_target].onq = 0",0,0,0);
	trans[4][2498]	= settr(0,0,0,0,0,"msg[r_target].ncaps = 0",0,0,0);
	trans[4][2499]	= settr(0,0,0,0,0,"msg[r_target].copied = 0",0,0,0);
	trans[4][2500]	= settr(0,0,0,0,0,"msg[r_target].failed = 0",0,0,0);
	trans[4][2501]	= settr(0,0,0,0,0,"msg[r_target].status = 18",0,0,0);
	trans[4][2502]	= settr(0,0,0,0,0,"msg[r_target].got_caps = 0",0,0,0);
	trans[4][2503]	= settr(0,0,0,0,0,"msg[r_target].charged = 0",0,0,0);
	trans[4][2504]	= settr(0,0,0,0,0,"msg[r_target].reply = 0",0,0,0);
	trans[4][2505]	= settr(0,0,0,0,0,"fw = msg[r_target].waiter",0,0,0);
	T = trans[4][2516] = settr(9087,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9087,2,2506,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9087,2,2514,0,0,"IF", 1, 2, 0);
	trans[4][2506]	= settr(9077,2,2513,578,578,"((fw!=255))", 1, 2, 0); /* m: 2507 -> 2513,0 */
	reached4[2507] = 1;
	trans[4][2507]	= settr(0,0,0,0,0,"msg[r_target].waiter = 255",0,0,0);
	trans[4][2508]	= settr(0,0,0,0,0,"msg[r_target].delivered = 0",0,0,0);
	T = trans[ 4][2513] = settr(9084,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9084,0,2509,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2509]	= settr(9080,2,2522,579,579,"twait[fw] = 0", 1, 2, 0); /* m: 2510 -> 0,2522 */
	reached4[2510] = 1;
	trans[4][2510]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[4][2511]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[4][2512]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[4][2517]	= settr(9088,2,2522,1,0,".(goto)", 1, 2, 0);
	trans[4][2514]	= settr(9085,2,2515,2,0,"else", 1, 2, 0);
	trans[4][2515]	= settr(9086,2,2522,580,580,"msg[r_target].delivered = 1", 1, 2, 0);
	T = trans[4][2522] = settr(9093,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9093,2,2518,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9093,2,2520,0,0,"IF", 1, 2, 0);
	trans[4][2518]	= settr(9089,2,2692,581,581,"((msg[r_target].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2519 -> 2692,0 */
	reached4[2519] = 1;
	trans[4][2519]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[4][2523]	= settr(9094,2,2529,1,0,".(goto)", 1, 2, 0); /* m: 2529 -> 0,2692 */
	reached4[2529] = 1;
	trans[4][2520]	= settr(9091,2,2521,2,0,"else", 1, 2, 0);
	trans[4][2521]	= settr(9092,2,2692,582,582,"(1)", 1, 2, 0); /* m: 2529 -> 2692,0 */
	reached4[2529] = 1;
	trans[4][2528]	= settr(9099,2,2529,1,0,".(goto)", 1, 2, 0); /* m: 2529 -> 0,2692 */
	reached4[2529] = 1;
	trans[4][2525]	= settr(9096,2,2526,2,0,"else", 1, 2, 0);
	trans[4][2526]	= settr(9097,2,2692,583,583,"(1)", 1, 2, 0); /* m: 2529 -> 2692,0 */
	reached4[2529] = 1;
	trans[4][2529]	= settr(9100,2,2692,584,584,"r_armed = 0", 1, 2, 0); /* m: 2530 -> 0,2692 */
	reached4[2530] = 1;
	trans[4][2530]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[4][2531]	= settr(0,0,0,0,0,"alive[6] = 0",0,0,0);
	trans[4][2533]	= settr(9104,2,2692,585,585,"((src[0]&1))", 1, 2, 0); /* m: 2534 -> 2692,0 */
	reached4[2534] = 1;
	trans[4][2534]	= settr(0,0,0,0,0,"src[0] = (src[0]&~(1))",0,0,0);
	trans[4][2537]	= settr(9108,2,2692,586,586,"k = (k+1)", 1, 2, 0);
	T = trans[ 4][2692] = settr(9263,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9263,0,2562,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 4][2562] = settr(9133,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9133,0,2538,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2538]	= settr(9109,2,2559,587,587,"x = 0", 1, 2, 0);
	trans[4][2560]	= settr(9131,2,2559,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2559] = settr(9130,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9130,2,2539,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9130,2,2557,0,0,"DO", 1, 2, 0);
	trans[4][2539]	= settr(9110,2,2546,588,0,"((x<5))", 1, 2, 0);
	T = trans[4][2546] = settr(9117,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9117,2,2540,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9117,2,2544,0,0,"IF", 1, 2, 0);
	trans[4][2540]	= settr(9111,2,2543,589,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 4][2543] = settr(9114,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9114,0,2541,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2541]	= settr(9112,2,2554,590,590,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2542 -> 0,2554 */
	reached4[2542] = 1;
	trans[4][2542]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][2547]	= settr(9118,2,2554,1,0,".(goto)", 1, 2, 0);
	trans[4][2544]	= settr(9115,2,2545,2,0,"else", 1, 2, 0);
	trans[4][2545]	= settr(9116,2,2554,1,0,"(1)", 1, 2, 0);
	T = trans[4][2554] = settr(9125,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9125,2,2548,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9125,2,2552,0,0,"IF", 1, 2, 0);
	trans[4][2548]	= settr(9119,2,2551,591,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 4][2551] = settr(9122,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9122,0,2549,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2549]	= settr(9120,2,2559,592,592,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2550 -> 0,2559 */
	reached4[2550] = 1;
	trans[4][2550]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[4][2555]	= settr(9126,2,2556,1,0,".(goto)", 1, 2, 0); /* m: 2556 -> 0,2559 */
	reached4[2556] = 1;
	trans[4][2552]	= settr(9123,2,2553,2,0,"else", 1, 2, 0);
	trans[4][2553]	= settr(9124,2,2559,593,593,"(1)", 1, 2, 0); /* m: 2556 -> 2559,0 */
	reached4[2556] = 1;
	trans[4][2556]	= settr(9127,2,2559,594,594,"x = (x+1)", 1, 2, 0);
	trans[4][2557]	= settr(9128,2,2605,2,0,"else", 1, 2, 0);
	trans[4][2558]	= settr(9129,2,2605,1,0,"goto :b193", 1, 2, 0);
	trans[4][2561]	= settr(9132,2,2605,1,0,"break", 1, 2, 0);
	T = trans[ 4][2605] = settr(9176,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9176,0,2563,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2563]	= settr(9134,2,2579,595,595,"i = 0", 1, 2, 0);
	trans[4][2580]	= settr(9151,2,2579,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2579] = settr(9150,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9150,2,2564,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9150,2,2577,0,0,"DO", 1, 2, 0);
	trans[4][2564]	= settr(9135,2,2572,596,596,"((i<5))", 1, 2, 0); /* m: 2565 -> 2572,0 */
	reached4[2565] = 1;
	trans[4][2565]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[4][2566]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][2573]	= settr(9144,2,2572,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2572] = settr(9143,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9143,2,2567,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9143,2,2570,0,0,"DO", 1, 2, 0);
	trans[4][2567]	= settr(9138,2,2572,597,597,"((j<5))", 1, 2, 0); /* m: 2568 -> 2572,0 */
	reached4[2568] = 1;
	trans[4][2568]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[4][2569]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2570]	= settr(9141,2,2575,2,0,"else", 1, 2, 0);
	trans[4][2571]	= settr(9142,2,2575,1,0,"goto :b195", 1, 2, 0); /* m: 2575 -> 0,2579 */
	reached4[2575] = 1;
	trans[4][2574]	= settr(9145,2,2575,1,0,"break", 1, 2, 0);
	trans[4][2575]	= settr(9146,2,2579,598,598,"assert((n==1))", 1, 2, 0); /* m: 2576 -> 0,2579 */
	reached4[2576] = 1;
	trans[4][2576]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[4][2577]	= settr(9148,2,2582,2,0,"else", 1, 2, 0);
	trans[4][2578]	= settr(9149,2,2582,1,0,"goto :b194", 1, 2, 0); /* m: 2582 -> 0,2601 */
	reached4[2582] = 1;
	trans[4][2581]	= settr(9152,2,2582,1,0,"break", 1, 2, 0);
	trans[4][2582]	= settr(9153,2,2601,599,599,"n = 0", 1, 2, 0); /* m: 2583 -> 0,2601 */
	reached4[2583] = 1;
	trans[4][2583]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[4][2584]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[4][2602]	= settr(9173,2,2601,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2601] = settr(9172,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9172,2,2585,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9172,2,2599,0,0,"DO", 1, 2, 0);
	trans[4][2585]	= settr(9156,2,2596,600,0,"((i<5))", 1, 2, 0);
	T = trans[4][2596] = settr(9167,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9167,2,2586,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9167,2,2594,0,0,"IF", 1, 2, 0);
	trans[4][2586]	= settr(9157,2,2592,601,601,"(alive[(9+i)])", 1, 2, 0); /* m: 2587 -> 2592,0 */
	reached4[2587] = 1;
	trans[4][2587]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[4][2592] = settr(9163,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9163,2,2588,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9163,2,2590,0,0,"IF", 1, 2, 0);
	trans[4][2588]	= settr(9159,2,2601,602,602,"((owner[i]==7))", 1, 2, 0); /* m: 2589 -> 2601,0 */
	reached4[2589] = 1;
	trans[4][2589]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[4][2593]	= settr(9164,2,2598,1,0,".(goto)", 1, 2, 0); /* m: 2598 -> 0,2601 */
	reached4[2598] = 1;
	trans[4][2590]	= settr(9161,2,2591,2,0,"else", 1, 2, 0);
	trans[4][2591]	= settr(9162,2,2601,603,603,"x = (x+1)", 1, 2, 0); /* m: 2598 -> 0,2601 */
	reached4[2598] = 1;
	trans[4][2597]	= settr(9168,2,2598,1,0,".(goto)", 1, 2, 0); /* m: 2598 -> 0,2601 */
	reached4[2598] = 1;
	trans[4][2594]	= settr(9165,2,2595,2,0,"else", 1, 2, 0);
	trans[4][2595]	= settr(9166,2,2601,604,604,"(1)", 1, 2, 0); /* m: 2598 -> 2601,0 */
	reached4[2598] = 1;
	trans[4][2598]	= settr(9169,2,2601,605,605,"i = (i+1)", 1, 2, 0);
	trans[4][2599]	= settr(9170,2,2604,2,0,"else", 1, 2, 0);
	trans[4][2600]	= settr(9171,2,2604,1,0,"goto :b196", 1, 2, 0); /* m: 2604 -> 0,2691 */
	reached4[2604] = 1;
	trans[4][2603]	= settr(9174,2,2604,1,0,"break", 1, 2, 0);
	trans[4][2604]	= settr(9175,2,2691,606,606,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 4][2691] = settr(9262,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(9262,0,2606,0,0,"sub-sequence", 1, 2, 0);
	trans[4][2606]	= settr(9177,2,2664,607,607,"i = 0", 1, 2, 0);
	trans[4][2665]	= settr(9236,2,2664,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2664] = settr(9235,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9235,2,2607,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9235,2,2662,0,0,"DO", 1, 2, 0);
	trans[4][2607]	= settr(9178,2,2659,608,0,"((i<5))", 1, 2, 0);
	T = trans[4][2659] = settr(9230,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9230,2,2608,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9230,2,2657,0,0,"IF", 1, 2, 0);
	trans[4][2608]	= settr(9179,2,2616,609,609,"(alive[i])", 1, 2, 0); /* m: 2609 -> 2616,0 */
	reached4[2609] = 1;
	trans[4][2609]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[4][2610]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][2617]	= settr(9188,2,2616,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2616] = settr(9187,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9187,2,2611,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9187,2,2614,0,0,"DO", 1, 2, 0);
	trans[4][2611]	= settr(9182,2,2616,610,610,"((j<qn[0]))", 1, 2, 0); /* m: 2612 -> 2616,0 */
	reached4[2612] = 1;
	trans[4][2612]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[4][2613]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2614]	= settr(9185,2,2619,2,0,"else", 1, 2, 0);
	trans[4][2615]	= settr(9186,2,2619,1,0,"goto :b198", 1, 2, 0); /* m: 2619 -> 0,2626 */
	reached4[2619] = 1;
	trans[4][2618]	= settr(9189,2,2619,1,0,"break", 1, 2, 0);
	trans[4][2619]	= settr(9190,2,2626,611,611,"x = 0", 1, 2, 0); /* m: 2620 -> 0,2626 */
	reached4[2620] = 1;
	trans[4][2620]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[4][2627]	= settr(9198,2,2626,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2626] = settr(9197,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9197,2,2621,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9197,2,2624,0,0,"DO", 1, 2, 0);
	trans[4][2621]	= settr(9192,2,2626,612,612,"((j<qn[1]))", 1, 2, 0); /* m: 2622 -> 2626,0 */
	reached4[2622] = 1;
	trans[4][2622]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[4][2623]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[4][2624]	= settr(9195,2,2629,2,0,"else", 1, 2, 0);
	trans[4][2625]	= settr(9196,2,2629,1,0,"goto :b199", 1, 2, 0); /* m: 2629 -> 0,2642 */
	reached4[2629] = 1;
	trans[4][2628]	= settr(9199,2,2629,1,0,"break", 1, 2, 0);
	trans[4][2629]	= settr(9200,2,2642,613,613,"assert(((n+x)<=1))", 1, 2, 0); /* m: 2630 -> 0,2642 */
	reached4[2630] = 1;
	trans[4][2630]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[4][2631]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[4][2632]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[4][2633]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[4][2634]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[4][2642] = settr(9213,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9213,2,2635,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9213,2,2640,0,0,"IF", 1, 2, 0);
	trans[4][2635]	= settr(9206,2,2651,614,614,"((msg[i].state==3))", 1, 2, 0); /* m: 2636 -> 2651,0 */
	reached4[2636] = 1;
	trans[4][2636]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[4][2637]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[4][2638]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[4][2639]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[4][2643]	= settr(9214,2,2644,1,0,".(goto)", 1, 2, 0); /* m: 2644 -> 0,2651 */
	reached4[2644] = 1;
	trans[4][2640]	= settr(9211,2,2641,2,0,"else", 1, 2, 0);
	trans[4][2641]	= settr(9212,2,2651,615,615,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 2644 -> 0,2651 */
	reached4[2644] = 1;
	trans[4][2644]	= settr(9215,2,2651,616,616,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 2645 -> 0,2651 */
	reached4[2645] = 1;
	trans[4][2645]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[4][2646]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[4][2651] = settr(9222,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9222,2,2647,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9222,2,2649,0,0,"IF", 1, 2, 0);
	trans[4][2647]	= settr(9218,2,2664,617,617,"((w!=255))", 1, 2, 0); /* m: 2648 -> 2664,0 */
	reached4[2648] = 1;
	trans[4][2648]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[4][2652]	= settr(9223,2,2653,1,0,".(goto)", 1, 2, 0); /* m: 2653 -> 0,2664 */
	reached4[2653] = 1;
	trans[4][2649]	= settr(9220,2,2650,2,0,"else", 1, 2, 0);
	trans[4][2650]	= settr(9221,2,2664,618,618,"(1)", 1, 2, 0); /* m: 2653 -> 2664,0 */
	reached4[2653] = 1;
	trans[4][2653]	= settr(9224,2,2664,619,619,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 2654 -> 0,2664 */
	reached4[2654] = 1;
	trans[4][2654]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[4][2655]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[4][2656]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[4][2660]	= settr(9231,2,2661,1,0,".(goto)", 1, 2, 0); /* m: 2661 -> 0,2664 */
	reached4[2661] = 1;
	trans[4][2657]	= settr(9228,2,2658,2,0,"else", 1, 2, 0);
	trans[4][2658]	= settr(9229,2,2664,620,620,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 2661 -> 0,2664 */
	reached4[2661] = 1;
	trans[4][2661]	= settr(9232,2,2664,621,621,"i = (i+1)", 1, 2, 0);
	trans[4][2662]	= settr(9233,2,2667,2,0,"else", 1, 2, 0);
	trans[4][2663]	= settr(9234,2,2667,1,0,"goto :b197", 1, 2, 0); /* m: 2667 -> 0,2685 */
	reached4[2667] = 1;
	trans[4][2666]	= settr(9237,2,2667,1,0,"break", 1, 2, 0);
	trans[4][2667]	= settr(9238,2,2685,622,622,"i = 0", 1, 2, 0);
	trans[4][2686]	= settr(9257,2,2685,1,0,".(goto)", 1, 2, 0);
	T = trans[4][2685] = settr(9256,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(9256,2,2668,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(9256,2,2683,0,0,"DO", 1, 2, 0);
	trans[4][2668]	= settr(9239,2,2680,623,0,"((i<5))", 1, 2, 0);
	T = trans[4][2680] = settr(9251,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9251,2,2669,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9251,2,2678,0,0,"IF", 1, 2, 0);
	trans[4][2669]	= settr(9240,2,2676,624,624,"((tstate[i]==2))", 1, 2, 0); /* m: 2670 -> 2676,0 */
	reached4[2670] = 1;
	trans[4][2670]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[4][2671]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[4][2676] = settr(9247,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(9247,2,2672,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(9247,2,2674,0,0,"IF", 1, 2, 0);
	trans[4][2672]	= settr(9243,2,2685,625,625,"((twait[i]==1))", 1, 2, 0); /* m: 2673 -> 2685,0 */
	reached4[2673] = 1;
	trans[4][2673]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[4][2677]	= settr(9248,2,2682,1,0,".(goto)", 1, 2, 0); /* m: 2682 -> 0,2685 */
	reached4[2682] = 1;
	trans[4][2674]	= settr(9245,2,2685,626,626,"((twait[i]==6))", 1, 2, 0); /* m: 2675 -> 2685,0 */
	reached4[2675] = 1;
	trans[4][2675]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[4][2681]	= settr(9252,2,2682,1,0,".(goto)", 1, 2, 0); /* m: 2682 -> 0,2685 */
	reached4[2682] = 1;
	trans[4][2678]	= settr(9249,2,2679,2,0,"else", 1, 2, 0);
	trans[4][2679]	= settr(9250,2,2685,627,627,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 2682 -> 0,2685 */
	reached4[2682] = 1;
	trans[4][2682]	= settr(9253,2,2685,628,628,"i = (i+1)", 1, 2, 0);
	trans[4][2683]	= settr(9254,2,2688,2,0,"else", 1, 2, 0);
	trans[4][2684]	= settr(9255,2,2688,1,0,"goto :b200", 1, 2, 0); /* m: 2688 -> 0,2695 */
	reached4[2688] = 1;
	trans[4][2687]	= settr(9258,2,2688,1,0,"break", 1, 2, 0);
	trans[4][2688]	= settr(9259,4,2695,629,629,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 2689 -> 0,2695 */
	reached4[2689] = 1;
	trans[4][2689]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[4][2690]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[4][2693]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[4][2695]	= settr(9266,0,2697,630,0,"((tstate[4]==1))", 1, 2, 0);
	trans[4][2696]	= settr(9267,0,2700,1,0,"goto :b139", 0, 2, 0);
	trans[4][2699]	= settr(9270,0,2700,1,0,"break", 0, 2, 0);
	trans[4][2700]	= settr(9271,0,0,631,631,"-end-", 0, 3500, 0);

	/* proctype 3: Worker */

	trans[3] = (Trans **) emalloc(1437*sizeof(Trans *));

	trans[3][1434]	= settr(6569,0,1433,1,0,".(goto)", 0, 2, 0);
	T = trans[3][1433] = settr(6568,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(6568,0,781,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(6568,0,1432,0,0,"DO", 0, 2, 0);
	T = trans[ 3][781] = settr(5916,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(5916,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[3][1]	= settr(5136,2,8,632,0,"(((msg[0].xfer||msg[1].xfer)||msg[4].xfer))", 1, 2, 0);
	T = trans[3][8] = settr(5143,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5143,2,2,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5143,2,4,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5143,2,6,0,0,"IF", 1, 2, 0);
	trans[3][2]	= settr(5137,2,624,633,633,"(msg[0].xfer)", 1, 2, 0); /* m: 3 -> 624,0 */
	reached3[3] = 1;
	trans[3][3]	= settr(0,0,0,0,0,"s_ = 0",0,0,0);
	trans[3][9]	= settr(5144,2,10,1,0,".(goto)", 1, 2, 0); /* m: 10 -> 0,624 */
	reached3[10] = 1;
	trans[3][4]	= settr(5139,2,624,634,634,"(msg[1].xfer)", 1, 2, 0); /* m: 5 -> 624,0 */
	reached3[5] = 1;
	trans[3][5]	= settr(0,0,0,0,0,"s_ = 1",0,0,0);
	trans[3][6]	= settr(5141,2,624,635,635,"(msg[4].xfer)", 1, 2, 0); /* m: 7 -> 624,0 */
	reached3[7] = 1;
	trans[3][7]	= settr(0,0,0,0,0,"s_ = 4",0,0,0);
	trans[3][10]	= settr(5145,2,624,636,636,"assert(((msg[s_].state==3)&&msg[s_].is_source))", 1, 2, 0);
	T = trans[ 3][624] = settr(5759,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5759,0,11,0,0,"sub-sequence", 1, 2, 0);
	trans[3][11]	= settr(5146,2,13,637,637,"t_ = msg[s_].peer", 1, 2, 0);
	T = trans[ 3][13] = settr(5148,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5148,0,12,0,0,"sub-sequence", 1, 2, 0);
	trans[3][12]	= settr(5147,2,15,638,638,"st = ( ((msg[s_].payload&&!(dying[(9+s_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[ 3][15] = settr(5150,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5150,0,14,0,0,"sub-sequence", 1, 2, 0);
	trans[3][14]	= settr(5149,2,622,639,639,"tt = ( ((msg[t_].payload&&!(dying[(9+t_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[3][622] = settr(5757,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5757,2,16,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5757,2,201,0,0,"IF", 1, 2, 0);
	trans[3][16]	= settr(5151,2,31,640,0,"(((st!=0)||(tt!=0)))", 1, 2, 0);
	T = trans[ 3][31] = settr(5166,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5166,0,17,0,0,"sub-sequence", 1, 2, 0);
	trans[3][17]	= settr(5152,2,29,641,641,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 3][29] = settr(5164,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5164,0,18,0,0,"sub-sequence", 1, 2, 0);
	trans[3][18]	= settr(5153,2,26,642,642,"n = 0", 1, 2, 0); /* m: 19 -> 0,26 */
	reached3[19] = 1;
	trans[3][19]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][27]	= settr(5162,2,26,1,0,".(goto)", 1, 2, 0);
	T = trans[3][26] = settr(5161,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5161,2,20,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5161,2,24,0,0,"DO", 1, 2, 0);
	trans[3][20]	= settr(5155,2,26,643,643,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 21 -> 26,0 */
	reached3[21] = 1;
	trans[3][21]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[3][22]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[3][23]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][24]	= settr(5159,2,30,2,0,"else", 1, 2, 0);
	trans[3][25]	= settr(5160,2,30,1,0,"goto :b102", 1, 2, 0); /* m: 30 -> 0,116 */
	reached3[30] = 1;
	trans[3][28]	= settr(5163,2,30,1,0,"break", 1, 2, 0);
	trans[3][30]	= settr(5165,2,116,644,644,"res = n", 1, 2, 0); /* m: 32 -> 0,116 */
	reached3[32] = 1;
	trans[3][32]	= settr(0,0,0,0,0,"st = ( ((st!=0)) -> (st) : (18) )",0,0,0);
	trans[3][33]	= settr(0,0,0,0,0,"tt = ( ((tt!=0)) -> (tt) : (18) )",0,0,0);
	T = trans[ 3][116] = settr(5251,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5251,0,82,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][82] = settr(5217,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5217,2,34,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5217,2,80,0,0,"IF", 1, 2, 0);
	trans[3][34]	= settr(5169,2,79,645,0,"(((st!=0)&&(msg[s_].reply!=0)))", 1, 2, 0);
	T = trans[ 3][79] = settr(5214,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5214,0,77,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][77] = settr(5212,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5212,2,35,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5212,2,75,0,0,"IF", 1, 2, 0);
	trans[3][35]	= settr(5170,2,73,646,646,"((r_armed&&(msg[s_].reply==r_gen)))", 1, 2, 0); /* m: 36 -> 73,0 */
	reached3[36] = 1;
	trans[3][36]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][37]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][73] = settr(5208,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5208,2,38,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5208,2,71,0,0,"IF", 1, 2, 0);
	trans[3][38]	= settr(5173,2,70,647,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][70] = settr(5205,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5205,0,39,0,0,"sub-sequence", 1, 2, 0);
	trans[3][39]	= settr(5174,2,62,648,648,"msg[ft].xfer = 0", 1, 2, 0); /* m: 40 -> 0,62 */
	reached3[40] = 1;
	trans[3][40]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][41]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][42]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][43]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][44]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][45]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][46]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][47]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[3][48]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][49]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][50]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][51]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][62] = settr(5197,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5197,2,52,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5197,2,60,0,0,"IF", 1, 2, 0);
	trans[3][52]	= settr(5187,2,59,649,649,"((fw!=255))", 1, 2, 0); /* m: 53 -> 59,0 */
	reached3[53] = 1;
	trans[3][53]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][54]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][59] = settr(5194,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5194,0,55,0,0,"sub-sequence", 1, 2, 0);
	trans[3][55]	= settr(5190,2,68,650,650,"twait[fw] = 0", 1, 2, 0); /* m: 56 -> 0,68 */
	reached3[56] = 1;
	trans[3][56]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][57]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[3][58]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][63]	= settr(5198,2,68,1,0,".(goto)", 1, 2, 0);
	trans[3][60]	= settr(5195,2,61,2,0,"else", 1, 2, 0);
	trans[3][61]	= settr(5196,2,68,651,651,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][68] = settr(5203,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5203,2,64,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5203,2,66,0,0,"IF", 1, 2, 0);
	trans[3][64]	= settr(5199,2,115,652,652,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 65 -> 115,0 */
	reached3[65] = 1;
	trans[3][65]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][69]	= settr(5204,2,115,1,0,".(goto)", 1, 2, 0);
	trans[3][66]	= settr(5201,2,67,2,0,"else", 1, 2, 0);
	trans[3][67]	= settr(5202,2,115,1,0,"(1)", 1, 2, 0);
	trans[3][74]	= settr(5209,2,115,1,0,".(goto)", 1, 2, 0);
	trans[3][71]	= settr(5206,2,72,2,0,"else", 1, 2, 0);
	trans[3][72]	= settr(5207,2,115,1,0,"(1)", 1, 2, 0);
	trans[3][78]	= settr(5213,2,115,1,0,".(goto)", 1, 2, 0);
	trans[3][75]	= settr(5210,2,76,2,0,"else", 1, 2, 0);
	trans[3][76]	= settr(5211,2,115,1,0,"(1)", 1, 2, 0);
	trans[3][83]	= settr(5218,2,115,1,0,".(goto)", 1, 2, 0);
	trans[3][80]	= settr(5215,2,81,2,0,"else", 1, 2, 0);
	trans[3][81]	= settr(5216,2,115,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][115] = settr(5250,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5250,0,84,0,0,"sub-sequence", 1, 2, 0);
	trans[3][84]	= settr(5219,2,107,653,653,"msg[s_].xfer = 0", 1, 2, 0); /* m: 85 -> 0,107 */
	reached3[85] = 1;
	trans[3][85]	= settr(0,0,0,0,0,"msg[s_].state = 0",0,0,0);
	trans[3][86]	= settr(0,0,0,0,0,"msg[s_].is_source = 0",0,0,0);
	trans[3][87]	= settr(0,0,0,0,0,"msg[s_].peer = 255",0,0,0);
	trans[3][88]	= settr(0,0,0,0,0,"msg[s_].onq = 0",0,0,0);
	trans[3][89]	= settr(0,0,0,0,0,"msg[s_].ncaps = 0",0,0,0);
	trans[3][90]	= settr(0,0,0,0,0,"msg[s_].copied = 0",0,0,0);
	trans[3][91]	= settr(0,0,0,0,0,"msg[s_].failed = 0",0,0,0);
	trans[3][92]	= settr(0,0,0,0,0,"msg[s_].status = st",0,0,0);
	trans[3][93]	= settr(0,0,0,0,0,"msg[s_].got_caps = res",0,0,0);
	trans[3][94]	= settr(0,0,0,0,0,"msg[s_].charged = 0",0,0,0);
	trans[3][95]	= settr(0,0,0,0,0,"msg[s_].reply = 0",0,0,0);
	trans[3][96]	= settr(0,0,0,0,0,"fw = msg[s_].waiter",0,0,0);
	T = trans[3][107] = settr(5242,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5242,2,97,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5242,2,105,0,0,"IF", 1, 2, 0);
	trans[3][97]	= settr(5232,2,104,654,654,"((fw!=255))", 1, 2, 0); /* m: 98 -> 104,0 */
	reached3[98] = 1;
	trans[3][98]	= settr(0,0,0,0,0,"msg[s_].waiter = 255",0,0,0);
	trans[3][99]	= settr(0,0,0,0,0,"msg[s_].delivered = 0",0,0,0);
	T = trans[ 3][104] = settr(5239,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5239,0,100,0,0,"sub-sequence", 1, 2, 0);
	trans[3][100]	= settr(5235,2,113,655,655,"twait[fw] = 0", 1, 2, 0); /* m: 101 -> 0,113 */
	reached3[101] = 1;
	trans[3][101]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][102]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[3][103]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][108]	= settr(5243,2,113,1,0,".(goto)", 1, 2, 0);
	trans[3][105]	= settr(5240,2,106,2,0,"else", 1, 2, 0);
	trans[3][106]	= settr(5241,2,113,656,656,"msg[s_].delivered = 1", 1, 2, 0);
	T = trans[3][113] = settr(5248,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5248,2,109,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5248,2,111,0,0,"IF", 1, 2, 0);
	trans[3][109]	= settr(5244,2,199,657,657,"((msg[s_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 110 -> 199,0 */
	reached3[110] = 1;
	trans[3][110]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][114]	= settr(5249,2,199,1,0,".(goto)", 1, 2, 0);
	trans[3][111]	= settr(5246,2,112,2,0,"else", 1, 2, 0);
	trans[3][112]	= settr(5247,2,199,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][199] = settr(5334,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5334,0,165,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][165] = settr(5300,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5300,2,117,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5300,2,163,0,0,"IF", 1, 2, 0);
	trans[3][117]	= settr(5252,2,162,658,0,"(((tt!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 3][162] = settr(5297,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5297,0,160,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][160] = settr(5295,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5295,2,118,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5295,2,158,0,0,"IF", 1, 2, 0);
	trans[3][118]	= settr(5253,2,156,659,659,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 119 -> 156,0 */
	reached3[119] = 1;
	trans[3][119]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][120]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][156] = settr(5291,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5291,2,121,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5291,2,154,0,0,"IF", 1, 2, 0);
	trans[3][121]	= settr(5256,2,153,660,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][153] = settr(5288,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5288,0,122,0,0,"sub-sequence", 1, 2, 0);
	trans[3][122]	= settr(5257,2,145,661,661,"msg[ft].xfer = 0", 1, 2, 0); /* m: 123 -> 0,145 */
	reached3[123] = 1;
	trans[3][123]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][124]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][125]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][126]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][127]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][128]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][129]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][130]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[3][131]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][132]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][133]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][134]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][145] = settr(5280,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5280,2,135,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5280,2,143,0,0,"IF", 1, 2, 0);
	trans[3][135]	= settr(5270,2,142,662,662,"((fw!=255))", 1, 2, 0); /* m: 136 -> 142,0 */
	reached3[136] = 1;
	trans[3][136]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][137]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][142] = settr(5277,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5277,0,138,0,0,"sub-sequence", 1, 2, 0);
	trans[3][138]	= settr(5273,2,151,663,663,"twait[fw] = 0", 1, 2, 0); /* m: 139 -> 0,151 */
	reached3[139] = 1;
	trans[3][139]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][140]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[3][141]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][146]	= settr(5281,2,151,1,0,".(goto)", 1, 2, 0);
	trans[3][143]	= settr(5278,2,144,2,0,"else", 1, 2, 0);
	trans[3][144]	= settr(5279,2,151,664,664,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][151] = settr(5286,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5286,2,147,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5286,2,149,0,0,"IF", 1, 2, 0);
	trans[3][147]	= settr(5282,2,198,665,665,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 148 -> 198,0 */
	reached3[148] = 1;
	trans[3][148]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][152]	= settr(5287,2,198,1,0,".(goto)", 1, 2, 0);
	trans[3][149]	= settr(5284,2,150,2,0,"else", 1, 2, 0);
	trans[3][150]	= settr(5285,2,198,1,0,"(1)", 1, 2, 0);
	trans[3][157]	= settr(5292,2,198,1,0,".(goto)", 1, 2, 0);
	trans[3][154]	= settr(5289,2,155,2,0,"else", 1, 2, 0);
	trans[3][155]	= settr(5290,2,198,1,0,"(1)", 1, 2, 0);
	trans[3][161]	= settr(5296,2,198,1,0,".(goto)", 1, 2, 0);
	trans[3][158]	= settr(5293,2,159,2,0,"else", 1, 2, 0);
	trans[3][159]	= settr(5294,2,198,1,0,"(1)", 1, 2, 0);
	trans[3][166]	= settr(5301,2,198,1,0,".(goto)", 1, 2, 0);
	trans[3][163]	= settr(5298,2,164,2,0,"else", 1, 2, 0);
	trans[3][164]	= settr(5299,2,198,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][198] = settr(5333,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5333,0,167,0,0,"sub-sequence", 1, 2, 0);
	trans[3][167]	= settr(5302,2,190,666,666,"msg[t_].xfer = 0", 1, 2, 0); /* m: 168 -> 0,190 */
	reached3[168] = 1;
	trans[3][168]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[3][169]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[3][170]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[3][171]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[3][172]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[3][173]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[3][174]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[3][175]	= settr(0,0,0,0,0,"msg[t_].status = tt",0,0,0);
	trans[3][176]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[3][177]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[3][178]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[3][179]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[3][190] = settr(5325,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5325,2,180,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5325,2,188,0,0,"IF", 1, 2, 0);
	trans[3][180]	= settr(5315,2,187,667,667,"((fw!=255))", 1, 2, 0); /* m: 181 -> 187,0 */
	reached3[181] = 1;
	trans[3][181]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[3][182]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 3][187] = settr(5322,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5322,0,183,0,0,"sub-sequence", 1, 2, 0);
	trans[3][183]	= settr(5318,2,196,668,668,"twait[fw] = 0", 1, 2, 0); /* m: 184 -> 0,196 */
	reached3[184] = 1;
	trans[3][184]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][185]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[3][186]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][191]	= settr(5326,2,196,1,0,".(goto)", 1, 2, 0);
	trans[3][188]	= settr(5323,2,189,2,0,"else", 1, 2, 0);
	trans[3][189]	= settr(5324,2,196,669,669,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[3][196] = settr(5331,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5331,2,192,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5331,2,194,0,0,"IF", 1, 2, 0);
	trans[3][192]	= settr(5327,2,779,670,670,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 193 -> 779,0 */
	reached3[193] = 1;
	trans[3][193]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][197]	= settr(5332,2,200,1,0,".(goto)", 1, 2, 0); /* m: 200 -> 0,779 */
	reached3[200] = 1;
	trans[3][194]	= settr(5329,2,195,2,0,"else", 1, 2, 0);
	trans[3][195]	= settr(5330,2,779,671,671,"(1)", 1, 2, 0); /* m: 200 -> 779,0 */
	reached3[200] = 1;
	trans[3][200]	= settr(5335,2,779,672,672,"ret = 0", 1, 2, 0);
	trans[3][623]	= settr(5758,2,779,1,0,".(goto)", 1, 2, 0);
	trans[3][201]	= settr(5336,2,202,2,0,"else", 1, 2, 0);
	trans[3][202]	= settr(5337,2,225,673,673,"cut = 0", 1, 2, 0);
	trans[3][226]	= settr(5361,2,225,1,0,".(goto)", 1, 2, 0);
	T = trans[3][225] = settr(5360,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5360,2,203,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5360,2,223,0,0,"DO", 1, 2, 0);
	trans[3][203]	= settr(5338,2,213,674,0,"((msg[s_].copied<msg[s_].ncaps))", 1, 2, 0);
	T = trans[ 3][213] = settr(5348,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5348,0,211,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][211] = settr(5346,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5346,2,204,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5346,2,209,0,0,"IF", 1, 2, 0);
	trans[3][204]	= settr(5339,2,221,675,675,"(((src[s_]&(1<<msg[s_].copied))&&(dst[((t_*2)+msg[s_].copied)]==0)))", 1, 2, 0); /* m: 205 -> 221,0 */
	reached3[205] = 1;
	trans[3][205]	= settr(0,0,0,0,0,"assert(!((ncopy[s_]&(1<<msg[s_].copied))))",0,0,0);
	trans[3][206]	= settr(0,0,0,0,0,"ncopy[s_] = (ncopy[s_]|(1<<msg[s_].copied))",0,0,0);
	trans[3][207]	= settr(0,0,0,0,0,"dst[((t_*2)+msg[s_].copied)] = (s_+1)",0,0,0);
	trans[3][208]	= settr(0,0,0,0,0,"msg[s_].landed = (msg[s_].landed|(1<<msg[s_].copied))",0,0,0);
	trans[3][212]	= settr(5347,2,214,1,0,".(goto)", 1, 2, 0); /* m: 214 -> 0,221 */
	reached3[214] = 1;
	trans[3][209]	= settr(5344,2,210,2,0,"else", 1, 2, 0);
	trans[3][210]	= settr(5345,2,221,676,676,"msg[s_].failed = (msg[s_].failed+1)", 1, 2, 0); /* m: 214 -> 0,221 */
	reached3[214] = 1;
	trans[3][214]	= settr(5349,2,221,677,677,"msg[s_].copied = (msg[s_].copied+1)", 1, 2, 0); /* m: 215 -> 0,221 */
	reached3[215] = 1;
	trans[3][215]	= settr(0,0,0,0,0,"msg[t_].copied = msg[s_].copied",0,0,0);
	T = trans[3][221] = settr(5356,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5356,2,216,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5356,2,219,0,0,"IF", 1, 2, 0);
	trans[3][216]	= settr(5351,2,620,678,678,"((msg[s_].copied<msg[s_].ncaps))", 1, 2, 0); /* m: 217 -> 620,0 */
	reached3[217] = 1;
	trans[3][217]	= settr(0,0,0,0,0,"cut = 1",0,0,0);
	trans[3][218]	= settr(5353,2,620,1,0,"goto :b103", 1, 2, 0);
	trans[3][222]	= settr(5357,2,225,1,0,".(goto)", 1, 2, 0);
	trans[3][219]	= settr(5354,2,220,1,0,"(1)", 1, 2, 0);
	trans[3][220]	= settr(5355,2,225,1,0,"(1)", 1, 2, 0);
	trans[3][223]	= settr(5358,2,620,2,0,"else", 1, 2, 0);
	trans[3][224]	= settr(5359,2,620,1,0,"goto :b103", 1, 2, 0);
	trans[3][227]	= settr(5362,2,620,1,0,"break", 1, 2, 0);
	T = trans[3][620] = settr(5755,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5755,2,228,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5755,2,230,0,0,"IF", 1, 2, 0);
	trans[3][228]	= settr(5363,2,779,679,679,"(cut)", 1, 2, 0); /* m: 229 -> 779,0 */
	reached3[229] = 1;
	trans[3][229]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[3][621]	= settr(5756,2,779,1,0,".(goto)", 1, 2, 0);
	trans[3][230]	= settr(5365,2,244,2,0,"else", 1, 2, 0);
	T = trans[ 3][244] = settr(5379,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5379,0,231,0,0,"sub-sequence", 1, 2, 0);
	trans[3][231]	= settr(5366,2,242,680,680,"st = 0", 1, 2, 0);
	T = trans[3][242] = settr(5377,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5377,2,232,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5377,2,240,0,0,"IF", 1, 2, 0);
	trans[3][232]	= settr(5367,2,238,681,681,"((msg[s_].reply!=0))", 1, 2, 0); /* m: 233 -> 238,0 */
	reached3[233] = 1;
	trans[3][233]	= settr(0,0,0,0,0,"assert((t_==3))",0,0,0);
	T = trans[3][238] = settr(5373,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5373,2,234,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5373,2,236,0,0,"IF", 1, 2, 0);
	trans[3][234]	= settr(5369,2,293,682,682,"((rslot!=0))", 1, 2, 0); /* m: 235 -> 293,0 */
	reached3[235] = 1;
	trans[3][235]	= settr(0,0,0,0,0,"st = 12",0,0,0);
	trans[3][239]	= settr(5374,2,293,1,0,".(goto)", 1, 2, 0);
	trans[3][236]	= settr(5371,2,237,2,0,"else", 1, 2, 0);
	trans[3][237]	= settr(5372,2,293,683,683,"rslot = msg[s_].reply", 1, 2, 0);
	trans[3][243]	= settr(5378,2,293,1,0,".(goto)", 1, 2, 0);
	trans[3][240]	= settr(5375,2,241,2,0,"else", 1, 2, 0);
	trans[3][241]	= settr(5376,2,293,1,0,"(1)", 1, 2, 0);
	T = trans[3][293] = settr(5428,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5428,2,245,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5428,2,291,0,0,"IF", 1, 2, 0);
	trans[3][245]	= settr(5380,2,290,684,0,"((st!=0))", 1, 2, 0);
	T = trans[ 3][290] = settr(5425,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5425,0,288,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][288] = settr(5423,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5423,2,246,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5423,2,286,0,0,"IF", 1, 2, 0);
	trans[3][246]	= settr(5381,2,284,685,685,"((r_armed&&(msg[s_].reply==r_gen)))", 1, 2, 0); /* m: 247 -> 284,0 */
	reached3[247] = 1;
	trans[3][247]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][248]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][284] = settr(5419,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5419,2,249,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5419,2,282,0,0,"IF", 1, 2, 0);
	trans[3][249]	= settr(5384,2,281,686,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][281] = settr(5416,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5416,0,250,0,0,"sub-sequence", 1, 2, 0);
	trans[3][250]	= settr(5385,2,273,687,687,"msg[ft].xfer = 0", 1, 2, 0); /* m: 251 -> 0,273 */
	reached3[251] = 1;
	trans[3][251]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][252]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][253]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][254]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][255]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][256]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][257]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][258]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[3][259]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][260]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][261]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][262]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][273] = settr(5408,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5408,2,263,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5408,2,271,0,0,"IF", 1, 2, 0);
	trans[3][263]	= settr(5398,2,270,688,688,"((fw!=255))", 1, 2, 0); /* m: 264 -> 270,0 */
	reached3[264] = 1;
	trans[3][264]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][265]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][270] = settr(5405,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5405,0,266,0,0,"sub-sequence", 1, 2, 0);
	trans[3][266]	= settr(5401,2,279,689,689,"twait[fw] = 0", 1, 2, 0); /* m: 267 -> 0,279 */
	reached3[267] = 1;
	trans[3][267]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][268]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[3][269]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][274]	= settr(5409,2,279,1,0,".(goto)", 1, 2, 0);
	trans[3][271]	= settr(5406,2,272,2,0,"else", 1, 2, 0);
	trans[3][272]	= settr(5407,2,279,690,690,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][279] = settr(5414,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5414,2,275,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5414,2,277,0,0,"IF", 1, 2, 0);
	trans[3][275]	= settr(5410,2,438,691,691,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 276 -> 438,0 */
	reached3[276] = 1;
	trans[3][276]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][280]	= settr(5415,2,438,1,0,".(goto)", 1, 2, 0);
	trans[3][277]	= settr(5412,2,278,2,0,"else", 1, 2, 0);
	trans[3][278]	= settr(5413,2,438,1,0,"(1)", 1, 2, 0);
	trans[3][285]	= settr(5420,2,438,1,0,".(goto)", 1, 2, 0);
	trans[3][282]	= settr(5417,2,283,2,0,"else", 1, 2, 0);
	trans[3][283]	= settr(5418,2,438,1,0,"(1)", 1, 2, 0);
	trans[3][289]	= settr(5424,2,438,1,0,".(goto)", 1, 2, 0);
	trans[3][286]	= settr(5421,2,287,2,0,"else", 1, 2, 0);
	trans[3][287]	= settr(5422,2,438,1,0,"(1)", 1, 2, 0);
	trans[3][294]	= settr(5429,2,438,1,0,".(goto)", 1, 2, 0);
	trans[3][291]	= settr(5426,2,292,2,0,"else", 1, 2, 0);
	trans[3][292]	= settr(5427,2,438,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][438] = settr(5573,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5573,0,302,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 3][302] = settr(5437,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5437,0,300,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][300] = settr(5435,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5435,2,295,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5435,2,298,0,0,"IF", 1, 2, 0);
	trans[3][295]	= settr(5430,2,310,692,692,"(shown[s_])", 1, 2, 0); /* m: 296 -> 310,0 */
	reached3[296] = 1;
	trans[3][296]	= settr(0,0,0,0,0,"stale[s_] = pa[s_]",0,0,0);
	trans[3][297]	= settr(0,0,0,0,0,"shown[s_] = 0",0,0,0);
	trans[3][301]	= settr(5436,2,310,1,0,".(goto)", 1, 2, 0);
	trans[3][298]	= settr(5433,2,299,2,0,"else", 1, 2, 0);
	trans[3][299]	= settr(5434,2,310,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][310] = settr(5445,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5445,0,308,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][308] = settr(5443,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5443,2,303,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5443,2,306,0,0,"IF", 1, 2, 0);
	trans[3][303]	= settr(5438,2,335,693,693,"(shown[t_])", 1, 2, 0); /* m: 304 -> 335,0 */
	reached3[304] = 1;
	trans[3][304]	= settr(0,0,0,0,0,"stale[t_] = pa[t_]",0,0,0);
	trans[3][305]	= settr(0,0,0,0,0,"shown[t_] = 0",0,0,0);
	trans[3][309]	= settr(5444,2,335,1,0,".(goto)", 1, 2, 0);
	trans[3][306]	= settr(5441,2,307,2,0,"else", 1, 2, 0);
	trans[3][307]	= settr(5442,2,335,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][335] = settr(5470,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5470,0,311,0,0,"sub-sequence", 1, 2, 0);
	trans[3][311]	= settr(5446,2,332,694,694,"x = 0", 1, 2, 0);
	trans[3][333]	= settr(5468,2,332,1,0,".(goto)", 1, 2, 0);
	T = trans[3][332] = settr(5467,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5467,2,312,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5467,2,330,0,0,"DO", 1, 2, 0);
	trans[3][312]	= settr(5447,2,319,695,0,"((x<5))", 1, 2, 0);
	T = trans[3][319] = settr(5454,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5454,2,313,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5454,2,317,0,0,"IF", 1, 2, 0);
	trans[3][313]	= settr(5448,2,316,696,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][316] = settr(5451,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5451,0,314,0,0,"sub-sequence", 1, 2, 0);
	trans[3][314]	= settr(5449,2,327,697,697,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 315 -> 0,327 */
	reached3[315] = 1;
	trans[3][315]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][320]	= settr(5455,2,327,1,0,".(goto)", 1, 2, 0);
	trans[3][317]	= settr(5452,2,318,2,0,"else", 1, 2, 0);
	trans[3][318]	= settr(5453,2,327,1,0,"(1)", 1, 2, 0);
	T = trans[3][327] = settr(5462,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5462,2,321,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5462,2,325,0,0,"IF", 1, 2, 0);
	trans[3][321]	= settr(5456,2,324,698,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][324] = settr(5459,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5459,0,322,0,0,"sub-sequence", 1, 2, 0);
	trans[3][322]	= settr(5457,2,332,699,699,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 323 -> 0,332 */
	reached3[323] = 1;
	trans[3][323]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][328]	= settr(5463,2,329,1,0,".(goto)", 1, 2, 0); /* m: 329 -> 0,332 */
	reached3[329] = 1;
	trans[3][325]	= settr(5460,2,326,2,0,"else", 1, 2, 0);
	trans[3][326]	= settr(5461,2,332,700,700,"(1)", 1, 2, 0); /* m: 329 -> 332,0 */
	reached3[329] = 1;
	trans[3][329]	= settr(5464,2,332,701,701,"x = (x+1)", 1, 2, 0);
	trans[3][330]	= settr(5465,2,345,2,0,"else", 1, 2, 0);
	trans[3][331]	= settr(5466,2,345,1,0,"goto :b104", 1, 2, 0);
	trans[3][334]	= settr(5469,2,345,1,0,"break", 1, 2, 0);
	T = trans[ 3][345] = settr(5480,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5480,0,336,0,0,"sub-sequence", 1, 2, 0);
	trans[3][336]	= settr(5471,2,342,702,702,"x = 0", 1, 2, 0);
	trans[3][343]	= settr(5478,2,342,1,0,".(goto)", 1, 2, 0);
	T = trans[3][342] = settr(5477,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5477,2,337,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5477,2,340,0,0,"DO", 1, 2, 0);
	trans[3][337]	= settr(5472,2,342,703,703,"((x<5))", 1, 2, 0); /* m: 338 -> 342,0 */
	reached3[338] = 1;
	trans[3][338]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[3][339]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[3][340]	= settr(5475,2,346,2,0,"else", 1, 2, 0);
	trans[3][341]	= settr(5476,2,346,1,0,"goto :b105", 1, 2, 0); /* m: 346 -> 0,371 */
	reached3[346] = 1;
	trans[3][344]	= settr(5479,2,346,1,0,"break", 1, 2, 0);
	trans[3][346]	= settr(5481,2,371,704,704,"hdr[pa[s_]] = ( ((t_==0)) -> (0) : (( (((t_==1)||(t_==2))) -> (1) : (2) )) )", 1, 2, 0);
	T = trans[ 3][371] = settr(5506,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5506,0,347,0,0,"sub-sequence", 1, 2, 0);
	trans[3][347]	= settr(5482,2,368,705,705,"x = 0", 1, 2, 0);
	trans[3][369]	= settr(5504,2,368,1,0,".(goto)", 1, 2, 0);
	T = trans[3][368] = settr(5503,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5503,2,348,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5503,2,366,0,0,"DO", 1, 2, 0);
	trans[3][348]	= settr(5483,2,355,706,0,"((x<5))", 1, 2, 0);
	T = trans[3][355] = settr(5490,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5490,2,349,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5490,2,353,0,0,"IF", 1, 2, 0);
	trans[3][349]	= settr(5484,2,352,707,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][352] = settr(5487,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5487,0,350,0,0,"sub-sequence", 1, 2, 0);
	trans[3][350]	= settr(5485,2,363,708,708,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 351 -> 0,363 */
	reached3[351] = 1;
	trans[3][351]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][356]	= settr(5491,2,363,1,0,".(goto)", 1, 2, 0);
	trans[3][353]	= settr(5488,2,354,2,0,"else", 1, 2, 0);
	trans[3][354]	= settr(5489,2,363,1,0,"(1)", 1, 2, 0);
	T = trans[3][363] = settr(5498,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5498,2,357,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5498,2,361,0,0,"IF", 1, 2, 0);
	trans[3][357]	= settr(5492,2,360,709,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][360] = settr(5495,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5495,0,358,0,0,"sub-sequence", 1, 2, 0);
	trans[3][358]	= settr(5493,2,368,710,710,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 359 -> 0,368 */
	reached3[359] = 1;
	trans[3][359]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][364]	= settr(5499,2,365,1,0,".(goto)", 1, 2, 0); /* m: 365 -> 0,368 */
	reached3[365] = 1;
	trans[3][361]	= settr(5496,2,362,2,0,"else", 1, 2, 0);
	trans[3][362]	= settr(5497,2,368,711,711,"(1)", 1, 2, 0); /* m: 365 -> 368,0 */
	reached3[365] = 1;
	trans[3][365]	= settr(5500,2,368,712,712,"x = (x+1)", 1, 2, 0);
	trans[3][366]	= settr(5501,2,372,2,0,"else", 1, 2, 0);
	trans[3][367]	= settr(5502,2,372,1,0,"goto :b106", 1, 2, 0); /* m: 372 -> 0,397 */
	reached3[372] = 1;
	trans[3][370]	= settr(5505,2,372,1,0,"break", 1, 2, 0);
	trans[3][372]	= settr(5507,2,397,713,713,"hdr[pa[t_]] = 255", 1, 2, 0);
	T = trans[ 3][397] = settr(5532,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5532,0,373,0,0,"sub-sequence", 1, 2, 0);
	trans[3][373]	= settr(5508,2,394,714,714,"x = 0", 1, 2, 0);
	trans[3][395]	= settr(5530,2,394,1,0,".(goto)", 1, 2, 0);
	T = trans[3][394] = settr(5529,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5529,2,374,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5529,2,392,0,0,"DO", 1, 2, 0);
	trans[3][374]	= settr(5509,2,381,715,0,"((x<5))", 1, 2, 0);
	T = trans[3][381] = settr(5516,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5516,2,375,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5516,2,379,0,0,"IF", 1, 2, 0);
	trans[3][375]	= settr(5510,2,378,716,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][378] = settr(5513,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5513,0,376,0,0,"sub-sequence", 1, 2, 0);
	trans[3][376]	= settr(5511,2,389,717,717,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 377 -> 0,389 */
	reached3[377] = 1;
	trans[3][377]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][382]	= settr(5517,2,389,1,0,".(goto)", 1, 2, 0);
	trans[3][379]	= settr(5514,2,380,2,0,"else", 1, 2, 0);
	trans[3][380]	= settr(5515,2,389,1,0,"(1)", 1, 2, 0);
	T = trans[3][389] = settr(5524,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5524,2,383,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5524,2,387,0,0,"IF", 1, 2, 0);
	trans[3][383]	= settr(5518,2,386,718,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][386] = settr(5521,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5521,0,384,0,0,"sub-sequence", 1, 2, 0);
	trans[3][384]	= settr(5519,2,394,719,719,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 385 -> 0,394 */
	reached3[385] = 1;
	trans[3][385]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][390]	= settr(5525,2,391,1,0,".(goto)", 1, 2, 0); /* m: 391 -> 0,394 */
	reached3[391] = 1;
	trans[3][387]	= settr(5522,2,388,2,0,"else", 1, 2, 0);
	trans[3][388]	= settr(5523,2,394,720,720,"(1)", 1, 2, 0); /* m: 391 -> 394,0 */
	reached3[391] = 1;
	trans[3][391]	= settr(5526,2,394,721,721,"x = (x+1)", 1, 2, 0);
	trans[3][392]	= settr(5527,2,398,2,0,"else", 1, 2, 0);
	trans[3][393]	= settr(5528,2,398,1,0,"goto :b107", 1, 2, 0); /* m: 398 -> 0,427 */
	reached3[398] = 1;
	trans[3][396]	= settr(5531,2,398,1,0,"break", 1, 2, 0);
	trans[3][398]	= settr(5533,2,427,722,722,"x = pa[s_]", 1, 2, 0); /* m: 399 -> 0,427 */
	reached3[399] = 1;
	trans[3][399]	= settr(0,0,0,0,0,"pa[s_] = pa[t_]",0,0,0);
	trans[3][400]	= settr(0,0,0,0,0,"pa[t_] = x",0,0,0);
	trans[3][401]	= settr(0,0,0,0,0,"shown[s_] = 1",0,0,0);
	trans[3][402]	= settr(0,0,0,0,0,"shown[t_] = 1",0,0,0);
	T = trans[ 3][427] = settr(5562,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5562,0,403,0,0,"sub-sequence", 1, 2, 0);
	trans[3][403]	= settr(5538,2,424,723,723,"x = 0", 1, 2, 0);
	trans[3][425]	= settr(5560,2,424,1,0,".(goto)", 1, 2, 0);
	T = trans[3][424] = settr(5559,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5559,2,404,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5559,2,422,0,0,"DO", 1, 2, 0);
	trans[3][404]	= settr(5539,2,411,724,0,"((x<5))", 1, 2, 0);
	T = trans[3][411] = settr(5546,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5546,2,405,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5546,2,409,0,0,"IF", 1, 2, 0);
	trans[3][405]	= settr(5540,2,408,725,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][408] = settr(5543,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5543,0,406,0,0,"sub-sequence", 1, 2, 0);
	trans[3][406]	= settr(5541,2,419,726,726,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 407 -> 0,419 */
	reached3[407] = 1;
	trans[3][407]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][412]	= settr(5547,2,419,1,0,".(goto)", 1, 2, 0);
	trans[3][409]	= settr(5544,2,410,2,0,"else", 1, 2, 0);
	trans[3][410]	= settr(5545,2,419,1,0,"(1)", 1, 2, 0);
	T = trans[3][419] = settr(5554,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5554,2,413,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5554,2,417,0,0,"IF", 1, 2, 0);
	trans[3][413]	= settr(5548,2,416,727,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][416] = settr(5551,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5551,0,414,0,0,"sub-sequence", 1, 2, 0);
	trans[3][414]	= settr(5549,2,424,728,728,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 415 -> 0,424 */
	reached3[415] = 1;
	trans[3][415]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][420]	= settr(5555,2,421,1,0,".(goto)", 1, 2, 0); /* m: 421 -> 0,424 */
	reached3[421] = 1;
	trans[3][417]	= settr(5552,2,418,2,0,"else", 1, 2, 0);
	trans[3][418]	= settr(5553,2,424,729,729,"(1)", 1, 2, 0); /* m: 421 -> 424,0 */
	reached3[421] = 1;
	trans[3][421]	= settr(5556,2,424,730,730,"x = (x+1)", 1, 2, 0);
	trans[3][422]	= settr(5557,2,437,2,0,"else", 1, 2, 0);
	trans[3][423]	= settr(5558,2,437,1,0,"goto :b108", 1, 2, 0);
	trans[3][426]	= settr(5561,2,437,1,0,"break", 1, 2, 0);
	T = trans[ 3][437] = settr(5572,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5572,0,428,0,0,"sub-sequence", 1, 2, 0);
	trans[3][428]	= settr(5563,2,434,731,731,"x = 0", 1, 2, 0);
	trans[3][435]	= settr(5570,2,434,1,0,".(goto)", 1, 2, 0);
	T = trans[3][434] = settr(5569,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5569,2,429,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5569,2,432,0,0,"DO", 1, 2, 0);
	trans[3][429]	= settr(5564,2,434,732,732,"((x<5))", 1, 2, 0); /* m: 430 -> 434,0 */
	reached3[430] = 1;
	trans[3][430]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[3][431]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[3][432]	= settr(5567,2,439,2,0,"else", 1, 2, 0);
	trans[3][433]	= settr(5568,2,439,1,0,"goto :b109", 1, 2, 0); /* m: 439 -> 0,451 */
	reached3[439] = 1;
	trans[3][436]	= settr(5571,2,439,1,0,"break", 1, 2, 0);
	trans[3][439]	= settr(5574,2,451,733,733,"res = (msg[s_].ncaps-msg[s_].failed)", 1, 2, 0);
	T = trans[ 3][451] = settr(5586,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5586,0,440,0,0,"sub-sequence", 1, 2, 0);
	trans[3][440]	= settr(5575,2,448,734,734,"n = 0", 1, 2, 0); /* m: 441 -> 0,448 */
	reached3[441] = 1;
	trans[3][441]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][449]	= settr(5584,2,448,1,0,".(goto)", 1, 2, 0);
	T = trans[3][448] = settr(5583,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5583,2,442,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5583,2,446,0,0,"DO", 1, 2, 0);
	trans[3][442]	= settr(5577,2,448,735,735,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 443 -> 448,0 */
	reached3[443] = 1;
	trans[3][443]	= settr(0,0,0,0,0,"assert((((msg[s_].landed>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[3][444]	= settr(0,0,0,0,0,"n = (n+((msg[s_].landed>>j)&1))",0,0,0);
	trans[3][445]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][446]	= settr(5581,2,452,2,0,"else", 1, 2, 0);
	trans[3][447]	= settr(5582,2,452,1,0,"goto :b110", 1, 2, 0); /* m: 452 -> 0,535 */
	reached3[452] = 1;
	trans[3][450]	= settr(5585,2,452,1,0,"break", 1, 2, 0);
	trans[3][452]	= settr(5587,2,535,736,736,"assert((n==res))", 1, 2, 0);
	T = trans[ 3][535] = settr(5670,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5670,0,501,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][501] = settr(5636,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5636,2,453,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5636,2,499,0,0,"IF", 1, 2, 0);
	trans[3][453]	= settr(5588,2,498,737,0,"(((0!=0)&&(msg[s_].reply!=0)))", 1, 2, 0);
	T = trans[ 3][498] = settr(5633,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5633,0,496,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][496] = settr(5631,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5631,2,454,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5631,2,494,0,0,"IF", 1, 2, 0);
	trans[3][454]	= settr(5589,2,492,738,738,"((r_armed&&(msg[s_].reply==r_gen)))", 1, 2, 0); /* m: 455 -> 492,0 */
	reached3[455] = 1;
	trans[3][455]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][456]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][492] = settr(5627,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5627,2,457,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5627,2,490,0,0,"IF", 1, 2, 0);
	trans[3][457]	= settr(5592,2,489,739,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][489] = settr(5624,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5624,0,458,0,0,"sub-sequence", 1, 2, 0);
	trans[3][458]	= settr(5593,2,481,740,740,"msg[ft].xfer = 0", 1, 2, 0); /* m: 459 -> 0,481 */
	reached3[459] = 1;
	trans[3][459]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][460]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][461]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][462]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][463]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][464]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][465]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][466]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[3][467]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][468]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][469]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][470]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][481] = settr(5616,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5616,2,471,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5616,2,479,0,0,"IF", 1, 2, 0);
	trans[3][471]	= settr(5606,2,478,741,741,"((fw!=255))", 1, 2, 0); /* m: 472 -> 478,0 */
	reached3[472] = 1;
	trans[3][472]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][473]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][478] = settr(5613,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5613,0,474,0,0,"sub-sequence", 1, 2, 0);
	trans[3][474]	= settr(5609,2,487,742,742,"twait[fw] = 0", 1, 2, 0); /* m: 475 -> 0,487 */
	reached3[475] = 1;
	trans[3][475]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][476]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[3][477]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][482]	= settr(5617,2,487,1,0,".(goto)", 1, 2, 0);
	trans[3][479]	= settr(5614,2,480,2,0,"else", 1, 2, 0);
	trans[3][480]	= settr(5615,2,487,743,743,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][487] = settr(5622,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5622,2,483,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5622,2,485,0,0,"IF", 1, 2, 0);
	trans[3][483]	= settr(5618,2,534,744,744,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 484 -> 534,0 */
	reached3[484] = 1;
	trans[3][484]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][488]	= settr(5623,2,534,1,0,".(goto)", 1, 2, 0);
	trans[3][485]	= settr(5620,2,486,2,0,"else", 1, 2, 0);
	trans[3][486]	= settr(5621,2,534,1,0,"(1)", 1, 2, 0);
	trans[3][493]	= settr(5628,2,534,1,0,".(goto)", 1, 2, 0);
	trans[3][490]	= settr(5625,2,491,2,0,"else", 1, 2, 0);
	trans[3][491]	= settr(5626,2,534,1,0,"(1)", 1, 2, 0);
	trans[3][497]	= settr(5632,2,534,1,0,".(goto)", 1, 2, 0);
	trans[3][494]	= settr(5629,2,495,2,0,"else", 1, 2, 0);
	trans[3][495]	= settr(5630,2,534,1,0,"(1)", 1, 2, 0);
	trans[3][502]	= settr(5637,2,534,1,0,".(goto)", 1, 2, 0);
	trans[3][499]	= settr(5634,2,500,2,0,"else", 1, 2, 0);
	trans[3][500]	= settr(5635,2,534,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][534] = settr(5669,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5669,0,503,0,0,"sub-sequence", 1, 2, 0);
	trans[3][503]	= settr(5638,2,526,745,745,"msg[s_].xfer = 0", 1, 2, 0); /* m: 504 -> 0,526 */
	reached3[504] = 1;
	trans[3][504]	= settr(0,0,0,0,0,"msg[s_].state = 0",0,0,0);
	trans[3][505]	= settr(0,0,0,0,0,"msg[s_].is_source = 0",0,0,0);
	trans[3][506]	= settr(0,0,0,0,0,"msg[s_].peer = 255",0,0,0);
	trans[3][507]	= settr(0,0,0,0,0,"msg[s_].onq = 0",0,0,0);
	trans[3][508]	= settr(0,0,0,0,0,"msg[s_].ncaps = 0",0,0,0);
	trans[3][509]	= settr(0,0,0,0,0,"msg[s_].copied = 0",0,0,0);
	trans[3][510]	= settr(0,0,0,0,0,"msg[s_].failed = 0",0,0,0);
	trans[3][511]	= settr(0,0,0,0,0,"msg[s_].status = 0",0,0,0);
	trans[3][512]	= settr(0,0,0,0,0,"msg[s_].got_caps = res",0,0,0);
	trans[3][513]	= settr(0,0,0,0,0,"msg[s_].charged = 0",0,0,0);
	trans[3][514]	= settr(0,0,0,0,0,"msg[s_].reply = 0",0,0,0);
	trans[3][515]	= settr(0,0,0,0,0,"fw = msg[s_].waiter",0,0,0);
	T = trans[3][526] = settr(5661,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5661,2,516,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5661,2,524,0,0,"IF", 1, 2, 0);
	trans[3][516]	= settr(5651,2,523,746,746,"((fw!=255))", 1, 2, 0); /* m: 517 -> 523,0 */
	reached3[517] = 1;
	trans[3][517]	= settr(0,0,0,0,0,"msg[s_].waiter = 255",0,0,0);
	trans[3][518]	= settr(0,0,0,0,0,"msg[s_].delivered = 0",0,0,0);
	T = trans[ 3][523] = settr(5658,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5658,0,519,0,0,"sub-sequence", 1, 2, 0);
	trans[3][519]	= settr(5654,2,532,747,747,"twait[fw] = 0", 1, 2, 0); /* m: 520 -> 0,532 */
	reached3[520] = 1;
	trans[3][520]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][521]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[3][522]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][527]	= settr(5662,2,532,1,0,".(goto)", 1, 2, 0);
	trans[3][524]	= settr(5659,2,525,2,0,"else", 1, 2, 0);
	trans[3][525]	= settr(5660,2,532,748,748,"msg[s_].delivered = 1", 1, 2, 0);
	T = trans[3][532] = settr(5667,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5667,2,528,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5667,2,530,0,0,"IF", 1, 2, 0);
	trans[3][528]	= settr(5663,2,618,749,749,"((msg[s_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 529 -> 618,0 */
	reached3[529] = 1;
	trans[3][529]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][533]	= settr(5668,2,618,1,0,".(goto)", 1, 2, 0);
	trans[3][530]	= settr(5665,2,531,2,0,"else", 1, 2, 0);
	trans[3][531]	= settr(5666,2,618,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][618] = settr(5753,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5753,0,584,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][584] = settr(5719,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5719,2,536,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5719,2,582,0,0,"IF", 1, 2, 0);
	trans[3][536]	= settr(5671,2,581,750,0,"(((0!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 3][581] = settr(5716,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5716,0,579,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][579] = settr(5714,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5714,2,537,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5714,2,577,0,0,"IF", 1, 2, 0);
	trans[3][537]	= settr(5672,2,575,751,751,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 538 -> 575,0 */
	reached3[538] = 1;
	trans[3][538]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][539]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][575] = settr(5710,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5710,2,540,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5710,2,573,0,0,"IF", 1, 2, 0);
	trans[3][540]	= settr(5675,2,572,752,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][572] = settr(5707,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5707,0,541,0,0,"sub-sequence", 1, 2, 0);
	trans[3][541]	= settr(5676,2,564,753,753,"msg[ft].xfer = 0", 1, 2, 0); /* m: 542 -> 0,564 */
	reached3[542] = 1;
	trans[3][542]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][543]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][544]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][545]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][546]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][547]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][548]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][549]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[3][550]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][551]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][552]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][553]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][564] = settr(5699,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5699,2,554,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5699,2,562,0,0,"IF", 1, 2, 0);
	trans[3][554]	= settr(5689,2,561,754,754,"((fw!=255))", 1, 2, 0); /* m: 555 -> 561,0 */
	reached3[555] = 1;
	trans[3][555]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][556]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][561] = settr(5696,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5696,0,557,0,0,"sub-sequence", 1, 2, 0);
	trans[3][557]	= settr(5692,2,570,755,755,"twait[fw] = 0", 1, 2, 0); /* m: 558 -> 0,570 */
	reached3[558] = 1;
	trans[3][558]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][559]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[3][560]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][565]	= settr(5700,2,570,1,0,".(goto)", 1, 2, 0);
	trans[3][562]	= settr(5697,2,563,2,0,"else", 1, 2, 0);
	trans[3][563]	= settr(5698,2,570,756,756,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][570] = settr(5705,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5705,2,566,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5705,2,568,0,0,"IF", 1, 2, 0);
	trans[3][566]	= settr(5701,2,617,757,757,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 567 -> 617,0 */
	reached3[567] = 1;
	trans[3][567]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][571]	= settr(5706,2,617,1,0,".(goto)", 1, 2, 0);
	trans[3][568]	= settr(5703,2,569,2,0,"else", 1, 2, 0);
	trans[3][569]	= settr(5704,2,617,1,0,"(1)", 1, 2, 0);
	trans[3][576]	= settr(5711,2,617,1,0,".(goto)", 1, 2, 0);
	trans[3][573]	= settr(5708,2,574,2,0,"else", 1, 2, 0);
	trans[3][574]	= settr(5709,2,617,1,0,"(1)", 1, 2, 0);
	trans[3][580]	= settr(5715,2,617,1,0,".(goto)", 1, 2, 0);
	trans[3][577]	= settr(5712,2,578,2,0,"else", 1, 2, 0);
	trans[3][578]	= settr(5713,2,617,1,0,"(1)", 1, 2, 0);
	trans[3][585]	= settr(5720,2,617,1,0,".(goto)", 1, 2, 0);
	trans[3][582]	= settr(5717,2,583,2,0,"else", 1, 2, 0);
	trans[3][583]	= settr(5718,2,617,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][617] = settr(5752,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5752,0,586,0,0,"sub-sequence", 1, 2, 0);
	trans[3][586]	= settr(5721,2,609,758,758,"msg[t_].xfer = 0", 1, 2, 0); /* m: 587 -> 0,609 */
	reached3[587] = 1;
	trans[3][587]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[3][588]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[3][589]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[3][590]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[3][591]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[3][592]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[3][593]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[3][594]	= settr(0,0,0,0,0,"msg[t_].status = 0",0,0,0);
	trans[3][595]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[3][596]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[3][597]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[3][598]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[3][609] = settr(5744,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5744,2,599,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5744,2,607,0,0,"IF", 1, 2, 0);
	trans[3][599]	= settr(5734,2,606,759,759,"((fw!=255))", 1, 2, 0); /* m: 600 -> 606,0 */
	reached3[600] = 1;
	trans[3][600]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[3][601]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 3][606] = settr(5741,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5741,0,602,0,0,"sub-sequence", 1, 2, 0);
	trans[3][602]	= settr(5737,2,615,760,760,"twait[fw] = 0", 1, 2, 0); /* m: 603 -> 0,615 */
	reached3[603] = 1;
	trans[3][603]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][604]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[3][605]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][610]	= settr(5745,2,615,1,0,".(goto)", 1, 2, 0);
	trans[3][607]	= settr(5742,2,608,2,0,"else", 1, 2, 0);
	trans[3][608]	= settr(5743,2,615,761,761,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[3][615] = settr(5750,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5750,2,611,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5750,2,613,0,0,"IF", 1, 2, 0);
	trans[3][611]	= settr(5746,2,779,762,762,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 612 -> 779,0 */
	reached3[612] = 1;
	trans[3][612]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][616]	= settr(5751,2,619,1,0,".(goto)", 1, 2, 0); /* m: 619 -> 0,779 */
	reached3[619] = 1;
	trans[3][613]	= settr(5748,2,614,2,0,"else", 1, 2, 0);
	trans[3][614]	= settr(5749,2,779,763,763,"(1)", 1, 2, 0); /* m: 619 -> 779,0 */
	reached3[619] = 1;
	trans[3][619]	= settr(5754,2,779,764,764,"ret = 0", 1, 2, 0);
	T = trans[ 3][779] = settr(5914,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5914,0,649,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 3][649] = settr(5784,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5784,0,625,0,0,"sub-sequence", 1, 2, 0);
	trans[3][625]	= settr(5760,2,646,765,765,"x = 0", 1, 2, 0);
	trans[3][647]	= settr(5782,2,646,1,0,".(goto)", 1, 2, 0);
	T = trans[3][646] = settr(5781,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5781,2,626,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5781,2,644,0,0,"DO", 1, 2, 0);
	trans[3][626]	= settr(5761,2,633,766,0,"((x<5))", 1, 2, 0);
	T = trans[3][633] = settr(5768,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5768,2,627,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5768,2,631,0,0,"IF", 1, 2, 0);
	trans[3][627]	= settr(5762,2,630,767,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][630] = settr(5765,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5765,0,628,0,0,"sub-sequence", 1, 2, 0);
	trans[3][628]	= settr(5763,2,641,768,768,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 629 -> 0,641 */
	reached3[629] = 1;
	trans[3][629]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][634]	= settr(5769,2,641,1,0,".(goto)", 1, 2, 0);
	trans[3][631]	= settr(5766,2,632,2,0,"else", 1, 2, 0);
	trans[3][632]	= settr(5767,2,641,1,0,"(1)", 1, 2, 0);
	T = trans[3][641] = settr(5776,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5776,2,635,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5776,2,639,0,0,"IF", 1, 2, 0);
	trans[3][635]	= settr(5770,2,638,769,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][638] = settr(5773,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5773,0,636,0,0,"sub-sequence", 1, 2, 0);
	trans[3][636]	= settr(5771,2,646,770,770,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 637 -> 0,646 */
	reached3[637] = 1;
	trans[3][637]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][642]	= settr(5777,2,643,1,0,".(goto)", 1, 2, 0); /* m: 643 -> 0,646 */
	reached3[643] = 1;
	trans[3][639]	= settr(5774,2,640,2,0,"else", 1, 2, 0);
	trans[3][640]	= settr(5775,2,646,771,771,"(1)", 1, 2, 0); /* m: 643 -> 646,0 */
	reached3[643] = 1;
	trans[3][643]	= settr(5778,2,646,772,772,"x = (x+1)", 1, 2, 0);
	trans[3][644]	= settr(5779,2,692,2,0,"else", 1, 2, 0);
	trans[3][645]	= settr(5780,2,692,1,0,"goto :b111", 1, 2, 0);
	trans[3][648]	= settr(5783,2,692,1,0,"break", 1, 2, 0);
	T = trans[ 3][692] = settr(5827,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5827,0,650,0,0,"sub-sequence", 1, 2, 0);
	trans[3][650]	= settr(5785,2,666,773,773,"i = 0", 1, 2, 0);
	trans[3][667]	= settr(5802,2,666,1,0,".(goto)", 1, 2, 0);
	T = trans[3][666] = settr(5801,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5801,2,651,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5801,2,664,0,0,"DO", 1, 2, 0);
	trans[3][651]	= settr(5786,2,659,774,774,"((i<5))", 1, 2, 0); /* m: 652 -> 659,0 */
	reached3[652] = 1;
	trans[3][652]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[3][653]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][660]	= settr(5795,2,659,1,0,".(goto)", 1, 2, 0);
	T = trans[3][659] = settr(5794,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5794,2,654,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5794,2,657,0,0,"DO", 1, 2, 0);
	trans[3][654]	= settr(5789,2,659,775,775,"((j<5))", 1, 2, 0); /* m: 655 -> 659,0 */
	reached3[655] = 1;
	trans[3][655]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[3][656]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][657]	= settr(5792,2,662,2,0,"else", 1, 2, 0);
	trans[3][658]	= settr(5793,2,662,1,0,"goto :b113", 1, 2, 0); /* m: 662 -> 0,666 */
	reached3[662] = 1;
	trans[3][661]	= settr(5796,2,662,1,0,"break", 1, 2, 0);
	trans[3][662]	= settr(5797,2,666,776,776,"assert((n==1))", 1, 2, 0); /* m: 663 -> 0,666 */
	reached3[663] = 1;
	trans[3][663]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[3][664]	= settr(5799,2,669,2,0,"else", 1, 2, 0);
	trans[3][665]	= settr(5800,2,669,1,0,"goto :b112", 1, 2, 0); /* m: 669 -> 0,688 */
	reached3[669] = 1;
	trans[3][668]	= settr(5803,2,669,1,0,"break", 1, 2, 0);
	trans[3][669]	= settr(5804,2,688,777,777,"n = 0", 1, 2, 0); /* m: 670 -> 0,688 */
	reached3[670] = 1;
	trans[3][670]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[3][671]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[3][689]	= settr(5824,2,688,1,0,".(goto)", 1, 2, 0);
	T = trans[3][688] = settr(5823,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5823,2,672,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5823,2,686,0,0,"DO", 1, 2, 0);
	trans[3][672]	= settr(5807,2,683,778,0,"((i<5))", 1, 2, 0);
	T = trans[3][683] = settr(5818,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5818,2,673,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5818,2,681,0,0,"IF", 1, 2, 0);
	trans[3][673]	= settr(5808,2,679,779,779,"(alive[(9+i)])", 1, 2, 0); /* m: 674 -> 679,0 */
	reached3[674] = 1;
	trans[3][674]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[3][679] = settr(5814,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5814,2,675,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5814,2,677,0,0,"IF", 1, 2, 0);
	trans[3][675]	= settr(5810,2,688,780,780,"((owner[i]==7))", 1, 2, 0); /* m: 676 -> 688,0 */
	reached3[676] = 1;
	trans[3][676]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[3][680]	= settr(5815,2,685,1,0,".(goto)", 1, 2, 0); /* m: 685 -> 0,688 */
	reached3[685] = 1;
	trans[3][677]	= settr(5812,2,678,2,0,"else", 1, 2, 0);
	trans[3][678]	= settr(5813,2,688,781,781,"x = (x+1)", 1, 2, 0); /* m: 685 -> 0,688 */
	reached3[685] = 1;
	trans[3][684]	= settr(5819,2,685,1,0,".(goto)", 1, 2, 0); /* m: 685 -> 0,688 */
	reached3[685] = 1;
	trans[3][681]	= settr(5816,2,682,2,0,"else", 1, 2, 0);
	trans[3][682]	= settr(5817,2,688,782,782,"(1)", 1, 2, 0); /* m: 685 -> 688,0 */
	reached3[685] = 1;
	trans[3][685]	= settr(5820,2,688,783,783,"i = (i+1)", 1, 2, 0);
	trans[3][686]	= settr(5821,2,691,2,0,"else", 1, 2, 0);
	trans[3][687]	= settr(5822,2,691,1,0,"goto :b114", 1, 2, 0); /* m: 691 -> 0,778 */
	reached3[691] = 1;
	trans[3][690]	= settr(5825,2,691,1,0,"break", 1, 2, 0);
	trans[3][691]	= settr(5826,2,778,784,784,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 3][778] = settr(5913,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5913,0,693,0,0,"sub-sequence", 1, 2, 0);
	trans[3][693]	= settr(5828,2,751,785,785,"i = 0", 1, 2, 0);
	trans[3][752]	= settr(5887,2,751,1,0,".(goto)", 1, 2, 0);
	T = trans[3][751] = settr(5886,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5886,2,694,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5886,2,749,0,0,"DO", 1, 2, 0);
	trans[3][694]	= settr(5829,2,746,786,0,"((i<5))", 1, 2, 0);
	T = trans[3][746] = settr(5881,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5881,2,695,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5881,2,744,0,0,"IF", 1, 2, 0);
	trans[3][695]	= settr(5830,2,703,787,787,"(alive[i])", 1, 2, 0); /* m: 696 -> 703,0 */
	reached3[696] = 1;
	trans[3][696]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[3][697]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][704]	= settr(5839,2,703,1,0,".(goto)", 1, 2, 0);
	T = trans[3][703] = settr(5838,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5838,2,698,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5838,2,701,0,0,"DO", 1, 2, 0);
	trans[3][698]	= settr(5833,2,703,788,788,"((j<qn[0]))", 1, 2, 0); /* m: 699 -> 703,0 */
	reached3[699] = 1;
	trans[3][699]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[3][700]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][701]	= settr(5836,2,706,2,0,"else", 1, 2, 0);
	trans[3][702]	= settr(5837,2,706,1,0,"goto :b116", 1, 2, 0); /* m: 706 -> 0,713 */
	reached3[706] = 1;
	trans[3][705]	= settr(5840,2,706,1,0,"break", 1, 2, 0);
	trans[3][706]	= settr(5841,2,713,789,789,"x = 0", 1, 2, 0); /* m: 707 -> 0,713 */
	reached3[707] = 1;
	trans[3][707]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][714]	= settr(5849,2,713,1,0,".(goto)", 1, 2, 0);
	T = trans[3][713] = settr(5848,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5848,2,708,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5848,2,711,0,0,"DO", 1, 2, 0);
	trans[3][708]	= settr(5843,2,713,790,790,"((j<qn[1]))", 1, 2, 0); /* m: 709 -> 713,0 */
	reached3[709] = 1;
	trans[3][709]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[3][710]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][711]	= settr(5846,2,716,2,0,"else", 1, 2, 0);
	trans[3][712]	= settr(5847,2,716,1,0,"goto :b117", 1, 2, 0); /* m: 716 -> 0,729 */
	reached3[716] = 1;
	trans[3][715]	= settr(5850,2,716,1,0,"break", 1, 2, 0);
	trans[3][716]	= settr(5851,2,729,791,791,"assert(((n+x)<=1))", 1, 2, 0); /* m: 717 -> 0,729 */
	reached3[717] = 1;
	trans[3][717]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[3][718]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[3][719]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[3][720]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[3][721]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[3][729] = settr(5864,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5864,2,722,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5864,2,727,0,0,"IF", 1, 2, 0);
	trans[3][722]	= settr(5857,2,738,792,792,"((msg[i].state==3))", 1, 2, 0); /* m: 723 -> 738,0 */
	reached3[723] = 1;
	trans[3][723]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[3][724]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[3][725]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[3][726]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[3][730]	= settr(5865,2,731,1,0,".(goto)", 1, 2, 0); /* m: 731 -> 0,738 */
	reached3[731] = 1;
	trans[3][727]	= settr(5862,2,728,2,0,"else", 1, 2, 0);
	trans[3][728]	= settr(5863,2,738,793,793,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 731 -> 0,738 */
	reached3[731] = 1;
	trans[3][731]	= settr(5866,2,738,794,794,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 732 -> 0,738 */
	reached3[732] = 1;
	trans[3][732]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[3][733]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[3][738] = settr(5873,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5873,2,734,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5873,2,736,0,0,"IF", 1, 2, 0);
	trans[3][734]	= settr(5869,2,751,795,795,"((w!=255))", 1, 2, 0); /* m: 735 -> 751,0 */
	reached3[735] = 1;
	trans[3][735]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[3][739]	= settr(5874,2,740,1,0,".(goto)", 1, 2, 0); /* m: 740 -> 0,751 */
	reached3[740] = 1;
	trans[3][736]	= settr(5871,2,737,2,0,"else", 1, 2, 0);
	trans[3][737]	= settr(5872,2,751,796,796,"(1)", 1, 2, 0); /* m: 740 -> 751,0 */
	reached3[740] = 1;
	trans[3][740]	= settr(5875,2,751,797,797,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 741 -> 0,751 */
	reached3[741] = 1;
	trans[3][741]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[3][742]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[3][743]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[3][747]	= settr(5882,2,748,1,0,".(goto)", 1, 2, 0); /* m: 748 -> 0,751 */
	reached3[748] = 1;
	trans[3][744]	= settr(5879,2,745,2,0,"else", 1, 2, 0);
	trans[3][745]	= settr(5880,2,751,798,798,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 748 -> 0,751 */
	reached3[748] = 1;
	trans[3][748]	= settr(5883,2,751,799,799,"i = (i+1)", 1, 2, 0);
	trans[3][749]	= settr(5884,2,754,2,0,"else", 1, 2, 0);
	trans[3][750]	= settr(5885,2,754,1,0,"goto :b115", 1, 2, 0); /* m: 754 -> 0,772 */
	reached3[754] = 1;
	trans[3][753]	= settr(5888,2,754,1,0,"break", 1, 2, 0);
	trans[3][754]	= settr(5889,2,772,800,800,"i = 0", 1, 2, 0);
	trans[3][773]	= settr(5908,2,772,1,0,".(goto)", 1, 2, 0);
	T = trans[3][772] = settr(5907,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5907,2,755,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5907,2,770,0,0,"DO", 1, 2, 0);
	trans[3][755]	= settr(5890,2,767,801,0,"((i<5))", 1, 2, 0);
	T = trans[3][767] = settr(5902,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5902,2,756,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5902,2,765,0,0,"IF", 1, 2, 0);
	trans[3][756]	= settr(5891,2,763,802,802,"((tstate[i]==2))", 1, 2, 0); /* m: 757 -> 763,0 */
	reached3[757] = 1;
	trans[3][757]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[3][758]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[3][763] = settr(5898,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5898,2,759,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5898,2,761,0,0,"IF", 1, 2, 0);
	trans[3][759]	= settr(5894,2,772,803,803,"((twait[i]==1))", 1, 2, 0); /* m: 760 -> 772,0 */
	reached3[760] = 1;
	trans[3][760]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[3][764]	= settr(5899,2,769,1,0,".(goto)", 1, 2, 0); /* m: 769 -> 0,772 */
	reached3[769] = 1;
	trans[3][761]	= settr(5896,2,772,804,804,"((twait[i]==6))", 1, 2, 0); /* m: 762 -> 772,0 */
	reached3[762] = 1;
	trans[3][762]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[3][768]	= settr(5903,2,769,1,0,".(goto)", 1, 2, 0); /* m: 769 -> 0,772 */
	reached3[769] = 1;
	trans[3][765]	= settr(5900,2,766,2,0,"else", 1, 2, 0);
	trans[3][766]	= settr(5901,2,772,805,805,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 769 -> 0,772 */
	reached3[769] = 1;
	trans[3][769]	= settr(5904,2,772,806,806,"i = (i+1)", 1, 2, 0);
	trans[3][770]	= settr(5905,2,775,2,0,"else", 1, 2, 0);
	trans[3][771]	= settr(5906,2,775,1,0,"goto :b118", 1, 2, 0); /* m: 775 -> 0,1433 */
	reached3[775] = 1;
	trans[3][774]	= settr(5909,2,775,1,0,"break", 1, 2, 0);
	trans[3][775]	= settr(5910,0,1433,807,807,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 776 -> 0,1433 */
	reached3[776] = 1;
	trans[3][776]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[3][777]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[3][780]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	T = trans[ 3][1432] = settr(6567,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(6567,2,782,0,0,"ATOMIC", 1, 2, 0);
	trans[3][782]	= settr(5917,2,1275,808,808,"((dwork!=255))", 1, 2, 0); /* m: 783 -> 1275,0 */
	reached3[783] = 1;
	trans[3][783]	= settr(0,0,0,0,0,"o_ = dwork",0,0,0);
	T = trans[ 3][1275] = settr(6410,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6410,0,784,0,0,"sub-sequence", 1, 2, 0);
	trans[3][784]	= settr(5919,2,1251,809,809,"ret = 0", 1, 2, 0);
	T = trans[3][1251] = settr(6386,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6386,2,785,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6386,2,931,0,0,"IF", 1, 2, 0);
	trans[3][785]	= settr(5920,2,928,810,0,"((o_==5))", 1, 2, 0);
	trans[3][929]	= settr(6064,2,928,1,0,".(goto)", 1, 2, 0);
	T = trans[3][928] = settr(6063,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6063,2,786,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6063,2,926,0,0,"DO", 1, 2, 0);
	trans[3][786]	= settr(5921,2,835,811,811,"(((qn[0]>0)||(qn[1]>0)))", 1, 2, 0); /* m: 787 -> 835,0 */
	reached3[787] = 1;
	trans[3][787]	= settr(0,0,0,0,0,"w = ( ((qn[0]>0)) -> (ql[((0*3)+0)]) : (ql[((1*3)+0)]) )",0,0,0);
	T = trans[ 3][835] = settr(5970,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5970,0,832,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][832] = settr(5967,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5967,2,788,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5967,2,809,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5967,2,830,0,0,"IF", 1, 2, 0);
	trans[3][788]	= settr(5923,2,808,812,0,"((msg[w].onq&&(msg[w].state==1)))", 1, 2, 0);
	T = trans[ 3][808] = settr(5943,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5943,0,789,0,0,"sub-sequence", 1, 2, 0);
	trans[3][789]	= settr(5924,2,794,813,813,"j = 0", 1, 2, 0);
	trans[3][795]	= settr(5930,2,794,1,0,".(goto)", 1, 2, 0);
	T = trans[3][794] = settr(5929,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5929,2,790,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5929,2,792,0,0,"DO", 1, 2, 0);
	trans[3][790]	= settr(5925,2,794,814,814,"(((j<qn[0])&&(ql[((0*3)+j)]!=w)))", 1, 2, 0); /* m: 791 -> 794,0 */
	reached3[791] = 1;
	trans[3][791]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][792]	= settr(5927,2,797,2,0,"else", 1, 2, 0);
	trans[3][793]	= settr(5928,2,797,1,0,"goto :b120", 1, 2, 0); /* m: 797 -> 0,803 */
	reached3[797] = 1;
	trans[3][796]	= settr(5931,2,797,1,0,"break", 1, 2, 0);
	trans[3][797]	= settr(5932,2,803,815,815,"assert((j<qn[0]))", 1, 2, 0);
	trans[3][804]	= settr(5939,2,803,1,0,".(goto)", 1, 2, 0);
	T = trans[3][803] = settr(5938,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5938,2,798,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5938,2,801,0,0,"DO", 1, 2, 0);
	trans[3][798]	= settr(5933,2,803,816,816,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 799 -> 803,0 */
	reached3[799] = 1;
	trans[3][799]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[3][800]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][801]	= settr(5936,2,806,2,0,"else", 1, 2, 0);
	trans[3][802]	= settr(5937,2,806,1,0,"goto :b121", 1, 2, 0); /* m: 806 -> 0,918 */
	reached3[806] = 1;
	trans[3][805]	= settr(5940,2,806,1,0,"break", 1, 2, 0);
	trans[3][806]	= settr(5941,2,918,817,817,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 807 -> 0,918 */
	reached3[807] = 1;
	trans[3][807]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[3][833]	= settr(5968,2,834,1,0,".(goto)", 1, 2, 0); /* m: 834 -> 0,918 */
	reached3[834] = 1;
	trans[3][809]	= settr(5944,2,829,818,0,"((msg[w].onq&&(msg[w].state!=1)))", 1, 2, 0);
	T = trans[ 3][829] = settr(5964,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5964,0,810,0,0,"sub-sequence", 1, 2, 0);
	trans[3][810]	= settr(5945,2,815,819,819,"j = 0", 1, 2, 0);
	trans[3][816]	= settr(5951,2,815,1,0,".(goto)", 1, 2, 0);
	T = trans[3][815] = settr(5950,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5950,2,811,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5950,2,813,0,0,"DO", 1, 2, 0);
	trans[3][811]	= settr(5946,2,815,820,820,"(((j<qn[1])&&(ql[((1*3)+j)]!=w)))", 1, 2, 0); /* m: 812 -> 815,0 */
	reached3[812] = 1;
	trans[3][812]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][813]	= settr(5948,2,818,2,0,"else", 1, 2, 0);
	trans[3][814]	= settr(5949,2,818,1,0,"goto :b122", 1, 2, 0); /* m: 818 -> 0,824 */
	reached3[818] = 1;
	trans[3][817]	= settr(5952,2,818,1,0,"break", 1, 2, 0);
	trans[3][818]	= settr(5953,2,824,821,821,"assert((j<qn[1]))", 1, 2, 0);
	trans[3][825]	= settr(5960,2,824,1,0,".(goto)", 1, 2, 0);
	T = trans[3][824] = settr(5959,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5959,2,819,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5959,2,822,0,0,"DO", 1, 2, 0);
	trans[3][819]	= settr(5954,2,824,822,822,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 820 -> 824,0 */
	reached3[820] = 1;
	trans[3][820]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[3][821]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][822]	= settr(5957,2,827,2,0,"else", 1, 2, 0);
	trans[3][823]	= settr(5958,2,827,1,0,"goto :b123", 1, 2, 0); /* m: 827 -> 0,918 */
	reached3[827] = 1;
	trans[3][826]	= settr(5961,2,827,1,0,"break", 1, 2, 0);
	trans[3][827]	= settr(5962,2,918,823,823,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 828 -> 0,918 */
	reached3[828] = 1;
	trans[3][828]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[3][830]	= settr(5965,2,831,2,0,"else", 1, 2, 0);
	trans[3][831]	= settr(5966,2,918,824,824,"(1)", 1, 2, 0); /* m: 834 -> 918,0 */
	reached3[834] = 1;
	trans[3][834]	= settr(5969,2,918,825,825,"msg[w].onq = 0", 1, 2, 0);
	T = trans[ 3][918] = settr(6053,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6053,0,884,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][884] = settr(6019,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6019,2,836,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6019,2,882,0,0,"IF", 1, 2, 0);
	trans[3][836]	= settr(5971,2,881,826,0,"(((18!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 3][881] = settr(6016,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6016,0,879,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][879] = settr(6014,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6014,2,837,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6014,2,877,0,0,"IF", 1, 2, 0);
	trans[3][837]	= settr(5972,2,875,827,827,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 838 -> 875,0 */
	reached3[838] = 1;
	trans[3][838]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][839]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][875] = settr(6010,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6010,2,840,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6010,2,873,0,0,"IF", 1, 2, 0);
	trans[3][840]	= settr(5975,2,872,828,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][872] = settr(6007,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6007,0,841,0,0,"sub-sequence", 1, 2, 0);
	trans[3][841]	= settr(5976,2,864,829,829,"msg[ft].xfer = 0", 1, 2, 0); /* m: 842 -> 0,864 */
	reached3[842] = 1;
	trans[3][842]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][843]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][844]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][845]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][846]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][847]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][848]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][849]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[3][850]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][851]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][852]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][853]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][864] = settr(5999,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5999,2,854,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5999,2,862,0,0,"IF", 1, 2, 0);
	trans[3][854]	= settr(5989,2,861,830,830,"((fw!=255))", 1, 2, 0); /* m: 855 -> 861,0 */
	reached3[855] = 1;
	trans[3][855]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][856]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][861] = settr(5996,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5996,0,857,0,0,"sub-sequence", 1, 2, 0);
	trans[3][857]	= settr(5992,2,870,831,831,"twait[fw] = 0", 1, 2, 0); /* m: 858 -> 0,870 */
	reached3[858] = 1;
	trans[3][858]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][859]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[3][860]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][865]	= settr(6000,2,870,1,0,".(goto)", 1, 2, 0);
	trans[3][862]	= settr(5997,2,863,2,0,"else", 1, 2, 0);
	trans[3][863]	= settr(5998,2,870,832,832,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][870] = settr(6005,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6005,2,866,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6005,2,868,0,0,"IF", 1, 2, 0);
	trans[3][866]	= settr(6001,2,917,833,833,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 867 -> 917,0 */
	reached3[867] = 1;
	trans[3][867]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][871]	= settr(6006,2,917,1,0,".(goto)", 1, 2, 0);
	trans[3][868]	= settr(6003,2,869,2,0,"else", 1, 2, 0);
	trans[3][869]	= settr(6004,2,917,1,0,"(1)", 1, 2, 0);
	trans[3][876]	= settr(6011,2,917,1,0,".(goto)", 1, 2, 0);
	trans[3][873]	= settr(6008,2,874,2,0,"else", 1, 2, 0);
	trans[3][874]	= settr(6009,2,917,1,0,"(1)", 1, 2, 0);
	trans[3][880]	= settr(6015,2,917,1,0,".(goto)", 1, 2, 0);
	trans[3][877]	= settr(6012,2,878,2,0,"else", 1, 2, 0);
	trans[3][878]	= settr(6013,2,917,1,0,"(1)", 1, 2, 0);
	trans[3][885]	= settr(6020,2,917,1,0,".(goto)", 1, 2, 0);
	trans[3][882]	= settr(6017,2,883,2,0,"else", 1, 2, 0);
	trans[3][883]	= settr(6018,2,917,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][917] = settr(6052,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6052,0,886,0,0,"sub-sequence", 1, 2, 0);
	trans[3][886]	= settr(6021,2,909,834,834,"msg[w].xfer = 0", 1, 2, 0); /* m: 887 -> 0,909 */
	reached3[887] = 1;
	trans[3][887]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[3][888]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[3][889]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[3][890]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[3][891]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[3][892]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[3][893]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[3][894]	= settr(0,0,0,0,0,"msg[w].status = 18",0,0,0);
	trans[3][895]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[3][896]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[3][897]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[3][898]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[3][909] = settr(6044,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6044,2,899,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6044,2,907,0,0,"IF", 1, 2, 0);
	trans[3][899]	= settr(6034,2,906,835,835,"((fw!=255))", 1, 2, 0); /* m: 900 -> 906,0 */
	reached3[900] = 1;
	trans[3][900]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[3][901]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 3][906] = settr(6041,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6041,0,902,0,0,"sub-sequence", 1, 2, 0);
	trans[3][902]	= settr(6037,2,915,836,836,"twait[fw] = 0", 1, 2, 0); /* m: 903 -> 0,915 */
	reached3[903] = 1;
	trans[3][903]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][904]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[3][905]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][910]	= settr(6045,2,915,1,0,".(goto)", 1, 2, 0);
	trans[3][907]	= settr(6042,2,908,2,0,"else", 1, 2, 0);
	trans[3][908]	= settr(6043,2,915,837,837,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[3][915] = settr(6050,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6050,2,911,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6050,2,913,0,0,"IF", 1, 2, 0);
	trans[3][911]	= settr(6046,2,924,838,838,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 912 -> 924,0 */
	reached3[912] = 1;
	trans[3][912]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][916]	= settr(6051,2,924,1,0,".(goto)", 1, 2, 0);
	trans[3][913]	= settr(6048,2,914,2,0,"else", 1, 2, 0);
	trans[3][914]	= settr(6049,2,924,1,0,"(1)", 1, 2, 0);
	T = trans[3][924] = settr(6059,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6059,2,919,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6059,2,922,0,0,"IF", 1, 2, 0);
	trans[3][919]	= settr(6054,2,1273,839,839,"(((qn[0]>0)||(qn[1]>0)))", 1, 2, 0); /* m: 920 -> 1273,0 */
	reached3[920] = 1;
	trans[3][920]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[3][921]	= settr(6056,2,1273,1,0,"goto :b119", 1, 2, 0);
	trans[3][925]	= settr(6060,2,928,1,0,".(goto)", 1, 2, 0);
	trans[3][922]	= settr(6057,2,923,1,0,"(1)", 1, 2, 0);
	trans[3][923]	= settr(6058,2,928,1,0,"(1)", 1, 2, 0);
	trans[3][926]	= settr(6061,2,1273,2,0,"else", 1, 2, 0);
	trans[3][927]	= settr(6062,2,1273,1,0,"goto :b119", 1, 2, 0);
	trans[3][930]	= settr(6065,2,1273,1,0,"break", 1, 2, 0);
	trans[3][1252]	= settr(6387,2,1273,1,0,".(goto)", 1, 2, 0);
	trans[3][931]	= settr(6066,2,988,840,0,"((o_==7))", 1, 2, 0);
	T = trans[3][988] = settr(6123,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6123,2,932,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6123,2,986,0,0,"IF", 1, 2, 0);
	trans[3][932]	= settr(6067,2,981,841,0,"(alive[(9+0)])", 1, 2, 0);
	T = trans[ 3][981] = settr(6116,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6116,0,933,0,0,"sub-sequence", 1, 2, 0);
	trans[3][933]	= settr(6068,2,942,842,842,"dying[(9+0)] = 1", 1, 2, 0); /* m: 934 -> 0,942 */
	reached3[934] = 1;
	trans[3][934]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	T = trans[ 3][942] = settr(6077,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6077,0,940,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][940] = settr(6075,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6075,2,935,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6075,2,938,0,0,"IF", 1, 2, 0);
	trans[3][935]	= settr(6070,2,952,843,843,"(shown[0])", 1, 2, 0); /* m: 936 -> 952,0 */
	reached3[936] = 1;
	trans[3][936]	= settr(0,0,0,0,0,"stale[0] = pa[0]",0,0,0);
	trans[3][937]	= settr(0,0,0,0,0,"shown[0] = 0",0,0,0);
	trans[3][941]	= settr(6076,2,952,1,0,".(goto)", 1, 2, 0);
	trans[3][938]	= settr(6073,2,939,2,0,"else", 1, 2, 0);
	trans[3][939]	= settr(6074,2,952,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][952] = settr(6087,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6087,0,943,0,0,"sub-sequence", 1, 2, 0);
	trans[3][943]	= settr(6078,2,949,844,844,"x = 0", 1, 2, 0);
	trans[3][950]	= settr(6085,2,949,1,0,".(goto)", 1, 2, 0);
	T = trans[3][949] = settr(6084,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6084,2,944,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6084,2,947,0,0,"DO", 1, 2, 0);
	trans[3][944]	= settr(6079,2,949,845,845,"((x<5))", 1, 2, 0); /* m: 945 -> 949,0 */
	reached3[945] = 1;
	trans[3][945]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[3][946]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[3][947]	= settr(6082,2,953,2,0,"else", 1, 2, 0);
	trans[3][948]	= settr(6083,2,953,1,0,"goto :b124", 1, 2, 0); /* m: 953 -> 0,979 */
	reached3[953] = 1;
	trans[3][951]	= settr(6086,2,953,1,0,"break", 1, 2, 0);
	trans[3][953]	= settr(6088,2,979,846,846,"pfree[pa[0]] = 1", 1, 2, 0); /* m: 954 -> 0,979 */
	reached3[954] = 1;
	trans[3][954]	= settr(0,0,0,0,0,"used[( ((0==0)) ? (0) : (1) )] = (used[( ((0==0)) ? (0) : (1) )]-1)",0,0,0);
	T = trans[ 3][979] = settr(6114,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6114,0,955,0,0,"sub-sequence", 1, 2, 0);
	trans[3][955]	= settr(6090,2,976,847,847,"x = 0", 1, 2, 0);
	trans[3][977]	= settr(6112,2,976,1,0,".(goto)", 1, 2, 0);
	T = trans[3][976] = settr(6111,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6111,2,956,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6111,2,974,0,0,"DO", 1, 2, 0);
	trans[3][956]	= settr(6091,2,963,848,0,"((x<5))", 1, 2, 0);
	T = trans[3][963] = settr(6098,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6098,2,957,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6098,2,961,0,0,"IF", 1, 2, 0);
	trans[3][957]	= settr(6092,2,960,849,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][960] = settr(6095,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6095,0,958,0,0,"sub-sequence", 1, 2, 0);
	trans[3][958]	= settr(6093,2,971,850,850,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 959 -> 0,971 */
	reached3[959] = 1;
	trans[3][959]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][964]	= settr(6099,2,971,1,0,".(goto)", 1, 2, 0);
	trans[3][961]	= settr(6096,2,962,2,0,"else", 1, 2, 0);
	trans[3][962]	= settr(6097,2,971,1,0,"(1)", 1, 2, 0);
	T = trans[3][971] = settr(6106,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6106,2,965,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6106,2,969,0,0,"IF", 1, 2, 0);
	trans[3][965]	= settr(6100,2,968,851,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][968] = settr(6103,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6103,0,966,0,0,"sub-sequence", 1, 2, 0);
	trans[3][966]	= settr(6101,2,976,852,852,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 967 -> 0,976 */
	reached3[967] = 1;
	trans[3][967]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][972]	= settr(6107,2,973,1,0,".(goto)", 1, 2, 0); /* m: 973 -> 0,976 */
	reached3[973] = 1;
	trans[3][969]	= settr(6104,2,970,2,0,"else", 1, 2, 0);
	trans[3][970]	= settr(6105,2,976,853,853,"(1)", 1, 2, 0); /* m: 973 -> 976,0 */
	reached3[973] = 1;
	trans[3][973]	= settr(6108,2,976,854,854,"x = (x+1)", 1, 2, 0);
	trans[3][974]	= settr(6109,2,980,2,0,"else", 1, 2, 0);
	trans[3][975]	= settr(6110,2,980,1,0,"goto :b125", 1, 2, 0); /* m: 980 -> 0,984 */
	reached3[980] = 1;
	trans[3][978]	= settr(6113,2,980,1,0,"break", 1, 2, 0);
	trans[3][980]	= settr(6115,2,984,855,855,"alive[(9+0)] = 0", 1, 2, 0);
	T = trans[3][984] = settr(6119,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6119,2,982,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6119,2,983,0,0,"IF", 1, 2, 0);
	trans[3][982]	= settr(6117,2,1249,856,856,"ret = 255", 1, 2, 0);
	trans[3][985]	= settr(6120,2,1249,1,0,".(goto)", 1, 2, 0);
	trans[3][983]	= settr(6118,2,1249,1,0,"(1)", 1, 2, 0);
	trans[3][989]	= settr(6124,2,1249,1,0,".(goto)", 1, 2, 0);
	trans[3][986]	= settr(6121,2,987,2,0,"else", 1, 2, 0);
	trans[3][987]	= settr(6122,2,1249,1,0,"(1)", 1, 2, 0);
	T = trans[3][1249] = settr(6384,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6384,2,990,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6384,2,1247,0,0,"IF", 1, 2, 0);
	trans[3][990]	= settr(6125,2,1242,857,0,"(((ret==0)&&alive[0]))", 1, 2, 0);
	T = trans[ 3][1242] = settr(6377,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6377,0,991,0,0,"sub-sequence", 1, 2, 0);
	trans[3][991]	= settr(6126,2,996,858,858,"dying[0] = 1", 1, 2, 0);
	T = trans[3][996] = settr(6131,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6131,2,992,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6131,2,994,0,0,"IF", 1, 2, 0);
	trans[3][992]	= settr(6127,2,1240,859,859,"((r_target==0))", 1, 2, 0); /* m: 993 -> 1240,0 */
	reached3[993] = 1;
	trans[3][993]	= settr(0,0,0,0,0,"r_target = 255",0,0,0);
	trans[3][997]	= settr(6132,2,1240,1,0,".(goto)", 1, 2, 0);
	trans[3][994]	= settr(6129,2,995,2,0,"else", 1, 2, 0);
	trans[3][995]	= settr(6130,2,1240,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][1240] = settr(6375,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6375,0,1152,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][1152] = settr(6287,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6287,2,998,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6287,2,1047,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6287,2,1150,0,0,"IF", 1, 2, 0);
	trans[3][998]	= settr(6133,2,1046,860,0,"(((msg[0].state==1)||(msg[0].state==2)))", 1, 2, 0);
	T = trans[ 3][1046] = settr(6181,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6181,0,1043,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][1043] = settr(6178,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6178,2,999,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6178,2,1020,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6178,2,1041,0,0,"IF", 1, 2, 0);
	trans[3][999]	= settr(6134,2,1019,861,0,"((msg[0].onq&&(msg[0].state==1)))", 1, 2, 0);
	T = trans[ 3][1019] = settr(6154,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6154,0,1000,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1000]	= settr(6135,2,1005,862,862,"j = 0", 1, 2, 0);
	trans[3][1006]	= settr(6141,2,1005,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1005] = settr(6140,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6140,2,1001,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6140,2,1003,0,0,"DO", 1, 2, 0);
	trans[3][1001]	= settr(6136,2,1005,863,863,"(((j<qn[0])&&(ql[((0*3)+j)]!=0)))", 1, 2, 0); /* m: 1002 -> 1005,0 */
	reached3[1002] = 1;
	trans[3][1002]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1003]	= settr(6138,2,1008,2,0,"else", 1, 2, 0);
	trans[3][1004]	= settr(6139,2,1008,1,0,"goto :b126", 1, 2, 0); /* m: 1008 -> 0,1014 */
	reached3[1008] = 1;
	trans[3][1007]	= settr(6142,2,1008,1,0,"break", 1, 2, 0);
	trans[3][1008]	= settr(6143,2,1014,864,864,"assert((j<qn[0]))", 1, 2, 0);
	trans[3][1015]	= settr(6150,2,1014,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1014] = settr(6149,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6149,2,1009,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6149,2,1012,0,0,"DO", 1, 2, 0);
	trans[3][1009]	= settr(6144,2,1014,865,865,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 1010 -> 1014,0 */
	reached3[1010] = 1;
	trans[3][1010]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[3][1011]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1012]	= settr(6147,2,1017,2,0,"else", 1, 2, 0);
	trans[3][1013]	= settr(6148,2,1017,1,0,"goto :b127", 1, 2, 0); /* m: 1017 -> 0,1236 */
	reached3[1017] = 1;
	trans[3][1016]	= settr(6151,2,1017,1,0,"break", 1, 2, 0);
	trans[3][1017]	= settr(6152,2,1236,866,866,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 1018 -> 0,1236 */
	reached3[1018] = 1;
	trans[3][1018]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	trans[3][1044]	= settr(6179,2,1045,1,0,".(goto)", 1, 2, 0); /* m: 1045 -> 0,1236 */
	reached3[1045] = 1;
	trans[3][1020]	= settr(6155,2,1040,867,0,"((msg[0].onq&&(msg[0].state!=1)))", 1, 2, 0);
	T = trans[ 3][1040] = settr(6175,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6175,0,1021,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1021]	= settr(6156,2,1026,868,868,"j = 0", 1, 2, 0);
	trans[3][1027]	= settr(6162,2,1026,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1026] = settr(6161,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6161,2,1022,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6161,2,1024,0,0,"DO", 1, 2, 0);
	trans[3][1022]	= settr(6157,2,1026,869,869,"(((j<qn[1])&&(ql[((1*3)+j)]!=0)))", 1, 2, 0); /* m: 1023 -> 1026,0 */
	reached3[1023] = 1;
	trans[3][1023]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1024]	= settr(6159,2,1029,2,0,"else", 1, 2, 0);
	trans[3][1025]	= settr(6160,2,1029,1,0,"goto :b128", 1, 2, 0); /* m: 1029 -> 0,1035 */
	reached3[1029] = 1;
	trans[3][1028]	= settr(6163,2,1029,1,0,"break", 1, 2, 0);
	trans[3][1029]	= settr(6164,2,1035,870,870,"assert((j<qn[1]))", 1, 2, 0);
	trans[3][1036]	= settr(6171,2,1035,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1035] = settr(6170,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6170,2,1030,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6170,2,1033,0,0,"DO", 1, 2, 0);
	trans[3][1030]	= settr(6165,2,1035,871,871,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 1031 -> 1035,0 */
	reached3[1031] = 1;
	trans[3][1031]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[3][1032]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1033]	= settr(6168,2,1038,2,0,"else", 1, 2, 0);
	trans[3][1034]	= settr(6169,2,1038,1,0,"goto :b129", 1, 2, 0); /* m: 1038 -> 0,1236 */
	reached3[1038] = 1;
	trans[3][1037]	= settr(6172,2,1038,1,0,"break", 1, 2, 0);
	trans[3][1038]	= settr(6173,2,1236,872,872,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 1039 -> 0,1236 */
	reached3[1039] = 1;
	trans[3][1039]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	trans[3][1041]	= settr(6176,2,1042,2,0,"else", 1, 2, 0);
	trans[3][1042]	= settr(6177,2,1236,873,873,"(1)", 1, 2, 0); /* m: 1045 -> 1236,0 */
	reached3[1045] = 1;
	trans[3][1045]	= settr(6180,2,1236,874,874,"msg[0].onq = 0", 1, 2, 0);
	trans[3][1153]	= settr(6288,2,1236,1,0,".(goto)", 1, 2, 0);
	trans[3][1047]	= settr(6182,2,1149,875,0,"((msg[0].state==3))", 1, 2, 0);
	T = trans[ 3][1149] = settr(6284,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6284,0,1048,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1048]	= settr(6183,2,1064,876,876,"s_ = ( (msg[0].is_source) -> (0) : (msg[0].peer) )", 1, 2, 0); /* m: 1049 -> 0,1064 */
	reached3[1049] = 1;
	trans[3][1049]	= settr(0,0,0,0,0,"t_ = msg[s_].peer",0,0,0);
	T = trans[ 3][1064] = settr(6199,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6199,0,1050,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1050]	= settr(6185,2,1062,877,877,"x = (msg[s_].landed&((1<<msg[s_].copied)-1))", 1, 2, 0);
	T = trans[ 3][1062] = settr(6197,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6197,0,1051,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1051]	= settr(6186,2,1059,878,878,"n = 0", 1, 2, 0); /* m: 1052 -> 0,1059 */
	reached3[1052] = 1;
	trans[3][1052]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][1060]	= settr(6195,2,1059,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1059] = settr(6194,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6194,2,1053,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6194,2,1057,0,0,"DO", 1, 2, 0);
	trans[3][1053]	= settr(6188,2,1059,879,879,"((j<msg[s_].ncaps))", 1, 2, 0); /* m: 1054 -> 1059,0 */
	reached3[1054] = 1;
	trans[3][1054]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(s_+1))))",0,0,0);
	trans[3][1055]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[3][1056]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1057]	= settr(6192,2,1063,2,0,"else", 1, 2, 0);
	trans[3][1058]	= settr(6193,2,1063,1,0,"goto :b130", 1, 2, 0); /* m: 1063 -> 0,1148 */
	reached3[1063] = 1;
	trans[3][1061]	= settr(6196,2,1063,1,0,"break", 1, 2, 0);
	trans[3][1063]	= settr(6198,2,1148,880,880,"res = n", 1, 2, 0); /* m: 1065 -> 0,1148 */
	reached3[1065] = 1;
	trans[3][1065]	= settr(0,0,0,0,0,"p_ = msg[0].peer",0,0,0);
	T = trans[ 3][1148] = settr(6283,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6283,0,1114,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][1114] = settr(6249,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6249,2,1066,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6249,2,1112,0,0,"IF", 1, 2, 0);
	trans[3][1066]	= settr(6201,2,1111,881,0,"(((18!=0)&&(msg[p_].reply!=0)))", 1, 2, 0);
	T = trans[ 3][1111] = settr(6246,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6246,0,1109,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][1109] = settr(6244,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6244,2,1067,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6244,2,1107,0,0,"IF", 1, 2, 0);
	trans[3][1067]	= settr(6202,2,1105,882,882,"((r_armed&&(msg[p_].reply==r_gen)))", 1, 2, 0); /* m: 1068 -> 1105,0 */
	reached3[1068] = 1;
	trans[3][1068]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][1069]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][1105] = settr(6240,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6240,2,1070,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6240,2,1103,0,0,"IF", 1, 2, 0);
	trans[3][1070]	= settr(6205,2,1102,883,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][1102] = settr(6237,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6237,0,1071,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1071]	= settr(6206,2,1094,884,884,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1072 -> 0,1094 */
	reached3[1072] = 1;
	trans[3][1072]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][1073]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][1074]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][1075]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][1076]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][1077]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][1078]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][1079]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[3][1080]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][1081]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][1082]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][1083]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][1094] = settr(6229,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6229,2,1084,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6229,2,1092,0,0,"IF", 1, 2, 0);
	trans[3][1084]	= settr(6219,2,1091,885,885,"((fw!=255))", 1, 2, 0); /* m: 1085 -> 1091,0 */
	reached3[1085] = 1;
	trans[3][1085]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][1086]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][1091] = settr(6226,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6226,0,1087,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1087]	= settr(6222,2,1100,886,886,"twait[fw] = 0", 1, 2, 0); /* m: 1088 -> 0,1100 */
	reached3[1088] = 1;
	trans[3][1088]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][1089]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[3][1090]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][1095]	= settr(6230,2,1100,1,0,".(goto)", 1, 2, 0);
	trans[3][1092]	= settr(6227,2,1093,2,0,"else", 1, 2, 0);
	trans[3][1093]	= settr(6228,2,1100,887,887,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][1100] = settr(6235,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6235,2,1096,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6235,2,1098,0,0,"IF", 1, 2, 0);
	trans[3][1096]	= settr(6231,2,1147,888,888,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1097 -> 1147,0 */
	reached3[1097] = 1;
	trans[3][1097]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][1101]	= settr(6236,2,1147,1,0,".(goto)", 1, 2, 0);
	trans[3][1098]	= settr(6233,2,1099,2,0,"else", 1, 2, 0);
	trans[3][1099]	= settr(6234,2,1147,1,0,"(1)", 1, 2, 0);
	trans[3][1106]	= settr(6241,2,1147,1,0,".(goto)", 1, 2, 0);
	trans[3][1103]	= settr(6238,2,1104,2,0,"else", 1, 2, 0);
	trans[3][1104]	= settr(6239,2,1147,1,0,"(1)", 1, 2, 0);
	trans[3][1110]	= settr(6245,2,1147,1,0,".(goto)", 1, 2, 0);
	trans[3][1107]	= settr(6242,2,1108,2,0,"else", 1, 2, 0);
	trans[3][1108]	= settr(6243,2,1147,1,0,"(1)", 1, 2, 0);
	trans[3][1115]	= settr(6250,2,1147,1,0,".(goto)", 1, 2, 0);
	trans[3][1112]	= settr(6247,2,1113,2,0,"else", 1, 2, 0);
	trans[3][1113]	= settr(6248,2,1147,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][1147] = settr(6282,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6282,0,1116,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1116]	= settr(6251,2,1139,889,889,"msg[p_].xfer = 0", 1, 2, 0); /* m: 1117 -> 0,1139 */
	reached3[1117] = 1;
	trans[3][1117]	= settr(0,0,0,0,0,"msg[p_].state = 0",0,0,0);
	trans[3][1118]	= settr(0,0,0,0,0,"msg[p_].is_source = 0",0,0,0);
	trans[3][1119]	= settr(0,0,0,0,0,"msg[p_].peer = 255",0,0,0);
	trans[3][1120]	= settr(0,0,0,0,0,"msg[p_].onq = 0",0,0,0);
	trans[3][1121]	= settr(0,0,0,0,0,"msg[p_].ncaps = 0",0,0,0);
	trans[3][1122]	= settr(0,0,0,0,0,"msg[p_].copied = 0",0,0,0);
	trans[3][1123]	= settr(0,0,0,0,0,"msg[p_].failed = 0",0,0,0);
	trans[3][1124]	= settr(0,0,0,0,0,"msg[p_].status = 18",0,0,0);
	trans[3][1125]	= settr(0,0,0,0,0,"msg[p_].got_caps = res",0,0,0);
	trans[3][1126]	= settr(0,0,0,0,0,"msg[p_].charged = 0",0,0,0);
	trans[3][1127]	= settr(0,0,0,0,0,"msg[p_].reply = 0",0,0,0);
	trans[3][1128]	= settr(0,0,0,0,0,"fw = msg[p_].waiter",0,0,0);
	T = trans[3][1139] = settr(6274,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6274,2,1129,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6274,2,1137,0,0,"IF", 1, 2, 0);
	trans[3][1129]	= settr(6264,2,1136,890,890,"((fw!=255))", 1, 2, 0); /* m: 1130 -> 1136,0 */
	reached3[1130] = 1;
	trans[3][1130]	= settr(0,0,0,0,0,"msg[p_].waiter = 255",0,0,0);
	trans[3][1131]	= settr(0,0,0,0,0,"msg[p_].delivered = 0",0,0,0);
	T = trans[ 3][1136] = settr(6271,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6271,0,1132,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1132]	= settr(6267,2,1145,891,891,"twait[fw] = 0", 1, 2, 0); /* m: 1133 -> 0,1145 */
	reached3[1133] = 1;
	trans[3][1133]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][1134]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[3][1135]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][1140]	= settr(6275,2,1145,1,0,".(goto)", 1, 2, 0);
	trans[3][1137]	= settr(6272,2,1138,2,0,"else", 1, 2, 0);
	trans[3][1138]	= settr(6273,2,1145,892,892,"msg[p_].delivered = 1", 1, 2, 0);
	T = trans[3][1145] = settr(6280,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6280,2,1141,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6280,2,1143,0,0,"IF", 1, 2, 0);
	trans[3][1141]	= settr(6276,2,1236,893,893,"((msg[p_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1142 -> 1236,0 */
	reached3[1142] = 1;
	trans[3][1142]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][1146]	= settr(6281,2,1236,1,0,".(goto)", 1, 2, 0);
	trans[3][1143]	= settr(6278,2,1144,2,0,"else", 1, 2, 0);
	trans[3][1144]	= settr(6279,2,1236,1,0,"(1)", 1, 2, 0);
	trans[3][1150]	= settr(6285,2,1151,2,0,"else", 1, 2, 0);
	trans[3][1151]	= settr(6286,2,1236,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][1236] = settr(6371,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6371,0,1202,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][1202] = settr(6337,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6337,2,1154,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6337,2,1200,0,0,"IF", 1, 2, 0);
	trans[3][1154]	= settr(6289,2,1199,894,0,"(((18!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 3][1199] = settr(6334,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6334,0,1197,0,0,"sub-sequence", 1, 2, 0);
	T = trans[3][1197] = settr(6332,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6332,2,1155,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6332,2,1195,0,0,"IF", 1, 2, 0);
	trans[3][1155]	= settr(6290,2,1193,895,895,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 1156 -> 1193,0 */
	reached3[1156] = 1;
	trans[3][1156]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[3][1157]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[3][1193] = settr(6328,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6328,2,1158,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6328,2,1191,0,0,"IF", 1, 2, 0);
	trans[3][1158]	= settr(6293,2,1190,896,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 3][1190] = settr(6325,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6325,0,1159,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1159]	= settr(6294,2,1182,897,897,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1160 -> 0,1182 */
	reached3[1160] = 1;
	trans[3][1160]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[3][1161]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[3][1162]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[3][1163]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[3][1164]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[3][1165]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[3][1166]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[3][1167]	= settr(0,0,0,0,0,"msg[ft].status = 18",0,0,0);
	trans[3][1168]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[3][1169]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[3][1170]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[3][1171]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[3][1182] = settr(6317,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6317,2,1172,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6317,2,1180,0,0,"IF", 1, 2, 0);
	trans[3][1172]	= settr(6307,2,1179,898,898,"((fw!=255))", 1, 2, 0); /* m: 1173 -> 1179,0 */
	reached3[1173] = 1;
	trans[3][1173]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[3][1174]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 3][1179] = settr(6314,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6314,0,1175,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1175]	= settr(6310,2,1188,899,899,"twait[fw] = 0", 1, 2, 0); /* m: 1176 -> 0,1188 */
	reached3[1176] = 1;
	trans[3][1176]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][1177]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[3][1178]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][1183]	= settr(6318,2,1188,1,0,".(goto)", 1, 2, 0);
	trans[3][1180]	= settr(6315,2,1181,2,0,"else", 1, 2, 0);
	trans[3][1181]	= settr(6316,2,1188,900,900,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[3][1188] = settr(6323,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6323,2,1184,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6323,2,1186,0,0,"IF", 1, 2, 0);
	trans[3][1184]	= settr(6319,2,1235,901,901,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1185 -> 1235,0 */
	reached3[1185] = 1;
	trans[3][1185]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][1189]	= settr(6324,2,1235,1,0,".(goto)", 1, 2, 0);
	trans[3][1186]	= settr(6321,2,1187,2,0,"else", 1, 2, 0);
	trans[3][1187]	= settr(6322,2,1235,1,0,"(1)", 1, 2, 0);
	trans[3][1194]	= settr(6329,2,1235,1,0,".(goto)", 1, 2, 0);
	trans[3][1191]	= settr(6326,2,1192,2,0,"else", 1, 2, 0);
	trans[3][1192]	= settr(6327,2,1235,1,0,"(1)", 1, 2, 0);
	trans[3][1198]	= settr(6333,2,1235,1,0,".(goto)", 1, 2, 0);
	trans[3][1195]	= settr(6330,2,1196,2,0,"else", 1, 2, 0);
	trans[3][1196]	= settr(6331,2,1235,1,0,"(1)", 1, 2, 0);
	trans[3][1203]	= settr(6338,2,1235,1,0,".(goto)", 1, 2, 0);
	trans[3][1200]	= settr(6335,2,1201,2,0,"else", 1, 2, 0);
	trans[3][1201]	= settr(6336,2,1235,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][1235] = settr(6370,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6370,0,1204,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1204]	= settr(6339,2,1227,902,902,"msg[0].xfer = 0", 1, 2, 0); /* m: 1205 -> 0,1227 */
	reached3[1205] = 1;
	trans[3][1205]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[3][1206]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[3][1207]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[3][1208]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[3][1209]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[3][1210]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[3][1211]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[3][1212]	= settr(0,0,0,0,0,"msg[0].status = 18",0,0,0);
	trans[3][1213]	= settr(0,0,0,0,0,"msg[0].got_caps = 0",0,0,0);
	trans[3][1214]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[3][1215]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[3][1216]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[3][1227] = settr(6362,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6362,2,1217,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6362,2,1225,0,0,"IF", 1, 2, 0);
	trans[3][1217]	= settr(6352,2,1224,903,903,"((fw!=255))", 1, 2, 0); /* m: 1218 -> 1224,0 */
	reached3[1218] = 1;
	trans[3][1218]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[3][1219]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 3][1224] = settr(6359,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6359,0,1220,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1220]	= settr(6355,2,1233,904,904,"twait[fw] = 0", 1, 2, 0); /* m: 1221 -> 0,1233 */
	reached3[1221] = 1;
	trans[3][1221]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[3][1222]	= settr(0,0,0,0,0,"tres[fw] = 18",0,0,0);
	trans[3][1223]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[3][1228]	= settr(6363,2,1233,1,0,".(goto)", 1, 2, 0);
	trans[3][1225]	= settr(6360,2,1226,2,0,"else", 1, 2, 0);
	trans[3][1226]	= settr(6361,2,1233,905,905,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[3][1233] = settr(6368,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6368,2,1229,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6368,2,1231,0,0,"IF", 1, 2, 0);
	trans[3][1229]	= settr(6364,2,1245,906,906,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1230 -> 1245,0 */
	reached3[1230] = 1;
	trans[3][1230]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[3][1234]	= settr(6369,2,1237,1,0,".(goto)", 1, 2, 0); /* m: 1237 -> 0,1245 */
	reached3[1237] = 1;
	trans[3][1231]	= settr(6366,2,1232,2,0,"else", 1, 2, 0);
	trans[3][1232]	= settr(6367,2,1245,907,907,"(1)", 1, 2, 0); /* m: 1237 -> 1245,0 */
	reached3[1237] = 1;
	trans[3][1237]	= settr(6372,2,1245,908,908,"msg[0].delivered = 0", 1, 2, 0); /* m: 1238 -> 0,1245 */
	reached3[1238] = 1;
	trans[3][1238]	= settr(0,0,0,0,0,"msg[0].payload = 0",0,0,0);
	trans[3][1239]	= settr(0,0,0,0,0,"msg[0].thread = 0",0,0,0);
	trans[3][1241]	= settr(0,0,0,0,0,"alive[0] = 0",0,0,0);
	T = trans[3][1245] = settr(6380,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6380,2,1243,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6380,2,1244,0,0,"IF", 1, 2, 0);
	trans[3][1243]	= settr(6378,2,1273,909,909,"ret = 255", 1, 2, 0);
	trans[3][1246]	= settr(6381,2,1273,1,0,".(goto)", 1, 2, 0);
	trans[3][1244]	= settr(6379,2,1273,1,0,"(1)", 1, 2, 0);
	trans[3][1250]	= settr(6385,2,1273,1,0,".(goto)", 1, 2, 0);
	trans[3][1247]	= settr(6382,2,1248,2,0,"else", 1, 2, 0);
	trans[3][1248]	= settr(6383,2,1273,1,0,"(1)", 1, 2, 0);
	T = trans[3][1273] = settr(6408,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6408,2,1253,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6408,2,1271,0,0,"IF", 1, 2, 0);
	trans[3][1253]	= settr(6388,2,1259,910,910,"((ret==0))", 1, 2, 0); /* m: 1254 -> 1259,0 */
	reached3[1254] = 1;
	trans[3][1254]	= settr(0,0,0,0,0,"alive[o_] = 0",0,0,0);
	T = trans[3][1259] = settr(6394,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6394,2,1255,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6394,2,1257,0,0,"IF", 1, 2, 0);
	trans[3][1255]	= settr(6390,2,1269,911,911,"((dwork==o_))", 1, 2, 0); /* m: 1256 -> 1269,0 */
	reached3[1256] = 1;
	trans[3][1256]	= settr(0,0,0,0,0,"dwork = 255",0,0,0);
	trans[3][1260]	= settr(6395,2,1269,1,0,".(goto)", 1, 2, 0);
	trans[3][1257]	= settr(6392,2,1258,2,0,"else", 1, 2, 0);
	trans[3][1258]	= settr(6393,2,1269,1,0,"(1)", 1, 2, 0);
	T = trans[3][1269] = settr(6404,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6404,2,1261,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6404,2,1267,0,0,"IF", 1, 2, 0);
	trans[3][1261]	= settr(6396,2,1266,912,0,"(((twait[4]==6)&&(twon[4]==o_)))", 1, 2, 0);
	T = trans[ 3][1266] = settr(6401,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6401,0,1262,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1262]	= settr(6397,2,1430,913,913,"twait[4] = 0", 1, 2, 0); /* m: 1263 -> 0,1430 */
	reached3[1263] = 1;
	trans[3][1263]	= settr(0,0,0,0,0,"twon[4] = 255",0,0,0);
	trans[3][1264]	= settr(0,0,0,0,0,"tres[4] = 0",0,0,0);
	trans[3][1265]	= settr(0,0,0,0,0,"tstate[4] = 1",0,0,0);
	trans[3][1270]	= settr(6405,2,1430,1,0,".(goto)", 1, 2, 0);
	trans[3][1267]	= settr(6402,2,1268,2,0,"else", 1, 2, 0);
	trans[3][1268]	= settr(6403,2,1430,1,0,"(1)", 1, 2, 0);
	trans[3][1274]	= settr(6409,2,1430,1,0,".(goto)", 1, 2, 0);
	trans[3][1271]	= settr(6406,2,1272,2,0,"else", 1, 2, 0);
	trans[3][1272]	= settr(6407,2,1430,1,0,"(1)", 1, 2, 0);
	T = trans[ 3][1430] = settr(6565,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6565,0,1300,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 3][1300] = settr(6435,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6435,0,1276,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1276]	= settr(6411,2,1297,914,914,"x = 0", 1, 2, 0);
	trans[3][1298]	= settr(6433,2,1297,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1297] = settr(6432,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6432,2,1277,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6432,2,1295,0,0,"DO", 1, 2, 0);
	trans[3][1277]	= settr(6412,2,1284,915,0,"((x<5))", 1, 2, 0);
	T = trans[3][1284] = settr(6419,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6419,2,1278,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6419,2,1282,0,0,"IF", 1, 2, 0);
	trans[3][1278]	= settr(6413,2,1281,916,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 3][1281] = settr(6416,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6416,0,1279,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1279]	= settr(6414,2,1292,917,917,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 1280 -> 0,1292 */
	reached3[1280] = 1;
	trans[3][1280]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][1285]	= settr(6420,2,1292,1,0,".(goto)", 1, 2, 0);
	trans[3][1282]	= settr(6417,2,1283,2,0,"else", 1, 2, 0);
	trans[3][1283]	= settr(6418,2,1292,1,0,"(1)", 1, 2, 0);
	T = trans[3][1292] = settr(6427,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6427,2,1286,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6427,2,1290,0,0,"IF", 1, 2, 0);
	trans[3][1286]	= settr(6421,2,1289,918,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 3][1289] = settr(6424,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6424,0,1287,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1287]	= settr(6422,2,1297,919,919,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 1288 -> 0,1297 */
	reached3[1288] = 1;
	trans[3][1288]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[3][1293]	= settr(6428,2,1294,1,0,".(goto)", 1, 2, 0); /* m: 1294 -> 0,1297 */
	reached3[1294] = 1;
	trans[3][1290]	= settr(6425,2,1291,2,0,"else", 1, 2, 0);
	trans[3][1291]	= settr(6426,2,1297,920,920,"(1)", 1, 2, 0); /* m: 1294 -> 1297,0 */
	reached3[1294] = 1;
	trans[3][1294]	= settr(6429,2,1297,921,921,"x = (x+1)", 1, 2, 0);
	trans[3][1295]	= settr(6430,2,1343,2,0,"else", 1, 2, 0);
	trans[3][1296]	= settr(6431,2,1343,1,0,"goto :b131", 1, 2, 0);
	trans[3][1299]	= settr(6434,2,1343,1,0,"break", 1, 2, 0);
	T = trans[ 3][1343] = settr(6478,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6478,0,1301,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1301]	= settr(6436,2,1317,922,922,"i = 0", 1, 2, 0);
	trans[3][1318]	= settr(6453,2,1317,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1317] = settr(6452,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6452,2,1302,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6452,2,1315,0,0,"DO", 1, 2, 0);
	trans[3][1302]	= settr(6437,2,1310,923,923,"((i<5))", 1, 2, 0); /* m: 1303 -> 1310,0 */
	reached3[1303] = 1;
	trans[3][1303]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[3][1304]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][1311]	= settr(6446,2,1310,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1310] = settr(6445,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6445,2,1305,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6445,2,1308,0,0,"DO", 1, 2, 0);
	trans[3][1305]	= settr(6440,2,1310,924,924,"((j<5))", 1, 2, 0); /* m: 1306 -> 1310,0 */
	reached3[1306] = 1;
	trans[3][1306]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[3][1307]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1308]	= settr(6443,2,1313,2,0,"else", 1, 2, 0);
	trans[3][1309]	= settr(6444,2,1313,1,0,"goto :b133", 1, 2, 0); /* m: 1313 -> 0,1317 */
	reached3[1313] = 1;
	trans[3][1312]	= settr(6447,2,1313,1,0,"break", 1, 2, 0);
	trans[3][1313]	= settr(6448,2,1317,925,925,"assert((n==1))", 1, 2, 0); /* m: 1314 -> 0,1317 */
	reached3[1314] = 1;
	trans[3][1314]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[3][1315]	= settr(6450,2,1320,2,0,"else", 1, 2, 0);
	trans[3][1316]	= settr(6451,2,1320,1,0,"goto :b132", 1, 2, 0); /* m: 1320 -> 0,1339 */
	reached3[1320] = 1;
	trans[3][1319]	= settr(6454,2,1320,1,0,"break", 1, 2, 0);
	trans[3][1320]	= settr(6455,2,1339,926,926,"n = 0", 1, 2, 0); /* m: 1321 -> 0,1339 */
	reached3[1321] = 1;
	trans[3][1321]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[3][1322]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[3][1340]	= settr(6475,2,1339,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1339] = settr(6474,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6474,2,1323,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6474,2,1337,0,0,"DO", 1, 2, 0);
	trans[3][1323]	= settr(6458,2,1334,927,0,"((i<5))", 1, 2, 0);
	T = trans[3][1334] = settr(6469,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6469,2,1324,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6469,2,1332,0,0,"IF", 1, 2, 0);
	trans[3][1324]	= settr(6459,2,1330,928,928,"(alive[(9+i)])", 1, 2, 0); /* m: 1325 -> 1330,0 */
	reached3[1325] = 1;
	trans[3][1325]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[3][1330] = settr(6465,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6465,2,1326,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6465,2,1328,0,0,"IF", 1, 2, 0);
	trans[3][1326]	= settr(6461,2,1339,929,929,"((owner[i]==7))", 1, 2, 0); /* m: 1327 -> 1339,0 */
	reached3[1327] = 1;
	trans[3][1327]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[3][1331]	= settr(6466,2,1336,1,0,".(goto)", 1, 2, 0); /* m: 1336 -> 0,1339 */
	reached3[1336] = 1;
	trans[3][1328]	= settr(6463,2,1329,2,0,"else", 1, 2, 0);
	trans[3][1329]	= settr(6464,2,1339,930,930,"x = (x+1)", 1, 2, 0); /* m: 1336 -> 0,1339 */
	reached3[1336] = 1;
	trans[3][1335]	= settr(6470,2,1336,1,0,".(goto)", 1, 2, 0); /* m: 1336 -> 0,1339 */
	reached3[1336] = 1;
	trans[3][1332]	= settr(6467,2,1333,2,0,"else", 1, 2, 0);
	trans[3][1333]	= settr(6468,2,1339,931,931,"(1)", 1, 2, 0); /* m: 1336 -> 1339,0 */
	reached3[1336] = 1;
	trans[3][1336]	= settr(6471,2,1339,932,932,"i = (i+1)", 1, 2, 0);
	trans[3][1337]	= settr(6472,2,1342,2,0,"else", 1, 2, 0);
	trans[3][1338]	= settr(6473,2,1342,1,0,"goto :b134", 1, 2, 0); /* m: 1342 -> 0,1429 */
	reached3[1342] = 1;
	trans[3][1341]	= settr(6476,2,1342,1,0,"break", 1, 2, 0);
	trans[3][1342]	= settr(6477,2,1429,933,933,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 3][1429] = settr(6564,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(6564,0,1344,0,0,"sub-sequence", 1, 2, 0);
	trans[3][1344]	= settr(6479,2,1402,934,934,"i = 0", 1, 2, 0);
	trans[3][1403]	= settr(6538,2,1402,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1402] = settr(6537,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6537,2,1345,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6537,2,1400,0,0,"DO", 1, 2, 0);
	trans[3][1345]	= settr(6480,2,1397,935,0,"((i<5))", 1, 2, 0);
	T = trans[3][1397] = settr(6532,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6532,2,1346,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6532,2,1395,0,0,"IF", 1, 2, 0);
	trans[3][1346]	= settr(6481,2,1354,936,936,"(alive[i])", 1, 2, 0); /* m: 1347 -> 1354,0 */
	reached3[1347] = 1;
	trans[3][1347]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[3][1348]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][1355]	= settr(6490,2,1354,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1354] = settr(6489,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6489,2,1349,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6489,2,1352,0,0,"DO", 1, 2, 0);
	trans[3][1349]	= settr(6484,2,1354,937,937,"((j<qn[0]))", 1, 2, 0); /* m: 1350 -> 1354,0 */
	reached3[1350] = 1;
	trans[3][1350]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[3][1351]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1352]	= settr(6487,2,1357,2,0,"else", 1, 2, 0);
	trans[3][1353]	= settr(6488,2,1357,1,0,"goto :b136", 1, 2, 0); /* m: 1357 -> 0,1364 */
	reached3[1357] = 1;
	trans[3][1356]	= settr(6491,2,1357,1,0,"break", 1, 2, 0);
	trans[3][1357]	= settr(6492,2,1364,938,938,"x = 0", 1, 2, 0); /* m: 1358 -> 0,1364 */
	reached3[1358] = 1;
	trans[3][1358]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[3][1365]	= settr(6500,2,1364,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1364] = settr(6499,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6499,2,1359,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6499,2,1362,0,0,"DO", 1, 2, 0);
	trans[3][1359]	= settr(6494,2,1364,939,939,"((j<qn[1]))", 1, 2, 0); /* m: 1360 -> 1364,0 */
	reached3[1360] = 1;
	trans[3][1360]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[3][1361]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[3][1362]	= settr(6497,2,1367,2,0,"else", 1, 2, 0);
	trans[3][1363]	= settr(6498,2,1367,1,0,"goto :b137", 1, 2, 0); /* m: 1367 -> 0,1380 */
	reached3[1367] = 1;
	trans[3][1366]	= settr(6501,2,1367,1,0,"break", 1, 2, 0);
	trans[3][1367]	= settr(6502,2,1380,940,940,"assert(((n+x)<=1))", 1, 2, 0); /* m: 1368 -> 0,1380 */
	reached3[1368] = 1;
	trans[3][1368]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[3][1369]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[3][1370]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[3][1371]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[3][1372]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[3][1380] = settr(6515,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6515,2,1373,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6515,2,1378,0,0,"IF", 1, 2, 0);
	trans[3][1373]	= settr(6508,2,1389,941,941,"((msg[i].state==3))", 1, 2, 0); /* m: 1374 -> 1389,0 */
	reached3[1374] = 1;
	trans[3][1374]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[3][1375]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[3][1376]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[3][1377]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[3][1381]	= settr(6516,2,1382,1,0,".(goto)", 1, 2, 0); /* m: 1382 -> 0,1389 */
	reached3[1382] = 1;
	trans[3][1378]	= settr(6513,2,1379,2,0,"else", 1, 2, 0);
	trans[3][1379]	= settr(6514,2,1389,942,942,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 1382 -> 0,1389 */
	reached3[1382] = 1;
	trans[3][1382]	= settr(6517,2,1389,943,943,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 1383 -> 0,1389 */
	reached3[1383] = 1;
	trans[3][1383]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[3][1384]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[3][1389] = settr(6524,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6524,2,1385,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6524,2,1387,0,0,"IF", 1, 2, 0);
	trans[3][1385]	= settr(6520,2,1402,944,944,"((w!=255))", 1, 2, 0); /* m: 1386 -> 1402,0 */
	reached3[1386] = 1;
	trans[3][1386]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[3][1390]	= settr(6525,2,1391,1,0,".(goto)", 1, 2, 0); /* m: 1391 -> 0,1402 */
	reached3[1391] = 1;
	trans[3][1387]	= settr(6522,2,1388,2,0,"else", 1, 2, 0);
	trans[3][1388]	= settr(6523,2,1402,945,945,"(1)", 1, 2, 0); /* m: 1391 -> 1402,0 */
	reached3[1391] = 1;
	trans[3][1391]	= settr(6526,2,1402,946,946,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 1392 -> 0,1402 */
	reached3[1392] = 1;
	trans[3][1392]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[3][1393]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[3][1394]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[3][1398]	= settr(6533,2,1399,1,0,".(goto)", 1, 2, 0); /* m: 1399 -> 0,1402 */
	reached3[1399] = 1;
	trans[3][1395]	= settr(6530,2,1396,2,0,"else", 1, 2, 0);
	trans[3][1396]	= settr(6531,2,1402,947,947,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 1399 -> 0,1402 */
	reached3[1399] = 1;
	trans[3][1399]	= settr(6534,2,1402,948,948,"i = (i+1)", 1, 2, 0);
	trans[3][1400]	= settr(6535,2,1405,2,0,"else", 1, 2, 0);
	trans[3][1401]	= settr(6536,2,1405,1,0,"goto :b135", 1, 2, 0); /* m: 1405 -> 0,1423 */
	reached3[1405] = 1;
	trans[3][1404]	= settr(6539,2,1405,1,0,"break", 1, 2, 0);
	trans[3][1405]	= settr(6540,2,1423,949,949,"i = 0", 1, 2, 0);
	trans[3][1424]	= settr(6559,2,1423,1,0,".(goto)", 1, 2, 0);
	T = trans[3][1423] = settr(6558,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(6558,2,1406,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(6558,2,1421,0,0,"DO", 1, 2, 0);
	trans[3][1406]	= settr(6541,2,1418,950,0,"((i<5))", 1, 2, 0);
	T = trans[3][1418] = settr(6553,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6553,2,1407,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6553,2,1416,0,0,"IF", 1, 2, 0);
	trans[3][1407]	= settr(6542,2,1414,951,951,"((tstate[i]==2))", 1, 2, 0); /* m: 1408 -> 1414,0 */
	reached3[1408] = 1;
	trans[3][1408]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[3][1409]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[3][1414] = settr(6549,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(6549,2,1410,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(6549,2,1412,0,0,"IF", 1, 2, 0);
	trans[3][1410]	= settr(6545,2,1423,952,952,"((twait[i]==1))", 1, 2, 0); /* m: 1411 -> 1423,0 */
	reached3[1411] = 1;
	trans[3][1411]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[3][1415]	= settr(6550,2,1420,1,0,".(goto)", 1, 2, 0); /* m: 1420 -> 0,1423 */
	reached3[1420] = 1;
	trans[3][1412]	= settr(6547,2,1423,953,953,"((twait[i]==6))", 1, 2, 0); /* m: 1413 -> 1423,0 */
	reached3[1413] = 1;
	trans[3][1413]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[3][1419]	= settr(6554,2,1420,1,0,".(goto)", 1, 2, 0); /* m: 1420 -> 0,1423 */
	reached3[1420] = 1;
	trans[3][1416]	= settr(6551,2,1417,2,0,"else", 1, 2, 0);
	trans[3][1417]	= settr(6552,2,1423,954,954,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 1420 -> 0,1423 */
	reached3[1420] = 1;
	trans[3][1420]	= settr(6555,2,1423,955,955,"i = (i+1)", 1, 2, 0);
	trans[3][1421]	= settr(6556,2,1426,2,0,"else", 1, 2, 0);
	trans[3][1422]	= settr(6557,2,1426,1,0,"goto :b138", 1, 2, 0); /* m: 1426 -> 0,1433 */
	reached3[1426] = 1;
	trans[3][1425]	= settr(6560,2,1426,1,0,"break", 1, 2, 0);
	trans[3][1426]	= settr(6561,0,1433,956,956,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 1427 -> 0,1433 */
	reached3[1427] = 1;
	trans[3][1427]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[3][1428]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[3][1431]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[3][1435]	= settr(6570,0,1436,1,0,"break", 0, 2, 0);
	trans[3][1436]	= settr(6571,0,0,957,957,"-end-", 0, 3500, 0);

	/* proctype 2: Server */

	trans[2] = (Trans **) emalloc(2945*sizeof(Trans *));

	T = trans[ 2][979] = settr(3170,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(3170,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[2][1]	= settr(2192,2,823,958,0,"((tstate[2]==1))", 1, 2, 0);
	T = trans[ 2][823] = settr(3014,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3014,0,821,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][821] = settr(3012,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3012,2,2,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3012,2,4,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3012,2,6,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3012,2,8,0,0,"IF", 1, 2, 0);
	trans[2][2]	= settr(2193,2,978,959,959,"((!(alive[5])||dying[5]))", 1, 2, 0); /* m: 3 -> 978,0 */
	reached2[3] = 1;
	trans[2][3]	= settr(0,0,0,0,0,"ret = 18",0,0,0);
	trans[2][822]	= settr(3013,2,978,1,0,".(goto)", 1, 2, 0);
	trans[2][4]	= settr(2195,2,978,960,960,"(!(alive[3]))", 1, 2, 0); /* m: 5 -> 978,0 */
	reached2[5] = 1;
	trans[2][5]	= settr(0,0,0,0,0,"ret = 9",0,0,0);
	trans[2][6]	= settr(2197,2,978,961,961,"((((alive[5]&&!(dying[5]))&&alive[3])&&(msg[3].state!=0)))", 1, 2, 0); /* m: 7 -> 978,0 */
	reached2[7] = 1;
	trans[2][7]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][8]	= settr(2199,2,10,2,0,"else", 1, 2, 0);
	T = trans[ 2][10] = settr(2201,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2201,0,9,0,0,"sub-sequence", 1, 2, 0);
	trans[2][9]	= settr(2200,2,819,962,962,"ret = ( ((msg[3].payload&&!(dying[(9+3)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][819] = settr(3010,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3010,2,11,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3010,2,817,0,0,"IF", 1, 2, 0);
	trans[2][11]	= settr(2202,2,779,963,963,"((ret==0))", 1, 2, 0); /* m: 12 -> 779,0 */
	reached2[12] = 1;
	trans[2][12]	= settr(0,0,0,0,0,"msg[3].delivered = 0",0,0,0);
	T = trans[ 2][779] = settr(2970,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2970,0,140,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][140] = settr(2331,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2331,0,13,0,0,"sub-sequence", 1, 2, 0);
	trans[2][13]	= settr(2204,2,137,964,964,"i = 255", 1, 2, 0);
	trans[2][138]	= settr(2329,2,137,1,0,".(goto)", 1, 2, 0);
	T = trans[2][137] = settr(2328,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2328,2,14,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2328,2,135,0,0,"DO", 1, 2, 0);
	trans[2][14]	= settr(2205,2,35,965,965,"((qn[0]>0))", 1, 2, 0); /* m: 15 -> 35,0 */
	reached2[15] = 1;
	trans[2][15]	= settr(0,0,0,0,0,"w = ql[((0*3)+0)]",0,0,0);
	T = trans[ 2][35] = settr(2226,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2226,0,16,0,0,"sub-sequence", 1, 2, 0);
	trans[2][16]	= settr(2207,2,21,966,966,"j = 0", 1, 2, 0);
	trans[2][22]	= settr(2213,2,21,1,0,".(goto)", 1, 2, 0);
	T = trans[2][21] = settr(2212,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2212,2,17,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2212,2,19,0,0,"DO", 1, 2, 0);
	trans[2][17]	= settr(2208,2,21,967,967,"(((j<qn[0])&&(ql[((0*3)+j)]!=w)))", 1, 2, 0); /* m: 18 -> 21,0 */
	reached2[18] = 1;
	trans[2][18]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][19]	= settr(2210,2,24,2,0,"else", 1, 2, 0);
	trans[2][20]	= settr(2211,2,24,1,0,"goto :b43", 1, 2, 0); /* m: 24 -> 0,30 */
	reached2[24] = 1;
	trans[2][23]	= settr(2214,2,24,1,0,"break", 1, 2, 0);
	trans[2][24]	= settr(2215,2,30,968,968,"assert((j<qn[0]))", 1, 2, 0);
	trans[2][31]	= settr(2222,2,30,1,0,".(goto)", 1, 2, 0);
	T = trans[2][30] = settr(2221,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2221,2,25,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2221,2,28,0,0,"DO", 1, 2, 0);
	trans[2][25]	= settr(2216,2,30,969,969,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 26 -> 30,0 */
	reached2[26] = 1;
	trans[2][26]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[2][27]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][28]	= settr(2219,2,33,2,0,"else", 1, 2, 0);
	trans[2][29]	= settr(2220,2,33,1,0,"goto :b44", 1, 2, 0); /* m: 33 -> 0,37 */
	reached2[33] = 1;
	trans[2][32]	= settr(2223,2,33,1,0,"break", 1, 2, 0);
	trans[2][33]	= settr(2224,2,37,970,970,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 34 -> 0,37 */
	reached2[34] = 1;
	trans[2][34]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	T = trans[ 2][37] = settr(2228,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2228,0,36,0,0,"sub-sequence", 1, 2, 0);
	trans[2][36]	= settr(2227,2,43,971,971,"tt = ( ((msg[w].payload&&!(dying[(9+w)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][43] = settr(2234,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2234,2,38,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2234,2,41,0,0,"IF", 1, 2, 0);
	trans[2][38]	= settr(2229,2,40,972,0,"(((tt==0)&&1))", 1, 2, 0);
	T = trans[ 2][40] = settr(2231,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2231,0,39,0,0,"sub-sequence", 1, 2, 0);
	trans[2][39]	= settr(2230,2,133,973,973,"tt = ( ((msg[w].charged&&dying[7])) -> (18) : (0) )", 1, 2, 0); /* m: 45 -> 0,133 */
	reached2[45] = 1;
	trans[2][44]	= settr(2235,2,45,1,0,".(goto)", 1, 2, 0); /* m: 45 -> 0,133 */
	reached2[45] = 1;
	trans[2][41]	= settr(2232,2,42,2,0,"else", 1, 2, 0);
	trans[2][42]	= settr(2233,2,133,974,974,"(1)", 1, 2, 0); /* m: 45 -> 133,0 */
	reached2[45] = 1;
	trans[2][45]	= settr(2236,2,133,975,975,"msg[w].onq = 0", 1, 2, 0);
	T = trans[2][133] = settr(2324,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2324,2,46,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2324,2,49,0,0,"IF", 1, 2, 0);
	trans[2][46]	= settr(2237,2,777,976,976,"((tt==0))", 1, 2, 0); /* m: 47 -> 777,0 */
	reached2[47] = 1;
	trans[2][47]	= settr(0,0,0,0,0,"i = w",0,0,0);
	trans[2][48]	= settr(2239,2,777,1,0,"goto :b42", 1, 2, 0);
	trans[2][134]	= settr(2325,2,137,1,0,".(goto)", 1, 2, 0);
	trans[2][49]	= settr(2240,2,132,2,0,"else", 1, 2, 0);
	T = trans[ 2][132] = settr(2323,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2323,0,98,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][98] = settr(2289,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2289,2,50,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2289,2,96,0,0,"IF", 1, 2, 0);
	trans[2][50]	= settr(2241,2,95,977,0,"(((tt!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 2][95] = settr(2286,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2286,0,93,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][93] = settr(2284,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2284,2,51,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2284,2,91,0,0,"IF", 1, 2, 0);
	trans[2][51]	= settr(2242,2,89,978,978,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 52 -> 89,0 */
	reached2[52] = 1;
	trans[2][52]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][53]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][89] = settr(2280,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2280,2,54,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2280,2,87,0,0,"IF", 1, 2, 0);
	trans[2][54]	= settr(2245,2,86,979,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][86] = settr(2277,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2277,0,55,0,0,"sub-sequence", 1, 2, 0);
	trans[2][55]	= settr(2246,2,78,980,980,"msg[ft].xfer = 0", 1, 2, 0); /* m: 56 -> 0,78 */
	reached2[56] = 1;
	trans[2][56]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][57]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][58]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][59]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][60]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][61]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][62]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][63]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[2][64]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][65]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][66]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][67]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][78] = settr(2269,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2269,2,68,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2269,2,76,0,0,"IF", 1, 2, 0);
	trans[2][68]	= settr(2259,2,75,981,981,"((fw!=255))", 1, 2, 0); /* m: 69 -> 75,0 */
	reached2[69] = 1;
	trans[2][69]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][70]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][75] = settr(2266,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2266,0,71,0,0,"sub-sequence", 1, 2, 0);
	trans[2][71]	= settr(2262,2,84,982,982,"twait[fw] = 0", 1, 2, 0); /* m: 72 -> 0,84 */
	reached2[72] = 1;
	trans[2][72]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][73]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][74]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][79]	= settr(2270,2,84,1,0,".(goto)", 1, 2, 0);
	trans[2][76]	= settr(2267,2,77,2,0,"else", 1, 2, 0);
	trans[2][77]	= settr(2268,2,84,983,983,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][84] = settr(2275,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2275,2,80,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2275,2,82,0,0,"IF", 1, 2, 0);
	trans[2][80]	= settr(2271,2,131,984,984,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 81 -> 131,0 */
	reached2[81] = 1;
	trans[2][81]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][85]	= settr(2276,2,131,1,0,".(goto)", 1, 2, 0);
	trans[2][82]	= settr(2273,2,83,2,0,"else", 1, 2, 0);
	trans[2][83]	= settr(2274,2,131,1,0,"(1)", 1, 2, 0);
	trans[2][90]	= settr(2281,2,131,1,0,".(goto)", 1, 2, 0);
	trans[2][87]	= settr(2278,2,88,2,0,"else", 1, 2, 0);
	trans[2][88]	= settr(2279,2,131,1,0,"(1)", 1, 2, 0);
	trans[2][94]	= settr(2285,2,131,1,0,".(goto)", 1, 2, 0);
	trans[2][91]	= settr(2282,2,92,2,0,"else", 1, 2, 0);
	trans[2][92]	= settr(2283,2,131,1,0,"(1)", 1, 2, 0);
	trans[2][99]	= settr(2290,2,131,1,0,".(goto)", 1, 2, 0);
	trans[2][96]	= settr(2287,2,97,2,0,"else", 1, 2, 0);
	trans[2][97]	= settr(2288,2,131,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][131] = settr(2322,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2322,0,100,0,0,"sub-sequence", 1, 2, 0);
	trans[2][100]	= settr(2291,2,123,985,985,"msg[w].xfer = 0", 1, 2, 0); /* m: 101 -> 0,123 */
	reached2[101] = 1;
	trans[2][101]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[2][102]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[2][103]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[2][104]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[2][105]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[2][106]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[2][107]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[2][108]	= settr(0,0,0,0,0,"msg[w].status = tt",0,0,0);
	trans[2][109]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[2][110]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[2][111]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[2][112]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[2][123] = settr(2314,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2314,2,113,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2314,2,121,0,0,"IF", 1, 2, 0);
	trans[2][113]	= settr(2304,2,120,986,986,"((fw!=255))", 1, 2, 0); /* m: 114 -> 120,0 */
	reached2[114] = 1;
	trans[2][114]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[2][115]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 2][120] = settr(2311,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2311,0,116,0,0,"sub-sequence", 1, 2, 0);
	trans[2][116]	= settr(2307,2,129,987,987,"twait[fw] = 0", 1, 2, 0); /* m: 117 -> 0,129 */
	reached2[117] = 1;
	trans[2][117]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][118]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][119]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][124]	= settr(2315,2,129,1,0,".(goto)", 1, 2, 0);
	trans[2][121]	= settr(2312,2,122,2,0,"else", 1, 2, 0);
	trans[2][122]	= settr(2313,2,129,988,988,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[2][129] = settr(2320,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2320,2,125,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2320,2,127,0,0,"IF", 1, 2, 0);
	trans[2][125]	= settr(2316,2,137,989,989,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 126 -> 137,0 */
	reached2[126] = 1;
	trans[2][126]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][130]	= settr(2321,2,137,1,0,".(goto)", 1, 2, 0);
	trans[2][127]	= settr(2318,2,128,2,0,"else", 1, 2, 0);
	trans[2][128]	= settr(2319,2,137,1,0,"(1)", 1, 2, 0);
	trans[2][135]	= settr(2326,2,777,2,0,"else", 1, 2, 0);
	trans[2][136]	= settr(2327,2,777,1,0,"goto :b42", 1, 2, 0);
	trans[2][139]	= settr(2330,2,777,1,0,"break", 1, 2, 0);
	T = trans[2][777] = settr(2968,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2968,2,141,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2968,2,148,0,0,"IF", 1, 2, 0);
	trans[2][141]	= settr(2332,2,146,990,990,"((i==255))", 1, 2, 0); /* m: 142 -> 146,0 */
	reached2[142] = 1;
	trans[2][142]	= settr(0,0,0,0,0,"msg[3].state = 2",0,0,0);
	trans[2][143]	= settr(0,0,0,0,0,"msg[3].onq = 1",0,0,0);
	T = trans[ 2][146] = settr(2337,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2337,0,144,0,0,"sub-sequence", 1, 2, 0);
	trans[2][144]	= settr(2335,2,790,991,991,"ql[((1*3)+qn[1])] = 3", 1, 2, 0); /* m: 145 -> 0,790 */
	reached2[145] = 1;
	trans[2][145]	= settr(0,0,0,0,0,"qn[1] = (qn[1]+1)",0,0,0);
	trans[2][147]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[2][778]	= settr(2969,2,790,1,0,".(goto)", 1, 2, 0);
	trans[2][148]	= settr(2339,2,162,2,0,"else", 1, 2, 0);
	T = trans[ 2][162] = settr(2353,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2353,0,149,0,0,"sub-sequence", 1, 2, 0);
	trans[2][149]	= settr(2340,2,776,992,992,"msg[i].state = 3", 1, 2, 0); /* m: 150 -> 0,776 */
	reached2[150] = 1;
	trans[2][150]	= settr(0,0,0,0,0,"msg[3].state = 3",0,0,0);
	trans[2][151]	= settr(0,0,0,0,0,"msg[i].is_source = 1",0,0,0);
	trans[2][152]	= settr(0,0,0,0,0,"msg[3].is_source = 0",0,0,0);
	trans[2][153]	= settr(0,0,0,0,0,"msg[i].peer = 3",0,0,0);
	trans[2][154]	= settr(0,0,0,0,0,"msg[3].peer = i",0,0,0);
	trans[2][155]	= settr(0,0,0,0,0,"msg[i].ncaps = 2",0,0,0);
	trans[2][156]	= settr(0,0,0,0,0,"msg[3].ncaps = 2",0,0,0);
	trans[2][157]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[2][158]	= settr(0,0,0,0,0,"msg[3].copied = 0",0,0,0);
	trans[2][159]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[2][160]	= settr(0,0,0,0,0,"msg[3].failed = 0",0,0,0);
	trans[2][161]	= settr(0,0,0,0,0,"msg[i].landed = 0",0,0,0);
	T = trans[ 2][776] = settr(2967,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2967,0,163,0,0,"sub-sequence", 1, 2, 0);
	trans[2][163]	= settr(2354,2,165,993,993,"t_ = msg[i].peer", 1, 2, 0);
	T = trans[ 2][165] = settr(2356,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2356,0,164,0,0,"sub-sequence", 1, 2, 0);
	trans[2][164]	= settr(2355,2,167,994,994,"st = ( ((msg[i].payload&&!(dying[(9+i)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[ 2][167] = settr(2358,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2358,0,166,0,0,"sub-sequence", 1, 2, 0);
	trans[2][166]	= settr(2357,2,774,995,995,"tt = ( ((msg[t_].payload&&!(dying[(9+t_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][774] = settr(2965,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2965,2,168,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2965,2,353,0,0,"IF", 1, 2, 0);
	trans[2][168]	= settr(2359,2,183,996,0,"(((st!=0)||(tt!=0)))", 1, 2, 0);
	T = trans[ 2][183] = settr(2374,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2374,0,169,0,0,"sub-sequence", 1, 2, 0);
	trans[2][169]	= settr(2360,2,181,997,997,"x = (msg[i].landed&((1<<msg[i].copied)-1))", 1, 2, 0);
	T = trans[ 2][181] = settr(2372,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2372,0,170,0,0,"sub-sequence", 1, 2, 0);
	trans[2][170]	= settr(2361,2,178,998,998,"n = 0", 1, 2, 0); /* m: 171 -> 0,178 */
	reached2[171] = 1;
	trans[2][171]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][179]	= settr(2370,2,178,1,0,".(goto)", 1, 2, 0);
	T = trans[2][178] = settr(2369,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2369,2,172,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2369,2,176,0,0,"DO", 1, 2, 0);
	trans[2][172]	= settr(2363,2,178,999,999,"((j<msg[i].ncaps))", 1, 2, 0); /* m: 173 -> 178,0 */
	reached2[173] = 1;
	trans[2][173]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(i+1))))",0,0,0);
	trans[2][174]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[2][175]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][176]	= settr(2367,2,182,2,0,"else", 1, 2, 0);
	trans[2][177]	= settr(2368,2,182,1,0,"goto :b45", 1, 2, 0); /* m: 182 -> 0,268 */
	reached2[182] = 1;
	trans[2][180]	= settr(2371,2,182,1,0,"break", 1, 2, 0);
	trans[2][182]	= settr(2373,2,268,1000,1000,"res = n", 1, 2, 0); /* m: 184 -> 0,268 */
	reached2[184] = 1;
	trans[2][184]	= settr(0,0,0,0,0,"st = ( ((st!=0)) -> (st) : (18) )",0,0,0);
	trans[2][185]	= settr(0,0,0,0,0,"tt = ( ((tt!=0)) -> (tt) : (18) )",0,0,0);
	T = trans[ 2][268] = settr(2459,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2459,0,234,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][234] = settr(2425,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2425,2,186,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2425,2,232,0,0,"IF", 1, 2, 0);
	trans[2][186]	= settr(2377,2,231,1001,0,"(((st!=0)&&(msg[i].reply!=0)))", 1, 2, 0);
	T = trans[ 2][231] = settr(2422,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2422,0,229,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][229] = settr(2420,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2420,2,187,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2420,2,227,0,0,"IF", 1, 2, 0);
	trans[2][187]	= settr(2378,2,225,1002,1002,"((r_armed&&(msg[i].reply==r_gen)))", 1, 2, 0); /* m: 188 -> 225,0 */
	reached2[188] = 1;
	trans[2][188]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][189]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][225] = settr(2416,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2416,2,190,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2416,2,223,0,0,"IF", 1, 2, 0);
	trans[2][190]	= settr(2381,2,222,1003,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][222] = settr(2413,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2413,0,191,0,0,"sub-sequence", 1, 2, 0);
	trans[2][191]	= settr(2382,2,214,1004,1004,"msg[ft].xfer = 0", 1, 2, 0); /* m: 192 -> 0,214 */
	reached2[192] = 1;
	trans[2][192]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][193]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][194]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][195]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][196]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][197]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][198]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][199]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][200]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][201]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][202]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][203]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][214] = settr(2405,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2405,2,204,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2405,2,212,0,0,"IF", 1, 2, 0);
	trans[2][204]	= settr(2395,2,211,1005,1005,"((fw!=255))", 1, 2, 0); /* m: 205 -> 211,0 */
	reached2[205] = 1;
	trans[2][205]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][206]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][211] = settr(2402,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2402,0,207,0,0,"sub-sequence", 1, 2, 0);
	trans[2][207]	= settr(2398,2,220,1006,1006,"twait[fw] = 0", 1, 2, 0); /* m: 208 -> 0,220 */
	reached2[208] = 1;
	trans[2][208]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][209]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][210]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][215]	= settr(2406,2,220,1,0,".(goto)", 1, 2, 0);
	trans[2][212]	= settr(2403,2,213,2,0,"else", 1, 2, 0);
	trans[2][213]	= settr(2404,2,220,1007,1007,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][220] = settr(2411,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2411,2,216,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2411,2,218,0,0,"IF", 1, 2, 0);
	trans[2][216]	= settr(2407,2,267,1008,1008,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 217 -> 267,0 */
	reached2[217] = 1;
	trans[2][217]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][221]	= settr(2412,2,267,1,0,".(goto)", 1, 2, 0);
	trans[2][218]	= settr(2409,2,219,2,0,"else", 1, 2, 0);
	trans[2][219]	= settr(2410,2,267,1,0,"(1)", 1, 2, 0);
	trans[2][226]	= settr(2417,2,267,1,0,".(goto)", 1, 2, 0);
	trans[2][223]	= settr(2414,2,224,2,0,"else", 1, 2, 0);
	trans[2][224]	= settr(2415,2,267,1,0,"(1)", 1, 2, 0);
	trans[2][230]	= settr(2421,2,267,1,0,".(goto)", 1, 2, 0);
	trans[2][227]	= settr(2418,2,228,2,0,"else", 1, 2, 0);
	trans[2][228]	= settr(2419,2,267,1,0,"(1)", 1, 2, 0);
	trans[2][235]	= settr(2426,2,267,1,0,".(goto)", 1, 2, 0);
	trans[2][232]	= settr(2423,2,233,2,0,"else", 1, 2, 0);
	trans[2][233]	= settr(2424,2,267,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][267] = settr(2458,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2458,0,236,0,0,"sub-sequence", 1, 2, 0);
	trans[2][236]	= settr(2427,2,259,1009,1009,"msg[i].xfer = 0", 1, 2, 0); /* m: 237 -> 0,259 */
	reached2[237] = 1;
	trans[2][237]	= settr(0,0,0,0,0,"msg[i].state = 0",0,0,0);
	trans[2][238]	= settr(0,0,0,0,0,"msg[i].is_source = 0",0,0,0);
	trans[2][239]	= settr(0,0,0,0,0,"msg[i].peer = 255",0,0,0);
	trans[2][240]	= settr(0,0,0,0,0,"msg[i].onq = 0",0,0,0);
	trans[2][241]	= settr(0,0,0,0,0,"msg[i].ncaps = 0",0,0,0);
	trans[2][242]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[2][243]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[2][244]	= settr(0,0,0,0,0,"msg[i].status = st",0,0,0);
	trans[2][245]	= settr(0,0,0,0,0,"msg[i].got_caps = res",0,0,0);
	trans[2][246]	= settr(0,0,0,0,0,"msg[i].charged = 0",0,0,0);
	trans[2][247]	= settr(0,0,0,0,0,"msg[i].reply = 0",0,0,0);
	trans[2][248]	= settr(0,0,0,0,0,"fw = msg[i].waiter",0,0,0);
	T = trans[2][259] = settr(2450,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2450,2,249,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2450,2,257,0,0,"IF", 1, 2, 0);
	trans[2][249]	= settr(2440,2,256,1010,1010,"((fw!=255))", 1, 2, 0); /* m: 250 -> 256,0 */
	reached2[250] = 1;
	trans[2][250]	= settr(0,0,0,0,0,"msg[i].waiter = 255",0,0,0);
	trans[2][251]	= settr(0,0,0,0,0,"msg[i].delivered = 0",0,0,0);
	T = trans[ 2][256] = settr(2447,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2447,0,252,0,0,"sub-sequence", 1, 2, 0);
	trans[2][252]	= settr(2443,2,265,1011,1011,"twait[fw] = 0", 1, 2, 0); /* m: 253 -> 0,265 */
	reached2[253] = 1;
	trans[2][253]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][254]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][255]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][260]	= settr(2451,2,265,1,0,".(goto)", 1, 2, 0);
	trans[2][257]	= settr(2448,2,258,2,0,"else", 1, 2, 0);
	trans[2][258]	= settr(2449,2,265,1012,1012,"msg[i].delivered = 1", 1, 2, 0);
	T = trans[2][265] = settr(2456,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2456,2,261,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2456,2,263,0,0,"IF", 1, 2, 0);
	trans[2][261]	= settr(2452,2,351,1013,1013,"((msg[i].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 262 -> 351,0 */
	reached2[262] = 1;
	trans[2][262]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][266]	= settr(2457,2,351,1,0,".(goto)", 1, 2, 0);
	trans[2][263]	= settr(2454,2,264,2,0,"else", 1, 2, 0);
	trans[2][264]	= settr(2455,2,351,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][351] = settr(2542,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2542,0,317,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][317] = settr(2508,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2508,2,269,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2508,2,315,0,0,"IF", 1, 2, 0);
	trans[2][269]	= settr(2460,2,314,1014,0,"(((tt!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 2][314] = settr(2505,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2505,0,312,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][312] = settr(2503,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2503,2,270,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2503,2,310,0,0,"IF", 1, 2, 0);
	trans[2][270]	= settr(2461,2,308,1015,1015,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 271 -> 308,0 */
	reached2[271] = 1;
	trans[2][271]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][272]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][308] = settr(2499,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2499,2,273,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2499,2,306,0,0,"IF", 1, 2, 0);
	trans[2][273]	= settr(2464,2,305,1016,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][305] = settr(2496,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2496,0,274,0,0,"sub-sequence", 1, 2, 0);
	trans[2][274]	= settr(2465,2,297,1017,1017,"msg[ft].xfer = 0", 1, 2, 0); /* m: 275 -> 0,297 */
	reached2[275] = 1;
	trans[2][275]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][276]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][277]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][278]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][279]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][280]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][281]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][282]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[2][283]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][284]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][285]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][286]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][297] = settr(2488,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2488,2,287,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2488,2,295,0,0,"IF", 1, 2, 0);
	trans[2][287]	= settr(2478,2,294,1018,1018,"((fw!=255))", 1, 2, 0); /* m: 288 -> 294,0 */
	reached2[288] = 1;
	trans[2][288]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][289]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][294] = settr(2485,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2485,0,290,0,0,"sub-sequence", 1, 2, 0);
	trans[2][290]	= settr(2481,2,303,1019,1019,"twait[fw] = 0", 1, 2, 0); /* m: 291 -> 0,303 */
	reached2[291] = 1;
	trans[2][291]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][292]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][293]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][298]	= settr(2489,2,303,1,0,".(goto)", 1, 2, 0);
	trans[2][295]	= settr(2486,2,296,2,0,"else", 1, 2, 0);
	trans[2][296]	= settr(2487,2,303,1020,1020,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][303] = settr(2494,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2494,2,299,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2494,2,301,0,0,"IF", 1, 2, 0);
	trans[2][299]	= settr(2490,2,350,1021,1021,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 300 -> 350,0 */
	reached2[300] = 1;
	trans[2][300]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][304]	= settr(2495,2,350,1,0,".(goto)", 1, 2, 0);
	trans[2][301]	= settr(2492,2,302,2,0,"else", 1, 2, 0);
	trans[2][302]	= settr(2493,2,350,1,0,"(1)", 1, 2, 0);
	trans[2][309]	= settr(2500,2,350,1,0,".(goto)", 1, 2, 0);
	trans[2][306]	= settr(2497,2,307,2,0,"else", 1, 2, 0);
	trans[2][307]	= settr(2498,2,350,1,0,"(1)", 1, 2, 0);
	trans[2][313]	= settr(2504,2,350,1,0,".(goto)", 1, 2, 0);
	trans[2][310]	= settr(2501,2,311,2,0,"else", 1, 2, 0);
	trans[2][311]	= settr(2502,2,350,1,0,"(1)", 1, 2, 0);
	trans[2][318]	= settr(2509,2,350,1,0,".(goto)", 1, 2, 0);
	trans[2][315]	= settr(2506,2,316,2,0,"else", 1, 2, 0);
	trans[2][316]	= settr(2507,2,350,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][350] = settr(2541,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2541,0,319,0,0,"sub-sequence", 1, 2, 0);
	trans[2][319]	= settr(2510,2,342,1022,1022,"msg[t_].xfer = 0", 1, 2, 0); /* m: 320 -> 0,342 */
	reached2[320] = 1;
	trans[2][320]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[2][321]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[2][322]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[2][323]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[2][324]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[2][325]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[2][326]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[2][327]	= settr(0,0,0,0,0,"msg[t_].status = tt",0,0,0);
	trans[2][328]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[2][329]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[2][330]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[2][331]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[2][342] = settr(2533,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2533,2,332,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2533,2,340,0,0,"IF", 1, 2, 0);
	trans[2][332]	= settr(2523,2,339,1023,1023,"((fw!=255))", 1, 2, 0); /* m: 333 -> 339,0 */
	reached2[333] = 1;
	trans[2][333]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[2][334]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 2][339] = settr(2530,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2530,0,335,0,0,"sub-sequence", 1, 2, 0);
	trans[2][335]	= settr(2526,2,348,1024,1024,"twait[fw] = 0", 1, 2, 0); /* m: 336 -> 0,348 */
	reached2[336] = 1;
	trans[2][336]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][337]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][338]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][343]	= settr(2534,2,348,1,0,".(goto)", 1, 2, 0);
	trans[2][340]	= settr(2531,2,341,2,0,"else", 1, 2, 0);
	trans[2][341]	= settr(2532,2,348,1025,1025,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[2][348] = settr(2539,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2539,2,344,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2539,2,346,0,0,"IF", 1, 2, 0);
	trans[2][344]	= settr(2535,2,790,1026,1026,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 345 -> 790,0 */
	reached2[345] = 1;
	trans[2][345]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][349]	= settr(2540,2,352,1,0,".(goto)", 1, 2, 0); /* m: 352 -> 0,790 */
	reached2[352] = 1;
	trans[2][346]	= settr(2537,2,347,2,0,"else", 1, 2, 0);
	trans[2][347]	= settr(2538,2,790,1027,1027,"(1)", 1, 2, 0); /* m: 352 -> 790,0 */
	reached2[352] = 1;
	trans[2][352]	= settr(2543,2,790,1028,1028,"ret = 0", 1, 2, 0);
	trans[2][775]	= settr(2966,2,790,1,0,".(goto)", 1, 2, 0);
	trans[2][353]	= settr(2544,2,354,2,0,"else", 1, 2, 0);
	trans[2][354]	= settr(2545,2,377,1029,1029,"cut = 0", 1, 2, 0);
	trans[2][378]	= settr(2569,2,377,1,0,".(goto)", 1, 2, 0);
	T = trans[2][377] = settr(2568,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2568,2,355,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2568,2,375,0,0,"DO", 1, 2, 0);
	trans[2][355]	= settr(2546,2,365,1030,0,"((msg[i].copied<msg[i].ncaps))", 1, 2, 0);
	T = trans[ 2][365] = settr(2556,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2556,0,363,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][363] = settr(2554,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2554,2,356,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2554,2,361,0,0,"IF", 1, 2, 0);
	trans[2][356]	= settr(2547,2,373,1031,1031,"(((src[i]&(1<<msg[i].copied))&&(dst[((t_*2)+msg[i].copied)]==0)))", 1, 2, 0); /* m: 357 -> 373,0 */
	reached2[357] = 1;
	trans[2][357]	= settr(0,0,0,0,0,"assert(!((ncopy[i]&(1<<msg[i].copied))))",0,0,0);
	trans[2][358]	= settr(0,0,0,0,0,"ncopy[i] = (ncopy[i]|(1<<msg[i].copied))",0,0,0);
	trans[2][359]	= settr(0,0,0,0,0,"dst[((t_*2)+msg[i].copied)] = (i+1)",0,0,0);
	trans[2][360]	= settr(0,0,0,0,0,"msg[i].landed = (msg[i].landed|(1<<msg[i].copied))",0,0,0);
	trans[2][364]	= settr(2555,2,366,1,0,".(goto)", 1, 2, 0); /* m: 366 -> 0,373 */
	reached2[366] = 1;
	trans[2][361]	= settr(2552,2,362,2,0,"else", 1, 2, 0);
	trans[2][362]	= settr(2553,2,373,1032,1032,"msg[i].failed = (msg[i].failed+1)", 1, 2, 0); /* m: 366 -> 0,373 */
	reached2[366] = 1;
	trans[2][366]	= settr(2557,2,373,1033,1033,"msg[i].copied = (msg[i].copied+1)", 1, 2, 0); /* m: 367 -> 0,373 */
	reached2[367] = 1;
	trans[2][367]	= settr(0,0,0,0,0,"msg[t_].copied = msg[i].copied",0,0,0);
	T = trans[2][373] = settr(2564,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2564,2,368,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2564,2,371,0,0,"IF", 1, 2, 0);
	trans[2][368]	= settr(2559,2,772,1034,1034,"((msg[i].copied<msg[i].ncaps))", 1, 2, 0); /* m: 369 -> 772,0 */
	reached2[369] = 1;
	trans[2][369]	= settr(0,0,0,0,0,"cut = 1",0,0,0);
	trans[2][370]	= settr(2561,2,772,1,0,"goto :b46", 1, 2, 0);
	trans[2][374]	= settr(2565,2,377,1,0,".(goto)", 1, 2, 0);
	trans[2][371]	= settr(2562,2,372,1,0,"(1)", 1, 2, 0);
	trans[2][372]	= settr(2563,2,377,1,0,"(1)", 1, 2, 0);
	trans[2][375]	= settr(2566,2,772,2,0,"else", 1, 2, 0);
	trans[2][376]	= settr(2567,2,772,1,0,"goto :b46", 1, 2, 0);
	trans[2][379]	= settr(2570,2,772,1,0,"break", 1, 2, 0);
	T = trans[2][772] = settr(2963,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2963,2,380,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2963,2,382,0,0,"IF", 1, 2, 0);
	trans[2][380]	= settr(2571,2,790,1035,1035,"(cut)", 1, 2, 0); /* m: 381 -> 790,0 */
	reached2[381] = 1;
	trans[2][381]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[2][773]	= settr(2964,2,790,1,0,".(goto)", 1, 2, 0);
	trans[2][382]	= settr(2573,2,396,2,0,"else", 1, 2, 0);
	T = trans[ 2][396] = settr(2587,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2587,0,383,0,0,"sub-sequence", 1, 2, 0);
	trans[2][383]	= settr(2574,2,394,1036,1036,"st = 0", 1, 2, 0);
	T = trans[2][394] = settr(2585,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2585,2,384,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2585,2,392,0,0,"IF", 1, 2, 0);
	trans[2][384]	= settr(2575,2,390,1037,1037,"((msg[i].reply!=0))", 1, 2, 0); /* m: 385 -> 390,0 */
	reached2[385] = 1;
	trans[2][385]	= settr(0,0,0,0,0,"assert((t_==3))",0,0,0);
	T = trans[2][390] = settr(2581,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2581,2,386,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2581,2,388,0,0,"IF", 1, 2, 0);
	trans[2][386]	= settr(2577,2,445,1038,1038,"((rslot!=0))", 1, 2, 0); /* m: 387 -> 445,0 */
	reached2[387] = 1;
	trans[2][387]	= settr(0,0,0,0,0,"st = 12",0,0,0);
	trans[2][391]	= settr(2582,2,445,1,0,".(goto)", 1, 2, 0);
	trans[2][388]	= settr(2579,2,389,2,0,"else", 1, 2, 0);
	trans[2][389]	= settr(2580,2,445,1039,1039,"rslot = msg[i].reply", 1, 2, 0);
	trans[2][395]	= settr(2586,2,445,1,0,".(goto)", 1, 2, 0);
	trans[2][392]	= settr(2583,2,393,2,0,"else", 1, 2, 0);
	trans[2][393]	= settr(2584,2,445,1,0,"(1)", 1, 2, 0);
	T = trans[2][445] = settr(2636,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2636,2,397,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2636,2,443,0,0,"IF", 1, 2, 0);
	trans[2][397]	= settr(2588,2,442,1040,0,"((st!=0))", 1, 2, 0);
	T = trans[ 2][442] = settr(2633,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2633,0,440,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][440] = settr(2631,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2631,2,398,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2631,2,438,0,0,"IF", 1, 2, 0);
	trans[2][398]	= settr(2589,2,436,1041,1041,"((r_armed&&(msg[i].reply==r_gen)))", 1, 2, 0); /* m: 399 -> 436,0 */
	reached2[399] = 1;
	trans[2][399]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][400]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][436] = settr(2627,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2627,2,401,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2627,2,434,0,0,"IF", 1, 2, 0);
	trans[2][401]	= settr(2592,2,433,1042,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][433] = settr(2624,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2624,0,402,0,0,"sub-sequence", 1, 2, 0);
	trans[2][402]	= settr(2593,2,425,1043,1043,"msg[ft].xfer = 0", 1, 2, 0); /* m: 403 -> 0,425 */
	reached2[403] = 1;
	trans[2][403]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][404]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][405]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][406]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][407]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][408]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][409]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][410]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][411]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][412]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][413]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][414]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][425] = settr(2616,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2616,2,415,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2616,2,423,0,0,"IF", 1, 2, 0);
	trans[2][415]	= settr(2606,2,422,1044,1044,"((fw!=255))", 1, 2, 0); /* m: 416 -> 422,0 */
	reached2[416] = 1;
	trans[2][416]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][417]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][422] = settr(2613,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2613,0,418,0,0,"sub-sequence", 1, 2, 0);
	trans[2][418]	= settr(2609,2,431,1045,1045,"twait[fw] = 0", 1, 2, 0); /* m: 419 -> 0,431 */
	reached2[419] = 1;
	trans[2][419]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][420]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][421]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][426]	= settr(2617,2,431,1,0,".(goto)", 1, 2, 0);
	trans[2][423]	= settr(2614,2,424,2,0,"else", 1, 2, 0);
	trans[2][424]	= settr(2615,2,431,1046,1046,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][431] = settr(2622,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2622,2,427,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2622,2,429,0,0,"IF", 1, 2, 0);
	trans[2][427]	= settr(2618,2,590,1047,1047,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 428 -> 590,0 */
	reached2[428] = 1;
	trans[2][428]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][432]	= settr(2623,2,590,1,0,".(goto)", 1, 2, 0);
	trans[2][429]	= settr(2620,2,430,2,0,"else", 1, 2, 0);
	trans[2][430]	= settr(2621,2,590,1,0,"(1)", 1, 2, 0);
	trans[2][437]	= settr(2628,2,590,1,0,".(goto)", 1, 2, 0);
	trans[2][434]	= settr(2625,2,435,2,0,"else", 1, 2, 0);
	trans[2][435]	= settr(2626,2,590,1,0,"(1)", 1, 2, 0);
	trans[2][441]	= settr(2632,2,590,1,0,".(goto)", 1, 2, 0);
	trans[2][438]	= settr(2629,2,439,2,0,"else", 1, 2, 0);
	trans[2][439]	= settr(2630,2,590,1,0,"(1)", 1, 2, 0);
	trans[2][446]	= settr(2637,2,590,1,0,".(goto)", 1, 2, 0);
	trans[2][443]	= settr(2634,2,444,2,0,"else", 1, 2, 0);
	trans[2][444]	= settr(2635,2,590,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][590] = settr(2781,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2781,0,454,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][454] = settr(2645,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2645,0,452,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][452] = settr(2643,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2643,2,447,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2643,2,450,0,0,"IF", 1, 2, 0);
	trans[2][447]	= settr(2638,2,462,1048,1048,"(shown[i])", 1, 2, 0); /* m: 448 -> 462,0 */
	reached2[448] = 1;
	trans[2][448]	= settr(0,0,0,0,0,"stale[i] = pa[i]",0,0,0);
	trans[2][449]	= settr(0,0,0,0,0,"shown[i] = 0",0,0,0);
	trans[2][453]	= settr(2644,2,462,1,0,".(goto)", 1, 2, 0);
	trans[2][450]	= settr(2641,2,451,2,0,"else", 1, 2, 0);
	trans[2][451]	= settr(2642,2,462,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][462] = settr(2653,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2653,0,460,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][460] = settr(2651,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2651,2,455,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2651,2,458,0,0,"IF", 1, 2, 0);
	trans[2][455]	= settr(2646,2,487,1049,1049,"(shown[t_])", 1, 2, 0); /* m: 456 -> 487,0 */
	reached2[456] = 1;
	trans[2][456]	= settr(0,0,0,0,0,"stale[t_] = pa[t_]",0,0,0);
	trans[2][457]	= settr(0,0,0,0,0,"shown[t_] = 0",0,0,0);
	trans[2][461]	= settr(2652,2,487,1,0,".(goto)", 1, 2, 0);
	trans[2][458]	= settr(2649,2,459,2,0,"else", 1, 2, 0);
	trans[2][459]	= settr(2650,2,487,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][487] = settr(2678,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2678,0,463,0,0,"sub-sequence", 1, 2, 0);
	trans[2][463]	= settr(2654,2,484,1050,1050,"x = 0", 1, 2, 0);
	trans[2][485]	= settr(2676,2,484,1,0,".(goto)", 1, 2, 0);
	T = trans[2][484] = settr(2675,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2675,2,464,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2675,2,482,0,0,"DO", 1, 2, 0);
	trans[2][464]	= settr(2655,2,471,1051,0,"((x<5))", 1, 2, 0);
	T = trans[2][471] = settr(2662,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2662,2,465,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2662,2,469,0,0,"IF", 1, 2, 0);
	trans[2][465]	= settr(2656,2,468,1052,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][468] = settr(2659,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2659,0,466,0,0,"sub-sequence", 1, 2, 0);
	trans[2][466]	= settr(2657,2,479,1053,1053,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 467 -> 0,479 */
	reached2[467] = 1;
	trans[2][467]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][472]	= settr(2663,2,479,1,0,".(goto)", 1, 2, 0);
	trans[2][469]	= settr(2660,2,470,2,0,"else", 1, 2, 0);
	trans[2][470]	= settr(2661,2,479,1,0,"(1)", 1, 2, 0);
	T = trans[2][479] = settr(2670,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2670,2,473,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2670,2,477,0,0,"IF", 1, 2, 0);
	trans[2][473]	= settr(2664,2,476,1054,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][476] = settr(2667,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2667,0,474,0,0,"sub-sequence", 1, 2, 0);
	trans[2][474]	= settr(2665,2,484,1055,1055,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 475 -> 0,484 */
	reached2[475] = 1;
	trans[2][475]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][480]	= settr(2671,2,481,1,0,".(goto)", 1, 2, 0); /* m: 481 -> 0,484 */
	reached2[481] = 1;
	trans[2][477]	= settr(2668,2,478,2,0,"else", 1, 2, 0);
	trans[2][478]	= settr(2669,2,484,1056,1056,"(1)", 1, 2, 0); /* m: 481 -> 484,0 */
	reached2[481] = 1;
	trans[2][481]	= settr(2672,2,484,1057,1057,"x = (x+1)", 1, 2, 0);
	trans[2][482]	= settr(2673,2,497,2,0,"else", 1, 2, 0);
	trans[2][483]	= settr(2674,2,497,1,0,"goto :b47", 1, 2, 0);
	trans[2][486]	= settr(2677,2,497,1,0,"break", 1, 2, 0);
	T = trans[ 2][497] = settr(2688,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2688,0,488,0,0,"sub-sequence", 1, 2, 0);
	trans[2][488]	= settr(2679,2,494,1058,1058,"x = 0", 1, 2, 0);
	trans[2][495]	= settr(2686,2,494,1,0,".(goto)", 1, 2, 0);
	T = trans[2][494] = settr(2685,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2685,2,489,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2685,2,492,0,0,"DO", 1, 2, 0);
	trans[2][489]	= settr(2680,2,494,1059,1059,"((x<5))", 1, 2, 0); /* m: 490 -> 494,0 */
	reached2[490] = 1;
	trans[2][490]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[2][491]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[2][492]	= settr(2683,2,498,2,0,"else", 1, 2, 0);
	trans[2][493]	= settr(2684,2,498,1,0,"goto :b48", 1, 2, 0); /* m: 498 -> 0,523 */
	reached2[498] = 1;
	trans[2][496]	= settr(2687,2,498,1,0,"break", 1, 2, 0);
	trans[2][498]	= settr(2689,2,523,1060,1060,"hdr[pa[i]] = ( ((t_==0)) -> (0) : (( (((t_==1)||(t_==2))) -> (1) : (2) )) )", 1, 2, 0);
	T = trans[ 2][523] = settr(2714,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2714,0,499,0,0,"sub-sequence", 1, 2, 0);
	trans[2][499]	= settr(2690,2,520,1061,1061,"x = 0", 1, 2, 0);
	trans[2][521]	= settr(2712,2,520,1,0,".(goto)", 1, 2, 0);
	T = trans[2][520] = settr(2711,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2711,2,500,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2711,2,518,0,0,"DO", 1, 2, 0);
	trans[2][500]	= settr(2691,2,507,1062,0,"((x<5))", 1, 2, 0);
	T = trans[2][507] = settr(2698,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2698,2,501,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2698,2,505,0,0,"IF", 1, 2, 0);
	trans[2][501]	= settr(2692,2,504,1063,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][504] = settr(2695,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2695,0,502,0,0,"sub-sequence", 1, 2, 0);
	trans[2][502]	= settr(2693,2,515,1064,1064,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 503 -> 0,515 */
	reached2[503] = 1;
	trans[2][503]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][508]	= settr(2699,2,515,1,0,".(goto)", 1, 2, 0);
	trans[2][505]	= settr(2696,2,506,2,0,"else", 1, 2, 0);
	trans[2][506]	= settr(2697,2,515,1,0,"(1)", 1, 2, 0);
	T = trans[2][515] = settr(2706,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2706,2,509,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2706,2,513,0,0,"IF", 1, 2, 0);
	trans[2][509]	= settr(2700,2,512,1065,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][512] = settr(2703,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2703,0,510,0,0,"sub-sequence", 1, 2, 0);
	trans[2][510]	= settr(2701,2,520,1066,1066,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 511 -> 0,520 */
	reached2[511] = 1;
	trans[2][511]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][516]	= settr(2707,2,517,1,0,".(goto)", 1, 2, 0); /* m: 517 -> 0,520 */
	reached2[517] = 1;
	trans[2][513]	= settr(2704,2,514,2,0,"else", 1, 2, 0);
	trans[2][514]	= settr(2705,2,520,1067,1067,"(1)", 1, 2, 0); /* m: 517 -> 520,0 */
	reached2[517] = 1;
	trans[2][517]	= settr(2708,2,520,1068,1068,"x = (x+1)", 1, 2, 0);
	trans[2][518]	= settr(2709,2,524,2,0,"else", 1, 2, 0);
	trans[2][519]	= settr(2710,2,524,1,0,"goto :b49", 1, 2, 0); /* m: 524 -> 0,549 */
	reached2[524] = 1;
	trans[2][522]	= settr(2713,2,524,1,0,"break", 1, 2, 0);
	trans[2][524]	= settr(2715,2,549,1069,1069,"hdr[pa[t_]] = 255", 1, 2, 0);
	T = trans[ 2][549] = settr(2740,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2740,0,525,0,0,"sub-sequence", 1, 2, 0);
	trans[2][525]	= settr(2716,2,546,1070,1070,"x = 0", 1, 2, 0);
	trans[2][547]	= settr(2738,2,546,1,0,".(goto)", 1, 2, 0);
	T = trans[2][546] = settr(2737,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2737,2,526,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2737,2,544,0,0,"DO", 1, 2, 0);
	trans[2][526]	= settr(2717,2,533,1071,0,"((x<5))", 1, 2, 0);
	T = trans[2][533] = settr(2724,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2724,2,527,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2724,2,531,0,0,"IF", 1, 2, 0);
	trans[2][527]	= settr(2718,2,530,1072,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][530] = settr(2721,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2721,0,528,0,0,"sub-sequence", 1, 2, 0);
	trans[2][528]	= settr(2719,2,541,1073,1073,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 529 -> 0,541 */
	reached2[529] = 1;
	trans[2][529]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][534]	= settr(2725,2,541,1,0,".(goto)", 1, 2, 0);
	trans[2][531]	= settr(2722,2,532,2,0,"else", 1, 2, 0);
	trans[2][532]	= settr(2723,2,541,1,0,"(1)", 1, 2, 0);
	T = trans[2][541] = settr(2732,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2732,2,535,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2732,2,539,0,0,"IF", 1, 2, 0);
	trans[2][535]	= settr(2726,2,538,1074,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][538] = settr(2729,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2729,0,536,0,0,"sub-sequence", 1, 2, 0);
	trans[2][536]	= settr(2727,2,546,1075,1075,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 537 -> 0,546 */
	reached2[537] = 1;
	trans[2][537]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][542]	= settr(2733,2,543,1,0,".(goto)", 1, 2, 0); /* m: 543 -> 0,546 */
	reached2[543] = 1;
	trans[2][539]	= settr(2730,2,540,2,0,"else", 1, 2, 0);
	trans[2][540]	= settr(2731,2,546,1076,1076,"(1)", 1, 2, 0); /* m: 543 -> 546,0 */
	reached2[543] = 1;
	trans[2][543]	= settr(2734,2,546,1077,1077,"x = (x+1)", 1, 2, 0);
	trans[2][544]	= settr(2735,2,550,2,0,"else", 1, 2, 0);
	trans[2][545]	= settr(2736,2,550,1,0,"goto :b50", 1, 2, 0); /* m: 550 -> 0,579 */
	reached2[550] = 1;
	trans[2][548]	= settr(2739,2,550,1,0,"break", 1, 2, 0);
	trans[2][550]	= settr(2741,2,579,1078,1078,"x = pa[i]", 1, 2, 0); /* m: 551 -> 0,579 */
	reached2[551] = 1;
	trans[2][551]	= settr(0,0,0,0,0,"pa[i] = pa[t_]",0,0,0);
	trans[2][552]	= settr(0,0,0,0,0,"pa[t_] = x",0,0,0);
	trans[2][553]	= settr(0,0,0,0,0,"shown[i] = 1",0,0,0);
	trans[2][554]	= settr(0,0,0,0,0,"shown[t_] = 1",0,0,0);
	T = trans[ 2][579] = settr(2770,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2770,0,555,0,0,"sub-sequence", 1, 2, 0);
	trans[2][555]	= settr(2746,2,576,1079,1079,"x = 0", 1, 2, 0);
	trans[2][577]	= settr(2768,2,576,1,0,".(goto)", 1, 2, 0);
	T = trans[2][576] = settr(2767,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2767,2,556,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2767,2,574,0,0,"DO", 1, 2, 0);
	trans[2][556]	= settr(2747,2,563,1080,0,"((x<5))", 1, 2, 0);
	T = trans[2][563] = settr(2754,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2754,2,557,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2754,2,561,0,0,"IF", 1, 2, 0);
	trans[2][557]	= settr(2748,2,560,1081,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][560] = settr(2751,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2751,0,558,0,0,"sub-sequence", 1, 2, 0);
	trans[2][558]	= settr(2749,2,571,1082,1082,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 559 -> 0,571 */
	reached2[559] = 1;
	trans[2][559]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][564]	= settr(2755,2,571,1,0,".(goto)", 1, 2, 0);
	trans[2][561]	= settr(2752,2,562,2,0,"else", 1, 2, 0);
	trans[2][562]	= settr(2753,2,571,1,0,"(1)", 1, 2, 0);
	T = trans[2][571] = settr(2762,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2762,2,565,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2762,2,569,0,0,"IF", 1, 2, 0);
	trans[2][565]	= settr(2756,2,568,1083,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][568] = settr(2759,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2759,0,566,0,0,"sub-sequence", 1, 2, 0);
	trans[2][566]	= settr(2757,2,576,1084,1084,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 567 -> 0,576 */
	reached2[567] = 1;
	trans[2][567]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][572]	= settr(2763,2,573,1,0,".(goto)", 1, 2, 0); /* m: 573 -> 0,576 */
	reached2[573] = 1;
	trans[2][569]	= settr(2760,2,570,2,0,"else", 1, 2, 0);
	trans[2][570]	= settr(2761,2,576,1085,1085,"(1)", 1, 2, 0); /* m: 573 -> 576,0 */
	reached2[573] = 1;
	trans[2][573]	= settr(2764,2,576,1086,1086,"x = (x+1)", 1, 2, 0);
	trans[2][574]	= settr(2765,2,589,2,0,"else", 1, 2, 0);
	trans[2][575]	= settr(2766,2,589,1,0,"goto :b51", 1, 2, 0);
	trans[2][578]	= settr(2769,2,589,1,0,"break", 1, 2, 0);
	T = trans[ 2][589] = settr(2780,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2780,0,580,0,0,"sub-sequence", 1, 2, 0);
	trans[2][580]	= settr(2771,2,586,1087,1087,"x = 0", 1, 2, 0);
	trans[2][587]	= settr(2778,2,586,1,0,".(goto)", 1, 2, 0);
	T = trans[2][586] = settr(2777,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2777,2,581,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2777,2,584,0,0,"DO", 1, 2, 0);
	trans[2][581]	= settr(2772,2,586,1088,1088,"((x<5))", 1, 2, 0); /* m: 582 -> 586,0 */
	reached2[582] = 1;
	trans[2][582]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[2][583]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[2][584]	= settr(2775,2,591,2,0,"else", 1, 2, 0);
	trans[2][585]	= settr(2776,2,591,1,0,"goto :b52", 1, 2, 0); /* m: 591 -> 0,603 */
	reached2[591] = 1;
	trans[2][588]	= settr(2779,2,591,1,0,"break", 1, 2, 0);
	trans[2][591]	= settr(2782,2,603,1089,1089,"res = (msg[i].ncaps-msg[i].failed)", 1, 2, 0);
	T = trans[ 2][603] = settr(2794,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2794,0,592,0,0,"sub-sequence", 1, 2, 0);
	trans[2][592]	= settr(2783,2,600,1090,1090,"n = 0", 1, 2, 0); /* m: 593 -> 0,600 */
	reached2[593] = 1;
	trans[2][593]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][601]	= settr(2792,2,600,1,0,".(goto)", 1, 2, 0);
	T = trans[2][600] = settr(2791,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2791,2,594,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2791,2,598,0,0,"DO", 1, 2, 0);
	trans[2][594]	= settr(2785,2,600,1091,1091,"((j<msg[i].ncaps))", 1, 2, 0); /* m: 595 -> 600,0 */
	reached2[595] = 1;
	trans[2][595]	= settr(0,0,0,0,0,"assert((((msg[i].landed>>j)&1)==(dst[((t_*2)+j)]==(i+1))))",0,0,0);
	trans[2][596]	= settr(0,0,0,0,0,"n = (n+((msg[i].landed>>j)&1))",0,0,0);
	trans[2][597]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][598]	= settr(2789,2,604,2,0,"else", 1, 2, 0);
	trans[2][599]	= settr(2790,2,604,1,0,"goto :b53", 1, 2, 0); /* m: 604 -> 0,687 */
	reached2[604] = 1;
	trans[2][602]	= settr(2793,2,604,1,0,"break", 1, 2, 0);
	trans[2][604]	= settr(2795,2,687,1092,1092,"assert((n==res))", 1, 2, 0);
	T = trans[ 2][687] = settr(2878,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2878,0,653,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][653] = settr(2844,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2844,2,605,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2844,2,651,0,0,"IF", 1, 2, 0);
	trans[2][605]	= settr(2796,2,650,1093,0,"(((0!=0)&&(msg[i].reply!=0)))", 1, 2, 0);
	T = trans[ 2][650] = settr(2841,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2841,0,648,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][648] = settr(2839,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2839,2,606,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2839,2,646,0,0,"IF", 1, 2, 0);
	trans[2][606]	= settr(2797,2,644,1094,1094,"((r_armed&&(msg[i].reply==r_gen)))", 1, 2, 0); /* m: 607 -> 644,0 */
	reached2[607] = 1;
	trans[2][607]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][608]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][644] = settr(2835,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2835,2,609,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2835,2,642,0,0,"IF", 1, 2, 0);
	trans[2][609]	= settr(2800,2,641,1095,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][641] = settr(2832,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2832,0,610,0,0,"sub-sequence", 1, 2, 0);
	trans[2][610]	= settr(2801,2,633,1096,1096,"msg[ft].xfer = 0", 1, 2, 0); /* m: 611 -> 0,633 */
	reached2[611] = 1;
	trans[2][611]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][612]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][613]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][614]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][615]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][616]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][617]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][618]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[2][619]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][620]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][621]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][622]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][633] = settr(2824,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2824,2,623,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2824,2,631,0,0,"IF", 1, 2, 0);
	trans[2][623]	= settr(2814,2,630,1097,1097,"((fw!=255))", 1, 2, 0); /* m: 624 -> 630,0 */
	reached2[624] = 1;
	trans[2][624]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][625]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][630] = settr(2821,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2821,0,626,0,0,"sub-sequence", 1, 2, 0);
	trans[2][626]	= settr(2817,2,639,1098,1098,"twait[fw] = 0", 1, 2, 0); /* m: 627 -> 0,639 */
	reached2[627] = 1;
	trans[2][627]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][628]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][629]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][634]	= settr(2825,2,639,1,0,".(goto)", 1, 2, 0);
	trans[2][631]	= settr(2822,2,632,2,0,"else", 1, 2, 0);
	trans[2][632]	= settr(2823,2,639,1099,1099,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][639] = settr(2830,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2830,2,635,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2830,2,637,0,0,"IF", 1, 2, 0);
	trans[2][635]	= settr(2826,2,686,1100,1100,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 636 -> 686,0 */
	reached2[636] = 1;
	trans[2][636]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][640]	= settr(2831,2,686,1,0,".(goto)", 1, 2, 0);
	trans[2][637]	= settr(2828,2,638,2,0,"else", 1, 2, 0);
	trans[2][638]	= settr(2829,2,686,1,0,"(1)", 1, 2, 0);
	trans[2][645]	= settr(2836,2,686,1,0,".(goto)", 1, 2, 0);
	trans[2][642]	= settr(2833,2,643,2,0,"else", 1, 2, 0);
	trans[2][643]	= settr(2834,2,686,1,0,"(1)", 1, 2, 0);
	trans[2][649]	= settr(2840,2,686,1,0,".(goto)", 1, 2, 0);
	trans[2][646]	= settr(2837,2,647,2,0,"else", 1, 2, 0);
	trans[2][647]	= settr(2838,2,686,1,0,"(1)", 1, 2, 0);
	trans[2][654]	= settr(2845,2,686,1,0,".(goto)", 1, 2, 0);
	trans[2][651]	= settr(2842,2,652,2,0,"else", 1, 2, 0);
	trans[2][652]	= settr(2843,2,686,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][686] = settr(2877,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2877,0,655,0,0,"sub-sequence", 1, 2, 0);
	trans[2][655]	= settr(2846,2,678,1101,1101,"msg[i].xfer = 0", 1, 2, 0); /* m: 656 -> 0,678 */
	reached2[656] = 1;
	trans[2][656]	= settr(0,0,0,0,0,"msg[i].state = 0",0,0,0);
	trans[2][657]	= settr(0,0,0,0,0,"msg[i].is_source = 0",0,0,0);
	trans[2][658]	= settr(0,0,0,0,0,"msg[i].peer = 255",0,0,0);
	trans[2][659]	= settr(0,0,0,0,0,"msg[i].onq = 0",0,0,0);
	trans[2][660]	= settr(0,0,0,0,0,"msg[i].ncaps = 0",0,0,0);
	trans[2][661]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[2][662]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[2][663]	= settr(0,0,0,0,0,"msg[i].status = 0",0,0,0);
	trans[2][664]	= settr(0,0,0,0,0,"msg[i].got_caps = res",0,0,0);
	trans[2][665]	= settr(0,0,0,0,0,"msg[i].charged = 0",0,0,0);
	trans[2][666]	= settr(0,0,0,0,0,"msg[i].reply = 0",0,0,0);
	trans[2][667]	= settr(0,0,0,0,0,"fw = msg[i].waiter",0,0,0);
	T = trans[2][678] = settr(2869,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2869,2,668,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2869,2,676,0,0,"IF", 1, 2, 0);
	trans[2][668]	= settr(2859,2,675,1102,1102,"((fw!=255))", 1, 2, 0); /* m: 669 -> 675,0 */
	reached2[669] = 1;
	trans[2][669]	= settr(0,0,0,0,0,"msg[i].waiter = 255",0,0,0);
	trans[2][670]	= settr(0,0,0,0,0,"msg[i].delivered = 0",0,0,0);
	T = trans[ 2][675] = settr(2866,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2866,0,671,0,0,"sub-sequence", 1, 2, 0);
	trans[2][671]	= settr(2862,2,684,1103,1103,"twait[fw] = 0", 1, 2, 0); /* m: 672 -> 0,684 */
	reached2[672] = 1;
	trans[2][672]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][673]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][674]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][679]	= settr(2870,2,684,1,0,".(goto)", 1, 2, 0);
	trans[2][676]	= settr(2867,2,677,2,0,"else", 1, 2, 0);
	trans[2][677]	= settr(2868,2,684,1104,1104,"msg[i].delivered = 1", 1, 2, 0);
	T = trans[2][684] = settr(2875,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2875,2,680,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2875,2,682,0,0,"IF", 1, 2, 0);
	trans[2][680]	= settr(2871,2,770,1105,1105,"((msg[i].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 681 -> 770,0 */
	reached2[681] = 1;
	trans[2][681]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][685]	= settr(2876,2,770,1,0,".(goto)", 1, 2, 0);
	trans[2][682]	= settr(2873,2,683,2,0,"else", 1, 2, 0);
	trans[2][683]	= settr(2874,2,770,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][770] = settr(2961,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2961,0,736,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][736] = settr(2927,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2927,2,688,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2927,2,734,0,0,"IF", 1, 2, 0);
	trans[2][688]	= settr(2879,2,733,1106,0,"(((0!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 2][733] = settr(2924,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2924,0,731,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][731] = settr(2922,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2922,2,689,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2922,2,729,0,0,"IF", 1, 2, 0);
	trans[2][689]	= settr(2880,2,727,1107,1107,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 690 -> 727,0 */
	reached2[690] = 1;
	trans[2][690]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][691]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][727] = settr(2918,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2918,2,692,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2918,2,725,0,0,"IF", 1, 2, 0);
	trans[2][692]	= settr(2883,2,724,1108,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][724] = settr(2915,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2915,0,693,0,0,"sub-sequence", 1, 2, 0);
	trans[2][693]	= settr(2884,2,716,1109,1109,"msg[ft].xfer = 0", 1, 2, 0); /* m: 694 -> 0,716 */
	reached2[694] = 1;
	trans[2][694]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][695]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][696]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][697]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][698]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][699]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][700]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][701]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[2][702]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][703]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][704]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][705]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][716] = settr(2907,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2907,2,706,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2907,2,714,0,0,"IF", 1, 2, 0);
	trans[2][706]	= settr(2897,2,713,1110,1110,"((fw!=255))", 1, 2, 0); /* m: 707 -> 713,0 */
	reached2[707] = 1;
	trans[2][707]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][708]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][713] = settr(2904,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2904,0,709,0,0,"sub-sequence", 1, 2, 0);
	trans[2][709]	= settr(2900,2,722,1111,1111,"twait[fw] = 0", 1, 2, 0); /* m: 710 -> 0,722 */
	reached2[710] = 1;
	trans[2][710]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][711]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][712]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][717]	= settr(2908,2,722,1,0,".(goto)", 1, 2, 0);
	trans[2][714]	= settr(2905,2,715,2,0,"else", 1, 2, 0);
	trans[2][715]	= settr(2906,2,722,1112,1112,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][722] = settr(2913,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2913,2,718,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2913,2,720,0,0,"IF", 1, 2, 0);
	trans[2][718]	= settr(2909,2,769,1113,1113,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 719 -> 769,0 */
	reached2[719] = 1;
	trans[2][719]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][723]	= settr(2914,2,769,1,0,".(goto)", 1, 2, 0);
	trans[2][720]	= settr(2911,2,721,2,0,"else", 1, 2, 0);
	trans[2][721]	= settr(2912,2,769,1,0,"(1)", 1, 2, 0);
	trans[2][728]	= settr(2919,2,769,1,0,".(goto)", 1, 2, 0);
	trans[2][725]	= settr(2916,2,726,2,0,"else", 1, 2, 0);
	trans[2][726]	= settr(2917,2,769,1,0,"(1)", 1, 2, 0);
	trans[2][732]	= settr(2923,2,769,1,0,".(goto)", 1, 2, 0);
	trans[2][729]	= settr(2920,2,730,2,0,"else", 1, 2, 0);
	trans[2][730]	= settr(2921,2,769,1,0,"(1)", 1, 2, 0);
	trans[2][737]	= settr(2928,2,769,1,0,".(goto)", 1, 2, 0);
	trans[2][734]	= settr(2925,2,735,2,0,"else", 1, 2, 0);
	trans[2][735]	= settr(2926,2,769,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][769] = settr(2960,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2960,0,738,0,0,"sub-sequence", 1, 2, 0);
	trans[2][738]	= settr(2929,2,761,1114,1114,"msg[t_].xfer = 0", 1, 2, 0); /* m: 739 -> 0,761 */
	reached2[739] = 1;
	trans[2][739]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[2][740]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[2][741]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[2][742]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[2][743]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[2][744]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[2][745]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[2][746]	= settr(0,0,0,0,0,"msg[t_].status = 0",0,0,0);
	trans[2][747]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[2][748]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[2][749]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[2][750]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[2][761] = settr(2952,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2952,2,751,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2952,2,759,0,0,"IF", 1, 2, 0);
	trans[2][751]	= settr(2942,2,758,1115,1115,"((fw!=255))", 1, 2, 0); /* m: 752 -> 758,0 */
	reached2[752] = 1;
	trans[2][752]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[2][753]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 2][758] = settr(2949,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2949,0,754,0,0,"sub-sequence", 1, 2, 0);
	trans[2][754]	= settr(2945,2,767,1116,1116,"twait[fw] = 0", 1, 2, 0); /* m: 755 -> 0,767 */
	reached2[755] = 1;
	trans[2][755]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][756]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][757]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][762]	= settr(2953,2,767,1,0,".(goto)", 1, 2, 0);
	trans[2][759]	= settr(2950,2,760,2,0,"else", 1, 2, 0);
	trans[2][760]	= settr(2951,2,767,1117,1117,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[2][767] = settr(2958,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2958,2,763,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2958,2,765,0,0,"IF", 1, 2, 0);
	trans[2][763]	= settr(2954,2,790,1118,1118,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 764 -> 790,0 */
	reached2[764] = 1;
	trans[2][764]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][768]	= settr(2959,2,771,1,0,".(goto)", 1, 2, 0); /* m: 771 -> 0,790 */
	reached2[771] = 1;
	trans[2][765]	= settr(2956,2,766,2,0,"else", 1, 2, 0);
	trans[2][766]	= settr(2957,2,790,1119,1119,"(1)", 1, 2, 0); /* m: 771 -> 790,0 */
	reached2[771] = 1;
	trans[2][771]	= settr(2962,2,790,1120,1120,"ret = 0", 1, 2, 0);
	T = trans[2][790] = settr(2981,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2981,2,780,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2981,2,788,0,0,"IF", 1, 2, 0);
	trans[2][780]	= settr(2971,2,787,1121,1121,"((ret==255))", 1, 2, 0);
	T = trans[ 2][787] = settr(2978,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2978,0,785,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][785] = settr(2976,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2976,2,781,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2976,2,783,0,0,"IF", 1, 2, 0);
	trans[2][781]	= settr(2972,2,816,1122,1122,"(msg[3].is_source)", 1, 2, 0); /* m: 782 -> 816,0 */
	reached2[782] = 1;
	trans[2][782]	= settr(0,0,0,0,0,"msg[3].xfer = 1",0,0,0);
	trans[2][786]	= settr(2977,2,816,1,0,".(goto)", 1, 2, 0);
	trans[2][783]	= settr(2974,2,784,2,0,"else", 1, 2, 0);
	trans[2][784]	= settr(2975,2,816,1123,1123,"msg[msg[3].peer].xfer = 1", 1, 2, 0);
	trans[2][791]	= settr(2982,2,816,1,0,".(goto)", 1, 2, 0);
	trans[2][788]	= settr(2979,2,789,2,0,"else", 1, 2, 0);
	trans[2][789]	= settr(2980,2,816,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][816] = settr(3007,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3007,0,814,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][814] = settr(3005,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3005,2,792,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3005,2,800,0,0,"IF", 1, 2, 0);
	trans[2][792]	= settr(2983,2,798,1124,0,"(((msg[3].state==0)&&msg[3].delivered))", 1, 2, 0);
	T = trans[2][798] = settr(2989,2,0,0,0,"IF", 1, 2, 0);
#if 0
	/* dead link: */
	T = T->nxt	= settr(2989,2,793,0,0,"IF", 1, 2, 0);
#endif
	    T->nxt	= settr(2989,2,796,0,0,"IF", 1, 2, 0);
	trans[2][793]	= settr(0,0,0,0,0,"(0)",0,0,0);
	trans[2][794]	= settr(2985,2,978,1125,1125,"msg[3].delivered = 0", 1, 2, 0); /* m: 795 -> 0,978 */
	reached2[795] = 1;
	trans[2][795]	= settr(0,0,0,0,0,"ret = msg[3].status",0,0,0);
	trans[2][799]	= settr(2990,2,978,1,0,".(goto)", 1, 2, 0);
	trans[2][796]	= settr(2987,2,797,2,0,"else", 1, 2, 0);
	trans[2][797]	= settr(2988,2,978,1126,1126,"ret = 0", 1, 2, 0);
	trans[2][815]	= settr(3006,2,978,1,0,".(goto)", 1, 2, 0);
	trans[2][800]	= settr(2991,2,812,2,0,"else", 1, 2, 0);
	T = trans[2][812] = settr(3003,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3003,2,801,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3003,2,803,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3003,2,805,0,0,"IF", 1, 2, 0);
	trans[2][801]	= settr(2992,2,978,1127,1127,"(!(0))", 1, 2, 0); /* m: 802 -> 978,0 */
	reached2[802] = 1;
	trans[2][802]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[2][813]	= settr(3004,2,978,1,0,".(goto)", 1, 2, 0);
	trans[2][803]	= settr(2994,2,978,1128,1128,"((0&&(msg[3].waiter!=255)))", 1, 2, 0); /* m: 804 -> 978,0 */
	reached2[804] = 1;
	trans[2][804]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][805]	= settr(2996,2,810,1129,1129,"((0&&(msg[3].waiter==255)))", 1, 2, 0); /* m: 806 -> 810,0 */
	reached2[806] = 1;
	trans[2][806]	= settr(0,0,0,0,0,"msg[3].waiter = 2",0,0,0);
	T = trans[ 2][810] = settr(3001,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3001,0,807,0,0,"sub-sequence", 1, 2, 0);
	trans[2][807]	= settr(2998,2,978,1130,1130,"tstate[2] = 2", 1, 2, 0); /* m: 808 -> 0,978 */
	reached2[808] = 1;
	trans[2][808]	= settr(0,0,0,0,0,"twait[2] = 1",0,0,0);
	trans[2][809]	= settr(0,0,0,0,0,"twon[2] = 3",0,0,0);
	trans[2][811]	= settr(0,0,0,0,0,"ret = 254",0,0,0);
	trans[2][820]	= settr(3011,2,978,1,0,".(goto)", 1, 2, 0);
	trans[2][817]	= settr(3008,2,818,2,0,"else", 1, 2, 0);
	trans[2][818]	= settr(3009,2,978,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][978] = settr(3169,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3169,0,848,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][848] = settr(3039,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3039,0,824,0,0,"sub-sequence", 1, 2, 0);
	trans[2][824]	= settr(3015,2,845,1131,1131,"x = 0", 1, 2, 0);
	trans[2][846]	= settr(3037,2,845,1,0,".(goto)", 1, 2, 0);
	T = trans[2][845] = settr(3036,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3036,2,825,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3036,2,843,0,0,"DO", 1, 2, 0);
	trans[2][825]	= settr(3016,2,832,1132,0,"((x<5))", 1, 2, 0);
	T = trans[2][832] = settr(3023,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3023,2,826,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3023,2,830,0,0,"IF", 1, 2, 0);
	trans[2][826]	= settr(3017,2,829,1133,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][829] = settr(3020,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3020,0,827,0,0,"sub-sequence", 1, 2, 0);
	trans[2][827]	= settr(3018,2,840,1134,1134,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 828 -> 0,840 */
	reached2[828] = 1;
	trans[2][828]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][833]	= settr(3024,2,840,1,0,".(goto)", 1, 2, 0);
	trans[2][830]	= settr(3021,2,831,2,0,"else", 1, 2, 0);
	trans[2][831]	= settr(3022,2,840,1,0,"(1)", 1, 2, 0);
	T = trans[2][840] = settr(3031,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3031,2,834,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3031,2,838,0,0,"IF", 1, 2, 0);
	trans[2][834]	= settr(3025,2,837,1135,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][837] = settr(3028,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3028,0,835,0,0,"sub-sequence", 1, 2, 0);
	trans[2][835]	= settr(3026,2,845,1136,1136,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 836 -> 0,845 */
	reached2[836] = 1;
	trans[2][836]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][841]	= settr(3032,2,842,1,0,".(goto)", 1, 2, 0); /* m: 842 -> 0,845 */
	reached2[842] = 1;
	trans[2][838]	= settr(3029,2,839,2,0,"else", 1, 2, 0);
	trans[2][839]	= settr(3030,2,845,1137,1137,"(1)", 1, 2, 0); /* m: 842 -> 845,0 */
	reached2[842] = 1;
	trans[2][842]	= settr(3033,2,845,1138,1138,"x = (x+1)", 1, 2, 0);
	trans[2][843]	= settr(3034,2,891,2,0,"else", 1, 2, 0);
	trans[2][844]	= settr(3035,2,891,1,0,"goto :b54", 1, 2, 0);
	trans[2][847]	= settr(3038,2,891,1,0,"break", 1, 2, 0);
	T = trans[ 2][891] = settr(3082,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3082,0,849,0,0,"sub-sequence", 1, 2, 0);
	trans[2][849]	= settr(3040,2,865,1139,1139,"i = 0", 1, 2, 0);
	trans[2][866]	= settr(3057,2,865,1,0,".(goto)", 1, 2, 0);
	T = trans[2][865] = settr(3056,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3056,2,850,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3056,2,863,0,0,"DO", 1, 2, 0);
	trans[2][850]	= settr(3041,2,858,1140,1140,"((i<5))", 1, 2, 0); /* m: 851 -> 858,0 */
	reached2[851] = 1;
	trans[2][851]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[2][852]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][859]	= settr(3050,2,858,1,0,".(goto)", 1, 2, 0);
	T = trans[2][858] = settr(3049,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3049,2,853,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3049,2,856,0,0,"DO", 1, 2, 0);
	trans[2][853]	= settr(3044,2,858,1141,1141,"((j<5))", 1, 2, 0); /* m: 854 -> 858,0 */
	reached2[854] = 1;
	trans[2][854]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[2][855]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][856]	= settr(3047,2,861,2,0,"else", 1, 2, 0);
	trans[2][857]	= settr(3048,2,861,1,0,"goto :b56", 1, 2, 0); /* m: 861 -> 0,865 */
	reached2[861] = 1;
	trans[2][860]	= settr(3051,2,861,1,0,"break", 1, 2, 0);
	trans[2][861]	= settr(3052,2,865,1142,1142,"assert((n==1))", 1, 2, 0); /* m: 862 -> 0,865 */
	reached2[862] = 1;
	trans[2][862]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[2][863]	= settr(3054,2,868,2,0,"else", 1, 2, 0);
	trans[2][864]	= settr(3055,2,868,1,0,"goto :b55", 1, 2, 0); /* m: 868 -> 0,887 */
	reached2[868] = 1;
	trans[2][867]	= settr(3058,2,868,1,0,"break", 1, 2, 0);
	trans[2][868]	= settr(3059,2,887,1143,1143,"n = 0", 1, 2, 0); /* m: 869 -> 0,887 */
	reached2[869] = 1;
	trans[2][869]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[2][870]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[2][888]	= settr(3079,2,887,1,0,".(goto)", 1, 2, 0);
	T = trans[2][887] = settr(3078,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3078,2,871,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3078,2,885,0,0,"DO", 1, 2, 0);
	trans[2][871]	= settr(3062,2,882,1144,0,"((i<5))", 1, 2, 0);
	T = trans[2][882] = settr(3073,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3073,2,872,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3073,2,880,0,0,"IF", 1, 2, 0);
	trans[2][872]	= settr(3063,2,878,1145,1145,"(alive[(9+i)])", 1, 2, 0); /* m: 873 -> 878,0 */
	reached2[873] = 1;
	trans[2][873]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[2][878] = settr(3069,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3069,2,874,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3069,2,876,0,0,"IF", 1, 2, 0);
	trans[2][874]	= settr(3065,2,887,1146,1146,"((owner[i]==7))", 1, 2, 0); /* m: 875 -> 887,0 */
	reached2[875] = 1;
	trans[2][875]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[2][879]	= settr(3070,2,884,1,0,".(goto)", 1, 2, 0); /* m: 884 -> 0,887 */
	reached2[884] = 1;
	trans[2][876]	= settr(3067,2,877,2,0,"else", 1, 2, 0);
	trans[2][877]	= settr(3068,2,887,1147,1147,"x = (x+1)", 1, 2, 0); /* m: 884 -> 0,887 */
	reached2[884] = 1;
	trans[2][883]	= settr(3074,2,884,1,0,".(goto)", 1, 2, 0); /* m: 884 -> 0,887 */
	reached2[884] = 1;
	trans[2][880]	= settr(3071,2,881,2,0,"else", 1, 2, 0);
	trans[2][881]	= settr(3072,2,887,1148,1148,"(1)", 1, 2, 0); /* m: 884 -> 887,0 */
	reached2[884] = 1;
	trans[2][884]	= settr(3075,2,887,1149,1149,"i = (i+1)", 1, 2, 0);
	trans[2][885]	= settr(3076,2,890,2,0,"else", 1, 2, 0);
	trans[2][886]	= settr(3077,2,890,1,0,"goto :b57", 1, 2, 0); /* m: 890 -> 0,977 */
	reached2[890] = 1;
	trans[2][889]	= settr(3080,2,890,1,0,"break", 1, 2, 0);
	trans[2][890]	= settr(3081,2,977,1150,1150,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 2][977] = settr(3168,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3168,0,892,0,0,"sub-sequence", 1, 2, 0);
	trans[2][892]	= settr(3083,2,950,1151,1151,"i = 0", 1, 2, 0);
	trans[2][951]	= settr(3142,2,950,1,0,".(goto)", 1, 2, 0);
	T = trans[2][950] = settr(3141,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3141,2,893,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3141,2,948,0,0,"DO", 1, 2, 0);
	trans[2][893]	= settr(3084,2,945,1152,0,"((i<5))", 1, 2, 0);
	T = trans[2][945] = settr(3136,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3136,2,894,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3136,2,943,0,0,"IF", 1, 2, 0);
	trans[2][894]	= settr(3085,2,902,1153,1153,"(alive[i])", 1, 2, 0); /* m: 895 -> 902,0 */
	reached2[895] = 1;
	trans[2][895]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[2][896]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][903]	= settr(3094,2,902,1,0,".(goto)", 1, 2, 0);
	T = trans[2][902] = settr(3093,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3093,2,897,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3093,2,900,0,0,"DO", 1, 2, 0);
	trans[2][897]	= settr(3088,2,902,1154,1154,"((j<qn[0]))", 1, 2, 0); /* m: 898 -> 902,0 */
	reached2[898] = 1;
	trans[2][898]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[2][899]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][900]	= settr(3091,2,905,2,0,"else", 1, 2, 0);
	trans[2][901]	= settr(3092,2,905,1,0,"goto :b59", 1, 2, 0); /* m: 905 -> 0,912 */
	reached2[905] = 1;
	trans[2][904]	= settr(3095,2,905,1,0,"break", 1, 2, 0);
	trans[2][905]	= settr(3096,2,912,1155,1155,"x = 0", 1, 2, 0); /* m: 906 -> 0,912 */
	reached2[906] = 1;
	trans[2][906]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][913]	= settr(3104,2,912,1,0,".(goto)", 1, 2, 0);
	T = trans[2][912] = settr(3103,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3103,2,907,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3103,2,910,0,0,"DO", 1, 2, 0);
	trans[2][907]	= settr(3098,2,912,1156,1156,"((j<qn[1]))", 1, 2, 0); /* m: 908 -> 912,0 */
	reached2[908] = 1;
	trans[2][908]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[2][909]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][910]	= settr(3101,2,915,2,0,"else", 1, 2, 0);
	trans[2][911]	= settr(3102,2,915,1,0,"goto :b60", 1, 2, 0); /* m: 915 -> 0,928 */
	reached2[915] = 1;
	trans[2][914]	= settr(3105,2,915,1,0,"break", 1, 2, 0);
	trans[2][915]	= settr(3106,2,928,1157,1157,"assert(((n+x)<=1))", 1, 2, 0); /* m: 916 -> 0,928 */
	reached2[916] = 1;
	trans[2][916]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[2][917]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[2][918]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[2][919]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[2][920]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[2][928] = settr(3119,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3119,2,921,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3119,2,926,0,0,"IF", 1, 2, 0);
	trans[2][921]	= settr(3112,2,937,1158,1158,"((msg[i].state==3))", 1, 2, 0); /* m: 922 -> 937,0 */
	reached2[922] = 1;
	trans[2][922]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[2][923]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[2][924]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[2][925]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[2][929]	= settr(3120,2,930,1,0,".(goto)", 1, 2, 0); /* m: 930 -> 0,937 */
	reached2[930] = 1;
	trans[2][926]	= settr(3117,2,927,2,0,"else", 1, 2, 0);
	trans[2][927]	= settr(3118,2,937,1159,1159,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 930 -> 0,937 */
	reached2[930] = 1;
	trans[2][930]	= settr(3121,2,937,1160,1160,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 931 -> 0,937 */
	reached2[931] = 1;
	trans[2][931]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[2][932]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[2][937] = settr(3128,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3128,2,933,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3128,2,935,0,0,"IF", 1, 2, 0);
	trans[2][933]	= settr(3124,2,950,1161,1161,"((w!=255))", 1, 2, 0); /* m: 934 -> 950,0 */
	reached2[934] = 1;
	trans[2][934]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[2][938]	= settr(3129,2,939,1,0,".(goto)", 1, 2, 0); /* m: 939 -> 0,950 */
	reached2[939] = 1;
	trans[2][935]	= settr(3126,2,936,2,0,"else", 1, 2, 0);
	trans[2][936]	= settr(3127,2,950,1162,1162,"(1)", 1, 2, 0); /* m: 939 -> 950,0 */
	reached2[939] = 1;
	trans[2][939]	= settr(3130,2,950,1163,1163,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 940 -> 0,950 */
	reached2[940] = 1;
	trans[2][940]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[2][941]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[2][942]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[2][946]	= settr(3137,2,947,1,0,".(goto)", 1, 2, 0); /* m: 947 -> 0,950 */
	reached2[947] = 1;
	trans[2][943]	= settr(3134,2,944,2,0,"else", 1, 2, 0);
	trans[2][944]	= settr(3135,2,950,1164,1164,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 947 -> 0,950 */
	reached2[947] = 1;
	trans[2][947]	= settr(3138,2,950,1165,1165,"i = (i+1)", 1, 2, 0);
	trans[2][948]	= settr(3139,2,953,2,0,"else", 1, 2, 0);
	trans[2][949]	= settr(3140,2,953,1,0,"goto :b58", 1, 2, 0); /* m: 953 -> 0,971 */
	reached2[953] = 1;
	trans[2][952]	= settr(3143,2,953,1,0,"break", 1, 2, 0);
	trans[2][953]	= settr(3144,2,971,1166,1166,"i = 0", 1, 2, 0);
	trans[2][972]	= settr(3163,2,971,1,0,".(goto)", 1, 2, 0);
	T = trans[2][971] = settr(3162,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3162,2,954,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3162,2,969,0,0,"DO", 1, 2, 0);
	trans[2][954]	= settr(3145,2,966,1167,0,"((i<5))", 1, 2, 0);
	T = trans[2][966] = settr(3157,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3157,2,955,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3157,2,964,0,0,"IF", 1, 2, 0);
	trans[2][955]	= settr(3146,2,962,1168,1168,"((tstate[i]==2))", 1, 2, 0); /* m: 956 -> 962,0 */
	reached2[956] = 1;
	trans[2][956]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[2][957]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[2][962] = settr(3153,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3153,2,958,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3153,2,960,0,0,"IF", 1, 2, 0);
	trans[2][958]	= settr(3149,2,971,1169,1169,"((twait[i]==1))", 1, 2, 0); /* m: 959 -> 971,0 */
	reached2[959] = 1;
	trans[2][959]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[2][963]	= settr(3154,2,968,1,0,".(goto)", 1, 2, 0); /* m: 968 -> 0,971 */
	reached2[968] = 1;
	trans[2][960]	= settr(3151,2,971,1170,1170,"((twait[i]==6))", 1, 2, 0); /* m: 961 -> 971,0 */
	reached2[961] = 1;
	trans[2][961]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[2][967]	= settr(3158,2,968,1,0,".(goto)", 1, 2, 0); /* m: 968 -> 0,971 */
	reached2[968] = 1;
	trans[2][964]	= settr(3155,2,965,2,0,"else", 1, 2, 0);
	trans[2][965]	= settr(3156,2,971,1171,1171,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 968 -> 0,971 */
	reached2[968] = 1;
	trans[2][968]	= settr(3159,2,971,1172,1172,"i = (i+1)", 1, 2, 0);
	trans[2][969]	= settr(3160,2,974,2,0,"else", 1, 2, 0);
	trans[2][970]	= settr(3161,2,974,1,0,"goto :b61", 1, 2, 0); /* m: 974 -> 0,2941 */
	reached2[974] = 1;
	trans[2][973]	= settr(3164,2,974,1,0,"break", 1, 2, 0);
	trans[2][974]	= settr(3165,0,2941,1173,1173,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 975 -> 0,2941 */
	reached2[975] = 1;
	trans[2][975]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[2][976]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[2][2942]	= settr(5133,0,2941,1,0,".(goto)", 0, 2, 0);
	T = trans[2][2941] = settr(5132,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(5132,0,980,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(5132,0,982,0,0,"DO", 0, 2, 0);
	trans[2][980]	= settr(3171,0,2944,1174,1174,"((ret!=0))", 0, 2, 0);
	trans[2][981]	= settr(3172,0,2944,1,0,"goto :b62", 0, 2, 0);
	trans[2][982]	= settr(3173,0,1177,2,0,"else", 0, 2, 0);
	T = trans[ 2][1177] = settr(3368,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(3368,2,983,0,0,"ATOMIC", 1, 2, 0);
	trans[2][983]	= settr(3174,2,1020,1175,0,"((tstate[2]==1))", 1, 2, 0);
	T = trans[ 2][1020] = settr(3211,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3211,0,1018,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1018] = settr(3209,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3209,2,984,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3209,2,986,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3209,2,988,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3209,2,990,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3209,2,992,0,0,"IF", 1, 2, 0);
	trans[2][984]	= settr(3175,2,1175,1176,1176,"(!(alive[3]))", 1, 2, 0); /* m: 985 -> 1175,0 */
	reached2[985] = 1;
	trans[2][985]	= settr(0,0,0,0,0,"ret = 9",0,0,0);
	trans[2][1019]	= settr(3210,2,1175,1,0,".(goto)", 1, 2, 0);
	trans[2][986]	= settr(3177,2,1175,1177,1177,"(((alive[3]&&(msg[3].state==0))&&!(msg[3].delivered)))", 1, 2, 0); /* m: 987 -> 1175,0 */
	reached2[987] = 1;
	trans[2][987]	= settr(0,0,0,0,0,"ret = 3",0,0,0);
	trans[2][988]	= settr(3179,2,1175,1178,1178,"(((alive[3]&&(msg[3].state==2))&&!(msg[3].onq)))", 1, 2, 0); /* m: 989 -> 1175,0 */
	reached2[989] = 1;
	trans[2][989]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][990]	= settr(3181,2,1175,1179,1179,"((alive[3]&&(msg[3].waiter!=255)))", 1, 2, 0); /* m: 991 -> 1175,0 */
	reached2[991] = 1;
	trans[2][991]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][992]	= settr(3183,2,1017,2,0,"else", 1, 2, 0);
	T = trans[ 2][1017] = settr(3208,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3208,0,1015,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1015] = settr(3206,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3206,2,993,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3206,2,1001,0,0,"IF", 1, 2, 0);
	trans[2][993]	= settr(3184,2,999,1180,0,"(((msg[3].state==0)&&msg[3].delivered))", 1, 2, 0);
	T = trans[2][999] = settr(3190,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3190,2,994,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3190,2,997,0,0,"IF", 1, 2, 0);
	trans[2][994]	= settr(3185,2,1175,1181,1181,"(1)", 1, 2, 0); /* m: 995 -> 1175,0 */
	reached2[995] = 1;
	trans[2][995]	= settr(0,0,0,0,0,"msg[3].delivered = 0",0,0,0);
	trans[2][996]	= settr(0,0,0,0,0,"ret = msg[3].status",0,0,0);
	trans[2][1000]	= settr(3191,2,1175,1,0,".(goto)", 1, 2, 0);
	trans[2][997]	= settr(3188,2,998,2,0,"else", 1, 2, 0);
	trans[2][998]	= settr(3189,2,1175,1182,1182,"ret = 0", 1, 2, 0);
	trans[2][1016]	= settr(3207,2,1175,1,0,".(goto)", 1, 2, 0);
	trans[2][1001]	= settr(3192,2,1013,2,0,"else", 1, 2, 0);
	T = trans[2][1013] = settr(3204,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3204,2,1002,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3204,2,1004,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3204,2,1006,0,0,"IF", 1, 2, 0);
	trans[2][1002]	= settr(3193,2,1175,1183,1183,"(!(1))", 1, 2, 0); /* m: 1003 -> 1175,0 */
	reached2[1003] = 1;
	trans[2][1003]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[2][1014]	= settr(3205,2,1175,1,0,".(goto)", 1, 2, 0);
	trans[2][1004]	= settr(3195,2,1175,1184,1184,"((1&&(msg[3].waiter!=255)))", 1, 2, 0); /* m: 1005 -> 1175,0 */
	reached2[1005] = 1;
	trans[2][1005]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][1006]	= settr(3197,2,1011,1185,1185,"((1&&(msg[3].waiter==255)))", 1, 2, 0); /* m: 1007 -> 1011,0 */
	reached2[1007] = 1;
	trans[2][1007]	= settr(0,0,0,0,0,"msg[3].waiter = 2",0,0,0);
	T = trans[ 2][1011] = settr(3202,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3202,0,1008,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1008]	= settr(3199,2,1175,1186,1186,"tstate[2] = 2", 1, 2, 0); /* m: 1009 -> 0,1175 */
	reached2[1009] = 1;
	trans[2][1009]	= settr(0,0,0,0,0,"twait[2] = 1",0,0,0);
	trans[2][1010]	= settr(0,0,0,0,0,"twon[2] = 3",0,0,0);
	trans[2][1012]	= settr(0,0,0,0,0,"ret = 254",0,0,0);
	T = trans[ 2][1175] = settr(3366,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3366,0,1045,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][1045] = settr(3236,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3236,0,1021,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1021]	= settr(3212,2,1042,1187,1187,"x = 0", 1, 2, 0);
	trans[2][1043]	= settr(3234,2,1042,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1042] = settr(3233,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3233,2,1022,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3233,2,1040,0,0,"DO", 1, 2, 0);
	trans[2][1022]	= settr(3213,2,1029,1188,0,"((x<5))", 1, 2, 0);
	T = trans[2][1029] = settr(3220,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3220,2,1023,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3220,2,1027,0,0,"IF", 1, 2, 0);
	trans[2][1023]	= settr(3214,2,1026,1189,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][1026] = settr(3217,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3217,0,1024,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1024]	= settr(3215,2,1037,1190,1190,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 1025 -> 0,1037 */
	reached2[1025] = 1;
	trans[2][1025]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1030]	= settr(3221,2,1037,1,0,".(goto)", 1, 2, 0);
	trans[2][1027]	= settr(3218,2,1028,2,0,"else", 1, 2, 0);
	trans[2][1028]	= settr(3219,2,1037,1,0,"(1)", 1, 2, 0);
	T = trans[2][1037] = settr(3228,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3228,2,1031,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3228,2,1035,0,0,"IF", 1, 2, 0);
	trans[2][1031]	= settr(3222,2,1034,1191,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][1034] = settr(3225,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3225,0,1032,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1032]	= settr(3223,2,1042,1192,1192,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 1033 -> 0,1042 */
	reached2[1033] = 1;
	trans[2][1033]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1038]	= settr(3229,2,1039,1,0,".(goto)", 1, 2, 0); /* m: 1039 -> 0,1042 */
	reached2[1039] = 1;
	trans[2][1035]	= settr(3226,2,1036,2,0,"else", 1, 2, 0);
	trans[2][1036]	= settr(3227,2,1042,1193,1193,"(1)", 1, 2, 0); /* m: 1039 -> 1042,0 */
	reached2[1039] = 1;
	trans[2][1039]	= settr(3230,2,1042,1194,1194,"x = (x+1)", 1, 2, 0);
	trans[2][1040]	= settr(3231,2,1088,2,0,"else", 1, 2, 0);
	trans[2][1041]	= settr(3232,2,1088,1,0,"goto :b63", 1, 2, 0);
	trans[2][1044]	= settr(3235,2,1088,1,0,"break", 1, 2, 0);
	T = trans[ 2][1088] = settr(3279,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3279,0,1046,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1046]	= settr(3237,2,1062,1195,1195,"i = 0", 1, 2, 0);
	trans[2][1063]	= settr(3254,2,1062,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1062] = settr(3253,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3253,2,1047,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3253,2,1060,0,0,"DO", 1, 2, 0);
	trans[2][1047]	= settr(3238,2,1055,1196,1196,"((i<5))", 1, 2, 0); /* m: 1048 -> 1055,0 */
	reached2[1048] = 1;
	trans[2][1048]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[2][1049]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][1056]	= settr(3247,2,1055,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1055] = settr(3246,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3246,2,1050,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3246,2,1053,0,0,"DO", 1, 2, 0);
	trans[2][1050]	= settr(3241,2,1055,1197,1197,"((j<5))", 1, 2, 0); /* m: 1051 -> 1055,0 */
	reached2[1051] = 1;
	trans[2][1051]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[2][1052]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1053]	= settr(3244,2,1058,2,0,"else", 1, 2, 0);
	trans[2][1054]	= settr(3245,2,1058,1,0,"goto :b65", 1, 2, 0); /* m: 1058 -> 0,1062 */
	reached2[1058] = 1;
	trans[2][1057]	= settr(3248,2,1058,1,0,"break", 1, 2, 0);
	trans[2][1058]	= settr(3249,2,1062,1198,1198,"assert((n==1))", 1, 2, 0); /* m: 1059 -> 0,1062 */
	reached2[1059] = 1;
	trans[2][1059]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[2][1060]	= settr(3251,2,1065,2,0,"else", 1, 2, 0);
	trans[2][1061]	= settr(3252,2,1065,1,0,"goto :b64", 1, 2, 0); /* m: 1065 -> 0,1084 */
	reached2[1065] = 1;
	trans[2][1064]	= settr(3255,2,1065,1,0,"break", 1, 2, 0);
	trans[2][1065]	= settr(3256,2,1084,1199,1199,"n = 0", 1, 2, 0); /* m: 1066 -> 0,1084 */
	reached2[1066] = 1;
	trans[2][1066]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[2][1067]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[2][1085]	= settr(3276,2,1084,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1084] = settr(3275,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3275,2,1068,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3275,2,1082,0,0,"DO", 1, 2, 0);
	trans[2][1068]	= settr(3259,2,1079,1200,0,"((i<5))", 1, 2, 0);
	T = trans[2][1079] = settr(3270,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3270,2,1069,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3270,2,1077,0,0,"IF", 1, 2, 0);
	trans[2][1069]	= settr(3260,2,1075,1201,1201,"(alive[(9+i)])", 1, 2, 0); /* m: 1070 -> 1075,0 */
	reached2[1070] = 1;
	trans[2][1070]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[2][1075] = settr(3266,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3266,2,1071,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3266,2,1073,0,0,"IF", 1, 2, 0);
	trans[2][1071]	= settr(3262,2,1084,1202,1202,"((owner[i]==7))", 1, 2, 0); /* m: 1072 -> 1084,0 */
	reached2[1072] = 1;
	trans[2][1072]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[2][1076]	= settr(3267,2,1081,1,0,".(goto)", 1, 2, 0); /* m: 1081 -> 0,1084 */
	reached2[1081] = 1;
	trans[2][1073]	= settr(3264,2,1074,2,0,"else", 1, 2, 0);
	trans[2][1074]	= settr(3265,2,1084,1203,1203,"x = (x+1)", 1, 2, 0); /* m: 1081 -> 0,1084 */
	reached2[1081] = 1;
	trans[2][1080]	= settr(3271,2,1081,1,0,".(goto)", 1, 2, 0); /* m: 1081 -> 0,1084 */
	reached2[1081] = 1;
	trans[2][1077]	= settr(3268,2,1078,2,0,"else", 1, 2, 0);
	trans[2][1078]	= settr(3269,2,1084,1204,1204,"(1)", 1, 2, 0); /* m: 1081 -> 1084,0 */
	reached2[1081] = 1;
	trans[2][1081]	= settr(3272,2,1084,1205,1205,"i = (i+1)", 1, 2, 0);
	trans[2][1082]	= settr(3273,2,1087,2,0,"else", 1, 2, 0);
	trans[2][1083]	= settr(3274,2,1087,1,0,"goto :b66", 1, 2, 0); /* m: 1087 -> 0,1174 */
	reached2[1087] = 1;
	trans[2][1086]	= settr(3277,2,1087,1,0,"break", 1, 2, 0);
	trans[2][1087]	= settr(3278,2,1174,1206,1206,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 2][1174] = settr(3365,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3365,0,1089,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1089]	= settr(3280,2,1147,1207,1207,"i = 0", 1, 2, 0);
	trans[2][1148]	= settr(3339,2,1147,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1147] = settr(3338,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3338,2,1090,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3338,2,1145,0,0,"DO", 1, 2, 0);
	trans[2][1090]	= settr(3281,2,1142,1208,0,"((i<5))", 1, 2, 0);
	T = trans[2][1142] = settr(3333,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3333,2,1091,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3333,2,1140,0,0,"IF", 1, 2, 0);
	trans[2][1091]	= settr(3282,2,1099,1209,1209,"(alive[i])", 1, 2, 0); /* m: 1092 -> 1099,0 */
	reached2[1092] = 1;
	trans[2][1092]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[2][1093]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][1100]	= settr(3291,2,1099,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1099] = settr(3290,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3290,2,1094,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3290,2,1097,0,0,"DO", 1, 2, 0);
	trans[2][1094]	= settr(3285,2,1099,1210,1210,"((j<qn[0]))", 1, 2, 0); /* m: 1095 -> 1099,0 */
	reached2[1095] = 1;
	trans[2][1095]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[2][1096]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1097]	= settr(3288,2,1102,2,0,"else", 1, 2, 0);
	trans[2][1098]	= settr(3289,2,1102,1,0,"goto :b68", 1, 2, 0); /* m: 1102 -> 0,1109 */
	reached2[1102] = 1;
	trans[2][1101]	= settr(3292,2,1102,1,0,"break", 1, 2, 0);
	trans[2][1102]	= settr(3293,2,1109,1211,1211,"x = 0", 1, 2, 0); /* m: 1103 -> 0,1109 */
	reached2[1103] = 1;
	trans[2][1103]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][1110]	= settr(3301,2,1109,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1109] = settr(3300,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3300,2,1104,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3300,2,1107,0,0,"DO", 1, 2, 0);
	trans[2][1104]	= settr(3295,2,1109,1212,1212,"((j<qn[1]))", 1, 2, 0); /* m: 1105 -> 1109,0 */
	reached2[1105] = 1;
	trans[2][1105]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[2][1106]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1107]	= settr(3298,2,1112,2,0,"else", 1, 2, 0);
	trans[2][1108]	= settr(3299,2,1112,1,0,"goto :b69", 1, 2, 0); /* m: 1112 -> 0,1125 */
	reached2[1112] = 1;
	trans[2][1111]	= settr(3302,2,1112,1,0,"break", 1, 2, 0);
	trans[2][1112]	= settr(3303,2,1125,1213,1213,"assert(((n+x)<=1))", 1, 2, 0); /* m: 1113 -> 0,1125 */
	reached2[1113] = 1;
	trans[2][1113]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[2][1114]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[2][1115]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[2][1116]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[2][1117]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[2][1125] = settr(3316,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3316,2,1118,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3316,2,1123,0,0,"IF", 1, 2, 0);
	trans[2][1118]	= settr(3309,2,1134,1214,1214,"((msg[i].state==3))", 1, 2, 0); /* m: 1119 -> 1134,0 */
	reached2[1119] = 1;
	trans[2][1119]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[2][1120]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[2][1121]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[2][1122]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[2][1126]	= settr(3317,2,1127,1,0,".(goto)", 1, 2, 0); /* m: 1127 -> 0,1134 */
	reached2[1127] = 1;
	trans[2][1123]	= settr(3314,2,1124,2,0,"else", 1, 2, 0);
	trans[2][1124]	= settr(3315,2,1134,1215,1215,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 1127 -> 0,1134 */
	reached2[1127] = 1;
	trans[2][1127]	= settr(3318,2,1134,1216,1216,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 1128 -> 0,1134 */
	reached2[1128] = 1;
	trans[2][1128]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[2][1129]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[2][1134] = settr(3325,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3325,2,1130,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3325,2,1132,0,0,"IF", 1, 2, 0);
	trans[2][1130]	= settr(3321,2,1147,1217,1217,"((w!=255))", 1, 2, 0); /* m: 1131 -> 1147,0 */
	reached2[1131] = 1;
	trans[2][1131]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[2][1135]	= settr(3326,2,1136,1,0,".(goto)", 1, 2, 0); /* m: 1136 -> 0,1147 */
	reached2[1136] = 1;
	trans[2][1132]	= settr(3323,2,1133,2,0,"else", 1, 2, 0);
	trans[2][1133]	= settr(3324,2,1147,1218,1218,"(1)", 1, 2, 0); /* m: 1136 -> 1147,0 */
	reached2[1136] = 1;
	trans[2][1136]	= settr(3327,2,1147,1219,1219,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 1137 -> 0,1147 */
	reached2[1137] = 1;
	trans[2][1137]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[2][1138]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[2][1139]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[2][1143]	= settr(3334,2,1144,1,0,".(goto)", 1, 2, 0); /* m: 1144 -> 0,1147 */
	reached2[1144] = 1;
	trans[2][1140]	= settr(3331,2,1141,2,0,"else", 1, 2, 0);
	trans[2][1141]	= settr(3332,2,1147,1220,1220,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 1144 -> 0,1147 */
	reached2[1144] = 1;
	trans[2][1144]	= settr(3335,2,1147,1221,1221,"i = (i+1)", 1, 2, 0);
	trans[2][1145]	= settr(3336,2,1150,2,0,"else", 1, 2, 0);
	trans[2][1146]	= settr(3337,2,1150,1,0,"goto :b67", 1, 2, 0); /* m: 1150 -> 0,1168 */
	reached2[1150] = 1;
	trans[2][1149]	= settr(3340,2,1150,1,0,"break", 1, 2, 0);
	trans[2][1150]	= settr(3341,2,1168,1222,1222,"i = 0", 1, 2, 0);
	trans[2][1169]	= settr(3360,2,1168,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1168] = settr(3359,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3359,2,1151,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3359,2,1166,0,0,"DO", 1, 2, 0);
	trans[2][1151]	= settr(3342,2,1163,1223,0,"((i<5))", 1, 2, 0);
	T = trans[2][1163] = settr(3354,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3354,2,1152,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3354,2,1161,0,0,"IF", 1, 2, 0);
	trans[2][1152]	= settr(3343,2,1159,1224,1224,"((tstate[i]==2))", 1, 2, 0); /* m: 1153 -> 1159,0 */
	reached2[1153] = 1;
	trans[2][1153]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[2][1154]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[2][1159] = settr(3350,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3350,2,1155,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3350,2,1157,0,0,"IF", 1, 2, 0);
	trans[2][1155]	= settr(3346,2,1168,1225,1225,"((twait[i]==1))", 1, 2, 0); /* m: 1156 -> 1168,0 */
	reached2[1156] = 1;
	trans[2][1156]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[2][1160]	= settr(3351,2,1165,1,0,".(goto)", 1, 2, 0); /* m: 1165 -> 0,1168 */
	reached2[1165] = 1;
	trans[2][1157]	= settr(3348,2,1168,1226,1226,"((twait[i]==6))", 1, 2, 0); /* m: 1158 -> 1168,0 */
	reached2[1158] = 1;
	trans[2][1158]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[2][1164]	= settr(3355,2,1165,1,0,".(goto)", 1, 2, 0); /* m: 1165 -> 0,1168 */
	reached2[1165] = 1;
	trans[2][1161]	= settr(3352,2,1162,2,0,"else", 1, 2, 0);
	trans[2][1162]	= settr(3353,2,1168,1227,1227,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 1165 -> 0,1168 */
	reached2[1165] = 1;
	trans[2][1165]	= settr(3356,2,1168,1228,1228,"i = (i+1)", 1, 2, 0);
	trans[2][1166]	= settr(3357,2,1171,2,0,"else", 1, 2, 0);
	trans[2][1167]	= settr(3358,2,1171,1,0,"goto :b70", 1, 2, 0); /* m: 1171 -> 0,2940 */
	reached2[1171] = 1;
	trans[2][1170]	= settr(3361,2,1171,1,0,"break", 1, 2, 0);
	trans[2][1171]	= settr(3362,4,2940,1229,1229,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 1172 -> 0,2940 */
	reached2[1172] = 1;
	trans[2][1172]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[2][1173]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[2][1176]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	T = trans[ 2][2940] = settr(5131,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(5131,2,1178,0,0,"ATOMIC", 1, 2, 0);
	trans[2][1178]	= settr(3369,2,1185,1230,1230,"((tstate[2]==1))", 1, 2, 0); /* m: 1179 -> 1185,0 */
	reached2[1179] = 1;
	trans[2][1179]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][1186]	= settr(3377,2,1185,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1185] = settr(3376,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3376,2,1180,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3376,2,1183,0,0,"DO", 1, 2, 0);
	trans[2][1180]	= settr(3371,2,1185,1231,1231,"((j<2))", 1, 2, 0); /* m: 1181 -> 1185,0 */
	reached2[1181] = 1;
	trans[2][1181]	= settr(0,0,0,0,0,"dst[((3*2)+j)] = 0",0,0,0);
	trans[2][1182]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1183]	= settr(3374,2,1188,2,0,"else", 1, 2, 0);
	trans[2][1184]	= settr(3375,2,1188,1,0,"goto :b71", 1, 2, 0); /* m: 1188 -> 0,1954 */
	reached2[1188] = 1;
	trans[2][1187]	= settr(3378,2,1188,1,0,"break", 1, 2, 0);
	trans[2][1188]	= settr(3379,2,1954,1232,1232,"k = (k+1)", 1, 2, 0); /* m: 1189 -> 0,1954 */
	reached2[1189] = 1;
	trans[2][1189]	= settr(0,0,0,0,0,"gen = rslot",0,0,0);
	trans[2][1190]	= settr(0,0,0,0,0,"rslot = 0",0,0,0);
	T = trans[2][1954] = settr(4145,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4145,2,1191,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4145,2,1952,0,0,"IF", 1, 2, 0);
	trans[2][1191]	= settr(3382,2,1951,1233,0,"((gen!=0))", 1, 2, 0);
	T = trans[ 2][1951] = settr(4142,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4142,0,1949,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1949] = settr(4140,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4140,2,1192,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4140,2,1194,0,0,"IF", 1, 2, 0);
	trans[2][1192]	= settr(3383,2,2781,1234,1234,"((((!(alive[6])||!(r_armed))||(gen!=r_gen))||(r_target==255)))", 1, 2, 0); /* m: 1193 -> 2781,0 */
	reached2[1193] = 1;
	trans[2][1193]	= settr(0,0,0,0,0,"rret = 18",0,0,0);
	trans[2][1950]	= settr(4141,2,2781,1,0,".(goto)", 1, 2, 0);
	trans[2][1194]	= settr(3385,2,1195,2,0,"else", 1, 2, 0);
	trans[2][1195]	= settr(3386,2,1947,1235,1235,"ft = r_target", 1, 2, 0);
	T = trans[2][1947] = settr(4138,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4138,2,1196,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4138,2,1198,0,0,"IF", 1, 2, 0);
	trans[2][1196]	= settr(3387,2,2781,1236,1236,"(((msg[ft].state!=2)||msg[ft].onq))", 1, 2, 0); /* m: 1197 -> 2781,0 */
	reached2[1197] = 1;
	trans[2][1197]	= settr(0,0,0,0,0,"rret = 18",0,0,0);
	trans[2][1948]	= settr(4139,2,2781,1,0,".(goto)", 1, 2, 0);
	trans[2][1198]	= settr(3389,2,1200,2,0,"else", 1, 2, 0);
	T = trans[ 2][1200] = settr(3391,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3391,0,1199,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1199]	= settr(3390,2,1207,1237,1237,"rret = ( ((msg[4].payload&&!(dying[(9+4)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][1207] = settr(3398,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3398,2,1201,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3398,2,1203,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3398,2,1205,0,0,"IF", 1, 2, 0);
	trans[2][1201]	= settr(3392,2,1945,1238,1238,"(!(alive[4]))", 1, 2, 0); /* m: 1202 -> 1945,0 */
	reached2[1202] = 1;
	trans[2][1202]	= settr(0,0,0,0,0,"rret = 9",0,0,0);
	trans[2][1208]	= settr(3399,2,1945,1,0,".(goto)", 1, 2, 0);
	trans[2][1203]	= settr(3394,2,1945,1239,1239,"((alive[4]&&(msg[4].state!=0)))", 1, 2, 0); /* m: 1204 -> 1945,0 */
	reached2[1204] = 1;
	trans[2][1204]	= settr(0,0,0,0,0,"rret = 15",0,0,0);
	trans[2][1205]	= settr(3396,2,1206,2,0,"else", 1, 2, 0);
	trans[2][1206]	= settr(3397,2,1945,1,0,"(1)", 1, 2, 0);
	T = trans[2][1945] = settr(4136,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4136,2,1209,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4136,2,1943,0,0,"IF", 1, 2, 0);
	trans[2][1209]	= settr(3400,2,1211,1240,1240,"((rret==0))", 1, 2, 0);
	T = trans[ 2][1211] = settr(3402,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3402,0,1210,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1210]	= settr(3401,2,1941,1241,1241,"st = ( ((msg[ft].payload&&!(dying[(9+ft)]))) -> (0) : (3) )", 1, 2, 0); /* m: 1212 -> 0,1941 */
	reached2[1212] = 1;
	trans[2][1212]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	T = trans[2][1941] = settr(4132,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4132,2,1213,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4132,2,1298,0,0,"IF", 1, 2, 0);
	trans[2][1213]	= settr(3404,2,1296,1242,0,"((st!=0))", 1, 2, 0);
	T = trans[ 2][1296] = settr(3487,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3487,0,1262,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1262] = settr(3453,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3453,2,1214,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3453,2,1260,0,0,"IF", 1, 2, 0);
	trans[2][1214]	= settr(3405,2,1259,1243,0,"(((st!=0)&&(msg[ft].reply!=0)))", 1, 2, 0);
	T = trans[ 2][1259] = settr(3450,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3450,0,1257,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1257] = settr(3448,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3448,2,1215,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3448,2,1255,0,0,"IF", 1, 2, 0);
	trans[2][1215]	= settr(3406,2,1253,1244,1244,"((r_armed&&(msg[ft].reply==r_gen)))", 1, 2, 0); /* m: 1216 -> 1253,0 */
	reached2[1216] = 1;
	trans[2][1216]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][1217]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][1253] = settr(3444,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3444,2,1218,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3444,2,1251,0,0,"IF", 1, 2, 0);
	trans[2][1218]	= settr(3409,2,1250,1245,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][1250] = settr(3441,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3441,0,1219,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1219]	= settr(3410,2,1242,1246,1246,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1220 -> 0,1242 */
	reached2[1220] = 1;
	trans[2][1220]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1221]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1222]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1223]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1224]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1225]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1226]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1227]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][1228]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1229]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1230]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1231]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1242] = settr(3433,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3433,2,1232,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3433,2,1240,0,0,"IF", 1, 2, 0);
	trans[2][1232]	= settr(3423,2,1239,1247,1247,"((fw!=255))", 1, 2, 0); /* m: 1233 -> 1239,0 */
	reached2[1233] = 1;
	trans[2][1233]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1234]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1239] = settr(3430,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3430,0,1235,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1235]	= settr(3426,2,1248,1248,1248,"twait[fw] = 0", 1, 2, 0); /* m: 1236 -> 0,1248 */
	reached2[1236] = 1;
	trans[2][1236]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1237]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][1238]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1243]	= settr(3434,2,1248,1,0,".(goto)", 1, 2, 0);
	trans[2][1240]	= settr(3431,2,1241,2,0,"else", 1, 2, 0);
	trans[2][1241]	= settr(3432,2,1248,1249,1249,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1248] = settr(3439,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3439,2,1244,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3439,2,1246,0,0,"IF", 1, 2, 0);
	trans[2][1244]	= settr(3435,2,1295,1250,1250,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1245 -> 1295,0 */
	reached2[1245] = 1;
	trans[2][1245]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1249]	= settr(3440,2,1295,1,0,".(goto)", 1, 2, 0);
	trans[2][1246]	= settr(3437,2,1247,2,0,"else", 1, 2, 0);
	trans[2][1247]	= settr(3438,2,1295,1,0,"(1)", 1, 2, 0);
	trans[2][1254]	= settr(3445,2,1295,1,0,".(goto)", 1, 2, 0);
	trans[2][1251]	= settr(3442,2,1252,2,0,"else", 1, 2, 0);
	trans[2][1252]	= settr(3443,2,1295,1,0,"(1)", 1, 2, 0);
	trans[2][1258]	= settr(3449,2,1295,1,0,".(goto)", 1, 2, 0);
	trans[2][1255]	= settr(3446,2,1256,2,0,"else", 1, 2, 0);
	trans[2][1256]	= settr(3447,2,1295,1,0,"(1)", 1, 2, 0);
	trans[2][1263]	= settr(3454,2,1295,1,0,".(goto)", 1, 2, 0);
	trans[2][1260]	= settr(3451,2,1261,2,0,"else", 1, 2, 0);
	trans[2][1261]	= settr(3452,2,1295,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1295] = settr(3486,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3486,0,1264,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1264]	= settr(3455,2,1287,1251,1251,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1265 -> 0,1287 */
	reached2[1265] = 1;
	trans[2][1265]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1266]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1267]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1268]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1269]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1270]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1271]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1272]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][1273]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1274]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1275]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1276]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1287] = settr(3478,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3478,2,1277,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3478,2,1285,0,0,"IF", 1, 2, 0);
	trans[2][1277]	= settr(3468,2,1284,1252,1252,"((fw!=255))", 1, 2, 0); /* m: 1278 -> 1284,0 */
	reached2[1278] = 1;
	trans[2][1278]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1279]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1284] = settr(3475,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3475,0,1280,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1280]	= settr(3471,2,1293,1253,1253,"twait[fw] = 0", 1, 2, 0); /* m: 1281 -> 0,1293 */
	reached2[1281] = 1;
	trans[2][1281]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1282]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][1283]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1288]	= settr(3479,2,1293,1,0,".(goto)", 1, 2, 0);
	trans[2][1285]	= settr(3476,2,1286,2,0,"else", 1, 2, 0);
	trans[2][1286]	= settr(3477,2,1293,1254,1254,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1293] = settr(3484,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3484,2,1289,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3484,2,1291,0,0,"IF", 1, 2, 0);
	trans[2][1289]	= settr(3480,2,2781,1255,1255,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1290 -> 2781,0 */
	reached2[1290] = 1;
	trans[2][1290]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1294]	= settr(3485,2,1297,1,0,".(goto)", 1, 2, 0); /* m: 1297 -> 0,2781 */
	reached2[1297] = 1;
	trans[2][1291]	= settr(3482,2,1292,2,0,"else", 1, 2, 0);
	trans[2][1292]	= settr(3483,2,2781,1256,1256,"(1)", 1, 2, 0); /* m: 1297 -> 2781,0 */
	reached2[1297] = 1;
	trans[2][1297]	= settr(3488,2,2781,1257,1257,"rret = 18", 1, 2, 0);
	trans[2][1942]	= settr(4133,2,2781,1,0,".(goto)", 1, 2, 0);
	trans[2][1298]	= settr(3489,2,1299,2,0,"else", 1, 2, 0);
	trans[2][1299]	= settr(3490,2,1313,1258,1258,"msg[4].delivered = 0", 1, 2, 0);
	T = trans[ 2][1313] = settr(3504,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3504,0,1300,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1300]	= settr(3491,2,1927,1259,1259,"msg[4].state = 3", 1, 2, 0); /* m: 1301 -> 0,1927 */
	reached2[1301] = 1;
	trans[2][1301]	= settr(0,0,0,0,0,"msg[ft].state = 3",0,0,0);
	trans[2][1302]	= settr(0,0,0,0,0,"msg[4].is_source = 1",0,0,0);
	trans[2][1303]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1304]	= settr(0,0,0,0,0,"msg[4].peer = ft",0,0,0);
	trans[2][1305]	= settr(0,0,0,0,0,"msg[ft].peer = 4",0,0,0);
	trans[2][1306]	= settr(0,0,0,0,0,"msg[4].ncaps = 2",0,0,0);
	trans[2][1307]	= settr(0,0,0,0,0,"msg[ft].ncaps = 2",0,0,0);
	trans[2][1308]	= settr(0,0,0,0,0,"msg[4].copied = 0",0,0,0);
	trans[2][1309]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1310]	= settr(0,0,0,0,0,"msg[4].failed = 0",0,0,0);
	trans[2][1311]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1312]	= settr(0,0,0,0,0,"msg[4].landed = 0",0,0,0);
	T = trans[ 2][1927] = settr(4118,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4118,0,1314,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1314]	= settr(3505,2,1316,1260,1260,"t_ = msg[4].peer", 1, 2, 0);
	T = trans[ 2][1316] = settr(3507,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3507,0,1315,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1315]	= settr(3506,2,1318,1261,1261,"st = ( ((msg[4].payload&&!(dying[(9+4)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[ 2][1318] = settr(3509,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3509,0,1317,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1317]	= settr(3508,2,1925,1262,1262,"tt = ( ((msg[t_].payload&&!(dying[(9+t_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][1925] = settr(4116,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4116,2,1319,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4116,2,1504,0,0,"IF", 1, 2, 0);
	trans[2][1319]	= settr(3510,2,1334,1263,0,"(((st!=0)||(tt!=0)))", 1, 2, 0);
	T = trans[ 2][1334] = settr(3525,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3525,0,1320,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1320]	= settr(3511,2,1332,1264,1264,"x = (msg[4].landed&((1<<msg[4].copied)-1))", 1, 2, 0);
	T = trans[ 2][1332] = settr(3523,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3523,0,1321,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1321]	= settr(3512,2,1329,1265,1265,"n = 0", 1, 2, 0); /* m: 1322 -> 0,1329 */
	reached2[1322] = 1;
	trans[2][1322]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][1330]	= settr(3521,2,1329,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1329] = settr(3520,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3520,2,1323,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3520,2,1327,0,0,"DO", 1, 2, 0);
	trans[2][1323]	= settr(3514,2,1329,1266,1266,"((j<msg[4].ncaps))", 1, 2, 0); /* m: 1324 -> 1329,0 */
	reached2[1324] = 1;
	trans[2][1324]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(4+1))))",0,0,0);
	trans[2][1325]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[2][1326]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1327]	= settr(3518,2,1333,2,0,"else", 1, 2, 0);
	trans[2][1328]	= settr(3519,2,1333,1,0,"goto :b72", 1, 2, 0); /* m: 1333 -> 0,1419 */
	reached2[1333] = 1;
	trans[2][1331]	= settr(3522,2,1333,1,0,"break", 1, 2, 0);
	trans[2][1333]	= settr(3524,2,1419,1267,1267,"res = n", 1, 2, 0); /* m: 1335 -> 0,1419 */
	reached2[1335] = 1;
	trans[2][1335]	= settr(0,0,0,0,0,"st = ( ((st!=0)) -> (st) : (18) )",0,0,0);
	trans[2][1336]	= settr(0,0,0,0,0,"tt = ( ((tt!=0)) -> (tt) : (18) )",0,0,0);
	T = trans[ 2][1419] = settr(3610,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3610,0,1385,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1385] = settr(3576,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3576,2,1337,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3576,2,1383,0,0,"IF", 1, 2, 0);
	trans[2][1337]	= settr(3528,2,1382,1268,0,"(((st!=0)&&(msg[4].reply!=0)))", 1, 2, 0);
	T = trans[ 2][1382] = settr(3573,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3573,0,1380,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1380] = settr(3571,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3571,2,1338,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3571,2,1378,0,0,"IF", 1, 2, 0);
	trans[2][1338]	= settr(3529,2,1376,1269,1269,"((r_armed&&(msg[4].reply==r_gen)))", 1, 2, 0); /* m: 1339 -> 1376,0 */
	reached2[1339] = 1;
	trans[2][1339]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][1340]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][1376] = settr(3567,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3567,2,1341,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3567,2,1374,0,0,"IF", 1, 2, 0);
	trans[2][1341]	= settr(3532,2,1373,1270,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][1373] = settr(3564,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3564,0,1342,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1342]	= settr(3533,2,1365,1271,1271,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1343 -> 0,1365 */
	reached2[1343] = 1;
	trans[2][1343]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1344]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1345]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1346]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1347]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1348]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1349]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1350]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][1351]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1352]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1353]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1354]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1365] = settr(3556,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3556,2,1355,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3556,2,1363,0,0,"IF", 1, 2, 0);
	trans[2][1355]	= settr(3546,2,1362,1272,1272,"((fw!=255))", 1, 2, 0); /* m: 1356 -> 1362,0 */
	reached2[1356] = 1;
	trans[2][1356]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1357]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1362] = settr(3553,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3553,0,1358,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1358]	= settr(3549,2,1371,1273,1273,"twait[fw] = 0", 1, 2, 0); /* m: 1359 -> 0,1371 */
	reached2[1359] = 1;
	trans[2][1359]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1360]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][1361]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1366]	= settr(3557,2,1371,1,0,".(goto)", 1, 2, 0);
	trans[2][1363]	= settr(3554,2,1364,2,0,"else", 1, 2, 0);
	trans[2][1364]	= settr(3555,2,1371,1274,1274,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1371] = settr(3562,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3562,2,1367,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3562,2,1369,0,0,"IF", 1, 2, 0);
	trans[2][1367]	= settr(3558,2,1418,1275,1275,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1368 -> 1418,0 */
	reached2[1368] = 1;
	trans[2][1368]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1372]	= settr(3563,2,1418,1,0,".(goto)", 1, 2, 0);
	trans[2][1369]	= settr(3560,2,1370,2,0,"else", 1, 2, 0);
	trans[2][1370]	= settr(3561,2,1418,1,0,"(1)", 1, 2, 0);
	trans[2][1377]	= settr(3568,2,1418,1,0,".(goto)", 1, 2, 0);
	trans[2][1374]	= settr(3565,2,1375,2,0,"else", 1, 2, 0);
	trans[2][1375]	= settr(3566,2,1418,1,0,"(1)", 1, 2, 0);
	trans[2][1381]	= settr(3572,2,1418,1,0,".(goto)", 1, 2, 0);
	trans[2][1378]	= settr(3569,2,1379,2,0,"else", 1, 2, 0);
	trans[2][1379]	= settr(3570,2,1418,1,0,"(1)", 1, 2, 0);
	trans[2][1386]	= settr(3577,2,1418,1,0,".(goto)", 1, 2, 0);
	trans[2][1383]	= settr(3574,2,1384,2,0,"else", 1, 2, 0);
	trans[2][1384]	= settr(3575,2,1418,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1418] = settr(3609,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3609,0,1387,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1387]	= settr(3578,2,1410,1276,1276,"msg[4].xfer = 0", 1, 2, 0); /* m: 1388 -> 0,1410 */
	reached2[1388] = 1;
	trans[2][1388]	= settr(0,0,0,0,0,"msg[4].state = 0",0,0,0);
	trans[2][1389]	= settr(0,0,0,0,0,"msg[4].is_source = 0",0,0,0);
	trans[2][1390]	= settr(0,0,0,0,0,"msg[4].peer = 255",0,0,0);
	trans[2][1391]	= settr(0,0,0,0,0,"msg[4].onq = 0",0,0,0);
	trans[2][1392]	= settr(0,0,0,0,0,"msg[4].ncaps = 0",0,0,0);
	trans[2][1393]	= settr(0,0,0,0,0,"msg[4].copied = 0",0,0,0);
	trans[2][1394]	= settr(0,0,0,0,0,"msg[4].failed = 0",0,0,0);
	trans[2][1395]	= settr(0,0,0,0,0,"msg[4].status = st",0,0,0);
	trans[2][1396]	= settr(0,0,0,0,0,"msg[4].got_caps = res",0,0,0);
	trans[2][1397]	= settr(0,0,0,0,0,"msg[4].charged = 0",0,0,0);
	trans[2][1398]	= settr(0,0,0,0,0,"msg[4].reply = 0",0,0,0);
	trans[2][1399]	= settr(0,0,0,0,0,"fw = msg[4].waiter",0,0,0);
	T = trans[2][1410] = settr(3601,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3601,2,1400,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3601,2,1408,0,0,"IF", 1, 2, 0);
	trans[2][1400]	= settr(3591,2,1407,1277,1277,"((fw!=255))", 1, 2, 0); /* m: 1401 -> 1407,0 */
	reached2[1401] = 1;
	trans[2][1401]	= settr(0,0,0,0,0,"msg[4].waiter = 255",0,0,0);
	trans[2][1402]	= settr(0,0,0,0,0,"msg[4].delivered = 0",0,0,0);
	T = trans[ 2][1407] = settr(3598,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3598,0,1403,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1403]	= settr(3594,2,1416,1278,1278,"twait[fw] = 0", 1, 2, 0); /* m: 1404 -> 0,1416 */
	reached2[1404] = 1;
	trans[2][1404]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1405]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][1406]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1411]	= settr(3602,2,1416,1,0,".(goto)", 1, 2, 0);
	trans[2][1408]	= settr(3599,2,1409,2,0,"else", 1, 2, 0);
	trans[2][1409]	= settr(3600,2,1416,1279,1279,"msg[4].delivered = 1", 1, 2, 0);
	T = trans[2][1416] = settr(3607,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3607,2,1412,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3607,2,1414,0,0,"IF", 1, 2, 0);
	trans[2][1412]	= settr(3603,2,1502,1280,1280,"((msg[4].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1413 -> 1502,0 */
	reached2[1413] = 1;
	trans[2][1413]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1417]	= settr(3608,2,1502,1,0,".(goto)", 1, 2, 0);
	trans[2][1414]	= settr(3605,2,1415,2,0,"else", 1, 2, 0);
	trans[2][1415]	= settr(3606,2,1502,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1502] = settr(3693,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3693,0,1468,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1468] = settr(3659,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3659,2,1420,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3659,2,1466,0,0,"IF", 1, 2, 0);
	trans[2][1420]	= settr(3611,2,1465,1281,0,"(((tt!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 2][1465] = settr(3656,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3656,0,1463,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1463] = settr(3654,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3654,2,1421,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3654,2,1461,0,0,"IF", 1, 2, 0);
	trans[2][1421]	= settr(3612,2,1459,1282,1282,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 1422 -> 1459,0 */
	reached2[1422] = 1;
	trans[2][1422]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][1423]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][1459] = settr(3650,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3650,2,1424,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3650,2,1457,0,0,"IF", 1, 2, 0);
	trans[2][1424]	= settr(3615,2,1456,1283,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][1456] = settr(3647,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3647,0,1425,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1425]	= settr(3616,2,1448,1284,1284,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1426 -> 0,1448 */
	reached2[1426] = 1;
	trans[2][1426]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1427]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1428]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1429]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1430]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1431]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1432]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1433]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[2][1434]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1435]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1436]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1437]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1448] = settr(3639,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3639,2,1438,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3639,2,1446,0,0,"IF", 1, 2, 0);
	trans[2][1438]	= settr(3629,2,1445,1285,1285,"((fw!=255))", 1, 2, 0); /* m: 1439 -> 1445,0 */
	reached2[1439] = 1;
	trans[2][1439]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1440]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1445] = settr(3636,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3636,0,1441,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1441]	= settr(3632,2,1454,1286,1286,"twait[fw] = 0", 1, 2, 0); /* m: 1442 -> 0,1454 */
	reached2[1442] = 1;
	trans[2][1442]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1443]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][1444]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1449]	= settr(3640,2,1454,1,0,".(goto)", 1, 2, 0);
	trans[2][1446]	= settr(3637,2,1447,2,0,"else", 1, 2, 0);
	trans[2][1447]	= settr(3638,2,1454,1287,1287,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1454] = settr(3645,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3645,2,1450,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3645,2,1452,0,0,"IF", 1, 2, 0);
	trans[2][1450]	= settr(3641,2,1501,1288,1288,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1451 -> 1501,0 */
	reached2[1451] = 1;
	trans[2][1451]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1455]	= settr(3646,2,1501,1,0,".(goto)", 1, 2, 0);
	trans[2][1452]	= settr(3643,2,1453,2,0,"else", 1, 2, 0);
	trans[2][1453]	= settr(3644,2,1501,1,0,"(1)", 1, 2, 0);
	trans[2][1460]	= settr(3651,2,1501,1,0,".(goto)", 1, 2, 0);
	trans[2][1457]	= settr(3648,2,1458,2,0,"else", 1, 2, 0);
	trans[2][1458]	= settr(3649,2,1501,1,0,"(1)", 1, 2, 0);
	trans[2][1464]	= settr(3655,2,1501,1,0,".(goto)", 1, 2, 0);
	trans[2][1461]	= settr(3652,2,1462,2,0,"else", 1, 2, 0);
	trans[2][1462]	= settr(3653,2,1501,1,0,"(1)", 1, 2, 0);
	trans[2][1469]	= settr(3660,2,1501,1,0,".(goto)", 1, 2, 0);
	trans[2][1466]	= settr(3657,2,1467,2,0,"else", 1, 2, 0);
	trans[2][1467]	= settr(3658,2,1501,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1501] = settr(3692,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3692,0,1470,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1470]	= settr(3661,2,1493,1289,1289,"msg[t_].xfer = 0", 1, 2, 0); /* m: 1471 -> 0,1493 */
	reached2[1471] = 1;
	trans[2][1471]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[2][1472]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[2][1473]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[2][1474]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[2][1475]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[2][1476]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[2][1477]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[2][1478]	= settr(0,0,0,0,0,"msg[t_].status = tt",0,0,0);
	trans[2][1479]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[2][1480]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[2][1481]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[2][1482]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[2][1493] = settr(3684,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3684,2,1483,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3684,2,1491,0,0,"IF", 1, 2, 0);
	trans[2][1483]	= settr(3674,2,1490,1290,1290,"((fw!=255))", 1, 2, 0); /* m: 1484 -> 1490,0 */
	reached2[1484] = 1;
	trans[2][1484]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[2][1485]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 2][1490] = settr(3681,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3681,0,1486,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1486]	= settr(3677,2,1499,1291,1291,"twait[fw] = 0", 1, 2, 0); /* m: 1487 -> 0,1499 */
	reached2[1487] = 1;
	trans[2][1487]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1488]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][1489]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1494]	= settr(3685,2,1499,1,0,".(goto)", 1, 2, 0);
	trans[2][1491]	= settr(3682,2,1492,2,0,"else", 1, 2, 0);
	trans[2][1492]	= settr(3683,2,1499,1292,1292,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[2][1499] = settr(3690,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3690,2,1495,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3690,2,1497,0,0,"IF", 1, 2, 0);
	trans[2][1495]	= settr(3686,2,1938,1293,1293,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1496 -> 1938,0 */
	reached2[1496] = 1;
	trans[2][1496]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1500]	= settr(3691,2,1503,1,0,".(goto)", 1, 2, 0); /* m: 1503 -> 0,1938 */
	reached2[1503] = 1;
	trans[2][1497]	= settr(3688,2,1498,2,0,"else", 1, 2, 0);
	trans[2][1498]	= settr(3689,2,1938,1294,1294,"(1)", 1, 2, 0); /* m: 1503 -> 1938,0 */
	reached2[1503] = 1;
	trans[2][1503]	= settr(3694,2,1938,1295,1295,"rret = 0", 1, 2, 0);
	trans[2][1926]	= settr(4117,2,1938,1,0,".(goto)", 1, 2, 0);
	trans[2][1504]	= settr(3695,2,1505,2,0,"else", 1, 2, 0);
	trans[2][1505]	= settr(3696,2,1528,1296,1296,"cut = 0", 1, 2, 0);
	trans[2][1529]	= settr(3720,2,1528,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1528] = settr(3719,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3719,2,1506,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3719,2,1526,0,0,"DO", 1, 2, 0);
	trans[2][1506]	= settr(3697,2,1516,1297,0,"((msg[4].copied<msg[4].ncaps))", 1, 2, 0);
	T = trans[ 2][1516] = settr(3707,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3707,0,1514,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1514] = settr(3705,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3705,2,1507,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3705,2,1512,0,0,"IF", 1, 2, 0);
	trans[2][1507]	= settr(3698,2,1524,1298,1298,"(((src[4]&(1<<msg[4].copied))&&(dst[((t_*2)+msg[4].copied)]==0)))", 1, 2, 0); /* m: 1508 -> 1524,0 */
	reached2[1508] = 1;
	trans[2][1508]	= settr(0,0,0,0,0,"assert(!((ncopy[4]&(1<<msg[4].copied))))",0,0,0);
	trans[2][1509]	= settr(0,0,0,0,0,"ncopy[4] = (ncopy[4]|(1<<msg[4].copied))",0,0,0);
	trans[2][1510]	= settr(0,0,0,0,0,"dst[((t_*2)+msg[4].copied)] = (4+1)",0,0,0);
	trans[2][1511]	= settr(0,0,0,0,0,"msg[4].landed = (msg[4].landed|(1<<msg[4].copied))",0,0,0);
	trans[2][1515]	= settr(3706,2,1517,1,0,".(goto)", 1, 2, 0); /* m: 1517 -> 0,1524 */
	reached2[1517] = 1;
	trans[2][1512]	= settr(3703,2,1513,2,0,"else", 1, 2, 0);
	trans[2][1513]	= settr(3704,2,1524,1299,1299,"msg[4].failed = (msg[4].failed+1)", 1, 2, 0); /* m: 1517 -> 0,1524 */
	reached2[1517] = 1;
	trans[2][1517]	= settr(3708,2,1524,1300,1300,"msg[4].copied = (msg[4].copied+1)", 1, 2, 0); /* m: 1518 -> 0,1524 */
	reached2[1518] = 1;
	trans[2][1518]	= settr(0,0,0,0,0,"msg[t_].copied = msg[4].copied",0,0,0);
	T = trans[2][1524] = settr(3715,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3715,2,1519,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3715,2,1522,0,0,"IF", 1, 2, 0);
	trans[2][1519]	= settr(3710,2,1923,1301,1301,"((msg[4].copied<msg[4].ncaps))", 1, 2, 0); /* m: 1520 -> 1923,0 */
	reached2[1520] = 1;
	trans[2][1520]	= settr(0,0,0,0,0,"cut = 1",0,0,0);
	trans[2][1521]	= settr(3712,2,1923,1,0,"goto :b73", 1, 2, 0);
	trans[2][1525]	= settr(3716,2,1528,1,0,".(goto)", 1, 2, 0);
	trans[2][1522]	= settr(3713,2,1523,1,0,"(1)", 1, 2, 0);
	trans[2][1523]	= settr(3714,2,1528,1,0,"(1)", 1, 2, 0);
	trans[2][1526]	= settr(3717,2,1923,2,0,"else", 1, 2, 0);
	trans[2][1527]	= settr(3718,2,1923,1,0,"goto :b73", 1, 2, 0);
	trans[2][1530]	= settr(3721,2,1923,1,0,"break", 1, 2, 0);
	T = trans[2][1923] = settr(4114,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4114,2,1531,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4114,2,1533,0,0,"IF", 1, 2, 0);
	trans[2][1531]	= settr(3722,2,1938,1302,1302,"(cut)", 1, 2, 0); /* m: 1532 -> 1938,0 */
	reached2[1532] = 1;
	trans[2][1532]	= settr(0,0,0,0,0,"rret = 255",0,0,0);
	trans[2][1924]	= settr(4115,2,1938,1,0,".(goto)", 1, 2, 0);
	trans[2][1533]	= settr(3724,2,1547,2,0,"else", 1, 2, 0);
	T = trans[ 2][1547] = settr(3738,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3738,0,1534,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1534]	= settr(3725,2,1545,1303,1303,"st = 0", 1, 2, 0);
	T = trans[2][1545] = settr(3736,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3736,2,1535,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3736,2,1543,0,0,"IF", 1, 2, 0);
	trans[2][1535]	= settr(3726,2,1541,1304,1304,"((msg[4].reply!=0))", 1, 2, 0); /* m: 1536 -> 1541,0 */
	reached2[1536] = 1;
	trans[2][1536]	= settr(0,0,0,0,0,"assert((t_==3))",0,0,0);
	T = trans[2][1541] = settr(3732,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3732,2,1537,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3732,2,1539,0,0,"IF", 1, 2, 0);
	trans[2][1537]	= settr(3728,2,1596,1305,1305,"((rslot!=0))", 1, 2, 0); /* m: 1538 -> 1596,0 */
	reached2[1538] = 1;
	trans[2][1538]	= settr(0,0,0,0,0,"st = 12",0,0,0);
	trans[2][1542]	= settr(3733,2,1596,1,0,".(goto)", 1, 2, 0);
	trans[2][1539]	= settr(3730,2,1540,2,0,"else", 1, 2, 0);
	trans[2][1540]	= settr(3731,2,1596,1306,1306,"rslot = msg[4].reply", 1, 2, 0);
	trans[2][1546]	= settr(3737,2,1596,1,0,".(goto)", 1, 2, 0);
	trans[2][1543]	= settr(3734,2,1544,2,0,"else", 1, 2, 0);
	trans[2][1544]	= settr(3735,2,1596,1,0,"(1)", 1, 2, 0);
	T = trans[2][1596] = settr(3787,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3787,2,1548,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3787,2,1594,0,0,"IF", 1, 2, 0);
	trans[2][1548]	= settr(3739,2,1593,1307,0,"((st!=0))", 1, 2, 0);
	T = trans[ 2][1593] = settr(3784,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3784,0,1591,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1591] = settr(3782,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3782,2,1549,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3782,2,1589,0,0,"IF", 1, 2, 0);
	trans[2][1549]	= settr(3740,2,1587,1308,1308,"((r_armed&&(msg[4].reply==r_gen)))", 1, 2, 0); /* m: 1550 -> 1587,0 */
	reached2[1550] = 1;
	trans[2][1550]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][1551]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][1587] = settr(3778,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3778,2,1552,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3778,2,1585,0,0,"IF", 1, 2, 0);
	trans[2][1552]	= settr(3743,2,1584,1309,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][1584] = settr(3775,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3775,0,1553,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1553]	= settr(3744,2,1576,1310,1310,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1554 -> 0,1576 */
	reached2[1554] = 1;
	trans[2][1554]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1555]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1556]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1557]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1558]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1559]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1560]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1561]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][1562]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1563]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1564]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1565]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1576] = settr(3767,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3767,2,1566,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3767,2,1574,0,0,"IF", 1, 2, 0);
	trans[2][1566]	= settr(3757,2,1573,1311,1311,"((fw!=255))", 1, 2, 0); /* m: 1567 -> 1573,0 */
	reached2[1567] = 1;
	trans[2][1567]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1568]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1573] = settr(3764,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3764,0,1569,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1569]	= settr(3760,2,1582,1312,1312,"twait[fw] = 0", 1, 2, 0); /* m: 1570 -> 0,1582 */
	reached2[1570] = 1;
	trans[2][1570]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1571]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][1572]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1577]	= settr(3768,2,1582,1,0,".(goto)", 1, 2, 0);
	trans[2][1574]	= settr(3765,2,1575,2,0,"else", 1, 2, 0);
	trans[2][1575]	= settr(3766,2,1582,1313,1313,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1582] = settr(3773,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3773,2,1578,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3773,2,1580,0,0,"IF", 1, 2, 0);
	trans[2][1578]	= settr(3769,2,1741,1314,1314,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1579 -> 1741,0 */
	reached2[1579] = 1;
	trans[2][1579]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1583]	= settr(3774,2,1741,1,0,".(goto)", 1, 2, 0);
	trans[2][1580]	= settr(3771,2,1581,2,0,"else", 1, 2, 0);
	trans[2][1581]	= settr(3772,2,1741,1,0,"(1)", 1, 2, 0);
	trans[2][1588]	= settr(3779,2,1741,1,0,".(goto)", 1, 2, 0);
	trans[2][1585]	= settr(3776,2,1586,2,0,"else", 1, 2, 0);
	trans[2][1586]	= settr(3777,2,1741,1,0,"(1)", 1, 2, 0);
	trans[2][1592]	= settr(3783,2,1741,1,0,".(goto)", 1, 2, 0);
	trans[2][1589]	= settr(3780,2,1590,2,0,"else", 1, 2, 0);
	trans[2][1590]	= settr(3781,2,1741,1,0,"(1)", 1, 2, 0);
	trans[2][1597]	= settr(3788,2,1741,1,0,".(goto)", 1, 2, 0);
	trans[2][1594]	= settr(3785,2,1595,2,0,"else", 1, 2, 0);
	trans[2][1595]	= settr(3786,2,1741,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1741] = settr(3932,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3932,0,1605,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][1605] = settr(3796,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3796,0,1603,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1603] = settr(3794,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3794,2,1598,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3794,2,1601,0,0,"IF", 1, 2, 0);
	trans[2][1598]	= settr(3789,2,1613,1315,1315,"(shown[4])", 1, 2, 0); /* m: 1599 -> 1613,0 */
	reached2[1599] = 1;
	trans[2][1599]	= settr(0,0,0,0,0,"stale[4] = pa[4]",0,0,0);
	trans[2][1600]	= settr(0,0,0,0,0,"shown[4] = 0",0,0,0);
	trans[2][1604]	= settr(3795,2,1613,1,0,".(goto)", 1, 2, 0);
	trans[2][1601]	= settr(3792,2,1602,2,0,"else", 1, 2, 0);
	trans[2][1602]	= settr(3793,2,1613,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1613] = settr(3804,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3804,0,1611,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1611] = settr(3802,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3802,2,1606,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3802,2,1609,0,0,"IF", 1, 2, 0);
	trans[2][1606]	= settr(3797,2,1638,1316,1316,"(shown[t_])", 1, 2, 0); /* m: 1607 -> 1638,0 */
	reached2[1607] = 1;
	trans[2][1607]	= settr(0,0,0,0,0,"stale[t_] = pa[t_]",0,0,0);
	trans[2][1608]	= settr(0,0,0,0,0,"shown[t_] = 0",0,0,0);
	trans[2][1612]	= settr(3803,2,1638,1,0,".(goto)", 1, 2, 0);
	trans[2][1609]	= settr(3800,2,1610,2,0,"else", 1, 2, 0);
	trans[2][1610]	= settr(3801,2,1638,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1638] = settr(3829,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3829,0,1614,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1614]	= settr(3805,2,1635,1317,1317,"x = 0", 1, 2, 0);
	trans[2][1636]	= settr(3827,2,1635,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1635] = settr(3826,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3826,2,1615,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3826,2,1633,0,0,"DO", 1, 2, 0);
	trans[2][1615]	= settr(3806,2,1622,1318,0,"((x<5))", 1, 2, 0);
	T = trans[2][1622] = settr(3813,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3813,2,1616,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3813,2,1620,0,0,"IF", 1, 2, 0);
	trans[2][1616]	= settr(3807,2,1619,1319,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][1619] = settr(3810,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3810,0,1617,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1617]	= settr(3808,2,1630,1320,1320,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 1618 -> 0,1630 */
	reached2[1618] = 1;
	trans[2][1618]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1623]	= settr(3814,2,1630,1,0,".(goto)", 1, 2, 0);
	trans[2][1620]	= settr(3811,2,1621,2,0,"else", 1, 2, 0);
	trans[2][1621]	= settr(3812,2,1630,1,0,"(1)", 1, 2, 0);
	T = trans[2][1630] = settr(3821,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3821,2,1624,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3821,2,1628,0,0,"IF", 1, 2, 0);
	trans[2][1624]	= settr(3815,2,1627,1321,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][1627] = settr(3818,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3818,0,1625,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1625]	= settr(3816,2,1635,1322,1322,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 1626 -> 0,1635 */
	reached2[1626] = 1;
	trans[2][1626]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1631]	= settr(3822,2,1632,1,0,".(goto)", 1, 2, 0); /* m: 1632 -> 0,1635 */
	reached2[1632] = 1;
	trans[2][1628]	= settr(3819,2,1629,2,0,"else", 1, 2, 0);
	trans[2][1629]	= settr(3820,2,1635,1323,1323,"(1)", 1, 2, 0); /* m: 1632 -> 1635,0 */
	reached2[1632] = 1;
	trans[2][1632]	= settr(3823,2,1635,1324,1324,"x = (x+1)", 1, 2, 0);
	trans[2][1633]	= settr(3824,2,1648,2,0,"else", 1, 2, 0);
	trans[2][1634]	= settr(3825,2,1648,1,0,"goto :b74", 1, 2, 0);
	trans[2][1637]	= settr(3828,2,1648,1,0,"break", 1, 2, 0);
	T = trans[ 2][1648] = settr(3839,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3839,0,1639,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1639]	= settr(3830,2,1645,1325,1325,"x = 0", 1, 2, 0);
	trans[2][1646]	= settr(3837,2,1645,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1645] = settr(3836,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3836,2,1640,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3836,2,1643,0,0,"DO", 1, 2, 0);
	trans[2][1640]	= settr(3831,2,1645,1326,1326,"((x<5))", 1, 2, 0); /* m: 1641 -> 1645,0 */
	reached2[1641] = 1;
	trans[2][1641]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[2][1642]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[2][1643]	= settr(3834,2,1649,2,0,"else", 1, 2, 0);
	trans[2][1644]	= settr(3835,2,1649,1,0,"goto :b75", 1, 2, 0); /* m: 1649 -> 0,1674 */
	reached2[1649] = 1;
	trans[2][1647]	= settr(3838,2,1649,1,0,"break", 1, 2, 0);
	trans[2][1649]	= settr(3840,2,1674,1327,1327,"hdr[pa[4]] = ( ((t_==0)) -> (0) : (( (((t_==1)||(t_==2))) -> (1) : (2) )) )", 1, 2, 0);
	T = trans[ 2][1674] = settr(3865,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3865,0,1650,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1650]	= settr(3841,2,1671,1328,1328,"x = 0", 1, 2, 0);
	trans[2][1672]	= settr(3863,2,1671,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1671] = settr(3862,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3862,2,1651,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3862,2,1669,0,0,"DO", 1, 2, 0);
	trans[2][1651]	= settr(3842,2,1658,1329,0,"((x<5))", 1, 2, 0);
	T = trans[2][1658] = settr(3849,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3849,2,1652,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3849,2,1656,0,0,"IF", 1, 2, 0);
	trans[2][1652]	= settr(3843,2,1655,1330,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][1655] = settr(3846,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3846,0,1653,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1653]	= settr(3844,2,1666,1331,1331,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 1654 -> 0,1666 */
	reached2[1654] = 1;
	trans[2][1654]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1659]	= settr(3850,2,1666,1,0,".(goto)", 1, 2, 0);
	trans[2][1656]	= settr(3847,2,1657,2,0,"else", 1, 2, 0);
	trans[2][1657]	= settr(3848,2,1666,1,0,"(1)", 1, 2, 0);
	T = trans[2][1666] = settr(3857,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3857,2,1660,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3857,2,1664,0,0,"IF", 1, 2, 0);
	trans[2][1660]	= settr(3851,2,1663,1332,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][1663] = settr(3854,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3854,0,1661,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1661]	= settr(3852,2,1671,1333,1333,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 1662 -> 0,1671 */
	reached2[1662] = 1;
	trans[2][1662]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1667]	= settr(3858,2,1668,1,0,".(goto)", 1, 2, 0); /* m: 1668 -> 0,1671 */
	reached2[1668] = 1;
	trans[2][1664]	= settr(3855,2,1665,2,0,"else", 1, 2, 0);
	trans[2][1665]	= settr(3856,2,1671,1334,1334,"(1)", 1, 2, 0); /* m: 1668 -> 1671,0 */
	reached2[1668] = 1;
	trans[2][1668]	= settr(3859,2,1671,1335,1335,"x = (x+1)", 1, 2, 0);
	trans[2][1669]	= settr(3860,2,1675,2,0,"else", 1, 2, 0);
	trans[2][1670]	= settr(3861,2,1675,1,0,"goto :b76", 1, 2, 0); /* m: 1675 -> 0,1700 */
	reached2[1675] = 1;
	trans[2][1673]	= settr(3864,2,1675,1,0,"break", 1, 2, 0);
	trans[2][1675]	= settr(3866,2,1700,1336,1336,"hdr[pa[t_]] = 255", 1, 2, 0);
	T = trans[ 2][1700] = settr(3891,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3891,0,1676,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1676]	= settr(3867,2,1697,1337,1337,"x = 0", 1, 2, 0);
	trans[2][1698]	= settr(3889,2,1697,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1697] = settr(3888,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3888,2,1677,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3888,2,1695,0,0,"DO", 1, 2, 0);
	trans[2][1677]	= settr(3868,2,1684,1338,0,"((x<5))", 1, 2, 0);
	T = trans[2][1684] = settr(3875,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3875,2,1678,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3875,2,1682,0,0,"IF", 1, 2, 0);
	trans[2][1678]	= settr(3869,2,1681,1339,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][1681] = settr(3872,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3872,0,1679,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1679]	= settr(3870,2,1692,1340,1340,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 1680 -> 0,1692 */
	reached2[1680] = 1;
	trans[2][1680]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1685]	= settr(3876,2,1692,1,0,".(goto)", 1, 2, 0);
	trans[2][1682]	= settr(3873,2,1683,2,0,"else", 1, 2, 0);
	trans[2][1683]	= settr(3874,2,1692,1,0,"(1)", 1, 2, 0);
	T = trans[2][1692] = settr(3883,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3883,2,1686,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3883,2,1690,0,0,"IF", 1, 2, 0);
	trans[2][1686]	= settr(3877,2,1689,1341,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][1689] = settr(3880,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3880,0,1687,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1687]	= settr(3878,2,1697,1342,1342,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 1688 -> 0,1697 */
	reached2[1688] = 1;
	trans[2][1688]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1693]	= settr(3884,2,1694,1,0,".(goto)", 1, 2, 0); /* m: 1694 -> 0,1697 */
	reached2[1694] = 1;
	trans[2][1690]	= settr(3881,2,1691,2,0,"else", 1, 2, 0);
	trans[2][1691]	= settr(3882,2,1697,1343,1343,"(1)", 1, 2, 0); /* m: 1694 -> 1697,0 */
	reached2[1694] = 1;
	trans[2][1694]	= settr(3885,2,1697,1344,1344,"x = (x+1)", 1, 2, 0);
	trans[2][1695]	= settr(3886,2,1701,2,0,"else", 1, 2, 0);
	trans[2][1696]	= settr(3887,2,1701,1,0,"goto :b77", 1, 2, 0); /* m: 1701 -> 0,1730 */
	reached2[1701] = 1;
	trans[2][1699]	= settr(3890,2,1701,1,0,"break", 1, 2, 0);
	trans[2][1701]	= settr(3892,2,1730,1345,1345,"x = pa[4]", 1, 2, 0); /* m: 1702 -> 0,1730 */
	reached2[1702] = 1;
	trans[2][1702]	= settr(0,0,0,0,0,"pa[4] = pa[t_]",0,0,0);
	trans[2][1703]	= settr(0,0,0,0,0,"pa[t_] = x",0,0,0);
	trans[2][1704]	= settr(0,0,0,0,0,"shown[4] = 1",0,0,0);
	trans[2][1705]	= settr(0,0,0,0,0,"shown[t_] = 1",0,0,0);
	T = trans[ 2][1730] = settr(3921,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3921,0,1706,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1706]	= settr(3897,2,1727,1346,1346,"x = 0", 1, 2, 0);
	trans[2][1728]	= settr(3919,2,1727,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1727] = settr(3918,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3918,2,1707,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3918,2,1725,0,0,"DO", 1, 2, 0);
	trans[2][1707]	= settr(3898,2,1714,1347,0,"((x<5))", 1, 2, 0);
	T = trans[2][1714] = settr(3905,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3905,2,1708,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3905,2,1712,0,0,"IF", 1, 2, 0);
	trans[2][1708]	= settr(3899,2,1711,1348,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][1711] = settr(3902,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3902,0,1709,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1709]	= settr(3900,2,1722,1349,1349,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 1710 -> 0,1722 */
	reached2[1710] = 1;
	trans[2][1710]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1715]	= settr(3906,2,1722,1,0,".(goto)", 1, 2, 0);
	trans[2][1712]	= settr(3903,2,1713,2,0,"else", 1, 2, 0);
	trans[2][1713]	= settr(3904,2,1722,1,0,"(1)", 1, 2, 0);
	T = trans[2][1722] = settr(3913,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3913,2,1716,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3913,2,1720,0,0,"IF", 1, 2, 0);
	trans[2][1716]	= settr(3907,2,1719,1350,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][1719] = settr(3910,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3910,0,1717,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1717]	= settr(3908,2,1727,1351,1351,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 1718 -> 0,1727 */
	reached2[1718] = 1;
	trans[2][1718]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][1723]	= settr(3914,2,1724,1,0,".(goto)", 1, 2, 0); /* m: 1724 -> 0,1727 */
	reached2[1724] = 1;
	trans[2][1720]	= settr(3911,2,1721,2,0,"else", 1, 2, 0);
	trans[2][1721]	= settr(3912,2,1727,1352,1352,"(1)", 1, 2, 0); /* m: 1724 -> 1727,0 */
	reached2[1724] = 1;
	trans[2][1724]	= settr(3915,2,1727,1353,1353,"x = (x+1)", 1, 2, 0);
	trans[2][1725]	= settr(3916,2,1740,2,0,"else", 1, 2, 0);
	trans[2][1726]	= settr(3917,2,1740,1,0,"goto :b78", 1, 2, 0);
	trans[2][1729]	= settr(3920,2,1740,1,0,"break", 1, 2, 0);
	T = trans[ 2][1740] = settr(3931,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3931,0,1731,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1731]	= settr(3922,2,1737,1354,1354,"x = 0", 1, 2, 0);
	trans[2][1738]	= settr(3929,2,1737,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1737] = settr(3928,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3928,2,1732,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3928,2,1735,0,0,"DO", 1, 2, 0);
	trans[2][1732]	= settr(3923,2,1737,1355,1355,"((x<5))", 1, 2, 0); /* m: 1733 -> 1737,0 */
	reached2[1733] = 1;
	trans[2][1733]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[2][1734]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[2][1735]	= settr(3926,2,1742,2,0,"else", 1, 2, 0);
	trans[2][1736]	= settr(3927,2,1742,1,0,"goto :b79", 1, 2, 0); /* m: 1742 -> 0,1754 */
	reached2[1742] = 1;
	trans[2][1739]	= settr(3930,2,1742,1,0,"break", 1, 2, 0);
	trans[2][1742]	= settr(3933,2,1754,1356,1356,"res = (msg[4].ncaps-msg[4].failed)", 1, 2, 0);
	T = trans[ 2][1754] = settr(3945,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3945,0,1743,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1743]	= settr(3934,2,1751,1357,1357,"n = 0", 1, 2, 0); /* m: 1744 -> 0,1751 */
	reached2[1744] = 1;
	trans[2][1744]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][1752]	= settr(3943,2,1751,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1751] = settr(3942,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(3942,2,1745,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(3942,2,1749,0,0,"DO", 1, 2, 0);
	trans[2][1745]	= settr(3936,2,1751,1358,1358,"((j<msg[4].ncaps))", 1, 2, 0); /* m: 1746 -> 1751,0 */
	reached2[1746] = 1;
	trans[2][1746]	= settr(0,0,0,0,0,"assert((((msg[4].landed>>j)&1)==(dst[((t_*2)+j)]==(4+1))))",0,0,0);
	trans[2][1747]	= settr(0,0,0,0,0,"n = (n+((msg[4].landed>>j)&1))",0,0,0);
	trans[2][1748]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1749]	= settr(3940,2,1755,2,0,"else", 1, 2, 0);
	trans[2][1750]	= settr(3941,2,1755,1,0,"goto :b80", 1, 2, 0); /* m: 1755 -> 0,1838 */
	reached2[1755] = 1;
	trans[2][1753]	= settr(3944,2,1755,1,0,"break", 1, 2, 0);
	trans[2][1755]	= settr(3946,2,1838,1359,1359,"assert((n==res))", 1, 2, 0);
	T = trans[ 2][1838] = settr(4029,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4029,0,1804,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1804] = settr(3995,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3995,2,1756,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3995,2,1802,0,0,"IF", 1, 2, 0);
	trans[2][1756]	= settr(3947,2,1801,1360,0,"(((0!=0)&&(msg[4].reply!=0)))", 1, 2, 0);
	T = trans[ 2][1801] = settr(3992,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3992,0,1799,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1799] = settr(3990,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3990,2,1757,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3990,2,1797,0,0,"IF", 1, 2, 0);
	trans[2][1757]	= settr(3948,2,1795,1361,1361,"((r_armed&&(msg[4].reply==r_gen)))", 1, 2, 0); /* m: 1758 -> 1795,0 */
	reached2[1758] = 1;
	trans[2][1758]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][1759]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][1795] = settr(3986,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3986,2,1760,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3986,2,1793,0,0,"IF", 1, 2, 0);
	trans[2][1760]	= settr(3951,2,1792,1362,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][1792] = settr(3983,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3983,0,1761,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1761]	= settr(3952,2,1784,1363,1363,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1762 -> 0,1784 */
	reached2[1762] = 1;
	trans[2][1762]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1763]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1764]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1765]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1766]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1767]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1768]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1769]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[2][1770]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1771]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1772]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1773]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1784] = settr(3975,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3975,2,1774,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3975,2,1782,0,0,"IF", 1, 2, 0);
	trans[2][1774]	= settr(3965,2,1781,1364,1364,"((fw!=255))", 1, 2, 0); /* m: 1775 -> 1781,0 */
	reached2[1775] = 1;
	trans[2][1775]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1776]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1781] = settr(3972,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(3972,0,1777,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1777]	= settr(3968,2,1790,1365,1365,"twait[fw] = 0", 1, 2, 0); /* m: 1778 -> 0,1790 */
	reached2[1778] = 1;
	trans[2][1778]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1779]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][1780]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1785]	= settr(3976,2,1790,1,0,".(goto)", 1, 2, 0);
	trans[2][1782]	= settr(3973,2,1783,2,0,"else", 1, 2, 0);
	trans[2][1783]	= settr(3974,2,1790,1366,1366,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1790] = settr(3981,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(3981,2,1786,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(3981,2,1788,0,0,"IF", 1, 2, 0);
	trans[2][1786]	= settr(3977,2,1837,1367,1367,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1787 -> 1837,0 */
	reached2[1787] = 1;
	trans[2][1787]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1791]	= settr(3982,2,1837,1,0,".(goto)", 1, 2, 0);
	trans[2][1788]	= settr(3979,2,1789,2,0,"else", 1, 2, 0);
	trans[2][1789]	= settr(3980,2,1837,1,0,"(1)", 1, 2, 0);
	trans[2][1796]	= settr(3987,2,1837,1,0,".(goto)", 1, 2, 0);
	trans[2][1793]	= settr(3984,2,1794,2,0,"else", 1, 2, 0);
	trans[2][1794]	= settr(3985,2,1837,1,0,"(1)", 1, 2, 0);
	trans[2][1800]	= settr(3991,2,1837,1,0,".(goto)", 1, 2, 0);
	trans[2][1797]	= settr(3988,2,1798,2,0,"else", 1, 2, 0);
	trans[2][1798]	= settr(3989,2,1837,1,0,"(1)", 1, 2, 0);
	trans[2][1805]	= settr(3996,2,1837,1,0,".(goto)", 1, 2, 0);
	trans[2][1802]	= settr(3993,2,1803,2,0,"else", 1, 2, 0);
	trans[2][1803]	= settr(3994,2,1837,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1837] = settr(4028,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4028,0,1806,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1806]	= settr(3997,2,1829,1368,1368,"msg[4].xfer = 0", 1, 2, 0); /* m: 1807 -> 0,1829 */
	reached2[1807] = 1;
	trans[2][1807]	= settr(0,0,0,0,0,"msg[4].state = 0",0,0,0);
	trans[2][1808]	= settr(0,0,0,0,0,"msg[4].is_source = 0",0,0,0);
	trans[2][1809]	= settr(0,0,0,0,0,"msg[4].peer = 255",0,0,0);
	trans[2][1810]	= settr(0,0,0,0,0,"msg[4].onq = 0",0,0,0);
	trans[2][1811]	= settr(0,0,0,0,0,"msg[4].ncaps = 0",0,0,0);
	trans[2][1812]	= settr(0,0,0,0,0,"msg[4].copied = 0",0,0,0);
	trans[2][1813]	= settr(0,0,0,0,0,"msg[4].failed = 0",0,0,0);
	trans[2][1814]	= settr(0,0,0,0,0,"msg[4].status = 0",0,0,0);
	trans[2][1815]	= settr(0,0,0,0,0,"msg[4].got_caps = res",0,0,0);
	trans[2][1816]	= settr(0,0,0,0,0,"msg[4].charged = 0",0,0,0);
	trans[2][1817]	= settr(0,0,0,0,0,"msg[4].reply = 0",0,0,0);
	trans[2][1818]	= settr(0,0,0,0,0,"fw = msg[4].waiter",0,0,0);
	T = trans[2][1829] = settr(4020,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4020,2,1819,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4020,2,1827,0,0,"IF", 1, 2, 0);
	trans[2][1819]	= settr(4010,2,1826,1369,1369,"((fw!=255))", 1, 2, 0); /* m: 1820 -> 1826,0 */
	reached2[1820] = 1;
	trans[2][1820]	= settr(0,0,0,0,0,"msg[4].waiter = 255",0,0,0);
	trans[2][1821]	= settr(0,0,0,0,0,"msg[4].delivered = 0",0,0,0);
	T = trans[ 2][1826] = settr(4017,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4017,0,1822,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1822]	= settr(4013,2,1835,1370,1370,"twait[fw] = 0", 1, 2, 0); /* m: 1823 -> 0,1835 */
	reached2[1823] = 1;
	trans[2][1823]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1824]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][1825]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1830]	= settr(4021,2,1835,1,0,".(goto)", 1, 2, 0);
	trans[2][1827]	= settr(4018,2,1828,2,0,"else", 1, 2, 0);
	trans[2][1828]	= settr(4019,2,1835,1371,1371,"msg[4].delivered = 1", 1, 2, 0);
	T = trans[2][1835] = settr(4026,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4026,2,1831,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4026,2,1833,0,0,"IF", 1, 2, 0);
	trans[2][1831]	= settr(4022,2,1921,1372,1372,"((msg[4].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1832 -> 1921,0 */
	reached2[1832] = 1;
	trans[2][1832]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1836]	= settr(4027,2,1921,1,0,".(goto)", 1, 2, 0);
	trans[2][1833]	= settr(4024,2,1834,2,0,"else", 1, 2, 0);
	trans[2][1834]	= settr(4025,2,1921,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1921] = settr(4112,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4112,0,1887,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1887] = settr(4078,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4078,2,1839,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4078,2,1885,0,0,"IF", 1, 2, 0);
	trans[2][1839]	= settr(4030,2,1884,1373,0,"(((0!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 2][1884] = settr(4075,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4075,0,1882,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1882] = settr(4073,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4073,2,1840,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4073,2,1880,0,0,"IF", 1, 2, 0);
	trans[2][1840]	= settr(4031,2,1878,1374,1374,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 1841 -> 1878,0 */
	reached2[1841] = 1;
	trans[2][1841]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][1842]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][1878] = settr(4069,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4069,2,1843,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4069,2,1876,0,0,"IF", 1, 2, 0);
	trans[2][1843]	= settr(4034,2,1875,1375,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][1875] = settr(4066,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4066,0,1844,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1844]	= settr(4035,2,1867,1376,1376,"msg[ft].xfer = 0", 1, 2, 0); /* m: 1845 -> 0,1867 */
	reached2[1845] = 1;
	trans[2][1845]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][1846]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][1847]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][1848]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][1849]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][1850]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][1851]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][1852]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[2][1853]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][1854]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][1855]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][1856]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][1867] = settr(4058,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4058,2,1857,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4058,2,1865,0,0,"IF", 1, 2, 0);
	trans[2][1857]	= settr(4048,2,1864,1377,1377,"((fw!=255))", 1, 2, 0); /* m: 1858 -> 1864,0 */
	reached2[1858] = 1;
	trans[2][1858]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][1859]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][1864] = settr(4055,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4055,0,1860,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1860]	= settr(4051,2,1873,1378,1378,"twait[fw] = 0", 1, 2, 0); /* m: 1861 -> 0,1873 */
	reached2[1861] = 1;
	trans[2][1861]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1862]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][1863]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1868]	= settr(4059,2,1873,1,0,".(goto)", 1, 2, 0);
	trans[2][1865]	= settr(4056,2,1866,2,0,"else", 1, 2, 0);
	trans[2][1866]	= settr(4057,2,1873,1379,1379,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][1873] = settr(4064,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4064,2,1869,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4064,2,1871,0,0,"IF", 1, 2, 0);
	trans[2][1869]	= settr(4060,2,1920,1380,1380,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1870 -> 1920,0 */
	reached2[1870] = 1;
	trans[2][1870]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1874]	= settr(4065,2,1920,1,0,".(goto)", 1, 2, 0);
	trans[2][1871]	= settr(4062,2,1872,2,0,"else", 1, 2, 0);
	trans[2][1872]	= settr(4063,2,1920,1,0,"(1)", 1, 2, 0);
	trans[2][1879]	= settr(4070,2,1920,1,0,".(goto)", 1, 2, 0);
	trans[2][1876]	= settr(4067,2,1877,2,0,"else", 1, 2, 0);
	trans[2][1877]	= settr(4068,2,1920,1,0,"(1)", 1, 2, 0);
	trans[2][1883]	= settr(4074,2,1920,1,0,".(goto)", 1, 2, 0);
	trans[2][1880]	= settr(4071,2,1881,2,0,"else", 1, 2, 0);
	trans[2][1881]	= settr(4072,2,1920,1,0,"(1)", 1, 2, 0);
	trans[2][1888]	= settr(4079,2,1920,1,0,".(goto)", 1, 2, 0);
	trans[2][1885]	= settr(4076,2,1886,2,0,"else", 1, 2, 0);
	trans[2][1886]	= settr(4077,2,1920,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][1920] = settr(4111,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4111,0,1889,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1889]	= settr(4080,2,1912,1381,1381,"msg[t_].xfer = 0", 1, 2, 0); /* m: 1890 -> 0,1912 */
	reached2[1890] = 1;
	trans[2][1890]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[2][1891]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[2][1892]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[2][1893]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[2][1894]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[2][1895]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[2][1896]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[2][1897]	= settr(0,0,0,0,0,"msg[t_].status = 0",0,0,0);
	trans[2][1898]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[2][1899]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[2][1900]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[2][1901]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[2][1912] = settr(4103,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4103,2,1902,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4103,2,1910,0,0,"IF", 1, 2, 0);
	trans[2][1902]	= settr(4093,2,1909,1382,1382,"((fw!=255))", 1, 2, 0); /* m: 1903 -> 1909,0 */
	reached2[1903] = 1;
	trans[2][1903]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[2][1904]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 2][1909] = settr(4100,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4100,0,1905,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1905]	= settr(4096,2,1918,1383,1383,"twait[fw] = 0", 1, 2, 0); /* m: 1906 -> 0,1918 */
	reached2[1906] = 1;
	trans[2][1906]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][1907]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][1908]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][1913]	= settr(4104,2,1918,1,0,".(goto)", 1, 2, 0);
	trans[2][1910]	= settr(4101,2,1911,2,0,"else", 1, 2, 0);
	trans[2][1911]	= settr(4102,2,1918,1384,1384,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[2][1918] = settr(4109,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4109,2,1914,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4109,2,1916,0,0,"IF", 1, 2, 0);
	trans[2][1914]	= settr(4105,2,1938,1385,1385,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 1915 -> 1938,0 */
	reached2[1915] = 1;
	trans[2][1915]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][1919]	= settr(4110,2,1922,1,0,".(goto)", 1, 2, 0); /* m: 1922 -> 0,1938 */
	reached2[1922] = 1;
	trans[2][1916]	= settr(4107,2,1917,2,0,"else", 1, 2, 0);
	trans[2][1917]	= settr(4108,2,1938,1386,1386,"(1)", 1, 2, 0); /* m: 1922 -> 1938,0 */
	reached2[1922] = 1;
	trans[2][1922]	= settr(4113,2,1938,1387,1387,"rret = 0", 1, 2, 0);
	T = trans[2][1938] = settr(4129,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4129,2,1928,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4129,2,1936,0,0,"IF", 1, 2, 0);
	trans[2][1928]	= settr(4119,2,1935,1388,1388,"((rret==255))", 1, 2, 0);
	T = trans[ 2][1935] = settr(4126,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4126,0,1933,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][1933] = settr(4124,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4124,2,1929,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4124,2,1931,0,0,"IF", 1, 2, 0);
	trans[2][1929]	= settr(4120,2,2781,1389,1389,"(msg[4].is_source)", 1, 2, 0); /* m: 1930 -> 2781,0 */
	reached2[1930] = 1;
	trans[2][1930]	= settr(0,0,0,0,0,"msg[4].xfer = 1",0,0,0);
	trans[2][1934]	= settr(4125,2,1940,1,0,".(goto)", 1, 2, 0); /* m: 1940 -> 0,2781 */
	reached2[1940] = 1;
	trans[2][1931]	= settr(4122,2,1932,2,0,"else", 1, 2, 0);
	trans[2][1932]	= settr(4123,2,2781,1390,1390,"msg[msg[4].peer].xfer = 1", 1, 2, 0); /* m: 1940 -> 0,2781 */
	reached2[1940] = 1;
	trans[2][1939]	= settr(4130,2,1940,1,0,".(goto)", 1, 2, 0); /* m: 1940 -> 0,2781 */
	reached2[1940] = 1;
	trans[2][1936]	= settr(4127,2,1937,2,0,"else", 1, 2, 0);
	trans[2][1937]	= settr(4128,2,2781,1391,1391,"msg[4].delivered = 0", 1, 2, 0); /* m: 1940 -> 0,2781 */
	reached2[1940] = 1;
	trans[2][1940]	= settr(4131,2,2781,1392,1392,"rret = 0", 1, 2, 0);
	trans[2][1946]	= settr(4137,2,2781,1,0,".(goto)", 1, 2, 0);
	trans[2][1943]	= settr(4134,2,1944,2,0,"else", 1, 2, 0);
	trans[2][1944]	= settr(4135,2,2781,1,0,"(1)", 1, 2, 0);
	trans[2][1955]	= settr(4146,2,2781,1,0,".(goto)", 1, 2, 0);
	trans[2][1952]	= settr(4143,2,1953,2,0,"else", 1, 2, 0);
	trans[2][1953]	= settr(4144,2,2781,1,0,"(1)", 1, 2, 0);
	T = trans[2][2781] = settr(4972,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4972,2,1956,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4972,2,2779,0,0,"IF", 1, 2, 0);
	trans[2][1956]	= settr(4147,2,2778,1393,0,"((k<2))", 1, 2, 0);
	T = trans[ 2][2778] = settr(4969,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4969,0,2776,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2776] = settr(4967,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4967,2,1957,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4967,2,1959,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4967,2,1961,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4967,2,1963,0,0,"IF", 1, 2, 0);
	trans[2][1957]	= settr(4148,2,2937,1394,1394,"((!(alive[5])||dying[5]))", 1, 2, 0); /* m: 1958 -> 2937,0 */
	reached2[1958] = 1;
	trans[2][1958]	= settr(0,0,0,0,0,"ret = 18",0,0,0);
	trans[2][2777]	= settr(4968,2,2937,1,0,".(goto)", 1, 2, 0);
	trans[2][1959]	= settr(4150,2,2937,1395,1395,"(!(alive[3]))", 1, 2, 0); /* m: 1960 -> 2937,0 */
	reached2[1960] = 1;
	trans[2][1960]	= settr(0,0,0,0,0,"ret = 9",0,0,0);
	trans[2][1961]	= settr(4152,2,2937,1396,1396,"((((alive[5]&&!(dying[5]))&&alive[3])&&(msg[3].state!=0)))", 1, 2, 0); /* m: 1962 -> 2937,0 */
	reached2[1962] = 1;
	trans[2][1962]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][1963]	= settr(4154,2,1965,2,0,"else", 1, 2, 0);
	T = trans[ 2][1965] = settr(4156,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4156,0,1964,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1964]	= settr(4155,2,2774,1397,1397,"ret = ( ((msg[3].payload&&!(dying[(9+3)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][2774] = settr(4965,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4965,2,1966,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4965,2,2772,0,0,"IF", 1, 2, 0);
	trans[2][1966]	= settr(4157,2,2734,1398,1398,"((ret==0))", 1, 2, 0); /* m: 1967 -> 2734,0 */
	reached2[1967] = 1;
	trans[2][1967]	= settr(0,0,0,0,0,"msg[3].delivered = 0",0,0,0);
	T = trans[ 2][2734] = settr(4925,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4925,0,2095,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][2095] = settr(4286,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4286,0,1968,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1968]	= settr(4159,2,2092,1399,1399,"i = 255", 1, 2, 0);
	trans[2][2093]	= settr(4284,2,2092,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2092] = settr(4283,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4283,2,1969,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4283,2,2090,0,0,"DO", 1, 2, 0);
	trans[2][1969]	= settr(4160,2,1990,1400,1400,"((qn[0]>0))", 1, 2, 0); /* m: 1970 -> 1990,0 */
	reached2[1970] = 1;
	trans[2][1970]	= settr(0,0,0,0,0,"w = ql[((0*3)+0)]",0,0,0);
	T = trans[ 2][1990] = settr(4181,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4181,0,1971,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1971]	= settr(4162,2,1976,1401,1401,"j = 0", 1, 2, 0);
	trans[2][1977]	= settr(4168,2,1976,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1976] = settr(4167,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4167,2,1972,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4167,2,1974,0,0,"DO", 1, 2, 0);
	trans[2][1972]	= settr(4163,2,1976,1402,1402,"(((j<qn[0])&&(ql[((0*3)+j)]!=w)))", 1, 2, 0); /* m: 1973 -> 1976,0 */
	reached2[1973] = 1;
	trans[2][1973]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1974]	= settr(4165,2,1979,2,0,"else", 1, 2, 0);
	trans[2][1975]	= settr(4166,2,1979,1,0,"goto :b82", 1, 2, 0); /* m: 1979 -> 0,1985 */
	reached2[1979] = 1;
	trans[2][1978]	= settr(4169,2,1979,1,0,"break", 1, 2, 0);
	trans[2][1979]	= settr(4170,2,1985,1403,1403,"assert((j<qn[0]))", 1, 2, 0);
	trans[2][1986]	= settr(4177,2,1985,1,0,".(goto)", 1, 2, 0);
	T = trans[2][1985] = settr(4176,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4176,2,1980,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4176,2,1983,0,0,"DO", 1, 2, 0);
	trans[2][1980]	= settr(4171,2,1985,1404,1404,"(((j+1)<qn[0]))", 1, 2, 0); /* m: 1981 -> 1985,0 */
	reached2[1981] = 1;
	trans[2][1981]	= settr(0,0,0,0,0,"ql[((0*3)+j)] = ql[((0*3)+(j+1))]",0,0,0);
	trans[2][1982]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][1983]	= settr(4174,2,1988,2,0,"else", 1, 2, 0);
	trans[2][1984]	= settr(4175,2,1988,1,0,"goto :b83", 1, 2, 0); /* m: 1988 -> 0,1992 */
	reached2[1988] = 1;
	trans[2][1987]	= settr(4178,2,1988,1,0,"break", 1, 2, 0);
	trans[2][1988]	= settr(4179,2,1992,1405,1405,"qn[0] = (qn[0]-1)", 1, 2, 0); /* m: 1989 -> 0,1992 */
	reached2[1989] = 1;
	trans[2][1989]	= settr(0,0,0,0,0,"ql[((0*3)+qn[0])] = 255",0,0,0);
	T = trans[ 2][1992] = settr(4183,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4183,0,1991,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1991]	= settr(4182,2,1998,1406,1406,"tt = ( ((msg[w].payload&&!(dying[(9+w)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][1998] = settr(4189,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4189,2,1993,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4189,2,1996,0,0,"IF", 1, 2, 0);
	trans[2][1993]	= settr(4184,2,1995,1407,0,"(((tt==0)&&1))", 1, 2, 0);
	T = trans[ 2][1995] = settr(4186,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4186,0,1994,0,0,"sub-sequence", 1, 2, 0);
	trans[2][1994]	= settr(4185,2,2088,1408,1408,"tt = ( ((msg[w].charged&&dying[7])) -> (18) : (0) )", 1, 2, 0); /* m: 2000 -> 0,2088 */
	reached2[2000] = 1;
	trans[2][1999]	= settr(4190,2,2000,1,0,".(goto)", 1, 2, 0); /* m: 2000 -> 0,2088 */
	reached2[2000] = 1;
	trans[2][1996]	= settr(4187,2,1997,2,0,"else", 1, 2, 0);
	trans[2][1997]	= settr(4188,2,2088,1409,1409,"(1)", 1, 2, 0); /* m: 2000 -> 2088,0 */
	reached2[2000] = 1;
	trans[2][2000]	= settr(4191,2,2088,1410,1410,"msg[w].onq = 0", 1, 2, 0);
	T = trans[2][2088] = settr(4279,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4279,2,2001,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4279,2,2004,0,0,"IF", 1, 2, 0);
	trans[2][2001]	= settr(4192,2,2732,1411,1411,"((tt==0))", 1, 2, 0); /* m: 2002 -> 2732,0 */
	reached2[2002] = 1;
	trans[2][2002]	= settr(0,0,0,0,0,"i = w",0,0,0);
	trans[2][2003]	= settr(4194,2,2732,1,0,"goto :b81", 1, 2, 0);
	trans[2][2089]	= settr(4280,2,2092,1,0,".(goto)", 1, 2, 0);
	trans[2][2004]	= settr(4195,2,2087,2,0,"else", 1, 2, 0);
	T = trans[ 2][2087] = settr(4278,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4278,0,2053,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2053] = settr(4244,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4244,2,2005,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4244,2,2051,0,0,"IF", 1, 2, 0);
	trans[2][2005]	= settr(4196,2,2050,1412,0,"(((tt!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 2][2050] = settr(4241,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4241,0,2048,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2048] = settr(4239,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4239,2,2006,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4239,2,2046,0,0,"IF", 1, 2, 0);
	trans[2][2006]	= settr(4197,2,2044,1413,1413,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 2007 -> 2044,0 */
	reached2[2007] = 1;
	trans[2][2007]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][2008]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][2044] = settr(4235,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4235,2,2009,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4235,2,2042,0,0,"IF", 1, 2, 0);
	trans[2][2009]	= settr(4200,2,2041,1414,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][2041] = settr(4232,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4232,0,2010,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2010]	= settr(4201,2,2033,1415,1415,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2011 -> 0,2033 */
	reached2[2011] = 1;
	trans[2][2011]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][2012]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][2013]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][2014]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][2015]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][2016]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][2017]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][2018]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[2][2019]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][2020]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][2021]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][2022]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][2033] = settr(4224,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4224,2,2023,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4224,2,2031,0,0,"IF", 1, 2, 0);
	trans[2][2023]	= settr(4214,2,2030,1416,1416,"((fw!=255))", 1, 2, 0); /* m: 2024 -> 2030,0 */
	reached2[2024] = 1;
	trans[2][2024]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][2025]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][2030] = settr(4221,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4221,0,2026,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2026]	= settr(4217,2,2039,1417,1417,"twait[fw] = 0", 1, 2, 0); /* m: 2027 -> 0,2039 */
	reached2[2027] = 1;
	trans[2][2027]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2028]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][2029]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2034]	= settr(4225,2,2039,1,0,".(goto)", 1, 2, 0);
	trans[2][2031]	= settr(4222,2,2032,2,0,"else", 1, 2, 0);
	trans[2][2032]	= settr(4223,2,2039,1418,1418,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][2039] = settr(4230,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4230,2,2035,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4230,2,2037,0,0,"IF", 1, 2, 0);
	trans[2][2035]	= settr(4226,2,2086,1419,1419,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2036 -> 2086,0 */
	reached2[2036] = 1;
	trans[2][2036]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2040]	= settr(4231,2,2086,1,0,".(goto)", 1, 2, 0);
	trans[2][2037]	= settr(4228,2,2038,2,0,"else", 1, 2, 0);
	trans[2][2038]	= settr(4229,2,2086,1,0,"(1)", 1, 2, 0);
	trans[2][2045]	= settr(4236,2,2086,1,0,".(goto)", 1, 2, 0);
	trans[2][2042]	= settr(4233,2,2043,2,0,"else", 1, 2, 0);
	trans[2][2043]	= settr(4234,2,2086,1,0,"(1)", 1, 2, 0);
	trans[2][2049]	= settr(4240,2,2086,1,0,".(goto)", 1, 2, 0);
	trans[2][2046]	= settr(4237,2,2047,2,0,"else", 1, 2, 0);
	trans[2][2047]	= settr(4238,2,2086,1,0,"(1)", 1, 2, 0);
	trans[2][2054]	= settr(4245,2,2086,1,0,".(goto)", 1, 2, 0);
	trans[2][2051]	= settr(4242,2,2052,2,0,"else", 1, 2, 0);
	trans[2][2052]	= settr(4243,2,2086,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2086] = settr(4277,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4277,0,2055,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2055]	= settr(4246,2,2078,1420,1420,"msg[w].xfer = 0", 1, 2, 0); /* m: 2056 -> 0,2078 */
	reached2[2056] = 1;
	trans[2][2056]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[2][2057]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[2][2058]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[2][2059]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[2][2060]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[2][2061]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[2][2062]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[2][2063]	= settr(0,0,0,0,0,"msg[w].status = tt",0,0,0);
	trans[2][2064]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[2][2065]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[2][2066]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[2][2067]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[2][2078] = settr(4269,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4269,2,2068,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4269,2,2076,0,0,"IF", 1, 2, 0);
	trans[2][2068]	= settr(4259,2,2075,1421,1421,"((fw!=255))", 1, 2, 0); /* m: 2069 -> 2075,0 */
	reached2[2069] = 1;
	trans[2][2069]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[2][2070]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 2][2075] = settr(4266,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4266,0,2071,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2071]	= settr(4262,2,2084,1422,1422,"twait[fw] = 0", 1, 2, 0); /* m: 2072 -> 0,2084 */
	reached2[2072] = 1;
	trans[2][2072]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2073]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][2074]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2079]	= settr(4270,2,2084,1,0,".(goto)", 1, 2, 0);
	trans[2][2076]	= settr(4267,2,2077,2,0,"else", 1, 2, 0);
	trans[2][2077]	= settr(4268,2,2084,1423,1423,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[2][2084] = settr(4275,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4275,2,2080,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4275,2,2082,0,0,"IF", 1, 2, 0);
	trans[2][2080]	= settr(4271,2,2092,1424,1424,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2081 -> 2092,0 */
	reached2[2081] = 1;
	trans[2][2081]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2085]	= settr(4276,2,2092,1,0,".(goto)", 1, 2, 0);
	trans[2][2082]	= settr(4273,2,2083,2,0,"else", 1, 2, 0);
	trans[2][2083]	= settr(4274,2,2092,1,0,"(1)", 1, 2, 0);
	trans[2][2090]	= settr(4281,2,2732,2,0,"else", 1, 2, 0);
	trans[2][2091]	= settr(4282,2,2732,1,0,"goto :b81", 1, 2, 0);
	trans[2][2094]	= settr(4285,2,2732,1,0,"break", 1, 2, 0);
	T = trans[2][2732] = settr(4923,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4923,2,2096,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4923,2,2103,0,0,"IF", 1, 2, 0);
	trans[2][2096]	= settr(4287,2,2101,1425,1425,"((i==255))", 1, 2, 0); /* m: 2097 -> 2101,0 */
	reached2[2097] = 1;
	trans[2][2097]	= settr(0,0,0,0,0,"msg[3].state = 2",0,0,0);
	trans[2][2098]	= settr(0,0,0,0,0,"msg[3].onq = 1",0,0,0);
	T = trans[ 2][2101] = settr(4292,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4292,0,2099,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2099]	= settr(4290,2,2745,1426,1426,"ql[((1*3)+qn[1])] = 3", 1, 2, 0); /* m: 2100 -> 0,2745 */
	reached2[2100] = 1;
	trans[2][2100]	= settr(0,0,0,0,0,"qn[1] = (qn[1]+1)",0,0,0);
	trans[2][2102]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[2][2733]	= settr(4924,2,2745,1,0,".(goto)", 1, 2, 0);
	trans[2][2103]	= settr(4294,2,2117,2,0,"else", 1, 2, 0);
	T = trans[ 2][2117] = settr(4308,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4308,0,2104,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2104]	= settr(4295,2,2731,1427,1427,"msg[i].state = 3", 1, 2, 0); /* m: 2105 -> 0,2731 */
	reached2[2105] = 1;
	trans[2][2105]	= settr(0,0,0,0,0,"msg[3].state = 3",0,0,0);
	trans[2][2106]	= settr(0,0,0,0,0,"msg[i].is_source = 1",0,0,0);
	trans[2][2107]	= settr(0,0,0,0,0,"msg[3].is_source = 0",0,0,0);
	trans[2][2108]	= settr(0,0,0,0,0,"msg[i].peer = 3",0,0,0);
	trans[2][2109]	= settr(0,0,0,0,0,"msg[3].peer = i",0,0,0);
	trans[2][2110]	= settr(0,0,0,0,0,"msg[i].ncaps = 2",0,0,0);
	trans[2][2111]	= settr(0,0,0,0,0,"msg[3].ncaps = 2",0,0,0);
	trans[2][2112]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[2][2113]	= settr(0,0,0,0,0,"msg[3].copied = 0",0,0,0);
	trans[2][2114]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[2][2115]	= settr(0,0,0,0,0,"msg[3].failed = 0",0,0,0);
	trans[2][2116]	= settr(0,0,0,0,0,"msg[i].landed = 0",0,0,0);
	T = trans[ 2][2731] = settr(4922,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4922,0,2118,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2118]	= settr(4309,2,2120,1428,1428,"t_ = msg[i].peer", 1, 2, 0);
	T = trans[ 2][2120] = settr(4311,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4311,0,2119,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2119]	= settr(4310,2,2122,1429,1429,"st = ( ((msg[i].payload&&!(dying[(9+i)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[ 2][2122] = settr(4313,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4313,0,2121,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2121]	= settr(4312,2,2729,1430,1430,"tt = ( ((msg[t_].payload&&!(dying[(9+t_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[2][2729] = settr(4920,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4920,2,2123,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4920,2,2308,0,0,"IF", 1, 2, 0);
	trans[2][2123]	= settr(4314,2,2138,1431,0,"(((st!=0)||(tt!=0)))", 1, 2, 0);
	T = trans[ 2][2138] = settr(4329,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4329,0,2124,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2124]	= settr(4315,2,2136,1432,1432,"x = (msg[i].landed&((1<<msg[i].copied)-1))", 1, 2, 0);
	T = trans[ 2][2136] = settr(4327,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4327,0,2125,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2125]	= settr(4316,2,2133,1433,1433,"n = 0", 1, 2, 0); /* m: 2126 -> 0,2133 */
	reached2[2126] = 1;
	trans[2][2126]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][2134]	= settr(4325,2,2133,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2133] = settr(4324,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4324,2,2127,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4324,2,2131,0,0,"DO", 1, 2, 0);
	trans[2][2127]	= settr(4318,2,2133,1434,1434,"((j<msg[i].ncaps))", 1, 2, 0); /* m: 2128 -> 2133,0 */
	reached2[2128] = 1;
	trans[2][2128]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(i+1))))",0,0,0);
	trans[2][2129]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[2][2130]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][2131]	= settr(4322,2,2137,2,0,"else", 1, 2, 0);
	trans[2][2132]	= settr(4323,2,2137,1,0,"goto :b84", 1, 2, 0); /* m: 2137 -> 0,2223 */
	reached2[2137] = 1;
	trans[2][2135]	= settr(4326,2,2137,1,0,"break", 1, 2, 0);
	trans[2][2137]	= settr(4328,2,2223,1435,1435,"res = n", 1, 2, 0); /* m: 2139 -> 0,2223 */
	reached2[2139] = 1;
	trans[2][2139]	= settr(0,0,0,0,0,"st = ( ((st!=0)) -> (st) : (18) )",0,0,0);
	trans[2][2140]	= settr(0,0,0,0,0,"tt = ( ((tt!=0)) -> (tt) : (18) )",0,0,0);
	T = trans[ 2][2223] = settr(4414,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4414,0,2189,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2189] = settr(4380,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4380,2,2141,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4380,2,2187,0,0,"IF", 1, 2, 0);
	trans[2][2141]	= settr(4332,2,2186,1436,0,"(((st!=0)&&(msg[i].reply!=0)))", 1, 2, 0);
	T = trans[ 2][2186] = settr(4377,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4377,0,2184,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2184] = settr(4375,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4375,2,2142,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4375,2,2182,0,0,"IF", 1, 2, 0);
	trans[2][2142]	= settr(4333,2,2180,1437,1437,"((r_armed&&(msg[i].reply==r_gen)))", 1, 2, 0); /* m: 2143 -> 2180,0 */
	reached2[2143] = 1;
	trans[2][2143]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][2144]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][2180] = settr(4371,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4371,2,2145,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4371,2,2178,0,0,"IF", 1, 2, 0);
	trans[2][2145]	= settr(4336,2,2177,1438,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][2177] = settr(4368,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4368,0,2146,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2146]	= settr(4337,2,2169,1439,1439,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2147 -> 0,2169 */
	reached2[2147] = 1;
	trans[2][2147]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][2148]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][2149]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][2150]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][2151]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][2152]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][2153]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][2154]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][2155]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][2156]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][2157]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][2158]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][2169] = settr(4360,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4360,2,2159,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4360,2,2167,0,0,"IF", 1, 2, 0);
	trans[2][2159]	= settr(4350,2,2166,1440,1440,"((fw!=255))", 1, 2, 0); /* m: 2160 -> 2166,0 */
	reached2[2160] = 1;
	trans[2][2160]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][2161]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][2166] = settr(4357,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4357,0,2162,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2162]	= settr(4353,2,2175,1441,1441,"twait[fw] = 0", 1, 2, 0); /* m: 2163 -> 0,2175 */
	reached2[2163] = 1;
	trans[2][2163]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2164]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][2165]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2170]	= settr(4361,2,2175,1,0,".(goto)", 1, 2, 0);
	trans[2][2167]	= settr(4358,2,2168,2,0,"else", 1, 2, 0);
	trans[2][2168]	= settr(4359,2,2175,1442,1442,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][2175] = settr(4366,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4366,2,2171,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4366,2,2173,0,0,"IF", 1, 2, 0);
	trans[2][2171]	= settr(4362,2,2222,1443,1443,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2172 -> 2222,0 */
	reached2[2172] = 1;
	trans[2][2172]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2176]	= settr(4367,2,2222,1,0,".(goto)", 1, 2, 0);
	trans[2][2173]	= settr(4364,2,2174,2,0,"else", 1, 2, 0);
	trans[2][2174]	= settr(4365,2,2222,1,0,"(1)", 1, 2, 0);
	trans[2][2181]	= settr(4372,2,2222,1,0,".(goto)", 1, 2, 0);
	trans[2][2178]	= settr(4369,2,2179,2,0,"else", 1, 2, 0);
	trans[2][2179]	= settr(4370,2,2222,1,0,"(1)", 1, 2, 0);
	trans[2][2185]	= settr(4376,2,2222,1,0,".(goto)", 1, 2, 0);
	trans[2][2182]	= settr(4373,2,2183,2,0,"else", 1, 2, 0);
	trans[2][2183]	= settr(4374,2,2222,1,0,"(1)", 1, 2, 0);
	trans[2][2190]	= settr(4381,2,2222,1,0,".(goto)", 1, 2, 0);
	trans[2][2187]	= settr(4378,2,2188,2,0,"else", 1, 2, 0);
	trans[2][2188]	= settr(4379,2,2222,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2222] = settr(4413,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4413,0,2191,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2191]	= settr(4382,2,2214,1444,1444,"msg[i].xfer = 0", 1, 2, 0); /* m: 2192 -> 0,2214 */
	reached2[2192] = 1;
	trans[2][2192]	= settr(0,0,0,0,0,"msg[i].state = 0",0,0,0);
	trans[2][2193]	= settr(0,0,0,0,0,"msg[i].is_source = 0",0,0,0);
	trans[2][2194]	= settr(0,0,0,0,0,"msg[i].peer = 255",0,0,0);
	trans[2][2195]	= settr(0,0,0,0,0,"msg[i].onq = 0",0,0,0);
	trans[2][2196]	= settr(0,0,0,0,0,"msg[i].ncaps = 0",0,0,0);
	trans[2][2197]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[2][2198]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[2][2199]	= settr(0,0,0,0,0,"msg[i].status = st",0,0,0);
	trans[2][2200]	= settr(0,0,0,0,0,"msg[i].got_caps = res",0,0,0);
	trans[2][2201]	= settr(0,0,0,0,0,"msg[i].charged = 0",0,0,0);
	trans[2][2202]	= settr(0,0,0,0,0,"msg[i].reply = 0",0,0,0);
	trans[2][2203]	= settr(0,0,0,0,0,"fw = msg[i].waiter",0,0,0);
	T = trans[2][2214] = settr(4405,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4405,2,2204,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4405,2,2212,0,0,"IF", 1, 2, 0);
	trans[2][2204]	= settr(4395,2,2211,1445,1445,"((fw!=255))", 1, 2, 0); /* m: 2205 -> 2211,0 */
	reached2[2205] = 1;
	trans[2][2205]	= settr(0,0,0,0,0,"msg[i].waiter = 255",0,0,0);
	trans[2][2206]	= settr(0,0,0,0,0,"msg[i].delivered = 0",0,0,0);
	T = trans[ 2][2211] = settr(4402,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4402,0,2207,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2207]	= settr(4398,2,2220,1446,1446,"twait[fw] = 0", 1, 2, 0); /* m: 2208 -> 0,2220 */
	reached2[2208] = 1;
	trans[2][2208]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2209]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][2210]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2215]	= settr(4406,2,2220,1,0,".(goto)", 1, 2, 0);
	trans[2][2212]	= settr(4403,2,2213,2,0,"else", 1, 2, 0);
	trans[2][2213]	= settr(4404,2,2220,1447,1447,"msg[i].delivered = 1", 1, 2, 0);
	T = trans[2][2220] = settr(4411,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4411,2,2216,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4411,2,2218,0,0,"IF", 1, 2, 0);
	trans[2][2216]	= settr(4407,2,2306,1448,1448,"((msg[i].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2217 -> 2306,0 */
	reached2[2217] = 1;
	trans[2][2217]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2221]	= settr(4412,2,2306,1,0,".(goto)", 1, 2, 0);
	trans[2][2218]	= settr(4409,2,2219,2,0,"else", 1, 2, 0);
	trans[2][2219]	= settr(4410,2,2306,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2306] = settr(4497,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4497,0,2272,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2272] = settr(4463,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4463,2,2224,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4463,2,2270,0,0,"IF", 1, 2, 0);
	trans[2][2224]	= settr(4415,2,2269,1449,0,"(((tt!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 2][2269] = settr(4460,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4460,0,2267,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2267] = settr(4458,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4458,2,2225,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4458,2,2265,0,0,"IF", 1, 2, 0);
	trans[2][2225]	= settr(4416,2,2263,1450,1450,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 2226 -> 2263,0 */
	reached2[2226] = 1;
	trans[2][2226]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][2227]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][2263] = settr(4454,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4454,2,2228,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4454,2,2261,0,0,"IF", 1, 2, 0);
	trans[2][2228]	= settr(4419,2,2260,1451,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][2260] = settr(4451,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4451,0,2229,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2229]	= settr(4420,2,2252,1452,1452,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2230 -> 0,2252 */
	reached2[2230] = 1;
	trans[2][2230]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][2231]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][2232]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][2233]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][2234]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][2235]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][2236]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][2237]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[2][2238]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][2239]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][2240]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][2241]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][2252] = settr(4443,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4443,2,2242,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4443,2,2250,0,0,"IF", 1, 2, 0);
	trans[2][2242]	= settr(4433,2,2249,1453,1453,"((fw!=255))", 1, 2, 0); /* m: 2243 -> 2249,0 */
	reached2[2243] = 1;
	trans[2][2243]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][2244]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][2249] = settr(4440,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4440,0,2245,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2245]	= settr(4436,2,2258,1454,1454,"twait[fw] = 0", 1, 2, 0); /* m: 2246 -> 0,2258 */
	reached2[2246] = 1;
	trans[2][2246]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2247]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][2248]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2253]	= settr(4444,2,2258,1,0,".(goto)", 1, 2, 0);
	trans[2][2250]	= settr(4441,2,2251,2,0,"else", 1, 2, 0);
	trans[2][2251]	= settr(4442,2,2258,1455,1455,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][2258] = settr(4449,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4449,2,2254,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4449,2,2256,0,0,"IF", 1, 2, 0);
	trans[2][2254]	= settr(4445,2,2305,1456,1456,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2255 -> 2305,0 */
	reached2[2255] = 1;
	trans[2][2255]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2259]	= settr(4450,2,2305,1,0,".(goto)", 1, 2, 0);
	trans[2][2256]	= settr(4447,2,2257,2,0,"else", 1, 2, 0);
	trans[2][2257]	= settr(4448,2,2305,1,0,"(1)", 1, 2, 0);
	trans[2][2264]	= settr(4455,2,2305,1,0,".(goto)", 1, 2, 0);
	trans[2][2261]	= settr(4452,2,2262,2,0,"else", 1, 2, 0);
	trans[2][2262]	= settr(4453,2,2305,1,0,"(1)", 1, 2, 0);
	trans[2][2268]	= settr(4459,2,2305,1,0,".(goto)", 1, 2, 0);
	trans[2][2265]	= settr(4456,2,2266,2,0,"else", 1, 2, 0);
	trans[2][2266]	= settr(4457,2,2305,1,0,"(1)", 1, 2, 0);
	trans[2][2273]	= settr(4464,2,2305,1,0,".(goto)", 1, 2, 0);
	trans[2][2270]	= settr(4461,2,2271,2,0,"else", 1, 2, 0);
	trans[2][2271]	= settr(4462,2,2305,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2305] = settr(4496,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4496,0,2274,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2274]	= settr(4465,2,2297,1457,1457,"msg[t_].xfer = 0", 1, 2, 0); /* m: 2275 -> 0,2297 */
	reached2[2275] = 1;
	trans[2][2275]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[2][2276]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[2][2277]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[2][2278]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[2][2279]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[2][2280]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[2][2281]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[2][2282]	= settr(0,0,0,0,0,"msg[t_].status = tt",0,0,0);
	trans[2][2283]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[2][2284]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[2][2285]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[2][2286]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[2][2297] = settr(4488,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4488,2,2287,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4488,2,2295,0,0,"IF", 1, 2, 0);
	trans[2][2287]	= settr(4478,2,2294,1458,1458,"((fw!=255))", 1, 2, 0); /* m: 2288 -> 2294,0 */
	reached2[2288] = 1;
	trans[2][2288]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[2][2289]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 2][2294] = settr(4485,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4485,0,2290,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2290]	= settr(4481,2,2303,1459,1459,"twait[fw] = 0", 1, 2, 0); /* m: 2291 -> 0,2303 */
	reached2[2291] = 1;
	trans[2][2291]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2292]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[2][2293]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2298]	= settr(4489,2,2303,1,0,".(goto)", 1, 2, 0);
	trans[2][2295]	= settr(4486,2,2296,2,0,"else", 1, 2, 0);
	trans[2][2296]	= settr(4487,2,2303,1460,1460,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[2][2303] = settr(4494,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4494,2,2299,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4494,2,2301,0,0,"IF", 1, 2, 0);
	trans[2][2299]	= settr(4490,2,2745,1461,1461,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2300 -> 2745,0 */
	reached2[2300] = 1;
	trans[2][2300]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2304]	= settr(4495,2,2307,1,0,".(goto)", 1, 2, 0); /* m: 2307 -> 0,2745 */
	reached2[2307] = 1;
	trans[2][2301]	= settr(4492,2,2302,2,0,"else", 1, 2, 0);
	trans[2][2302]	= settr(4493,2,2745,1462,1462,"(1)", 1, 2, 0); /* m: 2307 -> 2745,0 */
	reached2[2307] = 1;
	trans[2][2307]	= settr(4498,2,2745,1463,1463,"ret = 0", 1, 2, 0);
	trans[2][2730]	= settr(4921,2,2745,1,0,".(goto)", 1, 2, 0);
	trans[2][2308]	= settr(4499,2,2309,2,0,"else", 1, 2, 0);
	trans[2][2309]	= settr(4500,2,2332,1464,1464,"cut = 0", 1, 2, 0);
	trans[2][2333]	= settr(4524,2,2332,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2332] = settr(4523,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4523,2,2310,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4523,2,2330,0,0,"DO", 1, 2, 0);
	trans[2][2310]	= settr(4501,2,2320,1465,0,"((msg[i].copied<msg[i].ncaps))", 1, 2, 0);
	T = trans[ 2][2320] = settr(4511,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4511,0,2318,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2318] = settr(4509,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4509,2,2311,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4509,2,2316,0,0,"IF", 1, 2, 0);
	trans[2][2311]	= settr(4502,2,2328,1466,1466,"(((src[i]&(1<<msg[i].copied))&&(dst[((t_*2)+msg[i].copied)]==0)))", 1, 2, 0); /* m: 2312 -> 2328,0 */
	reached2[2312] = 1;
	trans[2][2312]	= settr(0,0,0,0,0,"assert(!((ncopy[i]&(1<<msg[i].copied))))",0,0,0);
	trans[2][2313]	= settr(0,0,0,0,0,"ncopy[i] = (ncopy[i]|(1<<msg[i].copied))",0,0,0);
	trans[2][2314]	= settr(0,0,0,0,0,"dst[((t_*2)+msg[i].copied)] = (i+1)",0,0,0);
	trans[2][2315]	= settr(0,0,0,0,0,"msg[i].landed = (msg[i].landed|(1<<msg[i].copied))",0,0,0);
	trans[2][2319]	= settr(4510,2,2321,1,0,".(goto)", 1, 2, 0); /* m: 2321 -> 0,2328 */
	reached2[2321] = 1;
	trans[2][2316]	= settr(4507,2,2317,2,0,"else", 1, 2, 0);
	trans[2][2317]	= settr(4508,2,2328,1467,1467,"msg[i].failed = (msg[i].failed+1)", 1, 2, 0); /* m: 2321 -> 0,2328 */
	reached2[2321] = 1;
	trans[2][2321]	= settr(4512,2,2328,1468,1468,"msg[i].copied = (msg[i].copied+1)", 1, 2, 0); /* m: 2322 -> 0,2328 */
	reached2[2322] = 1;
	trans[2][2322]	= settr(0,0,0,0,0,"msg[t_].copied = msg[i].copied",0,0,0);
	T = trans[2][2328] = settr(4519,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4519,2,2323,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4519,2,2326,0,0,"IF", 1, 2, 0);
	trans[2][2323]	= settr(4514,2,2727,1469,1469,"((msg[i].copied<msg[i].ncaps))", 1, 2, 0); /* m: 2324 -> 2727,0 */
	reached2[2324] = 1;
	trans[2][2324]	= settr(0,0,0,0,0,"cut = 1",0,0,0);
	trans[2][2325]	= settr(4516,2,2727,1,0,"goto :b85", 1, 2, 0);
	trans[2][2329]	= settr(4520,2,2332,1,0,".(goto)", 1, 2, 0);
	trans[2][2326]	= settr(4517,2,2327,1,0,"(1)", 1, 2, 0);
	trans[2][2327]	= settr(4518,2,2332,1,0,"(1)", 1, 2, 0);
	trans[2][2330]	= settr(4521,2,2727,2,0,"else", 1, 2, 0);
	trans[2][2331]	= settr(4522,2,2727,1,0,"goto :b85", 1, 2, 0);
	trans[2][2334]	= settr(4525,2,2727,1,0,"break", 1, 2, 0);
	T = trans[2][2727] = settr(4918,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4918,2,2335,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4918,2,2337,0,0,"IF", 1, 2, 0);
	trans[2][2335]	= settr(4526,2,2745,1470,1470,"(cut)", 1, 2, 0); /* m: 2336 -> 2745,0 */
	reached2[2336] = 1;
	trans[2][2336]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[2][2728]	= settr(4919,2,2745,1,0,".(goto)", 1, 2, 0);
	trans[2][2337]	= settr(4528,2,2351,2,0,"else", 1, 2, 0);
	T = trans[ 2][2351] = settr(4542,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4542,0,2338,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2338]	= settr(4529,2,2349,1471,1471,"st = 0", 1, 2, 0);
	T = trans[2][2349] = settr(4540,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4540,2,2339,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4540,2,2347,0,0,"IF", 1, 2, 0);
	trans[2][2339]	= settr(4530,2,2345,1472,1472,"((msg[i].reply!=0))", 1, 2, 0); /* m: 2340 -> 2345,0 */
	reached2[2340] = 1;
	trans[2][2340]	= settr(0,0,0,0,0,"assert((t_==3))",0,0,0);
	T = trans[2][2345] = settr(4536,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4536,2,2341,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4536,2,2343,0,0,"IF", 1, 2, 0);
	trans[2][2341]	= settr(4532,2,2400,1473,1473,"((rslot!=0))", 1, 2, 0); /* m: 2342 -> 2400,0 */
	reached2[2342] = 1;
	trans[2][2342]	= settr(0,0,0,0,0,"st = 12",0,0,0);
	trans[2][2346]	= settr(4537,2,2400,1,0,".(goto)", 1, 2, 0);
	trans[2][2343]	= settr(4534,2,2344,2,0,"else", 1, 2, 0);
	trans[2][2344]	= settr(4535,2,2400,1474,1474,"rslot = msg[i].reply", 1, 2, 0);
	trans[2][2350]	= settr(4541,2,2400,1,0,".(goto)", 1, 2, 0);
	trans[2][2347]	= settr(4538,2,2348,2,0,"else", 1, 2, 0);
	trans[2][2348]	= settr(4539,2,2400,1,0,"(1)", 1, 2, 0);
	T = trans[2][2400] = settr(4591,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4591,2,2352,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4591,2,2398,0,0,"IF", 1, 2, 0);
	trans[2][2352]	= settr(4543,2,2397,1475,0,"((st!=0))", 1, 2, 0);
	T = trans[ 2][2397] = settr(4588,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4588,0,2395,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2395] = settr(4586,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4586,2,2353,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4586,2,2393,0,0,"IF", 1, 2, 0);
	trans[2][2353]	= settr(4544,2,2391,1476,1476,"((r_armed&&(msg[i].reply==r_gen)))", 1, 2, 0); /* m: 2354 -> 2391,0 */
	reached2[2354] = 1;
	trans[2][2354]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][2355]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][2391] = settr(4582,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4582,2,2356,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4582,2,2389,0,0,"IF", 1, 2, 0);
	trans[2][2356]	= settr(4547,2,2388,1477,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][2388] = settr(4579,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4579,0,2357,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2357]	= settr(4548,2,2380,1478,1478,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2358 -> 0,2380 */
	reached2[2358] = 1;
	trans[2][2358]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][2359]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][2360]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][2361]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][2362]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][2363]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][2364]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][2365]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[2][2366]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][2367]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][2368]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][2369]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][2380] = settr(4571,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4571,2,2370,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4571,2,2378,0,0,"IF", 1, 2, 0);
	trans[2][2370]	= settr(4561,2,2377,1479,1479,"((fw!=255))", 1, 2, 0); /* m: 2371 -> 2377,0 */
	reached2[2371] = 1;
	trans[2][2371]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][2372]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][2377] = settr(4568,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4568,0,2373,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2373]	= settr(4564,2,2386,1480,1480,"twait[fw] = 0", 1, 2, 0); /* m: 2374 -> 0,2386 */
	reached2[2374] = 1;
	trans[2][2374]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2375]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[2][2376]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2381]	= settr(4572,2,2386,1,0,".(goto)", 1, 2, 0);
	trans[2][2378]	= settr(4569,2,2379,2,0,"else", 1, 2, 0);
	trans[2][2379]	= settr(4570,2,2386,1481,1481,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][2386] = settr(4577,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4577,2,2382,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4577,2,2384,0,0,"IF", 1, 2, 0);
	trans[2][2382]	= settr(4573,2,2545,1482,1482,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2383 -> 2545,0 */
	reached2[2383] = 1;
	trans[2][2383]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2387]	= settr(4578,2,2545,1,0,".(goto)", 1, 2, 0);
	trans[2][2384]	= settr(4575,2,2385,2,0,"else", 1, 2, 0);
	trans[2][2385]	= settr(4576,2,2545,1,0,"(1)", 1, 2, 0);
	trans[2][2392]	= settr(4583,2,2545,1,0,".(goto)", 1, 2, 0);
	trans[2][2389]	= settr(4580,2,2390,2,0,"else", 1, 2, 0);
	trans[2][2390]	= settr(4581,2,2545,1,0,"(1)", 1, 2, 0);
	trans[2][2396]	= settr(4587,2,2545,1,0,".(goto)", 1, 2, 0);
	trans[2][2393]	= settr(4584,2,2394,2,0,"else", 1, 2, 0);
	trans[2][2394]	= settr(4585,2,2545,1,0,"(1)", 1, 2, 0);
	trans[2][2401]	= settr(4592,2,2545,1,0,".(goto)", 1, 2, 0);
	trans[2][2398]	= settr(4589,2,2399,2,0,"else", 1, 2, 0);
	trans[2][2399]	= settr(4590,2,2545,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2545] = settr(4736,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4736,0,2409,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][2409] = settr(4600,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4600,0,2407,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2407] = settr(4598,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4598,2,2402,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4598,2,2405,0,0,"IF", 1, 2, 0);
	trans[2][2402]	= settr(4593,2,2417,1483,1483,"(shown[i])", 1, 2, 0); /* m: 2403 -> 2417,0 */
	reached2[2403] = 1;
	trans[2][2403]	= settr(0,0,0,0,0,"stale[i] = pa[i]",0,0,0);
	trans[2][2404]	= settr(0,0,0,0,0,"shown[i] = 0",0,0,0);
	trans[2][2408]	= settr(4599,2,2417,1,0,".(goto)", 1, 2, 0);
	trans[2][2405]	= settr(4596,2,2406,2,0,"else", 1, 2, 0);
	trans[2][2406]	= settr(4597,2,2417,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2417] = settr(4608,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4608,0,2415,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2415] = settr(4606,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4606,2,2410,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4606,2,2413,0,0,"IF", 1, 2, 0);
	trans[2][2410]	= settr(4601,2,2442,1484,1484,"(shown[t_])", 1, 2, 0); /* m: 2411 -> 2442,0 */
	reached2[2411] = 1;
	trans[2][2411]	= settr(0,0,0,0,0,"stale[t_] = pa[t_]",0,0,0);
	trans[2][2412]	= settr(0,0,0,0,0,"shown[t_] = 0",0,0,0);
	trans[2][2416]	= settr(4607,2,2442,1,0,".(goto)", 1, 2, 0);
	trans[2][2413]	= settr(4604,2,2414,2,0,"else", 1, 2, 0);
	trans[2][2414]	= settr(4605,2,2442,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2442] = settr(4633,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4633,0,2418,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2418]	= settr(4609,2,2439,1485,1485,"x = 0", 1, 2, 0);
	trans[2][2440]	= settr(4631,2,2439,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2439] = settr(4630,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4630,2,2419,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4630,2,2437,0,0,"DO", 1, 2, 0);
	trans[2][2419]	= settr(4610,2,2426,1486,0,"((x<5))", 1, 2, 0);
	T = trans[2][2426] = settr(4617,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4617,2,2420,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4617,2,2424,0,0,"IF", 1, 2, 0);
	trans[2][2420]	= settr(4611,2,2423,1487,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][2423] = settr(4614,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4614,0,2421,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2421]	= settr(4612,2,2434,1488,1488,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2422 -> 0,2434 */
	reached2[2422] = 1;
	trans[2][2422]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2427]	= settr(4618,2,2434,1,0,".(goto)", 1, 2, 0);
	trans[2][2424]	= settr(4615,2,2425,2,0,"else", 1, 2, 0);
	trans[2][2425]	= settr(4616,2,2434,1,0,"(1)", 1, 2, 0);
	T = trans[2][2434] = settr(4625,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4625,2,2428,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4625,2,2432,0,0,"IF", 1, 2, 0);
	trans[2][2428]	= settr(4619,2,2431,1489,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][2431] = settr(4622,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4622,0,2429,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2429]	= settr(4620,2,2439,1490,1490,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2430 -> 0,2439 */
	reached2[2430] = 1;
	trans[2][2430]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2435]	= settr(4626,2,2436,1,0,".(goto)", 1, 2, 0); /* m: 2436 -> 0,2439 */
	reached2[2436] = 1;
	trans[2][2432]	= settr(4623,2,2433,2,0,"else", 1, 2, 0);
	trans[2][2433]	= settr(4624,2,2439,1491,1491,"(1)", 1, 2, 0); /* m: 2436 -> 2439,0 */
	reached2[2436] = 1;
	trans[2][2436]	= settr(4627,2,2439,1492,1492,"x = (x+1)", 1, 2, 0);
	trans[2][2437]	= settr(4628,2,2452,2,0,"else", 1, 2, 0);
	trans[2][2438]	= settr(4629,2,2452,1,0,"goto :b86", 1, 2, 0);
	trans[2][2441]	= settr(4632,2,2452,1,0,"break", 1, 2, 0);
	T = trans[ 2][2452] = settr(4643,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4643,0,2443,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2443]	= settr(4634,2,2449,1493,1493,"x = 0", 1, 2, 0);
	trans[2][2450]	= settr(4641,2,2449,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2449] = settr(4640,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4640,2,2444,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4640,2,2447,0,0,"DO", 1, 2, 0);
	trans[2][2444]	= settr(4635,2,2449,1494,1494,"((x<5))", 1, 2, 0); /* m: 2445 -> 2449,0 */
	reached2[2445] = 1;
	trans[2][2445]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[2][2446]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[2][2447]	= settr(4638,2,2453,2,0,"else", 1, 2, 0);
	trans[2][2448]	= settr(4639,2,2453,1,0,"goto :b87", 1, 2, 0); /* m: 2453 -> 0,2478 */
	reached2[2453] = 1;
	trans[2][2451]	= settr(4642,2,2453,1,0,"break", 1, 2, 0);
	trans[2][2453]	= settr(4644,2,2478,1495,1495,"hdr[pa[i]] = ( ((t_==0)) -> (0) : (( (((t_==1)||(t_==2))) -> (1) : (2) )) )", 1, 2, 0);
	T = trans[ 2][2478] = settr(4669,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4669,0,2454,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2454]	= settr(4645,2,2475,1496,1496,"x = 0", 1, 2, 0);
	trans[2][2476]	= settr(4667,2,2475,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2475] = settr(4666,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4666,2,2455,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4666,2,2473,0,0,"DO", 1, 2, 0);
	trans[2][2455]	= settr(4646,2,2462,1497,0,"((x<5))", 1, 2, 0);
	T = trans[2][2462] = settr(4653,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4653,2,2456,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4653,2,2460,0,0,"IF", 1, 2, 0);
	trans[2][2456]	= settr(4647,2,2459,1498,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][2459] = settr(4650,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4650,0,2457,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2457]	= settr(4648,2,2470,1499,1499,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2458 -> 0,2470 */
	reached2[2458] = 1;
	trans[2][2458]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2463]	= settr(4654,2,2470,1,0,".(goto)", 1, 2, 0);
	trans[2][2460]	= settr(4651,2,2461,2,0,"else", 1, 2, 0);
	trans[2][2461]	= settr(4652,2,2470,1,0,"(1)", 1, 2, 0);
	T = trans[2][2470] = settr(4661,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4661,2,2464,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4661,2,2468,0,0,"IF", 1, 2, 0);
	trans[2][2464]	= settr(4655,2,2467,1500,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][2467] = settr(4658,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4658,0,2465,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2465]	= settr(4656,2,2475,1501,1501,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2466 -> 0,2475 */
	reached2[2466] = 1;
	trans[2][2466]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2471]	= settr(4662,2,2472,1,0,".(goto)", 1, 2, 0); /* m: 2472 -> 0,2475 */
	reached2[2472] = 1;
	trans[2][2468]	= settr(4659,2,2469,2,0,"else", 1, 2, 0);
	trans[2][2469]	= settr(4660,2,2475,1502,1502,"(1)", 1, 2, 0); /* m: 2472 -> 2475,0 */
	reached2[2472] = 1;
	trans[2][2472]	= settr(4663,2,2475,1503,1503,"x = (x+1)", 1, 2, 0);
	trans[2][2473]	= settr(4664,2,2479,2,0,"else", 1, 2, 0);
	trans[2][2474]	= settr(4665,2,2479,1,0,"goto :b88", 1, 2, 0); /* m: 2479 -> 0,2504 */
	reached2[2479] = 1;
	trans[2][2477]	= settr(4668,2,2479,1,0,"break", 1, 2, 0);
	trans[2][2479]	= settr(4670,2,2504,1504,1504,"hdr[pa[t_]] = 255", 1, 2, 0);
	T = trans[ 2][2504] = settr(4695,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4695,0,2480,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2480]	= settr(4671,2,2501,1505,1505,"x = 0", 1, 2, 0);
	trans[2][2502]	= settr(4693,2,2501,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2501] = settr(4692,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4692,2,2481,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4692,2,2499,0,0,"DO", 1, 2, 0);
	trans[2][2481]	= settr(4672,2,2488,1506,0,"((x<5))", 1, 2, 0);
	T = trans[2][2488] = settr(4679,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4679,2,2482,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4679,2,2486,0,0,"IF", 1, 2, 0);
	trans[2][2482]	= settr(4673,2,2485,1507,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][2485] = settr(4676,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4676,0,2483,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2483]	= settr(4674,2,2496,1508,1508,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2484 -> 0,2496 */
	reached2[2484] = 1;
	trans[2][2484]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2489]	= settr(4680,2,2496,1,0,".(goto)", 1, 2, 0);
	trans[2][2486]	= settr(4677,2,2487,2,0,"else", 1, 2, 0);
	trans[2][2487]	= settr(4678,2,2496,1,0,"(1)", 1, 2, 0);
	T = trans[2][2496] = settr(4687,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4687,2,2490,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4687,2,2494,0,0,"IF", 1, 2, 0);
	trans[2][2490]	= settr(4681,2,2493,1509,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][2493] = settr(4684,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4684,0,2491,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2491]	= settr(4682,2,2501,1510,1510,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2492 -> 0,2501 */
	reached2[2492] = 1;
	trans[2][2492]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2497]	= settr(4688,2,2498,1,0,".(goto)", 1, 2, 0); /* m: 2498 -> 0,2501 */
	reached2[2498] = 1;
	trans[2][2494]	= settr(4685,2,2495,2,0,"else", 1, 2, 0);
	trans[2][2495]	= settr(4686,2,2501,1511,1511,"(1)", 1, 2, 0); /* m: 2498 -> 2501,0 */
	reached2[2498] = 1;
	trans[2][2498]	= settr(4689,2,2501,1512,1512,"x = (x+1)", 1, 2, 0);
	trans[2][2499]	= settr(4690,2,2505,2,0,"else", 1, 2, 0);
	trans[2][2500]	= settr(4691,2,2505,1,0,"goto :b89", 1, 2, 0); /* m: 2505 -> 0,2534 */
	reached2[2505] = 1;
	trans[2][2503]	= settr(4694,2,2505,1,0,"break", 1, 2, 0);
	trans[2][2505]	= settr(4696,2,2534,1513,1513,"x = pa[i]", 1, 2, 0); /* m: 2506 -> 0,2534 */
	reached2[2506] = 1;
	trans[2][2506]	= settr(0,0,0,0,0,"pa[i] = pa[t_]",0,0,0);
	trans[2][2507]	= settr(0,0,0,0,0,"pa[t_] = x",0,0,0);
	trans[2][2508]	= settr(0,0,0,0,0,"shown[i] = 1",0,0,0);
	trans[2][2509]	= settr(0,0,0,0,0,"shown[t_] = 1",0,0,0);
	T = trans[ 2][2534] = settr(4725,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4725,0,2510,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2510]	= settr(4701,2,2531,1514,1514,"x = 0", 1, 2, 0);
	trans[2][2532]	= settr(4723,2,2531,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2531] = settr(4722,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4722,2,2511,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4722,2,2529,0,0,"DO", 1, 2, 0);
	trans[2][2511]	= settr(4702,2,2518,1515,0,"((x<5))", 1, 2, 0);
	T = trans[2][2518] = settr(4709,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4709,2,2512,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4709,2,2516,0,0,"IF", 1, 2, 0);
	trans[2][2512]	= settr(4703,2,2515,1516,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][2515] = settr(4706,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4706,0,2513,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2513]	= settr(4704,2,2526,1517,1517,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2514 -> 0,2526 */
	reached2[2514] = 1;
	trans[2][2514]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2519]	= settr(4710,2,2526,1,0,".(goto)", 1, 2, 0);
	trans[2][2516]	= settr(4707,2,2517,2,0,"else", 1, 2, 0);
	trans[2][2517]	= settr(4708,2,2526,1,0,"(1)", 1, 2, 0);
	T = trans[2][2526] = settr(4717,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4717,2,2520,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4717,2,2524,0,0,"IF", 1, 2, 0);
	trans[2][2520]	= settr(4711,2,2523,1518,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][2523] = settr(4714,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4714,0,2521,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2521]	= settr(4712,2,2531,1519,1519,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2522 -> 0,2531 */
	reached2[2522] = 1;
	trans[2][2522]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2527]	= settr(4718,2,2528,1,0,".(goto)", 1, 2, 0); /* m: 2528 -> 0,2531 */
	reached2[2528] = 1;
	trans[2][2524]	= settr(4715,2,2525,2,0,"else", 1, 2, 0);
	trans[2][2525]	= settr(4716,2,2531,1520,1520,"(1)", 1, 2, 0); /* m: 2528 -> 2531,0 */
	reached2[2528] = 1;
	trans[2][2528]	= settr(4719,2,2531,1521,1521,"x = (x+1)", 1, 2, 0);
	trans[2][2529]	= settr(4720,2,2544,2,0,"else", 1, 2, 0);
	trans[2][2530]	= settr(4721,2,2544,1,0,"goto :b90", 1, 2, 0);
	trans[2][2533]	= settr(4724,2,2544,1,0,"break", 1, 2, 0);
	T = trans[ 2][2544] = settr(4735,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4735,0,2535,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2535]	= settr(4726,2,2541,1522,1522,"x = 0", 1, 2, 0);
	trans[2][2542]	= settr(4733,2,2541,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2541] = settr(4732,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4732,2,2536,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4732,2,2539,0,0,"DO", 1, 2, 0);
	trans[2][2536]	= settr(4727,2,2541,1523,1523,"((x<5))", 1, 2, 0); /* m: 2537 -> 2541,0 */
	reached2[2537] = 1;
	trans[2][2537]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[2][2538]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[2][2539]	= settr(4730,2,2546,2,0,"else", 1, 2, 0);
	trans[2][2540]	= settr(4731,2,2546,1,0,"goto :b91", 1, 2, 0); /* m: 2546 -> 0,2558 */
	reached2[2546] = 1;
	trans[2][2543]	= settr(4734,2,2546,1,0,"break", 1, 2, 0);
	trans[2][2546]	= settr(4737,2,2558,1524,1524,"res = (msg[i].ncaps-msg[i].failed)", 1, 2, 0);
	T = trans[ 2][2558] = settr(4749,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4749,0,2547,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2547]	= settr(4738,2,2555,1525,1525,"n = 0", 1, 2, 0); /* m: 2548 -> 0,2555 */
	reached2[2548] = 1;
	trans[2][2548]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][2556]	= settr(4747,2,2555,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2555] = settr(4746,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4746,2,2549,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4746,2,2553,0,0,"DO", 1, 2, 0);
	trans[2][2549]	= settr(4740,2,2555,1526,1526,"((j<msg[i].ncaps))", 1, 2, 0); /* m: 2550 -> 2555,0 */
	reached2[2550] = 1;
	trans[2][2550]	= settr(0,0,0,0,0,"assert((((msg[i].landed>>j)&1)==(dst[((t_*2)+j)]==(i+1))))",0,0,0);
	trans[2][2551]	= settr(0,0,0,0,0,"n = (n+((msg[i].landed>>j)&1))",0,0,0);
	trans[2][2552]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][2553]	= settr(4744,2,2559,2,0,"else", 1, 2, 0);
	trans[2][2554]	= settr(4745,2,2559,1,0,"goto :b92", 1, 2, 0); /* m: 2559 -> 0,2642 */
	reached2[2559] = 1;
	trans[2][2557]	= settr(4748,2,2559,1,0,"break", 1, 2, 0);
	trans[2][2559]	= settr(4750,2,2642,1527,1527,"assert((n==res))", 1, 2, 0);
	T = trans[ 2][2642] = settr(4833,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4833,0,2608,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2608] = settr(4799,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4799,2,2560,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4799,2,2606,0,0,"IF", 1, 2, 0);
	trans[2][2560]	= settr(4751,2,2605,1528,0,"(((0!=0)&&(msg[i].reply!=0)))", 1, 2, 0);
	T = trans[ 2][2605] = settr(4796,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4796,0,2603,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2603] = settr(4794,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4794,2,2561,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4794,2,2601,0,0,"IF", 1, 2, 0);
	trans[2][2561]	= settr(4752,2,2599,1529,1529,"((r_armed&&(msg[i].reply==r_gen)))", 1, 2, 0); /* m: 2562 -> 2599,0 */
	reached2[2562] = 1;
	trans[2][2562]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][2563]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][2599] = settr(4790,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4790,2,2564,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4790,2,2597,0,0,"IF", 1, 2, 0);
	trans[2][2564]	= settr(4755,2,2596,1530,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][2596] = settr(4787,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4787,0,2565,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2565]	= settr(4756,2,2588,1531,1531,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2566 -> 0,2588 */
	reached2[2566] = 1;
	trans[2][2566]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][2567]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][2568]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][2569]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][2570]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][2571]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][2572]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][2573]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[2][2574]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][2575]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][2576]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][2577]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][2588] = settr(4779,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4779,2,2578,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4779,2,2586,0,0,"IF", 1, 2, 0);
	trans[2][2578]	= settr(4769,2,2585,1532,1532,"((fw!=255))", 1, 2, 0); /* m: 2579 -> 2585,0 */
	reached2[2579] = 1;
	trans[2][2579]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][2580]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][2585] = settr(4776,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4776,0,2581,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2581]	= settr(4772,2,2594,1533,1533,"twait[fw] = 0", 1, 2, 0); /* m: 2582 -> 0,2594 */
	reached2[2582] = 1;
	trans[2][2582]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2583]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][2584]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2589]	= settr(4780,2,2594,1,0,".(goto)", 1, 2, 0);
	trans[2][2586]	= settr(4777,2,2587,2,0,"else", 1, 2, 0);
	trans[2][2587]	= settr(4778,2,2594,1534,1534,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][2594] = settr(4785,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4785,2,2590,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4785,2,2592,0,0,"IF", 1, 2, 0);
	trans[2][2590]	= settr(4781,2,2641,1535,1535,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2591 -> 2641,0 */
	reached2[2591] = 1;
	trans[2][2591]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2595]	= settr(4786,2,2641,1,0,".(goto)", 1, 2, 0);
	trans[2][2592]	= settr(4783,2,2593,2,0,"else", 1, 2, 0);
	trans[2][2593]	= settr(4784,2,2641,1,0,"(1)", 1, 2, 0);
	trans[2][2600]	= settr(4791,2,2641,1,0,".(goto)", 1, 2, 0);
	trans[2][2597]	= settr(4788,2,2598,2,0,"else", 1, 2, 0);
	trans[2][2598]	= settr(4789,2,2641,1,0,"(1)", 1, 2, 0);
	trans[2][2604]	= settr(4795,2,2641,1,0,".(goto)", 1, 2, 0);
	trans[2][2601]	= settr(4792,2,2602,2,0,"else", 1, 2, 0);
	trans[2][2602]	= settr(4793,2,2641,1,0,"(1)", 1, 2, 0);
	trans[2][2609]	= settr(4800,2,2641,1,0,".(goto)", 1, 2, 0);
	trans[2][2606]	= settr(4797,2,2607,2,0,"else", 1, 2, 0);
	trans[2][2607]	= settr(4798,2,2641,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2641] = settr(4832,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4832,0,2610,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2610]	= settr(4801,2,2633,1536,1536,"msg[i].xfer = 0", 1, 2, 0); /* m: 2611 -> 0,2633 */
	reached2[2611] = 1;
	trans[2][2611]	= settr(0,0,0,0,0,"msg[i].state = 0",0,0,0);
	trans[2][2612]	= settr(0,0,0,0,0,"msg[i].is_source = 0",0,0,0);
	trans[2][2613]	= settr(0,0,0,0,0,"msg[i].peer = 255",0,0,0);
	trans[2][2614]	= settr(0,0,0,0,0,"msg[i].onq = 0",0,0,0);
	trans[2][2615]	= settr(0,0,0,0,0,"msg[i].ncaps = 0",0,0,0);
	trans[2][2616]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[2][2617]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[2][2618]	= settr(0,0,0,0,0,"msg[i].status = 0",0,0,0);
	trans[2][2619]	= settr(0,0,0,0,0,"msg[i].got_caps = res",0,0,0);
	trans[2][2620]	= settr(0,0,0,0,0,"msg[i].charged = 0",0,0,0);
	trans[2][2621]	= settr(0,0,0,0,0,"msg[i].reply = 0",0,0,0);
	trans[2][2622]	= settr(0,0,0,0,0,"fw = msg[i].waiter",0,0,0);
	T = trans[2][2633] = settr(4824,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4824,2,2623,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4824,2,2631,0,0,"IF", 1, 2, 0);
	trans[2][2623]	= settr(4814,2,2630,1537,1537,"((fw!=255))", 1, 2, 0); /* m: 2624 -> 2630,0 */
	reached2[2624] = 1;
	trans[2][2624]	= settr(0,0,0,0,0,"msg[i].waiter = 255",0,0,0);
	trans[2][2625]	= settr(0,0,0,0,0,"msg[i].delivered = 0",0,0,0);
	T = trans[ 2][2630] = settr(4821,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4821,0,2626,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2626]	= settr(4817,2,2639,1538,1538,"twait[fw] = 0", 1, 2, 0); /* m: 2627 -> 0,2639 */
	reached2[2627] = 1;
	trans[2][2627]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2628]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][2629]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2634]	= settr(4825,2,2639,1,0,".(goto)", 1, 2, 0);
	trans[2][2631]	= settr(4822,2,2632,2,0,"else", 1, 2, 0);
	trans[2][2632]	= settr(4823,2,2639,1539,1539,"msg[i].delivered = 1", 1, 2, 0);
	T = trans[2][2639] = settr(4830,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4830,2,2635,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4830,2,2637,0,0,"IF", 1, 2, 0);
	trans[2][2635]	= settr(4826,2,2725,1540,1540,"((msg[i].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2636 -> 2725,0 */
	reached2[2636] = 1;
	trans[2][2636]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2640]	= settr(4831,2,2725,1,0,".(goto)", 1, 2, 0);
	trans[2][2637]	= settr(4828,2,2638,2,0,"else", 1, 2, 0);
	trans[2][2638]	= settr(4829,2,2725,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2725] = settr(4916,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4916,0,2691,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2691] = settr(4882,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4882,2,2643,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4882,2,2689,0,0,"IF", 1, 2, 0);
	trans[2][2643]	= settr(4834,2,2688,1541,0,"(((0!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 2][2688] = settr(4879,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4879,0,2686,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2686] = settr(4877,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4877,2,2644,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4877,2,2684,0,0,"IF", 1, 2, 0);
	trans[2][2644]	= settr(4835,2,2682,1542,1542,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 2645 -> 2682,0 */
	reached2[2645] = 1;
	trans[2][2645]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[2][2646]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[2][2682] = settr(4873,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4873,2,2647,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4873,2,2680,0,0,"IF", 1, 2, 0);
	trans[2][2647]	= settr(4838,2,2679,1543,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 2][2679] = settr(4870,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4870,0,2648,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2648]	= settr(4839,2,2671,1544,1544,"msg[ft].xfer = 0", 1, 2, 0); /* m: 2649 -> 0,2671 */
	reached2[2649] = 1;
	trans[2][2649]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[2][2650]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[2][2651]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[2][2652]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[2][2653]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[2][2654]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[2][2655]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[2][2656]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[2][2657]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[2][2658]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[2][2659]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[2][2660]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[2][2671] = settr(4862,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4862,2,2661,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4862,2,2669,0,0,"IF", 1, 2, 0);
	trans[2][2661]	= settr(4852,2,2668,1545,1545,"((fw!=255))", 1, 2, 0); /* m: 2662 -> 2668,0 */
	reached2[2662] = 1;
	trans[2][2662]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[2][2663]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 2][2668] = settr(4859,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4859,0,2664,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2664]	= settr(4855,2,2677,1546,1546,"twait[fw] = 0", 1, 2, 0); /* m: 2665 -> 0,2677 */
	reached2[2665] = 1;
	trans[2][2665]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2666]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][2667]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2672]	= settr(4863,2,2677,1,0,".(goto)", 1, 2, 0);
	trans[2][2669]	= settr(4860,2,2670,2,0,"else", 1, 2, 0);
	trans[2][2670]	= settr(4861,2,2677,1547,1547,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[2][2677] = settr(4868,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4868,2,2673,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4868,2,2675,0,0,"IF", 1, 2, 0);
	trans[2][2673]	= settr(4864,2,2724,1548,1548,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2674 -> 2724,0 */
	reached2[2674] = 1;
	trans[2][2674]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2678]	= settr(4869,2,2724,1,0,".(goto)", 1, 2, 0);
	trans[2][2675]	= settr(4866,2,2676,2,0,"else", 1, 2, 0);
	trans[2][2676]	= settr(4867,2,2724,1,0,"(1)", 1, 2, 0);
	trans[2][2683]	= settr(4874,2,2724,1,0,".(goto)", 1, 2, 0);
	trans[2][2680]	= settr(4871,2,2681,2,0,"else", 1, 2, 0);
	trans[2][2681]	= settr(4872,2,2724,1,0,"(1)", 1, 2, 0);
	trans[2][2687]	= settr(4878,2,2724,1,0,".(goto)", 1, 2, 0);
	trans[2][2684]	= settr(4875,2,2685,2,0,"else", 1, 2, 0);
	trans[2][2685]	= settr(4876,2,2724,1,0,"(1)", 1, 2, 0);
	trans[2][2692]	= settr(4883,2,2724,1,0,".(goto)", 1, 2, 0);
	trans[2][2689]	= settr(4880,2,2690,2,0,"else", 1, 2, 0);
	trans[2][2690]	= settr(4881,2,2724,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2724] = settr(4915,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4915,0,2693,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2693]	= settr(4884,2,2716,1549,1549,"msg[t_].xfer = 0", 1, 2, 0); /* m: 2694 -> 0,2716 */
	reached2[2694] = 1;
	trans[2][2694]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[2][2695]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[2][2696]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[2][2697]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[2][2698]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[2][2699]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[2][2700]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[2][2701]	= settr(0,0,0,0,0,"msg[t_].status = 0",0,0,0);
	trans[2][2702]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[2][2703]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[2][2704]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[2][2705]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[2][2716] = settr(4907,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4907,2,2706,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4907,2,2714,0,0,"IF", 1, 2, 0);
	trans[2][2706]	= settr(4897,2,2713,1550,1550,"((fw!=255))", 1, 2, 0); /* m: 2707 -> 2713,0 */
	reached2[2707] = 1;
	trans[2][2707]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[2][2708]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 2][2713] = settr(4904,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4904,0,2709,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2709]	= settr(4900,2,2722,1551,1551,"twait[fw] = 0", 1, 2, 0); /* m: 2710 -> 0,2722 */
	reached2[2710] = 1;
	trans[2][2710]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[2][2711]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[2][2712]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[2][2717]	= settr(4908,2,2722,1,0,".(goto)", 1, 2, 0);
	trans[2][2714]	= settr(4905,2,2715,2,0,"else", 1, 2, 0);
	trans[2][2715]	= settr(4906,2,2722,1552,1552,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[2][2722] = settr(4913,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4913,2,2718,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4913,2,2720,0,0,"IF", 1, 2, 0);
	trans[2][2718]	= settr(4909,2,2745,1553,1553,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 2719 -> 2745,0 */
	reached2[2719] = 1;
	trans[2][2719]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[2][2723]	= settr(4914,2,2726,1,0,".(goto)", 1, 2, 0); /* m: 2726 -> 0,2745 */
	reached2[2726] = 1;
	trans[2][2720]	= settr(4911,2,2721,2,0,"else", 1, 2, 0);
	trans[2][2721]	= settr(4912,2,2745,1554,1554,"(1)", 1, 2, 0); /* m: 2726 -> 2745,0 */
	reached2[2726] = 1;
	trans[2][2726]	= settr(4917,2,2745,1555,1555,"ret = 0", 1, 2, 0);
	T = trans[2][2745] = settr(4936,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4936,2,2735,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4936,2,2743,0,0,"IF", 1, 2, 0);
	trans[2][2735]	= settr(4926,2,2742,1556,1556,"((ret==255))", 1, 2, 0);
	T = trans[ 2][2742] = settr(4933,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4933,0,2740,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2740] = settr(4931,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4931,2,2736,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4931,2,2738,0,0,"IF", 1, 2, 0);
	trans[2][2736]	= settr(4927,2,2771,1557,1557,"(msg[3].is_source)", 1, 2, 0); /* m: 2737 -> 2771,0 */
	reached2[2737] = 1;
	trans[2][2737]	= settr(0,0,0,0,0,"msg[3].xfer = 1",0,0,0);
	trans[2][2741]	= settr(4932,2,2771,1,0,".(goto)", 1, 2, 0);
	trans[2][2738]	= settr(4929,2,2739,2,0,"else", 1, 2, 0);
	trans[2][2739]	= settr(4930,2,2771,1558,1558,"msg[msg[3].peer].xfer = 1", 1, 2, 0);
	trans[2][2746]	= settr(4937,2,2771,1,0,".(goto)", 1, 2, 0);
	trans[2][2743]	= settr(4934,2,2744,2,0,"else", 1, 2, 0);
	trans[2][2744]	= settr(4935,2,2771,1,0,"(1)", 1, 2, 0);
	T = trans[ 2][2771] = settr(4962,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4962,0,2769,0,0,"sub-sequence", 1, 2, 0);
	T = trans[2][2769] = settr(4960,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4960,2,2747,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4960,2,2755,0,0,"IF", 1, 2, 0);
	trans[2][2747]	= settr(4938,2,2753,1559,0,"(((msg[3].state==0)&&msg[3].delivered))", 1, 2, 0);
	T = trans[2][2753] = settr(4944,2,0,0,0,"IF", 1, 2, 0);
#if 0
	/* dead link: */
	T = T->nxt	= settr(4944,2,2748,0,0,"IF", 1, 2, 0);
#endif
	    T->nxt	= settr(4944,2,2751,0,0,"IF", 1, 2, 0);
	trans[2][2748]	= settr(0,0,0,0,0,"(0)",0,0,0);
	trans[2][2749]	= settr(4940,2,2937,1560,1560,"msg[3].delivered = 0", 1, 2, 0); /* m: 2750 -> 0,2937 */
	reached2[2750] = 1;
	trans[2][2750]	= settr(0,0,0,0,0,"ret = msg[3].status",0,0,0);
	trans[2][2754]	= settr(4945,2,2937,1,0,".(goto)", 1, 2, 0);
	trans[2][2751]	= settr(4942,2,2752,2,0,"else", 1, 2, 0);
	trans[2][2752]	= settr(4943,2,2937,1561,1561,"ret = 0", 1, 2, 0);
	trans[2][2770]	= settr(4961,2,2937,1,0,".(goto)", 1, 2, 0);
	trans[2][2755]	= settr(4946,2,2767,2,0,"else", 1, 2, 0);
	T = trans[2][2767] = settr(4958,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4958,2,2756,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4958,2,2758,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4958,2,2760,0,0,"IF", 1, 2, 0);
	trans[2][2756]	= settr(4947,2,2937,1562,1562,"(!(0))", 1, 2, 0); /* m: 2757 -> 2937,0 */
	reached2[2757] = 1;
	trans[2][2757]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[2][2768]	= settr(4959,2,2937,1,0,".(goto)", 1, 2, 0);
	trans[2][2758]	= settr(4949,2,2937,1563,1563,"((0&&(msg[3].waiter!=255)))", 1, 2, 0); /* m: 2759 -> 2937,0 */
	reached2[2759] = 1;
	trans[2][2759]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[2][2760]	= settr(4951,2,2765,1564,1564,"((0&&(msg[3].waiter==255)))", 1, 2, 0); /* m: 2761 -> 2765,0 */
	reached2[2761] = 1;
	trans[2][2761]	= settr(0,0,0,0,0,"msg[3].waiter = 2",0,0,0);
	T = trans[ 2][2765] = settr(4956,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4956,0,2762,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2762]	= settr(4953,2,2937,1565,1565,"tstate[2] = 2", 1, 2, 0); /* m: 2763 -> 0,2937 */
	reached2[2763] = 1;
	trans[2][2763]	= settr(0,0,0,0,0,"twait[2] = 1",0,0,0);
	trans[2][2764]	= settr(0,0,0,0,0,"twon[2] = 3",0,0,0);
	trans[2][2766]	= settr(0,0,0,0,0,"ret = 254",0,0,0);
	trans[2][2775]	= settr(4966,2,2937,1,0,".(goto)", 1, 2, 0);
	trans[2][2772]	= settr(4963,2,2773,2,0,"else", 1, 2, 0);
	trans[2][2773]	= settr(4964,2,2937,1,0,"(1)", 1, 2, 0);
	trans[2][2782]	= settr(4973,2,2937,1,0,".(goto)", 1, 2, 0);
	trans[2][2779]	= settr(4970,2,2780,2,0,"else", 1, 2, 0);
	trans[2][2780]	= settr(4971,2,2937,1566,1566,"ret = 19", 1, 2, 0);
	T = trans[ 2][2937] = settr(5128,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5128,0,2807,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 2][2807] = settr(4998,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4998,0,2783,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2783]	= settr(4974,2,2804,1567,1567,"x = 0", 1, 2, 0);
	trans[2][2805]	= settr(4996,2,2804,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2804] = settr(4995,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(4995,2,2784,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(4995,2,2802,0,0,"DO", 1, 2, 0);
	trans[2][2784]	= settr(4975,2,2791,1568,0,"((x<5))", 1, 2, 0);
	T = trans[2][2791] = settr(4982,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4982,2,2785,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4982,2,2789,0,0,"IF", 1, 2, 0);
	trans[2][2785]	= settr(4976,2,2788,1569,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 2][2788] = settr(4979,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4979,0,2786,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2786]	= settr(4977,2,2799,1570,1570,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 2787 -> 0,2799 */
	reached2[2787] = 1;
	trans[2][2787]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2792]	= settr(4983,2,2799,1,0,".(goto)", 1, 2, 0);
	trans[2][2789]	= settr(4980,2,2790,2,0,"else", 1, 2, 0);
	trans[2][2790]	= settr(4981,2,2799,1,0,"(1)", 1, 2, 0);
	T = trans[2][2799] = settr(4990,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(4990,2,2793,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(4990,2,2797,0,0,"IF", 1, 2, 0);
	trans[2][2793]	= settr(4984,2,2796,1571,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 2][2796] = settr(4987,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(4987,0,2794,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2794]	= settr(4985,2,2804,1572,1572,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 2795 -> 0,2804 */
	reached2[2795] = 1;
	trans[2][2795]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[2][2800]	= settr(4991,2,2801,1,0,".(goto)", 1, 2, 0); /* m: 2801 -> 0,2804 */
	reached2[2801] = 1;
	trans[2][2797]	= settr(4988,2,2798,2,0,"else", 1, 2, 0);
	trans[2][2798]	= settr(4989,2,2804,1573,1573,"(1)", 1, 2, 0); /* m: 2801 -> 2804,0 */
	reached2[2801] = 1;
	trans[2][2801]	= settr(4992,2,2804,1574,1574,"x = (x+1)", 1, 2, 0);
	trans[2][2802]	= settr(4993,2,2850,2,0,"else", 1, 2, 0);
	trans[2][2803]	= settr(4994,2,2850,1,0,"goto :b93", 1, 2, 0);
	trans[2][2806]	= settr(4997,2,2850,1,0,"break", 1, 2, 0);
	T = trans[ 2][2850] = settr(5041,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5041,0,2808,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2808]	= settr(4999,2,2824,1575,1575,"i = 0", 1, 2, 0);
	trans[2][2825]	= settr(5016,2,2824,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2824] = settr(5015,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5015,2,2809,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5015,2,2822,0,0,"DO", 1, 2, 0);
	trans[2][2809]	= settr(5000,2,2817,1576,1576,"((i<5))", 1, 2, 0); /* m: 2810 -> 2817,0 */
	reached2[2810] = 1;
	trans[2][2810]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[2][2811]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][2818]	= settr(5009,2,2817,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2817] = settr(5008,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5008,2,2812,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5008,2,2815,0,0,"DO", 1, 2, 0);
	trans[2][2812]	= settr(5003,2,2817,1577,1577,"((j<5))", 1, 2, 0); /* m: 2813 -> 2817,0 */
	reached2[2813] = 1;
	trans[2][2813]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[2][2814]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][2815]	= settr(5006,2,2820,2,0,"else", 1, 2, 0);
	trans[2][2816]	= settr(5007,2,2820,1,0,"goto :b95", 1, 2, 0); /* m: 2820 -> 0,2824 */
	reached2[2820] = 1;
	trans[2][2819]	= settr(5010,2,2820,1,0,"break", 1, 2, 0);
	trans[2][2820]	= settr(5011,2,2824,1578,1578,"assert((n==1))", 1, 2, 0); /* m: 2821 -> 0,2824 */
	reached2[2821] = 1;
	trans[2][2821]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[2][2822]	= settr(5013,2,2827,2,0,"else", 1, 2, 0);
	trans[2][2823]	= settr(5014,2,2827,1,0,"goto :b94", 1, 2, 0); /* m: 2827 -> 0,2846 */
	reached2[2827] = 1;
	trans[2][2826]	= settr(5017,2,2827,1,0,"break", 1, 2, 0);
	trans[2][2827]	= settr(5018,2,2846,1579,1579,"n = 0", 1, 2, 0); /* m: 2828 -> 0,2846 */
	reached2[2828] = 1;
	trans[2][2828]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[2][2829]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[2][2847]	= settr(5038,2,2846,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2846] = settr(5037,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5037,2,2830,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5037,2,2844,0,0,"DO", 1, 2, 0);
	trans[2][2830]	= settr(5021,2,2841,1580,0,"((i<5))", 1, 2, 0);
	T = trans[2][2841] = settr(5032,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5032,2,2831,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5032,2,2839,0,0,"IF", 1, 2, 0);
	trans[2][2831]	= settr(5022,2,2837,1581,1581,"(alive[(9+i)])", 1, 2, 0); /* m: 2832 -> 2837,0 */
	reached2[2832] = 1;
	trans[2][2832]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[2][2837] = settr(5028,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5028,2,2833,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5028,2,2835,0,0,"IF", 1, 2, 0);
	trans[2][2833]	= settr(5024,2,2846,1582,1582,"((owner[i]==7))", 1, 2, 0); /* m: 2834 -> 2846,0 */
	reached2[2834] = 1;
	trans[2][2834]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[2][2838]	= settr(5029,2,2843,1,0,".(goto)", 1, 2, 0); /* m: 2843 -> 0,2846 */
	reached2[2843] = 1;
	trans[2][2835]	= settr(5026,2,2836,2,0,"else", 1, 2, 0);
	trans[2][2836]	= settr(5027,2,2846,1583,1583,"x = (x+1)", 1, 2, 0); /* m: 2843 -> 0,2846 */
	reached2[2843] = 1;
	trans[2][2842]	= settr(5033,2,2843,1,0,".(goto)", 1, 2, 0); /* m: 2843 -> 0,2846 */
	reached2[2843] = 1;
	trans[2][2839]	= settr(5030,2,2840,2,0,"else", 1, 2, 0);
	trans[2][2840]	= settr(5031,2,2846,1584,1584,"(1)", 1, 2, 0); /* m: 2843 -> 2846,0 */
	reached2[2843] = 1;
	trans[2][2843]	= settr(5034,2,2846,1585,1585,"i = (i+1)", 1, 2, 0);
	trans[2][2844]	= settr(5035,2,2849,2,0,"else", 1, 2, 0);
	trans[2][2845]	= settr(5036,2,2849,1,0,"goto :b96", 1, 2, 0); /* m: 2849 -> 0,2936 */
	reached2[2849] = 1;
	trans[2][2848]	= settr(5039,2,2849,1,0,"break", 1, 2, 0);
	trans[2][2849]	= settr(5040,2,2936,1586,1586,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 2][2936] = settr(5127,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5127,0,2851,0,0,"sub-sequence", 1, 2, 0);
	trans[2][2851]	= settr(5042,2,2909,1587,1587,"i = 0", 1, 2, 0);
	trans[2][2910]	= settr(5101,2,2909,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2909] = settr(5100,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5100,2,2852,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5100,2,2907,0,0,"DO", 1, 2, 0);
	trans[2][2852]	= settr(5043,2,2904,1588,0,"((i<5))", 1, 2, 0);
	T = trans[2][2904] = settr(5095,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5095,2,2853,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5095,2,2902,0,0,"IF", 1, 2, 0);
	trans[2][2853]	= settr(5044,2,2861,1589,1589,"(alive[i])", 1, 2, 0); /* m: 2854 -> 2861,0 */
	reached2[2854] = 1;
	trans[2][2854]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[2][2855]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][2862]	= settr(5053,2,2861,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2861] = settr(5052,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5052,2,2856,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5052,2,2859,0,0,"DO", 1, 2, 0);
	trans[2][2856]	= settr(5047,2,2861,1590,1590,"((j<qn[0]))", 1, 2, 0); /* m: 2857 -> 2861,0 */
	reached2[2857] = 1;
	trans[2][2857]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[2][2858]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][2859]	= settr(5050,2,2864,2,0,"else", 1, 2, 0);
	trans[2][2860]	= settr(5051,2,2864,1,0,"goto :b98", 1, 2, 0); /* m: 2864 -> 0,2871 */
	reached2[2864] = 1;
	trans[2][2863]	= settr(5054,2,2864,1,0,"break", 1, 2, 0);
	trans[2][2864]	= settr(5055,2,2871,1591,1591,"x = 0", 1, 2, 0); /* m: 2865 -> 0,2871 */
	reached2[2865] = 1;
	trans[2][2865]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[2][2872]	= settr(5063,2,2871,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2871] = settr(5062,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5062,2,2866,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5062,2,2869,0,0,"DO", 1, 2, 0);
	trans[2][2866]	= settr(5057,2,2871,1592,1592,"((j<qn[1]))", 1, 2, 0); /* m: 2867 -> 2871,0 */
	reached2[2867] = 1;
	trans[2][2867]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[2][2868]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[2][2869]	= settr(5060,2,2874,2,0,"else", 1, 2, 0);
	trans[2][2870]	= settr(5061,2,2874,1,0,"goto :b99", 1, 2, 0); /* m: 2874 -> 0,2887 */
	reached2[2874] = 1;
	trans[2][2873]	= settr(5064,2,2874,1,0,"break", 1, 2, 0);
	trans[2][2874]	= settr(5065,2,2887,1593,1593,"assert(((n+x)<=1))", 1, 2, 0); /* m: 2875 -> 0,2887 */
	reached2[2875] = 1;
	trans[2][2875]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[2][2876]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[2][2877]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[2][2878]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[2][2879]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[2][2887] = settr(5078,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5078,2,2880,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5078,2,2885,0,0,"IF", 1, 2, 0);
	trans[2][2880]	= settr(5071,2,2896,1594,1594,"((msg[i].state==3))", 1, 2, 0); /* m: 2881 -> 2896,0 */
	reached2[2881] = 1;
	trans[2][2881]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[2][2882]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[2][2883]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[2][2884]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[2][2888]	= settr(5079,2,2889,1,0,".(goto)", 1, 2, 0); /* m: 2889 -> 0,2896 */
	reached2[2889] = 1;
	trans[2][2885]	= settr(5076,2,2886,2,0,"else", 1, 2, 0);
	trans[2][2886]	= settr(5077,2,2896,1595,1595,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 2889 -> 0,2896 */
	reached2[2889] = 1;
	trans[2][2889]	= settr(5080,2,2896,1596,1596,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 2890 -> 0,2896 */
	reached2[2890] = 1;
	trans[2][2890]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[2][2891]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[2][2896] = settr(5087,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5087,2,2892,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5087,2,2894,0,0,"IF", 1, 2, 0);
	trans[2][2892]	= settr(5083,2,2909,1597,1597,"((w!=255))", 1, 2, 0); /* m: 2893 -> 2909,0 */
	reached2[2893] = 1;
	trans[2][2893]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[2][2897]	= settr(5088,2,2898,1,0,".(goto)", 1, 2, 0); /* m: 2898 -> 0,2909 */
	reached2[2898] = 1;
	trans[2][2894]	= settr(5085,2,2895,2,0,"else", 1, 2, 0);
	trans[2][2895]	= settr(5086,2,2909,1598,1598,"(1)", 1, 2, 0); /* m: 2898 -> 2909,0 */
	reached2[2898] = 1;
	trans[2][2898]	= settr(5089,2,2909,1599,1599,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 2899 -> 0,2909 */
	reached2[2899] = 1;
	trans[2][2899]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[2][2900]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[2][2901]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[2][2905]	= settr(5096,2,2906,1,0,".(goto)", 1, 2, 0); /* m: 2906 -> 0,2909 */
	reached2[2906] = 1;
	trans[2][2902]	= settr(5093,2,2903,2,0,"else", 1, 2, 0);
	trans[2][2903]	= settr(5094,2,2909,1600,1600,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 2906 -> 0,2909 */
	reached2[2906] = 1;
	trans[2][2906]	= settr(5097,2,2909,1601,1601,"i = (i+1)", 1, 2, 0);
	trans[2][2907]	= settr(5098,2,2912,2,0,"else", 1, 2, 0);
	trans[2][2908]	= settr(5099,2,2912,1,0,"goto :b97", 1, 2, 0); /* m: 2912 -> 0,2930 */
	reached2[2912] = 1;
	trans[2][2911]	= settr(5102,2,2912,1,0,"break", 1, 2, 0);
	trans[2][2912]	= settr(5103,2,2930,1602,1602,"i = 0", 1, 2, 0);
	trans[2][2931]	= settr(5122,2,2930,1,0,".(goto)", 1, 2, 0);
	T = trans[2][2930] = settr(5121,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(5121,2,2913,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(5121,2,2928,0,0,"DO", 1, 2, 0);
	trans[2][2913]	= settr(5104,2,2925,1603,0,"((i<5))", 1, 2, 0);
	T = trans[2][2925] = settr(5116,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5116,2,2914,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5116,2,2923,0,0,"IF", 1, 2, 0);
	trans[2][2914]	= settr(5105,2,2921,1604,1604,"((tstate[i]==2))", 1, 2, 0); /* m: 2915 -> 2921,0 */
	reached2[2915] = 1;
	trans[2][2915]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[2][2916]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[2][2921] = settr(5112,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(5112,2,2917,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(5112,2,2919,0,0,"IF", 1, 2, 0);
	trans[2][2917]	= settr(5108,2,2930,1605,1605,"((twait[i]==1))", 1, 2, 0); /* m: 2918 -> 2930,0 */
	reached2[2918] = 1;
	trans[2][2918]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[2][2922]	= settr(5113,2,2927,1,0,".(goto)", 1, 2, 0); /* m: 2927 -> 0,2930 */
	reached2[2927] = 1;
	trans[2][2919]	= settr(5110,2,2930,1606,1606,"((twait[i]==6))", 1, 2, 0); /* m: 2920 -> 2930,0 */
	reached2[2920] = 1;
	trans[2][2920]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[2][2926]	= settr(5117,2,2927,1,0,".(goto)", 1, 2, 0); /* m: 2927 -> 0,2930 */
	reached2[2927] = 1;
	trans[2][2923]	= settr(5114,2,2924,2,0,"else", 1, 2, 0);
	trans[2][2924]	= settr(5115,2,2930,1607,1607,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 2927 -> 0,2930 */
	reached2[2927] = 1;
	trans[2][2927]	= settr(5118,2,2930,1608,1608,"i = (i+1)", 1, 2, 0);
	trans[2][2928]	= settr(5119,2,2933,2,0,"else", 1, 2, 0);
	trans[2][2929]	= settr(5120,2,2933,1,0,"goto :b100", 1, 2, 0); /* m: 2933 -> 0,2941 */
	reached2[2933] = 1;
	trans[2][2932]	= settr(5123,2,2933,1,0,"break", 1, 2, 0);
	trans[2][2933]	= settr(5124,0,2941,1609,1609,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 2934 -> 0,2941 */
	reached2[2934] = 1;
	trans[2][2934]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[2][2935]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[2][2938]	= settr(0,0,0,0,0,"gen = 0",0,0,0);
	trans[2][2939]	= settr(0,0,0,0,0,"rret = 0",0,0,0);
	trans[2][2943]	= settr(5134,0,2944,1,0,"break", 0, 2, 0);
	trans[2][2944]	= settr(5135,0,0,1610,1610,"-end-", 0, 3500, 0);

	/* proctype 1: Caller */

	trans[1] = (Trans **) emalloc(1102*sizeof(Trans *));

	T = trans[ 1][1099] = settr(2189,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(2189,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[1][1]	= settr(1091,2,942,1611,0,"((tstate[1]==1))", 1, 2, 0);
	T = trans[ 1][942] = settr(2032,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2032,0,940,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][940] = settr(2030,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2030,2,2,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2030,2,4,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2030,2,6,0,0,"IF", 1, 2, 0);
	trans[1][2]	= settr(1092,2,1097,1612,1612,"(((!(alive[5])||dying[5])||!(alive[6])))", 1, 2, 0); /* m: 3 -> 1097,0 */
	reached1[3] = 1;
	trans[1][3]	= settr(0,0,0,0,0,"ret = 18",0,0,0);
	trans[1][941]	= settr(2031,2,1097,1,0,".(goto)", 1, 2, 0);
	trans[1][4]	= settr(1094,2,1097,1613,1613,"((!(alive[1])||!(alive[2])))", 1, 2, 0); /* m: 5 -> 1097,0 */
	reached1[5] = 1;
	trans[1][5]	= settr(0,0,0,0,0,"ret = 9",0,0,0);
	trans[1][6]	= settr(1096,2,19,2,0,"else", 1, 2, 0);
	T = trans[1][19] = settr(1109,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1109,2,7,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1109,2,9,0,0,"IF", 1, 2, 0);
	trans[1][7]	= settr(1097,2,938,1614,1614,"((((msg[2].state!=0)||(msg[2].waiter!=255))||(msg[1].state!=0)))", 1, 2, 0); /* m: 8 -> 938,0 */
	reached1[8] = 1;
	trans[1][8]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[1][20]	= settr(1110,2,938,1,0,".(goto)", 1, 2, 0);
	trans[1][9]	= settr(1099,2,11,2,0,"else", 1, 2, 0);
	T = trans[ 1][11] = settr(1101,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1101,0,10,0,0,"sub-sequence", 1, 2, 0);
	trans[1][10]	= settr(1100,2,17,1615,1615,"ret = ( ((msg[2].payload&&!(dying[(9+2)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[1][17] = settr(1107,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1107,2,12,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1107,2,15,0,0,"IF", 1, 2, 0);
	trans[1][12]	= settr(1102,2,14,1616,1616,"((ret==0))", 1, 2, 0);
	T = trans[ 1][14] = settr(1104,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1104,0,13,0,0,"sub-sequence", 1, 2, 0);
	trans[1][13]	= settr(1103,2,938,1617,1617,"ret = ( ((msg[1].payload&&!(dying[(9+1)]))) -> (0) : (3) )", 1, 2, 0);
	trans[1][18]	= settr(1108,2,938,1,0,".(goto)", 1, 2, 0);
	trans[1][15]	= settr(1105,2,16,2,0,"else", 1, 2, 0);
	trans[1][16]	= settr(1106,2,938,1,0,"(1)", 1, 2, 0);
	T = trans[1][938] = settr(2028,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2028,2,21,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2028,2,936,0,0,"IF", 1, 2, 0);
	trans[1][21]	= settr(1111,2,898,1618,1618,"((ret==0))", 1, 2, 0); /* m: 22 -> 898,0 */
	reached1[22] = 1;
	trans[1][22]	= settr(0,0,0,0,0,"msg[1].delivered = 0",0,0,0);
	trans[1][23]	= settr(0,0,0,0,0,"r_gen = (r_gen+1)",0,0,0);
	trans[1][24]	= settr(0,0,0,0,0,"r_armed = 1",0,0,0);
	trans[1][25]	= settr(0,0,0,0,0,"r_target = 2",0,0,0);
	trans[1][26]	= settr(0,0,0,0,0,"msg[1].reply = r_gen",0,0,0);
	trans[1][27]	= settr(0,0,0,0,0,"msg[2].state = 2",0,0,0);
	trans[1][28]	= settr(0,0,0,0,0,"msg[2].onq = 0",0,0,0);
	trans[1][29]	= settr(0,0,0,0,0,"msg[2].delivered = 0",0,0,0);
	T = trans[ 1][898] = settr(1988,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1988,0,157,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 1][157] = settr(1247,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1247,0,30,0,0,"sub-sequence", 1, 2, 0);
	trans[1][30]	= settr(1120,2,154,1619,1619,"i = 255", 1, 2, 0);
	trans[1][155]	= settr(1245,2,154,1,0,".(goto)", 1, 2, 0);
	T = trans[1][154] = settr(1244,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1244,2,31,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1244,2,152,0,0,"DO", 1, 2, 0);
	trans[1][31]	= settr(1121,2,52,1620,1620,"((qn[1]>0))", 1, 2, 0); /* m: 32 -> 52,0 */
	reached1[32] = 1;
	trans[1][32]	= settr(0,0,0,0,0,"w = ql[((1*3)+0)]",0,0,0);
	T = trans[ 1][52] = settr(1142,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1142,0,33,0,0,"sub-sequence", 1, 2, 0);
	trans[1][33]	= settr(1123,2,38,1621,1621,"j = 0", 1, 2, 0);
	trans[1][39]	= settr(1129,2,38,1,0,".(goto)", 1, 2, 0);
	T = trans[1][38] = settr(1128,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1128,2,34,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1128,2,36,0,0,"DO", 1, 2, 0);
	trans[1][34]	= settr(1124,2,38,1622,1622,"(((j<qn[1])&&(ql[((1*3)+j)]!=w)))", 1, 2, 0); /* m: 35 -> 38,0 */
	reached1[35] = 1;
	trans[1][35]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][36]	= settr(1126,2,41,2,0,"else", 1, 2, 0);
	trans[1][37]	= settr(1127,2,41,1,0,"goto :b22", 1, 2, 0); /* m: 41 -> 0,47 */
	reached1[41] = 1;
	trans[1][40]	= settr(1130,2,41,1,0,"break", 1, 2, 0);
	trans[1][41]	= settr(1131,2,47,1623,1623,"assert((j<qn[1]))", 1, 2, 0);
	trans[1][48]	= settr(1138,2,47,1,0,".(goto)", 1, 2, 0);
	T = trans[1][47] = settr(1137,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1137,2,42,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1137,2,45,0,0,"DO", 1, 2, 0);
	trans[1][42]	= settr(1132,2,47,1624,1624,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 43 -> 47,0 */
	reached1[43] = 1;
	trans[1][43]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[1][44]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][45]	= settr(1135,2,50,2,0,"else", 1, 2, 0);
	trans[1][46]	= settr(1136,2,50,1,0,"goto :b23", 1, 2, 0); /* m: 50 -> 0,54 */
	reached1[50] = 1;
	trans[1][49]	= settr(1139,2,50,1,0,"break", 1, 2, 0);
	trans[1][50]	= settr(1140,2,54,1625,1625,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 51 -> 0,54 */
	reached1[51] = 1;
	trans[1][51]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	T = trans[ 1][54] = settr(1144,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1144,0,53,0,0,"sub-sequence", 1, 2, 0);
	trans[1][53]	= settr(1143,2,60,1626,1626,"tt = ( ((msg[w].payload&&!(dying[(9+w)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[1][60] = settr(1150,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1150,2,55,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1150,2,58,0,0,"IF", 1, 2, 0);
	trans[1][55]	= settr(1145,2,57,1627,0,"(((tt==0)&&0))", 1, 2, 0);
	T = trans[ 1][57] = settr(1147,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1147,0,56,0,0,"sub-sequence", 1, 2, 0);
	trans[1][56]	= settr(1146,2,150,1628,1628,"tt = ( ((msg[w].charged&&dying[7])) -> (18) : (0) )", 1, 2, 0); /* m: 62 -> 0,150 */
	reached1[62] = 1;
	trans[1][61]	= settr(1151,2,62,1,0,".(goto)", 1, 2, 0); /* m: 62 -> 0,150 */
	reached1[62] = 1;
	trans[1][58]	= settr(1148,2,59,2,0,"else", 1, 2, 0);
	trans[1][59]	= settr(1149,2,150,1629,1629,"(1)", 1, 2, 0); /* m: 62 -> 150,0 */
	reached1[62] = 1;
	trans[1][62]	= settr(1152,2,150,1630,1630,"msg[w].onq = 0", 1, 2, 0);
	T = trans[1][150] = settr(1240,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1240,2,63,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1240,2,66,0,0,"IF", 1, 2, 0);
	trans[1][63]	= settr(1153,2,896,1631,1631,"((tt==0))", 1, 2, 0); /* m: 64 -> 896,0 */
	reached1[64] = 1;
	trans[1][64]	= settr(0,0,0,0,0,"i = w",0,0,0);
	trans[1][65]	= settr(1155,2,896,1,0,"goto :b21", 1, 2, 0);
	trans[1][151]	= settr(1241,2,154,1,0,".(goto)", 1, 2, 0);
	trans[1][66]	= settr(1156,2,149,2,0,"else", 1, 2, 0);
	T = trans[ 1][149] = settr(1239,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1239,0,115,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][115] = settr(1205,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1205,2,67,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1205,2,113,0,0,"IF", 1, 2, 0);
	trans[1][67]	= settr(1157,2,112,1632,0,"(((tt!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 1][112] = settr(1202,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1202,0,110,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][110] = settr(1200,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1200,2,68,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1200,2,108,0,0,"IF", 1, 2, 0);
	trans[1][68]	= settr(1158,2,106,1633,1633,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 69 -> 106,0 */
	reached1[69] = 1;
	trans[1][69]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][70]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][106] = settr(1196,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1196,2,71,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1196,2,104,0,0,"IF", 1, 2, 0);
	trans[1][71]	= settr(1161,2,103,1634,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][103] = settr(1193,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1193,0,72,0,0,"sub-sequence", 1, 2, 0);
	trans[1][72]	= settr(1162,2,95,1635,1635,"msg[ft].xfer = 0", 1, 2, 0); /* m: 73 -> 0,95 */
	reached1[73] = 1;
	trans[1][73]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][74]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][75]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][76]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][77]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][78]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][79]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][80]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[1][81]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][82]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][83]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][84]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][95] = settr(1185,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1185,2,85,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1185,2,93,0,0,"IF", 1, 2, 0);
	trans[1][85]	= settr(1175,2,92,1636,1636,"((fw!=255))", 1, 2, 0); /* m: 86 -> 92,0 */
	reached1[86] = 1;
	trans[1][86]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][87]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][92] = settr(1182,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1182,0,88,0,0,"sub-sequence", 1, 2, 0);
	trans[1][88]	= settr(1178,2,101,1637,1637,"twait[fw] = 0", 1, 2, 0); /* m: 89 -> 0,101 */
	reached1[89] = 1;
	trans[1][89]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][90]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[1][91]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][96]	= settr(1186,2,101,1,0,".(goto)", 1, 2, 0);
	trans[1][93]	= settr(1183,2,94,2,0,"else", 1, 2, 0);
	trans[1][94]	= settr(1184,2,101,1638,1638,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][101] = settr(1191,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1191,2,97,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1191,2,99,0,0,"IF", 1, 2, 0);
	trans[1][97]	= settr(1187,2,148,1639,1639,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 98 -> 148,0 */
	reached1[98] = 1;
	trans[1][98]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][102]	= settr(1192,2,148,1,0,".(goto)", 1, 2, 0);
	trans[1][99]	= settr(1189,2,100,2,0,"else", 1, 2, 0);
	trans[1][100]	= settr(1190,2,148,1,0,"(1)", 1, 2, 0);
	trans[1][107]	= settr(1197,2,148,1,0,".(goto)", 1, 2, 0);
	trans[1][104]	= settr(1194,2,105,2,0,"else", 1, 2, 0);
	trans[1][105]	= settr(1195,2,148,1,0,"(1)", 1, 2, 0);
	trans[1][111]	= settr(1201,2,148,1,0,".(goto)", 1, 2, 0);
	trans[1][108]	= settr(1198,2,109,2,0,"else", 1, 2, 0);
	trans[1][109]	= settr(1199,2,148,1,0,"(1)", 1, 2, 0);
	trans[1][116]	= settr(1206,2,148,1,0,".(goto)", 1, 2, 0);
	trans[1][113]	= settr(1203,2,114,2,0,"else", 1, 2, 0);
	trans[1][114]	= settr(1204,2,148,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][148] = settr(1238,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1238,0,117,0,0,"sub-sequence", 1, 2, 0);
	trans[1][117]	= settr(1207,2,140,1640,1640,"msg[w].xfer = 0", 1, 2, 0); /* m: 118 -> 0,140 */
	reached1[118] = 1;
	trans[1][118]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[1][119]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[1][120]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[1][121]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[1][122]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[1][123]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[1][124]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[1][125]	= settr(0,0,0,0,0,"msg[w].status = tt",0,0,0);
	trans[1][126]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[1][127]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[1][128]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[1][129]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[1][140] = settr(1230,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1230,2,130,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1230,2,138,0,0,"IF", 1, 2, 0);
	trans[1][130]	= settr(1220,2,137,1641,1641,"((fw!=255))", 1, 2, 0); /* m: 131 -> 137,0 */
	reached1[131] = 1;
	trans[1][131]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[1][132]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 1][137] = settr(1227,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1227,0,133,0,0,"sub-sequence", 1, 2, 0);
	trans[1][133]	= settr(1223,2,146,1642,1642,"twait[fw] = 0", 1, 2, 0); /* m: 134 -> 0,146 */
	reached1[134] = 1;
	trans[1][134]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][135]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[1][136]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][141]	= settr(1231,2,146,1,0,".(goto)", 1, 2, 0);
	trans[1][138]	= settr(1228,2,139,2,0,"else", 1, 2, 0);
	trans[1][139]	= settr(1229,2,146,1643,1643,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[1][146] = settr(1236,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1236,2,142,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1236,2,144,0,0,"IF", 1, 2, 0);
	trans[1][142]	= settr(1232,2,154,1644,1644,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 143 -> 154,0 */
	reached1[143] = 1;
	trans[1][143]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][147]	= settr(1237,2,154,1,0,".(goto)", 1, 2, 0);
	trans[1][144]	= settr(1234,2,145,2,0,"else", 1, 2, 0);
	trans[1][145]	= settr(1235,2,154,1,0,"(1)", 1, 2, 0);
	trans[1][152]	= settr(1242,2,896,2,0,"else", 1, 2, 0);
	trans[1][153]	= settr(1243,2,896,1,0,"goto :b21", 1, 2, 0);
	trans[1][156]	= settr(1246,2,896,1,0,"break", 1, 2, 0);
	T = trans[1][896] = settr(1986,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1986,2,158,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1986,2,165,0,0,"IF", 1, 2, 0);
	trans[1][158]	= settr(1248,2,163,1645,1645,"((i==255))", 1, 2, 0); /* m: 159 -> 163,0 */
	reached1[159] = 1;
	trans[1][159]	= settr(0,0,0,0,0,"msg[1].state = 1",0,0,0);
	trans[1][160]	= settr(0,0,0,0,0,"msg[1].onq = 1",0,0,0);
	T = trans[ 1][163] = settr(1253,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1253,0,161,0,0,"sub-sequence", 1, 2, 0);
	trans[1][161]	= settr(1251,2,909,1646,1646,"ql[((0*3)+qn[0])] = 1", 1, 2, 0); /* m: 162 -> 0,909 */
	reached1[162] = 1;
	trans[1][162]	= settr(0,0,0,0,0,"qn[0] = (qn[0]+1)",0,0,0);
	trans[1][164]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[1][897]	= settr(1987,2,909,1,0,".(goto)", 1, 2, 0);
	trans[1][165]	= settr(1255,2,167,2,0,"else", 1, 2, 0);
	T = trans[ 1][167] = settr(1257,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1257,0,166,0,0,"sub-sequence", 1, 2, 0);
	trans[1][166]	= settr(1256,2,894,1647,1647,"st = ( ((msg[1].charged&&dying[7])) -> (18) : (0) )", 1, 2, 0);
	T = trans[1][894] = settr(1984,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1984,2,168,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1984,2,265,0,0,"IF", 1, 2, 0);
	trans[1][168]	= settr(1258,2,175,1648,1648,"((st!=0))", 1, 2, 0); /* m: 169 -> 175,0 */
	reached1[169] = 1;
	trans[1][169]	= settr(0,0,0,0,0,"j = qn[1]",0,0,0);
	trans[1][176]	= settr(1266,2,175,1,0,".(goto)", 1, 2, 0);
	T = trans[1][175] = settr(1265,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1265,2,170,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1265,2,173,0,0,"DO", 1, 2, 0);
	trans[1][170]	= settr(1260,2,175,1649,1649,"((j>0))", 1, 2, 0); /* m: 171 -> 175,0 */
	reached1[171] = 1;
	trans[1][171]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j-1))]",0,0,0);
	trans[1][172]	= settr(0,0,0,0,0,"j = (j-1)",0,0,0);
	trans[1][173]	= settr(1263,2,178,2,0,"else", 1, 2, 0);
	trans[1][174]	= settr(1264,2,178,1,0,"goto :b24", 1, 2, 0); /* m: 178 -> 0,263 */
	reached1[178] = 1;
	trans[1][177]	= settr(1267,2,178,1,0,"break", 1, 2, 0);
	trans[1][178]	= settr(1268,2,263,1650,1650,"ql[((1*3)+0)] = i", 1, 2, 0); /* m: 179 -> 0,263 */
	reached1[179] = 1;
	trans[1][179]	= settr(0,0,0,0,0,"qn[1] = (qn[1]+1)",0,0,0);
	trans[1][180]	= settr(0,0,0,0,0,"msg[i].onq = 1",0,0,0);
	T = trans[ 1][263] = settr(1353,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1353,0,229,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][229] = settr(1319,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1319,2,181,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1319,2,227,0,0,"IF", 1, 2, 0);
	trans[1][181]	= settr(1271,2,226,1651,0,"(((st!=0)&&(msg[1].reply!=0)))", 1, 2, 0);
	T = trans[ 1][226] = settr(1316,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1316,0,224,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][224] = settr(1314,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1314,2,182,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1314,2,222,0,0,"IF", 1, 2, 0);
	trans[1][182]	= settr(1272,2,220,1652,1652,"((r_armed&&(msg[1].reply==r_gen)))", 1, 2, 0); /* m: 183 -> 220,0 */
	reached1[183] = 1;
	trans[1][183]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][184]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][220] = settr(1310,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1310,2,185,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1310,2,218,0,0,"IF", 1, 2, 0);
	trans[1][185]	= settr(1275,2,217,1653,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][217] = settr(1307,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1307,0,186,0,0,"sub-sequence", 1, 2, 0);
	trans[1][186]	= settr(1276,2,209,1654,1654,"msg[ft].xfer = 0", 1, 2, 0); /* m: 187 -> 0,209 */
	reached1[187] = 1;
	trans[1][187]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][188]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][189]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][190]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][191]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][192]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][193]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][194]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[1][195]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][196]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][197]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][198]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][209] = settr(1299,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1299,2,199,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1299,2,207,0,0,"IF", 1, 2, 0);
	trans[1][199]	= settr(1289,2,206,1655,1655,"((fw!=255))", 1, 2, 0); /* m: 200 -> 206,0 */
	reached1[200] = 1;
	trans[1][200]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][201]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][206] = settr(1296,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1296,0,202,0,0,"sub-sequence", 1, 2, 0);
	trans[1][202]	= settr(1292,2,215,1656,1656,"twait[fw] = 0", 1, 2, 0); /* m: 203 -> 0,215 */
	reached1[203] = 1;
	trans[1][203]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][204]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[1][205]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][210]	= settr(1300,2,215,1,0,".(goto)", 1, 2, 0);
	trans[1][207]	= settr(1297,2,208,2,0,"else", 1, 2, 0);
	trans[1][208]	= settr(1298,2,215,1657,1657,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][215] = settr(1305,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1305,2,211,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1305,2,213,0,0,"IF", 1, 2, 0);
	trans[1][211]	= settr(1301,2,262,1658,1658,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 212 -> 262,0 */
	reached1[212] = 1;
	trans[1][212]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][216]	= settr(1306,2,262,1,0,".(goto)", 1, 2, 0);
	trans[1][213]	= settr(1303,2,214,2,0,"else", 1, 2, 0);
	trans[1][214]	= settr(1304,2,262,1,0,"(1)", 1, 2, 0);
	trans[1][221]	= settr(1311,2,262,1,0,".(goto)", 1, 2, 0);
	trans[1][218]	= settr(1308,2,219,2,0,"else", 1, 2, 0);
	trans[1][219]	= settr(1309,2,262,1,0,"(1)", 1, 2, 0);
	trans[1][225]	= settr(1315,2,262,1,0,".(goto)", 1, 2, 0);
	trans[1][222]	= settr(1312,2,223,2,0,"else", 1, 2, 0);
	trans[1][223]	= settr(1313,2,262,1,0,"(1)", 1, 2, 0);
	trans[1][230]	= settr(1320,2,262,1,0,".(goto)", 1, 2, 0);
	trans[1][227]	= settr(1317,2,228,2,0,"else", 1, 2, 0);
	trans[1][228]	= settr(1318,2,262,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][262] = settr(1352,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1352,0,231,0,0,"sub-sequence", 1, 2, 0);
	trans[1][231]	= settr(1321,2,254,1659,1659,"msg[1].xfer = 0", 1, 2, 0); /* m: 232 -> 0,254 */
	reached1[232] = 1;
	trans[1][232]	= settr(0,0,0,0,0,"msg[1].state = 0",0,0,0);
	trans[1][233]	= settr(0,0,0,0,0,"msg[1].is_source = 0",0,0,0);
	trans[1][234]	= settr(0,0,0,0,0,"msg[1].peer = 255",0,0,0);
	trans[1][235]	= settr(0,0,0,0,0,"msg[1].onq = 0",0,0,0);
	trans[1][236]	= settr(0,0,0,0,0,"msg[1].ncaps = 0",0,0,0);
	trans[1][237]	= settr(0,0,0,0,0,"msg[1].copied = 0",0,0,0);
	trans[1][238]	= settr(0,0,0,0,0,"msg[1].failed = 0",0,0,0);
	trans[1][239]	= settr(0,0,0,0,0,"msg[1].status = st",0,0,0);
	trans[1][240]	= settr(0,0,0,0,0,"msg[1].got_caps = 0",0,0,0);
	trans[1][241]	= settr(0,0,0,0,0,"msg[1].charged = 0",0,0,0);
	trans[1][242]	= settr(0,0,0,0,0,"msg[1].reply = 0",0,0,0);
	trans[1][243]	= settr(0,0,0,0,0,"fw = msg[1].waiter",0,0,0);
	T = trans[1][254] = settr(1344,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1344,2,244,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1344,2,252,0,0,"IF", 1, 2, 0);
	trans[1][244]	= settr(1334,2,251,1660,1660,"((fw!=255))", 1, 2, 0); /* m: 245 -> 251,0 */
	reached1[245] = 1;
	trans[1][245]	= settr(0,0,0,0,0,"msg[1].waiter = 255",0,0,0);
	trans[1][246]	= settr(0,0,0,0,0,"msg[1].delivered = 0",0,0,0);
	T = trans[ 1][251] = settr(1341,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1341,0,247,0,0,"sub-sequence", 1, 2, 0);
	trans[1][247]	= settr(1337,2,260,1661,1661,"twait[fw] = 0", 1, 2, 0); /* m: 248 -> 0,260 */
	reached1[248] = 1;
	trans[1][248]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][249]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[1][250]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][255]	= settr(1345,2,260,1,0,".(goto)", 1, 2, 0);
	trans[1][252]	= settr(1342,2,253,2,0,"else", 1, 2, 0);
	trans[1][253]	= settr(1343,2,260,1662,1662,"msg[1].delivered = 1", 1, 2, 0);
	T = trans[1][260] = settr(1350,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1350,2,256,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1350,2,258,0,0,"IF", 1, 2, 0);
	trans[1][256]	= settr(1346,2,909,1663,1663,"((msg[1].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 257 -> 909,0 */
	reached1[257] = 1;
	trans[1][257]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][261]	= settr(1351,2,264,1,0,".(goto)", 1, 2, 0); /* m: 264 -> 0,909 */
	reached1[264] = 1;
	trans[1][258]	= settr(1348,2,259,2,0,"else", 1, 2, 0);
	trans[1][259]	= settr(1349,2,909,1664,1664,"(1)", 1, 2, 0); /* m: 264 -> 909,0 */
	reached1[264] = 1;
	trans[1][264]	= settr(1354,2,909,1665,1665,"ret = 0", 1, 2, 0);
	trans[1][895]	= settr(1985,2,909,1,0,".(goto)", 1, 2, 0);
	trans[1][265]	= settr(1355,2,279,2,0,"else", 1, 2, 0);
	T = trans[ 1][279] = settr(1369,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1369,0,266,0,0,"sub-sequence", 1, 2, 0);
	trans[1][266]	= settr(1356,2,893,1666,1666,"msg[1].state = 3", 1, 2, 0); /* m: 267 -> 0,893 */
	reached1[267] = 1;
	trans[1][267]	= settr(0,0,0,0,0,"msg[i].state = 3",0,0,0);
	trans[1][268]	= settr(0,0,0,0,0,"msg[1].is_source = 1",0,0,0);
	trans[1][269]	= settr(0,0,0,0,0,"msg[i].is_source = 0",0,0,0);
	trans[1][270]	= settr(0,0,0,0,0,"msg[1].peer = i",0,0,0);
	trans[1][271]	= settr(0,0,0,0,0,"msg[i].peer = 1",0,0,0);
	trans[1][272]	= settr(0,0,0,0,0,"msg[1].ncaps = 2",0,0,0);
	trans[1][273]	= settr(0,0,0,0,0,"msg[i].ncaps = 2",0,0,0);
	trans[1][274]	= settr(0,0,0,0,0,"msg[1].copied = 0",0,0,0);
	trans[1][275]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[1][276]	= settr(0,0,0,0,0,"msg[1].failed = 0",0,0,0);
	trans[1][277]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[1][278]	= settr(0,0,0,0,0,"msg[1].landed = 0",0,0,0);
	T = trans[ 1][893] = settr(1983,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1983,0,280,0,0,"sub-sequence", 1, 2, 0);
	trans[1][280]	= settr(1370,2,282,1667,1667,"t_ = msg[1].peer", 1, 2, 0);
	T = trans[ 1][282] = settr(1372,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1372,0,281,0,0,"sub-sequence", 1, 2, 0);
	trans[1][281]	= settr(1371,2,284,1668,1668,"st = ( ((msg[1].payload&&!(dying[(9+1)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[ 1][284] = settr(1374,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1374,0,283,0,0,"sub-sequence", 1, 2, 0);
	trans[1][283]	= settr(1373,2,891,1669,1669,"tt = ( ((msg[t_].payload&&!(dying[(9+t_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[1][891] = settr(1981,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1981,2,285,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1981,2,470,0,0,"IF", 1, 2, 0);
	trans[1][285]	= settr(1375,2,300,1670,0,"(((st!=0)||(tt!=0)))", 1, 2, 0);
	T = trans[ 1][300] = settr(1390,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1390,0,286,0,0,"sub-sequence", 1, 2, 0);
	trans[1][286]	= settr(1376,2,298,1671,1671,"x = (msg[1].landed&((1<<msg[1].copied)-1))", 1, 2, 0);
	T = trans[ 1][298] = settr(1388,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1388,0,287,0,0,"sub-sequence", 1, 2, 0);
	trans[1][287]	= settr(1377,2,295,1672,1672,"n = 0", 1, 2, 0); /* m: 288 -> 0,295 */
	reached1[288] = 1;
	trans[1][288]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[1][296]	= settr(1386,2,295,1,0,".(goto)", 1, 2, 0);
	T = trans[1][295] = settr(1385,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1385,2,289,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1385,2,293,0,0,"DO", 1, 2, 0);
	trans[1][289]	= settr(1379,2,295,1673,1673,"((j<msg[1].ncaps))", 1, 2, 0); /* m: 290 -> 295,0 */
	reached1[290] = 1;
	trans[1][290]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(1+1))))",0,0,0);
	trans[1][291]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[1][292]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][293]	= settr(1383,2,299,2,0,"else", 1, 2, 0);
	trans[1][294]	= settr(1384,2,299,1,0,"goto :b25", 1, 2, 0); /* m: 299 -> 0,385 */
	reached1[299] = 1;
	trans[1][297]	= settr(1387,2,299,1,0,"break", 1, 2, 0);
	trans[1][299]	= settr(1389,2,385,1674,1674,"res = n", 1, 2, 0); /* m: 301 -> 0,385 */
	reached1[301] = 1;
	trans[1][301]	= settr(0,0,0,0,0,"st = ( ((st!=0)) -> (st) : (18) )",0,0,0);
	trans[1][302]	= settr(0,0,0,0,0,"tt = ( ((tt!=0)) -> (tt) : (18) )",0,0,0);
	T = trans[ 1][385] = settr(1475,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1475,0,351,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][351] = settr(1441,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1441,2,303,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1441,2,349,0,0,"IF", 1, 2, 0);
	trans[1][303]	= settr(1393,2,348,1675,0,"(((st!=0)&&(msg[1].reply!=0)))", 1, 2, 0);
	T = trans[ 1][348] = settr(1438,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1438,0,346,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][346] = settr(1436,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1436,2,304,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1436,2,344,0,0,"IF", 1, 2, 0);
	trans[1][304]	= settr(1394,2,342,1676,1676,"((r_armed&&(msg[1].reply==r_gen)))", 1, 2, 0); /* m: 305 -> 342,0 */
	reached1[305] = 1;
	trans[1][305]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][306]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][342] = settr(1432,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1432,2,307,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1432,2,340,0,0,"IF", 1, 2, 0);
	trans[1][307]	= settr(1397,2,339,1677,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][339] = settr(1429,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1429,0,308,0,0,"sub-sequence", 1, 2, 0);
	trans[1][308]	= settr(1398,2,331,1678,1678,"msg[ft].xfer = 0", 1, 2, 0); /* m: 309 -> 0,331 */
	reached1[309] = 1;
	trans[1][309]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][310]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][311]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][312]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][313]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][314]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][315]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][316]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[1][317]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][318]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][319]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][320]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][331] = settr(1421,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1421,2,321,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1421,2,329,0,0,"IF", 1, 2, 0);
	trans[1][321]	= settr(1411,2,328,1679,1679,"((fw!=255))", 1, 2, 0); /* m: 322 -> 328,0 */
	reached1[322] = 1;
	trans[1][322]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][323]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][328] = settr(1418,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1418,0,324,0,0,"sub-sequence", 1, 2, 0);
	trans[1][324]	= settr(1414,2,337,1680,1680,"twait[fw] = 0", 1, 2, 0); /* m: 325 -> 0,337 */
	reached1[325] = 1;
	trans[1][325]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][326]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[1][327]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][332]	= settr(1422,2,337,1,0,".(goto)", 1, 2, 0);
	trans[1][329]	= settr(1419,2,330,2,0,"else", 1, 2, 0);
	trans[1][330]	= settr(1420,2,337,1681,1681,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][337] = settr(1427,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1427,2,333,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1427,2,335,0,0,"IF", 1, 2, 0);
	trans[1][333]	= settr(1423,2,384,1682,1682,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 334 -> 384,0 */
	reached1[334] = 1;
	trans[1][334]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][338]	= settr(1428,2,384,1,0,".(goto)", 1, 2, 0);
	trans[1][335]	= settr(1425,2,336,2,0,"else", 1, 2, 0);
	trans[1][336]	= settr(1426,2,384,1,0,"(1)", 1, 2, 0);
	trans[1][343]	= settr(1433,2,384,1,0,".(goto)", 1, 2, 0);
	trans[1][340]	= settr(1430,2,341,2,0,"else", 1, 2, 0);
	trans[1][341]	= settr(1431,2,384,1,0,"(1)", 1, 2, 0);
	trans[1][347]	= settr(1437,2,384,1,0,".(goto)", 1, 2, 0);
	trans[1][344]	= settr(1434,2,345,2,0,"else", 1, 2, 0);
	trans[1][345]	= settr(1435,2,384,1,0,"(1)", 1, 2, 0);
	trans[1][352]	= settr(1442,2,384,1,0,".(goto)", 1, 2, 0);
	trans[1][349]	= settr(1439,2,350,2,0,"else", 1, 2, 0);
	trans[1][350]	= settr(1440,2,384,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][384] = settr(1474,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1474,0,353,0,0,"sub-sequence", 1, 2, 0);
	trans[1][353]	= settr(1443,2,376,1683,1683,"msg[1].xfer = 0", 1, 2, 0); /* m: 354 -> 0,376 */
	reached1[354] = 1;
	trans[1][354]	= settr(0,0,0,0,0,"msg[1].state = 0",0,0,0);
	trans[1][355]	= settr(0,0,0,0,0,"msg[1].is_source = 0",0,0,0);
	trans[1][356]	= settr(0,0,0,0,0,"msg[1].peer = 255",0,0,0);
	trans[1][357]	= settr(0,0,0,0,0,"msg[1].onq = 0",0,0,0);
	trans[1][358]	= settr(0,0,0,0,0,"msg[1].ncaps = 0",0,0,0);
	trans[1][359]	= settr(0,0,0,0,0,"msg[1].copied = 0",0,0,0);
	trans[1][360]	= settr(0,0,0,0,0,"msg[1].failed = 0",0,0,0);
	trans[1][361]	= settr(0,0,0,0,0,"msg[1].status = st",0,0,0);
	trans[1][362]	= settr(0,0,0,0,0,"msg[1].got_caps = res",0,0,0);
	trans[1][363]	= settr(0,0,0,0,0,"msg[1].charged = 0",0,0,0);
	trans[1][364]	= settr(0,0,0,0,0,"msg[1].reply = 0",0,0,0);
	trans[1][365]	= settr(0,0,0,0,0,"fw = msg[1].waiter",0,0,0);
	T = trans[1][376] = settr(1466,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1466,2,366,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1466,2,374,0,0,"IF", 1, 2, 0);
	trans[1][366]	= settr(1456,2,373,1684,1684,"((fw!=255))", 1, 2, 0); /* m: 367 -> 373,0 */
	reached1[367] = 1;
	trans[1][367]	= settr(0,0,0,0,0,"msg[1].waiter = 255",0,0,0);
	trans[1][368]	= settr(0,0,0,0,0,"msg[1].delivered = 0",0,0,0);
	T = trans[ 1][373] = settr(1463,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1463,0,369,0,0,"sub-sequence", 1, 2, 0);
	trans[1][369]	= settr(1459,2,382,1685,1685,"twait[fw] = 0", 1, 2, 0); /* m: 370 -> 0,382 */
	reached1[370] = 1;
	trans[1][370]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][371]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[1][372]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][377]	= settr(1467,2,382,1,0,".(goto)", 1, 2, 0);
	trans[1][374]	= settr(1464,2,375,2,0,"else", 1, 2, 0);
	trans[1][375]	= settr(1465,2,382,1686,1686,"msg[1].delivered = 1", 1, 2, 0);
	T = trans[1][382] = settr(1472,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1472,2,378,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1472,2,380,0,0,"IF", 1, 2, 0);
	trans[1][378]	= settr(1468,2,468,1687,1687,"((msg[1].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 379 -> 468,0 */
	reached1[379] = 1;
	trans[1][379]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][383]	= settr(1473,2,468,1,0,".(goto)", 1, 2, 0);
	trans[1][380]	= settr(1470,2,381,2,0,"else", 1, 2, 0);
	trans[1][381]	= settr(1471,2,468,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][468] = settr(1558,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1558,0,434,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][434] = settr(1524,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1524,2,386,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1524,2,432,0,0,"IF", 1, 2, 0);
	trans[1][386]	= settr(1476,2,431,1688,0,"(((tt!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 1][431] = settr(1521,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1521,0,429,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][429] = settr(1519,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1519,2,387,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1519,2,427,0,0,"IF", 1, 2, 0);
	trans[1][387]	= settr(1477,2,425,1689,1689,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 388 -> 425,0 */
	reached1[388] = 1;
	trans[1][388]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][389]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][425] = settr(1515,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1515,2,390,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1515,2,423,0,0,"IF", 1, 2, 0);
	trans[1][390]	= settr(1480,2,422,1690,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][422] = settr(1512,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1512,0,391,0,0,"sub-sequence", 1, 2, 0);
	trans[1][391]	= settr(1481,2,414,1691,1691,"msg[ft].xfer = 0", 1, 2, 0); /* m: 392 -> 0,414 */
	reached1[392] = 1;
	trans[1][392]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][393]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][394]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][395]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][396]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][397]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][398]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][399]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[1][400]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][401]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][402]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][403]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][414] = settr(1504,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1504,2,404,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1504,2,412,0,0,"IF", 1, 2, 0);
	trans[1][404]	= settr(1494,2,411,1692,1692,"((fw!=255))", 1, 2, 0); /* m: 405 -> 411,0 */
	reached1[405] = 1;
	trans[1][405]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][406]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][411] = settr(1501,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1501,0,407,0,0,"sub-sequence", 1, 2, 0);
	trans[1][407]	= settr(1497,2,420,1693,1693,"twait[fw] = 0", 1, 2, 0); /* m: 408 -> 0,420 */
	reached1[408] = 1;
	trans[1][408]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][409]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[1][410]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][415]	= settr(1505,2,420,1,0,".(goto)", 1, 2, 0);
	trans[1][412]	= settr(1502,2,413,2,0,"else", 1, 2, 0);
	trans[1][413]	= settr(1503,2,420,1694,1694,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][420] = settr(1510,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1510,2,416,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1510,2,418,0,0,"IF", 1, 2, 0);
	trans[1][416]	= settr(1506,2,467,1695,1695,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 417 -> 467,0 */
	reached1[417] = 1;
	trans[1][417]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][421]	= settr(1511,2,467,1,0,".(goto)", 1, 2, 0);
	trans[1][418]	= settr(1508,2,419,2,0,"else", 1, 2, 0);
	trans[1][419]	= settr(1509,2,467,1,0,"(1)", 1, 2, 0);
	trans[1][426]	= settr(1516,2,467,1,0,".(goto)", 1, 2, 0);
	trans[1][423]	= settr(1513,2,424,2,0,"else", 1, 2, 0);
	trans[1][424]	= settr(1514,2,467,1,0,"(1)", 1, 2, 0);
	trans[1][430]	= settr(1520,2,467,1,0,".(goto)", 1, 2, 0);
	trans[1][427]	= settr(1517,2,428,2,0,"else", 1, 2, 0);
	trans[1][428]	= settr(1518,2,467,1,0,"(1)", 1, 2, 0);
	trans[1][435]	= settr(1525,2,467,1,0,".(goto)", 1, 2, 0);
	trans[1][432]	= settr(1522,2,433,2,0,"else", 1, 2, 0);
	trans[1][433]	= settr(1523,2,467,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][467] = settr(1557,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1557,0,436,0,0,"sub-sequence", 1, 2, 0);
	trans[1][436]	= settr(1526,2,459,1696,1696,"msg[t_].xfer = 0", 1, 2, 0); /* m: 437 -> 0,459 */
	reached1[437] = 1;
	trans[1][437]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[1][438]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[1][439]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[1][440]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[1][441]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[1][442]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[1][443]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[1][444]	= settr(0,0,0,0,0,"msg[t_].status = tt",0,0,0);
	trans[1][445]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[1][446]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[1][447]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[1][448]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[1][459] = settr(1549,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1549,2,449,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1549,2,457,0,0,"IF", 1, 2, 0);
	trans[1][449]	= settr(1539,2,456,1697,1697,"((fw!=255))", 1, 2, 0); /* m: 450 -> 456,0 */
	reached1[450] = 1;
	trans[1][450]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[1][451]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 1][456] = settr(1546,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1546,0,452,0,0,"sub-sequence", 1, 2, 0);
	trans[1][452]	= settr(1542,2,465,1698,1698,"twait[fw] = 0", 1, 2, 0); /* m: 453 -> 0,465 */
	reached1[453] = 1;
	trans[1][453]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][454]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[1][455]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][460]	= settr(1550,2,465,1,0,".(goto)", 1, 2, 0);
	trans[1][457]	= settr(1547,2,458,2,0,"else", 1, 2, 0);
	trans[1][458]	= settr(1548,2,465,1699,1699,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[1][465] = settr(1555,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1555,2,461,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1555,2,463,0,0,"IF", 1, 2, 0);
	trans[1][461]	= settr(1551,2,909,1700,1700,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 462 -> 909,0 */
	reached1[462] = 1;
	trans[1][462]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][466]	= settr(1556,2,469,1,0,".(goto)", 1, 2, 0); /* m: 469 -> 0,909 */
	reached1[469] = 1;
	trans[1][463]	= settr(1553,2,464,2,0,"else", 1, 2, 0);
	trans[1][464]	= settr(1554,2,909,1701,1701,"(1)", 1, 2, 0); /* m: 469 -> 909,0 */
	reached1[469] = 1;
	trans[1][469]	= settr(1559,2,909,1702,1702,"ret = 0", 1, 2, 0);
	trans[1][892]	= settr(1982,2,909,1,0,".(goto)", 1, 2, 0);
	trans[1][470]	= settr(1560,2,471,2,0,"else", 1, 2, 0);
	trans[1][471]	= settr(1561,2,494,1703,1703,"cut = 0", 1, 2, 0);
	trans[1][495]	= settr(1585,2,494,1,0,".(goto)", 1, 2, 0);
	T = trans[1][494] = settr(1584,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1584,2,472,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1584,2,492,0,0,"DO", 1, 2, 0);
	trans[1][472]	= settr(1562,2,482,1704,0,"((msg[1].copied<msg[1].ncaps))", 1, 2, 0);
	T = trans[ 1][482] = settr(1572,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1572,0,480,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][480] = settr(1570,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1570,2,473,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1570,2,478,0,0,"IF", 1, 2, 0);
	trans[1][473]	= settr(1563,2,490,1705,1705,"(((src[1]&(1<<msg[1].copied))&&(dst[((t_*2)+msg[1].copied)]==0)))", 1, 2, 0); /* m: 474 -> 490,0 */
	reached1[474] = 1;
	trans[1][474]	= settr(0,0,0,0,0,"assert(!((ncopy[1]&(1<<msg[1].copied))))",0,0,0);
	trans[1][475]	= settr(0,0,0,0,0,"ncopy[1] = (ncopy[1]|(1<<msg[1].copied))",0,0,0);
	trans[1][476]	= settr(0,0,0,0,0,"dst[((t_*2)+msg[1].copied)] = (1+1)",0,0,0);
	trans[1][477]	= settr(0,0,0,0,0,"msg[1].landed = (msg[1].landed|(1<<msg[1].copied))",0,0,0);
	trans[1][481]	= settr(1571,2,483,1,0,".(goto)", 1, 2, 0); /* m: 483 -> 0,490 */
	reached1[483] = 1;
	trans[1][478]	= settr(1568,2,479,2,0,"else", 1, 2, 0);
	trans[1][479]	= settr(1569,2,490,1706,1706,"msg[1].failed = (msg[1].failed+1)", 1, 2, 0); /* m: 483 -> 0,490 */
	reached1[483] = 1;
	trans[1][483]	= settr(1573,2,490,1707,1707,"msg[1].copied = (msg[1].copied+1)", 1, 2, 0); /* m: 484 -> 0,490 */
	reached1[484] = 1;
	trans[1][484]	= settr(0,0,0,0,0,"msg[t_].copied = msg[1].copied",0,0,0);
	T = trans[1][490] = settr(1580,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1580,2,485,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1580,2,488,0,0,"IF", 1, 2, 0);
	trans[1][485]	= settr(1575,2,889,1708,1708,"((msg[1].copied<msg[1].ncaps))", 1, 2, 0); /* m: 486 -> 889,0 */
	reached1[486] = 1;
	trans[1][486]	= settr(0,0,0,0,0,"cut = 1",0,0,0);
	trans[1][487]	= settr(1577,2,889,1,0,"goto :b26", 1, 2, 0);
	trans[1][491]	= settr(1581,2,494,1,0,".(goto)", 1, 2, 0);
	trans[1][488]	= settr(1578,2,489,1,0,"(1)", 1, 2, 0);
	trans[1][489]	= settr(1579,2,494,1,0,"(1)", 1, 2, 0);
	trans[1][492]	= settr(1582,2,889,2,0,"else", 1, 2, 0);
	trans[1][493]	= settr(1583,2,889,1,0,"goto :b26", 1, 2, 0);
	trans[1][496]	= settr(1586,2,889,1,0,"break", 1, 2, 0);
	T = trans[1][889] = settr(1979,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1979,2,497,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1979,2,499,0,0,"IF", 1, 2, 0);
	trans[1][497]	= settr(1587,2,909,1709,1709,"(cut)", 1, 2, 0); /* m: 498 -> 909,0 */
	reached1[498] = 1;
	trans[1][498]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[1][890]	= settr(1980,2,909,1,0,".(goto)", 1, 2, 0);
	trans[1][499]	= settr(1589,2,513,2,0,"else", 1, 2, 0);
	T = trans[ 1][513] = settr(1603,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1603,0,500,0,0,"sub-sequence", 1, 2, 0);
	trans[1][500]	= settr(1590,2,511,1710,1710,"st = 0", 1, 2, 0);
	T = trans[1][511] = settr(1601,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1601,2,501,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1601,2,509,0,0,"IF", 1, 2, 0);
	trans[1][501]	= settr(1591,2,507,1711,1711,"((msg[1].reply!=0))", 1, 2, 0); /* m: 502 -> 507,0 */
	reached1[502] = 1;
	trans[1][502]	= settr(0,0,0,0,0,"assert((t_==3))",0,0,0);
	T = trans[1][507] = settr(1597,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1597,2,503,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1597,2,505,0,0,"IF", 1, 2, 0);
	trans[1][503]	= settr(1593,2,562,1712,1712,"((rslot!=0))", 1, 2, 0); /* m: 504 -> 562,0 */
	reached1[504] = 1;
	trans[1][504]	= settr(0,0,0,0,0,"st = 12",0,0,0);
	trans[1][508]	= settr(1598,2,562,1,0,".(goto)", 1, 2, 0);
	trans[1][505]	= settr(1595,2,506,2,0,"else", 1, 2, 0);
	trans[1][506]	= settr(1596,2,562,1713,1713,"rslot = msg[1].reply", 1, 2, 0);
	trans[1][512]	= settr(1602,2,562,1,0,".(goto)", 1, 2, 0);
	trans[1][509]	= settr(1599,2,510,2,0,"else", 1, 2, 0);
	trans[1][510]	= settr(1600,2,562,1,0,"(1)", 1, 2, 0);
	T = trans[1][562] = settr(1652,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1652,2,514,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1652,2,560,0,0,"IF", 1, 2, 0);
	trans[1][514]	= settr(1604,2,559,1714,0,"((st!=0))", 1, 2, 0);
	T = trans[ 1][559] = settr(1649,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1649,0,557,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][557] = settr(1647,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1647,2,515,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1647,2,555,0,0,"IF", 1, 2, 0);
	trans[1][515]	= settr(1605,2,553,1715,1715,"((r_armed&&(msg[1].reply==r_gen)))", 1, 2, 0); /* m: 516 -> 553,0 */
	reached1[516] = 1;
	trans[1][516]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][517]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][553] = settr(1643,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1643,2,518,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1643,2,551,0,0,"IF", 1, 2, 0);
	trans[1][518]	= settr(1608,2,550,1716,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][550] = settr(1640,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1640,0,519,0,0,"sub-sequence", 1, 2, 0);
	trans[1][519]	= settr(1609,2,542,1717,1717,"msg[ft].xfer = 0", 1, 2, 0); /* m: 520 -> 0,542 */
	reached1[520] = 1;
	trans[1][520]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][521]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][522]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][523]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][524]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][525]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][526]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][527]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[1][528]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][529]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][530]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][531]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][542] = settr(1632,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1632,2,532,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1632,2,540,0,0,"IF", 1, 2, 0);
	trans[1][532]	= settr(1622,2,539,1718,1718,"((fw!=255))", 1, 2, 0); /* m: 533 -> 539,0 */
	reached1[533] = 1;
	trans[1][533]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][534]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][539] = settr(1629,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1629,0,535,0,0,"sub-sequence", 1, 2, 0);
	trans[1][535]	= settr(1625,2,548,1719,1719,"twait[fw] = 0", 1, 2, 0); /* m: 536 -> 0,548 */
	reached1[536] = 1;
	trans[1][536]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][537]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[1][538]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][543]	= settr(1633,2,548,1,0,".(goto)", 1, 2, 0);
	trans[1][540]	= settr(1630,2,541,2,0,"else", 1, 2, 0);
	trans[1][541]	= settr(1631,2,548,1720,1720,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][548] = settr(1638,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1638,2,544,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1638,2,546,0,0,"IF", 1, 2, 0);
	trans[1][544]	= settr(1634,2,707,1721,1721,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 545 -> 707,0 */
	reached1[545] = 1;
	trans[1][545]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][549]	= settr(1639,2,707,1,0,".(goto)", 1, 2, 0);
	trans[1][546]	= settr(1636,2,547,2,0,"else", 1, 2, 0);
	trans[1][547]	= settr(1637,2,707,1,0,"(1)", 1, 2, 0);
	trans[1][554]	= settr(1644,2,707,1,0,".(goto)", 1, 2, 0);
	trans[1][551]	= settr(1641,2,552,2,0,"else", 1, 2, 0);
	trans[1][552]	= settr(1642,2,707,1,0,"(1)", 1, 2, 0);
	trans[1][558]	= settr(1648,2,707,1,0,".(goto)", 1, 2, 0);
	trans[1][555]	= settr(1645,2,556,2,0,"else", 1, 2, 0);
	trans[1][556]	= settr(1646,2,707,1,0,"(1)", 1, 2, 0);
	trans[1][563]	= settr(1653,2,707,1,0,".(goto)", 1, 2, 0);
	trans[1][560]	= settr(1650,2,561,2,0,"else", 1, 2, 0);
	trans[1][561]	= settr(1651,2,707,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][707] = settr(1797,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1797,0,571,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 1][571] = settr(1661,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1661,0,569,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][569] = settr(1659,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1659,2,564,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1659,2,567,0,0,"IF", 1, 2, 0);
	trans[1][564]	= settr(1654,2,579,1722,1722,"(shown[1])", 1, 2, 0); /* m: 565 -> 579,0 */
	reached1[565] = 1;
	trans[1][565]	= settr(0,0,0,0,0,"stale[1] = pa[1]",0,0,0);
	trans[1][566]	= settr(0,0,0,0,0,"shown[1] = 0",0,0,0);
	trans[1][570]	= settr(1660,2,579,1,0,".(goto)", 1, 2, 0);
	trans[1][567]	= settr(1657,2,568,2,0,"else", 1, 2, 0);
	trans[1][568]	= settr(1658,2,579,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][579] = settr(1669,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1669,0,577,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][577] = settr(1667,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1667,2,572,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1667,2,575,0,0,"IF", 1, 2, 0);
	trans[1][572]	= settr(1662,2,604,1723,1723,"(shown[t_])", 1, 2, 0); /* m: 573 -> 604,0 */
	reached1[573] = 1;
	trans[1][573]	= settr(0,0,0,0,0,"stale[t_] = pa[t_]",0,0,0);
	trans[1][574]	= settr(0,0,0,0,0,"shown[t_] = 0",0,0,0);
	trans[1][578]	= settr(1668,2,604,1,0,".(goto)", 1, 2, 0);
	trans[1][575]	= settr(1665,2,576,2,0,"else", 1, 2, 0);
	trans[1][576]	= settr(1666,2,604,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][604] = settr(1694,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1694,0,580,0,0,"sub-sequence", 1, 2, 0);
	trans[1][580]	= settr(1670,2,601,1724,1724,"x = 0", 1, 2, 0);
	trans[1][602]	= settr(1692,2,601,1,0,".(goto)", 1, 2, 0);
	T = trans[1][601] = settr(1691,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1691,2,581,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1691,2,599,0,0,"DO", 1, 2, 0);
	trans[1][581]	= settr(1671,2,588,1725,0,"((x<5))", 1, 2, 0);
	T = trans[1][588] = settr(1678,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1678,2,582,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1678,2,586,0,0,"IF", 1, 2, 0);
	trans[1][582]	= settr(1672,2,585,1726,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 1][585] = settr(1675,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1675,0,583,0,0,"sub-sequence", 1, 2, 0);
	trans[1][583]	= settr(1673,2,596,1727,1727,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 584 -> 0,596 */
	reached1[584] = 1;
	trans[1][584]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][589]	= settr(1679,2,596,1,0,".(goto)", 1, 2, 0);
	trans[1][586]	= settr(1676,2,587,2,0,"else", 1, 2, 0);
	trans[1][587]	= settr(1677,2,596,1,0,"(1)", 1, 2, 0);
	T = trans[1][596] = settr(1686,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1686,2,590,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1686,2,594,0,0,"IF", 1, 2, 0);
	trans[1][590]	= settr(1680,2,593,1728,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 1][593] = settr(1683,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1683,0,591,0,0,"sub-sequence", 1, 2, 0);
	trans[1][591]	= settr(1681,2,601,1729,1729,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 592 -> 0,601 */
	reached1[592] = 1;
	trans[1][592]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][597]	= settr(1687,2,598,1,0,".(goto)", 1, 2, 0); /* m: 598 -> 0,601 */
	reached1[598] = 1;
	trans[1][594]	= settr(1684,2,595,2,0,"else", 1, 2, 0);
	trans[1][595]	= settr(1685,2,601,1730,1730,"(1)", 1, 2, 0); /* m: 598 -> 601,0 */
	reached1[598] = 1;
	trans[1][598]	= settr(1688,2,601,1731,1731,"x = (x+1)", 1, 2, 0);
	trans[1][599]	= settr(1689,2,614,2,0,"else", 1, 2, 0);
	trans[1][600]	= settr(1690,2,614,1,0,"goto :b27", 1, 2, 0);
	trans[1][603]	= settr(1693,2,614,1,0,"break", 1, 2, 0);
	T = trans[ 1][614] = settr(1704,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1704,0,605,0,0,"sub-sequence", 1, 2, 0);
	trans[1][605]	= settr(1695,2,611,1732,1732,"x = 0", 1, 2, 0);
	trans[1][612]	= settr(1702,2,611,1,0,".(goto)", 1, 2, 0);
	T = trans[1][611] = settr(1701,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1701,2,606,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1701,2,609,0,0,"DO", 1, 2, 0);
	trans[1][606]	= settr(1696,2,611,1733,1733,"((x<5))", 1, 2, 0); /* m: 607 -> 611,0 */
	reached1[607] = 1;
	trans[1][607]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[1][608]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[1][609]	= settr(1699,2,615,2,0,"else", 1, 2, 0);
	trans[1][610]	= settr(1700,2,615,1,0,"goto :b28", 1, 2, 0); /* m: 615 -> 0,640 */
	reached1[615] = 1;
	trans[1][613]	= settr(1703,2,615,1,0,"break", 1, 2, 0);
	trans[1][615]	= settr(1705,2,640,1734,1734,"hdr[pa[1]] = ( ((t_==0)) -> (0) : (( (((t_==1)||(t_==2))) -> (1) : (2) )) )", 1, 2, 0);
	T = trans[ 1][640] = settr(1730,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1730,0,616,0,0,"sub-sequence", 1, 2, 0);
	trans[1][616]	= settr(1706,2,637,1735,1735,"x = 0", 1, 2, 0);
	trans[1][638]	= settr(1728,2,637,1,0,".(goto)", 1, 2, 0);
	T = trans[1][637] = settr(1727,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1727,2,617,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1727,2,635,0,0,"DO", 1, 2, 0);
	trans[1][617]	= settr(1707,2,624,1736,0,"((x<5))", 1, 2, 0);
	T = trans[1][624] = settr(1714,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1714,2,618,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1714,2,622,0,0,"IF", 1, 2, 0);
	trans[1][618]	= settr(1708,2,621,1737,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 1][621] = settr(1711,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1711,0,619,0,0,"sub-sequence", 1, 2, 0);
	trans[1][619]	= settr(1709,2,632,1738,1738,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 620 -> 0,632 */
	reached1[620] = 1;
	trans[1][620]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][625]	= settr(1715,2,632,1,0,".(goto)", 1, 2, 0);
	trans[1][622]	= settr(1712,2,623,2,0,"else", 1, 2, 0);
	trans[1][623]	= settr(1713,2,632,1,0,"(1)", 1, 2, 0);
	T = trans[1][632] = settr(1722,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1722,2,626,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1722,2,630,0,0,"IF", 1, 2, 0);
	trans[1][626]	= settr(1716,2,629,1739,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 1][629] = settr(1719,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1719,0,627,0,0,"sub-sequence", 1, 2, 0);
	trans[1][627]	= settr(1717,2,637,1740,1740,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 628 -> 0,637 */
	reached1[628] = 1;
	trans[1][628]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][633]	= settr(1723,2,634,1,0,".(goto)", 1, 2, 0); /* m: 634 -> 0,637 */
	reached1[634] = 1;
	trans[1][630]	= settr(1720,2,631,2,0,"else", 1, 2, 0);
	trans[1][631]	= settr(1721,2,637,1741,1741,"(1)", 1, 2, 0); /* m: 634 -> 637,0 */
	reached1[634] = 1;
	trans[1][634]	= settr(1724,2,637,1742,1742,"x = (x+1)", 1, 2, 0);
	trans[1][635]	= settr(1725,2,641,2,0,"else", 1, 2, 0);
	trans[1][636]	= settr(1726,2,641,1,0,"goto :b29", 1, 2, 0); /* m: 641 -> 0,666 */
	reached1[641] = 1;
	trans[1][639]	= settr(1729,2,641,1,0,"break", 1, 2, 0);
	trans[1][641]	= settr(1731,2,666,1743,1743,"hdr[pa[t_]] = 255", 1, 2, 0);
	T = trans[ 1][666] = settr(1756,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1756,0,642,0,0,"sub-sequence", 1, 2, 0);
	trans[1][642]	= settr(1732,2,663,1744,1744,"x = 0", 1, 2, 0);
	trans[1][664]	= settr(1754,2,663,1,0,".(goto)", 1, 2, 0);
	T = trans[1][663] = settr(1753,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1753,2,643,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1753,2,661,0,0,"DO", 1, 2, 0);
	trans[1][643]	= settr(1733,2,650,1745,0,"((x<5))", 1, 2, 0);
	T = trans[1][650] = settr(1740,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1740,2,644,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1740,2,648,0,0,"IF", 1, 2, 0);
	trans[1][644]	= settr(1734,2,647,1746,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 1][647] = settr(1737,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1737,0,645,0,0,"sub-sequence", 1, 2, 0);
	trans[1][645]	= settr(1735,2,658,1747,1747,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 646 -> 0,658 */
	reached1[646] = 1;
	trans[1][646]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][651]	= settr(1741,2,658,1,0,".(goto)", 1, 2, 0);
	trans[1][648]	= settr(1738,2,649,2,0,"else", 1, 2, 0);
	trans[1][649]	= settr(1739,2,658,1,0,"(1)", 1, 2, 0);
	T = trans[1][658] = settr(1748,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1748,2,652,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1748,2,656,0,0,"IF", 1, 2, 0);
	trans[1][652]	= settr(1742,2,655,1748,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 1][655] = settr(1745,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1745,0,653,0,0,"sub-sequence", 1, 2, 0);
	trans[1][653]	= settr(1743,2,663,1749,1749,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 654 -> 0,663 */
	reached1[654] = 1;
	trans[1][654]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][659]	= settr(1749,2,660,1,0,".(goto)", 1, 2, 0); /* m: 660 -> 0,663 */
	reached1[660] = 1;
	trans[1][656]	= settr(1746,2,657,2,0,"else", 1, 2, 0);
	trans[1][657]	= settr(1747,2,663,1750,1750,"(1)", 1, 2, 0); /* m: 660 -> 663,0 */
	reached1[660] = 1;
	trans[1][660]	= settr(1750,2,663,1751,1751,"x = (x+1)", 1, 2, 0);
	trans[1][661]	= settr(1751,2,667,2,0,"else", 1, 2, 0);
	trans[1][662]	= settr(1752,2,667,1,0,"goto :b30", 1, 2, 0); /* m: 667 -> 0,696 */
	reached1[667] = 1;
	trans[1][665]	= settr(1755,2,667,1,0,"break", 1, 2, 0);
	trans[1][667]	= settr(1757,2,696,1752,1752,"x = pa[1]", 1, 2, 0); /* m: 668 -> 0,696 */
	reached1[668] = 1;
	trans[1][668]	= settr(0,0,0,0,0,"pa[1] = pa[t_]",0,0,0);
	trans[1][669]	= settr(0,0,0,0,0,"pa[t_] = x",0,0,0);
	trans[1][670]	= settr(0,0,0,0,0,"shown[1] = 1",0,0,0);
	trans[1][671]	= settr(0,0,0,0,0,"shown[t_] = 1",0,0,0);
	T = trans[ 1][696] = settr(1786,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1786,0,672,0,0,"sub-sequence", 1, 2, 0);
	trans[1][672]	= settr(1762,2,693,1753,1753,"x = 0", 1, 2, 0);
	trans[1][694]	= settr(1784,2,693,1,0,".(goto)", 1, 2, 0);
	T = trans[1][693] = settr(1783,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1783,2,673,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1783,2,691,0,0,"DO", 1, 2, 0);
	trans[1][673]	= settr(1763,2,680,1754,0,"((x<5))", 1, 2, 0);
	T = trans[1][680] = settr(1770,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1770,2,674,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1770,2,678,0,0,"IF", 1, 2, 0);
	trans[1][674]	= settr(1764,2,677,1755,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 1][677] = settr(1767,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1767,0,675,0,0,"sub-sequence", 1, 2, 0);
	trans[1][675]	= settr(1765,2,688,1756,1756,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 676 -> 0,688 */
	reached1[676] = 1;
	trans[1][676]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][681]	= settr(1771,2,688,1,0,".(goto)", 1, 2, 0);
	trans[1][678]	= settr(1768,2,679,2,0,"else", 1, 2, 0);
	trans[1][679]	= settr(1769,2,688,1,0,"(1)", 1, 2, 0);
	T = trans[1][688] = settr(1778,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1778,2,682,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1778,2,686,0,0,"IF", 1, 2, 0);
	trans[1][682]	= settr(1772,2,685,1757,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 1][685] = settr(1775,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1775,0,683,0,0,"sub-sequence", 1, 2, 0);
	trans[1][683]	= settr(1773,2,693,1758,1758,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 684 -> 0,693 */
	reached1[684] = 1;
	trans[1][684]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][689]	= settr(1779,2,690,1,0,".(goto)", 1, 2, 0); /* m: 690 -> 0,693 */
	reached1[690] = 1;
	trans[1][686]	= settr(1776,2,687,2,0,"else", 1, 2, 0);
	trans[1][687]	= settr(1777,2,693,1759,1759,"(1)", 1, 2, 0); /* m: 690 -> 693,0 */
	reached1[690] = 1;
	trans[1][690]	= settr(1780,2,693,1760,1760,"x = (x+1)", 1, 2, 0);
	trans[1][691]	= settr(1781,2,706,2,0,"else", 1, 2, 0);
	trans[1][692]	= settr(1782,2,706,1,0,"goto :b31", 1, 2, 0);
	trans[1][695]	= settr(1785,2,706,1,0,"break", 1, 2, 0);
	T = trans[ 1][706] = settr(1796,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1796,0,697,0,0,"sub-sequence", 1, 2, 0);
	trans[1][697]	= settr(1787,2,703,1761,1761,"x = 0", 1, 2, 0);
	trans[1][704]	= settr(1794,2,703,1,0,".(goto)", 1, 2, 0);
	T = trans[1][703] = settr(1793,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1793,2,698,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1793,2,701,0,0,"DO", 1, 2, 0);
	trans[1][698]	= settr(1788,2,703,1762,1762,"((x<5))", 1, 2, 0); /* m: 699 -> 703,0 */
	reached1[699] = 1;
	trans[1][699]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[1][700]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[1][701]	= settr(1791,2,708,2,0,"else", 1, 2, 0);
	trans[1][702]	= settr(1792,2,708,1,0,"goto :b32", 1, 2, 0); /* m: 708 -> 0,720 */
	reached1[708] = 1;
	trans[1][705]	= settr(1795,2,708,1,0,"break", 1, 2, 0);
	trans[1][708]	= settr(1798,2,720,1763,1763,"res = (msg[1].ncaps-msg[1].failed)", 1, 2, 0);
	T = trans[ 1][720] = settr(1810,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1810,0,709,0,0,"sub-sequence", 1, 2, 0);
	trans[1][709]	= settr(1799,2,717,1764,1764,"n = 0", 1, 2, 0); /* m: 710 -> 0,717 */
	reached1[710] = 1;
	trans[1][710]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[1][718]	= settr(1808,2,717,1,0,".(goto)", 1, 2, 0);
	T = trans[1][717] = settr(1807,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1807,2,711,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1807,2,715,0,0,"DO", 1, 2, 0);
	trans[1][711]	= settr(1801,2,717,1765,1765,"((j<msg[1].ncaps))", 1, 2, 0); /* m: 712 -> 717,0 */
	reached1[712] = 1;
	trans[1][712]	= settr(0,0,0,0,0,"assert((((msg[1].landed>>j)&1)==(dst[((t_*2)+j)]==(1+1))))",0,0,0);
	trans[1][713]	= settr(0,0,0,0,0,"n = (n+((msg[1].landed>>j)&1))",0,0,0);
	trans[1][714]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][715]	= settr(1805,2,721,2,0,"else", 1, 2, 0);
	trans[1][716]	= settr(1806,2,721,1,0,"goto :b33", 1, 2, 0); /* m: 721 -> 0,804 */
	reached1[721] = 1;
	trans[1][719]	= settr(1809,2,721,1,0,"break", 1, 2, 0);
	trans[1][721]	= settr(1811,2,804,1766,1766,"assert((n==res))", 1, 2, 0);
	T = trans[ 1][804] = settr(1894,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1894,0,770,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][770] = settr(1860,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1860,2,722,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1860,2,768,0,0,"IF", 1, 2, 0);
	trans[1][722]	= settr(1812,2,767,1767,0,"(((0!=0)&&(msg[1].reply!=0)))", 1, 2, 0);
	T = trans[ 1][767] = settr(1857,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1857,0,765,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][765] = settr(1855,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1855,2,723,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1855,2,763,0,0,"IF", 1, 2, 0);
	trans[1][723]	= settr(1813,2,761,1768,1768,"((r_armed&&(msg[1].reply==r_gen)))", 1, 2, 0); /* m: 724 -> 761,0 */
	reached1[724] = 1;
	trans[1][724]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][725]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][761] = settr(1851,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1851,2,726,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1851,2,759,0,0,"IF", 1, 2, 0);
	trans[1][726]	= settr(1816,2,758,1769,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][758] = settr(1848,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1848,0,727,0,0,"sub-sequence", 1, 2, 0);
	trans[1][727]	= settr(1817,2,750,1770,1770,"msg[ft].xfer = 0", 1, 2, 0); /* m: 728 -> 0,750 */
	reached1[728] = 1;
	trans[1][728]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][729]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][730]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][731]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][732]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][733]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][734]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][735]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[1][736]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][737]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][738]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][739]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][750] = settr(1840,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1840,2,740,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1840,2,748,0,0,"IF", 1, 2, 0);
	trans[1][740]	= settr(1830,2,747,1771,1771,"((fw!=255))", 1, 2, 0); /* m: 741 -> 747,0 */
	reached1[741] = 1;
	trans[1][741]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][742]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][747] = settr(1837,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1837,0,743,0,0,"sub-sequence", 1, 2, 0);
	trans[1][743]	= settr(1833,2,756,1772,1772,"twait[fw] = 0", 1, 2, 0); /* m: 744 -> 0,756 */
	reached1[744] = 1;
	trans[1][744]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][745]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[1][746]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][751]	= settr(1841,2,756,1,0,".(goto)", 1, 2, 0);
	trans[1][748]	= settr(1838,2,749,2,0,"else", 1, 2, 0);
	trans[1][749]	= settr(1839,2,756,1773,1773,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][756] = settr(1846,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1846,2,752,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1846,2,754,0,0,"IF", 1, 2, 0);
	trans[1][752]	= settr(1842,2,803,1774,1774,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 753 -> 803,0 */
	reached1[753] = 1;
	trans[1][753]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][757]	= settr(1847,2,803,1,0,".(goto)", 1, 2, 0);
	trans[1][754]	= settr(1844,2,755,2,0,"else", 1, 2, 0);
	trans[1][755]	= settr(1845,2,803,1,0,"(1)", 1, 2, 0);
	trans[1][762]	= settr(1852,2,803,1,0,".(goto)", 1, 2, 0);
	trans[1][759]	= settr(1849,2,760,2,0,"else", 1, 2, 0);
	trans[1][760]	= settr(1850,2,803,1,0,"(1)", 1, 2, 0);
	trans[1][766]	= settr(1856,2,803,1,0,".(goto)", 1, 2, 0);
	trans[1][763]	= settr(1853,2,764,2,0,"else", 1, 2, 0);
	trans[1][764]	= settr(1854,2,803,1,0,"(1)", 1, 2, 0);
	trans[1][771]	= settr(1861,2,803,1,0,".(goto)", 1, 2, 0);
	trans[1][768]	= settr(1858,2,769,2,0,"else", 1, 2, 0);
	trans[1][769]	= settr(1859,2,803,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][803] = settr(1893,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1893,0,772,0,0,"sub-sequence", 1, 2, 0);
	trans[1][772]	= settr(1862,2,795,1775,1775,"msg[1].xfer = 0", 1, 2, 0); /* m: 773 -> 0,795 */
	reached1[773] = 1;
	trans[1][773]	= settr(0,0,0,0,0,"msg[1].state = 0",0,0,0);
	trans[1][774]	= settr(0,0,0,0,0,"msg[1].is_source = 0",0,0,0);
	trans[1][775]	= settr(0,0,0,0,0,"msg[1].peer = 255",0,0,0);
	trans[1][776]	= settr(0,0,0,0,0,"msg[1].onq = 0",0,0,0);
	trans[1][777]	= settr(0,0,0,0,0,"msg[1].ncaps = 0",0,0,0);
	trans[1][778]	= settr(0,0,0,0,0,"msg[1].copied = 0",0,0,0);
	trans[1][779]	= settr(0,0,0,0,0,"msg[1].failed = 0",0,0,0);
	trans[1][780]	= settr(0,0,0,0,0,"msg[1].status = 0",0,0,0);
	trans[1][781]	= settr(0,0,0,0,0,"msg[1].got_caps = res",0,0,0);
	trans[1][782]	= settr(0,0,0,0,0,"msg[1].charged = 0",0,0,0);
	trans[1][783]	= settr(0,0,0,0,0,"msg[1].reply = 0",0,0,0);
	trans[1][784]	= settr(0,0,0,0,0,"fw = msg[1].waiter",0,0,0);
	T = trans[1][795] = settr(1885,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1885,2,785,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1885,2,793,0,0,"IF", 1, 2, 0);
	trans[1][785]	= settr(1875,2,792,1776,1776,"((fw!=255))", 1, 2, 0); /* m: 786 -> 792,0 */
	reached1[786] = 1;
	trans[1][786]	= settr(0,0,0,0,0,"msg[1].waiter = 255",0,0,0);
	trans[1][787]	= settr(0,0,0,0,0,"msg[1].delivered = 0",0,0,0);
	T = trans[ 1][792] = settr(1882,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1882,0,788,0,0,"sub-sequence", 1, 2, 0);
	trans[1][788]	= settr(1878,2,801,1777,1777,"twait[fw] = 0", 1, 2, 0); /* m: 789 -> 0,801 */
	reached1[789] = 1;
	trans[1][789]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][790]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[1][791]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][796]	= settr(1886,2,801,1,0,".(goto)", 1, 2, 0);
	trans[1][793]	= settr(1883,2,794,2,0,"else", 1, 2, 0);
	trans[1][794]	= settr(1884,2,801,1778,1778,"msg[1].delivered = 1", 1, 2, 0);
	T = trans[1][801] = settr(1891,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1891,2,797,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1891,2,799,0,0,"IF", 1, 2, 0);
	trans[1][797]	= settr(1887,2,887,1779,1779,"((msg[1].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 798 -> 887,0 */
	reached1[798] = 1;
	trans[1][798]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][802]	= settr(1892,2,887,1,0,".(goto)", 1, 2, 0);
	trans[1][799]	= settr(1889,2,800,2,0,"else", 1, 2, 0);
	trans[1][800]	= settr(1890,2,887,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][887] = settr(1977,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1977,0,853,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][853] = settr(1943,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1943,2,805,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1943,2,851,0,0,"IF", 1, 2, 0);
	trans[1][805]	= settr(1895,2,850,1780,0,"(((0!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 1][850] = settr(1940,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1940,0,848,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][848] = settr(1938,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1938,2,806,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1938,2,846,0,0,"IF", 1, 2, 0);
	trans[1][806]	= settr(1896,2,844,1781,1781,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 807 -> 844,0 */
	reached1[807] = 1;
	trans[1][807]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[1][808]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[1][844] = settr(1934,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1934,2,809,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1934,2,842,0,0,"IF", 1, 2, 0);
	trans[1][809]	= settr(1899,2,841,1782,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 1][841] = settr(1931,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1931,0,810,0,0,"sub-sequence", 1, 2, 0);
	trans[1][810]	= settr(1900,2,833,1783,1783,"msg[ft].xfer = 0", 1, 2, 0); /* m: 811 -> 0,833 */
	reached1[811] = 1;
	trans[1][811]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[1][812]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[1][813]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[1][814]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[1][815]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[1][816]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[1][817]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[1][818]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[1][819]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[1][820]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[1][821]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[1][822]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[1][833] = settr(1923,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1923,2,823,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1923,2,831,0,0,"IF", 1, 2, 0);
	trans[1][823]	= settr(1913,2,830,1784,1784,"((fw!=255))", 1, 2, 0); /* m: 824 -> 830,0 */
	reached1[824] = 1;
	trans[1][824]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[1][825]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 1][830] = settr(1920,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1920,0,826,0,0,"sub-sequence", 1, 2, 0);
	trans[1][826]	= settr(1916,2,839,1785,1785,"twait[fw] = 0", 1, 2, 0); /* m: 827 -> 0,839 */
	reached1[827] = 1;
	trans[1][827]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][828]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[1][829]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][834]	= settr(1924,2,839,1,0,".(goto)", 1, 2, 0);
	trans[1][831]	= settr(1921,2,832,2,0,"else", 1, 2, 0);
	trans[1][832]	= settr(1922,2,839,1786,1786,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[1][839] = settr(1929,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1929,2,835,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1929,2,837,0,0,"IF", 1, 2, 0);
	trans[1][835]	= settr(1925,2,886,1787,1787,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 836 -> 886,0 */
	reached1[836] = 1;
	trans[1][836]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][840]	= settr(1930,2,886,1,0,".(goto)", 1, 2, 0);
	trans[1][837]	= settr(1927,2,838,2,0,"else", 1, 2, 0);
	trans[1][838]	= settr(1928,2,886,1,0,"(1)", 1, 2, 0);
	trans[1][845]	= settr(1935,2,886,1,0,".(goto)", 1, 2, 0);
	trans[1][842]	= settr(1932,2,843,2,0,"else", 1, 2, 0);
	trans[1][843]	= settr(1933,2,886,1,0,"(1)", 1, 2, 0);
	trans[1][849]	= settr(1939,2,886,1,0,".(goto)", 1, 2, 0);
	trans[1][846]	= settr(1936,2,847,2,0,"else", 1, 2, 0);
	trans[1][847]	= settr(1937,2,886,1,0,"(1)", 1, 2, 0);
	trans[1][854]	= settr(1944,2,886,1,0,".(goto)", 1, 2, 0);
	trans[1][851]	= settr(1941,2,852,2,0,"else", 1, 2, 0);
	trans[1][852]	= settr(1942,2,886,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][886] = settr(1976,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1976,0,855,0,0,"sub-sequence", 1, 2, 0);
	trans[1][855]	= settr(1945,2,878,1788,1788,"msg[t_].xfer = 0", 1, 2, 0); /* m: 856 -> 0,878 */
	reached1[856] = 1;
	trans[1][856]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[1][857]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[1][858]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[1][859]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[1][860]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[1][861]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[1][862]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[1][863]	= settr(0,0,0,0,0,"msg[t_].status = 0",0,0,0);
	trans[1][864]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[1][865]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[1][866]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[1][867]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[1][878] = settr(1968,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1968,2,868,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1968,2,876,0,0,"IF", 1, 2, 0);
	trans[1][868]	= settr(1958,2,875,1789,1789,"((fw!=255))", 1, 2, 0); /* m: 869 -> 875,0 */
	reached1[869] = 1;
	trans[1][869]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[1][870]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 1][875] = settr(1965,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1965,0,871,0,0,"sub-sequence", 1, 2, 0);
	trans[1][871]	= settr(1961,2,884,1790,1790,"twait[fw] = 0", 1, 2, 0); /* m: 872 -> 0,884 */
	reached1[872] = 1;
	trans[1][872]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[1][873]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[1][874]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[1][879]	= settr(1969,2,884,1,0,".(goto)", 1, 2, 0);
	trans[1][876]	= settr(1966,2,877,2,0,"else", 1, 2, 0);
	trans[1][877]	= settr(1967,2,884,1791,1791,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[1][884] = settr(1974,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1974,2,880,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1974,2,882,0,0,"IF", 1, 2, 0);
	trans[1][880]	= settr(1970,2,909,1792,1792,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 881 -> 909,0 */
	reached1[881] = 1;
	trans[1][881]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[1][885]	= settr(1975,2,888,1,0,".(goto)", 1, 2, 0); /* m: 888 -> 0,909 */
	reached1[888] = 1;
	trans[1][882]	= settr(1972,2,883,2,0,"else", 1, 2, 0);
	trans[1][883]	= settr(1973,2,909,1793,1793,"(1)", 1, 2, 0); /* m: 888 -> 909,0 */
	reached1[888] = 1;
	trans[1][888]	= settr(1978,2,909,1794,1794,"ret = 0", 1, 2, 0);
	T = trans[1][909] = settr(1999,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1999,2,899,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1999,2,907,0,0,"IF", 1, 2, 0);
	trans[1][899]	= settr(1989,2,906,1795,1795,"((ret==255))", 1, 2, 0);
	T = trans[ 1][906] = settr(1996,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1996,0,904,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][904] = settr(1994,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1994,2,900,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1994,2,902,0,0,"IF", 1, 2, 0);
	trans[1][900]	= settr(1990,2,935,1796,1796,"(msg[1].is_source)", 1, 2, 0); /* m: 901 -> 935,0 */
	reached1[901] = 1;
	trans[1][901]	= settr(0,0,0,0,0,"msg[1].xfer = 1",0,0,0);
	trans[1][905]	= settr(1995,2,935,1,0,".(goto)", 1, 2, 0);
	trans[1][902]	= settr(1992,2,903,2,0,"else", 1, 2, 0);
	trans[1][903]	= settr(1993,2,935,1797,1797,"msg[msg[1].peer].xfer = 1", 1, 2, 0);
	trans[1][910]	= settr(2000,2,935,1,0,".(goto)", 1, 2, 0);
	trans[1][907]	= settr(1997,2,908,2,0,"else", 1, 2, 0);
	trans[1][908]	= settr(1998,2,935,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][935] = settr(2025,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2025,0,933,0,0,"sub-sequence", 1, 2, 0);
	T = trans[1][933] = settr(2023,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2023,2,911,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2023,2,919,0,0,"IF", 1, 2, 0);
	trans[1][911]	= settr(2001,2,917,1798,0,"(((msg[2].state==0)&&msg[2].delivered))", 1, 2, 0);
	T = trans[1][917] = settr(2007,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2007,2,912,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2007,2,915,0,0,"IF", 1, 2, 0);
	trans[1][912]	= settr(2002,2,1097,1799,1799,"(1)", 1, 2, 0); /* m: 913 -> 1097,0 */
	reached1[913] = 1;
	trans[1][913]	= settr(0,0,0,0,0,"msg[2].delivered = 0",0,0,0);
	trans[1][914]	= settr(0,0,0,0,0,"ret = msg[2].status",0,0,0);
	trans[1][918]	= settr(2008,2,1097,1,0,".(goto)", 1, 2, 0);
	trans[1][915]	= settr(2005,2,916,2,0,"else", 1, 2, 0);
	trans[1][916]	= settr(2006,2,1097,1800,1800,"ret = 0", 1, 2, 0);
	trans[1][934]	= settr(2024,2,1097,1,0,".(goto)", 1, 2, 0);
	trans[1][919]	= settr(2009,2,931,2,0,"else", 1, 2, 0);
	T = trans[1][931] = settr(2021,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2021,2,920,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2021,2,922,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2021,2,924,0,0,"IF", 1, 2, 0);
	trans[1][920]	= settr(2010,2,1097,1801,1801,"(!(1))", 1, 2, 0); /* m: 921 -> 1097,0 */
	reached1[921] = 1;
	trans[1][921]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[1][932]	= settr(2022,2,1097,1,0,".(goto)", 1, 2, 0);
	trans[1][922]	= settr(2012,2,1097,1802,1802,"((1&&(msg[2].waiter!=255)))", 1, 2, 0); /* m: 923 -> 1097,0 */
	reached1[923] = 1;
	trans[1][923]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[1][924]	= settr(2014,2,929,1803,1803,"((1&&(msg[2].waiter==255)))", 1, 2, 0); /* m: 925 -> 929,0 */
	reached1[925] = 1;
	trans[1][925]	= settr(0,0,0,0,0,"msg[2].waiter = 1",0,0,0);
	T = trans[ 1][929] = settr(2019,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2019,0,926,0,0,"sub-sequence", 1, 2, 0);
	trans[1][926]	= settr(2016,2,1097,1804,1804,"tstate[1] = 2", 1, 2, 0); /* m: 927 -> 0,1097 */
	reached1[927] = 1;
	trans[1][927]	= settr(0,0,0,0,0,"twait[1] = 1",0,0,0);
	trans[1][928]	= settr(0,0,0,0,0,"twon[1] = 2",0,0,0);
	trans[1][930]	= settr(0,0,0,0,0,"ret = 254",0,0,0);
	trans[1][939]	= settr(2029,2,1097,1,0,".(goto)", 1, 2, 0);
	trans[1][936]	= settr(2026,2,937,2,0,"else", 1, 2, 0);
	trans[1][937]	= settr(2027,2,1097,1,0,"(1)", 1, 2, 0);
	T = trans[ 1][1097] = settr(2187,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2187,0,967,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 1][967] = settr(2057,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2057,0,943,0,0,"sub-sequence", 1, 2, 0);
	trans[1][943]	= settr(2033,2,964,1805,1805,"x = 0", 1, 2, 0);
	trans[1][965]	= settr(2055,2,964,1,0,".(goto)", 1, 2, 0);
	T = trans[1][964] = settr(2054,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2054,2,944,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2054,2,962,0,0,"DO", 1, 2, 0);
	trans[1][944]	= settr(2034,2,951,1806,0,"((x<5))", 1, 2, 0);
	T = trans[1][951] = settr(2041,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2041,2,945,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2041,2,949,0,0,"IF", 1, 2, 0);
	trans[1][945]	= settr(2035,2,948,1807,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 1][948] = settr(2038,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2038,0,946,0,0,"sub-sequence", 1, 2, 0);
	trans[1][946]	= settr(2036,2,959,1808,1808,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 947 -> 0,959 */
	reached1[947] = 1;
	trans[1][947]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][952]	= settr(2042,2,959,1,0,".(goto)", 1, 2, 0);
	trans[1][949]	= settr(2039,2,950,2,0,"else", 1, 2, 0);
	trans[1][950]	= settr(2040,2,959,1,0,"(1)", 1, 2, 0);
	T = trans[1][959] = settr(2049,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2049,2,953,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2049,2,957,0,0,"IF", 1, 2, 0);
	trans[1][953]	= settr(2043,2,956,1809,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 1][956] = settr(2046,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2046,0,954,0,0,"sub-sequence", 1, 2, 0);
	trans[1][954]	= settr(2044,2,964,1810,1810,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 955 -> 0,964 */
	reached1[955] = 1;
	trans[1][955]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[1][960]	= settr(2050,2,961,1,0,".(goto)", 1, 2, 0); /* m: 961 -> 0,964 */
	reached1[961] = 1;
	trans[1][957]	= settr(2047,2,958,2,0,"else", 1, 2, 0);
	trans[1][958]	= settr(2048,2,964,1811,1811,"(1)", 1, 2, 0); /* m: 961 -> 964,0 */
	reached1[961] = 1;
	trans[1][961]	= settr(2051,2,964,1812,1812,"x = (x+1)", 1, 2, 0);
	trans[1][962]	= settr(2052,2,1010,2,0,"else", 1, 2, 0);
	trans[1][963]	= settr(2053,2,1010,1,0,"goto :b34", 1, 2, 0);
	trans[1][966]	= settr(2056,2,1010,1,0,"break", 1, 2, 0);
	T = trans[ 1][1010] = settr(2100,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2100,0,968,0,0,"sub-sequence", 1, 2, 0);
	trans[1][968]	= settr(2058,2,984,1813,1813,"i = 0", 1, 2, 0);
	trans[1][985]	= settr(2075,2,984,1,0,".(goto)", 1, 2, 0);
	T = trans[1][984] = settr(2074,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2074,2,969,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2074,2,982,0,0,"DO", 1, 2, 0);
	trans[1][969]	= settr(2059,2,977,1814,1814,"((i<5))", 1, 2, 0); /* m: 970 -> 977,0 */
	reached1[970] = 1;
	trans[1][970]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[1][971]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[1][978]	= settr(2068,2,977,1,0,".(goto)", 1, 2, 0);
	T = trans[1][977] = settr(2067,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2067,2,972,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2067,2,975,0,0,"DO", 1, 2, 0);
	trans[1][972]	= settr(2062,2,977,1815,1815,"((j<5))", 1, 2, 0); /* m: 973 -> 977,0 */
	reached1[973] = 1;
	trans[1][973]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[1][974]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][975]	= settr(2065,2,980,2,0,"else", 1, 2, 0);
	trans[1][976]	= settr(2066,2,980,1,0,"goto :b36", 1, 2, 0); /* m: 980 -> 0,984 */
	reached1[980] = 1;
	trans[1][979]	= settr(2069,2,980,1,0,"break", 1, 2, 0);
	trans[1][980]	= settr(2070,2,984,1816,1816,"assert((n==1))", 1, 2, 0); /* m: 981 -> 0,984 */
	reached1[981] = 1;
	trans[1][981]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[1][982]	= settr(2072,2,987,2,0,"else", 1, 2, 0);
	trans[1][983]	= settr(2073,2,987,1,0,"goto :b35", 1, 2, 0); /* m: 987 -> 0,1006 */
	reached1[987] = 1;
	trans[1][986]	= settr(2076,2,987,1,0,"break", 1, 2, 0);
	trans[1][987]	= settr(2077,2,1006,1817,1817,"n = 0", 1, 2, 0); /* m: 988 -> 0,1006 */
	reached1[988] = 1;
	trans[1][988]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[1][989]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[1][1007]	= settr(2097,2,1006,1,0,".(goto)", 1, 2, 0);
	T = trans[1][1006] = settr(2096,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2096,2,990,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2096,2,1004,0,0,"DO", 1, 2, 0);
	trans[1][990]	= settr(2080,2,1001,1818,0,"((i<5))", 1, 2, 0);
	T = trans[1][1001] = settr(2091,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2091,2,991,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2091,2,999,0,0,"IF", 1, 2, 0);
	trans[1][991]	= settr(2081,2,997,1819,1819,"(alive[(9+i)])", 1, 2, 0); /* m: 992 -> 997,0 */
	reached1[992] = 1;
	trans[1][992]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[1][997] = settr(2087,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2087,2,993,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2087,2,995,0,0,"IF", 1, 2, 0);
	trans[1][993]	= settr(2083,2,1006,1820,1820,"((owner[i]==7))", 1, 2, 0); /* m: 994 -> 1006,0 */
	reached1[994] = 1;
	trans[1][994]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[1][998]	= settr(2088,2,1003,1,0,".(goto)", 1, 2, 0); /* m: 1003 -> 0,1006 */
	reached1[1003] = 1;
	trans[1][995]	= settr(2085,2,996,2,0,"else", 1, 2, 0);
	trans[1][996]	= settr(2086,2,1006,1821,1821,"x = (x+1)", 1, 2, 0); /* m: 1003 -> 0,1006 */
	reached1[1003] = 1;
	trans[1][1002]	= settr(2092,2,1003,1,0,".(goto)", 1, 2, 0); /* m: 1003 -> 0,1006 */
	reached1[1003] = 1;
	trans[1][999]	= settr(2089,2,1000,2,0,"else", 1, 2, 0);
	trans[1][1000]	= settr(2090,2,1006,1822,1822,"(1)", 1, 2, 0); /* m: 1003 -> 1006,0 */
	reached1[1003] = 1;
	trans[1][1003]	= settr(2093,2,1006,1823,1823,"i = (i+1)", 1, 2, 0);
	trans[1][1004]	= settr(2094,2,1009,2,0,"else", 1, 2, 0);
	trans[1][1005]	= settr(2095,2,1009,1,0,"goto :b37", 1, 2, 0); /* m: 1009 -> 0,1096 */
	reached1[1009] = 1;
	trans[1][1008]	= settr(2098,2,1009,1,0,"break", 1, 2, 0);
	trans[1][1009]	= settr(2099,2,1096,1824,1824,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 1][1096] = settr(2186,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(2186,0,1011,0,0,"sub-sequence", 1, 2, 0);
	trans[1][1011]	= settr(2101,2,1069,1825,1825,"i = 0", 1, 2, 0);
	trans[1][1070]	= settr(2160,2,1069,1,0,".(goto)", 1, 2, 0);
	T = trans[1][1069] = settr(2159,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2159,2,1012,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2159,2,1067,0,0,"DO", 1, 2, 0);
	trans[1][1012]	= settr(2102,2,1064,1826,0,"((i<5))", 1, 2, 0);
	T = trans[1][1064] = settr(2154,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2154,2,1013,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2154,2,1062,0,0,"IF", 1, 2, 0);
	trans[1][1013]	= settr(2103,2,1021,1827,1827,"(alive[i])", 1, 2, 0); /* m: 1014 -> 1021,0 */
	reached1[1014] = 1;
	trans[1][1014]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[1][1015]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[1][1022]	= settr(2112,2,1021,1,0,".(goto)", 1, 2, 0);
	T = trans[1][1021] = settr(2111,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2111,2,1016,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2111,2,1019,0,0,"DO", 1, 2, 0);
	trans[1][1016]	= settr(2106,2,1021,1828,1828,"((j<qn[0]))", 1, 2, 0); /* m: 1017 -> 1021,0 */
	reached1[1017] = 1;
	trans[1][1017]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[1][1018]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][1019]	= settr(2109,2,1024,2,0,"else", 1, 2, 0);
	trans[1][1020]	= settr(2110,2,1024,1,0,"goto :b39", 1, 2, 0); /* m: 1024 -> 0,1031 */
	reached1[1024] = 1;
	trans[1][1023]	= settr(2113,2,1024,1,0,"break", 1, 2, 0);
	trans[1][1024]	= settr(2114,2,1031,1829,1829,"x = 0", 1, 2, 0); /* m: 1025 -> 0,1031 */
	reached1[1025] = 1;
	trans[1][1025]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[1][1032]	= settr(2122,2,1031,1,0,".(goto)", 1, 2, 0);
	T = trans[1][1031] = settr(2121,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2121,2,1026,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2121,2,1029,0,0,"DO", 1, 2, 0);
	trans[1][1026]	= settr(2116,2,1031,1830,1830,"((j<qn[1]))", 1, 2, 0); /* m: 1027 -> 1031,0 */
	reached1[1027] = 1;
	trans[1][1027]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[1][1028]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[1][1029]	= settr(2119,2,1034,2,0,"else", 1, 2, 0);
	trans[1][1030]	= settr(2120,2,1034,1,0,"goto :b40", 1, 2, 0); /* m: 1034 -> 0,1047 */
	reached1[1034] = 1;
	trans[1][1033]	= settr(2123,2,1034,1,0,"break", 1, 2, 0);
	trans[1][1034]	= settr(2124,2,1047,1831,1831,"assert(((n+x)<=1))", 1, 2, 0); /* m: 1035 -> 0,1047 */
	reached1[1035] = 1;
	trans[1][1035]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[1][1036]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[1][1037]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[1][1038]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[1][1039]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[1][1047] = settr(2137,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2137,2,1040,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2137,2,1045,0,0,"IF", 1, 2, 0);
	trans[1][1040]	= settr(2130,2,1056,1832,1832,"((msg[i].state==3))", 1, 2, 0); /* m: 1041 -> 1056,0 */
	reached1[1041] = 1;
	trans[1][1041]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[1][1042]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[1][1043]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[1][1044]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[1][1048]	= settr(2138,2,1049,1,0,".(goto)", 1, 2, 0); /* m: 1049 -> 0,1056 */
	reached1[1049] = 1;
	trans[1][1045]	= settr(2135,2,1046,2,0,"else", 1, 2, 0);
	trans[1][1046]	= settr(2136,2,1056,1833,1833,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 1049 -> 0,1056 */
	reached1[1049] = 1;
	trans[1][1049]	= settr(2139,2,1056,1834,1834,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 1050 -> 0,1056 */
	reached1[1050] = 1;
	trans[1][1050]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[1][1051]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[1][1056] = settr(2146,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2146,2,1052,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2146,2,1054,0,0,"IF", 1, 2, 0);
	trans[1][1052]	= settr(2142,2,1069,1835,1835,"((w!=255))", 1, 2, 0); /* m: 1053 -> 1069,0 */
	reached1[1053] = 1;
	trans[1][1053]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[1][1057]	= settr(2147,2,1058,1,0,".(goto)", 1, 2, 0); /* m: 1058 -> 0,1069 */
	reached1[1058] = 1;
	trans[1][1054]	= settr(2144,2,1055,2,0,"else", 1, 2, 0);
	trans[1][1055]	= settr(2145,2,1069,1836,1836,"(1)", 1, 2, 0); /* m: 1058 -> 1069,0 */
	reached1[1058] = 1;
	trans[1][1058]	= settr(2148,2,1069,1837,1837,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 1059 -> 0,1069 */
	reached1[1059] = 1;
	trans[1][1059]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[1][1060]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[1][1061]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[1][1065]	= settr(2155,2,1066,1,0,".(goto)", 1, 2, 0); /* m: 1066 -> 0,1069 */
	reached1[1066] = 1;
	trans[1][1062]	= settr(2152,2,1063,2,0,"else", 1, 2, 0);
	trans[1][1063]	= settr(2153,2,1069,1838,1838,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 1066 -> 0,1069 */
	reached1[1066] = 1;
	trans[1][1066]	= settr(2156,2,1069,1839,1839,"i = (i+1)", 1, 2, 0);
	trans[1][1067]	= settr(2157,2,1072,2,0,"else", 1, 2, 0);
	trans[1][1068]	= settr(2158,2,1072,1,0,"goto :b38", 1, 2, 0); /* m: 1072 -> 0,1090 */
	reached1[1072] = 1;
	trans[1][1071]	= settr(2161,2,1072,1,0,"break", 1, 2, 0);
	trans[1][1072]	= settr(2162,2,1090,1840,1840,"i = 0", 1, 2, 0);
	trans[1][1091]	= settr(2181,2,1090,1,0,".(goto)", 1, 2, 0);
	T = trans[1][1090] = settr(2180,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(2180,2,1073,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(2180,2,1088,0,0,"DO", 1, 2, 0);
	trans[1][1073]	= settr(2163,2,1085,1841,0,"((i<5))", 1, 2, 0);
	T = trans[1][1085] = settr(2175,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2175,2,1074,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2175,2,1083,0,0,"IF", 1, 2, 0);
	trans[1][1074]	= settr(2164,2,1081,1842,1842,"((tstate[i]==2))", 1, 2, 0); /* m: 1075 -> 1081,0 */
	reached1[1075] = 1;
	trans[1][1075]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[1][1076]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[1][1081] = settr(2171,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(2171,2,1077,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(2171,2,1079,0,0,"IF", 1, 2, 0);
	trans[1][1077]	= settr(2167,2,1090,1843,1843,"((twait[i]==1))", 1, 2, 0); /* m: 1078 -> 1090,0 */
	reached1[1078] = 1;
	trans[1][1078]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[1][1082]	= settr(2172,2,1087,1,0,".(goto)", 1, 2, 0); /* m: 1087 -> 0,1090 */
	reached1[1087] = 1;
	trans[1][1079]	= settr(2169,2,1090,1844,1844,"((twait[i]==6))", 1, 2, 0); /* m: 1080 -> 1090,0 */
	reached1[1080] = 1;
	trans[1][1080]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[1][1086]	= settr(2176,2,1087,1,0,".(goto)", 1, 2, 0); /* m: 1087 -> 0,1090 */
	reached1[1087] = 1;
	trans[1][1083]	= settr(2173,2,1084,2,0,"else", 1, 2, 0);
	trans[1][1084]	= settr(2174,2,1090,1845,1845,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 1087 -> 0,1090 */
	reached1[1087] = 1;
	trans[1][1087]	= settr(2177,2,1090,1846,1846,"i = (i+1)", 1, 2, 0);
	trans[1][1088]	= settr(2178,2,1093,2,0,"else", 1, 2, 0);
	trans[1][1089]	= settr(2179,2,1093,1,0,"goto :b41", 1, 2, 0); /* m: 1093 -> 0,1100 */
	reached1[1093] = 1;
	trans[1][1092]	= settr(2182,2,1093,1,0,"break", 1, 2, 0);
	trans[1][1093]	= settr(2183,4,1100,1847,1847,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 1094 -> 0,1100 */
	reached1[1094] = 1;
	trans[1][1094]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[1][1095]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[1][1098]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[1][1100]	= settr(2190,0,1101,1848,0,"((tstate[1]==1))", 1, 2, 0);
	trans[1][1101]	= settr(2191,0,0,1849,1849,"-end-", 0, 3500, 0);

	/* proctype 0: Sender */

	trans[0] = (Trans **) emalloc(1092*sizeof(Trans *));

	T = trans[ 0][1089] = settr(1088,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1088,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[0][1]	= settr(0,2,932,1850,0,"((tstate[0]==1))", 1, 2, 0);
	T = trans[ 0][932] = settr(931,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(931,0,930,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][930] = settr(929,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(929,2,2,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(929,2,4,0,0,"IF", 1, 2, 0);
	trans[0][2]	= settr(1,2,1087,1851,1851,"((!(alive[5])||dying[5]))", 1, 2, 0); /* m: 3 -> 1087,0 */
	reached0[3] = 1;
	trans[0][3]	= settr(0,0,0,0,0,"ret = 18",0,0,0);
	trans[0][931]	= settr(930,2,1087,1,0,".(goto)", 1, 2, 0);
	trans[0][4]	= settr(3,2,6,2,0,"else", 1, 2, 0);
	T = trans[ 0][6] = settr(5,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(5,0,5,0,0,"sub-sequence", 1, 2, 0);
	trans[0][5]	= settr(4,2,15,1852,1852,"ret = ( ((msg[0].payload&&!(dying[(9+0)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[0][15] = settr(14,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(14,2,7,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(14,2,9,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(14,2,11,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(14,2,13,0,0,"IF", 1, 2, 0);
	trans[0][7]	= settr(6,2,928,1853,1853,"(!(alive[0]))", 1, 2, 0); /* m: 8 -> 928,0 */
	reached0[8] = 1;
	trans[0][8]	= settr(0,0,0,0,0,"ret = 9",0,0,0);
	trans[0][16]	= settr(15,2,928,1,0,".(goto)", 1, 2, 0);
	trans[0][9]	= settr(8,2,928,1854,1854,"((alive[0]&&(msg[0].state!=0)))", 1, 2, 0); /* m: 10 -> 928,0 */
	reached0[10] = 1;
	trans[0][10]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[0][11]	= settr(10,2,928,1855,1855,"(((((alive[0]&&(msg[0].state==0))&&(ret==0))&&(0==0))&&dying[7]))", 1, 2, 0); /* m: 12 -> 928,0 */
	reached0[12] = 1;
	trans[0][12]	= settr(0,0,0,0,0,"ret = 18",0,0,0);
	trans[0][13]	= settr(12,2,14,2,0,"else", 1, 2, 0);
	trans[0][14]	= settr(13,2,928,1,0,"(1)", 1, 2, 0);
	T = trans[0][928] = settr(927,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(927,2,17,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(927,2,926,0,0,"IF", 1, 2, 0);
	trans[0][17]	= settr(16,2,888,1856,1856,"((ret==0))", 1, 2, 0); /* m: 18 -> 888,0 */
	reached0[18] = 1;
	trans[0][18]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	trans[0][19]	= settr(0,0,0,0,0,"msg[0].charged = (0==0)",0,0,0);
	T = trans[ 0][888] = settr(887,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(887,0,147,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 0][147] = settr(146,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(146,0,20,0,0,"sub-sequence", 1, 2, 0);
	trans[0][20]	= settr(19,2,144,1857,1857,"i = 255", 1, 2, 0);
	trans[0][145]	= settr(144,2,144,1,0,".(goto)", 1, 2, 0);
	T = trans[0][144] = settr(143,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(143,2,21,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(143,2,142,0,0,"DO", 1, 2, 0);
	trans[0][21]	= settr(20,2,42,1858,1858,"((qn[1]>0))", 1, 2, 0); /* m: 22 -> 42,0 */
	reached0[22] = 1;
	trans[0][22]	= settr(0,0,0,0,0,"w = ql[((1*3)+0)]",0,0,0);
	T = trans[ 0][42] = settr(41,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(41,0,23,0,0,"sub-sequence", 1, 2, 0);
	trans[0][23]	= settr(22,2,28,1859,1859,"j = 0", 1, 2, 0);
	trans[0][29]	= settr(28,2,28,1,0,".(goto)", 1, 2, 0);
	T = trans[0][28] = settr(27,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(27,2,24,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(27,2,26,0,0,"DO", 1, 2, 0);
	trans[0][24]	= settr(23,2,28,1860,1860,"(((j<qn[1])&&(ql[((1*3)+j)]!=w)))", 1, 2, 0); /* m: 25 -> 28,0 */
	reached0[25] = 1;
	trans[0][25]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][26]	= settr(25,2,31,2,0,"else", 1, 2, 0);
	trans[0][27]	= settr(26,2,31,1,0,"goto :b1", 1, 2, 0); /* m: 31 -> 0,37 */
	reached0[31] = 1;
	trans[0][30]	= settr(29,2,31,1,0,"break", 1, 2, 0);
	trans[0][31]	= settr(30,2,37,1861,1861,"assert((j<qn[1]))", 1, 2, 0);
	trans[0][38]	= settr(37,2,37,1,0,".(goto)", 1, 2, 0);
	T = trans[0][37] = settr(36,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(36,2,32,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(36,2,35,0,0,"DO", 1, 2, 0);
	trans[0][32]	= settr(31,2,37,1862,1862,"(((j+1)<qn[1]))", 1, 2, 0); /* m: 33 -> 37,0 */
	reached0[33] = 1;
	trans[0][33]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j+1))]",0,0,0);
	trans[0][34]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][35]	= settr(34,2,40,2,0,"else", 1, 2, 0);
	trans[0][36]	= settr(35,2,40,1,0,"goto :b2", 1, 2, 0); /* m: 40 -> 0,44 */
	reached0[40] = 1;
	trans[0][39]	= settr(38,2,40,1,0,"break", 1, 2, 0);
	trans[0][40]	= settr(39,2,44,1863,1863,"qn[1] = (qn[1]-1)", 1, 2, 0); /* m: 41 -> 0,44 */
	reached0[41] = 1;
	trans[0][41]	= settr(0,0,0,0,0,"ql[((1*3)+qn[1])] = 255",0,0,0);
	T = trans[ 0][44] = settr(43,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(43,0,43,0,0,"sub-sequence", 1, 2, 0);
	trans[0][43]	= settr(42,2,50,1864,1864,"tt = ( ((msg[w].payload&&!(dying[(9+w)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[0][50] = settr(49,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(49,2,45,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(49,2,48,0,0,"IF", 1, 2, 0);
	trans[0][45]	= settr(44,2,47,1865,0,"(((tt==0)&&0))", 1, 2, 0);
	T = trans[ 0][47] = settr(46,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(46,0,46,0,0,"sub-sequence", 1, 2, 0);
	trans[0][46]	= settr(45,2,140,1866,1866,"tt = ( ((msg[w].charged&&dying[7])) -> (18) : (0) )", 1, 2, 0); /* m: 52 -> 0,140 */
	reached0[52] = 1;
	trans[0][51]	= settr(50,2,52,1,0,".(goto)", 1, 2, 0); /* m: 52 -> 0,140 */
	reached0[52] = 1;
	trans[0][48]	= settr(47,2,49,2,0,"else", 1, 2, 0);
	trans[0][49]	= settr(48,2,140,1867,1867,"(1)", 1, 2, 0); /* m: 52 -> 140,0 */
	reached0[52] = 1;
	trans[0][52]	= settr(51,2,140,1868,1868,"msg[w].onq = 0", 1, 2, 0);
	T = trans[0][140] = settr(139,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(139,2,53,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(139,2,56,0,0,"IF", 1, 2, 0);
	trans[0][53]	= settr(52,2,886,1869,1869,"((tt==0))", 1, 2, 0); /* m: 54 -> 886,0 */
	reached0[54] = 1;
	trans[0][54]	= settr(0,0,0,0,0,"i = w",0,0,0);
	trans[0][55]	= settr(54,2,886,1,0,"goto :b0", 1, 2, 0);
	trans[0][141]	= settr(140,2,144,1,0,".(goto)", 1, 2, 0);
	trans[0][56]	= settr(55,2,139,2,0,"else", 1, 2, 0);
	T = trans[ 0][139] = settr(138,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(138,0,105,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][105] = settr(104,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(104,2,57,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(104,2,103,0,0,"IF", 1, 2, 0);
	trans[0][57]	= settr(56,2,102,1870,0,"(((tt!=0)&&(msg[w].reply!=0)))", 1, 2, 0);
	T = trans[ 0][102] = settr(101,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(101,0,100,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][100] = settr(99,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(99,2,58,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(99,2,98,0,0,"IF", 1, 2, 0);
	trans[0][58]	= settr(57,2,96,1871,1871,"((r_armed&&(msg[w].reply==r_gen)))", 1, 2, 0); /* m: 59 -> 96,0 */
	reached0[59] = 1;
	trans[0][59]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][60]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][96] = settr(95,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(95,2,61,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(95,2,94,0,0,"IF", 1, 2, 0);
	trans[0][61]	= settr(60,2,93,1872,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][93] = settr(92,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(92,0,62,0,0,"sub-sequence", 1, 2, 0);
	trans[0][62]	= settr(61,2,85,1873,1873,"msg[ft].xfer = 0", 1, 2, 0); /* m: 63 -> 0,85 */
	reached0[63] = 1;
	trans[0][63]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][64]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][65]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][66]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][67]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][68]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][69]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][70]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[0][71]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][72]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][73]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][74]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][85] = settr(84,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(84,2,75,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(84,2,83,0,0,"IF", 1, 2, 0);
	trans[0][75]	= settr(74,2,82,1874,1874,"((fw!=255))", 1, 2, 0); /* m: 76 -> 82,0 */
	reached0[76] = 1;
	trans[0][76]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][77]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][82] = settr(81,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(81,0,78,0,0,"sub-sequence", 1, 2, 0);
	trans[0][78]	= settr(77,2,91,1875,1875,"twait[fw] = 0", 1, 2, 0); /* m: 79 -> 0,91 */
	reached0[79] = 1;
	trans[0][79]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][80]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[0][81]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][86]	= settr(85,2,91,1,0,".(goto)", 1, 2, 0);
	trans[0][83]	= settr(82,2,84,2,0,"else", 1, 2, 0);
	trans[0][84]	= settr(83,2,91,1876,1876,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][91] = settr(90,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(90,2,87,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(90,2,89,0,0,"IF", 1, 2, 0);
	trans[0][87]	= settr(86,2,138,1877,1877,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 88 -> 138,0 */
	reached0[88] = 1;
	trans[0][88]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][92]	= settr(91,2,138,1,0,".(goto)", 1, 2, 0);
	trans[0][89]	= settr(88,2,90,2,0,"else", 1, 2, 0);
	trans[0][90]	= settr(89,2,138,1,0,"(1)", 1, 2, 0);
	trans[0][97]	= settr(96,2,138,1,0,".(goto)", 1, 2, 0);
	trans[0][94]	= settr(93,2,95,2,0,"else", 1, 2, 0);
	trans[0][95]	= settr(94,2,138,1,0,"(1)", 1, 2, 0);
	trans[0][101]	= settr(100,2,138,1,0,".(goto)", 1, 2, 0);
	trans[0][98]	= settr(97,2,99,2,0,"else", 1, 2, 0);
	trans[0][99]	= settr(98,2,138,1,0,"(1)", 1, 2, 0);
	trans[0][106]	= settr(105,2,138,1,0,".(goto)", 1, 2, 0);
	trans[0][103]	= settr(102,2,104,2,0,"else", 1, 2, 0);
	trans[0][104]	= settr(103,2,138,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][138] = settr(137,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(137,0,107,0,0,"sub-sequence", 1, 2, 0);
	trans[0][107]	= settr(106,2,130,1878,1878,"msg[w].xfer = 0", 1, 2, 0); /* m: 108 -> 0,130 */
	reached0[108] = 1;
	trans[0][108]	= settr(0,0,0,0,0,"msg[w].state = 0",0,0,0);
	trans[0][109]	= settr(0,0,0,0,0,"msg[w].is_source = 0",0,0,0);
	trans[0][110]	= settr(0,0,0,0,0,"msg[w].peer = 255",0,0,0);
	trans[0][111]	= settr(0,0,0,0,0,"msg[w].onq = 0",0,0,0);
	trans[0][112]	= settr(0,0,0,0,0,"msg[w].ncaps = 0",0,0,0);
	trans[0][113]	= settr(0,0,0,0,0,"msg[w].copied = 0",0,0,0);
	trans[0][114]	= settr(0,0,0,0,0,"msg[w].failed = 0",0,0,0);
	trans[0][115]	= settr(0,0,0,0,0,"msg[w].status = tt",0,0,0);
	trans[0][116]	= settr(0,0,0,0,0,"msg[w].got_caps = 0",0,0,0);
	trans[0][117]	= settr(0,0,0,0,0,"msg[w].charged = 0",0,0,0);
	trans[0][118]	= settr(0,0,0,0,0,"msg[w].reply = 0",0,0,0);
	trans[0][119]	= settr(0,0,0,0,0,"fw = msg[w].waiter",0,0,0);
	T = trans[0][130] = settr(129,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(129,2,120,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(129,2,128,0,0,"IF", 1, 2, 0);
	trans[0][120]	= settr(119,2,127,1879,1879,"((fw!=255))", 1, 2, 0); /* m: 121 -> 127,0 */
	reached0[121] = 1;
	trans[0][121]	= settr(0,0,0,0,0,"msg[w].waiter = 255",0,0,0);
	trans[0][122]	= settr(0,0,0,0,0,"msg[w].delivered = 0",0,0,0);
	T = trans[ 0][127] = settr(126,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(126,0,123,0,0,"sub-sequence", 1, 2, 0);
	trans[0][123]	= settr(122,2,136,1880,1880,"twait[fw] = 0", 1, 2, 0); /* m: 124 -> 0,136 */
	reached0[124] = 1;
	trans[0][124]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][125]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[0][126]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][131]	= settr(130,2,136,1,0,".(goto)", 1, 2, 0);
	trans[0][128]	= settr(127,2,129,2,0,"else", 1, 2, 0);
	trans[0][129]	= settr(128,2,136,1881,1881,"msg[w].delivered = 1", 1, 2, 0);
	T = trans[0][136] = settr(135,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(135,2,132,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(135,2,134,0,0,"IF", 1, 2, 0);
	trans[0][132]	= settr(131,2,144,1882,1882,"((msg[w].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 133 -> 144,0 */
	reached0[133] = 1;
	trans[0][133]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][137]	= settr(136,2,144,1,0,".(goto)", 1, 2, 0);
	trans[0][134]	= settr(133,2,135,2,0,"else", 1, 2, 0);
	trans[0][135]	= settr(134,2,144,1,0,"(1)", 1, 2, 0);
	trans[0][142]	= settr(141,2,886,2,0,"else", 1, 2, 0);
	trans[0][143]	= settr(142,2,886,1,0,"goto :b0", 1, 2, 0);
	trans[0][146]	= settr(145,2,886,1,0,"break", 1, 2, 0);
	T = trans[0][886] = settr(885,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(885,2,148,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(885,2,155,0,0,"IF", 1, 2, 0);
	trans[0][148]	= settr(147,2,153,1883,1883,"((i==255))", 1, 2, 0); /* m: 149 -> 153,0 */
	reached0[149] = 1;
	trans[0][149]	= settr(0,0,0,0,0,"msg[0].state = 1",0,0,0);
	trans[0][150]	= settr(0,0,0,0,0,"msg[0].onq = 1",0,0,0);
	T = trans[ 0][153] = settr(152,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(152,0,151,0,0,"sub-sequence", 1, 2, 0);
	trans[0][151]	= settr(150,2,899,1884,1884,"ql[((0*3)+qn[0])] = 0", 1, 2, 0); /* m: 152 -> 0,899 */
	reached0[152] = 1;
	trans[0][152]	= settr(0,0,0,0,0,"qn[0] = (qn[0]+1)",0,0,0);
	trans[0][154]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[0][887]	= settr(886,2,899,1,0,".(goto)", 1, 2, 0);
	trans[0][155]	= settr(154,2,157,2,0,"else", 1, 2, 0);
	T = trans[ 0][157] = settr(156,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(156,0,156,0,0,"sub-sequence", 1, 2, 0);
	trans[0][156]	= settr(155,2,884,1885,1885,"st = ( ((msg[0].charged&&dying[7])) -> (18) : (0) )", 1, 2, 0);
	T = trans[0][884] = settr(883,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(883,2,158,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(883,2,255,0,0,"IF", 1, 2, 0);
	trans[0][158]	= settr(157,2,165,1886,1886,"((st!=0))", 1, 2, 0); /* m: 159 -> 165,0 */
	reached0[159] = 1;
	trans[0][159]	= settr(0,0,0,0,0,"j = qn[1]",0,0,0);
	trans[0][166]	= settr(165,2,165,1,0,".(goto)", 1, 2, 0);
	T = trans[0][165] = settr(164,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(164,2,160,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(164,2,163,0,0,"DO", 1, 2, 0);
	trans[0][160]	= settr(159,2,165,1887,1887,"((j>0))", 1, 2, 0); /* m: 161 -> 165,0 */
	reached0[161] = 1;
	trans[0][161]	= settr(0,0,0,0,0,"ql[((1*3)+j)] = ql[((1*3)+(j-1))]",0,0,0);
	trans[0][162]	= settr(0,0,0,0,0,"j = (j-1)",0,0,0);
	trans[0][163]	= settr(162,2,168,2,0,"else", 1, 2, 0);
	trans[0][164]	= settr(163,2,168,1,0,"goto :b3", 1, 2, 0); /* m: 168 -> 0,253 */
	reached0[168] = 1;
	trans[0][167]	= settr(166,2,168,1,0,"break", 1, 2, 0);
	trans[0][168]	= settr(167,2,253,1888,1888,"ql[((1*3)+0)] = i", 1, 2, 0); /* m: 169 -> 0,253 */
	reached0[169] = 1;
	trans[0][169]	= settr(0,0,0,0,0,"qn[1] = (qn[1]+1)",0,0,0);
	trans[0][170]	= settr(0,0,0,0,0,"msg[i].onq = 1",0,0,0);
	T = trans[ 0][253] = settr(252,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(252,0,219,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][219] = settr(218,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(218,2,171,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(218,2,217,0,0,"IF", 1, 2, 0);
	trans[0][171]	= settr(170,2,216,1889,0,"(((st!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 0][216] = settr(215,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(215,0,214,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][214] = settr(213,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(213,2,172,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(213,2,212,0,0,"IF", 1, 2, 0);
	trans[0][172]	= settr(171,2,210,1890,1890,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 173 -> 210,0 */
	reached0[173] = 1;
	trans[0][173]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][174]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][210] = settr(209,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(209,2,175,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(209,2,208,0,0,"IF", 1, 2, 0);
	trans[0][175]	= settr(174,2,207,1891,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][207] = settr(206,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(206,0,176,0,0,"sub-sequence", 1, 2, 0);
	trans[0][176]	= settr(175,2,199,1892,1892,"msg[ft].xfer = 0", 1, 2, 0); /* m: 177 -> 0,199 */
	reached0[177] = 1;
	trans[0][177]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][178]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][179]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][180]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][181]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][182]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][183]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][184]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[0][185]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][186]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][187]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][188]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][199] = settr(198,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(198,2,189,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(198,2,197,0,0,"IF", 1, 2, 0);
	trans[0][189]	= settr(188,2,196,1893,1893,"((fw!=255))", 1, 2, 0); /* m: 190 -> 196,0 */
	reached0[190] = 1;
	trans[0][190]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][191]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][196] = settr(195,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(195,0,192,0,0,"sub-sequence", 1, 2, 0);
	trans[0][192]	= settr(191,2,205,1894,1894,"twait[fw] = 0", 1, 2, 0); /* m: 193 -> 0,205 */
	reached0[193] = 1;
	trans[0][193]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][194]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[0][195]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][200]	= settr(199,2,205,1,0,".(goto)", 1, 2, 0);
	trans[0][197]	= settr(196,2,198,2,0,"else", 1, 2, 0);
	trans[0][198]	= settr(197,2,205,1895,1895,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][205] = settr(204,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(204,2,201,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(204,2,203,0,0,"IF", 1, 2, 0);
	trans[0][201]	= settr(200,2,252,1896,1896,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 202 -> 252,0 */
	reached0[202] = 1;
	trans[0][202]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][206]	= settr(205,2,252,1,0,".(goto)", 1, 2, 0);
	trans[0][203]	= settr(202,2,204,2,0,"else", 1, 2, 0);
	trans[0][204]	= settr(203,2,252,1,0,"(1)", 1, 2, 0);
	trans[0][211]	= settr(210,2,252,1,0,".(goto)", 1, 2, 0);
	trans[0][208]	= settr(207,2,209,2,0,"else", 1, 2, 0);
	trans[0][209]	= settr(208,2,252,1,0,"(1)", 1, 2, 0);
	trans[0][215]	= settr(214,2,252,1,0,".(goto)", 1, 2, 0);
	trans[0][212]	= settr(211,2,213,2,0,"else", 1, 2, 0);
	trans[0][213]	= settr(212,2,252,1,0,"(1)", 1, 2, 0);
	trans[0][220]	= settr(219,2,252,1,0,".(goto)", 1, 2, 0);
	trans[0][217]	= settr(216,2,218,2,0,"else", 1, 2, 0);
	trans[0][218]	= settr(217,2,252,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][252] = settr(251,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(251,0,221,0,0,"sub-sequence", 1, 2, 0);
	trans[0][221]	= settr(220,2,244,1897,1897,"msg[0].xfer = 0", 1, 2, 0); /* m: 222 -> 0,244 */
	reached0[222] = 1;
	trans[0][222]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[0][223]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[0][224]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[0][225]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[0][226]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[0][227]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[0][228]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[0][229]	= settr(0,0,0,0,0,"msg[0].status = st",0,0,0);
	trans[0][230]	= settr(0,0,0,0,0,"msg[0].got_caps = 0",0,0,0);
	trans[0][231]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[0][232]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[0][233]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[0][244] = settr(243,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(243,2,234,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(243,2,242,0,0,"IF", 1, 2, 0);
	trans[0][234]	= settr(233,2,241,1898,1898,"((fw!=255))", 1, 2, 0); /* m: 235 -> 241,0 */
	reached0[235] = 1;
	trans[0][235]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[0][236]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 0][241] = settr(240,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(240,0,237,0,0,"sub-sequence", 1, 2, 0);
	trans[0][237]	= settr(236,2,250,1899,1899,"twait[fw] = 0", 1, 2, 0); /* m: 238 -> 0,250 */
	reached0[238] = 1;
	trans[0][238]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][239]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[0][240]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][245]	= settr(244,2,250,1,0,".(goto)", 1, 2, 0);
	trans[0][242]	= settr(241,2,243,2,0,"else", 1, 2, 0);
	trans[0][243]	= settr(242,2,250,1900,1900,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[0][250] = settr(249,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(249,2,246,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(249,2,248,0,0,"IF", 1, 2, 0);
	trans[0][246]	= settr(245,2,899,1901,1901,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 247 -> 899,0 */
	reached0[247] = 1;
	trans[0][247]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][251]	= settr(250,2,254,1,0,".(goto)", 1, 2, 0); /* m: 254 -> 0,899 */
	reached0[254] = 1;
	trans[0][248]	= settr(247,2,249,2,0,"else", 1, 2, 0);
	trans[0][249]	= settr(248,2,899,1902,1902,"(1)", 1, 2, 0); /* m: 254 -> 899,0 */
	reached0[254] = 1;
	trans[0][254]	= settr(253,2,899,1903,1903,"ret = 0", 1, 2, 0);
	trans[0][885]	= settr(884,2,899,1,0,".(goto)", 1, 2, 0);
	trans[0][255]	= settr(254,2,269,2,0,"else", 1, 2, 0);
	T = trans[ 0][269] = settr(268,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(268,0,256,0,0,"sub-sequence", 1, 2, 0);
	trans[0][256]	= settr(255,2,883,1904,1904,"msg[0].state = 3", 1, 2, 0); /* m: 257 -> 0,883 */
	reached0[257] = 1;
	trans[0][257]	= settr(0,0,0,0,0,"msg[i].state = 3",0,0,0);
	trans[0][258]	= settr(0,0,0,0,0,"msg[0].is_source = 1",0,0,0);
	trans[0][259]	= settr(0,0,0,0,0,"msg[i].is_source = 0",0,0,0);
	trans[0][260]	= settr(0,0,0,0,0,"msg[0].peer = i",0,0,0);
	trans[0][261]	= settr(0,0,0,0,0,"msg[i].peer = 0",0,0,0);
	trans[0][262]	= settr(0,0,0,0,0,"msg[0].ncaps = 2",0,0,0);
	trans[0][263]	= settr(0,0,0,0,0,"msg[i].ncaps = 2",0,0,0);
	trans[0][264]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[0][265]	= settr(0,0,0,0,0,"msg[i].copied = 0",0,0,0);
	trans[0][266]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[0][267]	= settr(0,0,0,0,0,"msg[i].failed = 0",0,0,0);
	trans[0][268]	= settr(0,0,0,0,0,"msg[0].landed = 0",0,0,0);
	T = trans[ 0][883] = settr(882,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(882,0,270,0,0,"sub-sequence", 1, 2, 0);
	trans[0][270]	= settr(269,2,272,1905,1905,"t_ = msg[0].peer", 1, 2, 0);
	T = trans[ 0][272] = settr(271,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(271,0,271,0,0,"sub-sequence", 1, 2, 0);
	trans[0][271]	= settr(270,2,274,1906,1906,"st = ( ((msg[0].payload&&!(dying[(9+0)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[ 0][274] = settr(273,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(273,0,273,0,0,"sub-sequence", 1, 2, 0);
	trans[0][273]	= settr(272,2,881,1907,1907,"tt = ( ((msg[t_].payload&&!(dying[(9+t_)]))) -> (0) : (3) )", 1, 2, 0);
	T = trans[0][881] = settr(880,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(880,2,275,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(880,2,460,0,0,"IF", 1, 2, 0);
	trans[0][275]	= settr(274,2,290,1908,0,"(((st!=0)||(tt!=0)))", 1, 2, 0);
	T = trans[ 0][290] = settr(289,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(289,0,276,0,0,"sub-sequence", 1, 2, 0);
	trans[0][276]	= settr(275,2,288,1909,1909,"x = (msg[0].landed&((1<<msg[0].copied)-1))", 1, 2, 0);
	T = trans[ 0][288] = settr(287,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(287,0,277,0,0,"sub-sequence", 1, 2, 0);
	trans[0][277]	= settr(276,2,285,1910,1910,"n = 0", 1, 2, 0); /* m: 278 -> 0,285 */
	reached0[278] = 1;
	trans[0][278]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[0][286]	= settr(285,2,285,1,0,".(goto)", 1, 2, 0);
	T = trans[0][285] = settr(284,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(284,2,279,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(284,2,283,0,0,"DO", 1, 2, 0);
	trans[0][279]	= settr(278,2,285,1911,1911,"((j<msg[0].ncaps))", 1, 2, 0); /* m: 280 -> 285,0 */
	reached0[280] = 1;
	trans[0][280]	= settr(0,0,0,0,0,"assert((((x>>j)&1)==(dst[((t_*2)+j)]==(0+1))))",0,0,0);
	trans[0][281]	= settr(0,0,0,0,0,"n = (n+((x>>j)&1))",0,0,0);
	trans[0][282]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][283]	= settr(282,2,289,2,0,"else", 1, 2, 0);
	trans[0][284]	= settr(283,2,289,1,0,"goto :b4", 1, 2, 0); /* m: 289 -> 0,375 */
	reached0[289] = 1;
	trans[0][287]	= settr(286,2,289,1,0,"break", 1, 2, 0);
	trans[0][289]	= settr(288,2,375,1912,1912,"res = n", 1, 2, 0); /* m: 291 -> 0,375 */
	reached0[291] = 1;
	trans[0][291]	= settr(0,0,0,0,0,"st = ( ((st!=0)) -> (st) : (18) )",0,0,0);
	trans[0][292]	= settr(0,0,0,0,0,"tt = ( ((tt!=0)) -> (tt) : (18) )",0,0,0);
	T = trans[ 0][375] = settr(374,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(374,0,341,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][341] = settr(340,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(340,2,293,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(340,2,339,0,0,"IF", 1, 2, 0);
	trans[0][293]	= settr(292,2,338,1913,0,"(((st!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 0][338] = settr(337,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(337,0,336,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][336] = settr(335,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(335,2,294,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(335,2,334,0,0,"IF", 1, 2, 0);
	trans[0][294]	= settr(293,2,332,1914,1914,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 295 -> 332,0 */
	reached0[295] = 1;
	trans[0][295]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][296]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][332] = settr(331,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(331,2,297,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(331,2,330,0,0,"IF", 1, 2, 0);
	trans[0][297]	= settr(296,2,329,1915,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][329] = settr(328,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(328,0,298,0,0,"sub-sequence", 1, 2, 0);
	trans[0][298]	= settr(297,2,321,1916,1916,"msg[ft].xfer = 0", 1, 2, 0); /* m: 299 -> 0,321 */
	reached0[299] = 1;
	trans[0][299]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][300]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][301]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][302]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][303]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][304]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][305]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][306]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[0][307]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][308]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][309]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][310]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][321] = settr(320,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(320,2,311,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(320,2,319,0,0,"IF", 1, 2, 0);
	trans[0][311]	= settr(310,2,318,1917,1917,"((fw!=255))", 1, 2, 0); /* m: 312 -> 318,0 */
	reached0[312] = 1;
	trans[0][312]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][313]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][318] = settr(317,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(317,0,314,0,0,"sub-sequence", 1, 2, 0);
	trans[0][314]	= settr(313,2,327,1918,1918,"twait[fw] = 0", 1, 2, 0); /* m: 315 -> 0,327 */
	reached0[315] = 1;
	trans[0][315]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][316]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[0][317]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][322]	= settr(321,2,327,1,0,".(goto)", 1, 2, 0);
	trans[0][319]	= settr(318,2,320,2,0,"else", 1, 2, 0);
	trans[0][320]	= settr(319,2,327,1919,1919,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][327] = settr(326,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(326,2,323,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(326,2,325,0,0,"IF", 1, 2, 0);
	trans[0][323]	= settr(322,2,374,1920,1920,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 324 -> 374,0 */
	reached0[324] = 1;
	trans[0][324]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][328]	= settr(327,2,374,1,0,".(goto)", 1, 2, 0);
	trans[0][325]	= settr(324,2,326,2,0,"else", 1, 2, 0);
	trans[0][326]	= settr(325,2,374,1,0,"(1)", 1, 2, 0);
	trans[0][333]	= settr(332,2,374,1,0,".(goto)", 1, 2, 0);
	trans[0][330]	= settr(329,2,331,2,0,"else", 1, 2, 0);
	trans[0][331]	= settr(330,2,374,1,0,"(1)", 1, 2, 0);
	trans[0][337]	= settr(336,2,374,1,0,".(goto)", 1, 2, 0);
	trans[0][334]	= settr(333,2,335,2,0,"else", 1, 2, 0);
	trans[0][335]	= settr(334,2,374,1,0,"(1)", 1, 2, 0);
	trans[0][342]	= settr(341,2,374,1,0,".(goto)", 1, 2, 0);
	trans[0][339]	= settr(338,2,340,2,0,"else", 1, 2, 0);
	trans[0][340]	= settr(339,2,374,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][374] = settr(373,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(373,0,343,0,0,"sub-sequence", 1, 2, 0);
	trans[0][343]	= settr(342,2,366,1921,1921,"msg[0].xfer = 0", 1, 2, 0); /* m: 344 -> 0,366 */
	reached0[344] = 1;
	trans[0][344]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[0][345]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[0][346]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[0][347]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[0][348]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[0][349]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[0][350]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[0][351]	= settr(0,0,0,0,0,"msg[0].status = st",0,0,0);
	trans[0][352]	= settr(0,0,0,0,0,"msg[0].got_caps = res",0,0,0);
	trans[0][353]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[0][354]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[0][355]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[0][366] = settr(365,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(365,2,356,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(365,2,364,0,0,"IF", 1, 2, 0);
	trans[0][356]	= settr(355,2,363,1922,1922,"((fw!=255))", 1, 2, 0); /* m: 357 -> 363,0 */
	reached0[357] = 1;
	trans[0][357]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[0][358]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 0][363] = settr(362,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(362,0,359,0,0,"sub-sequence", 1, 2, 0);
	trans[0][359]	= settr(358,2,372,1923,1923,"twait[fw] = 0", 1, 2, 0); /* m: 360 -> 0,372 */
	reached0[360] = 1;
	trans[0][360]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][361]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[0][362]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][367]	= settr(366,2,372,1,0,".(goto)", 1, 2, 0);
	trans[0][364]	= settr(363,2,365,2,0,"else", 1, 2, 0);
	trans[0][365]	= settr(364,2,372,1924,1924,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[0][372] = settr(371,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(371,2,368,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(371,2,370,0,0,"IF", 1, 2, 0);
	trans[0][368]	= settr(367,2,458,1925,1925,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 369 -> 458,0 */
	reached0[369] = 1;
	trans[0][369]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][373]	= settr(372,2,458,1,0,".(goto)", 1, 2, 0);
	trans[0][370]	= settr(369,2,371,2,0,"else", 1, 2, 0);
	trans[0][371]	= settr(370,2,458,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][458] = settr(457,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(457,0,424,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][424] = settr(423,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(423,2,376,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(423,2,422,0,0,"IF", 1, 2, 0);
	trans[0][376]	= settr(375,2,421,1926,0,"(((tt!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 0][421] = settr(420,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(420,0,419,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][419] = settr(418,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(418,2,377,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(418,2,417,0,0,"IF", 1, 2, 0);
	trans[0][377]	= settr(376,2,415,1927,1927,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 378 -> 415,0 */
	reached0[378] = 1;
	trans[0][378]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][379]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][415] = settr(414,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(414,2,380,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(414,2,413,0,0,"IF", 1, 2, 0);
	trans[0][380]	= settr(379,2,412,1928,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][412] = settr(411,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(411,0,381,0,0,"sub-sequence", 1, 2, 0);
	trans[0][381]	= settr(380,2,404,1929,1929,"msg[ft].xfer = 0", 1, 2, 0); /* m: 382 -> 0,404 */
	reached0[382] = 1;
	trans[0][382]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][383]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][384]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][385]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][386]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][387]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][388]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][389]	= settr(0,0,0,0,0,"msg[ft].status = tt",0,0,0);
	trans[0][390]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][391]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][392]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][393]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][404] = settr(403,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(403,2,394,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(403,2,402,0,0,"IF", 1, 2, 0);
	trans[0][394]	= settr(393,2,401,1930,1930,"((fw!=255))", 1, 2, 0); /* m: 395 -> 401,0 */
	reached0[395] = 1;
	trans[0][395]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][396]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][401] = settr(400,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(400,0,397,0,0,"sub-sequence", 1, 2, 0);
	trans[0][397]	= settr(396,2,410,1931,1931,"twait[fw] = 0", 1, 2, 0); /* m: 398 -> 0,410 */
	reached0[398] = 1;
	trans[0][398]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][399]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[0][400]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][405]	= settr(404,2,410,1,0,".(goto)", 1, 2, 0);
	trans[0][402]	= settr(401,2,403,2,0,"else", 1, 2, 0);
	trans[0][403]	= settr(402,2,410,1932,1932,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][410] = settr(409,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(409,2,406,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(409,2,408,0,0,"IF", 1, 2, 0);
	trans[0][406]	= settr(405,2,457,1933,1933,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 407 -> 457,0 */
	reached0[407] = 1;
	trans[0][407]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][411]	= settr(410,2,457,1,0,".(goto)", 1, 2, 0);
	trans[0][408]	= settr(407,2,409,2,0,"else", 1, 2, 0);
	trans[0][409]	= settr(408,2,457,1,0,"(1)", 1, 2, 0);
	trans[0][416]	= settr(415,2,457,1,0,".(goto)", 1, 2, 0);
	trans[0][413]	= settr(412,2,414,2,0,"else", 1, 2, 0);
	trans[0][414]	= settr(413,2,457,1,0,"(1)", 1, 2, 0);
	trans[0][420]	= settr(419,2,457,1,0,".(goto)", 1, 2, 0);
	trans[0][417]	= settr(416,2,418,2,0,"else", 1, 2, 0);
	trans[0][418]	= settr(417,2,457,1,0,"(1)", 1, 2, 0);
	trans[0][425]	= settr(424,2,457,1,0,".(goto)", 1, 2, 0);
	trans[0][422]	= settr(421,2,423,2,0,"else", 1, 2, 0);
	trans[0][423]	= settr(422,2,457,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][457] = settr(456,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(456,0,426,0,0,"sub-sequence", 1, 2, 0);
	trans[0][426]	= settr(425,2,449,1934,1934,"msg[t_].xfer = 0", 1, 2, 0); /* m: 427 -> 0,449 */
	reached0[427] = 1;
	trans[0][427]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[0][428]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[0][429]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[0][430]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[0][431]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[0][432]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[0][433]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[0][434]	= settr(0,0,0,0,0,"msg[t_].status = tt",0,0,0);
	trans[0][435]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[0][436]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[0][437]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[0][438]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[0][449] = settr(448,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(448,2,439,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(448,2,447,0,0,"IF", 1, 2, 0);
	trans[0][439]	= settr(438,2,446,1935,1935,"((fw!=255))", 1, 2, 0); /* m: 440 -> 446,0 */
	reached0[440] = 1;
	trans[0][440]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[0][441]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 0][446] = settr(445,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(445,0,442,0,0,"sub-sequence", 1, 2, 0);
	trans[0][442]	= settr(441,2,455,1936,1936,"twait[fw] = 0", 1, 2, 0); /* m: 443 -> 0,455 */
	reached0[443] = 1;
	trans[0][443]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][444]	= settr(0,0,0,0,0,"tres[fw] = tt",0,0,0);
	trans[0][445]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][450]	= settr(449,2,455,1,0,".(goto)", 1, 2, 0);
	trans[0][447]	= settr(446,2,448,2,0,"else", 1, 2, 0);
	trans[0][448]	= settr(447,2,455,1937,1937,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[0][455] = settr(454,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(454,2,451,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(454,2,453,0,0,"IF", 1, 2, 0);
	trans[0][451]	= settr(450,2,899,1938,1938,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 452 -> 899,0 */
	reached0[452] = 1;
	trans[0][452]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][456]	= settr(455,2,459,1,0,".(goto)", 1, 2, 0); /* m: 459 -> 0,899 */
	reached0[459] = 1;
	trans[0][453]	= settr(452,2,454,2,0,"else", 1, 2, 0);
	trans[0][454]	= settr(453,2,899,1939,1939,"(1)", 1, 2, 0); /* m: 459 -> 899,0 */
	reached0[459] = 1;
	trans[0][459]	= settr(458,2,899,1940,1940,"ret = 0", 1, 2, 0);
	trans[0][882]	= settr(881,2,899,1,0,".(goto)", 1, 2, 0);
	trans[0][460]	= settr(459,2,461,2,0,"else", 1, 2, 0);
	trans[0][461]	= settr(460,2,484,1941,1941,"cut = 0", 1, 2, 0);
	trans[0][485]	= settr(484,2,484,1,0,".(goto)", 1, 2, 0);
	T = trans[0][484] = settr(483,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(483,2,462,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(483,2,482,0,0,"DO", 1, 2, 0);
	trans[0][462]	= settr(461,2,472,1942,0,"((msg[0].copied<msg[0].ncaps))", 1, 2, 0);
	T = trans[ 0][472] = settr(471,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(471,0,470,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][470] = settr(469,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(469,2,463,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(469,2,468,0,0,"IF", 1, 2, 0);
	trans[0][463]	= settr(462,2,480,1943,1943,"(((src[0]&(1<<msg[0].copied))&&(dst[((t_*2)+msg[0].copied)]==0)))", 1, 2, 0); /* m: 464 -> 480,0 */
	reached0[464] = 1;
	trans[0][464]	= settr(0,0,0,0,0,"assert(!((ncopy[0]&(1<<msg[0].copied))))",0,0,0);
	trans[0][465]	= settr(0,0,0,0,0,"ncopy[0] = (ncopy[0]|(1<<msg[0].copied))",0,0,0);
	trans[0][466]	= settr(0,0,0,0,0,"dst[((t_*2)+msg[0].copied)] = (0+1)",0,0,0);
	trans[0][467]	= settr(0,0,0,0,0,"msg[0].landed = (msg[0].landed|(1<<msg[0].copied))",0,0,0);
	trans[0][471]	= settr(470,2,473,1,0,".(goto)", 1, 2, 0); /* m: 473 -> 0,480 */
	reached0[473] = 1;
	trans[0][468]	= settr(467,2,469,2,0,"else", 1, 2, 0);
	trans[0][469]	= settr(468,2,480,1944,1944,"msg[0].failed = (msg[0].failed+1)", 1, 2, 0); /* m: 473 -> 0,480 */
	reached0[473] = 1;
	trans[0][473]	= settr(472,2,480,1945,1945,"msg[0].copied = (msg[0].copied+1)", 1, 2, 0); /* m: 474 -> 0,480 */
	reached0[474] = 1;
	trans[0][474]	= settr(0,0,0,0,0,"msg[t_].copied = msg[0].copied",0,0,0);
	T = trans[0][480] = settr(479,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(479,2,475,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(479,2,478,0,0,"IF", 1, 2, 0);
	trans[0][475]	= settr(474,2,879,1946,1946,"((msg[0].copied<msg[0].ncaps))", 1, 2, 0); /* m: 476 -> 879,0 */
	reached0[476] = 1;
	trans[0][476]	= settr(0,0,0,0,0,"cut = 1",0,0,0);
	trans[0][477]	= settr(476,2,879,1,0,"goto :b5", 1, 2, 0);
	trans[0][481]	= settr(480,2,484,1,0,".(goto)", 1, 2, 0);
	trans[0][478]	= settr(477,2,479,1,0,"(1)", 1, 2, 0);
	trans[0][479]	= settr(478,2,484,1,0,"(1)", 1, 2, 0);
	trans[0][482]	= settr(481,2,879,2,0,"else", 1, 2, 0);
	trans[0][483]	= settr(482,2,879,1,0,"goto :b5", 1, 2, 0);
	trans[0][486]	= settr(485,2,879,1,0,"break", 1, 2, 0);
	T = trans[0][879] = settr(878,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(878,2,487,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(878,2,489,0,0,"IF", 1, 2, 0);
	trans[0][487]	= settr(486,2,899,1947,1947,"(cut)", 1, 2, 0); /* m: 488 -> 899,0 */
	reached0[488] = 1;
	trans[0][488]	= settr(0,0,0,0,0,"ret = 255",0,0,0);
	trans[0][880]	= settr(879,2,899,1,0,".(goto)", 1, 2, 0);
	trans[0][489]	= settr(488,2,503,2,0,"else", 1, 2, 0);
	T = trans[ 0][503] = settr(502,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(502,0,490,0,0,"sub-sequence", 1, 2, 0);
	trans[0][490]	= settr(489,2,501,1948,1948,"st = 0", 1, 2, 0);
	T = trans[0][501] = settr(500,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(500,2,491,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(500,2,499,0,0,"IF", 1, 2, 0);
	trans[0][491]	= settr(490,2,497,1949,1949,"((msg[0].reply!=0))", 1, 2, 0); /* m: 492 -> 497,0 */
	reached0[492] = 1;
	trans[0][492]	= settr(0,0,0,0,0,"assert((t_==3))",0,0,0);
	T = trans[0][497] = settr(496,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(496,2,493,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(496,2,495,0,0,"IF", 1, 2, 0);
	trans[0][493]	= settr(492,2,552,1950,1950,"((rslot!=0))", 1, 2, 0); /* m: 494 -> 552,0 */
	reached0[494] = 1;
	trans[0][494]	= settr(0,0,0,0,0,"st = 12",0,0,0);
	trans[0][498]	= settr(497,2,552,1,0,".(goto)", 1, 2, 0);
	trans[0][495]	= settr(494,2,496,2,0,"else", 1, 2, 0);
	trans[0][496]	= settr(495,2,552,1951,1951,"rslot = msg[0].reply", 1, 2, 0);
	trans[0][502]	= settr(501,2,552,1,0,".(goto)", 1, 2, 0);
	trans[0][499]	= settr(498,2,500,2,0,"else", 1, 2, 0);
	trans[0][500]	= settr(499,2,552,1,0,"(1)", 1, 2, 0);
	T = trans[0][552] = settr(551,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(551,2,504,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(551,2,550,0,0,"IF", 1, 2, 0);
	trans[0][504]	= settr(503,2,549,1952,0,"((st!=0))", 1, 2, 0);
	T = trans[ 0][549] = settr(548,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(548,0,547,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][547] = settr(546,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(546,2,505,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(546,2,545,0,0,"IF", 1, 2, 0);
	trans[0][505]	= settr(504,2,543,1953,1953,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 506 -> 543,0 */
	reached0[506] = 1;
	trans[0][506]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][507]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][543] = settr(542,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(542,2,508,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(542,2,541,0,0,"IF", 1, 2, 0);
	trans[0][508]	= settr(507,2,540,1954,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][540] = settr(539,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(539,0,509,0,0,"sub-sequence", 1, 2, 0);
	trans[0][509]	= settr(508,2,532,1955,1955,"msg[ft].xfer = 0", 1, 2, 0); /* m: 510 -> 0,532 */
	reached0[510] = 1;
	trans[0][510]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][511]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][512]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][513]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][514]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][515]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][516]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][517]	= settr(0,0,0,0,0,"msg[ft].status = st",0,0,0);
	trans[0][518]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][519]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][520]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][521]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][532] = settr(531,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(531,2,522,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(531,2,530,0,0,"IF", 1, 2, 0);
	trans[0][522]	= settr(521,2,529,1956,1956,"((fw!=255))", 1, 2, 0); /* m: 523 -> 529,0 */
	reached0[523] = 1;
	trans[0][523]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][524]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][529] = settr(528,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(528,0,525,0,0,"sub-sequence", 1, 2, 0);
	trans[0][525]	= settr(524,2,538,1957,1957,"twait[fw] = 0", 1, 2, 0); /* m: 526 -> 0,538 */
	reached0[526] = 1;
	trans[0][526]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][527]	= settr(0,0,0,0,0,"tres[fw] = st",0,0,0);
	trans[0][528]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][533]	= settr(532,2,538,1,0,".(goto)", 1, 2, 0);
	trans[0][530]	= settr(529,2,531,2,0,"else", 1, 2, 0);
	trans[0][531]	= settr(530,2,538,1958,1958,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][538] = settr(537,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(537,2,534,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(537,2,536,0,0,"IF", 1, 2, 0);
	trans[0][534]	= settr(533,2,697,1959,1959,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 535 -> 697,0 */
	reached0[535] = 1;
	trans[0][535]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][539]	= settr(538,2,697,1,0,".(goto)", 1, 2, 0);
	trans[0][536]	= settr(535,2,537,2,0,"else", 1, 2, 0);
	trans[0][537]	= settr(536,2,697,1,0,"(1)", 1, 2, 0);
	trans[0][544]	= settr(543,2,697,1,0,".(goto)", 1, 2, 0);
	trans[0][541]	= settr(540,2,542,2,0,"else", 1, 2, 0);
	trans[0][542]	= settr(541,2,697,1,0,"(1)", 1, 2, 0);
	trans[0][548]	= settr(547,2,697,1,0,".(goto)", 1, 2, 0);
	trans[0][545]	= settr(544,2,546,2,0,"else", 1, 2, 0);
	trans[0][546]	= settr(545,2,697,1,0,"(1)", 1, 2, 0);
	trans[0][553]	= settr(552,2,697,1,0,".(goto)", 1, 2, 0);
	trans[0][550]	= settr(549,2,551,2,0,"else", 1, 2, 0);
	trans[0][551]	= settr(550,2,697,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][697] = settr(696,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(696,0,561,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 0][561] = settr(560,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(560,0,559,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][559] = settr(558,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(558,2,554,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(558,2,557,0,0,"IF", 1, 2, 0);
	trans[0][554]	= settr(553,2,569,1960,1960,"(shown[0])", 1, 2, 0); /* m: 555 -> 569,0 */
	reached0[555] = 1;
	trans[0][555]	= settr(0,0,0,0,0,"stale[0] = pa[0]",0,0,0);
	trans[0][556]	= settr(0,0,0,0,0,"shown[0] = 0",0,0,0);
	trans[0][560]	= settr(559,2,569,1,0,".(goto)", 1, 2, 0);
	trans[0][557]	= settr(556,2,558,2,0,"else", 1, 2, 0);
	trans[0][558]	= settr(557,2,569,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][569] = settr(568,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(568,0,567,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][567] = settr(566,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(566,2,562,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(566,2,565,0,0,"IF", 1, 2, 0);
	trans[0][562]	= settr(561,2,594,1961,1961,"(shown[t_])", 1, 2, 0); /* m: 563 -> 594,0 */
	reached0[563] = 1;
	trans[0][563]	= settr(0,0,0,0,0,"stale[t_] = pa[t_]",0,0,0);
	trans[0][564]	= settr(0,0,0,0,0,"shown[t_] = 0",0,0,0);
	trans[0][568]	= settr(567,2,594,1,0,".(goto)", 1, 2, 0);
	trans[0][565]	= settr(564,2,566,2,0,"else", 1, 2, 0);
	trans[0][566]	= settr(565,2,594,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][594] = settr(593,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(593,0,570,0,0,"sub-sequence", 1, 2, 0);
	trans[0][570]	= settr(569,2,591,1962,1962,"x = 0", 1, 2, 0);
	trans[0][592]	= settr(591,2,591,1,0,".(goto)", 1, 2, 0);
	T = trans[0][591] = settr(590,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(590,2,571,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(590,2,589,0,0,"DO", 1, 2, 0);
	trans[0][571]	= settr(570,2,578,1963,0,"((x<5))", 1, 2, 0);
	T = trans[0][578] = settr(577,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(577,2,572,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(577,2,576,0,0,"IF", 1, 2, 0);
	trans[0][572]	= settr(571,2,575,1964,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 0][575] = settr(574,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(574,0,573,0,0,"sub-sequence", 1, 2, 0);
	trans[0][573]	= settr(572,2,586,1965,1965,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 574 -> 0,586 */
	reached0[574] = 1;
	trans[0][574]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][579]	= settr(578,2,586,1,0,".(goto)", 1, 2, 0);
	trans[0][576]	= settr(575,2,577,2,0,"else", 1, 2, 0);
	trans[0][577]	= settr(576,2,586,1,0,"(1)", 1, 2, 0);
	T = trans[0][586] = settr(585,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(585,2,580,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(585,2,584,0,0,"IF", 1, 2, 0);
	trans[0][580]	= settr(579,2,583,1966,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 0][583] = settr(582,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(582,0,581,0,0,"sub-sequence", 1, 2, 0);
	trans[0][581]	= settr(580,2,591,1967,1967,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 582 -> 0,591 */
	reached0[582] = 1;
	trans[0][582]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][587]	= settr(586,2,588,1,0,".(goto)", 1, 2, 0); /* m: 588 -> 0,591 */
	reached0[588] = 1;
	trans[0][584]	= settr(583,2,585,2,0,"else", 1, 2, 0);
	trans[0][585]	= settr(584,2,591,1968,1968,"(1)", 1, 2, 0); /* m: 588 -> 591,0 */
	reached0[588] = 1;
	trans[0][588]	= settr(587,2,591,1969,1969,"x = (x+1)", 1, 2, 0);
	trans[0][589]	= settr(588,2,604,2,0,"else", 1, 2, 0);
	trans[0][590]	= settr(589,2,604,1,0,"goto :b6", 1, 2, 0);
	trans[0][593]	= settr(592,2,604,1,0,"break", 1, 2, 0);
	T = trans[ 0][604] = settr(603,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(603,0,595,0,0,"sub-sequence", 1, 2, 0);
	trans[0][595]	= settr(594,2,601,1970,1970,"x = 0", 1, 2, 0);
	trans[0][602]	= settr(601,2,601,1,0,".(goto)", 1, 2, 0);
	T = trans[0][601] = settr(600,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(600,2,596,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(600,2,599,0,0,"DO", 1, 2, 0);
	trans[0][596]	= settr(595,2,601,1971,1971,"((x<5))", 1, 2, 0); /* m: 597 -> 601,0 */
	reached0[597] = 1;
	trans[0][597]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[0][598]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[0][599]	= settr(598,2,605,2,0,"else", 1, 2, 0);
	trans[0][600]	= settr(599,2,605,1,0,"goto :b7", 1, 2, 0); /* m: 605 -> 0,630 */
	reached0[605] = 1;
	trans[0][603]	= settr(602,2,605,1,0,"break", 1, 2, 0);
	trans[0][605]	= settr(604,2,630,1972,1972,"hdr[pa[0]] = ( ((t_==0)) -> (0) : (( (((t_==1)||(t_==2))) -> (1) : (2) )) )", 1, 2, 0);
	T = trans[ 0][630] = settr(629,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(629,0,606,0,0,"sub-sequence", 1, 2, 0);
	trans[0][606]	= settr(605,2,627,1973,1973,"x = 0", 1, 2, 0);
	trans[0][628]	= settr(627,2,627,1,0,".(goto)", 1, 2, 0);
	T = trans[0][627] = settr(626,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(626,2,607,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(626,2,625,0,0,"DO", 1, 2, 0);
	trans[0][607]	= settr(606,2,614,1974,0,"((x<5))", 1, 2, 0);
	T = trans[0][614] = settr(613,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(613,2,608,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(613,2,612,0,0,"IF", 1, 2, 0);
	trans[0][608]	= settr(607,2,611,1975,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 0][611] = settr(610,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(610,0,609,0,0,"sub-sequence", 1, 2, 0);
	trans[0][609]	= settr(608,2,622,1976,1976,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 610 -> 0,622 */
	reached0[610] = 1;
	trans[0][610]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][615]	= settr(614,2,622,1,0,".(goto)", 1, 2, 0);
	trans[0][612]	= settr(611,2,613,2,0,"else", 1, 2, 0);
	trans[0][613]	= settr(612,2,622,1,0,"(1)", 1, 2, 0);
	T = trans[0][622] = settr(621,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(621,2,616,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(621,2,620,0,0,"IF", 1, 2, 0);
	trans[0][616]	= settr(615,2,619,1977,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 0][619] = settr(618,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(618,0,617,0,0,"sub-sequence", 1, 2, 0);
	trans[0][617]	= settr(616,2,627,1978,1978,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 618 -> 0,627 */
	reached0[618] = 1;
	trans[0][618]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][623]	= settr(622,2,624,1,0,".(goto)", 1, 2, 0); /* m: 624 -> 0,627 */
	reached0[624] = 1;
	trans[0][620]	= settr(619,2,621,2,0,"else", 1, 2, 0);
	trans[0][621]	= settr(620,2,627,1979,1979,"(1)", 1, 2, 0); /* m: 624 -> 627,0 */
	reached0[624] = 1;
	trans[0][624]	= settr(623,2,627,1980,1980,"x = (x+1)", 1, 2, 0);
	trans[0][625]	= settr(624,2,631,2,0,"else", 1, 2, 0);
	trans[0][626]	= settr(625,2,631,1,0,"goto :b8", 1, 2, 0); /* m: 631 -> 0,656 */
	reached0[631] = 1;
	trans[0][629]	= settr(628,2,631,1,0,"break", 1, 2, 0);
	trans[0][631]	= settr(630,2,656,1981,1981,"hdr[pa[t_]] = 255", 1, 2, 0);
	T = trans[ 0][656] = settr(655,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(655,0,632,0,0,"sub-sequence", 1, 2, 0);
	trans[0][632]	= settr(631,2,653,1982,1982,"x = 0", 1, 2, 0);
	trans[0][654]	= settr(653,2,653,1,0,".(goto)", 1, 2, 0);
	T = trans[0][653] = settr(652,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(652,2,633,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(652,2,651,0,0,"DO", 1, 2, 0);
	trans[0][633]	= settr(632,2,640,1983,0,"((x<5))", 1, 2, 0);
	T = trans[0][640] = settr(639,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(639,2,634,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(639,2,638,0,0,"IF", 1, 2, 0);
	trans[0][634]	= settr(633,2,637,1984,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 0][637] = settr(636,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(636,0,635,0,0,"sub-sequence", 1, 2, 0);
	trans[0][635]	= settr(634,2,648,1985,1985,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 636 -> 0,648 */
	reached0[636] = 1;
	trans[0][636]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][641]	= settr(640,2,648,1,0,".(goto)", 1, 2, 0);
	trans[0][638]	= settr(637,2,639,2,0,"else", 1, 2, 0);
	trans[0][639]	= settr(638,2,648,1,0,"(1)", 1, 2, 0);
	T = trans[0][648] = settr(647,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(647,2,642,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(647,2,646,0,0,"IF", 1, 2, 0);
	trans[0][642]	= settr(641,2,645,1986,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 0][645] = settr(644,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(644,0,643,0,0,"sub-sequence", 1, 2, 0);
	trans[0][643]	= settr(642,2,653,1987,1987,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 644 -> 0,653 */
	reached0[644] = 1;
	trans[0][644]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][649]	= settr(648,2,650,1,0,".(goto)", 1, 2, 0); /* m: 650 -> 0,653 */
	reached0[650] = 1;
	trans[0][646]	= settr(645,2,647,2,0,"else", 1, 2, 0);
	trans[0][647]	= settr(646,2,653,1988,1988,"(1)", 1, 2, 0); /* m: 650 -> 653,0 */
	reached0[650] = 1;
	trans[0][650]	= settr(649,2,653,1989,1989,"x = (x+1)", 1, 2, 0);
	trans[0][651]	= settr(650,2,657,2,0,"else", 1, 2, 0);
	trans[0][652]	= settr(651,2,657,1,0,"goto :b9", 1, 2, 0); /* m: 657 -> 0,686 */
	reached0[657] = 1;
	trans[0][655]	= settr(654,2,657,1,0,"break", 1, 2, 0);
	trans[0][657]	= settr(656,2,686,1990,1990,"x = pa[0]", 1, 2, 0); /* m: 658 -> 0,686 */
	reached0[658] = 1;
	trans[0][658]	= settr(0,0,0,0,0,"pa[0] = pa[t_]",0,0,0);
	trans[0][659]	= settr(0,0,0,0,0,"pa[t_] = x",0,0,0);
	trans[0][660]	= settr(0,0,0,0,0,"shown[0] = 1",0,0,0);
	trans[0][661]	= settr(0,0,0,0,0,"shown[t_] = 1",0,0,0);
	T = trans[ 0][686] = settr(685,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(685,0,662,0,0,"sub-sequence", 1, 2, 0);
	trans[0][662]	= settr(661,2,683,1991,1991,"x = 0", 1, 2, 0);
	trans[0][684]	= settr(683,2,683,1,0,".(goto)", 1, 2, 0);
	T = trans[0][683] = settr(682,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(682,2,663,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(682,2,681,0,0,"DO", 1, 2, 0);
	trans[0][663]	= settr(662,2,670,1992,0,"((x<5))", 1, 2, 0);
	T = trans[0][670] = settr(669,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(669,2,664,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(669,2,668,0,0,"IF", 1, 2, 0);
	trans[0][664]	= settr(663,2,667,1993,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 0][667] = settr(666,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(666,0,665,0,0,"sub-sequence", 1, 2, 0);
	trans[0][665]	= settr(664,2,678,1994,1994,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 666 -> 0,678 */
	reached0[666] = 1;
	trans[0][666]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][671]	= settr(670,2,678,1,0,".(goto)", 1, 2, 0);
	trans[0][668]	= settr(667,2,669,2,0,"else", 1, 2, 0);
	trans[0][669]	= settr(668,2,678,1,0,"(1)", 1, 2, 0);
	T = trans[0][678] = settr(677,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(677,2,672,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(677,2,676,0,0,"IF", 1, 2, 0);
	trans[0][672]	= settr(671,2,675,1995,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 0][675] = settr(674,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(674,0,673,0,0,"sub-sequence", 1, 2, 0);
	trans[0][673]	= settr(672,2,683,1996,1996,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 674 -> 0,683 */
	reached0[674] = 1;
	trans[0][674]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][679]	= settr(678,2,680,1,0,".(goto)", 1, 2, 0); /* m: 680 -> 0,683 */
	reached0[680] = 1;
	trans[0][676]	= settr(675,2,677,2,0,"else", 1, 2, 0);
	trans[0][677]	= settr(676,2,683,1997,1997,"(1)", 1, 2, 0); /* m: 680 -> 683,0 */
	reached0[680] = 1;
	trans[0][680]	= settr(679,2,683,1998,1998,"x = (x+1)", 1, 2, 0);
	trans[0][681]	= settr(680,2,696,2,0,"else", 1, 2, 0);
	trans[0][682]	= settr(681,2,696,1,0,"goto :b10", 1, 2, 0);
	trans[0][685]	= settr(684,2,696,1,0,"break", 1, 2, 0);
	T = trans[ 0][696] = settr(695,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(695,0,687,0,0,"sub-sequence", 1, 2, 0);
	trans[0][687]	= settr(686,2,693,1999,1999,"x = 0", 1, 2, 0);
	trans[0][694]	= settr(693,2,693,1,0,".(goto)", 1, 2, 0);
	T = trans[0][693] = settr(692,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(692,2,688,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(692,2,691,0,0,"DO", 1, 2, 0);
	trans[0][688]	= settr(687,2,693,2000,2000,"((x<5))", 1, 2, 0); /* m: 689 -> 693,0 */
	reached0[689] = 1;
	trans[0][689]	= settr(0,0,0,0,0,"stale[x] = 255",0,0,0);
	trans[0][690]	= settr(0,0,0,0,0,"x = (x+1)",0,0,0);
	trans[0][691]	= settr(690,2,698,2,0,"else", 1, 2, 0);
	trans[0][692]	= settr(691,2,698,1,0,"goto :b11", 1, 2, 0); /* m: 698 -> 0,710 */
	reached0[698] = 1;
	trans[0][695]	= settr(694,2,698,1,0,"break", 1, 2, 0);
	trans[0][698]	= settr(697,2,710,2001,2001,"res = (msg[0].ncaps-msg[0].failed)", 1, 2, 0);
	T = trans[ 0][710] = settr(709,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(709,0,699,0,0,"sub-sequence", 1, 2, 0);
	trans[0][699]	= settr(698,2,707,2002,2002,"n = 0", 1, 2, 0); /* m: 700 -> 0,707 */
	reached0[700] = 1;
	trans[0][700]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[0][708]	= settr(707,2,707,1,0,".(goto)", 1, 2, 0);
	T = trans[0][707] = settr(706,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(706,2,701,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(706,2,705,0,0,"DO", 1, 2, 0);
	trans[0][701]	= settr(700,2,707,2003,2003,"((j<msg[0].ncaps))", 1, 2, 0); /* m: 702 -> 707,0 */
	reached0[702] = 1;
	trans[0][702]	= settr(0,0,0,0,0,"assert((((msg[0].landed>>j)&1)==(dst[((t_*2)+j)]==(0+1))))",0,0,0);
	trans[0][703]	= settr(0,0,0,0,0,"n = (n+((msg[0].landed>>j)&1))",0,0,0);
	trans[0][704]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][705]	= settr(704,2,711,2,0,"else", 1, 2, 0);
	trans[0][706]	= settr(705,2,711,1,0,"goto :b12", 1, 2, 0); /* m: 711 -> 0,794 */
	reached0[711] = 1;
	trans[0][709]	= settr(708,2,711,1,0,"break", 1, 2, 0);
	trans[0][711]	= settr(710,2,794,2004,2004,"assert((n==res))", 1, 2, 0);
	T = trans[ 0][794] = settr(793,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(793,0,760,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][760] = settr(759,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(759,2,712,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(759,2,758,0,0,"IF", 1, 2, 0);
	trans[0][712]	= settr(711,2,757,2005,0,"(((0!=0)&&(msg[0].reply!=0)))", 1, 2, 0);
	T = trans[ 0][757] = settr(756,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(756,0,755,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][755] = settr(754,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(754,2,713,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(754,2,753,0,0,"IF", 1, 2, 0);
	trans[0][713]	= settr(712,2,751,2006,2006,"((r_armed&&(msg[0].reply==r_gen)))", 1, 2, 0); /* m: 714 -> 751,0 */
	reached0[714] = 1;
	trans[0][714]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][715]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][751] = settr(750,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(750,2,716,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(750,2,749,0,0,"IF", 1, 2, 0);
	trans[0][716]	= settr(715,2,748,2007,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][748] = settr(747,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(747,0,717,0,0,"sub-sequence", 1, 2, 0);
	trans[0][717]	= settr(716,2,740,2008,2008,"msg[ft].xfer = 0", 1, 2, 0); /* m: 718 -> 0,740 */
	reached0[718] = 1;
	trans[0][718]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][719]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][720]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][721]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][722]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][723]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][724]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][725]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[0][726]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][727]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][728]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][729]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][740] = settr(739,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(739,2,730,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(739,2,738,0,0,"IF", 1, 2, 0);
	trans[0][730]	= settr(729,2,737,2009,2009,"((fw!=255))", 1, 2, 0); /* m: 731 -> 737,0 */
	reached0[731] = 1;
	trans[0][731]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][732]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][737] = settr(736,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(736,0,733,0,0,"sub-sequence", 1, 2, 0);
	trans[0][733]	= settr(732,2,746,2010,2010,"twait[fw] = 0", 1, 2, 0); /* m: 734 -> 0,746 */
	reached0[734] = 1;
	trans[0][734]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][735]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[0][736]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][741]	= settr(740,2,746,1,0,".(goto)", 1, 2, 0);
	trans[0][738]	= settr(737,2,739,2,0,"else", 1, 2, 0);
	trans[0][739]	= settr(738,2,746,2011,2011,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][746] = settr(745,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(745,2,742,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(745,2,744,0,0,"IF", 1, 2, 0);
	trans[0][742]	= settr(741,2,793,2012,2012,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 743 -> 793,0 */
	reached0[743] = 1;
	trans[0][743]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][747]	= settr(746,2,793,1,0,".(goto)", 1, 2, 0);
	trans[0][744]	= settr(743,2,745,2,0,"else", 1, 2, 0);
	trans[0][745]	= settr(744,2,793,1,0,"(1)", 1, 2, 0);
	trans[0][752]	= settr(751,2,793,1,0,".(goto)", 1, 2, 0);
	trans[0][749]	= settr(748,2,750,2,0,"else", 1, 2, 0);
	trans[0][750]	= settr(749,2,793,1,0,"(1)", 1, 2, 0);
	trans[0][756]	= settr(755,2,793,1,0,".(goto)", 1, 2, 0);
	trans[0][753]	= settr(752,2,754,2,0,"else", 1, 2, 0);
	trans[0][754]	= settr(753,2,793,1,0,"(1)", 1, 2, 0);
	trans[0][761]	= settr(760,2,793,1,0,".(goto)", 1, 2, 0);
	trans[0][758]	= settr(757,2,759,2,0,"else", 1, 2, 0);
	trans[0][759]	= settr(758,2,793,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][793] = settr(792,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(792,0,762,0,0,"sub-sequence", 1, 2, 0);
	trans[0][762]	= settr(761,2,785,2013,2013,"msg[0].xfer = 0", 1, 2, 0); /* m: 763 -> 0,785 */
	reached0[763] = 1;
	trans[0][763]	= settr(0,0,0,0,0,"msg[0].state = 0",0,0,0);
	trans[0][764]	= settr(0,0,0,0,0,"msg[0].is_source = 0",0,0,0);
	trans[0][765]	= settr(0,0,0,0,0,"msg[0].peer = 255",0,0,0);
	trans[0][766]	= settr(0,0,0,0,0,"msg[0].onq = 0",0,0,0);
	trans[0][767]	= settr(0,0,0,0,0,"msg[0].ncaps = 0",0,0,0);
	trans[0][768]	= settr(0,0,0,0,0,"msg[0].copied = 0",0,0,0);
	trans[0][769]	= settr(0,0,0,0,0,"msg[0].failed = 0",0,0,0);
	trans[0][770]	= settr(0,0,0,0,0,"msg[0].status = 0",0,0,0);
	trans[0][771]	= settr(0,0,0,0,0,"msg[0].got_caps = res",0,0,0);
	trans[0][772]	= settr(0,0,0,0,0,"msg[0].charged = 0",0,0,0);
	trans[0][773]	= settr(0,0,0,0,0,"msg[0].reply = 0",0,0,0);
	trans[0][774]	= settr(0,0,0,0,0,"fw = msg[0].waiter",0,0,0);
	T = trans[0][785] = settr(784,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(784,2,775,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(784,2,783,0,0,"IF", 1, 2, 0);
	trans[0][775]	= settr(774,2,782,2014,2014,"((fw!=255))", 1, 2, 0); /* m: 776 -> 782,0 */
	reached0[776] = 1;
	trans[0][776]	= settr(0,0,0,0,0,"msg[0].waiter = 255",0,0,0);
	trans[0][777]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	T = trans[ 0][782] = settr(781,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(781,0,778,0,0,"sub-sequence", 1, 2, 0);
	trans[0][778]	= settr(777,2,791,2015,2015,"twait[fw] = 0", 1, 2, 0); /* m: 779 -> 0,791 */
	reached0[779] = 1;
	trans[0][779]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][780]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[0][781]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][786]	= settr(785,2,791,1,0,".(goto)", 1, 2, 0);
	trans[0][783]	= settr(782,2,784,2,0,"else", 1, 2, 0);
	trans[0][784]	= settr(783,2,791,2016,2016,"msg[0].delivered = 1", 1, 2, 0);
	T = trans[0][791] = settr(790,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(790,2,787,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(790,2,789,0,0,"IF", 1, 2, 0);
	trans[0][787]	= settr(786,2,877,2017,2017,"((msg[0].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 788 -> 877,0 */
	reached0[788] = 1;
	trans[0][788]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][792]	= settr(791,2,877,1,0,".(goto)", 1, 2, 0);
	trans[0][789]	= settr(788,2,790,2,0,"else", 1, 2, 0);
	trans[0][790]	= settr(789,2,877,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][877] = settr(876,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(876,0,843,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][843] = settr(842,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(842,2,795,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(842,2,841,0,0,"IF", 1, 2, 0);
	trans[0][795]	= settr(794,2,840,2018,0,"(((0!=0)&&(msg[t_].reply!=0)))", 1, 2, 0);
	T = trans[ 0][840] = settr(839,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(839,0,838,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][838] = settr(837,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(837,2,796,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(837,2,836,0,0,"IF", 1, 2, 0);
	trans[0][796]	= settr(795,2,834,2019,2019,"((r_armed&&(msg[t_].reply==r_gen)))", 1, 2, 0); /* m: 797 -> 834,0 */
	reached0[797] = 1;
	trans[0][797]	= settr(0,0,0,0,0,"r_armed = 0",0,0,0);
	trans[0][798]	= settr(0,0,0,0,0,"ft = r_target",0,0,0);
	T = trans[0][834] = settr(833,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(833,2,799,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(833,2,832,0,0,"IF", 1, 2, 0);
	trans[0][799]	= settr(798,2,831,2020,0,"((((ft!=255)&&(msg[ft].state==2))&&!(msg[ft].onq)))", 1, 2, 0);
	T = trans[ 0][831] = settr(830,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(830,0,800,0,0,"sub-sequence", 1, 2, 0);
	trans[0][800]	= settr(799,2,823,2021,2021,"msg[ft].xfer = 0", 1, 2, 0); /* m: 801 -> 0,823 */
	reached0[801] = 1;
	trans[0][801]	= settr(0,0,0,0,0,"msg[ft].state = 0",0,0,0);
	trans[0][802]	= settr(0,0,0,0,0,"msg[ft].is_source = 0",0,0,0);
	trans[0][803]	= settr(0,0,0,0,0,"msg[ft].peer = 255",0,0,0);
	trans[0][804]	= settr(0,0,0,0,0,"msg[ft].onq = 0",0,0,0);
	trans[0][805]	= settr(0,0,0,0,0,"msg[ft].ncaps = 0",0,0,0);
	trans[0][806]	= settr(0,0,0,0,0,"msg[ft].copied = 0",0,0,0);
	trans[0][807]	= settr(0,0,0,0,0,"msg[ft].failed = 0",0,0,0);
	trans[0][808]	= settr(0,0,0,0,0,"msg[ft].status = 0",0,0,0);
	trans[0][809]	= settr(0,0,0,0,0,"msg[ft].got_caps = 0",0,0,0);
	trans[0][810]	= settr(0,0,0,0,0,"msg[ft].charged = 0",0,0,0);
	trans[0][811]	= settr(0,0,0,0,0,"msg[ft].reply = 0",0,0,0);
	trans[0][812]	= settr(0,0,0,0,0,"fw = msg[ft].waiter",0,0,0);
	T = trans[0][823] = settr(822,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(822,2,813,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(822,2,821,0,0,"IF", 1, 2, 0);
	trans[0][813]	= settr(812,2,820,2022,2022,"((fw!=255))", 1, 2, 0); /* m: 814 -> 820,0 */
	reached0[814] = 1;
	trans[0][814]	= settr(0,0,0,0,0,"msg[ft].waiter = 255",0,0,0);
	trans[0][815]	= settr(0,0,0,0,0,"msg[ft].delivered = 0",0,0,0);
	T = trans[ 0][820] = settr(819,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(819,0,816,0,0,"sub-sequence", 1, 2, 0);
	trans[0][816]	= settr(815,2,829,2023,2023,"twait[fw] = 0", 1, 2, 0); /* m: 817 -> 0,829 */
	reached0[817] = 1;
	trans[0][817]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][818]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[0][819]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][824]	= settr(823,2,829,1,0,".(goto)", 1, 2, 0);
	trans[0][821]	= settr(820,2,822,2,0,"else", 1, 2, 0);
	trans[0][822]	= settr(821,2,829,2024,2024,"msg[ft].delivered = 1", 1, 2, 0);
	T = trans[0][829] = settr(828,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(828,2,825,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(828,2,827,0,0,"IF", 1, 2, 0);
	trans[0][825]	= settr(824,2,876,2025,2025,"((msg[ft].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 826 -> 876,0 */
	reached0[826] = 1;
	trans[0][826]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][830]	= settr(829,2,876,1,0,".(goto)", 1, 2, 0);
	trans[0][827]	= settr(826,2,828,2,0,"else", 1, 2, 0);
	trans[0][828]	= settr(827,2,876,1,0,"(1)", 1, 2, 0);
	trans[0][835]	= settr(834,2,876,1,0,".(goto)", 1, 2, 0);
	trans[0][832]	= settr(831,2,833,2,0,"else", 1, 2, 0);
	trans[0][833]	= settr(832,2,876,1,0,"(1)", 1, 2, 0);
	trans[0][839]	= settr(838,2,876,1,0,".(goto)", 1, 2, 0);
	trans[0][836]	= settr(835,2,837,2,0,"else", 1, 2, 0);
	trans[0][837]	= settr(836,2,876,1,0,"(1)", 1, 2, 0);
	trans[0][844]	= settr(843,2,876,1,0,".(goto)", 1, 2, 0);
	trans[0][841]	= settr(840,2,842,2,0,"else", 1, 2, 0);
	trans[0][842]	= settr(841,2,876,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][876] = settr(875,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(875,0,845,0,0,"sub-sequence", 1, 2, 0);
	trans[0][845]	= settr(844,2,868,2026,2026,"msg[t_].xfer = 0", 1, 2, 0); /* m: 846 -> 0,868 */
	reached0[846] = 1;
	trans[0][846]	= settr(0,0,0,0,0,"msg[t_].state = 0",0,0,0);
	trans[0][847]	= settr(0,0,0,0,0,"msg[t_].is_source = 0",0,0,0);
	trans[0][848]	= settr(0,0,0,0,0,"msg[t_].peer = 255",0,0,0);
	trans[0][849]	= settr(0,0,0,0,0,"msg[t_].onq = 0",0,0,0);
	trans[0][850]	= settr(0,0,0,0,0,"msg[t_].ncaps = 0",0,0,0);
	trans[0][851]	= settr(0,0,0,0,0,"msg[t_].copied = 0",0,0,0);
	trans[0][852]	= settr(0,0,0,0,0,"msg[t_].failed = 0",0,0,0);
	trans[0][853]	= settr(0,0,0,0,0,"msg[t_].status = 0",0,0,0);
	trans[0][854]	= settr(0,0,0,0,0,"msg[t_].got_caps = res",0,0,0);
	trans[0][855]	= settr(0,0,0,0,0,"msg[t_].charged = 0",0,0,0);
	trans[0][856]	= settr(0,0,0,0,0,"msg[t_].reply = 0",0,0,0);
	trans[0][857]	= settr(0,0,0,0,0,"fw = msg[t_].waiter",0,0,0);
	T = trans[0][868] = settr(867,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(867,2,858,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(867,2,866,0,0,"IF", 1, 2, 0);
	trans[0][858]	= settr(857,2,865,2027,2027,"((fw!=255))", 1, 2, 0); /* m: 859 -> 865,0 */
	reached0[859] = 1;
	trans[0][859]	= settr(0,0,0,0,0,"msg[t_].waiter = 255",0,0,0);
	trans[0][860]	= settr(0,0,0,0,0,"msg[t_].delivered = 0",0,0,0);
	T = trans[ 0][865] = settr(864,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(864,0,861,0,0,"sub-sequence", 1, 2, 0);
	trans[0][861]	= settr(860,2,874,2028,2028,"twait[fw] = 0", 1, 2, 0); /* m: 862 -> 0,874 */
	reached0[862] = 1;
	trans[0][862]	= settr(0,0,0,0,0,"twon[fw] = 255",0,0,0);
	trans[0][863]	= settr(0,0,0,0,0,"tres[fw] = 0",0,0,0);
	trans[0][864]	= settr(0,0,0,0,0,"tstate[fw] = 1",0,0,0);
	trans[0][869]	= settr(868,2,874,1,0,".(goto)", 1, 2, 0);
	trans[0][866]	= settr(865,2,867,2,0,"else", 1, 2, 0);
	trans[0][867]	= settr(866,2,874,2029,2029,"msg[t_].delivered = 1", 1, 2, 0);
	T = trans[0][874] = settr(873,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(873,2,870,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(873,2,872,0,0,"IF", 1, 2, 0);
	trans[0][870]	= settr(869,2,899,2030,2030,"((msg[t_].thread&&(tstate[3]==0)))", 1, 2, 0); /* m: 871 -> 899,0 */
	reached0[871] = 1;
	trans[0][871]	= settr(0,0,0,0,0,"tstate[3] = 1",0,0,0);
	trans[0][875]	= settr(874,2,878,1,0,".(goto)", 1, 2, 0); /* m: 878 -> 0,899 */
	reached0[878] = 1;
	trans[0][872]	= settr(871,2,873,2,0,"else", 1, 2, 0);
	trans[0][873]	= settr(872,2,899,2031,2031,"(1)", 1, 2, 0); /* m: 878 -> 899,0 */
	reached0[878] = 1;
	trans[0][878]	= settr(877,2,899,2032,2032,"ret = 0", 1, 2, 0);
	T = trans[0][899] = settr(898,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(898,2,889,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(898,2,897,0,0,"IF", 1, 2, 0);
	trans[0][889]	= settr(888,2,896,2033,2033,"((ret==255))", 1, 2, 0);
	T = trans[ 0][896] = settr(895,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(895,0,894,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][894] = settr(893,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(893,2,890,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(893,2,892,0,0,"IF", 1, 2, 0);
	trans[0][890]	= settr(889,2,925,2034,2034,"(msg[0].is_source)", 1, 2, 0); /* m: 891 -> 925,0 */
	reached0[891] = 1;
	trans[0][891]	= settr(0,0,0,0,0,"msg[0].xfer = 1",0,0,0);
	trans[0][895]	= settr(894,2,925,1,0,".(goto)", 1, 2, 0);
	trans[0][892]	= settr(891,2,893,2,0,"else", 1, 2, 0);
	trans[0][893]	= settr(892,2,925,2035,2035,"msg[msg[0].peer].xfer = 1", 1, 2, 0);
	trans[0][900]	= settr(899,2,925,1,0,".(goto)", 1, 2, 0);
	trans[0][897]	= settr(896,2,898,2,0,"else", 1, 2, 0);
	trans[0][898]	= settr(897,2,925,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][925] = settr(924,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(924,0,923,0,0,"sub-sequence", 1, 2, 0);
	T = trans[0][923] = settr(922,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(922,2,901,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(922,2,909,0,0,"IF", 1, 2, 0);
	trans[0][901]	= settr(900,2,907,2036,0,"(((msg[0].state==0)&&msg[0].delivered))", 1, 2, 0);
	T = trans[0][907] = settr(906,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(906,2,902,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(906,2,905,0,0,"IF", 1, 2, 0);
	trans[0][902]	= settr(901,2,1087,2037,2037,"(1)", 1, 2, 0); /* m: 903 -> 1087,0 */
	reached0[903] = 1;
	trans[0][903]	= settr(0,0,0,0,0,"msg[0].delivered = 0",0,0,0);
	trans[0][904]	= settr(0,0,0,0,0,"ret = msg[0].status",0,0,0);
	trans[0][908]	= settr(907,2,1087,1,0,".(goto)", 1, 2, 0);
	trans[0][905]	= settr(904,2,906,2,0,"else", 1, 2, 0);
	trans[0][906]	= settr(905,2,1087,2038,2038,"ret = 0", 1, 2, 0);
	trans[0][924]	= settr(923,2,1087,1,0,".(goto)", 1, 2, 0);
	trans[0][909]	= settr(908,2,921,2,0,"else", 1, 2, 0);
	T = trans[0][921] = settr(920,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(920,2,910,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(920,2,912,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(920,2,914,0,0,"IF", 1, 2, 0);
	trans[0][910]	= settr(909,2,1087,2039,2039,"(!(1))", 1, 2, 0); /* m: 911 -> 1087,0 */
	reached0[911] = 1;
	trans[0][911]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[0][922]	= settr(921,2,1087,1,0,".(goto)", 1, 2, 0);
	trans[0][912]	= settr(911,2,1087,2040,2040,"((1&&(msg[0].waiter!=255)))", 1, 2, 0); /* m: 913 -> 1087,0 */
	reached0[913] = 1;
	trans[0][913]	= settr(0,0,0,0,0,"ret = 15",0,0,0);
	trans[0][914]	= settr(913,2,919,2041,2041,"((1&&(msg[0].waiter==255)))", 1, 2, 0); /* m: 915 -> 919,0 */
	reached0[915] = 1;
	trans[0][915]	= settr(0,0,0,0,0,"msg[0].waiter = 0",0,0,0);
	T = trans[ 0][919] = settr(918,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(918,0,916,0,0,"sub-sequence", 1, 2, 0);
	trans[0][916]	= settr(915,2,1087,2042,2042,"tstate[0] = 2", 1, 2, 0); /* m: 917 -> 0,1087 */
	reached0[917] = 1;
	trans[0][917]	= settr(0,0,0,0,0,"twait[0] = 1",0,0,0);
	trans[0][918]	= settr(0,0,0,0,0,"twon[0] = 0",0,0,0);
	trans[0][920]	= settr(0,0,0,0,0,"ret = 254",0,0,0);
	trans[0][929]	= settr(928,2,1087,1,0,".(goto)", 1, 2, 0);
	trans[0][926]	= settr(925,2,927,2,0,"else", 1, 2, 0);
	trans[0][927]	= settr(926,2,1087,1,0,"(1)", 1, 2, 0);
	T = trans[ 0][1087] = settr(1086,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1086,0,957,0,0,"sub-sequence", 1, 2, 0);
	T = trans[ 0][957] = settr(956,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(956,0,933,0,0,"sub-sequence", 1, 2, 0);
	trans[0][933]	= settr(932,2,954,2043,2043,"x = 0", 1, 2, 0);
	trans[0][955]	= settr(954,2,954,1,0,".(goto)", 1, 2, 0);
	T = trans[0][954] = settr(953,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(953,2,934,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(953,2,952,0,0,"DO", 1, 2, 0);
	trans[0][934]	= settr(933,2,941,2044,0,"((x<5))", 1, 2, 0);
	T = trans[0][941] = settr(940,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(940,2,935,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(940,2,939,0,0,"IF", 1, 2, 0);
	trans[0][935]	= settr(934,2,938,2045,0,"((alive[(9+x)]&&shown[x]))", 1, 2, 0);
	T = trans[ 0][938] = settr(937,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(937,0,936,0,0,"sub-sequence", 1, 2, 0);
	trans[0][936]	= settr(935,2,949,2046,2046,"assert(!(pfree[pa[x]]))", 1, 2, 0); /* m: 937 -> 0,949 */
	reached0[937] = 1;
	trans[0][937]	= settr(0,0,0,0,0,"assert(((hdr[pa[x]]==255)||(hdr[pa[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][942]	= settr(941,2,949,1,0,".(goto)", 1, 2, 0);
	trans[0][939]	= settr(938,2,940,2,0,"else", 1, 2, 0);
	trans[0][940]	= settr(939,2,949,1,0,"(1)", 1, 2, 0);
	T = trans[0][949] = settr(948,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(948,2,943,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(948,2,947,0,0,"IF", 1, 2, 0);
	trans[0][943]	= settr(942,2,946,2047,0,"((stale[x]!=255))", 1, 2, 0);
	T = trans[ 0][946] = settr(945,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(945,0,944,0,0,"sub-sequence", 1, 2, 0);
	trans[0][944]	= settr(943,2,954,2048,2048,"assert(!(pfree[stale[x]]))", 1, 2, 0); /* m: 945 -> 0,954 */
	reached0[945] = 1;
	trans[0][945]	= settr(0,0,0,0,0,"assert(((hdr[stale[x]]==255)||(hdr[stale[x]]==( ((x==0)) -> (0) : (( (((x==1)||(x==2))) -> (1) : (2) )) ))))",0,0,0);
	trans[0][950]	= settr(949,2,951,1,0,".(goto)", 1, 2, 0); /* m: 951 -> 0,954 */
	reached0[951] = 1;
	trans[0][947]	= settr(946,2,948,2,0,"else", 1, 2, 0);
	trans[0][948]	= settr(947,2,954,2049,2049,"(1)", 1, 2, 0); /* m: 951 -> 954,0 */
	reached0[951] = 1;
	trans[0][951]	= settr(950,2,954,2050,2050,"x = (x+1)", 1, 2, 0);
	trans[0][952]	= settr(951,2,1000,2,0,"else", 1, 2, 0);
	trans[0][953]	= settr(952,2,1000,1,0,"goto :b13", 1, 2, 0);
	trans[0][956]	= settr(955,2,1000,1,0,"break", 1, 2, 0);
	T = trans[ 0][1000] = settr(999,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(999,0,958,0,0,"sub-sequence", 1, 2, 0);
	trans[0][958]	= settr(957,2,974,2051,2051,"i = 0", 1, 2, 0);
	trans[0][975]	= settr(974,2,974,1,0,".(goto)", 1, 2, 0);
	T = trans[0][974] = settr(973,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(973,2,959,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(973,2,972,0,0,"DO", 1, 2, 0);
	trans[0][959]	= settr(958,2,967,2052,2052,"((i<5))", 1, 2, 0); /* m: 960 -> 967,0 */
	reached0[960] = 1;
	trans[0][960]	= settr(0,0,0,0,0,"n = pfree[i]",0,0,0);
	trans[0][961]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[0][968]	= settr(967,2,967,1,0,".(goto)", 1, 2, 0);
	T = trans[0][967] = settr(966,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(966,2,962,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(966,2,965,0,0,"DO", 1, 2, 0);
	trans[0][962]	= settr(961,2,967,2053,2053,"((j<5))", 1, 2, 0); /* m: 963 -> 967,0 */
	reached0[963] = 1;
	trans[0][963]	= settr(0,0,0,0,0,"n = (n+(alive[(9+j)]&&(pa[j]==i)))",0,0,0);
	trans[0][964]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][965]	= settr(964,2,970,2,0,"else", 1, 2, 0);
	trans[0][966]	= settr(965,2,970,1,0,"goto :b15", 1, 2, 0); /* m: 970 -> 0,974 */
	reached0[970] = 1;
	trans[0][969]	= settr(968,2,970,1,0,"break", 1, 2, 0);
	trans[0][970]	= settr(969,2,974,2054,2054,"assert((n==1))", 1, 2, 0); /* m: 971 -> 0,974 */
	reached0[971] = 1;
	trans[0][971]	= settr(0,0,0,0,0,"i = (i+1)",0,0,0);
	trans[0][972]	= settr(971,2,977,2,0,"else", 1, 2, 0);
	trans[0][973]	= settr(972,2,977,1,0,"goto :b14", 1, 2, 0); /* m: 977 -> 0,996 */
	reached0[977] = 1;
	trans[0][976]	= settr(975,2,977,1,0,"break", 1, 2, 0);
	trans[0][977]	= settr(976,2,996,2055,2055,"n = 0", 1, 2, 0); /* m: 978 -> 0,996 */
	reached0[978] = 1;
	trans[0][978]	= settr(0,0,0,0,0,"x = 0",0,0,0);
	trans[0][979]	= settr(0,0,0,0,0,"i = 0",0,0,0);
	trans[0][997]	= settr(996,2,996,1,0,".(goto)", 1, 2, 0);
	T = trans[0][996] = settr(995,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(995,2,980,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(995,2,994,0,0,"DO", 1, 2, 0);
	trans[0][980]	= settr(979,2,991,2056,0,"((i<5))", 1, 2, 0);
	T = trans[0][991] = settr(990,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(990,2,981,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(990,2,989,0,0,"IF", 1, 2, 0);
	trans[0][981]	= settr(980,2,987,2057,2057,"(alive[(9+i)])", 1, 2, 0); /* m: 982 -> 987,0 */
	reached0[982] = 1;
	trans[0][982]	= settr(0,0,0,0,0,"assert(alive[owner[i]])",0,0,0);
	T = trans[0][987] = settr(986,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(986,2,983,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(986,2,985,0,0,"IF", 1, 2, 0);
	trans[0][983]	= settr(982,2,996,2058,2058,"((owner[i]==7))", 1, 2, 0); /* m: 984 -> 996,0 */
	reached0[984] = 1;
	trans[0][984]	= settr(0,0,0,0,0,"n = (n+1)",0,0,0);
	trans[0][988]	= settr(987,2,993,1,0,".(goto)", 1, 2, 0); /* m: 993 -> 0,996 */
	reached0[993] = 1;
	trans[0][985]	= settr(984,2,986,2,0,"else", 1, 2, 0);
	trans[0][986]	= settr(985,2,996,2059,2059,"x = (x+1)", 1, 2, 0); /* m: 993 -> 0,996 */
	reached0[993] = 1;
	trans[0][992]	= settr(991,2,993,1,0,".(goto)", 1, 2, 0); /* m: 993 -> 0,996 */
	reached0[993] = 1;
	trans[0][989]	= settr(988,2,990,2,0,"else", 1, 2, 0);
	trans[0][990]	= settr(989,2,996,2060,2060,"(1)", 1, 2, 0); /* m: 993 -> 996,0 */
	reached0[993] = 1;
	trans[0][993]	= settr(992,2,996,2061,2061,"i = (i+1)", 1, 2, 0);
	trans[0][994]	= settr(993,2,999,2,0,"else", 1, 2, 0);
	trans[0][995]	= settr(994,2,999,1,0,"goto :b16", 1, 2, 0); /* m: 999 -> 0,1086 */
	reached0[999] = 1;
	trans[0][998]	= settr(997,2,999,1,0,"break", 1, 2, 0);
	trans[0][999]	= settr(998,2,1086,2062,2062,"assert(((n==used[0])&&(x==used[1])))", 1, 2, 0);
	T = trans[ 0][1086] = settr(1085,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(1085,0,1001,0,0,"sub-sequence", 1, 2, 0);
	trans[0][1001]	= settr(1000,2,1059,2063,2063,"i = 0", 1, 2, 0);
	trans[0][1060]	= settr(1059,2,1059,1,0,".(goto)", 1, 2, 0);
	T = trans[0][1059] = settr(1058,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1058,2,1002,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1058,2,1057,0,0,"DO", 1, 2, 0);
	trans[0][1002]	= settr(1001,2,1054,2064,0,"((i<5))", 1, 2, 0);
	T = trans[0][1054] = settr(1053,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1053,2,1003,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1053,2,1052,0,0,"IF", 1, 2, 0);
	trans[0][1003]	= settr(1002,2,1011,2065,2065,"(alive[i])", 1, 2, 0); /* m: 1004 -> 1011,0 */
	reached0[1004] = 1;
	trans[0][1004]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[0][1005]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[0][1012]	= settr(1011,2,1011,1,0,".(goto)", 1, 2, 0);
	T = trans[0][1011] = settr(1010,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1010,2,1006,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1010,2,1009,0,0,"DO", 1, 2, 0);
	trans[0][1006]	= settr(1005,2,1011,2066,2066,"((j<qn[0]))", 1, 2, 0); /* m: 1007 -> 1011,0 */
	reached0[1007] = 1;
	trans[0][1007]	= settr(0,0,0,0,0,"n = (n+(ql[((0*3)+j)]==i))",0,0,0);
	trans[0][1008]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][1009]	= settr(1008,2,1014,2,0,"else", 1, 2, 0);
	trans[0][1010]	= settr(1009,2,1014,1,0,"goto :b18", 1, 2, 0); /* m: 1014 -> 0,1021 */
	reached0[1014] = 1;
	trans[0][1013]	= settr(1012,2,1014,1,0,"break", 1, 2, 0);
	trans[0][1014]	= settr(1013,2,1021,2067,2067,"x = 0", 1, 2, 0); /* m: 1015 -> 0,1021 */
	reached0[1015] = 1;
	trans[0][1015]	= settr(0,0,0,0,0,"j = 0",0,0,0);
	trans[0][1022]	= settr(1021,2,1021,1,0,".(goto)", 1, 2, 0);
	T = trans[0][1021] = settr(1020,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1020,2,1016,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1020,2,1019,0,0,"DO", 1, 2, 0);
	trans[0][1016]	= settr(1015,2,1021,2068,2068,"((j<qn[1]))", 1, 2, 0); /* m: 1017 -> 1021,0 */
	reached0[1017] = 1;
	trans[0][1017]	= settr(0,0,0,0,0,"x = (x+(ql[((1*3)+j)]==i))",0,0,0);
	trans[0][1018]	= settr(0,0,0,0,0,"j = (j+1)",0,0,0);
	trans[0][1019]	= settr(1018,2,1024,2,0,"else", 1, 2, 0);
	trans[0][1020]	= settr(1019,2,1024,1,0,"goto :b19", 1, 2, 0); /* m: 1024 -> 0,1037 */
	reached0[1024] = 1;
	trans[0][1023]	= settr(1022,2,1024,1,0,"break", 1, 2, 0);
	trans[0][1024]	= settr(1023,2,1037,2069,2069,"assert(((n+x)<=1))", 1, 2, 0); /* m: 1025 -> 0,1037 */
	reached0[1025] = 1;
	trans[0][1025]	= settr(0,0,0,0,0,"assert((msg[i].onq==((n+x)==1)))",0,0,0);
	trans[0][1026]	= settr(0,0,0,0,0,"assert(((n==0)||(msg[i].state==1)))",0,0,0);
	trans[0][1027]	= settr(0,0,0,0,0,"assert(((x==0)||(msg[i].state==2)))",0,0,0);
	trans[0][1028]	= settr(0,0,0,0,0,"assert((!(msg[i].onq)||alive[5]))",0,0,0);
	trans[0][1029]	= settr(0,0,0,0,0,"assert(((msg[i].state!=1)||msg[i].onq))",0,0,0);
	T = trans[0][1037] = settr(1036,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1036,2,1030,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1036,2,1035,0,0,"IF", 1, 2, 0);
	trans[0][1030]	= settr(1029,2,1046,2070,2070,"((msg[i].state==3))", 1, 2, 0); /* m: 1031 -> 1046,0 */
	reached0[1031] = 1;
	trans[0][1031]	= settr(0,0,0,0,0,"w = msg[i].peer",0,0,0);
	trans[0][1032]	= settr(0,0,0,0,0,"assert((((((w!=255)&&alive[w])&&(msg[w].state==3))&&(msg[w].peer==i))&&(msg[w].is_source!=msg[i].is_source)))",0,0,0);
	trans[0][1033]	= settr(0,0,0,0,0,"assert((msg[i].copied<=msg[i].ncaps))",0,0,0);
	trans[0][1034]	= settr(0,0,0,0,0,"assert((!(msg[i].is_source)||msg[i].xfer))",0,0,0);
	trans[0][1038]	= settr(1037,2,1039,1,0,".(goto)", 1, 2, 0); /* m: 1039 -> 0,1046 */
	reached0[1039] = 1;
	trans[0][1035]	= settr(1034,2,1036,2,0,"else", 1, 2, 0);
	trans[0][1036]	= settr(1035,2,1046,2071,2071,"assert(((msg[i].peer==255)&&!(msg[i].xfer)))", 1, 2, 0); /* m: 1039 -> 0,1046 */
	reached0[1039] = 1;
	trans[0][1039]	= settr(1038,2,1046,2072,2072,"assert((!(msg[i].xfer)||msg[i].is_source))", 1, 2, 0); /* m: 1040 -> 0,1046 */
	reached0[1040] = 1;
	trans[0][1040]	= settr(0,0,0,0,0,"assert((!(msg[i].delivered)||(msg[i].state==0)))",0,0,0);
	trans[0][1041]	= settr(0,0,0,0,0,"w = msg[i].waiter",0,0,0);
	T = trans[0][1046] = settr(1045,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1045,2,1042,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1045,2,1044,0,0,"IF", 1, 2, 0);
	trans[0][1042]	= settr(1041,2,1059,2073,2073,"((w!=255))", 1, 2, 0); /* m: 1043 -> 1059,0 */
	reached0[1043] = 1;
	trans[0][1043]	= settr(0,0,0,0,0,"assert((((alive[(14+w)]&&(tstate[w]==2))&&(twait[w]==1))&&(twon[w]==i)))",0,0,0);
	trans[0][1047]	= settr(1046,2,1048,1,0,".(goto)", 1, 2, 0); /* m: 1048 -> 0,1059 */
	reached0[1048] = 1;
	trans[0][1044]	= settr(1043,2,1045,2,0,"else", 1, 2, 0);
	trans[0][1045]	= settr(1044,2,1059,2074,2074,"(1)", 1, 2, 0); /* m: 1048 -> 1059,0 */
	reached0[1048] = 1;
	trans[0][1048]	= settr(1047,2,1059,2075,2075,"assert((!(msg[i].payload)||alive[(9+i)]))", 1, 2, 0); /* m: 1049 -> 0,1059 */
	reached0[1049] = 1;
	trans[0][1049]	= settr(0,0,0,0,0,"assert((!(msg[i].charged)||alive[7]))",0,0,0);
	trans[0][1050]	= settr(0,0,0,0,0,"assert((!(msg[i].thread)||alive[(14+3)]))",0,0,0);
	trans[0][1051]	= settr(0,0,0,0,0,"assert(((msg[i].reply==0)||alive[6]))",0,0,0);
	trans[0][1055]	= settr(1054,2,1056,1,0,".(goto)", 1, 2, 0); /* m: 1056 -> 0,1059 */
	reached0[1056] = 1;
	trans[0][1052]	= settr(1051,2,1053,2,0,"else", 1, 2, 0);
	trans[0][1053]	= settr(1052,2,1059,2076,2076,"assert((((msg[i].waiter==255)&&!(msg[i].xfer))&&!(msg[i].onq)))", 1, 2, 0); /* m: 1056 -> 0,1059 */
	reached0[1056] = 1;
	trans[0][1056]	= settr(1055,2,1059,2077,2077,"i = (i+1)", 1, 2, 0);
	trans[0][1057]	= settr(1056,2,1062,2,0,"else", 1, 2, 0);
	trans[0][1058]	= settr(1057,2,1062,1,0,"goto :b17", 1, 2, 0); /* m: 1062 -> 0,1080 */
	reached0[1062] = 1;
	trans[0][1061]	= settr(1060,2,1062,1,0,"break", 1, 2, 0);
	trans[0][1062]	= settr(1061,2,1080,2078,2078,"i = 0", 1, 2, 0);
	trans[0][1081]	= settr(1080,2,1080,1,0,".(goto)", 1, 2, 0);
	T = trans[0][1080] = settr(1079,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(1079,2,1063,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(1079,2,1078,0,0,"DO", 1, 2, 0);
	trans[0][1063]	= settr(1062,2,1075,2079,0,"((i<5))", 1, 2, 0);
	T = trans[0][1075] = settr(1074,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1074,2,1064,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1074,2,1073,0,0,"IF", 1, 2, 0);
	trans[0][1064]	= settr(1063,2,1071,2080,2080,"((tstate[i]==2))", 1, 2, 0); /* m: 1065 -> 1071,0 */
	reached0[1065] = 1;
	trans[0][1065]	= settr(0,0,0,0,0,"assert(alive[(14+i)])",0,0,0);
	trans[0][1066]	= settr(0,0,0,0,0,"w = twon[i]",0,0,0);
	T = trans[0][1071] = settr(1070,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(1070,2,1067,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(1070,2,1069,0,0,"IF", 1, 2, 0);
	trans[0][1067]	= settr(1066,2,1080,2081,2081,"((twait[i]==1))", 1, 2, 0); /* m: 1068 -> 1080,0 */
	reached0[1068] = 1;
	trans[0][1068]	= settr(0,0,0,0,0,"assert((((w<5)&&alive[w])&&(msg[w].waiter==i)))",0,0,0);
	trans[0][1072]	= settr(1071,2,1077,1,0,".(goto)", 1, 2, 0); /* m: 1077 -> 0,1080 */
	reached0[1077] = 1;
	trans[0][1069]	= settr(1068,2,1080,2082,2082,"((twait[i]==6))", 1, 2, 0); /* m: 1070 -> 1080,0 */
	reached0[1070] = 1;
	trans[0][1070]	= settr(0,0,0,0,0,"assert(((((w!=255)&&alive[w])&&dying[w])&&(dwork==w)))",0,0,0);
	trans[0][1076]	= settr(1075,2,1077,1,0,".(goto)", 1, 2, 0); /* m: 1077 -> 0,1080 */
	reached0[1077] = 1;
	trans[0][1073]	= settr(1072,2,1074,2,0,"else", 1, 2, 0);
	trans[0][1074]	= settr(1073,2,1080,2083,2083,"assert(((twait[i]==0)&&(twon[i]==255)))", 1, 2, 0); /* m: 1077 -> 0,1080 */
	reached0[1077] = 1;
	trans[0][1077]	= settr(1076,2,1080,2084,2084,"i = (i+1)", 1, 2, 0);
	trans[0][1078]	= settr(1077,2,1083,2,0,"else", 1, 2, 0);
	trans[0][1079]	= settr(1078,2,1083,1,0,"goto :b20", 1, 2, 0); /* m: 1083 -> 0,1090 */
	reached0[1083] = 1;
	trans[0][1082]	= settr(1081,2,1083,1,0,"break", 1, 2, 0);
	trans[0][1083]	= settr(1082,4,1090,2085,2085,"assert(((r_target==255)||(alive[r_target]&&alive[6])))", 1, 2, 0); /* m: 1084 -> 0,1090 */
	reached0[1084] = 1;
	trans[0][1084]	= settr(0,0,0,0,0,"assert(((rslot==0)||alive[6]))",0,0,0);
	trans[0][1085]	= settr(0,0,0,0,0,"assert(((dwork==255)||(alive[dwork]&&dying[dwork])))",0,0,0);
	trans[0][1088]	= settr(0,0,0,0,0,"ret = 0",0,0,0);
	trans[0][1090]	= settr(1089,0,1091,2086,0,"((tstate[0]==1))", 1, 2, 0);
	trans[0][1091]	= settr(1090,0,0,2087,2087,"-end-", 0, 3500, 0);
	/* np_ demon: */
	trans[_NP_] = (Trans **) emalloc(3*sizeof(Trans *));
	T = trans[_NP_][0] = settr(9997,0,1,_T5,0,"(np_)", 1,2,0);
	    T->nxt	  = settr(9998,0,0,_T2,0,"(1)",   0,2,0);
	T = trans[_NP_][1] = settr(9999,0,1,_T5,0,"(np_)", 1,2,0);
}

Trans *
settr(	int t_id, int a, int b, int c, int d,
	char *t, int g, int tpe0, int tpe1)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	tmp->atom  = a&(6|32);	/* only (2|8|32) have meaning */
	if (!g) tmp->atom |= 8;	/* no global references */
	tmp->st    = b;
	tmp->tpe[0] = tpe0;
	tmp->tpe[1] = tpe1;
	tmp->tp    = t;
	tmp->t_id  = t_id;
	tmp->forw  = c;
	tmp->back  = d;
	return tmp;
}

Trans *
cpytr(Trans *a)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	int i;
	tmp->atom  = a->atom;
	tmp->st    = a->st;
#ifdef HAS_UNLESS
	tmp->e_trans = a->e_trans;
	for (i = 0; i < HAS_UNLESS; i++)
		tmp->escp[i] = a->escp[i];
#endif
	tmp->tpe[0] = a->tpe[0];
	tmp->tpe[1] = a->tpe[1];
	for (i = 0; i < 6; i++)
	{	tmp->qu[i] = a->qu[i];
		tmp->ty[i] = a->ty[i];
	}
	tmp->tp    = (char *) emalloc(strlen(a->tp)+1);
	strcpy(tmp->tp, a->tp);
	tmp->t_id  = a->t_id;
	tmp->forw  = a->forw;
	tmp->back  = a->back;
	return tmp;
}

#ifndef NOREDUCE
int
srinc_set(int n)
{	if (n <= 2) return LOCAL;
	if (n <= 2+  DELTA) return Q_FULL_F; /* 's' or nfull  */
	if (n <= 2+2*DELTA) return Q_EMPT_F; /* 'r' or nempty */
	if (n <= 2+3*DELTA) return Q_EMPT_T; /* empty */
	if (n <= 2+4*DELTA) return Q_FULL_T; /* full  */
	if (n ==   5*DELTA) return GLOBAL;
	if (n ==   6*DELTA) return TIMEOUT_F;
	if (n ==   7*DELTA) return ALPHA_F;
	Uerror("cannot happen srinc_class");
	return BAD;
}
int
srunc(int n, int m)
{	switch(m) {
	case Q_FULL_F: return n-2;
	case Q_EMPT_F: return n-2-DELTA;
	case Q_EMPT_T: return n-2-2*DELTA;
	case Q_FULL_T: return n-2-3*DELTA;
	case ALPHA_F:
	case TIMEOUT_F: return 257; /* non-zero, and > MAXQ */
	}
	Uerror("cannot happen srunc");
	return 0;
}
#endif
int cnt;
#ifdef HAS_UNLESS
int
isthere(Trans *a, int b)
{	Trans *t;
	for (t = a; t; t = t->nxt)
		if (t->t_id == b)
			return 1;
	return 0;
}
#endif
#ifndef NOREDUCE
int
mark_safety(Trans *t) /* for conditional safety */
{	int g = 0, i, j, k;

	if (!t) return 0;
	if (t->qu[0])
		return (t->qu[1])?2:1;	/* marked */

	for (i = 0; i < 2; i++)
	{	j = srinc_set(t->tpe[i]);
		if (j >= GLOBAL && j != ALPHA_F)
			return -1;
		if (j != LOCAL)
		{	k = srunc(t->tpe[i], j);
			if (g == 0
			||  t->qu[0] != k
			||  t->ty[0] != j)
			{	t->qu[g] = k;
				t->ty[g] = j;
				g++;
	}	}	}
	return g;
}
#endif
void
retrans(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
	/* process n, with m states, is=initial state */
{	Trans *T0, *T1, *T2, *T3;
	Trans *T4, *T5; /* t_reverse or has_unless */
	int i;
#if defined(HAS_UNLESS) || !defined(NOREDUCE)
	int k;
#endif
#ifndef NOREDUCE
	int g, h, j, aa;
#endif
#ifdef HAS_UNLESS
	int p;
#endif
	if (state_tables >= 4)
	{	printf("STEP 1 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	do {
		for (i = 1, cnt = 0; i < m; i++)
		{	T2 = trans[n][i];
			T1 = T2?T2->nxt:(Trans *)0;
/* prescan: */		for (T0 = T1; T0; T0 = T0->nxt)
/* choice in choice */	{	if (T0->st && trans[n][T0->st]
				&&  trans[n][T0->st]->nxt)
					break;
			}
#if 0
		if (T0)
		printf("\tstate %d / %d: choice in choice\n",
		i, T0->st);
#endif
			if (T0)
			for (T0 = T1; T0; T0 = T0->nxt)
			{	T3 = trans[n][T0->st];
				if (!T3->nxt)
				{	T2->nxt = cpytr(T0);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
					continue;
				}
				do {	T3 = T3->nxt;
					T2->nxt = cpytr(T3);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
				} while (T3->nxt);
				cnt++;
			}
		}
	} while (cnt);
	if (state_tables >= 3)
	{	printf("STEP 2 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	for (i = 1; i < m; i++)
	{	if (trans[n][i] && trans[n][i]->nxt) /* optimize */
		{	T1 = trans[n][i]->nxt;
#if 0
			printf("\t\tpull %d (%d) to %d\n",
			T1->st, T1->forw, i);
#endif
			srcln[i] = srcln[T1->st];	/* Oyvind Teig, 5.2.0 */

			if (!trans[n][T1->st]) continue;
			T0 = cpytr(trans[n][T1->st]);
			trans[n][i] = T0;
			reach[T1->st] = 1;
			imed(T0, T1->st, n, i);
			for (T1 = T1->nxt; T1; T1 = T1->nxt)
			{
#if 0
			printf("\t\tpull %d (%d) to %d\n",
				T1->st, T1->forw, i);
#endif
		/*		srcln[i] = srcln[T1->st];  gh: not useful */
				if (!trans[n][T1->st]) continue;
				T0->nxt = cpytr(trans[n][T1->st]);
				T0 = T0->nxt;
				reach[T1->st] = 1;
				imed(T0, T1->st, n, i);
	}	}	}
	if (state_tables >= 2)
	{	printf("STEP 3 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
#ifdef HAS_UNLESS
	for (i = 1; i < m; i++)
	{	if (!trans[n][i]) continue;
		/* check for each state i if an
		 * escape to some state p is defined
		 * if so, copy and mark p's transitions
		 * and prepend them to the transition-
		 * list of state i
		 */
	 if (!like_java) /* the default */
	 {	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->e_trans = p;
				T2->nxt = trans[n][i];
				trans[n][i] = T2;
		}	}
	 } else /* outermost unless checked first */
	 {	T4 = T3 = (Trans *) 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->nxt = (Trans *) 0;
				T2->e_trans = p;
				if (T3)	T3->nxt = T2;
				else	T4 = T2;
				T3 = T2;
		}	}
		if (T4)
		{	T3->nxt = trans[n][i];
			trans[n][i] = T4;
		}
	 }
	}
#endif
#ifndef NOREDUCE
	for (i = 1; i < m; i++)
	{	if (a_cycles)
		{ /* moves through these states are visible */
	#if PROG_LAB>0 && defined(HAS_NP)
			if (progstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (progstate[n][T1->st])
					goto degrade;
	#endif
			if (accpstate[n][i] || visstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (accpstate[n][T1->st])
					goto degrade;
		}
		T1 = trans[n][i];
		if (!T1) continue;
		g = mark_safety(T1);	/* V3.3.1 */
		if (g < 0) goto degrade; /* global */
		/* check if mixing of guards preserves reduction */
		if (T1->nxt)
		{	k = 0;
			for (T0 = T1; T0; T0 = T0->nxt)
			{	if (!(T0->atom&8))
					goto degrade;
				for (aa = 0; aa < 2; aa++)
				{	j = srinc_set(T0->tpe[aa]);
					if (j >= GLOBAL && j != ALPHA_F)
						goto degrade;
					if (T0->tpe[aa]
					&&  T0->tpe[aa]
					!=  T1->tpe[0])
						k = 1;
			}	}
			/* g = 0;	V3.3.1 */
			if (k)	/* non-uniform selection */
			for (T0 = T1; T0; T0 = T0->nxt)
			for (aa = 0; aa < 2; aa++)
			{	j = srinc_set(T0->tpe[aa]);
				if (j != LOCAL)
				{	k = srunc(T0->tpe[aa], j);
					for (h = 0; h < 6; h++)
						if (T1->qu[h] == k
						&&  T1->ty[h] == j)
							break;
					if (h >= 6)
					{	T1->qu[g%6] = k;
						T1->ty[g%6] = j;
						g++;
			}	}	}
			if (g > 6)
			{	T1->qu[0] = 0;	/* turn it off */
				printf("pan: warning, line %d, ",
					srcln[i]);
			 	printf("too many stmnt types (%d)",
					g);
			  	printf(" in selection\n");
			  goto degrade;
			}
		}
		/* mark all options global if >=1 is global */
		for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			if (!(T1->atom&8)) break;
		if (T1)
degrade:	for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			T1->atom &= ~8;	/* mark as unsafe */
		/* can only mix 'r's or 's's if on same chan */
		/* and not mixed with other local operations */
		T1 = trans[n][i];
		if (!T1 || T1->qu[0]) continue;
		j = T1->tpe[0];
		if (T1->nxt && T1->atom&8)
		{ if (j == 5*DELTA)
		  {	printf("warning: line %d ", srcln[i]);
			printf("mixed condition ");
			printf("(defeats reduction)\n");
			goto degrade;
		  }
		  for (T0 = T1; T0; T0 = T0->nxt)
		  for (aa = 0; aa < 2; aa++)
		  if  (T0->tpe[aa] && T0->tpe[aa] != j)
		  {	printf("warning: line %d ", srcln[i]);
			printf("[%d-%d] mixed %stion ",
				T0->tpe[aa], j, 
				(j==5*DELTA)?"condi":"selec");
			printf("(defeats reduction)\n");
			printf("	'%s' <-> '%s'\n",
				T1->tp, T0->tp);
			goto degrade;
		} }
	}
#endif
	for (i = 1; i < m; i++)
	{	T2 = trans[n][i];
		if (!T2
		||  T2->nxt
		||  strncmp(T2->tp, ".(goto)", 7)
		||  !stopstate[n][i])
			continue;
		stopstate[n][T2->st] = 1;
	}
	if (state_tables && !verbose)
	{	if (dodot)
		{	char buf[256], *q = buf, *p = procname[n];
			while (*p != '\0')
			{	if (*p != ':')
				{	*q++ = *p;
				}
				p++;
			}
			*q = '\0';
			printf("digraph ");
			switch (Btypes[n]) {
			case I_PROC:  printf("init {\n"); break;
			case N_CLAIM: printf("claim_%s {\n", buf); break;
			case E_TRACE: printf("notrace {\n"); break;
			case N_TRACE: printf("trace {\n"); break;
			default:      printf("p_%s {\n", buf); break;
			}
			printf("size=\"8,10\";\n");
			printf("  GT [shape=box,style=dotted,label=\"%s\"];\n", buf);
			printf("  GT -> S%d;\n", is);
		} else
		{	switch (Btypes[n]) {
			case I_PROC:  printf("init\n"); break;
			case N_CLAIM: printf("claim %s\n", procname[n]); break;
			case E_TRACE: printf("notrace assertion\n"); break;
			case N_TRACE: printf("trace assertion\n"); break;
			default:      printf("proctype %s\n", procname[n]); break;
		}	}
		for (i = 1; i < m; i++)
		{	reach[i] = 1;
		}
		tagtable(n, m, is, srcln, reach);
		if (dodot) printf("}\n");
	} else
	for (i = 1; i < m; i++)
	{	int nrelse;
		if (Btypes[n] != N_CLAIM)
		{	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			{	if (T0->st == i
				&& strcmp(T0->tp, "(1)") == 0)
				{	printf("error: proctype '%s' ",
						procname[n]);
		  			printf("line %d, state %d: has un",
						srcln[i], i);
					printf("conditional self-loop\n");
					pan_exit(1);
		}	}	}
		nrelse = 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		{	if (strcmp(T0->tp, "else") == 0)
				nrelse++;
		}
		if (nrelse > 1)
		{	printf("error: proctype '%s' state",
				procname[n]);
		  	printf(" %d, inherits %d", i, nrelse);
		  	printf(" 'else' stmnts\n");
			pan_exit(1);
	}	}
#if !defined(LOOPSTATE) && !defined(BFS_PAR)
	if (state_tables)
#endif
	do_dfs(n, m, is, srcln, reach, lpstate);

	if (!t_reverse)
	{	return;
	}
	/* process n, with m states, is=initial state -- reverse list */
	if (!state_tables && Btypes[n] != N_CLAIM)
	{	for (i = 1; i < m; i++)
		{	Trans *Tx = (Trans *) 0; /* list of escapes */
			Trans *Ty = (Trans *) 0; /* its tail element */
			T1 = (Trans *) 0; /* reversed list */
			T2 = (Trans *) 0; /* its tail */
			T3 = (Trans *) 0; /* remembers possible 'else' */

			/* find unless-escapes, they should go first */
			T4 = T5 = T0 = trans[n][i];
	#ifdef HAS_UNLESS
			while (T4 && T4->e_trans) /* escapes are first in orig list */
			{	T5 = T4;	  /* remember predecessor */
				T4 = T4->nxt;
			}
	#endif
			/* T4 points to first non-escape, T5 to its parent, T0 to original list */
			if (T4 != T0)		 /* there was at least one escape */
			{	T3 = T5->nxt;		 /* start of non-escapes */
				T5->nxt = (Trans *) 0;	 /* separate */
				Tx = T0;		 /* start of the escapes */
				Ty = T5;		 /* its tail */
				T0 = T3;		 /* the rest, to be reversed */
			}
			/* T0 points to first non-escape, Tx to the list of escapes, Ty to its tail */

			/* first tail-add non-escape transitions, reversed */
			T3 = (Trans *) 0;
			for (T5 = T0; T5; T5 = T4)
			{	T4 = T5->nxt;
	#ifdef HAS_UNLESS
				if (T5->e_trans)
				{	printf("error: cannot happen!\n");
					continue;
				}
	#endif
				if (strcmp(T5->tp, "else") == 0)
				{	T3 = T5;
					T5->nxt = (Trans *) 0;
				} else
				{	T5->nxt = T1;
					if (!T1) { T2 = T5; }
					T1 = T5;
			}	}
			/* T3 points to a possible else, which is removed from the list */
			/* T1 points to the reversed list so far (without escapes) */
			/* T2 points to the tail element -- where the else should go */
			if (T2 && T3)
			{	T2->nxt = T3;	/* add else */
			} else
			{	if (T3) /* there was an else, but there's no tail */
				{	if (!T1)	/* and no reversed list */
					{	T1 = T3; /* odd, but possible */
					} else		/* even stranger */
					{	T1->nxt = T3;
			}	}	}

			/* add in the escapes, to that they appear at the front */
			if (Tx && Ty) { Ty->nxt = T1; T1 = Tx; }

			trans[n][i] = T1;
			/* reversed, with escapes first and else last */
	}	}
	if (state_tables && verbose)
	{	printf("FINAL proctype %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
	}
}
void
imed(Trans *T, int v, int n, int j)	/* set intermediate state */
{	progstate[n][T->st] |= progstate[n][v];
	accpstate[n][T->st] |= accpstate[n][v];
	stopstate[n][T->st] |= stopstate[n][v];
	mapstate[n][j] = T->st;
}
void
tagtable(int n, int m, int is, short srcln[], uchar reach[])
{	Trans *z;

	if (is >= m || !trans[n][is]
	||  is <= 0 || reach[is] == 0)
		return;
	reach[is] = 0;
	if (state_tables)
	for (z = trans[n][is]; z; z = z->nxt)
	{	if (dodot)
			dot_crack(n, is, z);
		else
			crack(n, is, z, srcln);
	}

	for (z = trans[n][is]; z; z = z->nxt)
	{
#ifdef HAS_UNLESS
		int i, j;
#endif
		tagtable(n, m, z->st, srcln, reach);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			tagtable(n, m, j, srcln, reach);
		}
#endif
	}
}

extern Trans *t_id_lkup[];

void
dfs_table(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	Trans *z;

	if (is >= m || is <= 0 || !trans[n][is])
		return;
	if ((reach[is] & (4|8|16)) != 0)
	{	if ((reach[is] & (8|16)) == 16)	/* on stack, not yet recorded */
		{	lpstate[is] = 1;
			reach[is] |= 8; /* recorded */
			if (state_tables && verbose)
			{	printf("state %d line %d is a loopstate\n", is, srcln[is]);
		}	}
		return;
	}
	reach[is] |= (4|16);	/* visited | onstack */
	for (z = trans[n][is]; z; z = z->nxt)
	{	t_id_lkup[z->t_id] = z;
#ifdef HAS_UNLESS
		int i, j;
#endif
		dfs_table(n, m, z->st, srcln, reach, lpstate);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			dfs_table(n, m, j, srcln, reach, lpstate);
		}
#endif
	}
	reach[is] &= ~16; /* no longer on stack */
}
void
do_dfs(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	int i;
	dfs_table(n, m, is, srcln, reach, lpstate);
	for (i = 0; i < m; i++)
		reach[i] &= ~(4|8|16);
}
void
crack(int n, int j, Trans *z, short srcln[])
{	int i;

	if (!z) return;
	printf("	state %3d -(tr %3d)-> state %3d  ",
		j, z->forw, z->st);
	printf("[id %3d tp %3d", z->t_id, z->tpe[0]);
	if (z->tpe[1]) printf(",%d", z->tpe[1]);
#ifdef HAS_UNLESS
	if (z->e_trans)
		printf(" org %3d", z->e_trans);
	else if (state_tables >= 2)
	for (i = 0; i < HAS_UNLESS; i++)
	{	if (!z->escp[i]) break;
		printf(" esc %d", z->escp[i]);
	}
#endif
	printf("]");
	printf(" [%s%s%s%s%s] %s:%d => ",
		z->atom&6?"A":z->atom&32?"D":"-",
		accpstate[n][j]?"a" :"-",
		stopstate[n][j]?"e" : "-",
		progstate[n][j]?"p" : "-",
		z->atom & 8 ?"L":"G",
		PanSource, srcln[j]);
	for (i = 0; z->tp[i]; i++)
		if (z->tp[i] == '\n')
			printf("\\n");
		else
			putchar(z->tp[i]);
	if (verbose && z->qu[0])
	{	printf("\t[");
		for (i = 0; i < 6; i++)
			if (z->qu[i])
				printf("(%d,%d)",
				z->qu[i], z->ty[i]);
		printf("]");
	}
	printf("\n");
	fflush(stdout);
}
/* spin -a m.pml; cc -o pan pan.c; ./pan -D | dot -Tps > foo.ps; ps2pdf foo.ps */
void
dot_crack(int n, int j, Trans *z)
{	int i;

	if (!z) return;
	printf("	S%d -> S%d  [color=black", j, z->st);

	if (z->atom&6) printf(",style=dashed");
	else if (z->atom&32) printf(",style=dotted");
	else if (z->atom&8) printf(",style=solid");
	else printf(",style=bold");

	printf(",label=\"");
	for (i = 0; z->tp[i]; i++)
	{	if (z->tp[i] == '\\'
		&&  z->tp[i+1] == 'n')
		{	i++; printf(" ");
		} else
		{	putchar(z->tp[i]);
	}	}
	printf("\"];\n");
	if (accpstate[n][j]) printf("  S%d [color=red,style=bold];\n", j);
	else if (progstate[n][j]) printf("  S%d [color=green,style=bold];\n", j);
	if (stopstate[n][j]) printf("  S%d [color=blue,style=bold,shape=box];\n", j);
}

#ifdef VAR_RANGES
#define BYTESIZE	32	/* 2^8 : 2^3 = 256:8 = 32 */

typedef struct Vr_Ptr {
	char	*nm;
	uchar	vals[BYTESIZE];
	struct Vr_Ptr *nxt;
} Vr_Ptr;
Vr_Ptr *ranges = (Vr_Ptr *) 0;

void
logval(char *s, int v)
{	Vr_Ptr *tmp;

	if (v<0 || v > 255) return;
	for (tmp = ranges; tmp; tmp = tmp->nxt)
		if (!strcmp(tmp->nm, s))
			goto found;
	tmp = (Vr_Ptr *) emalloc(sizeof(Vr_Ptr));
	tmp->nxt = ranges;
	ranges = tmp;
	tmp->nm = s;
found:
	tmp->vals[(v)/8] |= 1<<((v)%8);
}

void
dumpval(uchar X[], int range)
{	int w, x, i, j = -1;

	for (w = i = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
from:		if ((X[w] & (1<<x)))
		{	printf("%d", i);
			j = i;
			goto upto;
	}	}
	return;
	for (w = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
upto:		if (!(X[w] & (1<<x)))
		{	if (i-1 == j)
				printf(", ");
			else
				printf("-%d, ", i-1);
			goto from;
	}	}
	if (j >= 0 && j != 255)
		printf("-255");
}

void
dumpranges(void)
{	Vr_Ptr *tmp;
	printf("\nValues assigned within ");
	printf("interval [0..255]:\n");
	for (tmp = ranges; tmp; tmp = tmp->nxt)
	{	printf("\t%s\t: ", tmp->nm);
		dumpval(tmp->vals, BYTESIZE);
		printf("\n");
	}
}
#endif
