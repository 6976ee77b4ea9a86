"""Temporal expressions: found, typed and normalized to TIMEX3 values.

- `tables.py`: names and codes (months, weekdays, seasons, units, ...), as data.
- `patterns.py`: the named sub-patterns rules are written in, and their normalizers.
- `rules/`: the extraction rules, one module per family, each rule with examples
  that double as tests.
- `resolve.py`: the one resolver of underspecified values (reference date, tense,
  last mentioned date).
- `tense.py`: a clause's tense from spaCy's parse and morphology.
- `extract.py`: matching, filtering and resolving over an annotated article.
- `reference.py`: the date an article states about itself.
- `values.py`: TIMEX3 date values read back: their one grammar, granularity and
  calendar reading (the days a value allows, where it begins and ends).
- `human.py`: values as a timeline prints them.
"""

from __future__ import annotations

from newsbrief.temporal.extract import TemporalExpr, find_dates
from newsbrief.temporal.human import human_date
from newsbrief.temporal.reference import ReferenceDate, find_reference_date, reference_warning

__all__ = [
    "ReferenceDate",
    "TemporalExpr",
    "find_dates",
    "find_reference_date",
    "human_date",
    "reference_warning",
]
