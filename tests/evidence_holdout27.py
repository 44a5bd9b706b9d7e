"""Twenty-seventh blind corpus: US property managers whose sites speak Chinese, Vietnamese, Korean,
Russian, Portuguese, Haitian Creole or Arabic.

Focus and mix: 55 candidates across NY (Flushing, Sunset Park, Brighton Beach), CA (San Francisco,
the San Gabriel Valley, San Jose, Orange County, Koreatown), TX (Houston's Bellaire corridor and
Alief), NJ (Fort Lee), GA (Duluth), MA (Framingham), FL (Pompano Beach, Miami, North Miami) and MI
(Dearborn), whose homepages are written wholly or partly in a language other than English and
Spanish (simplified and traditional Chinese, Vietnamese, Korean, Russian, Brazilian Portuguese,
Haitian Creole, Arabic with `dir=rtl`). 31 are real leads: a portal linked under a label in that
language (menu, footer button, `onclick`, a `/tenants` page, a page found by its path, a WPML-style
redirect of `/` to `/zh/`), bilingual pages, a portal titled only with the company's Chinese name,
addresses written only in Chinese or Korean, a dated Chinese announcement post, an unlinked live
portal in the company's name, a site behind a bot wall, and benign wording that looks like a
notice (offices closed for the Lunar New Year, Tết, Orthodox Christmas or Haitian Independence
Day; "Fechamos 2025 com 300 imóveis"; joining a Korean-American realtors' association). 24 are
rejections in the same languages: the company's own homepage saying it closed, was sold, merged,
handed its clients to another firm or stopped managing; a portal saying in that language that it
is retired, now managed by another company, or moving to another PMS; a Chinese "coming soon", an
Arabic "under construction" and a Portuguese parked page; a restaurant, a tax office, a church and
a churrascaria on the domain paired with the company's name; a company in Ontario; and everyday
rejections (another PMS linked, a dead domain, a vendor-wide URL, an AppFolio image, a Yardi portal
behind Cloudflare). The shared sign-in hosts are not served here.

How the labels were decided: by docs/live-checks.md (its judging order, vendor table, name rules,
closure and portal-notice rules, confidence and bot-wall sections) and by what a careful sales
team that reads every one of these languages concludes from the pages as served, written without
reading or running the checks. The contract reads its closure, handover, portal-notice and
placeholder wording in English and Spanish only and is silent on other languages; a careful team
reads "本公司已正式停止营业" exactly as "ceased operations", so those cases carry the label the
English wording would get and say "ambiguous:" in their comments. The class of a rejected case is
the confusion-table row it belongs to: a site-level closure or handover beside a live portal is
`stale_portal`; another business's site or a company in another country given with a live portal
is `no_account` (the portal is no account of a company that website or state belongs to). Every
page is our own short HTML written after the shapes of real sites and vendor portals; all
companies, domains, accounts, addresses and phone numbers are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Collector, _login, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

collector = Collector("holdout27-")
add = collector.add

HEAD = "<meta name='viewport' content='width=device-width, initial-scale=1'>"

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Verifying you are human. This may take a few seconds.</h1><noscript>Enable JavaScript and cookies to continue"
    "</noscript><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script></div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f3a61c2be4d7a10-SJC"},
)


def home(title: str, nav: str, body: str, footer: str, *, lang: str, rtl: bool = False, switcher: str = "") -> Reply:
    """A small business's homepage in its language: a language switcher, a menu, a body, a footer."""
    d = " dir='rtl'" if rtl else ""
    return doc(
        title,
        HEAD,
        f"<div{d}><div class='lang-switch'>{switcher}</div><header><nav class='main-menu'>{nav}</nav></header>"
        f"<main>{body}</main><footer>{footer}</footer></div>",
        lang=lang,
    )


def a(url: str, label: str) -> str:
    return f"<a class='menu-item' href='{url}'>{label}</a>"


def buildium(acct: str, co: str, login: Reply | None = None) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.managebuilding.com": {"/Resident/portal/login": login or VENDOR_LOGIN["Buildium"](co)}}


def bd(acct: str) -> str:
    return f"https://{acct}.managebuilding.com/Resident/portal/login"


def appfolio(acct: str, co: str, login: Reply | None = None) -> dict[str, dict[str, Reply]]:
    # AppFolio's /connect answers 302 to /connect/users/sign_in on the same account host
    return {
        f"{acct}.appfolio.com": {
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": login or VENDOR_LOGIN["AppFolio"](co),
        }
    }


def af(acct: str) -> str:
    return f"https://{acct}.appfolio.com/connect"


