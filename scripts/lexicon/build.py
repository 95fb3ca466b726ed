"""Build the matcher's lexicon (src/factcheck/text/data/lexicon/) from packaged public sources.

What it makes, from what
------------------------
* ``lemmas.tsv`` -- inflected form -> lemma ("sacked" -> "sack", "fell" -> "fall",
  "officers" -> "officer"), for verbs, nouns and adjectives, only where the two differ.
  Source: **lemminflect 0.2.3** from PyPI (MIT licence; its dictionary is derived from the
  NIH SPECIALIST Lexicon), dictionary look-ups only (no out-of-vocabulary rules), plus the
  irregular forms of WordNet's exception lists (``verb.exc``, ``noun.exc``, ``adj.exc``,
  ``adv.exc``).
* ``places.tsv`` -- names of places ("australia", "london", "europe"): the one-word members,
  written with a capital, of the synsets of WordNet's noun.location lexicographer file
  and of the continents (instances of "continent", which WordNet files in noun.object),
  that the project's texts use, but for words that file also has in lower case (compass
  points such as "west", "centre", "village"). Where a figure stands ("in Australia" against "in
  Australia and Mexico") is part of its frame. Source: as for ``senses.tsv``.
* ``demonyms.tsv`` -- adjectives of places ("european" -> "europe", "japanese" -> "japan"):
  the one-word capitalised members of adjective synsets whose pertainym pointer (``\\``)
  leads to a place of ``places.tsv``. "European visits" and "visits from Europe" name one
  place. Source: as for ``senses.tsv``.
* ``past_forms.tsv`` -- irregular past forms of verbs ("said" of "say", "shook" of "shake",
  "sought" of "seek"): the past tense and past participle lemminflect gives for each verb
  lemma of the vocabulary (a lemma WordNet has as a verb), where the form is not the lemma
  and does not end in "-ed" (the clause reader knows those by their ending), but for the
  auxiliaries and modals ("was", "had", "could"), which the clause reader's grammar names.
  A figure's verb ("Sales shook off …", "the firm sought £3m") is what its statement turns
  on. Source: as for ``lemmas.tsv``.
* ``senses.tsv`` -- sense groups, one lemma a line: the WordNet synsets among its *first*
  senses that hold another lemma of our vocabulary, then the synsets it is "narrower" in:
  those with a direct hyponym among its first senses ("climb" is narrower in the group of
  "increase"). Group ids are WordNet 3.0 synset offsets and their synset type
  ("02402843-v"; "s" for a satellite adjective). Source: **Princeton WordNet 3.0, as
  packaged by Debian (wordnet-base 1:3.0-37)**, the database files in /usr/share/wordnet
  (WordNet 3.0 licence; see LICENSE.md in the output folder).

How to run it (no network when factcheck runs)
-----------------------------------------------
::

    apt-get install wordnet-base
    python3 -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install lemminflect==0.2.3 pyyaml
    /tmp/lexvenv/bin/python scripts/lexicon/build.py

``--wordnet`` names the folder of the database files (default /usr/share/wordnet). The
files read must be those of wordnet-base 1:3.0-37: their SHA-256 digest is pinned
(``WORDNET_SHA256``), and where dpkg is there the installed package's version is checked
too. ``--check`` builds into memory and exits 1 if the committed files differ. The run
takes about five seconds.

The database format is WordNet's wndb(5): in ``index.pos`` each lemma (lower case) lists its
synsets in sense order, which puts first the senses counted in the semantic concordance
(SemCor), most frequent first (``cntlist.rev`` lists those counts; it need not be read);
``data.pos`` holds each synset's words (as the lexicographer wrote them, capitals included)
and pointers (``@`` hypernym, ``@i`` instance hypernym, ``+`` derivationally related form).

Vocabulary (what keeps the files small)
---------------------------------------
Only words that matter to this project: every word of the BBC news corpus
(``../shared/corpora/bbc-news-2225.csv``, column ``text``), of ``seeds/*.txt``, and of every
string in ``claims/*.yaml`` and ``tests/**/*.yaml``; their lemmas; and every inflection
lemminflect knows for those lemmas (so "sacking" maps back even if no text has it yet).
Words are runs of ASCII letters, lower-cased, three letters or more.

Choices (and why)
-----------------
A WordNet lemma here is a lower-case word of a synset: the index folds "Bush" (the
president) into "bush", so each sense is kept only if the synset writes the word in lower
case. A lemma with no such sense is no lemma of ours (proper nouns: "london").

Lemma, when a form has several (lemminflect gives them per part of speech, its preferred
first): the verb's, else the noun's, else the adjective's -- "rose" -> "rise", "saw" ->
"see", "left" -> "leave" -- because a figure's statement turns on its verb; a form that is
the first lemma of its part of speech stays itself ("feed" is not "fee" + "-ed"). Guards,
read from WordNet rather than a hand list, for a form that WordNet lists as a word of its
own:
  * it takes another word's lemma only if WordNet's exception lists have it as that word's
    irregular form ("rose" of "rise", "fell" of "fall") or it is a regular one ("used" of
    "use"), so "crew" stays "crew" (lemminflect: the past of "crow");
  * an "-ing" noun takes its verb only if one of its senses derives from it (a ``+``
    pointer from the noun to the verb: "meeting" -> "meet", but "evening" is not "even");
  * an adjective's lemma (comparatives: "bigger" -> "big") only for a word WordNet does not
    list ("number" is not "numb", "better" stays "better").
Where lemminflect knows nothing, WordNet's irregular forms are used (the first lemma of
the form's line, in verb.exc, then noun.exc, adj.exc, adv.exc: the verb's first, as above).

Sense groups are conservative: a lemma joins a synset's group only when the synset is
among its first ``--verb-senses`` (4) verb senses, ``--noun-senses`` (7) noun senses or
``--adj-senses`` (3) adjective senses (head and satellite adjectives in one list, in the
index's order). Four verb senses is the fewest that keeps "sack ~ fire ~ dismiss"
(WordNet 3.0 has the "terminate the employment" sense, 02402843-v, as sack's 2nd, fire's
4th and dismiss's 4th); "fire ~ shoot" (fire's 1st) holds while "sack ~ shoot" never does:
two words are related only if they share a group themselves, never through a third word.
Five noun senses keeps "rise ~ increase" (a rise's 5th sense, "a wage increase", is a kind
of increase). Hypernyms, one step only: a lemma is "narrower" in a group when one of its
first senses is a direct hyponym (``@``) of the group's synset, and that synset has at most
``--max-hyponyms`` (25) direct hyponyms in all of WordNet: "climb" (wax, mount) is a
kind of "increase" (21 hyponyms) and "drop" (go down in value) a kind of "decline", but
"increase" is not related to "change" (401 hyponyms); a noun hypernym must also be
``--min-noun-depth`` (4) steps or more below WordNet's root "entity" (fewest ``@``/``@i``
steps), so that a "person" is not a kind of "cause" (causal agent, depth 2) nor "total" a
kind of "whole" (whole/unit, depth 3), while a "constable" is still a kind of "officer"
(police officer, depth 7).
A narrower lemma is related to the group's lemmas, never to the other narrower ones:
sisters under one hypernym ("increase" and "decrease" under "change magnitude") stay apart.
Adverbs are left out of the groups.
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import hashlib
import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "factcheck" / "text" / "data" / "lexicon"
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2225.csv"
WORDNET_DIR = Path("/usr/share/wordnet")
WORDNET = "Princeton WordNet 3.0"
DEBIAN_PACKAGE = "wordnet-base"
DEBIAN_VERSION = "1:3.0-37"
WORDNET_SOURCE = f"{WORDNET}, as packaged by Debian ({DEBIAN_PACKAGE} {DEBIAN_VERSION})"
PARTS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}  # part of speech -> suffix of its files
EXC_ORDER = ("v", "n", "a", "r")  # whose irregular forms come first: the verb's, as for lemminflect
WORDNET_FILES = [f"{kind}.{PARTS[p]}" for kind in ("index", "data") for p in PARTS] + [
    f"{PARTS[p]}.exc" for p in EXC_ORDER]
# SHA-256 over the files above, in that order (each file's name, a NUL, its bytes): wordnet-base 1:3.0-37.
WORDNET_SHA256 = "e5d696aabb4b8b15bd38fafbe2b7d37c3884505bf68433f5153a5431d21b78f0"
LEMMINFLECT = "0.2.3"
WORD = re.compile(r"[a-z]+")
MIN_LEN = 3
_ACRONYM = re.compile(r"\b[A-Z]{2}\b")  # a two-letter word in capitals: read as a place name only
# auxiliaries and modals: their past forms ("was", "had", "could") are grammar, not a statement's verb
NOT_PAST_OF = frozenset("be have can will shall may must".split())
REGENERATE = (f"apt-get install {DEBIAN_PACKAGE}; python3 -m venv /tmp/lexvenv &&"
              f" /tmp/lexvenv/bin/pip install lemminflect=={LEMMINFLECT} pyyaml;"
              " /tmp/lexvenv/bin/python scripts/lexicon/build.py")


# ---------------------------------------------------------------- sources
class Synset(NamedTuple):
    """One line of a data.pos file, the parts used here. A synset is keyed "offset-part"
    (part n, v, a or r: the file it is in, as pointers name it); its group id in the output
    says its own type ("s" for a satellite adjective)."""
    ss_type: str
    words: list[str]  # lower-cased, adjective markers such as "(a)" removed
    lower: list[bool]  # whether each word is written in lower case (not a proper noun's spelling)
    hypernyms: list[str]  # "@"
    instance_hypernyms: list[str]  # "@i"
    derived: list[tuple[int, str, int]]  # "+": (source word number, target synset key, target word number)
    lexfile: int = 0  # the lexicographer file (wndb(5) lex_filenum): 15 is noun.location
    part_of: tuple[str, ...] = ()  # "#p": the wholes it is a part of ("Fayetteville" of "Arkansas")
    pertains: tuple[str, ...] = ()  # "\\": the nouns an adjective pertains to ("European" to "Europe")


def wordnet_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in WORDNET_FILES:
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return digest.hexdigest()


def check_wordnet(folder: Path) -> None:
    """Exit unless `folder` holds the database files of wordnet-base 1:3.0-37."""
    missing = [name for name in WORDNET_FILES if not (folder / name).is_file()]
    if missing:
        sys.exit(f"{folder}: no {', '.join(missing)}: apt-get install {DEBIAN_PACKAGE}")
    if folder.resolve() == WORDNET_DIR and shutil.which("dpkg-query"):
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", DEBIAN_PACKAGE],
                                 capture_output=True, text=True).stdout.strip()
        if version != DEBIAN_VERSION:
            sys.exit(f"{DEBIAN_PACKAGE} {version or '(not installed)'} is installed; the data is built"
                     f" with {DEBIAN_VERSION}: apt-get install {DEBIAN_PACKAGE}={DEBIAN_VERSION}")
    if (digest := wordnet_digest(folder)) != WORDNET_SHA256:
        sys.exit(f"{folder}: the database files are not those of {WORDNET_SOURCE} (SHA-256 {digest})")


def data_lines(path: Path) -> list[str]:
    """The lines of a WordNet index or data file, without its licence header (lines that
    begin with two spaces)."""
    return [line for line in path.read_text(encoding="ascii").splitlines() if line and not line.startswith("  ")]


def read_synsets(folder: Path) -> dict[str, Synset]:
    """Synset key ("02402843-v") -> its words and the pointers used here, from data.pos (wndb(5))."""
    synsets: dict[str, Synset] = {}
    for part, suffix in PARTS.items():
        for line in data_lines(folder / f"data.{suffix}"):
            fields = line.split(" | ", 1)[0].split()
            offset, lexfile, ss_type, w_cnt = fields[0], int(fields[1]), fields[2], int(fields[3], 16)
            written = [re.sub(r"\([a-z]+\)$", "", w) for w in fields[4:4 + 2 * w_cnt:2]]
            at = 4 + 2 * w_cnt
            hypernyms, instances, derived, part_of, pertains = [], [], [], [], []
            for n in range(int(fields[at])):
                symbol, target, pos, st = fields[at + 1 + 4 * n: at + 5 + 4 * n]
                key = f"{target}-{'a' if pos == 's' else pos}"
                if symbol == "@":
                    hypernyms.append(key)
                elif symbol == "@i":
                    instances.append(key)
                elif symbol == "+":
                    derived.append((int(st[:2], 16), key, int(st[2:], 16)))
                elif symbol == "#p":
                    part_of.append(key)
                elif symbol == "\\":
                    pertains.append(key)
            synsets[f"{offset}-{part}"] = Synset(ss_type, [w.lower() for w in written],
                                                 [w == w.lower() for w in written], hypernyms, instances, derived,
                                                 lexfile, tuple(part_of), tuple(pertains))
    return synsets


def read_entries(folder: Path, synsets: dict[str, Synset]) -> dict[str, dict[str, list[str]]]:
    """Lemma -> part of speech (n, v, a, r) -> its synset keys in sense order (index.pos), only
    the senses whose synset writes the lemma in lower case ("bush", not "Bush" the president)."""
    entries: dict[str, dict[str, list[str]]] = collections.defaultdict(dict)
    for part, suffix in PARTS.items():
        for line in data_lines(folder / f"index.{suffix}"):
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            keys = [f"{offset}-{part}" for offset in fields[-count:]]
            keys = [k for k in keys if any(w == lemma and low for w, low in zip(synsets[k].words, synsets[k].lower))]
            if keys:
                entries[lemma][part] = keys
    return dict(entries)


def read_exceptions(folder: Path, entries: dict[str, dict[str, list[str]]]) -> list[tuple[str, str]]:
    """(irregular form, lemma) from the pos.exc files, verb's first, each line's lemmas in
    order; only lemmas that are lemmas of ours in that part of speech."""
    pairs = []
    for part in EXC_ORDER:
        for line in (folder / f"{PARTS[part]}.exc").read_text(encoding="ascii").splitlines():
            form, *lemmas = line.split()
            pairs += [(form, lemma) for lemma in lemmas if part in entries.get(lemma, {})]
    return pairs


def yaml_strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        node = list(node.values())
    if isinstance(node, list):
        return [s for item in node for s in yaml_strings(item)]
    return []


def read_vocabulary(corpus: Path) -> set[str]:
    """The lower-case words of the news corpus, the seeds, and the claim and test YAML."""
    texts: list[str] = []
    csv.field_size_limit(1 << 30)
    with corpus.open(newline="", encoding="utf-8") as f:
        texts += [row["text"] for row in csv.DictReader(f)]
    texts += [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))]
    for pattern in ("claims/*.yaml", "tests/**/*.yaml"):
        for p in sorted(glob.glob(str(ROOT / pattern), recursive=True)):
            texts += yaml_strings(yaml.safe_load(Path(p).read_text(encoding="utf-8")))
    return {w for text in texts for w in WORD.findall(text.lower()) if len(w) >= MIN_LEN} | {
        w.lower() for text in texts for w in _ACRONYM.findall(text)}  # "US", "UK": places in capitals


NOUN_LOCATION = 15  # wndb(5): the lexicographer file noun.location
CONTINENT = "09254614-n"  # "continent": its instances (Europe, Asia, Africa) are in noun.object, not noun.location


def place_names(synsets: dict[str, Synset], words: set[str]) -> list[str]:
    """Names of places (countries, cities, regions: "Australia", "London", "Europe"): the
    one-word members of noun.location synsets (and the continents') that the synset writes with a capital, and
    that the project's texts use; each with the places of those it lies in, by WordNet's
    part-holonym links followed to the end ("fayetteville\tamerica arkansas us usa")."""
    located = {key: syn for key, syn in synsets.items() if syn.ss_type == "n" and (
        syn.lexfile == NOUN_LOCATION or CONTINENT in syn.instance_hypernyms)}  # continents are noun.object's
    # a word that is also a common noun of places ("west", "north", "centre", "village") names none
    common = {word for syn in located.values() for word, lower in zip(syn.words, syn.lower) if lower}

    def names_of(syn: Synset) -> set[str]:
        return {w for w, lower in zip(syn.words, syn.lower) if not lower and w.isalpha()} - common

    within: dict[str, set[str]] = collections.defaultdict(set)
    for syn in located.values():
        wholes, todo, seen = set(), list(syn.part_of), set()
        while todo:
            key = todo.pop()
            if key in seen or key not in synsets:
                continue
            seen.add(key)
            wholes |= names_of(synsets[key])
            todo += synsets[key].part_of
        names = names_of(syn)
        for name in names:
            within[name] |= wholes | (names - {name})  # "uk" and "britain" name one place: each lies in the other
    return [f"{name}\t{' '.join(sorted((within[name] - {name}) & words))}".rstrip("\t")
            for name in sorted(set(within) & words)]


def demonyms(synsets: dict[str, Synset], words: set[str], place_set: set[str]) -> list[str]:
    """Adjectives of places ("European", "Japanese", "Welsh"): the one-word members, written
    with a capital, of adjective synsets whose pertainym pointer leads to a place of
    `place_names` (a noun.location synset or a continent), with the names of those places
    ("european\teurope"), for the words the project's texts use."""
    located = {key for key, syn in synsets.items() if syn.ss_type == "n" and (
        syn.lexfile == NOUN_LOCATION or CONTINENT in syn.instance_hypernyms)}
    named: dict[str, set[str]] = collections.defaultdict(set)
    for syn in synsets.values():
        if syn.ss_type not in {"a", "s"} or not syn.pertains:
            continue
        places = {w for key in syn.pertains if key in located
                  for w, lower in zip(synsets[key].words, synsets[key].lower) if not lower and w.isalpha()}
        for word, lower in zip(syn.words, syn.lower):
            if not lower and word.isalpha() and places:
                named[word] |= places
    return [f"{name}\t{' '.join(sorted(named[name] & place_set))}" for name in sorted(set(named) & words)
            if named[name] & place_set]


# ---------------------------------------------------------------- lemmas
class Lemmatizer:
    def __init__(self, entries: dict[str, dict[str, list[str]]], synsets: dict[str, Synset],
                 exceptions: list[tuple[str, str]]):
        import lemminflect

        self.li = lemminflect
        self.nouns = {k for k, v in entries.items() if "n" in v}
        self.listed = set(entries)
        self.forms: dict[str, str] = {}  # WordNet's irregular forms: form -> a lemma
        self.forms_of: dict[str, set[str]] = collections.defaultdict(set)  # form -> every lemma
        for form, lemma in exceptions:
            self.forms.setdefault(form, lemma)
            self.forms_of[form].add(lemma)
        self.ing_verbs: dict[str, set[str]] = {}  # "-ing" noun -> verbs its senses derive from ("+")
        for lemma, by_pos in entries.items():
            if lemma.endswith("ing") and "n" in by_pos:
                self.ing_verbs[lemma] = {synsets[target].words[t - 1] for key in by_pos["n"]
                                         for s, target, t in synsets[key].derived
                                         if target.endswith("-v") and synsets[key].words[s - 1] == lemma}

    def lemma(self, form: str) -> str:
        found = self.li.getAllLemmas(form)  # part of speech -> lemmas, lemminflect's preferred first
        for pos in ("VERB", "NOUN", "ADJ"):
            if not found.get(pos) or (pos == "ADJ" and form in self.listed):
                continue  # an adjective's lemma only for a word WordNet does not list: "number" is no "numb"
            first = found[pos][0]
            if first == form:
                return form  # a base form: "feed" (not "fee" + "-ed"), "number", "data"
            if form in self.listed and not self.is_form_of(form, first):
                continue  # "crew" is a noun, not the past of "crow"; "evening" is not "even"
            return first
        if not found and form in self.forms:
            return self.forms[form]
        return form

    def is_form_of(self, form: str, lemma: str) -> bool:
        """For a form that WordNet lists as a word of its own: whether WordNet also has it as
        an inflection of `lemma` (an irregular form of its exception lists, "rose" of "rise";
        or a regular one, except an "-ing" noun not derived from the verb)."""
        if lemma in self.forms_of.get(form, set()):
            return True
        if not form.startswith(lemma[:-1]):
            return False  # irregular, and WordNet does not list it
        if form.endswith("ing") and form in self.nouns:
            return lemma in self.ing_verbs.get(form, ())
        return True

    def inflections(self, lemma: str) -> set[str]:
        return {f for forms in self.li.getAllInflections(lemma).values() for f in forms}

    def past_forms(self, lemma: str) -> set[str]:
        """Its irregular past tense and participle ("sought"), but those ending in "-ed"."""
        return {f for tag in ("VBD", "VBN") for f in self.li.getInflection(lemma, tag, inflect_oov=False) or ()
                if f != lemma and not f.endswith("ed") and WORD.fullmatch(f)}


# ---------------------------------------------------------------- sense groups
def noun_depths(synsets: dict[str, Synset]) -> dict[str, int]:
    """Each noun synset's fewest hypernym steps up to a root ("entity" is 0)."""
    depth: dict[str, int] = {}

    def walk(key: str) -> int:
        if key not in depth:
            depth[key] = 0  # a guard against a cycle while this one is being walked
            ups = synsets[key].hypernyms + synsets[key].instance_hypernyms
            depth[key] = 1 + min(map(walk, ups)) if ups else 0
        return depth[key]

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for key in synsets:
        if key.endswith("-n"):
            walk(key)
    return depth


def sense_groups(entries: dict[str, dict[str, list[str]]], synsets: dict[str, Synset], lemmas: set[str],
                 first: dict[str, int], max_hyponyms: int,
                 min_noun_depth: int) -> dict[str, tuple[set[str], set[str]]]:
    """synset key -> (lemmas having it among their first senses, lemmas having one of its
    direct hyponyms among their first senses), for synsets with two lemmas or more in all."""
    members: dict[str, set[str]] = collections.defaultdict(set)
    for lemma in lemmas:
        for pos, keys in entries.get(lemma, {}).items():
            if pos in first:
                for key in keys[:first[pos]]:
                    members[key].add(lemma)
    hyponyms = collections.Counter(h for s in synsets.values() for h in s.hypernyms)
    depth = noun_depths(synsets)
    narrower: dict[str, set[str]] = collections.defaultdict(set)
    for key, lemmas_of in members.items():
        for h in synsets[key].hypernyms:
            if h in members and hyponyms[h] <= max_hyponyms and depth.get(h, min_noun_depth) >= min_noun_depth:
                narrower[h] |= lemmas_of - members[h]
    groups = {key: (ms, narrower.get(key, set())) for key, ms in members.items()}
    return {key: (ms, ns) for key, (ms, ns) in groups.items() if len(ms) + len(ns) > 1}


# ---------------------------------------------------------------- output
def header(title: str, columns: str, args: argparse.Namespace, source: str) -> list[str]:
    return [
        f"# {title}",
        f"# Source: {source}",
        f"# Made by: scripts/lexicon/build.py --wordnet {args.wordnet}"
        f" --verb-senses {args.verb_senses} --noun-senses {args.noun_senses}"
        f" --adj-senses {args.adj_senses} --max-hyponyms {args.max_hyponyms} --min-noun-depth {args.min_noun_depth}"
        f" (lemminflect {LEMMINFLECT}); do not edit by hand, rerun it.",
        f"# Regenerate: {REGENERATE}",
        f"# Columns (tab-separated): {columns}. Lines sorted; '#' lines are comments.",
    ]


SENSE_SOURCE = (f"{WORDNET_SOURCE}: /usr/share/wordnet/index.* and data.*; WordNet 3.0 licence"
                " (Princeton University); see LICENSE.md.")
LEMMA_SOURCE = (f"lemminflect {LEMMINFLECT} from PyPI (MIT licence), dictionary look-ups only; guards and"
                f" irregular forms from {WORDNET_SOURCE} (index.*, data.*, *.exc; WordNet 3.0 licence,"
                " Princeton University); see LICENSE.md.")


def render(args: argparse.Namespace) -> dict[str, str]:
    synsets = read_synsets(args.wordnet)
    entries = read_entries(args.wordnet, synsets)
    lem = Lemmatizer(entries, synsets, read_exceptions(args.wordnet, entries))
    words = read_vocabulary(args.corpus)
    lemmas = {lem.lemma(w) for w in words}
    forms = words | {f for lemma in lemmas if lemma in entries for f in lem.inflections(lemma)}
    forms = {f for f in forms if WORD.fullmatch(f) and len(f) >= MIN_LEN}
    table = {f: lem.lemma(f) for f in forms}
    table = {f: lemma for f, lemma in table.items() if lemma != f}
    keys = {w for w in (forms - set(table)) | set(table.values()) if len(w) >= MIN_LEN}
    first = {"v": args.verb_senses, "n": args.noun_senses, "a": args.adj_senses}
    groups = sense_groups(entries, synsets, keys, first, args.max_hyponyms, args.min_noun_depth)

    member_of: dict[str, set[str]] = collections.defaultdict(set)
    under: dict[str, set[str]] = collections.defaultdict(set)
    for key, (ms, ns) in groups.items():
        group_id = f"{key[:-1]}{synsets[key].ss_type}"  # "02402843-v", "01629244-s"
        for word in ms:
            member_of[word].add(group_id)
        for word in ns:
            under[word].add(group_id)
    lemma_lines = sorted(f"{f}\t{lemma}" for f, lemma in table.items())
    sense_lines = sorted(f"{w}\t{' '.join(sorted(member_of[w]))}\t{' '.join(sorted(under[w]))}".rstrip("\t")
                         for w in set(member_of) | set(under))
    places = place_names(synsets, words)
    past_lines = sorted({f"{f}\t{lemma}" for lemma in lemmas - NOT_PAST_OF if "v" in entries.get(lemma, {})
                         for f in lem.past_forms(lemma)})
    return {
        "demonyms.tsv": "\n".join(header(
            "Adjectives of places: capitalised adjectives of WordNet 3.0 whose pertainym is a place of places.tsv.",
            "adjective, the places it pertains to (space-separated)", args, SENSE_SOURCE)
            + demonyms(synsets, words, {line.split("\t")[0] for line in places})) + "\n",
        "past_forms.tsv": "\n".join(header(
            "Irregular past forms of verbs (past tense and participle), but those ending in -ed.",
            "form, the verb's lemma", args, LEMMA_SOURCE) + past_lines) + "\n",
        "places.tsv": "\n".join(header(
            "Names of places: one-word proper nouns of WordNet 3.0's noun.location file, lower-cased.",
            "place name, the places it lies in (space-separated; may be absent)", args, SENSE_SOURCE)
            + places) + "\n",
        "lemmas.tsv": "\n".join(header("Inflected form -> lemma, where they differ.", "form, lemma", args,
                                       LEMMA_SOURCE) + lemma_lines) + "\n",
        "senses.tsv": "\n".join(header(
            "Sense groups (WordNet 3.0 synsets, as offset-type) of each lemma: those among its first senses,"
            " then those it is narrower in.",
            "lemma, synset ids it is a member of (space-separated; may be empty), synset ids one of whose"
            " direct hyponyms is among its first senses (space-separated; may be absent)", args,
            SENSE_SOURCE) + sense_lines) + "\n",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR,
                        help=f"folder of the WordNet 3.0 database files (apt-get install {DEBIAN_PACKAGE})")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="news corpus CSV with a 'text' column")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--verb-senses", type=int, default=4)
    parser.add_argument("--noun-senses", type=int, default=7)
    parser.add_argument("--adj-senses", type=int, default=3)
    parser.add_argument("--max-hyponyms", type=int, default=25)
    parser.add_argument("--min-noun-depth", type=int, default=4)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files differ from a rebuild")
    args = parser.parse_args(argv)
    if (version := importlib.metadata.version("lemminflect")) != LEMMINFLECT:
        sys.exit(f"lemminflect {version} installed; the data is built with {LEMMINFLECT}")
    check_wordnet(args.wordnet)
    files = render(args)
    stale = []
    for name, text in files.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count(chr(10))} lines, {len(text.encode()):,} bytes")
    if stale:
        print("out of date:", ", ".join(stale))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
