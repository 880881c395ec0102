"""How a meeting was set up (who took part, with whom, with whose money, in what format)
is not what it dealt with; and a cue's stem names no other word than its theme's.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction import theme_cues, theme_frames
from citypeers.archive.extraction.themes import classify_themes, narrative_text


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The forum took place with the participation of twelve mayors.", "participation of"),
        ("She confirmed her participation in the next regional meeting.", "participation in"),
        (
            "L'incontro si è svolto con la partecipazione dei sindaci del distretto.",
            "partecipazione",
        ),
        ("Il sindaco ha assicurato la propria partecipazione al seminario.", "partecipazione"),
        ("El foro contó con la participación de quince ciudades.", "participación"),
        ("Η συμμετοχή του Δήμου Άρτας στη διακρατική συνάντηση ήταν σημαντική.", "συμμετοχή"),
        ("Întâlnirea a avut loc cu participarea primarilor din județ.", "participarea"),
        ("The day was organised in cooperation with the regional council.", "cooperation"),
        ("Das Treffen fand in Zusammenarbeit mit dem Landkreis statt.", "Zusammenarbeit"),
        ("Spotkanie zorganizowano we współpracy z urzędem wojewódzkim.", "współpracy"),
        ("The exchange is co-funded by the programme of the Union.", "funded"),
        ("Il progetto è cofinanziato dal fondo europeo per l'integrazione.", "cofinanziato"),
        ("Das Projekt wird gefördert durch das Land und den Bund.", "gefördert"),
        ("Projekt jest współfinansowany ze środków Unii Europejskiej.", "finansowany"),
        ("Four cities met for a peer learning day on their services.", "learning"),
        ("Η συνάντηση εργασίας έγινε στο δημαρχείο.", "εργασίας"),
        ("Il pranzo di lavoro si è tenuto in municipio.", "lavoro"),
        ("The mayors called on the international community to act.", "community"),
    ],
)
def test_a_frame_of_the_meeting_is_blanked_in_place(text, frame):
    blanked = theme_frames.without_frames(text)

    assert len(blanked) == len(text)
    assert frame not in blanked


@pytest.mark.parametrize(
    "text",
    [
        "The council debated the participation of migrants in local elections.",
        "Il tavolo ha discusso la partecipazione attiva dei nuovi cittadini alla vita del quartiere.",
        "Se habló de la participación de las personas migrantes en las asociaciones de vecinos.",
        "The city cooperates closely with migrant associations on language courses.",
    ],
)
def test_participation_or_cooperation_as_a_topic_is_kept(text):
    assert theme_frames.without_frames(text) == text


@pytest.mark.parametrize(
    "attended",
    [
        "Round table on shelters\n\n"
        "The round table on shelters took place with the participation of the mayors of six "
        "towns. They discussed winter shelters and emergency accommodation. The participation "
        "of the regional council in the round table was welcomed.",
        "Incontro sui servizi abitativi\n\n"
        "L'incontro si è svolto con la partecipazione dei sindaci del distretto, che hanno "
        "discusso di alloggi e di emergenza abitativa. Il prefetto ha confermato la sua "
        "partecipazione alla giornata.",
        "Συνάντηση για τη στέγαση\n\n"
        "Με τη συμμετοχή των δημάρχων της περιοχής συζητήθηκε η στέγαση των προσφύγων. "
        "Η συμμετοχή του Δήμου στη διακρατική συνάντηση ήταν σημαντική.",
    ],
)
def test_who_took_part_is_no_topic_of_participation(attended):
    assert "inclusion" not in classify_themes(attended)


def test_participation_as_the_topic_is_still_inclusion():
    topic = (
        "Round table on civic life\n\n"
        "The mayors discussed civic participation and how to widen the participation of "
        "newcomers in neighbourhood councils."
    )

    assert "inclusion" in classify_themes(topic)


def test_a_funding_line_is_no_topic_of_governance():
    text = (
        "Language cafés in the library\n\n"
        "Volunteers ran language classes and conversation groups for newcomers every week. "
        "Running costs are co-financed through the funds of a local foundation."
    )

    assert "governance" not in classify_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # Polish residents (mieszkańcy) are not flats (mieszkania)
        ("Mieszkańcy miasta przywitali gości na rynku.", "housing"),
        # a German training session (Schulung) is no school
        ("Die Schulung der Mitarbeiter dauerte zwei Tage.", "education"),
        # Spanish hospitality (hospitalidad) is no hospital
        (
            "Los alcaldes agradecieron la hospitalidad que les dio la ciudad con sus vecinos.",
            "health",
        ),
        # a registration for the event (Anmeldung) is no residence registration
        ("Um Anmeldung bis zum Freitag wird gebeten, die Zahl der Plätze ist begrenzt.", "legal"),
        # "a cura di" says who edited or organised, not health care
        ("La mostra è a cura di un gruppo di studenti.", "health"),
    ],
)
def test_a_cue_stem_does_not_catch_a_word_of_another_sense(text, theme):
    _language, scores = theme_cues.weighed_themes(text)

    assert theme not in scores


def test_a_polish_training_session_is_only_a_weak_hint_of_education():
    # "szkolenie" (a training) shares its first letters with "szkoła" (a school)
    _language, scores = theme_cues.weighed_themes("Szkolenie dla urzędników trwało dwa dni.")

    assert scores == {"education": theme_cues.WEAK}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Omówiono dostęp do mieszkań socjalnych dla rodzin.", "housing"),
        ("Die Kinder besuchen die Schule im Stadtteil.", "education"),
        ("Rozmawiano o szkołach i przedszkolach w dzielnicy.", "education"),
        ("Los técnicos visitaron un hospital que atiende a las familias.", "health"),
    ],
)
def test_the_narrowed_stems_still_name_their_theme(text, theme):
    _language, scores = theme_cues.weighed_themes(text)

    assert theme in scores


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("El Ayuntamiento acoge hoy la reunión de la red comarcal.", "acoge"),
        ("Il municipio accoglierà il convegno dei comuni della valle.", "accoglierà"),
        ("Η ημερίδα έγινε με τη φιλοξενία του Δήμου Άρτας.", "φιλοξενία"),
        ("The guests were invited to an evening reception at the town hall.", "reception"),
        ("All towns belonging to the association sent a delegate.", "belonging"),
        ("Die Beschäftigung mit dem Thema begann vor zwei Jahren.", "Beschäftigung"),
    ],
)
def test_who_hosted_and_a_verbs_other_sense_are_blanked(text, frame):
    assert frame not in theme_frames.without_frames(text)


@pytest.mark.parametrize(
    "text",
    [
        "La acogida de las familias refugiadas en la red de ciudades fue el tema central.",
        "L'accoglienza dei richiedenti asilo nei progetti della rete è stata discussa.",
        "The reception of asylum seekers in small towns was discussed.",
        "Newcomers often lack a sense of belonging to the neighbourhood.",
    ],
)
def test_reception_and_belonging_as_topics_are_kept(text):
    assert theme_frames.without_frames(text) == text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a greeting ("Herzlich willkommen") is no welcome culture
        ("Herzlich willkommen in der Stadt, sagte der Bürgermeister zu den Gästen.", "reception"),
        # "κρίσιμος" (crucial) is no crisis
        ("Ο δήμαρχος μίλησε για τον κρίσιμο ρόλο των δήμων στη συνεργασία.", "crisis_response"),
        # "παρακολούθησαν" (they attended) is no monitoring
        ("Την εκδήλωση παρακολούθησαν εκπρόσωποι των δήμων της περιοχής.", "data"),
    ],
)
def test_a_verb_or_an_adjective_of_the_same_stem_names_no_theme(text, theme):
    _language, scores = theme_cues.weighed_themes(text)

    assert theme not in scores


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # follow-up (seguimiento), a body's papers (documenti), a person's nationality, an
        # encounter (Begegnung) and households (Haushalte) only point to their theme
        ("Se acordó una reunión de seguimiento con los técnicos de las ciudades.", "data"),
        ("I documenti del progetto sono stati presentati ai sindaci.", "legal"),
        ("Participaron vecinos de nacionalidad diversa en el acto de la ciudad.", "legal"),
        ("Die Begegnung der beiden Städte fand im Rathaus statt.", "intercultural"),
        ("Die Haushalte der Stadt wurden über das Fest informiert.", "governance"),
    ],
)
def test_a_word_of_two_senses_is_only_a_weak_cue(text, theme):
    _language, scores = theme_cues.weighed_themes(text)

    assert scores.get(theme, 0.0) < theme_cues.STRONG


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Concejalía de Vivienda organizó la jornada en el barrio.", "Vivienda"),
        ("Przedstawiciele Ministerstwa Rodziny i Edukacji byli obecni.", "Edukacji"),
        ("Reprezentanții Direcției pentru Sănătate au vorbit la întâlnire.", "Sănătate"),
        ("Εκπρόσωπος του Υπουργείου Στέγασης και Νεολαίας μίλησε.", "Νεολαίας"),
        ("La Consulta delle Culture si è riunita in municipio.", "Culture"),
    ],
)
def test_a_bodys_capitalised_name_with_its_small_words_is_no_topic(text, name):
    # Spanish, Polish, Romanian, Greek and Italian names of bodies join their capitalised
    # words with small ones ("de", "i", "pentru", "και", "delle"), as English ones do
    assert name not in narrative_text(text)
