"""Documents on the seed meetings, one of each visibility at least, generated in code.

The files are small real PDFs and text files written here (no copy of the reports).
Loading twice changes nothing: a document is found by its event and title first.
Needs the events demo loaded first.
"""

from django.core.files.base import ContentFile

from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document
from citypeers.documents.samples import pdf_with_text, text_file
from citypeers.documents.services import attach_document
from citypeers.events.models import Event

#: What each seed report states about its meeting's materials, as a visibility: the
#: Gdańsk–Venice and Cluj-Napoca–Florence reports restrict downloads to signed-in users
#: (members). Meetings whose report says nothing keep the visibility chosen per document.
SEED_REPORT_ACCESS = {
    ("Gdańsk", "Venice"): Visibility.MEMBERS,
    ("Florence", "Cluj-Napoca"): Visibility.MEMBERS,
}

# (municipalities that met, title, file name, language, visibility when the report is
# silent, description, lines)
DOCUMENTS = [
    (
        ("Gdańsk", "Venice"),
        "Agenda of the exchange",
        "agenda-gdansk-venice.txt",
        "en",
        Visibility.MEMBERS,
        "Running order of the online meeting.",
        [
            "Online peer-to-peer exchange Gdansk - Venice",
            "1. Welcome by the moderator",
            "2. Gdansk: the Centre for Migrants Support",
            "3. Venice: mediation and prompt social intervention",
            "4. Questions, common challenges, next steps",
        ],
    ),
    (
        ("Gdańsk", "Venice"),
        "Presentations of both cities",
        "Spotkanie_Gdańsk–Wenecja.pdf",
        "pl",
        Visibility.MEMBERS,
        "The slides each city showed, in one file.",
        [
            "Gdansk and Venice: two cities, one exchange",
            "Services for newcomers, figures, lessons from the pandemic.",
        ],
    ),
    (
        ("Bari", "Kraków"),
        "Minutes for the participants",
        "minutes-bari-krakow.pdf",
        "en",
        Visibility.PARTICIPANTS,
        "What was agreed, with the contacts of the people involved.",
        [
            "Minutes: online exchange Bari - Krakow",
            "Agreed: share the intercultural mediation training plan.",
            "Contacts are in the members' directory.",
        ],
    ),
    (
        ("Milan", "Barcelona"),
        "Programme of the regional consultation",
        "programma-consultazione-milano.pdf",
        "it",
        Visibility.PUBLIC,
        "Two days of panels and thematic workshops.",
        [
            "Regional consultation, Milan",
            "Day 1: opening, panels on housing and work",
            "Day 2: thematic workshops and closing session",
        ],
    ),
    (
        ("Florence", "Cluj-Napoca"),
        "Follow-up actions",
        "follow-up-florence-cluj.txt",
        "en",
        Visibility.MEMBERS,
        "Who does what after the exchange.",
        [
            "Follow-up after the exchange Florence - Cluj-Napoca",
            "- Florence sends its guide for street outreach teams.",
            "- Cluj-Napoca shares its one-stop-shop procedures.",
        ],
    ),
]


def event_between(names: tuple[str, ...]) -> Event | None:
    """The seed meeting in which all these municipalities took part (the earliest)."""
    events = Event.objects.all()
    for name in names:
        events = events.filter(participants__municipality__name=name)
    return events.order_by("starts_at").first()


def load_demo_data() -> None:
    for names, title, file_name, language, visibility, description, lines in DOCUMENTS:
        event = event_between(names)
        if event is None:
            raise LookupError(
                f"The meeting of {' and '.join(names)} is missing: load the events demo first."
            )
        visibility = SEED_REPORT_ACCESS.get(names, visibility)
        existing = Document.objects.filter(event=event, title=title).first()
        if existing is not None:
            if existing.visibility != visibility:  # loaded before the seeds were followed
                existing.visibility = visibility
                existing.save(update_fields=["visibility"])
            continue
        content = text_file(lines) if file_name.endswith(".txt") else pdf_with_text(lines)
        attach_document(
            item=event,
            upload=ContentFile(content, name=file_name),
            title=title,
            language=language,
            visibility=visibility,
            description=description,
            by=None,
        )
