/* SPDX-License-Identifier: BSD-2-Clause */
#include <kern/bkl.h>

struct bkl bkl;
