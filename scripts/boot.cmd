# SPDX-License-Identifier: BSD-2-Clause
# U-Boot script that boots the kernel Image with booti. scripts/board-image
# and test/qemu/run-uboot compile it into boot.scr (mkimage -T script),
# putting the board's default load address in place of @KERNEL_ADDR_R@.
#
# Distro boot runs it from a disk's boot partition and sets devtype, devnum,
# distro_bootpart and prefix ("/" or "/boot/"); without devtype (run by hand
# after tftpboot, or from PXE) the Image comes by TFTP.
#
# The device tree is U-Boot's own (fdtcontroladdr): the firmware has fixed it
# up (memory size on the VisionFive 2). A file kernel.dtb beside the Image
# is used instead when present. See docs/boards.md.

if test -z "${kernel_addr_r}"; then setenv kernel_addr_r @KERNEL_ADDR_R@; fi
if test -z "${fdt_addr_r}"; then setenv fdt_addr_r @FDT_ADDR_R@; fi
setenv kernel_fdt ${fdtcontroladdr}

if test -n "${devtype}"; then
	setenv kernel_part ${devtype} ${devnum}:${distro_bootpart}
	echo "boot.scr: loading ${prefix}Image from ${kernel_part} to ${kernel_addr_r}"
	load ${kernel_part} ${kernel_addr_r} ${prefix}Image || exit
	if test -e ${kernel_part} ${prefix}kernel.dtb; then
		load ${kernel_part} ${fdt_addr_r} ${prefix}kernel.dtb && setenv kernel_fdt ${fdt_addr_r}
	fi
else
	echo "boot.scr: loading Image by TFTP to ${kernel_addr_r}"
	tftpboot ${kernel_addr_r} Image || exit
fi

echo "boot.scr: booti ${kernel_addr_r} - ${kernel_fdt}"
booti ${kernel_addr_r} - ${kernel_fdt}
