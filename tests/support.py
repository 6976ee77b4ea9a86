"""What tests share: checks of the JSON contract and of offsets that slice the input,
what they build (a tree of files, a brief of hostile text), the temporal
expressions of a text, and the command line run in process."""

from __future__ import annotations

import datetime as dt
import os
import signal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
from typer.testing import CliRunner, Result

import newsbrief
from newsbrief.app.cli import app
from newsbrief.blocks import split_blocks
from newsbrief.brief import (
    Block,
    Brief,
    DateExpr,
    Entity,
    Item,
    Quote,
    Source,
    TextSpan,
    TimelineEntry,
    Warning,
)
from newsbrief.nlp import annotate
from newsbrief.render.json import record_schema, schema
from newsbrief.temporal.extract import Found, found_in
from newsbrief.temporal.rules import EXAMPLE_REFERENCE

if TYPE_CHECKING:
    from spacy.language import Language

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
WIRE = SAMPLES / "wire-prose.txt"
NO_DATES = SAMPLES / "no-dates.txt"
runner = CliRunner()


def validate(data: dict[str, Any]) -> None:
    """Raise if `data` does not follow the published JSON Schema."""
    jsonschema.Draft202012Validator(schema()).validate(data)


def validate_record(record: dict[str, object]) -> None:
    """Raise if `record` is neither a brief nor an error record (`brief schema --record`)."""
    jsonschema.Draft202012Validator(record_schema()).validate(record)


def spans_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object in a brief's JSON that carries text, start and end."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys() and isinstance(node["start"], int):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({k: v for k, v in data.items() if k != "source"})
    return found


def assert_offsets_slice(data: dict[str, Any], text: str) -> None:
    """Every block, entity mention, date, quote and item slices the input at its offsets."""
    for span in spans_of(data):
        assert text[span["start"] : span["end"]] == span["text"], span


def tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Files under `root`, text or bytes, by relative path; returns `root`."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root


HOSTILE = "# [bold red]x[/] \x1b[31mred\x1b[0m | <script> *em* 1. - > `code`\nnext"


def hostile_brief() -> Brief:
    """A brief whose every text is hostile: markup, escapes, Markdown structure."""
    text = HOSTILE
    date = DateExpr("next", len(text) - 4, len(text), "DATE", "XXXX-XX-XX")
    return Brief(
        source=Source("in.txt", text),
        headline=HOSTILE,
        reference_date=None,
        reference_date_source="none",
        blocks=[Block("paragraph", text, 0, len(text))],
        entities=[Entity("[bold]Ann[/]", "PERSON", ["Ann"], [TextSpan(text[2:6], 2, 6)])],
        dates=[date],
        events=[],
        timeline=[TimelineEntry(date, HOSTILE, "unresolved", [TextSpan(text, 0, len(text))])],
        at_a_glance=[Item(HOSTILE, "generated", 0, len(text))],
        key_takeaways=[Item(HOSTILE, "article", 0, len(text))],
        quotes=[Quote(HOSTILE, 0, len(text), "[i]Ann[/i]")],
        warnings=[Warning("x", HOSTILE)],
    )


def found(nlp: Language, text: str, reference: dt.date | None = EXAMPLE_REFERENCE) -> list[Found]:
    """The temporal expressions of `text`, resolved against `reference`."""
    return list(found_in(annotate(nlp, text, split_blocks(text)), reference))


def values(
    nlp: Language, text: str, reference: dt.date | None = EXAMPLE_REFERENCE
) -> dict[str, str]:
    """Each temporal expression of `text` and its value."""
    return {f.date.text: f.date.value for f in found(nlp, text, reference)}


def rows_of(text: str, reference: dt.date = dt.date(2015, 4, 1)) -> list[str]:
    """The events of the timeline of `text`, read on `reference`."""
    return [r.event for r in newsbrief.extract(text, reference_date=reference).timeline]


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    """`brief ARGS...` in this process, with `stdin` as its input."""
    return runner.invoke(app, list(args), input=stdin)


def one_line_error(result: Result) -> str:
    """The one line a failed run writes on stderr (never a traceback)."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Opening `path` fails as for a file without read permission (even for root)."""
    real_open = os.open

    def guarded(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)


def hears_ctrl_c() -> None:
    """For `preexec_fn`: the child takes Ctrl-C as a terminal's foreground job does,
    even when the suite runs as a background job, whose shell made it ignore Ctrl-C
    (and `brief` keeps an ignored Ctrl-C ignored, as background jobs expect)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# An opening sentence that names a person, for quotes attributed after it.
INTRO = "Maria Okafor, a lawyer, leads the women's commission in Saskatchewan. "


def one(quotes: list[Quote], fragment: str) -> Quote:
    """The one quote whose text holds `fragment`."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.kind, q.speaker, q.text) for q in quotes]
    return found[0]
