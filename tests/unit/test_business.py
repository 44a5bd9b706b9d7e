"""Whether a website reads as a property manager's, and whose it says it is."""

from __future__ import annotations

import pytest

from leadflow.domain.business import reads_as_property_manager
from leadflow.domain.names import third_parties


@pytest.mark.parametrize(
    "text,manager",
    [
        ("Acme Realty. Full-service residential property management for single-family homes.", True),
        ("Homes for rent in Austin. Apply online. Owners: we handle leasing and maintenance.", True),
        ("Residents: pay rent online. Tenants and landlords welcome.", True),
        ("Sunset Ridge HOA management for homeowners associations across Travis County.", True),
        ("Administración de propiedades en Austin.", True),
        ("Acme PM, Austin TX. Head office: Tulsa, Oklahoma.", True),  # the name's abbreviation
        ("Joe's Tacos. Open 9 AM to 5 PM, Sundays until 2 pm.", False),
        ("Sulphur Auger Pest Control. Termite, rodent and mosquito control. Customer Portal", False),
        ("Paluxy Tongs BBQ. Post oak smoked brisket, Thursday to Sunday until we sell out. Menu Catering", False),
        ("Marcos Lathe, REALTOR. Helping Austin families buy and sell homes since 2015. Search Homes", False),
        ("Notes from a backyard forge in Blanco County, Texas. Powered by WordPress", False),
    ],
)
def test_a_site_in_the_business(text, manager):
    assert reads_as_property_manager(text) is manager


def test_a_site_saying_it_is_not_affiliated_with_a_company_names_it_another():
    text = "Lavaca Spindle Realty, Port Lavaca. We are not affiliated with Lavaca Spindle Property Management of Austin."
    assert third_parties(text) == ["Lavaca Spindle Property Management of Austin"]
