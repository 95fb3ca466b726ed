"""The shared index on a real PostgreSQL server (tests/pg.py starts one): the same
verdicts as the embedded index, incremental refreshes, refreshers at once, and reading
without refreshing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.engine import verify
from factcheck.index.cached import memory_index
from factcheck.index.pgstore import open_shared
from factcheck.index.pgurl import parse_index
from factcheck.index.scan import scan_order
from factcheck.inputs.sources import find_sources
from factcheck.output import FORMATS, Report
from tests.helpers import CLAIMS, ROOT, SEEDS
from tests.pg import consistency, with_database

sys.path.insert(0, str(ROOT / "scripts"))
from accuracy import SETS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2225.csv"


def results(run) -> list[dict]:
    return json.loads(FORMATS["json"].render(Report(run.results, run.results, run.problems)))["results"]


def factcheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def bbc_articles(folder: Path, fraction: float, claims: int = 0) -> Path | None:
    """A share of the BBC corpus written as files (and generated claims beside), or None without the corpus."""
    if not CORPUS.exists():
        return None
    common = ["--fraction", str(fraction), "--csv", str(CORPUS)]
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(folder / "src"), *common],
                   check=True, capture_output=True)
    if claims:
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_claims.py"), "-n", str(claims),
                        "-o", str(folder / "claims.yaml"), *common], check=True, capture_output=True)
    return folder / "src"


def test_every_labelled_set_gets_the_embedded_index_verdicts(pg_url, tmp_path):
    """One database refreshed from each set's sources in turn (seeds, then BBC articles,
    then seeds again: whole files dropped and added each time), against the embedded index."""
    target = parse_index(pg_url)
    compared = 0
    for name, (claims, sources) in {**SETS, "shipped": ("claims", "seeds")}.items():
        embedded = results(verify([ROOT / claims], ROOT / sources, cache=True, cache_dir=tmp_path))
        shared = results(verify([ROOT / claims], ROOT / sources, cache=True, shared=target))
        assert shared == embedded, name
        compared += len(shared)
    assert compared > 600
    reread = results(verify([CLAIMS], Path("nowhere"), cache=True, shared=target, refresh=False))
    assert reread == results(verify([CLAIMS], SEEDS, cache=True, cache_dir=tmp_path))
    consistency(pg_url)


def test_generated_claims_get_the_embedded_index_verdicts(pg_url, tmp_path):
    """300 generated claims (checked in two processes that share one snapshot) on 100 articles."""
    sources = bbc_articles(tmp_path, 0.05, claims=300)
    if sources is None:
        pytest.skip(f"no corpus at {CORPUS}")
    target = parse_index(pg_url)
    claims = [tmp_path / "claims.yaml"]
    embedded = results(verify(claims, sources, cache=True, cache_dir=tmp_path / "cache"))
    assert len(embedded) == 300
    assert results(verify(claims, sources, cache=True, shared=target)) == embedded
    assert results(verify(claims, sources, cache=True, shared=target, refresh=False)) == embedded  # analyses kept


def test_files_are_numbered_in_the_order_the_folder_is_walked(workspace):
    root = workspace({name: "x" for name in ["b.txt", "a/z.txt", "a/b/c.txt", "B.txt", "a b/c.txt", "ab.txt",
                                              "a/a.txt", "c/d/e.txt", "c.txt"]})
    walked = [p.relative_to(root).as_posix() for p in find_sources(root)[0]]
    assert sorted(walked, key=scan_order) == walked
    assert sorted(reversed(walked), key=scan_order) == walked


def test_a_refresh_reads_only_what_changed(pg_url, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    target = parse_index(pg_url)
    first = sorted(src.iterdir())[0]

    def refresh():
        index, _, refreshed = open_shared(target, src)
        index.close()
        counts = consistency(pg_url)
        memory, _ = memory_index(src, 50 << 20, None)
        assert counts["sentences"] == len(memory.sentences) and counts["files"] == len(memory.sources)
        shared = results(verify([CLAIMS], src, cache=True, shared=target))
        assert shared == results(verify([CLAIMS], src)), "not what a fresh index of the folder gives"
        return refreshed.analysed, refreshed.removed

    assert refresh() == (len(list(src.iterdir())), 0)
    stat = first.stat()
    os.utime(first, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**10))  # touched: same content
    assert refresh() == (0, 0)
    first.write_text(first.read_text() + "\nThe council spent £5m on 12 new roads last year.\n")
    assert refresh() == (1, 0)
    second = sorted(src.iterdir())[1]
    second.unlink()
    assert refresh() == (0, 1)
    first.rename(src / "renamed.txt")
    assert refresh() == (1, 1)


def test_two_refreshers_at_once_index_each_file_once(pg_url, tmp_path):
    sources = bbc_articles(tmp_path, 0.05) or shutil.copytree(ROOT / "tests" / "writers" / "bbc", tmp_path / "src")
    files = len(find_sources(sources)[0])
    started = [subprocess.Popen([sys.executable, "-m", "factcheck", "index", str(sources), "--index", pg_url],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in started]
    assert [p.returncode for p in started] == [0, 0], outputs
    read = sorted(int(out.split("(")[1].split(" read anew")[0].replace(",", "")) for out, _ in outputs)
    assert read == [0, files]  # the second waited for the first, then found nothing to do
    counts = consistency(pg_url)
    memory, _ = memory_index(sources, 50 << 20, None)
    assert (counts["files"], counts["sentences"]) == (files, len(memory.sentences))


def test_no_refresh_reads_the_index_as_it_is_and_changes_none_of_it(pg_url, postgres_server, tmp_path):
    import psycopg

    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    assert factcheck("index", str(src), "--index", pg_url).returncode == 0
    before = factcheck("verify", str(CLAIMS), "--sources", str(src), "--index", pg_url, "--format", "json")
    tables = "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM factcheck.{} t"
    with psycopg.connect(pg_url) as conn:
        sums = [conn.execute(tables.format(t)).fetchone() for t in ("files", "terms", "postings")]
        texts = conn.execute("SELECT md5(string_agg(key || text || terms, ',' ORDER BY key)) "
                             "FROM factcheck.sentences").fetchone()
        role = f"fc_reader_{os.getpid()}"
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'only-reads'")
        conn.execute(f"GRANT USAGE ON SCHEMA factcheck TO {role}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA factcheck TO {role}")
    try:
        for path in sorted(src.iterdir())[:2]:  # the folder changes; the index must not follow
            path.write_text("Nothing of the kind: 3 of 4.\n")
        reader = with_database(pg_url, pg_url.rsplit("/", 1)[1], password="only-reads", user=role)
        for url, sources in ((pg_url, str(src)), (reader, str(tmp_path / "absent"))):
            after = factcheck("verify", str(CLAIMS), "--sources", sources, "--index", url, "--format", "json",
                              "--no-refresh")
            assert after.returncode == before.returncode == 1, after.stderr
            assert json.loads(after.stdout)["results"] == json.loads(before.stdout)["results"]
        with psycopg.connect(pg_url) as conn:
            assert [conn.execute(tables.format(t)).fetchone() for t in ("files", "terms", "postings")] == sums
            assert conn.execute("SELECT md5(string_agg(key || text || terms, ',' ORDER BY key)) "
                                "FROM factcheck.sentences").fetchone() == texts
        refreshed = factcheck("verify", str(CLAIMS), "--sources", str(src), "--index", pg_url, "--format", "json")
        assert json.loads(refreshed.stdout)["results"] != json.loads(before.stdout)["results"]  # the test can fail
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            with psycopg.connect(pg_url, autocommit=True) as conn:
                conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA factcheck FROM {role}")
                conn.execute(f"REVOKE ALL ON SCHEMA factcheck FROM {role}")
            admin.execute(f"DROP ROLE IF EXISTS {role}")
