"""Briefing on a Dask cluster: a real scheduler and two worker processes on 127.0.0.1,
compared with the local run byte for byte, with a worker killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import dask.bag
import pytest
from distributed import Client, LocalCluster

import newsbrief
from newsbrief.app import cluster
from newsbrief.app.jobs import Failure, Job, Settings, Written
from newsbrief.app.workers import CODE_CRASHED
from newsbrief.brief import Brief
from newsbrief.read import read_input
from support import SAMPLES, hears_ctrl_c, one_line_error, run

ARTICLES = sorted(SAMPLES.glob("*.txt"))[:6]
POISON = "This article stops the process that briefs it."


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    # One retry elsewhere for a batch whose worker died, then KilledWorker: enough to
    # see both the retry and the article-by-article isolation in a short test.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        local = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )
    try:
        yield local.scheduler_address
    finally:
        local.close()


def _cli(*args: str) -> tuple[int, str, str]:
    result = run("extract", *args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["json", "markdown", "terminal"])
def test_the_cluster_gives_the_local_output_byte_for_byte(address: str, fmt: str) -> None:
    inputs = [*map(str, ARTICLES), "missing.txt"]
    local = _cli(*inputs, "--format", fmt)
    remote = _cli(*inputs, "--format", fmt, "--scheduler", address)
    assert remote == local
    assert local[0] == 1  # the missing input, reported the same way in both
    assert "missing.txt: no such file" in local[2]


def test_output_dir_files_are_written_by_the_workers_and_equal_the_local_ones(
    address: str, tmp_path: Path
) -> None:
    # Three inputs named x: each gets its name up front, in input order, whether
    # or not it fails (the first is empty), so the workers can write the files.
    paths = []
    for folder, text in (("a", ""), ("b", ARTICLES[0].read_text("utf-8")), ("c", "Hi.\n")):
        (tmp_path / folder).mkdir()
        paths.append(tmp_path / folder / "x.txt")
        paths[-1].write_text(text, "utf-8")
    inputs = list(map(str, paths))
    here, there = tmp_path / "local", tmp_path / "cluster"
    assert _cli(*inputs, "-d", str(here), "--format", "markdown")[0] == 1
    assert _cli(*inputs, "-d", str(there), "--format", "markdown", "--scheduler", address)[0] == 1
    names = sorted(p.name for p in here.iterdir())
    assert names == ["x-2.md", "x-3.md"]
    assert sorted(p.name for p in there.iterdir()) == names
    for name in names:
        assert (there / name).read_bytes() == (here / name).read_bytes()


def test_the_python_api_on_a_cluster_equals_the_local_one(address: str) -> None:
    texts = [path.read_text("utf-8") for path in ARTICLES[:3]]
    items = [*texts, ARTICLES[3], Path("missing.txt"), ""]
    local = list(newsbrief.extract_many(items))
    remote = list(newsbrief.extract_many(items, scheduler=address))
    assert [_comparable(r) for r in remote] == [_comparable(r) for r in local]
    assert isinstance(remote[4], Failure) and remote[4].code == "not_found"
    assert isinstance(remote[5], Failure) and remote[5].code == "empty"


def test_a_worker_killed_mid_run_costs_no_result(address: str) -> None:
    items = [path.read_text("utf-8") for path in ARTICLES] * 2
    local = [_comparable(r) for r in newsbrief.extract_many(items)]
    with Client(address) as client:
        pids = list(client.run(os.getpid).values())
    results = newsbrief.extract_many(items, scheduler=address)
    first = next(results)
    os.kill(pids[0], signal.SIGKILL)  # its batches in flight go to the other worker
    rest = list(results)
    assert [_comparable(first), *map(_comparable, rest)] == local


def test_an_article_that_kills_every_worker_is_reported_crashed_alone(address: str) -> None:
    def poisoned(brief: Brief) -> str:
        if POISON in brief.source.text:
            os._exit(1)  # a crash in native code, as far as the worker can tell
        return brief.source.text

    good = ARTICLES[0].read_text("utf-8")
    jobs = [
        Job(name=str(ARTICLES[1])),
        _text_job(POISON + " " + POISON, "poison"),
        _text_job(good, "good"),
    ]
    results = list(cluster.run(jobs, Settings(), poisoned, address))
    assert isinstance(results[0], str) and isinstance(results[2], str)
    assert isinstance(results[1], Failure)
    assert results[1].code == CODE_CRASHED
    assert "poison" in results[1].message


def test_workers_load_the_model_once_each(address: str) -> None:
    newsbrief.extract_many([ARTICLES[0]], scheduler=address).__next__()

    def loads() -> int:
        from newsbrief.nlp import load_model

        return load_model.cache_info().misses

    list(newsbrief.extract_many([path.read_text("utf-8") for path in ARTICLES], scheduler=address))
    with Client(address) as client:
        assert set(client.run(loads).values()) == {1}


def test_a_job_naming_an_output_comes_back_written(address: str, tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.md"
    from newsbrief.app.output import Format, finisher
    from newsbrief.render.terminal import Screen

    finish = finisher(Format.markdown, False, Screen())
    [result] = cluster.run(
        [Job(name=str(ARTICLES[0]), output=str(target))], Settings(), finish, address
    )
    assert result == Written(str(target))
    assert target.read_text("utf-8").startswith("# ")


def test_an_unreachable_scheduler_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    result = run("extract", str(ARTICLES[0]), "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert "the Dask scheduler at tcp://127.0.0.1:9 cannot be reached" in one_line_error(result)


def test_without_dask_the_option_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsbrief.app

    monkeypatch.setitem(sys.modules, "newsbrief.app.cluster", None)  # as if Dask were missing
    monkeypatch.delattr(newsbrief.app, "cluster", raising=False)
    result = run("extract", str(ARTICLES[0]), "--scheduler", "local")
    assert result.exit_code == 2
    assert "pip install 'newsbrief[dask]'" in one_line_error(result)


def test_help_and_the_core_api_do_not_import_dask() -> None:
    code = (
        "import sys, newsbrief\n"
        "from newsbrief.app.cli import main\n"
        "main(['extract', '--help'])\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "--scheduler" in done.stdout


def test_brief_bag_maps_texts_and_paths_to_the_json_objects() -> None:
    text = ARTICLES[0].read_text("utf-8")
    bag = newsbrief.brief_bag(dask.bag.from_sequence([text, ARTICLES[1], Path("missing.txt")]))
    got = bag.compute(scheduler="synchronous")
    assert got[0] == newsbrief.extract(text, path="text").to_dict() | {"source": got[0]["source"]}
    assert got[1]["source"]["path"] == str(ARTICLES[1])
    assert got[2]["error"]["code"] == "not_found"
    json.dumps(got)  # ready for to_textfiles / to_dataframe


def test_ctrl_c_cancels_the_run_and_exits_130(tmp_path: Path) -> None:
    many = [str(p) for p in ARTICLES] * 20
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsbrief.app.cli",
            "extract",
            *many,
            "--format",
            "json",
            "--scheduler",
            "local",
            "--jobs",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=hears_ctrl_c,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # the cluster is up and briefing
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in err


def _text_job(text: str, label: str) -> Job:
    from newsbrief.read import Article

    return Job(article=Article(text, None), label=label)


def _comparable(result: Brief | Failure) -> object:
    return result if isinstance(result, Failure) else result.to_dict()


def test_storage_urls_are_read_as_files_are(monkeypatch: pytest.MonkeyPatch) -> None:
    import fsspec

    from newsbrief.read import storage

    # fsspec's in-memory store stands in for s3:// and the like (never an input otherwise).
    monkeypatch.setattr(storage, "SCHEMES", storage.SCHEMES | {"memory"})
    memory = fsspec.filesystem("memory")
    text = ARTICLES[0].read_text("utf-8")
    memory.pipe("/news/a.txt", text.encode("utf-8"))
    memory.pipe("/news/.hidden.txt", b"x")
    memory.pipe("/news/notes.csv", b"x")
    try:
        url = "memory://news/a.txt"
        assert read_input(url).text == read_input(str(ARTICLES[0])).text
        assert read_input(url).path == url
        missing = run("extract", "memory://news/nope.txt")
        assert missing.exit_code == 1
        assert "no such file" in one_line_error(missing)
        listed = run("extract", "memory://news", "--format", "json")
        assert listed.exit_code == 0, listed.stderr
        assert json.loads(listed.stdout)["source"]["path"] == "memory:///news/a.txt"
    finally:
        memory.rm("/news", recursive=True)
    assert not storage.is_storage_url("file:///etc/hosts")


def test_an_output_file_a_worker_cannot_write_costs_that_input_only(
    address: str, tmp_path: Path
) -> None:
    named = [str(tmp_path / f"{stem}.txt") for stem in ("a", "b", "c")]
    for source, name in zip(ARTICLES, named, strict=False):
        Path(name).write_text(source.read_text("utf-8"), "utf-8")
    errors = {}
    for where, scheduler in (("local", []), ("cluster", ["--scheduler", address])):
        out = tmp_path / where
        for taken in ("a.md", "b.md"):  # a directory holds the name of each of two outputs
            (out / taken).mkdir(parents=True)
        result = run("extract", *named, "-d", str(out), "-f", "markdown", *scheduler)
        assert result.exit_code == 3, result.stderr
        errors[where] = result.stderr.replace(str(out), "OUT").splitlines()
        assert (out / "c.md").is_file()
    assert len(errors["local"]) == 2
    assert errors["cluster"] == errors["local"]
