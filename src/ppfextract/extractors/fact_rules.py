"""The rules that decide a fact: one rule per fact kind, and the reasons a figure is
no fact. Clauses and the words around a quantity come from
:mod:`ppfextract.extractors.fact_clauses`; :mod:`ppfextract.extractors.facts` runs the
pipeline and says what counts as a fact.

Works on a spaCy ``Doc`` whose quantities and cue words the pipeline has tagged; no
I/O, no model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..framework import FactKind
from .fact_clauses import (
    FactMatch,
    _Clause,
    _clause_char_span,
    _clauses,
    _Ctx,
    _inside_parens,
    _people_after,
    _words_left,
    _words_right,
)
from .fact_frames import (
    _per_time,
    is_apposition,
    is_conjunct,
    plain_unit,
    read_frame,
    share_of_users,
    spent_on_something_else,
)
from .fact_scope import (
    CARRY,
    DEFAULT,
    Scope,
    _regions,
    clause_scope,
    continues_source,
    find_markers,
)
from .fact_words import (
    _ADVERBS,
    _AFTER_PB_BLOCK,
    _APPROX,
    _BEFORE_BLOCK,
    _CHANGE_AFTER,
    _CHANGE_VERBS,
    _CLIENT_GROUP,
    _HOLD,
    _LINK,
    _NUMBER_NOUNS,
    _PEOPLE_GAP,
    _PERSON,
    _PLANNED,
    _REFER_SUBJECTS,
    _SHARE_NOUNS,
    _SU_HOLD,
    _SU_PROVIDE_VERBS,
    _SU_SUPPORT_VERBS,
    QUANTIFIERS,
    REFER_PRONOUN_VERBS,
    REFER_PRONOUNS,
    REVIEW_PROGRAMME,
)
from .numbers import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["FactMatch"]


def _gap_to_pb(ctx: _Ctx, idxs: list[int], max_len: int = 16) -> bool:
    """Walk ``idxs`` through people-gap words to a personal budget cue, with a "holding"
    verb on the way and no infinitive ("to have").

    When the holding word is no main verb ("people with a personal budget", "people who
    have a personal budget") the clause must end after the cue: in "300 people who have a
    personal budget were surveyed" the 300 are only those surveyed.
    """
    seen_hold = False
    main_verb = False
    relative = False
    prev = ""
    for n, j in enumerate(idxs):
        if n > max_len:
            return False
        pb = ctx.clause.cue_at("PB", j)
        if pb is not None:
            tail = _pb_tail(ctx, pb[1])
            if tail and ctx.low[tail[0]] in _AFTER_PB_BLOCK:
                return False
            if seen_hold and not main_verb and tail:
                first = ctx.clause.doc[tail[0]]
                return first.is_punct or first.lower_ in _ADJUNCT_START
            return seen_hold
        if j in ctx.qty_tokens:
            return False
        t = ctx.low[j]
        if t not in _PEOPLE_GAP:
            return False
        if t in ("who", "that", "which", "whom"):
            relative = True
        if t in _HOLD:
            if prev == "to":
                return False
            seen_hold = True
        if t in _FINITE and not relative:
            main_verb = True
        prev = t
    return False


_FINITE = frozenset({
    "have", "has", "had", "are", "were", "is", "was", "receive", "receives", "received",
    "use", "uses", "used", "access", "accesses", "accessed", "hold", "holds", "get", "gets",
    "got", "manage", "manages", "managed",
})
_ADJUNCT_START = frozenset({
    "in", "at", "as", "by", "across", "within", "during", "from", "this", "so", "to", "now",
    "currently", "over", "since", "compared", "against", "of", "which", "and",
})


def _pb_tail(ctx: _Ctx, i: int) -> list[int]:
    """Words after a personal budget cue, past "or direct payments" and the like."""
    idx = [k for k in range(i, ctx.clause.end) if not ctx.clause.doc[k].is_space]
    while len(idx) > 1 and ctx.low[idx[0]] in ("or", "and", "/"):
        skip = 2 if ctx.low[idx[1]] in ("a", "an", "their") and len(idx) > 2 else 1
        nxt = ctx.clause.cue_at("PB", idx[skip])
        if nxt is None:
            break
        idx = [k for k in idx if k >= nxt[1]]
    return idx



def _pb_predicate(ctx: _Ctx, nouns: frozenset[str]) -> bool:
    """"The number of people with a personal budget has risen to 1,245": link words to
    the left of the figure, then a personal budget cue, then a noun from ``nouns``."""
    left = _words_left(ctx, ctx.qs)
    k = 0
    while k < len(left) and ctx.low[left[k]] in _LINK and not ctx.clause.cue_covering(
        "PB", left[k]
    ):
        k += 1
    if k == len(left) or ctx.clause.cue_covering("PB", left[k]) is None:
        return False
    if k == 0:
        return False  # "personal budgets 300": no verb, no fact
    rest = left[k:]
    for n, j in enumerate(rest):
        if n > 14:
            return False
        t = ctx.low[j]
        if t in nouns:
            return True
        if ctx.clause.cue_covering("PB", j) is None and t not in _PEOPLE_GAP:
            return False
    return False


def _rule_people(ctx: _Ctx) -> bool:
    if ctx.unit != "count":
        return False
    # "1,245 people now have a personal budget"
    right = _words_right(ctx, ctx.qe)
    if right and _gap_to_pb(ctx, right):
        first = ctx.low[right[0]]
        if first in _PERSON or first in _CLIENT_GROUP or first in _ADVERBS | _HOLD | {
            "of", "are", "were", "have", "has", "had", "who"
        }:
            return True
    # "1,245 personal budgets are now in place"
    if right and _budgets_in_place(ctx, right):
        return True
    # "The number of people receiving a direct payment has risen to 640"
    if _pb_predicate(ctx, _NUMBER_NOUNS):
        return True
    # "The council now supports 960 people through personal budgets"
    if right and _supported_through_pb(ctx, right):
        return True
    # "The council wants 2,000 (people) on personal budgets by April"
    if right and _wanted_on_budgets(ctx, right):
        return True
    # "Personal budgets have now been allocated to 300 people"
    return _pb_passive(ctx)


_WANT = frozenset({"want", "wants", "wanted", "expect", "expects", "expected", "expecting",
                   "hope", "hopes", "hoping"})


def _wanted_on_budgets(ctx: _Ctx, right: list[int]) -> bool:
    """The council's own plan for the count on budgets: "Council bosses want 2,000 on
    budgets by next spring", "expects 3,100 people on personal budgets by April", "aims
    to have 900 on personal budgets"."""
    n, person = _people_after(ctx, right)
    after = right[n:]
    if len(after) < 2 or ctx.low[after[0]] != "on":
        return False
    k = 2 if ctx.low[after[1]] in ("a", "their") and len(after) > 2 else 1
    # "on budgets" in a text about personal budgets is on personal budgets
    if ctx.clause.cue_at("PB", after[k]) is None and not (
            ctx.pb_context and ctx.low[after[k]] in ("budgets", "budget")):
        return False
    left = _strip_quantifier([ctx.low[j] for j in _words_left(ctx, ctx.qs)[:6]])
    if not left:
        return False
    return left[0] in _WANT or (left[0] in ("have", "get", "put") and left[1:2] == ["to"]
                                and bool(left[2:3]) and left[2] in _PLAN_WORDS | _WANT
                                | {"aim", "aims", "aiming"})


def _supported_through_pb(ctx: _Ctx, right: list[int]) -> bool:
    """The people a council supports (serves) through personal budgets: "supports 960
    people through personal budgets", "is supporting 1,100 adults via a personal budget"."""
    n, person = _people_after(ctx, right)
    after = right[n:]
    if not person or len(after) < 2 or ctx.low[after[0]] not in ("through", "via"):
        return False
    k = 2 if ctx.low[after[1]] in ("a", "their", "personal") and len(after) > 2 else 1
    if ctx.clause.cue_at("PB", after[k]) is None and ctx.clause.cue_at("PB", after[1]) is None:
        return False
    left = _words_left(ctx, ctx.qs)
    k = 0
    while k < len(left) and ctx.low[left[k]] in _APPROX | _SU_VERB_ADVERBS:
        k += 1
    if k == len(left) or ctx.low[left[k]] not in _SU_SUPPORT_VERBS | {"supporting"}:
        return False
    return _su_subject_ok(ctx, left[k + 1:])


_IN_PLACE = frozenset({"place", "allocated", "issued", "agreed", "awarded", "approved",
                       "live", "running", "operating", "active"})


def _budgets_in_place(ctx: _Ctx, right: list[int]) -> bool:
    pb = ctx.clause.cue_at("PB", right[0])
    if pb is None or not ctx.low[pb[1] - 1].endswith("s"):
        return False
    filler = {"have", "has", "had", "been", "are", "were", "is", "now", "currently",
              "already", "in", "so", "far", "being"}
    for j in (k for k in right if k >= pb[1]):
        t = ctx.low[j]
        if t in _IN_PLACE:
            return True
        if t not in filler:
            return False
    return False


_PASSIVE_TO = frozenset({"allocated", "given", "awarded", "made", "paid", "provided",
                         "received", "used", "accessed", "taken", "held", "managed"})
# "Personal budgets have been agreed for 2,003 people", "are now in place for 2,077 people"
_PASSIVE_FOR = frozenset({"agreed", "approved", "arranged", "authorised", "authorized",
                          "place", "established"})


def _pb_passive(ctx: _Ctx) -> bool:
    left = _words_left(ctx, ctx.qs)
    while left and ctx.low[left[0]] in _APPROX:
        left = left[1:]
    if not left or ctx.low[left[0]] not in ("to", "by", "for"):
        return False
    verbs = _PASSIVE_FOR if ctx.low[left[0]] == "for" else _PASSIVE_TO
    filler = {"have", "has", "had", "been", "now", "are", "were", "is", "was", "currently",
              "already", "being", "so", "far"}
    if ctx.low[left[0]] == "for":
        filler |= {"in", "put", "set", "up"}
    seen_verb = False
    for j in left[1:8]:
        t = ctx.low[j]
        if ctx.clause.cue_covering("PB", j) is not None:
            n, person = _people_after(ctx, _words_right(ctx, ctx.qe))
            return seen_verb and person
        if t in verbs:
            seen_verb = True
        elif t not in filler:
            return False
    return False


def _rule_percent(ctx: _Ctx) -> bool:
    if ctx.unit != "percent":
        return False
    right = _words_right(ctx, ctx.qe, skip_parens=False)
    # "supports 9,400 adults, 18% of whom now have a personal budget": the people just
    # named, as a relative clause
    if len(right) > 2 and ctx.low[right[0]] == "of" and ctx.low[right[1]] == "whom" and \
            _gap_to_pb(ctx, right[2:]):
        return True
    # "18.2% of eligible users (now) have a personal budget"
    if right and ctx.low[right[0]] == "of":
        n, person = _people_after(ctx, right[1:])
        if not person and [ctx.low[j] for j in right[1:1 + n]] == ["those"]:
            person = bool(_after_served(ctx, right[1 + n:]))  # "of those receiving care"
        if person:
            rest = right[1 + n:]
            if all(ctx.clause.doc[j].is_punct and ctx.low[j] != ")" for j in rest):
                rest = []
            in_parens = _inside_parens(ctx)
            if in_parens and rest and ctx.low[rest[0]] == ")":
                rest = _words_right(ctx, rest[0] + 1)
            elif in_parens:
                rest = []
            if rest and _gap_to_pb(ctx, rest):
                return True
            served = _after_served(ctx, rest)
            if served and _gap_to_pb(ctx, served):
                return True
            if not rest and _pb_before_equivalent(ctx):
                return True
    # "... had a personal budget. This is 18.2% of eligible users"
    if ctx.after_people_fact and _refers_back(ctx, right):
        return True
    # "The proportion of eligible service users with a personal budget is 18.2%"
    return _pb_predicate(ctx, _SHARE_NOUNS)


def _after_served(ctx: _Ctx, rest: list[int]) -> list[int]:
    """"62% of people receiving council-funded care (in the town) now have a personal
    budget": the words after the people's own description as users of services (a
    reduced relative, "receiving care", "getting support from the council"), else []."""
    if not _su_verb_phrase(ctx, rest):
        return []
    for n, j in enumerate(rest[:10]):
        if ctx.low[j] in _SU_OBJECT:
            after = rest[n + 1:]
            while after and ctx.low[after[0]] in (_SU_TAIL - {"and"}) | _SU_OBJECT:
                after = after[1:]
            after = after[_place_after(ctx, after):]
            if after and ctx.low[after[0]] in _ADVERBS | _FINITE:
                return after
            return []
    return []


_REFER_LINK = frozenset({"is", "was", "represents", "represented", "representing", "equates",
                         "equated", "equating", "to", "equals", "equalling", "equaling",
                         "equivalent", "amounts", "amounting", "or", "i.e.", "ie", "being"})
_REFER_WORDS = frozenset({"this", "that", "which", "it"})
_REFER_AFTER_COMMA = frozenset({"representing", "equating", "equivalent", "amounting", "or",
                                "i.e.", "ie", "being"})


def _refers_back(ctx: _Ctx, right: list[int]) -> bool:
    """"This is 33.3% of eligible customers", "..., representing 12% of eligible adults",
    "this equates to 17.7 per cent of eligible service users", "This represents 9.5% of
    the 4,336 people receiving community-based services": a share of the people who
    could have one (eligible people, service users, people receiving services), said of
    the people-with-a-personal-budget figure just before."""
    if not right or ctx.low[right[0]] != "of":
        return False
    phrase = right[1:]
    # "of the 4,336 people ...": the population's own count may stand before its noun
    k = 0
    while k < len(phrase) and k < 2 and ctx.low[phrase[k]] in ("the", "all", "our"):
        k += 1
    q = k
    while q < len(phrase) and phrase[q] in ctx.qty_tokens:
        q += 1
    if q > k:
        phrase = phrase[q:]
    n, person = _people_after(ctx, phrase)
    while n and ctx.low[phrase[n - 1]] in ("and", "or", "/", "-", "the", "our", "those",
                                           "these"):  # "customers and ...", "... the council"
        n -= 1
    words = {ctx.low[j] for j in phrase[:n]}
    if {"those", "eligible"} <= words:  # "or 22% of those eligible": people, unnamed
        person = True
    rest = phrase[n:]
    served = bool(rest) and person and (_su_verb_phrase(ctx, rest)
                                        or _council_supports(ctx, rest))
    if rest and not served and ctx.low[rest[0]] not in (",", ".", ";", ")", "and"):
        return False  # "12% of eligible users who were offered one": a part of them
    if not person or not ("eligible" in words or words & _SERVICE_USER_NOUNS or served):
        return False  # "2% of older people": a share of the population, not of users
    left = _words_left(ctx, ctx.qs)
    k = 0
    while k < len(left) and ctx.low[left[k]] in _APPROX:
        k += 1
    links: list[str] = []
    while k < len(left) and ctx.low[left[k]] in _REFER_LINK and len(links) < 3:
        links.append(ctx.low[left[k]])
        k += 1
    if not links or k == len(left):
        return False
    word = ctx.low[left[k]]
    return word in _REFER_WORDS or (word == "," and links[-1] in _REFER_AFTER_COMMA)


def _council_supports(ctx: _Ctx, rest: list[int]) -> bool:
    """"(of the 8,900 people) the council supports", "(that) we serve": a relative
    clause whose subject is the council and whose verb supports or serves, then the end."""
    words = [ctx.low[j] for j in rest[:6]]
    if words[:1] in (["that"], ["whom"]):
        words = words[1:]
    if words[:1] in (["the"], ["our"]) and words[1:2] and words[1] in _SU_AGENT_WORDS:
        words = words[2:]
    elif words[:1] in (["we"], ["it"]):
        words = words[1:]
    else:
        return False
    while words and words[0] in _SU_VERB_ADVERBS:
        words = words[1:]
    return bool(words) and words[0] in _SU_SUPPORT_VERBS | _SU_PROVIDE_VERBS and (
        len(words) == 1 or words[1] in (",", ".", ";", ")"))


def _pb_before_equivalent(ctx: _Ctx) -> bool:
    """"1,245 people now have a personal budget (18.2% of eligible users)" or
    "..., equivalent to 18.2% of eligible users"."""
    link = {",", "(", "equivalent", "to", "representing", "which", "represents", "is", "or",
            "this", "some", "about", "around", "approximately", "i.e.", "ie", "that", "'s"}
    for j in _words_left(ctx, ctx.qs):
        pb = ctx.clause.cue_covering("PB", j)
        if pb is not None:
            return any(ctx.low[k] in _HOLD for k in range(ctx.clause.start, pb[0]))
        if ctx.low[j] not in link:
            return False
    return False


_SU_OBJECT = frozenset({"services", "service", "care", "support"})
_SU_AGENT = frozenset({"council", "department", "directorate", "authority", "us",
                       "services", "care"})
_SU_TAIL = frozenset({"a", "an", "the", "of", "from", "by", "adult", "adults", "social",
                      "council", "'s", "and", "directorate", "department", "authority",
                      "county", "borough", "city", "local", "ongoing", "long", "-", "term",
                      "community", "our", "its", "commissioned", "funded", "paid", "for",
                      "based", "some", "form", "forms", "kind", "type"})
_SERVICE_USER_NOUNS = frozenset({"users", "clients", "customers", "recipients"})


FEWEST_USERS = 100  # fewer adults than any council with social services supports


def _rule_service_users(ctx: _Ctx) -> bool:
    if ctx.unit != "count" or ctx.clause.has("PB") or ctx.clause.has("REVIEW"):
        return False
    right = _words_right(ctx, ctx.qe)
    if not right or ctx.low[right[0]] == "of":  # "500 of these service users": a part
        return False
    n, person = _people_after(ctx, right)
    # "Twelve thousand people were currently in receipt of services from adult social care"
    if person and _su_verb_phrase(ctx, right[n + _place_after(ctx, right[n:]):]):
        return not _from_a_part(ctx, right[n:n + 12])
    # "The council supports 8,900 people"
    if person and _su_supports(ctx, right[n:]):
        return True
    # "a total of 8,900 service users", "8,900 service users in total"
    nouns = {ctx.low[j] for j in right[:n]}
    if nouns & _SERVICE_USER_NOUNS:
        left = [ctx.low[j] for j in _words_left(ctx, ctx.qs)[:2]]
        after = [ctx.low[j] for j in right[n:n + 2]]
        if left == ["of", "total"] or after in (["in", "total"], ["altogether"]):
            return True
    return False


_PLACE_NOUNS = frozenset({"city", "county", "borough", "district", "area", "town"})


def _place_after(ctx: _Ctx, idxs: list[int]) -> int:
    """How many of ``idxs`` name where the people live: "in the city", "across the
    county", "in Plymouth" (0 if none)."""
    words = [ctx.low[j] for j in idxs[:3]]
    if words[:1] not in (["in"], ["across"]):
        return 0
    if words[1:2] == ["the"] and words[2:3] and words[2] in _PLACE_NOUNS:
        return 3
    if len(idxs) > 1 and ctx.clause.doc[idxs[1]].text[:1].isupper():
        return 2
    return 0


def _from_a_part(ctx: _Ctx, idxs: list[int]) -> bool:
    """The service comes from one part of the council's services: "received a service
    from the reablement team" is no caseload."""
    words = [ctx.low[j] for j in idxs]
    if "from" not in words:
        return False
    after = words[words.index("from") + 1:][:4]
    return any(w in _SU_PART_SUBJECTS - {"service"} for w in after)


def _su_verb_phrase(ctx: _Ctx, idxs: list[int]) -> bool:
    filler = (_ADVERBS - {"to"}) | {"are", "were", "is", "was", "who", "that", "being"}
    k = 0
    while k < len(idxs) and ctx.low[idxs[k]] in filler:
        k += 1
    if k < len(idxs) and ctx.low[idxs[k]] == "in":  # "in receipt of"
        k += 1
    if k >= len(idxs) or ctx.low[idxs[k]] not in _SU_HOLD:
        return False
    verb = ctx.low[idxs[k]]
    targets = _SU_AGENT if verb == "supported" else _SU_OBJECT
    for n, j in enumerate(idxs[k + 1:k + 8]):
        t = ctx.low[j]
        if t == "help" and verb != "supported":
            # "receive help from the county council": help from the council itself
            after = [ctx.low[x] for x in idxs[k + 2 + n:k + 6 + n]]
            return after[:1] == ["from"] and bool(set(after[1:]) & _SU_AGENT_WORDS)
        if t in targets:
            return True
        if t not in _SU_TAIL:
            return False
    return False


_SU_AGENT_WORDS = frozenset({"council", "authority", "department", "directorate", "us",
                             "county", "borough", "city"})


_SU_PROVIDED = frozenset({"services", "service", "support", "care", "and", "social", "adult",
                          "ongoing", "community"})
# A subject that is one part of the council's services: "the reablement service supports
# 300 people" is no caseload.
_SU_PART_SUBJECTS = frozenset({
    "team", "teams", "centre", "centres", "center", "scheme", "schemes", "project", "projects",
    "pilot", "programme", "program", "unit", "hub", "network", "charity", "charities",
    "provider", "providers", "agency", "agencies", "organisation", "organisations",
    "organization", "organizations", "home", "homes", "service", "partnership", "group",
})
_SU_VERB_ADVERBS = frozenset({"currently", "now", "also", "directly", "together", "still"})


def _su_supports(ctx: _Ctx, after: list[int]) -> bool:
    """"The council supports 8,900 people", "provides services to 11,200 people",
    "arranges care and support for 15,205 people"."""
    left = _words_left(ctx, ctx.qs)
    k = 0
    while k < len(left) and ctx.low[left[k]] in _APPROX | {"currently", "now", "over"}:
        k += 1
    if k == len(left):
        return False
    if ctx.low[left[k]] == "like" and k + 1 < len(left) and ctx.low[left[k + 1]] == "something":
        k += 2  # "something like 23,400 people"
        if k == len(left):
            return False
    t = ctx.low[left[k]]
    verb_at = k if t in _SU_SUPPORT_VERBS else -1
    if t == "after" and k + 1 < len(left) and ctx.low[left[k + 1]] in _LOOK:
        verb_at = k + 1  # "looks after 5,700 people"
    if t == "of":
        verb_at = _responsible_for(ctx, left, k)
    if t in ("to", "for"):
        m = k + 1
        while m < len(left) and m - k <= 5 and ctx.low[left[m]] in _SU_PROVIDED:
            m += 1
        provided = {ctx.low[j] for j in left[k + 1:m]}
        if (m < len(left) and provided & {"services", "support", "care"}
                and ctx.low[left[m]] in _SU_PROVIDE_VERBS):
            verb_at = m
    if verb_at < 0 or not _su_subject_ok(ctx, left[verb_at + 1:]):
        return False
    # "supported 40 people into work" is not the caseload, nor are the people supported
    # "in their own homes" or "through reablement"; "through adult social care" is
    if after and ctx.low[after[0]] == "through":
        return _through_social_care(ctx, after[1:])
    if [ctx.low[j] for j in after[:2]] == ["in", "total"]:
        return True
    return not (after and ctx.low[after[0]] in ("to", "into", "in", "back"))


_LOOK = frozenset({"look", "looks", "looked", "looking"})
_CARE_OF = frozenset({"care", "support", "and", "the", "social", "ongoing"})


def _responsible_for(ctx: _Ctx, left: list[int], k: int) -> int:
    """"is responsible for the care and support of 22,000 people": the index in ``left``
    of the verb ("is", "was") whose subject is the caseload's, else -1."""
    m = k + 1
    words: list[str] = []
    while m < len(left) and ctx.low[left[m]] in _CARE_OF and len(words) < 5:
        words.append(ctx.low[left[m]])
        m += 1
    if not {"care", "support"} & set(words) or m + 1 >= len(left):
        return -1
    if ctx.low[left[m]] != "for" or ctx.low[left[m + 1]] != "responsible":
        return -1
    m += 2
    while m < len(left) and ctx.low[left[m]] in _SU_VERB_ADVERBS | {"directly"}:
        m += 1
    if m < len(left) and ctx.low[left[m]] in ("is", "was", "are", "were", "remains"):
        return m
    return -1


def _su_subject_ok(ctx: _Ctx, left: list[int]) -> bool:
    k = 0
    while k < len(left) and ctx.low[left[k]] in _SU_VERB_ADVERBS:
        k += 1
    if k == len(left):
        return True
    subject = ctx.low[left[k]]
    # the subject's head before a place or name after it: "the carers' centre on the
    # high street supports ...", "the team in the north of the county supported ..."
    for m in range(k + 1, min(k + 6, len(left) - 1)):
        if ctx.low[left[m]] in ("on", "in", "at", "near") and (
                ctx.low[left[m + 1]] in _SU_PART_SUBJECTS):
            return False
    if subject == "service":  # "the adult care service" is the council's, "the home care
        # service" one part of it; "the service" alone the one the paper is about
        before = [ctx.low[j] for j in left[k + 1:k + 3]]
        return before[:1] in (["social"], ["the"], ["our"]) or before in (
            ["care", "social"], ["care", "adult"])
    return subject not in _SU_PART_SUBJECTS


def _through_social_care(ctx: _Ctx, idxs: list[int]) -> bool:
    prev = ""
    for j in idxs[:5]:
        t = ctx.low[j]
        if t == "services" or (t == "care" and prev in ("social", "adult")):
            return True
        prev = t
        if t not in ("adult", "adults", "social", "its", "the", "our", "council", "'s",
                     "council's"):
            return False
    return False


_REVIEWED = frozenset({"reviewed", "reassessed", "re-assessed"})
_REVIEW_NOUNS = frozenset({"reviews", "reassessments", "re-assessments"})
_REVIEW_GAP = _PERSON | _CLIENT_GROUP | {
    "of", "these", "those", "them", "whom", "cases", "packages", "package", "plans",
    "the", "our", "further", "now", "also", "then", "all", "will", "would", "shall",
    "are", "is", "due", "scheduled", "planned", "set", "going", "to", "be", "who", "which",
    # "7,000 people's care will be reviewed", "would have their care reviewed"
    "'s", "’s", "care", "support", "their", "have",
}
_REVIEW_DONE = frozenset({"carried", "completed", "undertaken", "done", "take", "held",
                          "conducted"})


def _rule_reviews(ctx: _Ctx) -> bool:
    if ctx.unit != "count" or not ctx.clause.has("REVIEW"):
        return False
    right = _words_right(ctx, ctx.qe)
    # "Five hundred of these service users would be reviewed by the end of March"
    words: list[str] = []
    for j in right[:14]:
        t = ctx.low[j]
        if t in _REVIEWED:
            future = {"will", "would", "shall", "to"} & set(words) or _PLANNED & set(words)
            # "be reviewed", or "have their care reviewed" (their own care, the verb's)
            passive = "be" in words or ("have" in words and "their" in words)
            return bool(future) and passive and "been" not in words
        if t not in _REVIEW_GAP:
            break
        words.append(t)
    # "500 reviews are planned", "500 planned reviews"
    k = 0
    while k < len(right) and k < 3 and ctx.low[right[k]] not in _REVIEW_NOUNS:
        if ctx.low[right[k]] not in _PLANNED | {"further", "more", "care", "annual"}:
            break
        k += 1
    if k < len(right) and ctx.low[right[k]] in _REVIEW_NOUNS:
        before = {ctx.low[j] for j in right[:k]}
        if before & _PLANNED:
            return True
        if _planned_tail(ctx, right[k + 1:k + 8]):
            return True
    # "Reviews of 7,800 further care packages are scheduled", "Care reviews for 3,300
    # customers have been planned"
    left = [ctx.low[j] for j in _words_left(ctx, ctx.qs)[:2]]
    if left and left[0] in ("of", "for") and left[1:] and left[1] in _REVIEW_NOUNS:
        k = 0
        while k < len(right) and k < 5 and ctx.low[right[k]] in _REVIEW_GAP - {
                "will", "would", "shall", "are", "is", "to", "be", "due", "scheduled",
                "planned", "set", "going", "have", "who", "which"}:
            k += 1
        if k < len(right) and _planned_tail(ctx, right[k:k + 8]):
            return True
    # "Around 1,000 people are due for review"
    if _due_for_review(ctx, right) or _review_programme_covers(ctx, right):
        return True
    # "The team will review 500 people", "plans to complete 420 reviews"
    return _review_verb_before(ctx, right)


_COVER = frozenset({"cover", "covers", "include", "includes", "reach", "reaches", "take",
                    "takes", "in"})


def _review_programme_covers(ctx: _Ctx, right: list[int]) -> bool:
    """"The review programme will cover 2,400 people by March", "this year's reviewing
    plan covers some 1,300 care packages": the people a programme of reviews is to take
    in, in the present or the future (not "covered")."""
    n, person = _people_after(ctx, right)
    if not person and not (right and ctx.low[right[0]] in ("cases", "packages", "care")):
        return False
    left = _strip_quantifier([ctx.low[j] for j in _words_left(ctx, ctx.qs)[:10]])
    if not left or left[0] not in _COVER:
        return False
    k = 1
    if left[0] == "in" and left[1:2] in (["take"], ["takes"]):
        k = 2
    elif left[0] == "in":
        return False
    while k < len(left) and left[k] in ("will", "would", "shall", "to", "is", "due",
                                         "expected", "set", "now", "also", "should"):
        k += 1
    if k >= len(left) or left[k] not in REVIEW_PROGRAMME:
        return False
    return any(w in _REVIEW_NOUNS | {"review", "reviewing", "reassessment", "reassessing",
                                     "re-assessment"} for w in left[k + 1:k + 3])


def _planned_tail(ctx: _Ctx, idxs: list[int]) -> bool:
    """The words after the reviews say they are planned: "are planned", "have been
    scheduled", "will be carried out"."""
    tail: list[str] = []
    for j in idxs:
        t = ctx.low[j]
        tail.append(t)
        if t in _PLANNED:
            return "been" not in tail or t in ("planned", "scheduled")
        if t in _REVIEW_DONE:
            return bool({"will", "would", "shall", "to"} & set(tail)) and "been" not in tail
        if t not in {"are", "is", "have", "has", "been", "now", "also", "currently",
                     "being", "to", "be", "will", "would", "shall", "still", "out"}:
            return False
    return False


_DUE_FILLER = frozenset({"are", "is", "were", "was", "now", "also", "currently", "all",
                         "who", "that", "which"})


def _due_for_review(ctx: _Ctx, right: list[int]) -> bool:
    n, person = _people_after(ctx, right)
    start = n if person else 1
    if not person and [ctx.low[j] for j in right[:2]] in (["care", "packages"],
                                                           ["support", "plans"]):
        start = 2
    elif not person and not (right and ctx.low[right[0]] in ("cases", "packages")):
        return False
    rest = [ctx.low[j] for j in right[start:start + 8]]
    k = 0
    while k < len(rest) and rest[k] in _DUE_FILLER:
        k += 1
    if len(rest) < k + 2 or rest[k] not in _PLANNED or rest[k + 1] != "for":
        return False  # "due for review", "scheduled for review", "booked in for review"
    for t in rest[k + 2:k + 5]:
        if t in ("review", "reviews", "reassessment", "reassessments", "re-assessment"):
            return True
        if t not in ("a", "an", "their", "its", "annual", "full", "care"):
            return False
    return False


_REVIEW_VERBS = frozenset({"review", "reassess", "re-assess"})
# "plans to complete 420 reviews", "scheduled to carry out 280 reviews"
_DO_REVIEWS = frozenset({"complete", "carry", "undertake", "conduct", "do", "hold", "deliver"})
_PLAN_WORDS = frozenset({"plans", "plan", "planned", "planning", "intends", "intend",
                         "intended", "due", "going", "scheduled", "programmed", "set"})
_REVIEWED_OF = frozenset({"cases", "packages", "care", "plans", "support"})


_REVIEWING = frozenset({"reviewing", "reassessing", "re-assessing"})
_AHEAD = (("next",), ("coming",), ("between", "now"), ("rest", "of"), ("remainder", "of"))


def _reviewing_ahead(ctx: _Ctx, left: list[int]) -> bool:
    """"will be reviewing", or "are reviewing" with a time ahead in the clause ("over the
    next year we are reviewing 6,500 people"): a plan, not work done."""
    words = [ctx.low[j] for j in left[:3]]
    if words[:2] == ["be", "will"] or words[:2] == ["be", "would"] or words[:3] == [
            "be", "to", "going"]:
        return True
    if words[:1] not in (["are"], ["is"], ["'re"], ["’re"]):
        return False
    clause = [ctx.low[j] for j in range(ctx.clause.start, ctx.clause.end)]
    return any(tuple(clause[n:n + len(a)]) == a for a in _AHEAD for n in range(len(clause)))


def _review_verb_before(ctx: _Ctx, right: list[int]) -> bool:
    left = _words_left(ctx, ctx.qs)
    k = 0
    while k < len(left) and ctx.low[left[k]] in _APPROX | {"a", "further", "another"}:
        k += 1
    if k < len(left) and ctx.low[left[k]] == "out":  # "carry out"
        k += 1
    if k + 1 >= len(left):
        return False
    verb = ctx.low[left[k]]
    if verb in _REVIEWING:
        return _reviewing_ahead(ctx, left[k + 1:]) and (
            _people_after(ctx, right)[1] or (bool(right) and ctx.low[right[0]] in (
                "more", "further") and _people_after(ctx, right[1:])[1]))
    if verb not in _REVIEW_VERBS and verb not in _DO_REVIEWS:
        return False
    aux = ctx.low[left[k + 1]]
    if aux not in ("will", "would", "shall", "to"):
        return False
    if aux == "to" and (k + 2 >= len(left) or ctx.low[left[k + 2]] not in (
            _PLAN_WORDS | {"is", "are"} if verb in _REVIEW_VERBS else _PLAN_WORDS)):
        return False
    if verb in _DO_REVIEWS:
        return _reviews_of_people(ctx, right)
    n, person = _people_after(ctx, right)
    nxt = ctx.low[right[0]] if right else ""
    return person or nxt in ("cases", "care", "packages")


def _reviews_of_people(ctx: _Ctx, right: list[int]) -> bool:
    """"420 reviews", "280 care reviews", "300 reviews of existing service users", but
    not "40 reviews of residential contracts"."""
    k = 0
    while k < len(right) and k < 2 and ctx.low[right[k]] in ("care", "annual", "further"):
        k += 1
    if k >= len(right) or ctx.low[right[k]] not in _REVIEW_NOUNS:
        return False
    rest = right[k + 1:]
    if not rest or ctx.low[rest[0]] != "of":
        return True
    n, person = _people_after(ctx, rest[1:])
    obj = rest[1 + n:2 + n]
    return person or (bool(obj) and ctx.low[obj[0]] in _REVIEWED_OF)


def _rule_spend(ctx: _Ctx) -> bool:
    clause = ctx.clause
    if ctx.unit != "gbp" or not clause.has("PB") or not clause.has("SPEND"):
        return False
    if clause.has("NOT_SPEND"):
        return False
    # the nearest spend-or-budget word before the figure must be a spend word (within
    # eight words, not counting a time phrase: "in the first quarter of 2010/11")
    counted = 0
    whole = _words_left(ctx, ctx.qs)[:30]
    left = _skip_asides(ctx, whole)
    for n, j in enumerate(left[:20]):
        if clause.cue_covering("SPEND", j) is not None:
            if len(left) < len(whole) and not any(
                    clause.cue_covering("PB", k) for k in left[:n + 4]):
                break  # the budgets named only in the aside
            if _near_pb(ctx, 14):
                return True
            break
        t = ctx.low[j]
        if t in ("budget", "budgets") and clause.cue_covering("PB", j) is None:
            return False
        if not _is_time_word(ctx, j):
            counted += 1
            if counted >= 8:
                break
    # "£4.3m has been spent through personal budgets"
    right = _words_right(ctx, ctx.qe)
    for j in right[:5]:
        if clause.cue_covering("SPEND", j) is not None:
            return _near_pb(ctx, 14)
        if ctx.low[j] not in {"has", "have", "had", "been", "was", "were", "is", "of",
                              "now", "already", "so", "far"}:
            return False
    return False


_ASIDE_OPENERS = frozenset({"including", "excluding", "not", "inclusive", "net", "gross"})


def _skip_asides(ctx: _Ctx, left: list[int]) -> list[int]:
    """``left`` (words right to left) without an aside between commas that says what the
    figure includes or leaves out: "Spend through personal budgets, including those taken
    as direct payments, totals £7.2m" reads as "Spend through personal budgets totals"."""
    out: list[int] = []
    n = 0
    while n < len(left):
        j = left[n]
        if ctx.low[j] == "," and n > 0:
            for m in range(n + 1, min(n + 14, len(left))):
                if ctx.low[left[m]] == "," and ctx.low[left[m - 1]] in _ASIDE_OPENERS:
                    n = m + 1
                    break
            else:
                out.append(j)
                n += 1
            continue
        out.append(j)
        n += 1
    return out


_TIME_WORDS = frozenset({
    "in", "during", "over", "for", "the", "this", "first", "second", "third", "fourth",
    "final", "last", "past", "financial", "year", "years", "month", "months", "quarter",
    "quarters", "half", "week", "weeks", "of", "to", "date", "so", "far", "since", "ending",
    "end", "q1", "q2", "q3", "q4",
})
_MONTH_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})


