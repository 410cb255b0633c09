# SPDX-License-Identifier: BSD-2-Clause
"""
gdb-multiarch helpers for the kernel (loaded by scripts/debug; by hand:
`source scripts/gdb/kernel.py` after `file build/kernel/kernel-test.elf`).

Commands (`help user-defined` lists them, `help CMD` explains one):
  kcap EXPR        a capability: type, rights, badge by name, where it lives
  kobj EXPR        any kernel object, printed as its type says
  kthread [EXPR]   a thread (default: the one the selected hart runs)
  kqueue EXPR      a queue and everything waiting on it
  kmsg EXPR        a message: state, queue, peer, copied/ncaps, waiter
  kobjs [TYPE]     every live object (of one type: kobjs QUEUE)
  kthreads         every thread, walking the activities from the root
  runq             each hart's current thread and run queues
  cspace ADDR [THREAD|SPACE]   walk a capability address as cap/cspace.c does
  usym [NAME|load] the user programs' symbols (they all link at 0x10000)
  kp EXPR          print, with kernel memory readable from user mode too
  $abi("NAME")     a define's value, in gdb expressions and conditions
Pretty printers make `print` show struct cap, thread, message and queue
by name first (`print/r` gives the raw fields).

Every number that has a name (OBJ_*, CAP_*, THREAD_*, WAIT_*, MSG_*,
ERR_*, SYS_*, EXC_*) is read from the headers at load time (kern/abi.h,
kern/thread.h, arch/riscv/memlayout.h, arch/riscv/csr.h), so this file
holds no copy of them; struct layouts come from the kernel ELF's DWARF.
"""

import atexit
import bisect
import os
import re
import struct
import tempfile

import gdb
import gdb.printing

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# ---- numbers from the headers ---------------------------------------------

_DEFINE = re.compile(r'^\s*#\s*define\s+([A-Za-z_]\w*)(\(?)\s*(.*?)\s*$')
_SUFFIX = re.compile(r'\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]+\b')
_SAFE = re.compile(r'^[0-9a-fA-FxX()<>|&~+\-*/%\s]*$')


def _read_blocks(path):
    """The header's #defines as runs of consecutive lines: a blank line or
    other text ends a run. Comments go first, with the line breaks inside
    them, so a define whose comment wraps stays in its run; a comment on a
    line of its own leaves a blank line and ends the run. Runs are how
    abi.h groups one kind of number (object types, rights, states)."""
    with open(path) as f:
        text = f.read()
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    text = re.sub(r'//[^\n]*', '', text)
    blocks, cur = [], []
    for line in text.split('\n'):
        m = _DEFINE.match(line)
        if m and m.group(3):
            if not m.group(2):           # function-like macros are skipped
                cur.append((m.group(1), m.group(3)))
            continue
        if cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _evaluate(expr, env):
    """A define's value when it is arithmetic on numbers and earlier
    defines ((1UL << 38), 16 + MSG_MAX_CAPS * 8); None otherwise."""
    expr = _SUFFIX.sub(r'\1', expr)
    expr = re.sub(r'\b[A-Za-z_]\w*\b',
                  lambda m: str(env[m.group(0)]) if m.group(0) in env else '?', expr)
    if not _SAFE.match(expr):
        return None
    try:
        return int(eval(expr, {'__builtins__': {}}))   # only digits and operators reach here
    except Exception:
        return None


class Names:
    """One kind of number: the run of defines that holds anchor, those with
    anchor's prefix (OBJ_, CAP_...), *_COUNT left out. flags: the values
    are bits (rights), and only single bits are names."""

    def __init__(self, anchor, flags=False):
        self.prefix = anchor.split('_')[0] + '_'
        self.flags = flags
        self.by_value = {}
        for block in BLOCKS:
            if anchor not in [n for n, _ in block]:
                continue
            for n, _ in block:
                v = CONST.get(n)
                if not n.startswith(self.prefix) or n.endswith('_COUNT') or v is None:
                    continue
                if flags and (v == 0 or v & (v - 1)):
                    continue
                self.by_value.setdefault(v, n[len(self.prefix):])
        if not self.by_value:
            raise gdb.GdbError('kernel.py: no %s names in the headers' % anchor)

    def __call__(self, v):
        v = int(v)
        return self.by_value.get(v, '%s%d?' % (self.prefix, v))

    def value(self, name):
        name = name.upper()
        if name.startswith(self.prefix):
            name = name[len(self.prefix):]
        for v, n in self.by_value.items():
            if n == name:
                return v
        raise gdb.GdbError('no %s%s (known: %s)' %
                           (self.prefix, name, ' '.join(sorted(self.by_value.values()))))

    def bits(self, v):
        """Rights as letters, one column per right: R-W-... style."""
        v = int(v)
        return ''.join(n if v & b else '-' for b, n in sorted(self.by_value.items()))


HEADERS = ['kern/abi.h', 'kern/thread.h', 'arch/riscv/memlayout.h', 'arch/riscv/csr.h',
           'ipc/message.h', 'ipc/irq.h']
BLOCKS = []
CONST = {}
for _h in HEADERS:
    for _b in _read_blocks(os.path.join(TOP, _h)):
        BLOCKS.append(_b)
        for _n, _e in _b:
            _v = _evaluate(_e, CONST)
            if _v is not None:
                CONST[_n] = _v

OBJ = Names('OBJ_NONE')
RIGHTS = Names('CAP_R', flags=True)
STATE = Names('THREAD_INACTIVE')
WAIT = Names('WAIT_NONE')
MSG = Names('MSG_IDLE')
FAULT = Names('FAULT_NONE')
ERR = Names('ERR_OK')
SYS = Names('SYS_NULL')
EXC = Names('EXC_INST_MISALIGNED')
IRQ = Names('IRQ_S_SOFT')

