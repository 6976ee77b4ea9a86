from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsbrief.blocks import split_blocks, split_lines
from newsbrief.brief import Block

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in split_blocks(text)]


def assert_slices(text: str, blocks: list[Block]) -> None:
    for b in blocks:
        assert text[b.start : b.end] == b.text
        for cell in [*b.header, *(c for row in b.rows for c in row)]:
            assert text[cell.start : cell.end] == cell.text
        for span in (b.label, b.speaker):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_split_lines_counts_every_line_end_style() -> None:
    lines = split_lines("a\r\nb\rc\nd")
    assert [(ln.start, ln.end) for ln in lines] == [(0, 1), (3, 4), (5, 6), (7, 8)]


def test_seed_article_structure() -> None:
    text = (SAMPLES / "takaichi-visit.txt").read_text("utf-8")
    blocks = split_blocks(text)
    assert_slices(text, blocks)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == [
        "At a Glance",
        "Invitation and Timing",
        "Regional Context",
        "Diplomatic Dynamics",
        "Key Takeaways",
    ]
    assert not [b for b in blocks if b.kind == "headline"]
    glance = [b for b in blocks if b.kind == "bullet" and b.section == "At a Glance"]
    assert len(glance) == 4
    assert glance[3].label is not None and glance[3].label.text == "Why it matters"
    assert glance[3].body.text.startswith("The visit could reshape")
    # The paragraph after the bullets is not swallowed by the last bullet.
    first_paragraph = next(b for b in blocks if b.kind == "paragraph")
    assert first_paragraph.text.startswith("President Trump called")
    quote = next(b for b in blocks if b.kind == "quote")
    assert quote.text.startswith("“They are extremely good friends")
    assert quote.speaker is not None and quote.speaker.text == "Trump"
    table = next(b for b in blocks if b.kind == "table")
    assert [c.text for c in table.header] == ["Date", "Event"]
    assert [[c.text for c in row] for row in table.rows][1] == [
        "Friday (2023)",
        "Phone call inviting U.S. visit",
    ]
    assert len(table.rows) == 4
    after = blocks[blocks.index(table) + 1]
    assert after.kind == "paragraph" and after.text.startswith("These developments")
    takeaways = [b for b in blocks if b.kind == "bullet" and b.section == "Key Takeaways"]
    assert len(takeaways) == 3


def test_markdown_headings_lists_quotes_and_tables() -> None:
    text = (
        "# Plant Opens\n\nLead paragraph here.\n\n## Background\n\n"
        "- first point\n- second point\n\n1. one\n2. two\n\n"
        "> A quoted line.\n\n| Date | Milestone |\n|---|---|\n| 2024 | Start |\n"
    )
    blocks = split_blocks(text)
    assert_slices(text, blocks)
    assert [(b.kind, b.text) for b in blocks] == [
        ("headline", "Plant Opens"),
        ("paragraph", "Lead paragraph here."),
        ("heading", "Background"),
        ("bullet", "first point"),
        ("bullet", "second point"),
        ("bullet", "one"),
        ("bullet", "two"),
        ("quote", "A quoted line."),
        ("table", blocks[-1].text),
    ]
    assert all(b.section == "Background" for b in blocks[3:])
    assert blocks[1].section is None


def test_hard_wrapped_paragraph_stays_one_block() -> None:
    text = (
        "The council voted on Tuesday to approve the new budget after a long\n"
        "debate that ran past midnight, with several members objecting to the\n"
        "cuts.\n\nA second paragraph.\n"
    )
    assert kinds(text) == [
        ("paragraph", text[: text.index("\n\n")]),
        ("paragraph", "A second paragraph."),
    ]


def test_one_paragraph_per_line_is_split() -> None:
    text = "First sentence here.\nSecond paragraph here.\nThird one.\n"
    assert [k for k, _ in kinds(text)] == ["paragraph"] * 3


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_do_not_change_blocks(newline: str) -> None:
    text = newline.join(["Storm Hits Coast", "Winds reached 100 mph.", "- Power is out."])
    blocks = split_blocks(text)
    assert_slices(text, blocks)
    assert [(b.kind, b.text) for b in blocks] == [
        ("headline", "Storm Hits Coast"),
        ("paragraph", "Winds reached 100 mph."),
        ("bullet", "Power is out."),
    ]