def _is_time_word(ctx: _Ctx, j: int) -> bool:
    """A word of a time phrase: "in the first seven months of 2010/11", "to December"."""
    tok = ctx.clause.doc[j]
    return (ctx.low[j] in _TIME_WORDS or j in ctx.qty_tokens or tok.like_num
            or any(c.isdigit() for c in tok.text)
            or (ctx.low[j] in _MONTH_NAMES and tok.text[:1].isupper()))


def _near_pb(ctx: _Ctx, dist: int) -> bool:
    return any(abs(s - ctx.qs) <= dist or abs(ctx.qe - e) <= dist
               for s, e in ctx.clause.cues.get("PB", ()))


def _rule_cashable(ctx: _Ctx) -> bool:
    clause = ctx.clause
    if ctx.unit != "percent" or not clause.has("CASHABLE") or not clause.has("SAVE_VERB"):
        return False
    if not 0 < ctx.value <= 100:
        return False
    return any(abs(s - ctx.qs) <= 8 for s, _ in clause.cues["CASHABLE"])


_RULES: tuple[tuple[FactKind, Callable[[_Ctx], bool]], ...] = (
    (FactKind.PEOPLE_WITH_PERSONAL_BUDGET, _rule_people),
    (FactKind.PERCENT_WITH_PERSONAL_BUDGET, _rule_percent),
    (FactKind.SERVICE_USERS_TOTAL, _rule_service_users),
    (FactKind.REVIEWS_PLANNED, _rule_reviews),
    (FactKind.PERSONAL_BUDGET_SPEND_GBP, _rule_spend),
    (FactKind.CASHABLE_SAVINGS_PERCENT, _rule_cashable),
)


