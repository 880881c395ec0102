"""Made-up queries: how close words that mean nothing come to a collection of texts.

A semantic engine always has neighbours, so "nothing found" needs a yardstick. Queries
of invented words, written in the letters of each programme language, say how near
noise gets to these texts; a real query's closest text must stand clear of that.
The queries are generated from a fixed seed, so every process measures the same noise.
"""

import random

import numpy as np

# Consonants and vowels of each programme language, accents included.
LETTERS = {
    "en": ("bcdfghklmnprstvwxz", "aeiouy"),
    "it": ("bcdfglmnprstvz", "aeiouà"),
    "es": ("bcdfgjlmnñprstvz", "aeiouáé"),
    "de": ("bdfghklmnprstwzß", "aeiouäöü"),
    "el": ("βγδζθκλμνξπρστφχψ", "αεηιουω"),
    "pl": ("bcdfgłńprsśtwzźż", "aeiouyąę"),
    "ro": ("bcdfglmnprsștțvz", "aeiouăâî"),
    "mt": ("bċdfġgħjklmnpqrstvxżz", "aeiou"),
}


def made_up_queries(per_language: int, *, seed: int) -> list[tuple[str, str]]:
    """(language, query) pairs: ``per_language`` queries of one to three invented words."""
    rng = random.Random(seed)  # noqa: S311 (reproducible made-up words, not secrets)
    queries = []
    for language, (consonants, vowels) in LETTERS.items():
        for _ in range(per_language):
            words = [
                "".join(
                    rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(2, 4))
                )
                + rng.choice(consonants)
                for _ in range(rng.randint(1, 3))
            ]
            queries.append((language, " ".join(words)))
    return queries


def noise_level(noise: np.ndarray, matrix: np.ndarray) -> tuple[float, float]:
    """Mean and spread of the best cosine each noise vector (a row) reaches in ``matrix``."""
    if len(noise) == 0 or len(matrix) == 0:
        return -1.0, 0.0
    best = (matrix @ noise.T).max(axis=0)
    return float(best.mean()), float(best.std())
