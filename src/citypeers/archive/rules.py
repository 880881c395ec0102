"""Who may import and review meeting reports: coordinators only."""

import rules

from citypeers.accounts.rules import is_coordinator

can_import_reports = is_coordinator

rules.add_perm("archive.import_reports", can_import_reports)
