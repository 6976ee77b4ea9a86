"""The inputs of a command-line run, and the names of their output files.

Directories are replaced by the articles they hold (recursively, sorted, hidden
files skipped), and RSS or Atom feeds (a file, or a URL whose path names a feed) by
the articles they list, in the feed's order; a list of inputs (`--from FILE`, `-` for
stdin) gives one input a line. Each input gets a stem for its output file under
--output-dir, and `OutputNames` keeps those file names unique and clear of every input.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from newsbrief.app.jobs import STDIN, Failure, Job
from newsbrief.errors import InputError
from newsbrief.read import MAX_INPUT_BYTES

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


def expand_inputs(
    names: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS, allow_private: bool = False
) -> list[Input]:
    """Command-line inputs in order, each directory replaced by its matching files and
    each feed by the articles it lists (`allow_private`: a feed URL's own host may be a
    private or loopback address, as for any input URL).

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
            listed = _feed(name, allow_private) if name != STDIN else None
            found.extend(listed if listed is not None else [Input(name, _stem(name))])
    return found


def names_from(source: str) -> list[str]:
    """The inputs a list names, one a line (`-`: stdin); blank lines and `#` comments
    are skipped. Raises InputError when the list cannot be read."""
    import sys

    try:
        if source == STDIN:
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8-sig") as f:
                text = f.read()
    except FileNotFoundError:
        raise InputError(f"{source}: no such list of inputs", "not_found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: the list of inputs cannot be read ({exc})") from None
    lines = (ln.strip() for ln in text.splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


def _feed(name: str, allow_private: bool = False) -> list[Input] | None:
    """The articles of a feed given as a file or a URL; None when `name` is not a feed
    (it is then read as an article, and any error is reported then)."""
    from newsbrief.read import feeds, is_url

    base = None
    try:
        if is_url(name):
            if not feeds.looks_like_feed_url(name):
                return None
            from newsbrief.read import fetch

            page = fetch.fetch(name, allow_private=allow_private, feed=True)
            data, base = page.data, page.url
        elif not os.path.isfile(name):  # a FIFO or a device is never opened here
            return None
        else:
            with open(name, "rb") as f:
                if not feeds.is_feed(f.read(feeds.SNIFF_BYTES)):
                    return None
                f.seek(0)
                data = f.read(MAX_INPUT_BYTES + 1)
            if len(data) > MAX_INPUT_BYTES:
                message = f"{name}: a feed larger than {MAX_INPUT_BYTES // 2**20} MB"
                return [Input(name, _stem(name), Failure(name, "too_large", message))]
        if not feeds.is_feed(data):
            return None
        links = feeds.feed_links(data, name, base)
    except OSError:
        return None
    except InputError as exc:
        return [Input(name, _stem(name), Failure(name, exc.code, exc.message))]
    return [Input(link, _stem(link)) for link in links]


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
            # Regular files only: a FIFO would block the run, a link to /dev/zero fill memory.
            if not name.startswith(".") and _matches(rel, patterns) and _regular(root, name):
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


def _regular(root: str, name: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(os.path.join(root, name)).st_mode)
    except OSError:
        return True  # unreadable or gone: reading it says why


def identity(name: str) -> tuple[int, int] | None:
    """The file a path names (device and inode, links followed), if it exists."""
    try:
        found = os.stat(name)
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino)


def check_patterns(patterns: Sequence[str]) -> None:
    """Raise ValueError naming a --glob pattern that cannot match anything."""
    for pattern in patterns:
        try:
            PurePosixPath("x").match(pattern.casefold())
        except ValueError:
            raise ValueError(f"{pattern!r} is not a file name pattern") from None


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
    `x.md`) get `x.md` and `x-2.md`, and no output ever takes an input's place, even
    one reached through another path (a symbolic link). Names are compared ignoring
    case, for file systems that do.
    """

    def __init__(self, directory: Path, suffix: str, inputs: Iterable[str] = ()) -> None:
        self.directory = directory
        self.suffix = suffix
        names = [name for name in inputs if name != STDIN]
        self._taken = {_key(Path(name)) for name in names}
        self._files = {found for name in names if (found := identity(name)) is not None}

    def name_for(self, stem: PurePath) -> Path:
        base = self.directory / stem
        candidate = base.with_name(base.name + self.suffix)
        n = 1
        while _key(candidate) in self._taken or identity(str(candidate)) in self._files:
            n += 1
            candidate = base.with_name(f"{base.name}-{n}{self.suffix}")
        self._taken.add(_key(candidate))
        return candidate


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path)).casefold()
