"""A claim the parse gives to the wrong verb of saying: "While the BBC claimed
the plate was an 'unhappy coincidence', Barrionuevo said ..." hangs the BBC's
words from Barrionuevo's "said"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.quotes.syntax import speech_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTRASTS = frozenset({"while", "although", "though", "whereas", "whilst"})


def claimant(clause: Token, verb: Token) -> Token | None:
    """The other verb of saying whose words a clause before `verb` are, when the
    parse left that verb without a complement of its own and made its words
    `verb`'s ("While the BBC claimed the plate was an 'unhappy coincidence',
    Barrionuevo said ...": the BBC's claim, not Barrionuevo's)."""
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    return next(
        (
            t
            for t in clause.children
            if t.dep_ == "advcl"
            and t.i < clause.i
            and speech_verb(t)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children)
            # A clause of contrast with a subject of its own: not "As CNN reported,"
            # (which reports the sentence) nor "When told of it," (no one's claim).
            and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in t.children)
            and any(c.dep_ == "nsubj" for c in t.children)
        ),
        None,
    )
