from django.shortcuts import render

from citypeers.insights import geography, selectors


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


def exchange_network(request):
    """The network graph and the map of exchanges, among the events the viewer may see."""
    return render(
        request,
        "insights/network.html",
        {"exchange_network": geography.exchange_network(request.user)},
    )
