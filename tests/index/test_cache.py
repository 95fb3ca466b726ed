"""The cached index answers exactly as a fresh in-memory build, and never breaks a run."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.engine import verify
from factcheck.index import cached as cached_module
from factcheck.index import memory as index_module
from factcheck.index import store as store_module
from factcheck.index import stored as stored_module
from factcheck.index.cached import open_index
from factcheck.index.memory import SentenceIndex, analyse_sources
from factcheck.index.store import store_rows
from factcheck.inputs.sources import read_sources
from tests.helpers import CLAIMS, ROOT, run_cli

OLD = 1_000_000_000  # an mtime long ago (2001), as for files written before the first run


def outcome(run) -> list[tuple]:
    """Everything a verdict shows, to compare two runs."""
    return [(r.claim.id, r.verdict.value, r.score, r.reason, r.passage and (r.passage.source, r.passage.line),
             r.passage and r.passage.text, r.numbers) for r in run.results] + [str(p) for p in run.problems]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A copy of the shipped seeds, with old mtimes, to change at will."""
    folder = tmp_path / "sources"
    shutil.copytree(ROOT / "seeds", folder)
    for path in folder.iterdir():
        os.utime(path, ns=(OLD, OLD))
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def cached(sources: Path, cache_dir: Path, claims: Path = CLAIMS):
    return verify([claims], sources, cache=True, cache_dir=cache_dir)


def fresh(sources: Path, claims: Path = CLAIMS):
    return verify([claims], sources, cache=False)


def change_sources(sources: Path) -> None:
    """Change a figure in one file, delete one, add one (with new mtimes)."""
    changed = sources / "003_8a654a56f009dfbf.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("33 of the 257", "35 of the 257"), encoding="utf-8")
    os.utime(changed, ns=(OLD + 10**9, OLD + 10**9))
    (sources / "004_4123964184129e5c.txt").unlink()
    shutil.copy(ROOT / "tests/devset/bbc/bbc-0007.txt", sources / "bbc-0007.txt")


def test_cached_runs_equal_a_fresh_build(sources, cache_dir):
    expected = outcome(fresh(sources))
    assert outcome(cached(sources, cache_dir)) == expected  # cold: builds the cache
    assert outcome(cached(sources, cache_dir)) == expected  # warm: reads it


def stored_analyses(cache_dir: Path) -> int:
    (path,) = cache_dir.glob("*.sqlite")
    with sqlite3.connect(path) as db:
        (n,) = db.execute("SELECT count(*) FROM sentences WHERE analysed IS NOT NULL").fetchone()
    db.close()
    return n


def test_sentences_are_analysed_once_and_kept_for_the_next_run(sources, cache_dir, monkeypatch):
    open_index(sources, cache_dir=cache_dir)[0].close()
    assert stored_analyses(cache_dir) == 0  # building the index analyses nothing in full
    expected = outcome(cached(sources, cache_dir))
    kept = stored_analyses(cache_dir)
    assert 0 < kept < len(SentenceIndex(read_sources(sources)[0]).sentences)  # only what was scored

    def analyse_again(text):
        raise AssertionError(f"analysed again: {text}")

    monkeypatch.setattr(stored_module, "analyse", analyse_again)
    assert outcome(cached(sources, cache_dir)) == expected  # warm: every analysis read back
    assert stored_analyses(cache_dir) == kept


def test_an_analysis_is_kept_only_for_the_text_it_was_made_from(sources, cache_dir):
    index, _, _ = open_index(sources, cache_dir=cache_dir)
    try:
        first = index.sentences[0]
        index.analysed(0)
        # another run changes the file meanwhile, so the sentence's key holds other text
        (path,) = cache_dir.glob("*.sqlite")
        with sqlite3.connect(path) as db:
            db.execute("UPDATE sentences SET text = 'Another text entirely.' WHERE text = ?", (first.text,))
        db.close()
    finally:
        index.close()
    assert stored_analyses(cache_dir) == 0


def test_one_text_held_twice_is_analysed_once_with_the_same_verdicts(sources, cache_dir, monkeypatch):
    """A copy of an article under another name (an archive's wire copy): each of its
    sentences is analysed once for both files, the analysis shared, the verdicts as a fresh
    build's, and both files' sentences keep their analyses for the next run."""
    shutil.copy(sources / "003_8a654a56f009dfbf.txt", sources / "copy-of-003.txt")
    os.utime(sources / "copy-of-003.txt", ns=(OLD, OLD))
    expected = outcome(fresh(sources))
    texts: list[str] = []
    real = stored_module.analyse

    def counting(text):
        texts.append(text)
        return real(text)

    monkeypatch.setattr(stored_module, "analyse", counting)
    assert outcome(cached(sources, cache_dir)) == expected
    assert texts and len(texts) == len(set(texts))  # no text analysed twice
    index, _, _ = open_index(sources, cache_dir=cache_dir)
    try:
        names = [s.source for s in index.sentences]
        first, copy = names.index("003_8a654a56f009dfbf.txt"), names.index("copy-of-003.txt")
        assert index.sentences[first].text == index.sentences[copy].text
        assert index.analysed(first) is index.analysed(copy)
    finally:
        index.close()


