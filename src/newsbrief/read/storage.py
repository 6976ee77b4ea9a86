"""Articles on shared storage that fsspec reaches: `s3://`, `gs://`, `abfs://`, `hdfs://`.

Used so that the machines of a cluster read their articles themselves, where they
are, rather than through the machine that started the run. fsspec comes with Dask
(`pip install 'newsbrief[dask]'`); each store needs its own package as well (s3fs,
gcsfs, adlfs). Web addresses are not storage: http and https go through `fetch`,
with its limits. Imported only when an input is written as such a URL.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from typing import Any

from newsbrief.errors import InputError

# The object stores and cluster file systems that an archive lives on. Other fsspec
# protocols (file, ftp, ssh, http through fsspec, archives) are not inputs: a local
# file is named by its path, and a URL never reads one.
SCHEMES = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "hdfs", "webhdfs"})

INSTALL_HINT = "pip install 'newsbrief[dask]'"


def scheme_of(name: str) -> str:
    return urllib.parse.urlsplit(name).scheme.lower()


def is_storage_url(name: str) -> bool:
    """Whether an input names a file on storage that fsspec reads (`s3://bucket/a.txt`)."""
    return "://" in name and scheme_of(name) in SCHEMES


def _filesystem(name: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise InputError(
            f"{name}: reading {scheme_of(name)}:// URLs needs fsspec ({INSTALL_HINT})", "bad_url"
        ) from None
    try:
        fs, path = fsspec.core.url_to_fs(name)
    except ImportError as exc:  # the store's own package (s3fs, gcsfs, ...) is missing
        raise InputError(f"{name}: {' '.join(str(exc).split())}", "bad_url") from None
    except ValueError as exc:
        raise InputError(f"{name}: {' '.join(str(exc).split())}", "bad_url") from None
    return fs, path


def read_bytes(name: str, limit: int | None = None) -> bytes:
    """The bytes of one file on storage; errors name it and say what is wrong, in one line."""
    fs, path = _filesystem(name)
    try:
        if fs.isdir(path):
            raise InputError(f"{name}: is a directory, not an article", "directory")
        with fs.open(path, "rb") as handle:
            data: bytes = handle.read() if limit is None else handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", "not_found") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied", "unreadable") from None
    except (OSError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise InputError(f"{name}: cannot be read ({detail})", "unreadable") from None
    if limit is not None and len(data) > limit:
        raise InputError(f"{name}: larger than {limit} bytes", "too_large")
    return data


def is_directory(name: str) -> bool:
    fs, path = _filesystem(name)
    try:
        return bool(fs.isdir(path))
    except (OSError, ValueError):
        return False


def list_files(name: str) -> Sequence[tuple[str, str]]:
    """Every file under a directory on storage, sorted: its URL (of the same scheme)
    and its path under the directory."""
    fs, path = _filesystem(name)
    try:
        found = fs.find(path)
    except (OSError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise InputError(f"{name}: cannot be listed ({detail})", "unreadable") from None
    top = path.rstrip("/") + "/"
    return sorted((fs.unstrip_protocol(p), p.removeprefix(top)) for p in found if p.startswith(top))
