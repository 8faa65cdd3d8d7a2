"""Fact rules on the clause's structure (:mod:`.fact_structure`): what a figure's noun
phrase counts, and the role it plays.

- people with a personal budget: the figure's people are the subject of a holding verb
  whose object (or "through"/"with" phrase) is a personal budget ("4,310 people now held
  a personal budget", "2,700 people in Barnsley now get their social care through a
  personal budget"), the agent of a passive one ("taken up by 2, 064 people"), the
  receivers of a giving verb ("has given personal budgets to 3,550 people"), or the
  value of "the number of people with a personal budget" ("now stood at 2,385");
- the share: "Q% of <people> <holding one>", "the proportion with a personal budget ...
  reach 32%";
- service users: the people a council supports or provides services to, the people
  "receiving community-based services" a share is taken of, "the total number of service
  users ... was 6,550";
- planned reviews: the object of a review verb, or reviews as the object of a doing or
  planning verb, in a plan or the future ("planned to review around 3,600 care packages",
  "2,640 reviews were scheduled");
- spend: money spent through personal budgets, as subject, object or the value of "spend
  through personal budgets";
- cashable savings: a cashable saving's value.

Each returns the kind, or None; :mod:`.fact_rules` decides the reasons a figure is no fact
and whose it is.
"""

from __future__ import annotations

from ..framework import FactKind
from .fact_clauses import _Ctx
from .fact_structure import Phrase, chunk, phrase_at
from .fact_words import (
    _AFTER_PB_BLOCK,
    GIVE,
    HOLD,
    MOVE,
    PEOPLE_WORDS,
    PLAN_WORDS,
    PROVIDE,
    SERVICE_VERBS,
    SUPPORT,
)

PEOPLE = FactKind.PEOPLE_WITH_PERSONAL_BUDGET
PERCENT = FactKind.PERCENT_WITH_PERSONAL_BUDGET
USERS = FactKind.SERVICE_USERS_TOTAL
REVIEWS = FactKind.REVIEWS_PLANNED
SPEND = FactKind.PERSONAL_BUDGET_SPEND_GBP
SAVINGS = FactKind.CASHABLE_SAVINGS_PERCENT

LINK = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "'s", "stand", "stands", "stood",
    "standing", "reach", "reaches", "reached", "reaching", "rise", "rises", "rose", "risen",
    "rising", "increase", "increases", "increased", "increasing", "grow", "grows", "grew",
    "grown", "growing", "total", "totals", "totalled", "totaled", "totalling", "represent",
    "represents", "represented", "representing", "amount", "amounts", "amounted",
    "amounting", "equate", "equates", "equated", "equating", "mean", "means", "meant",
    "meaning", "equal", "equals", "equalled", "account", "accounts", "accounted", "make",
    "makes", "made", "hit", "hits", "top", "tops", "topped", "climb", "climbs", "climbed",
    "go", "goes", "went", "gone", "going", "come", "comes", "came", "number", "numbers",
    "numbered", "pass", "passed", "treble", "trebled", "double", "doubled", "triple",
    "tripled", "jump", "jumped", "soar", "soared", "remain", "remains", "remained",
    "become", "becomes", "became", "give", "giving", "gives", "gave", "put", "puts",
    "show", "shows", "showed", "shown", "showing", "cover", "covers", "covered", "covering",
})
REVIEW_VERBS = frozenset({"review", "reviews", "reviewed", "reviewing", "reassess",
                          "reassessed", "reassessing", "re-assess", "re-assessed",
                          "re-assessing", "assess", "see", "visit"})
DO_VERBS = frozenset({"complete", "completed", "completing", "carry", "carried",
                      "carrying", "undertake", "undertaken", "undertaking", "conduct",
                      "conducted", "conducting", "do", "done", "hold", "held", "deliver",
                      "delivered", "plan", "plans", "planned", "planning", "schedule",
                      "scheduled", "programme", "programmed", "make", "made", "perform",
                      "performed", "expect", "expects", "expected", "need", "needs",
                      "aim", "aims", "intend", "intends", "start", "begin"})
DONE_WORDS = frozenset({"completed", "carried", "undertaken", "done", "conducted", "held"})
REVIEW_OBJECTS = frozenset({"reviews", "reassessments", "re-assessments", "review",
                            "packages", "package", "cases", "people", "service", "users",
                            "adults", "clients", "customers", "plans", "carers",
                            "assessments", "care", "support"})
SPEND_VERBS = frozenset({"spent", "spend", "spends", "spending", "paid", "pay", "pays",
                         "paying", "channelled", "channeled", "routed", "invested",
                         "distributed"})
SPEND_NOUNS = frozenset({"spend", "spending", "expenditure", "outturn", "value", "cost",
                         "sum", "amount", "money"})
NOT_SPEND_HEADS = frozenset({"budget", "budgets", "grant", "grants", "allocation", "pool",
                             "fund", "funding", "cost", "costs", "saving", "savings",
                             "reserve", "reserves", "overspend", "underspend", "contract",
                             "contracts", "income", "charges", "fees", "salary", "salaries",
                             "bid", "award", "price", "value", "deficit", "gap", "increase",
                             "rise", "cut", "cuts", "reduction"})
SAVE_WORDS = frozenset({"delivered", "deliver", "delivers", "delivering", "achieved",
                        "achieve", "achieves", "achieving", "made", "make", "makes",
                        "realised", "realise", "realized", "realize", "secured", "secure",
                        "identified", "identify", "forecast", "forecasts", "forecasting",
                        "expected", "expect", "expects", "released", "release", "generated",
                        "generate", "produced", "produce", "banked", "show", "showed",
                        "shown", "showing", "projected", "planned", "found", "reached",
                        "reach", "estimated", "anticipated", "predicted", "yield",
                        "yielded", "is", "was", "are", "were", "be", "stood", "stands",
                        "totalled", "amounted", "came"})
SHARE_VERBS = frozenset({"account", "accounts", "accounted", "make", "makes", "made",
                         "represent", "represents", "represented", "cover", "covers",
                         "covered", "reach", "reaches", "reached", "comprise", "comprises"})
# words of a noun phrase that only picks out some of the figure ("every one of its 4,700")
_QUANTIFYING = frozenset({"further", "another", "every", "one", "all", "each", "a", "some"})
TAKE_UP = frozenset({"take-up", "uptake", "take", "coverage", "penetration"})
NUMBER_NOUNS = frozenset({"number", "numbers", "total", "count", "figure", "figures",
                          "tally", "headcount"})
