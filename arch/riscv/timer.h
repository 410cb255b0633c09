/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_TIMER_H
#define ARCH_RISCV_TIMER_H

#include <stdbool.h>
#include <stdint.h>

#define TIMER_HZ 100   /* ticks per second */

/* A stimecmp deadline that never comes (time would take centuries to reach
 * it): what the Sstc probe leaves behind. */
#define STIMECMP_NEVER UINT64_MAX

void timer_setup(uint64_t timebase_hz);
/* This hart ticks through stimecmp (else SBI TIME); set by timer_init_hart(). */
bool timer_uses_sstc(void);
uint64_t timer_interval(void);
/* Banner lines: which online harts tick from which source. */
void timer_report(void);

#endif