def rentvine(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.rentvine.com": {"/portals/resident/": spa_shell(f"{co} Resident Portal")}}


def rv(acct: str) -> str:
    return f"https://{acct}.rentvine.com/portals/resident/"


def twa(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.twa.rentmanager.com": {"/": VENDOR_LOGIN["Rent Manager"](co)}}


def doorloop(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.app.doorloop.com": {"/": spa_shell(f"{co} | Tenant Portal"), "/login": spa_shell(f"{co} | Tenant Portal")}}


def merge(*parts: dict[str, dict[str, Reply]]) -> dict[str, dict[str, Reply]]:
    out: dict[str, dict[str, Reply]] = {}
    for p in parts:
        for host, pages in p.items():
            out.setdefault(host, {}).update(pages)
    return out


ZH_NAV = "<a href='/'>首页</a><a href='/listings'>出租房源</a><a href='/owners'>业主服务</a><a href='/contact'>联系我们</a>"
ZH_TW_NAV = "<a href='/'>首頁</a><a href='/listings'>出租房屋</a><a href='/owners'>業主服務</a><a href='/contact'>聯絡我們</a>"
VI_NAV = (
    "<a href='/'>Trang Chủ</a><a href='/nha-cho-thue'>Nhà Cho Thuê</a>"
    "<a href='/chu-nha'>Chủ Nhà</a><a href='/lien-lac'>Liên Lạc</a>"
)
KO_NAV = "<a href='/'>홈</a><a href='/listings'>렌트 매물</a><a href='/owners'>건물주 서비스</a><a href='/contact'>문의하기</a>"
RU_NAV = "<a href='/'>Главная</a><a href='/arenda'>Аренда</a><a href='/vladeltsam'>Владельцам</a><a href='/kontakty'>Контакты</a>"
PT_NAV = (
    "<a href='/'>Início</a><a href='/imoveis'>Imóveis para Alugar</a>"
    "<a href='/proprietarios'>Proprietários</a><a href='/contato'>Contato</a>"
)
HT_NAV = (
    "<a href='/'>Akèy</a><a href='/kay-pou-lwe'>Kay pou Lwe</a>"
    "<a href='/pwopriyete'>Pou Pwopriyetè</a><a href='/kontak'>Kontak</a>"
)
AR_NAV = (
    "<a href='/'>الرئيسية</a><a href='/rentals'>عقارات للإيجار</a><a href='/owners'>للملاك</a><a href='/contact'>اتصل بنا</a>"
)

ZH_PM = "<p>我们为业主提供全方位的住宅物业管理服务：招租、租客筛选、收租、维修协调及每月财务报表。</p>"
ZH_TW_PM = "<p>我們為業主提供全方位的住宅物業管理服務：招租、租客審查、收租、維修及每月財務報表。</p>"
VI_PM = "<p>Dịch vụ quản lý nhà cho thuê trọn gói: tìm người thuê, thu tiền thuê, sửa chữa và báo cáo tài chính hàng tháng.</p>"
KO_PM = "<p>주택 및 아파트 임대 관리 전문: 세입자 모집과 심사, 렌트 수금, 수리 관리, 월별 재정 보고서를 제공합니다.</p>"
RU_PM = (
    "<p>Полное управление жилой недвижимостью: поиск и проверка арендаторов, "
    "сбор арендной платы, ремонт и ежемесячные отчёты.</p>"
)
PT_PM = (
    "<p>Administração completa de imóveis residenciais: anúncio, seleção de inquilinos, "
    "cobrança de aluguel, manutenção e relatórios mensais.</p>"
)
HT_PM = (
    "<p>Nou jere kay ak apatman pou pwopriyetè: nou chèche lokatè, nou kolekte lwaye, "
    "nou okipe reparasyon epi nou voye rapò chak mwa.</p>"
)
AR_PM = (
    "<p>نقدم خدمات إدارة العقارات السكنية بالكامل: تأجير الوحدات، فحص المستأجرين، تحصيل الإيجار، الصيانة والتقارير الشهرية.</p>"
)


# ============================ real leads ============================

# Flushing, simplified Chinese only (a WordPress theme as Main Street offices use), the menu's
# "租客登录" (tenant login) to the Buildium account; address with "NY 11355". high.
add(
    "site_links_portal",
    "Buildium",
    "Jade Harbor Realty Management",
    "jadeharborrealtyny.com",
    bd("jadeharborny"),
    "high",
    merge(
        {
            "jadeharborrealtyny.com": {
                "/": home(
                    "玉港地产管理 Jade Harbor Realty Management | 法拉盛物业管理",
                    ZH_NAV + a(bd("jadeharborny"), "租客登录"),
                    "<h1>玉港地产管理</h1><h2>Jade Harbor Realty Management</h2>"
                    + ZH_PM
                    + "<p>服务法拉盛、贝赛、白石镇及长岛市。国语、粤语、英语服务。</p>",
                    "地址：136-31 41st Ave, Suite 3B, Flushing, NY 11355 ｜ 电话：(718) 555-0192 ｜ 微信：jadeharborny"
                    " ｜ &copy; 2026 Jade Harbor Realty Management LLC",
                    lang="zh-CN",
                )
            }
        },
        buildium("jadeharborny", "Jade Harbor Realty Management"),
    ),
    state="NY",
    city="Flushing",
)

# Sunset Park, traditional Chinese with English headings; the footer button 「租戶登入」 to the
# AppFolio account. high.
add(
    "site_links_portal",
    "AppFolio",
    "Eastbrook Property Group",
    "eastbrookpgny.com",
    af("eastbrookpg"),
    "high",
    merge(
        {
            "eastbrookpgny.com": {
                "/": home(
                    "東溪物業 Eastbrook Property Group - Brooklyn Property Management",
                    ZH_TW_NAV,
                    "<h1>東溪物業 Eastbrook Property Group</h1>"
                    + ZH_TW_PM
                    + "<p>Residential property management in Sunset Park, Bay Ridge and Bensonhurst.</p>",
                    f"<div class='footer-cta'><a class='btn' href='{af('eastbrookpg')}' target='_blank'>租戶登入 Tenant Login</a>"
                    "</div><p>4802 8th Ave, 2F, Brooklyn, NY 11220 · (718) 555-0138</p>",
                    lang="zh-Hant",
                )
            }
        },
        appfolio("eastbrookpg", "Eastbrook Property Group"),
    ),
    state="NY",
    city="Brooklyn",
)

# San Francisco Chinatown, traditional Chinese; "住戶網上繳租" (residents' online rent) to the Rent
# Manager TWA account. high.
add(
    "site_links_portal",
    "Rent Manager",
    "Telegraph Lotus Management",
    "tellotusmgmt.com",
    "https://tellotus.twa.rentmanager.com/",
    "high",
    merge(
        {
            "tellotusmgmt.com": {
                "/": home(
                    "蓮華物業管理 Telegraph Lotus Management | 三藩市",
                    ZH_TW_NAV + a("https://tellotus.twa.rentmanager.com/", "住戶網上繳租"),
                    "<h1>蓮華物業管理</h1><p>Telegraph Lotus Management</p>"
                    + ZH_TW_PM
                    + "<p>服務三藩市華埠、北岸、列治文區及日落區的公寓大樓。</p>",
                    "<p>1025 Stockton St, San Francisco, CA 94108 · 電話 (415) 555-0163</p>",
                    lang="zh-Hant",
                )
            }
        },
        twa("tellotus", "Telegraph Lotus Management"),
    ),
    state="CA",
    city="San Francisco",
)

# Arcadia (San Gabriel Valley), simplified Chinese with a GTranslate-style switcher (/zh-CN/, /en/);
# "业主登录" and "租客登录" to the Propertyware owner and tenant portals of one account. high.
PW_SAC = "https://santaanitacrest.propertyware.com/pw/portals/santaanitacrest"
add(
    "site_links_portal",
    "Propertyware",
    "Santa Anita Crest Realty",
    "santaanitacrestrealty.com",
    f"{PW_SAC}/tenant.action",
    "high",
    {
        "santaanitacrestrealty.com": {
            "/": home(
                "圣安妮塔地产 Santa Anita Crest Realty - 阿凯迪亚物业管理",
                ZH_NAV + a(f"{PW_SAC}/owner.action", "业主登录") + a(f"{PW_SAC}/tenant.action", "租客登录"),
                "<h1>圣安妮塔地产 Santa Anita Crest Realty</h1>"
                + ZH_PM
                + "<p>服务阿凯迪亚、天普市、圣盖博、核桃市及钻石吧。CalDRE #02011874</p>",
                "<p>1200 S Baldwin Ave, Arcadia, CA 91007 ｜ (626) 555-0151</p>",
                lang="zh-CN",
                switcher="<a href='/zh-CN/' hreflang='zh-CN'>中文</a> | <a href='/en/' hreflang='en'>English</a>",
            )
        },
        "santaanitacrest.propertyware.com": {
            "/pw/portals/santaanitacrest/tenant.action": VENDOR_LOGIN["Propertyware"]("Santa Anita Crest Realty"),
            "/pw/portals/santaanitacrest/owner.action": _login(
                "Santa Anita Crest Realty - Owner Portal", "Owner Portal Login", footer="Propertyware"
            ),
        },
    },
    state="CA",
    city="Arcadia",
)

# Houston's Bellaire corridor, Chinese only; the homepage links "/tenants" ("租客专区"), which
# links "在线交租 / 报修" to the AppFolio account. high.
add(
    "site_links_portal",
    "AppFolio",
    "Bellaire Evergreen Property Management",
    "bellaireevergreenpm.com",
    af("bellaireevergreen"),
    "high",
    merge(
        {
            "bellaireevergreenpm.com": {
                "/": home(
                    "常青物业管理 Bellaire Evergreen Property Management | 休斯顿",
                    ZH_NAV + a("/tenants", "租客专区"),
                    "<h1>常青物业管理</h1><p>Bellaire Evergreen Property Management</p>"
                    + ZH_PM
                    + "<p>服务休斯顿中国城、糖城、凯蒂及珍珠城。</p>",
                    "<p>9800 Bellaire Blvd, Suite 218, Houston, TX 77036 ｜ (713) 555-0126</p>",
                    lang="zh-CN",
                ),
                "/tenants": home(
                    "租客专区 - 常青物业管理",
                    ZH_NAV,
                    "<h1>租客专区</h1><p>请登录租客平台在线交租、提交维修申请。</p>"
                    + a(af("bellaireevergreen"), "在线交租 / 报修"),
                    "<p>9800 Bellaire Blvd, Suite 218, Houston, TX 77036</p>",
                    lang="zh-CN",
                ),
            }
        },
        appfolio("bellaireevergreen", "Bellaire Evergreen Property Management"),
    ),
    state="TX",
    city="Houston",
)

# Alhambra, Chinese homepage with the English name as its heading, no portal link (WeChat and
# phone only); the agent gives the live Buildium account in that name. The address is written
# only in Chinese ("加州阿罕布拉市"), with no state code and ZIP: no address elsewhere, so not
# wrong_state. medium (portal_live).
add(
    "live_portal",
    "Buildium",
    "Garfield Pine Realty",
    "garfieldpinerealty.com",
    bd("garfieldpine"),
    "medium",
    merge(
        {
            "garfieldpinerealty.com": {
                "/": home(
                    "嘉松地产 Garfield Pine Realty",
                    ZH_NAV,
                    "<h1>Garfield Pine Realty</h1><h2>嘉松地产 · 出租管理</h2>"
                    + ZH_PM
                    + "<p>租客交租、报修请致电或添加微信联系我们。</p>",
                    "<p>地址：加州阿罕布拉市 Garfield 大道 88 号 2 楼 ｜ 电话：(626) 555-0177 ｜ 微信：garfieldpine</p>",
                    lang="zh-CN",
                )
            }
        },
        buildium("garfieldpine", "Garfield Pine Realty"),
    ),
    state="CA",
    city="Alhambra",
)

# Flushing, WPML's browser-language redirect: "/" answers 302 to "/zh/", whose menu has "租客入口"
# (tenant entrance) to the Rentvine account. high.
add(
    "site_links_portal",
    "Rentvine",
    "Queens Linden Realty",
    "queenslindenrealty.com",
    rv("queenslinden"),
    "high",
    merge(
        {
            "queenslindenrealty.com": {
                "/": redirect("https://queenslindenrealty.com/zh/", 302),
                "/zh/": home(
                    "林登地产 Queens Linden Realty - 法拉盛出租管理",
                    ZH_NAV + a(rv("queenslinden"), "租客入口"),
                    "<h1>林登地产 Queens Linden Realty</h1>"
                    + ZH_PM
                    + "<p>专注法拉盛、可乐娜及森林小丘的两家庭及多家庭出租房。</p>",
                    "<p>39-07 Prince St, Suite 5F, Flushing, NY 11354 ｜ (718) 555-0119</p>",
                    lang="zh-CN",
                    switcher="<a href='/zh/'>中文</a> <a href='/en/'>English</a>",
                ),
            }
        },
        rentvine("queenslinden", "Queens Linden Realty"),
    ),
    state="NY",
    city="Flushing",
)

# Flushing, a Lunar New Year notice ("春节期间办公室休息，网上缴租照常开放": the office is closed,
# online rent stays open) above the menu link "网上交租". Benign, as "closed for the holidays"
# is. high.
add(
    "site_links_portal",
    "AppFolio",
    "Kissena Park Management",
    "kissenaparkmgmt.com",
    af("kissenapark"),
    "high",
    merge(
        {
            "kissenaparkmgmt.com": {
                "/": home(
                    "紀森納物業 Kissena Park Management",
                    ZH_NAV + a(af("kissenapark"), "网上交租"),
                    "<div class='notice'>通知：春节期间（2月16日至2月18日）办公室休息，"
                    "网上缴租及紧急维修照常开放。新春快乐！</div>"
                    "<h1>Kissena Park Management</h1>" + ZH_PM,
                    "<p>45-18 Kissena Blvd, Flushing, NY 11355 · (718) 555-0171</p>",
                    lang="zh-CN",
                )
            }
        },
        appfolio("kissenapark", "Kissena Park Management"),
    ),
    state="NY",
    city="Flushing",
)

# San Francisco; the Buildium account is titled only with the company's Chinese name
# ("金門灣物業管理 - Resident Center"), the site (both names in its header) links it as "住戶登入".
# A linked portal is the site's own unless the link's surroundings name it as someone else's. high.
add(
    "site_links_portal",
    "Buildium",
    "Golden Gate Bay Property Management",
    "ggbaypropertymgmt.com",
    bd("ggbaypm"),
    "high",
    merge(
        {
            "ggbaypropertymgmt.com": {
                "/": home(
                    "金門灣物業管理 | Golden Gate Bay Property Management",
                    ZH_TW_NAV + a(bd("ggbaypm"), "住戶登入"),
                    "<h1>金門灣物業管理</h1><p>Golden Gate Bay Property Management</p>" + ZH_TW_PM,
                    "<p>2150 Irving St, San Francisco, CA 94122 · (415) 555-0110 · CalDRE #01987652</p>",
                    lang="zh-Hant",
                )
            }
        },
        buildium("ggbaypm", "金門灣物業管理"),
    ),
    state="CA",
    city="San Francisco",
)

# Rowland Heights; an unlinked AppFolio account whose heading is only the Chinese name "罗兰景地产";
# the homepage's copyright line "© 2026 罗兰景地产 Rowland Vista Realty, Inc." calls that name its own.
# ambiguous: whether a name in Chinese script is "another company's" at all; the copyright line
# settles it either way for a careful team. medium (portal_live).
add(
    "live_portal",
    "AppFolio",
    "Rowland Vista Realty",
    "rowlandvistarealty.com",
    af("rowlandvista"),
    "medium",
    merge(
        {
            "rowlandvistarealty.com": {
                "/": home(
                    "Rowland Vista Realty - 罗兰岗出租房管理",
                    ZH_NAV,
                    "<h1>Rowland Vista Realty</h1>" + ZH_PM + "<p>罗兰岗、钻石吧、哈仙达岗的独立屋和联排别墅出租管理。</p>",
                    "<p>18414 Colima Rd, Rowland Heights, CA 91748 ｜ (626) 555-0184</p>"
                    "<p>&copy; 2026 罗兰景地产 Rowland Vista Realty, Inc. 版权所有</p>",
                    lang="zh-CN",
                )
            }
        },
        appfolio("rowlandvista", "罗兰景地产"),
    ),
    state="CA",
    city="Rowland Heights",
)

# Houston (Bellaire Blvd, "Hong Kong City" area), Vietnamese only; "Cổng Cư Dân" (residents'
# portal) in the menu to the AppFolio account. high.
add(
    "site_links_portal",
    "AppFolio",
    "Saigon Star Property Management",
    "saigonstarpmhouston.com",
    af("saigonstarpm"),
    "high",
    merge(
        {
            "saigonstarpmhouston.com": {
                "/": home(
                    "Saigon Star Property Management - Quản Lý Nhà Cho Thuê Houston",
                    VI_NAV + a(af("saigonstarpm"), "Cổng Cư Dân"),
                    "<h1>Saigon Star Property Management</h1>"
                    + VI_PM
                    + "<p>Phục vụ khu Alief, Bellaire, Sugar Land và Katy. Nói tiếng Việt và tiếng Anh.</p>",
                    "<p>Văn phòng: 11210 Bellaire Blvd, Suite 105, Houston, TX 77072 · ĐT: (281) 555-0147</p>",
                    lang="vi",
                )
            }
        },
        appfolio("saigonstarpm", "Saigon Star Property Management"),
    ),
    state="TX",
    city="Houston",
)

# San Jose, bilingual Vietnamese/English side by side; "Đăng Nhập Người Thuê / Tenant Login" to the
# Rentvine account. high.
add(
    "site_links_portal",
    "Rentvine",
    "Lotus Valley Rentals",
    "lotusvalleyrentalssj.com",
    rv("lotusvalley"),
    "high",
    merge(
        {
            "lotusvalleyrentalssj.com": {
                "/": home(
                    "Lotus Valley Rentals | Quản Lý Nhà Cho Thuê San Jose",
                    VI_NAV + a(rv("lotusvalley"), "Đăng Nhập Người Thuê / Tenant Login"),
                    "<h1>Lotus Valley Rentals</h1>"
                    + VI_PM
                    + "<p>Residential property management for East San Jose, Milpitas and Santa Clara owners.</p>",
                    "<p>1660 Story Rd, Suite 120, San Jose, CA 95122 · (408) 555-0159</p>",
                    lang="vi",
                    switcher="<a href='/'>Tiếng Việt</a> | <a href='/en/'>English</a>",
                )
            }
        },
        rentvine("lotusvalley", "Lotus Valley Rentals"),
    ),
    state="CA",
    city="San Jose",
)

# Westminster (Little Saigon), Vietnamese only; the footer's "Cổng Chủ Nhà" (owners' portal) is
# the Buildium account's sign-in, which owners and residents share. high.
add(
    "site_links_portal",
    "Buildium",
    "Bolsa Pacific Realty",
    "bolsapacificrealty.com",
    bd("bolsapacific"),
    "high",
    merge(
        {
            "bolsapacificrealty.com": {
                "/": home(
                    "Bolsa Pacific Realty - Quản Lý Bất Động Sản Little Saigon",
                    VI_NAV,
                    "<h1>Bolsa Pacific Realty</h1>" + VI_PM + "<p>Westminster, Garden Grove, Fountain Valley và Santa Ana.</p>",
                    f"<p><a href='{bd('bolsapacific')}'>Cổng Chủ Nhà</a> · <a href='/lien-lac'>Liên Lạc</a></p>"
                    "<p>9200 Bolsa Ave, Suite 210, Westminster, CA 92683 · (714) 555-0135</p>",
                    lang="vi",
                )
            }
        },
        buildium("bolsapacific", "Bolsa Pacific Realty"),
    ),
    state="CA",
    city="Westminster",
)

# Alief, Vietnamese homepage with no portal link ("gọi văn phòng"); the agent gives the live
# AppFolio account in the company's name. medium (portal_live).
add(
    "live_portal",
    "AppFolio",
    "Alief Mekong Management",
    "aliefmekong.com",
    af("aliefmekong"),
    "medium",
    merge(
        {
            "aliefmekong.com": {
                "/": home(
                    "Alief Mekong Management - Cho Thuê Nhà Houston",
                    VI_NAV,
                    "<h1>Alief Mekong Management</h1>"
                    + VI_PM
                    + "<p>Người thuê cần sửa chữa hoặc trả tiền thuê xin gọi văn phòng trong giờ làm việc.</p>",
                    "<p>12835 Bellaire Blvd, Houston, TX 77072 · (281) 555-0188</p>",
                    lang="vi",
                )
            }
        },
        appfolio("aliefmekong", "Alief Mekong Management"),
    ),
    state="TX",
    city="Houston",
)

# Garden Grove, Vietnamese; a Tết notice ("Văn phòng nghỉ Tết ... thanh toán trực tuyến vẫn hoạt
# động": closed for Tết, online payment still works) and an onclick button "Thanh Toán Tiền Thuê"
# to the Rent Manager resident site. Benign notice. high.
add(
    "site_links_portal",
    "Rent Manager",
    "Lien Hoa Property Management",
    "lienhoapm.com",
    "https://lienhoapm.rmresident.com/",
    "high",
    {
        "lienhoapm.com": {
            "/": home(
                "Liên Hoa Property Management - Garden Grove",
                VI_NAV,
                "<div class='alert'>Thông báo: Văn phòng nghỉ Tết từ 28/1 đến 2/2. Thanh toán trực tuyến "
                "vẫn hoạt động bình thường."
                "</div><h1>Lien Hoa Property Management</h1>"
                + VI_PM
                + "<button type='button' onclick=\"window.location.href='https://lienhoapm.rmresident.com/'\">"
                "Thanh Toán Tiền Thuê</button>",
                "<p>10080 Westminster Ave, Garden Grove, CA 92843 · (714) 555-0122</p>",
                lang="vi",
            )
        },
        "lienhoapm.rmresident.com": {"/": VENDOR_LOGIN["Rent Manager"]("Lien Hoa Property Management")},
    },
    state="CA",
    city="Garden Grove",
)

# Koreatown Los Angeles, Korean only; "세입자 로그인" (tenant login) in the menu to AppFolio. high.
add(
    "site_links_portal",
    "AppFolio",
    "Hanmaum Property Management",
    "hanmaumpm.com",
    af("hanmaumpm"),
    "high",
    merge(
        {
            "hanmaumpm.com": {
                "/": home(
                    "한마음 부동산 관리 Hanmaum Property Management | LA 한인타운",
                    KO_NAV + a(af("hanmaumpm"), "세입자 로그인"),
                    "<h1>한마음 부동산 관리</h1><p>Hanmaum Property Management</p>"
                    + KO_PM
                    + "<p>LA 한인타운, 윌셔, 행콕팍 지역 아파트 및 콘도 관리.</p>",
                    "<p>3700 Wilshire Blvd, Suite 520, Los Angeles, CA 90010 · (213) 555-0140 · DRE #02033417</p>",
                    lang="ko",
                )
            }
        },
        appfolio("hanmaumpm", "Hanmaum Property Management"),
    ),
    state="CA",
    city="Los Angeles",
)

# Fort Lee, Korean and English; an onclick button "렌트 납부" (pay rent) to the Buildium account. high.
add(
    "site_links_portal",
    "Buildium",
    "Palisade Crest Management",
    "palisadecrestmgmt.com",
    bd("palisadecrest"),
    "high",
    merge(
        {
            "palisadecrestmgmt.com": {
                "/": home(
                    "팰리세이드 크레스트 Palisade Crest Management - Fort Lee NJ",
                    KO_NAV,
                    "<h1>Palisade Crest Management</h1>"
                    + KO_PM
                    + "<p>Condo and co-op rentals in Fort Lee, Edgewater and Cliffside Park.</p>"
                    f"<button type='button' onclick=\"window.location.href='{bd('palisadecrest')}'\">"
                    "렌트 납부 · Pay Rent</button>",
                    "<p>2050 Center Ave, Suite 300, Fort Lee, NJ 07024 · (201) 555-0165</p>",
                    lang="ko",
                )
            }
        },
        buildium("palisadecrest", "Palisade Crest Management"),
    ),
    state="NJ",
    city="Fort Lee",
)

# Duluth GA, Korean only; "입주자 포털" to the Rent Manager TWA account. The address is written only
# in Korean ("조지아주 둘루스 ..."), no state code: no address elsewhere, not wrong_state. high.
add(
    "site_links_portal",
    "Rent Manager",
    "Hanbit Realty Group",
    "hanbitrealtyga.com",
    "https://hanbitrealty.twa.rentmanager.com/",
    "high",
    merge(
        {
            "hanbitrealtyga.com": {
                "/": home(
                    "한빛 부동산 Hanbit Realty Group - 애틀랜타 임대 관리",
                    KO_NAV + a("https://hanbitrealty.twa.rentmanager.com/", "입주자 포털"),
                    "<h1>한빛 부동산 Hanbit Realty Group</h1>"
                    + KO_PM
                    + "<p>둘루스, 스와니, 존스크릭, 로렌스빌 지역 주택 임대 관리.</p>",
                    "<p>주소: 조지아주 둘루스 플레즌트 힐 로드 3170, 스위트 204 · 전화 (770) 555-0129</p>",
                    lang="ko",
                )
            }
        },
        twa("hanbitrealty", "Hanbit Realty Group"),
    ),
    state="GA",
    city="Duluth",
)

# Duluth GA, Korean; "한미부동산협회 조지아 지부에 가입했습니다" (we joined the Georgia chapter of the
# Korean-American realtors' association) beside "테넌트 포털" to DoorLoop. Joining an association is
# no handover, as "joined the Texas Apartment Association" is not. high.
add(
    "site_links_portal",
    "DoorLoop",
    "Arirang Property Management",
    "arirangpmga.com",
    "https://arirangpm.app.doorloop.com/",
    "high",
    merge(
        {
            "arirangpmga.com": {
                "/": home(
                    "아리랑 부동산 관리 Arirang Property Management",
                    KO_NAV + a("https://arirangpm.app.doorloop.com/", "테넌트 포털"),
                    "<h1>Arirang Property Management</h1>"
                    + KO_PM
                    + "<p>소식: 저희 회사가 한미부동산협회(KAREA) 조지아 지부에 가입했습니다.</p>",
                    "<p>2180 Pleasant Hill Rd, Suite A-5, Duluth, GA 30096 · (678) 555-0191</p>",
                    lang="ko",
                )
            }
        },
        doorloop("arirangpm", "Arirang Property Management"),
    ),
    state="GA",
    city="Duluth",
)

# Brighton Beach, Russian only; "Личный кабинет жильца" (resident's account) to Buildium. high.
add(
    "site_links_portal",
    "Buildium",
    "Coney Shore Management",
    "coneyshoremgmt.com",
    bd("coneyshore"),
    "high",
    merge(
        {
            "coneyshoremgmt.com": {
                "/": home(
                    "Coney Shore Management — управление недвижимостью в Бруклине",
                    RU_NAV + a(bd("coneyshore"), "Личный кабинет жильца"),
                    "<h1>Coney Shore Management</h1>"
                    + RU_PM
                    + "<p>Брайтон-Бич, Шипсхед-Бей, Мидвуд. Говорим по-русски и по-английски.</p>",
                    "<p>Адрес: 3100 Brighton 4th St, Brooklyn, NY 11235 · Тел.: (718) 555-0114</p>",
                    lang="ru",
                )
            }
        },
        buildium("coneyshore", "Coney Shore Management"),
    ),
    state="NY",
    city="Brooklyn",
)

# Sheepshead Bay, Russian homepage without a portal link; the agent gives the live Propertyware
# tenant portal in the company's name. medium (portal_live).
add(
    "live_portal",
    "Propertyware",
    "Baltic Bay Realty",
    "balticbayrealtyny.com",
    "https://balticbay.propertyware.com/pw/portals/balticbay/tenant.action",
    "medium",
    {
        "balticbayrealtyny.com": {
            "/": home(
                "Baltic Bay Realty — аренда и управление",
                RU_NAV,
                "<h1>Baltic Bay Realty</h1>" + RU_PM + "<p>Оплата аренды — через онлайн-портал; "
                "ссылку вы получите после подписания договора.</p>",
                "<p>1723 Sheepshead Bay Rd, Brooklyn, NY 11235 · (347) 555-0173</p>",
                lang="ru",
            )
        },
        "balticbay.propertyware.com": {"/pw/portals/balticbay/tenant.action": VENDOR_LOGIN["Propertyware"]("Baltic Bay Realty")},
    },
    state="NY",
    city="Brooklyn",
)

# Framingham, Brazilian Portuguese; "Portal do Inquilino" to Buildium. high.
add(
    "site_links_portal",
    "Buildium",
    "Concord Verde Property Management",
    "concordverdepm.com",
    bd("concordverde"),
    "high",
    merge(
        {
            "concordverdepm.com": {
                "/": home(
                    "Concord Verde Property Management — Administração de Imóveis em Framingham",
                    PT_NAV + a(bd("concordverde"), "Portal do Inquilino"),
                    "<h1>Concord Verde Property Management</h1>" + PT_PM + "<p>Atendemos em português, inglês e espanhol.</p>",
                    "<p>Endereço: 65 Concord St, Suite 2, Framingham, MA 01702 · Tel: (508) 555-0148</p>",
                    lang="pt-BR",
                )
            }
        },
        buildium("concordverde", "Concord Verde Property Management"),
    ),
    state="MA",
    city="Framingham",
)

# Pompano Beach, Portuguese with an English switcher; footer buttons "Área do Inquilino" and
# "Pagar Aluguel" to the AppFolio account. high.
add(
    "site_links_portal",
    "AppFolio",
    "Atlantica Property Management",
    "atlanticapmfl.com",
    af("atlanticapm"),
    "high",
    merge(
        {
            "atlanticapmfl.com": {
                "/": home(
                    "Atlântica Property Management | Pompano Beach, FL",
                    PT_NAV,
                    "<h1>Atlântica Property Management</h1>"
                    + PT_PM
                    + "<p>Pompano Beach, Deerfield Beach, Boca Raton e Coconut Creek.</p>",
                    f"<a class='btn' href='{af('atlanticapm')}'>Área do Inquilino</a> <a class='btn' href='{af('atlanticapm')}'>"
                    "Pagar Aluguel</a><p>2601 E Atlantic Blvd, Pompano Beach, FL 33062 · (954) 555-0102</p>",
                    lang="pt-BR",
                    switcher="<a href='/'>Português</a> | <a href='/en/'>English</a>",
                )
            }
        },
        appfolio("atlanticapm", "Atlantica Property Management"),
    ),
    state="FL",
    city="Pompano Beach",
)

# Framingham, Portuguese; the homepage links "/portal-do-inquilino", whose page links the Rentvine
# account; "Fechamos 2025 com mais de 300 imóveis administrados" is a year's tally, no closure. high.
add(
    "site_links_portal",
    "Rentvine",
    "Waushakum Home Rentals",
    "waushakumhomerentals.com",
    rv("waushakum"),
    "high",
    merge(
        {
            "waushakumhomerentals.com": {
                "/": home(
                    "Waushakum Home Rentals — Aluguel e Administração",
                    PT_NAV + a("/portal-do-inquilino", "Inquilinos"),
                    "<h1>Waushakum Home Rentals</h1>"
                    + PT_PM
                    + "<p>Fechamos 2025 com mais de 300 imóveis administrados. Obrigado!</p>",
                    "<p>12 Waverly St, Framingham, MA 01702 · (508) 555-0166</p>",
                    lang="pt-BR",
                ),
                "/portal-do-inquilino": home(
                    "Portal do Inquilino — Waushakum Home Rentals",
                    PT_NAV,
                    f"<h1>Portal do Inquilino</h1><p>Pague o aluguel e faça pedidos de manutenção online.</p>"
                    f"{a(rv('waushakum'), 'Acessar o portal')}",
                    "<p>12 Waverly St, Framingham, MA 01702</p>",
                    lang="pt-BR",
                ),
            }
        },
        rentvine("waushakum", "Waushakum Home Rentals"),
    ),
    state="MA",
    city="Framingham",
)

# North Miami, Haitian Creole and English; "Peye Lwaye" (pay rent) in the menu to AppFolio. high.
add(
    "site_links_portal",
    "AppFolio",
    "Lakay Solid Property Management",
    "lakaysolidpm.com",
    af("lakaysolid"),
    "high",
    merge(
        {
            "lakaysolidpm.com": {
                "/": home(
                    "Lakay Solid Property Management | Jesyon Pwopriyete North Miami",
                    HT_NAV + a(af("lakaysolid"), "Peye Lwaye"),
                    "<h1>Lakay Solid Property Management</h1>"
                    + HT_PM
                    + "<p>We manage homes and apartments in North Miami, Miami Gardens and Little Haiti.</p>",
                    "<p>12550 Biscayne Blvd, Suite 410, North Miami, FL 33181 · (305) 555-0133</p>",
                    lang="ht",
                    switcher="<a href='/'>Kreyòl</a> | <a href='/en/'>English</a>",
                )
            }
        },
        appfolio("lakaysolid", "Lakay Solid Property Management"),
    ),
    state="FL",
    city="North Miami",
)

# Little Haiti, Creole/French/English; "Biwo a ap fèmen 1ye janvye pou Jou Endepandans" (the office
# closes on Jan 1 for Independence Day) and "Pòtay Lokatè" (tenant portal) to Buildium. high.
add(
    "site_links_portal",
    "Buildium",
    "Bel Kay Realty Management",
    "belkayrealty.com",
    bd("belkayrealty"),
    "high",
    merge(
        {
            "belkayrealty.com": {
                "/": home(
                    "Bel Kay Realty Management — Miami",
                    HT_NAV + a(bd("belkayrealty"), "Pòtay Lokatè"),
                    "<div class='notice'>Avi: Biwo a ap fèmen 1ye janvye pou Jou Endepandans Ayiti. Pòtay la ouvè 24/7.</div>"
                    "<h1>Bel Kay Realty Management</h1>" + HT_PM + "<p>Gestion immobilière à Miami — nous parlons français.</p>",
                    "<p>5911 NE 2nd Ave, Miami, FL 33137 · (786) 555-0150</p>",
                    lang="ht",
                    switcher="<a href='/'>Kreyòl</a> | <a href='/fr/'>Français</a> | <a href='/en/'>English</a>",
                )
            }
        },
        buildium("belkayrealty", "Bel Kay Realty Management"),
    ),
    state="FL",
    city="Miami",
)

# Dearborn, Arabic and English, right-to-left; "بوابة المستأجرين" (tenants' portal) to Buildium. high.
add(
    "site_links_portal",
    "Buildium",
    "Warren Cedar Property Management",
    "warrencedarpm.com",
    bd("warrencedar"),
    "high",
    merge(
        {
            "warrencedarpm.com": {
                "/": home(
                    "Warren Cedar Property Management | إدارة العقارات في ديربورن",
                    AR_NAV + a(bd("warrencedar"), "بوابة المستأجرين"),
                    "<h1>Warren Cedar Property Management</h1>"
                    + AR_PM
                    + "<p>Serving Dearborn, Dearborn Heights and Detroit owners.</p>",
                    "<p>13530 W Warren Ave, Dearborn, MI 48126 · (313) 555-0181</p>",
                    lang="ar",
                    rtl=True,
                    switcher="<a href='/'>العربية</a> | <a href='/en/'>English</a>",
                )
            }
        },
        buildium("warrencedar", "Warren Cedar Property Management"),
    ),
    state="MI",
    city="Dearborn",
)

# Dearborn Heights, Arabic; "تسجيل دخول المستأجر" (tenant sign-in) to the DoorLoop account. high.
add(
    "site_links_portal",
    "DoorLoop",
    "Fordson Olive Rentals",
    "fordsonoliverentals.com",
    "https://fordsonolive.app.doorloop.com/login",
    "high",
    merge(
        {
            "fordsonoliverentals.com": {
                "/": home(
                    "Fordson Olive Rentals - تأجير وإدارة العقارات",
                    AR_NAV + a("https://fordsonolive.app.doorloop.com/login", "تسجيل دخول المستأجر"),
                    "<h1>Fordson Olive Rentals</h1>" + AR_PM,
                    "<p>الهاتف: (313) 555-0107 · 26400 Ford Rd, Dearborn Heights, MI 48127</p>",
                    lang="ar",
                    rtl=True,
                )
            }
        },
        doorloop("fordsonolive", "Fordson Olive Rentals"),
    ),
    state="MI",
    city="Dearborn Heights",
)

# Flushing; only a 2017 announcement post ("公告：租客网上交租平台正式上线") links the Buildium
# account, the homepage links that post and no portal. Dated post over five years old: medium.
add(
    "site_links_portal",
    "Buildium",
    "Main Street Orchid Realty",
    "orchidrealtyflushing.com",
    bd("orchidrealtyny"),
    "medium",
    merge(
        {
            "orchidrealtyflushing.com": {
                "/": home(
                    "兰花地产 Main Street Orchid Realty",
                    ZH_NAV,
                    "<h1>兰花地产 Main Street Orchid Realty</h1>"
                    + ZH_PM
                    + "<h3>最新公告</h3><ul><li><a href='/2017/03/online-rent-payment/'>"
                    "公告：租客网上交租平台正式上线</a></li></ul>",
                    "<p>40-28 Main St, 3F, Flushing, NY 11354 ｜ (718) 555-0199</p>",
                    lang="zh-CN",
                ),
                "/2017/03/online-rent-payment/": home(
                    "公告：租客网上交租平台正式上线 - 兰花地产",
                    ZH_NAV,
                    "<article><time datetime='2017-03-08'>2017年3月8日</time><h1>公告：租客网上交租平台正式上线</h1>"
                    f"<p>各位租客：即日起可通过<a href='{bd('orchidrealtyny')}'>租客网上平台</a>交租及报修。</p></article>",
                    "<p>40-28 Main St, 3F, Flushing, NY 11354</p>",
                    lang="zh-CN",
                ),
            }
        },
        buildium("orchidrealtyny", "Main Street Orchid Realty"),
    ),
    state="NY",
    city="Flushing",
)

# Brighton Beach; the linked Buildium Resident Center carries the manager's Russian announcement
# "Офис закрыт 7 января (Рождество). Онлайн-оплата работает." above its login form: a holiday
# closure of the office, not of the portal. high.
add(
    "site_links_portal",
    "Buildium",
    "Neptune Avenue Management",
    "neptuneavemgmt.com",
    bd("neptuneave"),
    "high",
    merge(
        {
            "neptuneavemgmt.com": {
                "/": home(
                    "Neptune Avenue Management — Бруклин",
                    RU_NAV + a(bd("neptuneave"), "Оплатить аренду"),
                    "<h1>Neptune Avenue Management</h1>" + RU_PM,
                    "<p>2920 Neptune Ave, Brooklyn, NY 11224 · (718) 555-0176</p>",
                    lang="ru",
                )
            }
        },
        buildium(
            "neptuneave",
            "",
            _login(
                "Neptune Avenue Management - Resident Center",
                "Neptune Avenue Management Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra="<div class='announcement'>Офис закрыт 7 января (Рождество). Онлайн-оплата работает.</div>",
            ),
        ),
    ),
    state="NY",
    city="Brooklyn",
)

# Koreatown; the Korean homepage answers servers with Cloudflare's managed challenge, the agent
# gives the live AppFolio account in the company's name. An unreadable site with a live portal:
# medium (portal_live).
add(
    "live_portal",
    "AppFolio",
    "Sejong Realty Management",
    "sejongrealtyla.com",
    af("sejongrealty"),
    "medium",
    merge({"sejongrealtyla.com": everywhere(CF_CHALLENGE)}, appfolio("sejongrealty", "Sejong Realty Management")),
    state="CA",
    city="Los Angeles",
)


# ============================ rejections ============================

# Flushing; the homepage says "本公司已于2025年6月30日正式停止营业" (has officially ceased business)
# while the Buildium account still answers. ambiguous: the contract reads closure wording in
# English and Spanish only; a careful team reads this as "ceased operations": dead_domain.
add(
    "stale_portal",
    "Buildium",
    "Prince Street Harmony Realty",
    "harmonyrealtyflushing.com",
    bd("harmonyflushing"),
    "dead_domain",
    merge(
        {
            "harmonyrealtyflushing.com": {
                "/": home(
                    "和谐地产 Prince Street Harmony Realty",
                    ZH_NAV,
                    "<h1>停业通知</h1><p>和谐地产 (Prince Street Harmony Realty) 已于2025年6月30日正式停止营业。"
                    "感谢各位业主和租客多年来的信任与支持。押金及账务问题请致电 (718) 555-0105。</p>",
                    "<p>133-38 Roosevelt Ave, Flushing, NY 11354</p>",
                    lang="zh-CN",
                )
            }
        },
        buildium("harmonyflushing", "Prince Street Harmony Realty"),
    ),
    state="NY",
    city="Flushing",
)

# San Francisco; "本公司物業管理業務已於2025年1月1日起轉交 Bay Trust Property Services 接手管理"
# (our management business was handed to another firm); the AppFolio account still answers.
# ambiguous: handover wording in traditional Chinese; read as "transitioned our management
# clients to": evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Clement Pearl Property Management",
    "clementpearlpm.com",
    af("clementpearl"),
    "evidence_unverified",
    merge(
        {
            "clementpearlpm.com": {
                "/": home(
                    "明珠物業管理 Clement Pearl Property Management",
                    ZH_TW_NAV,
                    "<h1>重要通知</h1><p>明珠物業管理之物業管理業務已於2025年1月1日起轉交 Bay Trust Property Services "
                    "接手管理。所有租戶請向新管理公司繳交租金及提出維修申請。</p>" + ZH_TW_PM,
                    "<p>5520 Geary Blvd, San Francisco, CA 94121 · (415) 555-0190</p>",
                    lang="zh-Hant",
                )
            }
        },
        appfolio("clementpearl", "Clement Pearl Property Management"),
    ),
    state="CA",
    city="San Francisco",
)

# Westminster; "Chúng tôi đã sáp nhập với Pacific Coast Residential" (we have merged with ...) and
# a link to the new firm; the Rent Manager account still answers. ambiguous: merger wording in
# Vietnamese; read as "have merged to become": evidence_unverified.
add(
    "stale_portal",
    "Rent Manager",
    "Little Saigon Home Management",
    "littlesaigonhomemgmt.com",
    "https://lshomemgmt.twa.rentmanager.com/",
    "evidence_unverified",
    merge(
        {
            "littlesaigonhomemgmt.com": {
                "/": home(
                    "Little Saigon Home Management",
                    VI_NAV,
                    "<h1>Thông Báo Quan Trọng</h1><p>Kể từ ngày 1 tháng 3 năm 2025, Little Saigon Home Management đã sáp nhập "
                    "với Pacific Coast Residential. Quý chủ nhà và người thuê xin liên lạc công ty mới tại "
                    "<a href='https://pacificcoastresidential-oc.com/'>pacificcoastresidential-oc.com</a>.</p>",
                    "<p>9550 Bolsa Ave, Westminster, CA 92683</p>",
                    lang="vi",
                )
            }
        },
        twa("lshomemgmt", "Little Saigon Home Management"),
    ),
    state="CA",
    city="Westminster",
)

# Koreatown; "폐업 안내: ... 2025년 3월 31일자로 폐업하였습니다" (closure notice: we closed the
# business as of March 31, 2025); the Buildium account still answers. ambiguous: closure in
# Korean; read as "is no longer in business": dead_domain.
add(
    "stale_portal",
    "Buildium",
    "Vermont Hanin Management",
    "vermonthanin.com",
    bd("vermonthanin"),
    "dead_domain",
    merge(
        {
            "vermonthanin.com": {
                "/": home(
                    "버몬트 한인 관리 Vermont Hanin Management",
                    KO_NAV,
                    "<h1>폐업 안내</h1><p>그동안 버몬트 한인 관리를 이용해 주신 건물주님과 세입자 여러분께 감사드립니다. "
                    "저희 회사는 2025년 3월 31일자로 폐업하였습니다. 디파짓 관련 문의는 이메일로 부탁드립니다.</p>",
                    "<p>Vermont Hanin Management · Los Angeles, CA 90020</p>",
                    lang="ko",
                )
            }
        },
        buildium("vermonthanin", "Vermont Hanin Management"),
    ),
    state="CA",
    city="Los Angeles",
)

# Brighton Beach; "Наше подразделение по управлению недвижимостью продано компании Atlantic Shore
# Residential" (our property management division has been sold to ...); AppFolio still answers.
# ambiguous: sale wording in Russian; evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Oceanview Brighton Management",
    "oceanviewbrighton.com",
    af("oceanviewbrighton"),
    "evidence_unverified",
    merge(
        {
            "oceanviewbrighton.com": {
                "/": home(
                    "Oceanview Brighton Management",
                    RU_NAV,
                    "<h1>Важное объявление</h1><p>С 1 октября 2025 года наше подразделение по управлению недвижимостью продано "
                    "компании Atlantic Shore Residential. По вопросам аренды и ремонта "
                    "обращайтесь в Atlantic Shore Residential.</p>" + RU_PM,
                    "<p>602 Brighton Beach Ave, Brooklyn, NY 11235</p>",
                    lang="ru",
                )
            }
        },
        appfolio("oceanviewbrighton", "Oceanview Brighton Management"),
    ),
    state="NY",
    city="Brooklyn",
)

# Framingham; "A Lar Novo Property Management encerrou suas atividades em 31 de dezembro de 2025"
# (ceased its operations); the Buildium account still answers. ambiguous: closure in Portuguese;
# dead_domain.
add(
    "stale_portal",
    "Buildium",
    "Lar Novo Property Management",
    "larnovopm.com",
    bd("larnovo"),
    "dead_domain",
    merge(
        {
            "larnovopm.com": {
                "/": home(
                    "Lar Novo Property Management",
                    PT_NAV,
                    "<h1>Comunicado</h1><p>A Lar Novo Property Management encerrou suas atividades em 31 de dezembro de 2025. "
                    "Agradecemos a todos os proprietários e inquilinos pela confiança ao longo desses anos.</p>",
                    "<p>Framingham, MA 01701</p>",
                    lang="pt-BR",
                )
            }
        },
        buildium("larnovo", "Lar Novo Property Management"),
    ),
    state="MA",
    city="Framingham",
)

# North Miami; "Nou pa jere pwopriyete ankò. Nou transfere tout kliyan nou yo bay Biscayne Keys
# Management." (we no longer manage properties; we transferred all our clients to ...); AppFolio
# still answers. ambiguous: handover in Haitian Creole; evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Soley Property Management",
    "soleypm.com",
    af("soleypm"),
    "evidence_unverified",
    merge(
        {
            "soleypm.com": {
                "/": home(
                    "Soley Property Management",
                    HT_NAV,
                    "<h1>Avi Enpòtan</h1><p>Depi 1ye novanm 2025, Soley Property Management pa jere pwopriyete ankò. "
                    "Nou transfere tout kliyan nou yo bay Biscayne Keys Management. Mèsi pou konfyans nou.</p>",
                    "<p>North Miami, FL 33161 · (305) 555-0112</p>",
                    lang="ht",
                )
            }
        },
        appfolio("soleypm", "Soley Property Management"),
    ),
    state="FL",
    city="North Miami",
)

