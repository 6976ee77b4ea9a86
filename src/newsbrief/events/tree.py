"""A Doc's parse as lists of integers, and the clause cores cut out of it.

Clause spans are cut out of subtrees many times over, so the parse is read once
into lists of integers (`Tree`) rather than walked as Token objects.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from newsbrief.events.asides import as_one_put_it, opens_a_time
from newsbrief.lexicon import PERFECT_AUXILIARIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Participles that name, place or describe a thing and tell no event of it.
_NAMING = frozenset(
    {"base", "call", "name", "know", "locate", "headquarter", "dub", "title", "entitle",
     "nickname", "label"}
)  # fmt: skip


def names_a_thing(token: Token) -> bool:
    """Whether `token` is a participle that only names or places the thing it
    follows ("Tikrit, best known as the birthplace of Saddam, fell in June", "a man
    named Smith"): with the name or place after it ("the witness the prosecution
    called Wednesday" is a summons) and no date in it or after it in its thing's
    phrase ("the minutes on July 2 and its report, known as IPoM, in September":
    cut there, the row keeps one time)."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in _NAMING
        and any(c.dep_ in _NAMED for c in token.rights)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in token.head.subtree if t.i >= token.i)
    )


# Dependency labels of a subject named in the clause itself.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def has_subject(verb: Token) -> bool:
    """Whether the clause at `verb` names its subject itself."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def subject_clause(token: Token) -> bool:
    """Whether `token` is a verb with a subject of its own that the parse made the
    subject of another ("senators from states Trump won in 2016 did not want to"):
    a clause, whose date is its own, not a noun's."""
    return token.dep_ in SUBJECT_DEPS and token.pos_ == "VERB" and has_subject(token)


def present_perfect(verb: Token) -> bool:
    """Whether `verb` is told in the present perfect ("has vowed", "have left"),
    which tells a time reaching up to now, not one of the past."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(aux & PERFECT_AUXILIARIES)


def simple_past(verb: Token) -> bool:
    """A verb told in the simple past, active or passive ("arrested", "was
    arrested"), not the past perfect ("had arrested"), which tells an earlier time."""
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and [a.lower_ for a in aux] in (["was"], ["were"])


# What a naming participle is followed by: "called the Act", "known as", "based in".
_NAMED = frozenset({"oprd", "attr", "dobj", "prep", "agent", "xcomp"})


# Pronouns that name no one until a clause says who: "those who", "anyone who".
_EMPTY_PRONOUNS = frozenset(
    {"those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever"}
)


def no_clause(verb: Token) -> bool:
    """Whether `verb` heads no clause of its own: the bare infinitive a verb of
    letting, making or seeing takes ("let him go", "made him pay"), one event with
    that verb told from its doer; a participle that only names or places a thing
    ("Tikrit, best known as the birthplace of Saddam, fell in June"); or the
    "come" of "come October"; or a bare "it seemed" or "as cancellations go"; or a
    participle that only opens a time ("will provide fact-checks starting at 9
    p.m.": from 9 p.m.); or the clause that says who "those" or "anyone" are,
    without a time of its own; or a participle joined to an adjective ("a
    glaring and well-known weakness"); or what the event happened while doing
    ("died while fighting for ISIS"); or a bare "as predicted", "than expected";
    or the last of a word joined by hyphens ("to up-and-coming journalists", "the
    bunting-and-flag-draped streets"); or "as the music service called it"
    (`asides.py`)."""
    if names_a_thing(verb) or opens_a_time(verb) or as_one_put_it(verb):
        return True
    if verb.dep_ == "conj" and verb.head.pos_ not in ("VERB", "AUX") and verb.i > 1:
        glue = verb.nbor(-1)
        if glue.text == "-" and not glue.whitespace_ and not glue.nbor(-1).whitespace_:
            return True
    if verb.lemma_ == "come" and [c.ent_type_ for c in verb.children] == ["DATE"]:
        return True  # "the defining issue come October": when October comes
    bare = all(c.dep_ in ("nsubj", "mark", "advmod", "neg", "aux", "punct") for c in verb.children)
    as_ = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if bare and (verb.lemma_ == "seem" or (verb.lemma_ == "go" and as_)):
        return True  # "when it seemed", what seemed parsed away; "as cancellations go"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _opened_by(verb, "while"):
        # "died in late August while fighting for ISIS": what it happened while doing.
        return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and (_opened_by(verb, "as") or _opened_by(verb, "than"))
    ):
        # "Patriot failed as predicted", "rose faster than expected": what was
        # foreseen, told bare, is a measure of the event, no event of its own.
        return all(c.dep_ in ("mark", "advmod", "neg", "punct") for c in verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ == "ADJ":
        # "a glaring and well-known weakness": a participle joined to an adjective
        # describes the same thing, unless it has a subject of its own.
        return not _subject_of_its_own(verb)
    if verb.dep_ == "relcl" and verb.head.lower_ in _EMPTY_PRONOUNS:
        # "found those who used them were more likely to die": the pronoun says
        # nothing without its clause, unless a time makes that another event.
        return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VB", "VBG")  # "will have 18 fact-checkers working"
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )


