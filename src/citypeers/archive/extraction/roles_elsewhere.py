"""A role said away from its person's name, for someone the sentence patterns found without one.

The patterns of `people` read a role beside the name: an apposition, a bracket, a role said
right before it. Reports also say it in other shapes, in every programme language:

- after "as" in the name's clause, or at a later mention of the surname ("Lena Hart, as chair
  of the board, ...", "Hart spoke as mayor", "en calidad de alcaldesa", "als Leiterin");
- by a verb whose doer holds the role ("the panel, chaired by X": the chair of the panel;
  "moderata da X", "geleitet von X", "pod przewodnictwem X");
- in a title that is an office ("Cllr X"), or in a head said before a title ("Mayor Dr X");
- at the start of the next sentence, when the sentence before names that person alone ("X
  arrived on Monday. The mayor met ...", "She is the head of ...").

The role words themselves (the heads, the titles) belong to `people`, which passes them in.
"""

from dataclasses import dataclass

import regex

from . import patterns as rx
from .role_forms import CASE_FORMS
from .text import fold


@dataclass(frozen=True, slots=True)
class RoleWords:
    """What `people` knows of role words, as compiled patterns.

    ``role_start`` matches a role at the start of a phrase (its head among its first words),
    ``head_end`` a role head (group "head") that ends the text it searches, ``title_end`` a
    courtesy title that ends it and ``title_at`` one (and its blank) at the place matched."""

    role_start: rx.Pattern
    head_end: rx.Pattern
    title_end: rx.Pattern
    title_at: rx.Pattern


# "as" and its kin before a role, in the programme languages
_AS = (
    r"in\s+(?:his|her|their)\s+capacity\s+as|as|in\s+qualità\s+di|in\s+veste\s+di|come|quale|"
    r"en\s+(?:su\s+)?(?:calidad|condición)\s+de|como|als|jako|w\s+charakterze|"
    r"în\s+calitate(?:a\s+(?:sa|lui|ei))?\s+de|ca|ως|με\s+την\s+ιδιότητα\s+(?:του|της)|bħala|"
    r"en\s+tant\s+que|en\s+qualité\s+de"
)
# the articles a role may open on after "as" ("as the chair", "come il presidente")
_ARTICLE = (
    r"(?:(?:the|a|an|il|lo|la|el|los|las|un|una|uno|der|die|das|ein|eine|ο|η|o)[^\S\n]+|l['’])"
)
# a mention, then at most four lower-case words of its clause ("Berg spoke", "Hart and"),
# then "as" and the role
_AS_AFTER = rx.compile(
    rf"[^\S\n]*,?(?:[^\S\n]+\p{{Ll}}[\p{{Ll}}\p{{M}}]*){{0,4}}[^\S\n]+(?i:{_AS})[^\S\n]+"
    rf"{_ARTICLE}?(?P<role>[^,;:.()\n]{{2,160}})"
)
# a clause that opens on "as" and the role, then the name ("As chair of the board, Lena Hart")
_AS_BEFORE = rx.compile(
    rf"[^\S\n]*(?i:{_AS})[^\S\n]+{_ARTICLE}?(?P<role>[^,;:.()\n]{{2,120}}),[^\S\n]*$"
)
_CLAUSE_MARK = ".;:!?\n"
# where a role said in running text ends: "and" or a relative pronoun after it
_ROLE_STOPS = rx.compile(
    r"[^\S\n]+(?:and|e|ed|y|und|și|şi|i|oraz|και|u|who|which|che|que|der|die|care|που|który|"
    r"która)[^\S\n]"
)
_MAX_ROLE_WORDS = 10

