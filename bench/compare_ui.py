#!/usr/bin/env python3
"""Key press to repaint, two builds compared in one session: gonogo_bench_ui of each build runs alternately,
ROUNDS times each, and every press of a build is pooled before the median and p99 are taken. What else the
machine does (a disk that stalls for a second, a build elsewhere) then falls on both builds alike, rather than on
whichever happened to run at the time. Reproduce with:

  QT_QPA_PLATFORM=offscreen python3 bench/compare_ui.py ROUNDS ITEMS BEFORE_BENCH AFTER_BENCH

for example: python3 bench/compare_ui.py 6 145 /tmp/before/build/bench/gonogo_bench_ui build/bench/gonogo_bench_ui
(both builds' gonogo_bench_ui must take --samples, which this one added)."""
import os
import subprocess
import sys
import tempfile


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    if len(sys.argv) != 5 or not sys.argv[1].isdigit() or not sys.argv[2].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: compare_ui.py ROUNDS ITEMS BEFORE_BENCH AFTER_BENCH")
    rounds, items = int(sys.argv[1]), sys.argv[2]
    builds = {"before": sys.argv[3], "after": sys.argv[4]}
    for name, path in builds.items():
        if not os.access(path, os.X_OK):
            sys.exit(f"compare_ui.py: the {name} benchmark {path} is not an executable file")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        files = {name: os.path.join(folder, name) for name in builds}
        per_round = {name: [] for name in builds}
        for _ in range(rounds):
            for name, path in builds.items():
                before = sum(1 for _ in open(files[name])) if os.path.exists(files[name]) else 0
                run = subprocess.run([path, "--samples", files[name], items], env=env, capture_output=True, text=True)
                if run.returncode != 0:
                    sys.exit(f"compare_ui.py: {path} failed ({run.returncode}): {run.stderr.strip()}")
                times = [float(line) for line in open(files[name])][before:]
                per_round[name].append(percentile(times, 0.99))
        pooled = {name: [float(line) for line in open(files[name])] for name in builds}
    for name in builds:
        t = pooled[name]
        rounds_text = " ".join(f"{p:.1f}" for p in per_round[name])
        print(f"{name:6}  presses={len(t)}  median={percentile(t, 0.5):.2f} ms  p99={percentile(t, 0.99):.2f} ms  "
              f"max={max(t):.2f} ms  (p99 per round: {rounds_text})")
    ratio = lambda f: percentile(pooled["before"], f) / percentile(pooled["after"], f)
    print(f"before/after  median {ratio(0.5):.2f}x  p99 {ratio(0.99):.2f}x")


if __name__ == "__main__":
    main()
