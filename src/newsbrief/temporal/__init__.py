"""Temporal expressions: found, typed and normalized to TIMEX3 values.

- `tables.py`: names and codes (months, weekdays, seasons, units, ...), as data.
- `patterns.py`: the named sub-patterns rules are written in, and their normalizers.
- `rules/`: the extraction rules, one module per family, each rule with examples
  that double as tests.
- `triggers.py`: where a rule is worth trying (and compiling): the words and digits
  its matches cannot do without.
- `scan.py`: every rule's matches in a text, and the non-overlapping ones kept.
- `filters.py`: matches that spaCy's analysis shows are not temporal; `names.py`
  those that name a work, a thing or an event ("This Week", "the Arab Spring");
  `capitals.py` headlines in title case and months that are someone's name;
  `matches.py` the halves and quarters of a game.
- `values.py`: TIMEX3 values: the one grammar of date values, their granularity
  and calendar reading (the days a value allows, where it begins and ends), and
  duration values.
- `periods.py`: a month, day, season, quarter, half or holiday located in a year.
- `anchored.py`: a value counted from the date told before ("the following year").
- `context.py`: what a value is resolved against (`Context`, `Tense`).
- `resolve.py`: the one resolver of underspecified values (reference date, tense,
  last mentioned date).
- `tense.py`: a clause's tense from spaCy's parse and morphology; `tense_words.py`
  the words it reads it by.
- `extract.py`: the expressions of an annotated article: scanned, filtered and
  resolved in document order (`find_dates`, `TemporalExpr`).
- `said.py`: the time a quotation or a reported "would" counts from, and the tense
  a date is read in.
- `joining.py`: dates joined into a stretch or a list, and a stretch's ends in order.
- `points.py`: the day a count "later" or "earlier" reaches ("died two days later").
- `reference.py`: the date an article states about itself.
- `human.py`: values as a timeline prints them.

Other stages use the expressions of an article (`find_dates`, `TemporalExpr`), its
own date (`find_reference_date`, `dateline_end`, `reference_warning`), the tense a
word is read in (`tense_of`), whether a date opens its sentence (`opens_sentence`),
the rule of the day whose date became its name (`NAMED_DAY_RULE`, "9/11"),
and values on the calendar (`calendar_of`, `date_start`, `date_end`, `relation`,
`granularity`, `human_date`).
"""

from __future__ import annotations

from newsbrief.temporal.extract import TemporalExpr, find_dates
from newsbrief.temporal.human import human_date
from newsbrief.temporal.reference import ReferenceDate, find_reference_date, reference_warning
from newsbrief.temporal.rules.dates import NAMED_DAY_RULE
from newsbrief.temporal.scan import opens_sentence, opens_speech
from newsbrief.temporal.stated import dateline_end
from newsbrief.temporal.tables import HEDGES
from newsbrief.temporal.tense import governing_verb, of_a_source, tense_of
from newsbrief.temporal.tense_words import DEADLINE_VERBS
from newsbrief.temporal.values import calendar_of, date_end, date_start, granularity, relation

__all__ = [
    "DEADLINE_VERBS",
    "HEDGES",
    "NAMED_DAY_RULE",
    "ReferenceDate",
    "TemporalExpr",
    "calendar_of",
    "date_end",
    "date_start",
    "dateline_end",
    "find_dates",
    "find_reference_date",
    "governing_verb",
    "granularity",
    "human_date",
    "of_a_source",
    "opens_sentence",
    "opens_speech",
    "reference_warning",
    "relation",
    "tense_of",
]
