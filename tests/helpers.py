"""What the test modules share: the project's paths, a workspace builder, one way to run
the command, and the inputs several modules use. Fixtures built on these live in conftest.py."""

from __future__ import annotations

import codecs
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.models import Claim, Quantity
from factcheck.text.numbers import read_quantities

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "claims"


# Files -------------------------------------------------------------------------------------

def build_workspace(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write a {relative path: text or bytes} dict under `folder` (text as UTF-8); returns the folder."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def deny_reading(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Reading a file of this name fails as it does without permission (tests may run as root)."""
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)


# The command -------------------------------------------------------------------------------

_RUNNER = CliRunner()  # typer's runner keeps stdout and stderr apart; .output holds both


def run_cli(*args: str | Path, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Run `factcheck ARGS` in this process: the result has .stdout, .stderr, .output
    (both, interleaved), .exit_code and .exception (None, SystemExit, or what escaped)."""
    return _RUNNER.invoke(app, [str(a) for a in args], input=input, env=env)


# Values ------------------------------------------------------------------------------------

def one(text: str) -> Quantity:
    """The single figure the number reader finds in `text`."""
    (q,) = read_quantities(text)
    return q


def make_claim(figure: str, sentence: str, id: str = "t", file: str = "t.yaml", line: int = 1,
               source: str | None = None) -> Claim:
    return Claim(id=id, figure=figure, sentence=sentence, file=file, line=line, source=source)


# Inputs several modules use ----------------------------------------------------------------

SACKED = "Just 33 of the 257 officers disciplined since 2018 were sacked."  # seeds/003_8a654a56f009dfbf.txt:18
RIGHT = f"- figure: 33 of 257\n  sentence: {SACKED}\n"
WRONG = "- figure: 35 of 257\n  sentence: Just 35 of the 257 officers disciplined since 2018 were sacked.\n"
# One supported, one contradicted and one missing claim, with ids
SUPPORTED = f"- id: right\n  figure: 33 of 257\n  sentence: {SACKED}\n"
CONTRADICTED = "- id: wrong\n" + WRONG.replace("- figure", "  figure")
MISSING = "- id: absent\n  figure: 40pc\n  sentence: Complaints about officers' messages rose by 40pc last year.\n"

# One article in every encoding a pasted source arrives in; each reads to ARTICLE.
ARTICLE = "Just 33 of the 257 officers disciplined since 2018 were sacked, at a cost of £42.5m to the café.\n"
MOJIBAKE = ARTICLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
ENCODINGS = {
    "utf-8": ARTICLE.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    "utf-16-le": ARTICLE.encode("utf-16-le"),
    "utf-32-bom": ARTICLE.encode("utf-32"),
    "windows-1252": ARTICLE.encode("cp1252"),
    "latin-1": ARTICLE.encode("latin-1"),
    "mojibake": MOJIBAKE,
    "crlf": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    "cr": ARTICLE.replace("\n", "\r").encode("utf-8"),
}


# Property tests ----------------------------------------------------------------------------

TRIED: Counter[str] = Counter()  # inputs each property tried; printed at the end of a run with -s
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NUMBERISH = st.lists(st.sampled_from([
    "0", "7", "33", "257", "921", "6", "55,000", "2.5", "1e9", "10" * 30, "0.000001", "½", "٣", "𝟓", "NaN", "inf",
    " of ", " of the ", " per cent", "%", "pc", "£", "$", "€", "m", "bn", "k", " million", " billion", " trillion",
    " half", " a third", " one", " twelve", " fifty-five", " hundred", " thousand", " more than ", " nearly ",
    " between ", " and ", " to ", " in ", " out of ", "/", "-", "–", ",", ".", " ", "(", ")", "x", "months", " years",
    " officers", "st", "th", "1st", "2018", "1990s", "'18", "#", "+", ":", "minus ",
]), max_size=12).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NUMBERISH, st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
