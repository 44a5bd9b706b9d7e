"""A company's own site saying the company is gone: closed, or its management handed over."""

from __future__ import annotations

import pytest

from leadflow.domain.closures import company_gone

NAME = "Egret Pumice Property Management"


@pytest.mark.parametrize(
    "text,gone",
    [
        (
            "After 31 years, Egret Pumice Property Management has closed its doors. Thank you!",
            ("dead_domain", "closed its doors"),
        ),
        ("Egret Pumice ceased operations on December 31, 2024.", ("dead_domain", "ceased operations")),
        ("Rick and Donna have retired, and the company is no longer in business.", ("dead_domain", "is no longer in business")),
        (
            "Our property management division has been sold to Kite Realty.",
            ("evidence_unverified", "management division has been sold"),
        ),
        (
            "We have transitioned our management clients to Pheasant PM.",
            ("evidence_unverified", "transitioned our management clients"),
        ),
        (
            "As of 2025 we no longer offer property management services.",
            ("evidence_unverified", "no longer offer property management"),
        ),
        ("We\u2019ve joined Merlin Cobalt Residential!", ("evidence_unverified", "we've joined")),
        (
            "Every home formerly managed by Egret Pumice Property Management is managed by Merlin.",
            ("evidence_unverified", "formerly managed by"),
        ),
        ("Egret Pumice Property Management is now part of Harrier Realty.", ("evidence_unverified", "is now part of")),
        (
            "Effective August 1, Egret Pumice PM no longer manages your home.",
            ("evidence_unverified", "no longer manages your home"),
        ),
        # in Spanish, accents or not
        ("Egret Pumice ha cerrado sus puertas de manera definitiva.", ("dead_domain", "cerrado sus puertas")),
        ("Después de 18 años cesamos operaciones.", ("dead_domain", "cesamos operaciones")),
        (
            "A partir de marzo ya no ofrecemos servicios de administración de propiedades.",
            ("evidence_unverified", "ya no ofrecemos servicios de administracion"),
        ),
        ("¡Nos unimos a Gulf Coast Residential Partners!", ("evidence_unverified", "nos unimos a")),
        (
            "Egret Pumice Property Management ahora forma parte de Grupo Frontera.",
            ("evidence_unverified", "ahora forma parte de"),
        ),
        ("¡Cerramos 2025 con más de 400 propiedades! Oficina cerrada el 24 y 25 de diciembre.", None),
        ("Nos unimos a la Asociación de Apartamentos de Texas.", None),
        ("Nuestra oficina de McAllen cerró sus puertas; visítenos en Edinburg.", None),  # one office
        # benign words on real leads' sites
        ("We closed on 40 homes this year. Our office is closed for the holidays.", None),
        ("Retired military owned. Our founder retired; his daughter runs the company.", None),
        ("We recently joined the Texas Apartment Association. We have joined the NARPM chapter.", None),
        ("We are now part of the Austin chapter of NARPM.", None),
        ("We no longer accept cash payments. Pay rent online.", None),
        ("Our Round Rock office has closed its doors; visit us at 600 Congress Ave.", None),  # one office, not the company
        ("Our Temple office closed. After 31 years, Egret Pumice has closed its doors.", ("dead_domain", "closed its doors")),
        # the acquirer's own site, of the firm that joined it: not the candidate's closure
        ("Welcome, residents of Flicker Slate Rentals! Flicker Slate Rentals has joined Egret Pumice Property Management.", None),
        ("Homes formerly managed by Flicker Slate Rentals are now managed by us.", None),
    ],
)
def test_what_a_site_says_of_its_company(text, gone):
    assert company_gone(text, NAME) == gone


