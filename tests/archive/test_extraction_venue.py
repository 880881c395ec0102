"""Where people met and whether they met online, when the text says it once, in passing."""

import pytest

from citypeers.archive.extraction.attendance import event_online
from tests.archive import extraction_helpers as helpers


def test_extract_report_venue_hosted_by_a_network_and_a_city():
    text = (
        "The fourth edition of the forum on newcomers was hosted by the network and the City "
        "of Aarhus.\nIt looked back on progress made since the first forum at the Milan "
        "conference in 2015."
    )

    assert helpers.record(text)["location"] == "Aarhus"


def test_extract_report_venue_said_after_an_earlier_meetings_place():
    text = (
        "Desde la primera jornada en Dublín, en 2010, la red se reunió cada año.\n"
        "Este año el encuentro se celebró en Utrecht."
    )

    assert helpers.record(text)["location"] == "Utrecht"


def test_extract_report_venue_in_a_city_with_an_adjective():
    text = "The partners held their third meeting in the Belgian city of Leuven on 4 June."

    assert helpers.record(text)["location"] == "Leuven"


def test_extract_report_venue_spanish_tiene_lugar():
    text = "La mesa de diálogo forma parte del foro que tiene lugar en Sevilla esta semana."

    assert helpers.record(text)["location"] == "Seville"  # in English, as the contract asks


def test_extract_report_venue_keeps_the_english_spelling_of_a_dateline_place():
    text = "Housing group meets\n\n4 March 2019 Patras, Greece\n\nThe local group met again."

    assert helpers.record(text)["location"] == "Patras"


@pytest.mark.parametrize(
    "text",
    [
        "Το εργαστήριο για τη στέγαση πραγματοποιήθηκε στην ΚΕΔΕ με στελέχη δήμων.",
        "The workshop on schooling took place at the Marble Hall, with teachers and staff.",
        "The sessions took place in rooms of the school, with staff of two services.",
        "Il seminario sulla casa si terrà presso Palazzo Verde il prossimo lunedì.",
    ],
)
def test_extract_report_in_person_when_the_text_places_the_meeting_in_a_building(text):
    assert helpers.record(text)["online"] is False


@pytest.mark.parametrize(
    "text",
    [
        "The partners discussed housing and schooling for newcomers.",
        # the Italian article after the verb is no Romanian "la" (at)
        "Giovedì si è tenuta la seconda riunione del tavolo sulla casa, con i tecnici.",
    ],
)
def test_extract_report_format_unknown_without_a_place_or_a_format(text):
    assert helpers.record(text)["online"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Il tavolo si riunirà lunedì sia in presenza che in videoconferenza.",
        "The panel met on Monday; members could also follow it online.",
        "La jornada, de formato híbrido, se siguió también en línea.",
        "Das Forum fand vor Ort statt und wurde online übertragen.",
    ],
)
def test_event_online_hybrid_meeting_is_in_person(text):
    assert event_online(text, has_location=False, kind=None) is False


@pytest.mark.parametrize(
    "text",
    [
        "The district office hosted two experts from a partner university for a day.",
        "Ο δήμος φιλοξενεί την τριήμερη δράση των εταίρων του έργου.",
        "Direcția a găzduit vizita a doi specialiști străini.",
        "I delegati si sono riuniti presso la sala del consiglio per discutere la proposta.",
        "Los técnicos se reunieron en el salón de plenos para revisar el plan.",
        # a body's office
        "Ο επίτροπος θα δεχτεί αύριο στο Γραφείο της Ένωσης τους δημάρχους τριών νησιών.",
        "The commissioner will receive the mayors at the office of the network tomorrow.",
        "Η παρουσίαση έγινε στην αίθουσα του δημοτικού συμβουλίου.",
    ],
)
def test_event_online_host_or_room_places_the_meeting(text):
    assert event_online(text, has_location=False, kind=None) is False


@pytest.mark.parametrize(
    ("text", "english", "online"),
    [
        # in English, "a" before a capital is the article: the meeting is not placed
        ("The session was a first step towards a Local Welcome Plan for the district.", True,
         None),
        ("The partners met to draft a Charter of the network's towns.", True, None),
        # in Italian and Spanish it is "in, at", and places the meeting
        ("La riunione dei partner si è tenuta a Bergamo presso la sede del consorzio.", False,
         False),
        ("El encuentro de los técnicos fue a Valencia, con tres ponencias.", False, False),
    ],
)  # fmt: skip
def test_event_online_english_article_a_places_nothing(text, english, online):
    assert event_online(text, has_location=False, kind=None, english=english) is online


