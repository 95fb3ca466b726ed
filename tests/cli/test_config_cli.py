"""The command and its config file: sources, claims, exclude and fail-on from the file, shown with
where each came from; the command line wins; a bad file is one line and exit status 2."""

from factcheck.inputs.discovery import excluded
from tests.helpers import ROOT, run_cli
from tests.helpers import SUPPORTED as CLAIM


def test_cli_bad_config_exits_2_with_one_line(workspace, monkeypatch):
    monkeypatch.chdir(workspace({"factcheck.toml": 'fail-on = "sometimes"\n', "c.yaml": CLAIM}))
    got = run_cli("verify", "c.yaml")
    assert got.exit_code == 2
    lines = got.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("factcheck.toml: fail-on: must be one of any, contradicted, missing, none, "
                             "not 'sometimes'")


def test_cli_uses_config_sources_and_claims_and_shows_where_from(workspace, monkeypatch):
    top = workspace({"factcheck.toml": f'sources = "{(ROOT / "seeds").as_posix()}"\nclaims = ["mine"]\n'
                                       'fail-on = "none"\n',
                     "mine/c.yaml": CLAIM.replace("33 of", "35 of").replace("Just 33", "Just 35")})
    monkeypatch.chdir(top / "mine")
    got = run_cli("verify", "--format", "json")
    assert got.exit_code == 0, got.stderr  # fail-on none from the file
    assert '"contradicted": 1' in got.stdout
    assert run_cli("verify", "--fail-on", "any").exit_code == 1  # the command line wins
    shown = run_cli("verify", "--show-config", "--format", "markdown").stdout
    assert f"# config file: {top / 'factcheck.toml'}" in shown
    assert "format  = markdown  (command line)" in shown
    assert f"fail-on = none  ({top / 'factcheck.toml'} [top level])" in shown
    assert "color   = auto  (default)" in shown


def test_exclude_patterns(workspace, monkeypatch):
    top = workspace({"factcheck.toml": f'sources = "{(ROOT / "seeds").as_posix()}"\nexclude = ["drafts/*"]\n',
                     "claims/c.yaml": CLAIM, "claims/drafts/d.yaml": "- {figure: 3, sentence: not ready}\n"})
    monkeypatch.chdir(top)
    got = run_cli("verify", "--format", "json")
    assert '"claims": 1' in got.stdout and got.exit_code == 0
    assert excluded("claims/drafts/d.yaml", ["drafts/*"]) and not excluded("claims/c.yaml", ["drafts/*"])
