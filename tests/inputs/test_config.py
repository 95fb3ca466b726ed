"""Config discovery: nearest file upward, factcheck.toml before pyproject.toml, the command line over both
(the command reading it: tests/cli/test_config_cli.py)."""

from pathlib import Path

import pytest

from factcheck.config import find_config, load_config
from factcheck.engine import fails
from factcheck.errors import ConfigError
from factcheck.models import Verdict


def test_nearest_config_wins_factcheck_toml_in_cwd_over_parent_pyproject(workspace, monkeypatch):
    top = workspace({
        "pyproject.toml": '[tool.factcheck]\nsources = "articles"\nfail-on = "missing"\n',
        "draft/factcheck.toml": 'sources = "../other"\n',
        "draft/deeper/notes.txt": "",
    })
    config = load_config(top / "draft" / "deeper")
    assert config.file == top / "draft" / "factcheck.toml"
    assert Path(config["sources"]).resolve() == (top / "other").resolve()
    assert config["fail-on"] == "any"  # the nearer file is the only one read
    assert config.origins["sources"].startswith(str(top / "draft" / "factcheck.toml"))
    assert config.origins["fail-on"] == "default"
    parent = load_config(top)
    assert parent.file == top / "pyproject.toml" and parent["fail-on"] == "missing"


def test_pyproject_without_the_table_is_passed_over(workspace):
    top = workspace({"pyproject.toml": '[tool.factcheck]\nformat = "json"\n',
                     "sub/pyproject.toml": '[project]\nname = "x"\n'})
    assert load_config(top / "sub").file == top / "pyproject.toml"


def test_factcheck_toml_before_pyproject_in_one_folder(workspace):
    top = workspace({"pyproject.toml": '[tool.factcheck]\nformat = "json"\n', "factcheck.toml": 'format = "html"\n'})
    assert load_config(top)["format"] == "html"


def test_no_config_gives_defaults(tmp_path):
    config = load_config(tmp_path)
    if config.file is None:  # a config above the temporary folder would be found, rightly
        assert config["sources"] == "seeds" and config["fail-on"] == "any"
        assert set(config.origins.values()) == {"default"}


def test_command_line_overrides_the_file(workspace):
    top = workspace({"factcheck.toml": 'format = "json"\nfail-on = "none"\n'})
    config = load_config(top).with_options(format="github", fail_on=None)
    assert config["format"] == "github" and config.origins["format"] == "command line"
    assert config["fail-on"] == "none" and config.origins["fail-on"].startswith(str(top / "factcheck.toml"))


@pytest.mark.parametrize("text, key, problem", [
    ('colour = "always"\n', "colour", "unknown key"),
    ('fail-on = "some"\n', "fail-on", "must be one of any, contradicted, missing, none"),
    ("sources = 3\n", "sources", "must be a path"),
    ("claims = [1]\n", "claims", "must be a list"),
    ("format = \n", "TOML syntax", ""),
])
def test_bad_config_is_one_line_with_file_and_key(workspace, text, key, problem):
    top = workspace({"factcheck.toml": text})
    with pytest.raises(ConfigError) as caught:
        load_config(top)
    assert str(caught.value).startswith(f"{top / 'factcheck.toml'}: {key}: {problem}")
    assert "\n" not in str(caught.value)


def test_bad_pyproject_key_names_its_table(workspace):
    top = workspace({"pyproject.toml": '[tool.factcheck]\nthreshold = 3\n'})
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.factcheck.threshold: unknown key"):
        load_config(top)


def test_config_paths_are_relative_to_the_config_file(workspace, monkeypatch):
    top = workspace({"factcheck.toml": 'sources = "articles"\nclaims = "claims"\n', "sub/x": ""})
    monkeypatch.chdir(top / "sub")
    config = load_config()
    assert Path(config["sources"]).resolve() == (top / "articles").resolve()
    assert [Path(p).resolve() for p in config["claims"]] == [(top / "claims").resolve()]


def test_find_config_stops_at_the_first_found(workspace):
    top = workspace({"factcheck.toml": "", "a/b/c.txt": ""})
    assert find_config(top / "a" / "b") == (top / "factcheck.toml", {})


@pytest.mark.parametrize("policy, failing", [
    ("any", {Verdict.CONTRADICTED, Verdict.MISSING}), ("contradicted", {Verdict.CONTRADICTED}),
    ("missing", {Verdict.MISSING}), ("none", set()),
])
def test_fail_on_policy(policy, failing):
    assert {v for v in Verdict if fails(v, policy)} == failing
