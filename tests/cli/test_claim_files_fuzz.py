"""Property tests: whatever text or bytes arrive as a claim file, the loader and the command answer with
claims or positioned problems, never a crash. Bounded (a few hundred examples each, no deadline) so the
suite stays quick; run with `-s` to see how many inputs each property tried."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.inputs.claims import load_claims
from factcheck.models import Claim, Problem
from tests.helpers import FAST, TRIED, run_cli

YAMLISH = st.lists(st.sampled_from([
    "claims:", "- ", "  ", "    ", "\t", "\n", "figure: ", "sentence: ", "id: ", "source: ", "expected: ", "note: ",
    "33 of 257", "6pc of 921", "'", '"', "[", "]", "{", "}", ",", ":", "? ", "&a ", "*a", "<<: ", "!!str ",
    "!!python/object/apply:os.system ", "!x ", "---", "...", "# c", "|", ">", "~", "null", "true", "0x1f", "1e3",
    "Just 33 of the 257 officers were sacked.", "\ufeff", "\r\n", "\x00", "\x1b[31m", "[bold]", "é", "£",
    "%YAML 1.1", "%TAG ! tag:x,2000:", "\\", "@", "`",
]), max_size=40).map("".join)


def run_claim_file(content: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "c.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        (folder / "a.txt").write_text("Just 33 of the 257 officers disciplined since 2018 were sacked.\n")
        claims, problems = load_claims([path])
        assert all(isinstance(c, Claim) for c in claims) and all(isinstance(p, Problem) for p in problems)
        assert all(p.file == str(path) for p in problems)
        result = run_cli("verify", str(path), "--sources", str(folder / "a.txt"), "--format", "json")
        assert result.exit_code in {0, 1, 2}, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert "internal error" not in result.stderr and "Traceback" not in result.output


@FAST
@given(st.one_of(st.text(max_size=200), YAMLISH))
def test_any_text_as_a_claim_file_never_raises(text):
    TRIED["claim file: text"] += 1
    run_claim_file(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_as_a_claim_file_never_raises(data):
    TRIED["claim file: bytes"] += 1
    run_claim_file(data)
