"""The year a time of year named without one takes from a date before it: a date
set beside it to say which it is ("last year, in October"), or a year opening its
sentence ("In 2002, Barrientos wed Koridze on Valentine's Day"). Either way the
year is the other date's, so the value stays inferred (`within`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.temporal.said import NEAREST
from newsbrief.temporal.scan import Candidate, opens_sentence, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Between a date and one set beside it to say which it is: "the year-ago quarter,
# the second quarter", "a year ago, in March", "last year, in October".
_APPOSED = re.compile(r"^\s*,\s*(?:(?:in|on|during)\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}")


def apposed_year(template: str, c: Candidate, before: tuple[Candidate, str] | None) -> str:
    """`template`, when it names a time of year without its year just after a date
    it stands beside, with that date's year: the second names the first, not a time
    nearest the reference date."""
    m = NEAREST.match(template)
    if m is None or before is None:
        return template
    prior, value = before
    year = _YEAR.match(value)
    between = c.match.string[prior.end : c.start]
    if prior.rule.type != "DATE" or year is None or not _APPOSED.match(between):
        return template
    return f"within({m.group('code')},{year.group()}){m.group('suffix')}"


def opening_year(
    template: str, c: Candidate, before: tuple[Candidate, str] | None, doc: Doc
) -> str:
    """`template`, when it names a time of year without its year in a sentence that
    a bare year opens, with no date between ("In 2002, she moved to Paris in March"),
    with that year: the sentence tells of that year. Not a year further in ("She
    died in 2002 and was honored in March": news names the latest March so)."""
    m = NEAREST.match(template)
    if m is None or before is None:
        return template
    prior, value = before
    if prior.rule.type != "DATE" or not re.fullmatch(r"\d{4}", value):
        return template
    year, here = tokens_in(doc, (prior.start, prior.end)), tokens_in(doc, (c.start, c.end))
    if year is None or here is None or not len(year) or not len(here):
        return template
    if year.sent != here.sent or not opens_sentence(year):
        return template
    return f"within({m.group('code')},{value}){m.group('suffix')}"
