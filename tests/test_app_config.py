"""The configuration file of defaults: its place, its checks, and the order in which
the command line, the environment, the file and brief's own defaults win."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.app import config
from newsbrief.app.cli import main
from support import SEED, run


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "config.toml"
    monkeypatch.setenv(config.ENV_FILE, str(where))
    monkeypatch.delenv("BRIEF_MODEL", raising=False)
    return where


def test_the_file_is_in_the_platform_config_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_FILE)
    where = config.path()
    assert where.name == "config.toml"
    assert where.parent.name.lower() == "newsbrief"


def test_a_file_gives_the_defaults_and_the_command_line_wins(config_file: Path) -> None:
    config_file.write_text('format = "markdown"\nonly = ["glance"]\n', "utf-8")
    from_file = run("extract", str(SEED))
    assert from_file.exit_code == 0
    assert from_file.stdout.startswith("# ")
    assert "## At a Glance" in from_file.stdout
    assert "## Timeline" not in from_file.stdout
    given = run("extract", str(SEED), "--format", "json")
    assert json.loads(given.stdout)["timeline"]  # JSON always holds every section
    ignored = run("extract", str(SEED), "--no-config")
    assert not ignored.stdout.startswith("# ")  # the terminal layout, built in


def test_brief_config_says_where_each_default_comes_from(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file.write_text('width = 72\nmodel = "from_file"\nquotes = "all"\n', "utf-8")
    monkeypatch.setenv("BRIEF_MODEL", "from_environment")
    shown = run("config")
    assert shown.exit_code == 0
    lines = {line.split()[0]: line for line in shown.stdout.splitlines()[1:]}
    assert "72" in lines["width"] and f"config file ({config_file})" in lines["width"]
    assert "from_environment" in lines["model"] and "BRIEF_MODEL" in lines["model"]
    assert "all" in lines["quotes"]
    assert "[built-in]" in lines["format"]
    assert f"{config_file} (read)" in shown.stdout.splitlines()[0]
    bare = run("config", "--no-config")
    # The width line, not the whole output: the file's path may hold "72" too.
    bare_lines = {line.split()[0]: line for line in bare.stdout.splitlines()[1:]}
    assert "72" not in bare_lines["width"] and "[built-in]" in bare_lines["width"]
    assert "ignored (--no-config)" in bare.stdout
    assert run("config", "--path").stdout.strip() == str(config_file)


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ('format = "xml"\n', "format must be terminal or json or markdown, not 'xml'"),
        ("widht = 80\n", "unknown setting 'widht'"),
        ("glance = 0\n", "glance must be from 1 to 10, not 0"),
        ('only = ["glance", "sports"]\n', "only must be section names"),
        ("format = \n", "not valid TOML"),
    ],
)
def test_a_bad_file_is_one_line_naming_it_and_exit_2(
    config_file: Path, capsys: pytest.CaptureFixture[str], content: str, complaint: str
) -> None:
    config_file.write_text(content, "utf-8")
    assert main(["extract", str(SEED)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"brief: error: {config_file}: ")
    assert complaint in err[0]
    assert main(["extract", str(SEED), "--no-config", "-f", "json"]) == 0


def test_settings_are_checked_as_the_options_are() -> None:
    assert config.parse_quotes("all") is None
    assert config.parse_quotes("3") == 3
    assert config.parse_sections("timeline, glance") == ("glance", "timeline")
    with pytest.raises(ValueError):
        config.parse_quotes(-1)
    with pytest.raises(ValueError):
        config.parse_sections([])


def test_the_section_names_are_the_renderers() -> None:
    from newsbrief.render.common import SECTION_NAMES

    # Kept apart so that `brief --help` need not import the renderers (and rich).
    assert tuple(SECTION_NAMES) == config.SECTIONS
