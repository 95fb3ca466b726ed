"""A sentence read once for matching: its words, its figures, and which belongs to which.

Matching asks three questions of a sentence. Which words does it use (does it make the
claim's statement)? Which words stand with each figure (does a number play the same
part)? Which verbs carry the statement ("arrested" is not "convicted")? All three need
the figures taken out of the word stream, every item placed on one scale of positions,
and the sentence cut into clauses, since "36 forces responded – although 12 others
failed to" gives 12 nothing of "responded". `analyse()` does that once, into the
`Analysed` of text/sentence.py, which answers the questions.
"""

from __future__ import annotations

import re

from factcheck.models import Quantity
from factcheck.text import lexicon
from factcheck.text.numbers import read_quantities
from factcheck.text.sentence import Analysed, Item
from factcheck.text.wordnet import past_forms, senses
from factcheck.text.words import AUXILIARIES, STOPWORDS, WORD, Token, term_of, tokens, value_token

__all__ = ["Analysed", "Item", "analyse", "index_terms", "value_token"]  # Analysed, Item: text/sentence.py

_SKIPPABLE = frozenset("not also further then since already still now just only never all both".split())
_IRREGULAR = lexicon.IRREGULAR_VERBS | past_forms()  # lemminflect's, and those the same as the verb
_NOT_VERBS = lexicon.NOT_VERBS
_STRONG_BREAK = re.compile(r"[;:\u2013\u2014]|\s-\s|\s--\s")
_WEAK_BREAK = re.compile(r"[,()\[\]]")
_CONJUNCTIONS = frozenset("although while whereas but though because unless however".split())
_SHARE_LEAD = frozenset("the those these".split())
_MODALS = frozenset("will would can could may might must shall should".split())
_NOT_AFTER_MODAL = frozenset("be have not also still now then only just never".split())
_SUBJECT_WORDS = frozenset("who which he she they we".split())  # what a verb follows, not a noun
# after a noun, a participle before one of these describes the noun when the clause has a
# verb of its own, before or after it: "the suit brought by", "the officers employed by the
# force"; with no other verb it is the clause's own ("Sales jumped in March")
_PARTICIPLE_PLACE = frozenset("by in on from over at for under with since during after against".split())
REPORTING = lexicon.REPORTING
# a verb of intent before "to": what follows is the statement's verb ("expects to raise £80m")
_INTENT = lexicon.INTENT_VERBS
_SUBORDINATORS = frozenset("that which who whom whose what when where after before if until once".split())


_GAPPED = frozenset("from in for among".split())
_GAP_WORDS = 5  # "and from North America by some 9%": the figure within this many words, no verb between


def _figure_soon(text: str, entries: list, pos: int) -> bool:
    """A figure follows within a few words, with no verb-like word between."""
    for start, end, obj in entries[pos + 1:pos + 1 + _GAP_WORDS]:
        if not isinstance(obj, Token):
            return True
        word = text[start:end].lower()
        if word in AUXILIARIES or word.endswith("ed") or word in _IRREGULAR:
            return False
    return False


def index_terms(text: str) -> set[str]:
    """What `analyse(text).content_terms()` gives, at a third of the cost: an index needs
    the terms of every sentence, the matcher the full analysis of only the few it scores."""
    quantities = read_quantities(text)
    found: set[str] = set()
    for q in quantities:
        found.add(value_token(q))
        if q.kind == "date":
            found.add(f"#year::{int(q.value // 10000)}")
    spans = [(q.start, q.end) for q in quantities]
    for m in WORD.finditer(text):
        low = m.group().lower()
        if low in STOPWORDS or (spans and any(s <= m.start() < e for s, e in spans)):
            continue
        found.add(term_of(low))
    return found


