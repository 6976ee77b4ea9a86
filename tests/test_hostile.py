"""Hostile input: every case has a documented outcome, and none gives a traceback.

The table below is the documentation: what `brief extract FILE` does with each kind of
odd input (the README's "Odd input" rows), each case's `check` asserting what its
row says. Inputs that are not articles fail with exit 1 and one line on stderr
naming the input, and their error code; everything else is briefed, with offsets
that slice the text as decoded. Text from the article never drives the terminal: rich markup prints
literally, control characters (ANSI escapes among them) are shown as `\\x1b`.

The two huge inputs of the issue (a 5 MB line, 50,000 bullets) are checked here at
full size up to annotation (blocks and segments), and end to end at a fiftieth of
the size; set BRIEF_SLOW_TESTS=1 to brief them at full size too (minutes: spaCy's own
speed); `bench/speed.py --only hostile` measures their time and memory.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from typer.testing import CliRunner

import newsbrief
from newsbrief import nlp as nlp_module
from newsbrief.app.cli import app
from newsbrief.blocks import split_blocks
from newsbrief.errors import InputError
from newsbrief.read import fetch
from newsbrief.read.decoding import decode
from newsbrief.read.html import decode_html
from support import assert_offsets_slice, deny_reading, hears_ctrl_c, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
runner = CliRunner()

FIVE_MB = 5_000_000
BULLETS = 50_000
BULLETS_SMALL = BULLETS // 50
WORD_SMALL = 150_000


def words_line(size: int) -> bytes:
    """One line of prose, `size` bytes, no line break: sentences of ordinary words."""
    sentence = b"Officials said the talks in Geneva would resume on Friday after a pause. "
    return (sentence * (size // len(sentence) + 1))[:size]


def bullet_lines(count: int) -> bytes:
    return b"".join(b"- Item %d: envoys met in Geneva on Monday.\n" % i for i in range(count))


Check = Callable[[dict[str, Any], str], None]


def _nothing_more(data: dict[str, Any], text: str) -> None:
    pass


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    outcome: str  # what brief does with it, in words
    exit_code: int = 0
    error: str | None = None  # the error code, for inputs that fail
    check: Check = _nothing_more  # the outcome, asserted on the JSON and decoded text


def kinds_and_texts(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(b["kind"], b["text"]) for b in data["blocks"]]


def cells(row: list[dict[str, Any]]) -> list[str]:
    return [c["text"] for c in row]


def _decoding_warned(data: dict[str, Any], text: str) -> None:
    (warning,) = [w for w in data["warnings"] if w["code"] == "decoding"]
    assert [s["text"] for s in warning["spans"]] == ["\ufffd", "\ufffd"]
    assert "2" in warning["message"]  # how many bytes were replaced
    assert ("paragraph", "Winds \ufffd\ufffd reached 100 mph on Friday.") in kinds_and_texts(data)


def _storm_decoded(data: dict[str, Any], text: str) -> None:
    assert not text.startswith("\ufeff")  # the BOM is not part of the text
    assert data["headline"] == "Storm Hits Coast" and data["blocks"][0]["start"] == 0
    assert [d["text"] for d in data["dates"]] == ["Friday"]


def _storm_lines(data: dict[str, Any], text: str) -> None:
    # Every line end separates: a headline, a paragraph, a bullet, offsets into the
    # text with its CRs.
    assert kinds_and_texts(data) == [
        ("headline", "Storm Hits Coast"),
        ("paragraph", "Winds reached 100 mph on Friday."),
        ("bullet", "Power is out."),
    ]
    assert [d["text"] for d in data["dates"]] == ["Friday"]


def _one_long_block(data: dict[str, Any], text: str) -> None:
    # One block holds the whole line, annotated to its end (each of its sentences
    # names Friday), whatever the segments it was cut into.
    (block,) = data["blocks"]
    assert (block["start"], block["end"]) == (0, len(text.rstrip()))
    fridays = [d for d in data["dates"] if d["text"] == "Friday"]
    assert len(fridays) == text.count("Friday")


def _every_bullet_a_block(data: dict[str, Any], text: str) -> None:
    assert [b["kind"] for b in data["blocks"]] == ["bullet"] * BULLETS_SMALL
    last = f"Item {BULLETS_SMALL - 1}: envoys met in Geneva on Monday."
    assert data["blocks"][-1]["text"] == last
    assert len([d for d in data["dates"] if d["text"] == "Monday"]) == BULLETS_SMALL


def _ragged_rows(data: dict[str, Any], text: str) -> None:
    (table,) = data["blocks"]
    assert table["kind"] == "table"
    assert cells(table["header"]) == ["Date", "Event", "Note"]
    assert [cells(r) for r in table["rows"]] == [
        ["2023"],
        ["Oct 2023", "Leaders met", "Tokyo", "x"],
    ]


def _one_column(data: dict[str, Any], text: str) -> None:
    (table,) = data["blocks"]
    assert table["kind"] == "table" and cells(table["header"]) == ["Event"]
    assert [cells(r) for r in table["rows"]] == [["Leaders met in Tokyo"], ["Talks in Geneva"]]


def _no_cells_no_block(data: dict[str, Any], text: str) -> None:
    assert kinds_and_texts(data) == [
        ("paragraph", "Intro paragraph."),
        ("paragraph", "More text follows here."),
    ]


def _open_marks_are_text(data: dict[str, Any], text: str) -> None:
    assert data["quotes"] == []
    shown = [t for _, t in kinds_and_texts(data)]
    assert shown[0] == "He said \u201cthis never ends."
    assert 'She said "and nor does this' in shown and "\u201cOpen quote" in shown


def _invisible_characters_counted(data: dict[str, Any], text: str) -> None:
    (block,) = data["blocks"]
    assert block["text"] == text.rstrip("\n")  # every invisible character kept, and counted
    (friday,) = data["dates"]
    assert text[friday["start"] : friday["end"]] == "Friday"


def _markup_is_text(data: dict[str, Any], text: str) -> None:
    assert data["headline"] == "Alarm Over Coast"
    assert "[bold red]Alarm[/]" in data["blocks"][1]["text"]
    assert "[link=http://x]Click[/link]" in data["blocks"][1]["text"]


def _escapes_are_text(data: dict[str, Any], text: str) -> None:
    assert [t for _, t in kinds_and_texts(data)] == [
        "\x1b[2J\x1b[31mStorm Hits Coast\x1b[0m",
        "Winds \x1b]0;pwned\x07reached 100 mph.",
    ]


def _one_long_word(data: dict[str, Any], text: str) -> None:
    (block,) = data["blocks"]
    assert (block["kind"], block["start"], block["end"]) == ("paragraph", 0, WORD_SMALL)


def _heading_keeps_its_words(data: dict[str, Any], text: str) -> None:
    assert data["headline"].split() == ["Storm", "Coast"]
    assert data["blocks"][1]["text"] == "Winds reached 100 mph on Friday."


def _deep_nesting_keeps_its_text(data: dict[str, Any], text: str) -> None:
    (quote, bullet) = data["blocks"]
    assert (quote["kind"], quote["text"]) == ("quote", "deep")
    assert bullet["kind"] == "bullet" and bullet["text"].endswith("x")
    assert bullet["end"] == len(text.rstrip("\n"))


CASES = [
    Case("empty", b"", "refused: empty", 1, "empty"),
    Case("whitespace only", b" \n\t\r\n  \n", "refused: empty", 1, "empty"),
    Case("binary with NUL bytes", bytes(range(256)) * 40, "refused: binary", 1, "binary"),
    Case(
        "invalid UTF-8",
        b"Storm Hits Coast\nWinds \xff\xfe reached 100 mph on Friday.\n",
        "briefed; bad bytes become U+FFFD and a `decoding` warning says how many",
        check=_decoding_warned,
    ),
    Case(
        "UTF-16 with BOM",
        "Storm Hits Coast\nWinds reached 100 mph on Friday, officials said.\n".encode("utf-16"),
        "briefed from the decoded text; offsets index it (the BOM is not part of it)",
        check=_storm_decoded,
    ),
    Case(
        "UTF-32 with BOM",
        "Storm Hits Coast\nWinds reached 100 mph on Friday, officials said.\n".encode("utf-32"),
        "briefed from the decoded text; offsets index it (the BOM is not part of it)",
        check=_storm_decoded,
    ),
    Case(
        "CRLF line ends",
        b"Storm Hits Coast\r\n\r\nWinds reached 100 mph on Friday.\r\n- Power is out.\r\n",
        "briefed; offsets count the CR of each line end",
        check=_storm_lines,
    ),
    Case(
        "lone CR line ends",
        b"Storm Hits Coast\rWinds reached 100 mph on Friday.\r- Power is out.\r",
        "briefed; a lone CR ends a line",
        check=_storm_lines,
    ),
    Case(
        "a 100 KB single line",
        words_line(FIVE_MB // 50),
        "briefed; the line is cut into segments far below spaCy's max_length",
        check=_one_long_block,
    ),
    Case(
        "1,000 bullet lines",
        bullet_lines(BULLETS_SMALL),
        "briefed; every bullet is a block",
        check=_every_bullet_a_block,
    ),
    Case(
        "ragged table",
        b"| Date | Event | Note |\n|---|---|\n| 2023 |\n| Oct 2023 | Leaders met | Tokyo | x |\n",
        "briefed; rows keep the cells they have",
        check=_ragged_rows,
    ),
    Case(
        "one-column table",
        b"| Event |\n|---|\n| Leaders met in Tokyo |\n| Talks in Geneva |\n",
        "briefed; a table of one column",
        check=_one_column,
    ),
    Case(
        "lone table delimiter row",
        b"Intro paragraph.\n\n|---|---|\n\nMore text follows here.\n",
        "briefed; the row without cells is no block",
        check=_no_cells_no_block,
    ),
    Case(
        "unterminated quotes",
        'He said “this never ends.\n\nShe said "and nor does this\n\n> “Open quote\n'.encode(),
        "briefed; an open quote mark is text",
        check=_open_marks_are_text,
    ),
    Case(
        "zero-width and right-to-left characters",
        (
            "Storm\u200b Hits\u200d Coast\n"
            "\u202eWinds reached\u202c 100 mph on \u2067Friday\u2069.\n"
        ).encode(),
        "briefed; offsets count them; bidi controls are shown as escapes on screen",
        check=_invisible_characters_counted,
    ),
    Case(
        "rich markup",
        b"Alarm Over Coast\n\nOfficials raised the [bold red]Alarm[/] on Friday, "
        b"[link=http://x]Click[/link] residents said.\n",
        "briefed; markup prints literally",
        check=_markup_is_text,
    ),
    Case(
        "ANSI escape sequences",
        b"\x1b[2J\x1b[31mStorm Hits Coast\x1b[0m\n\nWinds \x1b]0;pwned\x07reached 100 mph.\n",
        "briefed; escapes are shown as \\x1b..., never sent to the terminal",
        check=_escapes_are_text,
    ),
    Case(
        "one unbroken 150 KB word",
        b"A" * WORD_SMALL + b"\n",
        "briefed; cut at the segment limit where there is no space",
        check=_one_long_word,
    ),
    Case(
        "a heading padded with 200,000 spaces",
        b"# Storm" + b" " * 200_000 + b"Coast ##\n\nWinds reached 100 mph on Friday.\n",
        "briefed; the heading keeps its words",
        check=_heading_keeps_its_words,
    ),
    Case(
        "100,000 nested quote markers",
        b">" * 100_000 + b" deep\n" + b"- " * 3_000 + b"x\n",
        "briefed; nesting beyond Markdown's limit is ignored, its text kept",
        check=_deep_nesting_keeps_its_text,
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
        (failure,) = newsbrief.extract_many([path])
        assert isinstance(failure, newsbrief.Failure) and failure.code == case.error
        return
    assert result.stderr == ""
    data = json.loads(result.stdout)
    validate(data)
    text = decode(case.data, str(path)).text
    assert_offsets_slice(data, text)
    case.check(data, text)


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
    if fmt == "json":  # escaped, and the text kept as it is
        texts = [b["text"] for b in json.loads(out)["blocks"]]
        if name == "rich markup":
            assert "[bold red]Alarm[/]" in texts[1]
        else:
            assert "\\u001b[2J" in out and texts[0].startswith("\x1b[2J\x1b[31mStorm")
    elif name == "rich markup":
        assert "[bold red]Alarm[/]" in out.replace("\\", "")
    else:  # the escapes shown where the text is: "Winds \x1b]0;pwned\x07reached"
        shown = out.replace("\\\\", "\\").replace("\\]", "]")
        assert "Winds \\x1b]0;pwned\\x07reached 100 mph." in shown


def test_bidi_overrides_are_made_visible_on_screen(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name.startswith("zero-width"))
    result = runner.invoke(app, ["extract", str(write(tmp_path, case))])
    assert result.exit_code == 0
    assert "\u202e" not in result.stdout and "\\u202e" in result.stdout


# --- Inputs that are not articles -------------------------------------------------


def test_missing_path_and_directory(tmp_path: Path) -> None:
    (tmp_path / "empty-dir").mkdir()
    for path, code in [
        (tmp_path / "missing.txt", "no such file"),
        (tmp_path / "empty-dir", "is a directory with no articles"),
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
        preexec_fn=hears_ctrl_c,
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


# --- Outputs never destroy inputs, special files or earlier results ----------------

SHORT = "Storm Hits Coast\n\nWinds reached 100 mph on Friday, officials said.\n"


def test_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_text(SHORT)
    (tmp_path / "alias.txt").symlink_to(article)
    for output in (article, tmp_path / "alias.txt", tmp_path / "." / "in.txt"):
        result = runner.invoke(app, ["extract", str(article), "-o", str(output)])
        no_traceback(result)
        assert result.exit_code == 2, result.output
        assert "is also an input" in result.stderr
        assert article.read_text() == SHORT
    # An input found in a directory counts as well.
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(article)])
    assert result.exit_code == 2 and article.read_text() == SHORT


def test_output_dir_never_replaces_an_input_reached_through_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "story.txt").write_text(SHORT)
    (tmp_path / "alias").symlink_to(real)
    result = runner.invoke(app, ["extract", str(tmp_path / "alias" / "story.txt"), "-d", str(real)])
    assert result.exit_code == 0, result.output
    assert (real / "story.txt").read_text() == SHORT
    assert "At a Glance" in (real / "story-2.txt").read_text()


def test_output_writes_through_a_fifo_instead_of_replacing_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    article = tmp_path / "in.txt"
    article.write_text(SHORT)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(app, ["extract", str(article), "-f", "json", "-o", str(fifo)])
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["headline"] == "Storm Hits Coast"


def test_output_through_a_link_keeps_the_link_and_the_mode(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_text(SHORT)
    target = tmp_path / "brief.md"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(target)
    result = runner.invoke(app, ["extract", str(article), "-f", "markdown", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and target.read_text().startswith("# Storm Hits Coast")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_output_file_honours_the_umask(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_text(SHORT)
    previous = os.umask(0o027)
    try:
        result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "new.txt")])
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_output_file_is_left_alone_when_nothing_was_briefed(tmp_path: Path) -> None:
    target = tmp_path / "briefs.jsonl"
    target.write_text("keep me")
    missing = [str(tmp_path / "gone.txt"), str(tmp_path / "lost.txt")]
    result = runner.invoke(app, ["extract", *missing, "-f", "json", "-o", str(target)])
    assert result.exit_code == 1
    assert target.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefs.jsonl"]


def test_output_dir_name_clashing_with_a_directory_costs_that_input_only(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "a.md").mkdir(parents=True)
    (news / "a.md" / "b.txt").write_text(SHORT)
    (news / "a.txt").write_text(SHORT)
    (news / "c.txt").write_text(SHORT)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["extract", str(news), "-f", "markdown", "-d", str(out), "-g", "*.txt"]
    )
    no_traceback(result)
    assert result.exit_code == 3
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"brief: error: {out / 'a.md'}: ")
    assert (out / "a.md" / "b.md").is_file() and (out / "c.md").is_file()


def test_sigterm_leaves_no_temporary_file_and_no_warning(tmp_path: Path) -> None:
    target = tmp_path / "out" / "briefs.jsonl"
    target.parent.mkdir()
    proc = subprocess.Popen(
        brief_command(str(many_articles(tmp_path, 40)), "-f", "json", "-j", "2", "-o", str(target)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    deadline = time.monotonic() + 120
    while not any(p.stat().st_size for p in target.parent.iterdir()):  # briefing has begun
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.2)
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert err == b"", err.decode()
    assert list(target.parent.iterdir()) == []


def _raising(texts: list[str]) -> Iterator[str]:
    yield from texts
    raise RuntimeError("the source of articles failed")


def test_extract_many_delivers_what_was_briefed_before_the_articles_fail() -> None:
    import newsbrief

    texts = [SHORT.replace("100", str(n)) for n in range(100, 105)]
    delivered = []
    with pytest.raises(RuntimeError, match="source of articles"):
        for result in newsbrief.extract_many(_raising(texts), jobs=2):
            delivered.append(result)
    assert len(delivered) == 5
    assert all(isinstance(b, newsbrief.Brief) for b in delivered)


# --- Nothing hangs, nothing fills memory -------------------------------------------


def brief_quickly(*args: str, stdin: Any = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    """`brief` in a process of its own, for inputs that would block the test's process."""
    return subprocess.run(
        brief_command(*args), stdin=stdin, capture_output=True, text=True, env=ENV, timeout=60
    )