# Dearborn; "لم نعد نقدم خدمات إدارة العقارات اعتباراً من ١ يناير ٢٠٢٦" (we no longer offer property
# management services as of Jan 1, 2026; the firm now does sales only); Buildium still answers.
# ambiguous: Arabic wording of "we no longer offer property management"; evidence_unverified.
add(
    "stale_portal",
    "Buildium",
    "Zaytoun Property Management",
    "zaytounpm.com",
    bd("zaytounpm"),
    "evidence_unverified",
    merge(
        {
            "zaytounpm.com": {
                "/": home(
                    "Zaytoun Realty | زيتون",
                    AR_NAV,
                    "<h1>إعلان هام</h1><p>نود إعلام عملائنا الكرام بأننا لم نعد نقدم "
                    "خدمات إدارة العقارات اعتباراً من ١ يناير ٢٠٢٦. "
                    "نستمر في خدمات بيع وشراء المنازل فقط.</p>",
                    "<p>5851 Schaefer Rd, Dearborn, MI 48126 · (313) 555-0144</p>",
                    lang="ar",
                    rtl=True,
                )
            }
        },
        buildium("zaytounpm", "Zaytoun Property Management"),
    ),
    state="MI",
    city="Dearborn",
)

# Flushing; the site links its Buildium Resident Center, which shows above its login form
# "通知：此租客中心已于2025年9月30日停用" (this Resident Center was retired on ...). ambiguous: the
# portal notice rule names English and Spanish; read as "is no longer active": evidence_unverified.
add(
    "stale_portal",
    "Buildium",
    "Longevity Home Management",
    "longevityhomeny.com",
    bd("longevityhome"),
    "evidence_unverified",
    merge(
        {
            "longevityhomeny.com": {
                "/": home(
                    "长寿家园管理 Longevity Home Management",
                    ZH_NAV + a(bd("longevityhome"), "租客登录"),
                    "<h1>Longevity Home Management</h1>" + ZH_PM,
                    "<p>37-12 Prince St, Flushing, NY 11354 ｜ (718) 555-0161</p>",
                    lang="zh-CN",
                )
            }
        },
        buildium(
            "longevityhome",
            "",
            _login(
                "Longevity Home Management - Resident Center",
                "Longevity Home Management Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra="<div class='announcement'>通知：此租客中心已于2025年9月30日停用。请勿在此付款，详情请联系办公室。</div>",
            ),
        ),
    ),
    state="NY",
    city="Flushing",
)

