/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef ARCH_RISCV_SBI_H
#define ARCH_RISCV_SBI_H

/*
 * The RISC-V Supervisor Binary Interface (SBI spec v1.0). An SBI call is an
 * ecall with the extension id in a7, the function id in a6 and arguments in
 * a0..a5; the firmware returns an error in a0 and a value in a1.
 */

#include <stdint.h>

/* Extension ids: ASCII of the extension's name, or small legacy numbers. */
#define SBI_EXT_LEGACY_SET_TIMER    0x00
#define SBI_EXT_LEGACY_PUTCHAR      0x01
#define SBI_EXT_LEGACY_GETCHAR      0x02
#define SBI_EXT_LEGACY_SHUTDOWN     0x08
#define SBI_EXT_BASE                0x10
#define SBI_EXT_TIME                0x54494d45 /* "TIME" */
#define SBI_EXT_IPI                 0x735049   /* "sPI" */
#define SBI_EXT_RFENCE              0x52464e43 /* "RFNC" */
#define SBI_EXT_HSM                 0x48534d   /* "HSM" */
#define SBI_EXT_SRST                0x53525354 /* "SRST" */

/* Base extension functions */
#define SBI_BASE_GET_SPEC_VERSION   0
#define SBI_BASE_GET_IMPL_ID        1
#define SBI_BASE_GET_IMPL_VERSION   2
#define SBI_BASE_PROBE_EXTENSION    3

#define SBI_TIME_SET_TIMER          0
#define SBI_IPI_SEND_IPI            0
#define SBI_RFENCE_FENCE_I          0
#define SBI_RFENCE_SFENCE_VMA       1
#define SBI_RFENCE_SFENCE_VMA_ASID  2

#define SBI_HSM_HART_START          0
#define SBI_HSM_HART_STOP           1
#define SBI_HSM_HART_GET_STATUS     2

#define SBI_SRST_SYSTEM_RESET       0
#define SBI_SRST_TYPE_SHUTDOWN      0
#define SBI_SRST_TYPE_COLD_REBOOT   1
#define SBI_SRST_REASON_NONE        0
#define SBI_SRST_REASON_FAILURE     1

/* HSM states */
#define SBI_HSM_STARTED             0
#define SBI_HSM_STOPPED             1
#define SBI_HSM_START_PENDING       2
#define SBI_HSM_STOP_PENDING        3

/* Errors */
#define SBI_SUCCESS                 0
#define SBI_ERR_FAILED              -1
#define SBI_ERR_NOT_SUPPORTED       -2
#define SBI_ERR_INVALID_PARAM       -3
#define SBI_ERR_ALREADY_AVAILABLE   -6

struct sbiret {
	long error;
	long value;
};

struct sbiret sbi_call(unsigned long ext, unsigned long fid, unsigned long a0,
		       unsigned long a1, unsigned long a2, unsigned long a3);

long sbi_probe_extension(unsigned long ext);
void sbi_set_timer(uint64_t when);
long sbi_hart_start(unsigned long hartid, unsigned long start_pa, unsigned long opaque);
long sbi_hart_status(unsigned long hartid);
/* Stop the calling hart; returns only if SBI refused (the error). */
long sbi_hart_stop(void);
long sbi_send_ipi(unsigned long hart_mask, unsigned long hart_mask_base);
long sbi_remote_fence_i(unsigned long hart_mask, unsigned long hart_mask_base);
long sbi_remote_sfence_vma(unsigned long hart_mask, unsigned long hart_mask_base,
			   unsigned long start, unsigned long size);
__attribute__((noreturn)) void sbi_system_reset(unsigned long type, unsigned long reason);

#endif
