"""factory_boy factories for every app (each app appends its own below)."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from citypeers.accounts.enums import Role
from citypeers.network import models as network
from citypeers.network.geodata import folded_names


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    role = Role.USER
    password = factory.django.Password("correct horse battery staple")


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.Country
        django_get_or_create = ("code",)

    code = "IT"
    name_en = factory.LazyAttribute(lambda country: f"Country {country.code}")
    is_eu = True


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.Municipality
        skip_postgeneration_save = True

    geonames_id = factory.Sequence(lambda n: 9_000_000 + n)
    name = factory.Sequence(lambda n: f"Town {n}")
    country = factory.SubFactory(CountryFactory)
    latitude = 45.0
    longitude = 12.0
    population = 50_000
    timezone = "Europe/Rome"

    @factory.post_generation
    def index_names(municipality, create, extracted, **kwargs):
        """Index the names as the directory loader does, so that search finds them."""
        if create:
            record = {"name": municipality.name, "alternatenames": municipality.alternate_names}
            network.MunicipalityName.objects.bulk_create(
                network.MunicipalityName(municipality=municipality, folded=name)
                for name in folded_names(record, municipality.names_by_language)
            )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "civil_society"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.Person

    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    phone = "+39 041 000 0000"


class PersonRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.PersonRole

    person = factory.SubFactory(PersonFactory)
    title = "Director"


class AffiliationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.Affiliation

    user = factory.SubFactory(UserFactory)


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = network.Programme

    name = factory.Sequence(lambda n: f"Programme {n}")


# --- events ---------------------------------------------------------------------------

from citypeers.events import models as events  # noqa: E402 (each app appends its block)
from citypeers.events import services as event_services  # noqa: E402 (each app appends its block)


class EventSeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = events.EventSeries
        django_get_or_create = ("name_en",)

    name_en = "online peer-to-peer exchange"
    name_it = "scambio online tra pari"


class EventFactory(factory.django.DjangoModelFactory):
    """An online peer exchange of two hours; pass ``starts_at`` to place it."""

    class Meta:
        model = events.Event

    kind = "peer_exchange"
    format = "online"
    starts_at = factory.Sequence(
        lambda n: dt.datetime(2021, 1, 4, 9, tzinfo=dt.UTC) + dt.timedelta(days=n)
    )
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + dt.timedelta(hours=2))
    status = "planned"


class EventParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = events.EventParticipant

    event = factory.SubFactory(EventFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    country = factory.LazyAttribute(lambda p: p.municipality.country if p.municipality else None)


class EventPersonFactory(factory.django.DjangoModelFactory):
    """A person at an event (a delegate, for no body unless ``participant`` is given)."""

    class Meta:
        model = events.EventPerson

    event = factory.SubFactory(EventFactory)
    person = factory.SubFactory(PersonFactory)


def florence_consultation(
    *, starts_at: dt.datetime, ends_at: dt.datetime, session: tuple[str, dt.datetime, dt.datetime]
) -> events.Event:
    """A consultation of Florence (Europe/Rome), made through the service, with one session
    (title, start, end): the event whose page says its days and its sessions' times."""
    event = event_services.create_event(
        kind="consultation",
        starts_at=starts_at,
        ends_at=ends_at,
        municipalities=[MunicipalityFactory(name="Florence", timezone="Europe/Rome")],
    )
    title, session_starts_at, session_ends_at = session
    events.EventSession.objects.create(
        event=event, title=title, starts_at=session_starts_at, ends_at=session_ends_at
    )
    return event


# --- practices ------------------------------------------------------------------------


class PracticeFactory(factory.django.DjangoModelFactory):
    """A published practice written straight to the table (no vector: see the services)."""

    class Meta:
        model = "practices.Practice"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Practice {n}")
    language = "en"
    status = "published"
    municipality = factory.SubFactory(MunicipalityFactory)
    themes = factory.LazyFunction(lambda: ["housing"])
    summary = "A short summary of what the city does."


# --- documents ------------------------------------------------------------------------

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402 (appended block)

from citypeers.documents.samples import pdf_with_text  # noqa: E402
from citypeers.documents.services import attach_document  # noqa: E402


class DocumentFactory(factory.Factory):
    """A document attached through the real service: a real (PDF) file in the test storage.

    Pass ``item=`` (the event); ``content`` and ``name`` choose the file.
    """

    class Meta:
        model = dict  # built by _create below, through documents.services

    title = factory.Sequence(lambda n: f"Document {n}")
    language = "en"
    visibility = "members"
    description = ""
    name = factory.Sequence(lambda n: f"document-{n}.pdf")
    content = factory.LazyAttribute(lambda doc: pdf_with_text([doc.title]))
    by = None

    @classmethod
    def _create(cls, model_class, *, item, name, content, **kwargs):
        return attach_document(item=item, upload=SimpleUploadedFile(name, content), **kwargs)
