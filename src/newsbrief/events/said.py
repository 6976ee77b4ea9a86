"""What a verb's row tells of what it says: its complement ("announced it would
close 149 towers"), a quotation before a verb of saying, and the complements
within them; whether a complement has a date of its own, which makes it another
event; and whether a row of saying holds nothing said (a bare frame), or a row
of thinking nothing thought ("I guess of today").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.blocks.marks import quote_spans
from newsbrief.events.joined import NESTED
from newsbrief.events.tree import Tree, core
from newsbrief.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def own_date(
    tree: Tree,
    clause: int,
    dated: dict[int, str],
    moved: dict[int, int] | None,
    frame: str | None,
) -> bool:
    """Whether the clause at `clause` holds a date of its own: one not moved to the
    reporting verb above it, and not one the frame's date `frame` falls in ("said
    on Wednesday that cases had reached 412 this year" is one telling). A date in
    a clause of its own inside it ("that it was approached by Thermo, which agreed
    to buy the line in February") is that clause's, not what was said."""
    return any(
        not (frame and (frame.startswith(dated[t]) or dated[t].startswith(frame)))
        for t in core(tree, clause, NESTED) - (moved or {}).keys()
        if t in dated
    )


def said_clauses(
    tree: Tree,
    head: Token,
    ids: set[int],
    dated: dict[int, str],
    moved: dict[int, int] | None,
    own: str | None,
    cut: frozenset[str],
    reporting: bool,
) -> set[int]:
    """What the verb's complement tells, part of its event: "The FAA on Friday
    announced it would close 149 towers", not the bare frame ("Davis told CNN on
    Thursday"); "Last year saw California Chrome come close to winning" (after the
    verb, unless it has an object of its own: "visited the college, ..." is told
    whole). A quotation before a verb of saying (`reporting`) is what was said,
    whole. The complements of the verbs taken in turn ("said Obamacare is causing
    premiums to rise", "beginning to realize how many people saw the world") are
    part of it too. A complement with a date of its own is told in its own right
    ("said in an editorial on Saturday: The Supreme Court took a detour this week")."""
    out: set[int] = set()
    doc = head.doc
    sourced = _told_in_a_source(head)
    for child in [*head.children, *sourced]:
        said = (
            child.dep_ == "ccomp" or child in sourced or (reporting and quoted_before(child, head))
        )
        if (
            said
            and (reporting or child.i > head.i)
            and _telling(tree, head, child, dated, moved, own, reporting)
        ):
            out |= (
                _what_was_said(tree, doc, child.i, cut, dated)
                if child.i > head.i
                else tree.subtree(child.i)
            )
    todo = sorted((ids | out) - {head.i})
    for _ in range(4):  # complements within the ones taken
        seen = ids | out
        found = {
            c.i
            for v in todo
            if tree.verbal[v]
            for c in doc[v].children
            if c.dep_ == "ccomp" and c.i > v and c.i not in seen
            and _telling(tree, doc[v], c, dated, moved, own, doc[v].lemma_ in SPEECH_VERBS)
        }  # fmt: skip
        if not found:
            break
        todo = []
        for clause in found:
            taken = _what_was_said(tree, doc, clause, cut, dated)
            out |= taken
            todo += sorted(taken)
    return out


# Prepositions before where or how something was said: "in a statement", "on its
# website", "with a tweet", "during an interview", "at a news conference".
_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "with", "during", "at", "via", "through"})


def _told_in_a_source(verb: Token) -> list[Token]:
    """What a verb of saying says through the source it names, where the parse
    made it a clause of that noun ("told reporters in an interview that he plans
    to run again", "announced on the department's Facebook page that McCarty was
    being charged"): a clause opened by "that" as a conjunction, with a subject of
    its own, is what was said, not what the interview or page is. (Where the parse
    makes "that" a relative pronoun, "wrote in a letter that the city had run out
    of money", the clause stays the letter's.) Not after "about"
    ("asked about accusations that Walker is a flip-flopper": what the accusations
    say), only where the noun is where or how it was said."""
    if verb.lemma_ not in SPEECH_VERBS:
        return []
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ in _MEDIUM_PREPOSITIONS
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.rights
        if clause.dep_ in ("relcl", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ]


