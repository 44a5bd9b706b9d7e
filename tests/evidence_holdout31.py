# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirty-first blind corpus: US property managers whose sites speak another language, in twins.

Focus: small property managers in the US whose sites (or whose portals' announcements) are written
in Spanish (TX, FL, CA, AZ, NM), Chinese simplified and traditional (CA, NY), Vietnamese (TX, CA),
Korean (CA, NJ, GA), Portuguese (MA, FL, NJ), Russian (NY, WA), French (LA, FL, ME), Tagalog (CA, HI,
NV), Polish (IL), Japanese (HI, CA), Hindi and Gujarati (TX, NJ) and Hebrew (NY). Most cases come in
twins built from one template per language that differ only in the decisive sentence:

- the real lead's own words only look like trouble: the office closed for a holiday (Tết, Chuseok,
  Lunar New Year, Diwali, Passover, Christmas, Polish Independence Day, 年末年始) or a hurricane; "we
  moved our office"; a founder who retired while the firm goes on; "no longer accepting cash or
  cheques"; "this unit is no longer available"; "our new resident portal"; "coming soon" for a new
  building on a full site; "we closed the sale of your home" on a brokerage side;
- its twin's words are decisive: the company closed for good (`dead_domain`); its management was
  sold or handed to another firm, or it stopped managing, or the site is no longer maintained
  (`evidence_unverified`); the portal itself says it is retired or that another firm now manages
  the home (`evidence_unverified`); the residents are sent to another PMS's portal
  (`pms_mismatch`); the site is a bare placeholder or a parking page in that language
  (`dead_domain`).

Eight sites mix English navigation with a notice in the other language, and seven portals carry
the announcement themselves in that language (five benign: a welcome to a new portal, a holiday, a
moved office; two decisive: another firm now manages the home, this Resident Center is retired).

Mix: 57 cases, 35 real leads (26 `high`: the site links the portal, which answers live in the
company's name; 9 `medium`: only the evidence URL, a live portal in the company's name that the site
does not link, beside a site that speaks of renting and managing in its own language) and 22
rejections (9 `dead_domain`: 7 closures, 2 placeholders; 10 `evidence_unverified`: 6 handovers or
sales, 2 retired/handed-over portals, 1 "no longer maintained", 1 "we stopped managing"; 3
`pms_mismatch`: moves to another PMS). Vendors: Buildium, AppFolio, Rent
Manager, Propertyware, Rentvine, DoorLoop, Rentec Direct, ResMan and MRI (no Yardi or Entrata, whose
walls would hide the point).

Classes used: `site_links_portal` (high), `live_portal` (medium), `dead_domain` (a company whose own
site says it closed for good), `stale_portal` (a live portal of a company handed over, sold, no longer
managing, or a portal that says it is retired / another firm's), `other_pms` (moved to another PMS),
`parked` (a parking page or a bare "coming soon" placeholder).

How the labels were decided: by docs/live-checks.md (its judging order, the notices it reads "in the
other languages of US property managers' sites too, from the wording they use", the vendor table, the
confidence table) and by what a careful sales team that reads every one of these languages concludes
from the pages as served, written without reading or running the checks. Where the contract is
silent, the case's comment says "ambiguous:". Every page is our own short HTML after the shapes of
real sites and vendor portals; all names, domains, accounts, addresses and phone numbers are made up.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence_corpus import Collector, _login, spa_shell
from fake_web import Reply, doc, redirect

collector = Collector("holdout31-")
add = collector.add


# --- vendor portals, after the shapes real vendors serve ------------------------------------


@dataclass(frozen=True)
class Portal:
    host: str
    pages: dict[str, Reply]
    url: str  # the URL a site links and an agent gives


def _note(notice: str, lang: str) -> str:
    if not notice:
        return ""
    rtl = " dir='rtl'" if lang == "he" else ""
    return f"<div class='announcement alert alert-info' lang='{lang}'{rtl}><strong>{notice}</strong></div>"


def portal(vendor: str, acct: str, co: str, notice: str = "", lang: str = "en") -> Portal:
    """A live account portal of `vendor` for `acct`, in `co`'s name; `notice`: an announcement
    the manager posted above the login form (in `lang`)."""
    extra = _note(notice, lang)
    if vendor == "Buildium":
        host = f"{acct}.managebuilding.com"
        login = _login(
            f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer="Powered by Buildium", extra=extra
        )
        pages = {
            "/": redirect(f"https://{host}/Resident/portal/login"),
            "/Resident/portal/login": login,
            "/Resident/public/home": login,
        }
        return Portal(host, pages, f"https://{host}/Resident/portal/login")
    if vendor == "AppFolio":
        host = f"{acct}.appfolio.com"
        login = _login(
            "Online Portal - Sign In", co, user="user[email]", footer="Powered by AppFolio Property Manager", extra=extra
        )
        pages = {
            "/": redirect(f"https://{host}/connect"),
            "/connect": redirect(f"https://{host}/connect/users/sign_in"),
            "/connect/users/sign_in": login,
        }
        return Portal(host, pages, f"https://{host}/connect")
    if vendor == "Rent Manager":
        host = f"{acct}.rmresident.com"
        login = _login(
            "Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer="Rent Manager", extra=extra
        )
        return Portal(host, {"/": login}, f"https://{host}/")
    if vendor == "Propertyware":
        host = f"{acct}.propertyware.com"
        login = _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer="Propertyware", extra=extra)
        return Portal(host, {"/": login}, f"https://{host}/")
    if vendor == "Rentvine":
        host = f"{acct}.rentvine.com"
        pages = {"/": redirect(f"https://{host}/portals/resident"), "/portals/resident": spa_shell(f"{co} | Resident Portal")}
        return Portal(host, pages, f"https://{host}/portals/resident")
    if vendor == "DoorLoop":
        host = f"{acct}.app.doorloop.com"
        shell = spa_shell(f"{co} - Tenant Portal")
        return Portal(host, {"/": shell, "/auth/login": shell}, f"https://{host}/auth/login")
    if vendor == "Rentec Direct":
        host = f"{acct}.rentecdirect.com"
        login = _login(
            "Tenant Login | Rentec Direct",
            f"{co} Tenant Login",
            footer="Property management software by Rentec Direct",
            extra=extra,
        )
        return Portal(host, {"/": login}, f"https://{host}/")
    if vendor == "ResMan":
        host = f"{acct}.myresman.com"
        login = _login("ResMan Resident Portal - Sign In", "Sign In", footer=co, extra=extra)
        return Portal(host, {"/": login}, f"https://{host}/")
    if vendor == "MRI":
        host = f"{acct}.mriresidentconnect.com"
        login = _login("ResidentConnect", f"{co} ResidentConnect", footer="MRI Software", extra=extra)
        return Portal(host, {"/": login}, f"https://{host}/")
    raise ValueError(vendor)


# --- homepages, one template per language ----------------------------------------------------


def homepage(
    lang: str,
    title: str,
    nav: list[tuple[str, str]],
    h1: str,
    lead: str,
    notice: str,
    footer: str,
    body: str = "",
) -> Reply:
    menu = "".join(f"<li><a href='{href}'>{label}</a></li>" for href, label in nav)
    rtl = " dir='rtl'" if lang == "he" else ""
    note = f"<div class='notice-bar' role='alert'><p>{notice}</p></div>" if notice else ""
    html = (
        f"<header class='site-header'><div class='logo'>{h1}</div><nav><ul class='menu'>{menu}</ul></nav></header>"
        f"<main{rtl}>{note}<section class='hero'><h1>{h1}</h1><p>{lead}</p></section>{body}</main>"
        f"<footer class='site-footer'{rtl}><p>{footer}</p></footer>"
    )
    head = "<meta name='viewport' content='width=device-width, initial-scale=1'><link rel='stylesheet' href='/wp-content/themes/astra/style.css'>"
    return doc(title, head, html, lang=lang)


def sites(domain: str, home: Reply, *portals: Portal, www: bool = False, extra: dict[str, Reply] | None = None) -> dict:
    """The company's host(s) and the portals' hosts. `www`: the apex redirects to www."""
    pages = {"/": home, **(extra or {})}
    out: dict[str, dict[str, Reply]] = {}
    if www:
        out[domain] = {"/": redirect(f"https://www.{domain}/", 301)}
        out[f"www.{domain}"] = pages
    else:
        out[domain] = pages
    for p in portals:
        out[p.host] = p.pages
    return out


