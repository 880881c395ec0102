"""Browser pages signed in as a user of the live test server."""

from django.test import Client


def signed_in_page(browser, live_server, user, **context_options):
    """A page of a new browser context holding ``user``'s session (logged in through
    Django's test client), in British English unless ``context_options`` say otherwise;
    close it with ``page.context.close()``."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(**{"locale": "en-GB", **context_options})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context.new_page()