def test_an_input_larger_than_the_limit_is_refused_while_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(words_line(1024 * 1024 + 1))
    result = runner.invoke(app, ["extract", str(big), str(SEED), "-f", "json", "--max-size", "1"])
    no_traceback(result)
    assert result.exit_code == 1
    first = json.loads(result.stdout.splitlines()[0])
    assert first["error"]["code"] == "too_large"
    assert "1 MB input limit" in first["error"]["message"]


def test_endless_stdin_stops_at_the_limit() -> None:
    with open("/dev/zero", "rb") as zero:
        done = brief_quickly("-", "--max-size", "1", stdin=zero)
    assert done.returncode == 1
    assert (
        done.stderr
        == "brief: error: <stdin>: is larger than the 1 MB input limit (see --max-size)\n"
    )


def test_special_files_given_by_name_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for name, kind in [
        (str(fifo), "a named pipe (FIFO)"),
        ("/dev/zero", "a device"),
        (os.devnull, "a device"),
    ]:
        done = brief_quickly(name, stdin=subprocess.PIPE)
        assert done.returncode == 1, done.stderr
        assert (
            done.stderr
            == f"brief: error: {name}: is {kind}, not a regular file (pipe it into brief instead)\n"
        )


def test_directories_give_regular_files_only(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    os.mkfifo(news / "pipe.txt")
    (news / "zero.txt").symlink_to("/dev/zero")
    done = brief_quickly(str(news))
    assert done.returncode == 1
    assert "is a directory with no articles" in done.stderr


# --- A local web server, and no other address ever contacted ------------------------


class _Hostile(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Callable[[_Hostile], None]]] = {}

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        self.routes[self.path](self)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def page(self) -> None:
        body = (
            b"<html><head><title>Storm Hits Coast</title></head><body><article>"
            + b"<p>Winds reached 100 mph on Friday, officials said in a statement.</p>" * 8
            + b"</article></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def drip_headers(self) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        try:
            for _ in range(200):
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:  # the client gave up, as it should
            pass

    def junk_status(self) -> None:
        self.wfile.write(b"HTTP/1.1 20\x1b[2J\x85\xe2\x80\xae junk\r\n\r\n")


FORBIDDEN = [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://[::ffff:169.254.169.254]/",
    "http://2852039166/",
    "http://0x7f000001:22/",
]


@pytest.fixture(scope="module")
def web() -> Iterator[str]:
    routes: dict[str, Callable[[_Hostile], None]] = {
        "/article": _Hostile.page,
        "/drip": _Hostile.drip_headers,
        "/junk": _Hostile.junk_status,
        "/to-self": lambda h: h.redirect("/article"),
    }
    for i, url in enumerate(FORBIDDEN):
        routes[f"/forbidden/{i}"] = functools.partial(_Hostile.redirect, location=url)
    for scheme in (
        "file:///etc/passwd",
        "ftp://127.0.0.1/a",
        "gopher://127.0.0.1/",
        "data:text/html,<p>x",
    ):
        routes[f"/scheme/{scheme.split(':')[0]}"] = functools.partial(
            _Hostile.redirect, location=scheme
        )
    handler = type("Handler", (_Hostile,), {"routes": routes})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    port = httpd.server_address[1]
    routes["/other-port"] = functools.partial(
        _Hostile.redirect, location=f"http://127.0.0.1:{port + 1}/"
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every connection these tests make goes to 127.0.0.1, or the test fails."""
    attempts: list[object] = []
    real = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        inet = self.family in (socket.AF_INET, socket.AF_INET6)  # not a worker's Unix socket
        if inet and address[0] != "127.0.0.1":
            attempts.append(address)
            raise AssertionError(f"a connection to {address} was attempted")
        real(self, address)

    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    yield attempts
    assert attempts == []


def refused(url: str, **options: Any) -> InputError:
    with pytest.raises(InputError) as err:
        fetch.fetch(url, **options)
    assert "\n" not in err.value.message and err.value.message.startswith(url)
    return err.value


@pytest.mark.parametrize("index", range(len(FORBIDDEN)), ids=FORBIDDEN)
def test_redirects_to_non_public_addresses_are_refused(web: str, index: int) -> None:
    err = refused(f"{web}/forbidden/{index}", allow_private=True)
    assert err.code == "forbidden_address"
    assert f"redirects to {FORBIDDEN[index]}, a " in err.message
    assert err.message.endswith("which is not followed")


def test_a_redirect_to_another_port_of_the_allowed_host_is_refused(web: str) -> None:
    assert refused(f"{web}/other-port", allow_private=True).code == "forbidden_address"
    assert fetch.fetch(f"{web}/to-self", allow_private=True).url == f"{web}/article"


def test_a_private_first_url_needs_the_option(web: str) -> None:
    err = refused(f"{web}/article")
    assert err.message == (
        f"{web}/article: 127.0.0.1 is a loopback address; only public "
        "addresses are read (--allow-private-url allows it)"
    )
    result = runner.invoke(app, ["extract", f"{web}/article", "-f", "json", "--allow-private-url"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["headline"] == "Storm Hits Coast"


@pytest.mark.parametrize("scheme", ["file", "ftp", "gopher", "data"])
def test_a_redirect_to_another_scheme_says_so(web: str, scheme: str) -> None:
    err = refused(f"{web}/scheme/{scheme}", allow_private=True)
    assert err.code == "bad_url"
    assert err.message.endswith(f"redirects to a {scheme}: URL, which is not read")


def test_the_deadline_covers_the_response_headers(web: str) -> None:
    started = time.monotonic()
    err = refused(f"{web}/drip", allow_private=True, timeout=1.0)
    assert err.code == "timeout"
    assert time.monotonic() - started < 5


def test_a_junk_status_line_is_one_visible_line(web: str) -> None:
    result = runner.invoke(app, ["extract", f"{web}/junk", "--allow-private-url"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"brief: error: {web}/junk: ")
    assert not any(c in line for c in "\x1b\x85\u202e\r")


# --- Nothing leaks into a document or a terminal -----------------------------------


def test_markdown_makes_no_link_of_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    from newsbrief.render.markdown import escape

    texts = [
        "Read https://evil.example/a?b=1 now.",
        "Or www.evil.example, or write to someone@evil.example.",
        '<a href="http://evil.example/x">click</a> and &lt;b&gt;',
        "Visit evil-example.com/login today.",
        "| cell | http://evil.example/|pipe |",
    ]
    for text in texts:
        tokens = MarkdownIt("commonmark").enable("table").parse(f"- {escape(text)}\n")
        inline = [t for t in tokens if t.type == "inline"]
        for child in (c for t in inline for c in t.children or []):
            assert child.type not in ("link_open", "html_inline"), (text, child)
            if child.type == "text":  # what linkify would see: no URL, host or address
                assert not re.search(r"://|www\.|@|\.com", child.content), (text, child.content)
    # Words that no renderer links stay plain text.
    for plain in ["news/cnn-0485e4f1.txt", "U.S. officials, e.g. at 3.5 a.m."]:
        assert "`" not in escape(plain)


def test_json_escapes_bidi_and_c1_controls(tmp_path: Path) -> None:
    path = tmp_path / "bidi.txt"
    path.write_text("Storm Hits Coast\n\nWinds \u202ereached\u2066 100\u009b mph on Friday.\n")
    result = runner.invoke(app, ["extract", str(path), "-f", "json"])
    assert result.exit_code == 0
    for raw, escaped in [("\u202e", "\\u202e"), ("\u2066", "\\u2066"), ("\u009b", "\\u009b")]:
        assert raw not in result.stdout and escaped in result.stdout
    assert any("\u202e" in b["text"] for b in json.loads(result.stdout)["blocks"])


def test_a_file_name_cannot_forge_an_error_line(tmp_path: Path) -> None:
    name = tmp_path / "x\nbrief: error: forged\x1b[2J.txt"
    result = runner.invoke(app, ["extract", str(name)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "\\nbrief: error: forged\\x1b[2J.txt: no such file" in line


# --- Clear errors ----------------------------------------------------------------


def test_dev_full_and_an_ascii_terminal_exit_3_in_one_line(tmp_path: Path) -> None:
    article = tmp_path / "in.txt"
    article.write_text("Storm Hits Coast\n\nWinds reached 100 mph on Friday, Zoë said.\n")
    with open("/dev/full", "w") as full:
        for args in (["schema"], ["--help"], ["extract", str(article), str(article), "-j", "2"]):
            done = subprocess.run(
                [sys.executable, "-m", "newsbrief", *args],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                env=ENV,
                timeout=120,
            )
            assert done.returncode == 3, (args, done.stderr)
            assert (
                done.stderr
                == "brief: error: the output cannot be written (No space left on device)\n"
            )
    done = subprocess.run(
        brief_command(str(article), "-f", "markdown"),
        capture_output=True,
        text=True,
        env={**ENV, "PYTHONIOENCODING": "ascii"},
        timeout=120,
    )
    assert done.returncode == 3
    (line,) = done.stderr.splitlines()
    assert line.startswith(
        "brief: error: the output cannot be written (the ascii encoding cannot represent "
    )


@pytest.mark.parametrize(
    "label", ["rot13", "base64", "zlib", "hex", "uu", "bz2", "quopri", "idna", "undefined"]
)
def test_charset_labels_that_are_not_text_encodings_are_unknown(label: str) -> None:
    page = f'<html><head><meta charset="{label}"></head><body><p>Caf\u00e9</p></body></html>'
    text, note = decode_html(page.encode(), "page.html")
    assert "Caf\u00e9" in text and note is None
    text, _ = decode_html(page.encode(), "page.html", label)  # the header's label
    assert "Caf\u00e9" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--glob", ""], "'' is not a file name pattern"),
        (["--reference-date", "0001-01-01"], "0001-01-01 is out of range"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["extract", str(SEED), *args])
    no_traceback(result)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_named(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(SHORT.encode(encoding))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    label = encoding.upper().replace("-LE", "LE").replace("-BE", "BE")
    assert f"looks like {label} text without a byte-order mark" in result.stderr


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda e: e(None), TypeError, "text must be a str, not NoneType"),
        (lambda e: e(b"Winds"), TypeError, "not bytes (decode bytes first)"),
        (lambda e: e(SEED), TypeError, "(to read a file, use extract_many([path]))"),
        (lambda e: e("Winds \ud800 blew"), ValueError, "lone surrogate (U+D800) at offset 6"),
        (lambda e: e(SHORT, reference_date="2024-03-22"), TypeError, "not str"),
        (lambda e: e(SHORT, reference_date=dt.datetime(2024, 3, 22)), TypeError, "not datetime"),
        (lambda e: e(SHORT, reference_date=dt.date(1, 1, 1)), ValueError, "out of range"),
        (lambda e: e(SHORT, glance=0), ValueError, "glance must be at least 1, not 0"),
        (lambda e: e(SHORT, glance=-3), ValueError, "glance must be at least 1, not -3"),
        (lambda e: e(SHORT, glance="3"), TypeError, "glance must be an int"),
    ],
)
def test_the_api_checks_its_arguments(
    call: Callable[..., object], error: type, message: str
) -> None:
    import newsbrief

    with pytest.raises(error) as err:
        call(newsbrief.extract)
    assert message in str(err.value)


def test_extract_many_checks_its_arguments() -> None:
    import newsbrief

    with pytest.raises(TypeError, match="not one str"):
        newsbrief.extract_many("Winds reached 100 mph.")
    with pytest.raises(ValueError, match="glance must be at least 1"):
        newsbrief.extract_many([SHORT], glance=0)


def test_html_given_to_the_api_is_read_as_a_page(nlp) -> None:  # type: ignore[no-untyped-def]
    import newsbrief

    page = (
        "<!doctype html><html><head><title>Storm Hits Coast</title></head><body><article>"
        + "<p>Winds reached 100 mph on Friday, officials said in a statement.</p>" * 6
        + "</article></body></html>"
    )
    brief = newsbrief.extract(page)
    assert brief.source.format == "html" and brief.headline == "Storm Hits Coast"
    assert "<p>" not in brief.source.text
