"""The words `tense.py` reads a clause's time by: auxiliaries and verbs of the
future, markers that point ahead, verbs of states, and the nouns of a day's
happening or of a period's accounts."""

from __future__ import annotations

# Auxiliaries that put a clause in the future; "would" is the future seen from a
# report ("said he would travel Thursday"). "could", "may" and the like do not:
# possibility is as often about the past ("could not be located Wednesday").
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "would"})

# Adverbs of frequency: with them "would" tells a past habit, not a future.
HABIT_ADVERBS = frozenset(
    {"sometimes", "often", "usually", "always", "frequently", "occasionally",
     "regularly", "routinely", "typically", "normally", "seldom", "rarely"}
)  # fmt: skip

# Verbs that move something to a later time: with "until" or "to" their date lies
# ahead even in a past-tense clause ("extended the offer until Nov. 9").
DEADLINE_VERBS = frozenset(
    {"extend", "postpone", "delay", "defer", "adjourn", "give", "grant", "push", "move",
     "reschedule", "suspend", "recess"}
)  # fmt: skip

# Verbs that set the day of something to come, which is their object: "set Jan. 24
# to elect a new king", "picked Saturday night as the time to start the offensive".
SETTING_VERBS = frozenset({"set", "pick", "choose", "fix", "select", "schedule", "designate"})

# Verbs whose infinitive complement happens later than they do: "agreed to meet in
# spring", "plans to travel next week", "are looking to win on Saturday".
FUTURE_VERBS = frozenset(
    {"plan", "expect", "schedule", "intend", "aim", "hope", "prepare", "agree", "invite", "look",
     "promise", "pledge", "vow", "want", "seek", "propose", "anticipate", "forecast",
     "project", "predict", "wish", "decide", "threaten", "offer", "urge", "arrange"}
)  # fmt: skip

# Participles that make a clause about the future: "the visit is scheduled for
# April", "talks are set for Monday", "the ruling, expected next week".
FUTURE_PARTICIPLES = frozenset({"schedule", "slate", "due", "expect", "plan"})

# Words between a date and its verb that point ahead: "payable Dec. 7", "until
# Nov. 9", "effective Feb. 1", "through January", "might not be restored before
# Monday" (in a past-tense clause they only cancel the pull towards the past).
FORWARD_MARKERS = frozenset(
    {"until", "till", "through", "by", "payable", "effective", "due", "scheduled", "slated",
     "before"}
)  # fmt: skip

# Participles and adjectives (as written) that, with a to-infinitive, put it ahead:
# "talks set to resume Monday", "due to arrive Friday", "poised to sign next week".
FUTURE_INFINITIVE_HEADS = frozenset(
    {"set", "due", "scheduled", "slated", "poised", "bound", "likely"}
)

# Verbs that name a state, not an event: in the simple present they describe the
# present ("I want to be clear"), never a scheduled event as "they meet Monday" does;
# "The arrest follows that of three teenagers on Sunday" looks back.
STATIVE_VERBS = frozenset(
    {"want", "need", "know", "believe", "think", "like", "love", "hate", "own", "seem",
     "mean", "understand", "doubt", "fear", "prefer", "realize", "recognize", "remember",
     "suppose", "deserve", "belong", "consist", "contain", "depend", "matter", "exist",
     "feel", "insist", "suspect", "worry", "appear", "look",
     "sound", "represent", "include", "require", "owe", "weigh", "resemble", "follow",
     "remain", "show", "indicate"}
)  # fmt: skip

# Subjects that a bare (non -s) present cannot agree with: "Weakness hurt the index
# Friday" is the past of "hurt", which spaCy may tag as a present.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "which", "who"})
# Verbs whose simple past is spelled as their base: only these can be that past.
# Another bare form after a singular subject is a present ("The German champions,
# who host Porto on Tuesday": "who" stands for a plural, and a team or a firm may
# take a plural verb).
PAST_AS_BASE = frozenset(
    {"bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast", "hit",
     "hurt", "let", "put", "quit", "read", "rid", "set", "shed", "shut", "slit", "split",
     "spread", "thrust", "upset", "beat", "wed", "wet", "offset", "outbid", "reset",
     "recast", "undercut", "sublet", "telecast", "overbid", "input"}
)  # fmt: skip

# A period named as the period of accounts ("Q4 results", "fourth-quarter
# earnings") that are reported, posted or announced is over by then: a company
# reports a quarter once it has ended, so "will report Q4 results in April" is the
# quarter just past, not the coming one.
ACCOUNTS_NOUNS = frozenset(
    {"result", "earnings", "earning", "profit", "loss", "figure", "number", "revenue",
     "sale", "account", "statement"}
)  # fmt: skip
REPORTING_ACCOUNTS_VERBS = frozenset(
    {"report", "post", "announce", "release", "publish", "unveil", "issue", "present"}
)

# Happenings held at a set time, which a verb of the future looks ahead to
# ("will begin Sunday's Grand Prix", "expect Clinton to win Monday's debate"),
# unlike what a day leaves behind ("will appeal Tuesday's ruling").
SCHEDULED_NOUNS = frozenset(
    {"debate", "match", "game", "clash", "race", "prix", "final", "semi-final", "encounter",
     "showdown", "meeting", "summit", "talks", "vote", "election", "poll", "primary", "hearing",
     "session", "forum", "rally", "ceremony", "service", "parade", "concert", "premiere",
     "finale", "episode", "fixture", "derby", "bout", "fight", "qualifying", "contest",
     "performance", "wedding", "funeral", "sentencing"}
)  # fmt: skip

# Verbs of aiming whose past tells a try made then ("sought to quell the rumors on
# Thursday", as "tried to"), where "seeks to" aims ahead.
TRIED_VERBS = frozenset({"seek"})
