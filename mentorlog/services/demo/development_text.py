"""Phrase banks for the demo's longer writing: reflections, goals, reviews and concerns.

Reflection sections use the keys the editors store: free text ``text``; Gibbs
``description, feelings, evaluation, analysis, conclusion, action_plan``; Socratic
``question, experience, agreed_answer``.
"""

from __future__ import annotations

import random
from typing import Any

GIBBS_KEYS = ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan")
SOCRATIC_KEYS = ("question", "experience", "agreed_answer")

_GIBBS: dict[str, tuple[str, ...]] = {
    "description": (
        "During {situation} on {wing} a prisoner started shouting at me because his request "
        "had not been answered. My mentor was nearby but let me handle it.",
        "I led {situation} on {wing} for the first time. Most of it went to plan, but one "
        "prisoner would not do what I asked.",
        "On a night shift I did the welfare checks during {situation} and found a prisoner "
        "awake and upset.",
        "A prisoner on {wing} asked me to post a letter for him outside the normal route "
        "while I was busy with {situation}.",
    ),
    "feelings": (
        "I felt my heart rate go up and I wanted to end the situation quickly.",
        "I was nervous because other prisoners were watching, and afterwards relieved.",
        "Honestly I felt unsure: I liked the prisoner and did not want to seem unfriendly.",
        "I felt calm at the time and only shaky later, in the office.",
    ),
    "evaluation": (
        "What went well was that I kept my voice low. What went badly was that I stood too "
        "close and blocked my own way out.",
        "I followed the procedure, but I was so focused on it that I forgot to talk to him.",
        "I said no clearly, but I did not explain why, and that made him more frustrated.",
        "The prisoner calmed down, but I am not sure it was because of what I did.",
    ),
    "analysis": (
        "We learned at the academy that persuasion should come before punishment. I think I "
        "jumped to the rules because I was unsure of myself.",
        "Dynamic security depends on knowing the prisoners. I did not know him yet, so I "
        "could not read whether he was really angry or just testing me.",
        "This was a small test of boundaries. If I had said yes, the next request would have "
        "been bigger; this is how conditioning starts.",
        "Being locked up and waiting for news makes everything feel urgent. His anger was "
        "about the waiting more than about me.",
    ),
    "conclusion": (
        "I could have explained my decision and offered what I could do instead.",
        "Next time I should check my position before I start talking.",
        "It was right to say no, and it is possible to say it kindly.",
        "I should have asked my mentor for the background first.",
    ),
    "action_plan": (
        "Practise two or three calm opening sentences and use them on my next shifts.",
        "Read the prisoner files on my landing and learn names this week.",
        "Ask my mentor to watch my positioning on the next search and give me feedback.",
        "Discuss boundaries with my mentor and write down where I draw the line.",
    ),
}

_SOCRATIC: dict[str, tuple[str, ...]] = {
    "question": (
        "When is it right for an officer to bend a rule for a prisoner?",
        "What does it mean to treat prisoners fairly?",
        "Can an officer be friendly with prisoners and still keep authority?",
        "What makes a prison feel safe, for prisoners and for staff?",
    ),
    "experience": (
        "In our group session at the academy we examined my experience from {situation} on "
        "{wing}, where I let a prisoner finish a phone call after time was up.",
        "Our group chose a classmate's story: a prisoner asked him for help and he had to "
        "decide on the spot. We compared it with what I saw during {situation}.",
        "We looked at one concrete moment from {situation}: an officer joking with a "
        "prisoner while others were waiting.",
    ),
    "agreed_answer": (
        "We agreed that fairness means that the same reasons lead to the same decisions, and "
        "that the reasons are explained to the prisoner.",
        "We agreed that friendliness builds the relationship that keeps us safe, as long as "
        "the prisoner always knows where the limits are.",
        "We agreed that bending a rule is wrong when it creates a debt; explaining the rule "
        "and looking for a legitimate way is right.",
        "We agreed that safety comes from relationships, routines and walls together, and "
        "that no one of them is enough alone.",
    ),
}

_FREE_TEXT = (
    "This week I noticed how much the atmosphere on {wing} changes from one shift to the "
    "next. On early shifts the prisoners are quiet and tired; after association everything "
    "is louder. I am starting to recognise who to talk to first.",
    "I used to think security meant locks and searches. After {situation} I see that the "
    "conversations are security too: I heard about the tension before anything happened.",
    "My mentor told me I rush when I am nervous. I tried to slow down during {situation} "
    "today, and it made a difference. I want to keep noticing this.",
    "It is hard to see prisoners as people with families while also watching for risk. I "
    "think a good officer does both at once, and I am still learning how.",
)

