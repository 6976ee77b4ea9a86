"""How fast is brief, and where does its time go? Ratios measured in one run.

    python bench/speed.py DATA_DIR [--rounds 3] [--only pipeline,jobs,startup,memory]
    python bench/speed.py DATA_DIR --only hostile

DATA_DIR holds TimeML documents (`*.tml`, searched recursively; TimeBank and AQUAINT
give 256); each document's article is the text of its <TEXT> element with every tag
removed. The figures:

- pipeline: brief in one process (read, blocks, annotation, extraction, composition,
  JSON) against bare `nlp.pipe` over the same texts with the same model, and the same
  for read+blocks+annotate alone; the model is loaded once, before timing. Rounds
  alternate the measures and the best round of each counts; CPU time is the main
  figure (other processes on the machine do not inflate it), wall time is shown too.
- jobs: `brief extract DIR --format json` with --jobs 2 against --jobs 1 over the
  documents repeated (`--copies`), whole command lines, model loading included.
- startup: `brief --help` and `brief --version`, best of several, and whether they
  import spaCy.
- memory: peak resident memory of `brief extract` over 1,000 articles (the documents
  cycled) against 10 (spread over the range of sizes). Both include the longest
  document, since an article's own size sets part of the peak: the ratio measures
  what accumulates over a run.
- hostile (only when asked): a 5 MB single line and 50,000 bullet lines, briefed by
  the command line, against bare `nlp.pipe` over the same text cut the same way.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SECTIONS = ("pipeline", "jobs", "startup", "single", "memory")
TARGETS = {"pipeline": 1.15, "jobs": 1.6, "startup": 0.25, "single": 1.15, "memory": 1.10}


def documents(root: Path) -> list[str]:
    """The plain text of <TEXT> of every .tml file under root, in path order."""
    texts = []
    for path in sorted(root.rglob("*.tml")):
        element = ET.parse(path).getroot().find("TEXT")
        if element is not None:
            texts.append("".join(element.itertext()))
    return texts


def write_articles(texts: list[str], folder: Path, count: int) -> Path:
    """`count` article files, cycling through texts."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in zip(range(count), itertools.cycle(texts), strict=False):
        (folder / f"{i:05d}.txt").write_text(text, "utf-8")
    return folder


def brief_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsbrief", *args]


@dataclass
class Timer:
    """Best wall and CPU seconds over rounds, per measure."""

    wall: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)

    @contextmanager
    def measure(self, name: str) -> Iterator[None]:
        w, c = time.perf_counter(), time.process_time()
        yield
        self.wall.setdefault(name, []).append(time.perf_counter() - w)
        self.cpu.setdefault(name, []).append(time.process_time() - c)

    def best(self, name: str) -> tuple[float, float]:
        return min(self.cpu[name]), min(self.wall[name])


def verdict(ratio: float, target: float, higher_is_better: bool = False) -> str:
    ok = ratio >= target if higher_is_better else ratio <= target
    sign = ">=" if higher_is_better else "<="
    return f"(target {sign} {target}: {'met' if ok else 'NOT met'})"


# --- pipeline ------------------------------------------------------------------------


def pipeline(texts: list[str], folder: Path, rounds: int, profile: bool) -> None:
    import newsbrief.compose as compose_module
    from newsbrief.app.batch import run
    from newsbrief.app.jobs import Job, Settings
    from newsbrief.blocks import split_blocks
    from newsbrief.nlp import annotate, load_model, resolve_model_name
    from newsbrief.read import read_input
    from newsbrief.render import json as render_json

    name = resolve_model_name()
    nlp = load_model(name)
    paths = [str(p) for p in sorted(folder.glob("*.txt"))]
    print(f"model: {name} {nlp.meta.get('version', '')}; pipes: {', '.join(nlp.pipe_names)}")
    for _ in nlp.pipe(texts[:16]):  # warm up
        pass

    def bare() -> None:
        for _ in nlp.pipe(texts):
            pass

    def front() -> None:
        for path in paths:
            article = read_input(path)
            annotate(nlp, article.text, split_blocks(article.text))

    def whole() -> None:
        jobs = (Job(name=p) for p in paths)
        for _ in run(jobs, Settings(), render_json.render):
            pass

    timer = Timer()
    measures: list[tuple[str, Callable[[], None]]] = [
        ("bare", bare),
        ("front", front),
        ("whole", whole),
    ]
    for r in range(rounds):
        order = measures if r % 2 == 0 else measures[::-1]
        for label, fn in order:
            with timer.measure(label):
                fn()
    bare_cpu, bare_wall = timer.best("bare")
    print(f"pipeline, one process, {len(texts)} articles (best of {rounds} rounds, CPU / wall):")
    print(f"  bare nlp.pipe, one Doc per article   {bare_cpu:7.2f} s / {bare_wall:7.2f} s")
    for label, title in (("front", "read + blocks + annotate"), ("whole", "brief, whole pipeline")):
        cpu, wall = timer.best(label)
        print(
            f"  {title:<36} {cpu:7.2f} s / {wall:7.2f} s   ratio {cpu / bare_cpu:.3f} CPU, "
            f"{wall / bare_wall:.3f} wall {verdict(cpu / bare_cpu, TARGETS['pipeline'])}"
        )
    stages(paths, nlp, compose_module, render_json.render)
    if profile:
        by_module(paths, nlp)


