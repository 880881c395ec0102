"""The kind of a meeting from cue words in the programme's languages (no database)."""

import itertools

import pytest

from citypeers.archive.extraction import extract_details
from citypeers.archive.extraction.cues import plain
from citypeers.archive.extraction.kind import event_kind

CITIES = [("Graz", "Tartu"), ("Porto", "Lyon"), ("Plovdiv", "Gent")]

# One format named in each language, inside a sentence about two made-up cities.
NAMED = {
    "study_visit": [
        "A study visit of {a} officials to {b} looked at school enrolment.",
        "Una visita di studio a {b} ha permesso ai tecnici di {a} di conoscere i servizi.",
        "Una delegación de {a} visitó los servicios sociales de {b}.",
        "Eine Delegation aus {a} informierte sich in {b} über Sprachkurse.",
        "Wizyta studyjna przedstawicieli {a} w {b} trwała trzy dni.",
        "Η εκπαιδευτική επίσκεψη στο {b} οργανώθηκε για στελέχη του {a}.",
        "Vizita de studiu a specialiștilor din {a} la {b} a durat două zile.",
        "Iż-żjara ta' studju f'{b} saret minn uffiċjali ta' {a}.",
        "The mentoring visit of {a} to {b} focused on housing.",
    ],
    "peer_exchange": [
        "An online peer-to-peer exchange between {a} and {b} took place.",
        "Lo scambio tra pari tra {a} e {b} si è svolto a marzo.",
        "El intercambio entre pares de {a} y {b} abordó la vivienda.",
        "Der kollegiale Austausch zwischen {a} und {b} fand online statt.",
        "The community of practice of {a} and {b} met to compare notes.",
    ],
    "consultation": [
        "The working group on integration met in {a}, with {b} chairing.",
        "La conferenza annuale della rete si è tenuta a {a}.",
        "La asamblea general de la red se celebró en {a}.",
        "Die Arbeitsgruppe Migration tagte in {a}; {b} berichtete.",
        "Konferencja miast odbyła się w {a}.",
        "Το συνέδριο των δήμων πραγματοποιήθηκε στο {a}.",
        "Conferința orașelor a avut loc la {a}.",
        "Forumul primarilor din {a} și {b} a avut loc ieri.",
        "Il-konferenza tal-bliet saret f'{a}.",
        "The kick-off meeting of the project was held in {a}.",
    ],
    "webinar": ["A webinar hosted by {a} presented {b}'s approach."],
    "training": [
        "A training course for social workers from {a} and {b} was run.",
        "Eine Schulung für Fachkräfte aus {a} fand in {b} statt.",
        "Szkolenie dla pracowników z {a} odbyło się w {b}.",
        "Το εκπαιδευτικό σεμινάριο για στελέχη του {a} πραγματοποιήθηκε στο {b}.",
        "Une session de formation pour les agents de {a} s'est tenue à {b}.",
        "Uma ação de formação para técnicos de {a} realizou-se em {b}.",
    ],
    "workshop": [
        "A workshop on data gathered staff of {a} and {b}.",
        "Un taller sobre datos reunió a técnicos de {a} y {b}.",
        "Warsztaty dla urzędników z {a} i {b} odbyły się online.",
    ],
    "other": ["The local support group of {a} discussed its action plan."],
}


@pytest.mark.parametrize(
    ("kind", "template", "cities"),
    [
        (kind, template, cities)
        for kind, templates in NAMED.items()
        for template, cities in itertools.product(templates, CITIES[:2])
    ],
)
def test_event_kind_named_format_in_any_language(kind, template, cities):
    text = template.format(a=cities[0], b=cities[1])

    assert event_kind(text, authorities=2) == kind


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        ("Study visit to {b}", "The working group will meet in {a} next year.", "study_visit"),
        ("Arbeitsgruppe tagt in {a}", "Danach folgte ein Workshop.", "consultation"),
        ("Un taller en {a}", "Luego hubo una conferencia.", "workshop"),
    ],
)
def test_event_kind_earliest_named_format_wins(title, body, kind):
    a, b = CITIES[2]
    text = f"{title.format(a=a, b=b)}\n\n{body.format(a=a, b=b)}"

    assert event_kind(text, authorities=2) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the annual conference, {a} and {b} met to exchange experiences.",
        "Before the next study visit, {a} and {b} exchanged their plans.",
    ],
)
def test_event_kind_skips_formats_of_other_meetings(sentence):
    text = sentence.format(a="Braga", b="Split")

    assert event_kind(text, authorities=2) == "peer_exchange"


