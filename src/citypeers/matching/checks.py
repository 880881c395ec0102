"""Start-up checks of the matching settings: a bad weight stops the site with its name."""

import dataclasses
import math

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from citypeers.matching.compatibility import Weights

WEIGHT_NAMES = tuple(f.name for f in dataclasses.fields(Weights))
#: Weights counted in whole units (communities, days).
WHOLE_NUMBERS = ("origin_ranks", "rematch_after_days")


def weights_from_setting(value) -> Weights:
    """``settings.MATCHING_WEIGHTS`` as ``Weights``; ImproperlyConfigured names what is wrong."""
    if not isinstance(value, dict):
        raise ImproperlyConfigured(
            f"MATCHING_WEIGHTS must be a dict of weight names to numbers, not {value!r}."
        )
    unknown = sorted(set(value) - set(WEIGHT_NAMES))
    if unknown:
        raise ImproperlyConfigured(
            f"MATCHING_WEIGHTS has unknown weights {', '.join(map(str, unknown))}; "
            f"known: {', '.join(WEIGHT_NAMES)}."
        )
    for name, number in value.items():
        whole = name in WHOLE_NUMBERS
        kind = int if whole else (int, float)
        if isinstance(number, bool) or not isinstance(number, kind):
            wanted = "a whole number" if whole else "a number"
            raise ImproperlyConfigured(
                f"MATCHING_WEIGHTS[{name!r}] must be {wanted}, not {number!r}."
            )
        if not math.isfinite(number) or number < 0:
            raise ImproperlyConfigured(
                f"MATCHING_WEIGHTS[{name!r}] must be zero or more, not {number!r}."
            )
    try:
        return Weights(**value)
    except ValueError as error:
        raise ImproperlyConfigured(f"MATCHING_WEIGHTS: {error}.") from None


@checks.register()
def check_matching_weights(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    try:
        weights_from_setting(getattr(settings, "MATCHING_WEIGHTS", {}))
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="matching.E001", obj="settings.MATCHING_WEIGHTS")]
    return []
