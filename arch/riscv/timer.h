/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_TIMER_H
#define ARCH_RISCV_TIMER_H

#include <stdbool.h>
#include <stdint.h>

#define TIMER_HZ 100   /* ticks per second */

void timer_setup(uint64_t timebase_hz, bool sstc);
bool timer_uses_sstc(void);
uint64_t timer_interval(void);

#endif
