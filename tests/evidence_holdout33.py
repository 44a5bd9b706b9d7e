# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirty-third blind corpus: the same decisive notice written many ways, in the languages of US
property managers' own sites and of the notices they post on their vendor portals.

Focus: how differently people write the notice that decides a lead. Twenty-eight pairs of twins,
one per language or community (Spanish three times, Chinese simplified and traditional, Vietnamese
twice, Korean twice, Portuguese twice, Russian, Ukrainian, French, Haitian Creole, Tagalog,
Polish, Japanese, Hindi, Arabic, Hebrew, Armenian in Glendale, Farsi in Los Angeles, Italian,
German, Greek, Somali and Hmong in Minnesota). The two cases of a pair are built by one function
and differ only in the decisive words (and the company's name, domain and account):

- the benign twin is a real lead: the office closed for a holiday, a storm or a renovation, the
  office moved, the founder retired and the family carries on, no more cash or checks, a unit
  rented and no longer available, a new or renewed resident portal of the same vendor, a new
  building "coming soon" on a full site, a home sale closed, an association joined, a portal's
  maintenance window;
- the decisive twin is not: the company closed for good (`dead_domain`), its management sold,
  transferred or handed to another named firm with residents told to contact it
  (`evidence_unverified`), it stopped offering property management (`evidence_unverified`), its
  portal retired or now run by another firm (`evidence_unverified`), it moved to another PMS with
  a link to the new vendor's portal on the site or on the portal (`pms_mismatch`), its whole site
  a bare "coming soon" / under-construction placeholder (`dead_domain`), its site no longer
  maintained with a pointer to a new website (`evidence_unverified`).

The wording is deliberately varied against the phrases the contract quotes: formal and informal
register, active and passive voice, past and future tense ("will be managed by", "dejó de operar",
"结束营业", "прекратила свою деятельность", "fèmen definitivman", "zakończyła działalność",
"賃貸管理業務を終了", "חדלה לפעול", "برای همیشه تعطیل شد", "si rasmi ah ayay u xirantay"), with
dates, with thanks to customers, one-line banners and paragraphs, headings like "Aviso
importante", "重要通知", "お知らせ", "Ogeysiis". Benign twins use the same verbs where the
language allows it (Farsi "تعطیل" for Nowruz and for good; Somali "xir"; Portuguese "Fechamos
mais uma venda" against "Fechamos definitivamente as portas"; Chinese "放假" against "结束营业").

Mix: 56 cases, 28 real leads (23 `site_links_portal` at `high`: the homepage links the live
portal; 5 `live_portal` at `medium`: the homepage links nothing and the evidence URL is a live
portal in the company's name, on a site that speaks of renting and managing in its language)
and 28 rejections (11 `dead_domain`: nine closures for good and two bare placeholders; 14
`stale_portal` labelled `evidence_unverified`: handovers, sales of the management business, no
more property management, retired portals, a portal now another firm's, a site no longer
maintained; 3 `other_pms` labelled `pms_mismatch`). 15 states (FL, AZ, NY, CA, TX, NJ, MA, IL,
ME, HI, MI, PA, MN, GA, CO, in the towns where those communities live) and 9 vendors of the
table (Buildium, AppFolio, Rent Manager, Propertyware, Rentvine, Rentec Direct, ResMan, MRI,
RealPage). Every homepage gives an address in the state asked for, so where the company is never
decides a case.

How the labels were decided: by docs/live-checks.md (judging order, vendor table, the notices a
company's own site or its portal gives, confidence) and by what a careful sales team that reads
every one of these languages concludes from the pages as served, written without reading or
running the checks. The contract says closures, handovers, retired portals, moves and
placeholders are read in other languages "from the wording they use"; it does not list every
language here (Armenian, Farsi, Italian, German, Greek, Somali, Hmong, Ukrainian are not named),
so where it is silent the label is what the sales team concludes, and the case says
"ambiguous:" only where the team itself could hesitate. Every page is our own short HTML after
the shapes of real sites and vendor portals; all names, domains, accounts, addresses and phone
numbers are made up.
"""

from __future__ import annotations

from evidence_corpus import Collector, _login, spa_shell
from fake_web import Reply, doc, redirect

collector = Collector("holdout33-")
add = collector.add


# --- vendor portals (real hosts and paths; our own pages) --------------------------------------


def buildium(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.managebuilding.com"
    login = _login(f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer="Powered by Buildium", extra=extra)
    return f"https://{host}/Resident/portal/login", {host: {"/Resident/portal/login": login}}


def appfolio(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.appfolio.com"
    login = _login("Online Portal - Sign In", co, user="user[email]", footer="Powered by AppFolio Property Manager", extra=extra)
    return f"https://{host}/connect", {
        host: {"/connect": redirect(f"https://{host}/connect/users/sign_in"), "/connect/users/sign_in": login}
    }


def rentmanager(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rmresident.com"
    login = _login(
        "Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer="Rent Manager", extra=extra
    )
    return f"https://{host}/", {host: {"/": login}}


def propertyware(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.propertyware.com"
    path = f"/pw/portals/{acct}/tenant.action"
    login = _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer="Propertyware", extra=extra)
    return f"https://{host}{path}", {host: {path: login}}


def rentvine(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rentvine.com"
    shell = spa_shell(f"{co} Resident Portal")
    return f"https://{host}/portals/resident/", {host: {"/portals/resident/": shell, "/portals/resident": shell}}


def rentec(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rentecdirect.com"
    login = _login(
        "Tenant Login | Rentec Direct", f"{co} Tenant Login", footer="Property management software by Rentec Direct", extra=extra
    )
    return f"https://{host}/", {host: {"/": login}}


def resman(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.myresman.com"
    login = _login("ResMan Resident Portal - Sign In", "Sign In", footer=co, extra=extra)
    return f"https://{host}/Portal/Access/SignIn", {host: {"/Portal/Access/SignIn": login}}


def mri(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.mriresidentconnect.com"
    login = _login("ResidentConnect", f"{co} ResidentConnect", footer="MRI Software", extra=extra)
    return f"https://{host}/", {host: {"/": login}}


def realpage(acct: str, co: str, extra: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.activebuilding.com"
    login = _login("ActiveBuilding - Log In", f"{co} Resident Portal", footer="RealPage", extra=extra)
    return f"https://{host}/", {host: {"/": login}}


# --- the company's own homepage ----------------------------------------------------------------


def nav(*items: tuple[str, str]) -> str:
    return "".join(f"<a href='{path}'>{label}</a>" for path, label in items)


def native(dom: str, co: str, *, lang: str, title: str, menu: str, body: str, addr: str, rtl: bool = False) -> dict[str, Reply]:
    """A small business's homepage in its own language: logo, menu, body, footer with address."""
    d = " dir='rtl'" if rtl else ""
    html = (
        f"<div class='site'{d}><header><a href='/' class='logo'><img src='/logo.png' alt='{co}'></a>"
        f"<nav>{menu}</nav></header><main>{body}</main>"
        f"<footer><p>{addr}</p><p>&copy; 2026 {co}</p></footer></div>"
    )
    return {dom: {"/": doc(title, "<meta name='viewport' content='width=device-width, initial-scale=1'>", html, lang=lang)}}


def placeholder(dom: str, co: str, heading: str, text: str, *, lang: str, rtl: bool = False) -> dict[str, Reply]:
    """A builder's bare 'coming soon' / under-construction page: a name, one line, nothing else."""
    d = " dir='rtl'" if rtl else ""
    return {
        dom: {
            "/": doc(
                co,
                "<style>body{display:flex;align-items:center;justify-content:center;height:100vh}</style>",
                f"<div class='coming-soon'{d}><h1>{heading}</h1><p>{text}</p></div>",
                lang=lang,
            )
        }
    }


def merge(*parts: dict[str, dict[str, Reply]]) -> dict[str, dict[str, Reply]]:
    out: dict[str, dict[str, Reply]] = {}
    for p in parts:
        for host, pages in p.items():
            out.setdefault(host, {}).update(pages)
    return out


# =============================================================================================
# 1. Spanish, Miami FL, Buildium: storm closure vs closed for good (banner, formal, past tense)
# =============================================================================================


def miami(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = buildium(acct, co)
    body = (
        f"<div class='banner'><strong>AVISO:</strong> {notice}</div>"
        f"<h1>{co}</h1><p>Administración de propiedades residenciales en Miami-Dade: casas, condominios y "
        "edificios de apartamentos. Rentas, cobros, mantenimiento y reportes mensuales para propietarios.</p>"
        f"<a class='btn' href='{url}'>Portal de Residentes</a>"
    )
    menu = nav(("/", "Inicio"), ("/propiedades", "Propiedades en renta"), ("/nosotros", "Nosotros"), ("/contacto", "Contacto"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="es-US",
                title=f"{co} | Administración de Propiedades en Miami",
                menu=menu,
                body=body,
                addr="7400 SW 57th Ave, Suite 210, Miami, FL 33143 &middot; (305) 555-0142",
            ),
            portal,
        ),
        state="FL",
        city="Miami",
    )


# benign: storm closure, future tense; the portal stays up. Site links the live portal: high.
miami(
    "Manglar Azul Property Management",
    "manglarazulpm.com",
    "manglarazul",
    "Debido al paso del huracán Milton, nuestra oficina permanecerá cerrada del miércoles 9 al viernes 11 de "
    "octubre. El portal de residentes seguirá disponible para pagos y solicitudes de mantenimiento. ¡Cuídense mucho!",
    "high",
    "site_links_portal",
)
# decisive: "dejó de operar de forma permanente" (third person, past), thanks; portal still live: closed -> dead_domain.
miami(
    "Ceiba Dorada Property Management",
    "ceibadoradapm.com",
    "ceibadorada",
    "Después de 18 años de servicio, Ceiba Dorada Property Management dejó de operar de forma permanente el 30 de "
    "septiembre de 2025. Agradecemos de corazón a todos nuestros residentes y propietarios por su confianza.",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 2. Spanish, Phoenix AZ, AppFolio, unlinked portal: no more cash vs management to another firm
# =============================================================================================


def phoenix(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = appfolio(acct, co)
    body = (
        f"<h1>{co}</h1><p>Rentamos y administramos casas y dúplex en el oeste de Phoenix, Maryvale y Glendale. "
        "Atendemos en español e inglés.</p>"
        f"<section class='aviso'><h2>Aviso importante</h2><p>{notice} ¡Gracias por tu comprensión!</p></section>"
    )
    menu = nav(("/", "Inicio"), ("/casas-en-renta", "Casas en renta"), ("/duenos", "Dueños"), ("/contacto", "Contáctanos"))
    add(
        cls,
        "AppFolio",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="es",
                title=f"{co} - Casas en renta en Phoenix",
                menu=menu,
                body=body,
                addr="3320 W McDowell Rd, Phoenix, AZ 85009 &middot; (602) 555-0117",
            ),
            portal,
        ),
        state="AZ",
        city="Phoenix",
    )


# benign: no more cash or checks (future passive, informal "tú"); homepage links nothing, the
# evidence is the live portal in the company's name on a renting site: medium.
phoenix(
    "Palo Verde Tinaja Rentals",
    "paloverdetinaja.com",
    "paloverdetinaja",
    "A partir del 1 de enero de 2026 ya no se aceptarán pagos de renta en efectivo ni con cheque en nuestra "
    "oficina. Paga tu renta con tarjeta o transferencia desde el portal en línea.",
    "medium",
    "live_portal",
)
# decisive: "la administración ... estará a cargo de Sonoran Keystone Management", residents told to call
# them (future tense): handed over -> evidence_unverified.
phoenix(
    "Mesquital Rentas y Administración",
    "mesquitalrentas.com",
    "mesquitalrentas",
    "A partir del 1 de enero de 2026 la administración de todas nuestras propiedades estará a cargo de Sonoran "
    "Keystone Management. Para pagos de renta, reparaciones o cualquier otro asunto, comunícate directamente con "
    "ellos al (602) 555-0188.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 3. Chinese (simplified), Flushing NY, Buildium: Spring Festival closure vs ended business
# =============================================================================================


def flushing(co: str, zh: str, dom: str, acct: str, heading: str, notice: str, label: str, cls: str) -> None:
    url, portal = buildium(acct, co)
    body = (
        f"<section class='notice'><h2>{heading}</h2><p>{notice}</p></section>"
        f"<h1>{zh} {co}</h1><p>专业住宅物业管理：房屋出租、收租、维修、业主月报表。服务法拉盛、贝赛及周边地区。</p>"
        f"<p><a class='btn' href='{url}'>租客登录 / 网上交租</a></p>"
    )
    menu = nav(("/", "首页"), ("/rentals", "房屋出租"), ("/about", "关于我们"), ("/contact", "联系我们"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="zh-CN",
                title=f"{zh} | {co}",
                menu=menu,
                body=body,
                addr="136-20 38th Ave, Suite 5F, Flushing, NY 11354 &middot; (718) 555-0166",
            ),
            portal,
        ),
        state="NY",
        city="Flushing",
    )


# benign: Spring Festival holiday with dates, greetings: high.
flushing(
    "Qilin Harbor Property Management",
    "麒麟港物业管理",
    "qilinharborpm.com",
    "qilinharbor",
    "春节放假通知",
    "本公司办公室将于2026年2月16日至2月22日放假，2月23日（星期一）起恢复正常办公。放假期间租金可通过网上租客平台缴纳，"
    "紧急维修请拨打 (718) 555-0166。祝各位新春快乐，万事如意！",
    "high",
    "site_links_portal",
)
# decisive: "本公司已于…结束营业，此后不再提供任何服务" (not the contract's "已正式停止营业"): closed -> dead_domain.
flushing(
    "Pixiu Bay Property Management",
    "貔貅湾物业管理",
    "pixiubaypm.com",
    "pixiubay",
    "重要通知",
    "本公司已于2025年12月31日结束营业，此后不再提供任何服务。衷心感谢各位业主和租客多年来的信任与支持！",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 4. Chinese (traditional), San Francisco CA, Rent Manager: office moved vs business transferred
# =============================================================================================


def richmond(co: str, zh: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = rentmanager(acct, co)
    body = (
        f"<h1>{zh}</h1><h2>{co}</h2><p>三藩市列治文區及日落區住宅出租與物業管理服務：招租、收租、維修、業主報表。</p>"
        f"<div class='gonggao'><h3>公告</h3><p>{notice}</p></div>"
        f"<p><a href='{url}'>租客登入</a></p>"
    )
    menu = nav(("/", "主頁"), ("/listings", "出租單位"), ("/owners-zh", "業主服務"), ("/contact", "聯絡我們"))
    add(
        cls,
        "Rent Manager",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="zh-Hant",
                title=f"{zh} - {co}",
                menu=menu,
                body=body,
                addr="5420 Geary Blvd, San Francisco, CA 94121 &middot; (415) 555-0190",
            ),
            portal,
        ),
        state="CA",
        city="San Francisco",
    )


# benign: the office moved (passive "已於…遷至"): high.
richmond(
    "Fog Crane Property Management",
    "霧鶴物業管理",
    "fogcranepm.com",
    "fogcrane",
    "本公司辦公室已於2025年10月1日遷至新址：5420 Geary Blvd, San Francisco, CA 94121。電話及電郵地址維持不變，歡迎蒞臨。",
    "high",
    "site_links_portal",
)
# decisive: "物業管理業務已於…轉由 X 接辦", tenants told to contact X, formal letter style: handed over ->
# evidence_unverified.
richmond(
    "Peony Gate Property Management",
    "牡丹門物業管理",
    "peonygatepm.com",
    "peonygate",
    "敬啟者：本公司之物業管理業務已於2025年9月1日起轉由 Golden Terrace Property Services, Inc. 接辦。"
    "各位租客今後繳交租金及申請維修，請直接與該公司聯絡。多年來承蒙惠顧，謹此致謝。",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 5. Vietnamese, Westminster CA, Propertyware, unlinked portal: founder retired vs no more PM
# =============================================================================================


def westminster(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = propertyware(acct, co)
    body = (
        f"<h1>{co}</h1><p>Dịch vụ quản lý nhà cho thuê và địa ốc tại Little Saigon: tìm người thuê, thu tiền nhà, "
        "sửa chữa, báo cáo hàng tháng cho chủ nhà.</p>"
        f"<p class='thongbao'><b>Thông báo:</b> {notice} Xin chân thành cảm ơn quý khách!</p>"
    )
    menu = nav(("/", "Trang chủ"), ("/nha-cho-thue", "Nhà cho thuê"), ("/gioi-thieu", "Giới thiệu"), ("/lien-lac", "Liên lạc"))
    add(
        cls,
        "Propertyware",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="vi",
                title=f"{co} - Quản lý nhà cho thuê",
                menu=menu,
                body=body,
                addr="9200 Bolsa Ave, Suite 118, Westminster, CA 92683 &middot; (714) 555-0128",
            ),
            portal,
        ),
        state="CA",
        city="Westminster",
    )


# benign: founder "đã chính thức nghỉ hưu", his daughter carries on; nothing linked: medium.
westminster(
    "Sen Vang Property Management",
    "senvangpm.com",
    "senvangpm",
    "Bác Trần Văn Lộc, người sáng lập công ty, đã chính thức nghỉ hưu sau 30 năm làm việc. Con gái của bác, "
    "chị Trần Mỹ Linh, sẽ tiếp tục điều hành công ty. Mọi dịch vụ cho thuê và quản lý nhà vẫn giữ nguyên.",
    "medium",
    "live_portal",
)
# decisive: "không còn nhận quản lý nhà cho thuê nữa; chỉ tiếp tục làm môi giới" (stopped managing, still a
# sales brokerage): no more property management -> evidence_unverified.
westminster(
    "Hoa Mai Garden Realty",
    "hoamaigardenrealty.com",
    "hoamaigarden",
    "Kể từ ngày 1 tháng 7 năm 2025, công ty chúng tôi không còn nhận quản lý nhà cho thuê nữa; chúng tôi chỉ "
    "tiếp tục làm môi giới mua bán nhà.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 6. Vietnamese, Houston TX, Rentvine: new resident portal vs moved to another PMS (site link)
# =============================================================================================


def bellaire(co: str, dom: str, acct: str, moved: bool, label: str, cls: str) -> None:
    url, portal = rentvine(acct, co)
    parts = [portal]
    if moved:  # the new system is AppFolio; the old Rentvine account still answers
        new_url, new_portal = appfolio(acct, co)
        parts.append(new_portal)
        notice = (
            "Chúng tôi đã chuyển sang hệ thống quản lý mới. Từ nay quý khách vui lòng trả tiền nhà và gửi yêu cầu "
            f"sửa chữa tại cổng cư dân mới: <a href='{new_url}'>Đăng nhập tại đây</a>."
        )
    else:
        notice = (
            "Chúng tôi vừa ra mắt cổng thông tin cư dân mới! Quý khách có thể trả tiền nhà và gửi yêu cầu "
            f"sửa chữa trực tuyến: <a href='{url}'>Đăng nhập tại đây</a>."
        )
    body = (
        f"<div class='alert'>{notice}</div><h1>{co}</h1><p>Cho thuê nhà, apartment và quản lý bất động sản tại "
        "khu Bellaire, Alief và Sugar Land. Phục vụ bằng tiếng Việt và tiếng Anh.</p>"
    )
    menu = nav(("/", "Trang chủ"), ("/cho-thue", "Nhà cho thuê"), ("/chu-nha", "Dành cho chủ nhà"), ("/lien-he", "Liên hệ"))
    add(
        cls,
        "Rentvine",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="vi",
                title=co,
                menu=menu,
                body=body,
                addr="11210 Bellaire Blvd, Suite 125, Houston, TX 77072 &middot; (281) 555-0173",
            ),
            *parts,
        ),
        state="TX",
        city="Houston",
    )


# benign: "vừa ra mắt cổng thông tin cư dân mới", the link is the Rentvine account itself: high.
bellaire("Dong Xanh Rentals", "dongxanhrentals.com", "dongxanh", False, "high", "site_links_portal")
# decisive: "đã chuyển sang hệ thống quản lý mới" with the only link to an AppFolio account; the evidence is
# the old Rentvine account, still live: moved -> pms_mismatch.
bellaire("Bach Dang Homes Management", "bachdanghomes.com", "bachdanghomes", True, "pms_mismatch", "other_pms")


# =============================================================================================
# 7. Korean, Fort Lee NJ, AppFolio: portal maintenance window vs portal service ended (portal notice)
# =============================================================================================


def fortlee(co: str, ko: str, dom: str, acct: str, portal_notice: str, label: str, cls: str) -> None:
    url, portal = appfolio(acct, co, extra=f"<div class='notice'>[공지] {portal_notice}</div>")
    body = (
        f"<h1>{ko}</h1><h2>{co}</h2><p>포트리, 팰리세이즈 파크, 레오니아 지역 주택 임대 및 부동산 관리 전문. "
        "렌트비 수납, 수리, 세입자 관리까지 한국어로 도와드립니다.</p>"
        f"<p><a class='button' href='{url}'>입주자 로그인</a></p>"
    )
    menu = nav(("/", "홈"), ("/rentals", "임대 매물"), ("/about", "회사 소개"), ("/contact", "문의하기"))
    add(
        cls,
        "AppFolio",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="ko",
                title=f"{ko} | {co}",
                menu=menu,
                body=body,
                addr="2050 Center Ave, Suite 300, Fort Lee, NJ 07024 &middot; (201) 555-0159",
            ),
            portal,
        ),
        state="NJ",
        city="Fort Lee",
    )


# benign: a maintenance window on the portal, above its login form: high.
fortlee(
    "Mugunghwa Crest Property Management",
    "무궁화 크레스트 부동산 관리",
    "mugunghwacrest.com",
    "mugunghwacrest",
    "정기 시스템 점검으로 인해 1월 12일(일) 오전 2시부터 4시까지 포털 이용이 일시 중단됩니다. 이용에 불편을 드려 죄송합니다.",
    "high",
    "site_links_portal",
)
# decisive: "본 입주자 포털은 …부로 운영이 종료되었습니다" above the login form, thanks: retired portal ->
# evidence_unverified.
fortlee(
    "Sobaek Ridge Management",
    "소백 리지 매니지먼트",
    "sobaekridge.com",
    "sobaekridge",
    "본 입주자 포털은 2025년 12월 31일부로 운영이 종료되었습니다. 그동안 이용해 주셔서 감사합니다.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 8. Portuguese (Brazilian), Framingham MA, Buildium: office moved vs management portfolio sold
# =============================================================================================


def framingham(co: str, dom: str, acct: str, heading: str, notice: str, label: str, cls: str) -> None:
    url, portal = buildium(acct, co)
    body = (
        f"<h1>{co}</h1><p>Administração de imóveis e aluguel de apartamentos em Framingham, Marlborough e MetroWest. "
        "Atendimento em português, inglês e espanhol.</p>"
        f"<section><h2>{heading}</h2><p>{notice}</p></section>"
        f"<a class='btn' href='{url}'>Portal do Inquilino</a>"
    )
    menu = nav(("/", "Início"), ("/imoveis", "Imóveis para alugar"), ("/proprietarios", "Proprietários"), ("/contato", "Contato"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="pt-BR",
                title=f"{co} - Administração de Imóveis",
                menu=menu,
                body=body,
                addr="120 Concord St, Framingham, MA 01702 &middot; (508) 555-0121",
            ),
            portal,
        ),
        state="MA",
        city="Framingham",
    )


# benign: "Mudamos!" the office moved: high.
framingham(
    "Ipê Amarelo Property Management",
    "ipeamarelopm.com",
    "ipeamarelo",
    "Mudamos!",
    "Nosso escritório agora fica na 120 Concord St, Framingham, MA 01702. Venha nos visitar!",
    "high",
    "site_links_portal",
)
# decisive: "nossa carteira de administração de imóveis foi vendida para a X", tenants told to contact X
# (passive): sold -> evidence_unverified.
framingham(
    "Jabuticaba Realty Management",
    "jabuticabarealty.com",
    "jabuticabarealty",
    "Comunicado importante",
    "Informamos que nossa carteira de administração de imóveis foi vendida para a Minuteman Hearth Property "
    "Group. A partir de 1º de fevereiro de 2026, os inquilinos devem entrar em contato diretamente com a nova "
    "administradora para pagamentos e manutenção.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 9. Russian, Brooklyn NY, Rent Manager, no evidence URL: renovation closure vs ceased activity
# =============================================================================================


def brighton(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = rentmanager(acct, co)
    body = (
        f"<p class='alert'>{notice}</p><h1>{co}</h1><p>Управление жилой недвижимостью и аренда квартир в Брайтон-Бич, "
        "Шипсхед-Бей и Бенсонхерст. Поиск арендаторов, сбор арендной платы, ремонт.</p>"
        f"<p><a href='{url}'>Личный кабинет жильца</a></p>"
    )
    menu = nav(("/", "Главная"), ("/kvartiry", "Квартиры в аренду"), ("/o-nas", "О нас"), ("/kontakty", "Контакты"))
    add(
        cls,
        "Rent Manager",
        co,
        dom,
        None,
        label,
        merge(
            native(
                dom,
                co,
                lang="ru",
                title=f"{co} — управление недвижимостью",
                menu=menu,
                body=body,
                addr="2901 Brighton 6th St, Brooklyn, NY 11235 &middot; (718) 555-0137",
            ),
            portal,
        ),
        state="NY",
        city="Brooklyn",
    )


# benign: closed for renovation with dates, apology; the site links the live portal (no evidence URL given): high.
brighton(
    "Sirenevy Bereg Management",
    "sirenevybereg.com",
    "sirenevybereg",
    "Уважаемые жильцы! В связи с ремонтом офис будет закрыт с 3 по 14 марта. Оплатить аренду и подать заявку на "
    "ремонт можно онлайн. Приносим извинения за неудобства.",
    "high",
    "site_links_portal",
)
# decisive: "наша компания прекратила свою деятельность" (not a listed phrase), thanks: closed -> dead_domain.
brighton(
    "Volga Lantern Realty",
    "volgalantern.com",
    "volgalantern",
    "Уважаемые клиенты! Сообщаем, что 1 ноября 2025 года наша компания прекратила свою деятельность. Благодарим "
    "вас за многолетнее сотрудничество.",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 10. Ukrainian, Chicago IL, Buildium: renewed website vs site no longer maintained
# =============================================================================================


def ukrainian_village(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = buildium(acct, co)
    body = (
        f"<div class='notice'>{notice}</div><h1>{co}</h1><p>Управління нерухомістю та оренда квартир в Українському "
        "селі, Вест-Тауні та Ист-Віллідж. Ми дбаємо про ваш будинок і ваших орендарів.</p>"
        f"<p><a href='{url}'>Портал для орендарів</a></p>"
    )
    menu = nav(("/", "Головна"), ("/orenda", "Оренда"), ("/vlasnykam", "Власникам"), ("/kontakty", "Контакти"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="uk",
                title=f"{co} — оренда та управління нерухомістю",
                menu=menu,
                body=body,
                addr="2247 W Chicago Ave, Chicago, IL 60622 &middot; (773) 555-0164",
            ),
            portal,
        ),
        state="IL",
        city="Chicago",
    )


# benign: "Ласкаво просимо на наш оновлений сайт!" (the site was renewed, this is it): high.
ukrainian_village(
    "Kalyna Home Rentals",
    "kalynahomerentals.com",
    "kalynahome",
    "<h2>Ласкаво просимо на наш оновлений сайт!</h2><p>Тепер оплатити оренду та подати заявку на ремонт "
    "можна онлайн через портал для орендарів.</p>",
    "high",
    "site_links_portal",
)
# decisive: "Цей сайт більше не оновлюється", go to our new website elsewhere: a stale site -> evidence_unverified.
ukrainian_village(
    "Smerichka Property Management",
    "smerichkapm.com",
    "smerichka",
    "<h2>Увага!</h2><p>Цей сайт більше не оновлюється. Актуальна інформація — на нашому новому сайті: "
    "<a href='https://www.smerichkahomes-chicago.com/'>smerichkahomes-chicago.com</a>.</p>",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 11. French, Lewiston ME, AppFolio: renovation closure vs company bought out (passive)
# =============================================================================================


def lewiston(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = appfolio(acct, co)
    body = (
        f"<div class='avis'><strong>Avis important</strong> — {notice}</div>"
        f"<h1>{co}</h1><p>Gestion immobilière et location d'appartements à Lewiston et Auburn depuis 1998. "
        "Nous servons nos locataires en français et en anglais.</p>"
        f"<a class='bouton' href='{url}'>Portail des locataires</a>"
    )
    menu = nav(
        ("/", "Accueil"),
        ("/logements", "Logements à louer"),
        ("/proprietaires", "Propriétaires"),
        ("/nous-joindre", "Nous joindre"),
    )
    add(
        cls,
        "AppFolio",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="fr",
                title=f"{co} | Gestion immobilière",
                menu=menu,
                body=body,
                addr="184 Lisbon St, Lewiston, ME 04240 &middot; (207) 555-0134",
            ),
            portal,
        ),
        state="ME",
        city="Lewiston",
    )


# benign: "sera fermé pour travaux de rénovation du 3 au 14 mars": high.
lewiston(
    "Riviere Lys Property Management",
    "rivierelyspm.com",
    "rivierelys",
    "Notre bureau sera fermé pour travaux de rénovation du 3 au 14 mars. Pendant cette période, vous pouvez nous "
    "joindre au (207) 555-0134 ou par courriel. Merci de votre patience !",
    "high",
    "site_links_portal",
)
# decisive: "a été rachetée par X. Dorénavant, veuillez adresser vos paiements ... à X": sold -> evidence_unverified.
lewiston(
    "Chardonneret Property Management",
    "chardonneretpm.com",
    "chardonneret",
    "Chardonneret Property Management a été rachetée par Kennebec Slate Management. Dorénavant, veuillez adresser "
    "vos paiements et vos demandes d'entretien à Kennebec Slate Management au (207) 555-0177. Merci de votre confiance !",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 12. Haitian Creole, North Miami FL, Rentec Direct: no more cash vs closed for good
# =============================================================================================


def north_miami(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = rentec(acct, co)
    body = (
        f"<p class='avi'>{notice}</p><h1>{co}</h1><p>Nou jere kay ak apatman pou lwe nan North Miami, Miami Gardens "
        "ak Little Haiti. Jesyon pwopriyete, kolekte lwaye, reparasyon.</p>"
        f"<a href='{url}'>Pòtal lokatè / Peye lwaye</a>"
    )
    menu = nav(("/", "Akèy"), ("/kay-pou-lwe", "Kay pou lwe"), ("/pwopriyete", "Pou pwopriyetè"), ("/kontak", "Kontak"))
    add(
        cls,
        "Rentec Direct",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="ht",
                title=f"{co} - Jesyon pwopriyete",
                menu=menu,
                body=body,
                addr="12550 Biscayne Blvd, Suite 402, North Miami, FL 33181 &middot; (305) 555-0193",
            ),
            portal,
        ),
        state="FL",
        city="North Miami",
    )


# benign: "nou p ap aksepte lajan kach ni chèk ankò" (future negative), thanks: high.
north_miami(
    "Lakou Soley Property Management",
    "lakousoleypm.com",
    "lakousoley",
    "<b>Avi:</b> Apati 1ye fevriye 2026, nou p ap aksepte lajan kach ni chèk ankò nan biwo a. Tanpri peye lwaye w "
    "sou pòtal lokatè a. Mèsi pou konpreyansyon nou!",
    "high",
    "site_links_portal",
)
# decisive: "fèmen definitivman depi 31 desanm 2025", thanks: closed -> dead_domain.
north_miami(
    "Bwa Kaliko Rentals",
    "bwakalikorentals.com",
    "bwakaliko",
    "<b>Avi enpòtan:</b> Bwa Kaliko Rentals fèmen definitivman depi 31 desanm 2025. Mèsi anpil pou konfyans nou "
    "te fè nou pandan tout ane sa yo.",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 13. Tagalog, Waipahu HI, Buildium: Christmas closure vs management will be transferred (future)
# =============================================================================================


def waipahu(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = buildium(acct, co)
    body = (
        f"<h1>{co}</h1><p>Pamamahala ng paupahang bahay at apartment sa Waipahu, Ewa Beach at Kapolei. "
        "Tumatanggap kami ng mga bagong may-ari at nangungupahan.</p>"
        f"<p class='paalala'><strong>Paalala:</strong> {notice} Maraming salamat po!</p>"
        f"<a class='btn' href='{url}'>Magbayad ng Upa / Resident Login</a>"
    )
    menu = nav(("/", "Home"), ("/paupahan", "Mga Paupahan"), ("/may-ari", "Para sa May-ari"), ("/contact", "Makipag-ugnayan"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="tl",
                title=f"{co} | Paupahan sa Waipahu",
                menu=menu,
                body=body,
                addr="94-229 Waipahu Depot St, Waipahu, HI 96797 &middot; (808) 555-0148",
            ),
            portal,
        ),
        state="HI",
        city="Waipahu",
    )


# benign: "Sarado po ang aming opisina ... para sa Pasko": high.
waipahu(
    "Sampaguita Mauka Property Management",
    "sampaguitamauka.com",
    "sampaguitamauka",
    "Sarado po ang aming opisina mula Disyembre 24 hanggang 26 para sa Pasko. Maaari pa rin po kayong magbayad ng "
    "upa online. Maligayang Pasko!",
    "high",
    "site_links_portal",
)
# decisive: "ang pamamahala ... ay ililipat na sa X. Makipag-ugnayan po kayo sa kanila" (future passive):
# handed over -> evidence_unverified.
waipahu(
    "Banaba Leeward Property Management",
    "banabaleeward.com",
    "banabaleeward",
    "Simula Enero 1, 2026, ang pamamahala ng inyong mga inuupahang bahay ay ililipat na sa Kapolei Trade Winds "
    "Realty. Mangyaring makipag-ugnayan po kayo sa kanila para sa upa at maintenance.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 14. Polish, Chicago IL, AppFolio, unlinked portal: Easter closure vs company wound up
# =============================================================================================


def belmont(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = appfolio(acct, co)
    body = (
        f"<h1>{co}</h1><p>Zarządzanie nieruchomościami i wynajem mieszkań na północno-zachodniej stronie Chicago: "
        "Jefferson Park, Portage Park, Avondale. Obsługa po polsku i po angielsku.</p>"
        f"<p class='ogloszenie'><b>Ogłoszenie:</b> {notice}</p>"
    )
    menu = nav(("/", "Strona główna"), ("/mieszkania", "Mieszkania do wynajęcia"), ("/o-nas", "O nas"), ("/kontakt", "Kontakt"))
    add(
        cls,
        "AppFolio",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="pl",
                title=f"{co} - Wynajem i zarządzanie",
                menu=menu,
                body=body,
                addr="5425 W Belmont Ave, Chicago, IL 60641 &middot; (773) 555-0182",
            ),
            portal,
        ),
        state="IL",
        city="Chicago",
    )


# benign: closed on Good Friday and Easter Monday; nothing linked, live portal given: medium.
belmont(
    "Kasztan Avondale Management",
    "kasztanavondale.com",
    "kasztanavondale",
    "W Wielki Piątek i Poniedziałek Wielkanocny biuro będzie nieczynne. Wesołych Świąt!",
    "medium",
    "live_portal",
)
# decisive: "z dniem 31 grudnia 2025 r. nasza firma zakończyła działalność", thanks: closed -> dead_domain.
belmont(
    "Jarzebina Rentals",
    "jarzebinarentals.com",
    "jarzebina",
    "Szanowni Klienci, informujemy, że z dniem 31 grudnia 2025 r. nasza firma zakończyła działalność. Dziękujemy za "
    "wieloletnią współpracę!",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 15. Japanese, Torrance CA, Propertyware: founder retired vs rental management business ended
# =============================================================================================


def torrance(co: str, ja: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = propertyware(acct, co)
    body = (
        f"<h1>{ja}</h1><p class='en'>{co}</p><p>トーランス・ガーデナ地区の賃貸物件管理、入居者募集、家賃回収、"
        "修繕手配を日本語で承っております。</p>"
        f"<section class='oshirase'><h2>お知らせ</h2><p>{notice}</p></section>"
        f"<p><a href='{url}'>入居者ポータル（ログイン）</a></p>"
    )
    menu = nav(("/", "ホーム"), ("/bukken", "賃貸物件"), ("/owner", "オーナー様へ"), ("/contact", "お問い合わせ"))
    add(
        cls,
        "Propertyware",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="ja",
                title=f"{ja} | {co}",
                menu=menu,
                body=body,
                addr="21515 Hawthorne Blvd, Suite 760, Torrance, CA 90503 &middot; (310) 555-0115",
            ),
            portal,
        ),
        state="CA",
        city="Torrance",
    )


# benign: the founder retired, his son goes on with the rental management business: high.
torrance(
    "Sakura Kaigan Property Management",
    "桜海岸不動産管理",
    "sakurakaigan.com",
    "sakurakaigan",
    "創業者の山本一郎は2025年12月をもって引退いたしました。今後は長男の山本健太が代表として、引き続き賃貸管理業務を"
    "行ってまいります。今後とも変わらぬご愛顧を賜りますようお願い申し上げます。",
    "high",
    "site_links_portal",
)
# decisive: "賃貸管理業務を終了させていただきました" (the rental management business ended; not "廃業"):
# no more property management -> evidence_unverified.
torrance(
    "Momiji Bay Realty",
    "紅葉ベイ不動産",
    "momijibayrealty.com",
    "momijibay",
    "弊社は2025年12月末日をもちまして、賃貸管理業務を終了させていただきました。長年にわたるご愛顧、誠にありがとうございました。",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 16. Hindi, Edison NJ, Rentvine: Diwali closure vs management will be done by another firm
# =============================================================================================


def edison(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = rentvine(acct, co)
    body = (
        f"<h1>{co}</h1><p>एडिसन, आइसलिन और आसपास के क्षेत्रों में किराये के मकानों और अपार्टमेंट का प्रबंधन — किरायेदार "
        "खोजना, किराया वसूली, रखरखाव और मालिकों के लिए मासिक रिपोर्ट।</p>"
        f"<p class='suchna'>{notice}</p>"
        f"<a href='{url}'>किरायेदार पोर्टल</a>"
    )
    menu = nav(("/", "होम"), ("/kiraye-ke-ghar", "किराये के घर"), ("/malik", "मकान मालिक"), ("/sampark", "संपर्क"))
    add(
        cls,
        "Rentvine",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="hi",
                title=f"{co} - प्रॉपर्टी मैनेजमेंट",
                menu=menu,
                body=body,
                addr="1679 Oak Tree Rd, Edison, NJ 08820 &middot; (732) 555-0106",
            ),
            portal,
        ),
        state="NJ",
        city="Edison",
    )


# benign: Diwali closure with dates and greetings: high.
edison(
    "Kesar Garden Rentals",
    "kesargardenrentals.com",
    "kesargarden",
    "<b>सूचना:</b> दीपावली के अवसर पर हमारा कार्यालय 8 और 9 नवंबर को बंद रहेगा। आप सभी को दीपावली की हार्दिक शुभकामनाएँ!",
    "high",
    "site_links_portal",
)
# decisive: "प्रबंधन X द्वारा किया जाएगा ... कृपया सीधे उनसे संपर्क करें" (future passive; not "को बेच दिया गया है"):
# handed over -> evidence_unverified.
edison(
    "Gulmohar Raritan Property Management",
    "gulmoharraritan.com",
    "gulmoharraritan",
    "<b>महत्वपूर्ण सूचना:</b> 1 मार्च 2026 से हमारी सभी संपत्तियों का प्रबंधन Middlesex Beacon Realty द्वारा किया जाएगा। "
    "किराया और मरम्मत संबंधी सभी प्रश्नों के लिए कृपया सीधे उनसे संपर्क करें। आपके सहयोग के लिए धन्यवाद!",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 17. Arabic, Dearborn MI, Buildium: a building "coming soon" on a full site vs a bare placeholder
# =============================================================================================

ZAYTOUN, ZAYTOUN_DOM = "Zaytoun Rouge Property Management", "zaytounrouge.com"
_url, _portal = buildium("zaytounrouge", ZAYTOUN)
# benign: a full Arabic site whose "قريباً" is a new building on Warren Ave; it links the live portal: high.
add(
    "site_links_portal",
    "Buildium",
    ZAYTOUN,
    ZAYTOUN_DOM,
    _url,
    "high",
    merge(
        native(
            ZAYTOUN_DOM,
            ZAYTOUN,
            lang="ar",
            rtl=True,
            title=f"زيتون روج لإدارة العقارات | {ZAYTOUN}",
            menu=nav(("/", "الرئيسية"), ("/apartments", "شقق للإيجار"), ("/owners-ar", "للمالكين"), ("/contact", "اتصل بنا")),
            body=(
                "<h1>زيتون روج لإدارة العقارات</h1><p>إدارة العقارات وتأجير الشقق والمنازل في ديربورن وديربورن هايتس: "
                "تحصيل الإيجار، الصيانة، والتقارير الشهرية للمالكين.</p>"
                "<section><h2>قريباً</h2><p>مبنى سكني جديد في شارع وارن: ٢٤ شقة بغرفتين وثلاث غرف نوم. سجّل اهتمامك الآن!</p></section>"
                f"<p><a class='btn' href='{_url}'>بوابة المستأجرين</a></p>"
            ),
            addr="6450 Warren Ave, Dearborn, MI 48126 &middot; (313) 555-0151",
        ),
        _portal,
    ),
    state="MI",
    city="Dearborn",
)

YASMINE, YASMINE_DOM = "Yasmine Fairlane Property Management", "yasminefairlane.com"
_url, _portal = buildium("yasminefairlane", YASMINE)
# decisive: the whole site is one line, "موقعنا الجديد قادم قريباً" (our new site is coming soon; not the
# contract's "قيد الإنشاء"), beside a live portal given as evidence: bare placeholder -> dead_domain.
add(
    "dead_domain",
    "Buildium",
    YASMINE,
    YASMINE_DOM,
    _url,
    "dead_domain",
    merge(placeholder(YASMINE_DOM, YASMINE, "ياسمين فيرلين", "موقعنا الجديد قادم قريباً", lang="ar", rtl=True), _portal),
    state="MI",
    city="Dearborn",
)


# =============================================================================================
# 18. Hebrew, Brooklyn NY, MRI: Passover closure vs the company ceased operating
# =============================================================================================


def midwood(co: str, he: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = mri(acct, co)
    body = (
        f"<h1>{he}</h1><p>{co}</p><p>ניהול נכסים והשכרת דירות בברוקלין — גביית שכר דירה, תחזוקה ודוחות חודשיים לבעלים.</p>"
        f"<p class='hodaa'><strong>הודעה:</strong> {notice}</p>"
        f"<a href='{url}'>כניסת דיירים</a>"
    )
    menu = nav(("/", "דף הבית"), ("/dirot", "דירות להשכרה"), ("/baalim", "לבעלי נכסים"), ("/kesher", "צור קשר"))
    add(
        cls,
        "MRI",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="he",
                rtl=True,
                title=f"{he} | {co}",
                menu=menu,
                body=body,
                addr="1412 Avenue J, Brooklyn, NY 11230 &middot; (718) 555-0126",
            ),
            portal,
        ),
        state="NY",
        city="Brooklyn",
    )


# benign: closed for Passover with dates: high.
midwood(
    "Tamar Midwood Management",
    "תמר מידווד ניהול נכסים",
    "tamarmidwood.com",
    "tamarmidwood",
    "המשרד יהיה סגור בחג הפסח, מ-1 עד 9 באפריל. ניתן לשלם שכר דירה באתר הדיירים. חג כשר ושמח!",
    "high",
    "site_links_portal",
)
# decisive: "החברה חדלה לפעול" after 25 years (not "סגרה את שעריה"), thanks: closed -> dead_domain.
midwood(
    "Hadar Ocean Parkway Realty",
    'הדר אושן פארקוויי נדל"ן',
    "hadaroceanparkway.com",
    "hadaroceanpkwy",
    "לאחר 25 שנות פעילות, החברה חדלה לפעול. תודה לכל הדיירים והבעלים על האמון לאורך השנים.",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 19. Armenian, Glendale CA, AppFolio, unlinked portal: joined an association vs handed to a firm
# =============================================================================================


def glendale(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = appfolio(acct, co)
    body = (
        f"<h1>{co}</h1><p>Անշարժ գույքի կառավարում և բնակարանների վարձակալություն Գլենդեյլում և Բըրբենքում։ "
        "Վարձավճարների հավաքում, նորոգում, հաշվետվություններ սեփականատերերի համար։</p>"
        f"<p class='haytararutyun'><b>Հայտարարություն.</b> {notice} Շնորհակալություն մեր հաճախորդներին։</p>"
    )
    menu = nav(("/", "Գլխավոր"), ("/vardzakalutyun", "Վարձով բնակարաններ"), ("/mer-masin", "Մեր մասին"), ("/kap", "Կապ"))
    add(
        cls,
        "AppFolio",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="hy",
                title=f"{co} | Գլենդեյլ",
                menu=menu,
                body=body,
                addr="330 N Brand Blvd, Suite 700, Glendale, CA 91203 &middot; (818) 555-0162",
            ),
            portal,
        ),
        state="CA",
        city="Glendale",
    )


# benign: "մեր ընկերությունն այժմ Կալիֆորնիայի բնակարանային ասոցիացիայի (CAA) անդամ է" (an association
# joined); nothing linked, live portal given: medium.
glendale(
    "Araks Glendale Property Management",
    "araksglendale.com",
    "araksglendale",
    "Ուրախ ենք հայտնել, որ մեր ընկերությունն այժմ Կալիֆորնիայի բնակարանային ասոցիացիայի (CAA) անդամ է։",
    "medium",
    "live_portal",
)
# decisive: "ձեր շենքերի կառավարումը կիրականացնի X ընկերությունը ... դիմել անմիջապես նրանց" (future):
# handed over -> evidence_unverified. The contract names no Armenian phrases; the sales team reads it plainly.
glendale(
    "Sevan Verdugo Property Management",
    "sevanverdugo.com",
    "sevanverdugo",
    "2026 թ. հունվարի 1-ից ձեր շենքերի կառավարումը կիրականացնի Brand Boulevard Residential ընկերությունը։ "
    "Վարձավճարի և նորոգման հարցերով խնդրում ենք դիմել անմիջապես նրանց։",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 20. Farsi, Los Angeles CA, Buildium: closed for Nowruz vs closed for ever (same verb, تعطیل)
# =============================================================================================


def westwood(co: str, fa: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = buildium(acct, co)
    body = (
        f"<h1>{fa}</h1><p>{co}</p><p>مدیریت املاک و اجاره آپارتمان در وست‌وود، بورلی هیلز و لس‌آنجلس غربی: "
        "وصول اجاره، تعمیرات و گزارش ماهانه برای مالکان.</p>"
        f"<p class='etelaiyeh'><strong>اطلاعیه:</strong> {notice}</p>"
        f"<a href='{url}'>ورود مستأجران</a>"
    )
    menu = nav(("/", "خانه"), ("/ejareh", "واحدهای اجاره‌ای"), ("/malekan", "مالکان"), ("/tamas", "تماس با ما"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="fa",
                rtl=True,
                title=f"{fa} | {co}",
                menu=menu,
                body=body,
                addr="1515 Westwood Blvd, Los Angeles, CA 90024 &middot; (310) 555-0109",
            ),
            portal,
        ),
        state="CA",
        city="Los Angeles",
    )


# benign: "به مناسبت نوروز ... تعطیل است" (closed for Nowruz), greetings: high.
westwood(
    "Simorgh Westwood Property Management",
    "سیمرغ وست‌وود",
    "simorghwestwood.com",
    "simorghwestwood",
    "دفتر ما به مناسبت نوروز از ۲۰ تا ۲۴ مارس تعطیل است. نوروزتان پیروز!",
    "high",
    "site_links_portal",
)
# decisive: "شرکت ما پس از ۲۰ سال فعالیت برای همیشه تعطیل شد", thanks: closed -> dead_domain.
westwood(
    "Golestan Wilshire Realty",
    "گلستان ویلشر",
    "golestanwilshire.com",
    "golestanwilshire",
    "شرکت ما پس از ۲۰ سال فعالیت برای همیشه تعطیل شد. از همه مستأجران و مالکان عزیز سپاسگزاریم.",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 21. Italian, Philadelphia PA, Rent Manager: new portal (same vendor) vs new platform (Buildium)
# =============================================================================================


def passyunk(co: str, dom: str, acct: str, moved: bool, label: str, cls: str) -> None:
    url, portal = rentmanager(acct, co)
    parts = [portal]
    if moved:
        new_url, new_portal = buildium(acct, co)
        parts.append(new_portal)
        notice = (
            "Ci siamo trasferiti su una nuova piattaforma: da oggi l'affitto si paga e le richieste di manutenzione "
            f"si inviano dal nuovo portale inquilini: <a href='{new_url}'>Accedi al portale</a>."
        )
    else:
        notice = (
            "Da oggi potete pagare l'affitto e inviare le richieste di manutenzione dal nostro nuovo portale "
            f"inquilini: <a href='{url}'>Accedi al portale</a>."
        )
    body = (
        f"<div class='avviso'><b>Novità!</b> {notice}</div><h1>{co}</h1>"
        "<p>Gestione immobiliare e affitti a South Philadelphia da tre generazioni. Appartamenti, case a schiera e negozi.</p>"
    )
    menu = nav(("/", "Home"), ("/affitti", "Affitti"), ("/proprietari", "Proprietari"), ("/contatti", "Contatti"))
    add(
        cls,
        "Rent Manager",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="it",
                title=f"{co} - Gestione immobiliare a Philadelphia",
                menu=menu,
                body=body,
                addr="1630 E Passyunk Ave, Philadelphia, PA 19148 &middot; (215) 555-0145",
            ),
            *parts,
        ),
        state="PA",
        city="Philadelphia",
    )


# benign: "dal nostro nuovo portale inquilini" linking the Rent Manager account itself: high.
passyunk("Girasole Passyunk Property Management", "girasolepassyunk.com", "girasolepassyunk", False, "high", "site_links_portal")
# decisive: "Ci siamo trasferiti su una nuova piattaforma" linking only a Buildium account; the evidence is the
# old Rent Manager account, still live: moved -> pms_mismatch.
passyunk("Cipresso Property Management", "cipressopm.com", "cipressopm", True, "pms_mismatch", "other_pms")


# =============================================================================================
# 22. German, Fredericksburg TX, ResMan: office moved vs management handed over
# =============================================================================================


def fredericksburg(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = resman(acct, co)
    body = (
        f"<h1>{co}</h1><p>Hausverwaltung und Vermietung von Wohnungen im Texas Hill Country — Fredericksburg, "
        "Kerrville und Umgebung. Wir sprechen Deutsch und Englisch.</p>"
        f"<p class='hinweis'>{notice}</p>"
        f"<a class='button' href='{url}'>Mieterportal</a>"
    )
    menu = nav(("/", "Startseite"), ("/wohnungen", "Wohnungen"), ("/eigentuemer", "Für Eigentümer"), ("/kontakt", "Kontakt"))
    add(
        cls,
        "ResMan",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="de",
                title=f"{co} | Hausverwaltung",
                menu=menu,
                body=body,
                addr="301 W Main St, Fredericksburg, TX 78624 &middot; (830) 555-0119",
            ),
            portal,
        ),
        state="TX",
        city="Fredericksburg",
    )


# benign: "Wir sind umgezogen!": high (a ResMan portal names no company in its title; linked by the site).
fredericksburg(
    "Pfirsichtal Property Management",
    "pfirsichtalpm.com",
    "pfirsichtal",
    "<b>Wir sind umgezogen!</b> Unser Büro befindet sich jetzt in der 301 W Main St, Fredericksburg, TX 78624. "
    "Wir freuen uns auf Ihren Besuch.",
    "high",
    "site_links_portal",
)
# decisive: "Die Verwaltung ... wurde ... an die Firma X übergeben. Mieter wenden sich bitte ... an die neue
# Hausverwaltung" (passive): handed over -> evidence_unverified.
fredericksburg(
    "Lindenhof Hill Country Management",
    "lindenhofhc.com",
    "lindenhofhc",
    "<b>Wichtiger Hinweis:</b> Die Verwaltung unserer Wohnanlagen wurde zum 1. Oktober 2025 an die Firma "
    "Gillespie Quarry Management übergeben. Mieter wenden sich bitte ab sofort direkt an die neue "
    "Hausverwaltung. Vielen Dank für Ihr Vertrauen.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 23. Greek, Tarpon Springs FL, MRI: a new portal feature vs the property now managed by another firm
# =============================================================================================


def tarpon(co: str, dom: str, acct: str, portal_notice: str, label: str, cls: str) -> None:
    url, portal = mri(acct, co, extra=f"<div class='announcement'>{portal_notice}</div>")
    body = (
        f"<h1>{co}</h1><p>Διαχείριση ακινήτων και ενοικιάσεις κατοικιών στο Tarpon Springs, στο Holiday και στο "
        "New Port Richey. Εξυπηρέτηση στα ελληνικά και στα αγγλικά.</p>"
        f"<a href='{url}'>Πύλη ενοικιαστών</a>"
    )
    menu = nav(("/", "Αρχική"), ("/enoikiaseis", "Ενοικιάσεις"), ("/idioktites", "Ιδιοκτήτες"), ("/epikoinonia", "Επικοινωνία"))
    add(
        cls,
        "MRI",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="el",
                title=f"{co} - Διαχείριση ακινήτων",
                menu=menu,
                body=body,
                addr="735 Dodecanese Blvd, Tarpon Springs, FL 34689 &middot; (727) 555-0131",
            ),
            portal,
        ),
        state="FL",
        city="Tarpon Springs",
    )


# benign: "Νέο! Μπορείτε πλέον να υποβάλλετε αιτήματα συντήρησης ..." on the portal: high.
tarpon(
    "Sfoungari Bayou Property Management",
    "sfoungaribayou.com",
    "sfoungaribayou",
    "Νέο! Μπορείτε πλέον να υποβάλλετε αιτήματα συντήρησης και από το κινητό σας.",
    "high",
    "site_links_portal",
)
# decisive: on the portal, "τη διαχείριση του ακινήτου σας έχει αναλάβει η εταιρεία X ... επικοινωνήστε μαζί της":
# the portal is now another firm's -> evidence_unverified.
tarpon(
    "Kalymnos Anclote Management",
    "kalymnosanclote.com",
    "kalymnosanclote",
    "Ανακοίνωση: Από την 1η Φεβρουαρίου 2026 τη διαχείριση του ακινήτου σας έχει αναλάβει η εταιρεία Pinellas "
    "Sponge Dock Realty. Για πληρωμές και αιτήματα συντήρησης, παρακαλούμε επικοινωνήστε μαζί της.",
    "evidence_unverified",
    "stale_portal",
)


# =============================================================================================
# 24. Somali, Minneapolis MN, AppFolio, unlinked portal: Eid closure vs company closed (same verb)
# =============================================================================================


def cedar(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = appfolio(acct, co)
    body = (
        f"<h1>{co}</h1><p>Maamulka guryaha iyo kirada abaartamentiyada ee Minneapolis iyo St. Paul. "
        "Waxaan u adeegnaa kireystayaasha iyo milkiilayaasha guryaha.</p>"
        f"<p class='ogeysiis'><b>Ogeysiis:</b> {notice} Mahadsanid.</p>"
    )
    menu = nav(
        ("/", "Bogga hore"),
        ("/guryo-kiro", "Guryo kiro ah"),
        ("/milkiilayaasha", "Milkiilayaasha"),
        ("/nala-soo-xiriir", "Nala soo xiriir"),
    )
    add(
        cls,
        "AppFolio",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="so",
                title=f"{co} | Kirada guryaha Minneapolis",
                menu=menu,
                body=body,
                addr="1420 E Lake St, Minneapolis, MN 55407 &middot; (612) 555-0170",
            ),
            portal,
        ),
        state="MN",
        city="Minneapolis",
    )


# benign: "Xafiiskeenu wuu xirnaan doonaa ... Ciidda" (closed for Eid, future); nothing linked: medium.
cedar(
    "Hiiraan Cedar Property Management",
    "hiiraancedar.com",
    "hiiraancedar",
    "Xafiiskeenu wuu xirnaan doonaa 30-ka iyo 31-ka Maarso sababo la xiriira Ciidda. Ciid wanaagsan!",
    "medium",
    "live_portal",
)
# decisive: "si rasmi ah ayay u xirantay" (has officially closed), thanks: closed -> dead_domain. The contract
# names no Somali phrase; the sales team reads it plainly.
cedar(
    "Dayax Riverside Rentals",
    "dayaxriverside.com",
    "dayaxriverside",
    "Shirkadda Dayax Riverside Rentals si rasmi ah ayay u xirantay. Waxaan u mahadcelinaynaa dhammaan macaamiisheenna.",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 25. Hmong, St. Paul MN, Rentec Direct: new townhomes "coming soon" on a full site vs a bare placeholder
# =============================================================================================

PAJ, PAJ_DOM = "Paj Ntaub Rentals", "pajntaubrentals.com"
_url, _portal = rentec("pajntaub", PAJ)
# benign: a full Hmong site; "yuav qhib sai sai no" is about new homes for rent; it links the live portal (no
# evidence URL given): high.
add(
    "site_links_portal",
    "Rentec Direct",
    PAJ,
    PAJ_DOM,
    None,
    "high",
    merge(
        native(
            PAJ_DOM,
            PAJ,
            lang="hmn",
            title=f"{PAJ} - Tsev xauj hauv St. Paul",
            menu=nav(("/", "Tsev"), ("/tsev-xauj", "Tsev xauj"), ("/tswv-tsev", "Tswv tsev"), ("/hu-rau-peb", "Hu rau peb")),
            body=(
                f"<h1>{PAJ}</h1><p>Peb pab saib xyuas thiab muab tsev thiab apartment xauj nyob St. Paul thiab Maplewood. "
                "Property management &amp; rentals.</p>"
                "<section><h2>Tsev tshiab yuav qhib sai sai no!</h2><p>Peb tab tom npaj 12 chav tsev tshiab rau xauj "
                "ntawm Payne Ave. Hu rau peb yog koj xav paub ntxiv.</p></section>"
                f"<p><a href='{_url}'>Them nqi tsev (Tenant Portal)</a></p>"
            ),
            addr="995 University Ave W, St. Paul, MN 55104 &middot; (651) 555-0187",
        ),
        _portal,
    ),
    state="MN",
    city="St. Paul",
)

ROOB, ROOB_DOM = "Roob Zeb Property Management", "roobzebpm.com"
_url, _portal = rentec("roobzeb", ROOB)
# decisive: the whole site is "Peb lub vev xaib tab tom tsim kho ... sai sai no" (our website is being built,
# come back soon), with a live portal given as evidence: bare placeholder -> dead_domain.
add(
    "dead_domain",
    "Rentec Direct",
    ROOB,
    ROOB_DOM,
    _url,
    "dead_domain",
    merge(
        placeholder(
            ROOB_DOM, ROOB, "Roob Zeb", "Peb lub vev xaib tab tom tsim kho. Thov rov qab tuaj saib dua sai sai no.", lang="hmn"
        ),
        _portal,
    ),
    state="MN",
    city="St. Paul",
)


# =============================================================================================
# 26. Korean, Duluth GA, Buildium: portal renewed vs "we are moving" to AppFolio (portal notice)
# =============================================================================================


def duluth(co: str, ko: str, dom: str, acct: str, moving: bool, label: str, cls: str) -> None:
    parts = []
    if moving:
        new_url, new_portal = appfolio(acct, co)
        parts.append(new_portal)
        notice = (
            "안내: 저희는 새로운 관리 시스템으로 이전합니다. 3월 1일부터는 "
            f"<a href='{new_url}'>{acct}.appfolio.com</a> 에서 로그인해 주세요."
        )
    else:
        notice = "안내: 입주자 포털이 새롭게 단장되었습니다. 기존 아이디와 비밀번호로 로그인해 주세요."
    url, portal = buildium(acct, co, extra=f"<div class='notice'>{notice}</div>")
    body = (
        f"<h1>{ko}</h1><h2>{co}</h2><p>둘루스, 스와니, 존스크릭 지역 주택 임대 및 부동산 관리. 렌트비 납부와 수리 요청은 "
        "입주자 포털에서 하실 수 있습니다.</p>"
        f"<p><a class='btn' href='{url}'>입주자 포털</a></p>"
    )
    menu = nav(("/", "홈"), ("/rentals", "렌트 매물"), ("/owners-ko", "건물주 서비스"), ("/contact", "연락처"))
    add(
        cls,
        "Buildium",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="ko",
                title=f"{ko} - {co}",
                menu=menu,
                body=body,
                addr="3585 Peachtree Industrial Blvd, Suite 140, Duluth, GA 30096 &middot; (770) 555-0158",
            ),
            portal,
            *parts,
        ),
        state="GA",
        city="Duluth",
    )


# benign: the portal "새롭게 단장되었습니다" (renewed), log in with the same ID: high.
duluth(
    "Haetae Gwinnett Property Management",
    "해태 귀넷 부동산 관리",
    "haetaegwinnett.com",
    "haetaegwinnett",
    False,
    "high",
    "site_links_portal",
)
# decisive: on the Buildium portal, "새로운 관리 시스템으로 이전합니다" with the AppFolio account written out and
# linked: moving -> pms_mismatch.
duluth(
    "Jindallae Duluth Realty", "진달래 둘루스 부동산", "jindallaeduluth.com", "jindallaeduluth", True, "pms_mismatch", "other_pms"
)


# =============================================================================================
# 27. Portuguese, Orlando FL, Rentvine: "Fechamos mais uma venda" vs "Fechamos definitivamente as portas"
# =============================================================================================


def orlando(co: str, dom: str, acct: str, notice: str, label: str, cls: str) -> None:
    url, portal = rentvine(acct, co)
    body = (
        f"<p class='destaque'>{notice}</p><h1>{co}</h1><p>Administração de imóveis, aluguel de casas e compra e "
        "venda em Orlando, Kissimmee e região. Atendemos em português e inglês.</p>"
        f"<a href='{url}'>Área do Inquilino</a>"
    )
    menu = nav(
        ("/", "Início"), ("/casas-para-alugar", "Casas para alugar"), ("/vendas", "Vendas"), ("/fale-conosco", "Fale conosco")
    )
    add(
        cls,
        "Rentvine",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="pt-BR",
                title=f"{co} | Orlando",
                menu=menu,
                body=body,
                addr="7512 Dr Phillips Blvd, Suite 50, Orlando, FL 32819 &middot; (407) 555-0112",
            ),
            portal,
        ),
        state="FL",
        city="Orlando",
    )


