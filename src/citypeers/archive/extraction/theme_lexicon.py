"""Cue words for each theme in the programme's eight languages, written from what the theme means.

Each theme lists, per language, *strong* cues (a term that names the theme by itself:
"social housing", "Wohnungslosigkeit") and *weak* cues (a word that points to the theme
but also appears in passing: "family", "cultura"). The cues are our own choice of stems
and synonyms, derived from the theme descriptions in themes.json, not from any report.

Notation, one cue per comma-separated item, matched on folded text (lower case, accents
removed, Greek kept in its script):
- `word` the whole word only;
- `stem*` any word that starts with the stem (word-boundary prefix match);
- `*stem*` the stem anywhere inside a word, for German-style compounds
  ("Flüchtlingsunterkunft");
- several words separated by spaces form a phrase, each word matched as above, with at
  most one short word (article, preposition) allowed between them when the phrase is
  written with `~` ("centri ~ accoglienza" matches "centri di accoglienza").
"""

# slug -> language -> (strong cues, weak cues)
LEXICON: dict[str, dict[str, tuple[str, str]]] = {
    "reception": {
        "en": (
            "first reception, reception centre*, reception center*, reception facilit*, "
            "reception system*, reception ~ refugees, reception ~ asylum*, reception ~ migrants, "
            "reception ~ newcomers, reception ~ minors, reception ~ children, reception ~ unaccompanied, "
            "reception ~ displaced, reception and integration, reception and inclusion, welcome centre*, welcome center*, one-stop shop*, "
            "orientation desk*, newcomer*, newly arrived, new arrivals, resettlement*, "
            "asylum seeker*, arrival infrastructure*, first assistance",
            "reception, asylum, arrivals, relocation, orientation",
        ),
        "it": (
            "prima accoglienza, accoglienza, centr* ~ accoglienza, sprar, richiedent* ~ asilo, "
            "neo arrivat*, neoarrivat*, nuovi arrivi, reinsediament*, ricollocament*, "
            "sistema ~ accoglienza",
            "accogli*, asilo, arrivi, sportell*, orientamento",
        ),
        "es": (
            "acogida, primera acogida, centro* ~ acogida, solicitante* ~ asilo, "
            "solicitante* ~ proteccion, recien llegad*, reasentamiento*, reubicacion*",
            "acog*, asilo, llegadas, orientacion",
        ),
        "de": (
            "erstaufnahme*, aufnahmeeinrichtung*, *ankunftszentr*, neuzugewander*, neuankommend*, "
            "asylbewerber*, asylsuchend*, *aufnahme von gefluchteten, neu zugewandert*, "
            "resettlement*, willkommenszentr*",
            "aufnahme, ankunft, asyl*, willkommens*, *fluchtlingshilfe*, ankommen*, erstorientierung*",
        ),
        "el": (
            "πρωτη υποδοχη, κεντρ* υποδοχ*, δομ* υποδοχ*, δομ* φιλοξενι*, αιτουντ* ασυλ*, "
            "νεοαφιχθ*, επανεγκατασταση*, μετεγκατασταση*, υποδοχη ~ προσφυγ*, "
            "υποδοχη ~ μεταναστ*, φιλοξενια ~ προσφυγ*",
            "υποδοχ*, φιλοξενι*, ασυλ*, αφιξ*",
        ),
        "pl": (
            "przyjmowani* uchodzc*, przyjeci* uchodzc*, osrod* ~ cudzoziemc*, "
            "ubiegajac* sie ~ ochrone, nowo przybyl*, relokacj*, przesiedleni*, punkt* recepcyjn*",
            "przyjmowani*, azyl*, przybysz*, recepcj*",
        ),
        "ro": (
            "centr* de primire, primirea refugiat*, primirea migrant*, solicitant* de azil, "
            "nou-sosit*, nou sosit*, relocar*, reinstalar*",
            "primire*, primirea, azil*, sosir*",
        ),
        "mt": (
            "akkoljenza, ċentr* tal-akkoljenza, ċentri ta' akkoljenza, min ifittex l-ażil, "
            "dawk li jfittxu l-ażil, wasliet ġodda",
            "ażil, ilqugħ, wasla, wasliet",
        ),
    },
    "housing": {
        "en": (
            "housing, social housing, affordable hous*, homeless*, shelter*, "
            "accommodation, emergency accommodation, temporary accommodation, rough sleep*, dwelling*",
            "rent*, tenant*, landlord*, flats, apartments, dormitor*",
        ),
        "it": (
            "abitar*, abitativ*, alloggi*, casa popolare, case popolari, edilizia ~ sociale, "
            "edilizia ~ popolare, senza dimora, senzatetto, housing, coabitazion*, cohousing",
            "affitt*, dormitor*, appartament*",
        ),
        "es": (
            "vivienda*, alojamiento*, sinhogar*, sin hogar, albergue*, vivienda social, "
            "viviendas sociales, infravivienda*, sin techo, cohousing",
            "alquiler*, pisos, inquilin*",
        ),
        "de": (
            "wohnung*, *wohnraum*, unterbringung*, *unterkunft*, *unterkunfte*, obdachlos*, "
            "wohnungslos*, *sozialwohnung*, wohnen, *wohnheim*, *wohnungsmarkt*",
            "miete*, vermieter*, *notunterkunft*",
        ),
        "el": (
            "στεγαση*, στεγασ*, στεγαστικ*, αστεγ*, κατοικι*, διαμερισματ*, καταλυμ*",
            "ενοικι*, σπιτι*, στεγη",
        ),
        "pl": (
            "mieszkani*, mieszkan, mieszkalnictw*, zakwaterowani*, bezdomn*, schronisk*, noclegown*, "
            "lokal* socjaln*, zakwaterowan*",
            "najem*, czynsz*, kwater*",
        ),
        "ro": (
            "locuint*, locuire*, cazare*, adapost*, fara adapost, fara locuinta, locuinte sociale",
            "chirie*, apartament*",
        ),
        "mt": (
            "akkomodazzjoni, djar soċjali, housing, bla dar, dar tal-kenn",
            "djar, kera, appartament*",
        ),
    },
    "employment": {
        "en": (
            "employment, employability, unemploy*, labour market*, labor market*, job matching, "
            "job seeker*, jobseeker*, job placement*, work placement*, entrepreneur*, "
            "skills recognition, recognition ~ qualifications, recognition ~ skills, "
            "vocational integration, jobs, self-employ*, economic integration, economic inclusion, "
            "economic participation, economic activit*, into the local econom*, into local econom*, "
            "into the econom*",
            "employer*, job, work permit*, workforce, career*, business start*",
        ),
        "it": (
            "lavorativ*, occupazion*, occupabilita, disoccupa*, mercato del lavoro, "
            "inserimento lavorativo, imprenditori*, imprenditoria*, tirocini*, impiego, "
            "riconoscimento ~ titoli, riconoscimento ~ competenze, orientamento al lavoro, "
            "integrazione economica, inclusione economica, attivita economiche, nell economia locale, "
            "nelle economie locali",
            # not "lavoro" alone: any work ("tavolo di lavoro"); themes.py's patterns judge it
            "datori di lavoro, impres*, competenze",
        ),
        "es": (
            "empleo*, empleabilidad, desempleo*, laboral*, mercado de trabajo, mercado laboral, "
            "insercion laboral, emprendimiento*, emprendedor*, puestos de trabajo, autoempleo, "
            "integracion economica, inclusion economica, en la economia local",
            # not "trabajo" alone: any work ("grupo de trabajo", "jornada de trabajo")
            "empresari*, trabajador*, contratacion",
        ),
        "de": (
            "*arbeitsmarkt*, beschaftigung*, arbeitslos*, erwerbstatig*, arbeitsplatz*, "
            "arbeitsplatze*, *berufsanerkennung*, anerkennung ~ abschlusse*, "
            "anerkennung ~ qualifikation*, existenzgrund*, unternehmer*, jobcenter*, "
            "*arbeitsvermittlung*, *arbeitsintegration*, erwerbsarbeit, wirtschaftlich* integration, "
            "wirtschaftlich* teilhabe",
            "arbeitgeber*, arbeit, beruf*, jobs",
        ),
        "el": (
            "απασχολησ*, απασχολησιμοτητ*, ανεργ*, αγορα εργασιας, αγορας εργασιας, "
            "εργασιακ*, επιχειρηματικοτητ*, θεσεις εργασιας, ενταξη στην αγορα, οικονομικη ενταξη",
            "εργασια*, εργοδοτ*, δουλει*",
        ),
        "pl": (
            "zatrudnieni*, rynek pracy, rynku pracy, rynkiem pracy, bezroboci*, bezrobotn*, "
            "przedsiebiorczos*, aktywizacj* zawodow*, posrednictw* pracy, uznawani* kwalifikacji, "
            "integracj* ekonomiczn*, aktywizacj* ekonomiczn*",
            "praca, pracy, prace, pracodawc*, zawodow*",
        ),
        "ro": (
            "ocupar*, angajar*, piata muncii, pietei muncii, somaj*, antreprenori*, loc* de munca, "
            "integrare profesionala, integrarea pe piata, integrare economica, integrarea economica, "
            "incluziune economica, in economiil* local*, in economia local*",
            "munca, muncii, angajator*, profesional*",
        ),
        "mt": (
            "impjieg*, suq tax-xogħol, qgħad, intraprenditorija, opportunitajiet ta' xogħol",
            "xogħol, min iħaddem",
        ),
    },
    "education": {
        "en": (
            "education, schooling, school*, vocational training, adult education, "
            "pupils, teachers, early childhood education, kindergarten*",
            "students, educational, learning, classroom*",
        ),
        "it": (
            "istruzione, scuol*, scolastic*, scolarizzazion*, formazione professionale, "
            "educazione, educativ*, insegnant*, alunni, studenti, universita",
            "formazione, formativ*, studi",
        ),
        "es": (
            "educacion, educativ*, escuela*, escolar*, escolariz*, formacion profesional, "
            "alumn*, profesorado, docente*, estudiantes",
            "formacion, aprendizaje",
        ),
        "de": (
            "bildung*, *schule*, *schulen, schulisch*, schulpflicht*, schulalter*, schuljahr*, "
            "schulbesuch*, schulkind*, schulsystem*, schulabschl*, schulplatz*, beschulung*, ausbildung*, *weiterbildung*, "
            "lehrer*, schuler*, kita*, kindergart*, *unterricht*, studierend*, hochschul*",
            "*bildung*, qualifizierung*, lernen",
        ),
        "el": (
            "εκπαιδευση*, εκπαιδευσης, σχολει*, σχολικ*, μαθητ*, εκπαιδευτικους, "
            "επαγγελματικη καταρτιση*, φοιτητ*, πανεπιστημ*",
            "καταρτιση*, μαθηση*",
        ),
        "pl": (
            "edukacj*, oswiat*, szkola, szkoly, szkole, szkol, szkolach, szkolom, szkolami, "
            "szkolnictw*, szkoln*, uczni*, nauczyciel*, ksztalceni*, przedszkol*",
            "nauka, nauki, szkoleni*, studen*",
        ),
        "ro": (
            "educati*, educational*, scoal*, scoli*, scolar*, elev*, profesor*, invatamant*, "
            "formare profesionala, gradinit*",
            "formare, instruire*, studen*",
        ),
        "mt": (
            "edukazzjoni, edukattiv*, skola, skejjel, studenti, għalliem*, taħriġ vokazzjonali",
            "taħriġ, tagħlim",
        ),
    },
    "language": {
        "en": (
            "language course*, language class*, language learning, language training, "
            "language tuition, language lesson*, language support, language skills, "
            "interpreting, interpreter*, interpretation service*, cultural mediat*, "
            "intercultural mediat*, linguistic mediat*, translation",
            "language, languages, linguistic*, multilingual*",
        ),
        "it": (
            "corsi di lingua, corso di lingua, corsi di italiano, corso di italiano, "
            "lingua italiana, italiano per stranieri, interpret*, mediazione ~ culturale, "
            "mediazione linguistic*, mediazione interculturale, mediator* cultural*, "
            "mediator* interculturali, apprendimento ~ lingua, l2",
            "lingua, lingue, linguistic*",
        ),
        "es": (
            "clases de espanol, curso* de espanol, curso* de idioma*, clases de idioma*, "
            "aprendizaje ~ idioma, aprendizaje ~ lengua, interpret*, traduccion*, "
            "mediacion intercultural, mediacion linguistica, mediador* intercultural*",
            "idioma*, lengua*, linguistic*",
        ),
        "de": (
            "*sprachkurs*, *sprachforderung*, *sprachunterricht*, *sprachmittl*, *dolmetsch*, "
            "*deutschkurs*, *integrationskurs*, *sprachkenntnis*, *sprachvermittlung*, "
            "*sprachlern*, *sprachangebot*",
            # (not "sprachen": in lower case it is most often the verb, "they spoke")
            "sprache, sprachlich*, mehrsprachig*, deutschkenntnis*, sprachbarriere*",
        ),
        "el": (
            "μαθηματα ελληνικων, μαθηματα γλωσσας, εκμαθηση ~ γλωσσας, διερμην*, "
            "πολιτισμικ* διαμεσολαβη*, διαπολιτισμικ* μεσολαβη*, διαμεσολαβητ*",
            "γλωσσα*, γλωσσικ*, γλωσσων",
        ),
        "pl": (
            "kurs* jezyka, kurs* jezykow*, nauka jezyka, nauki jezyka, nauczani* jezyka, "
            "lekcj* jezyka, tlumacz*, mediacj* miedzykulturow*, asystent* miedzykulturow*, "
            "jezyka polskiego",
            "jezyk*, jezykow*",
        ),
        "ro": (
            "curs* de limba, cursuri de limba, invatarea limbii, limba romana, interpret*, "
            "traducator*, mediere interculturala, mediator* intercultural*, mediator* cultural*",
            "limba, limbii, lingvistic*",
        ),
        "mt": (
            "korsijiet tal-lingwa, kors* tal-lingwa, klassijiet tal-lingwa, tagħlim tal-lingwa, "
            "lingwa maltija, interpret*, medjazzjoni kulturali, medjaturi kulturali",
            "lingwa, lingwi, lingwistik*",
        ),
    },
    "health": {
        "en": (
            "health, healthcare, health care, public health, mental health, psychosocial, "
            "psycho-social, psycholog*, trauma*, medical, social assistance, social protection, "
            "welfare services, social welfare",
            "wellbeing, well-being, care, doctors, hospital*, social care, clinic*, social services",
        ),
        "it": (
            "salute, sanita, sanitari*, sanitaria, psicolog*, psicosocial*, salute mentale, "
            "assistenza sociale, protezione sociale, welfare, medic*",
            "benessere, cure, ospedal*, servizi sociali",
        ),
        "es": (
            "salud, sanidad, sanitari*, salud mental, psicolog*, psicosocial*, "
            "asistencia social, proteccion social, bienestar social, medico*, medica*, medicina*",
            "bienestar, atencion sanitaria, atencion medica, atencion primaria, atencion psicologica, "
            "hospital, hospitales, servicios sociales",
        ),
        "de": (
            "gesundheit*, *gesundheitsversorgung*, psycholog*, psychosozial*, trauma*, medizin*, "
            "arztlich*, sozialhilfe*, sozialamt*, sozialarbeit*, sozialdienst*, sozialleistung*",
            "pflege, pflegedienst*, pflegeeinricht*, pflegeheim*, pflegekraft*, pflegekrafte*, arzt*, arzte*, krankenhaus*, wohlfahrt*",
        ),
        "el": (
            "υγει*, υγειονομικ*, ψυχοκοινωνικ*, ψυχολογ*, ψυχικη υγεια, ιατρικ*, "
            "κοινωνικη πρoνοια, κοινωνικη προνοια, κοινωνικης προνοιας, κοινωνικη αρωγη, "
            "προνοι*",
            "νοσοκομει*, ιατρ*, φροντιδ*, κοινωνικες υπηρεσιες, κοινωνικων υπηρεσιων",
        ),
        "pl": (
            "zdrowi*, zdrowotn*, psycholog*, psychospoleczn*, medyczn*, pomoc spoleczn*, "
            "pomocy spolecznej, opiek* zdrowotn*, opieki spolecznej, sluzb* zdrowia",
            "opiek*, szpital*, lekarz*",
        ),
        "ro": (
            "sanatat*, sanitar*, medical*, psiholog*, psihosocial*, asistenta sociala, "
            "asistentei sociale, asistenta medicala, protectie sociala",
            "ingrijire*, spital*, medic*, servicii sociale",
        ),
        "mt": (
            "saħħa, saħħa mentali, mediku, mediċi, psikolog*, psikosoċjal*, servizzi soċjali, "
            "assistenza soċjali, ħarsien soċjali",
            "kura, sptar*",
        ),
    },
    "legal": {
        "en": (
            "legal aid, legal support, legal advice, legal assistance, legal counsel*, "
            "residence permit*, work permit*, residence registration, administrative procedure*, "
            "civil registration, citizenship, naturali?ation, temporary protection, "
            "legal status, documentation, access to rights, "
            "bureaucra*, paperwork, irregular status, "
            "irregular stay, rights ~ migrants, rights ~ refugees, "
            "rights ~ asylum seekers, migrants rights, refugees rights",
            "legal, documents, registration, permits, international protection, undocumented, irregular migrants, irregular residents, sans-papiers",
        ),
        "it": (
            "assistenza legale, consulenza legale, supporto legale, tutela legale, "
            "permess* ~ soggiorno, iscrizione anagrafica, residenza anagrafica, "
            "protezione temporanea, procedure amministrative, "
            "pratiche amministrative, burocra*, irregolarita, "
            "diritti ~ migranti, diritti ~ rifugiati, "
            "diritti ~ richiedenti, diritti ~ stranieri",
            "legale, giuridic*, anagrafe, cittadinanza, documenti, protezione internazionale, migranti irregolari, senza documenti, sans-papiers",
        ),
        "es": (
            "asesoria juridica, asistencia juridica, asesoramiento juridico, asistencia legal, "
            "permiso* ~ residencia, permiso* ~ trabajo, empadronamiento*, padron, "
            "proteccion temporal, tramites administrativos, "
            "documentacion, regularizacion, burocra*, situacion irregular, "
            "derechos ~ migrant*, derechos ~ inmigrant*, "
            "derechos ~ refugiad*",
            "juridic*, legal, tramit*, ciudadania, nacionalidad, documentos, proteccion internacional, indocumentad*, migrantes irregulares, sin papeles",
        ),
        "de": (
            "rechtsberatung*, *aufenthaltstitel*, *aufenthaltserlaubnis*, *aufenthaltsrecht*, "
            "*arbeitserlaubnis*, einburgerung*, staatsangehorigkeit*, burgerrecht*, "
            "*auslanderbehorde*, *einwanderungsbehorde*, *meldebehord*, "
            "behordengang*, *verwaltungsverfahren*, vorubergehend* schutz*, bürokratie, burokrati*, "
            "*aufenthaltsstatus*, *duldung*, papierlos*, ohne papiere, irregular*, undokumentiert*, "
            "rechte ~ gefluchtet*, rechte ~ migrant*, rechte ~ *fluchtling*",
            "rechtlich*, dokument*, papiere*, formalitat*",
        ),
        "el": (
            "νομικη συνδρομη, νομικη υποστηριξη, νομικη βοηθεια, νομικες συμβουλες, "
            "αδει* διαμονης, αδει* εργασιας, ιθαγενει*, προσωρινη προστασια, "
            "διοικητικ* διαδικασι*, γραφειοκρατ*, "
            "νομιμοποιησ*, εγγραφ* στο δημοτολογιο, παρατυπ*, δικαιωματα ~ μεταναστ*, "
            "δικαιωματα ~ προσφυγ*",
            "νομικ*, εγγραφα, διεθνη προστασια, διεθνους προστασιας, χωρις χαρτια",
        ),
        "pl": (
            "pomoc prawn*, porad* prawn*, poradnictw* prawn*, zezwoleni* na pobyt, "
            "zezwoleni* na prace, karta pobytu, karty pobytu, obywatelstw*, legalizacj*, "
            "ochron* czasow*, procedur* administracyjn*, pesel, biurokrac*, "
            "nieuregulowan*, praw* ~ migrant*, praw* ~ uchodzc*, "
            "praw* ~ cudzoziemc*",
            "prawn*, dokument*, formalnos*, ochron* miedzynarodow*, nieudokumentowan*, bez dokumentow",
        ),
        "ro": (
            "asistenta juridica, consiliere juridica, consultanta juridica, permis* de sedere, "
            "drept* de sedere, permis* de munca, cetatenie*, protectie temporara, "
            "proceduri administrative, birocrati*, legalizar*, "
            "sedere ilegala, drepturil* ~ migranti*, "
            "drepturil* ~ refugiati*",
            "juridic*, legal*, document*, acte, protectie internationala, fara documente, migranti ilegali",
        ),
        "mt": (
            "għajnuna legali, assistenza legali, parir legali, permess ta' residenza, "
            "permessi ta' residenza, permess tax-xogħol, ċittadinanza, protezzjoni temporanja, "
            "proċeduri amministrattivi, burokrazija, irregolari",
            "legali, dokumenti, protezzjoni internazzjonali, mingħajr dokumenti",
        ),
    },
    "children_families": {
        "en": (
            "unaccompanied minor*, unaccompanied child*, child care, childcare, day care, "
            "foster care, foster famil*, family reunification, youth services, youth work, "
            "children, minors, young people, young refugees, young migrants, families",
            "youth, child, family, parents, kids, adolescen*",
        ),
        "it": (
            "minori stranieri, minori non accompagnati, msna, affido, affidamento familiare, "
            "ricongiungimento familiare, asili nido, asilo nido, minori, bambini, giovani, famiglie",
            "famiglia, ragazz*, genitori, adolescent*, infanzia",
        ),
        "es": (
            "menores no acompanados, menores extranjeros, acogimiento familiar, "
            "reagrupacion familiar, menores, ninos, ninas, infancia, jovenes, familias, juventud",
            "familia, padres, adolescent*, hijos",
        ),
        "de": (
            "unbegleitet* minderjahrig*, minderjahrig*, *kinder*, jugendlich*, jugend*, "
            "*jugendhilfe*, familien*, familiennachzug*, pflegefamilie*, kinderbetreuung*",
            "familie, eltern*, *jugend*, kind",
        ),
        "el": (
            # not "νέων", "νέους": also "new" ("νέων μελών", new members)
            "ασυνοδευτ* ανηλικ*, ανηλικ*, παιδι*, νεολαι*, οικογενει*, "
            "επανενωση οικογενει*, αναδοχ*",
            "οικογενεια, γονε*, εφηβ*",
        ),
        "pl": (
            "maloletni* bez opieki, maloletn*, dzieci, dziecmi, mlodziez*, rodzin*, "
            "laczeni* rodzin, rodzin* zastepcz*, opiek* nad dziecmi, zlobk*",
            "rodzina, rodzice*, nastolat*, mlod*",
        ),
        "ro": (
            "minori neinsotiti, minor* neinsotit*, minori, copii, copiilor, tineri, tinerii, "
            "tinerilor, familii, familiilor, reintregirea familiei, asistenta maternala",
            "familie, familia, parinti*, adolescent*",
        ),
        "mt": (
            "minorenni mhux akkumpanjati, minorenni, tfal, żgħażagħ, familji, għaqda tal-familja",
            "familja, ġenituri",
        ),
    },
    "inclusion": {
        "en": (
            "social inclusion, social participation, civic participation, "
            "political participation, participation of migrants, social cohesion, "
            "marginali?ed, marginali?ation, community life, social exclusion, "
            "poverty, belonging, social integration, integration ~ local communit*, integration ~ society, "
            "integration ~ host communit*, civic engagement",
            "participation, cohesion, community, communities, vulnerable, inclusion, inclusive",
        ),
        "it": (
            "inclusione sociale, coesione sociale, partecipazione ~ civica, "
            "partecipazione ~ sociale, emarginazione, marginalita, "
            "esclusione sociale, poverta, vita di comunita, cittadinanza attiva, integrazione sociale, "
            "integrazione ~ comunita, integrazione ~ societa",
            "comunita, vulnerabil*, fragil*, partecipazione, inclusione, inclusiv*",
        ),
        "es": (
            "inclusion social, cohesion social, participacion ciudadana, "
            "participacion social, exclusion social, marginacion, "
            "vida comunitaria, pobreza, integracion social, integracion ~ sociedad, "
            "integracion ~ comunidad",
            "comunidad*, comunitari*, vulnerab*, participacion, inclusion, inclusiv*",
        ),
        "de": (
            "inklusion*, teilhabe*, *gesellschaftlich* teilhabe, sozial* zusammenhalt*, "
            "partizipation*, ausgrenzung*, *armut*, burgerbeteiligung*, beteiligung, "
            "sozial* integration, gesellschaftlich* integration, integration ~ gesellschaft",
            "zusammenhalt*, gemeinschaft*, nachbarschaft*",
        ),
        "el": (
            "κοινωνικη ενταξη, κοινωνικης ενταξης, κοινωνικη συνοχη, κοινωνικης συνοχης, "
            "συμπεριληψη*, περιθωριοποιησ*, κοινωνικο* αποκλεισμο*, φτωχει*",
            "κοινοτητ*, ευαλωτ*, ενταξη*, συμμετοχη*",
        ),
        "pl": (
            "wlaczeni* spoleczn*, inkluzj*, spojnos* spoleczn*, partycypacj*, "
            "wykluczeni* spoleczn*, marginalizacj*, ubostw*, aktywnos* obywatelsk*, "
            "integracj* spoleczn*, integracj* ~ spolecznos*",
            "spolecznos*, wspolnot*, uczestnictw*",
        ),
        "ro": (
            "incluziune*, incluziv*, coeziune sociala, participarea civica, "
            "excluziune sociala, marginaliz*, saraci*, integrare sociala, integrarea sociala, "
            "integrar* ~ comunitat*, integrar* ~ societat*",
            "comunitat*, vulnerabil*, participare*",
        ),
        "mt": (
            "inklużjoni, inklużjoni soċjali, koeżjoni soċjali, esklużjoni soċjali, faqar, "
            "integrazzjoni soċjali",
            "komunità, komunitajiet, vulnerabbli, parteċipazzjoni",
        ),
    },
    "intercultural": {
        "en": (
            "intercultural*, multicultural*, cultural diversity, diversity management, "
            "interfaith, inter-religious, interreligious, coexistence, peaceful coexistence, "
            "cultural centre*, cultural center*, cultural activit*, mutual understanding",
            "cultural, cultures, culture, diversity, religio*",
        ),
        "it": (
            "intercultur*, multicultur*, convivenza, diversita culturale, dialogo interreligioso, "
            "centro culturale, centri culturali, attivita culturali, casa delle culture, "
            "reciproca conoscenza",
            "cultura, culture, culturale, culturali, diversita, dialogo",
        ),
        "es": (
            "intercultur*, multicultur*, convivencia, diversidad cultural, gestion de la diversidad, "
            "dialogo interreligioso, centro cultural, actividades culturales",
            "cultura*, cultural*, diversidad, dialogo",
        ),
        "de": (
            "interkulturell*, multikulturell*, *kulturelle vielfalt*, vielfalt*, zusammenleben*, "
            "interreligios*, kulturzentr*, *kulturarbeit*, *kulturaustausch*",
            "kultur*, kulturell*, religio*, *begegnung*",
        ),
        "el": (
            "διαπολιτισμικ*, πολυπολιτισμικ*, πολιτισμικη πολυμορφια, πολιτιστικη πολυμορφια, "
            "συνυπαρξ*, πολιτιστικ* κεντρ*, πολιτιστικ* δραστηριοτητ*, διαθρησκευτικ*",
            "πολιτισμ*, πολιτιστικ*, πολυμορφι*",
        ),
        "pl": (
            "miedzykulturow*, wielokulturow*, dialog* miedzykulturow*, roznorodnos* kulturow*, "
            "wspolistnieni*, wzajemne* zrozumieni*, centr* kultury, miedzyreligijn*",
            "kultur*, kulturow*, roznorodnos*",
        ),
        "ro": (
            "intercultural*, multicultural*, diversitate culturala, diversitatii culturale, "
            "convietuire*, dialog intercultural, centr* cultural*, interreligios*",
            "cultur*, cultural*, diversitat*",
        ),
        "mt": (
            "interkulturali, multikulturali, diversità kulturali, koeżistenza, "
            "djalogu interkulturali, attivitajiet kulturali",
            "kultura, kulturali, diversità",
        ),
    },
    "anti_discrimination": {
        "en": (
            "racism, racist, anti-racism, anti-racist, antiracism, discriminat*, "
            "anti-discrimination, hate speech, hate crime*, xenophob*, equal treatment, "
            "islamophob*, antisemit*, anti-gypsyism, antigypsyism, equal opportunit*",
            "stereotyp*, prejudice*, equality, hate",
        ),
        "it": (
            "razzis*, antirazzis*, discrimina*, antidiscrimina*, discorsi d'odio, discorso d'odio, "
            "incitamento all'odio, xenofob*, parita di trattamento, pari opportunita",
            "stereotip*, pregiudiz*, uguaglianza, odio",
        ),
        "es": (
            "racismo, racista*, antirracis*, discrimina*, antidiscrimina*, discurso* de odio, "
            "delitos de odio, xenofob*, igualdad de trato, islamofob*",
            "estereotip*, prejuicio*, rumor*, igualdad",
        ),
        "de": (
            "rassismus*, rassistisch*, antirassis*, *diskriminier*, *diskriminierung*, "
            "antidiskriminier*, hassrede*, hetze, fremdenfeindlich*, xenophob*, "
            "gleichbehandlung*, chancengleichheit",
            "vorurteil*, stereotyp*, gleichstellung*",
        ),
        "el": (
            "ρατσισμ*, ρατσιστικ*, αντιρατσιστικ*, διακρισ*, ρητορικη μισους, "
            "ρητορικης μισους, ξενοφοβ*, ισης μεταχειρισης, ιση μεταχειριση",
            "στερεοτυπ*, προκαταληψ*, ισοτητ*",
        ),
        "pl": (
            "rasizm*, rasistowsk*, antyrasist*, dyskryminacj*, antydyskryminac*, mow* nienawisci, "
            "ksenofob*, rowne* traktowani*, przeciwdzialani* dyskryminacji",
            "stereotyp*, uprzedzen*, rownos*",
        ),
        "ro": (
            "rasism*, rasist*, antirasis*, discriminar*, antidiscriminar*, discurs* instigator, "
            "discursul urii, xenofob*, tratament egal, egalitate de sanse",
            "stereotip*, prejudecat*, egalitat*",
        ),
        "mt": (
            "razziżmu, razzist*, diskriminazzjoni, diskriminatorj*, diskors ta' mibegħda, "
            "ksenofobija, trattament ugwali",
            "sterjotip*, preġudizz*, ugwaljanza",
        ),
    },
    "communication": {
        "en": (
            "journalist*, awareness campaign*, awareness-raising, awareness raising, "
            "media coverage, public narrative*, narratives, influencer*, communication campaign*, "
            "counter-narrative*, communication strateg*, fake news, disinformation",
            "media, campaign*, communication, narrative, visibility, social media, press",
        ),
        "it": (
            "giornalist*, campagn* di sensibilizzazione, sensibilizzazione, narrazion*, "
            "comunicazione pubblica, influencer, disinformazione, fake news",
            "comunicazione, media, campagn*, stampa, visibilita",
        ),
        "es": (
            "periodist*, campana* de sensibilizacion, sensibilizacion, narrativa*, relato* publico*, "
            "campana* de comunicacion, desinformacion, bulos, influencer*",
            "comunicacion, medios, campana*, prensa, visibilidad",
        ),
        "de": (
            "journalist*, sensibilisierung*, *kampagne*, offentlichkeitsarbeit, "
            "*offentlichkeitsarbeit*, narrativ*, desinformation*, fake news",
            "medien*, kommunikation*, presse, pressearbeit*",
        ),
        "el": (
            "δημοσιογραφ*, ευαισθητοποιησ*, εκστρατει*, αφηγημα*, παραπληροφορησ*",
            "μεσα ενημερωσης, επικοινωνι*, ΜΜΕ, τυπος",
        ),
        "pl": (
            "dziennikarz*, dziennikarsk*, kampani* spoleczn*, kampani* informacyjn*, "
            "swiadomos* spoleczn*, podnoszeni* swiadomosci, narracj*, dezinformacj*",
            "media, mediow*, komunikacj*, kampani*",
        ),
        "ro": (
            "jurnalist*, campani* de constientizare, constientizare*, campani* de informare, "
            "narativ*, dezinformar*",
            "media, comunicare*, campani*, presa",
        ),
        "mt": (
            "ġurnalist*, kampanja ta' sensibilizzazzjoni, kampanji ta' għarfien, għarfien pubbliku, "
            "diżinformazzjoni",
            "midja, komunikazzjoni, kampanja, kampanji",
        ),
    },
    "civil_society": {
        "en": (
            "nonprofit*, non-profit*, social innovation, private sector, business sector, "
            "volunteer*, migrant organi?ations, community organi?ations, social enterprise*, "
            "cooperation with civil society, partnership* with civil society, public private, "
            "private and public sector*, public and private sector*",
            "civil society, ngo, ngos, non-governmental, third sector, academia, universit*, "
            "research institut*, foundations, businesses, charities, associations, companies",
        ),
        "it": (
            "associazionismo, volontar*, innovazione sociale, settore privato, imprese sociali, "
            "cooperative sociali, associazioni di migranti, pubblico privat*",
            "societa civile, terzo settore, ong, universita, atenei, enti di ricerca, fondazion*, "
            "associazion*, imprese, aziende",
        ),
        "es": (
            "voluntar*, innovacion social, sector privado, tejido asociativo, "
            "asociaciones de migrantes, movimiento asociativo, publico privad*",
            "sociedad civil, tercer sector, ong, ongs, entidades sociales, universidad*, "
            "fundacion*, asociacion*, empresas",
        ),
        "de": (
            "ehrenamt*, *ehrenamtlich*, freiwillig*, migrantenorganisation*, "
            "migrantinnenorganisation*, *selbstorganisation*, privatwirtschaft*, offentlich privat*",
            "zivilgesellschaft*, vereine, verbande, *wohlfahrtsverband*, unternehmen, hochschul*, "
            "universitat*, stiftung*, nichtregierungsorganisation*, ngo, ngos",
        ),
        "el": (
            "εθελοντ*, κοινωνικη καινοτομια, ιδιωτικο τομεα, ιδιωτικος τομεας, κοινωνικη οικονομια, "
            "δημοσιου ιδιωτικ*",
            "κοινωνια των πολιτων, κοινωνιας των πολιτων, μκο, μη κυβερνητικ*, πανεπιστημ*, "
            "ιδρυμα*, συλλογ*, σωματει*, επιχειρησ*",
        ),
        "pl": (
            "wolontar*, innowacj* spoleczn*, sektor prywatn*, trzeci sektor, publiczno prywatn*",
            "spoleczenstw* obywatelsk*, organizacj* pozarzadow*, ngo, biznes*, uniwersytet*, "
            "uczelni*, fundacj*, stowarzyszeni*",
        ),
        "ro": (
            "voluntar*, inovare sociala, sector* privat*, mediul de afaceri, public privat*",
            "societate* civil*, societatii civile, ong, ong-uri, organizati* neguvernamental*, "
            "universitat*, fundati*, asociati*",
        ),
        "mt": (
            "voluntier*, volontarjat, settur privat",
            "soċjetà ċivili, ngo, ngos, organizzazzjonijiet mhux governattivi, università, "
            "fondazzjoni*, għaqdiet",
        ),
    },
    "governance": {
        "en": (
            # "coordination" is strong, as its word is in the other seven languages
            "governance, multi-level, multilevel, local authorities ~ role, coordination, "
            "national and local, local and national, capacity building, "
            "capacity-building, funding, funds, budget*, integration strateg*, integration polic*, "
            "local integration polic*, public administration*, policy-making, policymaking, "
            "action plan*, strategic approach*, strategic plan*, staff capacity, reception system*, "
            "asylum system*",
            "policy, policies, strateg*, administration, "
            "management, framework, institutional, resources",
        ),
        "it": (
            "governance, multilivello, coordinamento, politiche ~ integrazione, politiche locali, "
            "finanziament*, fondi, bilancio, piano d'azione, piani d'azione, "
            "pubblica amministrazione, capacita amministrativa, rafforzamento ~ capacita, "
            "gestione ~ migrazion*, gestione ~ servizi, organizzazione dei servizi, "
            "sistema ~ accoglienza, sistema ~ asilo, sistemi ~ accoglienza",
            "politiche, strategi*, istituzional*, amministrazion*, gestione, risorse, enti locali",
        ),
        "es": (
            "gobernanza, multinivel, coordinacion, politicas ~ integracion, politicas locales, "
            "politicas publicas, financiacion, financiamiento, fondos, presupuesto*, "
            "plan* de accion, plan* estrategic*, administracion publica, administraciones publicas, "
            "gestion ~ migracion*, gestion ~ diversidad, gestion municipal, "
            "fortalecimiento institucional, sistema ~ acogida, sistema ~ asilo",
            "politica*, estrategi*, institucional*, administracion*, gestion, "
            "recursos, ayuntamientos",
        ),
        "de": (
            "*integrationsstrategie*, *integrationspolitik*, *integrationskonzept*, "
            "*integrationsmanagement*, kommunalverwaltung*, steuerung*, "
            "koordinierung*, koordination*, *fordermittel*, finanzierung*, "
            "*aktionsplan*, *handlungskonzept*, mehrebenen*, *aufnahmesystem*, *asylsystem*",
            "strategie*, politik*, konzept*, struktur*, kommunal*, *verwaltung*, forderung*, haushalt*",
        ),
        "el": (
            "διακυβερνησ*, πολυεπιπεδ*, συντονισμ*, πολιτικ* ενταξης, μεταναστευτικ* πολιτικ*, "
            "χρηματοδοτησ*, προυπολογισμ*, σχεδι* δρασης, στρατηγικ* σχεδι*, "
            "διαχειριση ~ μεταναστευσης, ικανοτητ* του προσωπικου, δημοσια διοικηση, "
            "συστημα* ~ υποδοχης, συστημα* ~ ασυλου",
            "στρατηγικ*, πολιτικ*, θεσμικ*, διαχειρισ*, διοικησ*, "
            "τοπικες αρχες, τοπικων αρχων, τοπικη αυτοδιοικηση, τοπικης αυτοδιοικησης",
        ),
        "pl": (
            "zarzadzani*, koordynacj*, wielopoziomow*, polityk* integracyjn*, polityk* migracyjn*, "
            "finansowani*, budzet*, plan* dzialania, "
            "strategi* integracji, administracj* publiczn*, wspolprac* instytucj*, "
            "system* ~ przyjmowania, system* azylow*",
            "polityk*, strategi*, instytucjonaln*, administracj*, zasob*, "
            "samorzad* lokaln*, samorzadach, samorzadow*",
        ),
        "ro": (
            "guvernanta, guvernare*, coordonare*, multinivel, politic* de integrare, "
            "politici locale, politici publice, "
            "administratie publica, finantar*, buget*, plan* local* de actiune, plan* de actiune, "
            "gestionare* migratiei, capacitate administrativa, sistem* ~ azil, sistem* ~ primire",
            "politic*, strategi*, institutional*, administrati*, resurse, autoritati* local*",
        ),
        "mt": (
            "governanza, koordinazzjoni, finanzjament, baġit, pjan ta' azzjoni, strateġija ta' integrazzjoni, "
            "politika ta' integrazzjoni, amministrazzjoni pubblika",
            "politika, politiki, strateġija, amministrazzjoni, riżorsi, "
            "kunsilli lokali, kunsill lokali, gvern lokali, awtoritajiet lokali",
        ),
    },
    "data": {
        "en": (
            "data, statistic*, indicator*, monitoring, evaluation, census, socio-demographic, "
            "demographic*, survey*, mapping, index, benchmark*, impact assessment",
            "figures, numbers, research, analysis, measur*",
        ),
        "it": (
            "dati, statistic*, indicator*, monitoraggio, valutazione, censimento, "
            "sociodemografic*, demografic*, indagin*, mappatura, osservatorio",
            "numeri, cifre, analisi, ricerca",
        ),
        "es": (
            "datos, estadistic*, indicador*, evaluacion, monitoreo, censo, "
            "sociodemografic*, demografic*, encuesta*, diagnostico*, mapeo, observatorio",
            "cifras, analisis, investigacion, seguimiento",
        ),
        "de": (
            "daten*, *statistik*, statistisch*, indikator*, monitoring, evaluation*, "
            "evaluierung*, zensus, erhebung*, demografisch*, demographisch*, *datenerhebung*",
            "zahlen, analyse*, forschung*",
        ),
        "el": (
            "δεδομεν*, στατιστικ*, δεικτ*, αξιολογησ*, απογραφ*, "
            "δημογραφικ*, ερευνα πεδιου, χαρτογραφησ*",
            "αριθμ*, αναλυσ*, ερευν*, παρακολουθηση, παρακολουθησης",
        ),
        "pl": (
            "dane, danych, statystyk*, statystyczn*, wskaznik*, monitoring*, monitorowani*, "
            "ewaluacj*, spis* ludnosci, demograficzn*, badani* ankietow*, diagnoz*",
            "liczb*, analiz*, badan*",
        ),
        "ro": (
            "datele, datelor, statistic*, indicator*, monitorizar*, evaluar*, recensamant*, "
            "demografic*, sondaj*, cartografier*",
            "cifre, numar*, analiz*, cercetar*",
        ),
        "mt": (
            "data, statistika, statistiċi, indikaturi, monitoraġġ, evalwazzjoni, ċensiment, "
            "demografiċi, stħarriġ",
            "ċifri, numri, analiżi, riċerka",
        ),
    },
    "crisis_response": {
        "en": (
            "emergenc*, crisis, crises, covid*, pandemic*, lockdown*, war, refugees from ukraine, "
            "ukrainian refugees, influx, mass arrival*, sudden arrival*, large arrival*, "
            "displaced people, displacement, remote service*, "
            "protracted crisis, disaster*",
            "ukrain*, urgent, remotely, displaced, preparedness, contingency, humanitarian",
        ),
        "it": (
            "emergenz*, crisi, covid*, pandemi*, guerra, profughi ucraini, rifugiati ucraini, "
            "sfollat*, arrivi massicci, arrivi improvvisi, da remoto, lockdown",
            "ucrain*, urgenza, umanitari*",
        ),
        "es": (
            "emergencia*, crisis, covid*, pandemia*, confinamiento*, guerra, refugiados ucranianos, "
            "desplazad*, llegadas masivas, a distancia",
            "ucrani*, urgencia*, humanitari*",
        ),
        "de": (
            "*notfall*, notlage*, *krise*, krisen*, corona*, covid*, pandemie*, krieg*, "
            "*krieges*, ukraine-krieg*, vertrieben*, *fluchtlingswelle*, lockdown*",
            "ukrain*, dringend*, humanitar*",
        ),
        "el": (
            "εκτακτ* αναγκ*, κριση, κρισης, κρισεις, κρισεων, πανδημ*, covid*, κορον*, πολεμ*, εκτοπισμεν*, "
            "μαζικ* αφιξ*, μαζικες ροες, μεταναστευτικες ροες, προσφυγικ* ροες, "
            "προσφυγικη κριση, μεταναστευτικη κριση",
            "ουκραν*, ροες, επειγ*, ανθρωπιστικ*",
        ),
        "pl": (
            "kryzys*, kryzysow*, nagl* sytuacj*, sytuacj* nadzwyczajn*, pandemi*, covid*, wojn*, "
            "uchodzc* z ukrainy, uchodzcy wojenni, przesiedlen*, masow* naplyw*, "
            "pomoc* ukrainie, pomoc ukrainie, pomocy ukrainie",
            "ukrain*, pilne, naplyw*, humanitarn*",
        ),
        "ro": (
            "urgent*, criza, crize, crizei, covid*, pandemi*, razboi*, refugiat* ucrainen*, "
            "refugiatii din ucraina, stramutat*, aflux*, flux* masiv*",
            "ucrain*, umanitar*",
        ),
        "mt": (
            "emerġenza, emerġenzi, kriżi, pandemija, covid*, gwerra, refuġjati ukreni, "
            "wasliet bil-għarrieda",
            "ukrain*, umanitarj*",
        ),
    },
}