_LEAD = (
    "Housing for newcomers\n\nThe partners of the network compared their rules for renting. " * 3
)


@pytest.mark.parametrize(
    ("sentence", "online"),
    [
        # no evidence about this meeting: a service, a survey, another meeting, "virtually all"
        ("Kalmar offers its language courses online since last spring.", None),
        ("The city opened an online platform where landlords list free flats.", None),
        ("Residents can fill in an online survey about the new shelters.", None),
        ("The next meeting of the partners will be held online on 5 May.", None),
        ("Virtually all partners sent a written contribution to the network.", None),
        ("The forum was hosted by an agency of the United Nations.", None),
        # this meeting held online, in the programme's languages
        ("The meeting took place on the Zoom platform on 4 May.", True),
        ("Das Treffen der Partner fand im virtuellen Raum statt.", True),
        ("Spotkanie partnerów odbyło się w formie wideokonferencji.", True),
        ("L'incontro dei partner si è svolto a distanza, in videochiamata.", True),
        ("Η συνάντηση των εταίρων έγινε εξ αποστάσεως.", True),
        ("Întâlnirea partenerilor a avut loc la distanță.", True),
        ("Die Sitzung der Arbeitsgruppe war ein digitales Treffen.", True),
        ("Il-laqgħa saret b'mod virtwali.", True),
        # an exchange held online is the meeting
        ("Wir laden ein zum Online-Austausch der Fachstellen.", True),
        ("Officers of the partner towns will hold an online exchange on 4 May.", True),
        ("Gli uffici dei comuni partner terranno uno scambio online il 4 maggio.", True),
        # ... but not a platform for exchange
        ("The towns use an online platform for the exchange of data.", None),
    ],
)
def test_event_online_only_from_evidence_about_this_meeting(sentence, online):
    text = _LEAD + sentence

    assert event_online(text, has_location=False, kind=None) is online


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Refugee housing\n\nThe yearly forum of mayors in Aarhus ended with a shared appeal.",
            "Aarhus",
        ),
        (
            "Vivienda\n\nLa cumbre de alcaldes en Bilbao terminó con una declaración común.",
            "Bilbao",
        ),
        ("Wohnen\n\nDie Delegation aus Kalmar zeigte sich in Graz beeindruckt.", "Graz"),
    ],
)
def test_extract_report_venue_in_a_sentence_naming_the_format(text, location):
    assert helpers.record(text)["location"] == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Graz, incontro sulla casa per i rifugiati\n\nSi sono riuniti i tecnici.", "Graz"),
        ("Bilbao: jornada de trabajo sobre vivienda\n\nLos técnicos compararon datos.", "Bilbao"),
        ("Aarhus – Bilbao: housing compared\n\nThe two cities met online.", None),
    ],
)
def test_extract_report_venue_opening_a_news_title_with_its_meeting(text, location):
    assert helpers.record(text)["location"] == location


def test_extract_report_venue_is_the_participant_named_most_when_no_sentence_says_where():
    text = (
        "Study day on welcoming newcomers, 4 May 2022.\n"
        "Officials of the municipalities of Tartu and Graz compared their welcome desks. "
        "Tartu showed its one-stop shop for newcomers, and the officers of Tartu explained "
        "how they train volunteers."
    )

    found = helpers.record(text)

    assert (found["location"], found["online"]) == ("Tartu", False)


def test_extract_report_no_venue_when_each_participant_is_named_once():
    text = (
        "Study day on welcoming newcomers, 4 May 2022.\n"
        "Officials of the municipalities of Tartu and Graz compared their welcome desks."
    )

    found = helpers.record(text)

    assert (found["location"], found["online"]) == (None, None)


def test_extract_report_no_venue_when_two_participants_are_named_as_often():
    text = (
        "Round table on language courses for adults, 9 March 2021.\n"
        "Officials of the municipalities of Tartu and Graz compared their courses. "
        "Tartu runs evening classes in its libraries, while Graz pays for classes in firms."
    )

    found = helpers.record(text)

    assert (found["location"], found["online"]) == (None, None)


@pytest.mark.parametrize(
    "body",
    ["the Open Doors Foundation in", "la Fondazione Porte Aperte a", "der Verein Offene Türen in"],
)
def test_extract_report_a_bodys_seat_in_a_meeting_sentence_is_no_venue(body):
    text = (
        "Seminar on housing for refugees, 12 June 2021.\n"
        f"During the seminar, a lawyer from {body} Tartu spoke about rent contracts."
    )

    assert helpers.record(text)["location"] is None