@pytest.mark.parametrize(
    ("sentence", "authorities", "kind"),
    [
        ("{a} and {b} met to talk about housing.", 2, None),
        ("{a}, {b} and three other cities met to talk about housing.", 5, "consultation"),
        ("Representatives of {a} exchanged views with {b}.", 2, "peer_exchange"),
        ("The network of {a} exchanges and spreads common practice.", 1, None),
        ("Staff of {a} exchanged views with a ministry.", 0, None),
        ("Representatives of {a} and nine cities exchanged views.", 10, "consultation"),
        ("Officials from {a} visited {b} for two days.", 2, "study_visit"),
        ("A round table in {a} opened the year.", 1, "consultation"),
        ("{a} published its yearly figures.", 1, None),
    ],
)
def test_event_kind_without_a_named_format_counts_the_authorities(sentence, authorities, kind):
    text = sentence.format(a="Aarhus", b="Bilbao")

    assert event_kind(text, authorities=authorities) == kind


def test_plain_keeps_every_position():
    text = "Επίσκεψη ΣΤΟ Łódź, vizită în Iași; żjara — Straße"

    folded = plain(text)

    assert len(folded) == len(text)
    assert folded.startswith("επισκεψη στο lodz, vizita in iasi; zjara")


# A format of kind `other` named in the lead outranks a wider one said first; gatherings of
# many authorities named in each language.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Inside the network's working group, the ULG of {a} reviewed its action plan.", "other"),
        (
            "Nel gruppo di lavoro della rete, il gruppo di supporto locale di {a} si è riunito.",
            "other",
        ),
        ("Dentro del grupo de trabajo, la visita de los expertos a {a} duró dos días.", "other"),
        ("Στη συνεδρίαση της κοινοβουλευτικής επιτροπής μίλησε ο δήμαρχος του {a}.", "other"),
        ("În grupul de lucru al rețelei, vizita experților la {a} a durat o zi.", "other"),
        # a local support team, as a local support group
        ("At the network conference, the Local Support Team of {a} met again.", "other"),
        # a parliament's committee hearing a council, as a hearing before it
        ("At the committee's evidence session, officers of {a} described their work.", "other"),
        ("The committee heard oral evidence from the council of {a}.", "other"),
        ("La conferința rețelei s-a reunit Echipa Locală de Sprijin din {a}.", "other"),
        ("Auf der Konferenz traf sich das lokale Unterstützungsteam von {a}.", "other"),
        ("Los foros de trabajo reunieron a técnicos de {a}.", "consultation"),
        ("Il meeting di coordinamento del progetto si terrà a {a}.", "consultation"),
        ("I lavori assembleari della rete si aprono a {a}.", "consultation"),
        ("Seminarul internațional s-a desfășurat la {a}.", "consultation"),
        ("Η διακρατική δράση φιλοξενήθηκε από τον δήμο {a}.", "consultation"),
        ("The transnational event of the partners was held in {a}.", "consultation"),
        # a transnational project's workshop gathers its partners
        ("The transnational workshop of the partners was held in {a}.", "consultation"),
        ("Το διακρατικό εργαστήριο του έργου φιλοξενήθηκε στο {a}.", "consultation"),
        ("Il seminario transnazionale del progetto si è svolto a {a}.", "consultation"),
    ],
)
def test_event_kind_other_format_in_the_lead_and_gatherings_of_many(text, kind):
    assert event_kind(text.format(a="Kalmar"), authorities=1) == kind


def test_event_kind_place_name_ending_like_a_preposition_hides_no_cue():
    text = "Mentras LSG meets on the draft plan"

    assert event_kind(text, authorities=1) == "other"


def test_event_kind_greek_sitting_is_not_a_conference():
    text = "Η συνεδρίαση του δημοτικού συμβουλίου του Κάλμαρ ενέκρινε τον προϋπολογισμό."

    assert event_kind(text, authorities=1) is None