# A comparison that sets a target (or a national figure) against the figure before it:
# "2.6% of the budget, against a requirement of 3%", "36 per cent ..., comfortably above
# the national milestone of 30 per cent", "... has passed the 30% milestone".
_COMPARE = frozenset({
    "against", "above", "below", "beyond", "exceeding", "exceeds", "exceeded", "passed",
    "passing", "surpassed", "surpassing", "ahead", "behind", "short", "compared", "versus",
    "vs", "vs.", "towards", "toward", "over", "met", "meeting", "reaching", "reached",
    "close", "near", "nearing", "approaching",
})
# ... or, first in its clause and closed by a comma, the figure after it: "Against a
# target of 30%, 24% of eligible users now have a personal budget".
_COMPARE_FIRST = frozenset({"against", "compared", "versus", "vs", "vs."})
_TARGET_NOUNS = frozenset({
    "target", "targets", "milestone", "milestones", "requirement", "requirements", "minimum",
    "goal", "goals", "ambition", "objective", "objectives", "trajectory", "expectation",
    "aspiration", "aim",
})
_COMPARE_GAP = frozenset({
    "the", "a", "an", "its", "our", "their", "this", "that", "of", "with", "to", "in",
    "line", "well", "comfortably", "already", "just", "slightly", "agreed", "interim",
    "local", "original", "overall", "government", "department", "'s", "dh", "council",
    "stretch", "april", "2011", "%", "per", "cent",
})
# Cues a comparison takes out of the clause for the figure it is set against.
_SCOPED_CUES = ("TARGET", "NATIONAL", "FUTURE")