def test_title_like_line_is_a_heading_but_sentences_are_not() -> None:
    text = "Lead sentence of the story.\nWhat Comes Next\nThe vote is due soon.\n"
    assert kinds(text) == [
        ("paragraph", "Lead sentence of the story."),
        ("heading", "What Comes Next"),
        ("paragraph", "The vote is due soon."),
    ]


def test_byline_and_published_lines_are_not_headings() -> None:
    text = "Storm Hits Coast\nBy Jane Doe\nPublished March 3, 2024\nWinds reached 100 mph.\n"
    assert [k for k, _ in kinds(text)] == ["headline", "paragraph", "paragraph", "paragraph"]


def test_known_section_name_is_never_the_headline() -> None:
    text = "Key Takeaways\n- One.\n- Two.\n"
    assert kinds(text)[0] == ("heading", "Key Takeaways")


def test_last_line_alone_is_not_a_heading() -> None:
    assert kinds("A paragraph.\nThe End")[-1] == ("paragraph", "The End")


def test_bullet_labels_are_short_prefixes_only() -> None:
    text = (
        "- Why it matters: It changes things.\n"
        "- Oct 2023: Leaders met.\n"
        "- The meeting ran long and at 10:30 a statement followed.\n"
        "- A label that is far too long to be a label at all: text.\n"
    )
    labels = [b.label.text if b.label else None for b in split_blocks(text)]
    assert labels == ["Why it matters", "Oct 2023", None, None]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Trump said:", "Trump"),
        ("The minister told reporters:", "The minister"),
        ("According to the report:", "the report"),
        # Any speech verb of the lexicon, inflected: not only the commonest few.
        ("The mayor vowed:", "The mayor"),
        ("Her lawyer cautions:", "Her lawyer"),
    ],
)
def test_quote_lead_in_names_the_speaker(lead: str, speaker: str) -> None:
    text = f"Intro paragraph.\n{lead}\n> “Words were spoken.”\n"
    quote = split_blocks(text)[-1]
    assert quote.kind == "quote"
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_quote_without_lead_in_has_no_speaker() -> None:
    assert split_blocks("Intro paragraph.\n> Words.\n")[-1].speaker is None


def test_multi_line_block_quote_is_one_block_until_a_sentence_ends() -> None:
    text = "> The first line of a quote that\n> wraps onto a second line.\n> Another.\n"
    assert [k for k, _ in kinds(text)] == ["quote", "quote"]


def test_table_cells_with_escaped_pipe_and_ragged_rows() -> None:
    text = "| Name | Note |\n|---|---|\n| a \\| b | x |\n| only |\n"
    blocks = split_blocks(text)
    assert_slices(text, blocks)
    (table,) = blocks
    assert [[c.text for c in row] for row in table.rows] == [["a \\| b", "x"], ["only"]]


def test_table_without_header_keeps_all_rows() -> None:
    text = "Intro.\n\n| a | b |\n| c | d |\n"
    table = split_blocks(text)[-1]
    assert table.kind == "table"
    assert table.header == []
    assert [[c.text for c in row] for row in table.rows] == [["a", "b"], ["c", "d"]]


def test_indented_paragraphs_are_prose_not_code() -> None:
    assert kinds("    Indented paragraph of a story.\n") == [
        ("paragraph", "Indented paragraph of a story.")
    ]


def test_bom_free_offsets_with_unicode() -> None:
    text = "Café Opens\nThe café — “finally” — opened.\n"
    assert_slices(text, split_blocks(text))


@pytest.mark.parametrize("name", ["takaichi-visit.txt", "wire-prose.txt", "markdown-report.md"])
def test_samples_blocks_slice_and_do_not_overlap(name: str) -> None:
    text = (SAMPLES / name).read_text("utf-8")
    blocks = split_blocks(text)
    assert_slices(text, blocks)
    for a, b in itertools.pairwise(blocks):
        assert a.end <= b.start


def test_markdown_sample_shape() -> None:
    text = (SAMPLES / "markdown-report.md").read_text("utf-8")
    blocks = split_blocks(text)
    assert blocks[0].kind == "headline"
    assert any(
        b.kind == "table" and [c.text for c in b.header] == ["Date", "Milestone"] for b in blocks
    )
    quote = next(b for b in blocks if b.kind == "quote")
    assert quote.speaker is not None and quote.speaker.text == "Chen"
    assert sum(b.kind == "heading" for b in blocks) >= 3


