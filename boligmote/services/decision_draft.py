"""A decision before it is saved: the draft the meeting fills in, what the service checked of it,
and the rules for its texts (real sentences, length limits) — issue 13's lawful record.

services/decisions.py checks a draft against the meeting and records it; the dialog only shows
what `DraftCheck` says.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..domain import (
    Applicant,
    ConsentHandling,
    Flag,
    Severity,
)
from ..domain.limits import refused_texts
from ..domain.meetings import (
    Decision,
    DecisionTerms,
    Participant,
    WeighedFlag,
)
from .record_text import text_problem
from ..words import Joined, Listing, Phrase


@dataclass(frozen=True)
class FlagWeighing:
    """How the meeting weighed one flag (avveining): a note, or for a warning just «sett»."""

    text: str = ""
    acknowledged: bool = False


@dataclass(frozen=True)
class DecisionDraft(DecisionTerms):
    """What the meeting decided on one case, before it is saved: the terms (domain DecisionTerms)
    and the choices the record resolves into names.

    `weighings` are keyed by rule id (Flag.rule). `dissents` are (participant id, opinion);
    `disqualified` (participant id, ground). `deciders` None means every present member with
    decision authority who is not disqualified. `passed_over_reasons` by case number, or one
    `passed_over_reason` for all of them. For an allocation, a missing move-in deadline or lease
    is filled from the meeting settings (see Decisions.draft for the values to show beforehand).
    """

    dissents: tuple[tuple[int, str], ...] = ()
    weighings: Mapping[str, FlagWeighing] = field(default_factory=dict)
    deciders: tuple[int, ...] | None = None
    disqualified: tuple[tuple[int, str], ...] = ()
    passed_over_reasons: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    """A higher-ranked candidate for the unit, as the ranking stood when the case was decided."""

    case_no: str
    name: str
    rank: int
    factors: tuple[str, ...]


@dataclass(frozen=True)
class DraftCheck:
    """Everything the service has to say about a draft before it is saved."""

    problems: tuple[str, ...]  # bokmål, one sentence each; empty: the draft can be saved
    flags: tuple[Flag, ...]  # the flags of the pair as they stand now
    unweighed: tuple[Flag, ...]  # critical flags still without a written weighing
    passed_over: tuple[Candidate, ...]  # higher-ranked candidates that need a reason
    deciders: tuple[Participant, ...]  # who decides, after defaults and disqualifications
    eligible_deciders: tuple[Participant, ...]  # present members with decision authority
    organisations_without_consent: tuple[str, ...]  # outside organisations present, if no consent
    consent_handling: ConsentHandling | None  # what will be recorded (chosen or implied)
    not_vacant: str = ""  # the problem, when the unit to allocate is no longer vacant

    @property
    def ok(self) -> bool:
        return not self.problems


def draft_of(decision: Decision) -> DecisionDraft:
    """The draft that records this decision again: everything the meeting wrote and chose.

    Redo after undo (issue 16) is recording this draft anew through `Decisions.record`, with
    every check of a new decision: the flags are evaluated as they stand then, and the weighing
    written for each rule is kept.
    """
    return DecisionDraft(
        **decision.terms(),  # type: ignore[arg-type]  # the same fields with the same types
        dissents=tuple((d.participant_id, d.opinion) for d in decision.dissents),
        weighings={f.rule: FlagWeighing(f.weighing, f.acknowledged) for f in decision.flags},
        deciders=tuple(decision.deciders) or None,
        disqualified=tuple((d.participant_id, d.ground) for d in decision.disqualified),
        passed_over_reasons={p.case_no: p.reason for p in decision.passed_over})


def unweighed_flags(flags: Sequence[Flag], weighings: Mapping[str, FlagWeighing]) -> list[Flag]:
    return [f for f in flags if f.severity is Severity.CRITICAL
            and not (weighings.get(f.rule) and weighings[f.rule].text.strip())]


def weighed_flag(flag: Flag, weighing: FlagWeighing | None) -> WeighedFlag:
    text = weighing.text.strip() if weighing else ""
    acknowledged = bool(weighing and (weighing.acknowledged or text))
    return WeighedFlag(flag.rule, flag.severity, flag.message, flag.scope, flag.source, text, acknowledged,
                       flag.masked_message)


def text_problems(draft: DecisionDraft, rules: tuple[int, int]) -> list[str]:
    problems = limit_problems(draft)
    if problem := text_problem(Phrase("fields.reasons"), draft.reasons, *rules):
        problems.append(Joined([problem, Phrase("errors.decision.reasons_in_letter")]))
    for label, value in ((Phrase("fields.internal_notes"), draft.internal_notes), (Phrase("fields.conditions"), draft.conditions),
                         (Phrase("fields.criteria"), draft.criteria), (Phrase("fields.alternatives"), draft.alternatives)):
        if value.strip() and (problem := text_problem(label, value, *rules)):
            problems.append(problem)
    return problems


def limit_problems(draft: DecisionDraft) -> list[str]:
    """Length limits and control characters, by the same rules as an imported cell (domain/limits.py)."""
    texts = [("reasons", draft.reasons), ("internal_notes", draft.internal_notes), ("conditions", draft.conditions),
             ("criteria", draft.criteria), ("alternatives", draft.alternatives), ("notes", draft.consent_note),
             ("notes", draft.passed_over_reason)]
    texts += [("weighing", w.text) for w in draft.weighings.values()]
    texts += [("dissent", opinion) for _, opinion in draft.dissents]
    texts += [("notes", ground) for _, ground in draft.disqualified]
    texts += [("notes", reason) for reason in draft.passed_over_reasons.values()]
    return refused_texts(texts)


def passed_over_reason_for(draft: DecisionDraft, candidate: Candidate) -> str:
    return (draft.passed_over_reasons.get(candidate.case_no) or draft.passed_over_reason).strip()


def who_decides(draft: DecisionDraft, participants: Mapping[int, Participant], text_rules: tuple[int, int]
                ) -> tuple[tuple[Participant, ...], tuple[Participant, ...], list[str], str]:
    """Who decides the case (fvl § 6; 004 l.1394–1404): (present members with decision authority,
    those who decide after the draft's choices and disqualifications, the problems, and — when no
    one present holds decision authority — the problem that comes before every other)."""
    problems: list[str] = []
    eligible = tuple(p for p in participants.values() if p.has_decision_authority and p.present)
    disqualified_ids = set()
    for participant_id, ground in draft.disqualified:
        participant = participants.get(participant_id)
        if participant is None:
            problems.append(Phrase("errors.decision.disqualified_stranger"))
            continue
        disqualified_ids.add(participant_id)
        if ground.strip() and (problem := text_problem(Phrase("fields.disqualified", name=participant.name),
                                                       ground, *text_rules)):
            problems.append(problem)
    deciders: tuple[Participant, ...]
    if draft.deciders is None:
        deciders = tuple(p for p in eligible if p.id not in disqualified_ids)
    else:
        chosen: list[Participant] = []
        for participant_id in draft.deciders:
            participant = participants.get(participant_id)
            if participant is None:
                problems.append(Phrase("errors.decision.decider_stranger"))
            elif participant_id in disqualified_ids:
                problems.append(Phrase("errors.decision.decider_disqualified", name=participant.name))
            elif not participant.has_decision_authority:
                problems.append(Phrase("errors.decision.no_authority", name=participant.name))
            elif not participant.present:
                problems.append(Phrase("errors.decision.apologies", name=participant.name))
            else:
                chosen.append(participant)
        deciders = tuple(chosen)
    nobody: str = ""
    if not eligible:
        nobody = Phrase("errors.decision.nobody_eligible")
    elif not deciders:
        problems.append(Phrase("errors.decision.no_deciders"))
    decider_ids = {p.id for p in deciders}
    for participant_id, opinion in draft.dissents:
        participant = participants.get(participant_id)
        if participant is None:
            problems.append(Phrase("errors.decision.dissent_stranger"))
        elif participant_id not in decider_ids:
            problems.append(Phrase("errors.decision.dissent_not_decider", name=participant.name))
        elif problem := text_problem(Phrase("fields.dissent", name=participant.name), opinion, *text_rules):
            problems.append(problem)
    return eligible, deciders, problems, nobody


def consent_handled(draft: DecisionDraft, applicant: Applicant, organisations: Sequence[str],
                    text_rules: tuple[int, int]) -> tuple[ConsentHandling | None, list[str]]:
    """How consent to share was handled (004 l.1816–1839), chosen or implied, and the problems;
    `organisations`: the outside organisations present, when the applicant has not consented."""
    problems: list[str] = []
    consent = draft.consent_handling
    if applicant.consent_to_share:
        consent = ConsentHandling.CONSENT_GIVEN
    elif consent is ConsentHandling.CONSENT_GIVEN:
        problems.append(Phrase("errors.decision.no_consent"))
    elif consent is None and organisations:
        problems.append(Phrase("errors.decision.consent_handling", organisations=Listing(organisations)))
    elif consent is None:
        consent = ConsentHandling.OFFICE_ONLY
    if consent is ConsentHandling.EXCEPTION and (
            problem := text_problem(Phrase("fields.consent_exception"), draft.consent_note, *text_rules)):
        problems.append(problem)
    return consent, problems