def _comparison_scope(ctx: _Ctx) -> tuple[int, int] | None:
    """The tokens of a target comparison that does not apply to this figure, if any."""
    clause = ctx.clause
    doc = clause.doc
    words = [j for j in range(clause.start, clause.end) if not doc[j].is_space]
    for n, j in enumerate(words):
        t = ctx.low[j]
        if t not in _COMPARE or not _sets_a_target(ctx, words[n + 1:n + 8]):
            continue
        if j >= ctx.qe:  # the figure comes first: the comparison runs to the clause end
            return (j, clause.end)
        lead = [k for k in words[:n] if not doc[k].is_punct and k not in ctx.qty_tokens
                and not doc[k].like_num]
        if t in _COMPARE_FIRST and not lead:
            comma = next((k for k in words[n + 1:] if ctx.low[k] == ","), None)
            if comma is not None and comma < ctx.qs:
                return (clause.start, comma + 1)
    return None


def _sets_a_target(ctx: _Ctx, idxs: list[int]) -> bool:
    for j in idxs:
        if ctx.low[j] in _TARGET_NOUNS or ctx.clause.cue_covering("NATIONAL", j):
            return True
        if not (ctx.low[j] in _COMPARE_GAP or j in ctx.qty_tokens):
            return False
    return False


def _has_cue(ctx: _Ctx, label: str, scope: tuple[int, int] | None) -> bool:
    if scope is None or label not in _SCOPED_CUES:
        return ctx.clause.has(label)
    return any(not scope[0] <= s < scope[1] for s, _ in ctx.clause.cues.get(label, ()))


