"""Country groups the directory and the report extractor share (no Django import)."""

# The 27 member states of the European Union (ISO 3166-1 alpha-2).
EU_COUNTRY_CODES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
