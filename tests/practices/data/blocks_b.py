"""Hand-written building blocks of the labelled practice collection (part B)."""

CONCEPTS_B = {
    "multicultural_centre": {
        "themes": ["intercultural", "inclusion"],
        "texts": {
            "pl": (
                "Centrum Wielokulturowe",
                "Miejskie centrum, w którym cudzoziemcy i mieszkańcy spotykają się na zajęciach, kursach, poradach i wydarzeniach kulturalnych.",
                "Centrum prowadzi punkt informacyjny, kluby dyskusyjne i wystawy artystów z różnych krajów.",
            ),
            "it": (
                "Casa delle Culture",
                "Un centro comunale polifunzionale di incontro tra cittadini italiani e stranieri: corsi, mostre, musica e attività per bambini aperte a tutta la città.",
                "Offre anche alloggi temporanei e orientamento ai servizi per i migranti e ospita le associazioni delle comunità straniere.",
            ),
            "en": (
                "Intercultural Centre",
                "A city-run centre where newcomers and long-term residents meet through courses, exhibitions, concerts and advice sessions.",
                "Community associations use its rooms free of charge.",
            ),
            "de": (
                "Interkulturelles Zentrum",
                "Ein städtisches Begegnungshaus für Menschen aller Herkunft, mit Kursen, Ausstellungen, Beratung und Konzerten.",
                "Migrantenvereine nutzen die Räume kostenlos.",
            ),
            "el": (
                "Πολυπολιτισμικό Κέντρο",
                "Δημοτικός χώρος συνάντησης μεταναστών και ντόπιων με μαθήματα, εκθέσεις, συναυλίες και συμβουλευτική.",
                "Οι σύλλογοι των κοινοτήτων χρησιμοποιούν δωρεάν τις αίθουσες.",
            ),
            "ro": (
                "Centrul Multicultural",
                "Un centru al orașului unde migranții și localnicii se întâlnesc la cursuri, expoziții, concerte și consiliere.",
                "Asociațiile comunităților folosesc gratuit sălile centrului.",
            ),
        },
    },
    "intercultural_festival": {
        "themes": ["intercultural", "communication"],
        "texts": {
            "en": (
                "One City Many Cultures Festival",
                "A yearly street festival where migrant communities present their music, dance and food to the whole city.",
                "More than forty associations take part and the programme is planned with them.",
            ),
            "es": (
                "Fiesta de la diversidad",
                "Una fiesta anual en la calle donde las comunidades migrantes comparten su música, sus bailes y su gastronomía con el barrio.",
                "Participan más de cuarenta asociaciones que diseñan el programa.",
            ),
            "it": (
                "Festa dei popoli",
                "Una festa di piazza ogni anno, in cui le comunità straniere presentano musica, danze e cucina alla città.",
                "Il programma è costruito insieme a oltre quaranta associazioni.",
            ),
            "ro": (
                "Festivalul comunităților",
                "Un festival anual în care comunitățile de migranți își prezintă muzica, dansurile și bucătăria.",
                "Zeci de asociații participă la organizarea programului.",
            ),
            "mt": (
                "Festival tal-Kulturi",
                "Festival kull sena fit-toroq fejn il-komunitajiet migranti jippreżentaw il-mużika, iż-żfin u l-ikel tagħhom.",
                "Il-programm jitfassal flimkien mal-għaqdiet tal-komunitajiet.",
            ),
            "pl": (
                "Festiwal Kultur Świata",
                "Coroczny festiwal, na którym społeczności migranckie prezentują muzykę, taniec i kuchnię swoich krajów.",
                "W przygotowaniu bierze udział kilkadziesiąt organizacji.",
            ),
        },
    },
    "community_ambassadors": {
        "themes": ["intercultural", "communication"],
        "texts": {
            "pl": (
                "Ambasadorzy Wielokulturowości",
                "Migranci zatrudnieni przez miasto jako ambasadorzy, którzy docierają do swoich społeczności z informacją i budują zaufanie do urzędów.",
                "Każdy ambasador ma dyżury w swoim języku i prowadzi spotkania w dzielnicach.",
            ),
            "en": (
                "Community Ambassadors",
                "Residents of migrant origin are hired as ambassadors who carry information to their communities and bring their concerns back to the city.",
                "Each ambassador holds weekly hours in their language and organises neighbourhood meetings.",
            ),
            "de": (
                "Stadtteilmütter",
                "Mütter mit Migrationsgeschichte werden geschult und besuchen Familien ihrer Community, um über Schule, Gesundheit und Hilfen zu informieren.",
                "Sie arbeiten in ihrer Muttersprache und sind bei Trägern der Jugendhilfe angestellt.",
            ),
            "it": (
                "Ambasciatori di comunità",
                "Cittadini di origine straniera fanno da ponte tra il Comune e le loro comunità, portando informazioni e raccogliendo bisogni.",
                "Ricevono una formazione e un compenso per le ore svolte.",
            ),
            "ro": (
                "Ambasadori comunitari",
                "Migranți angajați de primărie ca ambasadori care duc informații în comunitățile lor și transmit nevoile acestora.",
                "Fiecare ambasador ține ore de consultanță în limba comunității sale.",
            ),
        },
    },
    "interfaith_dialogue": {
        "themes": ["intercultural", "anti_discrimination"],
        "texts": {
            "en": (
                "Interfaith Round Table",
                "Leaders of the city's religious communities meet regularly with the municipality to prevent tensions and plan joint activities.",
                "Open days in mosques, churches and synagogues are organised every spring.",
            ),
            "it": (
                "Tavolo interreligioso",
                "Rappresentanti delle comunità religiose si incontrano con il Comune per prevenire tensioni e organizzare iniziative comuni.",
                "Ogni primavera si tengono giornate di apertura dei luoghi di culto.",
            ),
            "de": (
                "Rat der Religionen",
                "Vertreter der Religionsgemeinschaften treffen sich regelmäßig mit der Stadt, um Konflikten vorzubeugen und gemeinsame Aktionen zu planen.",
                "Jedes Jahr gibt es eine Nacht der offenen Gotteshäuser.",
            ),
            "es": (
                "Mesa de diálogo interreligioso",
                "Representantes de las comunidades religiosas se reúnen con el ayuntamiento para prevenir conflictos y organizar actividades conjuntas.",
                "Cada primavera se celebran jornadas de puertas abiertas en los templos.",
            ),
            "el": (
                "Διαθρησκευτικό φόρουμ",
                "Εκπρόσωποι θρησκευτικών κοινοτήτων συναντώνται με τον δήμο για την πρόληψη εντάσεων και κοινές δράσεις.",
                "Κάθε άνοιξη οργανώνονται ημέρες ανοιχτών χώρων λατρείας.",
            ),
        },
    },
    "antidiscrimination_office": {
        "themes": ["anti_discrimination", "legal"],
        "texts": {
            "en": (
                "Equal Treatment Office",
                "A municipal office where victims of racism and discrimination can report incidents and get legal and psychological support.",
                "Reports are recorded anonymously and published in a yearly monitoring of hate incidents.",
            ),
            "es": (
                "Oficina contra la discriminación",
                "Un servicio municipal donde las víctimas de racismo y discriminación denuncian los hechos y reciben apoyo jurídico.",
                "Los casos se registran y se publica cada año un informe sobre delitos de odio.",
            ),
            "de": (
                "Antidiskriminierungsstelle",
                "Eine städtische Stelle, an die sich Betroffene von Rassismus und Diskriminierung wenden, um Vorfälle zu melden und Beratung zu erhalten.",
                "Die Fälle fließen in einen jährlichen Bericht ein.",
            ),
            "it": (
                "Centro antidiscriminazioni",
                "Sportello comunale per segnalare episodi di razzismo e discriminazione e ricevere assistenza legale e psicologica.",
                "Le segnalazioni confluiscono in un rapporto annuale.",
            ),
            "pl": (
                "Punkt przeciw dyskryminacji",
                "Miejski punkt, w którym ofiary rasizmu i dyskryminacji mogą zgłosić incydent i uzyskać pomoc prawną.",
                "Zgłoszenia są analizowane w corocznym raporcie o przestępstwach z nienawiści.",
            ),
            "ro": (
                "Birou împotriva discriminării",
                "Un birou al primăriei unde victimele rasismului și discriminării pot raporta incidente și primesc asistență juridică.",
                "Cazurile sunt analizate într-un raport anual.",
            ),
        },
    },
    "hate_speech_schools": {
        "themes": ["anti_discrimination", "education"],
        "texts": {
            "en": (
                "No Hate at School",
                "Workshops in secondary schools that teach pupils to recognise and answer racist hate speech online and offline.",
                "Peer educators of migrant origin co-lead the sessions with trainers.",
            ),
            "it": (
                "Scuole contro l'odio",
                "Laboratori nelle scuole superiori per riconoscere e contrastare i discorsi d'odio razzisti in rete e in classe.",
                "Li conducono formatori insieme a giovani peer educator di origine straniera.",
            ),
            "pl": (
                "Szkoła wolna od nienawiści",
                "Warsztaty w szkołach średnich uczące rozpoznawać mowę nienawiści i reagować na rasizm w internecie.",
                "Zajęcia współprowadzą młodzi edukatorzy z doświadczeniem migracji.",
            ),
            "el": (
                "Σχολεία χωρίς ρατσισμό",
                "Εργαστήρια σε σχολεία για την αναγνώριση και την αντιμετώπιση της ρητορικής μίσους και του ρατσισμού.",
                "Τα εργαστήρια συντονίζουν εκπαιδευτές μαζί με νέους προσφυγικής καταγωγής.",
            ),
            "es": (
                "Aulas libres de odio",
                "Talleres en institutos para detectar y responder al discurso de odio racista en redes sociales y en el aula.",
                "Los imparten formadores junto a jóvenes de origen migrante.",
            ),
        },
    },
    "journalist_training": {
        "themes": ["communication", "anti_discrimination"],
        "texts": {
            "en": (
                "Training Course for Local Journalists",
                "A course for reporters and editors on covering migration accurately, avoiding stereotypes and giving migrants a voice.",
                "Sessions include meetings with migrant community leaders and a guide to correct terminology.",
            ),
            "pl": (
                "Szkolenie dla dziennikarzy",
                "Kurs dla dziennikarzy lokalnych mediów o rzetelnym pisaniu o migracji i unikaniu stereotypów.",
                "Uczestnicy spotykają się z liderami społeczności migranckich.",
            ),
            "it": (
                "Formazione per giornalisti sull'immigrazione",
                "Corso per giornalisti delle testate locali su come raccontare le migrazioni senza stereotipi e con un linguaggio corretto.",
                "Il corso vale crediti per la formazione professionale continua.",
            ),
            "es": (
                "Formación para periodistas",
                "Curso para profesionales de los medios locales sobre cómo informar de la migración con rigor y sin estereotipos.",
                "Incluye una guía de terminología y encuentros con asociaciones.",
            ),
            "el": (
                "Επιμόρφωση δημοσιογράφων",
                "Σεμινάριο για δημοσιογράφους τοπικών μέσων σχετικά με την ακριβή κάλυψη της μετανάστευσης χωρίς στερεότυπα.",
                "Περιλαμβάνει οδηγό ορολογίας και συναντήσεις με προσφυγικές κοινότητες.",
            ),
        },
    },
    "awareness_campaign": {
        "themes": ["communication", "anti_discrimination"],
        "texts": {
            "en": (
                "I Am Also This City",
                "A public campaign with posters, short videos and social-media influencers showing the stories of migrant neighbours.",
                "It ran on buses, in metro stations and on local TV and reached about half a million people.",
            ),
            "it": (
                "Anche io sono la città",
                "Campagna di comunicazione con manifesti, video e influencer che raccontano le storie dei vicini di casa di origine straniera.",
                "La campagna è passata su autobus, stazioni e televisioni locali.",
            ),
            "es": (
                "Campaña Somos vecinos",
                "Campaña de sensibilización con carteles, vídeos e influencers contra los bulos y estereotipos sobre las personas migrantes.",
                "Se difundió en autobuses, marquesinas y redes sociales.",
            ),
            "de": (
                "Kampagne Wir sind Nachbarn",
                "Eine Plakat- und Social-Media-Kampagne mit Influencern, die Geschichten zugewanderter Nachbarn erzählt.",
                "Die Motive hingen in Bussen und U-Bahn-Stationen.",
            ),
            "ro": (
                "Campania Și noi suntem orașul",
                "O campanie publică cu afișe, filme scurte și influenceri care prezintă poveștile vecinilor migranți.",
                "Campania a rulat în autobuze și pe rețelele sociale.",
            ),
            "mt": (
                "Kampanja Aħna Ġirien",
                "Kampanja pubblika b'posters, filmati qosra u influencers kontra l-preġudizzji fuq il-migranti.",
                "Intweriet fuq il-karozzi tal-linja u fuq il-midja soċjali.",
            ),
        },
    },
    "ngo_small_grants": {
        "themes": ["civil_society", "inclusion"],
        "texts": {
            "en": (
                "Small Grants for Local NGOs",
                "A yearly call that funds small projects of local NGOs and migrant associations working on integration.",
                "Grants of up to 5,000 euros are awarded by a jury that includes migrant representatives.",
            ),
            "pl": (
                "Małe granty dla organizacji pozarządowych",
                "Coroczny konkurs, w którym miasto finansuje niewielkie projekty organizacji pozarządowych działających na rzecz integracji.",
                "O przyznaniu grantów decyduje komisja z udziałem przedstawicieli migrantów.",
            ),
            "it": (
                "Bando per piccoli progetti delle associazioni",
                "Un bando annuale che finanzia piccoli progetti di associazioni e organizzazioni di volontariato impegnate nell'integrazione.",
                "I contributi arrivano a cinquemila euro.",
            ),
            "de": (
                "Verfügungsfonds für Migrantenorganisationen",
                "Ein jährlicher Fonds, aus dem Vereine und Migrantenorganisationen kleine Integrationsprojekte finanzieren.",
                "Über die Vergabe entscheidet eine Jury mit Migrantenvertretern.",
            ),
            "el": (
                "Μικρές επιχορηγήσεις σε ΜΚΟ",
                "Ετήσια πρόσκληση που χρηματοδοτεί μικρά έργα τοπικών οργανώσεων και συλλόγων μεταναστών για την ένταξη.",
                "Την επιλογή κάνει επιτροπή με εκπροσώπους μεταναστών.",
            ),
        },
    },
    "university_research": {
        "themes": ["civil_society", "data"],
        "texts": {
            "en": (
                "City-University Integration Lab",
                "A research partnership in which university researchers and city staff study integration outcomes and test new services.",
                "Master's students write their theses on questions set by the municipality.",
            ),
            "pl": (
                "Partnerstwo z uniwersytetem",
                "Współpraca miasta z uczelnią: badacze i urzędnicy wspólnie analizują integrację cudzoziemców i testują nowe usługi.",
                "Studenci piszą prace dyplomowe na tematy zlecone przez miasto.",
            ),
            "it": (
                "Laboratorio città-università",
                "Accordo con l'università per studiare i percorsi di integrazione e valutare i nuovi servizi comunali.",
                "Tesisti e dottorandi lavorano su domande poste dal Comune.",
            ),
            "es": (
                "Cátedra de migraciones con la universidad",
                "Un convenio con la universidad para investigar la integración de la población migrante y evaluar los servicios municipales.",
                "El alumnado de máster realiza sus trabajos sobre preguntas del ayuntamiento.",
            ),
            "ro": (
                "Parteneriat cu universitatea",
                "Un parteneriat de cercetare între primărie și universitate pentru studierea integrării migranților.",
                "Masteranzii își scriu lucrările pe teme propuse de primărie.",
            ),
        },
    },
    "integration_strategy": {
        "themes": ["governance"],
        "texts": {
            "en": (
                "Local Integration Strategy",
                "A five-year integration plan adopted by the city council, with goals for every department and an annual progress review.",
                "It was drafted through public consultations with migrant associations and service providers.",
            ),
            "de": (
                "Integrationskonzept der Stadt",
                "Ein vom Stadtrat beschlossenes Integrationskonzept mit Zielen für alle Ämter und jährlicher Fortschrittsprüfung.",
                "Es entstand in Beteiligungsrunden mit Migrantenorganisationen.",
            ),
            "pl": (
                "Program integracji cudzoziemców",
                "Wieloletni program przyjęty przez radę miasta, z celami dla wszystkich wydziałów i coroczną oceną postępów.",
                "Program przygotowano w konsultacjach z organizacjami migrantów.",
            ),
            "it": (
                "Piano locale per l'integrazione",
                "Un piano quinquennale approvato dal consiglio comunale con obiettivi per ogni assessorato e verifica annuale.",
                "È stato scritto con consultazioni pubbliche con le associazioni.",
            ),
            "ro": (
                "Strategia locală de integrare",
                "Un plan de integrare pe cinci ani adoptat de consiliul local, cu obiective pentru fiecare direcție.",
                "A fost elaborat prin consultări cu asociațiile de migranți.",
            ),
            "el": (
                "Τοπικό σχέδιο δράσης για την ένταξη",
                "Πενταετές σχέδιο ένταξης μεταναστών και προσφύγων που ενέκρινε το δημοτικό συμβούλιο, με στόχους για κάθε υπηρεσία.",
                "Καταρτίστηκε με δημόσια διαβούλευση.",
            ),
        },
    },
    "staff_training": {
        "themes": ["governance", "intercultural"],
        "texts": {
            "en": (
                "Intercultural Skills for Frontline Staff",
                "Training for municipal employees who serve the public on intercultural communication, unconscious bias and plain language.",
                "Over three years every front-desk employee completed the two-day course.",
            ),
            "de": (
                "Interkulturelle Öffnung der Verwaltung",
                "Schulungen für Verwaltungsmitarbeitende zu interkultureller Kommunikation, Vorurteilen und Leichter Sprache.",
                "Alle Beschäftigten mit Publikumsverkehr haben den zweitägigen Kurs besucht.",
            ),
            "it": (
                "Formazione interculturale per i dipendenti comunali",
                "Corsi per il personale degli sportelli su comunicazione interculturale, pregiudizi e linguaggio semplice.",
                "In tre anni tutti gli operatori di front office hanno completato il corso.",
            ),
            "es": (
                "Formación en competencias interculturales",
                "Formación para el personal municipal de atención al público sobre comunicación intercultural y lenguaje claro.",
                "Todo el personal de atención al público completó el curso.",
            ),
            "pl": (
                "Szkolenia międzykulturowe dla urzędników",
                "Szkolenia dla pracowników urzędu obsługujących klientów z komunikacji międzykulturowej i prostego języka.",
                "Wszyscy pracownicy obsługi klienta ukończyli dwudniowy kurs.",
            ),
        },
    },
    "multilevel_coordination": {
        "themes": ["governance", "reception"],
        "texts": {
            "en": (
                "Migration Coordination Table",
                "A standing table where the city, the regional government, national agencies and NGOs coordinate reception and integration services.",
                "It meets every month and keeps a shared list of actions and who leads them.",
            ),
            "it": (
                "Tavolo di coordinamento con Prefettura e Regione",
                "Un tavolo permanente tra Comune, Prefettura, Regione, Questura e terzo settore per coordinare accoglienza e integrazione.",
                "Si riunisce ogni mese e tiene un registro condiviso delle azioni.",
            ),
            "es": (
                "Mesa de coordinación interadministrativa",
                "Una mesa estable entre ayuntamiento, comunidad autónoma, Gobierno central y entidades sociales para coordinar la acogida.",
                "Se reúne mensualmente con un plan de acción compartido.",
            ),
            "el": (
                "Συντονιστικό όργανο για τη μετανάστευση",
                "Μόνιμο όργανο συντονισμού δήμου, περιφέρειας, υπουργείου και ΜΚΟ για την υποδοχή και την ένταξη.",
                "Συνεδριάζει κάθε μήνα με κοινό σχέδιο δράσης.",
            ),
            "mt": (
                "Kumitat ta' Koordinazzjoni",
                "Kumitat permanenti bejn il-kunsill lokali, l-aġenziji nazzjonali u l-NGOs biex jikkoordinaw l-akkoljenza u l-integrazzjoni.",
                "Jiltaqa' kull xahar u jżomm lista komuni ta' azzjonijiet.",
            ),
        },
    },
    "data_observatory": {
        "themes": ["data"],
        "texts": {
            "en": (
                "Migration Observatory",
                "An online dashboard with statistics on foreign residents by neighbourhood, nationality, age and employment, updated every quarter.",
                "Departments use it to plan services; the data are open for download.",
            ),
            "it": (
                "Osservatorio sull'immigrazione",
                "Un cruscotto online con i dati sui residenti stranieri per quartiere, cittadinanza, età e lavoro, aggiornato ogni trimestre.",
                "Gli uffici lo usano per programmare i servizi e i dati sono scaricabili.",
            ),
            "es": (
                "Observatorio de la población extranjera",
                "Un panel de datos abierto sobre la población extranjera empadronada por barrio, nacionalidad, edad y empleo.",
                "Se actualiza cada trimestre y sirve para planificar servicios.",
            ),
            "de": (
                "Integrationsmonitoring",
                "Ein Online-Dashboard mit Kennzahlen zur ausländischen Bevölkerung nach Stadtteil, Staatsangehörigkeit, Alter und Beschäftigung.",
                "Es wird vierteljährlich aktualisiert; die Daten stehen offen zum Download.",
            ),
            "pl": (
                "Obserwatorium migracji",
                "Internetowy panel danych o cudzoziemcach mieszkających w mieście według dzielnicy, obywatelstwa, wieku i zatrudnienia.",
                "Dane są aktualizowane co kwartał i dostępne do pobrania.",
            ),
            "ro": (
                "Observatorul migrației",
                "Un tablou de bord online cu statistici despre rezidenții străini pe cartiere, cetățenie, vârstă și ocupare.",
                "Datele sunt actualizate trimestrial.",
            ),
        },
    },
    "needs_survey": {
        "themes": ["data", "inclusion"],
        "texts": {
            "en": (
                "Newcomer Needs Survey",
                "A survey every two years that asks migrants, in their languages, about housing, work, health and discrimination, and evaluates city services.",
                "Results are discussed with the advisory council and feed the integration plan.",
            ),
            "de": (
                "Befragung von Zugewanderten",
                "Eine mehrsprachige Befragung alle zwei Jahre zu Wohnen, Arbeit, Gesundheit und Diskriminierung, als Evaluation der städtischen Angebote.",
                "Die Ergebnisse fließen in das Integrationskonzept ein.",
            ),
            "it": (
                "Indagine sui bisogni dei cittadini stranieri",
                "Un questionario multilingue ogni due anni su casa, lavoro, salute e discriminazione, per valutare i servizi comunali.",
                "I risultati sono discussi con la consulta.",
            ),
            "el": (
                "Έρευνα αναγκών μεταναστών",
                "Πολύγλωσση έρευνα κάθε δύο χρόνια για στέγαση, εργασία, υγεία και διακρίσεις, με αξιολόγηση των δημοτικών υπηρεσιών.",
                "Τα αποτελέσματα τροφοδοτούν το σχέδιο ένταξης.",
            ),
            "ro": (
                "Sondaj privind nevoile migranților",
                "Un sondaj multilingv la doi ani despre locuire, muncă, sănătate și discriminare, cu evaluarea serviciilor primăriei.",
                "Rezultatele sunt discutate cu asociațiile.",
            ),
        },
    },
    "covid_remote": {
        "themes": ["crisis_response", "health"],
        "texts": {
            "en": (
                "Services at a Distance during COVID-19",
                "During the lockdowns, counselling, language classes and social services moved online, with phones and data bundles lent to families.",
                "A multilingual hotline gave information on health rules and emergency food aid.",
            ),
            "it": (
                "Servizi a distanza durante il Covid-19",
                "Durante il lockdown sportelli, corsi di lingua e colloqui sociali sono passati online; alle famiglie sono stati prestati tablet e schede dati.",
                "Una linea telefonica multilingue informava sulle regole sanitarie e sui buoni spesa.",
            ),
            "es": (
                "Atención telemática durante la pandemia",
                "Durante el confinamiento, la orientación, las clases de idioma y la atención social pasaron a ser en línea.",
                "Se prestaron tabletas y se habilitó un teléfono multilingüe sobre las medidas sanitarias.",
            ),
            "pl": (
                "Zdalne wsparcie w czasie pandemii",
                "W czasie lockdownu porady, kursy językowe i wsparcie socjalne przeniesiono do internetu, a rodzinom wypożyczono laptopy.",
                "Wielojęzyczna infolinia informowała o zasadach sanitarnych.",
            ),
            "el": (
                "Εξ αποστάσεως υπηρεσίες στην πανδημία",
                "Στη διάρκεια της καραντίνας, η συμβουλευτική και τα μαθήματα γλώσσας έγιναν διαδικτυακά και δόθηκαν tablet σε οικογένειες.",
                "Πολύγλωσση τηλεφωνική γραμμή ενημέρωνε για τα μέτρα υγείας.",
            ),
            "ro": (
                "Servicii la distanță în pandemie",
                "În timpul pandemiei de COVID-19, consilierea, cursurile de limbă și asistența socială s-au mutat online.",
                "Familiile au primit tablete și o linie telefonică multilingvă.",
            ),
        },
    },
    "ukraine_emergency": {
        "themes": ["crisis_response", "reception"],
        "texts": {
            "en": (
                "Emergency Reception for People Fleeing Ukraine",
                "When thousands arrived in a few weeks, the city opened a reception point at the station, emergency housing and a registration hub.",
                "Volunteers, the army and NGOs worked shifts around the clock for the first three months.",
            ),
            "pl": (
                "Punkt recepcyjny dla uchodźców z Ukrainy",
                "Gdy w ciągu kilku tygodni przyjechały tysiące osób, miasto uruchomiło punkt na dworcu, miejsca noclegowe i punkt nadawania numerów PESEL.",
                "Wolontariusze i organizacje pracowały całodobowo przez pierwsze miesiące.",
            ),
            "ro": (
                "Centrul de urgență pentru refugiații din Ucraina",
                "La sosirea a mii de refugiați ucraineni, primăria a deschis un punct de primire la gară, cazare de urgență și un centru de înregistrare.",
                "Voluntarii și ONG-urile au lucrat non-stop în primele luni.",
            ),
            "de": (
                "Ankunftszentrum für Geflüchtete aus der Ukraine",
                "Für die vielen Ankommenden aus der Ukraine richtete die Stadt am Hauptbahnhof eine Anlaufstelle, Notunterkünfte und eine Registrierung ein.",
                "Ehrenamtliche und Hilfsorganisationen arbeiteten rund um die Uhr.",
            ),
            "it": (
                "Accoglienza d'emergenza per chi fugge dall'Ucraina",
                "Con l'arrivo improvviso di migliaia di profughi ucraini il Comune ha aperto un punto di primo contatto in stazione e alloggi d'emergenza.",
                "Protezione civile e volontari hanno garantito turni continui.",
            ),
            "mt": (
                "Akkoljenza ta' Emerġenza għall-Ukraini",
                "Il-kunsill fetaħ punt ta' akkoljenza u akkomodazzjoni ta' emerġenza għal nies li ħarbu mill-gwerra fl-Ukrajna.",
                "Voluntiera u NGOs ħadmu lejl u nhar fl-ewwel xhur.",
            ),
        },
    },
    "food_aid_emergency": {
        "themes": ["crisis_response", "inclusion"],
        "texts": {
            "en": (
                "Emergency Food and Hygiene Parcels",
                "Distribution of food and hygiene parcels to households in sudden hardship, including undocumented migrants, through neighbourhood hubs.",
                "Delivery to the door was organised for people in quarantine.",
            ),
            "es": (
                "Reparto de alimentos de emergencia",
                "Entrega de lotes de comida e higiene a familias en situación de emergencia, también a personas migrantes sin papeles.",
                "Para las personas en cuarentena se organizó el reparto a domicilio.",
            ),
            "it": (
                "Pacchi alimentari d'emergenza",
                "Distribuzione di pacchi di cibo e prodotti per l'igiene a famiglie in improvvisa difficoltà, anche straniere senza permesso.",
                "Per chi era in quarantena è stata attivata la consegna a domicilio.",
            ),
            "el": (
                "Διανομή τροφίμων έκτακτης ανάγκης",
                "Διανομή δεμάτων τροφίμων και ειδών υγιεινής σε νοικοκυριά σε ξαφνική ανάγκη, και σε μετανάστες χωρίς χαρτιά.",
                "Για όσους ήταν σε καραντίνα έγινε παράδοση στο σπίτι.",
            ),
        },
    },
    "digital_inclusion": {
        "themes": ["inclusion", "education"],
        "texts": {
            "en": (
                "Digital Skills for Newcomers",
                "Free computer courses that teach migrants to use e-government services, online banking and job portals.",
                "Refurbished laptops donated by companies are given to those who finish the course.",
            ),
            "de": (
                "Digitale Teilhabe",
                "Kostenlose Computerkurse, in denen Zugewanderte lernen, Online-Behördendienste, Onlinebanking und Jobportale zu nutzen.",
                "Wer den Kurs abschließt, erhält einen gespendeten Laptop.",
            ),
            "ro": (
                "Competențe digitale pentru migranți",
                "Cursuri gratuite de calculator pentru migranți: servicii publice online, banking și căutarea unui loc de muncă pe internet.",
                "Absolvenții primesc laptopuri recondiționate.",
            ),
            "pl": (
                "Kompetencje cyfrowe dla cudzoziemców",
                "Bezpłatne kursy komputerowe: e-usługi urzędowe, bankowość internetowa i portale z ofertami pracy.",
                "Absolwenci otrzymują odnowione laptopy od firm.",
            ),
            "mt": (
                "Ħiliet Diġitali għall-Migranti",
                "Korsijiet tal-kompjuter b'xejn fuq servizzi tal-gvern online, banek u siti tax-xogħol.",
                "Min ilesti l-kors jirċievi laptop rigalat minn kumpaniji.",
            ),
        },
    },
    "community_gardens": {
        "themes": ["inclusion", "intercultural"],
        "texts": {
            "en": (
                "Intercultural Community Gardens",
                "Plots in public parks where migrant and local families grow vegetables together and share seeds and recipes.",
                "Each garden has a volunteer coordinator and a seasonal harvest celebration.",
            ),
            "de": (
                "Interkulturelle Gärten",
                "Gemeinschaftsgärten, in denen Familien aus aller Welt und Alteingesessene zusammen Gemüse anbauen.",
                "Jeder Garten hat eine ehrenamtliche Koordination und ein Erntefest.",
            ),
            "it": (
                "Orti interculturali",
                "Orti urbani nei parchi pubblici coltivati insieme da famiglie straniere e italiane, con scambio di semi e ricette.",
                "Ogni orto ha un coordinatore volontario e una festa del raccolto.",
            ),
            "es": (
                "Huertos urbanos interculturales",
                "Huertos comunitarios en parques donde familias migrantes y del barrio cultivan juntas y comparten semillas.",
                "Cada huerto tiene una persona voluntaria que lo coordina.",
            ),
            "el": (
                "Διαπολιτισμικοί λαχανόκηποι",
                "Αστικοί λαχανόκηποι όπου οικογένειες μεταναστών και ντόπιων καλλιεργούν μαζί και ανταλλάσσουν σπόρους.",
                "Κάθε κήπος έχει εθελοντή συντονιστή.",
            ),
        },
    },
    "multilingual_library": {
        "themes": ["intercultural", "language"],
        "texts": {
            "en": (
                "Libraries in Every Language",
                "Public libraries that lend books, films and newspapers in migrants' languages and host bilingual story hours for children.",
                "Migrant volunteers read stories in Arabic, Tigrinya, Ukrainian and Urdu.",
            ),
            "it": (
                "Biblioteca multilingue",
                "Le biblioteche civiche prestano libri, film e giornali nelle lingue delle comunità straniere e organizzano letture bilingui per bambini.",
                "Volontari stranieri leggono fiabe in arabo, cinese, ucraino e urdu.",
            ),
            "pl": (
                "Biblioteka wielojęzyczna",
                "Biblioteki publiczne wypożyczają książki i filmy w językach migrantów i prowadzą dwujęzyczne czytania dla dzieci.",
                "Wolontariusze czytają bajki po ukraińsku, wietnamsku i arabsku.",
            ),
            "ro": (
                "Biblioteca multilingvă",
                "Bibliotecile publice oferă cărți și filme în limbile migranților și organizează lecturi bilingve pentru copii.",
                "Voluntari citesc povești în arabă, ucraineană și turcă.",
            ),
            "mt": (
                "Librerija b'Ħafna Lingwi",
                "Il-libreriji pubbliċi jsellfu kotba u films bil-lingwi tal-migranti u jorganizzaw qari bilingwi għat-tfal.",
                "Voluntiera jaqraw stejjer bl-Għarbi u bl-Ukren.",
            ),
        },
    },
    "violence_women": {
        "themes": ["health", "legal"],
        "texts": {
            "en": (
                "Safe Haven for Migrant Women",
                "Support for migrant women who suffer domestic violence: a helpline in several languages, a shelter and help to obtain an independent residence permit.",
                "Social workers and lawyers follow each case together.",
            ),
            "es": (
                "Atención a mujeres migrantes víctimas de violencia",
                "Atención a mujeres migrantes que sufren violencia de género: teléfono multilingüe, casa de acogida y ayuda para obtener la residencia propia.",
                "Trabajadoras sociales y abogadas acompañan cada caso.",
            ),
            "it": (
                "Centro antiviolenza per donne straniere",
                "Sostegno alle donne migranti vittime di violenza domestica: numero verde multilingue, casa rifugio e aiuto per il permesso di soggiorno autonomo.",
                "Assistenti sociali e avvocate seguono insieme ogni caso.",
            ),
            "el": (
                "Στήριξη μεταναστριών θυμάτων βίας",
                "Στήριξη γυναικών μεταναστριών που υφίστανται ενδοοικογενειακή βία: γραμμή βοήθειας, ξενώνας φιλοξενίας και νομική βοήθεια.",
                "Κοινωνικές λειτουργοί και δικηγόροι παρακολουθούν κάθε περίπτωση.",
            ),
            "de": (
                "Schutz für zugewanderte Frauen",
                "Hilfe für Migrantinnen, die häusliche Gewalt erleben: mehrsprachiges Hilfetelefon, Frauenhausplätze und Unterstützung beim eigenständigen Aufenthaltsrecht.",
                "Sozialarbeiterinnen und Anwältinnen begleiten jeden Fall.",
            ),
        },
    },
    "resettlement": {
        "themes": ["reception", "housing"],
        "texts": {
            "en": (
                "Resettlement Welcome Programme",
                "The city welcomes refugee families resettled from camps abroad, with a furnished home ready on arrival and a caseworker for the first year.",
                "Families are met at the airport and enrolled in school and language classes within a week.",
            ),
            "it": (
                "Corridoi umanitari",
                "Accoglienza di famiglie di rifugiati arrivate con i corridoi umanitari, con una casa arredata già pronta e un operatore per il primo anno.",
                "Le famiglie sono accolte all'aeroporto e iscritte a scuola entro una settimana.",
            ),
            "es": (
                "Programa de reasentamiento",
                "Acogida de familias refugiadas reasentadas desde campos en el extranjero, con vivienda amueblada y acompañamiento durante un año.",
                "Las familias se escolarizan y empiezan el curso de idioma en la primera semana.",
            ),
            "ro": (
                "Programul de relocare",
                "Primirea familiilor de refugiați relocate din tabere din străinătate, cu locuință mobilată și un asistent social timp de un an.",
                "Copiii sunt înscriși la școală în prima săptămână.",
            ),
            "de": (
                "Resettlement-Aufnahmeprogramm",
                "Die Stadt nimmt über Resettlement ausgewählte Flüchtlingsfamilien aus Lagern auf, mit möbliertem Wohnraum und Fallbegleitung.",
                "Die Kinder werden in der ersten Woche eingeschult.",
            ),
        },
    },
    "civic_orientation": {
        "themes": ["education", "legal"],
        "texts": {
            "en": (
                "Civic Orientation Course",
                "A course for newcomers on rights and duties, local institutions, the health and school system, and how to take part in city life.",
                "It is taught in eight languages by trainers of migrant origin.",
            ),
            "de": (
                "Orientierungskurs Leben in der Stadt",
                "Ein Kurs für Neuzugewanderte über Rechte und Pflichten, Behörden, Gesundheits- und Schulsystem und Mitbestimmung.",
                "Er wird in acht Sprachen von Trainerinnen mit Migrationsgeschichte gegeben.",
            ),
            "it": (
                "Corso di educazione civica per nuovi cittadini",
                "Un corso sui diritti e doveri, le istituzioni locali, il sistema sanitario e scolastico e la partecipazione alla vita della città.",
                "Si svolge in otto lingue con formatori di origine straniera.",
            ),
            "mt": (
                "Kors ta' Orjentazzjoni Ċivika",
                "Kors għal min għadu kif wasal fuq id-drittijiet u d-dmirijiet, l-istituzzjonijiet lokali u s-sistema tas-saħħa u tal-iskejjel.",
                "Jingħata f'diversi lingwi minn ħarrieġa migranti.",
            ),
            "pl": (
                "Kurs adaptacyjny dla cudzoziemców",
                "Kurs o prawach i obowiązkach, instytucjach, systemie zdrowia i szkół oraz o udziale w życiu miasta.",
                "Prowadzą go trenerzy z doświadczeniem migracji w kilku językach.",
            ),
        },
    },
    "migrant_guides": {
        "themes": ["intercultural", "employment"],
        "texts": {
            "en": (
                "City Tours by Migrant Guides",
                "Migrants are trained as tour guides and lead walks that show the city's history through the eyes of its newer residents.",
                "Guides are paid per tour and several went on to obtain a professional guide licence.",
            ),
            "de": (
                "Stadtführungen mit Geflüchteten",
                "Geflüchtete werden zu Stadtführern ausgebildet und zeigen die Stadtgeschichte aus ihrer Sicht.",
                "Die Führungen sind bezahlt; einige Guides machten später eine Lizenz.",
            ),
            "it": (
                "Migrantour",
                "Passeggiate interculturali guidate da cittadini di origine straniera formati come accompagnatori, alla scoperta dei quartieri multietnici.",
                "Gli accompagnatori sono retribuiti e alcuni hanno ottenuto il patentino di guida.",
            ),
            "es": (
                "Rutas guiadas por personas migrantes",
                "Personas migrantes formadas como guías muestran la ciudad y sus barrios desde su propia mirada.",
                "Las rutas son remuneradas y algunas guías obtuvieron la habilitación oficial.",
            ),
        },
    },
}
