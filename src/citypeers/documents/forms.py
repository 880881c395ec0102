from django import forms
from django.utils.translation import gettext_lazy as _

from citypeers.core.forms import SHORT_TEXT_CHARS, validate_one_line
from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document, document_language_choices
from citypeers.documents.uploads import FORMATS


class DocumentUploadForm(forms.Form):
    """What a person fills in to attach a file; the file itself is checked by the service."""

    title = forms.CharField(validators=[validate_one_line], label=_("Title"), max_length=300)
    language = forms.ChoiceField(label=_("Language"), choices=document_language_choices)
    description = forms.CharField(
        max_length=SHORT_TEXT_CHARS, label=_("Description"), widget=forms.Textarea, required=False
    )
    visibility = forms.ChoiceField(
        label=_("Who may download it"),
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
    )
    file = forms.FileField(
        label=_("File"),
        error_messages={
            "required": _(
                "Choose a file to attach (if you did, the upload was cut off: try again)."
            )
        },
        max_length=Document._meta.get_field("original_name").max_length,
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(f".{extension}" for extension in FORMATS)}
        ),
    )
