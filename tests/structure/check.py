#!/usr/bin/python3
"""check.py - the compiler's structure, checked from its objects and sources.

    check.py LIBNNCCORE.a [LIBNNCLLVM.a]

1. Which compiler unit calls which: nm lists each object's defined
   functions (T) and the symbols it needs (U); a U that another unit
   defines as a function is a call from the first unit to the second.
   The graph is printed, and a cycle (a unit calling a unit that calls it
   back, directly or not) fails the check.  Data references do not count:
   the op table's arrays of definitions (ir.c, ast.c) point at the
   families' rows, and the core calls the families' rules only through
   them (docs/design.md, "The op table").
2. Each op's rules live in its one family file: every OP row of
   compiler/ops.def names a family, and its OpDef op_NAME must be defined
   in op_FAMILY.c (BuiltinDef bi_NAME, LossDef loss_NAME, OptimDef
   optim_NAME the same; ACT rows in op_act.c); and an op kind (OP_NAME) is
   named in no source file but ops.def and its family's, except where
   ALLOWED says why.

Exit status 0 when both hold, 1 otherwise.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", "..", "compiler"))

# (op kind, file): the places outside its family that may name an op, and why.
ALLOWED = {
    ("OP_ADD", "autodiff.c"): "the sum of a value's gradient shares is an add",
}


def unit_of(member):
    """'kernel.c.o' -> 'kernel'; the generated parser and lexer keep their names."""
    name = os.path.basename(member)
    for suffix in (".c.o", ".o"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def read_symbols(libs):
    """-> {unit: set of defined functions}, {unit: set of undefined symbols},
    {symbol: unit} for defined data."""
    defined, needed, data = {}, {}, {}
    for lib in libs:
        out = subprocess.run(["nm", "-A", lib], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            # libX.a:member.o:0000000000000000 T name   or   libX.a:member.o:                 U name
            m = re.match(r"^[^:]+:([^:]+):\s*(?:[0-9a-fA-F]+)?\s+([A-Za-z])\s+(\S+)$", line)
            if not m:
                continue
            unit, kind, sym = unit_of(m.group(1)), m.group(2), m.group(3)
            defined.setdefault(unit, set())
            needed.setdefault(unit, set())
            if kind == "T":
                defined[unit].add(sym)
            elif kind == "U":
                needed[unit].add(sym)
            elif kind in "DRB":
                data[sym] = unit
    return defined, needed, data


def call_graph(defined, needed):
    owner = {}
    for unit, syms in defined.items():
        for s in syms:
            owner[s] = unit
    edges = {u: set() for u in defined}
    for unit, syms in needed.items():
        for s in syms:
            callee = owner.get(s)
            if callee and callee != unit:
                edges[unit].add(callee)
    return edges


def cycles(edges):
    """Strongly connected components of more than one unit (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def table_rows():
    """-> [(macro, enum, name, family)] from ops.def."""
    rows = []
    text = open(os.path.join(SRC, "ops.def")).read()
    for m in re.finditer(r"^(ACT|BUILTIN|LOSS|OPTIM|OP)\(\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)", text, re.M):
        rows.append(m.groups())
    return rows


def check_definitions(rows, data):
    bad = []
    prefix = {"OP": "op_", "BUILTIN": "bi_", "LOSS": "loss_", "OPTIM": "optim_"}
    for macro, enum, name, family in rows:
        if macro == "ACT":
            wants = [("op_" + name, "op_act"), ("op_" + name + "_grad", "op_act")]
        else:
            wants = [(prefix[macro] + name, "op_" + family)]
        for sym, unit in wants:
            got = data.get(sym)
            if got != unit:
                bad.append(f"{macro}({enum}): {sym} is defined in {got or 'no unit'}, not {unit}.c")
    return bad


def check_mentions(rows):
    family = {}
    for macro, enum, name, fam in rows:
        if macro == "OP":
            family["OP_" + enum] = "op_" + fam + ".c"
        elif macro == "ACT":
            family["OP_" + enum] = family["OP_" + enum + "_GRAD"] = "op_act.c"
    bad = []
    for f in sorted(os.listdir(SRC)):
        if not (f.endswith(".c") or f.endswith(".h")):
            continue
        text = open(os.path.join(SRC, f)).read()
        for kind in sorted(set(re.findall(r"\bOP_[A-Z0-9_]+\b", text))):
            if kind not in family:   # OP_COUNT, OP_##e in the X-macros
                continue
            if f == family[kind] or (kind, f) in ALLOWED:
                continue
            bad.append(f"{f} names {kind}, whose rules are {family[kind]}'s")
    return bad


def self_test():
    """The checks must be able to fail: a cycle through three units is
    found, a chain is not; a misplaced definition is reported."""
    assert cycles({"kernel": {"gemm"}, "gemm": {"kbuild", "op_act"}, "op_act": {"kernel"},
                   "kbuild": set()}) == [["gemm", "kernel", "op_act"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert check_definitions([("OP", "RELU", "relu", "act")], {"op_relu": "op_dense"})


def main():
    self_test()
    libs = sys.argv[1:]
    if not libs:
        sys.exit(__doc__)
    defined, needed, data = read_symbols(libs)
    edges = call_graph(defined, needed)
    print("which compiler unit calls which (from nm):")
    for u in sorted(edges):
        if edges[u]:
            print(f"  {u:10} -> {', '.join(sorted(edges[u]))}")
    failures = 0
    for comp in cycles(edges):
        print(f"[FAIL] a cycle of calls: {' <-> '.join(comp)}")
        failures += 1
    rows = table_rows()
    for msg in check_definitions(rows, data) + check_mentions(rows):
        print(f"[FAIL] {msg}")
        failures += 1
    if failures == 0:
        print(f"[PASS] no cycle among {len(edges)} units; the rules of {len(rows)} table rows "
              f"are in their families' files")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