@pytest.mark.parametrize(
    "text,gone",
    [
        ("和谐地产已于2025年6月30日正式停止营业。", ("dead_domain", "停止营业")),
        ("저희 회사는 2025년 3월 31일자로 폐업하였습니다.", ("dead_domain", "폐업하였습니다")),
        ("A Lar Novo encerrou suas atividades em 31 de dezembro.", ("dead_domain", "encerrou suas atividades")),
        (
            "明珠物業管理之物業管理業務已於2025年1月1日起轉交 Bay Trust 接手管理。",
            ("evidence_unverified", "轉交 bay trust 接手管理"),
        ),
        ("Depi 1ye novanm, Soley pa jere pwopriyete ankò.", ("evidence_unverified", "pa jere pwopriyete anko")),
        ("Наша компания продано компании Atlantic.", ("evidence_unverified", "продано компании")),
        ("Río Claro cerró definitivamente sus puertas el 31 de diciembre.", ("dead_domain", "cerro definitivamente")),
        ("Công ty đã chính thức ngừng hoạt động kể từ ngày 1/1/2026.", ("dead_domain", "chinh thuc ngung hoat đong")),
        ("임대관리 업무는 Bergen Crest에 인계되었습니다.", ("evidence_unverified", "에 인계되었습니다")),
        ("Văn phòng tạm ngừng hoạt động trong dịp Tết.", None),  # a pause for the holiday
        ("기존 관리회사의 업무가 저희에게 인계되었습니다.", None),  # handed over to us
        ("本公司物業管理業務已全部轉交「嘉禾地產管理」接手。", ("evidence_unverified", "轉交「嘉禾地產管理」接手")),
        (
            "Gestion Acadiana a cessé définitivement ses activités le 30 juin.",
            ("dead_domain", "a cesse definitivement ses activites"),
        ),
        (
            "Dział zarządzania nieruchomościami został sprzedany firmie Lakefront.",
            ("evidence_unverified", "został sprzedany firmie"),
        ),
        ("当社は2025年12月末をもって廃業いたしました。", ("dead_domain", "廃業いたしました")),
        ("החברה סגרה את שעריה לצמיתות.", ("dead_domain", "סגרה את שעריה")),
        ("Trang web này không còn được duy trì.", ("evidence_unverified", "khong con đuoc duy tri")),
        # benign
        ("Le bureau sera fermé le 4 juillet. Nous n'acceptons plus les chèques.", None),
        ("当社の創業者は引退いたしましたが、引き続き同じスタッフが管理いたします。", None),
        ("Biuro nieczynne 11 listopada. Przenieśliśmy biuro!", None),
        ("春节期间办公室休息。我们接手管理您的物业，省心省力。", None),  # "we take over managing your property"
        ("Fechamos 2025 com 300 imóveis administrados!", None),
        ("설날 연휴 동안 사무실은 휴무입니다.", None),
    ],
)
def test_what_a_site_says_of_its_company_in_other_languages(text, gone):
    assert company_gone(text, NAME) == gone


@pytest.mark.parametrize(
    "text,gone",
    [  # English, worded as owners write it (holdout34), beside everyday words in the same shapes
        (
            "After 27 wonderful years we've decided to close Egret Pumice Property Management.",
            ("dead_domain", "decided to close"),
        ),
        ("We are no longer operating. For past statements, email us.", ("dead_domain", "no longer operating")),
        ("Hey neighbors, we've wound down Egret Pumice. Thanks!", ("dead_domain", "wound down")),
        ("Our doors are permanently closed.", ("dead_domain", "permanently closed")),
        ("Thank you for 15 years — we've closed.", ("dead_domain", "we've closed")),
        ("Egret Pumice Property Management officially closed on February 28.", ("dead_domain", "officially closed")),
        ("Our management portfolio was acquired by Mission Trail.", ("evidence_unverified", "management portfolio was acquired")),
        (
            "As of March 1, Delta Oak Property Management is your new property manager.",
            ("evidence_unverified", "is your new property manager"),
        ),
        (
            "Effective immediately we no longer manage rental properties.",
            ("evidence_unverified", "no longer manage rental properties"),
        ),
        (
            "We have exited the property management business to focus on sales.",
            ("evidence_unverified", "exited the property management business"),
        ),
        (
            "In late 2025 the owners wound up the company's affairs, and it no longer exists.",
            ("dead_domain", "wound up the company's affairs"),
        ),
        ("Egret Pumice, LLC filed a Certificate of Termination.", ("dead_domain", "certificate of termination")),
        ("We sold our rental managment biz to Pennant Hollow Homes.", ("evidence_unverified", "sold our rental managment biz")),
        ("We stepped away from rental management in 2024.", ("evidence_unverified", "stepped away from rental management")),
        ("Egret Pumice Property Management wound down on September 30.", ("dead_domain", "wound down")),
        ("Egret Pumice Rentals We've wound down our vacation rental program; long-term rentals continue.", None),
        ("Office closed Monday for Memorial Day.", None),
        ("We close our doors at 5:30 on Fridays; the portal is open all night.", None),
        ("We closed our doors early today due to the ice storm.", None),
        ("Egret Pumice closed its doors due to the owner's retirement.", ("dead_domain", "closed its doors")),
        ("Egret Pumice Property Management is closed for Thanksgiving.", None),
        ("We've closed on 40 homes this year!", None),
        ("Our Round Rock office has permanently closed; visit us in Austin.", None),
        ("We've wound down our vacation rental program.", None),
        ("The community pool is permanently closed.", None),
        ("Applications for Oak Villas are closed for good; join the waitlist.", None),
        ("Jenna Ruiz is your new property manager.", None),  # a person, not a firm
        ("We acquired Bluebonnet's portfolio: welcome, Bluebonnet residents!", None),
        ("We no longer manage HOAs but continue residential management.", None),
    ],
)
def test_what_a_site_says_of_its_company_in_english_words_of_its_own(text, gone):
    assert company_gone(text, NAME) == gone