def stages(paths: list[str], nlp: Any, compose_module: Any, render: Callable[..., str]) -> None:
    """Where brief's time goes: its own stages timed around compose's calls."""
    from newsbrief.read import read_input

    spent: dict[str, float] = {"read": 0.0, "blocks": 0.0, "annotate": 0.0, "render": 0.0}

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start

        return wrapper

    original = compose_module.split_blocks, compose_module.annotate
    compose_module.split_blocks = timed("blocks", original[0])
    compose_module.annotate = timed("annotate", original[1])
    total = 0.0
    try:
        for path in paths:
            start = time.process_time()
            article = timed("read", read_input)(path)
            brief = compose_module.compose(article, nlp)
            timed("render", render)(brief)
            total += time.process_time() - start
    finally:
        compose_module.split_blocks, compose_module.annotate = original
    spent["extract + compose"] = total - sum(spent.values())
    shares = ", ".join(f"{k} {v:.2f} s ({v / total:.0%})" for k, v in spent.items())
    print(f"  where brief's CPU time goes: {shares}")


def by_module(paths: list[str], nlp: Any) -> None:
    """Own time per package or newsbrief module, from a profile of the whole pipeline."""
    from newsbrief.compose import compose
    from newsbrief.read import read_input
    from newsbrief.render import json as render_json

    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        render_json.render(compose(read_input(path), nlp))
    profiler.disable()
    totals: dict[str, float] = {}
    for (filename, _, _), row in pstats.Stats(profiler).stats.items():  # type: ignore[attr-defined]
        totals[_group(filename)] = totals.get(_group(filename), 0.0) + row[2]
    grand = sum(totals.values())
    top = sorted(totals.items(), key=lambda kv: -kv[1])[:12]
    print("  profile, own time by module: " + ", ".join(f"{k} {v / grand:.0%}" for k, v in top))


def _group(filename: str) -> str:
    parts = Path(filename).parts
    if "newsbrief" in parts:
        return "newsbrief." + Path(filename).stem
    for package in ("spacy", "thinc", "dateparser", "markdown_it", "rich", "json"):
        if package in parts:
            return package
    return "builtins" if filename == "~" else "other"


# --- jobs --------------------------------------------------------------------------


def jobs(texts: list[str], work: Path, copies: int, rounds: int) -> None:
    folder = write_articles(texts, work / "jobs", len(texts) * copies)
    out = work / "jobs.jsonl"
    count = len(texts) * copies
    runs: dict[int, list[Usage]] = {1: [], 2: []}
    for r in range(rounds):
        for n in (1, 2) if r % 2 == 0 else (2, 1):
            command = ["extract", str(folder), "-f", "json", "--jobs", str(n), "-q", "-o", str(out)]
            runs[n].append(usage(brief_command(*command)))
    one = min(runs[1], key=lambda u: u.wall)
    two = min(runs[2], key=lambda u: u.wall)
    print(f"jobs, {count} articles, whole command (best of {rounds}; {os.cpu_count()} CPUs):")
    print(
        f"  --jobs 1  {one.wall:7.1f} s  ({count / one.wall:5.2f} articles/s), CPU {one.cpu:.1f} s"
    )
    print(
        f"  --jobs 2  {two.wall:7.1f} s  ({count / two.wall:5.2f} articles/s), CPU {two.cpu:.1f} s;"
        f" throughput x{one.wall / two.wall:.2f} "
        f"{verdict(one.wall / two.wall, TARGETS['jobs'], higher_is_better=True)}"
    )
    # On a machine busy with other work, wall time cannot show the gain; the CPU the
    # two workers need against one says what an idle machine would give.
    print(
        f"  CPU time of --jobs 2 against --jobs 1: x{two.cpu / one.cpu:.2f} "
        f"(idle {os.cpu_count()} cores would give about x{2 * one.cpu / two.cpu:.2f}; "
        f"load average now {os.getloadavg()[0]:.2f})"
    )


