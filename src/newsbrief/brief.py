"""The Brief: the one data model between extraction and rendering.

Renderers read these dataclasses only. `Brief.to_dict()` is the public JSON form,
versioned by `SCHEMA_VERSION` and described by `schema/brief.schema.json`.
Every `start`/`end` is a Python string index into `Source.text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.4"

BlockKind = Literal["headline", "heading", "paragraph", "bullet", "quote", "table"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
Origin = Literal["article", "generated"]
Certainty = Literal["exact", "approximate", "unresolved"]
ReferenceSource = Literal["option", "article", "none"]


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article: `text == article[start:end]`."""

    text: str
    start: int
    end: int


@dataclass
class Block:
    """A typed piece of the article.

    `text` is the block's content without Markdown markers (`# `, `- `, `> `), and
    `text == article[start:end]`. Tables keep their cells in `header` and `rows`;
    a bullet written as `Label: text` keeps the label in `label`; a quote introduced
    by a line such as `Trump said:` names that speaker in `speaker`.
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    section: str | None = None
    label: TextSpan | None = None
    speaker: TextSpan | None = None
    header: list[TextSpan] = field(default_factory=list)
    rows: list[list[TextSpan]] = field(default_factory=list)

    @property
    def body(self) -> TextSpan:
        """The block's text after its label (all of it when there is none)."""
        if self.label is None:
            return TextSpan(self.text, self.start, self.end)
        cut = self.label.end - self.start
        rest = self.text[cut:]
        skip = len(rest) - len(rest.lstrip(":–—- \t"))
        return TextSpan(rest[skip:], self.label.end + skip, self.end)


@dataclass
class Source:
    """Where the text came from. `text` is kept so every offset stays checkable."""

    path: str | None
    text: str
    format: str = "text"
    title: str | None = None
    author: str | None = None
    site: str | None = None
    # html: the publication date as the page gives it (a month only stays a month), and
    # where it was read ("meta article:published_time", "JSON-LD datePublished", ...).
    published: str | None = None
    published_from: str | None = None
    language: str | None = None  # the language the text was identified as (ISO 639-1)


@dataclass
class DateExpr:
    """A temporal expression with its TIMEX3 type and value."""

    text: str
    start: int
    end: int
    type: DateType
    value: str

    @property
    def resolved(self) -> bool:
        """False while any part of the value is a placeholder (`X`) or `UNDEF`."""
        return "X" not in self.value and "UNDEF" not in self.value


@dataclass
class Entity:
    name: str
    label: str
    aliases: list[str]
    mentions: list[TextSpan]
    salience: float = 0.0

    @property
    def first_mention(self) -> int:
        return min(m.start for m in self.mentions)


QuoteKind = Literal["direct", "reported", "mixed"]


