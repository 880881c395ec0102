"""An exchange request's proposed meeting in words: its day and hours in both cities' time.

Pure wording over the stored UTC instant (the request page, its e-mails and its trail
all say it alike); conversions are ``events.timezones``'.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from citypeers.core.formatting import base_language
from citypeers.events.timezones import format_range_in_zone, unique_zones


def proposed_meeting(request, language: str = "en") -> str:
    """ "9 Dec 2026, 09:00–10:30 (CET) / 9 Dec 2026, 10:00–11:30 (EET)": the requester's
    time first, then the invited city's; empty while nobody is invited."""
    if request.proposed_start is None or request.invited is None:
        return ""
    start = request.proposed_start
    end = start + dt.timedelta(minutes=request.meeting_minutes)
    zones = unique_zones([request.requester.timezone, request.invited.timezone]) or ["UTC"]
    parts: list[str] = []
    for zone in zones:
        text = format_range_in_zone(start, end, zone, base_language(language), with_date=True)
        if text not in parts:
            parts.append(text)
    return " / ".join(parts)


def in_zone(moment: dt.datetime | None, zone: str) -> str | None:
    """ "2026-12-09 09:00 (Europe/Rome)": an instant as the requester reads it."""
    if moment is None:
        return None
    return f"{moment.astimezone(ZoneInfo(zone or 'UTC')):%Y-%m-%d %H:%M} ({zone or 'UTC'})"
