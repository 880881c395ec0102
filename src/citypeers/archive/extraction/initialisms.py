"""Bodies named by an acronym: every acronym is a candidate, a few generic features decide.

A report often names a body only by its acronym ("UCLG was represented by", "the director
of CARDET", "the ECCAR General Assembly") or spells it out once with a long name that has
no head noun ("Global Task Force on Migration (GTFM)", "Red de Ciudades Interculturales
(RECI)"). Acronyms also name projects, funds, programmes and time zones, so an acronym
counts as a body only when its context says so, and never when a project word stands
next to it.
"""

import functools

import regex

from . import patterns as rx

# Three capitals or more, with a hyphenated tail ("UCLG-MEWA", "AL-LAs"); never inside a word.
_CANDIDATE = rx.compile(
    r"(?<![\p{L}\p{N}\-&])(?P<acr>\p{Lu}[\p{Lu}\p{N}&]{1,9}(?:-\p{Lu}[\p{L}\p{N}]{0,6})?)"
    r"(?![\p{L}\p{N}]|-\p{L})"
)
_MIN_CAPITALS = 3
_ARTICLE = r"(?:(?:the|la|el|il|lo|l['’]|der|die|dem|des|της|του|τη|την|το)\s*)?"
_OF = r"(?:of|de|del|di|della|dello|dell['’]|des|der|von|της|του|των|din|al|ai|ale|z|ze)"
# What a body, and only a body, is said to do or to have.
_ORGAN_AFTER = rx.compile(
    r"\)?\s+(?:(?:World|General|Executive|Permanent)\s+)?(?:Secretariat|General Assembly|"
    r"Steering Committee|Executive Committee|Executive Board|Board|Bureau|member cities|"
    r"member municipalities|Secretary[- ]General)\b"
)
_VERB_AFTER = rx.compile(
    r"\)?\s+(?:(?:was|were|has|have|had|is|are|also|ha|han|hat|haben|a|au)\s+)?(?:"
    r"represented|participated|took part|attended|organi[sz]ed|co-organi[sz]ed|hosted|"
    r"convened|participa|participó|participan|partecipa|partecipato|partecipano|"
    r"organizó|organiza|organizza|organizzato|nahm\s+teil|nahmen\s+teil|teilgenommen|"
    r"organisiert|wzięł[ao]|uczestniczył\p{L}*|a participat|au participat|"
    r"συμμετείχ\p{L}*|διοργάνωσ\p{L}*)(?![\p{L}])"
)


def _just_before(words: str) -> rx.Pattern:
    """`words`, then an article, ending where the acronym starts: read backwards from it,
    so a window before each acronym costs one try."""
    return rx.compile(rf"(?<![\p{{L}}])(?:{words})\s+{_ARTICLE}$", regex.REVERSE)


_VERB_BEFORE = _just_before(
    r"organiza|organizó|organizan|organizza|organizzata|organizzato|"
    r"coordina|convoca|moderated by|hosted by|chaired by"
)
# Who speaks for a body ("Secretary General of", "Διευθυντής της", "directora de").
_ROLE_OF_BEFORE = _just_before(
    r"(?i:secretary|director\p{L}{0,4}|direttor\p{L}{0,3}|direttrice|president\p{L}{0,4}|"
    r"presidente|head|chair\p{L}{0,6}|coordinat\p{L}{0,4}|coordinador\p{L}{0,2}|"
    r"representative|delegate|spokesperson|officer|manager|expert\p{L}{0,2}|"
    r"dyrektor\p{L}{0,3}|prezes\p{L}{0,3}|directorul|președinte\p{L}{0,3}|"
    r"διευθυντ\p{L}{0,3}|πρόεδρ\p{L}{0,2}|εκπρόσωπ\p{L}{0,2}|γενικ\p{L}{0,3}\s+γραμματέα\p{L}?)"
    rf"(?:\s+\p{{L}}+){{0,2}}\s+{_OF}"
)
_MEETING_OF_BEFORE = _just_before(
    r"(?i:meeting|assembly|session|conference|forum|jornada(?:\s+de\s+trabajo)?|"
    r"reunión|encuentro|asamblea|riunione|assemblea|incontro|Sitzung|Versammlung|Treffen|"
    r"posiedzenie|spotkanie|ședința|întâlnirea|συνάντηση|συνεδρίαση)"
    rf"\s+{_OF}"
)
# A project, programme or fund, never a body taking part ("the CONNECTION project",
# "proyecto DELI", "Program Miasta Międzykulturowe (ICC)").
_PROJECT_BEFORE = _just_before(
    r"(?i:project|programme|program|projekt|proiect\p{L}*|proyecto|progetto|"
    r"programma|programa|πρόγραμμα\p{L}*|initiative|iniciativa|iniziativa|fund|fondo|"
    r"Projekt\p{L}*)"
)
_PROJECT_AFTER = rx.compile(
    r"\)?[\s\-]+(?i:project|programme|program|programm|projekt|proyecto|progetto|"
    r"initiative|fund)(?![\p{L}])"
)
_PROJECT_LONG = rx.compile(
    r"(?i:project|programme|program|fund|initiative|action|actions|forum|event|"
    r"proyecto|progetto|programa|fondo|iniciativa|iniziativa|Programm|Projekt|Fonds)\b"
)
_WINDOW = 60
_PROJECT_TAIL = rx.compile(
    r"\s(?:Initiative|Programme|Program|Project|Fund|Iniziativa|Iniciativa|Programma|Progetto|"
    r"Proyecto|Programa|Projekt|Programm|Fonds)$"
)