# Houston; the site links its AppFolio account, whose login page says "Kể từ ngày 1/10/2025, bất
# động sản của quý vị được quản lý bởi Gulfton Residential Services" (your property is now managed
# by ...). ambiguous: "now managed by" in Vietnamese; evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Tan Phat Realty",
    "tanphatrealtyhouston.com",
    af("tanphatrealty"),
    "evidence_unverified",
    merge(
        {
            "tanphatrealtyhouston.com": {
                "/": home(
                    "Tân Phát Realty - Houston",
                    VI_NAV + a(af("tanphatrealty"), "Cổng Người Thuê"),
                    "<h1>Tân Phát Realty</h1>" + VI_PM,
                    "<p>6918 Wilcrest Dr, Houston, TX 77072 · (832) 555-0108</p>",
                    lang="vi",
                )
            }
        },
        appfolio(
            "tanphatrealty",
            "",
            _login(
                "Online Portal - Sign In",
                "Tan Phat Realty",
                user="user[email]",
                footer="Powered by AppFolio Property Manager",
                extra="<div class='notice'>Kể từ ngày 1/10/2025, bất động sản của quý vị được quản lý bởi Gulfton Residential "
                "Services. Xin liên lạc công ty mới để thanh toán tiền thuê.</div>",
            ),
        ),
    ),
    state="TX",
    city="Houston",
)

