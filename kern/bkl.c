/* SPDX-License-Identifier: BSD-2-Clause */
#include <kern/bkl.h>

struct bkl bkl = { 0, 0, -1 };