def names_a_project(name: str) -> bool:
    """Whether `name` ends in a project word ("... Development Initiative"): no body."""
    return bool(_PROJECT_TAIL.search(name))


def _capitals(acr: str) -> int:
    return sum(c.isupper() for c in acr)


def _heading(text: str, start: int, verdicts: dict[int, bool]) -> bool:
    """Whether the acronym stands in a line written in capitals ("CITIES AND THEIR ...");
    each line is judged once (`verdicts` by line start), so a long line stays linear."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start not in verdicts:
        verdicts[line_start] = _capitals_line(text, line_start)
    return verdicts[line_start]


def _capitals_line(text: str, line_start: int) -> bool:
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [w for w in line.split() if len(w) > 2 and any(c.isalpha() for c in w)]
    capitals = sum(w.isupper() for w in words)
    return capitals >= 3 and 2 * capitals >= len(words)


def _spelled_by(long: str, acr: str) -> bool:
    """Whether `acr` can be read off `long` (Schwartz and Hearst): its letters, from the
    last, found in order in the long name, the first one starting a word."""
    letters = [c.lower() for c in acr if c.isalnum()]
    long = long.lower()
    i = len(long) - 1
    for k in range(len(letters) - 1, -1, -1):
        c = letters[k]
        while i >= 0 and (long[i] != c or (k == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


_LONG_BEFORE = rx.compile(
    r"(?<![\p{L}'’\-])(?P<long>\p{Lu}[\p{L}'’\-]*+(?:\s+(?:\p{Ll}{1,6}\s+){0,2}\p{Lu}[\p{L}'’\-]*+){0,9})"
    r"\s*(?:\(|,\s*|[–—-]\s+)$"
)


def definitions(text: str) -> dict[str, str]:
    """Long name -> acronym for "Long Name (ACR)", "Long Name, ACR" and "Long Name – ACR"
    whose letters the long name spells (its shortest tail that does, from a word starting
    with the first)."""
    out: dict[str, str] = {}
    for m in _CANDIDATE.finditer(text):
        acr = m.group("acr")
        start = m.start()
        if _capitals(acr) < _MIN_CAPITALS or not text[max(0, start - 2) : start].endswith(
            ("(", ", ", "– ", "— ", "- ")
        ):
            continue
        before = _LONG_BEFORE.search(text, max(0, start - 160), start)
        if before is None:
            continue
        words = before.group("long").split()
        for i in range(len(words) - 1, -1, -1):
            long = " ".join(words[i:])
            if words[i][0] == acr[0] and _spelled_by(long, acr):
                if len(words) - i >= 2:
                    out.setdefault(long, acr)
                break
    return out


# "Asociación Colombiana de Ciudades Capitales (Asocapitales)": a short name made of the
# beginnings of the long name's words, a word in brackets after it.
_CLIPPED = rx.compile(r"\((?P<short>\p{Lu}\p{Ll}{3,}(?:\p{Lu}\p{Ll}+)?)\)")
_PIECE = 2  # letters at least from each word: syllables, not initials


def clipped_definitions(text: str) -> dict[str, str]:
    """Long name -> short name for "Long Name (Shortname)" whose short name is made of the
    beginnings of two or more of the long name's words, in order, from its first word."""
    out: dict[str, str] = {}
    for m in _CLIPPED.finditer(text):
        start = m.start()
        before = _LONG_BEFORE.search(text, max(0, start - 160), start + 1)
        if before is None:
            continue
        words = before.group("long").split()
        short = m.group("short").lower()
        for i in range(len(words) - 2, -1, -1):
            if _clipped_from(short, [w.lower() for w in words[i:]]):
                out.setdefault(" ".join(words[i:]), m.group("short"))
                break
    return out