def test_extract_report_a_networks_forum_in_a_city_is_its_venue():
    text = "The Welcome Network Annual Forum in Tartu brought together officials of ten cities."

    assert helpers.record(text)["location"] == "Tartu"


def test_extract_report_venue_said_first_over_a_later_stop_of_the_tour():
    text = (
        "Visitors from abroad, 3 May 2019.\n"
        "A delegation of mayors from Estonia was in Graz this week, meeting officials of "
        "the city on housing for newcomers. The mayors praised the city's advice desks. "
        "Before coming here, the delegation visited Linz."
    )

    assert helpers.record(text)["location"] == "Graz"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ghent was the host of the third meeting of the network on housing.", "Ghent"),
        ("The city of Ghent played host to the network's spring meeting on housing.", "Ghent"),
        ("The partners' meeting was held at the town hall of Leuven on 4 June.", "Leuven"),
        ("La rencontre a eu lieu à l'hôtel de ville de Lyon, avec douze villes.", "Lyon"),
        ("The network's spring forum was hosted in Graz, with staff of twelve cities.", "Graz"),
        (
            "È stata Bologna a ospitare il seminario della rete sulle politiche abitative.",
            "Bologna",
        ),
        ("La réunion du réseau s'est tenue à Lyon les 3 et 4 mai, avec douze villes.", "Lyon"),
        (
            "Strasbourg a accueilli les représentants de douze villes pour un séminaire.",
            "Strasbourg",
        ),
        ("Kraków był gospodarzem spotkania przedstawicieli miast sieci.", "Kraków"),
    ],
)
def test_extract_report_venue_host_and_town_hall_phrasings(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Warszawa, 12.03.2021 – Przedstawiciele miast spotkali się, aby omówić integrację.",
            "Warsaw",
        ),
        ("ROME, 3 May – Mayors of ten cities met to discuss the reception of refugees.", "Rome"),
    ],
)
def test_extract_report_venue_from_a_dateline_opening_the_report(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Graz trafen sich Vertreter von zehn Städten.", "Graz"),
        ("W Krakowie odbyło się spotkanie przedstawicieli miast.", "Kraków"),
        ("Στην Αθήνα πραγματοποιήθηκε η συνάντηση των δημάρχων.", "Athens"),
        ("En Sevilla se celebró el encuentro de la red.", "Seville"),
    ],
)
def test_extract_report_venue_after_a_capitalised_preposition_opening_the_text(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "online"),
    [
        ("La réunion du réseau s'est tenue en ligne le 3 mai, avec douze villes.", True),
        ("La réunion s'est déroulée en visioconférence le 3 mai, avec douze villes.", True),
        ("La réunion s'est tenue en présentiel le 3 mai, avec douze villes.", False),
    ],
)
def test_extract_report_french_online_or_in_person(text, online):
    assert helpers.record(text)["online"] is online


_OPENING = (
    "Cities on the front line of reception\n\n"
    "The network has just published a report on the reception of newcomers, which it "
    "presented at an event on 4 April with researchers, officers and civil society groups. "
    "The report looks at housing, schooling, work and the first months of newcomers in "
    "their new towns, and at what cities asked of national governments. Speakers discussed "
    "how to keep services open when arrivals rise and fall from one month to the next, and "
    "how volunteers and staff can work together over the years.\n\n"
)


def test_extract_report_no_venue_from_a_city_first_named_far_below_the_opening():
    text = _OPENING + (
        "Anna Berg, deputy mayor of Leipzig, chaired the panel. Speaking for the city of "
        "Leipzig, she described how it received newcomers in schools."
    )

    record = helpers.record(text)
    assert record["location"] is None
    assert record["online"] is None


def test_extract_report_venue_from_the_city_the_opening_comes_back_to():
    text = (
        "Leipzig welcomes the network\n\n"
        "Officers of the city of Leipzig met officers of the network on 4 April. "
        "Anna Berg, deputy mayor of Leipzig, chaired the panel on schooling."
    )

    assert helpers.record(text)["location"] == "Leipzig"


def test_extract_report_venue_in_a_sentence_with_german_ordinal_days():
    text = (
        "Austausch zu Fragen der Integration\n\n"
        "Der Gegenbesuch der Delegation findet vom 3. bis 14. November 2018 in Deutschland "
        "statt, hiervon drei Tage in Hamburg."
    )

    assert helpers.record(text)["location"] == "Hamburg"


