"""Themes: the controlled vocabulary of themes.json, found by cue words.

English and Italian reports are read with the pattern cues below; reports in the other
programme languages (and strongly attested themes in any language) with the multilingual
lexicon of `theme_lexicon`, weighed by `theme_cues`.
"""

import functools
import json
import math
import pathlib

import ahocorasick
import regex

from . import patterns as rx
from . import theme_cues, theme_frames, theme_model

_BUNDLED = pathlib.Path(__file__).resolve().parents[2] / "core" / "themes.json"

# Cue patterns per slug; a strong cue alone is enough, weak cues need two hits.
_CUES: dict[str, tuple[str, str]] = {
    "reception": (
        r"first[- ]reception|one-stop[- ]shops?|sportell[oi] unic[oi]|orientation (?:sessions?|courses?|desks?|programmes?)|new residents|"
        r"welcome (?:programmes?|centres?|centers?|desks?|services)|"
        r"\bnewcomers\b|reception (?:centre|center|service|system|facilit|"
        r"and integration|of (?:migrants|refugees|asylum))|"
        r"reception accommodation|accommodation programmes?|\breception\b|"
        r"resettlement|relocation|prima accoglienza|\baccoglienza\b|"
        r"centri? di accoglienza|sportell[oi] (?:di )?orientamento|referral "
        r"(?:centre|service|desk)|orientation desk",
        r"\bhospitality\b|asylum seekers?|richiedenti asilo|newly arrived|arrivals?",
    ),
    "housing": (
        r"\bhousing\b|social housing|(?:emergency|temporary) accommodation|accesso alla casa|diritto alla casa|\bshelters?\b|"
        r"\bhomeless|\babitare\b|\babitativ|\balloggi|\bcasa popolare|edilizia "
        r"(?:sociale|popolare)|emergenza abitativa|"
        # where people are put up is a housing topic even when said once
        r"\baccommodation\b|cohousing|coabitazion",
        r"\bdormitor",
    ),
    "employment": (
        r"job[- ]matching|labou?r market|\bemployment\b|\bemployability|entrepreneur|"
        r"skills recognition|recognition of (?:skills|qualifications)|"
        r"inserimento lavorativo|mercato del lavoro|\blavorativ|\boccupazion|"
        r"imprenditori|\bjobs?\b|work placements?|\btirocini|"
        # economic integration of migrants is their place in the labour market
        r"economic (?:integration|inclusion|participation|activit)|(?:integrazione|inclusione) economica|"
        r"attività economiche|into (?:the )?(?:local )?econom(?:y|ies)|nell.economia locale|nelle economie locali",
        # "social workers" are the services' own staff, not a labour-market topic
        r"(?<!\b(?:social|case|health|youth|outreach|community|care|frontline)\s)\bworkers\b|"
        r"\bemployers?\b|"
        # "lavoro" is any work ("two years of work", "tavolo di lavoro"), not only jobs
        r"(?<!\b(?:gruppo|gruppi|tavolo|tavoli|giornata|giornate|sessione|anni|mesi) di )\blavoro\b",
    ),
    "education": (
        r"\beducation(?:al)?\b|\bschool|\bschooling|vocational training|adult "
        r"education|\bistruzione\b|\bscuol[ae]\b|\bscolastic|formazione professionale|"
        r"\bstudents?\b",
        r"\bteachers?\b|\binsegnanti\b",
    ),
    "language": (
        r"language (?:courses?|classes|learning|training|tuition|vouchers|"
        r"lessons|support)|corsi di lingua|(?:italian|english|german|spanish|"
        r"french|greek|polish|local) (?:language )?(?:courses?|classes|lessons)|"
        r"\binterpret(?:ing|ers?|ation)\b|cultural mediat|mediazione (?:linguistico-)?culturale|"
        r"mediatori culturali|\binterpretariato\b|\binterpreti\b|mediazione interculturale|"
        r"mediatori interculturali|intercultural mediat|corsi di (?:lingua|italiano)|\bL2\b|apprendimento della lingua|"
        r"lingua (?:italiana|spagnola|inglese|francese|tedesca|greca|polacca|rumena|portoghese|locale)",
        r"\blanguages?\b|\blingua\b",
    ),
    "health": (
        r"\bhealth(?:care)?\b|public health|\btrauma|psycholog|psycho-?social|mental health|social "
        r"assistance|social protection|\bsanit|\bsalute\b|\bmedical\b|assistenza "
        r"sociale|protezione sociale|assistenza sanitaria|servizi sanitari",
        r"\bsocial care\b|\bwell-?being\b|\bbenessere\b|\bwelfare\b",
    ),
    "legal": (
        r"legal (?:support|aid|advice|assistance|counsell?ing)|residence permits?|work permits?|"
        r"register(?:s|ing)? (?:their |the )?residence|residence registration|"
        r"iscrizione anagrafica|"
        r"administrative procedures|civil registration|registration of (?:migrants|residents|newcomers)|"
        r"permess[oi] di soggiorno|assistenza legale|consulenza legale|supporto "
        r"legale|\bdocumentation\b|\bcitizenship\b|temporary protection|"
        r"protezione temporanea|irregular (?:status|stay)|"
        # the rights a migrant holds are a question of legal status
        r"(?<!human )rights of (?:the )?(?:migrants|refugees|asylum seekers|foreigners)|(?:migrants|refugees)['’]? rights|"
        r"diritti (?:dei|degli|delle) (?:migranti|richiedenti|rifugiati|stranieri)",
        # "la cittadinanza" is as often the town's citizens as their legal status
        r"\blegal\b|\bdocuments\b|\bcittadinanza\b|"
        # a status that names a group of people (those under international protection, the
        # undocumented) says whom a service serves: the legal topic only when said again
        r"international protection|protezione internazionale|undocumented|"
        r"irregular (?:migrants|residents)|sans-papiers|migranti irregolari|senza documenti",
    ),
    "children_families": (
        r"unaccompanied (?:migrant )?(?:minors|children)|child ?care|day ?care|"
        r"asili nido|\bminors?\b|foster (?:care|famil)|family reunification|"
        r"\byouth\b|\bchildren\b|"
        r"\bfamilies\b|minori stranieri|\bminori\b|affido|ricongiungimento|"
        r"\bgiovani\b|\bfamiglie\b|\bbambini\b|msna",
        r"\bfamily\b|\byoung (?:people|migrants)\b|\bfamiglia\b",
    ),
    "inclusion": (
        r"social inclusion|inclusione sociale|social participation|civic participation|"
        r"\bmarginali|partecipazione|\bsocial cohesion|coesione sociale|community "
        r"life|"
        r"promote inclusion|\binclusion\b.{0,40}\binclusion\b",
        r"\binclusion\b|\binclusione\b",
    ),
    "intercultural": (
        r"intercultural|multicultural|peaceful coexistence|\bcoexistence\b|"
        r"cultural (?:centre|center|activities|events)|\bcultures\b|"
        r"intercultura|multicultural|convivenza|centro culturale|attività "
        r"culturali|case? delle culture",
        r"\bcultural\b|\bculturale\b",
    ),
    "anti_discrimination": (
        r"racism|anti-?racis|discriminat|hate speech|xenophob|equal treatment|"
        r"razzismo|discriminazion|discorsi d'odio|parità di trattamento",
        r"\bstereotyp|\bpregiudiz",
    ),
    "communication": (
        r"journalists?|awareness[- ]raising|awareness campaigns?|"
        r"influencers?|public narrative|\bnarrative\b|giornalist|campagn[ae] "
        r"di sensibilizzazione|comunicazione|sensibilizzazione",
        # the media are named for their coverage or a post on social media as often as for
        # the meeting's topic: a weak cue, as in the lexicon
        r"\bvisibility\b|\bcampaigns?\b|\bvisibilità\b|\bmedia\b",
    ),
    "civil_society": (
        r"migrant(?:-led)? associations|community organi[sz]ations|social innovation|"
        r"research partner|innovazione sociale|small grants|\bvolunteer|volontari|"
        r"(?:cooperation|partnerships?|collaboration) with (?:the )?(?:civil society|NGOs|universit)|"
        # business working with the city: a partnership, not an attendance list
        r"public[- ]private|(?:private and public|public and private) sectors?|pubblico[- ]privat",
        # who attended ("NGOs and universities took part") is not yet what was discussed
        r"civil society|\bNGOs?\b|\bONG\b|private sector|\buniversit(?:y|ies|à)\b|società civile|"
        r"terzo settore|settore privato|\bassociazioni\b|"
        r"\bresearch\b|\bbusinesses\b|\bimprese\b|\bfoundations?\b",
    ),
    "governance": (
        r"\bgovernance\b|multi-?level|coordination between|national and local|"
        r"local, national|local and national|funding|\bbudget\b|"
        r"staff capacity|capacity[- ]building|organi[sz]ation of (?:the )?services|"
        r"models? of (?:local )?(?:governance|management)|"
        r"coordinamento|multilivello|finanziament|organizzazione dei servizi|"
        # how a country or a region organises reception as a whole
        r"(?:reception|asylum) systems?|sistem[ai] (?:nazionale |pubblico )?(?:di |d'|d’)(?:accoglienza|asilo)",
        r"\bcooperation\b|\bcooperazione\b|\bstrateg(?:y|ies)\b|\bpolic(?:y|"
        r"ies)\b|\bstructures?\b|\bresources\b|\bpolitiche\b",
    ),
    "data": (
        r"\bdemographic|socio-?demographic|\bstatistic|\bindicators?\b|\bdata\b|\bmonitoring\b|"
        r"\bevaluation\b|\bdati\b|\bmonitoraggio\b|\bvalutazione\b|\bcensus\b|"
        r"statistiche",
        r"\bfigures\b|\bnumbers\b",
    ),
    "crisis_response": (
        r"\bemergenc(?:y|ies)\b|\bcrisis\b|\bemergenza\b|\bcrisi\b|lockdown|"
        r"\bremotely\b|da remoto|sudden arrivals?|influx|\bwar\b|\bguerra\b|"
        r"(?:large|mass|sudden) (?:arrivals|influx)|(?:arrivals|refugees|displaced people) "
        r"from Ukraine|Ukrainian (?:arrivals|refugees)|arrivi (?:improvvisi|massicci)|"
        r"profughi ucraini|rifugiati ucraini|sfollati",
        r"covid|pandemi|\bprevention measures\b|\bmisure di prevenzione\b",
    ),
}