# Words that make a figure a target or a bound. A target of the council's own ("its own
# target", "our aim", "the council has set itself ...") is a plan, and a plan is a fact;
# any other is taken for the targets set for every council (the spec's 30% and 3%).
_TARGET_WORDS = frozenset({
    "target", "targets", "milestone", "milestones", "goal", "goals", "aim", "ambition",
    "objective", "objectives", "expectation", "requirement", "minimum", "deliverable",
    "required", "should", "must", "ensure", "aspiration", "deadline",
})
_OWNERS = frozenset({
    "own", "local", "our", "we", "itself", "its", "council", "council's", "authority",
    "authority's", "county's", "borough's", "city's", "directorate", "department",
    "service", "officers", "it", "he", "she", "locally", "they", "executive", "cabinet",
    "board",
})
_PARTICLE_VERBS = frozenset({"taken", "took", "signed", "picked", "snapped", "set", "made"})
# what is asked of a council, never its own plan
_IMPOSED = frozenset({"milestone", "milestones", "deadline", "requirement", "required",
                      "minimum", "expectation", "deliverable"})
_NATIONAL_OWNERS = frozenset({"government", "health", "councils", "national", "nationally",
                              "ministers", "every", "all", "authorities", "dh", "whitehall"})
_HYPOTHESIS = frozenset({"if", "unless", "whether", "could", "might"})
# quantifiers before a figure: the value is the number written ("more than 4,000")
# ("a further", "another", "a total of" and "up to" are no quantifiers here: they say
# what the figure is)
_QUANTIFIERS = tuple(q for q in QUANTIFIERS if q not in (("a", "further"), ("another",),
                                                         ("a", "total", "of"), ("up", "to")))


def _strip_quantifier(words: list[str]) -> list[str]:
    """Words left of a figure (nearest first) without the quantifiers just before it."""
    changed = True
    while changed and words:
        changed = False
        for q in _QUANTIFIERS:
            n = len(q)
            if tuple(reversed(words[:n])) == q:
                words = words[n:]
                changed = True
                break
    return words


def _target(ctx: _Ctx) -> str | None:
    """A target word that speaks for the figure (not one inside a comparison that does
    not hold it), and whose target it is."""
    clause = ctx.clause
    doc = clause.doc
    regions = [r for r in _regions(doc, clause.start, clause.end)
               if not (r[0] <= ctx.qs and ctx.qe <= r[1])]
    # a target word speaks for the figures of its own part of the clause, between commas
    # ("... has passed the national milestone, with 31 per cent ... now holding one")
    seg_start, seg_end = _segment(ctx)
    words = [j for j in range(seg_start, seg_end) if not doc[j].is_space]
    for n, j in enumerate(words):
        t = ctx.low[j]
        phrase = t if t not in ("at", "no", "need", "needs", "needed") else " ".join(
            ctx.low[k] for k in words[n:n + 3])
        hit = t in _TARGET_WORDS or phrase.startswith(("at least", "no fewer than",
                                                        "no less than", "need to",
                                                        "needs to", "needed to"))
        if not hit or any(r[0] <= j < r[1] for r in regions):
            continue
        if t in _IMPOSED and "local" not in ctx.low[max(clause.start, j - 3):j]:
            return "a target set for every council"
        if j > ctx.qs and t in ("should", "must", "required", "ensure"):
            owners = {ctx.low[k] for k in words if k < j}
        else:
            owners = {ctx.low[k] for k in words if k < max(j, ctx.qs)}
        if not owners & _OWNERS or owners & _NATIONAL_OWNERS:
            return "a target set for every council"
    return None


def _no_state(ctx: _Ctx) -> str | None:
    """A figure that states nothing the council has: a goal talked about, or a part of
    the figure before ("642 people ..., of whom 310 take it as a direct payment"); or
    one named as what is asked for ("the 30% required")."""
    if _named_target(ctx):
        return "a target set for every council"
    if _goal_named(ctx):
        return "a goal named, not a state"
    if _compared_against(ctx):
        return "the figure a comparison sets against another"
    if ctx.unit == "count" and [ctx.low[j] for j in _words_left(ctx, ctx.qs)[:2]] in (
            ["whom", "of"], ["which", "of"], ["these", "of"], ["them", "of"]):
        return "a part of the figure before"
    return None


_GOAL_VERBS = frozenset({"reaching", "achieving", "hitting", "meeting", "attaining",
                         "reach", "achieve", "hit", "meet", "attain"})


def _compared_against(ctx: _Ctx) -> bool:
    """The figure is the benchmark of a comparison, a target noun between ('..., against
    a local aim of 400', 'below the trajectory of 1,200'): what another figure is measured
    against, not what the council has."""
    left = _words_left(ctx, ctx.qs)[:8]  # nearest first
    noun = False
    for j in left:
        t = ctx.low[j]
        if t in _TARGET_NOUNS:
            noun = True
        elif t in _COMPARE:
            return noun
        elif t not in _COMPARE_GAP:
            return False
    return False


def _goal_named(ctx: _Ctx) -> bool:
    """The figure is what a verb opening its clause aims at, the verb with no subject
    ('Reaching 30% in a rural county is rated fairly unlikely', 'To hit 30% we need
    ...'): a goal talked about, not what the council has."""
    left = [ctx.low[j] for j in _words_left(ctx, ctx.qs)]
    if not left or left[0] not in _GOAL_VERBS:
        return False
    rest = left[1:]
    if rest[:1] == ["to"]:
        rest = rest[1:]
    return not rest and (left[0].endswith("ing") or left[1:2] == ["to"])


def _named_target(ctx: _Ctx) -> bool:
    """"the 3 per cent expected by April", "the 30% required": a figure named as what is
    asked for, not what is done."""
    left = [ctx.low[j] for j in _words_left(ctx, ctx.qs)[:1]]
    right = [ctx.low[j] for j in _words_right(ctx, ctx.qe, skip_parens=False)[:1]]
    return left == ["the"] and bool(right) and right[0] in (
        "expected", "required", "needed", "demanded", "set", "asked", "expectation")


def _negated(ctx: _Ctx, kind: FactKind) -> bool:
    """A negation in the figure's own part of the clause: not in an aside after a comma
    that follows the figure ("..., not counting people in residential care"), nor in a
    second predicate joined to the figure's ("supports 6,100 adults and plans to review
    the 3,060 without a budget"). After the figure, "without" describes whom it counts
    ("3,060 without a budget"): a negation only of holding a budget."""
    clause = ctx.clause
    doc = clause.doc
    stop = clause.end
    for j in range(ctx.qe, clause.end):
        if ctx.low[j] in (",", ";", "(", "–", "—"):
            stop = j
            break
        if ctx.low[j] in ("and", "but", "or") and (_verb_follows(ctx, j + 1) or (
                ctx.low[j + 1:j + 2] and ctx.low[j + 1] in _NEW_SUBJECT
                and _verb_follows(ctx, j + 2))):
            stop = j
            break
    holding = kind in (FactKind.PEOPLE_WITH_PERSONAL_BUDGET,
                       FactKind.PERCENT_WITH_PERSONAL_BUDGET)
    return any(s < stop and (s < ctx.qs or holding or doc[s].lower_ != "without")
               for s, _ in clause.cues.get("NEG", ()))


# A clause of its own after "and": "and that number is not going down" (issue 14, p5)
_NEW_SUBJECT = frozenset({"that", "this", "the", "it", "they", "we", "these", "those"})


