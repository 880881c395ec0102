"""Hand-written building blocks of the labelled practice collection (part A).

Each concept is one kind of practice, written by us in several languages as it would
be described by a different city in that language: (name, summary, detail).
`build.py` turns every (concept, language) into one practice of a real municipality.
"""

CONCEPTS_A = {
    "refugee_housing": {
        "themes": ["housing", "reception"],
        "texts": {
            "en": (
                "Homes for Refugees",
                "The city rents flats on the private market and sublets them to recognised refugees who must leave the reception centre.",
                "A housing officer follows each household during the first year, explaining the lease, the utility bills and the house rules.",
            ),
            "it": (
                "Case per rifugiati",
                "Il Comune prende in affitto appartamenti da privati e li assegna ai titolari di protezione internazionale usciti dall'accoglienza.",
                "Un operatore dell'abitare accompagna ogni nucleo per dodici mesi, dalla firma del contratto al pagamento delle bollette.",
            ),
            "es": (
                "Viviendas puente para refugiados",
                "El ayuntamiento alquila pisos a propietarios particulares y los cede a personas refugiadas que salen del sistema de acogida.",
                "Una trabajadora social acompaña a cada familia durante el primer año en la gestión del contrato y de los suministros.",
            ),
            "de": (
                "Wohnungen für Geflüchtete",
                "Die Stadt mietet Wohnungen auf dem freien Markt an und vermietet sie an anerkannte Flüchtlinge weiter, die aus der Gemeinschaftsunterkunft ausziehen.",
                "Eine Wohnberaterin begleitet jeden Haushalt ein Jahr lang bei Mietvertrag, Nebenkosten und Hausordnung.",
            ),
            "pl": (
                "Mieszkania dla uchodźców",
                "Miasto wynajmuje mieszkania od prywatnych właścicieli i podnajmuje je osobom z ochroną międzynarodową, które opuszczają ośrodek.",
                "Opiekun mieszkaniowy wspiera każdą rodzinę przez pierwszy rok: umowa najmu, rachunki, relacje z sąsiadami.",
            ),
            "el": (
                "Στέγαση προσφύγων σε διαμερίσματα",
                "Ο δήμος μισθώνει διαμερίσματα από ιδιώτες και τα διαθέτει σε αναγνωρισμένους πρόσφυγες που αποχωρούν από τις δομές φιλοξενίας.",
                "Κοινωνικός λειτουργός στηρίζει κάθε οικογένεια τον πρώτο χρόνο με το μισθωτήριο, τους λογαριασμούς και τη γειτονιά.",
            ),
        },
    },
    "night_shelter": {
        "themes": ["housing", "health"],
        "texts": {
            "en": (
                "Winter Night Shelter",
                "A low-threshold night shelter open from November to March for homeless migrants, with no questions asked about residence status.",
                "Guests receive a bed, a hot meal and a shower; a street team and a nurse refer them to daytime services.",
            ),
            "it": (
                "Dormitorio di bassa soglia",
                "Posti letto notturni per persone senza dimora, anche straniere e senza documenti, nei mesi più freddi.",
                "L'accesso è libero; ogni sera un'unità di strada segnala i casi e un infermiere visita gli ospiti due volte a settimana.",
            ),
            "es": (
                "Albergue nocturno de invierno",
                "Plazas de pernocta para personas sin hogar, incluidas personas migrantes en situación irregular, durante la campaña de frío.",
                "Incluye cena caliente, ducha y derivación a los servicios sociales de día por parte de un equipo de calle.",
            ),
            "ro": (
                "Adăpost de noapte pentru persoane fără adăpost",
                "Un adăpost de noapte deschis iarna pentru persoanele fără locuință, inclusiv migranți, fără condiții de acces.",
                "Beneficiarii primesc pat, masă caldă și consiliere; o echipă mobilă îi îndrumă spre serviciile sociale.",
            ),
            "el": (
                "Υπνωτήριο αστέγων",
                "Νυχτερινό καταφύγιο για άστεγους, μεταξύ τους και μετανάστες χωρίς χαρτιά, τους χειμερινούς μήνες.",
                "Παρέχεται κρεβάτι, ζεστό φαγητό και ιατρική φροντίδα, ενώ ομάδα δρόμου παραπέμπει σε κοινωνικές υπηρεσίες.",
            ),
        },
    },
    "training_flats": {
        "themes": ["housing", "inclusion"],
        "texts": {
            "en": (
                "Stepping Stone Flats",
                "Transitional apartments where vulnerable migrants live for up to two years while they learn to manage a home and a budget on their own.",
                "Residents sign an individual plan with a mentor; rent rises gradually until it reaches the market level.",
            ),
            "pl": (
                "Mieszkania treningowe",
                "Mieszkania chronione, w których migranci w trudnej sytuacji uczą się samodzielnego życia przed przejściem na wolny rynek.",
                "Pobyt trwa do dwóch lat; mieszkańcy realizują indywidualny plan usamodzielnienia z asystentem.",
            ),
            "it": (
                "Appartamenti di semi-autonomia",
                "Alloggi di transizione per migranti vulnerabili che imparano a gestire casa e spese prima di cercare un affitto da soli.",
                "La permanenza massima è di diciotto mesi, con un progetto individuale concordato con l'educatore.",
            ),
            "de": (
                "Trainingswohnen",
                "Übergangswohnungen, in denen Menschen mit Fluchterfahrung selbstständiges Wohnen einüben, bevor sie eine eigene Wohnung beziehen.",
                "Ein Sozialpädagoge vereinbart mit jedem Bewohner Ziele zu Haushaltsführung, Budget und Nachbarschaft.",
            ),
            "ro": (
                "Locuințe de tranziție",
                "Apartamente de tranziție în care migranții vulnerabili învață să își administreze singuri locuința și bugetul.",
                "Fiecare beneficiar are un plan individual de autonomie, urmărit de un asistent social timp de doi ani.",
            ),
        },
    },
    "landlord_guarantee": {
        "themes": ["housing", "governance"],
        "texts": {
            "en": (
                "Rent Guarantee Fund",
                "The municipality guarantees the rent to private landlords who let their flats to migrant families, covering arrears and damage.",
                "An agency mediates between owner and tenant and steps in at the first sign of conflict.",
            ),
            "it": (
                "Agenzia sociale per la casa",
                "Un fondo comunale di garanzia convince i proprietari ad affittare a famiglie straniere, coprendo morosità e danni.",
                "L'agenzia fa da mediatrice tra proprietario e inquilino e interviene ai primi segnali di conflitto.",
            ),
            "es": (
                "Programa de garantía de alquiler",
                "El ayuntamiento ofrece a los propietarios un seguro de impago si alquilan su vivienda a familias migrantes.",
                "Una oficina de intermediación acompaña el contrato y resuelve los conflictos entre las partes.",
            ),
            "de": (
                "Mietbürgschaft der Stadt",
                "Die Stadt übernimmt gegenüber privaten Vermietern eine Bürgschaft, wenn sie an zugewanderte Familien vermieten.",
                "Eine Vermittlungsstelle begleitet beide Seiten und schlichtet bei Mietrückständen.",
            ),
            "mt": (
                "Skema ta' Garanzija għall-Kera",
                "Il-kunsill jiggarantixxi l-kera lis-sidien privati li jikru lil familji migranti.",
                "Uffiċjal jagħmel medjazzjoni bejn is-sid u l-kerrej meta jinqalgħu problemi.",
            ),
        },
    },
    "one_stop_shop": {
        "themes": ["reception", "legal", "governance"],
        "texts": {
            "en": (
                "Newcomer One-Stop Shop",
                "A single desk where newly arrived residents find registration, schooling, health insurance and job-centre services under one roof.",
                "Staff from five departments work side by side, so that a family can settle its first formalities in one visit.",
            ),
            "it": (
                "Sportello unico per stranieri",
                "Un unico sportello dove i nuovi residenti sbrigano iscrizione anagrafica, scuola, tessera sanitaria e centro per l'impiego.",
                "Operatori di più uffici comunali lavorano nella stessa sala, così le pratiche si chiudono in una sola visita.",
            ),
            "de": (
                "Welcome Center für Neuzugewanderte",
                "Eine zentrale Anlaufstelle, in der Neuzugewanderte Anmeldung, Schulplatz, Krankenversicherung und Arbeitsvermittlung erledigen.",
                "Mitarbeitende aus mehreren Ämtern sitzen in einem Haus, damit Familien möglichst alles an einem Tag klären.",
            ),
            "es": (
                "Oficina única de acogida",
                "Una ventanilla única donde las personas recién llegadas tramitan el empadronamiento, la escuela, la tarjeta sanitaria y el empleo.",
                "Personal de varias concejalías atiende en el mismo espacio para evitar desplazamientos innecesarios.",
            ),
            "ro": (
                "Ghișeu unic pentru imigranți",
                "Un punct unic de contact unde imigranții nou-sosiți rezolvă înregistrarea, școala, asigurarea medicală și căutarea unui loc de muncă.",
                "Funcționari din mai multe direcții ale primăriei lucrează în același spațiu.",
            ),
            "pl": (
                "Punkt Informacyjny dla Cudzoziemców",
                "Jedno miejsce, w którym cudzoziemcy załatwiają meldunek, zapis do szkoły, ubezpieczenie zdrowotne i rejestrację w urzędzie pracy.",
                "Urzędnicy kilku wydziałów pracują w jednym punkcie, aby rodzina mogła załatwić wszystko podczas jednej wizyty.",
            ),
        },
    },
    "multilingual_referral": {
        "themes": ["reception", "language"],
        "texts": {
            "en": (
                "Multilanguage Referral Centres",
                "Neighbourhood centres where migrants get information and are referred to the right public service in their own language.",
                "Operators speak Arabic, Albanian, Romanian, Ukrainian and English and keep a shared map of local services.",
            ),
            "it": (
                "Centri di orientamento multilingue",
                "Sportelli di quartiere che informano i cittadini stranieri e li indirizzano ai servizi pubblici nella loro lingua.",
                "Gli operatori parlano arabo, albanese, romeno, ucraino e inglese e aggiornano una mappa condivisa dei servizi.",
            ),
            "pl": (
                "Wielojęzyczna infolinia dla migrantów",
                "Telefon i czat, na których migranci otrzymują informacje o usługach miejskich w swoim języku.",
                "Konsultanci mówią po ukraińsku, rosyjsku, angielsku i wietnamsku i przekierowują do właściwych instytucji.",
            ),
            "es": (
                "Punto de información multilingüe",
                "Un servicio de información y orientación en varios idiomas que deriva a las personas migrantes al recurso adecuado.",
                "Atiende en árabe, wolof, rumano, inglés y francés, en persona y por teléfono.",
            ),
            "mt": (
                "Servizz ta' Informazzjoni f'Diversi Lingwi",
                "Uffiċċju fejn il-migranti jirċievu informazzjoni u jintbagħtu lejn is-servizz it-tajjeb bil-lingwa tagħhom.",
                "L-uffiċjali jitkellmu bl-Għarbi, bl-Ingliż, bil-Franċiż u bit-Tigrinja.",
            ),
        },
    },
    "welcome_guide": {
        "themes": ["communication", "reception"],
        "texts": {
            "en": (
                "Welcome to the City app",
                "A mobile app and printed guide that explain, in twelve languages, how to find a doctor, enrol children in school and register an address.",
                "Content is written with newcomers in focus groups and updated every year by the city's communication office.",
            ),
            "de": (
                "Willkommensbroschüre in zwölf Sprachen",
                "Ein Ratgeber als Heft und App, der Neuankommenden erklärt, wie sie Arzt, Schule und Behörden finden.",
                "Die Texte wurden gemeinsam mit Zugewanderten geschrieben und werden jährlich aktualisiert.",
            ),
            "el": (
                "Οδηγός καλωσορίσματος για νεοαφιχθέντες",
                "Πολύγλωσσος οδηγός και εφαρμογή κινητού με πληροφορίες για γιατρούς, σχολεία και δημοτικές υπηρεσίες.",
                "Διατίθεται σε αραβικά, φαρσί, γαλλικά, αγγλικά και ουκρανικά και ενημερώνεται κάθε χρόνο.",
            ),
            "ro": (
                "Ghidul nou-veniților",
                "O broșură și o aplicație mobilă care explică, în mai multe limbi, cum găsești un medic, o școală sau un birou al primăriei.",
                "Ghidul a fost redactat împreună cu migranți și este actualizat anual.",
            ),
            "es": (
                "Guía de bienvenida",
                "Una guía impresa y digital, traducida a diez idiomas, sobre cómo acceder a la sanidad, la escuela y el padrón.",
                "Se elaboró con grupos de personas recién llegadas y se reparte en centros de salud y bibliotecas.",
            ),
        },
    },
    "job_orientation_youth": {
        "themes": ["employment", "education"],
        "texts": {
            "it": (
                "Porta Futuro",
                "Centro comunale per l'incontro tra domanda e offerta di lavoro e l'orientamento dei giovani, anche di origine straniera: bilancio delle competenze, colloqui e corsi brevi.",
                "Offre consulenza individuale, laboratori per scrivere il curriculum e incontri con le imprese del territorio.",
            ),
            "en": (
                "Career Compass for Young Newcomers",
                "Career guidance for young migrants aged 16 to 29: skills assessment, coaching and short courses that lead to a first job.",
                "Coaches meet each young person weekly and organise visits to local companies.",
            ),
            "es": (
                "Orientación laboral para jóvenes migrantes",
                "Itinerarios de orientación e inserción laboral para jóvenes extranjeros de 16 a 29 años.",
                "Incluye tutorías individuales, talleres de currículum y prácticas en empresas del barrio.",
            ),
            "de": (
                "Jugendberufsagentur für junge Zugewanderte",
                "Berufsorientierung für junge Geflüchtete: Kompetenzfeststellung, Bewerbungstraining und Praktika.",
                "Jede Person hat einen festen Coach, der sie bis zur Ausbildung oder zum ersten Job begleitet.",
            ),
            "pl": (
                "Doradztwo zawodowe dla młodych cudzoziemców",
                "Bezpłatne doradztwo zawodowe dla młodych migrantów: ocena umiejętności, pisanie CV i przygotowanie do rozmowy.",
                "Doradcy organizują też wizyty w firmach i staże.",
            ),
            "el": (
                "Επαγγελματικός προσανατολισμός νέων μεταναστών",
                "Συμβουλευτική σταδιοδρομίας για νέους πρόσφυγες και μετανάστες, με αποτίμηση δεξιοτήτων και σύνδεση με εργοδότες.",
                "Οι σύμβουλοι βοηθούν στη σύνταξη βιογραφικού και στην προετοιμασία για συνέντευξη.",
            ),
        },
    },
    "skills_recognition": {
        "themes": ["employment", "legal"],
        "texts": {
            "en": (
                "Diploma Recognition Desk",
                "Advice and fees support for migrants who want their foreign degrees and professional qualifications recognised.",
                "Advisers check documents, arrange sworn translations and prepare the file for the competent authority.",
            ),
            "de": (
                "Anerkennungsberatung",
                "Beratung zur Anerkennung ausländischer Berufs- und Studienabschlüsse, mit Zuschuss zu den Gebühren.",
                "Die Beratungsstelle prüft Unterlagen, vermittelt Übersetzungen und Anpassungsqualifizierungen.",
            ),
            "it": (
                "Riconoscimento dei titoli di studio esteri",
                "Consulenza per far riconoscere lauree e qualifiche professionali conseguite all'estero.",
                "Lo sportello verifica i documenti, segue la traduzione giurata e la dichiarazione di valore.",
            ),
            "es": (
                "Homologación de títulos extranjeros",
                "Asesoramiento para homologar títulos universitarios y cualificaciones profesionales obtenidos en el extranjero.",
                "Se ayuda con las traducciones juradas y se cubren parte de las tasas.",
            ),
            "ro": (
                "Recunoașterea diplomelor obținute în străinătate",
                "Consiliere pentru migranții care doresc echivalarea studiilor și a calificărilor profesionale.",
                "Consilierii verifică actele și pregătesc dosarul pentru autoritatea competentă.",
            ),
        },
    },
    "migrant_entrepreneurship": {
        "themes": ["employment", "civil_society"],
        "texts": {
            "en": (
                "Newcomer Business Incubator",
                "An incubator that helps migrants start their own business with training, a shared workspace and micro-loans.",
                "Mentors from local firms review the business plan and banks offer start-up credit.",
            ),
            "es": (
                "Vivero de empresas de personas migrantes",
                "Formación, espacio de trabajo y microcréditos para personas migrantes que quieren emprender.",
                "Cada proyecto tiene una mentora del tejido empresarial local.",
            ),
            "it": (
                "Incubatore di impresa per migranti",
                "Formazione, spazi condivisi e microcredito per cittadini stranieri che vogliono avviare un'attività.",
                "Imprenditori del territorio fanno da mentori durante il primo anno.",
            ),
            "pl": (
                "Inkubator przedsiębiorczości migrantów",
                "Szkolenia, przestrzeń coworkingowa i mikropożyczki dla migrantów zakładających własną firmę.",
                "Mentorzy z lokalnych firm pomagają w przygotowaniu biznesplanu.",
            ),
            "el": (
                "Θερμοκοιτίδα επιχειρηματικότητας μεταναστών",
                "Εκπαίδευση, κοινόχρηστος χώρος εργασίας και μικροχρηματοδότηση για μετανάστες που ξεκινούν επιχείρηση.",
                "Μέντορες από τοπικές επιχειρήσεις στηρίζουν το επιχειρηματικό σχέδιο.",
            ),
            "ro": (
                "Incubator de afaceri pentru migranți",
                "Cursuri, spațiu de lucru comun și microcredite pentru migranții care își deschid o afacere.",
                "Antreprenori locali oferă mentorat în primul an de activitate.",
            ),
        },
    },
    "employer_network": {
        "themes": ["employment", "civil_society"],
        "texts": {
            "en": (
                "Employers for Integration",
                "A network of local companies that offer paid traineeships and apprenticeships to refugees, matched by the city's job service.",
                "Employers receive support with paperwork and a contact person for any difficulty at the workplace.",
            ),
            "de": (
                "Unternehmensnetzwerk Integration",
                "Betriebe der Region bieten Geflüchteten Praktika und Ausbildungsplätze; die Stadt übernimmt die Vermittlung.",
                "Die Betriebe erhalten Hilfe bei Formalitäten und einen festen Ansprechpartner.",
            ),
            "it": (
                "Rete di imprese per l'inclusione lavorativa",
                "Aziende locali offrono tirocini retribuiti e apprendistati a rifugiati selezionati dal servizio comunale per il lavoro.",
                "Le imprese ricevono assistenza per le pratiche e un tutor di riferimento.",
            ),
            "pl": (
                "Sieć pracodawców otwartych na uchodźców",
                "Lokalne firmy oferują płatne staże i praktyki zawodowe dla uchodźców, dobieranych przez miejski urząd pracy.",
                "Pracodawcy otrzymują pomoc w formalnościach i stały kontakt w urzędzie.",
            ),
            "mt": (
                "Netwerk ta' Min Iħaddem għall-Integrazzjoni",
                "Kumpaniji lokali joffru apprentistati u taħriġ bi ħlas lil refuġjati.",
                "Il-kunsill jgħin lil min iħaddem bil-karti u jsegwi kull persuna fuq il-post tax-xogħol.",
            ),
        },
    },
    "women_employment": {
        "themes": ["employment", "inclusion"],
        "texts": {
            "en": (
                "Stitch Together",
                "A tailoring and catering cooperative where migrant women train, earn an income and gain work experience.",
                "Childcare is provided on site and products are sold at city markets and to local restaurants.",
            ),
            "it": (
                "Sartoria sociale delle donne",
                "Laboratorio di sartoria e cucina in cui donne migranti si formano, lavorano e ottengono un reddito.",
                "Durante i turni è attivo uno spazio bimbi; i prodotti sono venduti nei mercati cittadini.",
            ),
            "es": (
                "Cooperativa de mujeres migrantes",
                "Taller de costura y catering donde mujeres migrantes se forman y consiguen sus primeros ingresos.",
                "Hay servicio de cuidado infantil y los productos se venden en mercados locales.",
            ),
            "el": (
                "Συνεταιρισμός γυναικών μεταναστριών",
                "Εργαστήριο ραπτικής και μαγειρικής όπου γυναίκες μετανάστριες εκπαιδεύονται και αποκτούν εισόδημα.",
                "Λειτουργεί χώρος φύλαξης παιδιών και τα προϊόντα πωλούνται σε λαϊκές αγορές.",
            ),
            "ro": (
                "Atelierul femeilor",
                "Un atelier de croitorie și catering unde femeile migrante învață o meserie și câștigă un venit.",
                "Copiii sunt supravegheați în timpul lucrului, iar produsele se vând la târgurile orașului.",
            ),
        },
    },
    "language_cafe": {
        "themes": ["language", "inclusion"],
        "texts": {
            "en": (
                "Language Café",
                "Weekly informal conversation tables where newcomers practise the local language with volunteers over coffee.",
                "Tables are grouped by level, and volunteers receive a short training in teaching conversation.",
            ),
            "de": (
                "Sprachcafé",
                "Wöchentliche Gesprächsrunden, in denen Zugewanderte mit Ehrenamtlichen bei Kaffee Deutsch üben.",
                "Die Tische sind nach Niveau aufgeteilt; Freiwillige bekommen eine kurze Schulung.",
            ),
            "it": (
                "Caffè linguistico",
                "Incontri settimanali informali in cui i nuovi arrivati praticano l'italiano con volontari davanti a un caffè.",
                "I tavoli sono divisi per livello e i volontari seguono una breve formazione.",
            ),
            "pl": (
                "Kawiarenka językowa",
                "Cotygodniowe spotkania przy kawie, na których cudzoziemcy ćwiczą polski z wolontariuszami.",
                "Stoliki są podzielone według poziomu, a wolontariusze przechodzą krótkie szkolenie.",
            ),
            "es": (
                "Tertulias de conversación",
                "Encuentros semanales donde personas recién llegadas practican el castellano con voluntariado.",
                "Las mesas se organizan por nivel y el voluntariado recibe una formación breve.",
            ),
            "mt": (
                "Kafè tal-Lingwa",
                "Laqgħat kull ġimgħa fejn il-migranti jitħaddtu bil-Malti ma' voluntiera.",
                "Il-voluntiera jirċievu taħriġ qasir u l-gruppi huma skont il-livell.",
            ),
        },
    },
    "mothers_language": {
        "themes": ["language", "children_families"],
        "texts": {
            "en": (
                "Mum Learns Too",
                "Language classes for migrant mothers held in primary schools during school hours, with a crèche for toddlers.",
                "Lessons use everyday situations such as parent meetings, the pharmacy and the market.",
            ),
            "it": (
                "Mamme a scuola di italiano",
                "Corsi di italiano per madri straniere nelle scuole primarie, in orario scolastico, con servizio di baby sitting.",
                "Le lezioni partono da situazioni quotidiane: colloqui con gli insegnanti, farmacia, mercato.",
            ),
            "de": (
                "Mama lernt Deutsch",
                "Deutschkurse für zugewanderte Mütter in Grundschulen, während die Kinder im Unterricht sind, mit Kinderbetreuung.",
                "Der Unterricht orientiert sich an Alltagssituationen wie Elternabend und Arztbesuch.",
            ),
            "es": (
                "Madres aprendiendo castellano",
                "Clases de idioma para madres migrantes en los colegios, en horario lectivo y con guardería.",
                "Se trabajan situaciones cotidianas como las tutorías escolares y la consulta médica.",
            ),
            "el": (
                "Μαθήματα ελληνικών για μητέρες",
                "Μαθήματα ελληνικής γλώσσας για μητέρες μετανάστριες μέσα στα δημοτικά σχολεία, με φύλαξη για τα μικρά παιδιά.",
                "Τα μαθήματα βασίζονται σε καθημερινές καταστάσεις, όπως η συνάντηση με τον δάσκαλο.",
            ),
        },
    },
    "cultural_mediators": {
        "themes": ["language", "health"],
        "texts": {
            "en": (
                "Cultural Mediators in Public Services",
                "Trained intercultural mediators accompany migrants in hospitals, schools and social services and interpret for them.",
                "Mediators are themselves migrants, certified after a 200-hour course, and booked through a central roster.",
            ),
            "it": (
                "Mediazione linguistico-culturale nei servizi",
                "Mediatori interculturali formati affiancano gli operatori di ospedali, scuole e servizi sociali nei colloqui con gli utenti stranieri.",
                "Il servizio copre quindici lingue ed è prenotabile tramite una centrale unica.",
            ),
            "es": (
                "Mediación intercultural en los servicios públicos",
                "Mediadoras y mediadores interculturales acompañan a personas migrantes en centros de salud, escuelas y servicios sociales.",
                "Son profesionales de origen migrante con formación específica y se solicitan a través de una central.",
            ),
            "de": (
                "Sprach- und Integrationsmittler",
                "Geschulte Sprach- und Kulturmittler begleiten Zugewanderte bei Terminen in Kliniken, Schulen und Ämtern.",
                "Die Mittler haben selbst Migrationsgeschichte und werden über eine zentrale Stelle gebucht.",
            ),
            "el": (
                "Διαπολιτισμικοί μεσολαβητές στις δημόσιες υπηρεσίες",
                "Εκπαιδευμένοι διερμηνείς και πολιτισμικοί μεσολαβητές συνοδεύουν μετανάστες σε νοσοκομεία, σχολεία και κοινωνικές υπηρεσίες.",
                "Οι μεσολαβητές έχουν οι ίδιοι εμπειρία μετανάστευσης.",
            ),
            "ro": (
                "Mediatori interculturali în serviciile publice",
                "Mediatori instruiți însoțesc migranții la spital, la școală și la serviciile sociale și traduc pentru ei.",
                "Serviciul acoperă zece limbi și se programează printr-un dispecerat central.",
            ),
        },
    },
    "remote_interpreting": {
        "themes": ["language", "governance"],
        "texts": {
            "en": (
                "Video Interpreting for City Offices",
                "Municipal counters connect to a professional interpreter by video call within minutes, in more than forty languages.",
                "Each office has a tablet; the service is paid centrally and usage is reported monthly.",
            ),
            "de": (
                "Videodolmetschen in Behörden",
                "Ämter und Bürgerbüros schalten per Videoanruf innerhalb weniger Minuten professionelle Dolmetscher in über vierzig Sprachen zu.",
                "Jede Dienststelle hat ein Tablet; die Kosten trägt die Stadt zentral.",
            ),
            "pl": (
                "Tłumacz na wideo w urzędzie",
                "Urzędnicy łączą się z tłumaczem przez wideo w kilka minut, w ponad trzydziestu językach.",
                "Każdy wydział ma tablet, a koszty pokrywa budżet miasta.",
            ),
            "ro": (
                "Interpretariat la distanță în primărie",
                "Funcționarii primăriei apelează prin video la un interpret profesionist în câteva minute.",
                "Fiecare ghișeu are o tabletă, iar costurile sunt acoperite central.",
            ),
        },
    },
    "school_welcome": {
        "themes": ["education", "children_families"],
        "texts": {
            "en": (
                "Welcome Classes",
                "Preparatory classes where newly arrived pupils learn the language for up to a year before joining a regular class.",
                "Pupils spend part of the day with their future classmates from the start to ease the transition.",
            ),
            "de": (
                "Willkommensklassen",
                "Vorbereitungsklassen, in denen neu zugewanderte Schulkinder bis zu einem Jahr Deutsch lernen, bevor sie in die Regelklasse wechseln.",
                "Von Anfang an besuchen sie einige Fächer gemeinsam mit der künftigen Klasse.",
            ),
            "it": (
                "Classi di accoglienza per alunni neoarrivati",
                "Laboratori intensivi di italiano per alunni appena arrivati, prima e durante l'inserimento in classe.",
                "Gli alunni frequentano fin da subito alcune materie con i compagni della classe di destinazione.",
            ),
            "pl": (
                "Oddziały przygotowawcze",
                "Klasy przygotowawcze, w których dzieci cudzoziemców uczą się polskiego przed przejściem do zwykłej klasy.",
                "Uczniowie od początku chodzą na część lekcji razem z przyszłą klasą.",
            ),
            "el": (
                "Τάξεις υποδοχής",
                "Τάξεις υποδοχής όπου νεοαφιχθέντες μαθητές μαθαίνουν ελληνικά πριν ενταχθούν στο κανονικό τμήμα.",
                "Οι μαθητές παρακολουθούν από την αρχή ορισμένα μαθήματα με τους συμμαθητές τους.",
            ),
            "es": (
                "Aulas de enlace",
                "Aulas de acogida donde el alumnado recién llegado aprende la lengua antes de incorporarse a su grupo ordinario.",
                "Desde el primer día comparte algunas asignaturas con su futuro grupo.",
            ),
        },
    },
    "homework_tutoring": {
        "themes": ["education", "civil_society"],
        "texts": {
            "en": (
                "Homework Club",
                "University students tutor children of migrant families after school, twice a week, in libraries and community centres.",
                "Students earn study credits; teachers flag the pupils who need help most.",
            ),
            "it": (
                "Doposcuola interculturale",
                "Studenti universitari aiutano nei compiti bambini e ragazzi di famiglie straniere, due pomeriggi a settimana.",
                "Gli studenti ottengono crediti formativi e le scuole segnalano gli alunni più in difficoltà.",
            ),
            "es": (
                "Refuerzo escolar con estudiantes universitarios",
                "Estudiantes universitarios ayudan con los deberes a niñas y niños de familias migrantes por las tardes.",
                "Las escuelas proponen el alumnado participante y la universidad reconoce créditos.",
            ),
            "pl": (
                "Świetlica z korepetycjami",
                "Studenci pomagają w odrabianiu lekcji dzieciom z rodzin migranckich dwa razy w tygodniu.",
                "Zajęcia odbywają się w bibliotekach i domach kultury.",
            ),
            "ro": (
                "Meditații după școală",
                "Studenți voluntari ajută copiii din familii de migranți la teme, de două ori pe săptămână.",
                "Școlile recomandă elevii care au cea mai mare nevoie de sprijin.",
            ),
            "mt": (
                "Klabb tal-Homework",
                "Studenti universitarji jgħinu lit-tfal ta' familji migranti fil-homework wara l-iskola.",
                "Il-laqgħat isiru darbtejn fil-ġimgħa fil-librerija lokali.",
            ),
        },
    },
    "adult_vocational": {
        "themes": ["education", "employment"],
        "texts": {
            "en": (
                "Care Assistant Training for Migrants",
                "A vocational course that trains adult migrants as care assistants for elderly people, with language support and a work placement.",
                "Graduates receive a recognised certificate and most are hired by care homes in the region.",
            ),
            "it": (
                "Corso OSS per cittadini stranieri",
                "Formazione professionale per adulti stranieri come operatori socio-sanitari, con supporto linguistico e tirocinio.",
                "Il corso rilascia una qualifica regionale e molte corsiste trovano lavoro nelle RSA.",
            ),
            "de": (
                "Pflegehelferausbildung für Zugewanderte",
                "Eine berufliche Qualifizierung zur Pflegehilfskraft für erwachsene Zugewanderte, mit Sprachförderung und Praktikum.",
                "Die Teilnehmenden erhalten ein anerkanntes Zertifikat; viele werden von Pflegeheimen übernommen.",
            ),
            "ro": (
                "Curs de îngrijitor pentru migranți",
                "Curs de calificare profesională pentru adulți migranți ca îngrijitori de bătrâni, cu sprijin lingvistic și practică.",
                "Absolvenții primesc un certificat recunoscut.",
            ),
            "es": (
                "Formación en atención sociosanitaria",
                "Curso de formación profesional para personas adultas migrantes como auxiliares de geriatría, con apoyo lingüístico y prácticas.",
                "El certificado es oficial y muchas participantes encuentran empleo en residencias.",
            ),
        },
    },
    "mental_health": {
        "themes": ["health"],
        "texts": {
            "en": (
                "Trauma Counselling for Refugees",
                "Psychological support for refugees who lived through war, torture or dangerous journeys, with therapists and interpreters.",
                "Group sessions for women and for teenagers complement individual therapy.",
            ),
            "de": (
                "Psychosoziales Zentrum für Geflüchtete",
                "Psychotherapie und Beratung für traumatisierte Geflüchtete, mit Dolmetschenden in den Sitzungen.",
                "Ergänzend gibt es Gruppenangebote für Frauen und Jugendliche.",
            ),
            "el": (
                "Ψυχοκοινωνική στήριξη προσφύγων",
                "Ψυχολογική υποστήριξη για πρόσφυγες που έζησαν πόλεμο ή βασανιστήρια, με θεραπευτές και διερμηνείς.",
                "Λειτουργούν και ομάδες στήριξης για γυναίκες και εφήβους.",
            ),
            "it": (
                "Sostegno psicologico ai rifugiati",
                "Ambulatorio di etnopsichiatria per richiedenti asilo e rifugiati con esperienze di violenza o di viaggi traumatici.",
                "Psicologi e mediatori lavorano in coppia; ci sono anche gruppi per donne e adolescenti.",
            ),
            "pl": (
                "Wsparcie psychologiczne dla uchodźców",
                "Bezpłatna pomoc psychologiczna dla osób, które przeżyły wojnę lub przemoc, z udziałem tłumaczy.",
                "Prowadzone są również grupy wsparcia dla kobiet i młodzieży.",
            ),
            "ro": (
                "Consiliere psihologică pentru refugiați",
                "Sprijin psihologic pentru refugiații care au trecut prin război sau violență, cu psihologi și interpreți.",
                "Sunt organizate și grupuri de sprijin pentru femei și adolescenți.",
            ),
        },
    },
    "health_navigators": {
        "themes": ["health", "communication"],
        "texts": {
            "en": (
                "Community Health Navigators",
                "Health navigators from migrant communities help families register with a doctor and reach vaccination and screening.",
                "They run information sessions in mosques, churches and shops and accompany people to their first appointment.",
            ),
            "es": (
                "Agentes de salud comunitaria",
                "Agentes de salud de las propias comunidades migrantes ayudan a las familias a obtener la tarjeta sanitaria y acceder a vacunas.",
                "Organizan charlas en mezquitas, iglesias y comercios del barrio.",
            ),
            "it": (
                "Promotori di salute di comunità",
                "Promotori di salute delle comunità straniere aiutano le famiglie a iscriversi al medico di base e ad accedere a vaccini e screening.",
                "Organizzano incontri nei luoghi di culto e nei negozi etnici.",
            ),
            "ro": (
                "Mediatori sanitari comunitari",
                "Mediatori sanitari din comunitățile de migranți ajută familiile să se înscrie la medicul de familie și la vaccinare.",
                "Ei organizează sesiuni de informare în biserici, magazine și centre comunitare.",
            ),
            "mt": (
                "Medjaturi tas-Saħħa fil-Komunità",
                "Medjaturi mill-komunitajiet migranti jgħinu lill-familji jaċċessaw it-tabib, it-tilqim u l-iscreening.",
                "Jorganizzaw sessjonijiet ta' informazzjoni f'postijiet tal-qima u ħwienet.",
            ),
        },
    },
    "legal_clinic": {
        "themes": ["legal"],
        "texts": {
            "en": (
                "Free Legal Clinic on Residence",
                "Lawyers and law students give free advice on residence permits, asylum appeals and family reunification.",
                "The clinic is open three afternoons a week and handles urgent deadlines first.",
            ),
            "it": (
                "Sportello legale per il permesso di soggiorno",
                "Avvocati e praticanti offrono consulenza gratuita su permessi di soggiorno, ricorsi in materia di asilo e ricongiungimenti.",
                "Lo sportello è aperto tre pomeriggi a settimana e dà priorità alle scadenze urgenti.",
            ),
            "es": (
                "Asesoría jurídica en extranjería",
                "Abogadas y abogados ofrecen orientación gratuita sobre permisos de residencia, arraigo, asilo y reagrupación familiar.",
                "La asesoría atiende con cita previa y prioriza los plazos urgentes.",
            ),
            "el": (
                "Δωρεάν νομική συμβουλευτική για μετανάστες",
                "Δικηγόροι παρέχουν δωρεάν συμβουλές για άδειες διαμονής, αιτήσεις ασύλου και οικογενειακή επανένωση.",
                "Το γραφείο λειτουργεί τρεις φορές την εβδομάδα.",
            ),
            "pl": (
                "Bezpłatna pomoc prawna dla cudzoziemców",
                "Prawnicy udzielają bezpłatnych porad w sprawie karty pobytu, ochrony międzynarodowej i łączenia rodzin.",
                "Dyżury odbywają się trzy razy w tygodniu.",
            ),
            "mt": (
                "Klinika Legali Bla Ħlas",
                "Avukati jagħtu pariri b'xejn dwar permessi ta' residenza, ażil u għaqda tal-familja.",
                "Il-klinika tiftaħ tliet darbiet fil-ġimgħa.",
            ),
        },
    },
    "registration_support": {
        "themes": ["legal", "governance"],
        "texts": {
            "en": (
                "Easy Registration",
                "Simplified registration of residence for newcomers: online booking in several languages, checklists and help filling in forms.",
                "Waiting times for an appointment fell from six weeks to five days.",
            ),
            "de": (
                "Einfach anmelden",
                "Vereinfachte Wohnsitzanmeldung für Neuzugewanderte mit mehrsprachiger Online-Terminbuchung und Ausfüllhilfe.",
                "Die Wartezeit auf einen Termin sank deutlich.",
            ),
            "ro": (
                "Programare online pentru acte de ședere",
                "Programare online în mai multe limbi pentru înregistrarea rezidenței și ajutor la completarea formularelor.",
                "Timpul de așteptare pentru o programare a scăzut considerabil.",
            ),
            "pl": (
                "Łatwy meldunek",
                "Uproszczone zameldowanie dla cudzoziemców: rezerwacja wizyty online w kilku językach i pomoc w wypełnianiu formularzy.",
                "Czas oczekiwania na wizytę znacznie się skrócił.",
            ),
        },
    },
    "foster_minors": {
        "themes": ["children_families", "reception"],
        "texts": {
            "en": (
                "Foster Families for Unaccompanied Children",
                "Families are recruited, trained and supported to host unaccompanied migrant children instead of placing them in large centres.",
                "Each placement has a social worker and a cultural mediator; families receive a monthly allowance.",
            ),
            "it": (
                "Affido familiare di minori stranieri non accompagnati",
                "Il Comune forma e sostiene famiglie disponibili ad accogliere in affido ragazzi stranieri arrivati soli.",
                "Ogni affido è seguito da un'assistente sociale e da un mediatore; le famiglie ricevono un contributo mensile.",
            ),
            "es": (
                "Acogimiento familiar de menores no acompañados",
                "Se seleccionan y forman familias de acogida para niños y adolescentes migrantes que llegan sin adultos.",
                "Cada acogimiento cuenta con apoyo técnico y una ayuda económica mensual.",
            ),
            "el": (
                "Αναδοχή ασυνόδευτων ανηλίκων",
                "Οικογένειες εκπαιδεύονται και στηρίζονται για να φιλοξενήσουν ασυνόδευτα παιδιά αντί για μεγάλες δομές.",
                "Κάθε αναδοχή παρακολουθείται από κοινωνικό λειτουργό.",
            ),
            "de": (
                "Gastfamilien für unbegleitete Minderjährige",
                "Familien werden gewonnen, geschult und begleitet, um unbegleitete minderjährige Geflüchtete bei sich aufzunehmen.",
                "Jede Unterbringung wird vom Jugendamt begleitet; die Familien erhalten Pflegegeld.",
            ),
        },
    },
    "volunteer_guardians": {
        "themes": ["children_families", "legal"],
        "texts": {
            "en": (
                "Volunteer Guardians",
                "Citizens are trained to become legal guardians of unaccompanied minors and to represent them before courts and schools.",
                "The course lasts 30 hours and guardians meet monthly to share experience.",
            ),
            "it": (
                "Tutori volontari per minori soli",
                "Cittadini formati diventano tutori legali di minori stranieri non accompagnati e li rappresentano davanti a scuola e tribunale.",
                "Il corso dura trenta ore e i tutori si incontrano ogni mese.",
            ),
            "el": (
                "Εθελοντές επίτροποι ασυνόδευτων παιδιών",
                "Πολίτες εκπαιδεύονται για να γίνουν επίτροποι ασυνόδευτων ανηλίκων και να τους εκπροσωπούν.",
                "Οι επίτροποι συναντώνται κάθε μήνα για ανταλλαγή εμπειριών.",
            ),
            "mt": (
                "Gwardjani Voluntiera",
                "Ċittadini jitħarrġu biex isiru gwardjani legali ta' minorenni li waslu waħedhom.",
                "Il-gwardjani jiltaqgħu kull xahar biex jaqsmu l-esperjenza tagħhom.",
            ),
        },
    },
    "family_support": {
        "themes": ["children_families", "inclusion"],
        "texts": {
            "it": (
                "Centro per le famiglie",
                "Centro per le famiglie che sostiene genitori stranieri nell'educazione dei figli, nel rapporto con la scuola e nei servizi per l'infanzia.",
                "Propone gruppi di genitori, consulenza educativa e attività per bambini nel fine settimana.",
            ),
            "en": (
                "Family Hub for Migrant Parents",
                "A family centre that supports migrant parents in raising their children, dealing with schools and using childcare services.",
                "It runs parent groups, home visits and weekend activities for children.",
            ),
            "es": (
                "Espacio familias migrantes",
                "Un centro que apoya a madres y padres migrantes en la crianza, la relación con la escuela y los servicios de infancia.",
                "Ofrece grupos de crianza, visitas a domicilio y actividades de fin de semana.",
            ),
            "pl": (
                "Wsparcie rodzin migranckich",
                "Poradnia dla rodziców cudzoziemców: wychowanie dzieci, kontakt ze szkołą i żłobkiem.",
                "Prowadzi grupy dla rodziców i weekendowe zajęcia dla dzieci.",
            ),
            "ro": (
                "Centrul pentru familii de migranți",
                "Un centru care sprijină părinții migranți în creșterea copiilor și în relația cu școala și grădinița.",
                "Organizează grupuri de părinți și vizite la domiciliu.",
            ),
        },
    },
    "youth_sports": {
        "themes": ["inclusion", "children_families"],
        "texts": {
            "en": (
                "Football Without Borders",
                "A youth football league where teams mix young refugees and local teenagers, with coaches trained in conflict mediation.",
                "Matches are played every Saturday and end with a shared meal.",
            ),
            "it": (
                "Sport di cittadinanza",
                "Un campionato giovanile di calcio e basket con squadre miste di ragazzi rifugiati e ragazzi del quartiere.",
                "Gli allenatori sono formati alla gestione dei conflitti e le partite si chiudono con una merenda insieme.",
            ),
            "es": (
                "Deporte para la convivencia",
                "Una liga juvenil de fútbol con equipos mixtos de jóvenes refugiados y vecinos del barrio.",
                "Los entrenadores tienen formación en mediación y cada jornada acaba con una comida compartida.",
            ),
            "de": (
                "Sport verbindet",
                "Eine Jugendliga, in der geflüchtete und einheimische Jugendliche gemeinsam Fußball spielen.",
                "Die Trainer sind in Konfliktmoderation geschult.",
            ),
            "pl": (
                "Piłka bez granic",
                "Młodzieżowa liga piłkarska z mieszanymi drużynami młodych uchodźców i polskich nastolatków.",
                "Trenerzy są przeszkoleni w mediacji, a mecze odbywają się w soboty.",
            ),
            "el": (
                "Αθλητισμός χωρίς σύνορα",
                "Ποδοσφαιρικό πρωτάθλημα νέων με μικτές ομάδες νεαρών προσφύγων και παιδιών της γειτονιάς.",
                "Οι προπονητές είναι εκπαιδευμένοι στη διαχείριση συγκρούσεων.",
            ),
        },
    },
    "migrant_council": {
        "themes": ["inclusion", "governance"],
        "texts": {
            "en": (
                "Migrant Advisory Council",
                "An elected council of foreign residents that advises the mayor and city council on decisions that affect them.",
                "It meets monthly, can put items on the council agenda and presents a yearly report.",
            ),
            "it": (
                "Consulta dei cittadini stranieri",
                "Un organismo eletto dai residenti stranieri che esprime pareri al sindaco e al consiglio comunale.",
                "Si riunisce ogni mese e presenta una relazione annuale.",
            ),
            "de": (
                "Integrationsbeirat",
                "Ein von ausländischen Einwohnern gewählter Beirat, der Oberbürgermeister und Stadtrat in Fragen der Integration berät.",
                "Er tagt monatlich und hat ein Antragsrecht im Stadtrat.",
            ),
            "es": (
                "Consejo municipal de la inmigración",
                "Un órgano de participación donde asociaciones de personas migrantes asesoran al pleno municipal.",
                "Se reúne cada mes y emite informes sobre las políticas municipales.",
            ),
            "el": (
                "Συμβούλιο Ένταξης Μεταναστών",
                "Γνωμοδοτικό συμβούλιο μεταναστών και προσφύγων που συμβουλεύει τον δήμαρχο και το δημοτικό συμβούλιο.",
                "Συνεδριάζει κάθε μήνα και υποβάλλει προτάσεις.",
            ),
            "pl": (
                "Rada ds. Cudzoziemców",
                "Ciało doradcze z udziałem cudzoziemców, które opiniuje decyzje prezydenta miasta i rady miasta.",
                "Spotyka się co miesiąc i przedstawia coroczny raport.",
            ),
        },
    },
    "buddy_mentoring": {
        "themes": ["inclusion", "civil_society"],
        "texts": {
            "en": (
                "Welcome Buddies",
                "Local volunteers are paired with newcomers for six months to help with everyday life and build friendships.",
                "Pairs meet at least once a week; coordinators check in monthly.",
            ),
            "de": (
                "Patenschaften für Neuzugewanderte",
                "Ehrenamtliche Patinnen und Paten begleiten Neuzugewanderte ein halbes Jahr im Alltag.",
                "Die Tandems treffen sich wöchentlich; eine Koordinatorin begleitet sie.",
            ),
            "it": (
                "Tandem di cittadinanza",
                "Volontari del territorio affiancano per sei mesi un nuovo arrivato nella vita quotidiana.",
                "Le coppie si incontrano ogni settimana e un coordinatore le segue.",
            ),
            "ro": (
                "Program de mentorat pentru nou-veniți",
                "Voluntari locali sunt puși în legătură cu nou-veniți timp de șase luni, pentru sprijin în viața de zi cu zi.",
                "Perechile se întâlnesc săptămânal.",
            ),
            "mt": (
                "Programm ta' Ħbieb",
                "Voluntiera Maltin jingħaqdu ma' persuni li għadhom kif waslu għal sitt xhur.",
                "Il-pari jiltaqgħu kull ġimgħa u koordinatur isegwihom.",
            ),
        },
    },
}