# --- startup -------------------------------------------------------------------------


def startup(tries: int = 7) -> None:
    print(f"startup (best of {tries}):")
    for args in (["--help"], ["--version"]):
        walls = []
        for _ in range(tries):
            start = time.perf_counter()
            subprocess.run(brief_command(*args), stdout=subprocess.DEVNULL, check=True)
            walls.append(time.perf_counter() - start)
        probe = (
            f"import sys; from newsbrief.app.cli import main; main({args!r}); "
            "print('spacy' in sys.modules, file=sys.stderr)"
        )
        proc = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=False
        )
        imported = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "?"
        best = min(walls)
        print(
            f"  brief {args[0]:<9} {best:.3f} s (median {statistics.median(walls):.3f}); "
            f"imports spaCy: {imported} {verdict(best, TARGETS['startup'])}"
        )


# --- single article -------------------------------------------------------------------

SINGLE_ARTICLE = Path(__file__).resolve().parent.parent / "samples" / "takaichi-visit.txt"


def single(tries: int = 9) -> None:
    """One article from the command line against bare spaCy on the same text, both
    whole processes (interpreter, imports, model load) and alternated, median of each."""
    from newsbrief.nlp import resolve_model_name

    bare = (
        "import sys, spacy; "
        f"spacy.load({resolve_model_name()!r})(open(sys.argv[1], encoding='utf-8').read())"
    )
    commands = {
        "bare": [sys.executable, "-c", bare, str(SINGLE_ARTICLE)],
        "brief": brief_command("extract", str(SINGLE_ARTICLE)),
    }
    # As an installed package runs: its modules compiled to bytecode once (a first,
    # untimed run writes the cache), as spaCy's were when it was installed.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for command in commands.values():
        usage(command, env)
    runs: dict[str, list[Usage]] = {name: [] for name in commands}
    for r in range(tries):
        for name in commands if r % 2 == 0 else reversed(commands):
            runs[name].append(usage(commands[name], env))
    wall = {name: statistics.median(u.wall for u in runs[name]) for name in commands}
    cpu = {name: statistics.median(u.cpu for u in runs[name]) for name in commands}
    print(f"single article, {SINGLE_ARTICLE.name}, whole process (median of {tries}):")
    print(f"  bare spacy.load + nlp(text)  {wall['bare']:.2f} s wall, {cpu['bare']:.2f} s CPU")
    ratio = cpu["brief"] / cpu["bare"]
    print(
        f"  brief extract                {wall['brief']:.2f} s wall, {cpu['brief']:.2f} s CPU; "
        f"ratio {wall['brief'] / wall['bare']:.3f} wall, {ratio:.3f} CPU "
        f"{verdict(ratio, TARGETS['single'])}"
    )


# --- memory --------------------------------------------------------------------------


# Runs a command from a small, fresh process and reports its resource use: measured
# from the benchmark process itself, a child's peak memory would count the pages it
# shared with this (large) process before exec. The command gets a session of its own,
# and the CPU time of every process in it is sampled from /proc (Linux): worker
# processes are children of a fork server, not of the command, so the command's own
# rusage does not count them.
_USAGE = """
import json, os, sys, time
TICK = os.sysconf("SC_CLK_TCK")

def session_cpu(sid, seen):
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid:  # session id
                seen[entry] = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime

start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ, setsid=True)
seen = {}
while True:
    done, status, use = os.wait4(pid, os.WNOHANG)
    if done:
        break
    if os.path.isdir("/proc"):
        session_cpu(pid, seen)
    time.sleep(0.1)
others = sum(cpu for p, cpu in seen.items() if int(p) != pid)
print(json.dumps({"wall": time.perf_counter() - start,
                  "cpu": use.ru_utime + use.ru_stime + others,
                  "rss_kb": use.ru_maxrss, "code": os.waitstatus_to_exitcode(status)}))
"""


@dataclass(frozen=True)
class Usage:
    wall: float  # seconds
    cpu: float  # user + system seconds of the command and every process it started
    rss_mb: float  # peak resident memory of the command's own process
    code: int