# Clauses inside what was said that are part of it unless they hold a date of their
# own: its subject ("said being gay is a choice"), a relative clause ("said 1,600
# veterans who were new patients were waiting"), a participle describing a noun
# ("ruled that Durst, the heir charged with murder, will be held"); cut, they would
# leave a gap that ends the row before them. An aside after a comma that ends what
# was said leaves no gap and tells no more of it (", which was once the largest
# warship").
_INSIDE = frozenset({"csubj", "relcl", "acl"})


def _what_was_said(
    tree: Tree, doc: Doc, clause: int, cut: frozenset[str], dated: dict[int, str]
) -> set[int]:
    """The tokens of the complement at `clause` of `doc` that tell what was said."""
    taken = core(tree, clause, cut - _INSIDE)
    for t in sorted(taken):
        if t not in taken or tree.deps[t] not in _INSIDE or not tree.verbal[t] or t == clause:
            continue
        inside = tree.subtree(t)
        first, last = min(inside), max(inside)
        quoted = _quoted(doc[first])  # the quotation's words
        aside = first > 0 and doc[first - 1].text == "," and not quoted
        after = [i for i in taken - inside if i > last and not doc[i].is_punct]
        if inside & dated.keys() or (aside and not after):
            taken -= inside
    # A clause of time or condition that opens what was said ("said that when the
    # storm hit, the levee broke", "announced that if funding runs out, it will
    # close 149 towers") is part of it; cut, its gap would end the row at the frame.
    frame = tree.heads[clause]
    for c in doc[clause].lefts:
        inside = tree.subtree(c.i)
        if (
            c.dep_ == "advcl"
            and _opened(doc[min(inside)], c)
            and min(inside) > frame
            and not inside & dated.keys()
        ):
            taken |= inside
    return taken


def _opened(first: Token, clause: Token) -> bool:
    """Whether `first`, the first word of `clause`, is the word that opens it as a
    clause of time, condition or manner ("when", "if", "as", "how")."""
    return first.head == clause and (
        first.dep_ == "mark" or (first.dep_ == "advmod" and first.tag_ in ("WRB", "IN"))
    )


def _quoted(token: Token) -> bool:
    """Whether `token` stands inside a quotation of its sentence, its marks paired as
    the blocks stage pairs them (`blocks.marks`)."""
    sent = token.sent
    at = token.idx - sent.start_char
    return any(a < at and (b is None or at < b) for a, b in quote_spans(sent.text))


def _telling(
    tree: Tree,
    verb: Token,
    child: Token,
    dated: dict[int, str],
    moved: dict[int, int] | None,
    own: str | None,
    reporting: bool,
) -> bool:
    """Whether `child`, a complement of `verb`, tells part of its event: the verb
    takes it (a verb of saying, or one without an object of its own) and it holds
    no date of a row of its own."""
    if not reporting and any(c.dep_ == "dobj" for c in verb.children):
        return False
    if own_date(tree, child.i, dated, moved, own):
        return False
    # A time that dates no row ("expected troops to be in Yemen within days") is
    # part of what the complement tells, not another event's.
    return reporting or not (core(tree, child.i, NESTED) & dated.keys())


def quoted_before(clause: Token, verb: Token) -> bool:
    """Whether `clause` is a quotation ahead of the verb of saying it hangs from,
    whatever the parse calls it ('"Look at how much communities are suffering,"
    he said in August' takes "Look" for an adverbial clause)."""
    if clause.i > verb.i or clause.dep_ not in ("advcl", "parataxis", "dep", "ccomp"):
        return False
    doc = clause.doc
    first = clause.left_edge.i
    opens = (first > 0 and doc[first - 1].is_quote) or doc[first].is_quote
    closes = any(doc[i].is_quote for i in range(clause.right_edge.i, verb.i))
    return opens and closes


# Verbs that only frame a saying; a row of one that holds nothing said tells
# nothing ("authorities said Saturday"). Verbs that may be deeds ("posted a
# video", "called for elections", "added a win") are not among them.
_FRAME_VERBS = frozenset({"say", "tell", "report", "state"})

# What "tell" may take as its object besides whom it was told to ("told reporters",
# "told a crowded courtroom"): "told the truth", "told a story".
_TOLD_THINGS = frozenset({"story", "truth", "lie", "joke", "tale", "secret", "news", "version"})

# What a frame says, or says it of: "said (that) ...", "told him to go".
_SAID = frozenset({"ccomp", "xcomp", "parataxis", "attr", "oprd", "advcl", "dep", "conj"})