# Brighton Beach; the site links its Buildium account, whose announcement reads "Мы переходим на
# новый портал AppFolio: neptunewave.appfolio.com" (we're moving to our new AppFolio portal) above
# the login form. ambiguous: the move wording in Russian; read as "we're moving" naming another
# PMS's portal: pms_mismatch.
add(
    "other_pms",
    "Buildium",
    "Surf Avenue Residential",
    "surfaveresidential.com",
    bd("surfaveres"),
    "pms_mismatch",
    merge(
        {
            "surfaveresidential.com": {
                "/": home(
                    "Surf Avenue Residential",
                    RU_NAV + a(bd("surfaveres"), "Кабинет арендатора"),
                    "<h1>Surf Avenue Residential</h1>" + RU_PM,
                    "<p>3514 Surf Ave, Brooklyn, NY 11224 · (718) 555-0197</p>",
                    lang="ru",
                )
            }
        },
        buildium(
            "surfaveres",
            "",
            _login(
                "Surf Avenue Residential - Resident Center",
                "Surf Avenue Residential Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra="<div class='announcement'>Внимание! Мы переходим на новый портал AppFolio: "
                "<a href='https://surfavenueres.appfolio.com/connect'>surfavenueres.appfolio.com</a>. "
                "С 1 декабря оплата принимается только там.</div>",
            ),
        ),
        appfolio("surfavenueres", "Surf Avenue Residential"),
    ),
    state="NY",
    city="Brooklyn",
)

