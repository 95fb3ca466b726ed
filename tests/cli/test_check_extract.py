"""`check` and `extract`: a draft's figures checked at the draft's lines, and a claim file scaffolded from it."""

import json

from tests.helpers import ROOT, SEEDS, run_cli


def test_check_reports_at_the_draft_lines(workspace):
    draft = workspace({"d.md": "# 1. Intro\n\nJust 35 of the 257 officers disciplined since 2018 were sacked.\n"})
    got = run_cli("check", str(draft / "d.md"), "--sources", SEEDS, "--format", "json")
    assert got.exit_code == 1
    (record,) = json.loads(got.stdout)["results"]
    assert record["claim_file"] == str(draft / "d.md") and record["claim_line"] == 3
    assert record["verdict"] == "contradicted" and "33" in record["reason"]


def test_check_on_the_sample_draft():
    got = run_cli("check", str(ROOT / "examples" / "draft.md"), "--sources", SEEDS, "--format", "json")
    doc = json.loads(got.stdout)
    assert got.exit_code == 1 and doc["summary"]["claims"] >= 6
    by_figure = {r["figure"]: r for r in doc["results"]}
    assert by_figure["33 of 257"]["verdict"] == "supported"
    assert by_figure["9pc"]["verdict"] == "contradicted"


def test_extract_prints_and_writes_without_overwriting(workspace):
    folder = workspace({"d.md": "Just 33 of the 257 officers disciplined since 2018 were sacked.\n"})
    draft, out = str(folder / "d.md"), folder / "claims.yaml"
    printed = run_cli("extract", draft, "--sources", SEEDS)
    assert printed.exit_code == 0
    assert 'figure: "33 of 257"' in printed.stdout
    assert '# source: "003_8a654a56f009dfbf.txt"' in printed.stdout
    assert run_cli("extract", draft, "-o", str(out), "--sources", SEEDS).exit_code == 0
    assert out.read_text() == printed.stdout
    out.write_text("keep me\n")
    refused = run_cli("extract", draft, "-o", str(out), "--sources", SEEDS)
    assert refused.exit_code == 2 and "--force" in refused.stderr and out.read_text() == "keep me\n"
    forced = run_cli("extract", draft, "-o", str(out), "--force", "--sources", SEEDS)
    assert forced.exit_code == 0 and out.read_text() == printed.stdout