# A verb whose doer holds a role, then the name: the participle and its "by", or a phrase
# ("under the chairmanship of"), with the role's masculine and feminine (None: one form).
_AGENTS = (
    (r"chaired\s+by|under\s+the\s+chair(?:manship)?\s+of", "chair", None, "of"),
    (r"moderated\s+by", "moderator", None, "of"),
    (r"facilitated\s+by", "facilitator", None, "of"),
    (r"coordinated\s+by", "coordinator", None, "of"),
    (r"curated\s+by", "curator", None, "of"),
    (r"moderat[oaie]\s+da(?:l|lla|ll['’])?", "moderatore", "moderatrice", "di"),
    (
        r"presiedut[oaie]\s+da(?:l|lla|ll['’])?|sotto\s+la\s+presidenza\s+d(?:i|el|ella)",
        "presidente",
        None,
        "di",
    ),
    (r"coordinat[oaie]\s+da(?:l|lla|ll['’])?", "coordinatore", "coordinatrice", "di"),
    (r"curat[oaie]\s+da(?:l|lla|ll['’])?", "curatore", "curatrice", "di"),
    (r"moderad[oa]s?\s+por", "moderador", "moderadora", "de"),
    (r"presidid[oa]s?\s+por|bajo\s+la\s+presidencia\s+de", "presidente", "presidenta", "de"),
    (r"coordinad[oa]s?\s+por", "coordinador", "coordinadora", "de"),
    (r"moderiert\s+von|unter\s+(?:der\s+)?Moderation\s+von", "Moderator", "Moderatorin", None),
    (r"geleitet\s+von|unter\s+(?:der\s+)?Leitung\s+von", "Leiter", "Leiterin", None),
    (r"unter\s+(?:dem\s+)?Vorsitz\s+von", "Vorsitzender", "Vorsitzende", None),
    (r"moderowan[aey]\s+przez", "moderator", "moderatorka", None),
    (r"prowadzon[aey]\s+przez", "prowadzący", "prowadząca", None),
    (r"pod\s+przewodnictwem", "przewodniczący", "przewodnicząca", None),
    (r"moderat[ăa]?\s+de", "moderator", "moderatoare", None),
    (r"coordonat[ăa]?\s+de|sub\s+coordonarea", "coordonator", "coordonatoare", None),
    (r"prezidat[ăa]?\s+de", "președinte", "președintă", None),
    (
        r"υπό\s+τον\s+συντονισμό\s+(?:του|της)|συντονίστηκε\s+από",
        "συντονιστής",
        "συντονίστρια",
        None,
    ),
    (r"υπό\s+την\s+προεδρία\s+(?:του|της)", "πρόεδρος", None, None),
)
_AGENT = rx.compile(
    r"(?<![\p{L}])(?:"
    + "|".join(f"(?P<a{n}>{verb})" for n, (verb, *_rest) in enumerate(_AGENTS))
    + r")[^\S\n]+(?:(?:the|il|la|el|der|die)[^\S\n]+)?"
    # the doers listed before this one ("moderated by Lena Hart and ...", "curata da A, B e ...")
    r"(?:(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*(?:[^\S\n]+(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*){0,3}"
    r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|e|y|und|i|și|şi|και|oraz|et)[^\S\n]+)){0,4}$",
    regex.I,
)
# German says the verb after the name ("von Lena Hart moderiert"): "von" before, the verb after
_AGENT_AFTER = rx.compile(r"[^\S\n]+(?P<verb>moderiert|geleitet)(?![\p{L}])")
_VON_BEFORE = rx.compile(r"(?<![\p{L}])von[^\S\n]+$")
_GERMAN_AGENTS = {"moderiert": ("Moderator", "Moderatorin"), "geleitet": ("Leiter", "Leiterin")}
# the thing the doer's verb is said of, right before it: "the panel, chaired by", "la mostra
# curata da" (an article and at most three more words)
_THING_BEFORE = rx.compile(
    r"(?<![\p{L}])(?P<article>the|il|lo|la|l['’]|i|gli|le|el|los|las)[^\S\n]*"
    r"(?P<thing>(?<=['’])[\p{L}\-]+|(?<=\s)[\p{L}\-]+)(?P<more>(?:[^\S\n]+[\p{L}\-]+){0,2})"
    r"[^\S\n]*,?[^\S\n]*$",
    regex.I,
)
# Italian and Spanish join "of" to the article ("della mostra", "del grupo")
_OF_THE = {
    ("di", "il"): "del",
    ("di", "lo"): "dello",
    ("di", "la"): "della",
    ("di", "l'"): "dell'",
    ("di", "l’"): "dell’",
    ("di", "i"): "dei",
    ("di", "gli"): "degli",
    ("di", "le"): "delle",
    ("de", "el"): "del",
    ("de", "la"): "de la",
    ("de", "los"): "de los",
    ("de", "las"): "de las",
}
_ARTICLE_WORDS = frozenset("the a an il lo la i gli le el los las".split())
# the auxiliaries of a passive between the thing and the doer's verb
_AUXILIARIES = frozenset(
    fold(w)
    for w in "was were is are been be has have had è e stato stata stati state fu è fue "
    "ha sido son fueron era".split()
)

