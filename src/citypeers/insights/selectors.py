"""Programme indicators shown on the home page and the dashboard."""

from citypeers.network.models import Country, Municipality, Programme, ProgrammeMembership


def network_numbers() -> dict[str, int]:
    return {
        "member_municipalities": ProgrammeMembership.objects.values("municipality")
        .distinct()
        .count(),
        "member_countries": Country.objects.filter(
            municipalities__programme_memberships__isnull=False
        )
        .distinct()
        .count(),
        "directory_municipalities": Municipality.objects.count(),
        "programmes": Programme.objects.count(),
    }
