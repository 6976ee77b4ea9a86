"""Temporal expressions: found, typed and normalized to TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsbrief.brief import DateExpr, DateType, TextSpan
from newsbrief.nlp import Annotated
from newsbrief.temporal.tables import MONTHS, SEASONS, WEEKDAYS


@dataclass(frozen=True)
class ReferenceDate:
    date: dt.date
    span: TextSpan


_PUBLISHED = re.compile(
    r"\b(?:published|updated|posted)\s*:?\s*(?:on\s+)?"
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
    re.IGNORECASE,
)


def find_reference_date(doc: Annotated) -> ReferenceDate | None:
    """A date the article states about itself ("Published June 10, 2024")."""
    for block in doc.blocks[:5]:
        m = _PUBLISHED.search(block.text)
        if m and m.group("month").lower() in MONTHS:
            date = dt.date(
                int(m.group("year")), MONTHS[m.group("month").lower()], int(m.group("day"))
            )
            a, b = block.start + m.start(), block.start + m.end()
            return ReferenceDate(date, TextSpan(doc.text[a:b], a, b))
    return None


def _value(text: str, reference: dt.date | None) -> str:
    words = re.findall(r"[a-z]+|\d+", text.lower())
    year = next((w for w in words if len(w) == 4 and w.isdigit()), None)
    relative = "this" in words or year is None
    y = year or (str(reference.year) if reference and relative else "XXXX")
    for w in words:
        if w in SEASONS:
            return f"{y}-{SEASONS[w]}"
    for w in words:
        if w in MONTHS:
            return f"{y}-{MONTHS[w]:02d}"
    for w in words:
        if w in WEEKDAYS:
            return f"{y}-WXX-{WEEKDAYS[w]}"
    return y


def find_dates(doc: Annotated, reference: dt.date | None) -> list[DateExpr]:
    out = []
    for seg in doc.segments:
        for ent in seg.doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                span = seg.span(ent)
                kind: DateType = "TIME" if ent.label_ == "TIME" else "DATE"
                value = _value(ent.text, reference)
                out.append(DateExpr(span.text, span.start, span.end, kind, value))
    return out


def human_date(value: str) -> str:
    return value