# A headline visit outranks a format named far below it; a webinar named as far below a
# title that names none is the meeting itself, not a narrow part of a wider one.
@pytest.mark.parametrize(
    ("title", "filler", "last", "authorities", "kind"),
    [
        (
            "Teachers from Kalmar visit Vigo",
            "They toured schools and libraries of the town for three days. ",
            "At the end both towns signed a twinning charter.",
            2,
            "study_visit",
        ),
        (
            "Cities and the heat of summer",
            "Shade, water and trees help streets stay cool in July. ",
            "In the webinar, planners from Kalmar, Vigo and Tartu will show their maps.",
            3,
            "webinar",
        ),
    ],
)
def test_event_kind_format_named_far_below_the_title(title, filler, last, authorities, kind):
    text = f"{title}\n\n" + filler * (1100 // len(filler)) + last

    assert event_kind(text, authorities=authorities) == kind


def test_event_kind_exchange_among_three_authorities_is_a_consultation():
    text = "Officials of Kalmar, Vigo and Tartu exchanged their plans."

    assert event_kind(text, authorities=3) == "consultation"


def test_event_kind_format_named_in_the_title_outranks_one_in_the_body():
    text = (
        "Workshop on school meals in Kalmar\n\n"
        "Cooks from Kalmar and Vigo compared their menus. The day closed with a conference "
        "of the regional network."
    )

    assert event_kind(text, authorities=2) == "workshop"


def test_event_kind_format_repeated_in_the_opening_outranks_a_part_named_first():
    text = (
        "Cities of the network meet in Kalmar\n\n"
        "The workshops of the first morning opened the annual forum of the network. "
        "The forum gathered mayors from twelve cities, and the forum's last session voted "
        "a common statement."
    )

    assert event_kind(text, authorities=12) == "consultation"


def test_event_kind_two_authorities_alone_do_not_make_an_exchange():
    text = "Kalmar and Vigo\n\nThe mayors of Kalmar and Vigo spoke about housing."

    assert event_kind(text, authorities=2) is None


def test_record_without_a_named_format_takes_the_commonest_kind():
    text = "Kalmar and Vigo\n\nThe mayors of Kalmar and Vigo spoke about housing on 3 May 2024."

    details = extract_details(text, source="made_up.txt")

    assert (details.record["kind"], details.low_confidence[0]) == ("consultation", "kind")


@pytest.mark.parametrize(
    ("authorities", "kind"), [(1, "workshop"), (2, "workshop"), (3, "consultation")]
)
def test_event_kind_workshop_of_many_authorities_is_a_consultation(authorities, kind):
    text = (
        "Technical workshop on shared data\n\n"
        "Staff of the partner towns met for a workshop on how to share their counts."
    )

    assert event_kind(text, authorities=authorities) == kind


@pytest.mark.parametrize(
    ("authorities", "kind"), [(2, "webinar"), (4, "webinar"), (6, "consultation")]
)
def test_event_kind_webinar_of_many_authorities_is_a_consultation(authorities, kind):
    text = (
        "Webinar: second technical table of the reception network\n\n"
        "Officers of the member towns joined the webinar to plan next year's places."
    )

    assert event_kind(text, authorities=authorities) == kind


def test_event_kind_a_spanish_jornada_is_a_consultation():
    text = (
        "Jornada sobre vivienda para personas refugiadas\n\n"
        "Técnicos de Vigo y Lugo hablaron de pisos y visitaron un centro de acogida."
    )

    assert event_kind(text, authorities=2) == "consultation"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("First sitting of the Migrant Integration Council of the town of Kalmar", "other"),
        ("Sitzung des Integrationsbeirats der Stadt Kalmar", "other"),
        ("Seduta della Consulta comunale per l'immigrazione di Kalmar", "other"),
        ("Συνεδρίαση του Συμβουλίου Ένταξης Μεταναστών του Δήμου Κάλμαρ", "other"),
        ("Posiedzenie Rady Cudzoziemców miasta Kalmar", "other"),
        ("Ședința Consiliului Consultativ al Migranților din Kalmar", "other"),
        # the council named as a kind of body, not as the body that sat
        ("Forum on town structures such as migrant integration councils", "consultation"),
    ],
)
def test_event_kind_a_sitting_of_a_towns_council_of_migrants_is_other(title, kind):
    text = title + "\n\nThe members spoke with the mayor about language courses."

    assert event_kind(text, authorities=1) == kind


