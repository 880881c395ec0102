"""Module-level regex calls with a compiled-pattern cache that costs less than `regex`'s own."""

import functools

import regex


@functools.lru_cache(maxsize=2048)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).fullmatch(string)


def sub(pattern: str, repl, string: str, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string)


def split(pattern: str, string: str, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).split(string)


def finditer(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)
