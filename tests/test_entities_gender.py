"""Gender evidence, and its two aggregations: per mention and per person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsbrief.brief import Entity
from newsbrief.entities.gender import (
    agreed_gender,
    apposition_genders,
    mention_gender,
    noun_gender,
    person_genders,
    pronoun_gender,
    subject_pronoun_gender,
    title_gender,
)
from newsbrief.nlp import Annotated, Segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def parsed(annotated_of: Callable[[str], Annotated], text: str) -> Doc:
    return annotated_of(text).segments[0].doc


def test_titles_nouns_and_pronouns_that_tell_a_gender(annotated_of: Any) -> None:
    assert title_gender("mr") == "m"
    assert title_gender("mrs") == title_gender("ms") == "f"
    assert title_gender("president") is None
    assert title_gender(None) is None
    assert pronoun_gender("she") == pronoun_gender("her") == "f"
    assert pronoun_gender("his") == "m"
    assert pronoun_gender("they") is None
    doc = parsed(annotated_of, "His wife, Helen Lowe, said they had lost everything.")
    assert noun_gender(doc[1]) == "f"  # wife
    assert noun_gender(doc[0]) is None  # His


def test_a_noun_in_apposition_tells_the_gender_of_the_name(annotated_of: Any) -> None:
    doc = parsed(annotated_of, "His wife, Helen Lowe, said they had lost everything.")
    lowe = doc[4]
    assert apposition_genders(lowe) == ["f"]
    assert mention_gender(doc, 3, 5, None) == "f"


def test_a_pronoun_after_a_subject_name_tells_its_gender(annotated_of: Any) -> None:
    doc = parsed(annotated_of, "George Lowe said he had lost everything.")
    assert subject_pronoun_gender(doc, doc[0:2].root, 2) == "m"
    assert mention_gender(doc, 0, 2, None) == "m"
    # Another subject comes first: the pronoun may be someone else's.
    doc = parsed(annotated_of, "George Lowe said the water reached his door.")
    assert subject_pronoun_gender(doc, doc[0:2].root, 2) is None
    assert mention_gender(doc, 0, 2, None) is None


def test_a_title_tells_the_gender_before_the_words_around(annotated_of: Any) -> None:
    doc = parsed(annotated_of, "George Lowe said he had lost everything.")
    assert mention_gender(doc, 0, 2, "mrs") == "f"


def test_the_mentions_of_one_person_agree_on_a_gender() -> None:
    assert agreed_gender(["m", None, "m"]) == "m"
    assert agreed_gender(["f", "m", "f"]) == "f"  # the one told more often
    assert agreed_gender(["f", "m"]) is None  # as often each: nobody can tell
    assert agreed_gender([None, None]) is None
    assert agreed_gender([]) is None


@dataclass
class _Article:
    """The article the per-person vote reads, with quotes where `quoted` says."""

    doc: Annotated
    entities: list[Entity]
    quoted: bool = False

    def inside_quote(self, offset: int) -> bool:
        return self.quoted

    def token_at(self, offset: int) -> tuple[Segment, Token] | None:
        seg = self.doc.segment_at(offset)
        if seg is None:
            return None
        i = seg.token_index(offset - seg.start)
        return (seg, seg.doc[i]) if i >= 0 else None


PEOPLE = (
    "Maria Okafor described the drought to reporters, and she said it was getting worse. "
    "Daniel Reyes, a field engineer, nodded. Mr. Hale, the engineer, did not."
)


def test_each_person_gender_as_the_article_shows_it_then_by_given_name(
    annotated_of: Any, entities_of: Any
) -> None:
    article = _Article(annotated_of(PEOPLE), entities_of(PEOPLE))
    shown, genders = person_genders(article)
    assert shown.get("Maria Okafor") == "f"  # "she", with no one else named before
    assert shown.get("Hale") == "m"  # "Mr."
    assert "Daniel Reyes" not in shown
    assert genders.get("Daniel Reyes") == "m"  # the given name
    assert genders.get("Maria Okafor") == "f"


def test_a_pronoun_inside_a_quote_is_no_evidence(annotated_of: Any, entities_of: Any) -> None:
    article = _Article(annotated_of(PEOPLE), entities_of(PEOPLE), quoted=True)
    shown, _ = person_genders(article)
    assert "Maria Okafor" not in shown
    assert shown.get("Hale") == "m"  # a title is evidence wherever it stands


def test_pronouns_count_whatever_their_case_or_the_mark_before_them(
    annotated_of: Any, entities_of: Any
) -> None:
    text = (
        "Pat Quinn arrived late. SHE apologized to the crowd. "
        "Lee Park spoke next. (He was tired.) "
        "Sam Roe toured the site. Shelters and herbs grew there."
    )
    shown, _ = person_genders(_Article(annotated_of(text), entities_of(text)))
    assert shown.get("Pat Quinn") == "f"
    assert shown.get("Lee Park") == "m"
    assert "Sam Roe" not in shown  # "Shelters", "herbs": words that only begin like one
