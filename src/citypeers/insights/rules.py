"""Which indicators are the coordinators'.

Every figure of the Insights page is public but two, which tell how the network follows
up on its meetings and which of its files people take: follow-up actions (done, open,
overdue) are the coordinators' (``insights.see_follow_up_figures``), and downloads follow
the documents' own rule for the download log (``documents.see_download_log``).
"""

import rules

from citypeers.accounts.rules import is_coordinator

can_see_follow_up_figures = is_coordinator

rules.add_perm("insights.see_follow_up_figures", can_see_follow_up_figures)