# Flushing; the homepage is a bare "网站建设中，敬请期待" (site under construction, stay tuned) with
# nothing else, beside a live Buildium account. ambiguous: the placeholder wording in Chinese; a
# bare coming-soon page: dead_domain.
add(
    "parked",
    "Buildium",
    "Sanford Avenue Realty",
    "sanfordaverealty.com",
    bd("sanfordave"),
    "dead_domain",
    merge(
        {
            "sanfordaverealty.com": {
                "/": doc(
                    "即将上线",
                    HEAD,
                    "<div class='coming-soon'><h1>网站建设中</h1><p>敬请期待</p></div>",
                    lang="zh-CN",
                )
            }
        },
        buildium("sanfordave", "Sanford Avenue Realty"),
    ),
    state="NY",
    city="Flushing",
)

# Dearborn; the homepage is a bare Arabic "الموقع قيد الإنشاء — قريباً" (site under construction —
# soon) with nothing else, beside a live AppFolio account. ambiguous: Arabic placeholder wording;
# dead_domain.
add(
    "parked",
    "AppFolio",
    "Michigan Avenue Cedar Rentals",
    "michiganavecedar.com",
    af("miavecedar"),
    "dead_domain",
    merge(
        {
            "michiganavecedar.com": {
                "/": doc(
                    "قريباً",
                    HEAD,
                    "<div dir='rtl' class='under-construction'><h1>الموقع قيد الإنشاء</h1><p>قريباً</p></div>",
                    lang="ar",
                )
            }
        },
        appfolio("miavecedar", "Michigan Avenue Cedar Rentals"),
    ),
    state="MI",
    city="Dearborn",
)

