/* SPDX-License-Identifier: BSD-2-Clause */
/* Calls to the console server (console_proto.h, console_client.h). */
#include <string.h>
#include "console_client.h"
#include "console_proto.h"
#include "sys.h"

unsigned long ulib_console_queue;

/* One request; the reply in out[], its status turned into a result. */
static long request(unsigned long w0, const unsigned long data[3], unsigned long out[4])
{
	unsigned long in[4] = { w0, 0, 0, 0 };
	long err;

	if (!ulib_console_queue)
		return -ERR_SLOT_EMPTY;
	if (data)
		memcpy(&in[1], data, 3 * sizeof(in[1]));
	err = sys_call4(ulib_console_queue, in, out);
	if (err)
		return -err;
	switch (CONS_OP(out[0])) {
	case CONS_OK:
		return CONS_COUNT(out[0]);
	case CONS_AGAIN:
		return -ERR_WOULD_BLOCK;
	default:
		return -ERR_BAD_ARG;
	}
}

long cons_putc(int c)
{
	unsigned long data[3] = { (unsigned char)c, 0, 0 }, out[4];
	char ch = (char)c;

	if (!ulib_console_queue)
		return sys_debug_write(&ch, 1) ? -ERR_BAD_ADDR : 0;
	return request(CONS_WORD0(CONS_PUTC, 0), data, out);
}

long cons_write(const void *buf, size_t n)
{
	const unsigned char *s = buf;
	size_t done = 0;

	if (!ulib_console_queue) {
		long err = sys_debug_write(buf, n);
		return err ? -err : (long)n;
	}
	while (done < n) {
		unsigned long data[3] = { 0, 0, 0 }, out[4];
		size_t k = n - done < CONS_DATA_MAX ? n - done : CONS_DATA_MAX;
		long r;

		memcpy(data, s + done, k);   /* little endian: byte i at bits 8*(i%8) */
		r = request(CONS_WORD0(CONS_WRITE, k), data, out);
		if (r < 0)
			return r;
		done += k;
	}
	return (long)done;
}

/* Bytes of the oldest finished line that the last CONS_READ brought. */
static unsigned char chunk[CONS_DATA_MAX];
static size_t chunk_len, chunk_pos;

static long refill(void)
{
	unsigned long out[4];
	long r;

	while ((r = request(CONS_WORD0(CONS_READ, 0), 0, out)) == -ERR_WOULD_BLOCK)
		sys_sleep(CONS_POLL_TICKS);
	if (r < 0)
		return r;
	if (r > CONS_DATA_MAX)
		return -ERR_BAD_ARG;
	memcpy(chunk, &out[1], (size_t)r);
	chunk_len = (size_t)r;
	chunk_pos = 0;
	return r;
}

int cons_getc(void)
{
	while (chunk_pos == chunk_len)
		if (refill() < 0)
			return -1;
	return chunk[chunk_pos++];
}

long cons_readline(char *buf, size_t size)
{
	size_t n = 0;

	if (size == 0)
		return -ERR_BAD_ARG;
	while (n + 1 < size) {
		int c = cons_getc();
		if (c < 0) {
			buf[n] = 0;
			return n ? (long)n : -ERR_SLOT_EMPTY;
		}
		if (c == '\n')
			break;
		buf[n++] = (char)c;
	}
	buf[n] = 0;
	return (long)n;
}