def _opened_by(verb: Token, word: str) -> bool:
    """Whether `verb` has no subject and is opened by `word` ("while fighting")."""
    opened = any(c.dep_ in ("mark", "advmod") and c.lower_ == word for c in verb.children)
    return opened and not _subject_of_its_own(verb)


def _subject_of_its_own(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


class Tree:
    """A Doc's parse as lists of integers: clause spans are cut out of subtrees
    many times over, and a Token object per step is what that would cost."""

    def __init__(self, doc: Doc) -> None:
        import numpy  # spaCy's own dependency, imported with it
        from spacy.attrs import DEP, HEAD, POS

        strings = doc.vocab.strings
        rows = doc.to_array([HEAD, DEP, POS])
        # HEAD holds each head's offset from its token, negative ones wrapped around.
        offsets = rows[:, 0].view(numpy.int64).tolist() if len(doc) else []
        self.heads: list[int] = [i + off for i, off in enumerate(offsets)]
        self.deps: list[str] = [strings[d] for d in rows[:, 1].tolist()] if len(doc) else []
        self.verbal: list[bool] = [
            strings[p] in ("VERB", "AUX") for p in (rows[:, 2].tolist() if len(doc) else [])
        ]
        for i in range(len(doc)):
            if self.verbal[i] and no_clause(doc[i]):
                self.verbal[i] = False  # "let him go", "Tikrit, best known as": no clause
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def subtree(self, i: int) -> set[int]:
        out = {i}
        todo = [i]
        while todo:
            for child in self.children[todo.pop()]:
                out.add(child)
                todo.append(child)
        return out

    def ancestors(self, i: int) -> set[int]:
        out: set[int] = set()
        while self.heads[i] != i and i not in out:
            out.add(i)
            i = self.heads[i]
        return out | {i}

    def cuts(self, i: int, cut: frozenset[str]) -> bool:
        """Whether token i heads a clause of a kind in `cut`."""
        return self.deps[i] in cut and self.verbal[i]


def core(tree: Tree, head: int, cut: frozenset[str]) -> set[int]:
    """The head's subtree without the subtrees of child clauses in `cut`."""
    subtree = tree.subtree(head)
    removed: set[int] = set()
    for t in subtree:
        # A clause inside one already cut adds nothing: skip its subtree walk.
        if t != head and t not in removed and tree.cuts(t, cut):
            removed |= tree.subtree(t)
    return subtree - removed


def core_keeping(tree: Tree, top: int, keep: int, cut: frozenset[str]) -> set[int]:
    """The top's subtree without its child clauses in `cut`, except the one that
    holds `keep`, and without `keep`'s own child clauses in `cut`."""
    above_keep = tree.ancestors(keep)
    subtree = tree.subtree(top)
    removed: set[int] = set()
    for t in subtree:
        if t in (keep, top) or not tree.cuts(t, cut) or t in above_keep:
            continue
        removed |= tree.subtree(t)
    for t in tree.subtree(keep):
        if t != keep and tree.cuts(t, cut):
            removed |= tree.subtree(t)
    return subtree - removed


def run_around(ids: set[int], i: int) -> tuple[int, int]:
    """The first and the last of the consecutive indices of `ids` around `i`."""
    lo = hi = i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    return lo, hi


# Marks spaCy calls punctuation that end a figure: "fell 4.3%".
_KEPT_PUNCT = frozenset({"%"})


def _measures_a_mark(token: Token, head: Token) -> bool:
    """Whether `token` is part of a measure of `head`'s clause that the clause's
    mark follows ("shortly", "14 years" before "after")."""
    child = (
        token if token.head == head else next((a for a in token.ancestors if a.head == head), None)
    )
    if child is None or child == head or child.dep_ not in ("advmod", "npadvmod"):
        return False
    after = child.right_edge.i + 1
    return (
        after < len(token.doc) and token.doc[after].dep_ == "mark" and token.doc[after].head == head
    )


def contiguous(ids: set[int], head: Token) -> list[Token]:
    """The run of consecutive tokens around `head`, trimmed of edge punctuation and
    of the spaces a text may put between its sentences."""
    lo, hi = run_around(ids, head.i)
    doc = head.doc
    run = [doc[i] for i in range(lo, hi + 1)]
    while run and (
        (run[0].is_punct and not opens_quote(run))
        or (run[0].dep_ in ("cc", "mark", "aux") and run[0] != head)
        # "When Charles and Camilla married in 2005": the row is the marriage.
        or (run[0].tag_ == "WRB" and run[0].lower_ == "when" and run[0].head == head)
        # "shortly after he left office in 2001", "14 years after her sister pulled
        # out": how long before or after the clause above, not this event.
        or _measures_a_mark(run[0], head)
    ):
        if run[0].dep_ == "aux" and run[0].tag_ != "TO":
            break
        run = run[1:]
    while run and (
        (run[-1].is_punct and run[-1].text not in _KEPT_PUNCT and not _closes(run))
        or run[-1].is_space
        or (run[-1].dep_ in ("cc", "mark") and run[-1] != head)
        # "on June 18 after": a preposition whose object the row left out; one
        # that ends its clause is part of its verb ("was retaliated against.").
        or (run[-1].dep_ == "prep" and run[-1].pos_ == "ADP" and not _stranded(run[-1]))
    ):
        run = run[:-1]
    # "first diagnosed with cancer in 1990, the year": a bare apposition whose
    # clause the row leaves out says nothing; the row ends before it.
    if run and run[-1] != head and _bare_apposition(run[-1], ids):
        lo = run[-1].left_edge.i
        run = [t for t in run if t.i < lo]
        while run and run[-1].is_punct and run[-1].text not in _KEPT_PUNCT:
            run = run[:-1]
    # "the film 'Lord of Illusions' (1995": a bracket the row opens, it closes.
    after = run[-1].i + 1 if run else len(doc)
    if after < len(doc) and doc[after].text == ")" and open_brackets(run) > 0:
        run.append(doc[after])
    # "was played in 2004 and 2005 (won by Greg Owen": an aside the row cuts off
    # before it closes is left out whole, unless the head is in it.
    opening = _unclosed(run)
    if opening is not None and head.i < opening:
        run = [t for t in run if t.i < opening]
        while run and run[-1].is_punct and run[-1].text not in _KEPT_PUNCT:
            run = run[:-1]
    return run or [head]


def _unclosed(run: list[Token]) -> int | None:
    """The index of the first "(" of `run` that the run does not close."""
    opened: list[int] = []
    for t in run:
        # A token may hold a bracket with more ("n-tv),Daniel" is one).
        if "(" in t.text:
            opened.append(t.i)
        elif ")" in t.text and opened:
            opened.pop()
    return opened[0] if opened else None


def _bare_apposition(noun: Token, ids: set[int]) -> bool:
    """Whether `noun` is an apposition told by a determiner, adjectives and itself
    alone ("a tour", "the year", "one") whose clause ("that ...") `ids` leave out:
    no name, figure or possessor in it tells the reader anything."""
    if noun.dep_ != "appos" or not any(
        c.dep_ in ("relcl", "acl") and c.i not in ids for c in noun.children
    ):
        return False
    kept = [t for t in noun.subtree if t.i in ids]
    if noun.lower_ != "one" and not any(c.dep_ == "det" for c in noun.children):
        return False
    return len(kept) <= 4 and all(
        (t.pos_ in ("DET", "ADJ", "NOUN", "PRON", "PUNCT") or t.lower_ == "one")
        and t.dep_ != "poss"
        for t in kept
    )


def open_brackets(run: Iterable[Token]) -> int:
    """How many more brackets `run` opens than it closes."""
    return sum(t.text == "(" for t in run) - sum(t.text == ")" for t in run)


def _closes(run: list[Token]) -> bool:
    """Whether the run's last token closes a bracket the run opened."""
    return run[-1].text == ")" and open_brackets(run) >= 0


def _stranded(prep: Token) -> bool:
    """Whether a preposition has no object and ends its clause ("was retaliated
    against.", "the period we've been working on,")."""
    doc = prep.doc
    after = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
    return not any(prep.children) and (after is None or after.is_punct or after.is_space)


def opens_quote(run: list[Token]) -> bool:
    """Whether the run opens with a quotation mark that it also closes."""
    return run[0].is_quote and any(t.is_quote for t in run[1:])


def whole_dates(run: list[Token], dates: dict[int, tuple[int, int]]) -> list[Token]:
    """`run` widened to the whole of a date it holds part of (`dates`: token ->
    its date's token range): the parse may hang a date's words on two verbs
    ("was found at 10:21 a.m. Thursday, police said"), and a row cuts no date."""
    if not run:
        return run
    first = min(run[0].i, dates.get(run[0].i, (run[0].i, 0))[0])
    last = max(run[-1].i, dates.get(run[-1].i, (0, run[-1].i + 1))[1] - 1)
    doc = run[0].doc
    return [doc[i] for i in range(first, last + 1)]


# How many tokens on a row may reach to close a quotation it opens.
_QUOTE_REACH = 60


def whole_quote(run: list[Token], timed: Collection[int]) -> list[Token]:
    """`run` carried on to the end of a quotation it opens and leaves open (said
    Wednesday, "This is an election campaign ... goes on to the closing mark), when
    the mark closes within `_QUOTE_REACH` tokens, in its sentence or past its end,
    and the words up to it hold no date (`timed`): a row does not cut what someone
    said in the middle."""
    if not run:
        return run
    opened = [t for t in run if t.is_quote]
    if not opened or opened[-1].tag_ != "``":
        return run
    doc = run[0].doc
    # The closing mark may be a sentence or two on: the quotation goes on past the
    # sentence's end ('Holder said Friday, "We are prepared ... . We will ...").
    after = doc[run[-1].i + 1 : min(len(doc), run[-1].i + 1 + _QUOTE_REACH)]
    closing = next((t for t in after if t.is_quote), None)
    if closing is None or closing.tag_ != "''":
        return run
    rest = range(run[-1].i + 1, closing.i + 1)
    if any(i in timed for i in rest):
        return run
    return run + [run[0].doc[i] for i in rest]