# Pompano Beach; a parking page in Portuguese ("Este domínio pode estar à venda!") with a
# ParkingCrew-style script and a marketplace link, beside a live AppFolio account. dead_domain.
add(
    "parked",
    "AppFolio",
    "Costa Verde Rentals",
    "costaverderentalsfl.com",
    af("costaverdefl"),
    "dead_domain",
    merge(
        {
            "costaverderentalsfl.com": {
                "/": doc(
                    "costaverderentalsfl.com",
                    "<script src='https://www.parkingcrew.net/assets/scripts/pc.js'></script>",
                    "<h1>costaverderentalsfl.com</h1><p>Este domínio pode estar à venda!</p>"
                    "<a href='https://www.afternic.com/forsale/costaverderentalsfl.com?utm_source=TDFS&utm_medium=parking'>"
                    "Comprar este domínio</a><p>Links relacionados: Aluguel de Apartamentos · Imóveis</p>",
                    lang="pt-BR",
                )
            }
        },
        appfolio("costaverdefl", "Costa Verde Rentals"),
    ),
    state="FL",
    city="Pompano Beach",
)

# Flushing; the domain paired with "Jin Long Property Management" is "金龍海鮮酒家", a seafood
# restaurant (dim sum, banquets), which never speaks of rentals or tenants; the agent gives a live
# Buildium account in the candidate's name that the site does not link. evidence_unverified.
add(
    "no_account",
    "Buildium",
    "Jin Long Property Management",
    "jinlongflushing.com",
    bd("jinlongpm"),
    "evidence_unverified",
    merge(
        {
            "jinlongflushing.com": {
                "/": home(
                    "金龍海鮮酒家 Jin Long Seafood Restaurant - Flushing",
                    "<a href='/'>首頁</a><a href='/menu'>菜單 Menu</a><a href='/banquet'>婚宴壽宴</a><a href='/contact'>訂座</a>",
                    "<h1>金龍海鮮酒家</h1><p>Jin Long Seafood Restaurant</p><p>每日早茶點心 9:00am–3:00pm，晚市小菜、生猛海鮮。"
                    "承接婚宴、壽宴、公司聚餐，可容納三百人。</p><p>Dim sum daily · Live seafood · Banquets up to 300 guests</p>",
                    "<p>135-20 40th Rd, Flushing, NY 11354 · 訂座 (718) 555-0128</p>",
                    lang="zh-Hant",
                )
            }
        },
        buildium("jinlongpm", "Jin Long Property Management"),
    ),
    state="NY",
    city="Flushing",
)

# Houston; the domain paired with "Phuoc Loc Property Management" is "Phước Lộc Tax & Insurance —
# Dịch Vụ Thuế & Bảo Hiểm", a tax preparer; the agent gives a live unlinked AppFolio account in the
# candidate's name. The site is another business's: evidence_unverified.
add(
    "no_account",
    "AppFolio",
    "Phuoc Loc Property Management",
    "phuoclocservices.com",
    af("phuoclocpm"),
    "evidence_unverified",
    merge(
        {
            "phuoclocservices.com": {
                "/": home(
                    "Phước Lộc Tax & Insurance - Dịch Vụ Thuế Houston",
                    "<a href='/'>Trang Chủ</a><a href='/thue'>Khai Thuế</a>"
                    "<a href='/bao-hiem'>Bảo Hiểm</a><a href='/lien-lac'>Liên Lạc</a>",
                    "<h1>Phước Lộc Tax &amp; Insurance</h1><p>Khai thuế cá nhân và doanh nghiệp, ITIN, bảo hiểm xe và bảo hiểm "
                    "sức khỏe. Nhận hồ sơ từ tháng Giêng đến tháng Tư.</p><p>Individual and business tax returns, ITIN, auto "
                    "and health insurance.</p>",
                    "<p>11360 Bellaire Blvd, Houston, TX 77072 · (281) 555-0154</p>",
                    lang="vi",
                )
            }
        },
        appfolio("phuoclocpm", "Phuoc Loc Property Management"),
    ),
    state="TX",
    city="Houston",
)