def test_sentence_ends_skip_the_full_stop_of_a_day_or_an_ordinal():
    from citypeers.archive.extraction.text import sentence_ends

    text = "Das 3. Treffen fand am 14. Mai statt. Es kamen 20 Gäste. Das war 2018. Danach"
    ends = sentence_ends(text, 0, len(text))

    assert [text[e - 2 : e] for e in ends] == [". ", ". ", ". "]
    assert text[ends[0] :].startswith("Es kamen")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Burmistrz Gdyni był z wizytą w niemieckim Hamburgu, gdzie odbyło się spotkanie "
            "miast partnerskich.",
            "Hamburg",
        ),
        (
            "El concejal viajará a un encuentro de alcaldes en la ciudad peruana de Arequipa.",
            "Arequipa",
        ),
        ("Αύριο θα γίνει σύσκεψη των δημάρχων στη Λάρισα.", "Larissa"),
        # a feminine plural article, a meeting in the genitive plural, "were there"
        (
            "Οι δήμαρχοι των νησιών βρέθηκαν στις Βρυξέλλες και είχαν σειρά "
            "συναντήσεων με τους επιτρόπους.",
            "Brussels",
        ),
    ],
)
def test_extract_report_venue_after_an_adjective_or_with_a_greek_meeting_noun(text, place):
    assert helpers.record(text)["location"] == place


def test_extract_report_venue_from_a_dateline_before_a_dash():
    text = (
        "Three cities close their pilot year\n\n"
        "Geneva - On 12 March, the agency received officers from Lyon and Turin to review "
        "the results."
    )
    assert helpers.record(text)["location"] == "Geneva"


def test_extract_report_an_abbreviations_full_stop_ends_no_meeting_sentence():
    text = (
        "Zdjęcie: uczestnicy spotkania Zespołu ds. Integracji i Praw Człowieka w Poznaniu.\n"
        "Członkowie zespołu z Lublina i Gdańska wzięli w nim udział."
    )
    assert helpers.record(text)["location"] == "Poznań"


def test_extract_report_venue_not_from_a_sentence_dated_as_another_meeting():
    text = (
        "Partner towns meet on integration\n\n"
        "The first visit of the project took place in Kraków in March 2023.\n"
        "This time, from 4 to 6 June 2024, the partners met in Leipzig to compare their "
        "reception services."
    )
    assert helpers.record(text)["location"] == "Leipzig"


def test_extract_report_host_with_a_partner_said_before_its_verb():
    text = (
        "On 5 May the municipality of Parma, with the support of the national association "
        "of municipalities and two foundations, hosted the second meeting of the network. "
        "Its next meeting is set for 9 October in Lecce."
    )
    assert helpers.record(text)["location"] == "Parma"


@pytest.mark.parametrize(
    "text",
    [
        "Burmistrzowie obu miast rozmawiali podczas wideo rozmowy, w której wzięli udział "
        "także radni.",
        "Die Bürgermeister tauschten sich in einem Videogespräch mit den Räten aus, an dem "
        "auch die Verbände teilnahmen.",
        # a digital meeting named as a compound's head, and an Italian telematic sitting
        "Die Städte Kleinau und Obertal laden am 3. März die Beauftragten aus sechs Städten "
        "zu einem digitalen Arbeitstreffen ein.",
        "La riunione dei sindaci del distretto si è svolta in modalità telematica.",
    ],
)
def test_event_online_a_video_call(text):
    assert event_online(text, has_location=False, kind=None) is True


def test_extract_report_a_city_sending_a_delegation_is_not_the_host():
    text = (
        "Visit of the Porto delegation\n\n"
        "A delegation of five officers from the city of Porto travelled abroad to learn about "
        "housing for refugees. The Porto officers were impressed by the volunteers."
    )
    assert helpers.record(text)["location"] is None


def test_extract_report_the_city_a_delegation_met_is_the_venue():
    text = (
        "Visit of the Porto delegation\n\n"
        "A delegation of five officers from the city of Porto travelled abroad in May. "
        "Porto officers presented their shelters. On the first day the delegation met with "
        "the city of Leeds and its partners."
    )
    assert helpers.record(text)["location"] == "Leeds"