def _verb_follows(ctx: _Ctx, i: int) -> bool:
    """A verb (or an auxiliary, a modal) within two words from token ``i``: a predicate
    of its own ("and plans to", "and has since been")."""
    from .fact_structure import AUX, MODALS, NOUNISH, VERBS

    doc = ctx.clause.doc
    seen = 0
    for j in range(i, min(ctx.clause.end, i + 4)):
        if doc[j].is_space:
            continue
        t = ctx.low[j]
        if t in AUX or t in MODALS or (t in VERBS and (t not in NOUNISH or ctx.low[
                j + 1:j + 2] == ["to"])):
            return True
        seen += 1
        if seen == 2:
            return False
    return False


def _segment(ctx: _Ctx) -> tuple[int, int]:
    """The figure's part of its clause, between commas (or semicolons, parentheses)."""
    clause = ctx.clause
    start, end = clause.start, clause.end
    for j in range(ctx.qs - 1, clause.start - 1, -1):
        if ctx.low[j] in (",", ";", "(", ")"):
            start = j + 1
            break
    for j in range(ctx.qe, clause.end):
        if ctx.low[j] in (",", ";", "(", ")"):
            end = j
            break
    return start, end


def _offered(ctx: _Ctx) -> bool:
    """Offered, eligible for, waiting for, assessed for a personal budget in the figure's
    part of the clause: not had ("will offer one to every new user, having so far given
    one to around 550 people" gives 550)."""
    clause = ctx.clause
    seg_start, seg_end = _segment(ctx)
    for s, e in clause.cues.get("OFFER", ()):
        if not seg_start <= s < seg_end:
            continue
        if ctx.low[s] in ("offered", "offer", "offering", "offers", "waiting"):
            if any(ps >= e and ps - e <= 4 for ps, _ in clause.cues.get("PB", ())) or (
                    ctx.low[s] == "waiting"):
                return True
            if ctx.low[s] in ("offered",) and s < ctx.qs:
                return True
        elif any(ps >= e and ps - e <= 3 for ps, _ in clause.cues.get("PB", ())):
            if ctx.unit == "percent" and _base_population(ctx, s):
                continue
            return True
    return False


_BASE_WORDS = frozenset({"of", "the", "all", "those", "people", "adults", "users", "service",
                         "clients", "customers", "residents", "who", "are", "were",
                         "currently", "now", "service-users"})


def _base_population(ctx: _Ctx, s: int) -> bool:
    """"34% of people eligible for a personal budget": the eligibility names the population
    the share is of, not what the figure's people were offered."""
    if s <= ctx.qe or ctx.low[s] != "eligible":
        return False
    between = [ctx.low[j] for j in range(ctx.qe, s) if not ctx.clause.doc[j].is_space]
    return between[:1] == ["of"] and all(w in _BASE_WORDS for w in between)


def _purpose_start(ctx: _Ctx) -> int:
    """Where a purpose clause after the figure begins ("... were planned so that people
    could move onto self-directed support"): its "could" is no hypothesis of the figure's
    (the clause's end if there is none)."""
    low = ctx.low
    for j in range(ctx.qe, ctx.clause.end - 1):
        if (low[j], low[j + 1]) in (("so", "that"), ("order", "that")):
            return j
    return ctx.clause.end


# the seats of a board or panel: people who use services sitting on it are no caseload
_SEAT_WORDS = frozenset({"voting", "co-opted", "seat", "seats", "sit", "sits", "sitting",
                         "representatives", "membership"})
_BODIES = frozenset({"board", "panel", "forum", "group", "partnership"})


def _seated(ctx: _Ctx) -> bool:
    """The clause places the people on a body: 'as (full) members', 'sit on the board',
    'voting', 'co-opted' (minutes' 'Members noted that ...' is no seat)."""
    low = [ctx.low[j] for j in range(ctx.clause.start, ctx.clause.end)]
    for n, w in enumerate(low):
        if w in _SEAT_WORDS or (w == "opted" and n and low[n - 1] in ("co", "-")):
            return True
        if w == "as" and {"member", "members"} & set(low[n + 1:n + 4]):
            return True
        if w == "on" and _BODIES & set(low[n + 1:n + 4]):
            return True
    return False


def _blocked(ctx: _Ctx, kind: FactKind) -> str | None:
    """Clause- and neighbour-level reasons a figure is no fact (None: there is none)."""
    clause = ctx.clause
    if clause.question:
        return "a question"
    if _negated(ctx, kind):
        return "negated"
    if any(ctx.low[j] in _HYPOTHESIS for j in range(clause.start, _purpose_start(ctx))):
        return "a hypothesis"
    target = _target(ctx)
    if target is not None:
        return target
    said = _no_state(ctx)
    if said is not None:
        return said
    if kind in (FactKind.PEOPLE_WITH_PERSONAL_BUDGET, FactKind.PERCENT_WITH_PERSONAL_BUDGET,
                FactKind.SERVICE_USERS_TOTAL) and _offered(ctx):
        return "offered, not taken"
    if kind is FactKind.PERCENT_WITH_PERSONAL_BUDGET and _share_of_newcomers(ctx):
        return "a share of new users, not of all"
    if kind is FactKind.SERVICE_USERS_TOTAL and _seated(ctx):
        # "the board includes three people who use services as voting members"
        return "members of a body, not the council's users"
    if ctx.unit == "count" and _per_time(ctx, next((j for j in range(ctx.qe, clause.end)
                                                    if not clause.doc[j].is_space),
                                                   clause.end)):
        return "a rate, not a total"
    left = _strip_quantifier([ctx.low[j] for j in _words_left(ctx, ctx.qs)[:6]])[:3]
    right = [ctx.low[j] for j in _words_right(ctx, ctx.qe, skip_parens=False)[:2]]
    if right and right[0] in _CHANGE_AFTER and not (
            kind is FactKind.REVIEWS_PLANNED and right[0] == "more" and right[1:2] != ["than"]):
        return "a change"  # ("reviewing 2,200 more people": a further 2,200)
    allowed = {"by"} | ({"further", "another"} if kind is FactKind.REVIEWS_PLANNED else set())
    if (set(left[:2]) - allowed - {"over", "under"}) & _BEFORE_BLOCK:
        return "a change or comparison"
    if left[:1] == ["by"] and (len(left) < 2 or left[1] in _CHANGE_VERBS) and not (
            left[1:2] == ["up"] and left[2:3] and left[2] in _PARTICLE_VERBS):
        return "a change"
    if left[:2] == ["to", "up"]:
        return "a bound"
    if "compared" in left or "than" in left:
        return "a comparison"
    return None


_NEWCOMERS = frozenset({"new", "newly", "first-time"})


def _share_of_newcomers(ctx: _Ctx) -> bool:
    """A share of the people new to the service ("four in five new clients now choose a
    direct payment", "60% of those newly assessed"): what newcomers choose, not how many
    of all those eligible hold a budget."""
    right = [ctx.low[j] for j in _words_right(ctx, ctx.qe)[:5]]
    if right[:1] in (["of"], ["in"]):
        right = right[1:]
        if right[:1] == ["the"] or right[:1] == ["our"]:
            right = right[1:]
        if right[:1] in (["those"], ["people"], ["all"]):
            right = right[1:]
    return bool(right) and right[0] in _NEWCOMERS


_COMPARE_BEFORE = (("up", "from"), ("down", "from"), ("from",), ("compared", "with"),
                   ("compared", "to"), ("against",), ("versus",), ("vs",), ("vs.",),
                   ("rising", "from"), ("risen", "from"), ("rose", "from"),
                   ("increased", "from"), ("up", "on"), ("than",),
                   # "more than double the 690 recorded a year before"
                   ("double", "the"), ("twice", "the"), ("treble", "the"),
                   ("triple", "the"), ("half", "the"), ("doubling", "the"),
                   ("doubled", "from"), ("trebled", "from"))


def _compared(ctx: _Ctx) -> bool:
    """The figure is what another figure is compared with: "up from 2,975", "compared
    with 2,890 a year ago", "from 1,964 to 2,310", "against 970 in April"."""
    left = _strip_quantifier([ctx.low[j] for j in _words_left(ctx, ctx.qs)[:6]])
    if left[:1] == ["the"] and left[1:2] in (["from"], ["with"], ["to"]):  # "up from the 690"
        left = left[1:]
    return any(tuple(reversed(left[:len(h)])) == h for h in _COMPARE_BEFORE)


def _range_partner(ctx: _Ctx, quantities: dict[tuple[int, int], Quantity]) -> int | None:
    """The token start of the other end of a range ("between 1,500 and 1,800",
    "3,000-3,500"), if the figure is the first end."""
    right = _words_right(ctx, ctx.qe, skip_parens=False)
    if len(right) > 1 and ctx.low[right[0]] in ("and", "to", "-", "–", "or") and \
            right[1] in ctx.qty_tokens:
        other = next((q for (s, _), q in quantities.items() if s == right[1]), None)
        if other is not None and other.unit == ctx.unit:
            return right[1]
    return None


def _refers_to_figure(ctx: _Ctx, reach: int = 8) -> bool:
    """The figure is said of one before it: "the figure had stood at 19 per cent", "That
    amounts to 2,960 people", "giving a proportion of 29.9 per cent", "its figure of
    43.8pc", "This represents 36% of people eligible ..."."""
    left = _strip_quantifier([ctx.low[j] for j in _words_left(ctx, ctx.qs)[:reach + 4]])
    if left[:1] == ["to"] and left[1:2] and left[1] in ("it", "this", "that") and left[2:3] \
            and left[2] in _RAISE_VERBS:
        return True  # "plans to increase it to 2,900": the figure before, raised
    for n, t in enumerate(left[:reach]):
        if t in REFER_PRONOUNS and (n == 0 or left[n - 1] not in REFER_PRONOUN_VERBS):
            continue  # "this" as a pronoun subject needs its verb: "this is", "that was"
        if t in _ANAPHOR_NOUNS and left[n + 1:n + 2] in (["in"], ["a"], ["an"]):
            continue  # "in total", "a total of": no figure before is meant
        if t in _REFER_SUBJECTS and t in _REFER_VERBS and _other_subject(left[n + 1:]):
            return False  # "savings are expected to reach 2%": not the figure before
        if t in _REFER_SUBJECTS:
            # nothing that names another subject between: "the figure ... was", "the
            # comparable figure at the end of March 2011 was"
            return all(w in _REFER_GAP or w in _REFER_SUBJECTS or w in _MONTH_NAMES
                       or w[:1].isdigit() for w in left[:n])
    return False


