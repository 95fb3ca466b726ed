"""The command's options: --quiet, --verbose, --fail-on, --color, --version; every one documented."""

import pytest

from factcheck.cli import app
from tests.helpers import CONTRADICTED, MISSING, ROOT, SEEDS, SUPPORTED
from tests.helpers import run_cli as run


def test_quiet_shows_only_what_fails_and_the_summary(three):
    got = run("verify", str(three), "--sources", SEEDS, "--quiet")
    assert "wrong" in got.stdout and "absent" in got.stdout and "right" not in got.stdout
    assert "3 claims: 1 supported, 1 contradicted, 1 missing" in got.stdout
    only = run("verify", str(three), "--sources", SEEDS, "--quiet", "--fail-on", "contradicted")
    assert "wrong" in only.stdout and "absent" not in only.stdout


def test_verbose_lists_closest_passages_for_missing_claims(three):
    got = run("verify", str(three), "--sources", SEEDS, "--verbose")
    assert "closest passages for absent:" in got.stdout
    assert "closest passages for right" not in got.stdout


@pytest.mark.parametrize("policy, content, code", [
    (None, SUPPORTED, 0), (None, MISSING, 1), (None, CONTRADICTED, 1),
    ("any", MISSING, 1), ("contradicted", MISSING, 0), ("contradicted", CONTRADICTED, 1),
    ("missing", CONTRADICTED, 0), ("missing", MISSING, 1), ("none", CONTRADICTED + MISSING, 0),
])
def test_fail_on_sets_the_exit_status(workspace, policy, content, code):
    path = workspace({"c.yaml": content}) / "c.yaml"
    args = ["verify", str(path), "--sources", SEEDS] + (["--fail-on", policy] if policy else [])
    assert run(*args).exit_code == code


def test_bad_input_still_exits_2_whatever_the_policy(workspace):
    path = workspace({"c.yaml": "- figure: 3\n"}) / "c.yaml"
    assert run("verify", str(path), "--sources", SEEDS, "--fail-on", "none").exit_code == 2


def test_color_option_beats_no_color_and_the_terminal(workspace):
    path = workspace({"c.yaml": SUPPORTED}) / "c.yaml"
    plain = run("verify", str(path), "--sources", SEEDS)
    assert "\x1b[" not in plain.stdout
    forced = run("verify", str(path), "--sources", SEEDS, "--color", "always", env={"NO_COLOR": "1"})
    assert "\x1b[" in forced.stdout
    never = run("verify", str(path), "--sources", SEEDS, "--color", "never")
    assert "\x1b[" not in never.stdout


def test_version():
    got = run("--version")
    assert got.exit_code == 0 and got.stdout.startswith("factcheck ")


def test_every_command_and_option_is_in_the_readme():
    import typer.main

    readme = (ROOT / "README.md").read_text()
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"factcheck {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"