SHARE_NOUNS = frozenset({"proportion", "percentage", "share", "rate", "figure", "level",
                         "take-up", "take", "uptake", "coverage", "penetration"})
ANAPHORS = frozenset({"this", "that", "it", "which", "these", "figure", "number", "total",
                      "proportion", "percentage", "share", "rate", "level", "equivalent"})
SERVICE_WORDS = frozenset({"services", "service", "care", "support", "help", "eligible",
                           "needs", "package", "packages", "social", "community-based",
                           "council-funded", "funded", "ongoing", "long-term"})
PB_ANAPHORS = frozenset({"one", "budget", "budgets"})
_IN_ALL = frozenset({"in", "total", "all", "overall"})
# money moving through personal budgets: "£11m a year now flows through personal budgets"
FLOW_VERBS = frozenset({"flow", "flows", "flowed", "flowing", "go", "goes", "went", "gone",
                        "going", "pass", "passes", "passed", "passing"})
FLOW_PREPS = frozenset({"through", "via", "into", "to", "in"})
# "planning for 2,150 people to have a personal budget"
PLAN_FOR = frozenset({"planning", "plans", "planned", "plan", "aiming", "aims", "aimed",
                      "aim", "hoping", "hopes", "hoped", "budgeting", "budgeted"})
# money committed or put through personal budgets (only with "through", "via")
THROUGH_VERBS = frozenset({"committed", "allocated", "channelled", "channeled", "routed",
                           "put", "spent", "paid"})
# "put the value of its personal budgets at £21m", "estimates its spend ... at £4m"
_VALUE_GAP = frozenset({"of", "through", "on", "via", "its", "their", "the", "our", "all",
                        "'s", "total", "annual"})
VALUE_AT_VERBS = frozenset({"put", "puts", "putting", "estimate", "estimates", "estimated",
                            "estimating", "value", "values", "valued", "place", "places",
                            "placed", "set", "sets"})
PUT_VERBS = frozenset({"put", "puts", "putting", "channel", "channels", "channelling",
                       "route", "routes", "routing", "commit", "commits", "committing"})
THROUGH_PREPS = frozenset({"through", "via"})
TOTAL_VERBS = frozenset({"totalled", "totaled", "total", "totals", "totalling"})
# a subject that is one budget or a kind of budget, not all of them
SINGLE_BUDGET = frozenset({"average", "typical", "mean", "median", "each", "individual",
                           "largest", "smallest", "maximum", "minimum", "her", "his",
                           "my", "your", "one", "a", "an", "every", "weekly"})
# the verbs of a change "from X to Y"
CHANGE_WORDS = frozenset({"risen", "rose", "rise", "rises", "rising", "increased",
                          "increase", "increases", "increasing", "grown", "grew", "grow",
                          "grows", "growing", "fallen", "fell", "fall", "falls", "dropped",
                          "drop", "drops", "gone", "went", "go", "goes", "moved", "move",
                          "climbed", "climb", "jumped", "doubled", "trebled", "tripled",
                          "changed", "reduced", "decreased", "improved"})
WORK_VERBS = frozenset({"work", "works", "worked", "working"})
CLIENT_NOUNS = frozenset({"clients", "customers", "users"})


# the words that may stand between a figure and the holders it counts ("1,200 direct
# payment recipients", "850 older budget holders")
HOLDER_MODIFIERS = frozenset({"budget", "budgets", "payment", "payments", "direct", "personal",
                              "individual", "own", "new", "current", "existing", "active",
                              "older", "younger", "disabled", "adult", "eligible", "carer",
                              "-", "care", "health", "pb", "dp"})
_NOT_MAIN = frozenset({"now", "currently", "already", "also", "still", "just", "not", "n't",
                       "so", "far", "recently", "successfully", "previously", "since", "up",
                       "out", "off"})


def main_verb(vg: Phrase) -> str:
    """The last verb of a verb group ("have now been given" -> "given")."""
    for w in reversed(vg.words):
        if w not in _NOT_MAIN:
            return w
    return vg.words[-1]


