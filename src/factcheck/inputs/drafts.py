"""Read a Markdown or plain-text draft as claims: every sentence that holds a figure.

A draft carries more digits than claims: code, front matter, link targets, footnote
markers, numbered headings and list items, dates. Those are masked first, line by line
and keeping each character's column, so every claim points at the draft's own line and
column. Sentences may run over several lines of a paragraph; a claim is placed where its
sentence starts.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from factcheck.inputs.decoding import decode
from factcheck.inputs.sentences import split_sentences
from factcheck.inputs.sources import SourceText
from factcheck.models import Claim, Problem, Quantity, Result, Verdict
from factcheck.text.numbers import read_quantities

MAX_DRAFT_BYTES = 5 * 1024 * 1024
NOT_CLAIMS = frozenset({"year", "date"})  # a date or a year on its own is not a checkable figure

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT = {"---": ("---", "..."), "+++": ("+++",)}
_RULE = re.compile(r"^ {0,3}(?:[-*_=+] *){3,}$")
_REF_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:\s*\S")
_TABLE = re.compile(r"^\s*\|")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+|$)(?:(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.)\s+)?")
_QUOTE = re.compile(r"^ {0,3}(?:>\s?)+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:\s*")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_SPACES = re.compile(r"\s+")
_URL_PART = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
_INLINE: list[tuple[re.Pattern, int | None | Callable[[re.Match], str]]] = [
    (re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)"), None),  # inline code
    (re.compile(r"<!--.*?-->"), None),
    (re.compile(r"!\[[^\]]*\]" + _URL_PART), None),  # image: not prose
    (re.compile(r"\[([^\]]*)\]" + _URL_PART), 1),  # link: its text, not its target
    (re.compile(r"\[\^[^\]\s]+\]"), None),  # footnote marker
    (re.compile(r"\[([^\]^][^\]]*)\]\[[^\]]*\]"), 1),  # reference link
    (re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>|\bhttps?://\S+"), None),
    (re.compile(r"</?[A-Za-z][^>]*>"), None),  # HTML tags
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])"), 1),
    (re.compile(r"\*{1,3}|~~|(?<![A-Za-z0-9])_{1,3}|_{1,3}(?![A-Za-z0-9])"), None),  # emphasis
    (re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);"), lambda m: html.unescape(m.group())),
]


@dataclass(frozen=True)
class _Line:
    """Text with the draft position of each character (a column, or a (line, column) pair)."""

    text: str
    cols: tuple

    @classmethod
    def of(cls, text: str) -> _Line:
        return cls(text, tuple(range(1, len(text) + 1)))

    def sub(self, pattern: re.Pattern, keep: int | None | Callable[[re.Match], str]) -> _Line:
        text: list[str] = []
        cols: list[int | None] = []
        pos = 0
        for m in pattern.finditer(self.text):
            text.append(self.text[pos:m.start()])
            cols.extend(self.cols[pos:m.start()])
            if isinstance(keep, int):
                text.append(m.group(keep))
                cols.extend(self.cols[m.start(keep):m.end(keep)])
            elif keep is not None:
                new = keep(m)
                text.append(new)
                cols.extend([self.cols[m.start()]] * len(new))
            pos = m.end()
        text.append(self.text[pos:])
        cols.extend(self.cols[pos:])
        return _Line("".join(text), tuple(cols))

    def drop_prefix(self, pattern: re.Pattern) -> _Line:
        m = pattern.match(self.text)
        return _Line(self.text[m.end():], self.cols[m.end():]) if m else self


@dataclass(frozen=True)
class DraftSentence:
    """One sentence of the draft's prose, where it starts, and where each character stands."""

    text: str
    line: int
    column: int
    positions: tuple[tuple[int, int], ...] = ()  # (line, column) of each character

    def position(self, offset: int) -> tuple[int, int]:
        if not self.positions:
            return self.line, self.column
        return self.positions[min(offset, len(self.positions) - 1)]


def prose_blocks(text: str) -> list[list[tuple[int, _Line]]]:
    """Paragraphs, headings and list items of prose, each a list of (line number, cleaned line)."""
    lines = text.split("\n")
    blocks: list[list[tuple[int, _Line]]] = []
    current: list[tuple[int, _Line]] = []
    fence: str | None = None
    front_end: tuple[str, ...] | None = _FRONT.get(lines[0].rstrip()) if lines else None
    if front_end is not None and not any(line.rstrip() in front_end for line in lines[1:]):
        front_end = None  # an opening marker never closed is a rule, not front matter
    comment = False
    previous_blank, in_list = True, False

    def close() -> None:
        nonlocal current
        if current:
            blocks.append(current)
        current = []

    for no, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if front_end is not None:  # front matter runs to its closing marker
            if no > 1 and line in front_end:
                front_end = None
            continue
        if fence is not None:
            if line.strip().startswith(fence) and set(line.strip()) == {fence[0]} and len(line.strip()) >= len(fence):
                fence = None
            continue
        if comment:
            comment = "-->" not in line
            continue
        m = _FENCE.match(line)
        if m:
            close()
            fence, previous_blank = m.group(1), True
            continue
        if line.lstrip().startswith("<!--") and "-->" not in line:
            close()
            comment = True
            continue
        if not line.strip() or _RULE.match(line):
            close()
            previous_blank = True
            continue
        if _INDENTED.match(line) and previous_blank and not in_list:
            close()  # an indented code block
            continue
        previous_blank = False
        if _REF_DEFINITION.match(line) or _TABLE.match(line):
            close()
            continue
        item = _Line.of(line).drop_prefix(_QUOTE)
        kind = next((p for p in (_HEADING, _FOOTNOTE_DEF, _LIST_ITEM) if p.match(item.text)), None)
        if kind is not None:
            close()
            item = item.drop_prefix(kind)
            in_list = kind is _LIST_ITEM
        else:
            in_list = in_list and raw[:1].isspace()
        for pattern, keep in _INLINE:
            item = item.sub(pattern, keep)
        if item.text.strip():
            current.append((no, item))
        if kind is _HEADING:
            close()
    close()
    return blocks


