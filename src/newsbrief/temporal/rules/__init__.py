"""Extraction rules, as data, one module per family (as HeidelTime keeps one
resource file per type).

- `rule.py`: what a rule is (Rule, Example, `ex`), how its template is filled,
  and the pattern pieces several rules share.
- `times.py`: times of day.
- `dates.py`: full dates, months, seasons, quarters and halves, years, decades,
  centuries.
- `relative.py`: dates counted from the reference date or the date last
  mentioned.
- `days.py`: weekdays and weekends, holidays.
- `durations.py`: rates, durations and sets.

Where matches overlap the longest wins, then the rule listed first: `RULES` is the
families in this order, each in its own order, and that order is part of what the
rules say.
"""

from __future__ import annotations

from newsbrief.temporal.rules import dates, days, durations, relative, times
from newsbrief.temporal.rules.rule import EXAMPLE_REFERENCE, Example, Rule, ex

# The families in the order their rules are tried.
FAMILIES = (times, dates, relative, days, durations)

RULES: tuple[Rule, ...] = (
    *times.RULES,
    *dates.RULES,
    *relative.RULES,
    *days.RULES,
    *durations.RULES,
)

RULES_BY_NAME = {rule.name: rule for rule in RULES}

__all__ = ["EXAMPLE_REFERENCE", "FAMILIES", "RULES", "RULES_BY_NAME", "Example", "Rule", "ex"]
