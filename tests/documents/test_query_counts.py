"""The download log costs the same number of queries for one download as for three.

(The coordinators' document list, the documents listed on an item's page and the
download itself have their exact counts in test_pages.py and test_download.py.)
"""

import re

import pytest
from django.urls import reverse

from citypeers.accounts.enums import Role
from tests.factories import AffiliationFactory, DocumentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rows", [1, 3])
def test_download_log_query_count(
    client, event, municipality, coordinator, rows, django_assert_num_queries
):
    document = DocumentFactory(item=event, title="Minutes", visibility="members")
    readers = [UserFactory(username=f"reader{index}", role=Role.USER) for index in range(rows)]
    for reader in readers:
        AffiliationFactory(user=reader, municipality=municipality)
        client.force_login(reader)
        assert client.get(document.get_absolute_url()).status_code == 200
    client.force_login(coordinator)

    # the document, session, user, page count, page rows with who downloaded
    with django_assert_num_queries(5):
        response = client.get(reverse("documents:downloads", kwargs={"pk": document.pk}))

    html = response.content.decode()
    assert re.findall(r"<tr><td>(reader\d)</td>", html) == [r.username for r in reversed(readers)]