def draft_sentences(text: str) -> list[DraftSentence]:
    """The draft's prose cut into sentences, each placed at its first character."""
    out: list[DraftSentence] = []
    for block in prose_blocks(text):
        chars: list[str] = []
        where: list[tuple[int, int]] = []
        for no, line in block:
            if chars:
                chars.append(" ")
                where.append(where[-1])
            chars.append(line.text)
            where.extend((no, col) for col in line.cols)
        paragraph = _Line("".join(chars), tuple(where)).sub(_SPACES, lambda m: " ")
        pos = 0
        for sentence in split_sentences(SourceText("draft", paragraph.text)):
            start = paragraph.text.find(sentence.text, pos)
            start = pos if start < 0 else start
            pos = start + len(sentence.text)
            positions = paragraph.cols[start:start + len(sentence.text)]
            line, column = paragraph.cols[min(start, len(paragraph.cols) - 1)]
            out.append(DraftSentence(sentence.text, line, column, positions))
    return out


def figure_of(sentence: str) -> str | None:
    """The sentence's figures as a claim figure ("33 of 257", "6pc, 921"); None if it has none."""
    return ", ".join(_figure_parts(sentence, _figures(sentence))) or None


def _figures(sentence: str) -> list[Quantity]:
    return [q for q in read_quantities(sentence) if q.kind not in NOT_CLAIMS]


def _figure_parts(sentence: str, found: list[Quantity]) -> list[str]:
    parts: list[str] = []
    k = 0
    while k < len(found):
        q = found[k]
        if k + 1 < len(found) and {q.role, found[k + 1].role} == {"part", "whole"}:
            part, whole = (q, found[k + 1]) if q.role == "part" else (found[k + 1], q)
            parts.append(f"{_spelled(sentence, part)} of {_spelled(sentence, whole)}")
            k += 2
            continue
        parts.append(_spelled(sentence, q))
        k += 1
    return parts


def _spelled(sentence: str, q: Quantity) -> str:
    """The figure's text, with the following word when the number needs it ("12 months")."""
    if _reads_as(q.text, q):
        return q.text
    more = re.match(r"[\s-]+[A-Za-z]+", sentence[q.end:])
    if more and _reads_as(q.text + more.group(), q):
        return q.text + more.group()
    return q.text


def _reads_as(text: str, q: Quantity) -> bool:
    got = read_quantities(text)
    return len(got) == 1 and got[0].kind == q.kind and got[0].value == q.value and got[0].unit == q.unit


def draft_claims(text: str, name: str) -> list[Claim]:
    """Every sentence holding a figure, as a claim placed at the sentence's first figure."""
    stem = Path(name).stem
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for sentence in draft_sentences(text):
        found = _figures(sentence.text)
        if not found:
            continue
        figure = ", ".join(_figure_parts(sentence.text, found))
        line, column = sentence.position(found[0].start)
        cid = f"{stem}-{line}"
        seen[cid] = seen.get(cid, 0) + 1
        if seen[cid] > 1:
            cid += f"-{seen[cid]}"
        claims.append(Claim(cid, figure, sentence.text, name, line, column))
    return claims


def read_draft(path: Path) -> tuple[list[Claim], list[Problem]]:
    """A draft file's claims, or the problem that kept it from being read."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            return [], [Problem(name, f"larger than {MAX_DRAFT_BYTES:,} bytes: not a draft")]
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(name, f"cannot read: {exc.strerror or exc}")]
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [], [Problem(name, "binary file, not a draft")]
    claims = draft_claims(decode(data), name)
    if not claims:
        return [], [Problem(name, "no sentence with a figure in this draft", severity="warning")]
    return claims, []


def scaffold(claims: list[Claim], results: Mapping[str, Result] | None = None, draft: str = "") -> str:
    """A claim file for the writer to edit and keep: id, figure, sentence, and the best match."""
    lines = [f"# Claims from {draft or 'a draft'}, written by `factcheck extract`.",
             "# Edit the figures and sentences, uncomment `source:` to pin a claim to one article,",
             "# delete what is not a claim, and keep the file beside the draft.",
             "claims:"]
    for claim in claims:
        lines.append(f"  - id: {_quoted(claim.id)}")
        lines.append(f"    figure: {_quoted(claim.figure)}")
        lines.append(f"    sentence: {_quoted(claim.sentence)}")
        result = (results or {}).get(claim.id)
        if result is not None and result.passage is not None:
            label = "nearest passage" if result.verdict is Verdict.MISSING else "best match"
            where = result.passage.place or f"line {result.passage.line}"
            lines.append(f"    # source: {_quoted(result.passage.source)}  # {label}, {where}: {result.verdict.value}")
        elif result is not None:
            lines.append("    # no source passage shares its words")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML), on one line."""
    return json.dumps(text, ensure_ascii=False)
