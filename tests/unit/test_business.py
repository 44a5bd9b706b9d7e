"""Whether a website reads as a property manager's, and whose it says it is."""

from __future__ import annotations

import pytest

from leadflow.domain.business import reads_as_property_manager
from leadflow.domain.names import third_parties


@pytest.mark.parametrize(
    "text,manager",
    [
        ("Acme Realty. Full-service residential property management for single-family homes.", True),
        ("我们为业主提供全方位的住宅物业管理服务：招租、租客筛选、收租。", True),  # Chinese
        ("Dịch vụ quản lý nhà cho thuê trọn gói: tìm người thuê, thu tiền thuê.", True),  # Vietnamese
        ("Полное управление жилой недвижимостью: поиск и проверка арендаторов.", True),  # Russian
        ("건물주 서비스와 임대 관리, 세입자 관리를 합니다.", True),  # Korean
        ("Imóveis para alugar em Framingham. Administração de imóveis.", True),  # Portuguese
        ("Kay pou Lwe nan North Miami.", True),  # Haitian Creole
        ("四川火锅 · 正宗川菜 · 欢迎光临本店 · 营业时间 11:00-22:00", False),  # a Chinese restaurant
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


def test_an_unlinked_portal_needs_a_site_in_the_business_unless_the_site_shows_too_little_to_tell():
    import dataclasses

    from leadflow.domain.checks import LiveChecks, PortalCheck, SiteCheck
    from leadflow.domain.criteria import LeadCriteria
    from leadflow.domain.models import Candidate
    from leadflow.domain.validation import RunContext, validate_batch

    url = "https://acme.managebuilding.com/Resident/portal/login"
    portal = PortalCheck(url=url, pms="Buildium", verdict="live", names_company=True)
    bbq = "Acme BBQ. Post oak smoked brisket, Thursday to Sunday until we sell out. " * 4
    shell = "Acme Realty | Home"  # a script-drawn site: its title is all there is to read

    def judged(home_text: str) -> tuple[str | None, str | None]:
        site = SiteCheck(domain="acme.test", pages_fetched=[], portal_links=[], pms_found=[], error=None, home_text=home_text)
        live = dataclasses.replace(LiveChecks(), portals={url: portal}, sites={"acme.test": site})
        ctx = RunContext(criteria=LeadCriteria(pms="Buildium", state="TX", quantity=5), remaining=5, live=live)
        candidate = Candidate(name="Acme Realty", domain="acme.test", city="Austin", state="TX", pms="Buildium", evidence_url=url)
        [(_, v)] = validate_batch([candidate], ctx)
        return v.reason, v.confidence if v.accepted else None

    assert judged(bbq) == ("evidence_unverified", None)
    assert judged(shell) == (None, "medium")
    assert judged(bbq + " Acme Realty also offers residential property management.") == (None, "medium")
