from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import __version__
from newsbrief.cli import app, main
from support import assert_offsets_slice, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
runner = CliRunner()


def run(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


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


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    result = run("extract", str(SEED), "-f", "json", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    validate(json.loads(target.read_text("utf-8")))


def test_failed_input_leaves_an_existing_output_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    target.write_text("keep me")
    result = run("extract", str(tmp_path / "missing.txt"), "-o", str(target))
    assert result.exit_code == 1
    assert target.read_text() == "keep me"
    assert list(tmp_path.iterdir()) == [target]


def test_unwritable_output_exits_3(tmp_path: Path) -> None:
    result = run("extract", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir" / "out.json"))
    assert result.exit_code == 3
    assert "cannot be written" in one_line_error(result)


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


def test_bad_reference_date_is_a_usage_error() -> None:
    result = run("extract", str(SEED), "--reference-date", "22/03/2013")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


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
    assert schema["properties"]["schema_version"]["const"] == "1.0"


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
