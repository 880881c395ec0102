"""Form fields shared by the apps' forms."""

import regex
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Free text, with room for what people write and far below what hurts a page or a search.
SHORT_TEXT_CHARS = 2_000  # summaries, notes, descriptions of a session, a follow-up
LONG_TEXT_CHARS = 50_000  # reports, a practice's description

# The databases' integer keys are signed 64-bit numbers.
LARGEST_ID = 2**63 - 1


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's field, refusing ids past 64 bits as invalid choices.

    Django looks such an id up with ``pk__in``, which SQLite answers with an
    OverflowError and PostgreSQL with an out-of-range error: a 500 instead of the
    field's own message.
    """

    def _check_values(self, value):
        for pk in value or ():
            try:
                number = int(str(pk))
            except ValueError:
                continue  # not a number: Django's own check names it
            if not -LARGEST_ID - 1 <= number <= LARGEST_ID:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)


# Line breaks (including U+2028/U+2029/U+0085) and other control characters.
_NOT_ONE_LINE = regex.compile(r"[\p{Cc}\u2028\u2029]")


def validate_one_line(value: str) -> None:
    """A title or a name is one line: a line break in it would break headers and calendars."""
    if _NOT_ONE_LINE.search(value or ""):
        raise ValidationError(
            _("Write this on one line, without line breaks or control characters."),
            code="not_one_line",
        )