CAP_SLOT_SIZE = CONST['CAP_SLOT_SIZE']
CAP_SLOTS_PER_PAGE = CONST['CAP_SLOTS_PER_PAGE']
USER_ADDR_LIMIT = CONST['USER_ADDR_LIMIT']
PT_LEVELS = CONST['PT_LEVELS']
PT_SLOTS = CONST['PT_SLOTS']
PAGE_BYTES = CONST['PAGE_BYTES']
DIRECT_MAP_BASE = CONST['DIRECT_MAP_BASE']
PAGE_SHIFT = PAGE_BYTES.bit_length() - 1      # cap/cspace.c VA_PAGE_SHIFT
INDEX_BITS = PT_SLOTS.bit_length() - 1        # cap/cspace.c VA_INDEX_BITS

# The struct behind each object type, where it is not the type's own name.
STRUCT_OF = {'DEVFRAME': 'frame', 'CONSOLE': 'kconsole'}
# The prefix of the names of an object's own slots (kern/thread.h,
# ipc/message.h, ipc/irq.h): THREAD_SLOT_SPACE is slot 0 of a thread.
SLOT_PREFIX = {'THREAD': 'THREAD_SLOT_', 'MESSAGE': 'MSG_SLOT_', 'REPLY': 'REPLY_SLOT_',
               'IRQ': 'IRQ_SLOT_'}


def slot_name(container, index):
    """slot 0 (THREAD_SLOT_SPACE) for a thread's slot 0."""
    prefix = SLOT_PREFIX.get(OBJ(at(container, 'struct obj')['type']))
    names = [n for n, v in CONST.items() if prefix and n.startswith(prefix) and v == index]
    return 'slot %d (%s)' % (index, names[0]) if names else 'slot %d' % index

# ---- reading the kernel ---------------------------------------------------

_types = {}


def T(name):
    if name not in _types:
        _types[name] = gdb.lookup_type(name)
    return _types[name]


def at(addr, typename):
    """The struct typename at kernel address addr."""
    return gdb.Value(int(addr)).cast(T(typename).pointer()).dereference()


def addr_of(v):
    """A struct's address, or a pointer's value, as an int."""
    if v.type.strip_typedefs().code == gdb.TYPE_CODE_PTR:
        return int(v)
    return int(v.address)


def struct_name(type_num):
    n = OBJ(type_num)
    n = STRUCT_OF.get(n, n.lower())
    try:
        T('struct ' + n)
        return 'struct ' + n
    except gdb.error:
        return 'struct obj'


def obj(addr):
    """The object at addr as its own struct (read from its header)."""
    return at(addr, struct_name(at(addr, 'struct obj')['type']))


def name_of(addr):
    """TYPE@0x...: how every object is named in this output."""
    addr = int(addr)
    if not addr:
        return '-'
    try:
        o = at(addr, 'struct obj')
        s = '%s@%#x' % (OBJ(o['type']), addr)
        if o['dying']:
            s += '(dying)'
        return s
    except gdb.MemoryError:
        return '%#x(unreadable)' % addr


# The struct each list link belongs to.
LINKS = {'q_next': 'struct message', 'wq_next': 'struct thread',
         'resume_next': 'struct thread', 'pend_next': 'struct irq'}


def chain(first, link, limit=100000):
    """Walk a NULL-terminated list through field link (the limit keeps a
    corrupted, circular list from hanging gdb)."""
    p = int(first)
    n = 0
    while p and n < limit:
        yield p
        p = int(at(p, LINKS[link])[link])
        n += 1


def read(addr, n):
    return bytes(gdb.selected_inferior().read_memory(addr, n))


def kernel_readable():
    """Objects live in the direct map, which exists once the boot code has
    turned the MMU on; before that every read fails."""
    if gdb.selected_thread() is None:
        raise gdb.GdbError('not connected to a running kernel (target remote ...)')
    try:
        a = int(gdb.parse_and_eval('root_activity'))
    except gdb.MemoryError:
        a = 0
    except gdb.error:
        raise gdb.GdbError('no kernel symbols (file build/kernel/kernel-test.elf)')
    if not a:
        raise gdb.GdbError('the kernel has not made its root activity yet '
                           '(stop later: in ipc code, or on sched_exit)')
    return a


class KernelView:
    """QEMU's gdb stub reads memory as the selected hart would in its
    current privilege mode, so while it is stopped in user mode the kernel's
    pages (no U bit) cannot be read, direct map included. The stub's virtual
    register priv is that mode: raise it to supervisor for the reads and put
    it back before anything can resume the hart (nested uses share one)."""
    depth = 0

    def __enter__(self):
        self.saved = None
        if KernelView.depth == 0:
            try:
                if int(gdb.parse_and_eval('$priv')) == 0:
                    gdb.execute('set $priv = 1', to_string=True)
                    self.saved = 0
            except gdb.error:
                pass          # no target, or no priv register: read as we are
        KernelView.depth += 1
        return self

    def __exit__(self, *exc):
        KernelView.depth -= 1
        if self.saved is not None:
            gdb.execute('set $priv = %d' % self.saved, to_string=True)
        return False


# ---- capabilities ---------------------------------------------------------

def cap_line(c):
    """A capability in one line: TYPE@obj rights badge."""
    o = int(c['obj'])
    if not o:
        return 'empty'
    s = '%s %s' % (name_of(o), RIGHTS.bits(c['rights']))
    if int(c['badge']):
        s += ' badge %#x' % int(c['badge'])
    try:
        if int(at(o, 'struct obj')['type']) != int(c['type']):
            s += ' (slot says %s!)' % OBJ(c['type'])
    except gdb.MemoryError:
        pass
    return s


