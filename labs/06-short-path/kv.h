/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef LABS_KV_H
#define LABS_KV_H

/*
 * Lab 06: a key-value server and its client (README.md). The starter
 * works, through message objects; the lab is to measure its request path
 * and make it short. Both sides get message objects and their payloads;
 * a faster design may leave them unused, but keep these functions.
 *
 * A request is (operation, key, value); a reply is (status, value).
 */

#include <kern/abi.h>

#define KV_KEYS 256

#define KV_GET 1   /* key -> its value (0 until put) */
#define KV_PUT 2   /* key, value -> the value it had */

#define KV_OK     0
#define KV_ENOKEY 1   /* key >= KV_KEYS */
#define KV_EINVAL 2   /* unknown operation */

struct kv_server {                    /* capability addresses in the server's space */
	unsigned long queue;          /* R: where requests arrive */
	unsigned long msg;            /* a message to receive requests into */
	struct msg_header *hdr;       /* its payload */
	unsigned long reply_msg;      /* a message to answer with */
	struct msg_header *reply_hdr; /* its payload */
	unsigned long reply_slot;     /* an empty slot, for a call's reply capability */
	unsigned long table[KV_KEYS];
	unsigned long served;         /* requests answered */
};

struct kv_client {                    /* capability addresses in the client's space */
	unsigned long queue;          /* W */
	unsigned long act;            /* W: pays for a delivery */
	unsigned long msg;            /* a message to send requests in */
	struct msg_header *hdr;
	unsigned long reply_msg;      /* a message replies arrive in */
	struct msg_header *reply_hdr;
	unsigned long reply;          /* a reply object */
};

/* Serve requests until the queue is destroyed: then the number served; a
 * negative error (-ERR_*) if receiving fails otherwise. */
long kv_serve(struct kv_server *s);

/* 0 and the value; -KV_ENOKEY or -KV_EINVAL from the server; or the
 * kernel's error (ERR_*). */
long kv_get(struct kv_client *c, unsigned long key, unsigned long *value);
long kv_put(struct kv_client *c, unsigned long key, unsigned long value, unsigned long *old);

#endif