def test_refresh_after_changes_equals_a_fresh_build(sources, cache_dir):
    cached(sources, cache_dir)
    change_sources(sources)
    _, _, refreshed = open_index(sources, cache_dir=cache_dir)
    assert (refreshed.files, refreshed.analysed, refreshed.removed) == (5, 2, 1)
    expected = outcome(fresh(sources))
    assert outcome(cached(sources, cache_dir)) == expected
    assert outcome(cached(sources, cache_dir / "scratch")) == expected  # a cache built from scratch
    sacked = next(r for r in fresh(sources).results if r.claim.id == "od-33-of-257")
    assert sacked.verdict.value != "supported"  # the change reached the verdicts: 33 is now 35


def test_deleted_file_is_dropped_with_its_words(sources, cache_dir):
    cached(sources, cache_dir)
    memory = SentenceIndex(read_sources(sources)[0])
    only_there = memory.source_terms("004_4123964184129e5c.txt") - set().union(
        *(memory.source_terms(name) for name in memory.sources if name.startswith("00") and name[2] != "4"))
    assert only_there
    (sources / "004_4123964184129e5c.txt").unlink()
    index, _, refreshed = open_index(sources, cache_dir=cache_dir)
    try:
        assert refreshed.removed == 1
        assert "004_4123964184129e5c.txt" not in index.sources
        assert not any(index.has_term(term) for term in only_there)
        assert not set(index.vocabulary()) & only_there
    finally:
        index.close()
    assert outcome(cached(sources, cache_dir)) == outcome(fresh(sources))


def test_stored_index_answers_as_the_memory_index(sources, cache_dir):
    memory = SentenceIndex(read_sources(sources)[0])
    stored, _, _ = open_index(sources, cache_dir=cache_dir)
    try:
        assert stored.sources == memory.sources
        assert len(stored.sentences) == len(memory.sentences)
        assert list(stored.sentences) == memory.sentences
        assert stored.vocabulary() == memory.vocabulary()
        for sid in range(len(memory.sentences)):
            assert stored.analysed(sid) == memory.analysed(sid)
            assert stored.terms(sid) == memory.terms(sid) == memory.analysed(sid).content_terms()
            assert stored.neighbours(sid, 2) == memory.neighbours(sid, 2)
        for name in memory.sources:
            assert stored.source_terms(name) == memory.source_terms(name)
        for term in memory.vocabulary()[::7] + ["never-used-anywhere"]:
            assert stored.idf(term) == memory.idf(term)
            assert stored.has_term(term) == memory.has_term(term)
        for sid in range(0, len(memory.sentences), 5):
            terms, source = memory.analysed(sid).content_terms(), memory.sentences[sid].source
            assert stored.candidates(terms) == memory.candidates(terms)
            assert stored.candidates(terms, source, 5) == memory.candidates(terms, source, 5)
        assert stored.candidates({"officer"}, "no-such-file.txt") == []
    finally:
        stored.close()


