"""A row of a gerund names the doer of the clause it hangs from ("Jordan Spieth …
winning the Valspar Championship on Sunday"), and none where that doer may not be
the gerund's: an object that may be (but the object of a verb of blame or credit
is: "accusing Durst of killing" is Durst's deed), a participle of what the event
brought about, a title, a subject that only points."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsbrief.events.doers import sharing_verb
from newsbrief.events.subjects import SUBJECT_DEPS
from support import rows_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A gerund after a preposition of time: the doer of the verb it hangs from.
        ("Jordan Spieth has Rory McIlroy and the world No. 1 spot firmly in his sights "
         "after winning the Valspar Championship on Sunday.",
         "Jordan Spieth … winning the Valspar Championship on Sunday"),
        # ... a passive one, whose doer is told by a relative clause.
        ("Suu Kyi, a Nobel Peace Prize winner who had spent 15 years under house arrest "
         "before being freed in 2010, invited him to visit her in January 2012.",
         "a Nobel Peace Prize winner … being freed in 2010"),
        # ... after another preposition, when the verb above has no object.
        ("Fazul Mohammed, who was born on the Comoros Islands, was also suspected of "
         "playing a key role in the bombings of U.S. embassies in East Africa in 1998.",
         "Fazul Mohammed … playing a key role in the bombings of U.S. embassies in East "
         "Africa in 1998"),
        # A participle of what the doer did.
        ("Ghani is clearly uncomfortable with the pace of this U.S. troop withdrawal, "
         "telling CBS' \"60 Minutes\" in January that it should be slowed.",
         "Ghani … telling CBS' \"60 Minutes\" in January that it should be slowed"),
        # ... the object of a verb of blame or credit.
        ("She accused the standout driver of grabbing her by the throat and slamming her "
         "head against a wall in his motor home at Dover International Speedway in "
         "September.",
         "the standout driver … slamming her head against a wall in his motor home at "
         "Dover International Speedway in September"),
        ("The District Attorney filed a charge on Monday, accusing Durst of shooting and "
         "killing his close friend Susan Berman in December 2000.",
         "Durst … killing his close friend Susan Berman in December 2000"),
        # ... in front of its sentence, the doer after it.
        ("Campaigning against Mitt Romney in 2012, he barely mentioned climate change.",
         "he … Campaigning against Mitt Romney in 2012"),
        ("After being arrested in spring 2014, Shannon Maureen Conley was one of the first "
         "Americans sentenced for conspiracy to support ISIS.",
         "Shannon Maureen Conley … being arrested in spring 2014"),
    ],
)  # fmt: skip
def test_a_gerund_row_names_the_doer_of_its_clause(text: str, row: str) -> None:
    assert row in rows_of(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A participle of what the event brought about.
        ("Ford has announced sweeping cuts of 21% (168,000 units) in its US and Canadian "
         "production, resulting in the partial closure of ten of its plants during the "
         "fourth quarter.",
         "resulting in the partial closure of ten of its plants during the fourth quarter"),
        # A measure, not a deed.
        ("The federal minimum wage was worth $9.27 in 1963, using July 2013 dollars.",
         "using July 2013 dollars"),
        # What a verb of naming names is no deed of its subject.
        ("His exploits, captured on film and released to the media, have included riding "
         "horses while shirtless, exploring the seafloor in a submersible, handling a "
         "tranquilized tiger and, just last year, earning a karate black belt.",
         "handling a tranquilized tiger and, just last year"),
        # A subject that only points.
        ("This would mark Kim's first official foreign trip since inheriting the "
         "leadership in late 2011.",
         "inheriting the leadership in late 2011"),
        # A verb after the clause in front with two subjects: the parse's guess.
        ("Before running for the Senate in 2012 -- his first campaign for public office -- "
         "Cruz was solicitor general of Texas.",
         "running for the Senate in 2012"),
    ],
)  # fmt: skip
def test_no_doer_where_it_may_be_another(text: str, row: str) -> None:
    rows = rows_of(text)
    assert row in rows, rows


def test_a_title_is_no_gerund_of_a_doer(nlp: Language) -> None:
    """The parse may take a title for a participle ("Waiting for Tonight")."""
    doc = nlp('He wrote the song, "Waiting for Tonight", in 1999.')
    waiting = next(t for t in doc if t.text == "Waiting")
    assert waiting.dep_ == "advcl"
    assert sharing_verb(waiting, SUBJECT_DEPS) is None
    plain = nlp("He wrote the song in 1999, waiting for his turn.")
    assert sharing_verb(next(t for t in plain if t.text == "waiting"), SUBJECT_DEPS) is not None
