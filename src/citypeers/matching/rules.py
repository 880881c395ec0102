"""Who may do what in matching; each capability keeps its own section."""

import rules

from citypeers.network.rules import municipality_officers

# --- suggestions and exchange preferences ------------------------------------------------
# A municipality's officers (and coordinators) say whether, when and in which languages it
# takes part in exchanges. Suggestions themselves are public, like the municipality page.
can_edit_preferences = municipality_officers.predicate("can_edit_preferences")
rules.add_perm("matching.edit_preferences", can_edit_preferences)