def cap_detail(c):
    lines = ['cap @%#x: %s' % (addr_of(c), cap_line(c))]
    cont = int(c['container'])
    where = ('in %s %s' % (name_of(cont), slot_name(cont, int(c['index'])))) if cont else \
        'the hidden root of its object' if int(c['obj']) and int(c['parent']) == 0 else \
        'in no container'
    lines.append('  ' + where)
    if int(c['obj']):
        kids = 0
        k = int(c['first_child'])
        while k and kids < 100000:
            kids += 1
            k = int(at(k, 'struct cap')['next_sibling'])
        depth = 0
        p = int(c['parent'])
        while p and depth < 1000:
            depth += 1
            p = int(at(p, 'struct cap')['parent'])
        parent = int(c['parent'])
        if not parent:
            pname = 'none'
        else:
            pc = at(parent, 'struct cap')
            pcont = int(pc['container'])
            pname = ('in %s %s' % (name_of(pcont), slot_name(pcont, int(pc['index']))) if pcont
                     else 'the hidden root of ' + name_of(pc['obj']))
        lines.append('  derivation: depth %d, %d children; parent @%#x, %s'
                     % (depth, kids, parent, pname))
    return lines


# ---- harts ----------------------------------------------------------------

def ncpus():
    return int(gdb.parse_and_eval('ncpus'))


def cpu_of_selected():
    """The kernel's index of the hart gdb has selected. QEMU's gdb stub
    calls each hart a thread (thread N is CPU N-1, whose mhartid on virt
    and sifive_u is N-1); the kernel numbers its harts densely from the
    boot hart (cpus[].hartid)."""
    th = gdb.selected_thread()
    if th is None:
        raise gdb.GdbError('no hart: not connected (target remote ...)')
    try:
        hartid = int(gdb.parse_and_eval('$mhartid'))
    except gdb.error:
        hartid = th.num - 1
    cpus = gdb.parse_and_eval('cpus')
    for i in range(ncpus()):
        if int(cpus[i]['hartid']) == hartid:
            return i
    raise gdb.GdbError('hart %d is not one the kernel started' % hartid)


def current_thread(cpu=None):
    if cpu is None:
        cpu = cpu_of_selected()
    return int(gdb.parse_and_eval('sched_rq')[cpu]['current'])


# ---- address spaces -------------------------------------------------------

def vpn(va, level):
    return (va >> (PAGE_SHIFT + level * INDEX_BITS)) & (PT_SLOTS - 1)