class Frame:
    """One clause of a doc read into phrases, with the facts' questions over it."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        clause = ctx.clause
        doc = clause.doc
        pb: set[int] = set()
        for s, e in clause.cues.get("PB", ()):
            pb.update(range(s, e))
        self.pb_tokens = pb
        self.phrases: list[Phrase] = chunk(doc, clause.start, clause.end,
                                           ctx.qty_tokens | set(range(ctx.qs, ctx.qe)),
                                           ctx.low, pb)
        self.q = phrase_at(self.phrases, ctx.qs)

    # -- helpers ---------------------------------------------------------------

    def pb_in(self, p: Phrase | None, anaphor: bool = False) -> bool:
        if p is None:
            return False
        if any(p.start <= i < p.end for i in self.pb_tokens):
            return True
        if anaphor and self.ctx.pb_context:
            return any(w in PB_ANAPHORS for w in p.words)
        return False

    def verb(self, n: int) -> Phrase | None:
        p = self.phrases[n] if 0 <= n < len(self.phrases) else None
        return p if p is not None and p.kind == "VG" else None

    def next_verb(self, n: int, skip_pp: bool = True) -> int | None:
        """The verb group after phrase ``n``, past modifiers of the noun phrase (places,
        "of" phrases, adverbs, a parenthesis)."""
        depth = 0
        skip_rel = in_rel = False
        # inside an aside already if an odd number of dashes stand before
        aside = sum(1 for p in self.phrases[:n + 1]
                    if p.kind == "PUNCT" and p.words[0] in ("–", "—")) % 2 == 1
        for k in range(n + 1, len(self.phrases)):
            p = self.phrases[k]
            if p.kind == "PUNCT" and p.words[0] == "(":
                depth += 1
                continue
            if p.kind == "PUNCT" and p.words[0] == ")":
                depth -= 1
                continue
            if p.kind == "PUNCT" and p.words[0] in ("–", "—"):
                # "some 2,240 people – a fifth – now have ...": an aside between dashes,
                # or the dash that closes the one the figure stands in ("a fifth – some
                # 2,240 people – now have ...")
                aside = not aside
                continue
            if aside:
                continue
            if depth > 0:
                continue
            if p.kind == "REL" and p.words[0] in ("who", "which", "that"):
                skip_rel = True  # "people who use services now have ...": past its verb
                continue
            if p.kind == "VG" and skip_pp and self._joined_to_population(k):
                continue
            if p.kind == "VG":
                if skip_rel:
                    skip_rel, in_rel = False, True
                    continue
                return k
            if in_rel and p.kind in ("NP", "PP"):
                continue  # the relative clause's object
            if p.kind in ("PP", "ADV", "P") and skip_pp:
                continue
            if skip_pp and self._joined_to_population(k):
                continue  # "service users and carers", "community-based services"
            if p.kind == "NP" and (all(w in ("now", "currently") for w in p.words) or (
                    p.words[0] in ("a", "each", "every", "per", "this", "last", "next")
                    and set(p.words[1:]) <= {"year", "month", "week", "quarter", "now",
                                             "currently"} and len(p.words) > 1)):
                continue  # "now", "a year", "a year now"
            return None
        return None

    def prev_verb(self, n: int) -> int | None:
        for k in range(n - 1, -1, -1):
            p = self.phrases[k]
            if p.kind == "VG":
                return k
            if p.kind in ("PUNCT",) and p.words[0] in (",", ";"):
                return None
        return None

    def after(self, n: int, stop_comma: bool = True) -> list[Phrase]:
        out = []
        for p in self.phrases[n + 1:]:
            if stop_comma and p.kind == "PUNCT" and p.words[0] in (",", ";", "(", ")"):
                break
            out.append(p)
        return out

    def before(self, n: int) -> list[Phrase]:
        out = []
        for p in reversed(self.phrases[:n]):
            if p.kind == "PUNCT" and p.words[0] in (",", ";"):
                break
            out.append(p)
        return list(reversed(out))

    def q_words_after(self) -> list[str]:
        """The words of the figure's own noun phrase after the figure."""
        if self.q is None:
            return []
        p = self.phrases[self.q]
        qe = self.ctx.qe
        if p.kind == "PP" and p.np is not None:
            p = p.np
        doc = self.ctx.clause.doc
        return [self.ctx.low[i] for i in range(qe, p.end)
                if not (doc[i].is_space or doc[i].is_quote)]

    def people_np(self) -> bool:
        """Does the figure count people ("2,064 people", "1,140 Camden residents", the
        people of "Q% of eligible adults")?"""
        words = self.q_words_after()
        if any(w in PEOPLE_WORDS for w in words):
            return True
        pop = self.of_phrase()
        return pop is not None and any(w in PEOPLE_WORDS for w in pop.words)

    def _joined_to_population(self, k: int) -> bool:
        """Phrase ``k`` goes on with the noun phrase before it: "and carers" after "of
        eligible service users", "based services" after "community-" (a compound the
        tokenizer cut at its hyphen)."""
        p = self.phrases[k]
        prev = self.phrases[k - 1] if k > 0 else None
        if p.kind == "CONJ" and p.words[0] in ("and", "or") and k + 1 < len(self.phrases):
            nxt = self.phrases[k + 1]
            return nxt.kind == "NP" and set(nxt.words) <= PEOPLE_WORDS | {
                "their", "and", "eligible", "older", "disabled", "young"}
        if prev is not None and prev.kind == "PUNCT" and prev.words[0] in (
                "-", "–") and k >= 2 and self.phrases[k - 2].kind in ("NP", "PP"):
            # ("council-funded care": "funded" is no verb of the clause)
            doc = self.ctx.clause.doc
            return not doc[prev.start - 1].whitespace_ and not doc[prev.start].whitespace_
        if p.kind == "NP" and prev is not None and prev.kind == "CONJ":
            return self._joined_to_population(k - 1)  # the people joined on
        if p.kind == "PUNCT" and p.words[0] == "-" and k + 1 < len(self.phrases):
            doc = self.ctx.clause.doc
            return not doc[p.start - 1].whitespace_ and not doc[p.start].whitespace_
        return False

    def of_phrase(self) -> Phrase | None:
        """The "of" phrase after the figure: the population of "45% of service users"."""
        if self.q is None:
            return None
        n = self.q + 1
        if n < len(self.phrases) and self.phrases[n].kind == "PUNCT" and \
                self.phrases[n].words[0] == ")":
            n += 1  # "a quarter (26%) of eligible users"
        if n < len(self.phrases) and self.phrases[n].kind == "PP" and \
                self.phrases[n].prep in ("of", "out of"):
            return self.phrases[n]
        return None

    def holds_pb(self, k: int) -> bool:
        """Verb group ``k`` holds a personal budget: a holding verb with a personal budget
        after it (its object, or "through"/"with"/"via" one); "be" with "on"/"in
        receipt of" one."""
        vg = self.verb(k)
        if vg is None:
            return False
        rest = self.after(k)
        if any(w in HOLD for w in vg.words):
            for n, p in enumerate(rest[:7]):
                if self.pb_in(p, anaphor=True) or self._this_way(rest, n):
                    # "had their personal budget reviewed": what was done to it
                    nxt = rest[n + 1] if n + 1 < len(rest) else None
                    return not (nxt is not None and nxt.kind == "VG" and set(nxt.words) & (
                        _AFTER_PB_BLOCK))
                if p.kind == "VG" and not (n and rest[n - 1].kind == "CONJ" and (
                        main_verb(p) in HOLD)):
                    return False  # (a second holding verb joined to the first goes on:
                    # "are now choosing and arranging their own care through a ...")
            return False
        if vg.words[-1] in ("is", "are", "was", "were", "be", "been", "being", "now"):
            for p in rest[:3]:
                # "on", "in receipt of", "in control of", "in charge of", "with"
                if p.kind == "PP" and p.prep.split()[0] in ("on", "in", "with", "using") and \
                        self.pb_in(p, anaphor=True):
                    return True
        if any(w in GIVE for w in vg.words) and any(w in ("been", "being", "be", "were",
                                                          "was", "are", "is", "had", "have",
                                                          "has") for w in vg.words):
            for p in rest[:4]:  # "had been given a personal budget"
                if self.pb_in(p, anaphor=True):
                    return True
        return False

    def _this_way(self, rest: list[Phrase], n: int) -> bool:
        """"receiving their support this way" in a text about personal budgets: the way
        named before, after a holding verb's object that is the person's care or
        support."""
        p = rest[n]
        if not self.ctx.pb_context or p.kind not in ("NP", "PP") or "way" not in p.words \
                or not set(p.words) & {"this", "that"} or n == 0:
            return False
        obj = rest[n - 1]
        return obj.kind == "NP" and bool(set(obj.words) & {"support", "care", "services",
                                                           "help"})

    def existential(self, n: int) -> bool:
        """Phrase ``n`` is the subject of "there is/are/were ...": "At 31 May there were
        2,738 people ..."."""
        if n < 2 or self.phrases[n - 1].kind != "VG" or self.phrases[n - 2].kind != "EX":
            return False
        return main_verb(self.phrases[n - 1]) in ("is", "are", "was", "were", "be", "been")

    def modal(self, phrases: list[Phrase]) -> bool:
        return any(w in PLAN_WORDS for p in phrases for w in p.words)

    # -- the rules -------------------------------------------------------------

    def people(self) -> bool:
        if self.q is None or self.ctx.unit != "count":
            return False
        qp = self.phrases[self.q]
        words = self.q_words_after()
        person = any(w in PEOPLE_WORDS for w in words) or (
            not words and self.next_verb(self.q) is not None)
        if any(w in ("holders", "holder", "recipients") for w in words) and (
                self.pb_in(qp) or self.ctx.pb_context) and qp.kind == "NP":
            # the holders are what is counted ("2,340 personal budget holders"), not a
            # modifier of another noun ("7 referrals involving personal budget holders")
            return self.holders_head() and self.subject_ok()
        if qp.kind == "NP" and person and self.existential(self.q) and self._with_pb():
            return True
        if qp.kind == "NP" and person:
            # subject of a holding verb
            k = self.next_verb(self.q)
            if k is not None and self.holds_pb(k):
                vg = self.phrases[k]
                if len(vg.words) == 1 and vg.words[0].endswith("ing"):
                    # "300 people receiving direct payments employ ...": a modifier of a
                    # subject whose own verb says something else of them
                    later = next((n for n in range(k + 1, len(self.phrases))
                                  if self.phrases[n].kind == "VG"), None)
                    if later is not None and not set(self.phrases[later].words) & (
                            LINK | HOLD):
                        return False
                return True
        if qp.kind == "NP" and self.q > 0 and self.phrases[self.q - 1].kind == "VG" and \
                self._object_given(qp, person):
            return True
        if qp.kind == "PP" and person:
            k = self.prev_verb(self.q)
            pvg = self.verb(k) if k is not None else None
            if pvg is None or k is None:
                return False
            vg = pvg
            subject = self.before(k)
            if qp.prep == "by" and any(w in HOLD for w in vg.words):
                return any(self.pb_in(p, anaphor=True) for p in subject) or self.pb_in(
                    self.phrases[k - 1] if k else None)
            if qp.prep == "for" and main_verb(vg) in PLAN_FOR and k == self.q - 1:
                # "the council is planning for 2,150 people to have a personal budget"
                rest = self.after(self.q)
                return len(rest) >= 2 and rest[0].kind == "P" and rest[0].words == ["to"] \
                    and rest[1].kind == "VG" and self.holds_pb(self.q + 2)
            if qp.prep in ("to", "for") and any(w in GIVE for w in vg.words):
                between = self.phrases[k + 1:self.q]
                return any(self.pb_in(p, anaphor=True) for p in between + subject)
        return False

    def _with_pb(self) -> bool:
        """"there were 2,738 people in Lincolnshire with a personal budget": the people
        with one (past places and times)."""
        assert self.q is not None
        for p in self.after(self.q)[:4]:
            if p.kind != "PP":
                break
            if p.prep.split()[0] in ("with", "on", "in", "using", "holding") and \
                    self.pb_in(p, anaphor=True):
                return True
        return False

    def _object_given(self, qp: Phrase, person: bool) -> bool:
        """The figure is the object of the verb before it: "has moved 2,480 people onto
        personal budgets", "has given 3,550 people a personal budget", "has issued 960
        personal budgets" (a budget each)."""
        assert self.q is not None
        vg = self.phrases[self.q - 1]
        nxt = self.phrases[self.q + 1] if self.q + 1 < len(self.phrases) else None
        if person and nxt is not None and set(vg.words) & (GIVE | MOVE) and (
                (nxt.kind == "PP" and nxt.prep in ("onto", "on to", "on", "into", "to")
                 and self.pb_in(nxt)) or (nxt.kind == "NP" and self.pb_in(nxt))):
            return True
        return not person and bool(set(vg.words) & GIVE) and any(
            self.ctx.low[i].endswith("s") for i in self.pb_tokens if qp.start <= i < qp.end)

    def _budget_holders(self, p: Phrase) -> bool:
        """"budget holders" in a text that named a personal budget: its holders."""
        return p.has("holders", "holder") and self.pb_in(p, anaphor=True)

    def holders_number(self) -> bool:
        """"Personal budget holders now number 2,340", "direct payment recipients total
        812": the value of the holders themselves."""
        if self.q is None:
            return False
        k = self.prev_verb(self.q)
        if k is None or not set(self.phrases[k].words) & LINK:
            return False
        if any(p.kind == "NP" for p in self.phrases[k + 1:self.q]):
            return False
        subject = self.before(k)
        return bool(subject) and subject[-1].kind == "NP" and subject[-1].has(
            "holders", "recipients") and (self.pb_in(subject[-1])
                                          or self._budget_holders(subject[-1]))

    def subject_ok(self) -> bool:
        """The figure's verb (its main verb, not an auxiliary: "have seen their
        allocation cut" says something else of the holders) is one of holding or
        linking."""
        k = self.next_verb(self.q) if self.q is not None else None
        return k is None or main_verb(self.phrases[k]) in LINK | HOLD

    def holders_head(self) -> bool:
        """The figure counts the holders: every word between it and "holders" is a word
        of the personal budget or of the people who hold one."""
        low, doc = self.ctx.low, self.ctx.clause.doc
        for i in range(self.ctx.qe, self.ctx.clause.end):
            if doc[i].is_space:
                continue
            if low[i] in ("holders", "holder", "recipients"):
                return True
            if i not in self.pb_tokens and low[i] not in HOLDER_MODIFIERS:
                return False
        return False

    def value_of(self, nouns: frozenset[str], pb: bool) -> bool:
        """The figure is the value of a "number of ..."/"proportion ..." subject: "the
        number of people with a personal budget now stood at 2,385"."""
        if self.q is None:
            return False
        k = self.prev_verb(self.q)
        if k is None:
            return False
        vg = self.phrases[k]
        if not any(w in LINK for w in vg.words):
            return False
        between = self.phrases[k + 1:self.q]
        if any(p.kind == "NP" and not p.has("now") for p in between):
            return False
        subject = self.before(k)
        heads = {w for p in subject for w in p.words}
        if not heads & nouns:
            return False
        if pb and not self._counts_people(subject, nouns):
            return False  # "the number of complaints about personal budgets"
        if pb and heads & TAKE_UP and self.ctx.pb_context:
            return True  # "Take-up has risen to 38 per cent": of personal budgets
        return any(self.pb_in(p) or self._budget_holders(p) for p in subject) == pb

    def _counts_people(self, subject: list[Phrase], nouns: frozenset[str]) -> bool:
        """"The number of (eligible) people with ...", "the proportion with a personal
        budget", "the number of personal budgets": what is counted is people or budgets."""
        words: list[tuple[str, bool]] = []
        for p in subject:
            for i in range(p.start, p.end):
                if not self.ctx.clause.doc[i].is_space:
                    words.append((self.ctx.low[i], i in self.pb_tokens))
        at = next((n for n, (w, _) in enumerate(words) if w in nouns), None)
        if at is None:
            return False
        if words[at][0] in TAKE_UP or (words[at][0] == "take" and words[at + 1:at + 3] and
                                        words[at + 2:at + 3] == [("up", False)]):
            return True
        for n, (w, is_pb) in enumerate(words[at + 1:]):
            if is_pb or w in PEOPLE_WORDS:
                return True
            if w == "budget" and self.ctx.pb_context and words[at + n + 2:at + n + 3] in (
                    [("holders", False)], [("holder", False)]):
                return True  # "the number of budget holders", a personal budget named
            if w in ("of", "the", "all", "our", "eligible", "adults'", "older", "younger",
                     "disabled", "new", "existing", "current", "with", "holding", "on",
                     "receiving", "using", "who", "that", "have", "hold", "-", "up",
                     "take", "in", "receipt"):
                continue
            return False
        return True

    def percent(self) -> bool:
        if self.q is None or self.ctx.unit != "percent":
            return False
        qp = self.phrases[self.q]
        pop = self.of_phrase()
        if pop is not None and set(pop.words) & {"holders", "holder", "recipients"}:
            return False  # a share of those who have one already
        if pop is not None and any(w in PEOPLE_WORDS | {"eligible"} for w in pop.words):
            # "45% of service users there are on personal budgets"
            k = self.next_verb(self.q + 1)
            if k is not None and self.holds_pb(k):
                return True
            # "a figure of 43.8pc of people on personal budgets": the people on them, with no
            # verb of their own ("60 per cent of people on personal budgets are over 65"
            # says something else of them)
            rest = self.after(self.q + 1)
            for n, p in enumerate(rest[:3]):
                if p.kind == "PP" and p.prep in ("on", "with", "in") and self.pb_in(p):
                    later = [r for r in rest[n + 1:] if r.kind == "VG"]
                    prev = self.phrases[self.q - 1] if self.q > 0 else None
                    stated = qp.kind == "PP" or (prev is not None and prev.kind == "VG" and
                                                 bool(set(prev.words) & LINK))
                    return stated or not later
        if qp.kind in ("NP", "PP") and pop is None:
            # "six in ten eligible people to hold a personal budget"
            words = self.q_words_after()
            if any(w in PEOPLE_WORDS | {"eligible"} for w in words) or not words:
                k = self.next_verb(self.q)
                if k is not None and self.holds_pb(k):
                    return True
        # "Personal budgets now account for 31 per cent of people receiving care"
        if pop is not None and any(w in PEOPLE_WORDS | {"eligible"} for w in pop.words):
            k = self.prev_verb(self.q)
            if k is not None and set(self.phrases[k].words) & SHARE_VERBS:
                between = self.phrases[k + 1:self.q]
                subject = self.before(k)
                if all(p.kind in ("P", "ADV") for p in between) and any(
                        self.pb_in(p) or p.has("holders", "recipients") for p in subject):
                    return True
        return self.value_of(SHARE_NOUNS, pb=True)

    def service_users(self) -> bool:
        if self.q is None or self.ctx.unit != "count":
            return False
        qp = self.phrases[self.q]
        words = self.q_words_after()
        person = any(w in PEOPLE_WORDS for w in words)
        # "supports 8,720 adults", "providing care and support to approximately 11,800
        # adults", "is currently supporting 6,140 people"
        k = self.prev_verb(self.q)
        if k is not None and person:
            vg = self.phrases[k]
            # (an adverbial may stand between: "supports in total approximately 15,100")
            adverbial = all(p.kind == "ADV" or (p.kind == "PP" and set(p.words) <= _IN_ALL)
                            for p in self.phrases[k + 1:self.q])
            if qp.kind == "NP" and adverbial and any(w in SUPPORT for w in vg.words):
                nxt = self.phrases[self.q + 1] if self.q + 1 < len(self.phrases) else None
                if nxt is not None and (nxt.kind == "VG" or (nxt.kind in ("PP", "P") and (
                        nxt.prep in ("into", "to", "through", "back", "out", "from", "via",
                                     "under", "onto")))):
                    return False  # "supported 40 people into employment"
                return self._whole_council(k)
            # "the department worked with a little over 5,800 clients in the community":
            # the council's clients (not people it worked with on something else)
            if qp.kind == "PP" and qp.prep == "with" and k == self.q - 1 and main_verb(
                    vg) in WORK_VERBS and (set(words) & CLIENT_NOUNS or self._served(self.q)):
                return self._whole_council(k)
            if qp.kind == "PP" and qp.prep in ("to", "for") and any(
                    w in PROVIDE | SUPPORT for w in vg.words):
                between = self.phrases[k + 1:self.q]
                if any(w in SERVICE_WORDS for p in between for w in p.words) or not between:
                    return self._whole_council(k)
        # "of the 20,150 adults receiving community-based services", "out of 12,080 who
        # rely on council-funded care", "the 8,870 adults the council helps"
        # a figure with no noun only before "who": "out of 12,080 who rely on ..."
        nxt = self.phrases[self.q + 1] if self.q + 1 < len(self.phrases) else None
        who = not words and nxt is not None and nxt.kind == "REL" and nxt.words[0] == "who"
        if qp.kind == "PP" and qp.prep in ("of", "out of") and (person or who):
            return self._served(self.q)
        if qp.kind == "NP" and (person or who) and self.q > 0:
            prev = self.phrases[self.q - 1]
            if prev.kind == "P" and prev.prep in ("of", "out of"):
                return self._served(self.q)
        # "The total number of service users in the community was 6,550"
        if self.value_of(NUMBER_NOUNS, pb=False):
            k = self.prev_verb(self.q)
            subject = self.before(k) if k is not None else []
            said = {w for p in subject for w in p.words}
            return bool(said & PEOPLE_WORDS) and bool(said & SERVICE_WORDS)
        return False

    def _whole_council(self, k: int) -> bool:
        """The subject of verb group ``k`` is the council, not one of its services."""
        from .fact_rules import _SU_PART_SUBJECTS

        subject = self.before(k)
        for p in reversed(subject):
            if p.kind == "NP":
                return p.words[-1] not in _SU_PART_SUBJECTS or (
                    p.words[-1] == "service" and "social" in p.words)
        return True

    def _served(self, n: int) -> bool:
        """The people of phrase ``n`` are described as receiving services or support."""
        qp = self.phrases[n]
        words = [w for w in (qp.np.words if qp.np else qp.words)]
        if {"service", "users"} <= set(words) or "clients" in words:
            return True
        rest = self.after(n)
        # the words after the figure in its own phrase: "the 7,340 people eligible"
        inner = qp.np if qp.kind == "PP" and qp.np is not None else qp
        after_q = [self.ctx.low[i] for i in range(inner.start, inner.end)
                   if i >= self.ctx.qe and not self.ctx.clause.doc[i].is_space]
        seen_verb = bool(set(after_q) & SERVICE_VERBS)
        for p in rest[:6]:
            ws = set(p.words)
            if ws & SERVICE_VERBS:
                seen_verb = True
            if seen_verb and ws & SERVICE_WORDS:
                return True
            if p.kind == "VG" and ws & (SUPPORT | {"rely", "relies"}):
                return True
        return False

    def reviews(self) -> bool:
        if self.q is None or self.ctx.unit != "count" or not self.ctx.clause.has("REVIEW"):
            return False
        qp = self.phrases[self.q]
        words = self.q_words_after()
        # the verb before the figure: "planned to review around 3,600 care packages",
        # "would carry out in excess of 12,000 reviews", "plans between 3,000 and ..."
        k = self.prev_verb(self.q)
        if k is not None and qp.kind in ("NP", "PP") and self._reviewed_by(k, words):
            return True
        # "2,640 reviews were scheduled", "1,600 reviews would be completed"
        if qp.kind == "NP" and set(words) & {"reviews", "reassessments", "re-assessments"}:
            k = self.next_verb(self.q)
            if k is not None:
                vg = self.phrases[k]
                ws = set(vg.words)
                if ws & {"planned", "scheduled", "programmed", "due", "expected", "proposed"}:
                    return True
                if ws & (DONE_WORDS | {"complete", "carry", "undertake"}) and ws & {
                        "will", "would", "shall", "'ll"}:
                    return True
        return False

    def _reviewed_by(self, k: int, words: list[str]) -> bool:
        """Verb group ``k`` plans to review the figure's people or packages, or to carry
        out the figure's reviews."""
        if self.q is None:
            return False
        vg = self.phrases[k]
        chain = self.before(k) + [vg]
        between = self.phrases[k + 1:self.q]
        if any(p.kind == "NP" and not set(p.words) <= _QUANTIFYING for p in between):
            return False  # another object stands between
        if any(w in REVIEW_VERBS for w in vg.words):
            obj = words + [w for p in self.after(self.q)[:2] for w in p.words]
            if (set(obj) & REVIEW_OBJECTS or not words) and self.modal(chain):
                return not set(vg.words) & DONE_WORDS or self.modal([vg])
            return False
        if not any(w in DO_VERBS for w in vg.words):
            return False
        of = self.after(self.q)[:1]
        if of and of[0].kind == "PP" and of[0].prep == "of" and not set(
                of[0].words) & (PEOPLE_WORDS | REVIEW_OBJECTS - {"care"}):
            return False  # "40 reviews of residential care homes"
        if set(words) & {"reviews", "reassessments", "re-assessments"} and self.modal(chain):
            return not (set(vg.words) & DONE_WORDS and not self.modal(chain[:-1])
                        and not (set(vg.words) & {"will", "would", "to"}))
        return False

    def spend(self) -> bool:
        if self.q is None or self.ctx.unit != "gbp":
            return False
        # a personal budget named here, or budget holders in a text about them
        clause_pb = self.ctx.clause.has("PB") or (self.ctx.pb_context and any(
            w in ("holders", "recipients") for w in self.ctx.low[self.ctx.clause.start:
                                                                self.ctx.clause.end]))
        if not clause_pb:
            return False
        qp = self.phrases[self.q]
        if self._put_through_budgets() or self._valued_at(qp):
            return True
        if self._other_money(qp):
            return False
        if any(w in ("each", "per", "average", "week", "weekly") for w in
               self.q_words_after() + [w for p in self.after(self.q)[:2] for w in p.words]):
            return False
        # "£31.8m was now being spent through personal budgets", "£9.6m a year"
        k = self.next_verb(self.q)
        if k is not None and any(w in SPEND_VERBS for w in self.phrases[k].words):
            return self._spent_on_budgets(self.after(k))
        # "in excess of £11m a year now flows through personal budgets", "more than £16m
        # of the council's spending ... now goes through personal budgets"
        if k is not None and main_verb(self.phrases[k]) in FLOW_VERBS:
            return self._spent_on_budgets(self.after(k), FLOW_PREPS)
        # "Personal budgets are now worth £68.4m a year": the budgets' total worth
        if self._worth(qp):
            return True
        # "personal budgets now account for £24.5m of annual spending on care"
        k = self.prev_verb(self.q)
        if k is not None and main_verb(self.phrases[k]) in SHARE_VERBS and (
                qp.kind == "NP" or (qp.kind == "PP" and qp.prep == "for")) and not any(
                p.kind == "NP" for p in self.phrases[k + 1:self.q]) and self._budgets_subject(k):
            return True
        # "expects to spend £11.4m through personal budgets", "pays out £1.3 million"
        k = self.prev_verb(self.q)
        if k is not None and any(w in SPEND_VERBS for w in self.phrases[k].words) and \
                k == self.q - 1:
            return self._spent_on_budgets(self.after(self.q))
        # "The projected full-year spend through personal budgets is £13.2m", "total
        # spending on personal budgets had risen, from £11.4m last year to £12.9m"
        k = self.link_before(self.q)
        if k is not None and any(w in LINK | {"projected", "forecast", "estimated",
                                              "expected", "budgeted"}
                                 for w in self.phrases[k].words):
            subject = self.before(k)
            words = {w for p in subject for w in p.words}
            if words & SPEND_NOUNS and any(self.pb_in(p) for p in subject) and not (
                    words & {"average", "typical", "mean", "median", "each", "individual",
                             "weekly", "maximum", "minimum", "largest", "smallest"}):
                between = self.phrases[k + 1:self.q]
                return not any(p.kind == "NP" for p in between)
        return False

    def _other_money(self, qp: Phrase) -> bool:
        """Money that is a budget, a grant, a cost: "a budget of £88m", "£2m grant", "£2.3m
        of the Social Care Reform Grant"."""
        q = self.q
        if q is None:
            return True
        if q > 0:
            prev = self.phrases[q - 1]
            if qp.kind == "PP" and qp.prep == "of" and prev.kind in ("NP", "PP") and (
                    set(prev.words) & NOT_SPEND_HEADS):
                return True
        if set(self.q_words_after()) & NOT_SPEND_HEADS:
            return True
        nxt = self.phrases[q + 1] if q + 1 < len(self.phrases) else None
        return nxt is not None and nxt.kind == "PP" and nxt.prep == "of" and bool(
            set(nxt.words) & NOT_SPEND_HEADS)

    def _put_through_budgets(self) -> bool:
        """Money committed, allocated or put through personal budgets: "£4.1m had been
        committed through personal budgets", "£3.3m of the care budget is now allocated
        via personal budgets", "we are putting £6m a year through personal budgets" (the
        money the budgets carry, whatever it was part of before)."""
        q = self.q
        if q is None or any(w in SINGLE_BUDGET | {"per", "week", "weekly"}
                            for w in self.q_words_after()):
            return False
        k = self.next_verb(q)
        if k is not None and main_verb(self.phrases[k]) in THROUGH_VERBS:
            between = self.phrases[q + 1:k]
            # the figure is the verb's subject ("£3.3m of the care budget is committed")
            if all(p.kind in ("PP", "ADV") for p in between):
                return self._spent_on_budgets(self.after(k), THROUGH_PREPS)
        k = self.prev_verb(q)
        if k is None or k != q - 1:
            return False
        if main_verb(self.phrases[k]) in PUT_VERBS:
            return self._spent_on_budgets(self.after(q), THROUGH_PREPS)
        # "personal budgets currently totalled around £850k a year"
        return main_verb(self.phrases[k]) in TOTAL_VERBS and self._budgets_subject(k)

    def _valued_at(self, qp: Phrase) -> bool:
        """The money the budgets' value or spend is put at: "Croydon put the value of its
        personal budgets at £21m", "the council estimates spending through personal
        budgets at £4.2m a year" (the object names the spend and the budgets, then "at")."""
        q = self.q
        if q is None or qp.kind != "PP" or qp.prep != "at":
            return False
        k = self.prev_verb(q)
        if k is None or main_verb(self.phrases[k]) not in VALUE_AT_VERBS:
            return False
        between = self.phrases[k + 1:q]
        words = {w for p in between for w in p.words}
        if not between or words & (SINGLE_BUDGET - {"a", "an"}):
            return False
        low = self.ctx.low
        start, end = between[0].start, between[-1].end
        pb = [i for i in self.pb_tokens if start <= i < end]
        for i in range(start, end):
            if low[i] not in SPEND_NOUNS - {"cost"}:
                continue
            # the budgets named just after the spend noun: "the value of its personal
            # budgets", "spending through personal budgets", not "the cost of setting up"
            gap = [low[j] for j in range(i + 1, min(pb, default=i) if pb else i)
                   if not self.ctx.clause.doc[j].is_space]
            if pb and min(pb) > i and len(gap) <= 3 and all(w in _VALUE_GAP for w in gap):
                return True
        return False

    def _spent_on_budgets(self, rest: list[Phrase],
                          preps: frozenset[str] | None = None) -> bool:
        """What the money went on is the budgets themselves, named first after the verb
        (past a time phrase): "through personal budgets", "on direct payments", "to
        personal budget holders", not "on setting up personal budgets" or "on training
        staff to support personal budgets"."""
        for p in rest[:4]:
            if p.kind == "ADV" or (p.kind in ("NP", "PP") and _is_time(p)):
                continue
            if p.kind == "PP":
                if preps is not None and p.prep not in preps:
                    return False
                return self.pb_in(p.np) or bool(p.np and p.np.has("holders", "recipients"))
            return False
        return False

    def _budgets_subject(self, k: int) -> bool:
        """The subject of verb group ``k`` is personal budgets, all of them: the plural
        cue is its head noun ("personal budgets currently committed"), not one person's
        budget ("her personal budget") nor a kind of budget ("the average personal
        budget")."""
        subject = [p for p in self.before(k) if p.kind == "NP" and not self._item_mark(p)]
        if not subject or not self.pb_in(subject[0]):
            return False
        words = set(subject[0].words)
        if words & SINGLE_BUDGET:
            return False
        cue = [i for i in self.pb_tokens if subject[0].start <= i < subject[0].end]
        return self.ctx.low[max(cue)].endswith("s")

    def _item_mark(self, p: Phrase) -> bool:
        """A list item's mark in parentheses ("(h)", "(iv)") before the subject."""
        n = self.phrases.index(p)
        return 0 < n < len(self.phrases) - 1 and len(p.words) == 1 and len(p.words[0]) <= 4 \
            and self.phrases[n - 1].words[:1] == ["("] and self.phrases[n + 1].words[:1] == [")"]

    def _worth(self, qp: Phrase) -> bool:
        """"Personal budgets (currently committed) were worth roughly £4.7m a year"."""
        if self.q is None:
            return False
        inner = qp.np if qp.kind == "PP" and qp.np is not None else qp
        before = [self.ctx.low[i] for i in range(inner.start, self.ctx.qs)
                  if not self.ctx.clause.doc[i].is_space]
        if "worth" not in before:
            return False
        k = self.prev_verb(self.q)
        return k is not None and main_verb(self.phrases[k]) in LINK and k == self.q - 1 and (
            self._budgets_subject(k))

    def link_before(self, n: int) -> int | None:
        """The verb group phrase ``n`` is the value of: the verb before it, or for the
        figures of "from X to Y" after a comma ("had risen, from £11.4m last year to
        £12.9m this year") the change verb before the comma."""
        k = self.prev_verb(n)
        if k is not None:
            return k
        p = self.phrases[n]
        if p.kind != "PP" or p.prep not in ("from", "to"):
            return None
        m = n - 1
        while m >= 0 and self.phrases[m].kind == "PP" and self.phrases[m].prep in (
                "from", "to"):
            m -= 1
        if m >= 1 and self.phrases[m].kind == "PUNCT" and self.phrases[m].words[0] == "," \
                and self.phrases[m - 1].kind == "VG" and main_verb(
                    self.phrases[m - 1]) in CHANGE_WORDS:
            return m - 1
        return None

    def savings(self, sentence_cashable: bool) -> bool:
        if self.q is None or self.ctx.unit != "percent":
            return False
        if not 0 < self.ctx.value <= 100:
            return False
        low = self.ctx.low
        clause_words = set(low[self.ctx.clause.start:self.ctx.clause.end])
        if "cashable" not in clause_words:
            # "..., and Southampton has delivered 3.2%": the saving named before
            if not sentence_cashable:
                return False
            k = self.prev_verb(self.q)
            return k is not None and bool(set(self.phrases[k].words) & SAVE_WORDS) and (
                k == self.q - 1)
        near = [i for i in range(self.ctx.clause.start, self.ctx.clause.end)
                if low[i] == "cashable"]
        return any(abs(i - self.ctx.qs) <= 10 for i in near) and bool(
            clause_words & SAVE_WORDS)