@pytest.mark.parametrize("damage", ["garbage", "torn"])
def test_corrupt_cache_is_rebuilt_with_one_warning(sources, cache_dir, damage):
    args = ["verify", str(CLAIMS), "--sources", str(sources), "--format", "json", "--cache-dir", str(cache_dir)]
    first = run_cli(*args)
    assert first.stderr == ""
    (path,) = cache_dir.glob("*.sqlite")
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database\n" * 500)
    else:  # a valid header, then pages of noise
        path.write_bytes(data[:100] + bytes(range(256)) * ((len(data) - 100) // 256))
    again = run_cli(*args)
    assert again.exit_code == first.exit_code
    assert json.loads(again.stdout)["results"] == json.loads(first.stdout)["results"]
    said = "".join(again.stderr.split())  # one problem; the console may wrap it
    assert said.count("warning") == 1 and f"{path}:warning:indexcacheiscorrupt" in said, again.stderr
    healed = run_cli(*args)  # rebuilt: the next run is quiet again
    assert healed.stderr == "" and healed.stdout == first.stdout


def test_cache_broken_under_a_run_falls_back_and_heals(sources, cache_dir):
    expected = outcome(fresh(sources))
    cached(sources, cache_dir)
    (path,) = cache_dir.glob("*.sqlite")
    with sqlite3.connect(path) as db:  # the tables are fine; the analyses are not
        db.execute("UPDATE sentences SET analysed = x'00ff'")
    db.close()
    run = cached(sources, cache_dir)
    assert outcome(run)[:-1] == expected
    assert len(run.problems) == 1 and "index cache failed" in run.problems[0].message
    assert outcome(cached(sources, cache_dir)) == expected  # rebuilt: quiet again


def test_cache_built_by_other_code_is_rebuilt(sources, cache_dir, monkeypatch):
    expected = outcome(cached(sources, cache_dir))
    monkeypatch.setattr(store_module, "code_version", lambda: "another version")
    _, _, refreshed = open_index(sources, cache_dir=cache_dir)
    assert refreshed.analysed == 5
    assert outcome(cached(sources, cache_dir)) == expected


def test_locked_cache_falls_back_to_memory_with_a_warning(sources, cache_dir, monkeypatch):
    expected = outcome(fresh(sources))
    cached(sources, cache_dir)
    (path,) = cache_dir.glob("*.sqlite")
    # supports the shipped claim cc-recommendations, missing until now
    (sources / "new.txt").write_text("The IOPC report made 15 recommendations to the Met.\n", encoding="utf-8")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another run is writing
    try:
        run = cached(sources, cache_dir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [str(p) for p in run.problems if "cache" in p.message] and len(run.problems) == 1
    assert outcome(run)[:-1] == outcome(fresh(sources))
    assert outcome(fresh(sources)) != expected  # the new file counts


def test_concurrent_runs_both_finish_with_the_same_output(sources, cache_dir):
    command = [sys.executable, "-m", "factcheck", "verify", str(CLAIMS), "--sources", str(sources),
               "--format", "json", "--cache-dir", str(cache_dir)]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate(timeout=300) for p in procs]
    expected = subprocess.run(command + ["--no-cache"], capture_output=True, text=True, timeout=300)
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == expected.returncode == 1
        assert err == ""
        assert out == expected.stdout
    assert len(list(cache_dir.glob("*.sqlite"))) == 1


def test_cache_is_never_written_inside_the_sources(sources, tmp_path, monkeypatch):
    def tree() -> dict[str, int]:
        return {str(p.relative_to(sources)): p.stat().st_mtime_ns for p in sources.rglob("*")}

    before = tree()
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    result = run_cli("verify", str(CLAIMS), "--sources", str(sources))
    assert result.exit_code == 1 and result.stderr == ""
    assert len(list((tmp_path / "xdg" / "factcheck").glob("index-*.sqlite"))) == 1
    assert tree() == before
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(sources / ".cache"))  # asked to, it still refuses
    result = run_cli("verify", str(CLAIMS), "--sources", str(sources))
    assert result.exit_code == 1 and "inside the sources" in result.stderr
    assert tree() == before


def test_index_command_builds_then_refreshes(sources, cache_dir):
    first = run_cli("index", str(sources), "--cache-dir", str(cache_dir))
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("5 source files indexed (5 read anew, 0 removed) in ")
    assert first.stdout.rstrip().endswith(": 5 .txt")  # how many files of each kind
    (sources / "004_4123964184129e5c.txt").unlink()
    again = run_cli("index", str(sources), "--cache-dir", str(cache_dir))
    assert again.stdout.startswith("4 source files indexed (0 read anew, 1 removed) in ")
    missing = run_cli("index", str(sources / "none"), "--cache-dir", str(cache_dir))
    assert missing.exit_code == 2 and "no such file or folder" in " ".join(missing.stderr.split())


def test_parallel_analysis_equals_serial(sources, cache_dir, monkeypatch):
    texts = read_sources(sources)[0]
    serial = list(analyse_sources(texts, store_rows, parallel=False))
    monkeypatch.setattr(index_module, "PARALLEL_FILES", 2)
    seen = []
    parallel = list(analyse_sources(texts, store_rows, progress=lambda done, total: seen.append((done, total))))
    assert [rows for _, rows in parallel] == [rows for _, rows in serial]
    assert seen == [(n, 5) for n in range(6)]
    assert outcome(cached(sources, cache_dir)) == outcome(fresh(sources))  # a parallel cold build


def test_a_cache_deleted_during_a_run_is_not_made_again_empty(sources, cache_dir):
    index, _, _ = open_index(sources, cache_dir=cache_dir)
    index.analysed(0)  # a new analysis, to be saved when the run ends
    cached_module.remove_cache(index.path)
    index.close()
    assert not list(cache_dir.glob("*.sqlite"))
    assert outcome(cached(sources, cache_dir)) == outcome(fresh(sources))


def test_a_locked_first_step_is_tried_again_not_given_up():
    """Switching a new cache file to WAL may be refused at once, without SQLite's busy wait,
    while another run creates it: the step is tried again until the wait is over."""
    import sqlite3 as sq

    from factcheck.index.store import _patiently

    calls = []

    def step():
        calls.append(1)
        if len(calls) < 3:
            raise sq.OperationalError("database is locked")

    _patiently(step)
    assert len(calls) == 3

    def broken():
        raise sq.OperationalError("no such table: meta")

    with pytest.raises(sq.OperationalError):
        _patiently(broken)  # only a lock is waited out
