"""The public Python API: `newsbrief.extract`, `extract_many`, `Failure` and `Brief`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief.brief import Brief
from support import assert_offsets_slice, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
WIRE = SAMPLES / "wire-prose.txt"
NO_DATES = SAMPLES / "no-dates.txt"


def test_the_public_names_are_where_users_find_them() -> None:
    from newsbrief.app.jobs import Failure

    assert newsbrief.Brief is Brief
    assert newsbrief.Failure is Failure
    assert callable(newsbrief.extract) and callable(newsbrief.extract_many)
    assert set(newsbrief.__all__) >= {"Brief", "Failure", "extract", "extract_many"}
    with pytest.raises(AttributeError):
        _ = newsbrief.NoSuchName  # type: ignore[attr-defined]


def test_importing_newsbrief_stays_light() -> None:
    code = (
        "import sys\n"
        "import newsbrief\n"
        "from newsbrief import Brief, Failure, extract, extract_many\n"
        "heavy = sorted(m for m in ('spacy', 'newsbrief.compose', 'newsbrief.app.batch') "
        "if m in sys.modules)\n"
        "print(heavy)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.stdout.strip() == "[]", proc.stderr


def test_extract_many_takes_texts_and_paths_and_types_its_results(tmp_path: Path) -> None:
    results = list(
        newsbrief.extract_many(
            [SEED, "Storm Hits Coast\nWinds reached 100 mph on Friday.\n", tmp_path / "no.txt", " "]
        )
    )
    assert isinstance(results[0], Brief) and results[0].source.path == str(SEED)
    assert isinstance(results[1], Brief) and results[1].headline == "Storm Hits Coast"
    assert isinstance(results[2], newsbrief.Failure) and results[2].code == "not_found"
    assert isinstance(results[3], newsbrief.Failure) and results[3].code == "empty"
    assert "text 4" in results[3].message
    data = results[0].to_dict()
    validate(data)
    assert_offsets_slice(data, SEED.read_text("utf-8"))


def test_extract_many_with_workers_gives_the_same_briefs(tmp_path: Path) -> None:
    inputs = [SEED, WIRE, NO_DATES]
    one = [b.to_dict() for b in newsbrief.extract_many(inputs) if isinstance(b, Brief)]
    two = [b.to_dict() for b in newsbrief.extract_many(inputs, jobs=2) if isinstance(b, Brief)]
    assert len(one) == 3
    assert one == two


def test_extract_many_rejects_zero_jobs() -> None:
    with pytest.raises(ValueError, match="jobs"):
        newsbrief.extract_many(["text"], jobs=0)


def test_extract_of_empty_text_is_an_input_error() -> None:
    from newsbrief.errors import InputError

    with pytest.raises(InputError) as err:
        newsbrief.extract(" \n ")
    assert err.value.code == "empty"


def test_glance_sets_how_many_are_generated_and_the_article_s_own_are_kept() -> None:
    text = (SAMPLES / "wire-prose.txt").read_text("utf-8")
    default = len(newsbrief.extract(text).at_a_glance)
    for n in (1, default + 1):
        glance = newsbrief.extract(text, glance=n).at_a_glance
        assert len(glance) == n and {i.origin for i in glance} == {"generated"}
    # An article with an At a Glance of its own keeps it, whatever the number asked.
    own = newsbrief.extract((SAMPLES / "takaichi-visit.txt").read_text("utf-8"), glance=1)
    assert [i.origin for i in own.at_a_glance] == ["article"] * 4
