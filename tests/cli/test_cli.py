"""End to end through the command: output formats, exit codes, one-line errors."""

import json
import subprocess
import sys

from tests.helpers import RIGHT, ROOT
from tests.helpers import run_cli as run


def test_json_output_parses_and_matches_summary():
    result = run("verify", str(ROOT / "claims"), "--sources", str(ROOT / "seeds"), "--format", "json")
    assert result.exit_code == 1  # the shipped claims include wrong ones
    doc = json.loads(result.stdout)
    assert doc["summary"]["claims"] == len(doc["results"]) >= 40
    first = doc["results"][0]
    assert set(first) >= {"id", "claim_file", "claim_line", "figure", "sentence", "verdict", "score",
                          "source", "source_line", "snippet", "reason"}


def test_table_shows_summary_line(workspace):
    folder = workspace({"c.yaml": RIGHT})
    result = run("verify", str(folder / "c.yaml"), "--sources", str(ROOT / "seeds"))
    assert result.exit_code == 0, result.stdout
    assert "1 claim: 1 supported, 0 contradicted, 0 missing" in result.stdout
    assert "003_8a654a56f009dfbf.txt:18" in result.stdout


def test_bad_yaml_is_one_line_exit_2(workspace):
    folder = workspace({"bad.yaml": "claims:\n  - figure: '33\n"})
    result = run("verify", str(folder / "bad.yaml"), "--sources", str(ROOT / "seeds"))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.yaml:" in lines[0] and "Traceback" not in result.output


def test_missing_path_and_missing_sources_exit_2(tmp_path):
    result = run("verify", str(tmp_path / "nope.yaml"), "--sources", str(ROOT / "seeds"))
    assert result.exit_code == 2 and "no such file or folder" in result.stderr
    (tmp_path / "c.yaml").write_text("- {figure: 3, sentence: three}\n")
    result = run("verify", str(tmp_path / "c.yaml"), "--sources", str(tmp_path / "none"))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


def test_installed_command_runs_as_a_process():
    proc = subprocess.run([sys.executable, "-m", "factcheck", "verify", "claims/", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["summary"]["claims"] >= 40
    assert proc.stderr == ""