def themes_path() -> pathlib.Path:
    """The project's bundled themes.json, or the shared spec copy until it is bundled."""
    if _BUNDLED.exists():
        return _BUNDLED
    for parent in pathlib.Path(__file__).resolve().parents:
        candidate = parent / "shared" / "spec" / "themes.json"
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        "themes.json is neither bundled in citypeers.core nor found in shared/spec"
    )


@functools.cache
def theme_slugs() -> tuple[str, ...]:
    data = json.loads(themes_path().read_text(encoding="utf-8"))
    return tuple(t["slug"] for t in data["themes"])


def _alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level "|" (outside groups and classes)."""
    parts, depth, in_class, current, i = [], 0, False, "", 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "(" and not in_class:
            depth += 1
        elif char == ")" and not in_class:
            depth -= 1
        elif char == "|" and depth == 0 and not in_class:
            parts.append(current)
            current = ""
            i += 1
            continue
        current += char
        i += 1
    return [*parts, current] if current else parts


def _anchor(alternative: str) -> str:
    """The longest literal run an alternative always contains (a cheap pre-check)."""
    runs, current, i = [], "", 0
    while i < len(alternative):
        char = alternative[i]
        if char in "?*{":
            current = current[:-1]
            runs.append(current)
            current = ""
            i = alternative.find("}", i) + 1 if char == "{" else i + 1
            continue
        if char in "([\\.+^$":
            runs.append(current)
            current = ""
            if char == "\\":
                i += 2
            elif char == "[":
                i = alternative.index("]", i + 1) + 1
            elif char == "(":
                i = _group_end(alternative, i)
            else:
                i += 1
            continue
        current += char
        i += 1
    runs.append(current)
    return max((run.strip() for run in runs), key=len, default="")


def _group_end(pattern: str, start: int) -> int:
    depth, i = 0, start
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(pattern)


@functools.cache
def _compiled() -> dict[str, tuple[list, list]]:
    """Per slug: strong and weak cues as (anchor, compiled alternative) pairs, lower case."""
    out = {}
    for slug in theme_slugs():
        strong, weak = _CUES.get(slug, ("", ""))
        out[slug] = tuple(
            [(_anchor(alt).lower(), rx.compile(alt.lower())) for alt in _alternatives(cues)]
            for cues in (strong, weak)
        )
    return out


@functools.cache
def _anchor_index() -> tuple[ahocorasick.Automaton, dict[str, list], list]:
    """An automaton of every cue's anchor; per anchor, the cues that need it, as
    (slug, 0 strong or 1 weak, pattern); and the cues without an anchor, to try always."""
    automaton = ahocorasick.Automaton()
    needing: dict[str, list] = {}
    always = []
    for slug, tiers in _compiled().items():
        for tier, cues in enumerate(tiers):
            for anchor, pattern in cues:
                if anchor:
                    needing.setdefault(anchor, []).append((slug, tier, pattern))
                else:
                    always.append((slug, tier, pattern))
    for anchor in needing:
        automaton.add_word(anchor, anchor)
    automaton.make_automaton()
    return automaton, needing, always


def _cues_to_try(text: str) -> dict[str, tuple[list, list]]:
    """Per slug, the strong and weak cue patterns whose anchor `text` contains, found in one
    pass of the text for all the anchors (the patterns themselves run only on those)."""
    automaton, needing, always = _anchor_index()
    found = {anchor for _end, anchor in automaton.iter(text)}
    out: dict[str, tuple[list, list]] = {}
    for slug, tier, pattern in [*always, *(c for a in found for c in needing[a])]:
        out.setdefault(slug, ([], []))[tier].append(pattern)
    return out


def _has_hits(patterns: list, text: str, at_least: int) -> bool:
    """Whether the patterns match `text` at least `at_least` times in all (counting stops there)."""
    count = 0
    for pattern in patterns:
        for _match in pattern.finditer(text):
            count += 1
            if count >= at_least:
                return True
    return False


_TITLE_PHRASE = rx.compile(
    r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*+(?:\s+(?:(?:and|of|for|the|&|e|di|del|della|per|"
    r"dei|degli|delle|dello|alla|alle|agli|de|la|y|al|ai|pentru|si|și|do|dla|ds\.|i|και|του|της|των|"
    r"για)\s+)*+\p{Lu}[\p{L}'’-]*+)+"
)
_LIST_LINE = rx.compile(
    r"^\s*(?:from|for|da|per|delegation of|delegazione di)\b[^:\n]{1,60}:.*$", regex.I | regex.M
)


def narrative_text(text: str) -> str:
    """The text without participant lists and Title-Case names of units, bodies and projects."""
    text = _LIST_LINE.sub(" ", text)
    quoted = [m.group(1) for m in _QUOTED.finditer(text)]
    return _TITLE_PHRASE.sub(" ", text) + " " + " ".join(quoted).lower()


# Names of presented services say what they are about ("Welcome Centre", "Casa delle Culture").
_QUOTED = rx.compile(r"[“«\"]([^“”«»\"\n]{3,80})[”»\"]")


# The languages the pattern cues above were written and tuned for.
LEGACY_LANGUAGES = ("en", "it")
# The lexicon score that adds a theme on top of those patterns (three times the threshold),
# or the part of it from the title, headings and topic sentences that does (a strong cue in
# the title, or a strong and a weak one in a sentence that announces the topics).
CONFIRMED = 6.0
HEADLINED = 4.0


def _legacy_hits(text: str) -> dict[str, tuple[int, int, int]]:
    """Per slug, the hits of its English and Italian strong and weak cue patterns in the
    narrative text, and how many distinct patterns matched."""
    text = narrative_text(text).lower()
    out = {}
    for slug, (strong, weak) in _cues_to_try(text).items():
        counts = [0, 0]
        distinct = 0
        for tier, patterns in enumerate((strong, weak)):
            for pattern in patterns:
                hits = sum(1 for _match in pattern.finditer(text))
                counts[tier] += hits
                distinct += hits > 0
        if distinct:
            out[slug] = (counts[0], counts[1], distinct)
    return out


def _legacy_taken(strong: int, weak: int) -> bool:
    """The English and Italian patterns' verdict: a strong cue, or two weak ones."""
    return strong > 0 or weak >= 2