# What is said or thought in a word: "they said otherwise", "we know very little".
_SAID_IN_A_WORD = frozenset({"so", "otherwise"})
_THOUGHT_IN_A_WORD = _SAID_IN_A_WORD | {"little", "much", "more", "less"}


def _said_of_its_noun(verb: Token) -> bool:
    """Whether the verb of saying `verb` opens a relative clause with no relative
    pronoun whose object is the noun before it ("the 16 cents a share it reported
    last year"); not after a comma or a quotation mark, where the parse took a
    frame for one ('an "intelligent kid," a man said')."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children
    ):
        return False
    between = verb.doc[verb.head.i + 1 : verb.left_edge.i]
    return verb.head.i < verb.left_edge.i and not any(t.is_punct for t in between)


def bare_frame(verb: Token, run: list[Token]) -> bool:
    """Whether `run`, the row of a verb of saying told actively, holds nothing
    said ("about 8:30 p.m. Tuesday, the military said", "Sheriff McKeithen told
    CNN affiliate WMBB"): no other verb ("The military claims to have shot down
    a drone, state media reported"), no complement, no quotation, no object but
    whom it was told to ("said nothing" says something; "was reported" is a deed)."""
    if verb.lemma_ not in _FRAME_VERBS or (
        verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    ):
        return False
    if _said_of_its_noun(verb):
        return False  # "the 16 cents a share it reported last year": the noun was said
    children = _left_to_weigh(verb, run, frozenset({"auxpass", "nsubjpass"}), _SAID_IN_A_WORD)
    if children is None:
        return False
    for child in children:
        if _told_of(child):
            return False  # "told them of a cutback": what was told
        addressee = verb.lemma_ == "tell" and (
            child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or child.pos_ == "PRON"
            or (
                child.pos_ == "NOUN"
                and child.lemma_.lower() not in _TOLD_THINGS
                and not any(_told_of(c) for c in child.children)
            )
        )
        if child.dep_ in ("dobj", "dative") and not addressee:
            return False
    return True


def _told_of(token: Token) -> bool:
    """Whether `token` opens what was told ("told oil companies of a cutback",
    "told reporters about the plan"), whichever word the parse hung it from."""
    return token.dep_ == "prep" and token.lower_ in ("of", "about")


# Verbs of thinking, which tell nothing without what is thought.
_THINKING_VERBS = frozenset(
    {"think", "guess", "hope", "believe", "suppose", "reckon", "know", "wonder", "imagine",
     "doubt", "assume", "realize", "realise"}
)  # fmt: skip


def bare_thought(verb: Token, run: list[Token]) -> bool:
    """Whether `run`, the row of a verb of thinking told actively, holds nothing
    thought: "the big debate, I guess of today", "I hope in 2017 America says"
    and "clairvoyance to know back in 2009 that ..." where the parse hung what
    was thought elsewhere. What was thought is a complement, an object, another
    verb, a quotation or a preposition with more than a time ("knew of the
    plot", "hoped for a deal")."""
    if verb.lemma_ not in _THINKING_VERBS or verb.tag_ == "VBN" or verb.dep_ == "relcl":
        return False  # "those he knew from 2001": the noun is what was known
    children = _left_to_weigh(verb, run, frozenset({"dobj", "acomp"}), _THOUGHT_IN_A_WORD)
    # "knew of the plot", "thought back to our conversation Thursday"
    return children is not None and not any(
        p.dep_ == "prep" and any(o.ent_type_ not in ("DATE", "TIME") for o in p.children)
        for child in children
        for p in (child, *(child.children if child.dep_ == "advmod" else ()))
    )


def _left_to_weigh(
    verb: Token, run: list[Token], deps: frozenset[str], in_a_word: frozenset[str]
) -> list[Token] | None:
    """The children of `verb` within its row `run` left to weigh, or None when
    the row already tells what was said or thought: another verb (however
    parsed), a complement or a child of `deps`, a quotation mark, or a word of
    `in_a_word` ("they said otherwise", "we still know very little")."""
    if any(t.pos_ == "VERB" and t != verb for t in run):
        return None
    inside = {t.i for t in run}
    children = [c for c in verb.children if c.i in inside]
    if any(
        c.dep_ in _SAID or c.dep_ in deps or c.is_quote or c.lower_ in in_a_word for c in children
    ):
        return None
    return children