def test_extract_report_a_city_named_without_its_city_word_keeps_the_texts_name():
    text = (
        "Mayors meet at the UN in New York\n\n"
        "Mayors from Lisbon and Oslo, hosted by New York, discussed shelters. New York "
        "officials presented their reception centres."
    )
    assert helpers.record(text)["location"] == "New York"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sabato, al Teatro Sociale di Como, l'associazione organizza un incontro con i "
            "sindaci della provincia.",
            "Como",
        ),
        (
            "On Friday the network held a workshop at the Central Library of Utrecht with "
            "officers of four towns.",
            "Utrecht",
        ),
    ],
)
def test_extract_report_venue_in_a_building_of_the_town(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The mayor of Rotterdam, Ann Vermeer, received on Tuesday the mayors of three "
            "towns of the south to talk about housing for newcomers.",
            "Rotterdam",
        ),
        (
            "La alcaldesa de Valencia, Ana Ruiz, recibió este lunes a los alcaldes de tres "
            "ciudades del norte para hablar de vivienda.",
            "Valencia",
        ),
    ],
)
def test_extract_report_the_city_whose_head_receives_visiting_mayors_is_the_venue(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Officers of Lyon and Graz compare their welcome desks. Lyon and Graz each sent "
            "three officers.\nThe seminar, which will take place at the University of "
            "Utrecht on 4 May, opens at nine.",
            "Utrecht",
        ),
        (
            "Ofițeri din Cluj și Iași discută despre locuințe. Cluj și Iași au trimis câte "
            "trei ofițeri.\nJoi are loc, la Universitatea Tehnică din Baia Mare, seminarul "
            "ofițerilor.",
            "Baia Mare",
        ),
    ],
)
def test_extract_report_venue_at_a_university_of_the_town(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Officers of Lyon and Graz compare their welcome desks. Lyon and Graz each sent "
            "three officers.\nThe workshop starts at 10:00 in the hall of the Chamber of "
            "Crafts (avenue Louise No. 12, Brussels).",
            "Brussels",
        ),
        (
            "Urzędnicy z Gdyni i Lublina porównali punkty informacyjne. Gdynia i Lublin "
            "wysłały po trzech urzędników.\nSpotkanie odbędzie się w sali Izby Rzemiosła "
            "(ul. Długa 12, 31-146 Kraków).",
            "Kraków",
        ),
    ],
)
def test_extract_report_venue_at_a_street_address_in_the_town(text, place):
    assert helpers.record(text)["location"] == place


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Mayors meet in Ghent\n\nThe mayors of six towns signed a pledge on housing.", "Ghent"),
        ("Officials of nine towns came together in Lisbon to talk about housing.", "Lisbon"),
        ("Officials of nine towns arrived in Lisbon on Monday for two days of talks.", "Lisbon"),
        ("I delegati di nove comuni si sono incontrati martedì a Bologna.", "Bologna"),
        ("Delegados de nueve municipios se dieron cita en Sevilla el lunes.", "Seville"),
        ("Vertreter aus neun Städten kamen am Montag in Leipzig zusammen.", "Leipzig"),
        ("Przedstawiciele dziewięciu miast zebrali się w Lublinie w poniedziałek.", "Lublin"),
        ("Primarii din nouă orașe s-au reunit luni la Cluj-Napoca.", "Cluj-Napoca"),
    ],
)
def test_extract_report_venue_in_a_sentence_with_a_gathering_verb(text, city):
    assert helpers.record(text)["location"] == city


@pytest.mark.parametrize(
    "text",
    [
        "Ghent (Belgium), 3 May 2024. The mayors of six towns signed a pledge on housing.",
        "Ghent, Belgium, 3 May 2024 – The mayors of six towns signed a pledge on housing.",
        "3 May 2024, Ghent – The mayors of six towns signed a pledge on housing.",
        "Pledge on housing\n\nGhent – The mayors of six towns signed a pledge on housing.",
    ],
)
def test_extract_report_venue_in_a_dateline_with_its_country_or_a_dash(text):
    assert helpers.record(text)["location"] == "Ghent"


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon was the venue of the partners' yearly meeting, with staff of nine towns.",
        "The venue was Lisbon, where staff of nine towns compared their housing desks.",
        "On 3 May the partners were welcomed by the City of Lisbon for two days of work.",
        "Staff of nine towns joined a seminar organised by the City of Lisbon on 3 May.",
        "The Lisbon meeting of the partners brought staff of nine towns together.",
        "In Lisbon, staff of nine towns compared their housing desks last week.",
        "Towns compare their housing desks in Lisbon\n\nStaff of nine towns took part.",
    ],
)
def test_extract_report_venue_said_by_host_title_or_opening(text):
    record = helpers.record(text)

    assert (record["location"], record["online"]) == ("Lisbon", False)


