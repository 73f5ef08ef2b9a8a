"""Measures what the Python wrapper costs per article over the command.

    python3 python/bench/overhead.py [-runs 5] [-j N] CORPUS.jsonl

Runs, alternately and on the same corpus, ``whosaid -input jsonl -format
jsonl -offsets runes`` on its records cut to ``{"id", "text"}`` (in a
temporary file, so that the command reads what the wrapper sends; output to
/dev/null) and
``whosaid.attribute_many`` over its records (read and decoded by Python, each
result built into an Article), and prints the time of each run, the median
of each side, the wrapper's overhead per article in µs and the ratio. The
wrapper's time includes reading the corpus with json.loads, which the
command does itself; that part is timed alone as well.

On a shared machine wall-clock times are noisy, so it also counts CPU time:
the command's (its rusage), and for the wrapper Python's own plus that of
its whosaid process (from /proc).
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import whosaid  # noqa: E402


def records(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                yield (d["id"], d["text"])


def proc_cpu(pid):
    """CPU seconds used so far by a running process (Linux)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-runs", type=int, default=5)
    ap.add_argument("-j", type=int, default=os.cpu_count())
    ap.add_argument("corpus")
    a = ap.parse_args()
    binary = whosaid.find_binary()
    n = 0
    cut = tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8")
    for id, text in records(a.corpus):
        cut.write(json.dumps({"id": id, "text": text}) + "\n")
        n += 1
    cut.flush()
    cli, wrap, read = [], [], []
    cli_cpu, py_cpu, go_cpu, read_cpu = [], [], [], []
    with whosaid.Attributor(binary, jobs=a.j) as attributor:
        next(attributor.attribute_many(["Warm up."]))
        for run in range(a.runs):
            t, cc = time.perf_counter(), child_cpu()
            with open(cut.name, "rb") as f:
                subprocess.run([binary, "-input", "jsonl", "-format", "jsonl", "-offsets", "runes", "-j", str(a.j)],
                               stdin=f, stdout=subprocess.DEVNULL, check=False)
            cli.append(time.perf_counter() - t)
            cli_cpu.append(child_cpu() - cc)

            t, pc, gc = time.perf_counter(), time.process_time(), proc_cpu(attributor.pid)
            count = sum(1 for _ in attributor.attribute_many(records(a.corpus)))
            wrap.append(time.perf_counter() - t)
            py_cpu.append(time.process_time() - pc)
            go_cpu.append(proc_cpu(attributor.pid) - gc)
            assert count == n, (count, n)

            t, pc = time.perf_counter(), time.process_time()
            sum(1 for _ in records(a.corpus))
            read.append(time.perf_counter() - t)
            read_cpu.append(time.process_time() - pc)
            print(f"run {run + 1}: command {cli[-1]:.3f} s (cpu {cli_cpu[-1]:.2f}), wrapper {wrap[-1]:.3f} s "
                  f"(cpu: python {py_cpu[-1]:.2f}, whosaid {go_cpu[-1]:.2f}), reading the corpus {read[-1]:.3f} s",
                  flush=True)
    c, w, r = statistics.median(cli), statistics.median(wrap), statistics.median(read)
    print(f"{n} articles, -j {a.j}, median of {a.runs} runs:")
    print(f"  command  {c:.3f} s  ({c / n * 1e6:.0f} µs/article)")
    print(f"  wrapper  {w:.3f} s  ({w / n * 1e6:.0f} µs/article), of which reading the corpus {r:.3f} s")
    print(f"  overhead {(w - c) / n * 1e6:.0f} µs/article ({(w - r - c) / n * 1e6:.0f} without reading the corpus), "
          f"ratio wrapper/command {w / c:.3f}")
    cc, pc, gc = statistics.median(cli_cpu), statistics.median(py_cpu), statistics.median(go_cpu)
    rc = statistics.median(read_cpu)
    print(f"  cpu: command {cc / n * 1e6:.0f} µs/article; wrapper: its whosaid {gc / n * 1e6:.0f} µs/article, "
          f"python {pc / n * 1e6:.0f} µs/article of which reading the corpus {rc / n * 1e6:.0f}")
    print(f"  cpu overhead {(pc - rc + gc - cc) / n * 1e6:.0f} µs/article (python without reading the corpus, "
          f"plus its whosaid minus the command), ratio (python + its whosaid)/command {(pc + gc) / cc:.3f}, "
          f"{(pc - rc + gc) / cc:.3f} without reading the corpus")


if __name__ == "__main__":
    main()