def es(co, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [
        ("/", "Inicio"),
        ("/nosotros", "Nosotros"),
        ("/rentas", "Propiedades en renta"),
        ("/propietarios", "Propietarios"),
        ("/contacto", "Contacto"),
    ]
    if portal_url:
        nav.append((portal_url, "Portal de Inquilinos"))
    lead = (
        f"Administración de propiedades residenciales en {area}: casas, dúplex y departamentos en renta. "
        "Cobro de rentas, mantenimiento y selección de inquilinos, con atención en español."
    )
    return homepage(
        "es",
        f"{co} | Administración de Propiedades",
        nav,
        co,
        lead,
        notice,
        f"{addr} &middot; Tel. {phone} &middot; &copy; 2026 {co}. Todos los derechos reservados.",
        body,
    )


def zh_hans(co, local, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [("/", "首页"), ("/about", "关于我们"), ("/rentals", "出租房源"), ("/owners", "业主服务"), ("/contact", "联系我们")]
    if portal_url:
        nav.append((portal_url, "租客门户"))
    lead = f"{local}提供专业物业管理服务：住宅出租、租客筛选、代收租金及维修保养，服务{area}地区的业主与租客。"
    return homepage(
        "zh-CN",
        f"{local} {co} | {area}物业管理",
        nav,
        f"{local} {co}",
        lead,
        notice,
        f"{addr} &middot; 电话 {phone} &middot; &copy; 2026 {co}",
        body,
    )


def zh_hant(co, local, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [("/", "首頁"), ("/about", "關於我們"), ("/rentals", "出租物業"), ("/owners", "業主服務"), ("/contact", "聯絡我們")]
    if portal_url:
        nav.append((portal_url, "住戶登入"))
    lead = f"{local}提供專業物業管理：住宅出租、租客審核、代收租金及維修保養，服務{area}華人業主與租客逾二十年。"
    return homepage(
        "zh-TW",
        f"{local} {co} | {area}物業管理",
        nav,
        f"{local} {co}",
        lead,
        notice,
        f"{addr} &middot; 電話 {phone} &middot; &copy; 2026 {co}",
        body,
    )


def vi(co, local, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [
        ("/", "Trang chủ"),
        ("/gioi-thieu", "Giới thiệu"),
        ("/nha-cho-thue", "Nhà cho thuê"),
        ("/chu-nha", "Chủ nhà"),
        ("/lien-he", "Liên hệ"),
    ]
    if portal_url:
        nav.append((portal_url, "Cổng thông tin người thuê"))
    lead = (
        f"Dịch vụ quản lý nhà cho thuê tại {area}: tìm và sàng lọc người thuê, thu tiền thuê nhà hàng tháng, "
        "sửa chữa và bảo trì. Chúng tôi phục vụ cộng đồng người Việt hơn 15 năm."
    )
    return homepage(
        "vi",
        f"{local} | Quản lý nhà cho thuê {area}",
        nav,
        local,
        lead,
        notice,
        f"{addr} &middot; ĐT: {phone} &middot; &copy; 2026 {co}",
        body,
    )


def ko(co, local, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [
        ("/", "홈"),
        ("/about", "회사 소개"),
        ("/rentals", "임대 매물"),
        ("/owners", "건물주 서비스"),
        ("/contact", "문의하기"),
    ]
    if portal_url:
        nav.append((portal_url, "입주자 포털"))
    lead = (
        f"{area} 지역 주택 및 아파트 임대 관리 전문 회사입니다. 입주자 심사, 렌트비 수납, 수리 및 유지보수까지 "
        "건물주님의 소중한 자산을 책임지고 관리해 드립니다."
    )
    return homepage(
        "ko",
        f"{local} | {co}",
        nav,
        f"{local} {co}",
        lead,
        notice,
        f"{addr} &middot; 전화 {phone} &middot; &copy; 2026 {co}",
        body,
    )


def pt(co, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [
        ("/", "Início"),
        ("/quem-somos", "Quem somos"),
        ("/alugar", "Imóveis para alugar"),
        ("/proprietarios", "Proprietários"),
        ("/contato", "Contato"),
    ]
    if portal_url:
        nav.append((portal_url, "Portal do Inquilino"))
    lead = (
        f"Administração de imóveis residenciais em {area}: aluguel de casas e apartamentos, cobrança do aluguel, "
        "manutenção e seleção de inquilinos. Atendimento em português."
    )
    return homepage(
        "pt-BR",
        f"{co} | Administração de Imóveis",
        nav,
        co,
        lead,
        notice,
        f"{addr} &middot; Tel. {phone} &middot; &copy; 2026 {co}. Todos os direitos reservados.",
        body,
    )


def ru(co, local, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [("/", "Главная"), ("/o-nas", "О нас"), ("/arenda", "Аренда"), ("/vladeltsam", "Владельцам"), ("/kontakty", "Контакты")]
    if portal_url:
        nav.append((portal_url, "Личный кабинет жильца"))
    lead = (
        f"Управление жилой недвижимостью в {area}: аренда квартир и домов, подбор жильцов, сбор арендной платы, "
        "ремонт и обслуживание. Говорим по-русски и по-украински."
    )
    return homepage(
        "ru",
        f"{local} | Управление недвижимостью",
        nav,
        local,
        lead,
        notice,
        f"{addr} &middot; Тел. {phone} &middot; &copy; 2026 {co}",
        body,
    )


def fr(co, notice, portal_url, addr, phone, area, body="", english_nav=False) -> Reply:
    if english_nav:
        nav = [
            ("/", "Home"),
            ("/about", "About Us"),
            ("/rentals", "Available Rentals"),
            ("/owners", "Owners"),
            ("/contact", "Contact"),
        ]
        label = "Tenant Portal"
    else:
        nav = [
            ("/", "Accueil"),
            ("/a-propos", "Qui sommes-nous"),
            ("/logements", "Logements à louer"),
            ("/proprietaires", "Propriétaires"),
            ("/nous-joindre", "Nous joindre"),
        ]
        label = "Portail locataire"
    if portal_url:
        nav.append((portal_url, label))
    lead = (
        f"Gestion immobilière résidentielle à {area} : location de maisons et d'appartements, perception des loyers, "
        "entretien et sélection des locataires. On vous répond en français."
    )
    return homepage(
        "fr",
        f"{co} | Gestion immobilière",
        nav,
        co,
        lead,
        notice,
        f"{addr} &middot; Tél. {phone} &middot; &copy; 2026 {co}. Tous droits réservés.",
        body,
    )


def tl(co, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [
        ("/", "Home"),
        ("/about", "About Us"),
        ("/rentals", "Available Rentals"),
        ("/owners", "Owners"),
        ("/contact", "Contact"),
    ]
    if portal_url:
        nav.append((portal_url, "Tenant Portal"))
    lead = (
        f"Mapagkakatiwalaang pamamahala ng paupahang bahay at apartment sa {area}. Kami na ang bahala sa paghahanap "
        "ng nangungupahan, paniningil ng upa, at pagpapaayos ng inyong ari-arian."
    )
    return homepage(
        "tl", f"{co} | Property Management", nav, co, lead, notice, f"{addr} &middot; {phone} &middot; &copy; 2026 {co}", body
    )


def pl(co, notice, portal_url, addr, phone, area, body="", english_nav=False) -> Reply:
    if english_nav:
        nav = [("/", "Home"), ("/about", "About"), ("/rentals", "Rentals"), ("/owners", "Owners"), ("/contact", "Contact")]
        label = "Resident Login"
    else:
        nav = [
            ("/", "Strona główna"),
            ("/o-nas", "O nas"),
            ("/mieszkania", "Mieszkania na wynajem"),
            ("/wlasciciele", "Dla właścicieli"),
            ("/kontakt", "Kontakt"),
        ]
        label = "Portal najemcy"
    if portal_url:
        nav.append((portal_url, label))
    lead = (
        f"Zarządzanie nieruchomościami mieszkalnymi w {area}: wynajem mieszkań i domów, wybór najemców, pobieranie "
        "czynszu, naprawy i konserwacja. Obsługa po polsku."
    )
    return homepage(
        "pl",
        f"{co} | Zarządzanie nieruchomościami",
        nav,
        co,
        lead,
        notice,
        f"{addr} &middot; tel. {phone} &middot; &copy; 2026 {co}",
        body,
    )


def ja(co, local, notice, portal_url, addr, phone, area, body="") -> Reply:
    nav = [
        ("/", "ホーム"),
        ("/company", "会社概要"),
        ("/rentals", "賃貸物件"),
        ("/owners", "オーナー様へ"),
        ("/contact", "お問い合わせ"),
    ]
    if portal_url:
        nav.append((portal_url, "入居者ポータル"))
    lead = (
        f"{area}の賃貸住宅の管理を専門とする不動産管理会社です。入居者募集から家賃の集金、修繕・メンテナンスまで、"
        "日本語で丁寧に対応いたします。"
    )
    return homepage(
        "ja", f"{local}｜{co}", nav, f"{local} {co}", lead, notice, f"{addr} &middot; TEL {phone} &middot; &copy; 2026 {co}", body
    )


def hi(co, notice, portal_url, addr, phone, area, body="", gujarati=False) -> Reply:
    if gujarati:
        nav = [
            ("/", "Home"),
            ("/about", "About Us"),
            ("/rentals", "Homes for Rent"),
            ("/owners", "Owners"),
            ("/contact", "Contact"),
        ]
        label, lang = "Tenant Portal", "gu"
        lead = f"{area} વિસ્તારમાં રહેણાંક પ્રોપર્ટી મેનેજમેન્ટ: મકાન અને એપાર્ટમેન્ટ ભાડે આપવા, ભાડૂઆતોની ચકાસણી, ભાડું ઉઘરાવવું અને સમારકામ."
    else:
        nav = [
            ("/", "होम"),
            ("/about", "हमारे बारे में"),
            ("/rentals", "किराये के मकान"),
            ("/owners", "मकान मालिकों के लिए"),
            ("/contact", "संपर्क"),
        ]
        label, lang = "किरायेदार पोर्टल", "hi"
        lead = f"{area} में आवासीय प्रॉपर्टी मैनेजमेंट: घर और अपार्टमेंट किराये पर देना, किरायेदारों की जाँच, किराया वसूली और मरम्मत।"
    if portal_url:
        nav.append((portal_url, label))
    return homepage(
        lang, f"{co} | Property Management", nav, co, lead, notice, f"{addr} &middot; {phone} &middot; &copy; 2026 {co}", body
    )


def he(co, local, notice, portal_url, addr, phone, area, body="", english_nav=False) -> Reply:
    if english_nav:
        nav = [("/", "Home"), ("/about", "About"), ("/apartments", "Apartments"), ("/owners", "Owners"), ("/contact", "Contact")]
        label = "Tenant Portal"
    else:
        nav = [
            ("/", "בית"),
            ("/about", "אודות"),
            ("/apartments", "דירות להשכרה"),
            ("/owners", "לבעלי נכסים"),
            ("/contact", "צור קשר"),
        ]
        label = "פורטל דיירים"
    if portal_url:
        nav.append((portal_url, label))
    lead = f"{local} - ניהול נכסים למגורים ב{area}: השכרת דירות ובתים, בדיקת דיירים, גביית שכר דירה ותחזוקה שוטפת."
    return homepage("he", f"{co} | {local}", nav, co, lead, notice, f"{addr} &middot; {phone} &middot; &copy; 2026 {co}", body)


# =============================================================================================
# Spanish (TX, FL, CA, AZ, NM)
# =============================================================================================

# ES-1a: Miami manager, office closed two days for a hurricane; links its Buildium Resident Center. A storm
# closing is not a closure: high.
p = portal("Buildium", "manglardorado", "Manglar Dorado Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Manglar Dorado Property Management",
    "manglardoradopm.com",
    p.url,
    "high",
    sites(
        "manglardoradopm.com",
        es(
            "Manglar Dorado Property Management",
            "Aviso: debido al paso del huracán, nuestra oficina permanecerá cerrada el miércoles 9 y el jueves 10 de octubre. "
            "Reabriremos el viernes a las 9:00 a.&nbsp;m. si las condiciones lo permiten. Emergencias de mantenimiento: (305) 555-0119.",
            p.url,
            "2650 SW 27th Ave, Suite 204, Miami, FL 33133",
            "(305) 555-0119",
            "Miami-Dade",
        ),
        p,
    ),
    state="FL",
    city="Miami",
)

# ES-1b (twin of 1a): Albuquerque manager whose notice says it closed its doors for good, its Buildium portal still
# live and linked. Closed for good: dead_domain.
p = portal("Buildium", "sandiabosque", "Rentas Sandia Bosque")
add(
    "dead_domain",
    "Buildium",
    "Rentas Sandia Bosque",
    "rentassandiabosque.com",
    p.url,
    "dead_domain",
    sites(
        "rentassandiabosque.com",
        es(
            "Rentas Sandía Bosque",
            "Aviso: después de 27 años atendiendo a las familias de Albuquerque, Rentas Sandía Bosque cerró definitivamente sus "
            "puertas el 31 de enero de 2026. Agradecemos de corazón a nuestros inquilinos y propietarios por su confianza.",
            p.url,
            "1512 Central Ave SW, Albuquerque, NM 87104",
            "(505) 555-0172",
            "Albuquerque",
        ),
        p,
    ),
    state="NM",
    city="Albuquerque",
)

# ES-2a: Tucson manager no longer taking cash or money orders at the office; "pay online at the Residents Portal"
# links its Rentvine account. High.
p = portal("Rentvine", "palofierro", "Administracion Palo Fierro")
add(
    "site_links_portal",
    "Rentvine",
    "Administracion Palo Fierro",
    "palofierrorentas.com",
    p.url,
    "high",
    sites(
        "palofierrorentas.com",
        es(
            "Administración Palo Fierro",
            f"Importante: a partir del 1 de agosto ya no aceptamos pagos en efectivo ni giros postales en la oficina. "
            f"Pague su renta en línea en el <a href='{p.url}'>Portal de Residentes</a>.",
            p.url,
            "3820 S 12th Ave, Tucson, AZ 85714",
            "(520) 555-0183",
            "Tucson",
        ),
        p,
    ),
    state="AZ",
    city="Tucson",
)

# ES-2b (twin of 2a): El Paso manager given with its old Rentvine portal (still live) whose site now says it changed
# systems and links only its new AppFolio portal. Moved to another PMS: pms_mismatch.
old = portal("Rentvine", "lechuguillapm", "Lechuguilla Property Management")
new = portal("AppFolio", "lechuguillarentas", "Lechuguilla Property Management")
add(
    "other_pms",
    "Rentvine",
    "Lechuguilla Property Management",
    "lechuguillapm.com",
    old.url,
    "pms_mismatch",
    sites(
        "lechuguillapm.com",
        es(
            "Lechuguilla Property Management",
            f"Importante: ¡cambiamos de sistema! A partir del 1 de agosto, el pago de la renta y las solicitudes de mantenimiento "
            f"se hacen únicamente en nuestro <a href='{new.url}'>nuevo portal de residentes</a>.",
            new.url,
            "1130 N Zaragoza Rd, El Paso, TX 79907",
            "(915) 555-0154",
            "El Paso",
        ),
        old,
        new,
    ),
    state="TX",
    city="El Paso",
)

# ES-3: East LA manager: a rented unit marked "Esta unidad ya no está disponible" and a "Próximamente" new building on
# a full site that links its DoorLoop portal. Neither is about the company: high.
p = portal("DoorLoop", "mezquitedorado", "Casas Mezquite Dorado")
add(
    "site_links_portal",
    "DoorLoop",
    "Casas Mezquite Dorado",
    "mezquitedoradorentals.com",
    p.url,
    "high",
    sites(
        "mezquitedoradorentals.com",
        es(
            "Casas Mezquite Dorado",
            "",
            p.url,
            "4410 E Cesar E Chavez Ave, Los Angeles, CA 90022",
            "(323) 555-0161",
            "el Este de Los Ángeles",
            body="<section><h2>Propiedades disponibles</h2><ul>"
            "<li>Casa de 3 recámaras / 2 baños, Whittier Blvd &mdash; $2,950 al mes <a href='/rentas/whittier'>Ver detalles</a></li>"
            "<li>Departamento de 1 recámara, Cesar Chavez Ave &mdash; <em>Esta unidad ya no está disponible.</em></li></ul>"
            "<h2>Próximamente</h2><p>Edificio Las Jacarandas: 24 departamentos nuevos en East Los Angeles. "
            "¡Inscríbase en la lista de espera!</p></section>",
        ),
        p,
    ),
    state="CA",
    city="Los Angeles",
)


# =============================================================================================
# Chinese, simplified and traditional (CA, NY)
# =============================================================================================

# ZH-1a: Flushing manager closed for Lunar New Year (simplified); links its Buildium portal. High.
p = portal("Buildium", "jinqiaopm", "Jinqiao Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Jinqiao Property Management",
    "jinqiaopm-flushing.com",
    p.url,
    "high",
    sites(
        "jinqiaopm-flushing.com",
        zh_hans(
            "Jinqiao Property Management",
            "金桥物业管理",
            "春节放假通知：本公司将于2月16日至2月20日放假，2月23日（星期一）恢复正常办公。如遇紧急维修，请致电 (718) 555-0162。",
            p.url,
            "136-20 38th Ave, Suite 5B, Flushing, NY 11354",
            "(718) 555-0162",
            "法拉盛",
        ),
        p,
    ),
    state="NY",
    city="Flushing",
)

# ZH-1b (twin of 1a): Sunset Park manager "永久结束营业" (closed permanently), portal still live and linked. dead_domain.
p = portal("Buildium", "baoshanrealty", "Baoshan Realty Management")
add(
    "dead_domain",
    "Buildium",
    "Baoshan Realty Management",
    "baoshanrealtymgmt.com",
    p.url,
    "dead_domain",
    sites(
        "baoshanrealtymgmt.com",
        zh_hans(
            "Baoshan Realty Management",
            "宝山地产管理",
            "重要通知：经慎重考虑，宝山地产管理已于2026年3月31日起永久结束营业。衷心感谢各位业主和租客多年来的信任与支持。",
            p.url,
            "5308 8th Ave, 2nd Fl, Brooklyn, NY 11220",
            "(718) 555-0144",
            "布鲁克林",
        ),
        p,
    ),
    state="NY",
    city="Brooklyn",
)

# ZH-2a: San Gabriel manager "我們搬家了" (we moved the office, traditional); links its AppFolio portal. High.
p = portal("AppFolio", "yuanshanpm", "Yuanshan Property Management")
add(
    "site_links_portal",
    "AppFolio",
    "Yuanshan Property Management",
    "yuanshanproperty.com",
    p.url,
    "high",
    sites(
        "yuanshanproperty.com",
        zh_hant(
            "Yuanshan Property Management",
            "圓山物業管理",
            "我們搬家了！自2026年5月1日起，辦公室遷至新址：250 W Valley Blvd, Suite 8, San Gabriel, CA 91776。電話號碼不變，歡迎蒞臨。",
            p.url,
            "250 W Valley Blvd, Suite 8, San Gabriel, CA 91776",
            "(626) 555-0131",
            "聖蓋博谷",
        ),
        p,
    ),
    state="CA",
    city="San Gabriel",
)

# ZH-2b (twin of 2a): Alhambra manager whose management business "轉交「嘉禾地產管理」接手" (handed to another firm);
# old AppFolio portal still linked and live. Handed over: evidence_unverified.
p = portal("AppFolio", "taoyuanrealty", "Taoyuan Realty & Management")
add(
    "stale_portal",
    "AppFolio",
    "Taoyuan Realty & Management",
    "taoyuanrealtymgmt.com",
    p.url,
    "evidence_unverified",
    sites(
        "taoyuanrealtymgmt.com",
        zh_hant(
            "Taoyuan Realty & Management",
            "桃園地產管理",
            "重要公告：本公司物業管理業務已自2026年4月1日起全部轉交「嘉禾地產管理」接手，原租約條款維持不變。"
            "各位租客日後繳交租金及申請維修，請直接聯絡嘉禾地產管理：(626) 555-0148。",
            p.url,
            "1000 E Main St, Suite 3, Alhambra, CA 91801",
            "(626) 555-0137",
            "聖蓋博谷",
        ),
        p,
    ),
    state="CA",
    city="Alhambra",
)

# ZH-3: Monterey Park manager's site (simplified) speaks of 物业管理 and 出租, links no portal and marks a unit
# "此单位已出租，不再开放申请"; the evidence URL is its Rent Manager portal, whose own announcement (Chinese) welcomes
# residents to the new portal. Live portal in its name, not linked: medium.
p = portal(
    "Rent Manager",
    "qilinpm",
    "Qilin Property Management",
    "新住户门户上线啦！现在可以在线缴纳租金、提交维修申请，首次登录请使用邮件中的激活链接。",
    "zh-CN",
)
add(
    "live_portal",
    "Rent Manager",
    "Qilin Property Management",
    "qilinpm-mp.com",
    p.url,
    "medium",
    sites(
        "qilinpm-mp.com",
        zh_hans(
            "Qilin Property Management",
            "麒麟物业管理",
            "",
            None,
            "420 N Atlantic Blvd, Suite 106, Monterey Park, CA 91754",
            "(626) 555-0119",
            "蒙特利公园市",
            body="<section><h2>出租房源</h2><ul><li>2房1卫公寓，Garfield Ave，月租 $2,300 &mdash; 欢迎来电预约看房</li>"
            "<li>3房2卫独立屋，Atlantic Blvd &mdash; 此单位已出租，不再开放申请。</li></ul>"
            "<p>租客缴租与报修请致电办公室或发送电子邮件。</p></section>",
        ),
        p,
    ),
    state="CA",
    city="Monterey Park",
)

# ZH-4: Chinatown (Manhattan) manager: the founder "已於2025年底光榮退休" (retired), his daughter runs the firm,
# service unchanged (traditional); links its Propertyware portal. High.
p = portal("Propertyware", "hongfurealty", "Hongfu Realty Management")
add(
    "site_links_portal",
    "Propertyware",
    "Hongfu Realty Management",
    "hongfurealtynyc.com",
    p.url,
    "high",
    sites(
        "hongfurealtynyc.com",
        zh_hant(
            "Hongfu Realty Management",
            "鴻福地產管理",
            "致各位業主及租客：創辦人陳國樑先生已於2025年底光榮退休，公司由其女兒陳美玲接手經營，團隊與服務一如既往，敬請放心。",
            p.url,
            "88 East Broadway, Suite 402, New York, NY 10002",
            "(212) 555-0128",
            "紐約華埠",
        ),
        p,
        www=True,
    ),
    state="NY",
    city="New York",
)


# =============================================================================================
# Vietnamese (TX, CA)
# =============================================================================================

# VI-1a: Houston (Bellaire Blvd) manager closed for Tết; links its Buildium portal. High.
p = portal("Buildium", "songhuongpm", "Song Huong Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Song Huong Property Management",
    "songhuongpm.com",
    p.url,
    "high",
    sites(
        "songhuongpm.com",
        vi(
            "Song Huong Property Management",
            "Sông Hương Property Management",
            "Thông báo nghỉ Tết: Văn phòng đóng cửa từ ngày 16/02 đến hết ngày 20/02 để mừng Tết Nguyên Đán. Văn phòng mở cửa lại "
            "vào thứ Hai, ngày 23/02. Trường hợp sửa chữa khẩn cấp, xin gọi (713) 555-0176.",
            p.url,
            "11210 Bellaire Blvd, Suite 130, Houston, TX 77072",
            "(713) 555-0176",
            "Houston",
        ),
        p,
    ),
    state="TX",
    city="Houston",
)

# VI-1b (twin of 1a): Houston manager whose properties "đã được bàn giao cho công ty Mekong Residential Services"
# (handed over to another firm); tenants told to pay the new firm; old Buildium portal still linked. evidence_unverified.
p = portal("Buildium", "cuulongrealty", "Cuu Long Realty")
add(
    "stale_portal",
    "Buildium",
    "Cuu Long Realty",
    "cuulongrealtytx.com",
    p.url,
    "evidence_unverified",
    sites(
        "cuulongrealtytx.com",
        vi(
            "Cuu Long Realty",
            "Cửu Long Realty",
            "Thông báo quan trọng: Kể từ ngày 01/04/2026, toàn bộ các căn nhà do Cửu Long Realty quản lý đã được bàn giao cho công ty "
            "Mekong Residential Services. Quý khách thuê nhà vui lòng đóng tiền thuê và gửi yêu cầu sửa chữa trực tiếp cho Mekong "
            "Residential Services qua số (713) 555-0190.",
            p.url,
            "9730 Bellaire Blvd, Suite 210, Houston, TX 77036",
            "(713) 555-0185",
            "Houston",
        ),
        p,
    ),
    state="TX",
    city="Houston",
)

# VI-2a: Westminster (Little Saigon) manager "đã dời văn phòng" (moved the office); links no portal; evidence URL is its
# live Rentec Direct portal in its name. medium.
p = portal("Rentec Direct", "hoasenrealty", "Hoa Sen Realty & Management")
add(
    "live_portal",
    "Rentec Direct",
    "Hoa Sen Realty & Management",
    "hoasenrentals.com",
    p.url,
    "medium",
    sites(
        "hoasenrentals.com",
        vi(
            "Hoa Sen Realty & Management",
            "Hoa Sen Realty &amp; Management",
            "Chúng tôi đã dời văn phòng! Kể từ ngày 01/06, văn phòng mới của chúng tôi ở 9200 Bolsa Ave, Suite 118, Westminster, "
            "CA 92683. Số điện thoại vẫn giữ nguyên.",
            None,
            "9200 Bolsa Ave, Suite 118, Westminster, CA 92683",
            "(714) 555-0152",
            "Quận Cam",
        ),
        p,
    ),
    state="CA",
    city="Westminster",
)

# VI-2b (twin of 2a): Garden Grove manager whose site says "Trang web này không còn được duy trì" (no longer maintained)
# and sends visitors to a new website; evidence URL its live Rentec portal. Per the contract ("this website is no longer
# maintained", "visit our new website at"): evidence_unverified. ambiguous: the firm may live on at the new domain;
# a careful team would pursue that domain as its own candidate, not this retired one.
p = portal("Rentec Direct", "truongsonpm", "Truong Son Property Management")
add(
    "stale_portal",
    "Rentec Direct",
    "Truong Son Property Management",
    "truongsonpm.com",
    p.url,
    "evidence_unverified",
    sites(
        "truongsonpm.com",
        vi(
            "Truong Son Property Management",
            "Trường Sơn Property Management",
            "Trang web này không còn được duy trì và cập nhật nữa. Xin quý khách vui lòng truy cập trang web mới của chúng tôi "
            "tại www.truongsonhomes.com.",
            None,
            "12900 Brookhurst St, Suite 104, Garden Grove, CA 92840",
            "(714) 555-0167",
            "Quận Cam",
        ),
        p,
    ),
    state="CA",
    city="Garden Grove",
)

# VI-3: San Jose manager linking its AppFolio portal, whose announcement (Vietnamese) says the office closes on July 4;
# a holiday on the portal is not a retired portal. High.
p = portal(
    "AppFolio",
    "phumyhomes",
    "Phu My Rental Homes",
    "Thông báo: Văn phòng đóng cửa ngày 4/7 (Lễ Độc Lập). Quý khách vẫn có thể thanh toán tiền thuê trực tuyến như bình thường.",
    "vi",
)
add(
    "site_links_portal",
    "AppFolio",
    "Phu My Rental Homes",
    "phumyrentalhomes.com",
    p.url,
    "high",
    sites(
        "phumyrentalhomes.com",
        vi(
            "Phu My Rental Homes",
            "Phú Mỹ Rental Homes",
            "",
            p.url,
            "1710 Story Rd, Suite 20, San Jose, CA 95122",
            "(408) 555-0139",
            "San Jose",
        ),
        p,
    ),
    state="CA",
    city="San Jose",
)


# =============================================================================================
# Korean (CA, NJ, GA)
# =============================================================================================

# KO-1a: Koreatown LA manager closed for Chuseok; links its AppFolio portal. High.
p = portal("AppFolio", "hanbitpm", "Hanbit Property Management")
add(
    "site_links_portal",
    "AppFolio",
    "Hanbit Property Management",
    "hanbitpm-la.com",
    p.url,
    "high",
    sites(
        "hanbitpm-la.com",
        ko(
            "Hanbit Property Management",
            "한빛 부동산 관리",
            "추석 연휴 휴무 안내: 10월 5일(일)부터 10월 7일(화)까지 사무실 휴무입니다. 긴급 수리는 (213) 555-0133으로 연락 주시기 바랍니다.",
            p.url,
            "3700 Wilshire Blvd, Suite 640, Los Angeles, CA 90010",
            "(213) 555-0133",
            "LA 한인타운",
        ),
        p,
    ),
    state="CA",
    city="Los Angeles",
)

# KO-1b (twin of 1a): Koreatown LA manager "모든 영업을 종료하였습니다" (ended all business); AppFolio portal still linked
# and live. Closed for good: dead_domain.
p = portal("AppFolio", "saebyeolrealty", "Saebyeol Realty Management")
add(
    "dead_domain",
    "AppFolio",
    "Saebyeol Realty Management",
    "saebyeolrealty.com",
    p.url,
    "dead_domain",
    sites(
        "saebyeolrealty.com",
        ko(
            "Saebyeol Realty Management",
            "새별 부동산 관리",
            "그동안 새별 부동산 관리를 아껴 주신 모든 분께 진심으로 감사드립니다. 당사는 2026년 3월 31일부로 모든 영업을 종료하였습니다.",
            p.url,
            "3250 W Olympic Blvd, Suite 310, Los Angeles, CA 90006",
            "(213) 555-0158",
            "LA 한인타운",
        ),
        p,
    ),
    state="CA",
    city="Los Angeles",
)

# KO-2a: Palisades Park manager announcing its new resident portal; the Buildium portal it links carries a Korean welcome
# above the login form. High.
p = portal(
    "Buildium",
    "arirangpm",
    "Arirang Property Management",
    "새 입주자 포털에 오신 것을 환영합니다! 처음 이용하시는 분은 이메일로 받으신 초대 링크로 계정을 만들어 주세요.",
    "ko",
)
add(
    "site_links_portal",
    "Buildium",
    "Arirang Property Management",
    "arirangpm-nj.com",
    p.url,
    "high",
    sites(
        "arirangpm-nj.com",
        ko(
            "Arirang Property Management",
            "아리랑 부동산 관리",
            "신규 입주자 포털 오픈! 이제 렌트비 납부와 수리 요청을 온라인으로 하실 수 있습니다.",
            p.url,
            "312 Broad Ave, Suite 2F, Palisades Park, NJ 07650",
            "(201) 555-0146",
            "뉴저지 버겐 카운티",
        ),
        p,
    ),
    state="NJ",
    city="Palisades Park",
)

# KO-2b (twin of 2a): Fort Lee manager; same kind of site linking its Buildium portal, but the portal's own announcement
# says the company "더 이상 귀하의 건물을 관리하지 않습니다" (no longer manages your building) and this Resident Center
# "더 이상 운영되지 않습니다" (is no longer in service). Portal handed over / retired: evidence_unverified.
p = portal(
    "Buildium",
    "dongbaekpm",
    "Dongbaek Property Management",
    "안내: 동백 부동산 관리는 2026년 3월 1일부로 더 이상 귀하의 건물을 관리하지 않습니다. 관리 업무는 허드슨 리지 매니지먼트"
    "(Hudson Ridge Management)로 이관되었으며, 이 입주자 센터는 더 이상 운영되지 않습니다. 렌트비 납부 및 수리 요청은 새 "
    "관리회사로 문의해 주십시오.",
    "ko",
)
add(
    "stale_portal",
    "Buildium",
    "Dongbaek Property Management",
    "dongbaekpm.com",
    p.url,
    "evidence_unverified",
    sites(
        "dongbaekpm.com",
        ko(
            "Dongbaek Property Management",
            "동백 부동산 관리",
            "입주자 포털에서 렌트비 납부와 수리 요청을 하실 수 있습니다.",
            p.url,
            "2050 Center Ave, Suite 410, Fort Lee, NJ 07024",
            "(201) 555-0171",
            "뉴저지 버겐 카운티",
        ),
        p,
    ),
    state="NJ",
    city="Fort Lee",
)

# KO-3: Duluth GA apartment operator: "현금 및 개인수표는 받지 않습니다" (no cash or personal checks), no portal
# link; evidence URL its live ResMan portal (footer in its name). medium.
p = portal("ResMan", "hanulresidential", "Hanul Residential")
add(
    "live_portal",
    "ResMan",
    "Hanul Residential",
    "hanulresidential-ga.com",
    p.url,
    "medium",
    sites(
        "hanulresidential-ga.com",
        ko(
            "Hanul Residential",
            "하늘 레지덴셜",
            "안내: 2026년 1월부터 사무실에서 현금 및 개인수표는 받지 않습니다. 렌트비는 온라인 또는 머니오더로 납부해 주십시오.",
            None,
            "3505 Duluth Park Ln, Duluth, GA 30096",
            "(770) 555-0124",
            "애틀랜타 둘루스",
        ),
        p,
    ),
    state="GA",
    city="Duluth",
)


# =============================================================================================
# Portuguese (MA, FL, NJ)
# =============================================================================================

# PT-1a: Framingham real-estate and rentals firm whose brokerage side "fechamos a venda da sua casa" (we closed the sale
# of your home); links its Rent Manager portal. High.
p = portal("Rent Manager", "ipeamarelo", "Imobiliaria Ipe Amarelo")
add(
    "site_links_portal",
    "Rent Manager",
    "Imobiliaria Ipe Amarelo",
    "ipeamarelo-imoveis.com",
    p.url,
    "high",
    sites(
        "ipeamarelo-imoveis.com",
        pt(
            "Imobiliária Ipê Amarelo",
            "Parabéns à família Souza! Fechamos a venda da sua casa em Marlborough em apenas 12 dias. Quer vender ou alugar? Fale conosco.",
            p.url,
            "47 Hollis St, Framingham, MA 01702",
            "(508) 555-0135",
            "Framingham e MetroWest",
        ),
        p,
    ),
    state="MA",
    city="Framingham",
)

# PT-1b (twin of 1a): Somerville firm that "fechou as portas definitivamente" (closed its doors for good); Rent Manager
# portal still linked and live. dead_domain.
p = portal("Rent Manager", "jabuticaba", "Imobiliaria Jabuticaba")
add(
    "dead_domain",
    "Rent Manager",
    "Imobiliaria Jabuticaba",
    "jabuticabaimoveis.com",
    p.url,
    "dead_domain",
    sites(
        "jabuticabaimoveis.com",
        pt(
            "Imobiliária Jabuticaba",
            "Após 30 anos, a Imobiliária Jabuticaba fechou as portas definitivamente em 31 de dezembro de 2025. Agradecemos a todos "
            "os inquilinos e proprietários pela confiança.",
            p.url,
            "310 Broadway, Somerville, MA 02145",
            "(617) 555-0166",
            "Somerville e Cambridge",
        ),
        p,
    ),
    state="MA",
    city="Somerville",
)

# PT-2a: Pompano Beach manager closed two days for Hurricane Milton; links its AppFolio portal. High.
p = portal("AppFolio", "maracujapm", "Maracuja Property Management")
add(
    "site_links_portal",
    "AppFolio",
    "Maracuja Property Management",
    "maracujapm.com",
    p.url,
    "high",
    sites(
        "maracujapm.com",
        pt(
            "Maracujá Property Management",
            "Aviso: devido ao Furacão Milton, nosso escritório ficará fechado na quarta e na quinta-feira (9 e 10 de outubro). "
            "Reabriremos assim que for seguro. Emergências de manutenção: (954) 555-0128.",
            p.url,
            "1800 N Federal Hwy, Suite 5, Pompano Beach, FL 33062",
            "(954) 555-0128",
            "Broward",
        ),
        p,
    ),
    state="FL",
    city="Pompano Beach",
)

# PT-2b (twin of 2a): Deerfield Beach manager given with its old AppFolio portal (live) whose site "mudamos de sistema"
# and links only its new Buildium portal. pms_mismatch.
old = portal("AppFolio", "cajueiropm", "Cajueiro Property Management")
new = portal("Buildium", "cajueiropm", "Cajueiro Property Management")
add(
    "other_pms",
    "AppFolio",
    "Cajueiro Property Management",
    "cajueiropm.com",
    old.url,
    "pms_mismatch",
    sites(
        "cajueiropm.com",
        pt(
            "Cajueiro Property Management",
            f"Aviso: mudamos de sistema! A partir de 1º de maio, o pagamento do aluguel e os pedidos de manutenção passam a ser "
            f"feitos somente no nosso <a href='{new.url}'>novo portal</a>.",
            new.url,
            "900 E Hillsboro Blvd, Suite 12, Deerfield Beach, FL 33441",
            "(954) 555-0149",
            "Broward",
        ),
        old,
        new,
    ),
    state="FL",
    city="Deerfield Beach",
)

# PT-3: Ironbound (Newark) manager; a listing says "Este imóvel não está mais disponível"; no portal link; evidence URL
# its live Propertyware portal in its name. medium.
p = portal("Propertyware", "sabiaimoveis", "Sabia Imoveis")
add(
    "live_portal",
    "Propertyware",
    "Sabia Imoveis",
    "sabiaimoveis-nj.com",
    p.url,
    "medium",
    sites(
        "sabiaimoveis-nj.com",
        pt(
            "Sabiá Imóveis",
            "",
            None,
            "120 Ferry St, Newark, NJ 07105",
            "(973) 555-0112",
            "Ironbound, Newark",
            body="<section><h2>Imóveis para alugar</h2><ul>"
            "<li>Apartamento de 2 quartos, Ferry St &mdash; $1.950/mês <a href='/alugar/ferry'>Ver</a></li>"
            "<li>Apartamento de 3 quartos, Lafayette St &mdash; <em>Este imóvel não está mais disponível.</em></li></ul></section>",
        ),
        p,
    ),
    state="NJ",
    city="Newark",
)


# =============================================================================================
# Russian (NY, WA)
# =============================================================================================

# RU-1a: Brighton Beach manager "Мы переехали!" (moved the office); links its Buildium portal. High.
p = portal("Buildium", "volnapm", "Volna Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Volna Property Management",
    "volnapm-brooklyn.com",
    p.url,
    "high",
    sites(
        "volnapm-brooklyn.com",
        ru(
            "Volna Property Management",
            "Волна — управление недвижимостью",
            "Мы переехали! Наш новый офис: 3100 Coney Island Ave, 2-й этаж, Brooklyn, NY 11235. Телефон прежний.",
            p.url,
            "3100 Coney Island Ave, 2nd Fl, Brooklyn, NY 11235",
            "(718) 555-0193",
            "Бруклине",
        ),
        p,
    ),
    state="NY",
    city="Brooklyn",
)

# RU-1b (twin of 1a): Brooklyn manager whose homes' management "передано компании Ocean Parkway Realty Management";
# tenants told to go to that firm; old Buildium portal still linked. evidence_unverified.
p = portal("Buildium", "beryozkarealty", "Beryozka Realty Management")
add(
    "stale_portal",
    "Buildium",
    "Beryozka Realty Management",
    "beryozkarealty.com",
    p.url,
    "evidence_unverified",
    sites(
        "beryozkarealty.com",
        ru(
            "Beryozka Realty Management",
            "Берёзка — управление недвижимостью",
            "Уважаемые жильцы! С 1 мая 2026 года управление всеми нашими домами передано компании Ocean Parkway Realty Management. "
            "По вопросам оплаты аренды и ремонта обращайтесь, пожалуйста, в Ocean Parkway Realty Management по телефону (718) 555-0157.",
            p.url,
            "1602 Avenue U, Brooklyn, NY 11229",
            "(718) 555-0110",
            "Бруклине",
        ),
        p,
    ),
    state="NY",
    city="Brooklyn",
)

# RU-2a: Federal Way manager: the founder "ушёл на заслуженный отдых" (retired), his son runs the firm; links its
# Rentvine portal. High.
p = portal("Rentvine", "kovalchukpm", "Kovalchuk Property Management")
add(
    "site_links_portal",
    "Rentvine",
    "Kovalchuk Property Management",
    "kovalchukpm.com",
    p.url,
    "high",
    sites(
        "kovalchukpm.com",
        ru(
            "Kovalchuk Property Management",
            "Kovalchuk Property Management",
            "Основатель компании Виктор Ковальчук ушёл на заслуженный отдых. Компанией теперь руководит его сын Андрей — команда "
            "и условия обслуживания остаются прежними.",
            p.url,
            "31620 23rd Ave S, Suite 301, Federal Way, WA 98003",
            "(253) 555-0182",
            "Федерал-Уэе и округе Кинг",
        ),
        p,
    ),
    state="WA",
    city="Federal Way",
)

# RU-2b (twin of 2a): Kent manager given with its Rentvine portal (live); site says "Мы перешли на новую систему" and
# links only its new Buildium portal. pms_mismatch.
old = portal("Rentvine", "yantarpm", "Yantar Property Management")
new = portal("Buildium", "yantarpm", "Yantar Property Management")
add(
    "other_pms",
    "Rentvine",
    "Yantar Property Management",
    "yantarpm-wa.com",
    old.url,
    "pms_mismatch",
    sites(
        "yantarpm-wa.com",
        ru(
            "Yantar Property Management",
            "Янтарь — управление недвижимостью",
            f"Мы перешли на новую систему! С 1 июня оплата аренды и заявки на ремонт принимаются только в "
            f"<a href='{new.url}'>новом личном кабинете жильца</a>.",
            new.url,
            "24000 104th Ave SE, Suite 210, Kent, WA 98030",
            "(253) 555-0118",
            "Кенте и округе Кинг",
        ),
        old,
        new,
    ),
    state="WA",
    city="Kent",
)

# RU-3: Staten Island apartment operator: "больше не принимаем наличные и бумажные чеки" (no more cash or paper
# checks); no portal link; evidence URL its live MRI ResidentConnect in its name. medium.
p = portal("MRI", "nevaresidential", "Neva Residential")
add(
    "live_portal",
    "MRI",
    "Neva Residential",
    "nevaresidential-si.com",
    p.url,
    "medium",
    sites(
        "nevaresidential-si.com",
        ru(
            "Neva Residential",
            "Нева Резиденшл",
            "С 1 марта мы больше не принимаем наличные и бумажные чеки. Пожалуйста, оплачивайте аренду онлайн или денежным переводом.",
            None,
            "1450 Richmond Ave, Staten Island, NY 10314",
            "(718) 555-0126",
            "Статен-Айленде",
        ),
        p,
    ),
    state="NY",
    city="Staten Island",
)


# =============================================================================================
# French (LA, FL, ME)
# =============================================================================================

# FR-1a: Lafayette (Acadiana) manager closed two days for Hurricane Francine; links its Propertyware portal. High.
p = portal("Propertyware", "bayouvermilion", "Bayou Vermilion Property Management")
add(
    "site_links_portal",
    "Propertyware",
    "Bayou Vermilion Property Management",
    "bayouvermilion-gestion.com",
    p.url,
    "high",
    sites(
        "bayouvermilion-gestion.com",
        fr(
            "Bayou Vermilion Property Management",
            "Avis : en raison de l'ouragan Francine, notre bureau sera fermé mardi et mercredi. Réouverture prévue jeudi à 9 h si "
            "les conditions le permettent. Urgences d'entretien : (337) 555-0141.",
            p.url,
            "410 Jefferson St, Lafayette, LA 70501",
            "(337) 555-0141",
            "Lafayette et en Acadiane",
        ),
        p,
    ),
    state="LA",
    city="Lafayette",
)

# FR-1b (twin of 1a): Breaux Bridge manager that "a cessé définitivement ses activités" (ceased business for good);
# portal still linked and live. dead_domain.
p = portal("Propertyware", "bayouteche", "Bayou Teche Property Management")
add(
    "dead_domain",
    "Propertyware",
    "Bayou Teche Property Management",
    "bayouteche-gestion.com",
    p.url,
    "dead_domain",
    sites(
        "bayouteche-gestion.com",
        fr(
            "Bayou Teche Property Management",
            "Après 25 ans de service, Bayou Teche Property Management a cessé définitivement ses activités le 31 décembre 2025. "
            "Merci à tous nos locataires et propriétaires pour leur confiance.",
            p.url,
            "112 E Bridge St, Breaux Bridge, LA 70517",
            "(337) 555-0177",
            "Breaux Bridge et en Acadiane",
        ),
        p,
    ),
    state="LA",
    city="Breaux Bridge",
)

# FR-2a: Lewiston manager that no longer takes cash or cheques at the office; links its Rentec Direct portal. High.
p = portal("Rentec Direct", "androscogginlogis", "Gestion Androscoggin")
add(
    "site_links_portal",
    "Rentec Direct",
    "Gestion Androscoggin",
    "gestionandroscoggin.com",
    p.url,
    "high",
    sites(
        "gestionandroscoggin.com",
        fr(
            "Gestion Androscoggin",
            f"À partir du 1er mars, nous n'acceptons plus les paiements en espèces ni par chèque au bureau. Veuillez payer votre "
            f"loyer en ligne sur le <a href='{p.url}'>portail locataire</a>.",
            p.url,
            "145 Lisbon St, Lewiston, ME 04240",
            "(207) 555-0159",
            "Lewiston-Auburn",
        ),
        p,
    ),
    state="ME",
    city="Lewiston",
)

# FR-2b (twin of 2a): Westbrook manager whose buildings' management "a été confiée à la société Casco Harbor Property
# Management"; tenants told to go there; old Rentec portal still linked. evidence_unverified.
p = portal("Rentec Direct", "presumpscotlogis", "Gestion Presumpscot")
add(
    "stale_portal",
    "Rentec Direct",
    "Gestion Presumpscot",
    "gestionpresumpscot.com",
    p.url,
    "evidence_unverified",
    sites(
        "gestionpresumpscot.com",
        fr(
            "Gestion Presumpscot",
            "À compter du 1er mars 2026, la gestion de tous nos immeubles a été confiée à la société Casco Harbor Property "
            "Management. Les locataires sont priés de s'adresser désormais à Casco Harbor pour le paiement du loyer et les demandes "
            "d'entretien.",
            p.url,
            "860 Main St, Westbrook, ME 04092",
            "(207) 555-0104",
            "Westbrook et Portland",
        ),
        p,
    ),
    state="ME",
    city="Westbrook",
)

# FR-3: Hollywood FL manager, English menu, French notice: "Bientôt : Le Cormoran II", a new building, on a full site
# with current rentals; links its DoorLoop portal. A "coming soon" section is not a placeholder site: high.
p = portal("DoorLoop", "cormoranpm", "Cormoran Property Management")
add(
    "site_links_portal",
    "DoorLoop",
    "Cormoran Property Management",
    "cormoranpm-fl.com",
    p.url,
    "high",
    sites(
        "cormoranpm-fl.com",
        fr(
            "Cormoran Property Management",
            "Bientôt : Le Cormoran II, un nouvel immeuble de 30 logements sur Hollywood Blvd. Inscrivez-vous sur la liste d'attente !",
            p.url,
            "2017 Hollywood Blvd, Suite 3, Hollywood, FL 33020",
            "(954) 555-0186",
            "Hollywood et Hallandale",
            body="<section><h2>Logements disponibles</h2><ul><li>Studio meublé, Johnson St &mdash; 1 650 $ / mois</li>"
            "<li>2 chambres, près de la plage &mdash; 2 400 $ / mois</li></ul></section>",
            english_nav=True,
        ),
        p,
        www=True,
    ),
    state="FL",
    city="Hollywood",
)


# =============================================================================================
# Tagalog (CA, HI, NV)
# =============================================================================================

# TL-1a: Daly City manager, English menu, Tagalog notice: office closed over Christmas and New Year; links its AppFolio
# portal. High.
p = portal("AppFolio", "bayanihanpm", "Bayanihan Property Management")
add(
    "site_links_portal",
    "AppFolio",
    "Bayanihan Property Management",
    "bayanihanpm-dalycity.com",
    p.url,
    "high",
    sites(
        "bayanihanpm-dalycity.com",
        tl(
            "Bayanihan Property Management",
            "Paalala: Sarado po ang aming opisina mula Disyembre 24 hanggang 26 at sa Enero 1 para sa Pasko at Bagong Taon. "
            "Para sa mga emergency na pagkukumpuni, tumawag sa (650) 555-0122. Maligayang Pasko po!",
            p.url,
            "2171 Junipero Serra Blvd, Suite 410, Daly City, CA 94014",
            "(650) 555-0122",
            "Daly City at South San Francisco",
        ),
        p,
    ),
    state="CA",
    city="Daly City",
)

# TL-1b (twin of 1a): Las Vegas firm that "tuluyan nang isinara ... ang negosyo nito" (closed its business for good);
# AppFolio portal still linked and live. dead_domain.
p = portal("AppFolio", "sampaguitarealty", "Sampaguita Realty & Management")
add(
    "dead_domain",
    "AppFolio",
    "Sampaguita Realty & Management",
    "sampaguitarealtylv.com",
    p.url,
    "dead_domain",
    sites(
        "sampaguitarealtylv.com",
        tl(
            "Sampaguita Realty & Management",
            "Mahal naming mga kliyente: Matapos ang 18 taon, tuluyan nang isinara ng Sampaguita Realty &amp; Management ang negosyo "
            "nito noong Marso 31, 2026. Maraming salamat po sa inyong pagtitiwala at suporta.",
            p.url,
            "4760 S Pecos Rd, Suite 103, Las Vegas, NV 89121",
            "(702) 555-0195",
            "Las Vegas at Henderson",
        ),
        p,
    ),
    state="NV",
    city="Las Vegas",
)

# TL-2a: Waipahu rentals firm, Tagalog menu and text ("Paupahang bahay at apartment"), one unit "hindi na available";
# no portal link; evidence URL its live Buildium Resident Center in its name. medium.
p = portal("Buildium", "kalamansirentals", "Kalamansi Rentals")
kal_home = homepage(
    "tl",
    "Kalamansi Rentals | Paupahan sa Waipahu",
    [
        ("/", "Tahanan"),
        ("/tungkol", "Tungkol sa Amin"),
        ("/paupahan", "Mga Paupahan"),
        ("/may-ari", "Para sa May-ari"),
        ("/kontak", "Makipag-ugnayan"),
    ],
    "Kalamansi Rentals",
    "Paupahang bahay at apartment sa Waipahu at Ewa Beach. Pinamamahalaan namin ang inyong paupahan: paghahanap ng "
    "nangungupahan, paniningil ng upa at pagpapaayos.",
    "",
    "94-229 Waipahu Depot St, Suite 6, Waipahu, HI 96797 &middot; (808) 555-0163 &middot; &copy; 2026 Kalamansi Rentals",
    "<section><h2>Mga Paupahan</h2><ul><li>2 kuwarto, 1 banyo, Farrington Hwy &mdash; $2,400 kada buwan</li>"
    "<li>Studio sa Ewa Beach &mdash; <em>Ang yunit na ito ay hindi na available.</em></li></ul></section>",
)
add(
    "live_portal",
    "Buildium",
    "Kalamansi Rentals",
    "kalamansirentals-hi.com",
    p.url,
    "medium",
    sites("kalamansirentals-hi.com", kal_home, p),
    state="HI",
    city="Waipahu",
)

# TL-2b (twin of 2a): Honolulu manager whose whole site is a bare Tagalog "coming soon" page ("Malapit na! Inaayos pa
# namin ang aming website"); evidence URL its live Buildium portal. A bare placeholder: dead_domain.
p = portal("Buildium", "narrapmhi", "Narra Property Management")
add(
    "parked",
    "Buildium",
    "Narra Property Management",
    "narrapm-honolulu.com",
    p.url,
    "dead_domain",
    {
        "narrapm-honolulu.com": {
            "/": doc(
                "Malapit Na!",
                "<meta name='viewport' content='width=device-width'>",
                "<div class='cs-wrap'><h1>Malapit Na!</h1><p>Inaayos pa namin ang aming website. "
                "Bumalik po kayo sa lalong madaling panahon.</p></div>",
                lang="tl",
            )
        },
        p.host: p.pages,
    },
    state="HI",
    city="Honolulu",
)


# =============================================================================================
# Polish (IL)
# =============================================================================================

# PL-1a: Chicago manager closed for Independence Day (11 listopada); links its Buildium portal. High.
p = portal("Buildium", "bursztynpm", "Bursztyn Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Bursztyn Property Management",
    "bursztynpm-chicago.com",
    p.url,
    "high",
    sites(
        "bursztynpm-chicago.com",
        pl(
            "Bursztyn Property Management",
            "Uwaga: 11 listopada (Narodowe Święto Niepodległości) biuro będzie nieczynne. Zapraszamy ponownie 12 listopada od "
            "godz. 9:00. W nagłych wypadkach prosimy dzwonić pod nr (773) 555-0138.",
            p.url,
            "5930 W Belmont Ave, Chicago, IL 60634",
            "(773) 555-0138",
            "Chicago i okolicach",
        ),
        p,
    ),
    state="IL",
    city="Chicago",
)

# PL-1b (twin of 1a): Chicago manager whose "dział zarządzania nieruchomościami został sprzedany firmie Lakefront
# Residential Group"; tenants told to pay that firm; old Buildium portal still linked. Sold: evidence_unverified.
p = portal("Buildium", "podhalepm", "Podhale Property Management")
add(
    "stale_portal",
    "Buildium",
    "Podhale Property Management",
    "podhalepm-chicago.com",
    p.url,
    "evidence_unverified",
    sites(
        "podhalepm-chicago.com",
        pl(
            "Podhale Property Management",
            "Szanowni Najemcy! Informujemy, że nasz dział zarządzania nieruchomościami został sprzedany firmie Lakefront Residential "
            "Group. Od 1 kwietnia 2026 r. czynsz należy wpłacać, a usterki zgłaszać bezpośrednio do Lakefront Residential Group.",
            p.url,
            "3054 N Central Ave, Chicago, IL 60634",
            "(773) 555-0114",
            "Chicago i okolicach",
        ),
        p,
    ),
    state="IL",
    city="Chicago",
)

# PL-2: Jefferson Park manager, English menu, Polish notice "Nowy portal dla najemców!"; links its Rent Manager
# portal. High.
p = portal("Rent Manager", "kaszubypm", "Kaszuby Property Management")
add(
    "site_links_portal",
    "Rent Manager",
    "Kaszuby Property Management",
    "kaszubypm.com",
    p.url,
    "high",
    sites(
        "kaszubypm.com",
        pl(
            "Kaszuby Property Management",
            "Nowy portal dla najemców! Od teraz czynsz zapłacisz online, a usterki zgłosisz przez internet, 24 godziny na dobę.",
            p.url,
            "4800 N Milwaukee Ave, Chicago, IL 60630",
            "(773) 555-0197",
            "Jefferson Park i Portage Park",
            english_nav=True,
        ),
        p,
    ),
    state="IL",
    city="Chicago",
)

# PL-3: Chicago manager "Przenieśliśmy biuro!" (moved the office); no portal link; evidence URL its live Rentvine
# portal in its name. medium.
p = portal("Rentvine", "bieszczadypm", "Bieszczady Property Management")
add(
    "live_portal",
    "Rentvine",
    "Bieszczady Property Management",
    "bieszczadypm.com",
    p.url,
    "medium",
    sites(
        "bieszczadypm.com",
        pl(
            "Bieszczady Property Management",
            "Przenieśliśmy biuro! Od 1 maja zapraszamy pod nowy adres: 5501 W Lawrence Ave, Chicago, IL 60630.",
            None,
            "5501 W Lawrence Ave, Chicago, IL 60630",
            "(773) 555-0109",
            "Chicago",
        ),
        p,
    ),
    state="IL",
    city="Chicago",
)


# =============================================================================================
# Japanese (HI, CA)
# =============================================================================================

# JA-1a: Honolulu manager closed for the New Year holidays (年末年始休業); links its Propertyware portal. High.
p = portal("Propertyware", "sakurahale", "Sakura Hale Property Management")
add(
    "site_links_portal",
    "Propertyware",
    "Sakura Hale Property Management",
    "sakurahale-pm.com",
    p.url,
    "high",
    sites(
        "sakurahale-pm.com",
        ja(
            "Sakura Hale Property Management",
            "さくらハレ不動産管理",
            "年末年始休業のお知らせ：誠に勝手ながら、12月29日（月）から1月2日（金）まで休業とさせていただきます。"
            "緊急の修理は (808) 555-0117 までご連絡ください。",
            p.url,
            "1585 Kapiolani Blvd, Suite 1210, Honolulu, HI 96814",
            "(808) 555-0117",
            "ホノルル",
        ),
        p,
    ),
    state="HI",
    city="Honolulu",
)

# JA-1b (twin of 1a): Honolulu manager whose domain now shows a Japanese parking page ("このドメインは売却中です",
# Sedo's parking script); evidence URL its live Propertyware portal. Parked: dead_domain.
p = portal("Propertyware", "momijihale", "Momiji Hale Property Management")
parked_ja = doc(
    "momijihale-kanri.com",
    "<script src='https://img.sedoparking.com/templates/js/pk_ja.js'></script>",
    "<div class='pk'><h1>momijihale-kanri.com</h1><p>このドメインは売却中です。ご購入をご希望の方は下記よりお問い合わせください。</p>"
    "<a href='https://sedo.com/search/details/?domain=momijihale-kanri.com&amp;language=jp&amp;utm_medium=parking'>"
    "このドメインを購入する</a><ul><li><a href='/?q=不動産'>不動産</a></li><li><a href='/?q=賃貸'>賃貸</a></li></ul></div>",
    lang="ja",
)
add(
    "parked",
    "Propertyware",
    "Momiji Hale Property Management",
    "momijihale-kanri.com",
    p.url,
    "dead_domain",
    {"momijihale-kanri.com": {"/": parked_ja}, p.host: p.pages},
    state="HI",
    city="Honolulu",
)

# JA-2: Torrance manager: the founder "引退いたしましたが、引き続き同じスタッフが" (retired, same staff carries on);
# links its AppFolio portal. High.
p = portal("AppFolio", "yamabukirealty", "Yamabuki Realty & Management")
add(
    "site_links_portal",
    "AppFolio",
    "Yamabuki Realty & Management",
    "yamabukirealty.com",
    p.url,
    "high",
    sites(
        "yamabukirealty.com",
        ja(
            "Yamabuki Realty & Management",
            "やまぶき不動産",
            "創業者の山田浩一は2025年末をもって引退いたしましたが、引き続き同じスタッフがお客様の物件管理を担当いたします。"
            "今後ともよろしくお願い申し上げます。",
            p.url,
            "21515 Hawthorne Blvd, Suite 880, Torrance, CA 90503",
            "(310) 555-0142",
            "サウスベイ",
        ),
        p,
    ),
    state="CA",
    city="Torrance",
)

# JA-3: Gardena manager; the site (賃貸管理) links no portal; evidence URL its Buildium portal, whose Japanese
# announcement says the office moved (事務所を移転しました). Benign portal notice, live portal in its name: medium.
p = portal(
    "Buildium",
    "tsubakipm",
    "Tsubaki Property Management",
    "お知らせ：事務所を移転しました。新住所：1600 W Redondo Beach Blvd, Suite 210, Gardena, CA 90247",
    "ja",
)
add(
    "live_portal",
    "Buildium",
    "Tsubaki Property Management",
    "tsubakipm-gardena.com",
    p.url,
    "medium",
    sites(
        "tsubakipm-gardena.com",
        ja(
            "Tsubaki Property Management",
            "つばき賃貸管理",
            "",
            None,
            "1600 W Redondo Beach Blvd, Suite 210, Gardena, CA 90247",
            "(310) 555-0173",
            "ガーデナ・トーランス",
        ),
        p,
    ),
    state="CA",
    city="Gardena",
)


# =============================================================================================
# Hindi and Gujarati (TX, NJ)
# =============================================================================================

# HI-1a: Irving manager, English menu, Gujarati notice: office closed for Diwali; links its Buildium portal. High.
p = portal("Buildium", "narmadapm", "Narmada Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Narmada Property Management",
    "narmadapm-irving.com",
    p.url,
    "high",
    sites(
        "narmadapm-irving.com",
        hi(
            "Narmada Property Management",
            "દિવાળી નિમિત્તે અમારી ઑફિસ 20 અને 21 ઑક્ટોબરે બંધ રહેશે. તાત્કાલિક સમારકામ માટે (972) 555-0164 પર ફોન કરો. "
            "આપ સૌને દિવાળીની હાર્દિક શુભેચ્છાઓ!",
            p.url,
            "8600 N MacArthur Blvd, Suite 140, Irving, TX 75063",
            "(972) 555-0164",
            "ઇરવિંગ અને ડલાસ",
            gujarati=True,
        ),
        p,
    ),
    state="TX",
    city="Irving",
)

# HI-1b (twin of 1a): Sugar Land manager, English menu, Gujarati notice: its property management division "વેચી દેવામાં
# આવ્યો છે" (has been sold) to another firm, tenants told to contact it; old Buildium portal still linked.
# evidence_unverified.
p = portal("Buildium", "sabarmatipm", "Sabarmati Property Management")
add(
    "stale_portal",
    "Buildium",
    "Sabarmati Property Management",
    "sabarmatipm.com",
    p.url,
    "evidence_unverified",
    sites(
        "sabarmatipm.com",
        hi(
            "Sabarmati Property Management",
            "અમારો પ્રોપર્ટી મેનેજમેન્ટ વિભાગ Brazos Bend Residential ને વેચી દેવામાં આવ્યો છે. 1 મે 2026થી ભાડું ચૂકવવા અને "
            "સમારકામની વિનંતી માટે કૃપા કરીને સીધો Brazos Bend Residential નો સંપર્ક કરો.",
            p.url,
            "2245 Texas Dr, Suite 300, Sugar Land, TX 77479",
            "(281) 555-0151",
            "શુગર લેન્ડ અને હ્યુસ્ટન",
            gujarati=True,
        ),
        p,
    ),
    state="TX",
    city="Sugar Land",
)

# HI-2a: Edison manager (Hindi) announcing "हमारा नया किरायेदार पोर्टल" (our new tenant portal); links its AppFolio
# portal. High.
p = portal("AppFolio", "gangarealtynj", "Ganga Realty & Management")
add(
    "site_links_portal",
    "AppFolio",
    "Ganga Realty & Management",
    "gangarealty-nj.com",
    p.url,
    "high",
    sites(
        "gangarealty-nj.com",
        hi(
            "Ganga Realty & Management",
            "हमारा नया किरायेदार पोर्टल अब शुरू हो गया है! अब आप किराया ऑनलाइन भर सकते हैं और मरम्मत के अनुरोध भेज सकते हैं।",
            p.url,
            "1199 Amboy Ave, Suite 2, Edison, NJ 08837",
            "(732) 555-0129",
            "एडिसन और इसेलिन",
        ),
        p,
    ),
    state="NJ",
    city="Edison",
)

# HI-2b (twin of 2a): Jersey City firm (Hindi) that "प्रॉपर्टी मैनेजमेंट सेवाएँ बंद कर दी हैं" (stopped property
# management) and now only brokers sales; the old AppFolio portal is still linked. "We no longer offer property
# management": evidence_unverified.
p = portal("AppFolio", "yamunarealtynj", "Yamuna Realty & Management")
add(
    "stale_portal",
    "AppFolio",
    "Yamuna Realty & Management",
    "yamunarealty-nj.com",
    p.url,
    "evidence_unverified",
    sites(
        "yamunarealty-nj.com",
        hi(
            "Yamuna Realty & Management",
            "सूचना: 1 मार्च 2026 से हमने प्रॉपर्टी मैनेजमेंट सेवाएँ बंद कर दी हैं। अब हम केवल घर खरीदने और बेचने (रियल एस्टेट "
            "ब्रोकरेज) में आपकी सहायता करते हैं।",
            p.url,
            "800 Newark Ave, Suite 4, Jersey City, NJ 07306",
            "(201) 555-0136",
            "जर्सी सिटी",
        ),
        p,
    ),
    state="NJ",
    city="Jersey City",
)

# HI-3: Houston manager (Hindi): "नकद भुगतान अब स्वीकार नहीं किया जाता" (cash no longer accepted); no portal link;
# evidence URL its live DoorLoop portal in its name. medium.
p = portal("DoorLoop", "kaveripm", "Kaveri Property Management")
add(
    "live_portal",
    "DoorLoop",
    "Kaveri Property Management",
    "kaveripm-houston.com",
    p.url,
    "medium",
    sites(
        "kaveripm-houston.com",
        hi(
            "Kaveri Property Management",
            "कृपया ध्यान दें: 1 जनवरी से कार्यालय में नकद भुगतान अब स्वीकार नहीं किया जाता। किराया ऑनलाइन या मनी ऑर्डर से भरें।",
            None,
            "6800 Hillcroft St, Suite 215, Houston, TX 77081",
            "(713) 555-0147",
            "ह्यूस्टन",
        ),
        p,
    ),
    state="TX",
    city="Houston",
)


# =============================================================================================
# Hebrew (NY)
# =============================================================================================

# HE-1a: Midwood manager, English menu, Hebrew notice: office closed for Passover; links its Buildium portal. High.
p = portal("Buildium", "gefenpmbk", "Gefen Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Gefen Property Management",
    "gefenpm-brooklyn.com",
    p.url,
    "high",
    sites(
        "gefenpm-brooklyn.com",
        he(
            "Gefen Property Management",
            "גפן ניהול נכסים",
            "המשרד סגור בחג הפסח, מ-1 באפריל עד 9 באפריל. לתקלות דחופות התקשרו ל-(718) 555-0189. חג כשר ושמח!",
            p.url,
            "1402 Avenue J, Brooklyn, NY 11230",
            "(718) 555-0189",
            "ברוקלין",
            english_nav=True,
        ),
        p,
    ),
    state="NY",
    city="Brooklyn",
)

# HE-1b (twin of 1a): Borough Park manager that "סגרה את שעריה לצמיתות" (closed its gates for good); portal still
# linked and live. dead_domain.
p = portal("Buildium", "rimonpmbk", "Rimon Property Management")
add(
    "dead_domain",
    "Buildium",
    "Rimon Property Management",
    "rimonpm-brooklyn.com",
    p.url,
    "dead_domain",
    sites(
        "rimonpm-brooklyn.com",
        he(
            "Rimon Property Management",
            "רימון ניהול נכסים",
            "לאחר 30 שנות פעילות, חברת רימון ניהול נכסים סגרה את שעריה לצמיתות ב-31 בדצמבר 2025. תודה לכל הדיירים ובעלי הנכסים על האמון.",
            p.url,
            "4912 13th Ave, Brooklyn, NY 11219",
            "(718) 555-0106",
            "ברוקלין",
            english_nav=True,
        ),
        p,
    ),
    state="NY",
    city="Brooklyn",
)

# HE-2a: Monsey manager (Hebrew menu) linking "פורטל הדיירים החדש שלנו" (our new tenant portal); the AppFolio portal
# carries a Hebrew welcome. High.
p = portal(
    "AppFolio",
    "tamarrealtymgmt",
    "Tamar Realty Management",
    "ברוכים הבאים לפורטל הדיירים החדש שלנו! כאן אפשר לשלם שכר דירה ולפתוח קריאות שירות אונליין.",
    "he",
)
add(
    "site_links_portal",
    "AppFolio",
    "Tamar Realty Management",
    "tamarrealty-monsey.com",
    p.url,
    "high",
    sites(
        "tamarrealty-monsey.com",
        he(
            "Tamar Realty Management",
            "תמר ניהול נכסים",
            "פורטל הדיירים החדש שלנו באוויר! תשלום שכר דירה ודיווח על תקלות - הכל אונליין.",
            p.url,
            "25 Robert Pitt Dr, Suite 204, Monsey, NY 10952",
            "(845) 555-0121",
            "מונסי ורוקלנד",
        ),
        p,
    ),
    state="NY",
    city="Monsey",
)

# HE-2b (twin of 2a): Spring Valley manager; same kind of site linking its AppFolio portal, but the portal's own notice
# says the company "אינה מנהלת עוד את הנכס שלכם" (no longer manages your home), management passed to another firm,
# and "פורטל זה אינו פעיל עוד" (this portal is no longer active). evidence_unverified.
p = portal(
    "AppFolio",
    "shakedrealtymgmt",
    "Shaked Realty Management",
    "שימו לב: שקד ניהול נכסים אינה מנהלת עוד את הנכס שלכם. החל מ-1 באפריל 2026 הניהול עבר לחברת Rockland Crest "
    "Management. פורטל זה אינו פעיל עוד; נא לשלם שכר דירה דרך החברה המנהלת החדשה.",
    "he",
)
add(
    "stale_portal",
    "AppFolio",
    "Shaked Realty Management",
    "shakedrealty-ny.com",
    p.url,
    "evidence_unverified",
    sites(
        "shakedrealty-ny.com",
        he(
            "Shaked Realty Management",
            "שקד ניהול נכסים",
            "תשלום שכר דירה ודיווח על תקלות - הכל אונליין בפורטל הדיירים.",
            p.url,
            "10 N Main St, Suite 3, Spring Valley, NY 10977",
            "(845) 555-0168",
            "ספרינג ואלי ורוקלנד",
        ),
        p,
    ),
    state="NY",
    city="Spring Valley",
)


HOLDOUT31 = collector.cases
