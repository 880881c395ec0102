from django.shortcuts import render

from citypeers.insights import selectors


def home(request):
    return render(
        request,
        "insights/home.html",
        {
            "numbers": selectors.network_numbers(),
            "activity": selectors.latest_activity(),
            "practices": selectors.latest_practices(),
        },
    )
