"""The JSON renderer and the schemas of a brief and of a JSON Lines record."""

from __future__ import annotations

import json

import jsonschema

from newsbrief.render import json as render_json
from support import hostile_brief, validate


def test_json_render_is_valid_and_lines_mode_is_one_line() -> None:
    brief = hostile_brief()
    data = json.loads(render_json.render(brief))
    validate(data)
    assert "\n" not in render_json.render(brief, lines=True)
    assert data["source"] == {"path": "in.txt", "format": "text"}


def test_record_schema_takes_briefs_and_error_records(brief_of) -> None:  # type: ignore[no-untyped-def]
    validator = jsonschema.Draft202012Validator(render_json.record_schema())
    validator.validate(json.loads(render_json.render(brief_of("no-dates.txt"), lines=True)))
    validator.validate({"source": {"path": None}, "error": {"code": "empty", "message": "x"}})
    assert (
        render_json.record_schema()["$defs"]["brief"]["properties"]
        == (render_json.schema()["properties"])
    )


def test_quotes_carry_kind_mention_and_cue_in_the_schema() -> None:
    import newsbrief

    text = (
        "Maria Okafor, a lawyer, leads the women's commission in Saskatchewan. "
        "Okafor said the relationship with Ottawa needs work.\n\n"
        '"We have waited far too long for these hearings," she said.'
    )
    data = json.loads(render_json.render(newsbrief.extract(text)))
    validate(data)
    by_kind = {q["kind"]: q for q in data["quotes"]}
    assert set(by_kind) == {"reported", "direct"}
    direct = by_kind["direct"]
    assert direct["mention_span"]["text"] == "she"
    assert direct["cue_span"]["text"] == "said"
    assert direct["speaker"] == "Maria Okafor"
    assert any(e["name"] == direct["speaker"] for e in data["entities"])
    for q in data["quotes"]:
        for key in ("mention_span", "cue_span", "speaker_span"):
            span = q[key]
            assert text[span["start"] : span["end"]] == span["text"]
    bad = {**data, "quotes": [{**direct, "kind": "paraphrase"}]}
    try:
        validate(bad)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("a quote kind outside direct/reported/mixed was accepted")


def test_json_escapes_what_a_terminal_would_act_on_and_keeps_the_text() -> None:
    """C0 controls (JSON's own rule), DEL and C1 controls, bidirectional controls and
    line separators are escapes; everything else is UTF-8 as written; the text read
    back is the text."""
    text = 'a\x1b[2J\x07 \x7f\x9b \u202e\u2066\u200f \u2028\u2029 "q" \\ é 東京 \u200b'
    for lines in (False, True):
        out = render_json.dumps({"text": text}, lines=lines)
        assert json.loads(out) == {"text": text}
        for raw, escaped in [
            ("\x1b", "\\u001b"),
            ("\x07", "\\u0007"),
            ("\x7f", "\\u007f"),
            ("\x9b", "\\u009b"),
            ("\u202e", "\\u202e"),
            ("\u2066", "\\u2066"),
            ("\u200f", "\\u200f"),
            ("\u2028", "\\u2028"),
            ("\u2029", "\\u2029"),
        ]:
            assert raw not in out and escaped in out, raw
        assert "é 東京 \u200b" in out  # readable, not \u escapes
        assert '\\"q\\" \\\\' in out