@dataclass
class Quote:
    """What someone said: `direct` in quotation marks, `reported` ("X said that
    ..."), or `mixed` (reported speech holding a partial quote). `speaker` is the
    resolved name (an entity's name) or the article's description; `speaker_span`
    a mention of that name; `mention_span` the words that attribute this quote (the
    "she" or "Lonechild" next to the cue), None when the quote takes its speaker from
    the quote before it; `cue_span` the speech verb ("said", "according to")."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_span: TextSpan | None = None
    mention_span: TextSpan | None = None
    cue_span: TextSpan | None = None
    kind: QuoteKind = "direct"


@dataclass
class Event:
    """Something that happened or is planned, told in one clause, bullet or table row."""

    text: str
    start: int
    end: int
    predicate: str
    actors: list[str]
    date: DateExpr | None
    block: int


@dataclass
class TimelineEntry:
    date: DateExpr
    event: str
    certainty: Certainty
    sources: list[TextSpan]
    # What of the date the text did not state: "direction" (which Friday), "year",
    # "context" (counted from a date named before), "speech" (said in a quote) or
    # "range" (the first of dates the event is told with: "from 1998 to 2004") or
    # "clause" (the sentence may give the date to another of its parts) or "carried"
    # (a sentence naming no time dated by the one before it) or "lead" (the news
    # the story opens with, dated by the date the article prints for itself).
    inferred: str | None = None


@dataclass
class Item:
    """An At a Glance or Key Takeaways line."""

    text: str
    origin: Origin
    start: int
    end: int


@dataclass
class Warning:
    code: str
    message: str
    spans: list[TextSpan] = field(default_factory=list)


@dataclass
class Brief:
    source: Source
    headline: str | None
    reference_date: dt.date | None
    reference_date_source: ReferenceSource
    blocks: list[Block]
    entities: list[Entity]
    dates: list[DateExpr]
    events: list[Event]
    timeline: list[TimelineEntry]
    at_a_glance: list[Item]
    key_takeaways: list[Item]
    quotes: list[Quote]
    warnings: list[Warning]
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (DESIGN.md's contract)."""
        return {
            "schema_version": self.schema_version,
            "source": _source_dict(self.source),
            "headline": self.headline,
            "reference_date": (
                self.reference_date.isoformat() if self.reference_date is not None else None
            ),
            "reference_date_source": self.reference_date_source,
            "blocks": [_block_dict(b) for b in self.blocks],
            "entities": [
                {
                    "name": e.name,
                    "label": e.label,
                    "aliases": list(e.aliases),
                    "mentions": [_span_dict(m) for m in e.mentions],
                    "first_mention": e.first_mention,
                    "salience": round(e.salience, 4),
                }
                for e in self.entities
            ],
            "dates": [_date_dict(d) for d in self.dates],
            "events": [
                {
                    "text": ev.text,
                    "start": ev.start,
                    "end": ev.end,
                    "predicate": ev.predicate,
                    "actors": list(ev.actors),
                    "date": _date_dict(ev.date) if ev.date is not None else None,
                }
                for ev in self.events
            ],
            "timeline": [
                {
                    "date": {"text": t.date.text, "value": t.date.value, "type": t.date.type},
                    "event": t.event,
                    "certainty": t.certainty,
                    "inferred": t.inferred,
                    "sources": [_span_dict(s) for s in t.sources],
                }
                for t in self.timeline
            ],
            "at_a_glance": [asdict(i) for i in self.at_a_glance],
            "key_takeaways": [asdict(i) for i in self.key_takeaways],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "start": q.start,
                    "end": q.end,
                    "speaker_span": _optional_span(q.speaker_span),
                    "mention_span": _optional_span(q.mention_span),
                    "cue_span": _optional_span(q.cue_span),
                    "kind": q.kind,
                }
                for q in self.quotes
            ],
            "warnings": [
                {"code": w.code, "message": w.message, "spans": [_span_dict(s) for s in w.spans]}
                for w in self.warnings
            ],
        }


def _span_dict(span: TextSpan) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _optional_span(span: TextSpan | None) -> dict[str, Any] | None:
    return _span_dict(span) if span is not None else None


def _date_dict(d: DateExpr) -> dict[str, Any]:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "type": d.type,
        "value": d.value,
        "resolved": d.resolved,
    }


def _source_dict(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"path": source.path, "format": source.format}
    for key in ("title", "author", "site", "published", "published_from", "language"):
        if getattr(source, key) is not None:
            out[key] = getattr(source, key)
    if source.format != "text":
        # Converted input: offsets index the converted text, so it travels along.
        out["text"] = source.text
    return out


def _block_dict(b: Block) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": b.kind,
        "text": b.text,
        "start": b.start,
        "end": b.end,
        "section": b.section,
    }
    if b.label is not None:
        out["label"] = _span_dict(b.label)
    if b.speaker is not None:
        out["speaker"] = _span_dict(b.speaker)
    if b.kind == "table":
        out["header"] = [_span_dict(c) for c in b.header]
        out["rows"] = [[_span_dict(c) for c in row] for row in b.rows]
    return out
