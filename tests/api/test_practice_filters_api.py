"""A practices filter that cannot be a country code is refused before any query: a NUL
in it would reach PostgreSQL, which refuses NUL in any text (a 500)."""

import pytest

from citypeers.practices.search import InvalidSearch, parse_filters

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("country", ["\x00", "I\x00", "1T", "ITA"])
def test_a_country_that_cannot_be_a_code_is_refused_without_a_query(
    country, django_assert_num_queries
):
    with django_assert_num_queries(0), pytest.raises(InvalidSearch):
        parse_filters({"country": country})
