import pytest
from django.urls import reverse
from django.utils import translation

from citypeers.events.demo import SERIES
from citypeers.events.models import EventSeries
from citypeers.events.titles import event_title
from tests.factories import EventFactory, EventParticipantFactory, EventSeriesFactory

pytestmark = pytest.mark.django_db


def seventh(series, *cities):
    event = EventFactory(series=series, ordinal=7)
    for city in cities:
        EventParticipantFactory(event=event, municipality__name=city)
    return event


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "7th online peer-to-peer exchange"),
        ("it", "7° scambio online tra pari"),
        ("es", "7.º intercambio en línea entre pares"),
        ("el", "7η διαδικτυακή ανταλλαγή μεταξύ ομοτίμων"),
        ("pl", "7. wymiana partnerska online"),
        ("ro", "Al 7-lea schimb online între egali"),
        ("de", "7. Online-Peer-to-Peer-Austausch"),
        ("mt", "Is-7 skambju online bejn il-pari"),
    ],
)
def test_event_title_of_the_demo_series_in_each_language(language, title):
    event = seventh(EventSeries.objects.create(**SERIES), "Bari", "Kraków")

    with translation.override(language):
        shown = event_title(event)

    assert shown.split(":")[0] == title
    assert shown.endswith(
        " – ".join(m.name for m in (p.municipality for p in event.participants.all()))
    )


@pytest.mark.parametrize(
    ("language", "gender", "title"),
    [
        ("it", "f", "7ª consultazione regionale"),
        ("es", "f", "7.ª consulta regional"),
        ("el", "n", "7ο περιφερειακό φόρουμ"),
        ("el", "m", "7ος περιφερειακός διάλογος"),
        ("ro", "f", "A 7-a consultare regională"),
    ],
)
def test_event_title_ordinal_agrees_with_the_gender_of_the_name_in_that_language(
    language, gender, title
):
    name = title.removeprefix("A ").split(" ", 1)[1]
    series = EventSeriesFactory(
        name_en="regional consultation", **{f"name_{language}": name, f"gender_{language}": gender}
    )

    assert event_title(seventh(series, "Bari"), language) == f"{title}: Bari"


@pytest.mark.parametrize("language", ["el", "pl", "mt"])
def test_event_title_of_a_series_without_that_language_is_english(language):
    series = EventSeriesFactory(name_en="regional consultation", name_it="consultazione")

    shown = event_title(seventh(series, "Bari"), language)

    assert shown == "7th regional consultation: Bari"


def test_series_name_falls_back_to_english_and_follows_the_active_language():
    series = EventSeriesFactory(name_en="regional consultation", name_el="περιφερειακή διαβούλευση")

    with translation.override("el"):
        greek = str(series)
    with translation.override("pl"):
        polish = str(series)

    assert (greek, polish) == ("περιφερειακή διαβούλευση", "regional consultation")


def test_session_title_shows_in_the_page_language_else_in_any_it_has():
    from citypeers.events.models import EventSession

    event = EventFactory()
    session = EventSession.objects.create(
        event=event,
        title_en="Access to housing",
        title_it="Accesso alla casa",
        starts_at=event.starts_at,
        ends_at=event.ends_at,
    )
    only_italian = EventSession.objects.create(
        event=event, title_it="Lavoro", starts_at=event.starts_at, ends_at=event.ends_at
    )

    shown = {}
    for language in ("en", "it", "de"):
        with translation.override(language):
            shown[language] = (session.title, only_italian.title)

    assert shown == {
        "en": ("Access to housing", "Lavoro"),
        "it": ("Accesso alla casa", "Lavoro"),
        "de": ("Access to housing", "Lavoro"),
    }


@pytest.mark.parametrize(
    ("language", "parties"),
    [("it", "Firenze – Atene"), ("es", "Florencia – Atenas"), ("en", "Florence – Athens")],
)
def test_generated_title_names_the_parties_in_the_page_language(language, parties):
    event = EventFactory(series=EventSeries.objects.create(**SERIES), ordinal=7)
    for english, names in (
        ("Florence", {"it": "Firenze", "es": "Florencia"}),
        ("Athens", {"it": "Atene", "es": "Atenas"}),
    ):
        EventParticipantFactory(
            event=event, municipality__name=english, municipality__names_by_language=names
        )

    with translation.override(language):
        shown = event_title(event)

    assert shown.endswith(f": {parties}")


def test_admin_finds_a_series_by_its_maltese_name(client, admin_user):
    series = EventSeriesFactory(name_mt="skambju online bejn il-pari")
    client.force_login(admin_user)

    found = client.get(reverse("admin:events_eventseries_changelist"), {"q": "skambju"})

    assert list(found.context["cl"].result_list) == [series]