@pytest.mark.parametrize(
    "text",
    [
        "Towns compare housing desks by video\n\nStaff of Ghent and Turin met by video call. "
        "In Lisbon, the city has opened a new desk, its officer added.",
        "Partners adopt the Lisbon declaration\n\nThe partners adopted a pledge on housing.",
        "Speakers\n\nGhent – Anna Maes, housing officer\nTurin – Marco Rossi, social services",
    ],
)
def test_extract_report_venue_not_read_into_an_aside_a_name_or_a_list(text):
    assert helpers.record(text)["location"] is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Lisbon welcomes the partners\n\nStaff of nine towns spent two days on housing.",
            "Lisbon",
        ),
        ("Leipzig empfängt Vertreter aus neun Städten zum Austausch über Wohnen.", "Leipzig"),
        ("Bologna accoglie i sindaci di nove comuni per parlare di casa.", "Bologna"),
        ("Sevilla recibe a los alcaldes de nueve ciudades para hablar de vivienda.", "Seville"),
        (
            "Lisbon: nine towns compare their housing desks\n\nStaff of nine towns took part.",
            "Lisbon",
        ),
        (
            "A Bologna il convegno dei comuni\n\nI sindaci di nove comuni hanno parlato di casa.",
            "Bologna",
        ),
        ("Întâlnirea a avut loc la Primăria Iași, cu primari din nouă orașe.", "Iași"),
    ],
)
def test_extract_report_venue_host_welcoming_title_opening_or_town_hall(text, city):
    assert helpers.record(text)["location"] == city


@pytest.mark.parametrize(
    "text",
    [
        # the migrants a town receives, or a partner it invites, do not make it the host
        "Staff of nine towns met online. Lisbon welcomes refugees in its own housing desks.",
        "Lisbon, Ghent and Turin sign a pledge\n\nThe three towns signed a pledge on housing.",
    ],
)
def test_extract_report_venue_not_a_town_receiving_migrants_nor_a_title_list(text):
    assert helpers.record(text)["location"] is None


def test_extract_report_online_when_the_partners_met_remotely():
    text = "The partners met remotely on 3 May to compare their housing desks."

    assert helpers.record(text)["online"] is True


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Spotkanie sieci\n\nGospodarzem jesiennego spotkania był Tarnów; przyjechali goście z "
         "Nysy.", "Tarnów"),
        ("Network meeting\n\nThe host was the City of Tampere; officers of two towns took part.",
         "Tampere"),
        ("Incontro della rete\n\nA fare da padrone di casa è stato il Comune di Cremona; hanno "
         "partecipato i tecnici di due comuni.", "Cremona"),
    ],
)  # fmt: skip
def test_extract_report_the_host_named_as_a_noun_before_it_is_where_they_met(text, location):
    record = helpers.record(text)
    assert (record["location"], record["online"]) == (location, False)


def test_extract_report_the_town_hall_named_before_its_town_in_german():
    record = helpers.record(
        "Treffen der Städte\n\nDas Treffen der Fachleute aus Jena und Gera fand im Rathaus "
        "Erfurt statt."
    )
    assert record["location"] == "Erfurt"


def test_sentence_span_reads_past_a_full_stop_inside_the_span():
    from citypeers.archive.extraction.text import sentence_span

    text = "Rain fell. The mayor of St. Ives spoke. Then lunch."
    start, end = text.index("St. Ives"), text.index(" spoke")

    assert text[slice(*sentence_span(text, start, end, 100))] == "The mayor of St. Ives spoke. "
    assert sentence_span(text, start, end, 5) == (start - 5, end + 5)


def test_sentence_span_counts_only_the_ends_it_is_told_to():
    from citypeers.archive.extraction.text import sentence_span

    text = "Guests came. The visit, e.g. to the port, went well. Then lunch."
    start = text.index("port")

    def not_after_eg(text, end):
        return not text[:end].endswith("e.g. ")

    assert text[slice(*sentence_span(text, start, start + 4, 100, not_after_eg))] == (
        "The visit, e.g. to the port, went well. "
    )
    assert text[slice(*sentence_span(text, start, start + 4, 100))] == "to the port, went well. "


