"""A role read after a name that runs on over the next person of a list.

A list that gives each name its role after a dash or a comma ("A – deputy mayor, B – head of
the social office and C – councillor") lets the role pattern run on to the next separator it
knows, over the next person's name. The role ends where another person found begins.
"""

from . import patterns as rx
from .given_names import is_known_name

# what joins a role to the next item of a list: punctuation, dashes and "and" in the
# programme languages
_TRAILING_JOINT = rx.compile(
    r"(?:[\s,;:–—\-]|(?<![\p{L}])(?:and|e|ed|y|und|i|și|şi|oraz|και|et|u|as\s+well\s+as|"
    r"a\s+także|sowie|precum\s+și)(?![\p{L}]))+$"
)


def cut_at_other_people(people: list) -> None:
    """Each person's role ends before the first other person's full name it runs into (a
    name that opens on a given name: a body found as a name is the role's own body); a role
    that would be left with no word is kept as it was."""
    names = {
        p.name for p in people if len(p.name.split()) >= 2 and is_known_name(p.name.split()[0])
    }
    for person in people:
        role = person.role
        if not role:
            continue
        cut = min(
            (
                at
                for name in names
                if name != person.name and (at := _whole_word_at(role, name)) > 0
            ),
            default=None,
        )
        if cut is None:
            continue
        kept = _TRAILING_JOINT.sub("", role[:cut])
        if any(c.isalpha() for c in kept):
            person.role = kept


def _whole_word_at(phrase: str, name: str) -> int:
    """Where `name` first stands in `phrase` as whole words, else -1."""
    at = phrase.find(name)
    while at >= 0:
        end = at + len(name)
        if not (phrase[at - 1 : at].isalnum() or phrase[end : end + 1].isalnum()):
            return at
        at = phrase.find(name, at + 1)
    return -1
