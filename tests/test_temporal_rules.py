"""The extraction rules: every rule's examples, the rule table's order and shape,
and what particular patterns take in or leave out."""

from __future__ import annotations

import datetime as dt
import pkgutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from newsbrief.temporal import rules
from newsbrief.temporal.rules import (
    FAMILIES,
    RULES,
    RULES_BY_NAME,
    Example,
    Rule,
)
from newsbrief.temporal.triggers import triggers_in
from support import found, values

if TYPE_CHECKING:
    from spacy.language import Language


CASES = [(rule, example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize(
    ("rule", "example"), CASES, ids=[f"{r.name}-{i}" for i, (r, _) in enumerate(CASES)]
)
def test_rule_example(nlp: Language, rule: Rule, example: Example) -> None:
    """Each rule finds its examples, with TimeML's extent and the expected value."""
    hits = [f for f in found(nlp, example.sentence) if f.date.text == example.text]
    assert hits, f"{example.text!r} not found in {example.sentence!r}"
    assert hits[0].rule == rule.name
    assert hits[0].date.value == example.value
    assert hits[0].date.type == rule.type


def test_the_results_of_a_quarter_are_of_a_quarter_past(nlp: Language) -> None:
    # Said on 2013-03-22: the results reported in April are the last quarter's, not
    # those of a quarter that has not begun.
    assert values(nlp, "The company will report Q4 results in April.")["Q4"] == "2012-Q4"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("She came home at 9 o’clock at night.", "9 o’clock at night", "2013-03-22T21:00"),
        ("It is due by 6 o'clock this afternoon.", "6 o'clock this afternoon", "2013-03-22T18:00"),
        ("He leaves at 5 o'clock in the morning.", "5 o'clock in the morning", "2013-03-22T05:00"),
    ],
)
def test_a_part_of_the_day_after_o_clock_sets_its_half(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert values(nlp, sentence) == {text: value}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Over the next week-and-a-half, King would argue.", "the next week-and-a-half", "P1W4D"),
        ("For the next year and a half, she worked there.", "the next year and a half", "P1Y6M"),
        ("He was gone a week-and-a-half.", "a week-and-a-half", "P1W4D"),
    ],
)
def test_a_unit_and_a_half_is_a_stretch_of_time_not_the_unit(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    # "the next week and a half" is not next week, however it is hyphenated.
    assert values(nlp, sentence) == {text: value}


def test_a_number_after_a_month_and_its_day_is_a_year_however_old(nlp: Language) -> None:
    # Without it, "August 22" took the paper's year: a confident wrong date.
    assert values(nlp, "He fell at Bosworth on August 22, 1485.") == {
        "August 22, 1485": "1485-08-22"
    }
    assert values(nlp, "It was sealed on 15 June 1215.") == {"15 June 1215": "1215-06-15"}
    # A bare old number is still no year: "1215 people".
    assert values(nlp, "In all, 1215 people signed it.") == {}


def test_a_dash_ends_a_modifier_that_a_hyphen_joins(nlp: Language) -> None:
    # "mid-November" is one expression; in "even earlier -- March 5" the dash sets
    # the date apart from the word before it.
    assert values(nlp, "Sales rose in mid-November.") == {"mid-November": "2012-11"}
    found_dates = values(nlp, "He had not been seen since even earlier -- March 5.")
    assert list(found_dates) == ["March 5"]


def test_every_rule_has_an_example() -> None:
    assert [r.name for r in RULES if not r.examples] == []


def test_every_rule_compiles() -> None:
    # Patterns are compiled on first use: a broken one must fail here, not mid-run.
    for rule in RULES:
        assert rule.regex.pattern
        assert rule.before is None or rule.before.pattern


def test_loading_the_rules_compiles_none_of_them() -> None:
    # Compiling every pattern up front was most of a single article's start-up.
    probe = (
        "from newsbrief.temporal.rules import RULES; "
        "print(sum('regex' in r.__dict__ or 'before' in r.__dict__ for r in RULES))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_the_families_hold_every_rule_once_in_their_order() -> None:
    """RULES is the family modules' rules, each once, family after family: the
    order settles overlaps, so it must be the order the family files show."""
    assert tuple(rule for family in FAMILIES for rule in family.RULES) == RULES
    assert len({id(rule) for rule in RULES}) == len(RULES)
    assert [RULES_BY_NAME[r.name] for r in RULES] == list(RULES)
    modules = {m.name for m in pkgutil.iter_modules(rules.__path__)}
    assert modules - {"rule"} == {family.__name__.rsplit(".", 1)[1] for family in FAMILIES}
    assert [f.__name__.rsplit(".", 1)[1] for f in FAMILIES] == [
        "times", "dates", "relative", "days", "durations",
    ]  # fmt: skip


def test_every_rule_has_triggers() -> None:
    assert all(rule.triggers for rule in RULES)


def test_every_rule_example_holds_what_the_rule_requires() -> None:
    """`requires` only skips text where the rule cannot match."""
    for rule in RULES:
        for e in rule.examples:
            assert rule.requires <= triggers_in(e.sentence), (rule.name, e.sentence)


def test_words_a_rule_needs_are_in_its_pattern_and_examples() -> None:
    """`needs` only skips text where the rule cannot match."""
    for rule in RULES:
        for word in rule.needs:
            assert word in rule.pattern.lower(), (rule.name, word)
            assert all(word in e.sentence.lower() for e in rule.examples), (rule.name, word)


def test_parts_of_day_need_a_time_word_around_them(nlp: Language) -> None:
    """'at 5 in the afternoon' is a time, 'rose 5 in the afternoon' a number; 'the
    night the plane went down' is another day's night."""
    assert values(nlp, "The index rose 5 in the afternoon.") == {"the afternoon": "2013-03-22TAF"}
    assert values(nlp, "Nobody slept in the night the plane went down.") == {}
    assert values(nlp, "Crime rises at night.") == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks could last three weeks.", {"three weeks": "P3W"}),
        ("The trial may last several months.", {"several months": "PXM"}),
        ("Sales fell in the last three weeks.", {"the last three weeks": "P3W"}),
    ],
)
def test_last_the_verb_is_outside_a_duration(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The days of the week are named after gods.", {}),
        ("He died within weeks or months of his capture.", {"weeks": "PXW"}),
        ("Voters went to the polls in the weeks before the vote.", {}),
        ("The deal follows months of negotiations.", {"months": "PXM"}),
    ],
)
def test_bare_plural_units_are_durations_only_of_something(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    assert values(nlp, sentence) == expected


def test_quarter_codes_are_capitals(nlp: Language) -> None:
    assert values(nlp, "The Q3 2012 and q4 results and the H5 and Q7 models.") == {
        "Q3 2012": "2012-Q3"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profit fell in 2012 from the year before.", {"2012": "2012", "the year before": "2011"}),
        (
            "He left on March 3 and returned the day after.",
            {"March 3": "2013-03-03", "the day after": "2013-03-04"},
        ),
        ("She came the week before the vote.", {}),
        ("An attack was on his mind a year before the bombings.", {"a year": "P1Y"}),
    ],
)
def test_a_direction_after_the_unit_dates_only_a_phrase_it_ends(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    """'the year before.' counts from the date told; 'before the vote' from an event."""
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Dow rose on Friday, ending the day at 8,017.",
            {"Friday": "2013-03-22", "the day": "2013-03-22"},
        ),
        ("I end the day with a prayer.", {}),
        ("She set a positive tone for the day.", {}),
        ("For the day of the wedding, she wore red.", {}),
    ],
)
def test_the_day_is_a_market_report_s_day_only_in_its_words(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    """A day ended or closed, or 'For the day,' opening a sentence, is the day told."""
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the last quarter of 2008 it lost money.", {"the last quarter of 2008": "2008-Q4"}),
        ("He scored in the last quarter of the game.", {}),
        ("Sales rose in the latest quarter.", {"the latest quarter": "2012-Q4"}),
    ],
)
def test_the_last_quarter_is_the_latest_only_of_nothing_named(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    """'The last quarter of 2008' is that year's fourth; 'of the game' no quarter of a year."""
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["He stayed for the week before the vote.", "He works during the week."],
)
def test_the_week_is_a_date_only_as_a_report_s_week(nlp: Language, sentence: str) -> None:
    """'For the week' in a market report is its week; another week, or any week, is not."""
    assert "the week" not in values(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dollar rose after six straight days of losses.", {"six straight days": "P6D"}),
        ("Shares fell for three consecutive years.", {"three consecutive years": "P3Y"}),
        ("The loan may be extended for an additional year.", {"an additional year": "P1Y"}),
        ("He won a second straight title.", {}),
    ],
)
def test_a_word_between_a_count_and_its_unit_keeps_the_count(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trading halted at 14:00 UTC on Monday.", {"14:00 UTC on Monday": "2013-03-18T14:00Z"}),
        ("It blew up around 11:20 a.m. (5:20 a.m. ET).",
         {"around 11:20 a.m. (5:20 a.m. ET)": "2013-03-22T11:20"}),
        ("It left at 10:01 a.m. (26 minutes late).",
         {"10:01 a.m.": "2013-03-22T10:01", "26 minutes": "PT26M"}),
    ],
)  # fmt: skip
def test_a_clock_time_takes_its_day_and_its_conversion_after_it(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    """A 24-hour clock's day named after it is its day; a bracketed conversion is the
    same time, not another."""
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The group began over 30 years ago.", {"over 30 years ago": "1983"}),
        ("It opened just under a year ago.", {"just under a year ago": "2012"}),
        # A stretch "over" names is no bound of a time counted back.
        ("Prices rose over two years.", {"two years": "P2Y"}),
    ],
)
def test_over_and_under_bound_a_time_counted_back(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    """ "over 30 years ago" is more than 30 years ago: the bound is in its words, so
    the timeline shows it approximate."""
    assert values(nlp, sentence) == expected


def test_the_same_month_a_year_ago_is_one_date(nlp: Language) -> None:
    found = values(nlp, "Sales fell in January 2012 from the same month a year ago.")
    assert found == {"January 2012": "2012-01", "the same month a year ago": "2011-01"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Support for the plan hovers in the mid-30s.", {}),
        ("She has run since her early 20s.", {}),
        ("Music of the 60's and the '70s played.", {"the 60's": "196", "the '70s": "197"}),
    ],
)
def test_a_decade_without_its_century_needs_an_apostrophe(
    nlp: Language, sentence: str, expected: dict[str, str]
) -> None:
    """A bare 'the mid-30s' is a share, a temperature or an age, not the 1930s."""
    assert values(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Some day, after a modal, a hope or a subject, or opening a sentence.
        ("I hope one day I can win the league.", "FUTURE_REF"),
        ("She hopes to one day become president.", "FUTURE_REF"),
        ("He dreams of one day turning out for Real Madrid.", "FUTURE_REF"),
        ("One day in June 2006, the nightmare arrived.", "PAST_REF"),
        # A day long, or a day that counts from another.
        ("The strike lasted one day.", "P1D"),
        ("The action followed by one day an announcement.", "P1D"),
        ("Prices rose one day after the vote.", "P1D"),
        ("A total of one day was lost.", "P1D"),
        ("One day you're a social worker, the next you're a mechanic.", "P1D"),
    ],
)
def test_one_day_is_some_day_only_where_no_day_is_counted(
    nlp: Language, sentence: str, value: str
) -> None:
    got = {text.lower(): v for text, v in values(nlp, sentence, dt.date(2015, 4, 1)).items()}
    assert got["one day"] == value