_RAISE_VERBS = frozenset({"increase", "increased", "increasing", "raise", "raised", "raising",
                          "grow", "grew", "grown", "growing", "take", "took", "taken",
                          "taking", "bring", "brought", "bringing", "push", "pushed",
                          "lift", "lifted", "double", "doubled"})
_REFER_VERBS = frozenset({"reach", "reached", "reaching", "pass", "top", "hit", "surpass"})
# what may reach a figure that is not the people with a budget, or their share
_OTHER_SUBJECTS = frozenset({"saving", "savings", "spend", "spending", "expenditure", "cost",
                             "costs", "reviews", "overspend", "income"})


def _other_subject(left: list[str]) -> bool:
    """The subject before a verb such as "reach" names another quantity: "Savings from
    the reablement service are expected to reach 2%"."""
    for t in left[:10]:
        if t in _OTHER_SUBJECTS:
            return True
        if t in (".", ";", ":", "and", "but", "while", "whilst", "which", "who"):
            return False
    return False


_REFER_GAP = frozenset({
    "climbed", "increased", "jumped", "dropped", "gone", "moved", "since", "up", "down",
    "end", "start", "beginning", "point", "close", "works", "worked", "out", "comes", "came",
    "translates", "translated", "corresponds", "is", "was", "are", "were", "be", "been",
    "had", "has", "have", "now", "stood", "stands",
    "at", "of", "to", "the", "its", "a", "year", "ago", "earlier", "last", "previous",
    "comparable", "same", "resulting", "equivalent", "amounts", "amounted", "represents",
    "represented", "equates", "equated", "which", "that", "this", "it", "some", "about",
    "around", ",", "then", "when", "would", "will", "reach", "reached", "risen", "rose",
    "fallen", "fell", "grown", "grew", "in", "all", "i.e.", "ie", "or", "just", "only",
    "so", "means", "meant", "meaning", "giving", "gives", "gave", "given", "trebled",
    "doubled", "says", "said", "authority", "council", "figure", "proportion", "number",
    "expected", "expects", "forecast", "projected", "currently", "there", "with",
    "equal", "percentage", "total", "put", "puts", "accounts", "accounted", "for",
    "compared", "compares", "represent", "therefore", "thus", "hence", "exceed", "exceeds",
})


def _read_facts(doc: Doc, pb_before: bool = False) -> list[FactMatch]:
    """Every figure a rule reads, each with its scope; those that are no fact carry the
    reason in ``dropped``. ``pb_before``: a text before this one named a personal budget
    (so "one", "a budget" here may stand for it)."""
    if not doc.user_data.get("ppf_quantities"):
        return []
    return _DocReader(doc, pb_before).read()


class _DocReader:
    """One text's figures: each read by the rules, then the figures that take their kind
    from another (the other end of a range, the figure a comparison is made with, a
    figure said of "the figure" before it)."""

    def __init__(self, doc: Doc, pb_before: bool) -> None:
        self.doc = doc
        self.quantities: dict[tuple[int, int], Quantity] = doc.user_data["ppf_quantities"]
        self.low = [t.lower_ for t in doc]
        self.qty_tokens = {i for s, e in self.quantities for i in range(s, e)}
        self.clauses = _clauses(doc, {s for s, _ in self.quantities})
        self.sents = list(doc.sents)
        self.sent_of: dict[int, int] = {}
        for n, sent in enumerate(self.sents):
            self.sent_of.update(dict.fromkeys(range(sent.start, sent.end), n))
        cues = list(doc.spans.get("ppf_cues", []))
        self.pb_context = pb_before or any(c.label_ == "PB" for c in cues)
        self.cashable = {self.sent_of[c.start] for c in cues if c.label_ == "CASHABLE"}
        # "The expectation is 3% cashable savings. Savings from reablement are expected to
        # reach 2%.": the savings a sentence names after one on cashable savings are those
        self.cashable |= {n for n, sent in enumerate(self.sents) if n - 1 in self.cashable
                          and any(t.lower_ in ("savings", "saving") for t in sent)}
        self.scopes = _Scopes(doc, self.sents, self.clauses)
        self.out: list[FactMatch] = []
        self.ranges: dict[int, int] = {}  # first end of a range -> the other end's start
        self.pending: list[tuple[_Ctx, _Clause, Quantity, str]] = []

    def read(self) -> list[FactMatch]:
        last_people = -2  # the sentence of the last people fact, if the last quantity
        for (qs, qe), q in sorted(self.quantities.items()):
            clause = next((c for c in self.clauses if c.start <= qs and qe <= c.end), None)
            after_people = self.sent_of[qs] - last_people in (0, 1)
            last_people = -2
            if clause is None:
                continue
            ctx = _Ctx(clause, qs, qe, q.unit, q.value, self.low,
                       self.qty_tokens - set(range(qs, qe)), after_people, self.pb_context)
            if self._read_one(ctx, clause, q):
                last_people = self.sent_of[qs]
        for item in self.pending:
            self._resolve(*item)
        self.out.sort(key=lambda m: m.value_start)
        return self.out

    def _read_one(self, ctx: _Ctx, clause: _Clause, q: Quantity) -> bool:
        """Read one figure; True when it is a people fact."""
        partner = _range_partner(ctx, self.quantities)
        if partner is not None:
            self.ranges[ctx.qs] = partner
        kind = next((k for k, rule in _RULES if rule(ctx)), None)
        if kind is FactKind.PERSONAL_BUDGET_SPEND_GBP and spent_on_something_else(ctx):
            kind = None
        if kind is None:
            kind = read_frame(ctx, self.sent_of[ctx.qs] in self.cashable)
        if kind is None:
            why = ("compared" if _compared(ctx) else "refers" if _refers_to_figure(ctx)
                   else "range" if partner is not None else "apposition"
                   if is_apposition(ctx) else "conjunct" if is_conjunct(ctx) else "")
            if why:
                self.pending.append((ctx, clause, q, why))
            return False
        if kind in (FactKind.PERCENT_WITH_PERSONAL_BUDGET,
                    FactKind.CASHABLE_SAVINGS_PERCENT) and not 0 <= q.value <= 100:
            return False
        if kind is FactKind.SERVICE_USERS_TOTAL and q.value < FEWEST_USERS:
            # a council supports hundreds of adults at the least: a handful is a body's
            # make-up ('the board has two people who use services and a carer')
            return False
        blocked = _blocked(ctx, kind)
        if blocked in ("a change or comparison", "a comparison") and _compared(ctx):
            blocked = None  # "went up from 870 to 1,140": what the council had before
        self.out.append(_match(ctx, clause, q, kind, self.scopes, blocked))
        return blocked is None and kind is FactKind.PEOPLE_WITH_PERSONAL_BUDGET

    def _resolve(self, ctx: _Ctx, clause: _Clause, q: Quantity, why: str) -> None:
        doc = self.doc
        kind = None
        if ctx.qs in self.ranges:
            other = next((m for m in self.out if m.value_start >= 0 and _token_at(doc, m)
                          == self.ranges[ctx.qs]), None)
            kind = other.kind if other is not None else None
        if kind is None and why != "range" and (plain_unit(ctx) or (
                why == "compared" and ctx.unit == "gbp")):
            kind = _antecedent(self.out, doc, self.sent_of, ctx, q, why)
        if kind is None and why == "compared" and plain_unit(ctx) and _said_of_figure(
                doc, self.sents[self.sent_of[ctx.qs]]):
            # "The number has risen ..., from 5,600 last April": the figure is the one
            # the text before gave
            why = "refers"
            kind = _antecedent(self.out, doc, self.sent_of, ctx, q, why)
        if kind is None and why == "refers" and q.unit == "count":
            asked = self._question_before(ctx)
            if asked is _UNANSWERED:
                return  # it answers a question about something else: no figure before
            if isinstance(asked, FactKind):
                kind = asked
        if kind is None:
            # "Members noted that this compared with 2,100 in September": said of the
            # figure of the text before, like "the figure was 2,100"
            said_of = why == "refers" or (why == "compared" and _refers_to_figure(ctx, 12))
            if said_of and plain_unit(ctx) and (q.unit == "count" or share_of_users(ctx)) \
                    and not self._other_figure_before(ctx):
                self._refer_outside(ctx, clause, q)
            return
        blocked = _blocked(ctx, kind)
        if blocked in ("a change or comparison", "a comparison", "a range"):
            blocked = None
        self.out.append(_match(ctx, clause, q, kind, self.scopes, blocked))

    def _other_figure_before(self, ctx: _Ctx) -> bool:
        """A figure of its unit but of another kind (a saving, a review count) read just
        before, in its sentence or the one before: "The council has made cashable savings of 1.2%.
        It is aiming for 3%." is said of that one, not of a figure in a text before."""
        here = self.sent_of[ctx.qs]
        return any(m.kind not in (FactKind.PEOPLE_WITH_PERSONAL_BUDGET,
                                  FactKind.PERCENT_WITH_PERSONAL_BUDGET)
                   and _KIND_UNITS[m.kind] == ctx.unit
                   and 0 <= (start := _token_at(self.doc, m)) < ctx.qs
                   and here - self.sent_of[start] <= 1 for m in self.out)

    def _question_before(self, ctx: _Ctx) -> FactKind | object | None:
        """A figure said of "it" or "the figure" just after a question "How many ...?"
        answers the question: its kind is the one the question's words give the figure
        put in place of "how many" ("How many people does the council support? It is
        around 8,000." reads as "the council supports 8,000 people")."""
        here = self.sent_of[ctx.qs]
        for back in range(here - 1, max(here - 3, -1), -1):
            sent = self.sents[back]
            if any(sent.start <= s < sent.end for s, _ in self.quantities):
                return None  # a figure between: the answer is said of that one
            if not sent.text.rstrip().endswith("?"):
                continue
            statement = _as_statement([t.text for t in sent if not t.is_space],
                                      f"{ctx.value:,.0f}")
            if statement is None:
                return _UNANSWERED if sent[:2].text.lower() == "how many" else None
            from .facts import get_nlp  # the pipeline is loaded: this text is read

            matches = _read_facts(get_nlp()(statement), self.pb_context)
            return next((m.kind for m in matches if m.dropped is None
                         and m.value == ctx.value), _UNANSWERED)
        return None

    def _refer_outside(self, ctx: _Ctx, clause: _Clause, q: Quantity) -> None:
        """A figure said of one in the text before: kept with ``refers`` for the caller,
        who knows that text (unless there is another reason it is no fact)."""
        guess = (FactKind.PEOPLE_WITH_PERSONAL_BUDGET if q.unit == "count"
                 else FactKind.PERCENT_WITH_PERSONAL_BUDGET)
        blocked = _blocked(ctx, guess)
        if blocked in ("a change or comparison", "a comparison"):
            blocked = None
        m = _match(ctx, clause, q, guess, self.scopes,
                   blocked or "refers to a figure before it")
        self.out.append(replace(m, refers=blocked is None))


