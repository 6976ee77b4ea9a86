"""Batch mode: inputs found in directories, one record per input in order, failures
isolated, worker processes, output files, and the Python API."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePath

import jsonschema
import pytest
from typer.testing import CliRunner

import newsbrief
from newsbrief import batch
from newsbrief.batch import (
    Failure,
    Job,
    OutputNames,
    Settings,
    expand_inputs,
    keep_brief,
    run,
)
from newsbrief.brief import Brief
from newsbrief.cli import app
from newsbrief.reading import Article
from newsbrief.render.json import record_schema
from support import assert_offsets_slice, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
WIRE = SAMPLES / "wire-prose.txt"
NO_DATES = SAMPLES / "no-dates.txt"
runner = CliRunner()


def validate_record(record: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(record_schema()).validate(record)


def tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root


def path_of(result: Brief | Failure) -> str | None:
    return result.path if isinstance(result, Failure) else result.source.path


# --- Finding inputs --------------------------------------------------------------


def test_directories_are_searched_recursively_sorted_with_default_patterns(tmp_path: Path) -> None:
    root = tree(
        tmp_path / "news",
        {
            "b.txt": "x",
            "a.md": "x",
            "sub/c.markdown": "x",
            "sub/deeper/d.TXT": "x",
            "sub/page.html": "x",
            "notes.pdf": "x",
            ".hidden.txt": "x",
            ".git/e.txt": "x",
        },
    )
    found = expand_inputs([str(root)])
    assert [os.path.relpath(i.name, root) for i in found] == [
        "a.md",
        "b.txt",
        os.path.join("sub", "c.markdown"),
        os.path.join("sub", "deeper", "d.TXT"),
        os.path.join("sub", "page.html"),
    ]
    assert [i.stem for i in found] == [
        PurePath("a"),
        PurePath("b"),
        PurePath("sub/c"),
        PurePath("sub/deeper/d"),
        PurePath("sub/page"),
    ]
    assert all(i.failure is None for i in found)


def test_inputs_keep_command_line_order_around_directories(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"y.txt": "x", "x.txt": "x"})
    found = expand_inputs(["z.txt", str(root), "-", "a.txt"])
    assert [i.name for i in found] == [
        "z.txt",
        str(root / "x.txt"),
        str(root / "y.txt"),
        "-",
        "a.txt",
    ]
    assert found[3].stem == PurePath("stdin")


def test_glob_chooses_files_ignoring_case(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"a.txt": "x", "b.md": "x", "2024/c.TXT": "x", "2023/d.txt": "x"})
    assert [os.path.basename(i.name) for i in expand_inputs([str(root)], ["*.md"])] == ["b.md"]
    chosen = expand_inputs([str(root)], ["2024/*.txt"])
    assert [os.path.relpath(i.name, root) for i in chosen] == [os.path.join("2024", "c.TXT")]


def test_a_directory_without_articles_is_one_failed_input(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    (entry,) = expand_inputs([str(tmp_path / "empty")])
    assert entry.failure is not None
    assert entry.failure.code == "no_articles"
    assert "*.txt" in entry.failure.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any directory")
def test_an_unlistable_subdirectory_is_a_failed_input_in_its_place(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"a.txt": "x", "locked/b.txt": "x", "z.txt": "x"})
    (root / "locked").chmod(0)
    try:
        found = expand_inputs([str(root)])
    finally:
        (root / "locked").chmod(0o755)
    assert [(os.path.basename(i.name), i.failure and i.failure.code) for i in found] == [
        ("a.txt", None),
        ("locked", "unreadable"),
        ("z.txt", None),
    ]


# --- Output file names -----------------------------------------------------------


def test_output_names_never_collide_and_never_replace_an_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    names = OutputNames(out, ".md", [str(out / "x.md")])
    assert names.name_for(PurePath("x")) == out / "x-2.md"  # x.md is an input
    assert names.name_for(PurePath("x")) == out / "x-3.md"
    assert names.name_for(PurePath("X")) == out / "X-4.md"  # case-insensitive file systems
    assert names.name_for(PurePath("sub/x")) == out / "sub" / "x.md"
    assert names.name_for(PurePath("y")) == out / "y.md"


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("dir/story.txt", "story"),
        ("story", "story"),
        (".profile", "profile"),
        ("-", "stdin"),
        ("https://example.org/news/a story.html", "a_story"),
        ("https://example.org/", "example"),
        ("...", "article"),
    ],
)
def test_output_stem_of_one_input(name: str, stem: str) -> None:
    (entry,) = expand_inputs([name])
    assert entry.stem == PurePath(stem)


# --- The engine --------------------------------------------------------------------


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
    assert "IndexError" in failure.message and "test_batch.py" in failure.message
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


# Runs in worker processes (it is pickled by reference): kills its worker on a marker.
def _path_or_die(brief: Brief) -> str | None:
    if "SELF-DESTRUCT" in brief.source.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return brief.source.path


def test_workers_keep_order_and_a_dead_worker_costs_its_article_only(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt"
    bomb.write_text("The SELF-DESTRUCT sequence started on Monday.\n")
    names = [str(SEED), str(tmp_path / "gone.txt"), str(bomb), str(WIRE), str(NO_DATES)]
    taken: list[str] = []

    def jobs() -> Iterator[Job]:
        for name in names:
            taken.append(name)
            yield Job(name=name)

    results = run(jobs(), Settings(), _path_or_die, workers=2)
    first = next(results)
    # At most IN_FLIGHT_PER_WORKER articles per worker are read ahead.
    assert len(taken) <= batch.IN_FLIGHT_PER_WORKER * 2 + 1
    rest = list(results)
    outcome = [first, *rest]
    assert outcome[0] == str(SEED)
    assert isinstance(outcome[1], Failure) and outcome[1].code == "not_found"
    assert isinstance(outcome[2], Failure) and outcome[2].code == "crashed"
    assert outcome[2].path == str(bomb)
    assert outcome[3:] == [str(WIRE), str(NO_DATES)]


# Runs in worker processes: a result that cannot travel back to the main process.
def _unpicklable(brief: Brief) -> object:
    if "unpicklable" in brief.source.text:
        return lambda: None
    return brief.source.path


def test_a_result_that_cannot_come_back_from_a_worker_costs_that_input_only() -> None:
    texts = ["A calm day in the city.", "An unpicklable result.", "Another calm day."]
    jobs = [Job(article=Article(t, f"{i}.txt")) for i, t in enumerate(texts)]
    results = list(run(jobs, Settings(), _unpicklable, workers=2))
    assert results[0] == "0.txt" and results[2] == "2.txt"
    assert isinstance(results[1], Failure) and results[1].code == "internal"


# --- The Python API ----------------------------------------------------------------


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


# --- The command line --------------------------------------------------------------


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_directory_gives_json_lines_even_for_one_article(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"only.txt": NO_DATES.read_text("utf-8")})
    result = runner.invoke(app, ["extract", str(root), "-f", "json"])
    assert result.exit_code == 0, result.output
    (record,) = jsonl(result.stdout)
    validate_record(record)
    assert record["source"] == {"path": str(root / "only.txt"), "format": "text"}


def test_json_lines_of_files_and_directories_with_error_records(tmp_path: Path) -> None:
    root = tree(tmp_path / "d", {"b.txt": WIRE.read_text("utf-8"), "a.txt": "\n\n"})
    (tmp_path / "none").mkdir()
    args = [str(SEED), str(root), str(tmp_path / "none"), str(tmp_path / "gone.md")]
    result = runner.invoke(app, ["extract", *args, "-f", "json"])
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    for record in records:
        validate_record(record)
    assert [(r["source"]["path"], "error" in r) for r in records] == [  # type: ignore[index]
        (str(SEED), False),
        (str(root / "a.txt"), True),
        (str(root / "b.txt"), False),
        (str(tmp_path / "none"), True),
        (str(tmp_path / "gone.md"), True),
    ]
    assert [r["error"]["code"] for r in records if "error" in r] == [  # type: ignore[index]
        "empty",
        "no_articles",
        "not_found",
    ]
    assert len(result.stderr.splitlines()) == 3


def test_quiet_keeps_records_and_exit_code_but_not_error_lines(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(NO_DATES), str(tmp_path / "gone.txt"), "-f", "json", "--quiet"]
    )
    assert result.exit_code == 1
    assert result.stderr == ""
    assert jsonl(result.stdout)[1]["error"]["code"] == "not_found"  # type: ignore[index]


def test_jobs_2_writes_the_same_json_lines_as_jobs_1(tmp_path: Path) -> None:
    args = [
        "extract",
        str(SEED),
        str(tmp_path / "gone.txt"),
        str(WIRE),
        str(NO_DATES),
        "-f",
        "json",
    ]
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 4


def test_stdin_among_files_with_workers_is_read_by_brief_itself() -> None:
    text = "Storm Hits Coast\nWinds reached 100 mph on Friday.\n"
    result = runner.invoke(
        app, ["extract", str(NO_DATES), "-", "-f", "json", "--jobs", "2"], input=text
    )
    assert result.exit_code == 0, result.output
    first, second = jsonl(result.stdout)
    assert first["source"]["path"] == str(NO_DATES)  # type: ignore[index]
    assert second["source"]["path"] is None  # type: ignore[index]
    assert second["headline"] == "Storm Hits Coast"


def test_output_dir_writes_one_markdown_file_per_input(tmp_path: Path) -> None:
    root = tree(
        tmp_path / "news",
        {"x.txt": WIRE.read_text("utf-8"), "2024/x.txt": NO_DATES.read_text("utf-8")},
    )
    out = tmp_path / "briefs"
    args = [str(root), str(SEED), str(SEED), str(tmp_path / "gone.txt")]
    result = runner.invoke(app, ["extract", *args, "-f", "markdown", "--output-dir", str(out)])
    assert result.exit_code == 1
    assert result.stdout == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2024/x.md", "takaichi-visit-2.md", "takaichi-visit.md", "x.md"]
    assert (out / "takaichi-visit.md").read_text("utf-8") == (
        out / "takaichi-visit-2.md"
    ).read_text("utf-8")
    assert "## At a Glance" in (out / "takaichi-visit.md").read_text("utf-8")
    from newsbrief.render.markdown import escape

    assert escape(str(root / "2024" / "x.txt")) in (out / "2024" / "x.md").read_text("utf-8")


def test_output_dir_in_json_writes_one_brief_per_file(tmp_path: Path) -> None:
    out = tmp_path / "o"
    result = runner.invoke(app, ["extract", str(NO_DATES), "-f", "json", "-d", str(out)])
    assert result.exit_code == 0
    validate(json.loads((out / "no-dates.json").read_text("utf-8")))


def test_a_renderer_bug_costs_one_input_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.render import terminal

    real = terminal.render

    def render(brief, console):  # type: ignore[no-untyped-def]
        if brief.source.path == str(WIRE):
            raise KeyError("certainty")
        real(brief, console)

    monkeypatch.setattr(terminal, "render", render)
    result = runner.invoke(app, ["extract", str(SEED), str(WIRE), str(NO_DATES)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert str(WIRE) in line and "internal error" in line and "KeyError" in line
    assert result.stdout.count("At a Glance") == 2


def test_output_and_output_dir_together_are_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(SEED), "-o", str(tmp_path / "a"), "-d", str(tmp_path / "b")]
    )
    assert result.exit_code == 2
    assert "--output-dir" in result.stderr


def test_markdown_and_terminal_put_briefs_one_after_another() -> None:
    md = runner.invoke(app, ["extract", str(SEED), str(NO_DATES), "-f", "markdown"])
    assert md.exit_code == 0
    assert md.stdout.count("## At a Glance") == 2
    assert "\n---\n" in md.stdout
    term = runner.invoke(app, ["extract", str(SEED), str(NO_DATES)])
    assert term.exit_code == 0
    assert term.stdout.count("At a Glance") == 2
    assert term.stdout.index(str(SEED)) < term.stdout.index(str(NO_DATES))


def test_schema_record_describes_briefs_and_error_records() -> None:
    result = runner.invoke(app, ["schema", "--record"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == record_schema()
    validator = jsonschema.Draft202012Validator(schema)
    error = {"source": {"path": "a.txt"}, "error": {"code": "not_found", "message": "gone"}}
    validator.validate(error)
    for bad in (
        {"source": {"path": "a.txt"}, "error": {"code": "not_found"}},
        {"source": {"path": "a.txt"}, "error": {"code": "Not Found", "message": "x"}},
        {"error": {"code": "not_found", "message": "gone"}},
    ):
        assert not validator.is_valid(bad)


def test_extract_help_documents_the_batch_options_and_exit_codes() -> None:
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--jobs", "--glob", "--output-dir", "--quiet", "Exit codes", "141", "130"):
        assert option in result.stdout, option


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["extract", "--help"]])
def test_help_and_version_never_import_spacy(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from newsbrief.cli import main\n"
        f"code = main({args!r})\n"
        "heavy = sorted(m for m in ('spacy', 'thinc', 'numpy', 'newsbrief.compose') "
        "if m in sys.modules)\n"
        "print(code, heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.stderr.strip() == "0 []", proc.stderr


def test_progress_bar_on_a_terminal_stderr_only(tmp_path: Path) -> None:
    """With stderr a terminal and several inputs, a progress bar; never in the output."""
    import pty

    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbrief",
                "extract",
                str(NO_DATES),
                str(tmp_path / "gone.txt"),
                "-f",
                "json",
            ],
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=120,
            check=False,
            env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert proc.returncode == 1
    assert len(proc.stdout.decode().splitlines()) == 2
    screen = shown.decode("utf-8", "replace")
    assert "briefing" in screen and "━" in screen
    assert "gone.txt: no such file" in screen
    assert "Traceback" not in screen