# A German compound closed by a gathering's name is that gathering; a press conference, a
# video call and a council ("Stadtverordnetenversammlung") are not.
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Jahrestagung der Partnerstädte in Kalmar", "consultation"),
        ("Bürgermeisterkongress in Kalmar", "consultation"),
        ("Pressekonferenz in Kalmar", "peer_exchange"),
        ("Videokonferenz zwischen Kalmar und Vigo", "peer_exchange"),
        ("Stadtverordnetenversammlung in Kalmar", "peer_exchange"),
    ],
)
def test_event_kind_german_compound_closed_by_a_gathering(title, kind):
    text = f"{title}\n\nBeim Austausch zwischen Kalmar und Vigo ging es um Wohnungen."

    assert event_kind(text, authorities=2) == kind


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nAn international meeting in Graz: officials of Tartu met their hosts.",
        "Notizie\n\nA Graz il meeting internazionale: una delegazione di Tartu incontra i tecnici.",
        "Noticias\n\nEncuentro internacional en Graz: una delegación de Tartu visita la ciudad.",
        "Știri\n\nÎntâlnire internațională la Graz: primarii din Tartu discută cu gazdele.",
    ],
)
def test_event_kind_an_international_meeting_is_a_consultation(text):
    assert event_kind(text, authorities=2) == "consultation"


@pytest.mark.parametrize(
    "title",
    [
        "The mayor attends the meeting of the Integration Committee of the association",
        "La alcaldesa asiste a la reunión de la Comisión de Integración de la federación",
        "Il sindaco alla riunione della Commissione immigrazione dell'associazione",
        "Bürgermeisterin bei der Sitzung des Integrationsausschusses des Städtetags",
        "Ο δήμαρχος στη συνεδρίαση της επιτροπής μετανάστευσης της ένωσης",
        "Primarul la ședința comisiei pentru integrare a asociației",
    ],
)
def test_event_kind_a_committee_sitting_is_a_consultation(title):
    text = title + "\n\nThe members shared their experience with the mayors."

    assert event_kind(text, authorities=1) == "consultation"


def test_event_kind_a_meeting_of_the_european_commission_is_no_committee_sitting():
    text = "Reunión de la Comisión Europea con la ciudad\n\nLa alcaldesa recibió al comisario."

    assert event_kind(text, authorities=1) != "consultation"


@pytest.mark.parametrize(
    ("text", "authorities", "kind"),
    [
        ("Primarii au discutat despre schimbările climatice și schimbarea legii.", 2, None),
        ("Primarii au făcut un schimb de experiență despre integrare.", 2, "peer_exchange"),
    ],
)
def test_event_kind_romanian_change_is_no_exchange(text, authorities, kind):
    assert event_kind(text, authorities=authorities) == kind


# A host receiving visiting mayors: the mayors travelled, a study visit, whatever their count;
# a meeting welcomed by a mayor is not one.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The mayor of Westbrook received on Monday the mayors of Easton, Lowfield and Hale.",
            "study_visit",
        ),
        (
            "La alcaldesa de Villaverde recibió este lunes a los alcaldes de Ríoseco, Lomas y Prados.",
            "study_visit",
        ),
        (
            "Il sindaco di Montealto ha ricevuto ieri i sindaci di Valfonda, Pianezza e Sorbo.",
            "study_visit",
        ),
        ("Ο δήμαρχος της Νέας Άλσους υποδέχθηκε τους δημάρχους τριών νησιών.", "study_visit"),
        (
            "The forum of Easton, Lowfield and Hale was welcomed by the mayor of Westbrook.",
            "consultation",
        ),
    ],
)
def test_event_kind_a_host_receiving_mayors_is_a_study_visit(text, kind):
    assert event_kind(text, authorities=4) == kind


# An international body's visit or delegation to a city is no peer's study visit (kind other,
# as an expert's visit); a city's visit that a body organised, or one of many, still is.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The visit of the UNHCR representative to the shelter of Westbrook\n\nShe met the "
            "deputy mayor.",
            "other",
        ),
        ("Vizita reprezentantului OIM la centrul din Valea Mare\n\nA vizitat centrul.", "other"),
        (
            "Una delegazione dell'Alto Commissariato ha incontrato il vicesindaco di Montealto.",
            "other",
        ),
        (
            "Wizyta przedstawiciela Rady Europy w Nowym Grodzie\n\nSpotkał się z burmistrzem.",
            "other",
        ),
        (
            "Study visit organised by IOM\n\nThe delegation of Westbrook visited Easton.",
            "study_visit",
        ),
        (
            "La alcaldesa visitará uno de los centros de acogida con la delegación de Prados.",
            "study_visit",
        ),
    ],
)
def test_event_kind_an_international_bodys_visit_is_other(text, kind):
    assert event_kind(text, authorities=1) == kind


