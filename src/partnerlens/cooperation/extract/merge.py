"""The same event told in several sentences becomes one proposal with every evidence sentence."""

from __future__ import annotations

from datetime import date, timedelta

from partnerlens.cooperation.extract.agreement_distinct import distinct
from partnerlens.cooperation.extract.context import Draft
from partnerlens.cooperation.extract.event_words import VISITS
from partnerlens.cooperation.extract.vocabulary import any_language
from partnerlens.cooperation.models import EVENT_STATUSES, Proposal, dates_compatible

_MEETINGS = ("meeting", "talks", "ministerial_meeting")
_GATHERINGS = ("forum", "summit")  # one-off gatherings: told done and told to come, two of them


def _compatible_types(a: Proposal, b: Proposal) -> str | None:
    """The merged type when ``a`` and ``b`` may be the same event, else None.

    A general word (a visit, talks, a summit) joins a specific visit of the same
    states when it adds no conflicting date: "the visit", "the talks" during a state visit.
    """
    if a.kind != b.kind:
        return None
    if a.type == b.type:
        return a.type
    if {a.type, b.type} <= set(_MEETINGS) and "meeting" in (a.type, b.type):
        return b.type if a.type == "meeting" else a.type
    family = set(VISITS)
    if a.type not in family or b.type not in family:
        return None
    general = ("visit", "talks", "summit")
    specific = {t for t in (a.type, b.type) if t not in general}
    if len(specific) > 1:
        return None
    if not specific:
        return "visit" if "visit" in (a.type, b.type) else None
    generic = a if a.type in general else b
    other = b if generic is a else a
    if generic.date is not None and (other.date is None or generic.date != other.date):
        return None
    return specific.pop()


def merge_into(drafts: list[Draft], new: Draft, published: date | None = None) -> Draft:
    """Fold ``new`` into an earlier draft of the same event (same kind and type, nested parties, close dates),
    or of the same trade figure told again (a quotation repeating the lead).
    A draft whose sentence named no state (``borrowed``) adds its evidence, never its date or status: "This was
    his second visit, the first being in 2015" dates another visit — unless the event's word is the subject of a
    passive of planning (``scheduled``: "The trip is planned for 16–18 September", "La visite est prévue en
    mars", "Поездка запланирована на 16–18 сентября"), which tells the status and date of the event itself. A draft told with an additive adverb
    (``another``: "he also met business leaders") is a further event and folds into none. An event dated more than a
    year before ``published`` (the article's date) is an earlier one, not the undated event the article reports
    (:func:`_earlier_occasion`)."""
    if new.proposal.kind == "claim":
        same = next((d for d in drafts if _same_figure(d.proposal, new.proposal)), None)
        if same is not None:
            same.evidence += [e for e in new.evidence if e not in same.evidence]
            return same
    if new.proposal.kind in ("event", "agreement") and not (new.another and not new.borrowed):
        # a sentence that names no state ("during the meeting") tells again the latest event it fits
        for draft in reversed(drafts) if new.borrowed else drafts:
            old = draft.proposal
            merged_type = _compatible_types(old, new.proposal)
            nested = set(old.parties) <= set(new.proposal.parties) or set(new.proposal.parties) <= set(old.parties)
            if (
                merged_type
                and nested
                and dates_compatible(old, new.proposal, window_days=0)
                and (draft.complete or new.complete)
                and not (old.kind == "agreement" and distinct(old, new.proposal))
                and not _held_and_planned(draft, new, merged_type)
                and not _earlier_occasion(old, new.proposal, published)
            ):
                _absorb(draft, new, merged_type)
                return draft
    drafts.append(new)
    return new


def _earlier_occasion(a: Proposal, b: Proposal, published: date | None) -> bool:
    """One event undated and the other dated more than a year before the article's publication: "Macron a terminé
    sa visite officielle en Angola" (March 2023) and "après la visite officielle du président Lourenço en France, le
    28 mai 2018" are two visits, not one dated 2018 — the news an article reports is not years old."""
    if published is None or a.kind != "event" or (a.date is None) == (b.date is None):
        return False
    dated = a.date or b.date
    return dated is not None and dated < published - timedelta(days=366)


