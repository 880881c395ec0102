"""The POST data a browser would send back from a review page, as the page filled it."""


def review_data(page, **changes) -> dict:
    """Every field of the review form and of its rows, as shown, with ``changes`` applied."""
    form = page.context["form"]
    data = {key: value for key, value in form.initial.items() if value not in (None, [])}
    data["themes"] = form.initial.get("themes") or []
    for formset in page.context["formsets"].values():
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for row in formset.forms:
            for name in row.fields:
                value = row[name].value()
                if value not in (None, False, ""):
                    data[row.add_prefix(name)] = value
    data.update(changes)
    return data
