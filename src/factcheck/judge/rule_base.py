"""What a rule is: an id, a one-line description, the message a writer reads (with the
figures and frame elements filled in) and example rows; the table of all of them, which
judge/rules.py fills."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Example(NamedTuple):
    figure: str
    claim: str
    source: str
    fires: bool


@dataclass(frozen=True)
class Rule:
    id: str
    doc: str  # one line: what the rule checks
    message: str  # what the writer reads; {fields} filled in by the judge
    examples: tuple[Example, ...]
    verdict: str = ""  # the verdict it gives; "" for a frame check (it rules a pair out)


RULES: dict[str, Rule] = {}


def _rule(id: str, doc: str, message: str, *examples: Example, verdict: str = "") -> str:
    RULES[id] = Rule(id, doc, message, tuple(examples), verdict)
    return id


def message(rule_id: str, **fields: str) -> str:
    return RULES[rule_id].message.format(**fields)


E = Example