def analyse(text: str) -> Analysed:
    """Read `text` once into words and figures on one scale, cut into clauses."""
    quantities = read_quantities(text)
    taken = [(q.start, q.end) for q in quantities]
    entries: list[tuple[int, int, Quantity | Token]] = [(q.start, q.end, q) for q in quantities]
    for tok in tokens(text):
        if not taken or not any(s <= tok.start < e for s, e in taken):
            entries.append((tok.start, tok.end, tok))
    entries.sort(key=lambda entry: entry[0])
    items: list[Item] = []
    positions: list[int] = []
    clauses: list[int] = []
    spans: list[int] = []
    clause = span = prev_end = depth = 0  # depth: brackets open at this point
    raw_prev: list[str] = []
    clause_verb = -1  # the clause of the last finite verb seen (not a reporting one)
    pending: list[int] = []  # participles after a noun, before any verb of their clause
    plain = _bracketed_figures(text, entries)
    for pos, (start, end, obj) in enumerate(entries):
        gap = plain.get(pos, text[prev_end:start]) if pos else ""
        if gap != " " and gap:
            strong = _STRONG_BREAK.search(gap)
            if strong and depth > 0 and ")" not in gap[:strong.start()]:
                strong = None  # "a deal worth 1bn euros ($1.3bn; £690m) for Airbus": a list in brackets
            if strong:
                clause, span = clause + 1, span + 1
            elif _WEAK_BREAK.search(gap):
                clause += 1
            depth = max(0, depth + gap.count("(") - gap.count(")"))
        prev_end = end
        if not isinstance(obj, Token):
            if raw_prev and raw_prev[-1] in {"and", "or", "while", "but"} and pos > 1:
                clause += 1  # "560 will be lost …, and 400 are to go": a new item of the list
                if items and items[-1].pos == pos - 1:
                    items[-1] = items[-1]._replace(clause=clause)
            positions.append(pos)
            clauses.append(clause)
            spans.append(span)
            raw_prev.append("#")
            continue
        raw = text[start:end].lower()
        if raw in _GAPPED and raw_prev[-1:] == ["and"] and "#" in raw_prev and _figure_soon(text, entries, pos):
            clause += 1  # "were up by 10% and from North America by some 9%": a second fact, its verb left out
            if items and items[-1].pos == pos - 1:
                items[-1] = items[-1]._replace(clause=clause)
        if raw in _CONJUNCTIONS:
            clause, span = clause + 1, span + 1
        elif raw in _SUBORDINATORS or (raw in _CLAUSE_OR_WORD and _opens_clause(text, entries, pos, raw_prev)):
            clause += 1
        # "hate-filled", "state-owned": an adjective; "the Met", "Rose": an irregular form with a capital
        # inside the sentence is a name
        named = bool(raw_prev) and raw in _IRREGULAR and text[start].isupper()
        verb = gap != "-" and not named and _verb_like(raw, raw_prev)
        modal = verb and (_after_modal(raw_prev) or _after_intent(raw_prev))
        after_noun = verb and _after_noun(raw, items, pos) and _next_word(text, end) in _PARTICIPLE_PLACE
        describes = verb and (_describes_noun(raw_prev) or (clause_verb == clause and after_noun))
        caps = end - start == 2 and text[start:end].isupper()
        items.append(Item(obj.term, raw, pos, clause, span, obj.stop, verb, text[start].isupper(), describes, modal,
                          caps))
        if after_noun and not describes:
            pending.append(len(items) - 1)
        if verb and not describes and raw not in REPORTING:
            clause_verb = clause
        raw_prev.append(raw)
    _reduced_relatives(items, pending)
    return Analysed(tuple(items), tuple(quantities), tuple(positions), tuple(clauses), tuple(spans))


# "as" and "since" open a clause when a subject and its verb follow ("… 129 airports as a
# shortage of flight attendants hit its schedules", "since the murder shook public trust");
# otherwise they are a preposition ("as many as", "since 2018", "as a result")
_CLAUSE_OR_WORD = frozenset("as since".split())
_NOT_CLAUSE_AFTER = frozenset("as so such same well much many long soon far known seen regarded described just".split())
_PRONOUNS = frozenset("it he she they we i you there".split())
_DETERMINERS = frozenset("a an the its their his her this that these those our some".split())
_CLAUSE_LOOKAHEAD = 8  # words from the subject's first word to its verb, at most


def _opens_clause(text: str, entries: list[tuple[int, int, Quantity | Token]], pos: int, before: list[str]) -> bool:
    """Whether the "as"/"since" at `pos` begins a clause of its own: a pronoun and a verb,
    or a noun phrase (a determiner or a name first) and a finite verb, before any comma."""
    if before and before[-1] in _NOT_CLAUSE_AFTER:
        return False
    ahead: list[str] = []
    prev_end = entries[pos][1]
    for start, end, obj in entries[pos + 1:pos + 1 + _CLAUSE_LOOKAHEAD]:
        if _WEAK_BREAK.search(text[prev_end:start]) or _STRONG_BREAK.search(text[prev_end:start]):
            break
        prev_end = end
        ahead.append(text[start:end].lower() if isinstance(obj, Token) else "#")
    if not ahead:
        return False
    first = ahead[0]
    if first in _PRONOUNS:
        return len(ahead) > 1 and (ahead[1] in AUXILIARIES or any(g.endswith("-v") for g in senses(ahead[1])))
    named = text[entries[pos + 1][0]].isupper() and first not in _DETERMINERS
    if first not in _DETERMINERS and not named:
        return False
    for word in ahead[1:]:
        if word in _SUBORDINATORS or word in _CONJUNCTIONS:
            return False
        if word in AUXILIARIES or word in _MODALS or word in _IRREGULAR or (len(word) >= 5 and word.endswith("ed")):
            return True
    return False


