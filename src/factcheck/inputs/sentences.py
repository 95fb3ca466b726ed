"""A source's text cut into sentences, each with the line it starts on."""

from __future__ import annotations

import bisect
import re

from factcheck.inputs.source_text import SourceText, page_place
from factcheck.models import Problem, Sentence
from factcheck.text.number_words import NUMBER_WORDS
from factcheck.text.wordnet import senses
from factcheck.text.words import STOPWORDS

MAX_SENTENCE_CHARS = 1_000  # the longest real sentences of 2,225 BBC articles run to 1,063 (and three lists to 2,002)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof rev gen col lt sgt insp supt det pc no nos vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx fig e.g i.e u.s u.k a.m p.m".split()
)
_SENTENCE_END = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z0-9\u00a3$\u20ac])""")



def split_sentences(source: SourceText) -> list[Sentence]:
    """Sentences with the line each starts on; a line without a full stop is one sentence,
    and a "sentence" longer than MAX_SENTENCE_CHARS is read in pieces (`_pieces`)."""
    sentences: list[Sentence] = []
    lines = source.text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), -1)
    for n, line in enumerate(lines):
        line_no = source.lines[n] if source.lines else n + 1  # the line of the file it came from
        place = source.places[n] if source.places else ""
        marks = source.marks[n] if source.marks else ()
        offsets = [offset for offset, _, _ in marks]
        at = 0
        for sentence in _split_line(line, headline=n == first):
            if marks:  # a PDF paragraph: the page and line where this sentence starts
                at = line.find(sentence, at)
                _, page, line_no = marks[max(0, bisect.bisect_right(offsets, at) - 1)]
                place = page_place(page, line_no)
                at += len(sentence)
            for piece in _pieces(sentence) if len(sentence) > MAX_SENTENCE_CHARS else (sentence,):
                sentences.append(Sentence(source.name, len(sentences), line_no, piece, place))
    return sentences


def overlong_sentences(source: SourceText) -> list[Problem]:
    """A warning for each line holding a "sentence" too long to be one (a page pasted with
    no full stops): it is read in pieces, which a claim may not match as a whole."""
    problems = []
    for n, line in enumerate(source.text.split("\n")):
        line_no = source.lines[n] if source.lines else n + 1
        if len(line) > MAX_SENTENCE_CHARS and _a_long_gap(line):
            longest = max(map(len, _split_line(line)), default=0)
            if longest > MAX_SENTENCE_CHARS:
                # a PDF's page and line, or a table's cell, goes before the message: no line number says it
                place = source.places[n] if source.places else page_place(*source.marks[n][0][1:]) \
                    if source.marks else ""
                problems.append(Problem(source.name, f"{place + ': ' if place else ''}a sentence of {longest:,} "
                                        f"characters (no sentence break) is read in pieces of at most "
                                        f"{MAX_SENTENCE_CHARS:,}", None if place else line_no, severity="warning"))
    return problems


def _a_long_gap(line: str) -> bool:
    """Some stretch between two sentence ends is longer than a sentence may be: the cheap
    look first (an article of one line has hundreds of sentence ends, most lines none)."""
    last = 0
    for m in _SENTENCE_END.finditer(line):
        if m.start() - last > MAX_SENTENCE_CHARS:
            return True
        last = m.end()
    return len(line) - last > MAX_SENTENCE_CHARS


_CLAUSE_BREAK = re.compile(r"[;:\u2013\u2014,]\s|\s-\s")


def _pieces(sentence: str) -> list[str]:
    """An over-long "sentence" cut at the last clause break before the cap (in its second
    half), else at the last space, else at the cap: the cost of a line stays in line with
    its length, and no passage spans a whole page."""
    pieces = []
    rest = sentence
    while len(rest) > MAX_SENTENCE_CHARS:
        window = rest[:MAX_SENTENCE_CHARS]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window, MAX_SENTENCE_CHARS // 2)]
        cut = breaks[-1] if breaks else (window.rfind(" ") + 1 or MAX_SENTENCE_CHARS)
        if cut <= MAX_SENTENCE_CHARS // 4:
            cut = MAX_SENTENCE_CHARS
        pieces.append(rest[:cut].strip())
        rest = rest[cut:]
    pieces.append(rest.strip())
    return [p for p in pieces if p]


_RUN_IN_WORDS = 25  # a first line this long may hold a headline run into the first sentence
_HEADLINE_MOST = 14  # words a headline has at most
_LINKING = frozenset("the a an of to and or in on at for with by from as".split())  # "deal with Apple": no break
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:'s)?")


def _run_in_headline(text: str) -> int | None:
    """Where the first sentence starts in a first line that runs the headline into it with no
    stop between (as a news archive's export may): the first word written with a capital
    that opens sentences (`_opens`: "The", "Next", "Rising"), right after a word in lower
    case that links nothing ("rise The", not "with The"), before any sentence end."""
    words = list(re.finditer(r"\S+", text))
    if len(words) < _RUN_IN_WORDS:
        return None
    end = _SENTENCE_END.search(text)
    for n in range(2, _HEADLINE_MOST + 1):
        prev, word = words[n - 1].group().strip("'\u2018\u2019\"\u201c\u201d"), words[n]
        if end is not None and word.start() > end.start():
            return None
        if prev.replace("-", "").isalpha() and prev.islower() and prev not in _LINKING and _opens(word.group()):
            return word.start()
    return None


def _opens(word: str) -> bool:
    """A word written with a capital that opens sentences, not names: a common short word
    ("The", "It", "More", "Four") or one the lexicon knows as a verb or an adjective ("Next",
    "Rising"); not a noun alone ("the Rugby World Cup Sevens", "the National Gallery")."""
    if not _TITLE_WORD.fullmatch(word):
        return False
    low = word.lower().removesuffix("'s")
    return low in STOPWORDS or low in NUMBER_WORDS or any(group[-1] in "vsa" for group in senses(low))


def _split_line(line: str, headline: bool = False) -> list[str]:
    text = line.strip().lstrip("\u2022*-\u00b7 ").strip()
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    run_in = _run_in_headline(text) if headline else None
    if run_in is not None:  # "Trade gap narrows as exports rise The UK's trade gap narrowed …"
        pieces.append(text[:run_in].strip())
        start = run_in
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start() + 1]
        last_word = re.search(r"(?<![\w£$€])([A-Za-z.]+)\.$", before)
        word = last_word.group(1) if last_word else ""
        if word and (word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        pieces.append(text[start:m.end()].strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]