FOLLOW_UP_ONLINE = [
    (
        "Peer exchange Leipzig - Graz\n\nOn 5 May 2024 officers from Graz visited Leipzig to "
        "learn about refugee reception, housing for families and the city's language courses "
        "for adults, and to visit two reception centres run with local associations. They "
        "agreed to meet again: another online session is planned for the autumn.",
        "Leipzig",
    ),
    (
        "Besuch aus Wrocław in Leipzig\n\nAm 6. Juni 2025 empfing der Bürgermeister eine "
        "Delegation der Stadt Wrocław in Leipzig, um über Integrationslotsen, Sprachkurse und "
        "die Beratung von Geflüchteten zu sprechen und zwei Einrichtungen zu besuchen. Ein "
        "Folgetreffen soll online stattfinden.",
        "Leipzig",
    ),
    (
        "Wizyta studyjna w Gdańsku\n\nW dniu 7 lipca 2025 r. prezydent przyjął w Gdańsku "
        "delegację z Rygi, która poznała działania miasta na rzecz integracji cudzoziemców, "
        "centrum wsparcia imigrantów oraz program nauki języka polskiego dla dorosłych. "
        "Kolejne spotkanie online odbędzie się we wrześniu.",
        "Gdańsk",
    ),
]


@pytest.mark.parametrize(("text", "city"), FOLLOW_UP_ONLINE)
def test_extract_report_a_follow_up_meeting_online_leaves_the_visit_in_person(text, city):
    record = helpers.record(text)

    assert (record["online"], record["location"]) == (False, city)


def test_extract_report_a_follow_up_visit_leaves_an_online_meeting_online():
    text = (
        "Online exchange between Nantes and Turku\n\nOn 5 May 2024 officers from Nantes and "
        "Turku met online to exchange on language courses. A follow-up visit to Turku is "
        "planned for the spring."
    )

    assert helpers.record(text)["online"] is True


PLACE_WHERE_THEY_DISCUSSED = [
    (
        "Network meeting\n\nOn 3 March 2025, officials of Bremen, Kassel and Erfurt discussed "
        "housing for refugees in Hanover.",
        "Hanover",
    ),
    (
        "Reunión de la red\n\nEl 3 de marzo de 2025, representantes de Valencia, Murcia y "
        "Córdoba debatieron en Zaragoza sobre vivienda.",
        "Zaragoza",
    ),
    (
        "Riunione della rete\n\nIl 3 marzo 2025 i rappresentanti di Brescia, Cremona e Lodi "
        "hanno discusso a Bergamo di politiche abitative.",
        "Bergamo",
    ),
    (
        "Spotkanie sieci\n\n3 marca 2025 r. w Białymstoku przedstawiciele Lublina, Rzeszowa i "
        "Kielc rozmawiali o mieszkalnictwie.",
        "Białystok",
    ),
    (
        "Întâlnirea rețelei\n\nPe 3 martie 2025, reprezentanți din Iași, Timișoara și Brașov au "
        "discutat la Cluj-Napoca despre locuințe.",
        "Cluj-Napoca",
    ),
    (
        "Συνάντηση δικτύου\n\nΣτις 3 Μαρτίου 2025 εκπρόσωποι από την Πάτρα και τα Τρίκαλα "
        "συζήτησαν στη Λάρισα για τη στέγαση.",
        "Larissa",
    ),
]


@pytest.mark.parametrize(("text", "city"), PLACE_WHERE_THEY_DISCUSSED)
def test_extract_report_venue_where_the_parties_discussed(text, city):
    record = helpers.record(text)

    assert (record["location"], record["online"]) == (city, False)


def test_extract_report_a_debate_on_the_day_of_events_elsewhere_places_no_meeting():
    text = (
        "Debate on refugee integration\n\nMayors of Bursa and Gaziantep took part in the "
        "debate. Shaken by the floods in Valencia the same day as the debate, the speakers "
        "called for solidarity."
    )

    assert helpers.record(text)["location"] is None


FRENCH_AND_PORTUGUESE_VENUES = [
    (
        "Réunion du réseau\n\nLe 3 mars 2025, les villes de Lyon, Nantes et Grenoble se sont "
        "réunies à Paris.",
        "Paris",
    ),
    (
        "Ação de formação\n\nNo dia 3 de março de 2025 realizou-se em Braga uma ação de "
        "formação para técnicos dos municípios de Coimbra e Faro.",
        "Braga",
    ),
    (
        "Encontro da rede\n\nO encontro decorreu em Coimbra no dia 3 de março de 2025, com "
        "técnicos de Faro e de Évora.",
        "Coimbra",
    ),
]


