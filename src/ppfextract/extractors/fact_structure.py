"""The structure of a clause, read by rules on a blank pipeline: its phrases (noun
phrases, verb groups, prepositional phrases, relative clauses) and the roles a figure's
noun phrase plays in it (subject, object, agent of a passive, complement of a linking
verb, a comparison's figure). The fact rules (:mod:`.fact_frames`) ask these questions
instead of counting words between a figure and its verb, so "45% of service users there
are on personal budgets" and "Personal budgets have now been taken up by 2, 064 people in
the county" are read alike.

Words are classed by closed lists (determiners, prepositions, auxiliaries, conjunctions,
relative words) and a lexicon of the verbs council prose uses for these figures, with
their inflections; every other word is a noun or modifier. A word that may be a noun or
a verb ("plans", "reviews", "supports") is a verb after a subject and a noun after a
determiner, number or preposition.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .fact_words import QUANTIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our",
                  "his", "her", "my", "your", "every", "each", "all", "both", "such", "any",
                  "no", "another", "which", "whose", "what", "'s", "’s"})
PREPS = frozenset({"of", "in", "on", "at", "by", "for", "with", "to", "from", "into",
                   "through", "across", "within", "under", "over", "since", "during",
                   "against", "between", "among", "amongst", "via", "per", "after", "before",
                   "about", "than", "towards", "throughout", "including", "like", "as",
                   "out", "until", "till", "onto", "upon", "without", "beyond", "below",
                   "above", "behind", "ahead", "despite", "following", "compared"})
AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "has", "have",
                 "had", "having", "do", "does", "did", "'ve", "'d", "'re", "'m"})
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might",
                    "must", "'ll", "wo", "ca", "ought"})
CONJ = frozenset({"and", "or", "but", "nor", "yet", "&"})
REL = frozenset({"who", "whom", "which", "that", "whose", "where", "when"})
ADVERBS = frozenset({
    "now", "currently", "already", "so", "far", "also", "still", "just", "only", "presently",
    "today", "recently", "nearly", "almost", "around", "approximately", "roughly", "some",
    "about", "circa", "c.", "over", "well", "more", "than", "fewer", "less", "up", "down",
    "successfully", "together", "then", "therefore", "thus", "actually", "even",
    "further", "finally", "initially", "previously", "originally", "broadly", "slightly",
    "significantly", "substantially", "steadily", "gradually", "rapidly", "quickly", "not",
    "n't", "never", "again", "since", "both", "either", "mainly", "mostly", "largely",
    "in", "excess", "under", "below", "above", "there", "here", "locally",
    "altogether", "overall", "annually", "each", "every", "month", "year",
})

_IRREGULAR = {
    "have": ("has", "had", "having"), "hold": ("holds", "held", "holding"),
    "get": ("gets", "got", "gotten", "getting"), "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"), "pay": ("pays", "paid", "paying"),
    "spend": ("spends", "spent", "spending"), "rise": ("rises", "rose", "risen", "rising"),
    "grow": ("grows", "grew", "grown", "growing"), "fall": ("falls", "fell", "fallen"),
    "stand": ("stands", "stood", "standing"), "mean": ("means", "meant", "meaning"),
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
    "make": ("makes", "made", "making"), "set": ("sets", "setting"), "put": ("puts", "putting"),
    "see": ("sees", "saw", "seen", "seeing"), "go": ("goes", "went", "gone", "going"),
    "come": ("comes", "came", "coming"), "become": ("becomes", "became", "becoming"),
    "run": ("runs", "ran", "running"), "beat": ("beats", "beaten", "beating"),
    "find": ("finds", "found", "finding"), "show": ("shows", "showed", "shown", "showing"),
    "keep": ("keeps", "kept"), "bring": ("brings", "brought"), "choose": ("chose", "chosen"),
    "draw": ("draws", "drew", "drawn"), "leave": ("leaves", "left"), "know": ("knew", "known"),
    "think": ("thinks", "thought"), "buy": ("buys", "bought"), "reach": ("reaches",),
    "access": ("accesses",), "approach": ("approaches",), "pass": ("passes",),
    "receive": (), "use": (), "control": ("controls", "controlled", "controlling"),
}
_REGULAR = (
    "receive", "use", "access", "manage", "arrange", "opt", "allocate", "award", "provide",
    "offer", "support", "serve", "help", "fund", "cost", "review", "reassess", "re-assess",
    "assess", "complete", "carry", "undertake", "conduct", "plan", "expect", "anticipate",
    "forecast", "project", "estimate", "intend", "aim", "hope", "want", "reach", "increase",
    "drop", "total", "represent", "amount", "equate", "report", "explain", "confirm",
    "advise", "announce", "reveal", "note", "add", "state", "inform", "deliver", "achieve",
    "realise", "realize", "secure", "identify", "release", "generate", "save", "rely",
    "live", "need", "require", "pass", "exceed", "enjoy", "employ", "attend", "respond",
    "schedule", "programme", "program", "agree", "approve", "treble", "triple", "double",
    "move", "remain", "continue", "count", "include", "cover", "benefit", "purchase",
    "commission", "contribute", "claim", "direct", "look", "care", "work", "start", "switch",
    "convert", "transfer", "join", "sign", "choose", "record", "publish", "release",
    "predict", "calculate", "budget", "promise", "pledge", "commit", "target", "climb",
    "jump", "soar", "double", "halve", "reduce", "decrease", "decline", "improve", "exceed",
    "outstrip", "surpass", "hit", "top", "admit", "concede", "acknowledge", "warn", "insist",
    "suggest", "indicate", "highlight", "estimate", "assume", "believe", "consider",
    "equal", "account", "make", "represent", "comprise", "constitute", "number", "stand",
    "tell", "ask", "query", "question", "answer", "reply", "respond", "accept", "hand",
    "allocate", "issue", "agree", "sign", "authorise", "authorize", "establish", "operate",
    "transform", "introduce", "roll", "extend", "offer", "seek", "try", "deliver", "invest",
    "spend", "pay", "fund", "finance", "channel", "route", "direct", "deploy", "process",
    "flow",
    "qualify",
)
_E_DROP = ("e",)


def _inflect(base: str) -> set[str]:
    forms = {base}
    if base in _IRREGULAR:
        forms.update(_IRREGULAR[base])
    stem = base[:-1] if base.endswith("e") else base
    if base.endswith(("s", "sh", "ch", "x")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ies")
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + "s")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ying")
    else:
        forms.add(stem + "ing")
        forms.add(stem + "ed" if not base.endswith("e") else base + "d")
    if base.endswith("l") and not base.endswith("ll"):  # British: totalled, channelled
        forms.update({base + "led", base + "ling"})
    if base in ("opt", "plan", "drop", "commit", "top", "admit", "transfer", "equal"):
        forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    if base == "programme":
        forms.update({"programmed", "programming"})
    return forms


VERBS: frozenset[str] = frozenset().union(*(_inflect(v) for v in (*_REGULAR, *_IRREGULAR)))
# words that are nouns far more often than verbs in this prose, whatever their ending
NOUNISH = frozenset({
    "funding", "training", "meeting", "housing", "wellbeing", "setting", "planning",
    "spending", "budget", "budgets", "care", "number", "numbers", "reviews", "plans",
    "needs", "costs", "cost", "use", "support", "record", "records", "target", "targets",
    "total", "totals", "forecast", "forecasts", "project", "projects", "report", "reports",
    "programme", "programmes", "review", "plan", "aim", "aims", "hope", "need", "estimate",
    "estimates", "increase", "increases", "drop", "offer", "offers", "release", "help",
    "work", "start", "benefit", "benefits", "claim", "claims", "fund", "funds", "account",
    "accounts", "issue", "issues", "answer", "question", "questions", "process", "stand",
    "top", "hit", "pay", "spend", "look", "sign", "switch", "transfer", "cover", "count",
    "reach", "access", "approach", "pass", "set", "run", "return", "returns",
    "expected", "projected", "forecasted", "estimated", "planned", "anticipated",
})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "my", "your",
                       "every", "each", "any", "no", "another"})
# an ambiguous word after one of these is a noun ("the review", "2,100 reviews")
_NOUN_BEFORE = DETS | PREPS | frozenset({"further", "annual", "more", "care", "new", "full",
                                         "total", "additional", "extra", "planned"})


@dataclass
class Phrase:
    kind: str  # NP, VG, PP, ADV, CONJ, REL, PUNCT
    start: int  # token index, inclusive
    end: int  # exclusive
    prep: str = ""  # PP: its preposition(s), lower case ("in receipt of" -> "in")
    np: Phrase | None = None  # PP: its noun phrase
    words: list[str] = field(default_factory=list)  # lower-case words, spaces left out

    def has(self, *words: str) -> bool:
        return any(w in self.words for w in words)


def word_class(low: list[str], i: int, qty: set[int], prev: str) -> str:
    t = low[i]
    if i in qty:
        return "Q"
    if t in MODALS or (t in AUX and t != "'s"):
        return "A"
    if t in CONJ:
        return "C"
    if t in VERBS and (t not in NOUNISH or (prev not in _NOUN_BEFORE and prev != "Q"
                                              and prev not in ("N", "D", "P"))):
        return "V"
    if t in DETS:
        return "D"
    if t in PREPS:
        return "P"
    if t in REL:
        return "R"
    return "N"


def chunk(doc: Doc, start: int, end: int, qty: set[int], low: list[str],
          nouns: set[int]) -> list[Phrase]:
    """The phrases of tokens [start, end). ``nouns`` are tokens known to be nouns (the
    personal budget cues)."""
    return _Chunker(doc, start, end, qty, low, nouns).phrases()


# words that may sit inside a verb group ("have now been taken up")
_IN_VERB_GROUP = frozenset({"now", "currently", "already", "also", "still", "just", "been",
                            "not", "n't", "so", "far", "being", "recently", "successfully",
                            "previously", "since", "up", "out"})
_PARTICLES = frozenset({"up", "out", "off"})
# "in receipt of", "in excess of", "in control of": one preposition
_PREP_NOUNS = frozenset({"receipt", "excess", "respect", "terms", "line", "addition",
                         "control", "charge", "possession"})
_PHRASE_KINDS = {"C": "CONJ", "R": "REL", "PUNCT": "PUNCT", "EX": "EX"}


class _Chunker:
    def __init__(self, doc: Doc, start: int, end: int, qty: set[int], low: list[str],
                 nouns: set[int]) -> None:
        self.doc, self.low, self.qty, self.nouns, self.start = doc, low, qty, nouns, start
        self.qstarts = frozenset(s for s, _ in doc.user_data.get("ppf_quantities", {}))
        # quotation marks around a figure or a phrase ("review “just over a thousand”
        # existing clients") are no part of the structure
        self.idx = [i for i in range(start, end) if not (doc[i].is_space or doc[i].is_quote)]
        self.quantifier = _quantifier_tokens(self.idx, low, qty)
        self.classes: list[str] = []
        prev = ""
        for k, i in enumerate(self.idx):
            prev = self._classify(k, i, prev)
            self.classes.append(prev)

    def _classify(self, k: int, i: int, prev: str) -> str:
        doc, low = self.doc, self.low
        nxt_i = self.idx[k + 1] if k + 1 < len(self.idx) else len(low)
        nxt = low[nxt_i] if nxt_i < len(low) else ""
        if i in self.quantifier:
            return "D"
        if doc[i].text in ("May", "MAY") and not (
                doc[i].is_sent_start and not (nxt_i < len(doc) and doc[nxt_i].like_num)):
            return "N"  # the month: "At 31 May 2010 there were ..."
        if low[i] in ("and", "&") and self.start <= i - 1 and i + 1 < len(doc) and \
                doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and \
                doc[i + 1].text[:1].isupper():
            return "N"  # a name: "Bath and North East Somerset", "Brighton and Hove"
        if doc[i].is_punct and i not in self.qty and low[i] not in ("'s", "’s", "%"):
            return "PUNCT"
        if i in self.nouns:
            return "N"
        before = low[self.idx[k - 1]] if k else ""
        if low[i] in VERBS and low[i] in NOUNISH and (prev == "N" or before == "to") and nxt and (
                nxt in ("to", "between", "around", "about", "some", "over") or nxt in DETS
                or nxt_i in self.qty or nxt_i in self.quantifier):
            return "V"  # "the service plans to review", "expect to review 2,100 packages"
        if low[i] in VERBS and before == "to" and k >= 2 and self.classes[k - 2] == "V":
            return "V"  # an infinitive after a verb: "intends to review existing packages"
        if low[i] in ("account", "accounts", "care", "cares", "look", "looks") and \
                prev == "N" and nxt in ("for", "after"):
            return "V"  # "personal budgets now account for 31 per cent"
        if low[i] in VERBS and low[i].endswith(("ing", "ed")) and before in _ARTICLES:
            return "N"  # a participle after an article is a modifier: "the remaining 3,060"
        if low[i] == "there" and (nxt in AUX or nxt in MODALS):
            return "EX"  # "there were 2,738 people ...": the subject stands after the verb
        if low[i] in NOUNISH and k and self.classes[k - 1] == "V":
            return "N"  # a noun after a verb: "said total spending", "using support"
        if low[i] in NOUNISH and k >= 2 and self.classes[k - 1] == "C" and self.classes[
                k - 2] == "N" and nxt != "to" and nxt not in DETS and nxt_i not in self.qty:
            return "N"  # "their own care and support through ...", not "and plans to ..."
        if low[i] == "that":
            # a pronoun after a preposition ("of that"); else a relative word or the
            # conjunction of "reported that 300 people ..."
            return "N" if prev == "P" else "R"
        return word_class(low, i, self.qty, prev if prev in ("Q", "N", "D", "P")
                          else low[i - 1] if i > 0 else "")

    def phrases(self) -> list[Phrase]:
        out: list[Phrase] = []
        k = 0
        while k < len(self.idx):
            c = self.classes[k]
            if c in ("A", "V"):
                k = self._verb_group(k, out)
            elif c in ("N", "D", "Q"):
                j = self._np_end(k)
                out.append(self._phrase("NP", k, j))
                k = j
            elif c == "P":
                k = self._prep_phrase(k, out)
            else:
                i = self.idx[k]
                out.append(Phrase(_PHRASE_KINDS.get(c, "ADV"), i, i + 1, words=[self.low[i]]))
                k += 1
        return out

    def _phrase(self, kind: str, k: int, j: int, prep: str = "",
                np: Phrase | None = None) -> Phrase:
        words = [self.low[x] for x in self.idx[k:j]]
        return Phrase(kind, self.idx[k], self.idx[j - 1] + 1, prep=prep, np=np, words=words)

    def _verb_group(self, k: int, out: list[Phrase]) -> int:
        classes, low, idx, n = self.classes, self.low, self.idx, len(self.idx)
        j = k + 1
        while j < n and (classes[j] in ("A", "V") or (
                low[idx[j]] in _IN_VERB_GROUP and j + 1 < n and classes[j + 1] in ("A", "V"))
                or (low[idx[j]] in _PARTICLES and classes[j - 1] == "V")):
            j += 1
        out.append(self._phrase("VG", k, j))
        return j

    def _np_end(self, k: int) -> int:
        j = k + 1
        while j < len(self.idx) and self.classes[j] in ("N", "D", "Q") and not _np_break(
                self.doc, self.idx, self.classes, self.low, self.quantifier, j, self.qstarts):
            j += 1
        return j

    def _prep_phrase(self, k: int, out: list[Phrase]) -> int:
        classes, low, idx, n = self.classes, self.low, self.idx, len(self.idx)
        if low[idx[k]] == "in" and k + 1 < n and low[idx[k + 1]] in ("total", "all") and (
                k + 2 >= n or low[idx[k + 2]] != "of"):
            out.append(self._phrase("ADV", k, k + 2))  # "in total", "in all": an adverb
            return k + 2
        j = k + 1
        while j < n and (classes[j] == "P" or (
                low[idx[j]] in _PREP_NOUNS and j + 1 < n and low[idx[j + 1]] in ("of", "with"))):
            j += 1
        prep = " ".join(low[x] for x in idx[k:j])
        if j < n and classes[j] in ("N", "D", "Q"):
            m = self._np_end(j)
            out.append(self._phrase("PP", k, m, prep=prep, np=self._phrase("NP", j, m)))
            return m
        out.append(self._phrase("P", k, j, prep=prep))
        return j


def phrase_at(phrases: list[Phrase], i: int) -> int | None:
    """The index of the phrase holding token ``i``."""
    for n, p in enumerate(phrases):
        if p.start <= i < p.end:
            return n
    return None


_QUANTIFIERS = QUANTIFIERS


def _quantifier_tokens(idx: list[int], low: list[str], qty: set[int]) -> set[int]:
    """Tokens of the quantifiers just before a figure ("more than", "in excess of",
    "almost"): part of the figure's noun phrase."""
    out: set[int] = set()
    for k, i in enumerate(idx):
        if i not in qty or (k and idx[k - 1] in qty):
            continue
        j = k
        changed = True
        while changed and j > 0:
            changed = False
            for q in _QUANTIFIERS:
                n = len(q)
                if j - n >= 0 and tuple(low[x] for x in idx[j - n:j]) == q:
                    out.update(idx[j - n:j])
                    j -= n
                    changed = True
                    break
    return out


def _np_break(doc: Doc, idx: list[int], classes: list[str], low: list[str],
              quantifier: set[int], j: int, qstarts: frozenset[int]) -> bool:
    """Does a new noun phrase start at position ``j``? At a determiner after a noun, and
    at a figure (or its quantifier) after a date or another number ("At 31 March 2011
    6,180 people")."""
    c = classes[j]
    if c == "D" and idx[j] not in quantifier and low[idx[j]] not in ("'s", "’s") and \
            classes[j - 1] in ("N", "Q"):
        return True
    if (c == "Q" or idx[j] in quantifier) and classes[j - 1] in ("N", "Q") and \
            idx[j - 1] not in quantifier:
        prev = doc[idx[j - 1]]
        if c == "Q" and classes[j - 1] == "Q":
            return idx[j] in qstarts  # two figures side by side
        return prev.like_num or prev.text[:1].isdigit() or low[idx[j - 1]] in _MONTHS
    return False


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december", "jan", "feb",
                     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