# Titles that are offices: "Cllr Lena Hart" is a councillor
_OFFICE_TITLE = rx.compile(r"(?<![\p{L}])(?P<title>Cllr|Cr|OB|Bgm)\.?[^\S\n]+$")
_OFFICE_TITLE_AT = rx.compile(r"(?P<title>Cllr|Cr|OB|Bgm)\.?[^\S\n]+")
_OFFICE_OF_TITLE = {
    "cllr": "councillor",
    "cr": "councillor",
    "ob": "Oberbürgermeister",
    "bgm": "Bürgermeister",
}

# The next sentence opens on a role ("The mayor ...", "La alcaldesa ...", "Ο δήμαρχος ...") or
# on a pronoun and "is" and a role ("She is the head of ...", "È la presidente di ...")
_NEXT_OPENS = rx.compile(
    r"[^\S\n]*(?:(?:The|La|Il|Lo|L['’]|El|Der|Die|Ο|Η)[^\S\n]*(?<=\s|['’])(?P<subject>[^,;:.()\n]{2,160})|"
    r"(?:(?:She|He)[^\S\n]+is[^\S\n]+(?:the|a|an)[^\S\n]+|(?:Sie|Er)[^\S\n]+ist[^\S\n]+|"
    r"È[^\S\n]+(?:il|la|l['’])[^\S\n]*|Es[^\S\n]+(?:el|la)[^\S\n]+|Jest[^\S\n]+|"
    r"Este[^\S\n]+|Είναι[^\S\n]+(?:ο|η)[^\S\n]+)(?P<predicate>[^,;:.()\n]{2,160}))"
)
# a subject's role goes on over "of" and a capitalised name ("The mayor of Leeds said")
_OF_NAME = rx.compile(
    r"[^\S\n]+(?:of|de|di|del|della|des|der|του|της|al|din)[^\S\n]+\p{Lu}[\p{L}\-]*"
    r"(?:[^\S\n]+\p{Lu}[\p{L}\-]*)*"
)
_SENTENCE_END = rx.compile(r"[.!?](?=[^\S\n]+\p{Lu}|[^\S\n]*\n)|\n[^\S\n]*\n")


def role_said_elsewhere(
    text: str, person, *, words: RoleWords, feminine: bool, alone_in_sentence
) -> str | None:
    """The role of `person` (found without one) said in one of this module's shapes, or None.

    `alone_in_sentence(start, end)` answers whether `person` is the only person named in the
    text between `start` and `end`."""
    return (
        _office_title(text, person)
        or _head_before_title(text, person, words)
        or _agent_of(text, person, feminine)
        or _as_role(text, person, words)
        or _predicate_before(text, person, words)
        or _next_sentence(text, person, words, alone_in_sentence)
        or _bracket_after(text, person)
    )


# a bracket right after the name that holds a capitalised phrase: the body the person speaks
# for ("Lena Hart (Housing Europe)"), when nothing else says their role
_BRACKET_AFTER = rx.compile(r"[^\S\n]*\((?P<said>\p{Lu}[^()\n\d]{1,80})\)")


def _bracket_after(text: str, person) -> str | None:
    m = _BRACKET_AFTER.match(text, person.end)
    return m.group("said").strip() if m else None


# a clause that opens on the role and a copula, then the name ("The moderator was X", "Il
# relatore sarà X", "Moderatorem debaty był X", "Gastgeberin war X")
_PREDICATE_BEFORE = rx.compile(
    r"[^\S\n]*(?:(?:The|Il|Lo|La|L['’]|El|Der|Die|Ο|Η)(?:[^\S\n]+|(?<=['’])))?"
    r"(?P<role>[^,;:.()\n]{2,100}?)[^\S\n]+"
    r"(?:was|is|will[^\S\n]+be|è[^\S\n]+stat[oa]|è|sarà|fue|es|será|war|ist|wird|był|była|"
    r"jest|będzie|a[^\S\n]+fost|este|va[^\S\n]+fi|ήταν|είναι|θα[^\S\n]+είναι)[^\S\n]+$"
)


def _predicate_before(text: str, person, words: RoleWords) -> str | None:
    """ "The keynote speaker was Lena Hart": the role is the clause's subject, the name its
    predicate (only right before the name, so the copula joins the two)."""
    left = max(0, person.start - 160)
    opening = max(text.rfind(mark, left, person.start) for mark in _CLAUSE_MARK) + 1
    if opening == 0 and left > 0:
        return None
    before = _PREDICATE_BEFORE.match(text, opening, person.start)
    if before is None:
        return None
    role = before.group("role")
    if role.split()[0].lower() in CASE_FORMS:  # the Polish instrumental ("Moderatorem X był")
        stop = _ROLE_STOPS.search(role)
        return " ".join(role[: stop.start() if stop else len(role)].split()[:_MAX_ROLE_WORDS])
    return _role_phrase(role, words)