def _clipped_from(short: str, words: list[str]) -> bool:
    """Whether `short` is the beginnings of the first word and one or more later ones."""

    @functools.cache
    def fits(at: int, word: int, pieces: int) -> bool:
        if at == len(short):
            return pieces >= 2
        return any(
            short.startswith(words[k][:size], at) and fits(at + size, k + 1, pieces + 1)
            for k in ([word] if word == 0 else range(word, len(words)))
            for size in range(_PIECE, min(len(words[k]), len(short) - at) + 1)
        )

    return fits(0, 0, 0)


def _project_like(text: str, acr: str, starts: list[int]) -> bool:
    for start in starts:
        stop = start + len(acr)
        if _PROJECT_BEFORE.search(text, max(0, start - _WINDOW), start) or _PROJECT_AFTER.match(
            text, stop
        ):
            return True
    return False


def _cued(text: str, acr: str, start: int) -> bool:
    stop = start + len(acr)
    before = max(0, start - _WINDOW)
    return bool(
        _ORGAN_AFTER.match(text, stop)
        or _VERB_AFTER.match(text, stop)
        or _VERB_BEFORE.search(text, before, start)
        or _ROLE_OF_BEFORE.search(text, before, start)
        or _MEETING_OF_BEFORE.search(text, before, start)
    )


# A continent after an acronym names the body's branch there ("ICMC Europe", "UCLG
# Africa"): a body, whatever the sentence says around it.
_CONTINENT_AFTER = rx.compile(
    r"[^\S\n]+(?P<region>Europe|Africa|Asia(?:[- ]Pacific)?|Latin America|North America|"
    r"Middle East|MENA)(?![\p{L}\p{N}\-])"
)


def _branch(text: str, acr: str, starts: list[int]) -> str | None:
    """ "ACR Europe" when a mention of the acronym is followed by a continent's name."""
    for start in starts:
        m = _CONTINENT_AFTER.match(text, start + len(acr))
        if m:
            return f"{acr} {m.group('region')}"
    return None


@functools.lru_cache(maxsize=4)
def acronym_bodies(
    text: str, defined: frozenset[tuple[str, str]], known: frozenset[str]
) -> tuple[tuple[int, str], ...]:
    """(offset, acronym) of the bodies the text names by acronym, first mention first.

    `defined` holds the (long name, acronym) pairs the text spells out: one whose long name
    names no project and that the text uses again counts, like one that a cue vouches for.
    Acronyms in `known` (well-known bodies, found elsewhere) are left out, but for a branch
    of theirs.
    """
    at: dict[str, list[int]] = {}
    headings: dict[int, bool] = {}
    for m in _CANDIDATE.finditer(text):
        acr = m.group("acr")
        if _capitals(acr) >= _MIN_CAPITALS and not _heading(text, m.start(), headings):
            at.setdefault(acr, []).append(m.start())
    longs = {acr: long for long, acr in defined}
    out = []
    for acr, starts in at.items():
        if acr in known:
            # found elsewhere, but not its branch ("UCLG Africa", "ICMC Europe")
            branch = _branch(text, acr, starts)
            if branch:
                out.append((starts[0], branch))
            continue
        if _project_like(text, acr, starts):
            continue
        long = longs.get(acr)
        if long is not None and _PROJECT_LONG.search(long):
            continue
        branch = _branch(text, acr, starts)
        if branch:
            out.append((starts[0], branch))
        elif (long is not None and len(starts) >= 2) or any(_cued(text, acr, s) for s in starts):
            out.append((starts[0], acr))
    return tuple(out)