TITLES = {
    "free_text": ("Week notes", "Thoughts after a late shift", "What I noticed on {wing}"),
    "gibbs": ("Gibbs: {situation}", "Reflecting on {situation}", "A difficult moment"),
    "socratic": ("Socratic dialogue at the academy", "Group dialogue: fairness"),
}


def reflection_sections(rng: random.Random, template: str, **values: str) -> dict[str, Any]:
    if template == "gibbs":
        return {key: rng.choice(_GIBBS[key]).format(**values) for key in GIBBS_KEYS}
    if template == "socratic":
        return {key: rng.choice(_SOCRATIC[key]).format(**values) for key in SOCRATIC_KEYS}
    return {"text": rng.choice(_FREE_TEXT).format(**values)}


GOAL_TITLES = {
    "COM": "Start conversations on association without waiting to be approached",
    "PRO": "Explain decisions and use persuasion before warnings",
    "ETH": "Keep clear, friendly boundaries when prisoners ask for favours",
    "LAW": "Carry out searches and counts by the procedure without prompting",
    "PSY": "Recognise and report signs of vulnerability on the landing",
    "SUR": "Be visible on the landing and pass on what I hear at handover",
    "TAC": "Keep a safe position and a way out in every encounter",
    "RSK": "Do a Safe Job Assessment out loud before every task",
    "ROL": "Write a short reflection after each week and discuss it with my mentor",
}

GOAL_PLANS = (
    "Practise on at least three shifts a week; mentor observes and gives feedback the same day.",
    "Read the relevant procedure, then lead the task with the mentor watching.",
    "Shadow an experienced colleague on {wing} for two shifts, then take the lead.",
    "Agree one concrete thing to try each week and review it on Fridays.",
)

# Progress notes as (the student's, the mentor's): a note is chosen for its author.
GOAL_NOTES = (
    (
        "Tried this on two shifts; the second went much better.",
        "Mentor: clear progress, fewer prompts needed this week.",
    ),
    (
        "Still finding it hard when the landing is busy.",
        "Mentor: still hesitant when the landing is busy; keep practising.",
    ),
    (
        "Discussed it at the weekly meeting; I will keep going.",
        "Mentor: discussed at the weekly meeting; keep going.",
    ),
    (
        "Did it on my own today, without being prompted.",
        "Mentor: done independently today, without prompting.",
    ),
    (
        "Asked my mentor to watch next time so we can compare notes.",
        "Mentor: a good start; try it on a late shift too.",
    ),
)

REVIEW_SUMMARIES = {
    "on_track": "{name} is progressing as expected for this point of the placement.",
    "needs_support": "{name} is progressing but needs support in some areas; see the actions.",
    "at_risk": "{name} is not yet progressing as expected; a cause for concern is open.",
    "passed": "{name} has met the standard expected at the end of the placement.",
    "not_passed": "{name} has not met the standard expected at the end of the placement.",
}

AGREED_ACTIONS = (
    "Lead the morning unlock on {wing} twice a week. Weekly feedback meeting on Fridays.",
    "Practise de-escalation in the academy's simulation day. Keep a short weekly reflection.",
    "Shadow the security team for one shift. Read the escort procedure again.",
    "Take the lead on handovers. Mentor to observe and give written feedback.",
)

DOMAIN_SUMMARIES = {
    1: "Needs close support here; the mentor still has to step in.",
    2: "Beginning to manage routine situations with frequent prompting.",
    3: "Competent in routine situations with some guidance.",
    4: "Works independently in routine and most non-routine situations.",
    5: "Exceptional; an example to others.",
}

CONCERNS = (
    (
        "{name} repeatedly positions themself unsafely on the landing and does not respond "
        "to feedback about it. Twice I had to step in.",
        "Weekly goal on positioning; mentor observes every shift; academy tutor informed; "
        "review in three weeks.",
    ),
    (
        "{name} has been late for four shifts this month and missed two welfare checks.",
        "Agreed start times in writing; contact person at the academy; review in two weeks.",
    ),
    (
        "{name} avoids talking with prisoners and stays in the office. Ratings on "
        "communication have not improved since the start.",
        "Daily short conversation task with feedback; simulation day at the academy; "
        "review in four weeks.",
    ),
)

ESCALATION_OUTCOME = (
    "No change after the action plan's three weeks: referred to the academy's placement "
    "coordinator for a joint review with the student."
)
CONCERN_OUTCOMES = (
    "Clear improvement over the review period; concern closed.",
    "Timekeeping has been fine since; closed after review with the academy.",
)

LEARNING_CONTRACT = (
    "Learning contract agreed at the start of the placement. {name} will work towards "
    "independent practice on {wing}, with a weekly feedback meeting with the mentor. Focus "
    "areas: communication with prisoners, security procedures and the officer's role. The "
    "student keeps a short weekly reflection."
)