def is_apposition(ctx: _Ctx) -> bool:
    """The figure restates the one before it, set off by a comma or a parenthesis with no
    verb of its own: "6,180 people had a personal budget, 34.2 per cent of eligible service
    users, ...", "3,790 people (21.0 per cent)", "38 per cent ..., 2,870 people in all"."""
    f = Frame(ctx)
    if f.q is None or f.q == 0 or not plain_unit(ctx):
        return False
    prev = f.phrases[f.q - 1]
    if not (prev.kind == "PUNCT" and prev.words[0] in (",", "(", "–", "—")):
        return False
    skip = 0
    for n in range(f.q + 1, len(f.phrases)):
        p = f.phrases[n]
        if skip:
            skip -= 1
            continue
        if p.kind == "VG" and not p.words[0].endswith("ing"):
            return False
        if p.kind == "PUNCT" and p.words[0] in (",", ")", ".", ";"):
            return True
        if p.kind == "REL":
            if not _who_are_eligible(f, n):
                return False
            skip = 2
    return True


def _who_are_eligible(f: Frame, n: int) -> bool:
    """"of those who are eligible": the relative clause names the population, it says
    nothing of the figure."""
    rest = f.phrases[n + 1:n + 3]
    return len(rest) == 2 and rest[0].kind == "VG" and set(rest[0].words) <= {
        "are", "were", "is", "was", "now", "currently"} and rest[1].words[:1] == ["eligible"]


