"""Hostile input: every case has a documented outcome, and none gives a traceback.

The table below is the documentation: what `brief extract FILE` does with each kind of
odd input. Inputs that are not articles fail with exit 1 and one line on stderr
naming the input and a code; everything else is briefed, with offsets that slice the
text as decoded. Text from the article never drives the terminal: rich markup prints
literally, control characters (ANSI escapes among them) are shown as `\\x1b`.

The two huge inputs of the issue (a 5 MB line, 50,000 bullets) are checked here at
full size up to annotation (blocks and segments), and end to end at a fiftieth of
the size; set BRIEF_SLOW_TESTS=1 to brief them at full size too (minutes: spaCy's own
speed); `bench/speed.py --hostile` measures their time and memory.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import nlp as nlp_module
from newsbrief.app.cli import app
from newsbrief.blocks import split_blocks
from newsbrief.read.decoding import decode
from support import assert_offsets_slice, deny_reading, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
runner = CliRunner()

FIVE_MB = 5_000_000
BULLETS = 50_000


def words_line(size: int) -> bytes:
    """One line of prose, `size` bytes, no line break: sentences of ordinary words."""
    sentence = b"Officials said the talks in Geneva would resume on Friday after a pause. "
    return (sentence * (size // len(sentence) + 1))[:size]


def bullet_lines(count: int) -> bytes:
    return b"".join(b"- Item %d: envoys met in Geneva on Monday.\n" % i for i in range(count))


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    outcome: str  # what brief does with it, in words
    exit_code: int = 0
    error: str | None = None  # the error code, for inputs that fail


CASES = [
    Case("empty", b"", "refused: empty", 1, "empty"),
    Case("whitespace only", b" \n\t\r\n  \n", "refused: empty", 1, "empty"),
    Case("binary with NUL bytes", bytes(range(256)) * 40, "refused: binary", 1, "binary"),
    Case(
        "invalid UTF-8",
        b"Storm Hits Coast\nWinds \xff\xfe reached 100 mph on Friday.\n",
        "briefed; bad bytes become U+FFFD and a `decoding` warning says how many",
    ),
    Case(
        "UTF-16 with BOM",
        "Storm Hits Coast\nWinds reached 100 mph on Friday, officials said.\n".encode("utf-16"),
        "briefed from the decoded text; offsets index it (the BOM is not part of it)",
    ),
    Case(
        "CRLF line ends",
        b"Storm Hits Coast\r\n\r\nWinds reached 100 mph on Friday.\r\n- Power is out.\r\n",
        "briefed; offsets count the CR of each line end",
    ),
    Case(
        "lone CR line ends",
        b"Storm Hits Coast\rWinds reached 100 mph on Friday.\r- Power is out.\r",
        "briefed; a lone CR ends a line",
    ),
    Case(
        "a 100 KB single line",
        words_line(FIVE_MB // 50),
        "briefed; the line is cut into segments far below spaCy's max_length",
    ),
    Case(
        "1,000 bullet lines",
        bullet_lines(BULLETS // 50),
        "briefed; every bullet is a block",
    ),
    Case(
        "ragged table",
        b"| Date | Event | Note |\n|---|---|\n| 2023 |\n| Oct 2023 | Leaders met | Tokyo | x |\n",
        "briefed; rows keep the cells they have",
    ),
    Case(
        "one-column table",
        b"| Event |\n|---|\n| Leaders met in Tokyo |\n| Talks in Geneva |\n",
        "briefed; a table of one column",
    ),
    Case(
        "lone table delimiter row",
        b"Intro paragraph.\n\n|---|---|\n\nMore text follows here.\n",
        "briefed; the row without cells is no block",
    ),
    Case(
        "unterminated quotes",
        'He said “this never ends.\n\nShe said "and nor does this\n\n> “Open quote\n'.encode(),
        "briefed; an open quote mark is text",
    ),
    Case(
        "zero-width and right-to-left characters",
        (
            "Storm\u200b Hits\u200d Coast\n"
            "\u202eWinds reached\u202c 100 mph on \u2067Friday\u2069.\n"
        ).encode(),
        "briefed; offsets count them; bidi controls are shown as escapes on screen",
    ),
    Case(
        "rich markup",
        b"Alarm Over Coast\n\nOfficials raised the [bold red]Alarm[/] on Friday, "
        b"[link=http://x]Click[/link] residents said.\n",
        "briefed; markup prints literally",
    ),
    Case(
        "ANSI escape sequences",
        b"\x1b[2J\x1b[31mStorm Hits Coast\x1b[0m\n\nWinds \x1b]0;pwned\x07reached 100 mph.\n",
        "briefed; escapes are shown as \\x1b..., never sent to the terminal",
    ),
    Case(
        "one unbroken 150 KB word",
        b"A" * 150_000 + b"\n",
        "briefed; cut at the segment limit where there is no space",
    ),
    Case(
        "a heading padded with 200,000 spaces",
        b"# Storm" + b" " * 200_000 + b"Coast ##\n\nWinds reached 100 mph on Friday.\n",
        "briefed; the heading keeps its words",
    ),
    Case(
        "100,000 nested quote markers",
        b">" * 100_000 + b" deep\n" + b"- " * 30_000 + b"x\n",
        "briefed; nesting beyond Markdown's limit is ignored",
    ),
]


def write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / (case.name.replace(" ", "-").replace(",", "") + ".txt")
    path.write_bytes(case.data)
    return path


def no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_has_its_documented_outcome(tmp_path: Path, case: Case) -> None:
    path = write(tmp_path, case)
    result = runner.invoke(app, ["extract", str(path), "--format", "json"])
    no_traceback(result)
    assert result.exit_code == case.exit_code, (case.outcome, result.output[-500:])
    if case.error is not None:
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"brief: error: {path}: ")
        assert result.stdout == ""
        return
    assert result.stderr == ""
    data = json.loads(result.stdout)
    validate(data)
    text = decode(case.data, str(path)).text
    assert_offsets_slice(data, text)


def test_invalid_utf8_is_replaced_and_warned(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "invalid UTF-8")
    data = json.loads(
        runner.invoke(app, ["extract", str(write(tmp_path, case)), "-f", "json"]).stdout
    )
    (warning,) = [w for w in data["warnings"] if w["code"] == "decoding"]
    assert [s["text"] for s in warning["spans"]] == ["\ufffd", "\ufffd"]


def test_utf16_is_decoded(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "UTF-16 with BOM")
    data = json.loads(
        runner.invoke(app, ["extract", str(write(tmp_path, case)), "-f", "json"]).stdout
    )
    assert data["headline"] == "Storm Hits Coast"
    assert data["blocks"][0]["start"] == 0


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json"])
@pytest.mark.parametrize("name", ["rich markup", "ANSI escape sequences"])
def test_article_text_never_drives_the_terminal(tmp_path: Path, name: str, fmt: str) -> None:
    case = next(c for c in CASES if c.name == name)
    path = write(tmp_path, case)
    # FORCE_COLOR: styled output as on a terminal, where markup and escapes would act.
    result = runner.invoke(app, ["extract", str(path), "-f", fmt], env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0
    out = result.stdout
    for raw in ("\x1b[2J", "\x1b[31m", "\x1b]0;", "\x07"):
        assert raw not in out, raw
    if name == "rich markup":
        assert "[bold red]Alarm[/]" in out.replace("\\", "")
    elif fmt != "json":
        assert "\\x1b" in out


def test_bidi_overrides_are_made_visible_on_screen(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name.startswith("zero-width"))
    result = runner.invoke(app, ["extract", str(write(tmp_path, case))])
    assert result.exit_code == 0
    assert "\u202e" not in result.stdout and "\\u202e" in result.stdout


# --- Inputs that are not articles -------------------------------------------------


def test_missing_path_directory_and_dev_null(tmp_path: Path) -> None:
    (tmp_path / "empty-dir").mkdir()
    for path, code in [
        (tmp_path / "missing.txt", "no such file"),
        (tmp_path / "empty-dir", "is a directory with no articles"),
        (Path(os.devnull), "is empty"),
    ]:
        result = runner.invoke(app, ["extract", str(path)])
        no_traceback(result)
        assert result.exit_code == 1
        (line,) = result.stderr.splitlines()
        assert code in line


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Winds reached 100 mph on Friday.\n")
    if os.geteuid() == 0:  # root reads anything: make reading it fail as it would
        deny_reading(monkeypatch, path)
    else:
        path.chmod(0)
    result = runner.invoke(app, ["extract", str(path), str(SEED), "-f", "json"])
    no_traceback(result)
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["error"]["code"] == "unreadable"
    assert "permission denied" in first["error"]["message"]
    assert second["source"]["path"] == str(SEED)


# --- Huge inputs: never near spaCy's max_length, linear in size ---------------------


@pytest.mark.parametrize(
    "data",
    [words_line(FIVE_MB), bullet_lines(BULLETS), b"A" * FIVE_MB],
    ids=["5 MB single line", "50,000 bullets", "5 MB unbroken word"],
)
def test_huge_inputs_are_cut_into_segments_below_max_length(nlp, data: bytes) -> None:  # type: ignore[no-untyped-def]
    text = data.decode()
    blocks = split_blocks(text)
    pieces = list(nlp_module._pieces(blocks))
    assert max(p.end - p.start for p in pieces) <= nlp_module.MAX_SEGMENT_CHARS < nlp.max_length
    # The segments of each block tile it: nothing is lost or annotated twice.
    by_block: dict[int, list[tuple[int, int]]] = {}
    for p in pieces:
        by_block.setdefault(p.block, []).append((p.start, p.end))
    for i, spans in by_block.items():
        assert spans[0][0] == blocks[i].start and spans[-1][1] == blocks[i].end
        assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    if data.startswith(b"- "):
        assert len(blocks) == BULLETS and all(b.kind == "bullet" for b in blocks)


@pytest.mark.skipif(not os.environ.get("BRIEF_SLOW_TESTS"), reason="set BRIEF_SLOW_TESTS=1")
@pytest.mark.parametrize("make", [lambda: words_line(FIVE_MB), lambda: bullet_lines(BULLETS)])
def test_huge_inputs_are_briefed_end_to_end(tmp_path: Path, make: Callable[[], bytes]) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(make())
    result = runner.invoke(app, ["extract", str(path), "-f", "json"])
    no_traceback(result)
    assert result.exit_code == 0
    assert_offsets_slice(json.loads(result.stdout), path.read_text("utf-8"))


# --- A closed pipe and Ctrl-C end quietly, with or without workers ------------------


def brief_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsbrief", "extract", *args]


# Python's default buffering: with PYTHONUNBUFFERED a write cut short by a closed pipe
# is dropped silently (the text layer does not retry a partial raw write).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def many_articles(tmp_path: Path, count: int = 8) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:02d}.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_exits_141_quietly(tmp_path: Path, jobs: str) -> None:
    """`brief extract ... | head -1`: the reader goes away after one line."""
    proc = subprocess.Popen(
        brief_command(str(many_articles(tmp_path)), "-f", "json", "--jobs", jobs),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert json.loads(first)["source"]["path"].endswith("00.txt")
    assert err == b""


def test_closed_pipe_with_one_big_brief_exits_141(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([SEED.read_text("utf-8")] * 6), "utf-8")
    proc = subprocess.Popen(
        brief_command(str(big), "-f", "json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"{"
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert err == b""


@pytest.mark.parametrize("when", ["while workers start", "mid-run"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_quietly_and_stops_the_workers(
    tmp_path: Path, jobs: str, when: str
) -> None:
    proc = subprocess.Popen(
        brief_command(str(many_articles(tmp_path, 40)), "-f", "json", "--jobs", jobs),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    assert proc.stdout is not None and proc.stderr is not None
    if when == "mid-run":
        proc.stdout.readline()  # workers are busy
    else:
        time.sleep(1.5)  # past Python's start, while the model loads
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group
    proc.stdout.read()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130
    assert err == b"", err.decode()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)  # any process of the group left?
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("worker processes outlived brief")
