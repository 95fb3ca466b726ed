"""The frame checks' rules: an element of the claim's frame (its holder, period, place, thing
counted, predicate) that the source figure's frame denies, by id, with examples (see
judge/rules.py, which holds the verdicts' rules and names these too)."""

from __future__ import annotations

from factcheck.judge.rule_base import E, _rule

# --- frame checks: an element of the claim's frame the source figure's frame denies ---------

HOLDER_OTHER = _rule(
    "holder-other", "the source figure's own clause names another holder than the claim's",
    "the source's {source} is {source_holder}'s, not {claim_holder}'s",
    E("68m euros", "Borussia Dortmund, the German club, posted a loss of 68m euros last year.",
      "Schalke, the German club, posted a loss of 68m euros last year.", True),
    E("68m euros", "Borussia Dortmund lost 68m euros last year.",
      "Borussia Dortmund posted a loss of 68m euros last year.", False),
    # a rank's holder is the name it stands before
    E("Seventh", "Seventh seed Conchita Martinez of Spain beat Nathalie Dechy in straight sets.",
      "Davenport will face Conchita Martinez of Spain, who ousted seventh-seeded Nathalie Dechy 6-1 6-2.", True),
    E("seventh", "Nathalie Dechy, the seventh seed, lost to Conchita Martinez.",
      "Conchita Martinez ousted seventh-seeded Nathalie Dechy.", False),
    # a figure in a "who" clause is the holder's it describes, across a dash too
    E("6.45 seconds", "Jason Gardener, who has run 6.45 seconds, will be under threat at the Europeans.",
      "I haven't seen anything from Jason Gardener yet which suggests France's Ronald Pognon - who has run 6.45 "
      "seconds - will be under threat at the Europeans.", True),
    E("6.45 seconds", "Ronald Pognon, who has run 6.45 seconds, will not be under threat.",
      "Nobody has suggested that France's Ronald Pognon - who has run 6.45 seconds - will be under threat.", False),
    # a name after the source figure (its object) is not its holder
    E("134", "Alyona Bondarenko, ranked 134 in the world, sank to her knees after the match.",
      "Mirza, ranked 134 in the world, sank to her knees after serving out the match against Bondarenko.", True),
    E("134", "Sania Mirza, ranked 134 in the world, beat Alyona Bondarenko.",
      "Mirza, ranked 134 in the world, sank to her knees after serving out the match against Bondarenko.", False),
    # an age or a place in an order is the name it stands before ("18-year-old Nadal", "number two Roddick")
    E("18-year-old", "Tommy Robredo, the 18-year-old, won the singles final in Seville on Sunday.",
      "18-year-old Nadal won the singles final in Seville on Sunday.", True),
    E("18-year-old", "Rafael Nadal, the 18-year-old, won the singles final in Seville on Sunday.",
      "18-year-old Rafael Nadal won the singles final in Seville on Sunday.", False),
    # figures given "respectively" go to the names in the same order
    E("number 11", "Killzone debuted at number 11 in the UK chart this week.",
      "New releases GoldenEye and Killzone debuted at number 11 and 12 respectively in the UK chart this week.", True),
    E("number 11", "GoldenEye debuted at number 11 in the UK chart this week.",
      "New releases GoldenEye and Killzone debuted at number 11 and 12 respectively in the UK chart this week.", False),
    # "non-" names everyone but
    E("25-year", "Non-Opec producers have raised output to 25-year highs to meet global demand.",
      "Opec nations have increased production to 25-year highs to meet global demand.", True),
)
HOLDER_OTHER_CLAUSE = _rule(
    "holder-other-clause", "the claim's holder stands in another clause of the source sentence than the figure",
    "the source's {source} is {source_holder}'s, not {claim_holder}'s",
    E("20%", "Visits from Western Europe rose 20% last year.",
      "Visits from Western Europe were flat last year, while numbers from the rest of the world rose 20%.", True),
    E("10%", "Visits from Western Europe rose 10% last year.",
      "Visits from Western Europe were up by 10% last year, while numbers from the rest of the world rose 20%.",
      False),
    # who reports the figure (", the OECD said") is no other clause's holder: the forecast is the OECD's
    E("1.9%", "The bleakest picture is in the eurozone, where the OECD now sees growth of 1.9% in 2005, well below its "
      "earlier estimate of 2.4%.", "But the outlook was worst for the eurozone bloc, with growth forecasts slipping to "
      "1.8% from 2.0% this year and 1.9% from 2.4% in 2005, the OECD said.", False),
)
_AID = ("Brown sets out aid goals\nThe chancellor will set out the targets today.\nThe charity's director, Barbara "
        "Stocking, said the year offered a chance.\nMr Brown said much had been achieved.\nBut with 30,000 children "
        "dying every day more was needed.")
