"""Every rule that decides a verdict or rules a pair of figures out, by id, with examples.

A rule is data: an id, a one-line description, the message a writer reads (with the
figures and frame elements filled in) and example rows (claim figure, claim sentence,
source sentence, whether the rule decides it). tests/judge/test_rules.py runs every row
through the whole check and fails when a rule has no example that fires and one that
does not. A result names the rule that decided it (`Result.rule`); its reason is that
rule's message.
"""

from __future__ import annotations

# the frame checks' rules (judge/count_rules.py, judge/frame_rules.py), registered first
from factcheck.judge.count_rules import COUNTS_OTHER, EVENT_OTHER, SHARE_PART_OTHER
from factcheck.judge.frame_rules import (
    HOLDER_OTHER,
    HOLDER_OTHER_CLAUSE,
    HOLDER_UNSTATED,
    PREDICATE_UNMET,
    SPEAKER_OTHER,
    WHEN_OTHER,
    WHERE_OTHER,
)
from factcheck.judge.rule_base import RULES, E, Example, Rule, _rule, message

__all__ = [
    "RULES",
    "Example",
    "Rule",
    "message",
    "HOLDER_OTHER",
    "HOLDER_OTHER_CLAUSE",
    "HOLDER_UNSTATED",
    "WHEN_OTHER",
    "WHERE_OTHER",
    "COUNTS_OTHER",
    "EVENT_OTHER",
    "SHARE_PART_OTHER",
    "PREDICATE_UNMET",
    "SPEAKER_OTHER",
]

# --- verdict rules ----------------------------------------------------------------------------

SUPPORTED = _rule(
    "supported-frame", "a source figure with the claim's value whose frame agrees with the claim's",
    "{numbers}",
    E("33 of 257", "In a damning sign of how little has changed, just 33 of the 257 officers disciplined since "
      "2018 were sacked, leaving campaigners furious.",
      "Most of the officers disciplined since 2018 kept their jobs, with just 33 of the 257 getting the sack.", True),
    E("35 of 257", "Just 35 of the 257 officers disciplined since 2018 were sacked.",
      "Most of the officers disciplined since 2018 kept their jobs, with just 33 of the 257 getting the sack.", False),
    verdict="supported",
)
CONTRADICTED = _rule(
    "contradicted-frame", "a source figure with another value whose frame agrees as clearly",
    "{numbers}",
    E("35 of 257", "In a damning sign of how little has changed, just 35 of the 257 officers disciplined since "
      "2018 were sacked, leaving campaigners furious.",
      "Most of the officers disciplined since 2018 kept their jobs, with just 33 of the 257 getting the sack.", True),
    E("33 of 257", "Just 33 of the 257 officers disciplined since 2018 were sacked.",
      "Most of the officers disciplined since 2018 kept their jobs, with just 33 of the 257 getting the sack.", False),
    verdict="contradicted",
)
MISSING_WORDS = _rule(
    "missing-statement", "no passage makes enough of the statement of the claim's figure",
    "no passage makes this statement ({closest})",
    E("700", "Officers at the festival sang 700 songs about their culture.",
      "The unit has 700 officers, many of them armed.", True),
    E("700", "The unit has 700 officers.", "The unit has 700 officers, many of them armed.", False),
    verdict="missing",
)
MISSING_FIGURE = _rule(
    "missing-figure", "the closest passage makes the statement but states no figure for a number of it",
    "closest passage states no figure for {numbers}",
    E("two", "The report lists two officers.", "Two weeks later, the report listed the officers.", True),
    E("two", "The report lists two officers.", "The report lists two officers.", False),
    verdict="missing",
)
NAMES_ABSENT = _rule(
    "names-absent", "a name the claim gives stands nowhere in the source passage or its article",
    "the source does not name {names}",
    E("145 euros", "When the PSP reaches European shops it will cost 145 euros.",
      "When the PSP reaches the shops it will cost about 19,800 yen (145 euros).", True),
    E("145 euros", "The PSP will cost 145 euros.",
      "The PSP will cost about 19,800 yen (145 euros) when it hits the shelves.", False),
    verdict="missing",
)
MISSING_VAGUE = _rule(
    "missing-vague", "the source's figure is too vague to confirm or deny the claim's",
    "{numbers}",
    E("about 950", "About 950 officers were investigated over WhatsApp messages since 2017.",
      "More than 900 officers were investigated over WhatsApp messages since 2017.", True),
    E("more than 900", "More than 900 officers were investigated over WhatsApp messages since 2017.",
      "At least 921 officers were investigated over WhatsApp messages since 2017.", False),
    verdict="missing",
)
MISSING_UNCLEAR = _rule(
    "missing-unclear", "the closest passage does not clearly make the statement of the figure",
    "the closest passage does not clearly make this statement",
    E("40", "The force sacked 40 officers, leaving campaigners furious and ministers under pressure, a leaked memo "
      "to the Home Office revealed on Tuesday night.", "The force sacked 40 officers.", True),
    E("40", "The force sacked 40 officers for misconduct in the year.",
      "The force sacked 40 officers for misconduct in the year.", False),
    verdict="missing",
)