def spent_on_something_else(ctx: _Ctx) -> bool:
    """"The council spent £400,000 on training staff to support personal budgets": money
    a verb spends on something named before the budgets."""
    f = Frame(ctx)
    if f.q is None or ctx.unit != "gbp":
        return False
    before, after = f.prev_verb(f.q), f.next_verb(f.q)
    if before is not None and before == f.q - 1 and set(f.phrases[before].words) & SPEND_VERBS:
        return not f._spent_on_budgets(f.after(f.q))  # "spent £400,000 on ..."
    if after is not None and set(f.phrases[after].words) & SPEND_VERBS:
        return not f._spent_on_budgets(f.after(after))  # "£2.3m was spent on ..."
    return False


def read_frame(ctx: _Ctx, sentence_cashable: bool) -> FactKind | None:
    """The kind the clause's structure gives the figure, if any."""
    f = Frame(ctx)
    if f.q is None:
        return None
    if ctx.unit == "count":
        if f.people() or f.value_of(NUMBER_NOUNS, pb=True) or f.holders_number():
            return PEOPLE
        if f.service_users():
            return USERS
        if f.reviews():
            return REVIEWS
    elif ctx.unit == "percent":
        if f.savings(sentence_cashable):
            return SAVINGS
        if f.percent():
            return PERCENT
    elif ctx.unit == "gbp" and f.spend():
        return SPEND
    return None


