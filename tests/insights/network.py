"""A small network whose every indicator has an answer counted by hand.

Countries IT and DE. Programme P enrols Roma, Milano, Napoli (IT) and Berlin (DE);
programme Q enrols München (DE).

| event | starts     | status    | kind          | prog | parties        | themes             | people    |
|-------|------------|-----------|---------------|------|----------------|--------------------|-----------|
| e1    | 2021-01-15 | concluded | peer exchange | P    | Roma, Berlin   | housing            | p1, p2    |
| e2    | 2021-02-10 | concluded | peer exchange | P    | Roma, Milano   | housing, employment| p1, p3    |
| e3    | 2021-04-05 | concluded | consultation  | P    | Milano, Berlin | education          | p4, p1    |
| e4    | 2021-05-20 | cancelled | peer exchange | P    | Roma, Napoli   | housing            |           |
| e5    | 2031-06-01 | planned   | workshop      | P    | Berlin         | language           |           |
| e6    | 2021-03-01 | concluded | webinar       | Q    | München        | health             | p5        |

Profiles list challenges: Roma housing and language, Berlin language and data.

Practices: pr1 Roma published (housing, filed 2021-01-01); pr2 Berlin published
(employment, 2022-01-01) inspired by pr1; pr4 Milano archived (education, 2021-06-01);
pr3 Milano draft inspired by pr4 (seen only by Milano's officer and coordinators).

Follow-ups: e1 done, e1 open (due 2099), e1 overdue (due 2021-05-01), e3 open (no date).

Documents: d1 public on e1, downloaded 2021-01-20 and 2021-01-25; d2 participants' on
e3, downloaded 2021-02-03.
"""

import datetime as dt

from citypeers.accounts.enums import Role
from citypeers.documents.models import DocumentDownload
from citypeers.events.models import EventTheme, FollowUpAction
from citypeers.network.models import CityProfile, Enrolment, ProfileChallenge
from citypeers.practices.models import Practice
from tests.factories import (
    AffiliationFactory,
    CountryFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    EventPersonFactory,
    MunicipalityFactory,
    PersonFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
)


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


class Network:
    def __init__(self):
        italy = CountryFactory(code="IT", name_en="Italy")
        germany = CountryFactory(code="DE", name_en="Germany")
        self.p = ProgrammeFactory(name="Programme P")
        self.q = ProgrammeFactory(name="Programme Q")
        self.roma = MunicipalityFactory(name="Roma", country=italy)
        self.milano = MunicipalityFactory(name="Milano", country=italy)
        self.napoli = MunicipalityFactory(name="Napoli", country=italy)
        self.berlin = MunicipalityFactory(name="Berlin", country=germany, timezone="Europe/Berlin")
        self.munich = MunicipalityFactory(name="München", country=germany, timezone="Europe/Berlin")
        for city in (self.roma, self.milano, self.napoli, self.berlin):
            Enrolment.objects.create(programme=self.p, municipality=city)
        Enrolment.objects.create(programme=self.q, municipality=self.munich)

        people = [PersonFactory() for _ in range(5)]
        p1, p2, p3, p4, p5 = people

        def event(starts, status, kind, programme, parties, themes, persons):
            event = EventFactory(starts_at=starts, status=status, kind=kind, programme=programme)
            for position, city in enumerate(parties):
                EventParticipantFactory(event=event, municipality=city, position=position)
            for theme in themes:
                EventTheme.objects.create(event=event, theme=theme)
            for person in persons:
                EventPersonFactory(event=event, person=person)
            return event

        table = {
            "e1": ((2021, 1, 15), "concluded", "peer_exchange", self.p, [self.roma, self.berlin], ["housing"], [p1, p2]),
            "e2": ((2021, 2, 10), "concluded", "peer_exchange", self.p, [self.roma, self.milano], ["housing", "employment"], [p1, p3]),
            "e3": ((2021, 4, 5), "concluded", "consultation", self.p, [self.milano, self.berlin], ["education"], [p4, p1]),
            "e4": ((2021, 5, 20), "cancelled", "peer_exchange", self.p, [self.roma, self.napoli], ["housing"], []),
            "e5": ((2031, 6, 1), "planned", "workshop", self.p, [self.berlin], ["language"], []),
            "e6": ((2021, 3, 1), "concluded", "webinar", self.q, [self.munich], ["health"], [p5]),
        }  # fmt: skip
        for name, (day, *row) in table.items():
            setattr(self, name, event(utc(*day, 9), *row))

        for city, themes in (
            (self.roma, ["housing", "language"]),
            (self.berlin, ["language", "data"]),
        ):
            profile = CityProfile.objects.create(municipality=city)
            for priority, theme in enumerate(themes, start=1):
                ProfileChallenge.objects.create(profile=profile, theme=theme, priority=priority)

        self.milano_officer = UserFactory(role=Role.USER)
        AffiliationFactory(user=self.milano_officer, municipality=self.milano)
        self.coordinator = UserFactory(role=Role.COORDINATOR)

        self.pr1 = PracticeFactory(municipality=self.roma, themes=["housing"])
        self.pr2 = PracticeFactory(municipality=self.berlin, themes=["employment"])
        self.pr4 = PracticeFactory(
            municipality=self.milano, themes=["education"], status="archived"
        )
        self.pr3 = PracticeFactory(municipality=self.milano, themes=["education"], status="draft")
        self.pr2.inspired_by.add(self.pr1)
        self.pr3.inspired_by.add(self.pr4)
        for practice, day in (
            (self.pr1, utc(2021, 1, 1)),
            (self.pr2, utc(2022, 1, 1)),
            (self.pr4, utc(2021, 6, 1)),
            (self.pr3, utc(2021, 6, 2)),
        ):
            Practice.objects.filter(pk=practice.pk).update(created_at=day)

        FollowUpAction.objects.create(event=self.e1, description="a", done_at=utc(2021, 2, 1))
        FollowUpAction.objects.create(event=self.e1, description="b", due_on=dt.date(2099, 7, 1))
        FollowUpAction.objects.create(event=self.e1, description="c", due_on=dt.date(2021, 5, 1))
        FollowUpAction.objects.create(event=self.e3, description="d")

        self.d1 = DocumentFactory(item=self.e1, visibility="public", by=self.coordinator)
        self.d2 = DocumentFactory(item=self.e3, visibility="participants", by=self.coordinator)
        for document, when in (
            (self.d1, utc(2021, 1, 20)),
            (self.d1, utc(2021, 1, 25)),
            (self.d2, utc(2021, 2, 3)),
        ):
            DocumentDownload.objects.create(document=document, downloaded_at=when)
