"""Generate labelled claims (supported / contradicted / missing) from the corpus.

Why: measuring accuracy at 100 to 10,000 claims needs labels we can trust
without reading them by hand.  Each claim is a real corpus sentence holding a
figure:
  supported    - a light, meaning-preserving rewording of a source sentence
                 (safe word swaps like "more than" -> "over", dropping a
                 leading connective, a filler adverb, an aside or a trailing
                 "he said"; "%" -> "per cent"); figure kept.  Sentences that
                 admit no such edit stay verbatim (about 60%).
  contradicted - the same kind of sentence with its figure changed to a value
                 that no other number in the sentence has.
  missing      - a sentence from an article held out of the sources folder,
                 kept only if no word 8-gram of it occurs in any source and no
                 source sentence with the same number shares half its words,
                 another of its numbers, or the word after the number and a
                 name (the corpus has follow-up stories restating the same
                 fact).
Sources are exactly what corpus.py writes for the same --fraction/--holdout/
--seed, so the two scripts agree.  Same arguments -> same file.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

# A figure: optional currency, a number (1,200 / 2.5 / 33), optional unit.
# "Â£" is how the corpus spells "£" (mojibake); the figure starts at "£".
FIGURE = re.compile(r"""(?:(?<=Â)|(?<![\w.,£$€/-]))
    (?P<cur>[£$€])?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?
    (?P<suf>%|\ per\ cent|bn|m|k|tn|\ (?:million|billion|trillion)\b)?
    (?![\w£$€]|[.,]\d|-\d|/\d)""", re.X)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[a-z0-9]+")
LEADING = re.compile(r"^(?:But|And|However,|Meanwhile,|Also,|In addition,|Indeed,)\s+")
ADVERB = re.compile(r"\s(?:also|now|currently|actually|really|already)\b(?=\s)")
TRAILING = re.compile(r',\s+(?:he|she|they|it|the \w+|[A-Z][\w\'. ]{0,40}) (?:said|added)\.$'
                      r'|,\s+(?:said|according to)\s[^,"]{2,60}\.$')
QUOTED = re.compile(r'^"([^"]+?),"\s+(?:he|she|they|[A-Z][\w\'. ]{0,40}) (?:said|added)\.$'
                    r'|^"([^"]+?),"\s+said\s[^,"]{2,60}\.$')
# Meaning-preserving swaps (word-bounded; first letter's case is kept).
SWAPS = [(r"more than(?= [£$€]?\d)", "over"), (r"about(?= [£$€]?\d)", "around"),
         (r"around(?= [£$€]?\d)", "about"), (r"almost(?= [£$€]?\d)", "nearly"),
         (r"nearly(?= [£$€]?\d)", "almost"), (r"firm", "company"), (r"company", "firm"),
         (r"rose(?= by| to| [£$€]?\d)", "increased"), (r"fell(?= by| to| [£$€]?\d)", "dropped"),
         (r"(do|does|did|is|was|has|have|had|could|would) not", r"\1n't"),
         (r"will not", "won't"), (r"(do|does|did|is|was|has|have|had|could|would)n't", r"\1 not"),
         (r"won't", "will not"), (r"a year(?= in| for|[.,])", "per year")]
SWAPS = [(re.compile(r"\b" + (f"[{a[0].upper()}{a[0]}]{a[1:]}" if a[0].isalpha() else a) + r"\b"), b)
         for a, b in SWAPS]
# Droppable asides: ", however," and a short parenthesis without digits ("(KDB)").
ASIDE = re.compile(r",\s+however,|\s\([^()\d]{1,40}\)(?=[\s.,])")


def numval(s: str) -> float:
    return float(s.replace(",", ""))


MONTH = re.compile(r"\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)\b")
NAME_BEFORE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][A-Za-z]*\s$")


def figures(sentence: str) -> list[re.Match]:
    """Usable figures: amounts, counts and shares, written once in the sentence. Not a
    bare year, a day of the month ("23 March"), a time ("31:41") or part of a name
    ("Radio 1", "50 Cent"): factcheck reads those as other kinds, not as figures."""
    out = []
    for m in FIGURE.finditer(sentence):
        plain = not (m["cur"] or m["dec"] or m["suf"])
        if plain and 1900 <= numval(m["num"]) <= 2099:
            continue
        before, after = sentence[:m.start()], sentence[m.end():]
        if plain and (MONTH.match(after) or re.match(r"\s+[A-Z]", after) or NAME_BEFORE.search(before)):
            continue
        if before.endswith(":") or after.startswith(":"):
            continue
        if sentence.count(m.group()) == 1:
            out.append(m)
    return out


def candidates(rows: list[dict]) -> list[tuple[str, int, str]]:
    """(article id, sentence index, sentence) for usable sentences.

    Sentence 0 is skipped: the title is glued to it in this corpus.  Articles
    with the same text contribute once."""
    seen, out = set(), []
    for r in rows:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        for i, s in enumerate(corpus.split_sentences(r["text"])[1:], 1):
            if 8 <= len(s.split()) <= 45 and figures(s):
                out.append((r["id"], i, s))
    return out


def reword(s: str, fig: re.Match, rng: random.Random) -> tuple[str, str]:
    """Light paraphrase keeping the figure; returns (sentence, figure text).

    Up to two word swaps (picked at random, never overlapping the figure),
    then drop a quoted-speech frame / trailing attribution, a leading
    connective and one filler adverb.  Sometimes "%" becomes " per cent"."""
    figtext = fig.group()
    if fig["suf"] == "%" and rng.random() < 0.4:
        figtext = figtext[:-1] + " per cent"
        s = s[:fig.start()] + figtext + s[fig.end():]
    f0 = s.find(figtext)
    edits = [(m.start(), m.end(), m.expand(rep)) for pat, rep in SWAPS for m in pat.finditer(s)
             if m.end() <= f0 or m.start() >= f0 + len(figtext)]
    rng.shuffle(edits)
    chosen: list[tuple[int, int, str]] = []
    for e in edits:
        if len(chosen) < 2 and all(e[1] <= c[0] or e[0] >= c[1] for c in chosen):
            chosen.append(e)
    for start, end, rep in sorted(chosen, reverse=True):
        rep = rep[0].upper() + rep[1:] if s[start].isupper() else rep
        s = s[:start] + rep + s[end:]
    m = QUOTED.match(s)
    if m:
        s = (m.group(1) or m.group(2)) + "."
    s = TRAILING.sub(".", s)
    s2 = LEADING.sub("", s)
    if s2 != s:
        s = s2[0].upper() + s2[1:]
    s = ADVERB.sub("", s, count=1)
    s = ASIDE.sub("", s, count=1)
    return s, figtext


SMALL_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def perturb(figtext: str, sentence: str, rng: random.Random) -> str | None:
    """Change the number in figtext to a different, plausible value that no
    other number in the sentence has, in digits or in words (None if we fail):
    "2) ... two crucial facts" would still state 2."""
    m = NUMBER.search(figtext)
    num = m.group()
    intpart, _, dec = num.partition(".")
    digits = intpart.replace(",", "")
    taken = {numval(x) for x in NUMBER.findall(sentence)}
    taken |= {SMALL_NUMBER_WORDS[w] for w in _WORD.findall(sentence.lower()) if w in SMALL_NUMBER_WORDS}
    for _ in range(20):
        if dec:
            d = rng.choice([1, 2, 3, 5]) * rng.choice([-1, 1])
            new = f"{int(digits + dec) + d:0{len(digits + dec)}d}"
            new = (new[: -len(dec)].lstrip("0") or "0") + "." + new[-len(dec):]
        elif len(digits) > 1 and rng.random() < 0.4:
            i = rng.randrange(len(digits) - 1)
            new = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            if new[0] == "0":
                continue
        else:
            v = int(digits)
            d = max(1, round(v * rng.uniform(0.1, 0.4)))
            new = str(v + d if (rng.random() < 0.5 or v - d <= 0) else v - d)
        if "," in intpart:
            ip, _, dp = new.partition(".")
            new = f"{int(ip):,}" + ("." + dp if dp else "")
        if numval(new) in taken or numval(new) <= 0:
            continue
        if figtext.endswith(("%", "per cent")) and numval(new) > 100 >= numval(num):
            continue
        return figtext[: m.start()] + new + figtext[m.end():]
    return None


def content(text: str) -> frozenset[str]:
    """Lower-case words of 4+ letters: a cheap fingerprint of what a sentence says."""
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) >= 4 and not w.isdigit())


def numbers_in(text: str) -> set[str]:
    return {x.replace(",", "") for x in NUMBER.findall(text)}


def names_in(text: str) -> set[str]:
    """Capitalised words after the first: the people, films and firms a sentence is about."""
    return set(re.findall(r"(?<=\s)[A-Z][a-z]{2,}", text))


def after(text: str, number: str) -> str | None:
    """The word right after `number` in `text` ("11 nominations" -> "nominations")."""
    m = re.search(rf"(?<![\d.,]){re.escape(number)}\s+([a-z]{{3,}})", text.replace(",", ""))
    return m.group(1) if m else None


def index_numbers(rows: list[dict]) -> dict[str, list[tuple[frozenset[str], set[str], set[str], str]]]:
    """{number without commas: (content words, numbers, names, text) of each source sentence holding it}."""
    idx: dict[str, list[tuple[frozenset[str], set[str], set[str], str]]] = {}
    for r in rows:
        for s in corpus.split_sentences(r["text"]):
            entry = (content(s), numbers_in(s), names_in(s), s)
            for n in entry[1]:
                idx.setdefault(n, []).append(entry)
    return idx


def distinctive(number: str) -> bool:
    """A number two sentences are unlikely to share by chance: not a small count, not a year."""
    return len(number.replace(".", "")) >= 2 and not re.fullmatch(r"(?:19|20)\d\d", number)


def stated(sentence: str, figtext: str, idx) -> bool:
    """True if some source sentence with the figure's number shares at least
    half (and 2+) of its content words with `sentence`, or another of its
    distinctive numbers ("$280bn (£155bn)" reworded), or the word after the
    number and a name ("The Aviator ... 11 nominations"): another article may
    report the same fact (the corpus has many follow-up stories)."""
    words = content(sentence)
    num = NUMBER.search(figtext).group().replace(",", "")
    also = {n for n in numbers_in(sentence) - {num} if distinctive(n)}
    counted, names = after(sentence, num), names_in(sentence)
    for other, other_numbers, other_names, text in idx.get(num, ()):
        shared = len(words & other)
        if shared >= 2 and shared >= 0.5 * min(len(words), len(other)):
            return True
        if also & other_numbers:
            return True
        if counted and names & other_names and after(text, num) == counted:
            return True
    return False


def shingles(text: str, n: int = 8) -> set[int]:
    w = _WORD.findall(text.lower())
    return {hash(tuple(w[i:i + n])) for i in range(len(w) - n + 1)}


def _rounds(pool, start: int, max_rounds: int):
    """Yield (round, id, index, sentence), cycling over the pool from `start`.
    Later rounds reuse sentences (with another figure or perturbation) so
    10,000 claims can come from ~6,000 usable sentences."""
    for r in range(max_rounds):
        for k in range(len(pool)):
            yield (r, *pool[(start + k) % len(pool)])


def generate(n: int, fraction: float = 1.0, holdout: float = corpus.DEFAULT_HOLDOUT,
             seed: int = corpus.DEFAULT_SEED, mix=(1, 1, 1), csv_path=corpus.DEFAULT_CSV) -> list[dict]:
    """Return n claims (dicts with id, figure, sentence, expected), shuffled."""
    rng = random.Random(seed)
    src, held = corpus.partition(corpus.load_rows(csv_path), fraction, holdout, seed)
    want = [int(n * k / sum(mix)) for k in mix]
    want[0] += n - sum(want)
    pool, miss = candidates(src), candidates(held)
    rng.shuffle(pool)
    rng.shuffle(miss)
    source_sents = {s for r in src for s in corpus.split_sentences(r["text"])}
    grams: set[int] = set()
    for r in src:
        grams |= shingles(r["text"])
    by_number = index_numbers(src)
    claims: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def take(label, items, limit, make):
        got = 0
        for r, aid, i, s in items:
            if got == limit:
                break
            figs = figures(s)
            if label == "supported" and r >= len(figs):
                continue  # no new figure left in this sentence
            out = make(s, figs[(r + i) % len(figs)], r)
            if out and out[1] in out[0] and (out[0], out[1]) not in seen:
                seen.add(out)
                claims.append({"id": f"{aid}-s{i}-{label}" + (f"-r{r + 1}" if r else ""),
                               "figure": out[1], "sentence": out[0], "expected": label})
                got += 1
        if got < limit:
            print(f"warning: only {got} of {limit} {label} claims", file=sys.stderr)

    def supported(s, fig, r):
        return reword(s, fig, rng)

    def contradicted(s, fig, r):
        sent, figtext = reword(s, fig, rng)
        new = perturb(figtext, sent, rng)
        if not new or sent.count(figtext) != 1:
            return None
        sent = sent.replace(figtext, new)
        return None if sent in source_sents or stated(sent, new, by_number) else (sent, new)

    def missing(s, fig, r):
        if shingles(s) & grams or len(_WORD.findall(s.lower())) < 8:
            return None
        sent, figtext = reword(s, fig, rng)
        if r >= len(figures(s)):  # figures used up: a changed figure is still missing
            new = perturb(figtext, sent, rng)
            if not new or sent.count(figtext) != 1:
                return None
            sent, figtext = sent.replace(figtext, new), new
        return None if stated(sent, figtext, by_number) else (sent, figtext)

    # Round 1 of supported and contradicted use disjoint halves of the pool.
    take("supported", _rounds(pool, 0, 4), want[0], supported)
    take("contradicted", _rounds(pool, len(pool) // 2, 4), want[1], contradicted)
    take("missing", _rounds(miss, 0, 8), want[2], missing)
    rng.shuffle(claims)
    return claims


def write_yaml(claims: list[dict], path: Path | None) -> None:
    text = yaml.safe_dump({"claims": claims}, sort_keys=False, allow_unicode=True, width=10**6)
    if path is None:
        sys.stdout.write(text)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--count", type=int, default=1000, help="number of claims")
    ap.add_argument("-o", "--out", type=Path, help="YAML file to write (default stdout)")
    ap.add_argument("--fraction", type=float, default=1.0, help="as for corpus.py")
    ap.add_argument("--holdout", type=float, default=corpus.DEFAULT_HOLDOUT, help="as for corpus.py")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="as for corpus.py")
    ap.add_argument("--mix", default="1,1,1", help="supported,contradicted,missing weights")
    ap.add_argument("--csv", type=Path, default=corpus.DEFAULT_CSV)
    a = ap.parse_args(argv)
    mix = tuple(float(x) for x in a.mix.split(","))
    claims = generate(a.count, a.fraction, a.holdout, a.seed, mix, a.csv)
    write_yaml(claims, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