def is_conjunct(ctx: _Ctx) -> bool:
    """The figure is the second of two joined without a verb of its own: "allocated to
    2,100 older people and 640 people with learning disabilities"."""
    doc = ctx.clause.doc
    first = next((j for j in range(ctx.clause.start, ctx.clause.end) if not doc[j].is_space),
                 None)
    if first is None or ctx.low[first] not in ("and", "or", "plus"):
        return False
    f = Frame(ctx)
    return not any(p.kind == "VG" for p in f.phrases)


def plain_unit(ctx: _Ctx) -> bool:
    """A figure that may stand for a share or a count of people: a percentage, or a count
    of people or of nothing named ("2,960 people", "from 1,250 in March"), not of months
    or meetings."""
    if ctx.unit == "percent":
        return 0 < ctx.value <= 100
    if ctx.unit != "count":
        return False
    doc = ctx.clause.doc
    for j in range(ctx.qe, ctx.clause.end):
        if doc[j].is_space:
            continue
        t = ctx.low[j]
        if t == "over":  # "2,900 over the coming year", not "1,200 over the age of 65"
            nxt = [ctx.low[i] for i in range(j + 1, min(j + 3, ctx.clause.end))]
            return nxt[:1] == ["the"] and nxt[1:2] != ["age"]
        return t in PEOPLE_WORDS or doc[j].is_punct or t in (
            "in", "at", "by", "last", "a", "this", "twelve", "and", "to", "compared", "on",
            "from", "with", "when", "since", "the", "as", "now", "for", "during", "within",
            "before", "until", "recorded", "reported", "counted", "registered", "logged",
            "noted") and not _per_time(ctx, j)
    return True