def pt_slot(pt, i):
    """pt_slot() of kern/pagetable.h: 8 frames of 64 slots."""
    return pt['slots'][i // CAP_SLOTS_PER_PAGE][i % CAP_SLOTS_PER_PAGE]


def space_of(addr):
    """A level-2 table: the object itself, or a thread's space."""
    o = at(addr, 'struct obj')
    if OBJ(o['type']) == 'PAGETABLE':
        return addr
    if OBJ(o['type']) == 'THREAD':
        c = at(addr, 'struct thread')['space']
        return int(c['obj'])
    raise gdb.GdbError('%s is neither a thread nor a page table' % name_of(addr))


def frame_at(space, va):
    """The physical address behind user address va in a space, or None:
    the walk of cspace_frame_at() (cap/cspace.c), through the capability
    slots rather than the hardware table, so it works for any space."""
    pt = at(space, 'struct pagetable')
    for level in range(PT_LEVELS - 1, 0, -1):
        s = pt_slot(pt, vpn(va, level))
        if not int(s['obj']):
            return None
        pt = at(s['obj'], 'struct pagetable')
    leaf = pt_slot(pt, vpn(va, 0))
    if not int(leaf['obj']) or OBJ(leaf['type']) not in ('FRAME', 'DEVFRAME'):
        return None
    return int(at(leaf['obj'], 'struct frame')['pa']) + (va & (PAGE_BYTES - 1))


# ---- user programs --------------------------------------------------------

class Elf:
    """The little of an ELF64 file these helpers need: the loaded segments
    (to compare a thread's code with it) and the function symbols (to name
    a user pc without asking gdb, which holds every program at 0x10000)."""

    def __init__(self, data, name, path=None):
        if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
            raise ValueError('not a little-endian ELF64 file')
        self.data, self.name, self.path = data, name, path
        (_, _, _, self.entry, phoff, shoff, _, _, phentsize, phnum,
         shentsize, shnum, _) = struct.unpack_from('<HHIQQQIHHHHHH', data, 16)
        self.loads = []
        for i in range(phnum):
            p_type, _, off, va, _, filesz, memsz, _ = struct.unpack_from(
                '<IIQQQQQQ', data, phoff + i * phentsize)
            if p_type == 1:                     # PT_LOAD
                self.loads.append((va, off, filesz, memsz))
        self.symbols = {}
        funcs = []
        sections = [struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)
                    for i in range(shnum)]
        for sh in sections:
            if sh[1] != 2:                      # SHT_SYMTAB
                continue
            stroff = sections[sh[6]][4]
            for j in range(sh[5] // 24):
                st_name, info, _, shndx, value, size = struct.unpack_from(
                    '<IBBHQQ', data, sh[4] + 24 * j)
                end = data.index(b'\0', stroff + st_name)
                name = data[stroff + st_name:end].decode(errors='replace')
                if not name or shndx == 0:
                    continue
                if (info >> 4) == 1 or name not in self.symbols:   # globals win
                    self.symbols[name] = value
                kind = info & 0xf
                # Functions, and the labels assembly code starts at
                # (STT_NOTYPE in an executable section: child_entry).
                if kind == 2 or (kind == 0 and shndx < len(sections) and
                                 sections[shndx][2] & 0x4 and name[0] not in '.$'):
                    funcs.append((value, kind == 2, size, name))
        funcs.sort()      # at one address a function wins over a label
        self.funcs = [(v, size, name) for v, _, size, name in funcs]
        self.starts = [f[0] for f in self.funcs]

    def read(self, va, n):
        for v, off, filesz, _ in self.loads:
            if v <= va < v + filesz:
                n = min(n, v + filesz - va)
                return self.data[off + va - v:off + va - v + n]
        return None

    def symbolize(self, va):
        i = bisect.bisect_right(self.starts, va) - 1
        if i < 0:
            return None
        start, size, name = self.funcs[i]
        if size and va >= start + size:
            return None
        return name if va == start else '%s+%d' % (name, va - start)


PROGRAMS = []          # Elf of the root task and each boot module
_loaded = []           # their paths, in the order gdb has them


def find_programs():
    """The root task and the boot modules, taken from the kernel ELF
    itself (kern/root_image.S embeds them: root_elf_start..root_elf_end,
    and boot_modules, a table of name, start, end), so they are exactly
    the programs this kernel runs. Each is matched to its file in the
    build folder (root.elf, testroot.elf, hello.elf...) for gdb, or
    written to a temporary file if none has the same bytes."""
    PROGRAMS[:] = []
    objs = [o for o in gdb.objfiles() if o.filename]
    if not objs:
        return
    kpath = objs[0].filename
    with open(kpath, 'rb') as f:
        kernel = Elf(f.read(), 'kernel', kpath)
    sym = kernel.symbols
    if 'root_elf_start' not in sym or 'boot_modules' not in sym:
        return
    found = [('root', sym['root_elf_start'], sym['root_elf_end'])]
    count = struct.unpack('<Q', kernel.read(sym['boot_module_count'], 8))[0]
    for i in range(count):
        name_va, start, end = struct.unpack('<QQQ', kernel.read(sym['boot_modules'] + 24 * i, 24))
        raw = kernel.read(name_va, 64)
        found.append((raw[:raw.index(b'\0')].decode(), start, end))
    folder = os.path.dirname(kpath)
    candidates = [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                  if n.endswith('.elf') and not n.startswith('kernel')]
    for name, start, end in found:
        data = kernel.read(start, end - start)
        path = None
        for c in candidates:
            if os.path.getsize(c) == len(data):
                with open(c, 'rb') as f:
                    if f.read() == data:
                        path = c
                        break
        if path:
            name = os.path.basename(path)[:-4]
        else:
            fd, path = tempfile.mkstemp(prefix='kernel-%s-' % name, suffix='.elf')
            with os.fdopen(fd, 'wb') as f:
                f.write(data)
            atexit.register(os.unlink, path)
        PROGRAMS.append(Elf(data, name, path))


def _quiet(cmd):
    """Run a command that would ask "(y or n)" without asking."""
    confirm = gdb.parameter('confirm')
    gdb.execute('set confirm off')
    try:
        gdb.execute(cmd, to_string=True)
    finally:
        if confirm:
            gdb.execute('set confirm on')


def load_user_symbols(first=None):
    """add-symbol-file every program at its link address. They all link at
    0x10000 (user/lib/user.ld), so gdb has several symbols for each user
    address and takes the first file's for line numbers and backtraces:
    first (a name) goes first, else the root task."""
    for p in _loaded:
        _quiet('remove-symbol-file %s' % p)
    _loaded[:] = []
    order = sorted(PROGRAMS, key=lambda p: p.name != first) if first else PROGRAMS
    for p in order:
        _quiet('add-symbol-file %s' % p.path)
        _loaded.append(p.path)


def program_of(thread, va):
    """Which program thread runs at va: the one whose bytes at va are the
    bytes its space has there (each program got its own frames when the
    root task loaded it). None if no program matches or va is unmapped."""
    try:
        space = int(at(thread, 'struct thread')['space']['obj'])
        if not space or va >= USER_ADDR_LIMIT:
            return None
        pa = frame_at(space, va)
        if pa is None:
            return None
        n = min(32, PAGE_BYTES - (va & (PAGE_BYTES - 1)))
        have = read(DIRECT_MAP_BASE + pa, n)
    except gdb.MemoryError:
        return None
    for p in PROGRAMS:
        if p.read(va, n) == have:
            return p
    return None


def in_user_mode(thread):
    """The hart thread is in user mode on now, or None. Its struct thread
    registers are then those of its last kernel entry, stale: the live ones
    are the hart's (cpu.user_regs is set from the way out of the kernel to
    the next trap, arch/riscv/cpu.h)."""
    t = at(thread, 'struct thread')
    k = int(t['running_on'])
    if k < 0:
        return None
    c = gdb.parse_and_eval('cpus')[k]
    return k if int(c['user_regs']) == int(t['regs'].address) else None


def live_reg(cpu, reg):
    """Register reg of the hart the kernel calls cpu, read from its gdb
    thread (QEMU numbers them by hart from 1: cpu_of_selected)."""
    hartid = int(gdb.parse_and_eval('cpus')[cpu]['hartid'])
    here = gdb.selected_thread()
    for th in gdb.selected_inferior().threads():
        if th.num == hartid + 1:
            th.switch()
            try:
                return int(gdb.parse_and_eval('$' + reg))
            finally:
                here.switch()
    return None


def thread_pc(thread):
    """A thread's user pc: the hart's if it is in user mode now."""
    k = in_user_mode(thread)
    if k is not None:
        pc = live_reg(k, 'pc')
        if pc is not None and pc < USER_ADDR_LIMIT:
            return pc
    return int(at(thread, 'struct thread')['regs']['sepc'])


def user_pc(thread):
    """A thread's user pc with program:function when it can be told."""
    pc = thread_pc(thread)
    p = program_of(thread, pc)
    if not p:
        return '%#x' % pc
    s = p.symbolize(pc)
    return '%#x %s:%s' % (pc, p.name, s) if s else '%#x %s' % (pc, p.name)


# ---- threads, messages, queues --------------------------------------------

def waits_on(t):
    """What a blocked thread waits for, in words."""
    w = WAIT(t['wait'])
    on = int(t['waiting_on'])
    if w == 'SLEEP':
        return 'SLEEP until tick %d' % int(t['wake_tick'])
    if w == 'MESSAGE':
        m = at(on, 'struct message')
        s = '%s %s' % (name_of(on), MSG(m['state']))
        if int(m['queue']):
            s += ' on ' + name_of(m['queue'])
        return 'MESSAGE: delivery of ' + s
    if w in ('RECV', 'CALL'):
        return '%s: %s on %s' % (w, 'a register message' if w == 'RECV' else 'a receiver',
                                 name_of(on))
    if w == 'REPLY':
        return 'REPLY: the register reply of ' + name_of(on)
    if w == 'DESTROY':
        return 'DESTROY: the end of the destruction of ' + name_of(on)
    return w + (' on ' + name_of(on) if on else '')


def thread_line(addr):
    t = at(addr, 'struct thread')
    state = STATE(t['state'])
    s = '%s %-9s prio %3d/%-3d cpu %d' % (name_of(addr), state, int(t['prio']),
                                           int(t['max_prio']), int(t['cpu']))
    if int(t['running_on']) >= 0:
        s += ' running on %d' % int(t['running_on'])
    s += '  pc ' + user_pc(addr)
    if state == 'BLOCKED':
        s += '  waits ' + waits_on(t)
    if state == 'FAULTED' or int(t['fault']['cause']):
        s += '  fault %s at %#x (%#x)' % (FAULT(t['fault']['cause']), int(t['fault']['pc']),
                                          int(t['fault']['value']))
    return s


def thread_detail(addr):
    t = at(addr, 'struct thread')
    r = t['regs']['x']
    a = [int(r[10 + i]) for i in range(7)]
    lines = ['thread @%#x  owner %s' % (addr, name_of(t['hdr']['owner'])),
             '  state %s, wait %s' % (STATE(t['state']), WAIT(t['wait']))]
    if STATE(t['state']) == 'BLOCKED':
        lines.append('  waits for ' + waits_on(t))
    lines.append('  priority %d (max %d), slice %d, %d ticks left'
                 % (int(t['prio']), int(t['max_prio']), int(t['slice']), int(t['ticks_left'])))
    lines.append('  bound to cpu %d, running on %d, last ran on %d, %s'
                 % (int(t['cpu']), int(t['running_on']), int(t['last_cpu']),
                    'on a run queue' if int(t['rq_next']) else 'on no run queue'))
    k = in_user_mode(addr)
    if k is not None:
        lines.append('  in user mode on cpu %d now: pc %s, sp %#x (info registers on its gdb '
                     'thread has the rest)' % (k, user_pc(addr), live_reg(k, 'sp') or 0))
        lines.append('  saved at its last kernel entry: pc %#x, sp %#x'
                     % (int(t['regs']['sepc']), int(r[2])))
    else:
        lines.append('  user pc %s, sp %#x' % (user_pc(addr), int(r[2])))
    # The system-call entry of arch/riscv/trap.S stores neither scause nor
    # stval, so the saved scause is that of the last other trap, and a7
    # names a system call only if the last entry was one; a thread blocks
    # only in one (or waiting for its fault handler).
    args = ' '.join('%#x' % v for v in a)
    if STATE(t['state']) == 'BLOCKED' and not t['fault_ipc']:
        lines.append('  blocked in system call %s, a0..a6 = %s' % (SYS(r[17]), args))
    else:
        lines.append('  a7 %s (the system call, if its last kernel entry was one), a0..a6 = %s'
                     % (SYS(r[17]), args))
    # An exception code cannot be told from a cell's zeroes (0 is
    # INST_MISALIGNED), and an exception that mattered is in t.fault; an
    # interrupt's flag bit is unmistakable.
    cause = int(t['regs']['scause'])
    if cause & CONST['SCAUSE_IRQ_FLAG']:
        lines.append('  last trap other than a system call: interrupt %s'
                     % IRQ(cause & ~CONST['SCAUSE_IRQ_FLAG']))
    lines.append('  space:         ' + cap_line(t['space']))
    lines.append('  fault handler: ' + cap_line(t['fault_handler']))
    if int(t['fault']['cause']):
        lines.append('  fault %s at pc %#x, value %#x'
                     % (FAULT(t['fault']['cause']), int(t['fault']['pc']), int(t['fault']['value'])))
    extra = []
    if int(t['reply_to']):
        extra.append('owes a register reply to %s' % name_of(t['reply_to']))
    if int(t['ipc_badge']):
        extra.append('called with badge %#x' % int(t['ipc_badge']))
    if t['fault_ipc']:
        extra.append('waits for its fault handler')
    if extra:
        lines.append('  ' + '; '.join(extra))
    return lines


def msg_line(addr):
    m = at(addr, 'struct message')
    st = MSG(m['state'])
    s = '%s %s' % (name_of(addr), st)
    if int(m['queue']):
        s += ' on ' + name_of(m['queue'])
    if int(m['badge']):
        s += ' badge %#x' % int(m['badge'])
    if st == 'TRANSFER':
        s += ' %s peer %s copied %d/%d failed %d' % (
            'source to' if m['is_source'] else 'target of', name_of(m['peer']),
            int(m['copied']), int(m['ncaps']), int(m['failed']))
    if int(m['waiter']):
        s += ' waiter ' + name_of(m['waiter'])
    return s


def msg_detail(addr):
    m = at(addr, 'struct message')
    lines = ['message @%#x  owner %s' % (addr, name_of(m['hdr']['owner'])),
             '  state %s%s' % (MSG(m['state']), ', delivered (for MSG_WAIT)' if m['delivered'] else '')]
    if int(m['queue']):
        lines.append('  on %s as a %s, badge %#x'
                     % (name_of(m['queue']), 'sender' if MSG(m['state']) == 'SENDING' else 'receiver',
                        int(m['badge'])))
    if int(m['peer']) or MSG(m['state']) == 'TRANSFER':
        lines.append('  peer %s (%s), copied %d of %d capabilities, %d failed'
                     % (name_of(m['peer']), 'this is the source' if m['is_source'] else 'this is the target',
                        int(m['copied']), int(m['ncaps']), int(m['failed'])))
    lines.append('  waiter ' + (name_of(m['waiter']) if int(m['waiter']) else 'none'))
    x = m['xfer']
    if x['queued']:
        lines.append('  its transfer is work for the worker of cpu %d, priority %d '
                     '(kern/work.h)' % (int(x['cpu']), int(x['prio'])))
    for f in ('payload', 'space', 'thread', 'charged', 'reply'):
        lines.append('  %-8s %s' % (f + ':', cap_line(m[f])))
    lines.append('  last delivery: status %s, badge %#x, %d caps, %d bytes'
                 % (ERR(m['status']) if int(m['status']) >= 0 else str(int(m['status'])),
                    int(m['got_badge']), int(m['got_caps']), int(m['got_bytes'])))
    return lines


def queue_detail(addr):
    q = at(addr, 'struct queue')
    lines = ['queue @%#x  owner %s' % (addr, name_of(q['hdr']['owner']))]
    for f, link, line in (('senders', 'q_next', msg_line), ('receivers', 'q_next', msg_line),
                          ('callers', 'wq_next', None), ('waiters', 'wq_next', None)):
        items = list(chain(q[f], link))
        lines.append('  %-9s %s' % (f + ':', len(items) if items else 'none'))
        for i in items:
            if line:
                lines.append('    ' + line(i))
            else:
                t = at(i, 'struct thread')
                s = '    %s prio %d cpu %d pc %s' % (name_of(i), int(t['prio']), int(t['cpu']),
                                                   user_pc(i))
                if f == 'callers':
                    s += ' badge %#x words %s' % (
                        int(t['ipc_badge']),
                        ' '.join('%#x' % int(t['regs']['x'][11 + k]) for k in range(4)))
                lines.append(s)
    irqs = list(chain(q['pending_irqs'], 'pend_next'))
    if irqs:
        lines.append('  pending interrupts: ' + ' '.join(
            '%s(source %d)' % (name_of(i), int(at(i, 'struct irq')['source'])) for i in irqs))
    return lines


def queue_line(addr):
    q = at(addr, 'struct queue')
    counts = ['%d %s' % (len(list(chain(q[f], l))), f)
              for f, l in (('senders', 'q_next'), ('receivers', 'q_next'),
                           ('callers', 'wq_next'), ('waiters', 'wq_next'))]
    return '%s %s' % (name_of(addr), ', '.join(counts))


def obj_line(addr):
    kind = OBJ(at(addr, 'struct obj')['type'])
    if kind == 'THREAD':
        return thread_line(addr)
    if kind == 'MESSAGE':
        return msg_line(addr)
    if kind == 'QUEUE':
        return queue_line(addr)
    o = obj(addr)
    if kind == 'ACTIVITY':
        return '%s quota %d used %d frames' % (name_of(addr), int(o['quota']), int(o['used']))
    if kind == 'PAGETABLE':
        return '%s level %d' % (name_of(addr), int(o['level']))
    if kind in ('FRAME', 'DEVFRAME'):
        return '%s pa %#x' % (name_of(addr), int(o['pa']))
    if kind == 'REPLY':
        return '%s %s generation %d target %s' % (name_of(addr), 'armed' if o['armed'] else 'unarmed',
                                                  int(o['generation']), cap_line(o['target']))
    return name_of(addr)


# ---- activities -------------------------------------------------------------

def objects_of(act):
    p = int(at(act, 'struct activity')['objects'])
    n = 0
    while p and n < 10000000:
        yield p
        p = int(at(p, 'struct obj')['owner_next'])
        n += 1


def activities(root, depth=0):
    """Pre-order: each activity and how deep it is (kern/activity.h:
    sub-activities are objects of their parent, on its objects list)."""
    yield root, depth
    for o in objects_of(root):
        if OBJ(at(o, 'struct obj')['type']) == 'ACTIVITY':
            for x in activities(o, depth + 1):
                yield x


# ---- commands ---------------------------------------------------------------

def _value(arg):
    """An expression, with abi.h's names usable in it (cspace ROOT_CAPPAGE+64)."""
    arg = re.sub(r'\b[A-Z][A-Z0-9_]+\b',
                 lambda m: str(CONST[m.group(0)]) if m.group(0) in CONST else m.group(0), arg)
    return gdb.parse_and_eval(arg)


class Cmd(gdb.Command):
    def __init__(self, name):
        super().__init__(name, gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        try:
            with KernelView():
                lines = list(self.run(arg.strip()))
            for line in lines:
                print(line)
        except gdb.MemoryError as e:
            raise gdb.GdbError('%s (is the MMU on? the direct map exists once arch_boot_main runs)' % e)
        except gdb.error as e:
            # A bad expression: say so as gdb would, without a traceback.
            raise gdb.GdbError(str(e))


class KCap(Cmd):
    """Print a capability by name.
Usage: kcap EXPR
EXPR is a struct cap or a pointer to one. Prints its object's type and
address, its rights as letters (abi.h CAP_*), its badge, the slot it is
in and its place in the derivation tree."""

    def run(self, arg):
        v = _value(arg)
        return cap_detail(at(addr_of(v), 'struct cap'))


class KObj(Cmd):
    """Print any kernel object as its header's type says.
Usage: kobj EXPR
As kthread, kmsg or kqueue for those types; one line and the raw struct
for the others."""

    def run(self, arg):
        a = addr_of(_value(arg))
        kind = OBJ(at(a, 'struct obj')['type'])
        if kind == 'THREAD':
            return thread_detail(a)
        if kind == 'MESSAGE':
            return msg_detail(a)
        if kind == 'QUEUE':
            return queue_detail(a)
        return [obj_line(a), str(obj(a))]


def _typed(arg, want):
    a = addr_of(_value(arg))
    kind = OBJ(at(a, 'struct obj')['type'])
    if kind != want:
        raise gdb.GdbError('%s is not a %s' % (name_of(a), want))
    return a


class KThread(Cmd):
    """Print a thread: state, what it waits on, priority, harts.
Usage: kthread [EXPR]
Also its user pc (with program:function; the hart's own while it is in
user mode), the system call it is blocked in, its space and fault
handler. Without EXPR: the thread the selected hart runs."""

    def run(self, arg):
        kernel_readable()
        if arg:
            return thread_detail(_typed(arg, 'THREAD'))
        t = current_thread()
        if not t:
            raise gdb.GdbError('this hart has run no thread yet')
        return thread_detail(t)


class KMsg(Cmd):
    """Print a message: state, queue, peer, copied/ncaps, waiter.
Usage: kmsg EXPR
Also its badge, the threads whose preempted calls drive its transfer,
its capabilities and its last delivery."""

    def run(self, arg):
        return msg_detail(_typed(arg, 'MESSAGE'))


class KQueue(Cmd):
    """Print a queue and everything waiting on it.
Usage: kqueue EXPR
Sending and receiving messages (with their waiting threads), register
callers and receivers, and interrupts waiting for a receiver."""

    def run(self, arg):
        return queue_detail(_typed(arg, 'QUEUE'))


class KObjs(Cmd):
    """List every live object, activity by activity from the root.
Usage: kobjs [TYPE]
TYPE is an OBJ_* name: kobjs QUEUE lists the queues only."""

    def run(self, arg):
        root = kernel_readable()
        want = OBJ.value(arg) if arg else None
        out = []
        for act, depth in activities(root):
            out.append('%s%s' % ('  ' * depth, obj_line(act)))
            for o in objects_of(act):
                t = int(at(o, 'struct obj')['type'])
                if OBJ(t) == 'ACTIVITY' or (want is not None and t != want):
                    continue
                out.append('%s  %s' % ('  ' * depth, obj_line(o)))
        return out


class KThreads(Cmd):
    """List every thread, walking the activities from the root.
Usage: kthreads
The walk: activity_root(), its objects list, sub-activities depth
first. One line a thread: state, priority, hart, pc, what it waits on."""

    def run(self, arg):
        root = kernel_readable()
        out = []
        for act, depth in activities(root):
            ts = [o for o in objects_of(act) if OBJ(at(o, 'struct obj')['type']) == 'THREAD']
            if ts:
                out.append('%s (depth %d):' % (name_of(act), depth))
                out.extend('  ' + thread_line(t) for t in ts)
        return out or ['no threads']


class RunQ(Cmd):
    """List each hart's current thread and run queues.
Usage: runq
For each hart the kernel started: where it is, its current thread and
its run queues (kern/sched.h: sched_rq[cpu].head[prio], highest first)."""

    def run(self, arg):
        kernel_readable()
        rq = gdb.parse_and_eval('sched_rq')
        cpus = gdb.parse_and_eval('cpus')
        nprio = rq[0]['head'].type.range()[1] + 1
        out = []
        for i in range(ncpus()):
            q, c = rq[i], cpus[i]
            if not c['online']:
                mode = 'offline'
            elif int(c['user_regs']):
                mode = 'user mode'
            else:
                # Where in the kernel: arch_idle_wait is an idle hart.
                pc = live_reg(i, 'pc')
                b = gdb.block_for_pc(pc) if pc is not None else None
                while b is not None and b.function is None:
                    b = b.superblock
                mode = 'kernel, in %s' % b.function.name if b is not None else 'kernel'
            out.append('cpu %d (hartid %d, %s, %d ticks): current %s, top %d'
                       % (i, int(c['hartid']), mode, int(c['ticks']), name_of(q['current']),
                          int(q['top'])))
            for p in range(nprio - 1, -1, -1):
                h = int(q['head'][p])
                if not h:
                    continue
                ts, t = [], h
                while True:
                    ts.append(name_of(t))
                    t = int(at(t, 'struct thread')['rq_next'])
                    if t == h or not t or len(ts) > 10000:
                        break
                out.append('  prio %3d: %s' % (p, ' '.join(ts)))
        return out


class CSpace(Cmd):
    """Walk a capability address the way cap/cspace.c does.
Usage: cspace ADDR [THREAD|SPACE]
From the level-2 table (the thread's space; default: the thread the
selected hart runs) through level 1 and level 0 to the slot in the
capability page found there. Prints each step and the capability, or
the error the kernel would return. ADDR is one word, where abi.h names
work: cspace ROOT_CAPPAGE+64 sched_rq[0].head[128]."""

    def run(self, arg):
        kernel_readable()
        argv = arg.split(None, 1)     # ADDR is one word; the rest is an expression
        if not argv:
            raise gdb.GdbError('usage: cspace ADDR [THREAD|SPACE]')
        caddr = int(_value(argv[0])) & ((1 << 64) - 1)
        who = addr_of(_value(argv[1])) if len(argv) > 1 else current_thread()
        if not who:
            raise gdb.GdbError('this hart has run no thread yet: name one (cspace ADDR THREAD)')
        out = []
        if OBJ(at(who, 'struct obj')['type']) == 'THREAD':
            out.append('space of %s' % name_of(who))
        root = space_of(who)
        out.append('caddr %#x: level-2 index %d, level-1 index %d, level-0 index %d, '
                   'slot %d of the capability page' % (
                       caddr, vpn(caddr, 2), vpn(caddr, 1), vpn(caddr, 0),
                       (caddr & (PAGE_BYTES - 1)) // CAP_SLOT_SIZE))
        if caddr >= USER_ADDR_LIMIT:
            return out + ['-> ERR_CADDR_KERNEL: in the kernel half or not canonical']
        if caddr % CAP_SLOT_SIZE:
            return out + ['-> ERR_CADDR_ALIGN: not a multiple of %d' % CAP_SLOT_SIZE]
        if not root:
            return out + ['-> ERR_NO_SPACE: no address-space root']
        pt = root
        for level in range(PT_LEVELS - 1, -1, -1):
            i = vpn(caddr, level)
            s = pt_slot(at(pt, 'struct pagetable'), i)
            out.append('  level %d %s slot %3d: %s' % (level, name_of(pt), i, cap_line(s)))
            if not int(s['obj']):
                return out + ['-> ERR_NO_TABLE, level %d' % level]
            if level:
                pt = int(s['obj'])
        if OBJ(s['type']) != 'CAPPAGE':
            return out + ['-> ERR_NOT_CAPPAGE: the leaf is a %s' % OBJ(s['type'])]
        cp = at(s['obj'], 'struct cappage')
        n = (caddr & (PAGE_BYTES - 1)) // CAP_SLOT_SIZE
        c = cp['slots'][n]
        out.append('  page    %s slot %3d: %s' % (name_of(s['obj']), n, cap_line(c)))
        if not int(c['obj']):
            out.append('-> the slot is empty (ERR_SLOT_EMPTY where a capability is needed)')
        return out + cap_detail(c)


class USym(Cmd):
    """Show or reorder the user programs' symbol files.
Usage: usym [NAME|load]
Every program links at 0x10000, so gdb knows all of them at once and
takes the first one's symbols for a user pc. usym: list them and name
the program the selected hart's thread runs; usym NAME: put NAME's
symbols first; usym load: take them again from the kernel ELF (after a
rebuild)."""

    def run(self, arg):
        if arg == 'load' or not PROGRAMS:
            find_programs()
            load_user_symbols()
        elif arg:
            if arg not in [p.name for p in PROGRAMS]:
                raise gdb.GdbError('no program %s (%s)' % (arg, ' '.join(p.name for p in PROGRAMS)))
            load_user_symbols(arg)
        out = []
        for i, path in enumerate(_loaded):
            p = [x for x in PROGRAMS if x.path == path][0]
            out.append('%s%-10s %s' % ('* ' if i == 0 else '  ', p.name, path))
        try:
            t = current_thread()
            if t:
                p = program_of(t, int(at(t, 'struct thread')['regs']['sepc']))
                out.append('the selected hart runs %s: %s' % (name_of(t), p.name if p else 'unknown'))
        except (gdb.error, gdb.GdbError):
            pass
        return out


class KPrint(gdb.Command):
    """Print, with kernel memory readable from user mode too.
Usage: kp EXPR
As print EXPR, but while the selected hart is stopped in user mode,
where plain print cannot read the kernel's pages (KernelView):
kp *sched_rq[0].current"""

    def __init__(self):
        super().__init__('kp', gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        with KernelView():
            out = gdb.execute('print ' + arg, to_string=True)
        print(out, end='')


KPrint()


class Abi(gdb.Function):
    """The value of a define from the kernel's headers.
Usage: $abi("NAME")
For expressions and breakpoint conditions gdb evaluates itself, which
know no macros: break ipc_queue_teardown if o->type == $abi("OBJ_QUEUE")."""

    def __init__(self):
        super().__init__('abi')

    def invoke(self, name):
        n = name.string()
        if n not in CONST:
            raise gdb.GdbError('no define %s in %s' % (n, ', '.join(HEADERS)))
        return gdb.Value(CONST[n])


Abi()


# ---- pretty printers ------------------------------------------------------

class _Printer:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        try:
            with KernelView():
                return self.summary()
        except (gdb.MemoryError, gdb.error) as e:
            return '<%s>' % e

    def children(self):
        for f in self.val.type.fields():
            yield f.name, self.val[f.name]


class CapPrinter(_Printer):
    def summary(self):
        return cap_line(self.val)

    def children(self):
        return iter(())


class ThreadPrinter(_Printer):
    def summary(self):
        return thread_line(addr_of(self.val))


class MsgPrinter(_Printer):
    def summary(self):
        return msg_line(addr_of(self.val))


class QueuePrinter(_Printer):
    def summary(self):
        return queue_line(addr_of(self.val))


def _printers():
    pp = gdb.printing.RegexpCollectionPrettyPrinter('kernel')
    pp.add_printer('cap', '^cap$', CapPrinter)
    pp.add_printer('thread', '^thread$', ThreadPrinter)
    pp.add_printer('message', '^message$', MsgPrinter)
    pp.add_printer('queue', '^queue$', QueuePrinter)
    return pp


def _check_layout():
    """The headers and the ELF must be of one build: a stale ELF would make
    every name here wrong without a word."""
    try:
        size = T('struct cap').sizeof
    except gdb.error:
        print('kernel.py: no struct cap in the symbols: load the kernel ELF first')
        return
    if size != CAP_SLOT_SIZE:
        print('kernel.py: warning: struct cap is %d bytes in the ELF, CAP_SLOT_SIZE %d in '
              'kern/abi.h: rebuild' % (size, CAP_SLOT_SIZE))


# Instantiating a gdb.Command registers it.
KCap('kcap'), KObj('kobj'), KThread('kthread'), KMsg('kmsg'), KQueue('kqueue')
KObjs('kobjs'), KThreads('kthreads'), RunQ('runq'), CSpace('cspace'), USym('usym')
gdb.printing.register_pretty_printer(None, _printers(), replace=True)
_check_layout()
try:
    find_programs()
    load_user_symbols()
    if PROGRAMS:
        print('kernel.py: user symbols: %s (all at 0x10000: see usym)' %
              ', '.join(p.name for p in PROGRAMS))
except (OSError, ValueError, gdb.error) as e:
    print('kernel.py: no user symbols: %s' % e)
