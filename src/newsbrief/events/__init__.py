"""Events (predicate, actors, date) and the timeline built from them.

An event is what one clause, one bullet or one table row reports as happening or
planned. Prose is cut into clauses at spaCy's clause heads (a verb that is the
root, a conjunct, a complement or an adverbial clause; an infinitive complement
stays with its verb: "agreed to schedule the trip"). A bullet and a table row are
one event each, dated by their own label or date cell. A date anchors the clause
whose verb governs it; durations, sets and PRESENT/PAST/FUTURE_REF anchor nothing.

The timeline merges the same event told several times — in an article's own
timeline bullets, in a table row, in prose — into one entry with every source,
and warns where the tellings disagree.

- `event.py`: ArticleEvent, and what every kind of event is read for: what it is
  about (concepts), whether it is planned, whether its date anchors it.
- `actors.py`: the entities that can act, looked up in the entity index.
- `mend.py`: date phrases the parse hangs in the wrong place, mended first.
- `clauses.py`: clause events from spaCy's parse.
- `extent.py`: how far a clause's row reaches (its words, and what completes them).
- `carried.py`: a date stated once, carried by the sentences after it.
- `lead.py`: the news a story opens with, dated by the date the article prints.
- `nominal.py`: events a noun tells, dated in its own phrase ("the 1991 agreement").
- `items.py`: bullet and table-row events, and `find_events` over a whole article.
- `merging.py`: which tellings are one event (the same doers, polarity, plan or
  deed, and time), gathered into entries.
- `timeline.py`: the entries dated, sorted, with their warnings.
"""

from __future__ import annotations

from newsbrief.events.event import ArticleEvent
from newsbrief.events.items import find_events
from newsbrief.events.timeline import build_timeline

__all__ = ["ArticleEvent", "build_timeline", "find_events"]