def _per_time(ctx: _Ctx, j: int) -> bool:
    """"660 a month", "250 each month": a rate."""
    words = [ctx.low[k] for k in range(j, min(j + 3, ctx.clause.end))
             if not ctx.clause.doc[k].is_space]
    return words[:1] in (["a"], ["each"], ["per"], ["every"]) and words[1:2] in (
        ["month"], ["week"], ["year"], ["day"], ["quarter"]) and words[2:3] not in (
        ["ago"], ["earlier"], ["before"], ["previously"])


USER_POPULATION = frozenset({"eligible", "users", "user", "clients", "customers",
                             "recipients", "those", "total", "caseload"})


def share_of_users(ctx: _Ctx) -> bool:
    """A share said of a figure before it is a share of the people who could have a
    budget (eligible people, service users, people receiving services), not of a
    population ("2% of the county's older people", "1.5% of all residents")."""
    f = Frame(ctx)
    pop = f.of_phrase()
    if pop is None:
        return True
    if set(pop.words) & USER_POPULATION:
        return True
    return f.q is not None and f._served(f.q + 1)


_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "quarter",
                         "quarters", "day", "days", "period", "now", "today", "annually"})


def _is_time(p: Phrase) -> bool:
    """"a year", "this year", "in 2010/11", "last month", "so far": a time phrase."""
    words = p.np.words if p.kind == "PP" and p.np is not None else p.words
    if p.kind == "PP" and p.prep not in ("in", "during", "over", "for", "since", "by", "to",
                                         "until", "at", "so"):
        return False
    return bool(set(words) & _TIME_NOUNS) or any(w[:1].isdigit() for w in words)
