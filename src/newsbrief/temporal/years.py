"""The year a time of year named without one takes from the words around it: a
year stated in the same phrase ("March 5 of 2009", "June 16th of last year"),
which is stated, not inferred; the year told last, after "that" ("that
February"); a date set beside it to say which it is ("last year, in October"),
or a year opening its sentence ("In 2002, Barrientos wed Koridze on Valentine's
Day"), where the year is the other date's, so the value stays inferred
(`within`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.temporal.periods import CALENDAR_CODE
from newsbrief.temporal.said import NEAREST
from newsbrief.temporal.scan import Candidate, opens_sentence, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Between a date and one set beside it to say which it is: "the year-ago quarter,
# the second quarter", "a year ago, in March", "last year, in October".
_APPOSED = re.compile(r"^\s*,\s*(?:(?:in|on|during)\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}")
# A month named without its year.
_MONTH = re.compile(r"^near\(\d\d\)$")

# Between a yearless month or day and a year that belongs to the same phrase: "that
# January day in 2011", "March 5 of 2009", "in October, 2011".
_SAME_PHRASE = re.compile(
    r"^(?:\s+(?:day|morning|afternoon|evening|night))?\s*(?:,|\s+in|\s+of)\s*$"
)
# "last year"; "that year", "the following year" (counted from the date before).
_COUNTED_YEAR = re.compile(r"(this|anchor)\(year,([+-]?\d(?:,told)?)\)")


def with_stated_year(c: Candidate, following: list[Candidate]) -> str:
    """`c`'s template, with the year stated in the same phrase if there is one: that
    year, not the one nearest the reference date."""
    template = c.template()
    m = NEAREST.match(template)
    if m is None or not following:
        return template
    after = following[0]
    year = after.template()
    between = c.match.string[c.end : after.start]
    counted = _COUNTED_YEAR.fullmatch(year)
    if counted and re.fullmatch(r"(?:\s+of)?\s+", between):
        # "June 16th of last year", "May 8 of that year": that year, counted.
        code, suffix = m.group("code"), m.group("suffix")
        if CALENDAR_CODE.fullmatch(code):
            return f"{year}-{code}{suffix}"
        # A holiday ("Thanksgiving last year", "Easter of that year"): its day in
        # the year counted.
        fn = "counted" if counted.group(1) == "this" else "incontext"
        return f"{fn}({code},{counted.group(2)}){suffix}"
    if not re.fullmatch(r"\d{4}", year) or not _SAME_PHRASE.match(between):
        return template
    return f"on({m.group('code')},{year}){m.group('suffix')}"


def that_month(template: str, c: Candidate, doc: Doc) -> str:
    """`template`, for a month after "that" ("the assassination of Malcolm X that
    February"), as the month of the year told last, as "that summer" is; not after
    a verb, where "that" opens what it says ("said that February sales rose": the
    parse often takes the other "that" for this one too)."""
    tokens = tokens_in(doc, (c.start, c.end))
    if not _MONTH.match(template) or not tokens:
        return template
    if tokens.start == 0 or doc[tokens.start - 1].lower_ != "that":
        return template
    if tokens.start > 1 and doc[tokens.start - 2].pos_ in ("VERB", "AUX"):
        return template
    return f"incontext({template[5:7]},0,told)"


def year_before(template: str, c: Candidate, before: tuple[Candidate, str] | None, doc: Doc) -> str:
    """`template`, when it names a time of year without its year, with the year of
    the date just before it (`before`, with its value) where that date says which
    year: set beside it ("last year, in October"), or a bare year opening the
    sentence with no date between ("In 2002, she moved to Paris in March"). Not a
    year further in ("She died in 2002 and was honored in March": news names the
    latest March so). Else `template` as it is, the time nearest the reference."""
    m = NEAREST.match(template)
    if m is None or before is None:
        return template
    prior, value = before
    year = _YEAR.match(value)
    if prior.rule.type != "DATE" or year is None:
        return template
    apposed = _APPOSED.match(c.match.string[prior.end : c.start])
    if not apposed and not (value == year.group() and _opens_with(prior, c, doc)):
        return template
    return f"within({m.group('code')},{year.group()}){m.group('suffix')}"


def _opens_with(prior: Candidate, c: Candidate, doc: Doc) -> bool:
    """Whether `prior` opens the sentence `c` is in."""
    opening, here = tokens_in(doc, (prior.start, prior.end)), tokens_in(doc, (c.start, c.end))
    if opening is None or here is None or not len(opening) or not len(here):
        return False
    return opening.sent == here.sent and opens_sentence(opening)
