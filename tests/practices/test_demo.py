from citypeers.core.audit import audit_trail
from citypeers.network import demo as network_demo
from citypeers.practices import demo
from citypeers.practices.models import Practice


def test_demo_practices_load_once_with_vectors_and_municipalities(directory):
    network_demo.load_demo_data()

    demo.load_demo_data()
    demo.load_demo_data()

    practices = Practice.objects.filter(key__startswith="demo-")
    assert practices.count() == 10
    assert set(practices.values_list("municipality__name", flat=True)) == {"Bari", "Kraków"}
    assert not practices.filter(embedding__isnull=True).exists()
    assert all(len(audit_trail(p)) == 1 for p in practices)
    assert practices.get(name="MURAL").partners.get().name == "Krakow University of Economics"