# benign: a home sale closed ("Fechamos mais uma venda!"), congratulations and thanks: high.
orlando(
    "Maracuja Lakes Realty",
    "maracujalakes.com",
    "maracujalakes",
    "Fechamos mais uma venda! Parabéns à família Oliveira pela casa nova em Kissimmee. Obrigado pela confiança!",
    "high",
    "site_links_portal",
)
# decisive: "Fechamos definitivamente as portas da nossa empresa" (not "encerrou suas atividades"), thanks:
# closed -> dead_domain.
orlando(
    "Cajueiro Kissimmee Property Management",
    "cajueirokissimmee.com",
    "cajueirokissimmee",
    "Fechamos definitivamente as portas da nossa empresa. Obrigado pela confiança de todos os clientes ao longo desses 12 anos!",
    "dead_domain",
    "dead_domain",
)


# =============================================================================================
# 28. Spanish, Denver CO, RealPage: a unit no longer available vs the portal retired (portal notice)
# =============================================================================================


def alameda(co: str, dom: str, acct: str, portal_notice: str, label: str, cls: str) -> None:
    url, portal = realpage(acct, co, extra=f"<p class='aviso'>Aviso: {portal_notice}</p>")
    body = (
        f"<h1>{co}</h1><p>Administración de propiedades y renta de departamentos en el oeste de Denver: Westwood, "
        "Barnum y Villa Park. Le atendemos en español.</p>"
        f"<a class='btn' href='{url}'>Portal de residentes</a>"
    )
    menu = nav(("/", "Inicio"), ("/departamentos", "Departamentos"), ("/propietarios", "Propietarios"), ("/contacto", "Contacto"))
    add(
        cls,
        "RealPage",
        co,
        dom,
        url,
        label,
        merge(
            native(
                dom,
                co,
                lang="es-US",
                title=f"{co} | Denver",
                menu=menu,
                body=body,
                addr="3455 W Alameda Ave, Denver, CO 80219 &middot; (303) 555-0124",
            ),
            portal,
        ),
        state="CO",
        city="Denver",
    )


# benign: "el departamento 2B ya fue rentado y ya no está disponible" (a unit, not the account): high.
alameda(
    "Nopalera Westwood Properties",
    "nopalerawestwood.com",
    "nopalerawestwood",
    "el departamento 2B ya fue rentado y ya no está disponible. Gracias por su interés.",
    "high",
    "site_links_portal",
)
# decisive: "este portal de residentes fue dado de baja el 31 de enero de 2026. Ya no se aceptan pagos por este
# medio" above the login form: retired portal -> evidence_unverified.
alameda(
    "Capulin Barnum Management",
    "capulinbarnum.com",
    "capulinbarnum",
    "este portal de residentes fue dado de baja el 31 de enero de 2026. Ya no se aceptan pagos por este medio.",
    "evidence_unverified",
    "stale_portal",
)


HOLDOUT33 = collector.cases