def _office_title(text: str, person) -> str | None:
    m = _OFFICE_TITLE.search(text, max(0, person.start - 8), person.start)
    if m is None:
        m = _OFFICE_TITLE_AT.match(text, person.start, person.end)
    return _OFFICE_OF_TITLE[m.group("title").lower()] if m else None


def _head_before_title(text: str, person, words: RoleWords) -> str | None:
    """ "Oberbürgermeister Dr. X", "Mayor Dr X": a head, a title, the name."""
    left = text[max(0, person.start - 80) : person.start]
    if words.title_at.match(text, person.start, person.end):
        head = words.head_end.search(left)  # the title is the start of the person's span
    elif title := words.title_end.search(left):
        head = words.head_end.search(left, 0, title.start())
    else:
        return None
    return head.group("head") if head else None


def _agent_of(text: str, person, feminine: bool) -> str | None:
    left = text[max(0, person.start - 120) : person.start]
    m = _AGENT.search(left)
    if m is None:
        if _VON_BEFORE.search(left) and (verb := _AGENT_AFTER.match(text, person.end)):
            masculine, feminine_form = _GERMAN_AGENTS[verb.group("verb")]
            return feminine_form if feminine else masculine
        return None
    n = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
    _verb, masculine, feminine_form, of = _AGENTS[n]
    role = feminine_form if feminine and feminine_form else masculine
    thing = _THING_BEFORE.search(left, max(0, m.start() - 60), m.start()) if of else None
    if thing is None:
        return role
    said = [thing.group("thing"), *thing.group("more").split()]
    while said and fold(said[-1]) in _AUXILIARIES:
        said.pop()  # "the workshop was facilitated by X": the workshop's facilitator
    if not said or any(fold(w) in _ARTICLE_WORDS or not w.islower() for w in said):
        return role  # a clause, or a name: not a plain thing
    article = thing.group("article").lower()
    joined = _OF_THE.get((of, article), f"{of} {article}")
    space = "" if joined.endswith(("'", "’")) else " "
    return f"{role} {joined}{space}{' '.join(said)}"


def _mentions(text: str, person) -> list[tuple[int, int]]:
    """The person's name, then each later mention of the surname."""
    spans = [(person.start, person.end)]
    surname = person.name.split()[-1]
    if len(surname) < 3:
        return spans
    at = text.find(surname, person.end)
    while at >= 0:
        end = at + len(surname)
        if not (text[at - 1 : at].isalpha() or text[end : end + 1].isalpha()):
            spans.append((at, end))  # a whole word, not part of a longer one
        at = text.find(surname, end)
    return spans


def _as_role(text: str, person, words: RoleWords) -> str | None:
    for start, end in _mentions(text, person):
        after = _AS_AFTER.match(text, end, min(len(text), end + 200))
        if after and (role := _role_phrase(after.group("role"), words)):
            return role
        left = max(0, start - 160)
        opening = max(text.rfind(mark, left, start) for mark in _CLAUSE_MARK) + 1
        if opening == 0 and left > 0:
            continue  # no clause opens within reach
        before = _AS_BEFORE.match(text, opening, start)
        if before and (role := _role_phrase(before.group("role"), words)):
            return role
    return None


def _role_phrase(phrase: str, words: RoleWords) -> str | None:
    """The role at the start of `phrase`, up to "and" or a relative pronoun, if it is one."""
    if not words.role_start.match(phrase):
        return None
    stop = _ROLE_STOPS.search(phrase)
    phrase = phrase[: stop.start()] if stop else phrase
    said = phrase.split()
    return " ".join(said[:_MAX_ROLE_WORDS]) or None


def _next_sentence(text: str, person, words: RoleWords, alone_in_sentence) -> str | None:
    for start, end in _mentions(text, person):
        begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        stop = _SENTENCE_END.search(text, end)
        if stop is None or not alone_in_sentence(begin, stop.end()):
            continue
        opens = _NEXT_OPENS.match(text, stop.end())
        if opens is None:
            continue
        if opens.group("predicate"):
            return _role_phrase(opens.group("predicate"), words)
        subject = opens.group("subject")
        head = words.role_start.match(subject)
        if head is None or len(subject[: head.end()].split()) > 2:
            continue  # "The next day Mayor X": no role of the subject's own
        more = _OF_NAME.match(subject, head.end())
        return subject[: more.end() if more else head.end()]
    return None