def test_a_short_list_line_is_prose_not_a_heading() -> None:
    text = (
        "The film opens on Friday.\n\nCast: Tom Hanks, Meg Ryan, Bill Pullman\n\n"
        "It runs two hours.\n"
    )
    assert ("paragraph", "Cast: Tom Hanks, Meg Ryan, Bill Pullman") in kinds(text)


def test_nesting_deeper_than_markdowns_limit_keeps_its_text() -> None:
    # markdown-it drops what is nested beyond its limit; the parser sees the limit.
    text = "> " * 30 + "deep\n\n" + "- " * 30 + "item\n"
    blocks = split_blocks(text)
    assert [(b.kind, b.text[-4:]) for b in blocks] == [("quote", "deep"), ("bullet", "item")]
    assert blocks[0].text == "deep"


def test_hard_wrapped_lines_ending_on_a_name_or_a_title_stay_one_paragraph() -> None:
    # Wrapped at 44 columns: lines end where the next word did not fit, after a
    # title-like run of names ("at Old") or a title's dot ("Mr.").
    text = (
        "The mayor told reporters on Tuesday that Mr.\n"
        "Brown would not return to the council before\n"
        "the derby between Manchester United and the\n"
        "City on Sunday afternoon at Old Trafford in\n"
        "Manchester United territory near the river.\n"
    )
    assert kinds(text) == [("paragraph", text.rstrip("\n"))]


def test_hard_wrapped_text_keeps_its_headline_byline_heading_and_list() -> None:
    text = (
        "City Council Approves Budget\n"
        "By Jane Smith\n"
        "The council voted on Tuesday to approve the new budget proposed by the\n"
        "Mayor after a debate that ran past midnight, with several members of the\n"
        "Finance Committee objecting to cuts in the parks department that would\n"
        "Close three pools this summer. The vote went seven to four in the end.\n"
        "What Comes Next\n"
        "The budget now goes to Governor Ann Lee, who has until Friday to sign it\n"
        "into law or send it back to the council with her objections attached to\n"
        "it for a second vote in the council chamber on the first of the month.\n"
        "Shooter: The council chamber on Tuesday night, before the vote was taken\n"
        "- Parks lose a fifth of their money\n"
        "- Schools gain three new buildings\n"
    )
    blocks = split_blocks(text)
    assert_slices(text, blocks)
    assert [(b.kind, b.text.split("\n")[0]) for b in blocks] == [
        ("headline", "City Council Approves Budget"),
        ("paragraph", "By Jane Smith"),
        ("paragraph", "The council voted on Tuesday to approve the new budget proposed by the"),
        ("heading", "What Comes Next"),
        ("paragraph", "The budget now goes to Governor Ann Lee, who has until Friday to sign it"),
        ("paragraph", "Shooter: The council chamber on Tuesday night, before the vote was taken"),
        ("bullet", "Parks lose a fifth of their money"),
        ("bullet", "Schools gain three new buildings"),
    ]
    assert blocks[2].text.endswith("The vote went seven to four in the end.")


def test_one_sentence_per_line_is_not_hard_wrapping() -> None:
    # Lines of about one length, but each ends its sentence: copy with one sentence
    # (or paragraph) per line, whose line breaks are all made on purpose.
    text = (
        "The council approved the new city budget on Tuesday night.\n"
        "Several members of the Finance Committee objected to it.\n"
        "The mayor welcomed the vote in a statement on Wednesday.\n"
        "Governor Ann Lee has until Friday to sign the budget.\n"
    )
    assert [k for k, _ in kinds(text)] == ["paragraph"] * 4


def test_an_indented_line_opens_a_paragraph_in_hard_wrapped_text() -> None:
    text = (
        "The council voted on Tuesday to approve the new budget proposed by the\n"
        "Mayor after a debate that ran past midnight, with several members of the\n"
        "Finance Committee objecting to cuts in the parks department this year.\n"
        "    Governor Ann Lee has until Friday to sign it into law or send it back.\n"
    )
    assert [k for k, _ in kinds(text)] == ["paragraph", "paragraph"]


def test_a_long_headline_atop_hard_wrapped_text_stays_the_headline() -> None:
    text = (
        "Council approves the new city budget after a debate that ran past midnight\n"
        "The council voted on Tuesday to approve the new budget proposed by\n"
        "Mayor Jane Smith, with several members of the Finance Committee\n"
        "objecting to cuts in the parks department that would close pools.\n"
    )
    assert [k for k, _ in kinds(text)] == ["headline", "paragraph"]
