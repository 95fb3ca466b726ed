"""The pre-commit hooks: the shipped definitions, a real `pre-commit` round trip, untracked sources."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import RIGHT, ROOT, WRONG

FACTCHECK = Path(sys.executable).parent / "factcheck"
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
SOURCE = "003_8a654a56f009dfbf.txt"

needs_tools = pytest.mark.skipif(not (shutil.which("git") and FACTCHECK.exists() and PRE_COMMIT.exists()),
                                 reason="needs git, and factcheck and pre-commit installed in this venv")


def test_hook_definitions_parse_with_the_two_ids():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"factcheck", "factcheck-all"}
    for hook in hooks.values():
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["entry"].split() == ["factcheck", "verify"] and hook["language"] == "python"
        assert hook["require_serial"] is True
    assert hooks["factcheck"]["files"] == r"^claims/.*\.ya?ml$"
    assert hooks["factcheck"].get("pass_filenames", True) is True
    assert hooks["factcheck-all"]["pass_filenames"] is False


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-cache"), "NO_COLOR": "1",
           "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", *args],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300)


def make_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "book"
    (repo / "claims").mkdir(parents=True)
    (repo / "articles").mkdir()
    shutil.copy(ROOT / "seeds" / SOURCE, repo / "articles" / SOURCE)
    (repo / "pyproject.toml").write_text('[tool.factcheck]\nsources = "articles"\n')
    (repo / ".pre-commit-config.yaml").write_text(f"""\
repos:
  - repo: local
    hooks:
      - id: factcheck
        name: factcheck
        entry: {FACTCHECK} verify
        language: system
        files: ^claims/.*\\.ya?ml$
        require_serial: true
""")
    assert git(repo, "init", "-q").returncode == 0
    installed = subprocess.run([str(PRE_COMMIT), "install"], cwd=repo, capture_output=True, text=True,
                               env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache")})
    assert installed.returncode == 0, installed.stderr
    return repo


@needs_tools
def test_precommit_blocks_a_contradicted_claim_then_lets_the_fix_through(tmp_path):
    repo = make_repo(tmp_path)
    (repo / "claims" / "sacked.yaml").write_text(WRONG)
    git(repo, "add", "-A")
    blocked = git(repo, "commit", "-m", "claims")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "contradicted" in output and "source says 33, claim says 35" in output
    assert git(repo, "rev-parse", "--verify", "HEAD").returncode != 0  # nothing committed

    (repo / "claims" / "sacked.yaml").write_text(RIGHT)
    git(repo, "add", "-A")
    passed = git(repo, "commit", "-m", "claims, fixed")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"factcheck\.+Passed", passed.stdout + passed.stderr)
    assert git(repo, "rev-parse", "--verify", "HEAD").returncode == 0


@needs_tools
def test_a_source_git_does_not_track_is_warned_about(tmp_path):
    repo = tmp_path / "book"
    (repo / "claims").mkdir(parents=True)
    (repo / "articles").mkdir()
    (repo / "claims" / "c.yaml").write_text(RIGHT)
    (repo / "pyproject.toml").write_text('[tool.factcheck]\nsources = "articles"\n')
    shutil.copy(ROOT / "seeds" / SOURCE, repo / "articles" / SOURCE)
    git(repo, "init", "-q")
    run = subprocess.run([str(FACTCHECK), "verify", "claims/c.yaml"], cwd=repo, capture_output=True, text=True)
    assert run.returncode == 0
    assert f"{SOURCE}: warning: source is not tracked by git" in run.stderr
    git(repo, "add", "-A")  # staged is tracked: what the commit will hold
    run = subprocess.run([str(FACTCHECK), "verify", "claims/c.yaml"], cwd=repo, capture_output=True, text=True)
    assert run.returncode == 0 and "not tracked" not in run.stderr