SPEAKER_OTHER = _rule(
    "speaker-other", "the claim names who reports its figure; the source has another report it and never names the "
    "claim's", "the source's {source} is reported by someone other than the claim names",
    # the speaker must be one the article names after its opening (its byline, headline, first sentence)
    E("30,000", "Oxfam's director Barbara Stocking warned that 30,000 children were dying every day.", _AID, True),
    E("30,000", "Mr Brown warned that 30,000 children were dying every day.", _AID, False),
    E("4.5%", "The UK albums market expanded by 4.5% last year, the BPI said.",
      "The albums market grew by 4.5% last year, the British Phonographic Industry said.", False),
    E("48%", "Some 48% of users stick to one search engine, Pew Research found.",
      "Search engines\nUsers are loyal.\nPew Research studied them.\nThey like what they know.\nSome 48% of "
      "users stick to one search engine, the firm's rival Ask Jeeves said.", True),
)
HOLDER_UNSTATED = _rule(
    "holder-unstated", "nothing near the source figure names the claim's holder",
    "the source does not say its {source} is {claim_holder}'s",
    E("12", "Lancashire Police dismissed 12 officers in March.",
      "Twelve officers were dismissed in March, the report says.", True),
    E("12", "Lancashire Police dismissed 12 officers in March.",
      "Lancashire Police dismissed twelve officers in March.", False),
)
WHEN_OTHER = _rule(
    "when-other", "the source figure's clause gives another period than the claim's",
    "the source gives its {source} for {source_when}, the claim for {claim_when}",
    E("33", "In 2018 alone, 33 officers were sacked over social media posts.",
      "Since 2018, 33 officers have been sacked over social media posts.", True),
    E("33", "Since 2018, 33 officers were sacked over social media posts.",
      "Since 2018, 33 officers have been sacked over social media posts.", False),
    E("15", "Comair cancelled 15 flights on Monday.", "Comair cancelled 15 flights over the holiday weekend.", True),
    E("1,100", "Some 1,100 flights were cancelled on the long holiday weekend.",
      "Altogether, some 1,100 flights were cancelled over the holiday long weekend.", False),
    # a forecast is no outturn: "predicts ... will rise" against "has risen"
    E("tenfold", "MessageLabs predicts that the number of phishing e-mails it stops will rise more than tenfold "
      "over the coming year.", "The number of phishing e-mail messages stopped by security firm MessageLabs has "
      "risen more than tenfold in less than 12 months.", True),
    E("tenfold", "MessageLabs predicts that the number of phishing e-mails it stops will rise more than tenfold "
      "over the coming year.", "Security firm MessageLabs forecasts that the number of phishing e-mails it stops "
      "will rise more than tenfold over the coming year.", False),
    # a record "from 1998" was set in 1998 (a year after "from" opens no stretch unless "to" follows)
    E("6.39 seconds", "Gardener's times were well short of American Maurice Greene's 60m world record of 6.39 seconds, "
      "set in 1998.", "His times of 6.61 and 6.62 seconds were well short of American Maurice Greene's 60m world "
      "record of 6.39secs from 1998.", False),
    # a figure of a time before the story's, for a claim that gives none: it is no figure of now
    E("1.7%", "Retail sales plunged by 1.7% as shoppers stayed away, the statistics office said.",
      "The last time shoppers stayed away like this was 23 years previously, when retail sales plunged by 1.7%.",
      True),
    E("1.7%", "Retail sales plunged by 1.7% as shoppers stayed away, the statistics office said.",
      "Retail sales plunged by 1.7% from a year earlier as shoppers stayed away.", False),
    # a figure for one year "alone" needs a source figure for that year, not one given for no year
    E("12", "In 2013 alone, 12 Met officers resigned after allegations against them were upheld.",
      "Since 2006, 23 allegations against Met officers have been upheld.\nIn all, 12 Met officers resigned after "
      "allegations against them were upheld.", True),
    E("12", "In 2013 alone, 12 Met officers resigned after allegations against them were upheld.",
      "In 2013, 12 Met officers resigned after allegations against them were upheld.", False),
    # "in the last two years" is a stretch back from now, not this year alone
    E("$2bn", "The SEC has imposed penalties totalling nearly $2bn on mutual funds so far this year.",
      "In the last two years, the SEC has imposed penalties totalling nearly $2bn on mutual funds.", True),
    E("$2bn", "Over the past two years, the SEC has imposed penalties totalling nearly $2bn on mutual funds.",
      "In the last two years, the SEC has imposed penalties totalling nearly $2bn on mutual funds.", False),
    # a firm's figure for a year is none for a part of one, nor a quarter's a half's
    E("$17.5bn", "Last week, rival oil giant Shell reported a record fourth-quarter profit of $17.5bn, the biggest "
      "ever made by a UK-listed company, on high oil prices.", "Last week, rival oil giant Shell reported a record "
      "annual profit of $17.5bn, the biggest ever made by a UK-listed company, on high oil prices.", True),
    E("HK$327m", "Lenovo's profit for the full year was HK$327m, less than 1% up on the year before.",
      "Lenovo's profit for the three months to December was HK$327m, less than 1% up on the year before.", True),
    E("$17.5bn", "Last week, rival Shell reported a full-year profit of $17.5bn, a record for a UK-listed company.",
      "Last week, rival Shell reported an annual profit of $17.5bn, a record for a UK-listed company.", False),
    # a relative clause right after the figure says when its thing happened
    E("$55.67", "Oil remains below last year's peak of $55.67 a barrel, reached in November, analysts said.",
      "Oil is below last year's peak of $55.67 a barrel, which was reached in October, analysts said.", True),
    E("$55.67", "Oil remains below last year's peak of $55.67 a barrel, reached in October, analysts said.",
      "Oil is below last year's peak of $55.67 a barrel, which was reached in October, analysts said.", False),
    # a figure over a list of years is none of one of them
    E("£68m", "Political parties reported almost £68m in donations in 2003 alone, the watchdog's report showed.",
      "There were almost £68m in reported donations to political parties in 2001, 2002 and 2003.", True),
    E("£68m", "Political parties reported almost £68m in donations in 2001, 2002 and 2003, the report showed.",
      "There were almost £68m in reported donations to political parties in 2001, 2002 and 2003.", False),
    # a rate's period: "a week" is not "per month"
    E("43 minutes", "The average user spends about 43 minutes a week carrying out 34 separate searches.",
      "The average user spends about 43 minutes per month carrying out 34 separate searches.", True),
    E("43 minutes", "The average user spends about 43 minutes each month carrying out 34 separate searches.",
      "The average user spends about 43 minutes per month carrying out 34 separate searches.", False),
    # a part of a match: "in the deciding set" is not "in her opening service game"
    E("three double faults", "Mirza committed three double faults in the deciding set of the final.",
      "Mirza began nervously, committing three double faults in her opening service game of the final.", True),
    E("three double faults", "Mirza committed three double faults in her opening service game of the final.",
      "Mirza began nervously, committing three double faults in her opening service game of the final.", False),
)
WHERE_OTHER = _rule(
    "where-other", "the source figure's clause names other places than the claim's (or more: a figure for both)",
    "the source gives its {source} for {source_where}, the claim for {claim_where}",
    E("$19.35m", "The comedy took $19.35m in Australia at the weekend.",
      "The comedy took $19.35m in Australia and Mexico at the weekend.", True),
    E("$19.35m", "The comedy took $19.35m in Japan at the weekend.",
      "The comedy took $19.35m in Australia at the weekend.", True),
    E("$19.35m", "The comedy took $19.35m in Australia at the weekend.",
      "The comedy took $19.35m in Australia at the weekend, topping the chart.", False),
    # the one place each frame writes as an owner: "China's trade surplus" is not "Japan's"
    E("17.9%", "China's trade surplus with Japan grew 17.9% during 2004, the ministry's figures showed.",
      "During 2004, Japan's trade surplus grew 17.9% to 12.011 trillion yen.", True),
    E("17.9%", "Japan's trade surplus grew 17.9% during 2004, the ministry's figures showed.",
      "During 2004, Japan's trade surplus grew 17.9% to 12.011 trillion yen.", False),
    # two-letter names in capitals are places; "globally" is the world's
    E("No 3", "The title debuted at No 3 in the US charts.",
      "Even so the title debuted at No 3 in the UK charts.", True),
    E("No 3", "The title debuted at No 3 in the UK charts.",
      "The title debuted at No 3 in the charts in Britain.", False),
    E("30,000", "More than 30,000 PCs a day in the UK are being recruited into networks that spread spam.",
      "More than 30,000 PCs a day globally are being recruited into networks that spread spam.", True),
    E("2006", "Upfront tuition fees will be removed from 2006 in Wales, a change Universities UK welcomed.",
      "Upfront tuition fees will be removed from 2006 in England.", True),
    # a place's adjective in a name says where: "the French Open" is no "US Open"
    E("second", "She was knocked out of the US Open in the second round, deepening her slide down the rankings.",
      "She was knocked out of the French Open in the second round, deepening her slide down the rankings.", True),
    E("second", "She went out of the French Open in the second round, deepening her slide down the rankings.",
      "She was knocked out of the French Open in the second round, deepening her slide down the rankings.", False),
    # "there" is the place the sentence before names; an opening "In Europe," is the claim's place
    E("95%", "In Europe, Gartner expects 95% of all mobiles sold to carry cameras by 2008.",
      "Japan still dominates mobile phone technology.\nBy 2008, according to Gartner, 95% of all mobiles sold there "
      "will have cameras on them.", True),
    E("95%", "In Japan, Gartner expects 95% of all mobiles sold to carry cameras by 2008.",
      "Japan still dominates mobile phone technology.\nBy 2008, according to Gartner, 95% of all mobiles sold there "
      "will have cameras on them.", False),
)
PREDICATE_UNMET = _rule(
    "predicate-unmet", "the claim's verb, or a word related to it, is not in the source figure's clause",
    "the source does not say {predicate} with these figures",
    E("three", "Three executives were convicted of fraud in March.",
      "Three executives were arrested on suspicion of fraud in March.", True),
    E("two", "Two officers were sacked for serious misconduct.",
      "Of the officers sacked for serious misconduct, two appealed and won.", True),
    E("Five", "Five of the colleagues with whom the killer shared abusive messages have since been sacked.",
      "The killer had shared abusive messages with five of his colleagues.", True),
    E("40", "The force sacked 40 officers for misconduct in the year.",
      "The force sacked officers for misconduct in the year, and 40 others resigned before their hearings took place.",
      True),
    E("three", "Three executives were detained on suspicion of fraud in March.",
      "Three executives were arrested on suspicion of fraud in March.", False),
    # a verb that says no more than "is" ("account for", "represent") is no predicate
    E("a third ... half", "Twelve months ago high-speed users made up just over a third of Europe's online "
      "audience, but they now account for more than half.", "Twelve months ago high speed internet users made up "
      "just over one third of the audience in Europe; now they are more than 50%.", False),
    # a verb that goes the same way ("slipped", "fell": both down)
    E("$5m", "Fat Albert slipped one place to fifth with takings of $5m over the three days beginning on Friday.",
      "Fat Albert fell one place to number five, with takings over the three days beginning on Friday of $5m.",
      False),
    E("£80m", "Reuters expects to raise about £80m from moving its Fleet Street offices, the company said.",
      "Reuters expects to be hit with an £80m charge from moving its Fleet Street offices.", True),
    E("$3bn", "The firm would sell its MMC Capital equity unit to a group of employees in a $3bn deal.",
      "The firm would sell its MMC Capital equity unit, which manages the $3bn Trident fund, to a group of employees.",
      True),
    E("$580m", "Marsh agreed to pay $580m to settle the suit brought by the attorney general.",
      "Marsh agreed to pay $580m to settle the attorney general's suit.", False),
    # a verb the source uses, of which the claim's is a kind: crediting is attributing
    E("120%", "Toyota credited its record sales to a 120% surge in sales of its Prius hybrid.",
      "Toyota attributed its record sales to a 120% surge in sales of its Prius hybrid.", False),
    # but only a verb: "cases" is no kind of "sacked", though to sack is to put in a case
    E("seven", "Seven officers were sacked over the images in 2012.",
      "Seven officers faced misconduct cases over the images in 2012.", True),
    # the way a verb goes, by the lexicon's senses: "slipped" ~ decline, as "dropped" is
    E("94.7%", "The share of web surfers using the browser slipped to 94.7% in July, the firm says.",
      "In July the share of web surfers using the browser dropped to 94.7%.", False),
)

