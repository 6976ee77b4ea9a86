"""What every kind of event is read for; here, the dates events are dated by."""

from __future__ import annotations

from newsbrief.events.event import anchors, event_dates
from newsbrief.temporal import TemporalExpr


def test_a_count_later_dates_events_by_the_day_it_reaches() -> None:
    on = TemporalExpr("March 3", 28, 35, "DATE", "2015-03-03", "date_month_day", "near(03-03)")
    later = TemporalExpr(
        "Four days", 38, 47, "DURATION", "P4D", "duration", "dur(4,day)",
        reached=("2015-03-07", " later"),
    )  # fmt: skip
    vague = TemporalExpr("A few days", 90, 100, "DURATION", "PXD", "duration", "dur(X,day)")
    dated = event_dates([on, later, vague])
    assert dated[0] is on and dated[2] is vague
    assert (dated[1].text, dated[1].start, dated[1].end) == ("Four days later", 38, 53)
    assert (dated[1].type, dated[1].value) == ("DATE", "2015-03-07")
    assert dated[1].inferred == "context"  # counted from the day told before


def test_only_a_calendar_time_anchors_an_event() -> None:
    def expr(value: str) -> TemporalExpr:
        return TemporalExpr("x", 0, 1, "DATE", value, "rule", value)

    assert anchors(expr("2015-03-03")) and anchors(expr("2015-W10"))
    assert not anchors(expr("PRESENT_REF")) and not anchors(expr("PAST_REF"))
    assert not anchors(None)
