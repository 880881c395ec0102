"""Island municipalities that GeoNames' cities leave out.

Many Greek islands are one municipality each, named after the island ("the mayors of Lesbos,
Samos and Leros"; "οι δήμαρχοι Λέσβου, Σάμου, Λέρου"). GeoNames files an island as land, not
as a populated place, and keeps only its main town, which often bears another name
(Mytilene) or is a village of a few hundred people: the gazetteer would never find the
municipality. So would it miss an Italian island comune whose official name joins two
islands ("Lampedusa e Linosa"), said short as its larger island. Each row is the
municipality's English name, its country, its population (census, rounded), its other
Latin names, and its Greek names in the nominative (the inflection rules find the cases;
"Κω", the genitive of Κως, is too short for them and is listed).
"""

ISLANDS = (
    ("Lesbos", "GR", 86_000, ("Lesvos",), ("Λέσβος",)),
    ("Samos", "GR", 33_000, (), ("Σάμος",)),
    ("Kos", "GR", 33_000, (), ("Κως", "Κω")),
    ("Leros", "GR", 7_900, (), ("Λέρος",)),
    ("Lemnos", "GR", 17_000, ("Limnos",), ("Λήμνος",)),
    ("Ikaria", "GR", 8_400, (), ("Ικαρία",)),
    ("Syros", "GR", 21_500, ("Syros-Ermoupoli",), ("Σύρος",)),
    ("Santorini", "GR", 15_500, ("Thira",), ("Σαντορίνη", "Θήρα")),
    ("Kefalonia", "GR", 35_800, ("Cephalonia", "Kefalonia"), ("Κεφαλονιά", "Κεφαλληνία")),
    ("Andros", "GR", 9_200, (), ("Άνδρος",)),
    ("Tinos", "GR", 8_600, (), ("Τήνος",)),
    ("Thasos", "GR", 13_800, (), ("Θάσος",)),
    ("Samothrace", "GR", 2_900, ("Samothraki",), ("Σαμοθράκη",)),
    ("Patmos", "GR", 3_000, (), ("Πάτμος",)),
    ("Kalymnos", "GR", 16_200, (), ("Κάλυμνος",)),
    ("Agathonisi", "GR", 200, (), ("Αγαθονήσι",)),
    ("Lipsi", "GR", 800, (), ("Λειψοί",)),
    ("Psara", "GR", 450, (), ("Ψαρά",)),
    ("Oinousses", "GR", 800, (), ("Οινούσσες",)),
    ("Lampedusa e Linosa", "IT", 6_500, ("Lampedusa",), ()),
)