# Fort Lee; the domain paired with "Eunhye Property Management" is "은혜한인교회" (a Korean church:
# worship times, the pastor's greeting); a live Buildium account in the candidate's name is the
# evidence, unlinked. evidence_unverified.
add(
    "no_account",
    "Buildium",
    "Eunhye Property Management",
    "eunhyefortlee.org",
    bd("eunhyepm"),
    "evidence_unverified",
    merge(
        {
            "eunhyefortlee.org": {
                "/": home(
                    "은혜한인교회 Eunhye Korean Church of Fort Lee",
                    "<a href='/'>홈</a><a href='/worship'>예배 안내</a>"
                    "<a href='/sermons'>설교</a><a href='/contact'>오시는 길</a>",
                    "<h1>은혜한인교회</h1><p>주일 1부 예배 오전 9시, 2부 예배 오전 11시, 수요 예배 오후 8시. "
                    "담임목사 인사말: 은혜한인교회 홈페이지를 방문해 주신 여러분을 환영합니다.</p>"
                    "<p>Sunday worship 9 and 11 AM · English ministry 11 AM</p>",
                    "<p>1355 Anderson Ave, Fort Lee, NJ 07024 · (201) 555-0117</p>",
                    lang="ko",
                )
            }
        },
        buildium("eunhyepm", "Eunhye Property Management"),
    ),
    state="NJ",
    city="Fort Lee",
)

# Framingham; the domain paired with "Tropeiro Property Management" is "Churrascaria Tropeiro"
# (rodízio, lunch buffet); no evidence URL, no portal anywhere. no_pms_evidence.
add(
    "no_portal",
    "Buildium",
    "Tropeiro Property Management",
    "tropeiroframingham.com",
    None,
    "no_pms_evidence",
    {
        "tropeiroframingham.com": {
            "/": home(
                "Churrascaria Tropeiro — Rodízio em Framingham",
                "<a href='/'>Início</a><a href='/cardapio'>Cardápio</a>"
                "<a href='/eventos'>Eventos</a><a href='/contato'>Contato</a>",
                "<h1>Churrascaria Tropeiro</h1><p>Rodízio completo de carnes, buffet de saladas e pratos típicos mineiros. "
                "Almoço executivo de segunda a sexta. Reserve sua mesa para aniversários!</p>",
                "<p>400 Waverly St, Framingham, MA 01702 · (508) 555-0193</p>",
                lang="pt-BR",
            )
        }
    },
    state="MA",
    city="Framingham",
)

# Flushing, Chinese; asked as AppFolio, but the menu's "租客登录" goes to a live Rentvine account and
# nothing links AppFolio; no evidence URL. pms_mismatch.
add(
    "other_pms",
    "AppFolio",
    "Murray Hill Lotus Realty",
    "murrayhilllotus.com",
    None,
    "pms_mismatch",
    merge(
        {
            "murrayhilllotus.com": {
                "/": home(
                    "莲花地产 Murray Hill Lotus Realty",
                    ZH_NAV + a(rv("murrayhilllotus"), "租客登录"),
                    "<h1>莲花地产 Murray Hill Lotus Realty</h1>" + ZH_PM,
                    "<p>150-24 Northern Blvd, Flushing, NY 11354 ｜ (718) 555-0183</p>",
                    lang="zh-CN",
                )
            }
        },
        rentvine("murrayhilllotus", "Murray Hill Lotus Realty"),
    ),
    state="NY",
    city="Flushing",
)

# Koreatown; the domain does not exist (neither name nor www.), though the agent gives a live
# AppFolio account. dead_domain.
add(
    "dead_domain",
    "AppFolio",
    "Olympic Hanul Property Management",
    "olympichanulpm.com",
    af("olympichanul"),
    "dead_domain",
    appfolio("olympichanul", "Olympic Hanul Property Management"),
    ("olympichanulpm.com", "www.olympichanulpm.com"),
    state="CA",
    city="Los Angeles",
)

# San Jose, Vietnamese homepage with no portal link; the agent gives AppFolio's own help page for
# residents (vendor-wide, no account). no_pms_evidence.
add(
    "vendor_wide",
    "AppFolio",
    "Senter Road Home Management",
    "senterroadhomes.com",
    "https://www.appfolio.com/help/online-portal?lang=vi",
    "no_pms_evidence",
    {
        "senterroadhomes.com": {
            "/": home(
                "Senter Road Home Management - Quản Lý Nhà San Jose",
                VI_NAV,
                "<h1>Senter Road Home Management</h1>"
                + VI_PM
                + "<p>Người thuê xin gọi văn phòng để được hướng dẫn trả tiền thuê.</p>",
                "<p>2890 Senter Rd, San Jose, CA 95111 · (408) 555-0138</p>",
                lang="vi",
            )
        },
        "www.appfolio.com": {
            "/help/online-portal?lang=vi": page(
                "<h1>Online Portal Overview</h1><p>Already have an account? Login Here</p>", title="Online Portal"
            )
        },
    },
    state="CA",
    city="San Jose",
)

# San Francisco Chinatown apartment operator, traditional Chinese; the site links its Yardi
# RentCafe account, which answers servers with Cloudflare's challenge. unverifiable.
add(
    "bot_wall",
    "Yardi",
    "Stockton Terrace Apartments",
    "stocktonterraceapts.com",
    "https://stocktonterrace.securecafe.com/residentservices/stocktonterrace/userlogin.aspx",
    "unverifiable",
    {
        "stocktonterraceapts.com": {
            "/": home(
                "士德頓公寓 Stockton Terrace Apartments",
                ZH_TW_NAV
                + a("https://stocktonterrace.securecafe.com/residentservices/stocktonterrace/userlogin.aspx", "住戶網上服務"),
                "<h1>士德頓公寓 Stockton Terrace Apartments</h1>"
                "<p>一房、兩房公寓出租，鄰近華埠及北岸。住戶可網上繳租及報修。</p>",
                "<p>1450 Stockton St, San Francisco, CA 94133 · (415) 555-0124</p>",
                lang="zh-Hant",
            )
        },
        "stocktonterrace.securecafe.com": {"*": CF_CHALLENGE, "/robots.txt": CF_CHALLENGE},
    },
    state="CA",
    city="San Francisco",
)

# Little Haiti, Creole homepage with no portal link; the agent gives an image on AppFolio's CDN
# (a listing photo). An asset proves nothing: no_pms_evidence.
add(
    "asset",
    "AppFolio",
    "Kreyol Homes Property Management",
    "kreyolhomespm.com",
    "https://images.cdn.appfolio.com/kreyolhomes/images/3f0c9a1e-5b7d-4e2a-9c61-d8a4e0b7f215/medium.jpg",
    "no_pms_evidence",
    {
        "kreyolhomespm.com": {
            "/": home(
                "Kreyol Homes Property Management",
                HT_NAV,
                "<h1>Kreyol Homes Property Management</h1>"
                + HT_PM
                + "<p>Rele biwo a pou peye lwaye oswa pou mande reparasyon.</p>",
                "<p>8250 NE 2nd Ave, Miami, FL 33138 · (786) 555-0169</p>",
                lang="ht",
            )
        }
    },
    state="FL",
    city="Miami",
)

# Asked for Flushing NY; the Chinese site is a same-named firm in Markham, Ontario ("万锦市",
# "Markham, ON L3R 5B4", Toronto area), which links its live Buildium account. An address in
# Canada is in no state asked: wrong_state. ambiguous: the contract names only Mexico's addresses
# as in no state; a careful team reads an Ontario postal address the same way (nothing names New
# York or Flushing).
add(
    "no_account",
    "Buildium",
    "Evergreen Maple Realty",
    "evergreenmaplerealty.com",
    bd("evergreenmaple"),
    "wrong_state",
    merge(
        {
            "evergreenmaplerealty.com": {
                "/": home(
                    "枫绿地产 Evergreen Maple Realty - 大多伦多地区出租管理",
                    ZH_NAV + a(bd("evergreenmaple"), "租客登录"),
                    "<h1>枫绿地产 Evergreen Maple Realty</h1>" + ZH_PM + "<p>服务万锦、列治文山、士嘉堡及北约克。</p>",
                    "<p>地址：万锦市 7030 Woodbine Ave, Suite 500, Markham, ON L3R 5B4 ｜ (905) 555-0142</p>",
                    lang="zh-CN",
                )
            }
        },
        buildium("evergreenmaple", "Evergreen Maple Realty"),
    ),
    state="NY",
    city="Flushing",
)

HOLDOUT27 = collector.cases