def usage(command: list[str], env: dict[str, str] | None = None) -> Usage:
    proc = subprocess.run(
        [sys.executable, "-c", _USAGE, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        check=True,
        env={**(os.environ if env is None else env), "PYTHONUNBUFFERED": ""},
    )
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    kb = data["rss_kb"] / (1024 if sys.platform == "darwin" else 1)
    return Usage(data["wall"], data["cpu"], kb / 1024, data["code"])


def memory(texts: list[str], work: Path) -> None:
    by_size = sorted(texts, key=len, reverse=True)
    small = write_articles(by_size[:: max(1, len(texts) // 10)][:10], work / "mem10", 10)
    large = write_articles(texts, work / "mem1000", 1000)
    out = work / "memory.jsonl"
    a = usage(brief_command("extract", str(small), "-f", "json", "-q", "-o", str(out)))
    b = usage(brief_command("extract", str(large), "-f", "json", "-q", "-o", str(out)))
    print("memory, peak resident, --jobs 1:")
    print(f"  10 articles     {a.rss_mb:7.1f} MB  ({a.wall:.1f} s)")
    print(
        f"  1,000 articles  {b.rss_mb:7.1f} MB  ({b.wall:.1f} s)   ratio "
        f"{b.rss_mb / a.rss_mb:.3f} {verdict(b.rss_mb / a.rss_mb, TARGETS['memory'])}"
    )


# --- hostile -------------------------------------------------------------------------


def hostile(work: Path) -> None:
    from newsbrief.blocks import split_blocks
    from newsbrief.nlp import _pieces, annotate, load_model, resolve_model_name

    sentence = "Officials said the talks in Geneva would resume on Friday after a pause. "
    cases = {
        "5 MB single line": (sentence * (5_000_000 // len(sentence) + 1))[:5_000_000],
        "50,000 bullet lines": "".join(
            f"- Item {i}: envoys met in Geneva on Monday.\n" for i in range(50_000)
        ),
    }
    nlp = load_model(resolve_model_name())
    print("hostile inputs (wall time; the model's own loading is included in the command's):")
    for name, text in cases.items():
        pieces = [text[p.start : p.end] for p in _pieces(split_blocks(text))]
        # Batches of about 20,000 characters, as brief makes them: spaCy's default of 1,000
        # segments of 20,000 characters would need gigabytes.
        size = max(1, min(1000, 20_000 * len(pieces) // len(text)))
        start = time.perf_counter()
        for _ in nlp.pipe(pieces, batch_size=size):
            pass
        bare = time.perf_counter() - start
        start = time.perf_counter()
        annotate(nlp, text, split_blocks(text))
        front = time.perf_counter() - start
        path = work / "hostile.txt"
        path.write_text(text, "utf-8")
        out = work / "hostile.json"
        run = usage(brief_command("extract", str(path), "-f", "json", "-o", str(out)))
        print(
            f"  {name}: bare nlp.pipe over its {len(pieces):,} segments {bare:.1f} s; "
            f"blocks + annotate {front:.1f} s (ratio {front / bare:.2f}); whole command "
            f"{run.wall:.1f} s (ratio {run.wall / bare:.2f}), peak {run.rss_mb:.0f} MB, "
            f"exit {run.code}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder of TimeML .tml files")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per timed measure")
    parser.add_argument("--copies", type=int, default=2, help="repeats of the documents (jobs)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--profile", action="store_true", help="also profile by module")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"speed: {args.data}: no such folder (give the TimeML data's path)", file=sys.stderr)
        return 2
    texts = documents(args.data)
    if not texts:
        print(f"speed: {args.data}: no .tml documents with a <TEXT> element", file=sys.stderr)
        return 2
    only = set(args.only.split(","))
    print(
        f"{len(texts)} articles, {sum(map(len, texts)):,} characters; Python "
        f"{sys.version.split()[0]}; load average {os.getloadavg()[0]:.2f}"
    )
    work = Path(tempfile.mkdtemp(prefix="brief-speed-"))
    try:
        corpus = write_articles(texts, work / "corpus", len(texts))
        if "pipeline" in only:
            pipeline(texts, corpus, args.rounds, args.profile)
        if "jobs" in only:
            jobs(texts, work, args.copies, max(1, args.rounds - 1))
        if "startup" in only:
            startup()
        if "single" in only:
            single()
        if "memory" in only:
            memory(texts, work)
        if "hostile" in only:
            hostile(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash must not leave core files
    sys.exit(main())
