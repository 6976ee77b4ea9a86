"""What a verb's row tells of what it says: its complement, a quotation before
it, the complements within them, and no row for a frame that says nothing."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "The FAA on Friday announced it would close 149 airport control towers.",
            "The FAA on Friday announced it would close 149 airport control towers",
        ),
        (
            "Davis told CNN on Thursday that the agency would cut 300 jobs.",
            "Davis told CNN on Thursday that the agency would cut 300 jobs",
        ),
        # A quotation before its verb is what was said: the row carries it.
        ('"We will win," he said on Friday.', '"We will win," he said on Friday'),
        (
            '"The agency has to cut costs and we will close 149 towers," Davis told CNN '
            "on Thursday.",
            '"The agency has to cut costs and we will close 149 towers," Davis told CNN '
            "on Thursday",
        ),
        # The complements of the verbs a row takes are part of it in turn.
        ("During the rally Monday, the former president said Obamacare is causing "
         "premiums to rise.",
         "During the rally Monday, the former president said Obamacare is causing "
         "premiums to rise"),
        ("In June, she was just beginning to realize how many people saw the world.",
         "In June, she was just beginning to realize how many people saw the world"),
        ("Military officials declined to say Thursday how many bodies were missing.",
         "Military officials declined to say Thursday how many bodies were missing"),
        ("He told reporters on Friday that he hoped voters would see that the plan works.",
         "He told reporters on Friday that he hoped voters would see that the plan works"),
        # A clause as the subject of one taken ("being gay"), or a relative clause in
        # it, is part of it.
        ("Carson said Wednesday he believes being gay is a choice.",
         "Carson said Wednesday he believes being gay is a choice"),
        ("The mayor said Monday that banning cars downtown was a mistake.",
         "The mayor said Monday that banning cars downtown was a mistake"),
        ("Records show on January 15, more than 1,600 veterans who were new patients "
         "were waiting 60 to 90 days for appointments.",
         "Records show on January 15, more than 1,600 veterans who were new patients "
         "were waiting 60 to 90 days for appointments"),
        ("A Louisiana judge ruled Monday that Robert Durst, the heir charged with "
         "murder, will be held without bail.",
         "A Louisiana judge ruled Monday that Robert Durst, the heir charged with "
         "murder, will be held without bail"),
        # An aside in the middle is part of it, one at the end is not.
        ("On Tuesday, it emerged that Clinton would name Brian Fallon, who has ties "
         "with reporters, to be press secretary.",
         "On Tuesday, it emerged that Clinton would name Brian Fallon, who has ties "
         "with reporters, to be press secretary"),
        ("On Sunday, a negotiator told journalists that Tehran would not send fuel to "
         "Russia, which diplomats had called part of the plan.",
         "On Sunday, a negotiator told journalists that Tehran would not send fuel to "
         "Russia"),
        # ... unless it is inside a quotation, which the row closes.
        ('The Fact Checker wrote in 2008 that Clinton "overstated her role in the peace '
         'process, which was more symbolic than substantive."',
         'The Fact Checker wrote in 2008 that Clinton "overstated her role in the peace '
         'process, which was more symbolic than substantive."'),
        # A clause of time or condition that opens what was said is part of it.
        ("Officials said on Monday that when the storm hit, the levee broke.",
         "Officials said on Monday that when the storm hit, the levee broke"),
        ("The FAA announced on Friday that if funding runs out, it will close 149 towers.",
         "The FAA announced on Friday that if funding runs out, it will close 149 towers"),
        ("Back in 2013, a website noted how every time honorees attended Harvard, it was "
         "mentioned in the profile.",
         "Back in 2013, a website noted how every time honorees attended Harvard, it was "
         "mentioned in the profile"),
        # A time in a complement that dates no row of its own is part of it.
        ("On Saturday, Yaseen said he expected coalition troops to be in Yemen within days.",
         "On Saturday, Yaseen said he expected coalition troops to be in Yemen within days"),
        ("On Monday, a judge ruled that the woman would be freed within days.",
         "On Monday, a judge ruled that the woman would be freed within days"),
        # The parse may make what was said a clause of the letter or the interview.
        ("On Saturday police announced on the department's Facebook page that McCarty was "
         "being charged with murder.",
         "On Saturday police announced on the department's Facebook page that McCarty was "
         "being charged with murder"),
        ("On Thursday Smith told reporters in an interview that he plans to run again.",
         "On Thursday Smith told reporters in an interview that he plans to run again"),
        ("Jolie wrote Tuesday in a New York Times essay that she had opted for the surgery.",
         "Jolie wrote Tuesday in a New York Times essay that she had opted for the surgery"),
    ],
)  # fmt: skip
def test_a_row_holds_what_was_said_and_the_complements_within_it(sentence: str, row: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 22))
    assert [t.event for t in brief.timeline] == [row]


def test_what_was_said_with_a_date_of_its_own_is_its_own_row() -> None:
    sentence = "Hewlett announced last week that it planned to ship a computer early next year."
    brief = newsbrief.extract(sentence, reference_date=dt.date(1989, 10, 27))
    # The bare frame ("Hewlett announced last week") is no row.
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("1990", "it planned to ship a computer early next year")
    ]


def test_a_quotation_before_its_frame_is_told_with_it() -> None:
    # The parse takes the quoted imperative for an adverbial clause of "said".
    text = (
        "\u201cLook at how much African-American communities are suffering from "
        "Democratic control,\u201d he said in August."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2016, 9, 16))
    assert [t.event for t in brief.timeline] == [text.rstrip(".")]


@pytest.mark.parametrize(
    "text",
    [
        # A frame with nothing said is no row: what was said is one, or nothing is.
        "Complicating matters, very few of the bodies have been found whole, Yves Naffrechoux, "
        "captain of rescue operations, told CNN on Friday.",
        "Variety reported last month.",
        "The company will close 40 stores, a source close to the family said Friday.",
        # After a quotation's comma the parse may take the frame for a relative clause.
        'The teen is an "intelligent kid," a man who hired him to write for a digital '
        "currency news website said Wednesday evening.",
        # Whom it was told to, a name or not, is no thing said.
        "The deal is off. Psaki told reporters Wednesday.",
        "Meng told a crowded courtroom Thursday.",
        # A verb of thinking with nothing thought is no row either, however the
        # parse hung what was thought.
        "That we do not want to go back to a time when you have Trump, the big debate, I guess "
        "of today, what's the debate, the birther issue again we're bringing that up, is insane.",
        'I hope in 2017 America says, "President Clinton, thank you."',
        "She would have to have been blessed with the gift of clairvoyance to know back in "
        "2009 that there would some day be controversy surrounding her handling of a siege "
        "of a U.S. diplomatic compound in Libya.",
    ],
)
def test_a_bare_frame_or_thought_is_no_row(text: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert brief.timeline == [], [t.event for t in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("A video was reported Tuesday on social media.", "A video was reported Tuesday"),
        ("The Syrian military claims to have shot down a drone, state media reported Tuesday.",
         "state media reported Tuesday"),
        ("The firm said nothing on Tuesday.", "The firm said nothing on Tuesday"),
        ("He told the truth on Tuesday.", "He told the truth on Tuesday"),
        ("Saudi Arabia told oil companies of a cutback in September.",
         "Saudi Arabia told oil companies of a cutback in September"),
        ("Tonight the voters said otherwise.", "the voters said otherwise"),
        ("The bodies were found in a car, authorities said Saturday.", "found in a car"),
        ("A video posted Tuesday on social media shows the attack.", "A video posted Tuesday"),
        # A relative clause of saying with no relative pronoun: the noun was said.
        ("Earnings will be lower than the 16 cents a share it reported last year.",
         "the 16 cents a share it reported last year"),
        # What was thought: a word, a preposition with more than a time, an object.
        ("Today, we still know very little.", "Today, we still know very little"),
        ("I thought back to our conversation Thursday.",
         "I thought back to our conversation Thursday"),
        ("He knew of the plot in 2009.", "He knew of the plot in 2009"),
        ("Those on the video are not his brothers, but those he knew from 2001 to 2005 are.",
         "he knew from 2001 to 2005"),
        ("Analysts believed last week that the deal was off.",
         "Analysts believed last week that the deal was off"),
    ],
)  # fmt: skip
def test_a_frame_or_thought_that_tells_something_keeps_its_row(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert any(row in t.event for t in brief.timeline), [t.event for t in brief.timeline]


def test_a_complement_within_with_a_date_of_its_own_is_its_own_row() -> None:
    text = "On Monday, she began to realize that the man had fled to Mexico in 2012."
    brief = newsbrief.extract(text, reference_date=dt.date(2016, 10, 4))
    assert sorted(t.event for t in brief.timeline) == [
        "On Monday, she began to realize",
        "the man had fled to Mexico in 2012",
    ]


def test_a_relative_clause_with_a_date_of_its_own_is_not_what_was_said() -> None:
    text = "Officials said Monday that the man who was arrested last week had confessed."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    assert all("last week" not in t.event for t in brief.timeline if t.date.text == "Monday")
    assert any("arrested last week" in t.event for t in brief.timeline)


def test_a_clause_of_what_was_asked_about_is_not_what_was_said() -> None:
    # "about accusations that ...": what the accusations say, told with the question
    # it was asked in, never on its own as what was said; no bare frame either.
    text = "Asked by reporters Sunday about accusations that Walker is a flip-flopper, Cruz smiled."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    rows = [t.event for t in brief.timeline]
    assert rows and all(
        row.startswith("Asked by reporters Sunday about accusations that Walker") for row in rows
    )