def _legacy_title(title: str) -> set[str]:
    """Slugs with a strong cue pattern in the title line."""
    title = title.lower()
    return {
        slug for slug, (strong, _weak) in _cues_to_try(title).items() if _has_hits(strong, title, 1)
    }


def lexicon_input(text: str) -> str:
    """The title line as written, then the narrative text (no names of units or bodies)."""
    title, _, rest = text.strip().partition("\n")
    return title + "\n" + narrative_text(rest)


# A role of more words than this is a sentence run on past the title ("Prefect of X on the
# war and the reception of refugees"): the meeting's topic, not someone's job. Hand-written
# roles on the development batches: 1 in 360 is longer.
LONGEST_ROLE = 15


def theme_features(text: str, *, exclude: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    """Per slug with any evidence, the features of `theme_model` (see its FEATURES).

    `exclude` lists phrases (people's roles) that describe someone's job, not the meeting.
    """
    for phrase in sorted(exclude, key=len, reverse=True):
        if phrase and len(phrase) > 3 and len(phrase.split()) <= LONGEST_ROLE:
            text = text.replace(phrase, " ")
    text = theme_frames.without_frames(text)
    found = theme_cues.evidence(lexicon_input(text))
    legacy = _legacy_hits(text)
    in_title = _legacy_title(text.strip().partition("\n")[0])
    rules = _rule_themes(found, legacy)
    mass = {
        slug: found.scores.get(slug, 0.0)
        + 2 * legacy.get(slug, (0, 0, 0))[0]
        + legacy.get(slug, (0, 0, 0))[1]
        for slug in {*found.scores, *legacy}
    }
    total = sum(mass.values()) or 1.0
    order = theme_slugs()
    ranked = sorted(mass, key=lambda slug: (-mass[slug], order.index(slug)))
    other = float(found.language not in LEGACY_LANGUAGES)
    out = {}
    for rank, slug in enumerate(ranked, start=1):
        strong, weak, distinct = legacy.get(slug, (0, 0, 0))
        lexicon = math.log1p(found.scores.get(slug, 0.0))
        out[slug] = {
            "bias": 1.0,
            "rules": float(slug in rules),
            "legacy": float(_legacy_taken(strong, weak)),
            "strong": math.log1p(strong),
            "weak": math.log1p(weak),
            "lexicon": lexicon,
            "headline": math.log1p(found.headlines.get(slug, 0.0)),
            "named": float(slug in found.named),
            "title": math.log1p(found.title.get(slug, 0.0)) + (slug in in_title),
            "opening": math.log1p(found.opening.get(slug, 0.0)),
            "distinct": math.log1p(distinct + len(found.distinct.get(slug, ()))),
            "share": mass[slug] / total,
            "rank": 1.0 / rank,
            "other": other,
            "other_lexicon": other * lexicon,
            # share and rank shrink as candidates multiply; their count tells a long
            # report's themes from a short one's
            "candidates": math.log1p(len(ranked)),
        }
    return out


def _rule_themes(found: theme_cues.Evidence, legacy: dict[str, tuple[int, int, int]]) -> set[str]:
    """The hand-written decision: English and Italian keep their tuned patterns, and the
    lexicon adds a theme only when the report insists on it (title, topic sentences,
    repeated cues) and names it outright (a strong cue, or any cue in the title), not by
    weak cues alone; other languages take the lexicon's themes over its threshold."""
    if found.language not in LEGACY_LANGUAGES:
        return {s for s, score in found.scores.items() if score >= theme_cues.THRESHOLD}
    out = {slug for slug, (strong, weak, _d) in legacy.items() if _legacy_taken(strong, weak)}
    out |= {slug for slug, score in found.scores.items() if score >= CONFIRMED} & found.named
    out |= {slug for slug, score in found.headlines.items() if score >= HEADLINED} & found.named
    return out


def classify_themes(text: str, *, exclude: tuple[str, ...] = ()) -> list[str]:
    """Slugs of the themes the meeting dealt with, in vocabulary order.

    `exclude` lists phrases (people's roles) that describe someone's job, not the meeting.
    """
    found = theme_model.decide(theme_features(text, exclude=exclude))
    return [slug for slug in theme_slugs() if slug in found]


# Compiled at import, as the module-level patterns are: a report's time is its own reading.
_anchor_index()