_FIGURES_ONLY = re.compile(r"[\s;,/]*")  # between the figures of a bracket that holds nothing else


def _bracketed_figures(text: str, entries: list[tuple[int, int, Quantity | Token]]) -> dict[int, str]:
    """The gaps to read as spaces around and inside brackets that hold figures alone: "raise
    $1bn (£514m) from the flotation" is one clause, the conversion in it, its words around it."""
    out: dict[int, str] = {}
    n = 1
    while n < len(entries):
        before = text[entries[n - 1][1]:entries[n][0]]
        figures = not isinstance(entries[n][2], Token) and not isinstance(entries[n - 1][2], Token)
        if not figures or not before.rstrip().endswith("("):
            n += 1
            continue
        last = n
        while last + 1 < len(entries) and not isinstance(entries[last + 1][2], Token) and _FIGURES_ONLY.fullmatch(
                text, entries[last][1], entries[last + 1][0]):
            last += 1
        after_end = entries[last + 1][0] if last + 1 < len(entries) else len(text)
        after = text[entries[last][1]:after_end]
        if not after.lstrip().startswith(")"):
            n = last + 1
            continue
        out[n] = before.replace("(", " ")
        for k in range(n + 1, last + 1):
            out[k] = " "
        if last + 1 < len(entries):
            out[last + 1] = after.replace(")", " ", 1)
        n = last + 1
    return out


def _reduced_relatives(items: list[Item], pending: list[int]) -> None:
    """ "The investigation ordered by the minister will focus on …": a participle after a
    noun describes it when a verb of the clause's own comes later."""
    waiting = set(pending)
    for n in pending:
        clause = items[n].clause
        if any(it.clause == clause and it.verb and not it.modifier and it.raw not in REPORTING
               for k, it in enumerate(items[n + 1:], n + 1) if k not in waiting):
            items[n] = items[n]._replace(modifier=True)


def _after_noun(raw: str, items: list[Item], pos: int) -> bool:
    """A participle right after a common noun: "the suit brought by …", "a plan launched in 2003"."""
    prev = items[-1] if items else None
    return (raw.endswith(("ed", "en", "wn")) or raw in _IRREGULAR) and prev is not None and prev.pos == pos - 1 \
        and not prev.stop and not prev.verb and not (prev.capital and prev.pos > 0)  # a name, not the first word


def _next_word(text: str, end: int) -> str:
    m = WORD.search(text, end)
    return m.group().lower() if m else ""


def _after_intent(before: list[str]) -> bool:
    return len(before) >= 2 and before[-1] == "to" and before[-2] in _INTENT


def _after_modal(before: list[str]) -> bool:
    for prev in reversed(before[-3:]):
        if prev in _MODALS:
            return True
        if prev not in _SKIPPABLE and not prev.endswith("ly"):
            return False
    return False


def _describes_noun(before: list[str]) -> bool:
    """ "two of the officers investigated over X received…": a participle right after the
    noun of a share describes that noun; the sentence's verb comes later."""
    if len(before) < 2 or not before[-1].endswith("s"):
        return False
    return before[-2] == "of" or (len(before) >= 3 and before[-2] in _SHARE_LEAD and before[-3] == "of")


def _verb_like(raw: str, before: list[str]) -> bool:
    if raw in _NOT_VERBS or raw in AUXILIARIES:
        return False
    if _after_intent(before):
        return any(g.endswith("-v") for g in senses(raw))  # "expects to raise", "agreed to pay"
    if raw in _IRREGULAR or (len(raw) >= 5 and raw.endswith("ed")):
        return True
    for prev in reversed(before[-3:]):
        if prev in AUXILIARIES:
            return raw.endswith(("en", "wn", "ed"))
        if prev in _MODALS:
            return raw not in _NOT_AFTER_MODAL  # "will pay", "could lose"
        if prev in _SUBJECT_WORDS:
            # "who recently beat", "which cost", "they say": a verb of WordNet's, in its own form
            return any(g.endswith("-v") for g in senses(raw))
        if prev not in _SKIPPABLE and not prev.endswith("ly"):
            break
    return False
