"""Runs over many articles: one result per job in order, failures isolated, jobs
taken lazily."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.app.batch import run
from newsbrief.app.jobs import Failure, Job, Settings, keep_brief
from newsbrief.brief import Brief
from newsbrief.read import Article
from support import validate_record

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
NO_DATES = SAMPLES / "no-dates.txt"


def path_of(result: Brief | Failure) -> str | None:
    return result.path if isinstance(result, Failure) else result.source.path


def test_one_result_per_job_in_order_and_failures_do_not_stop_the_run(
    tmp_path: Path,
) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01" * 50)
    jobs = [
        Job(name=str(SEED)),
        Job(name=str(tmp_path / "gone.txt")),
        Job(name=str(tmp_path / "empty.txt")),
        Job(name=str(tmp_path / "bin.dat")),
        Job(failure=Failure("d", "no_articles", "d: no articles")),
        Job(article=Article("Storm Hits Coast\nWinds reached 100 mph on Friday.\n", None)),
        Job(name=str(NO_DATES)),
    ]
    results = list(run(jobs, Settings(), keep_brief))
    assert [r.code if isinstance(r, Failure) else "brief" for r in results] == [
        "brief",
        "not_found",
        "empty",
        "binary",
        "no_articles",
        "brief",
        "brief",
    ]
    assert path_of(results[0]) == str(SEED)
    assert path_of(results[1]) == str(tmp_path / "gone.txt")
    assert path_of(results[5]) is None
    assert path_of(results[6]) == str(NO_DATES)
    for result in results:
        if isinstance(result, Failure):
            validate_record(result.to_dict())


def test_a_bug_tripped_by_one_article_costs_that_article_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsbrief import compose as compose_module

    real = compose_module.compose

    def compose(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "TRIPWIRE" in article.text:
            raise IndexError("list index out of range")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(compose_module, "compose", compose)
    texts = ["A calm day in the city.", "The TRIPWIRE article.", "Another calm day."]
    results = list(run([Job(article=Article(t, None)) for t in texts], Settings(), keep_brief))
    assert isinstance(results[0], Brief) and isinstance(results[2], Brief)
    failure = results[1]
    assert isinstance(failure, Failure)
    assert failure.code == "internal"
    assert "IndexError" in failure.message and "test_app_batch.py" in failure.message
    assert "\n" not in failure.message
    validate_record(failure.to_dict())


def test_a_model_that_cannot_load_ends_the_run() -> None:
    from newsbrief.errors import ModelError

    results = run([Job(name=str(SEED))], Settings(model="no_such_model_xyz"), keep_brief)
    with pytest.raises(ModelError):
        next(results)


def test_jobs_are_taken_lazily(tmp_path: Path) -> None:
    """Streaming: the engine reads ahead a bounded number of inputs, never all of them."""
    taken = []

    def jobs() -> Iterator[Job]:
        for i in range(50):
            taken.append(i)
            yield Job(article=Article(f"Report number {i} was filed on Monday.", None))

    results = run(jobs(), Settings(), keep_brief)
    next(results)
    assert len(taken) == 1
    results.close()
