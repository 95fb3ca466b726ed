"""The frame checks' rules about what a figure counts, and what its date dates (see
judge/frame_rules.py for the others; judge/rules.py registers them all)."""

from __future__ import annotations

from factcheck.judge.rule_base import E, _rule

COUNTS_OTHER = _rule(
    "counts-other", "the source figure counts another thing, or in another sense (not, to/by, up/down)",
    "{source} in the source counts {what}",
    E("19", "Nineteen officers were investigated over the messages.",
      "The inquiry investigated 19 allegations over the messages.", True),
    E("19", "Nineteen officers were investigated over the messages.",
      "The inquiry investigated 19 officers over the messages.", False),
    # what a sum is paid in
    E("£64.5m", "Under the deal, Mr Fuller receives £64.5m worth of shares in the company being renamed CFX.",
      "Under the deal, Mr Fuller receives £64.5m in cash from the company being renamed CFX.", True),
    E("£64.5m", "Under the deal, Mr Fuller receives £64.5m in cash from the company being renamed CFX.",
      "Under the deal, Mr Fuller receives £64.5m in cash from the company being renamed CFX.", False),
    E("40", "The force sacked 40 officers for misconduct in the year.",
      "In the year, the force sacked 40 drivers for misconduct.", True),
    # what a change measures of a thing: its value is not its volume
    E("3%", "The value of UK music sales rose by 3%, the British Phonographic Industry said.",
      "The UK music industry recorded an overall 3% increase in volume sales, the British Phonographic Industry "
      "said.", True),
    E("3%", "The volume of UK music sales rose by 3%, the British Phonographic Industry said.",
      "The UK music industry recorded an overall 3% increase in volume sales, the British Phonographic Industry "
      "said.", False),
    # what the claim counts, as it qualifies it: not every gamer is a hardcore one
    E("about 12 million", "Yahoo Games draws about 12 million hardcore gamers a month, according to its research.",
      "When hardcore gamers are not playing Halo, they play poker, said the director of Yahoo Games, which draws "
      "about 12 million gamers a month.", True),
    # a name in the claim's frame where the source's names another in the same place
    E("400,000", "Almost 400,000 people bought a copy of EverQuest in its first two days on sale.",
      "Almost 400,000 people bought a copy of World of Warcraft in the first two days on sale.", True),
    E("400,000", "Almost 400,000 people bought a copy of World of Warcraft in its first two days on sale.",
      "Almost 400,000 people bought a copy of World of Warcraft in the first two days on sale.", False),
    E("four", "Four further officers were put on measures to improve their performance.",
      "Four others faced measures to improve their performance.", False),
    E("43", "The Met logged 43 separate cases against those officers.",
      "The Metropolitan Police Service registered 43 cases against the 55 officers in total.", False),
    E("Twelve", "Twelve police forces failed to respond to the request, forcing the researchers to search logs.",
      "Some 36 police forces responded to the request, although 12 others failed to do so.", False),
    # what a place in an order is of: an anniversary of a birth is not one of a death
    E("60th", "Fans gathered in Kingston to mark the 60th anniversary of the singer's death on Sunday.",
      "Fans gathered in Kingston to mark the 60th anniversary of the birth of the singer on Sunday.", True),
    E("60th", "Fans gathered in Kingston to mark the 60th anniversary of the singer's birth on Sunday.",
      "Fans gathered in Kingston to mark the 60th anniversary of the birth of the singer on Sunday.", False),
    # what a term, a fine or a ban is for: the deed after its "for"
    E("12 months", "A police officer was sentenced to 12 months in prison for possessing obscene images.",
      "A police officer was sentenced to 12 months in prison for lying about the incident.", True),
    E("12 months", "A police officer was sentenced to 12 months in prison for lying about the incident.",
      "A police officer was jailed for 12 months for lying about the incident.", False),
    # a two-word name whose first word the source gives with another second: "Deluxe Media", "Deluxe Film"
    E("£300m", "Goldman Sachs has valued Deluxe Media at £300m ahead of a possible sale this year.",
      "Rank also owns Deluxe Media, which makes DVDs and videos.\nGoldman Sachs has valued Deluxe Film at £300m "
      "ahead of a possible sale this year.", True),
    E("12%", "Western European visits to Britain climbed 12% on the previous year, the tourist board said.",
      "Visits to Britain from Western Europe climbed 12% on the previous year, the tourist board said.", False),
    # a part counts what its whole does, said beside the figure ("Of the 40 cases …, 12 …")
    E("12", "Of the 40 cases logged against officers this year, 12 were upheld by the panel.",
      "Of the 40 complaints logged against officers this year, 12 were upheld by the panel.", True),
    E("12", "Of the 40 cases logged against officers this year, 12 were upheld by the panel.",
      "Of the 40 cases logged against officers this year, the panel upheld 12.", False),
    # a participle before what is counted describes it: "the 23 substantiated allegations"
    E("23", "Some 23 allegations against officers were substantiated, the figures show.",
      "The figures show that the 23 substantiated allegations against officers led to 12 resignations.", False),
    # a place in an order ("number two") is no count of things, though a chart's "at three" is a place too
    E("number two", "Hewitt, the world number two, was tired after the final in Sydney on Sunday.",
      "Hewitt was tired after two long sets in the final in Sydney on Sunday.", True),
    E("number five", "The game stayed at number five in the UK charts this week.",
      "The game held its own at five in the UK charts this week.", False),
)
EVENT_OTHER = _rule(
    "event-other", "the source's date is that of another event: the verbs the two dates stand after differ",
    "the source's {source} dates another event",
    E("19th December 2013", "The prosecutors announced on 19th December 2013 that the three constables would face "
      "no charges.", "The prosecutors have announced that the three constables will face no charges.\nThe three "
      "constables were arrested on 19th December 2013 on suspicion of misconduct.", True),
    E("19th December 2013", "The three constables were detained on 19th December 2013 on suspicion of misconduct.",
      "The prosecutors have announced that the three constables will face no charges.\nThe three constables were "
      "arrested on 19th December 2013 on suspicion of misconduct.", False),
)
SHARE_PART_OTHER = _rule(
    "share-part-other", "the source's share is of another group of its whole than the claim's",
    "the source's {source} are '{source_part}', not '{claim_part}'",
    E("40%", "Women already made up 40% of all home PC security buyers in 2004.",
      "It is thought that 40% of all home PC security buyers in 2004 were retired.", True),
    E("40%", "Women made up 40% of all home PC security buyers.",
      "The study found that 40% of all home PC security buyers are women.", False),
    E("59%", "Men account for 59% of American MP3 player owners.",
      "Women make up 59% of American MP3 player owners, the survey found.", True),
)