# slug -> language -> context cues: words about the people or the spirit a theme serves
# (refugees for first reception, tolerance for coexistence), so common in reports on
# migration that they weigh half a weak cue: they make the theme only when the title says
# them or the text keeps coming back to them. Same notation as above.
CONTEXT: dict[str, dict[str, str]] = {
    "reception": {
        "en": "refugee*",
        "it": "rifugiat*, profug*",
        "es": "refugiad*",
        "de": "*fluchtling*, gefluchtet*",
        "el": "προσφυγ*",
        "pl": "uchodzc*",
        "ro": "refugiat*",
        "mt": "rifuġjat*",
    },
    # cooperation between towns is what a visit or a partnership is, not yet how services
    # are governed: it only adds to other evidence (or to the title's)
    "governance": {
        "en": "cooperation",
        "it": "cooperazione",
        "es": "cooperacion",
        "de": "zusammenarbeit*",
        "el": "συνεργασι*",
        "pl": "wspolprac*",
        "ro": "cooperar*",
        "mt": "kooperazzjoni",
    },
    # a conflict is said of wars and of neighbours alike: it adds to an emergency's other
    # evidence, it does not make one
    "crisis_response": {
        "en": "conflict*",
        "it": "conflitt*",
        "es": "conflicto*",
        "de": "konflikt*",
        "pl": "konflikt*",
        "ro": "conflict*",
        "mt": "kunflitt*",
    },
    # a dialogue is had between any two parties (a mayor and a minister, two towns): it adds
    # to the evidence of dialogue between cultures, it does not make it (the Italian and
    # Spanish "dialogo" stays a weak cue: on the development reports it was mostly the
    # dialogue between cultures, 4 of 6 times it was taken)
    "intercultural": {
        "en": "toleran*, dialogue",
        "it": "tolleran*",
        "es": "toleran*",
        "de": "toleran*, dialog*",
        "el": "ανεκτικοτητ*, διαλογ*",
        "pl": "toleranc*, dialog*",
        "ro": "toleran*, dialog*",
        "mt": "tolleranza, djalogu",
    },
}
