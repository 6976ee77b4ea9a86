"""Command-line inputs: directories searched for articles, and output file names."""

from __future__ import annotations

import os
from pathlib import Path, PurePath

import pytest

from newsbrief.app.inputs import OutputNames, expand_inputs
from support import tree

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
