"""Where briefs go: an output file replaced atomically, one file per input, briefs one
after another, and a renderer's bug costing one input only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.app.cli import app
from support import NO_DATES, SEED, WIRE, one_line_error, run, runner, tree, validate


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


def test_markdown_and_terminal_put_briefs_one_after_another() -> None:
    md = runner.invoke(app, ["extract", str(SEED), str(NO_DATES), "-f", "markdown"])
    assert md.exit_code == 0
    assert md.stdout.count("## At a Glance") == 2
    assert "\n---\n" in md.stdout
    term = runner.invoke(app, ["extract", str(SEED), str(NO_DATES)])
    assert term.exit_code == 0
    assert term.stdout.count("At a Glance") == 2
    assert term.stdout.index(str(SEED)) < term.stdout.index(str(NO_DATES))


def test_a_renderer_bug_costs_one_input_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.render import terminal

    real = terminal.render

    def render(brief, console, *view):  # type: ignore[no-untyped-def]
        if brief.source.path == str(WIRE):
            raise KeyError("certainty")
        real(brief, console, *view)

    monkeypatch.setattr(terminal, "render", render)
    result = runner.invoke(app, ["extract", str(SEED), str(WIRE), str(NO_DATES)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert str(WIRE) in line and "internal error" in line and "KeyError" in line
    assert result.stdout.count("At a Glance") == 2


def test_output_dir_replaces_the_files_of_an_earlier_run(tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    out.mkdir()
    (out / "no-dates.md").write_text("an earlier run's brief\n")
    result = runner.invoke(app, ["extract", str(NO_DATES), "-f", "markdown", "-d", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["no-dates.md"]  # not no-dates-2.md
    assert (out / "no-dates.md").read_text("utf-8").startswith("# ")


def test_output_file_is_replaced_at_once_never_written_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the new output is whole, the old one is there, untouched; then one rename
    (in the same folder, so atomic) puts the new one in its place."""
    import os

    from newsbrief.app import output

    target = tmp_path / "briefs.jsonl"
    target.write_text("the old briefs\n")
    renames: list[tuple[str, str, str]] = []
    rename = os.replace

    def spy(src: str, dst: str) -> None:
        renames.append((src, Path(dst).read_text(), Path(src).read_text("utf-8")))
        rename(src, dst)

    monkeypatch.setattr(output.os, "replace", spy)
    result = run("extract", str(NO_DATES), str(WIRE), "-f", "json", "-o", str(target))
    assert result.exit_code == 0, result.output
    ((src, before, written),) = renames
    assert Path(src).parent == tmp_path and before == "the old briefs\n"
    assert len(written.splitlines()) == 2 and written == target.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefs.jsonl"]
