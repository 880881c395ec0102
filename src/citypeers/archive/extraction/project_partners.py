"""A project's partner list: the words that open it, in the programme's languages.

"The project partners are: X, Y and Z", "Solicitantul proiectului este X, iar partenerii în
proiect sunt: Y", "Το εταιρικό σχήμα αποτελείται από τους: X". The list tells who runs the
project over its life, not who came to the meeting: the places and the bodies named only in
it are its partners, not the meeting's parties.
"""

from . import patterns as rx

PROJECT_PARTNERS = (
    r"(?i:(?<![\p{L}])(?:"
    r"project(?:['’]s)?\s+partners\s+(?:are|were|include|comprise)|"
    r"partners\s+(?:of|in)\s+the\s+project\s+(?:are|include|comprise)|"
    r"project(?:['’]s)?\s+applicant\s+is|"
    r"the\s+consortium\s+(?:consists\s+of|comprises|is\s+made\s+up\s+of)|"
    r"partnership\s+(?:consists|comprises|includes|is\s+made\s+up)|"
    r"sono\s+partner\s+del\s+progetto|partner\s+del\s+progetto\s+sono|"
    r"partenariato(?:\s+(?:è\s+composto|comprende)|[^.\n]{0,40}costituito)|"
    r"fanno\s+parte\s+del\s+(?:partenariato|progetto|consorzio)|"
    r"socios\s+del\s+proyecto\s+(?:son|fueron)|consorcio\s+(?:está\s+formado|se\s+compone)|"
    r"forman\s+parte\s+del\s+(?:proyecto|consorcio)|"
    r"Projektpartner\s+sind|Partner\s+des\s+Projekts\s+sind|"
    r"(?:Konsortium|Partnerschaft)\s+(?:besteht|bestand)\s+aus|"
    r"zu\s+den\s+(?:Projekt)?partnern\s+(?:gehören|zählen)|"
    r"partner(?:ami|zy)\s+projektu\s+(?:są|to)|partnerami\s+(?:projektu\s+)?(?:są|byli)|"
    r"w\s+skład\s+(?:partnerstwa|konsorcjum)\s+wchodz|"
    r"solicitantul\s+proiectului\s+este|partenerii\s+(?:în|din)\s+proiect\s+sunt|"
    r"partenerii\s+(?:proiectului\s+)?(?:sunt|au\s+fost)|"
    r"εταιρικ\p{L}*\s+σχήμα\p{L}*\s+(?:αποτελ|απαρτ)|"
    r"εταίροι\s+(?:του\s+(?:έργου|προγράμματος)\s+)?(?:είναι|ήταν)|"
    r"l-imsieħba\s+(?:tal-proġett\s+)?huma"
    r"))"
)
# How far either side of a name its sentence is looked for: a partner list runs long.
PARTNER_LIST_REACH = 1500

PROJECT_PARTNER_LIST = rx.compile(PROJECT_PARTNERS)
