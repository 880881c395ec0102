"""Status and dates said in passing, in the programme's languages.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction.dates import event_dates
from citypeers.archive.extraction.ordinals import event_sequence
from citypeers.archive.extraction.status import event_status
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    "text",
    [
        "Incontro sulle politiche abitative\n\n"
        "L'incontro dei partner è in programma a Matera il 3 e 4 marzo. "
        "I sindaci dei comuni partner saranno presenti.",
        "Rete di città\n\nIl seminario di maggio prossimo riunisce i tecnici dei comuni.",
        "Mesa de trabajo\n\n"
        "La mesa reúne a técnicos municipales. Representantes de varias ciudades participarán "
        "en el debate sobre vivienda.",
        "City network news\n\nOfficers from four cities will attend the workshop in Ghent.",
    ],
)
def test_a_meeting_announced_in_the_future_is_planned(text):
    assert event_status(text) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Housing and newcomers\n\nJoin us for a session with mayors on 4 May.",
        "Abitare e accoglienza\n\nVi invitiamo al seminario dei comuni della rete.",
        "Vivienda\n\nOs invitamos a la mesa de ciudades del 4 de mayo.",
        "Wohnen\n\nEine Delegation aus Kalmar ist am Montag in Lingen zu Gast.",
        "Wohnen\n\nAm Dienstag steht ein Besuch im Rathaus auf dem Programm.",
        "Mieszkalnictwo\n\nZapraszamy na spotkanie miast partnerskich.",
        "Στέγαση\n\nΟι δήμαρχοι θα παρουσιάσουν τις δράσεις τους στους εταίρους.",
        "Abitare\n\nVenerdì alle 9 prenderanno il via i lavori dei comuni.",
    ],
)
def test_an_invitation_or_a_coming_start_is_planned(text):
    assert event_status(text) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Housing for newcomers\n\nCity officers compare their schemes. Register here to get "
        "the link.",
        "Abitare\n\nI tecnici dei comuni confrontano i progetti. Iscriviti entro venerdì.",
        "Vivienda\n\nLos técnicos comparan sus programas. Inscripciones abiertas hasta el lunes.",
        "Wohnen\n\nFachleute der Städte vergleichen ihre Projekte. Anmeldung bis zum 3. Mai.",
        "Mieszkalnictwo\n\nUrzędnicy miast porównują projekty. Zapisy trwają do piątku.",
        "Locuire\n\nFuncționarii orașelor compară proiectele. Înscrierile sunt deschise.",
        "Housing\n\nA meeting of the partner cities is planned for the spring.",
        "Abitare\n\nPer giovedì è prevista una riunione dei sindaci della rete.",
        "Vivienda\n\nPara el jueves está prevista una reunión de los alcaldes.",
        "Wohnen\n\nEin Treffen der Partnerstädte ist für den Herbst geplant.",
        "Locuire\n\nO întâlnire a primarilor este programată pentru toamnă.",
        "Wohnen\n\nDie Bürgermeisterin spricht morgen, Dienstag, in Bonn vor den Städten.",
        "Housing\n\nThe mayor speaks tomorrow, Monday, before the partner cities.",
        "Wohnen\n\nDer Besuch der Fachleute findet vom 3. bis 7. Mai in Bonn statt.",
    ],
)
def test_an_invitation_to_register_a_foreseen_meeting_or_tomorrow_is_planned(text):
    assert event_status(text) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Abitare\n\nLa visita, prevista dal progetto, si è svolta a Lecce.",
        "Abitare\n\nLa visita si è svolta ieri e si chiude domani a Bari.",
        "Wohnen\n\nDas Treffen findet im Rahmen des Städteprogramms statt.",
    ],
)
def test_foreseen_by_a_project_or_tomorrow_without_a_day_is_no_plan(text):
    assert event_status(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Wohnen\n\nAuf dem Programm standen Besuche in zwei Wohnheimen.",
        "Mieszkalnictwo\n\nSpotkanie odbyło się w ratuszu. Zapraszamy do galerii zdjęć.",
        "Στέγαση\n\nΟ δήμαρχος είπε: «θα συνεχίσουμε τη συνεργασία με τους εταίρους».",
    ],
)
def test_a_past_programme_a_gallery_or_a_quoted_we_will_is_no_plan(text):
    assert event_status(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Invitation: housing first in small towns\n\nCity officers compare their schemes.",
        "Einladung zum Fachgespräch Wohnen\n\nFachleute der Städte vergleichen ihre Projekte.",
        "Invito al seminario sull'abitare\n\nI tecnici dei comuni confrontano i progetti.",
        "Abitare\n\nLa rete dei comuni lavora sull'accoglienza: se ne parlerà il 4 maggio a Lodi.",
        "Abitare\n\nA Lodi l'evento presenterà nel pomeriggio i progetti dei comuni.",
        "Vivienda\n\nEn la jornada se debatirá sobre el alojamiento de los recién llegados.",
        "Housing\n\nThe network's assembly is expected to take place in the town hall.",
        "Στέγαση\n\nΤο συμβούλιο της πόλης αναμένεται να συνεδριάσει την Τρίτη για τη στέγαση.",
        "Wohnen\n\nDas Treffen der Partnerstädte soll im Mai in Lingen stattfinden.",
        "Mieszkalnictwo\n\nSpotkanie miast partnerskich ma się odbyć w maju.",
        "Locuire\n\nÎntâlnirea primarilor urmează să aibă loc în mai.",
    ],
)
def test_an_invitation_title_an_expected_meeting_or_a_coming_talk_is_planned(text):
    assert event_status(text) == "planned"


def test_a_future_said_of_a_named_subject_at_the_meeting_is_no_plan():
    text = (
        "Vivienda\n\nEl alcalde ha dicho en el encuentro de la red que Lodosa ampliará "
        "su programa de alojamiento."
    )

    assert event_status(text) is None


def test_a_title_opening_with_concluded_gives_the_status():
    text = (
        "Concluso il percorso di scambio tra due comuni\n\n"
        "Nei giorni scorsi i tecnici si sono incontrati per l'ultima volta."
    )
    assert event_status(text) == "concluded"


def test_a_report_in_the_past_tense_has_no_status():
    text = "Visita di studio\n\nLa delegazione ha visitato i centri e ha incontrato i tecnici."
    assert event_status(text) is None


def test_a_publication_stamp_alone_on_its_line_is_not_the_meetings_date():
    text = (
        "03.02.2011 -\n\n"
        "Cities meet on housing\n\n"
        "The network held its yearly conference in Ghent from 8 to 9 December 2010."
    )
    assert event_dates(text)[:2] == ("2010-12-08", "2010-12-09")


@pytest.mark.parametrize(
    "label",
    [
        "Published on",
        "Publicado el",
        "Pubblicato il",
        "Veröffentlicht am",
        "Opublikowano:",
        "Publicat pe",
        "Δημοσιεύθηκε",
        "Posted on",
    ],
)
def test_a_date_after_a_publication_label_is_not_the_meetings_date(label):
    text = (
        f"Mayors meet on housing\n\n{label} 14 May 2024\n\n"
        "The mayor of Westbrook welcomed the mayors of two towns on 9 May."
    )
    assert event_dates(text)[:2] in (("2024-05-09", "2024-05-09"), ("--05-09", "--05-09"))
    alone = f"Mayors meet on housing\n\n{label} 14 May 2024\n\nThe mayors met this week."
    assert event_dates(alone)[:2] == (None, None)


def test_a_stamp_is_no_date_when_the_meeting_has_none():
    text = "21/09/2016\n\nProgetto concluso\n\nNei giorni scorsi i partner si sono incontrati."
    assert event_dates(text)[:2] == (None, None)


def test_italian_ed_joins_two_days_of_one_meeting():
    text = "Incontro dei partner\n\nI partner si riuniscono a Lecce il 14 ed 15 ottobre."
    assert event_dates(text)[:2] == ("--10-14", "--10-15")


def test_romanian_a_primi_to_receive_is_no_ordinal():
    from citypeers.archive.extraction.ordinals import event_sequence

    text = (
        "Delegație la primărie\n\n"
        "Viceprimarul a avut plăcerea de a primi săptămâna aceasta vizita unei delegații."
    )
    assert event_sequence(text) is None
    assert event_sequence("Intalnire\n\nA doua intalnire a partenerilor a avut loc la Iasi.") == 2


def test_an_english_article_before_an_ordinal_keeps_it():
    from citypeers.archive.extraction.ordinals import event_sequence

    assert event_sequence("News\n\nA seventh online exchange was held in Graz.") == 7


@pytest.mark.parametrize(
    "text",
    [
        "The mayors met in Kalmar. It follows the first seminar on housing held in spring.",
        "Nun folgte der zweite Teil des Austausches zwischen den beiden Städten.",
        "Die dritte Runde der Besuche führte Fachleute aus Kalmar nach Vigo.",
        "Für die Gäste war es der erste Besuch in der Stadt.",
    ],
)
def test_a_part_round_other_meeting_or_personal_first_gives_no_sequence(text):
    assert event_sequence(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cities meet on housing\n09:15 - 04/05/2023\nThe mayors met to talk.", (None, None)),
        (
            "The network's assembly 2024 took place on 3-4 June in Graz.",
            ("2024-06-03", "2024-06-04"),
        ),
        (
            "A delegation from Graz arrived on Monday (3 June). It stays in Vigo until Friday "
            "(7 June).",
            ("--06-03", "--06-07"),
        ),
        ("Officials from Graz are this week (3-7/6) at a course in Vigo.", ("--06-03", "--06-07")),
        (
            "Officials of Vigo visited Graz. The return visit is set for 3 to 5 June.",
            (None, None),
        ),
        (
            "The study trip (3-5 June 2024) and the partner workshop (5-6 June 2024) took "
            "officials of Vigo to Graz.",
            ("2024-06-03", "2024-06-06"),
        ),
        (
            "Programme:\n- 3 June: site visits in Graz\n- 4 June: round table",
            ("--06-03", "--06-04"),
        ),
        (
            "Vigo and Graz\n\nOfficials of Vigo met in Graz.\n\nAfter the visit, a delegation "
            "of Graz will go to Vigo from 3 to 5 June.",
            (None, None),
        ),
    ],
)
def test_event_dates_stamps_sentence_years_until_short_ranges_and_other_meetings(text, expected):
    assert event_dates(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish "się" folds to "sie", August's abbreviation: it is a verb's pronoun here
        ("Spotkanie robocze odbyło się 12.10.2023 w urzędzie miasta.", ("2023-10-12",) * 2),
        ("Warsztaty odbyły się 7 i 8 marca 2024 r.", ("2024-03-07", "2024-03-08")),
        # an abbreviation written as a language writes it still counts
        ("Kick-off: Sept. 14, 2022, at the town hall.", ("2022-09-14",) * 2),
        ("Riunione del 3 ott. 2021 in videoconferenza.", ("2021-10-03",) * 2),
    ],
)
def test_event_dates_read_a_month_only_where_it_is_written_as_one(text, expected):
    assert event_dates(text)[:2] == expected


def test_event_dates_read_a_greek_range_with_its_articles():
    text = "Η ημερίδα έγινε από τις 9 έως τις 11 Οκτωβρίου 2023 στο δημαρχείο."

    assert event_dates(text)[:2] == ("2023-10-09", "2023-10-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written date alone on its line is when the page was published
        ("Housing seminar\n\nMarch 3, 2021\n\nCity officers compare their schemes.", (None, None)),
        ("Abitare\n\n3 Marzo 2021 –\n\nI tecnici dei comuni confrontano i progetti.", (None, None)),
        # unless a label above it says it is the meeting's
        ("Housing seminar\n\nWhen?\n3 March 2021\n\nOfficers met.", ("2021-03-03",) * 2),
        # the month written first on both sides of a range across two months
        (
            "Officials will travel for a visit from September 28 to October 2, to learn.",
            ("--09-28", "--10-02"),
        ),
        # Greek spoken month names
        ("Η συνάντηση των εταίρων έγινε στις 15 Νοέμβρη 2019.", ("2019-11-15",) * 2),
        ("Οι εταίροι συναντήθηκαν στις 3 Μάη 2019 στη Θεσσαλονίκη.", ("2019-05-03",) * 2),
    ],
)
def test_event_dates_skip_stamps_read_month_first_ranges_and_spoken_greek_months(text, expected):
    assert event_dates(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Primarul participă la forumul orașelor, ajuns la ediția a patra.", 4),
        ("Partenerii s-au reunit la Iași pentru întâlnirea a 3-a a rețelei.", 3),
    ],
)
def test_romanian_ordinal_after_its_noun_gives_the_sequence(text, expected):
    assert event_sequence(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La mesa de ciudades empieza el 4 de mayo a las 11:00 horas en Vigo.", "11:00"),
        ("Das Treffen der Städte beginnt um 10.30 Uhr im Rathaus.", "10:30"),
        ("Spotkanie miast rozpocznie się o godz. 9:30 w ratuszu.", "09:30"),
        ("Η συνάντηση των δήμων ξεκινά στις 10:00 στο δημαρχείο.", "10:00"),
        ("Întâlnirea orașelor începe la ora 10:00 la primărie.", "10:00"),
        # the part of the day after the time, a comma between hours and minutes
        ("Ο δήμαρχος θα δεχτεί αύριο 11,15 το πρωί τους δημάρχους.", "11:15"),
        ("Il sindaco riceverà i colleghi domani 9,45 di mattina in municipio.", "09:45"),
        ("La mesa cuesta 10,30 euros por persona.", None),
    ],
)
def test_a_single_start_time_said_in_each_language(text, expected):
    from citypeers.archive.extraction.dates import event_times

    assert event_times(text)[:2] == (expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayors meet at 4:15 PM in the council chamber.", "16:15"),
        ("Οι δήμαρχοι συναντώνται στις 7:00 μμ στο δημαρχείο.", "19:00"),
        ("Οι δήμαρχοι συναντώνται στις 7:00 μ.μ. στο δημαρχείο.", "19:00"),
        ("I sindaci si incontrano alle 5.30 del pomeriggio in municipio.", "17:30"),
        ("Los alcaldes se reúnen a las 8:00 de la tarde en el ayuntamiento.", "20:00"),
        ("The mayors meet at 9:15 am in the council chamber.", "09:15"),
        ("I sindaci si incontrano alle 9.30 di mattina in municipio.", "09:30"),
    ],
)
def test_a_single_time_before_pm_or_a_part_of_the_day_after_noon(text, expected):
    from citypeers.archive.extraction.dates import event_times

    assert event_times(text)[:2] == (expected, None)


@pytest.mark.parametrize(
    "text",
    [
        "Atelierul primarilor are loc între orele 10.30-16 la primărie.",
        "Spotkanie burmistrzów trwa w godz. 10.30-16 w ratuszu.",
        "Il tavolo dei sindaci si tiene dalle 10.30 alle 16 in municipio.",
    ],
)
def test_a_labelled_range_may_end_on_a_bare_hour(text):
    from citypeers.archive.extraction.dates import event_times

    assert event_times(text)[:2] == ("10:30", "16:00")


def test_an_unlabelled_range_ending_on_a_bare_hour_is_no_time():
    from citypeers.archive.extraction.dates import event_times

    assert event_times("The survey found a ratio of 3.30-15 among the towns.")[:2] == (None, None)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Réseau\n\nLa prochaine réunion du réseau aura lieu le 3 mai à Lyon.", "planned"),
        ("Réseau\n\nLa réunion du réseau se tiendra le 3 mai à Lyon.", "planned"),
        ("Réseau\n\nLa réunion du réseau a été annulée.", "cancelled"),
        ("Réseau\n\nLa réunion du réseau s'est achevée le 3 mai.", "concluded"),
    ],
)
def test_french_status_sentences(text, status):
    assert event_status(text) == status


def test_a_release_date_with_its_weekday_alone_on_its_line_is_a_stamp():
    text = (
        "Media advisory\n"
        "Tuesday, March 4, 2025\n"
        "WHEN: Thursday, March 6, 10:00-12:00\n"
        "Mayors of five towns will meet at the regional office on Thursday, March 6."
    )
    # the stamp is not the day, but it gives the month's year
    assert event_dates(text)[:2] == ("2025-03-06", "2025-03-06")


def test_a_date_alone_above_a_programme_slot_is_the_meetings_day():
    text = "Housing forum\n\nMay 14 2024\n\n10:00 - 11:30\n\nOpening panel of the mayors"
    assert event_dates(text)[:2] == ("2024-05-14", "2024-05-14")


@pytest.mark.parametrize("year", ["2024r.", "2024 r."])
def test_polish_r_after_the_year_keeps_the_year(year):
    text = f"Spotkanie miast\n\nDnia 12 marca {year} burmistrzowie spotkali się w ratuszu."
    assert event_dates(text)[:2] == ("2024-03-12", "2024-03-12")


def test_a_time_said_with_from_is_the_start():
    from citypeers.archive.extraction.dates import event_times

    text = "Il seminario, in programma dalle 9:45 nella sala del consiglio, riunisce i comuni."
    assert event_times(text)[:2] == ("09:45", None)
    assert event_times("Das Projekt läuft ab 01.10.2024 in drei Städten.")[:2] == (None, None)


def test_a_programme_of_slots_runs_to_the_end_of_its_last():
    from citypeers.archive.extraction.dates import event_times

    text = (
        "Programme\n"
        "- 10:00-10:15: welcome by the mayor\n"
        "- 10:15-12:00: housing workshop\n"
        "- 13:30-16:45: visit to the reception centre\n"
        "The mayors will then travel home."
    )
    assert event_times(text)[:2] == ("10:00", "16:45")


@pytest.mark.parametrize(
    "text",
    [
        "Accoglienza\n\nIl convegno sulla casa, aperto a tutti dalle ore 18.30, vedrà "
        "gli interventi di tre assessori.",
        "Vivienda\n\nLa alcaldesa participará en un foro de ciudades en Lima.",
        "Housing panel\n\nMay 3 2025\n\nThe panel will address the rent crisis in small towns.",
        "Domani a Rimini il seminario dei comuni sulla casa\n\nI tecnici si confrontano.",
    ],
)
def test_the_meeting_said_in_the_future_tense_is_planned(text):
    assert event_status(text) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Visita di studio\n\nLa visita, iniziata ieri, si concluderà domani a Bari.",
        "Foro de alcaldes\n\nDesde ayer se reúnen los alcaldes; están invitados 40 alcaldes.",
        "Housing\n\nThe network held its forum. The report will be published in May.",
    ],
)
def test_a_running_meeting_or_another_future_is_not_planned(text):
    assert event_status(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Town to Host Housing Forum\n\nThe forum brings together tenants and officers.",
        "Westbrook news\n\nThe council is inviting residents to join officers at a forum on "
        "housing on 3 May.",
        "Nachrichten\n\nDie Städte Kleinau und Obertal laden am 3. März die Beauftragten aus "
        "sechs Städten zu einem Treffen ein.",
        "Wiadomości\n\nMiasta Nowy Gród i Stary Gród zapraszają na spotkanie o mieszkalnictwie.",
        "Notizie\n\nIl Comune di Montealto invita i sindaci della valle a partecipare "
        "all'incontro sulla casa.",
    ],
)
def test_a_present_invitation_or_a_headlines_infinitive_is_planned(text):
    assert event_status(text) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Konferencja o mieszkalnictwie – za nami\n\nPrzez dwa dni rozmawiali burmistrzowie.",
        "Housing week\n\nThe housing conference of the three towns is over.",
        "Wohnen\n\nDie Konferenz der drei Städte ist vorbei.",
    ],
)
def test_a_meeting_said_to_be_behind_us_is_concluded(text):
    assert event_status(text) == "concluded"


def test_a_past_invitation_or_a_title_without_an_infinitive_is_no_plan():
    assert event_status("The town hosted a forum\n\nThe mayor invited residents.") is None


@pytest.mark.parametrize(
    "label",
    [
        "Pressemitteilung vom",
        "Press release of",
        "Comunicato stampa del",
        "Komunikat prasowy z dnia",
    ],
)
def test_a_press_release_date_is_not_the_meetings_date(label):
    text = f"Partner towns\n\n{label} 02.03.2021\n\nThe mayors meet on 9 March 2021 in the hall."

    assert event_dates(text)[:2] == ("2021-03-09", "2021-03-09")


@pytest.mark.parametrize(
    "text",
    [
        "Von Montag, dem 08.03. bis Freitag, dem 12.03.2021 besuchen die Fachleute die Stadt.",
        "Dal 08.03. al 12.03.2021 i tecnici visitano la città.",
        "Od 08.03. do 12.03.2021 urzędnicy odwiedzają miasto.",
    ],
)
def test_a_numeric_range_whose_first_day_has_no_year(text):
    assert event_dates(text)[:2] == ("2021-03-08", "2021-03-12")


def test_a_date_alone_above_a_slot_opening_with_a_word_is_the_meetings_day():
    text = (
        "Einladung\n\nWir stellen zwei Beispiele vor.\n\nReferentinnen\nAnna Muster\n"
        "am\nDienstag, 9. März 2021\nvon 10:00-11:30 Uhr\nZum Online-Treffen"
    )

    assert event_dates(text)[:2] == ("2021-03-09", "2021-03-09")


@pytest.mark.parametrize(
    "text",
    [
        "Network news\n\nOfficers of five towns are set to meet in Ghent next month.",
        "Network news\n\nThe network is due to hold its spring meeting in Ghent on 5 May.",
        "Network news\n\nThe officers of the partner towns will convene in Ghent on 5 May.",
        "Rete di città\n\nI tecnici dei comuni partner si incontreranno a Matera il 5 maggio.",
        "Rete di città\n\nI seminari si terranno a Matera a maggio.",
        "Red de ciudades\n\nLos técnicos municipales se reunirán en Cuenca el 5 de mayo.",
        "Red de ciudades\n\nLas jornadas tendrán lugar en Cuenca el 5 de mayo.",
        "Städtenetz\n\nDie Fachleute der Städte werden sich am 5. Mai in Kassel treffen.",
        "Städtenetz\n\nDie Fachleute der Städte kommen am 5. Mai in Kassel zusammen.",
        "Sieć miast\n\nUrzędnicy miast partnerskich zbiorą się 5 maja w Opolu.",
        "Rețeaua orașelor\n\nFuncționarii orașelor partenere se vor reuni la Arad pe 5 mai.",
    ],
)
def test_a_meeting_verb_in_the_future_in_any_person_is_planned(text):
    assert event_status(text) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Network news\n\nOfficers of five towns met in Ghent and agreed on a joint plan.",
        "Network news\n\nThe aim of the network is to meet the needs of newcomers in Ghent.",
        "Rete di città\n\nI tecnici dei comuni partner si sono incontrati a Matera.",
        "Red de ciudades\n\nLos técnicos municipales se reunieron en Cuenca el 5 de mayo.",
        "Städtenetz\n\nDie Fachleute der Städte trafen sich am 5. Mai in Kassel.",
        "Rețeaua orașelor\n\nFuncționarii orașelor partenere s-au reunit la Arad pe 5 mai.",
    ],
)
def test_the_same_verbs_in_the_past_give_no_status(text):
    assert event_status(text) is None


def test_a_greek_day_said_as_an_ordinal_is_the_meetings_date():
    record = helpers.record(
        "Διαδικτυακή συνάντηση του Δικτύου\n\nΟι Δήμαρχοι των Δήμων Τρίπολης και Λάρισας "
        "συμμετείχαν σε διαδικτυακή συνάντηση. Στη συνάντηση της 10ης Νοεμβρίου 2021 "
        "συζητήθηκαν οι προτεραιότητες."
    )
    assert (record["start_date"], record["end_date"]) == ("2021-11-10", "2021-11-10")


@pytest.mark.parametrize(
    "text",
    [
        "Primăria Arad invitată la summit\n\nPrimăria Arad va participa la summitul orașelor."
        "\n\nDelegația ia parte la acest summit, în perioada 5-6 iunie, alături de alte "
        "orașe.\nO conferință a rețelei va avea loc la Roma, în perioada 10-11 iulie.",
        "Town visit\n\nThe delegation of Lyon visited Porto.\n\nDuring this visit, on 5-6 June, "
        "they met the mayor. A second conference will take place in Rome on 10-11 July.",
    ],
)
def test_the_date_said_of_this_meeting_wins_over_a_later_meetings(text):
    record = helpers.record(text)
    assert (record["start_date"], record["end_date"]) == ("--06-05", "--06-06")


@pytest.mark.parametrize(
    "text",
    [
        "The annual convening of welcoming cities concluded today in Denver.",
        "Il forum dei sindaci si è chiuso ieri a Torino con un documento comune.",
        "Das Netzwerktreffen der Integrationsbeauftragten endete gestern in Kassel.",
    ],
)
def test_event_status_concluded_when_the_meeting_ended_on_a_day_said(text):
    assert event_status(text) == "concluded"


def test_event_status_a_first_day_that_ended_today_concludes_nothing():
    text = "The first day of the forum ended today; the mayors meet again tomorrow."

    assert event_status(text) is None