@pytest.mark.parametrize(("text", "city"), FRENCH_AND_PORTUGUESE_VENUES)
def test_extract_report_venue_in_french_and_portuguese(text, city):
    record = helpers.record(text)

    assert (record["location"], record["online"]) == (city, False)
    assert city not in [m["name"] for m in record["municipalities"]]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a building's name, then its town in brackets
        (
            "Il convegno sulla casa, promosso dai comuni della costa, si è svolto a Palazzo "
            "Ducale (Mantova) con sindaci e assessori.",
            "Mantua",
        ),
        # a long building's name over a wrapped line, then "de" its town
        (
            "La jornada se\nrealizó en el auditorio municipal Fermín Sáenz en el barrio\n"
            "Norte, ciudad de Valladolid, con técnicos de empleo.",
            "Valladolid",
        ),
        # the city hall named with the town in the genitive
        (
            "Η συνάντηση των αντιδημάρχων πραγματοποιήθηκε στο Δημαρχιακό Μέγαρο της Λάρισας "
            "την Τρίτη.",
            "Larissa",
        ),
        # the day between the verb and the place
        (
            "Spotkanie koordynatorów odbyło się 12 maja w sali konferencyjnej w Opolu.",
            "Opole",
        ),
        (
            "The second round table was held on 3 May at the Old Library of Ghent, with "
            "librarians from Antwerp and Bruges.",
            "Ghent",
        ),
    ],
)
def test_extract_report_venue_in_the_clause_of_a_verb_of_taking_place(text, venue):
    record = helpers.record(text)

    assert (record["location"], record["online"]) == (venue, False)


def test_extract_report_venue_clause_skips_a_county_of_the_same_name():
    # "Județul X" is the county: the building's seat names no town
    text = (
        "Întâlnirea s-a desfășurat la sediul Instituției Prefectului – Județul Vaslui, cu "
        "reprezentanți ai organizațiilor."
    )

    assert helpers.record(text)["location"] is None


def test_extract_report_venue_clause_ends_where_the_parties_begin():
    # the meeting's place is said; the cities after "with" sent people, they were not the venue
    text = "The workshop on housing took place in Tartu with officers from Helsinki and Riga."

    assert helpers.record(text)["location"] == "Tartu"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Conferința anuală, organizată de asociația orașelor în perioada 3-4 mai 2018 la "
            "Craiova, a reunit primari și experți.",
            "Craiova",
        ),
        (
            "La conferenza nazionale, organizzata dall'associazione dei comuni il 5 giugno "
            "2018 a Bari, ha riunito assessori e tecnici.",
            "Bari",
        ),
        ("The annual forum of the network was opened on 14 March 2019 in Bilbao.", "Bilbao"),
    ],
)
def test_extract_report_venue_said_right_after_the_day(text, venue):
    record = helpers.record(text)

    assert (record["location"], record["online"]) == (venue, False)


def test_extract_report_venue_not_taken_from_a_delegation_after_the_day():
    # "a delegation from X": the clause after the day turns to who came, not where
    text = "On 2 May 2021 a delegation from Graz visited the reception centre."

    assert helpers.record(text)["location"] is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("We wtorek w Sosnowcu obradowało zgromadzenie ogólne związku gmin.", "Sosnowiec"),
        ("Martedì a Cremona si è riunito il tavolo dei sindaci della provincia.", "Cremona"),
    ],
)
def test_extract_report_venue_said_after_the_weekday(text, venue):
    assert helpers.record(text)["location"] == venue


def test_extract_report_one_party_joining_online_leaves_the_meeting_on_site():
    text = (
        "We wtorek w Lublińcu obradowało zgromadzenie ogólne związku gmin. Mer miasta Bucza, "
        "który połączył się z samorządowcami online, podziękował za pomoc."
    )

    record = helpers.record(text)

    assert (record["location"], record["online"]) == ("Lubliniec", False)


def test_extract_report_a_meeting_held_online_stays_online():
    text = "On Tuesday the mayors of the network met online to discuss reception."

    assert helpers.record(text)["online"] is True


def test_extract_report_venue_after_a_german_compound_meeting_noun():
    text = (
        "Der Verband stellte seinen Plan heute nach der Bürgermeisterkonferenz der Region in "
        "Rostock vor."
    )

    assert helpers.record(text)["location"] == "Rostock"


def test_extract_report_the_verb_betreffen_is_no_meeting_noun():
    text = "Die neuen Regeln betreffen auch die Wohnungen in Rostock."

    assert helpers.record(text)["location"] is None
