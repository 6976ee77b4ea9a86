"""The inputs of a command-line run, and the names of their output files.

Directories are replaced by the articles they hold (recursively, sorted, hidden
files skipped); each input gets a stem for its output file under --output-dir, and
`OutputNames` keeps those file names unique and clear of every input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from newsbrief.app.jobs import STDIN, Failure, Job
from newsbrief.errors import InputError

# Which files a directory input contributes, unless --glob says otherwise.
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
STDIN_STEM = "stdin"

# Error code of a directory without articles.
CODE_NO_ARTICLES = "no_articles"

_UNSAFE_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class Input:
    """One input of a command-line run.

    `name` is what `read_input` reads; `stem` is where its output goes under
    --output-dir, without extension (a directory's files keep their layout under it).
    """

    name: str
    stem: PurePath
    failure: Failure | None = None

    @property
    def job(self) -> Job:
        return Job(name=self.name, failure=self.failure)


def expand_inputs(names: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> list[Input]:
    """Command-line inputs in order, each directory replaced by its matching files.

    A directory is searched recursively; its files are sorted, hidden files and
    directories (`.name`) are skipped, and symbolic links to directories are not
    followed. A directory without any matching file is one failed input.
    """
    found: list[Input] = []
    for name in names:
        if name != STDIN and os.path.isdir(name):
            found.extend(_directory(name, patterns))
        elif _stored_directory(name):
            found.extend(_stored_files(name, patterns))
        else:
            found.append(Input(name, _stem(name)))
    return found


def _directory(top: str, patterns: Sequence[str]) -> list[Input]:
    files: list[PurePath] = []
    failures: list[Input] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or top
        reason = exc.strerror or str(exc)
        rel = PurePath(os.path.relpath(where, top))
        failures.append(Input(where, rel, Failure(where, "unreadable", f"{where}: {reason}")))

    for root, dirs, names in os.walk(top, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_root = PurePath(os.path.relpath(root, top))
        for name in names:
            rel = rel_root / name
            if not name.startswith(".") and _matches(rel, patterns):
                files.append(rel)
    entries = [Input(os.path.join(top, rel), rel.with_suffix("")) for rel in files]
    entries += failures
    entries.sort(key=lambda entry: PurePath(os.path.relpath(entry.name, top)).parts)
    if not entries:
        shown = ", ".join(patterns)
        message = f"{top}: is a directory with no articles (no files matching {shown})"
        return [Input(top, _stem(top), Failure(top, CODE_NO_ARTICLES, message))]
    return entries


def _stored_directory(name: str) -> bool:
    """Whether an input is a directory on storage fsspec reaches (`s3://bucket/news/`)."""
    from newsbrief.read import storage  # fsspec only for such inputs

    return storage.is_storage_url(name) and storage.is_directory(name)


def _stored_files(top: str, patterns: Sequence[str]) -> list[Input]:
    """A directory on storage, as a local one: its matching files, sorted, hidden skipped."""
    from newsbrief.read import storage

    try:
        listed = storage.list_files(top)
    except InputError as exc:
        return [Input(top, _stem(top), Failure(top, exc.code, exc.message))]
    entries = []
    for url, under in listed:
        rel = PurePosixPath(under)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if _matches(rel, patterns):
            entries.append(Input(url, PurePath(*rel.with_suffix("").parts)))
    if not entries:
        shown = ", ".join(patterns)
        message = f"{top}: is a directory with no articles (no files matching {shown})"
        return [Input(top, _stem(top), Failure(top, CODE_NO_ARTICLES, message))]
    return entries


def _matches(rel: PurePath, patterns: Sequence[str]) -> bool:
    """Glob patterns matched from the right, ignoring case (`*.txt`, `2024/*.md`)."""
    path = PurePosixPath(rel.as_posix().casefold())
    return any(path.match(p.casefold()) for p in patterns)


def _stem(name: str) -> PurePath:
    """The output name of a single input: its file name without extension."""
    if name == STDIN:
        return PurePath(STDIN_STEM)
    last = name.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1]
    stem = _UNSAFE_NAME.sub("_", PurePath(last).stem if "." in last[1:] else last).strip("._")
    return PurePath(stem or "article")


class OutputNames:
    """Output file names under a directory, each unique within the run.

    Two inputs that would get the same name (`a/x.txt` and `b/x.txt`, or `x.txt` and
    `x.md`) get `x.md` and `x-2.md`, and no output ever takes an input's place. Names
    are compared ignoring case, for file systems that do.
    """

    def __init__(self, directory: Path, suffix: str, inputs: Iterable[str] = ()) -> None:
        self.directory = directory
        self.suffix = suffix
        self._taken = {_key(Path(name)) for name in inputs if name != STDIN}

    def name_for(self, stem: PurePath) -> Path:
        base = self.directory / stem
        candidate = base.with_name(base.name + self.suffix)
        n = 1
        while _key(candidate) in self._taken:
            n += 1
            candidate = base.with_name(f"{base.name}-{n}{self.suffix}")
        self._taken.add(_key(candidate))
        return candidate


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path)).casefold()
