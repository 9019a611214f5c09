#!/usr/bin/env python3
"""Prints a generated weights.rs as a table: each function's weight at the worst case of its
components (every component at the top of its benchmarked range), with database costs as the
runtime charges them (RocksDbWeight: 25 us per read, 100 us per write).

    python3 scripts/benchmarks/weights-table.py pallets/witnesses/src/weights.rs [REFERENCE_US]

With REFERENCE_US (the total ref-time of pallet-balances' `transfer_keep_alive` in the same
run, in microseconds), a last column gives each total as a multiple of it.
"""
import re
import sys

READ_PS = 25_000_000
WRITE_PS = 100_000_000


def number(text):
    return int(text.replace("_", ""))


def functions(source):
    """Yields (name, body) of each fn in the `SubstrateWeight` impl."""
    start = source.index("impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T>")
    end = source.index("impl WeightInfo for ()")
    section = source[start:end]
    ranges = {}
    for match in re.finditer(
        r"((?:\s*///[^\n]*\n)*)\s*fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", section, re.S
    ):
        docs, name, _params, body = match.groups()
        ranges = {
            c: number(hi)
            for c, _lo, hi in re.findall(r"Component `(\w+)` ranges over `\[(\d+), (\d+)\]`", docs)
        }
        yield name, ranges, body


def worst_case(ranges, body):
    base = re.search(r"Weight::from_parts\(([\d_]+), (\d+)\)", body)
    ref_time, proof = number(base.group(1)), number(base.group(2))
    reads = writes = 0
    for slope, comp in re.findall(r"Weight::from_parts\(([\d_]+), 0\)\.saturating_mul\((\w+)\.into", body):
        ref_time += number(slope) * ranges.get(comp, 0)
    for slope, comp in re.findall(r"Weight::from_parts\(0, (\d+)\)\.saturating_mul\((\w+)\.into", body):
        proof += number(slope) * ranges.get(comp, 0)
    for count in re.findall(r"\.reads\((\d+)_u64\)\)", body):
        reads += number(count)
    for slope, comp in re.findall(r"\.reads\(\((\d+)_u64\)\.saturating_mul\((\w+)\.into", body):
        reads += number(slope) * ranges.get(comp, 0)
    for count in re.findall(r"\.writes\((\d+)_u64\)\)", body):
        writes += number(count)
    for slope, comp in re.findall(r"\.writes\(\((\d+)_u64\)\.saturating_mul\((\w+)\.into", body):
        writes += number(slope) * ranges.get(comp, 0)
    return ref_time, proof, reads, writes


def main(path, reference_us=None):
    source = open(path, encoding="utf-8").read()
    extra = f" {'x transfer':>10}" if reference_us else ""
    print(f"{'function (worst case)':<34} {'execution':>11} {'reads':>6} {'writes':>6} {'total ref-time':>15} {'proof size':>11}{extra}")
    for name, ranges, body in functions(source):
        ref_time, proof, reads, writes = worst_case(ranges, body)
        total = ref_time + reads * READ_PS + writes * WRITE_PS
        label = name + "".join(f" {c}={v}" for c, v in ranges.items())
        ratio = f" {total / 1e6 / reference_us:>9.1f}x" if reference_us else ""
        print(f"{label:<34} {ref_time / 1e6:>9.1f}us {reads:>6} {writes:>6} {total / 1e6:>13.1f}us {proof:>10}B{ratio}")


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "pallets/witnesses/src/weights.rs",
        float(sys.argv[2]) if len(sys.argv) > 2 else None,
    )
