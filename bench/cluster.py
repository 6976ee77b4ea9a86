"""Briefing on a Dask cluster against --jobs on one machine, measured in one run.

    python bench/cluster.py DATA_DIR [--copies 2] [--rounds 2]

(Not named dask.py: with bench/ on the import path, as the benchmarks' own tests put
it, a file of that name would stand in for the Dask package in every worker.)

DATA_DIR holds TimeML documents (`*.tml`, as for bench/speed.py: TimeBank and AQUAINT
give 256 articles); they are written out `--copies` times as article files. The
figures:

- throughput: whole command lines over that folder, JSON Lines to a file: one
  process, `--jobs 2`, and `--scheduler ADDRESS` on a two-worker cluster started on
  127.0.0.1 before timing (as a cluster is, in use: running, its workers' model
  loaded). Best wall time of the rounds; the target is the cluster at 0.85 of
  `--jobs 2` or better. The commands check that the cluster's output is the local
  output, byte for byte.
- overhead: what the cluster path costs per article, apart from briefing: the same
  articles briefed through the Python API by one warm worker of a one-worker cluster
  and in this process with the model loaded, (cluster - local) / articles, in ms.
- a million articles: the cluster's measured throughput per worker, scaled.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from speed import Usage, brief_command, documents, usage, write_articles

TARGET = 0.85


@contextlib.contextmanager
def cluster(workers: int) -> Iterator[str]:
    """A running cluster of `workers` processes on 127.0.0.1, its workers warm."""
    from distributed import Client, LocalCluster

    from newsbrief.app.cluster import ModelPlugin

    local = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.CRITICAL,
    )
    try:
        with Client(local) as client:
            client.register_plugin(ModelPlugin(None))
        yield local.scheduler_address
    finally:
        local.close()


def throughput(folder: Path, work: Path, count: int, rounds: int) -> float:
    """Seconds per article of the cluster's whole command."""
    outputs = {name: work / f"{name}.jsonl" for name in ("one", "jobs2", "cluster")}
    runs: dict[str, list[Usage]] = {name: [] for name in outputs}
    with cluster(2) as address:
        extra = {"one": [], "jobs2": ["--jobs", "2"], "cluster": ["--scheduler", address]}
        for r in range(rounds):
            order = list(outputs) if r % 2 == 0 else list(reversed(outputs))
            for name in order:
                command = ["extract", str(folder), "-f", "json", "-q", "-o", str(outputs[name])]
                runs[name].append(usage(brief_command(*command, *extra[name])))
    same = outputs["cluster"].read_bytes() == outputs["one"].read_bytes()
    best = {name: min(u.wall for u in runs[name]) for name in runs}
    print(f"throughput, {count} articles, whole command (best of {rounds}; {os.cpu_count()} CPUs):")
    for name, label in (("one", "one process"), ("jobs2", "--jobs 2"), ("cluster", "2 workers")):
        print(f"  {label:12} {best[name]:7.1f} s  ({count / best[name]:5.2f} articles/s)")
    ratio = best["jobs2"] / best["cluster"]
    verdict = "met" if ratio >= TARGET else "NOT met"
    print(f"  cluster throughput against --jobs 2: x{ratio:.2f} (target >= {TARGET}: {verdict})")
    print(f"  the cluster's output is the local output byte for byte: {'yes' if same else 'NO'}")
    print(f"  (load average now {os.getloadavg()[0]:.2f})")
    return best["cluster"] / count


def overhead(texts: list[str]) -> None:
    from newsbrief.app import batch
    from newsbrief.app import cluster as on_cluster
    from newsbrief.app.jobs import Job, Settings
    from newsbrief.nlp import load_model, resolve_model_name
    from newsbrief.read import Article
    from newsbrief.render import json as render_json

    def jobs() -> Iterator[Job]:
        return (Job(article=Article(text, None), label="text") for text in texts)

    load_model(resolve_model_name(None))
    best_local = best_remote = float("inf")
    with cluster(1) as address:
        for _ in range(2):
            start = time.perf_counter()
            for _ in batch.run(jobs(), Settings(), render_json.render):
                pass
            best_local = min(best_local, time.perf_counter() - start)
            start = time.perf_counter()
            for _ in on_cluster.run(jobs(), Settings(), render_json.render, address):
                pass
            best_remote = min(best_remote, time.perf_counter() - start)
    per = (best_remote - best_local) / len(texts) * 1000
    print(f"overhead, {len(texts)} articles given as text, one worker against this process:")
    print(f"  local {best_local:6.1f} s, cluster {best_remote:6.1f} s: {per:+.1f} ms an article")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    texts = documents(args.data)
    if not texts:
        print(f"{args.data}: no TimeML documents", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        count = len(texts) * args.copies
        folder = write_articles(texts, work / "articles", count)
        seconds = throughput(folder, work, count, args.rounds)
        overhead(texts)
    per_worker = 1 / (seconds * 2)
    print("a million articles at the measured rate, per worker process (one core each):")
    for cores in (2, 16, 64, 256):
        hours = 1_000_000 / (per_worker * cores) / 3600
        print(f"  {cores:4} cores: {hours:7.1f} h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
