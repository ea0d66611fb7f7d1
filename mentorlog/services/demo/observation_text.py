"""Phrase banks for demo observations: what a mentor sees on a shift, in their words.

Narratives are assembled from an opening (the situation), what the student did (better or
weaker work), the talk afterwards and a next step, so 100,000 entries read differently.
Prisoners are never named: "a prisoner on B-wing", "the prisoner".
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Situation:
    label: str  # stored as the observation's situation type
    shifts: tuple[str, ...]
    settings: tuple[str, ...]
    competencies: tuple[str, ...]  # competency keys this situation shows best
    openings: tuple[str, ...]
    good: tuple[str, ...]
    weak: tuple[str, ...]


SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "Morning unlock",
        ("early",),
        ("{wing} landing", "{wing} ground floor"),
        ("SUR-1", "SUR-3", "COM-1", "LAW-2", "RSK-1"),
        (
            "{name} did the morning unlock of the upper landing on {wing} with me.",
            "Unlock on {wing}: {name} took the roll and opened the cells in order.",
            "{name} led the unlock of {wing} for the first time with me standing back.",
        ),
        (
            "{name} greeted each prisoner by name, looked into every cell before opening and "
            "noticed that a prisoner on {wing} was slow to get up and unusually quiet.",
            "The count matched, and {name} checked the observation book first and knew which "
            "prisoners to speak to before breakfast.",
            "{name} kept a steady pace, stayed where the whole landing could be seen and "
            "asked a prisoner who looked tired whether he had slept.",
        ),
        (
            "{name} opened the doors quickly but did not look into the cells first and stood "
            "with their back to the open landing while talking to one prisoner.",
            "{name} lost count at the end of the landing and had to start again; the roll "
            "was right but the unlock ran ten minutes late.",
        ),
    ),
    Situation(
        "Association",
        ("late", "day"),
        ("{wing} association room", "exercise yard", "{wing} pool room"),
        ("SUR-1", "SUR-2", "COM-1", "PRO-1", "ETH-2"),
        (
            "Evening association on {wing}, about twenty prisoners out.",
            "{name} supervised association with me.",
            "During association on {wing} a game of cards got loud.",
        ),
        (
            "{name} moved around the room instead of staying by the office, joined a "
            "conversation about football and picked up that two prisoners were avoiding "
            "each other.",
            "{name} was asked for a favour (a phone call outside the hours) and said no "
            "politely, explained why and offered what could be done instead.",
            "{name} noticed a prisoner on {wing} standing alone by the wall for a long time "
            "and went over to talk; it turned out he had bad news from home.",
        ),
        (
            "{name} stayed by the office door with another officer for most of the hour and "
            "missed a tense exchange by the pool table.",
            "{name} laughed along with a joke at another prisoner's expense instead of "
            "stepping in.",
        ),
    ),
    Situation(
        "Cell search",
        ("early", "day", "late"),
        ("{wing}, cell search", "{wing} landing"),
        ("LAW-2", "LAW-1", "ETH-1", "TAC-1", "RSK-1", "COM-2"),
        (
            "{name} carried out a planned cell search on {wing} with me.",
            "We searched a cell on {wing} after information about a hidden phone.",
        ),
        (
            "{name} explained to the prisoner what would happen and why, searched in a "
            "system, left the cell tidy and logged every item found.",
            "{name} did the Safe Job Assessment out loud before we went in and positioned "
            "themself so the door stayed clear.",
            "{name} handled personal letters and photos with care and said so to the "
            "prisoner, which kept the search calm.",
        ),
        (
            "{name} searched without a system and missed the hollow bed leg; the prisoner "
            "was left standing in the doorway with no one watching him.",
            "{name} did not explain the search, and the prisoner became angry; I had to take "
            "over the conversation.",
        ),
    ),
    Situation(
        "Escort",
        ("early", "day"),
        ("hospital escort", "court escort", "escort to the healthcare centre"),
        ("RSK-1", "RSK-2", "TAC-1", "LAW-2", "COM-4"),
        (
            "Escort of a prisoner from {wing}; {name} came as second officer.",
            "{name} was second officer on an escort.",
            "Internal escort of a prisoner from {wing} to the healthcare centre.",
        ),
        (
            "{name} read the risk assessment before we left, checked the restraints and kept "
            "a good position in the waiting room without drawing attention.",
            "{name} talked calmly with the prisoner about the appointment, which took the "
            "edge off his nerves, and kept the radio contact with control as agreed.",
        ),
        (
            "{name} had not read the escort risk assessment and did not know that the "
            "prisoner had a history of absconding.",
            "{name} chatted with staff at the destination and lost sight of the prisoner "
            "for a moment in the corridor.",
        ),
    ),
    Situation(
        "Conflict de-escalation",
        ("early", "late", "day"),
        ("{wing} landing", "{wing} servery", "telephone queue on {wing}"),
        ("COM-3", "TAC-1", "PSY-1", "TAC-2", "PRO-2"),
        (
            "A prisoner on {wing} became agitated about a cancelled visit and shouted at staff.",
            "Two prisoners argued loudly in the telephone queue on {wing}.",
            "A prisoner refused to go back to his cell after association on {wing}.",
        ),
        (
            "{name} kept a safe distance, lowered their voice, acknowledged the frustration "
            "and offered to find out about the visit; the prisoner calmed down and went in.",
            "{name} separated the two with words alone, spoke to each away from the others "
            "and reported it afterwards so the next shift knew.",
            "{name} gave the prisoner time and a clear choice, and did not make it a contest "
            "in front of the others.",
        ),
        (
            "{name} answered the shouting with orders and moved too close; I stepped in.",
            "{name} threatened a report straight away, which made the prisoner more "
            "agitated; persuasion should come first.",
        ),
    ),
    Situation(
        "Dynamic security conversation",
        ("early", "late", "day"),
        ("{wing} landing", "{wing} association room", "workshop"),
        ("COM-1", "SUR-2", "PSY-1", "ETH-3", "SUR-4"),
        (
            "I asked {name} to spend an hour simply talking with prisoners on {wing}.",
            "{name} had several short conversations with prisoners on {wing} during the shift.",
        ),
        (
            "{name} started conversations with prisoners who rarely talk to staff, listened "
            "more than talked, and learned that a prisoner on {wing} was being pressed for "
            "debts.",
            "{name} used small talk well and passed on what was heard at handover; this is "
            "dynamic security at work.",
            "{name} spoke with a prisoner who has little {language}, used simple words and "
            "checked that he had understood.",
        ),
        (
            "{name} only spoke to prisoners when they came to the office, and the talk "
            "stayed on requests.",
            "{name} got drawn into personal topics and shared too much about their own life.",
        ),
    ),
    Situation(
        "Roll check",
        ("early", "late", "night", "day"),
        ("{wing}", "{wing} landing"),
        ("LAW-2", "SUR-3", "LAW-3", "COM-4"),
        (
            "{name} did the roll check on {wing} at the change of shift.",
            "Lunchtime roll on {wing}.",
        ),
        (
            "{name} counted carefully, saw each prisoner and not only a shape under a "
            "blanket, and reported the figure to control straight away.",
            "The roll was correct and quick, and {name} noted one cell light that did not work.",
        ),
        (
            "{name} counted a prisoner who was in the shower as present without seeing him.",
            "{name} reported the roll before finishing the last cells.",
        ),
    ),
    Situation(
        "Meal service",
        ("early", "late", "day"),
        ("{wing} servery", "dining hall"),
        ("SUR-1", "ETH-1", "ETH-3", "COM-2"),
        (
            "{name} supervised the servery on {wing} at lunch.",
            "Evening meal on {wing}; {name} supervised the queue.",
        ),
        (
            "{name} made sure the special diets went to the right prisoners, kept an eye on "
            "the queue and stopped pushing early with a word.",
            "{name} noticed that one prisoner was skipping meals and raised it with healthcare.",
        ),
        (
            "{name} let the servery workers give extra portions to friends and did not see it.",
            "{name} stood in one spot facing the hotplate and did not watch the queue.",
        ),
    ),
    Situation(
        "Visits",
        ("day", "late"),
        ("visits hall", "family visits room"),
        ("LAW-1", "SUR-3", "ETH-4", "COM-2"),
        ("{name} worked the visits hall with me.", "Family visits with children present."),
        (
            "{name} explained the rules to a nervous first-time visitor kindly and clearly, "
            "and watched the room without hovering over families.",
            "{name} spotted an item passed under a table and handled it by the procedure, "
            "calmly and without a scene in front of the children.",
        ),
        (
            "{name} was short with a visitor who did not know the rules, and the prisoner "
            "complained afterwards.",
            "{name} spent the visit at the desk and did not watch the room.",
        ),
    ),
    Situation(
        "Reception of a new arrival",
        ("day", "late"),
        ("reception", "induction unit"),
        ("PSY-2", "COM-2", "LAW-1", "ETH-4", "RSK-2"),
        (
            "{name} received a new arrival from court with me.",
            "A first-time prisoner arrived on the induction unit.",
        ),
        (
            "{name} went through the first-night questions patiently, noticed the prisoner "
            "was shaking and made sure he was checked during the night.",
            "{name} explained the prisoner's rights and the daily routine, and asked about "
            "family to be told.",
        ),
        (
            "{name} went through the forms like a checklist and did not look up; the "
            "prisoner's answer about self-harm was not followed up until I asked.",
        ),
    ),
    Situation(
        "Night patrol and welfare checks",
        ("night",),
        ("{wing}", "{wing} landing", "healthcare unit"),
        ("PSY-2", "SUR-3", "LAW-3", "RSK-2"),
        ("Night shift on {wing}; {name} did the welfare checks.", "Night patrol of {wing}."),
        (
            "{name} did every check on time, looked for signs of life rather than a shape, "
            "and wrote clear entries in the observation book.",
            "{name} heard crying from a cell on {wing}, spoke with the prisoner through the "
            "door and called the night manager as the procedure says.",
        ),
        (
            "{name} was fifteen minutes late with one check and wrote the entry afterwards.",
            "{name} shone the torch straight in a sleeping prisoner's face on every round.",
        ),
    ),
    Situation(
        "Alarm response",
        ("early", "late", "day", "night"),
        ("{wing} landing", "exercise yard", "workshop"),
        ("TAC-2", "TAC-3", "COM-4", "RSK-2", "LAW-3"),
        (
            "A general alarm on {wing} during the shift; {name} responded with me.",
            "A fight broke out between two prisoners during the shift.",
        ),
        (
            "{name} responded quickly but did not rush in, took the role given, used only the "
            "force needed and wrote a clear, factual report afterwards.",
            "{name} kept other prisoners back and talked to them while the incident was dealt "
            "with, which stopped a crowd forming.",
        ),
        (
            "{name} ran in ahead of the team without waiting for instructions.",
            "{name}'s report afterwards mixed opinion with fact and left out times.",
        ),
    ),
    Situation(
        "Handover and briefing",
        ("early", "late", "night", "day"),
        ("{wing} office", "staff briefing room"),
        ("COM-4", "LAW-3", "RSK-3", "SUR-4"),
        ("Handover to the late shift on {wing}.", "{name} gave part of the shift briefing."),
        (
            "{name} passed on what was heard from prisoners during the day, in a few clear "
            "points, and named who needed watching tonight.",
            "{name} wrote up a security information report about tension on {wing} that the "
            "security team used the same day.",
        ),
        (
            "{name} forgot to pass on that a prisoner was due a welfare check.",
            "{name}'s handover was long and unclear; the important point came last.",
        ),
    ),
    Situation(
        "Work and activities",
        ("day", "early"),
        ("workshop", "education block", "gym"),
        ("PRO-3", "PRO-1", "SUR-1", "ETH-4"),
        (
            "{name} supervised the activity session with me.",
            "Morning activities; {name} was on duty.",
        ),
        (
            "{name} encouraged a prisoner who wanted to give up on his course and praised "
            "good work, modelling the behaviour we want to see.",
            "{name} checked tools in and out correctly and chatted with prisoners about "
            "their work and plans after release.",
        ),
        (
            "{name} treated the workshop time as a break and sat with the instructors.",
            "{name} spoke dismissively about a prisoner's plans after release.",
        ),
    ),
    Situation(
        "Medication and substance use",
        ("early", "late", "night"),
        ("healthcare hatch", "{wing} landing"),
        ("PSY-3", "PSY-2", "SUR-3", "LAW-2"),
        (
            "{name} supervised the medication round on {wing}.",
            "A prisoner on {wing} seemed under the influence after association.",
        ),
        (
            "{name} watched the medication being taken, noticed a prisoner holding it in his "
            "cheek and handled it discreetly with the nurse.",
            "{name} recognised the signs, kept the prisoner safe, called healthcare and did "
            "not treat it only as a discipline matter.",
        ),
        (
            "{name} did not watch the medication being swallowed.",
            "{name} assumed the prisoner was just tired and moved on.",
        ),
    ),
)

DISCUSSIONS = (
    "We talked it through at the end of the shift.",
    "We discussed this straight afterwards in the office.",
    "{name} and I went over it during the break.",
    "We talked about it at handover, with the unit manager present.",
    "Discussed briefly; to be picked up at our weekly meeting.",
)

NEXT_STEPS = {
    True: (
        "Next step: lead the same task with me only watching.",
        "Keep doing this; it is exactly what dynamic security asks of us.",
        "We agreed {name} takes the lead on this next week.",
        "Next step: explain to a newer student how you did it.",
    ),
    False: (
        "Next time: say out loud what you see before you act.",
        "{name} will read the procedure again and explain it to me on Thursday.",
        "Next step: practise the first sentence you say in a tense moment.",
        "Next time: check the observation book before going on the landing.",
    ),
}

PRIVATE_NOTES = (
    "Private: {name} seemed tired and withdrawn today. Ask gently whether things at home are OK.",
    "Private: ask the unit manager whether {name} can spend a week on another unit.",
    "Private: I was short with {name} after the alarm; apologise and explain tomorrow.",
    "Private: {name} may be over-familiar with one prisoner on {wing}. Watch, do not accuse yet.",
    "Private: remember to ask the academy about the simulation day for {name}.",
)

EXTREME_COMMENTS = {
    1: (
        "I had to step in: {name} put themself in an unsafe position.",
        "Missed what the situation called for; I took over. Discussed straight afterwards.",
        "Not acceptable today: the procedure was not followed and {name} did not notice.",
        "{name} did not react to a clear warning sign; I had to act.",
    ),
    5: (
        "Outstanding: {name} handled a tense moment better than many qualified officers.",
        "Exceptional judgement under pressure; colleagues commented on it.",
        "{name} saw the risk before I did and handled it calmly. Exemplary.",
        "Set an example on the landing today; I will use this as a teaching case.",
    ),
}

ORDINARY_COMMENTS = (
    "Good progress since last week.",
    "Needed one prompt, then fine.",
    "Solid and routine.",
    "Still hesitant when prisoners push back.",
    "Improving; keep practising.",
    "Asked good questions afterwards.",
)

DISAGREEMENTS = (
    "I do not agree that I lost sight of the prisoner; another officer had him in view.",
    "I think the rating is too low: I followed the procedure I was taught at the academy.",
    "I was not told about the risk assessment before the escort.",
    "The situation was calmer than described here.",
)

ACKNOWLEDGEMENT_COMMENTS = (
    "Thank you, useful feedback.",
    "Agreed, I will work on this.",
    "",
    "",
    "",
)

SHIFT_ACTIVITIES = (
    "Shadowing my mentor",
    "Supervised practice on the landing",
    "Working the unit with my mentor",
    "Escort and healthcare duties",
    "Visits hall",
    "Reception and induction",
    "Night duty",
)


def fill(rng: random.Random, bank: tuple[str, ...], **values: str) -> str:
    return rng.choice(bank).format(**values)


def narrative(rng: random.Random, situation: Situation, good: bool, **values: str) -> str:
    """An observation narrative of three or four sentences for ``situation``."""
    parts = [
        fill(rng, situation.openings, **values),
        fill(rng, situation.good if good else situation.weak, **values),
        fill(rng, DISCUSSIONS, **values),
    ]
    if rng.random() < 0.6:
        parts.append(fill(rng, NEXT_STEPS[good], **values))
    return " ".join(parts)
