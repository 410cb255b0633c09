/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef KERN_DEV_PLIC_H
#define KERN_DEV_PLIC_H

/*
 * The RISC-V Platform-Level Interrupt Controller ("sifive,plic-1.0.0"):
 * per-source priorities, per-context enable bits and threshold, and a
 * claim/complete register per context. A claimed source does not interrupt
 * again until it is completed: that is how a user-level handler
 * acknowledges an interrupt (IRQ_ACK).
 */

#include <stdbool.h>
#include <stdint.h>

#define PLIC_MAX_SOURCES 1024

/* base: the mapped registers; context: the one interrupts are taken on. */
void plic_init(uintptr_t base, uint32_t ndev, uint32_t context);
bool plic_present(void);
uint32_t plic_ndev(void);
void plic_enable(uint32_t source, bool on);
/* The highest-priority pending source (claimed), or 0. */
uint32_t plic_claim(void);
void plic_complete(uint32_t source);

#endif