def _held_and_planned(draft: Draft, new: Draft, merged_type: str) -> bool:
    """A meeting told as done ("fue recibido por el presidente") and one still to come ("se reunirá el lunes con el
    presidente") are two meetings, and so are a forum or conference told as done ("we were together at the Berlin
    Conference") and one still to come ("he will also attend the business forum"); a visit is one however its
    sentences tell it, unless the planned one is what an invitation asks for (:func:`_invited`)."""
    if new.borrowed:
        return False
    statuses = {draft.proposal.status, new.proposal.status}
    if merged_type in VISITS:  # an invited visit ("invited him to visit Ghana", "пригласил посетить") is another one
        return statuses == {"planned", "held"} and (_invited(draft) or _invited(new))
    if merged_type not in _MEETINGS + _GATHERINGS:
        return False
    return "planned" in statuses and (draft.done or new.done)


def _invited(draft: Draft) -> bool:
    """A planned visit its sentence tells as what an invitation asks for, in the words before the visit's own word
    (``planned_invitation``: "invited Vietnam's president to visit Ghana", "accepted the invitation to visit", "l'a
    invité à effectuer une visite", "пригласил … посетить", "convidou … a visitar", "invitó … a visitar"): a visit
    still to come, in whichever direction, never the visit told as held."""
    if draft.proposal.status != "planned" or not draft.evidence:
        return False
    lead = draft.evidence[0].text[: draft.at]
    return bool(any_language("planned_invitation").search(lead[-200:]))


def _same_figure(a: Proposal, b: Proposal) -> bool:
    """Two claims that state one figure: same kind, value, unit, metric, flow, year, qualifier and parties."""
    keys = ("kind", "type", "value", "unit", "metric", "flow", "year", "base_year", "qualifier")
    return all(getattr(a, k) == getattr(b, k) for k in keys) and set(a.parties) == set(b.parties)


def _absorb(draft: Draft, new: Draft, merged_type: str) -> None:
    old, other = draft.proposal, new.proposal
    told = not new.borrowed or new.scheduled  # the new sentence tells this event's date and status
    use_new_date = (
        told
        and other.date is not None
        and (
            old.date is None
            or ["year", "month", "day"].index(other.date_precision or "day")
            > ["year", "month", "day"].index(old.date_precision or "day")
        )
    )
    update: dict[str, object] = {
        "type": merged_type,
        "parties": list(dict.fromkeys(old.parties + other.parties)),
        "people": list(dict.fromkeys(old.people + other.people)),
        "bodies": list(dict.fromkeys(old.bodies + other.bodies)),
        "sectors": list(dict.fromkeys(old.sectors + other.sectors)),
        "place": old.place or other.place,
        "count": old.count or other.count,
        "title": old.title or other.title,
        "instrument": old.instrument or other.instrument,
    }
    if use_new_date:
        update |= {"date": other.date, "date_precision": other.date_precision}
    statuses = [s for s in (old.status, other.status if told else None) if s]
    if (
        statuses
    ):  # an agreement: "will sign" then "signed" is signed; an event: "held" is only the default, planned is said
        done = draft.done or (new.done and not new.borrowed)  # "a entamé une visite" outweighs "la visite sera"
        planned = old.kind == "event" and "planned" in statuses and not done
        statuses = [s for s in statuses if not (done and s in ("planned", "announced"))] or statuses
        update["status"] = "planned" if planned else max(statuses, key=EVENT_STATUSES.index)
    draft.proposal = old.model_copy(update=update)
    if draft.borrowed and not new.borrowed:  # the sentence that names the states tells the event first
        draft.evidence = new.evidence + [e for e in draft.evidence if e not in new.evidence]
    else:
        draft.evidence += [e for e in new.evidence if e not in draft.evidence]
    draft.complete = draft.complete or new.complete
    draft.done = draft.done or (new.done and not new.borrowed)
    draft.borrowed = draft.borrowed and new.borrowed


def add_sectors(draft: Draft, sectors: list[str]) -> None:
    if sectors:
        draft.proposal = draft.proposal.model_copy(
            update={"sectors": list(dict.fromkeys(draft.proposal.sectors + sectors))}
        )


def finish(draft: Draft) -> Proposal:
    """The proposal with its first evidence as ``evidence`` and the others as ``also``."""
    return draft.proposal.model_copy(update={"evidence": draft.evidence[0], "also": draft.evidence[1:]})