_UNANSWERED = object()  # a question before the figure gives it no kind
_DO = {"do": "", "does": "s", "did": "ed"}


def _as_statement(words: list[str], number: str) -> str | None:
    """The question "How many ...?" said with ``number`` for "how many": "How many people
    have a budget?" -> "1,200 people have a budget."; "How many people does the council
    help?" -> "the council helps 1,200 people."."""
    low = [w.lower() for w in words]
    if low[:2] != ["how", "many"] or low[-1] != "?":
        return None
    rest = words[2:-1]
    aux = next((n for n, w in enumerate(rest) if w.lower() in _DO), None)
    if aux is None:
        return " ".join([number, *rest]) + "."
    if aux + 2 >= len(rest):
        return None
    # the subject is the words up to the first that is no part of it; the verb follows
    subject_end = aux + 1
    while subject_end < len(rest) - 1 and rest[subject_end].lower() in (
            "the", "its", "our", "this", "council", "council's", "county", "city", "borough",
            "authority", "department", "directorate", "service", "services", "adult",
            "social", "care", "we", "you", "they", "it"):
        subject_end += 1
    adverbs = []
    v = subject_end
    while v < len(rest) and rest[v].lower() in ("now", "currently", "actually", "really",
                                                 "still", "already"):
        adverbs.append(rest[v])
        v += 1
    if v >= len(rest) or subject_end == aux + 1:
        return None
    verb = rest[v]
    ending = _DO[rest[aux].lower()]
    subject = rest[aux + 1:subject_end]
    if ending == "s" and subject[-1].lower() in ("we", "you", "they"):
        ending = ""
    if ending == "ed" and verb.endswith("e"):
        ending = "d"
    elif ending == "s" and verb.endswith(("s", "sh", "ch")):
        ending = "es"
    return " ".join([*subject, *adverbs, verb + ending, number, *rest[:aux], *rest[v + 1:]]) + "."


_ANAPHOR_NOUNS = frozenset({"figure", "number", "total", "proportion", "percentage",
                            "share", "level"})


def _said_of_figure(doc: Doc, sent: Span) -> bool:
    """The sentence is said of a figure before it: "The figure has more than trebled",
    "The number has risen", "It has doubled"."""
    words = [t.lower_ for t in sent if not t.is_space and not t.is_punct][:3]
    if not words:
        return False
    if words[0] in ("it", "this", "that"):
        return True
    return words[0] in ("the", "this", "that", "its", "our") and len(words) > 1 and (
        words[1] in _ANAPHOR_NOUNS)


def _plain_unit(ctx: _Ctx) -> bool:
    """A figure that may stand for a share or a count of the people with a budget."""
    if ctx.unit == "percent":
        return 0 < ctx.value <= 100
    if ctx.unit != "count":
        return False
    right = [ctx.low[j] for j in _words_right(ctx, ctx.qe)[:1]]
    return not right or right[0] in _PERSON or right[0] in (",", ".", ";", "in", "at")


def _token_at(doc: Doc, m: FactMatch) -> int:
    span = doc.char_span(m.value_start, m.value_end, alignment_mode="expand")
    return span.start if span is not None else -1


def _antecedent(out: list[FactMatch], doc: Doc, sent_of: dict[int, int], ctx: _Ctx,
                q: Quantity, why: str) -> FactKind | None:
    """The kind a compared or referring figure takes from the fact before it: the last
    fact of its unit in its sentence (a comparison), or in its sentence or the one before
    (a figure said of "the figure")."""
    here = sent_of[ctx.qs]
    units = _KIND_UNITS
    if why in ("refers", "apposition") and q.unit == "percent" and not share_of_users(ctx):
        return None
    # the figure restated is the last one before: another figure between (not a fact of
    # its unit) means the share is of something else ("40 reviews ..., which is 12%")
    starts = doc.user_data.get("ppf_quantities", {})
    previous = [s for s, e in starts if e <= ctx.qs]
    last_q = max(previous) if previous else -1
    facts_at = {_token_at(doc, m) for m in out if m.dropped is None}
    if why in ("refers", "apposition") and last_q >= 0 and last_q not in facts_at:
        return None
    for m in sorted(out, key=lambda m: m.value_start, reverse=True):
        start = _token_at(doc, m)
        if start < 0 or start >= ctx.qs:
            continue
        gap = here - sent_of[start]
        if gap > (1 if why == "refers" or (why == "compared" and _refers_to_figure(ctx, 12))
                  else 0):
            break
        if m.dropped is not None and m.dropped != "a target set for every council":
            continue  # a target's figure still says what is counted
        if units[m.kind] == q.unit and not (why in ("refers", "apposition") and m.kind not in (
                FactKind.PEOPLE_WITH_PERSONAL_BUDGET, FactKind.PERCENT_WITH_PERSONAL_BUDGET)):
            return m.kind
        if why in ("refers", "apposition") and start == last_q and m.kind not in (
                FactKind.PEOPLE_WITH_PERSONAL_BUDGET, FactKind.PERCENT_WITH_PERSONAL_BUDGET):
            return None  # "£13.2m, which is 16% of the budget": a share of the spend
        if why in ("refers", "apposition") and m.kind in (
                FactKind.PEOPLE_WITH_PERSONAL_BUDGET,
                                          FactKind.PERCENT_WITH_PERSONAL_BUDGET):
            return (FactKind.PEOPLE_WITH_PERSONAL_BUDGET if q.unit == "count"
                    else FactKind.PERCENT_WITH_PERSONAL_BUDGET if q.unit == "percent"
                    else None)
    if why == "compared":
        return None
    return None


_KIND_UNITS = {
    FactKind.PEOPLE_WITH_PERSONAL_BUDGET: "count",
    FactKind.PERCENT_WITH_PERSONAL_BUDGET: "percent",
    FactKind.SERVICE_USERS_TOTAL: "count",
    FactKind.REVIEWS_PLANNED: "count",
    FactKind.PERSONAL_BUDGET_SPEND_GBP: "gbp",
    FactKind.CASHABLE_SAVINGS_PERCENT: "percent",
}


def _match(ctx: _Ctx, clause: _Clause, q: Quantity, kind: FactKind, scopes: _Scopes,
           why: str | None) -> FactMatch:
    scope = scopes.of(clause, ctx.qs, ctx.qe)
    start, end = _clause_char_span(clause)
    return FactMatch(kind, q.value, clause.doc.text[start:end], start, end, q.start, q.end,
                     scope.scope, scope.text, why)


class _Scopes:
    """The scope of each clause of a doc (see :mod:`.fact_scope`): the clause's own
    words, else the clause before it in the sentence, else (a sentence that goes on with
    the same source) the sentence before; ``CARRY`` for the first sentence of a text,
    which the caller resolves with the text before it."""

    def __init__(self, doc: Doc, sents: list, clauses: list[_Clause]) -> None:
        self.doc = doc
        self.markers = find_markers(doc)
        self.clauses = clauses
        self.sents = sents
        self._exit: dict[int, Scope] = {}

    def of(self, clause: _Clause, qs: int, qe: int) -> Scope:
        own = clause_scope(self.markers, self.doc, (clause.start, clause.end), (qs, qe))
        if own is not None:
            return own
        return self._before(clause)

    def _before(self, clause: _Clause) -> Scope:
        """The scope a clause with no scope words of its own takes."""
        n = next(k for k, s in enumerate(self.sents) if s.start <= clause.start < s.end)
        sent = self.sents[n]
        prev = [c for c in self.clauses if sent.start <= c.start and c.end <= clause.start]
        for c in reversed(prev):
            words = clause_scope(self.markers, self.doc, (c.start, c.end), (c.end, c.end))
            if words is not None:
                return words
        if not continues_source(self.doc, sent.start, sent.end):
            return DEFAULT
        if n == 0:
            return CARRY
        return self.exit(n - 1)

    def exit(self, n: int) -> Scope:
        """The scope a sentence hands on to one that continues it."""
        if n not in self._exit:
            sent = self.sents[n]
            last = [c for c in self.clauses if sent.start <= c.start and c.end <= sent.end]
            self._exit[n] = self._before(last[-1]) if last else DEFAULT
            if last:
                words = clause_scope(self.markers, self.doc, (last[-1].start, last[-1].end),
                                     (last[-1].end, last[-1].end))
                if words is not None:
                    self._exit[n] = words
        return self._exit[n]


def exit_scope(doc: Doc) -> Scope:
    """The scope the last sentence of ``doc`` hands on to the next text."""
    sents = list(doc.sents)
    if not sents:
        return DEFAULT
    quantities = doc.user_data.get("ppf_quantities", {})
    clauses = _clauses(doc, {s for s, _ in quantities})
    return _Scopes(doc, sents, clauses).exit(len(sents) - 1)