# A delegation that joins a videoconference did not travel: its noun names no study visit.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Con una folta delegazione di assessori ho partecipato alla videoconferenza del "
            "prefetto con i sindaci della provincia.",
            "consultation",
        ),
        ("The delegation of Westbrook joined the mayors' online call on housing.", "consultation"),
        ("The delegation of Westbrook visited the shelters of Easton.", "study_visit"),
    ],
)
def test_event_kind_a_delegation_joining_online_names_no_study_visit(text, kind):
    assert (event_kind(text, authorities=1) or "consultation") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Seminario formativo\n\nA Matera gli operatori di dieci comuni hanno lavorato in gruppi.",
         "training"),
        ("Training seminar for front-desk staff\n\nOfficers of four towns practised in pairs.",
         "training"),
        # a seminar with no word of training stays a workshop
        ("Seminario sulla casa\n\nA Matera gli operatori di due comuni hanno lavorato in gruppi.",
         "workshop"),
    ],
)  # fmt: skip
def test_event_kind_a_seminar_held_to_train_is_a_training(text, kind):
    assert event_kind(text) == kind


@pytest.mark.parametrize(
    ("authorities", "kind"), [(2, "peer_exchange"), (4, "peer_exchange"), (6, "consultation")]
)
def test_event_kind_peer_learning_of_many_authorities_is_a_consultation(authorities, kind):
    text = (
        "Peer-to-peer learning on school meals\n\n"
        "Cooks of the member towns met in a peer learning session to compare their menus."
    )

    assert event_kind(text, authorities=authorities) == kind


def test_event_kind_staff_exchange_in_a_wide_network_stays_an_exchange():
    text = (
        "Staff exchange on school meals\n\n"
        "Two cooks of the network's towns spent a week in each other's kitchens."
    )

    assert event_kind(text, authorities=6) == "peer_exchange"


@pytest.mark.parametrize(
    "text",
    [
        "Deputy mayor meets the agency\n\nThe deputy mayor held a working meeting with "
        "representatives of the UN Refugee Agency (UNHCR) on school places.",
        "Întâlnire la primărie\n\nPrimarul a avut o întâlnire cu reprezentanții Asociației "
        "Sprijin pentru Vecini despre locuințe.",
        "Incontro in Comune\n\nIl sindaco ha avuto un incontro con i rappresentanti "
        "dell'associazione Vicini Solidali sulle case.",
    ],
)
def test_event_kind_a_town_meeting_a_body_s_representatives_is_other(text):
    assert event_kind(text, authorities=1) == "other"


def test_event_kind_many_towns_meeting_a_body_s_representatives_is_a_consultation():
    text = (
        "Network meets the agency\n\nMayors of the network's towns held a meeting with "
        "representatives of the UN Refugee Agency (UNHCR) at their annual forum."
    )

    assert event_kind(text, authorities=6) == "consultation"


def test_event_kind_a_meeting_with_another_town_s_representatives_is_not_other():
    text = (
        "Visit from the partner town\n\nThe mayor held a meeting with representatives of "
        "the partner town during their study visit."
    )

    assert event_kind(text, authorities=2) == "study_visit"


@pytest.mark.parametrize(
    "text",
    [
        "The project's interim meeting brought the partners to Brussels for two days.",
        "Pierwsze spotkanie partnerów projektu odbyło się w Brukseli.",
        "Das Partnertreffen des Projekts fand in Graz statt.",
        "Întâlnirea partenerilor proiectului a avut loc la Cluj.",
        "Η συνάντηση των εταίρων του έργου πραγματοποιήθηκε στη Λάρισα.",
        "L'incontro dei partner del progetto si è svolto a Bari.",
    ],
)
def test_event_kind_a_projects_partners_meeting_is_a_consultation(text):
    assert event_kind(text) == "consultation"
