from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from newsbrief import __version__
from newsbrief.app.cli import app, main
from newsbrief.render.json import record_schema
from support import (
    NO_DATES,
    SAMPLES,
    SEED,
    WIRE,
    assert_offsets_slice,
    one_line_error,
    run,
    runner,
    tree,
    validate,
    validate_record,
)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"brief (newsbrief) {__version__}"


def test_help_teaches_with_examples_and_exit_codes() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    assert "brief extract article.txt" in result.stdout
    assert "Exit codes" in result.stdout
    assert "--reference-date" in result.stdout


def test_json_of_the_seed_validates_and_slices() -> None:
    result = run("extract", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate(data)
    assert data["source"]["path"] == str(SEED)
    assert_offsets_slice(data, SEED.read_text("utf-8"))


def test_stdin_and_dash_read_the_same_text() -> None:
    text = SEED.read_text("utf-8")
    a = json.loads(run("extract", "--format", "json", stdin=text).stdout)
    b = json.loads(run("extract", "-", "--format", "json", stdin=text).stdout)
    assert a == b
    assert a["source"]["path"] is None


def test_reference_date_option_is_reported() -> None:
    data = json.loads(
        run("extract", str(SEED), "-f", "json", "--reference-date", "2023-11-20").stdout
    )
    assert data["reference_date"] == "2023-11-20"
    assert data["reference_date_source"] == "option"


def test_markdown_output() -> None:
    result = run("extract", str(SEED), "--format", "markdown")
    assert result.exit_code == 0
    assert "## At a Glance" in result.stdout
    assert "## Timeline" in result.stdout


def test_terminal_output_is_plain_when_not_a_tty() -> None:
    result = run("extract", str(SEED))
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "At a Glance" in result.stdout
    assert "Timeline" in result.stdout


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\n \t"), "is empty"),
        (lambda d: _write(d / "bin.dat", bytes(range(256)) * 4), "binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", str(setup(tmp_path)))
    assert result.exit_code == 1
    line = one_line_error(result)
    assert line.startswith("brief: error: ")
    assert message in line


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_empty_stdin_is_an_input_error() -> None:
    result = run("extract", stdin="")
    assert result.exit_code == 1
    assert "is empty" in one_line_error(result)


@pytest.mark.parametrize("given", ["04/05/2013", "next Friday", "March 5", "2013-02-30"])
def test_bad_reference_date_is_a_usage_error(given: str) -> None:
    """Ambiguous, relative or partial dates are refused, not guessed."""
    result = run("extract", str(SEED), "--reference-date", given)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    "given", ["March 5, 2009", "5 March 2009", "Thu, 05 Mar 2009 10:00:00 +0000"]
)
def test_reference_date_as_newsrooms_print_it(given: str) -> None:
    result = run(
        "extract", "-", "-f", "json", "--reference-date", given, stdin="Markets fell on Thursday."
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["reference_date"] == "2009-03-05"


def test_unknown_model_exits_2_naming_what_to_install() -> None:
    result = run("extract", str(SEED), "--model", "no_such_model_xyz")
    assert result.exit_code == 2
    line = one_line_error(result)
    assert "no_such_model_xyz" in line and "pip install" in line


def test_several_inputs_give_json_lines_with_error_records(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("extract", str(SEED), str(missing), str(SAMPLES / "no-dates.txt"), "-f", "json")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [
        str(SEED),
        str(missing),
        str(SAMPLES / "no-dates.txt"),
    ]
    assert records[1]["error"]["code"] == "not_found"
    validate(records[0])
    validate(records[2])


def test_schema_command_prints_the_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema_version"]["const"] == "1.4"


def test_main_returns_exit_codes_without_raising(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert main(["extract", "--nonsense"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def _installed_brief() -> list[str]:
    script = Path(sys.executable).with_name("brief")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsbrief"]


def test_installed_command_reads_stdin_and_prints_json() -> None:
    text = SEED.read_text("utf-8")
    proc = subprocess.run(
        [*_installed_brief(), "extract", "-", "--format", "json"],
        input=text.encode(),
        capture_output=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    validate(data)
    assert_offsets_slice(data, text)


def test_installed_command_with_bom_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffStorm Hits Coast\nWinds reached 100 mph on Friday.\n".encode())
    proc = subprocess.run(
        [*_installed_brief(), "extract", str(path), str(tmp_path / "gone.txt"), "-f", "json"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["headline"] == "Storm Hits Coast"
    assert first["blocks"][0]["start"] == 0  # the BOM is not part of the text
    assert second["error"]["code"] == "not_found"
    assert proc.stderr.decode().count("\n") == 1


def test_stdin_with_a_reference_date_gives_the_dates_of_the_python_api() -> None:
    """Held-out temporal scoring goes through `brief extract - --format json
    --reference-date DCT`: it must find what the benchmark's `extract` finds, at
    offsets into the text as given on stdin (CRLF line ends included)."""
    import datetime as dt

    import newsbrief

    text = (
        "Stocks fell on Friday after the central bank said last week it would raise\r\n"
        "rates in the second quarter. Two years ago, the same bank cut them twice.\r\n"
    )
    result = run("extract", "-", "-f", "json", "--reference-date", "2013-03-22", stdin=text)
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)["dates"]
    want = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22)).to_dict()["dates"]
    assert got == want
    assert {d["value"] for d in got} >= {"2013-03-22", "2013-W11", "2013-Q2", "2011"}
    for d in got:
        assert text[d["start"] : d["end"]] == d["text"]


# --- Several inputs ----------------------------------------------------------------


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


def test_output_and_output_dir_together_are_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(SEED), "-o", str(tmp_path / "a"), "-d", str(tmp_path / "b")]
    )
    assert result.exit_code == 2
    assert "--output-dir" in result.stderr


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
        "from newsbrief.app.cli import main\n"
        f"code = main({args!r})\n"
        "heavy = sorted(m for m in ('spacy', 'thinc', 'numpy', 'newsbrief.compose') "
        "if m in sys.modules)\n"
        "print(code, heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.stderr.strip() == "0 []", proc.stderr


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["extract", "--foo"], "brief: error: No such option: --foo"),
        (["extract", "-j", "0", str(SEED)], "brief: error: Invalid value for '--jobs'"),
        (["extract", "--only", "sports", str(SEED)], "brief: error: Invalid value: --only"),
        (["extract", "--quotes", "some", str(SEED)], "brief: error: Invalid value: --quotes"),
        (
            ["article.txt"],
            "brief: error: 'article.txt' is not a command; to brief it: brief extract article.txt",
        ),
        (["extrct", "a.txt"], "brief: error: no command 'extrct'; did you mean 'brief extract'?"),
        (["frobnicate"], "brief: error: no command 'frobnicate' (the commands: extract"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], start: str
) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(start)
    assert captured.out == ""


def test_the_commands_listed_for_hints_are_the_commands() -> None:
    from typer.main import get_command

    from newsbrief.app.usage import COMMANDS

    assert set(get_command(app).commands) == set(COMMANDS)  # type: ignore[attr-defined]


def test_extract_help_shows_plain_metavars() -> None:
    out = run("extract", "--help").stdout
    assert "[PATH]..." in out
    assert "[[PATH]" not in out
    assert "<list" not in out


def _terminal(*args: str) -> str:
    result = run("extract", str(SEED), "--format", "terminal", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_width_lays_the_terminal_layout_out_and_long_dates_wrap() -> None:
    out = _terminal("--width", "60")
    assert max(len(line) for line in out.splitlines()) <= 60
    timeline = out.split("Timeline", 1)[1].split("\n\n", 1)[0].splitlines()
    event_column = timeline[1].index("Event")
    # The dates take at most 3/8 (with the mark and padding), the events the rest.
    assert event_column <= 60 * 3 // 8 + 10
    assert max(len(line) for line in _terminal("--width", "120").splitlines()) > 60


def test_color_always_colours_a_pipe_and_never_beats_force_color(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "\x1b[" in _terminal("--color", "always")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" not in _terminal("--color", "never")


def test_only_picks_sections_in_the_terminal_and_markdown_not_json() -> None:
    out = _terminal("--only", "timeline,quotes")
    assert "Timeline" in out and "Quotes" in out
    assert "At a Glance" not in out and "Who and Where" not in out
    markdown = run("extract", str(SEED), "-f", "markdown", "--only", "glance").stdout
    assert "## At a Glance" in markdown and "## Timeline" not in markdown
    data = json.loads(run("extract", str(SEED), "-f", "json", "--only", "glance").stdout)
    assert data["timeline"] and data["quotes"]


def test_takeaways_sets_how_many_are_generated() -> None:
    for n in (1, 4):
        data = json.loads(run("extract", str(WIRE), "-f", "json", "--takeaways", str(n)).stdout)
        assert len(data["key_takeaways"]) == n
        assert all(item["origin"] == "generated" for item in data["key_takeaways"])


def test_glance_sets_how_many_are_generated() -> None:
    default = json.loads(run("extract", str(WIRE), "-f", "json").stdout)["at_a_glance"]
    for n in (1, len(default) + 1):
        data = json.loads(run("extract", str(WIRE), "-f", "json", "--glance", str(n)).stdout)
        assert len(data["at_a_glance"]) == n
        assert all(item["origin"] == "generated" for item in data["at_a_glance"])


def test_quotes_are_limited_in_the_terminal_and_all_in_markdown_and_json() -> None:
    data = json.loads(run("extract", str(WIRE), "-f", "json").stdout)
    assert len(data["quotes"]) > 2
    out = run("extract", str(WIRE), "--quotes", "1").stdout
    section = out.split("Quotes", 1)[1]
    assert section.count("›") == 1
    assert "more (all of them: --quotes all" in section
    assert "more (all" not in run("extract", str(WIRE), "--quotes", "all").stdout
    markdown = run("extract", str(WIRE), "-f", "markdown").stdout
    assert "more (all" not in markdown
    assert markdown.split("## Quotes", 1)[1].count("\n- ") >= 2


def test_shell_completion_is_offered(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shell is found among the process's ancestors; a run without one (a
    # detached job, a service) has none, so the test names it.
    monkeypatch.setattr("typer.completion._get_shell_name", lambda: "bash")
    assert main(["--show-completion"]) == 0
    script = capsys.readouterr().out
    assert "_BRIEF_COMPLETE" in script
    assert "--install-completion" in run("--help").stdout


def test_weeks_read_as_people_write_them_and_a_speaker_goes_on_in_one_line() -> None:
    article = (
        "Council backs plan\n\n"
        '"We will rebuild the bridge," Mayor Ann Lee said on Monday. '
        '"And we will do it this year."\n\n'
        "Shares in the builder fell sharply last week, traders said.\n"
    )
    out = run("extract", "-f", "markdown", "--reference-date", "2013-03-22", stdin=article).stdout
    assert "| Week of March 11, 2013 |" in out
    assert "- “We will rebuild the bridge” “And we will do it this year.” — Ann Lee" in out
