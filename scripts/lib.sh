# SPDX-License-Identifier: BSD-2-Clause
# Shared by scripts/run, scripts/test, scripts/debug: the Debian packages the
# project needs, and the build into build/.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
OPENSBI_DIR=/usr/lib/riscv64-linux-gnu/opensbi/generic

PACKAGES=(
	gcc make cmake                  # host build and host tests
	gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
	opensbi qemu-system-misc device-tree-compiler
	u-boot-qemu u-boot-tools gdb-multiarch
	mtools                          # FAT disk image for the U-Boot test, no root
	libfdt-dev                      # host tests only: the reference FDT reader
	spin                            # the Promela model of IPC (test/model)
	python3                         # the IPC trace's SVG (scripts/trace-svg, run-trace)
)

# Install what is missing (as root), or say which command would.
ensure_packages() {
	local missing=() p
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "Missing Debian packages: ${missing[*]}" >&2
		echo "Install them with:" >&2
		echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
		exit 1
	fi
	echo "Installing: ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build_all() {
	cmake -S "$TOP" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build "$BUILD" -j "$(nproc)"
}
