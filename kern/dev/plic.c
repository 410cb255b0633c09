/* SPDX-License-Identifier: BSD-2-Clause */
/* PLIC driver; register map from the RISC-V PLIC specification. */
#include <kern/dev/mmio.h>
#include <kern/dev/plic.h>

#define PLIC_PRIORITY(src)      (4u * (src))
#define PLIC_ENABLE(ctx, src)   (0x2000u + 0x80u * (ctx) + 4u * ((src) / 32))
#define PLIC_THRESHOLD(ctx)     (0x200000u + 0x1000u * (ctx))
#define PLIC_CLAIM(ctx)         (0x200004u + 0x1000u * (ctx))
#define PLIC_PRIORITY_ON        1u   /* any non-zero priority beats threshold 0 */

static uintptr_t plic_base;
static uint32_t plic_sources, plic_ctx;

void plic_init(uintptr_t base, uint32_t ndev, uint32_t context)
{
	plic_base = base;
	plic_sources = ndev < PLIC_MAX_SOURCES ? ndev : PLIC_MAX_SOURCES - 1;
	plic_ctx = context;
	for (uint32_t src = 1; src <= plic_sources; src++)
		plic_enable(src, false);
	mmio_write32(plic_base + PLIC_THRESHOLD(plic_ctx), 0);
}

bool plic_present(void)
{
	return plic_base != 0;
}

uint32_t plic_ndev(void)
{
	return plic_sources;
}

void plic_enable(uint32_t src, bool on)
{
	uintptr_t en = plic_base + PLIC_ENABLE(plic_ctx, src);
	uint32_t bit = 1u << (src % 32);

	if (!plic_base || src == 0 || src > plic_sources)
		return;
	mmio_write32(plic_base + PLIC_PRIORITY(src), on ? PLIC_PRIORITY_ON : 0);
	mmio_write32(en, on ? mmio_read32(en) | bit : mmio_read32(en) & ~bit);
}

uint32_t plic_claim(void)
{
	return plic_base ? mmio_read32(plic_base + PLIC_CLAIM(plic_ctx)) : 0;
}

void plic_complete(uint32_t src)
{
	if (plic_base)
		mmio_write32(plic_base + PLIC_CLAIM(plic_ctx), src);
}
