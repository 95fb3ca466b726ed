"""The bad-input battery: every messy input meets one clear line and the right exit status.

Each row of the tables below is one input class of issue 7. Every run goes through
`check_run`, which holds the promises: no traceback, a known exit status, and every
error line naming its file (and line, where there is one). A module fixture hashes the
shipped claims and sources before and after the whole battery; `test_battery_writes_nothing`
does the same for a workspace holding every bad input at once.

What one stage answers alone lives with that stage: the claim loader's cases in
tests/inputs/test_claims.py, source encodings, mojibake and which files are read in
tests/inputs/test_sources.py, inert text in tests/output/test_report.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import factcheck.cli
from factcheck.inputs.claims import load_claims
from factcheck.inputs.sources import read_sources, safe_source_name
from tests.helpers import ARTICLE, ENCODINGS, ROOT, SEEDS, deny_reading, run_cli

GOOD = '- figure: "33 of 257"\n  sentence: "Just 33 of the 257 officers were sacked."\n'


def tree_digest(*folders: Path) -> dict[str, str]:
    """Every entry under the folders: content hash for files, target for links, mode for all."""
    digest: dict[str, str] = {}
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
            for name in sorted(dirnames + filenames):
                path = Path(dirpath) / name
                info = path.lstat()
                if path.is_symlink():
                    what = "link:" + os.readlink(path)
                elif path.is_file() and os.access(path, os.R_OK):
                    what = hashlib.sha256(path.read_bytes()).hexdigest()
                else:
                    what = "other"
                digest[str(path)] = f"{what}:{info.st_mode:o}:{info.st_size}:{info.st_mtime_ns}"
    return digest


@pytest.fixture(scope="module", autouse=True)
def shipped_files_untouched():
    before = tree_digest(ROOT / "claims", SEEDS)
    yield
    assert tree_digest(ROOT / "claims", SEEDS) == before


def cli(*args: str | Path, expect: set[int] = frozenset({0, 1, 2})):
    """Run the command; check the promises that hold for every input."""
    result = run_cli(*args)
    check_run(result.exit_code, result.stdout, result.stderr, expect)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def check_run(code: int, stdout: str, stderr: str, expect=frozenset({0, 1, 2})) -> None:
    assert code in expect, (code, stdout, stderr)
    assert "Traceback" not in stdout + stderr
    assert "internal error" not in stderr, stderr
    for line in stderr.splitlines():
        assert re.match(r"^(factcheck: |\S.*?:(\d+:(\d+:)?)? (error|warning): )", line), line


def problem_lines(stderr: str, severity: str = "error") -> list[str]:
    return [line for line in stderr.splitlines() if f": {severity}: " in line]


# Claim files ------------------------------------------------------------------------------

# name, content, line of the error (None: the file as a whole), a fragment of the message.
# A claim file that is not UTF-8 is tests/inputs/test_claims.py's test_not_utf8_names_the_file.
BAD_CLAIM_FILES = [
    ("indentation", "claims:\n  - figure: 3\n   sentence: x\n", 3, "YAML syntax"),
    ("unclosed-quote", 'claims:\n  - figure: "3\n    sentence: x\n', 4, "YAML syntax"),
    ("tab", "claims:\n\t- figure: 3\n", 2, "'\\t'"),
    ("no-figure", "- sentence: Just 33 were sacked.\n", 1, "no 'figure'"),
    ("no-sentence", "- figure: 33\n", 1, "no 'sentence'"),
    ("empty-figure", "- figure: ''\n  sentence: s\n", 1, "'figure' is empty"),
    ("null-figure", "- figure:\n  sentence: s\n", 1, "'figure' is empty"),
    ("no-number", "- figure: many\n  sentence: Many were sacked.\n", 1, "holds no number"),
    ("figure-list", "- figure: [33, 257]\n  sentence: s\n", 1, "must be text, not a list"),
    ("sentence-mapping", "- figure: 33\n  sentence: {a: b}\n", 2, "must be text, not a mapping"),
    ("id-list", "- figure: 33\n  sentence: s\n  id: [a]\n", 3, "'id' must be text"),
    ("claims-not-list", "claims: 33\n", 1, "must be a list"),
    ("claim-not-mapping", "claims:\n  - 33 of 257\n", 2, "must be a mapping"),
    ("single-value", "33 of 257\n", 1, "single value"),
    ("no-claims-key", "figure: 33\nsentence: s\n", 1, "top-level 'claims:'"),
    ("duplicate-key", "- figure: 3\n  figure: 4\n  sentence: s\n", 2, "duplicate key 'figure'"),
    ("complex-key", "- ? [a]\n  : b\n  figure: 3\n  sentence: s\n", 1, "keys must be plain words"),
    ("bad-expected", "- figure: 3\n  sentence: s\n  expected: true-ish\n", 3, "'expected' must be"),
    ("nul-character", "- figure: 3\n  sentence: a\x00b\n", 2, "not allowed"),
    ("python-object", "- !!python/object/apply:os.system ['echo pwned']\n", 1, "tag"),
    ("python-name", "- figure: !!python/name:os.system 3\n  sentence: s\n", 1, "tag"),
    ("local-tag", "- figure: !money 3\n  sentence: s\n", 1, "tag"),
    ("binary-tag", "- figure: !!binary aGVsbG8=\n  sentence: s\n", 1, "tag"),
    ("merge-alias", "- &c {figure: 3, sentence: s}\n- <<: *c\n  id: two\n", 2, "aliases"),
    ("two-documents", "- {figure: 3, sentence: s}\n---\n- {figure: 4, sentence: t}\n", 2, "single document"),
    ("deep-flow", "[" * 100_000, 1, "nested"),
    ("deep-block", "- " * 20_000 + "x\n", 1, "nested"),
]


@pytest.mark.parametrize("name,content,line,fragment", BAD_CLAIM_FILES, ids=[r[0] for r in BAD_CLAIM_FILES])
def test_bad_claim_file_is_one_positioned_line_and_the_good_file_still_runs(workspace, name, content, line, fragment):
    folder = workspace({f"claims/{name}.yaml": content, "claims/good.yaml": GOOD})
    result = cli("verify", folder / "claims", "--sources", SEEDS, expect={2})
    (error,) = problem_lines(result.stderr)
    where = str(folder / "claims" / f"{name}.yaml")
    assert error.startswith(f"{where}:{line}:" if line else f"{where}: error:"), error
    assert fragment in error
    assert "good-1" in result.stdout and "1 claim:" in result.stdout  # the other file was still checked


def test_duplicate_ids_across_files_name_both_places(workspace):
    folder = workspace({"a.yaml": "- {id: x, figure: 3, sentence: three}\n",
                        "b.yaml": "\n- {id: x, figure: 4, sentence: four}\n"})
    result = cli("verify", folder, "--sources", SEEDS, expect={2})
    (error,) = problem_lines(result.stderr)
    assert error.startswith(f"{folder / 'b.yaml'}:2:3: error: duplicate claim id 'x' (first at {folder / 'a.yaml'}:1")


def test_number_as_figure_is_read_as_text(workspace):
    folder = workspace({"c.yaml": "- figure: 33\n  sentence: Just 33 were sacked.\n"})
    result = cli("verify", folder / "c.yaml", "--sources", SEEDS, "--format", "json", expect={0, 1})
    assert '"figure": "33"' in result.stdout and result.stderr == ""


@pytest.mark.parametrize("content", [
    "- {figure: 3, sentence: three, colour: red}\n",
    "claims:\n  - {figure: 3, sentence: three}\nauthor: me\n",
], ids=["claim-key", "top-level-key"])
def test_unknown_key_is_a_positioned_warning(workspace, content):
    folder = workspace({"c.yaml": content})
    result = cli("verify", folder / "c.yaml", "--sources", SEEDS, expect={0, 1})
    (warning,) = problem_lines(result.stderr, "warning")
    assert re.match(rf"{re.escape(str(folder / 'c.yaml'))}:\d+:\d+: warning: unknown", warning)


@pytest.mark.parametrize("content", ["", "# only a comment\n# and another\n", "\n\n", "claims:\n", "[]\n"],
                         ids=["empty", "comments", "blank-lines", "claims-null", "empty-list"])
def test_file_without_claims_is_a_warning_not_a_failure(workspace, content):
    folder = workspace({"c.yaml": content})
    result = cli("verify", folder / "c.yaml", "--sources", SEEDS, expect={0})
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(str(folder / "c.yaml")) and "no claims" in warning


@pytest.mark.parametrize("content", [
    b"\xef\xbb\xbf" + GOOD.encode(),
    GOOD.replace("\n", "\r\n").encode(),
    b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode(),
], ids=["bom", "crlf", "bom-crlf"])
def test_bom_and_windows_line_ends_read_cleanly(workspace, content):
    folder = workspace({"c.yaml": content})
    result = cli("verify", folder / "c.yaml", "--sources", SEEDS, "--format", "json", expect={0, 1})
    assert result.stderr == "" and '"sentence": "Just 33 of the 257 officers were sacked."' in result.stdout


def test_paths_that_are_not_claim_files(workspace, tmp_path):
    folder = workspace({"empty/README.txt": "not claims", "dir.yaml/inner.txt": "x", "good.yaml": GOOD})
    (tmp_path / "broken.yaml").symlink_to(tmp_path / "gone.yaml")
    os.mkfifo(tmp_path / "pipe.yaml")
    result = cli("verify", tmp_path / "nope.yaml", folder / "empty", tmp_path / "broken.yaml",
                 tmp_path / "pipe.yaml", folder / "dir.yaml", folder / "good.yaml", "--sources", SEEDS, expect={2})
    errors = problem_lines(result.stderr)
    assert errors == [
        f"{tmp_path / 'nope.yaml'}: error: no such file or folder",
        f"{folder / 'empty'}: error: no claim files (*.yaml, *.yml) in this folder",
        f"{tmp_path / 'broken.yaml'}: error: cannot read claims: a broken symbolic link",
        f"{tmp_path / 'pipe.yaml'}: error: cannot read claims: not a regular file or folder",
        f"{folder / 'dir.yaml'}: error: no claim files (*.yaml, *.yml) in this folder",
    ]
    assert "1 claim:" in result.stdout


def test_a_folder_named_like_a_claim_file_is_passed_over(workspace):
    folder = workspace({"claims/odd.yaml/x.txt": "x", "claims/good.yaml": GOOD})
    result = cli("verify", folder / "claims", "--sources", SEEDS, expect={0, 1})
    assert result.stderr == "" and "1 claim:" in result.stdout


def test_unreadable_claim_file_is_one_line(workspace, monkeypatch):
    folder = workspace({"secret.yaml": GOOD, "good.yaml": GOOD.replace("33 of", "34 of")})
    deny_reading(monkeypatch, "secret.yaml")
    result = cli("verify", folder, "--sources", SEEDS, expect={2})
    assert problem_lines(result.stderr) == [f"{folder / 'secret.yaml'}: error: cannot read: Permission denied"]
    assert "1 claim:" in result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_claim_file_by_permission(workspace):
    folder = workspace({"secret.yaml": GOOD})
    (folder / "secret.yaml").chmod(0)
    try:
        result = cli("verify", folder / "secret.yaml", "--sources", SEEDS, expect={2})
    finally:
        (folder / "secret.yaml").chmod(0o644)
    assert "Permission denied" in result.stderr


def test_oversized_claim_file_is_refused_unread(workspace, monkeypatch):
    monkeypatch.setattr("factcheck.inputs.claims.MAX_CLAIM_FILE_BYTES", 64)
    folder = workspace({"big.yaml": GOOD * 10})
    result = cli("verify", folder / "big.yaml", "--sources", SEEDS, expect={2})
    assert problem_lines(result.stderr)[0].startswith(f"{folder / 'big.yaml'}: error: larger than 64 bytes")


# YAML that tries to do harm: refused by a separate process held to 1 GB of memory -----

BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    + ["claims: *i"]
) + "\n"
HOSTILE = {
    "billion-laughs": (BILLION_LAUGHS, ":2:", "aliases"),
    "os-system": ("claims:\n  - !!python/object/apply:os.system ['touch PWNED']\n", ":2:", "tag"),
    "many-values": ("- [" + "a," * 500_000 + "a]\n", ":1:", "too large for one claim file; split it"),
    "subprocess": ("- figure: !!python/object/apply:subprocess.check_output [['touch', 'PWNED']]\n  sentence: s\n",
                   ":1:", "tag"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_yaml_refused_in_one_line_with_bounded_memory(workspace, name):
    content, line, fragment = HOSTILE[name]
    folder = workspace({"c.yaml": content})
    limit = 1024 ** 3

    def one_gigabyte():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    proc = subprocess.run([sys.executable, "-m", "factcheck", "verify", "c.yaml", "--sources", str(SEEDS)],
                          cwd=folder, capture_output=True, text=True, timeout=60, preexec_fn=one_gigabyte)
    check_run(proc.returncode, proc.stdout, proc.stderr, {2})
    (error,) = proc.stderr.splitlines()
    assert error.startswith("c.yaml" + line) and fragment in error
    assert not (folder / "PWNED").exists()


# Sources ----------------------------------------------------------------------------------

def test_sources_skipped_with_a_warning_naming_the_file(workspace, tmp_path):
    folder = workspace({
        "src/good.txt": ARTICLE,
        "src/image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2,
        "src/noise.md": bytes(b % 32 for b in range(900)).replace(b"\x00", b"\x01"),
        "src/big.txt": "x " * 1000,
        "outside/secret.txt": "The password is 33 of 257.\n",
    })
    src = folder / "src"
    (src / "broken.txt").symlink_to(src / "gone.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "sub").mkdir()
    (src / "sub" / "up").symlink_to(src)  # a folder loop
    (src / "leak.txt").symlink_to(folder / "outside" / "secret.txt")
    (src / "away").symlink_to(folder / "outside")
    os.mkfifo(src / "fifo.txt")
    (folder / "c.yaml").write_text(GOOD)
    result = cli("verify", folder / "c.yaml", "--sources", src, "--max-source-bytes", "1000", expect={0, 1})
    warnings = sorted(problem_lines(result.stderr, "warning"))
    assert warnings == sorted([
        f"{src / 'away'}: warning: skipped: symbolic link leads outside the sources folder",
        f"{src / 'big.txt'}: warning: skipped: 2,000 bytes is over the 1,000-byte limit",
        f"{src / 'broken.txt'}: warning: skipped: broken symbolic link",
        f"{src / 'fifo.txt'}: warning: skipped: not a regular file",
        f"{src / 'image.txt'}: warning: skipped: binary file, not text",
        f"{src / 'leak.txt'}: warning: skipped: symbolic link leads outside the sources folder",
        f"{src / 'loop.txt'}: warning: skipped: symbolic link loop",
        f"{src / 'noise.md'}: warning: skipped: binary file, not text",
        f"{src / 'sub' / 'up'}: warning: skipped: folder already read (a symbolic link loop)",
    ])
    assert "password" not in result.stdout


@pytest.mark.parametrize("layout", ["empty", "only-binary", "no-text-suffix", "missing"])
def test_nothing_to_check_against_is_one_line_exit_2(workspace, layout):
    files = {"c.yaml": GOOD, "src/.keep": ""}
    if layout == "only-binary":
        files["src/a.txt"] = b"\x00\x01\x02"
    if layout == "no-text-suffix":
        files["src/a.pdf"] = ARTICLE
    folder = workspace(files)
    src = folder / ("nowhere" if layout == "missing" else "src")
    result = cli("verify", folder / "c.yaml", "--sources", src, expect={2})
    errors = problem_lines(result.stderr)
    assert errors == [f"factcheck: error: {src}: " + ("no such file or folder" if layout == "missing" else
                      "no readable source files (.txt, .md, .text, .markdown, .html, .htm, .csv, .tsv, .pdf, .xlsx) "
                      "to check against")]


def test_sources_given_as_a_single_file(workspace):
    folder = workspace({"c.yaml": GOOD, "article.txt": ARTICLE})
    texts, _ = read_sources(folder / "article.txt")
    assert [t.name for t in texts] == ["article.txt"]
    cli("verify", folder / "c.yaml", "--sources", folder / "article.txt", expect={0, 1})


@pytest.mark.parametrize("source", [
    "../../etc/passwd", "/etc/passwd", "../outside/secret.txt", "sub/../../outside/secret.txt",
    "..\\outside\\secret.txt", "C:\\Windows\\win.ini", "\\\\server\\share\\a.txt", "..", ".",
])
def test_claim_source_outside_the_sources_is_refused_unread(workspace, source):
    assert safe_source_name(source) is None
    folder = workspace({"src/a.txt": ARTICLE, "outside/secret.txt": "Just 33 of the 257 passwords leaked.\n",
                        "c.yaml": GOOD + "  source: '" + source + "'\n"})
    result = cli("verify", folder / "c.yaml", "--sources", folder / "src", expect={2})
    if source:
        assert problem_lines(result.stderr) == [
            f"{folder / 'c.yaml'}:1:3: error: source '{source}' is outside the sources folder"]
    assert "passwords" not in result.stdout


def test_claim_source_inside_the_sources_is_used(workspace):
    assert safe_source_name("./sub//a.txt") == "sub/a.txt"
    folder = workspace({"src/sub/a.txt": ARTICLE, "c.yaml": GOOD + "  source: ./sub//a.txt\n"})
    result = cli("verify", folder / "c.yaml", "--sources", folder / "src", "--format", "json", expect={0, 1})
    assert result.stderr == ""


# Output -----------------------------------------------------------------------------------

HOSTILE_TEXT = "[bold red]33[/] \x1b[31mof\x1b[0m \x1b]0;owned\x07 257\r\x08 \x9b2J\u202e \x07"


def test_markup_and_control_sequences_are_inert(workspace):
    folder = workspace({
        "src/a.txt": "Just 33 of the 257 officers [bold red]were sacked[/] \x1b[2J\x07 since 2018.\n",
        "c.yaml": '- id: "[bold red]x[/]\\a"\n  figure: "33 of 257"\n'
                  '  sentence: "Just 33 of the 257 officers were sacked."\n  "[blink]key\\e[0m\\r": 1\n',
    })
    result = cli("verify", folder / "c.yaml", "--sources", folder / "src", expect={0, 1})
    out = result.stdout + result.stderr
    assert "[bold red]x[/]" in result.stdout  # the id, printed as typed
    assert "[blink]key" in result.stderr  # the unknown key, in the warning
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.replace("\n", "")), repr(out)


def test_source_named_with_control_characters_is_skipped(workspace):
    folder = workspace({"c.yaml": GOOD, "src/a.txt": ARTICLE, "src/x\x1b[2J\u202e.txt": ARTICLE})
    result = cli("verify", folder / "c.yaml", "--sources", folder / "src", expect={0, 1})
    assert problem_lines(result.stderr, "warning") == [
        f"{folder / 'src' / 'x.txt'}: warning: skipped: file name holds control characters"]
    assert "\x1b" not in result.stdout + result.stderr


def test_internal_error_is_one_line_exit_2(workspace, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom [bold]\x1b[2J\nsecond line")

    monkeypatch.setattr(factcheck.cli, "run_check", broken)
    folder = workspace({"c.yaml": GOOD})
    result = run_cli("verify", str(folder / "c.yaml"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("factcheck: internal error: ZeroDivisionError: boom [bold] second line "
                             "(a bug in factcheck; run again with --debug to see the traceback)\n")
    for args in (["--debug", "verify", str(folder / "c.yaml")], ["verify", str(folder / "c.yaml"), "--debug"]):
        result = run_cli(*args)
        assert isinstance(result.exception, ZeroDivisionError)


def test_debug_flag_does_not_change_a_good_run(workspace):
    folder = workspace({"c.yaml": GOOD})
    plain = cli("verify", folder / "c.yaml", "--sources", SEEDS, "--format", "json")
    debug = cli("verify", folder / "c.yaml", "--sources", SEEDS, "--format", "json", "--debug")
    assert plain.stdout == debug.stdout and plain.exit_code == debug.exit_code


def many_claims(n: int) -> str:
    return "claims:\n" + "".join(
        f'  - figure: "{i} of 257"\n    sentence: "Just {i} of the 257 officers disciplined since 2018 were sacked."\n'
        for i in range(1, n + 1))


@pytest.mark.parametrize("output", ["table", "json"])
def test_closed_pipe_ends_quietly(workspace, output):
    folder = workspace({"c.yaml": many_claims(150)})
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "verify", "c.yaml", "--sources", str(SEEDS),
                             "--format", output], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, like `| head -1`
    stderr = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    proc.stderr.close()
    assert stderr == "" and code in {0, 1}


def wait_until_indexing(proc: subprocess.Popen, cache: Path) -> None:
    """Until the run has opened its index file: past the imports, into reading the sources."""
    while proc.poll() is None and not list(cache.glob("*.sqlite")):
        time.sleep(0.02)
    time.sleep(0.1)


def many_sources(tmp_path: Path) -> Path:
    """300 articles, enough to be interrupted in the middle of indexing them, and a claim file."""
    src = tmp_path / "src"
    src.mkdir()
    sentence = "In {n} cases the force said {m} of the {k} officers were dismissed after the inquiry. "
    for f in range(300):
        (src / f"{f:03}.txt").write_text("\n".join(sentence.format(n=f, m=i, k=i * 7) * 3 for i in range(120)))
    (tmp_path / "c.yaml").write_text(GOOD)
    return src


def test_ctrl_c_exits_130_with_one_line(tmp_path):
    src = many_sources(tmp_path)
    cache = tmp_path / "cache"
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "verify", "c.yaml", "--sources", str(src),
                             "--cache-dir", str(cache)],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_until_indexing(proc, cache)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stderr == "factcheck: interrupted\n" and stdout == ""


def test_ctrl_c_while_indexing_leaves_the_index_usable(tmp_path):
    src = many_sources(tmp_path)
    cache = tmp_path / "cache"
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "index", str(src), "--cache-dir", str(cache)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_until_indexing(proc, cache)
    assert proc.poll() is None, "the indexing ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130 and stderr.strip().splitlines()[-1] == "factcheck: interrupted"
    again = [sys.executable, "-m", "factcheck", "verify", "c.yaml", "--sources", str(src), "--format", "json"]
    warm = subprocess.run(again + ["--cache-dir", str(cache)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    fresh = subprocess.run(again + ["--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert warm.returncode == fresh.returncode in {0, 1} and "Traceback" not in warm.stderr
    assert json.loads(warm.stdout)["results"] == json.loads(fresh.stdout)["results"]


# The promise for the whole battery --------------------------------------------------------

def test_battery_writes_nothing(workspace, monkeypatch):
    """Every bad claim file and every odd source in one workspace: run, and compare hashes."""
    monkeypatch.setattr("factcheck.inputs.claims.MAX_CLAIM_FILE_NODES", 10_000)  # quicker refusal of many-values
    files: dict[str, str | bytes] = {f"claims/{name}.yaml": content for name, content, _, _ in BAD_CLAIM_FILES}
    files.update({f"claims/hostile-{name}.yaml": content for name, (content, _, _) in HOSTILE.items()})
    files.update({f"src/{name}.txt": data for name, data in ENCODINGS.items()})
    files.update({"claims/good.yaml": GOOD, "src/binary.txt": b"\x00\x01" * 100, "src/empty.txt": ""})
    folder = workspace(files)
    (folder / "src" / "broken.txt").symlink_to(folder / "src" / "gone.txt")
    (folder / "src" / "loop").symlink_to(folder / "src")
    (folder / "claims" / "readonly.yaml").write_text(GOOD.replace("33 of", "34 of"))
    (folder / "claims" / "readonly.yaml").chmod(0o444)
    before = tree_digest(folder / "claims", folder / "src")
    for output in ("table", "json"):
        cli("verify", folder / "claims", "--sources", folder / "src", "--format", output, expect={2})
    for path in sorted((folder / "claims").iterdir()):
        cli("verify", path, "--sources", folder / "src")
    assert tree_digest(folder / "claims", folder / "src") == before


def test_load_claims_reports_every_bad_file_with_its_name(workspace):
    folder = workspace({f"{name}.yaml": content for name, content, _, _ in BAD_CLAIM_FILES})
    claims, problems = load_claims([folder])
    assert claims == []
    named = {Path(p.file).stem for p in problems if p.severity == "error"}
    assert named == {name for name, _, _, _ in BAD_CLAIM_FILES}
    assert all(p.line is not None for p in problems)



# Odd figures in sources: none may support a claim of another value ---------------------

ODD_SOURCES = {
    # name: (source sentence, the claim's sentence, its figure)
    "minus": ("Output growth was -0.3% in the fourth quarter.", "Output growth was 0.3% in the fourth quarter.",
              "0.3%"),
    "minus-degrees": ("Temperatures dropped overnight to -12 degrees in the north.",
                      "Temperatures dropped overnight to 12 degrees in the north.", "12"),
    "unicode-minus": ("The council reported a balance of \u2212£3.2bn for the year.",
                      "The council reported a balance of £3.2bn for the year.", "£3.2bn"),
    "zero-width-space": ("Just 3\u200b3 of the 257 officers disciplined since 2018 were sacked.",
                         "Just 3 of the 257 officers disciplined since 2018 were sacked.", "3 of 257"),
    "soft-hyphen": ("The scheme cost £2\u00ad5m in its first year.", "The scheme cost £2m in its first year.", "£2m"),
    "narrow-space-thousands": ("Some 1\u202f500 members left the union last year.",
                               "Some 500 members left the union last year.", "500"),
}


@pytest.mark.parametrize("name", ODD_SOURCES)
def test_odd_figures_in_a_source_support_no_other_value(workspace, name):
    source, sentence, figure = ODD_SOURCES[name]
    folder = workspace({"src/a.txt": source + "\n",
                        "c.yaml": f"- figure: {json.dumps(figure)}\n  sentence: {json.dumps(sentence)}\n"})
    result = cli("verify", folder / "c.yaml", "--sources", folder / "src", "--no-cache", "--format", "json")
    (only,) = json.loads(result.stdout)["results"]
    assert only["verdict"] != "supported", only


def test_a_figure_too_long_to_check_is_bad_input_not_supported(workspace):
    folder = workspace({"src/a.txt": "The club has 1,500 members.\n",
                        "c.yaml": f"- figure: '{'1' * 310}'\n  sentence: The club has {'1' * 310} members.\n"})
    result = cli("verify", folder / "c.yaml", "--sources", folder / "src", "--no-cache", expect={2})
    assert "a number of more than 15 digits cannot be checked" in result.stderr
