"""Why the shared index keeps packed postings under a btree, not a GIN index: both measured
on one built index (bench/postgres.py leaves one in its cluster).

    python3 bench/pg_gin.py URL [--terms 2000] [--reps 3]

URL is a database holding a shared index. This adds a table beside it (schema
factcheck_gin, dropped at the end): every sentence's key and its terms as a text[] with a
GIN index over them, the other way of finding the sentences that use a word. It reports
the time to build it and its size against the postings table's, then times, inside the
server (no transfer to a client), looking up the same sample of terms both ways: a
sample drawn with a fixed seed from the terms a claim is searched by (those in at most 1%
of the sentences: index/base.py, search_terms), each lookup returning the sentence keys.
Both ways must find as many sentences per term as its df. Uses psql only.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

LOOKUPS = """
DO $$
DECLARE t text; n bigint; started timestamptz; gin_ms float8 := 0; btree_ms float8 := 0; wrong int := 0;
BEGIN
  FOR t IN SELECT term FROM factcheck_gin.sample ORDER BY term LOOP
    started := clock_timestamp();
    SELECT count(*) INTO n FROM (SELECT key FROM factcheck_gin.sentence_terms WHERE terms @> ARRAY[t]) s;
    gin_ms := gin_ms + extract(epoch FROM clock_timestamp() - started) * 1000;
    IF n <> (SELECT df FROM factcheck.terms WHERE term = t) THEN wrong := wrong + 1; END IF;
    started := clock_timestamp();
    SELECT sum(length(keys)) / 8 INTO n FROM factcheck.postings WHERE term = t;
    btree_ms := btree_ms + extract(epoch FROM clock_timestamp() - started) * 1000;
    IF n <> (SELECT df FROM factcheck.terms WHERE term = t) THEN wrong := wrong + 1; END IF;
  END LOOP;
  RAISE NOTICE 'result % % %', gin_ms, btree_ms, wrong;
END $$;
"""


def psql(url: str, sql: str) -> subprocess.CompletedProcess:
    return subprocess.run(["psql", url, "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                          capture_output=True, text=True)


def timed(url: str, sql: str) -> float:
    t0 = time.perf_counter()
    psql(url, sql)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--terms", type=int, default=2000)
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args()
    url = a.url
    psql(url, "DROP SCHEMA IF EXISTS factcheck_gin CASCADE; CREATE SCHEMA factcheck_gin")
    try:
        copy = timed(url, "CREATE TABLE factcheck_gin.sentence_terms AS SELECT key, "
                          "string_to_array(terms, E'\\n') AS terms FROM factcheck.sentences")
        gin = timed(url, "CREATE INDEX ON factcheck_gin.sentence_terms USING gin (terms)")
        psql(url, "ANALYZE factcheck_gin.sentence_terms")
        psql(url, f"SELECT setseed(0.16); CREATE TABLE factcheck_gin.sample AS SELECT term FROM factcheck.terms "
                  f"WHERE df <= (SELECT sum(sentences) / 100 FROM factcheck.files) ORDER BY random() LIMIT {a.terms}")
        sizes = psql(url, "SELECT pg_total_relation_size('factcheck_gin.sentence_terms'), "
                          "pg_indexes_size('factcheck_gin.sentence_terms'), "
                          "pg_total_relation_size('factcheck.postings')").stdout.split("|")
        runs = []
        for _ in range(a.reps):
            said = psql(url, LOOKUPS).stderr
            gin_ms, btree_ms, wrong = said.split("result ")[1].split()[:3]
            runs.append((float(gin_ms), float(btree_ms), int(wrong)))
    finally:
        psql(url, "DROP SCHEMA IF EXISTS factcheck_gin CASCADE")
    mb = 1024 * 1024
    gin_ms = statistics.median(r[0] for r in runs)
    btree_ms = statistics.median(r[1] for r in runs)
    print("| | GIN over text[] | packed postings, btree (term, chunk) |\n|---|---|---|")
    print(f"| build (beside the index) | {copy:.0f} s table + {gin:.0f} s GIN | part of the index build |")
    print(f"| size | {int(sizes[0]) / mb:.0f} MB (GIN {int(sizes[1]) / mb:.0f} MB) | {int(sizes[2]) / mb:.0f} MB |")
    print(f"| {a.terms:,} term lookups, in the server (median of {a.reps}) | {gin_ms:.0f} ms | {btree_ms:.0f} ms |")
    print(f"\nlookups whose count differs from the term's df: {max(r[2] for r in runs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
