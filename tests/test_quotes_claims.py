"""A claim the parse gives to the wrong verb of saying."""

from __future__ import annotations

from typing import Any


def test_a_claim_the_parse_gave_to_the_next_verb_is_the_claimant_s(quotes_of: Any) -> None:
    # The parse made "was" (with "While the Corporation claimed" inside it) what
    # Ortega said; its partial quote went to her too.
    text = (
        "While the Corporation claimed the plate, which read K447 DRV, was an 'unhappy "
        "coincidence', Lucia Ortega said they were deliberately 'provoking people' when "
        "they drove through the town."
    )
    found = [(q.speaker, q.text) for q in quotes_of(text)]
    assert (
        "Corporation",
        "the plate, which read K447 DRV, was an 'unhappy coincidence'",
    ) in found
    assert [t for s, t in found if s == "Lucia Ortega"] == [
        "they were deliberately 'provoking people' when they drove through the town"
    ]


def test_only_a_claim_of_contrast_is_taken_from_the_next_verb(quotes_of: Any) -> None:
    # "As the Ledger reported" reports the sentence; "When told of" is no one's claim.
    text = (
        'As the Ledger reported Thursday, the audit stated clearly that it "is the '
        'general policy that operations be run on an approved system."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["the audit"]
    text = (
        "Dana Price said the line would cost less. When told of the agency's statement "
        'they had never done a study, she said, "I never said there was a study."'
    )
    found = quotes_of(text)
    assert not [q for q in found if q.text == "they had never done a study"]
