"""Twenty-fourth blind corpus: Texas's Spanish-language and bilingual property managers.

Focus and mix: 60 Texas candidates (the city asked is always Austin) from the border and the
big Spanish-speaking markets: El Paso, the Rio Grande Valley (McAllen, Edinburg, Mission,
Weslaco, Harlingen, Brownsville), Laredo, Eagle Pass, San Antonio, Houston and Dallas, as their
sites and portals are really built. 35 are real leads (about six in ten): Spanish-only sites
("Portal de Inquilinos", "Pagar Renta", "Residentes", "Propietarios", "Solicitar"), bilingual
sites side by side ("Pay Rent / Pagar Renta"), English sites with a Spanish switcher (WPML,
Weglot with `hreflang` alternates, GTranslate's `<select>`, Polylang's `?lang=es`), portal
links behind Spanish slugs (`/portal-de-inquilinos/`, `/pagar-renta`, a `pagos.` vanity host),
owner, listings and application portals, an old dated post, unlinked live portals in the name
(accents dropped, a Spanish brand whose footer owns the English legal name), a site behind a
Spanish Cloudflare challenge, Spanish addresses ("Ste.", "Tx", ZIPs 78501-78599, 79901-79999,
78040-78046, schema.org `PostalAddress`), a branch in Las Cruces beside the El Paso office,
clients in Nuevo Laredo beside a Laredo office, and benign Spanish wording that reads like a
notice ("cerrada el 24 y 25 de diciembre", "nos unimos a la Asociación de Apartamentos de
Texas", "ya no aceptamos pagos en efectivo", "nuestra oficina se mudó"). The 25 rejections are
in the same languages: companies closed or handed over in Spanish ("hemos cerrado nuestras
puertas", "ya no ofrecemos administración de propiedades", "ahora forma parte de", "nos
unimos a"), portals retired or handed over in Spanish, another PMS (a site's link, a portal
with no login form, a portal saying in Spanish it is moving), companies in Ciudad Juárez,
Nuevo Laredo and Las Cruces rather than Texas, another business on a domain paired with a
property manager's name (a taquería, a dental clinic, an immigration lawyer, a church, a
"bienes raíces" agent who only sells), Spanish parked and "próximamente" pages, a dead
domain, Yardi and Entrata bot walls, a vendor-wide and an asset URL, and a missing account.
The shared sign-in hosts (TenantCloud, Rentec Direct) are taken by other corpora and not
served here.

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
name rules, the state rule, the notices, the confidence table) and what a careful sales team
concludes from the pages as served, reading Spanish as fluently as English, written without
reading or running the checks. The contract gives its notices, closures and business words in
English and says only of parked pages that Spanish wording is read; where a Spanish notice or
a Spanish-only site decides the label, the label is what a careful team would want (a Spanish
"hemos cerrado nuestras puertas" is a closure, "ya no está activo" a retired portal, a Spanish
site about "rentas" and "inquilinos" a property manager's) and the case's comment says
"ambiguous:". A company in Mexico is not "in another state" in the contract's words (no US
state code and ZIP), but it is not in Texas either: labelled `wrong_state`, marked ambiguous.
Every page is our own short HTML written after the shapes of real sites, vendor portals,
parking pages and walls (real vendor host names, paths and wording); all company names,
domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Collector, listings_page, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

collector = Collector("holdout24-")
add = collector.add

# --- pages, written after the real shapes ----------------------------------------------------

ES_PM = (
    "<p>Administración de propiedades residenciales: casas, dúplex y departamentos en renta. "
    "Cobro de rentas, mantenimiento, selección de inquilinos y estados de cuenta mensuales para propietarios.</p>"
)
EN_PM = (
    "<p>Full-service residential property management: single-family homes, duplexes and apartments. Rent "
    "collection, maintenance, tenant screening and monthly owner statements.</p>"
)
BI_NOTE = "<p class='bilingual'>Se habla español &middot; We speak English</p>"


def es_home(
    co: str,
    body: str,
    *,
    addr: str,
    nav: str = "",
    head: str = "",
    title: str | None = None,
    footer: str = "",
    lang: str = "es-US",
) -> dict[str, Reply]:
    """A Spanish-first property manager's homepage (WordPress/Elementor shape): logo, menu, body, footer."""
    html = (
        f"<header class='site-header'><a class='logo' href='/'><img src='/wp-content/uploads/2024/03/logo.png' alt='{co}'></a>"
        "<nav class='menu-principal'><ul><li><a href='/'>Inicio</a></li><li><a href='/nosotros/'>Nosotros</a></li>"
        "<li><a href='/propiedades-en-renta/'>Propiedades en Renta</a></li><li><a href='/propietarios/'>Propietarios</a></li>"
        f"{nav}<li><a href='/contacto/'>Contacto</a></li></ul></nav></header>"
        f"<main><h1>{co}</h1>{body}</main>"
        f"<footer class='site-footer'><p>{addr}</p>{BI_NOTE}{footer}"
        f"<p>&copy; 2026 {co}. Todos los derechos reservados.</p></footer>"
    )
    return {"/": doc(title or f"{co} | Administración de Propiedades", head, html, lang=lang)}


def en_home(
    co: str, body: str, *, addr: str, nav: str = "", head: str = "", title: str | None = None, footer: str = ""
) -> dict[str, Reply]:
    """An English homepage of a bilingual office (the Spanish switcher goes in `nav` or `footer`)."""
    html = (
        f"<header><a class='brand' href='/'>{co}</a><nav><a href='/'>Home</a><a href='/about/'>About</a>"
        f"<a href='/rentals/'>Available Rentals</a><a href='/owners/'>Owners</a>{nav}"
        "<a href='/contact/'>Contact</a></nav></header>"
        f"<main><h1>{co}</h1>{EN_PM}{body}</main>"
        f"<footer><p>{addr}</p>{BI_NOTE}{footer}<p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return {"/": doc(title or f"{co} | Property Management", head, html, lang="en-US")}


def li(url: str, label: str) -> str:
    return f"<li class='menu-item'><a href='{url}'>{label}</a></li>"


def bld(co: str, *, notice: str = "") -> Reply:
    """A Buildium Resident Center sign-in page (English: the vendor's login is not translated)."""
    return doc(
        f"{co} - Resident Center",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<div class='login-page'><h1 class='company-name'>{co}</h1>{notice}"
        "<form method='post' action='/Resident/portal/login'><label for='Email'>Email</label>"
        "<input id='Email' name='Email' type='email'><label for='Password'>Password</label>"
        "<input id='Password' type='password' name='Password'><button type='submit'>Sign in</button>"
        "<a href='/Resident/portal/forgot-password'>Forgot your password?</a></form></div>"
        "<footer>Powered by Buildium</footer>",
        lang="en",
    )


def bld_host(co: str, path: str = "/Resident/portal/login", *, notice: str = "") -> dict[str, Reply]:
    return {path: bld(co, notice=notice), "/robots.txt": Reply(200, "User-agent: *\nDisallow: /\n", content_type="text/plain")}


def af_signin(co: str, *, notice: str = "", spanish: bool = False) -> Reply:
    """AppFolio's Online Portal sign-in; `spanish`: the page as served with the Spanish locale chosen."""
    if spanish:
        labels = (
            "Portal en línea - Iniciar sesión",
            "Correo electrónico",
            "Contraseña",
            "Iniciar sesión",
            "¿Olvidó su contraseña?",
        )
    else:
        labels = ("Online Portal - Sign In", "Email", "Password", "Sign In", "Forgot Password?")
    title, email, pw, button, forgot = labels
    return doc(
        title,
        "",
        f"<div class='portal-login'><h1>{co}</h1>{notice}<form method='post' action='/connect/users/sign_in'>"
        f"<label>{email}</label><input name='user[email]' type='email'><label>{pw}</label>"
        f"<input type='password' name='user[password]'><button type='submit'>{button}</button>"
        f"<a href='/connect/users/password/new'>{forgot}</a></form>"
        "<div class='locale-switch'><a href='?locale=en'>English</a> | <a href='?locale=es'>Español</a></div></div>"
        "<footer>Powered by AppFolio Property Manager</footer>",
        lang="es" if spanish else "en",
    )


def af_host(co: str, *, notice: str = "", spanish: bool = False) -> dict[str, Reply]:
    signin = af_signin(co, notice=notice, spanish=spanish)
    return {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": signin}


def rm_host(co: str) -> dict[str, Reply]:
    """Rent Manager's Tenant Web Access: the account root redirects to its login."""
    return {"/": redirect("/Account/Login?ReturnUrl=%2F"), "/Account/Login": VENDOR_LOGIN["Rent Manager"](co)}


CF_ES = raw(
    403,
    "<!DOCTYPE html><html lang='es-ES'><head><title>Un momento…</title></head><body><div class='main-wrapper'>"
    "<h1>Verificando que usted es un ser humano. Esto puede tardar unos segundos.</h1><noscript>Habilite JavaScript y "
    "las cookies para continuar</noscript><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'></script>"
    "</div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8d41c09e2b7a5f13-DFW"},
)
CF_EN = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Verifying you are human. This may take a few seconds.</h1><noscript>Enable JavaScript and cookies to continue"
    "</noscript><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script></div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8d41c0a77e2c4b90-IAH"},
)

WPML_ES = (
    "<div class='wpml-ls-statics-shortcode_actions wpml-ls wpml-ls-legacy-list-horizontal'><ul>"
    "<li class='wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-es'><a href='{site}/es/' class='wpml-ls-link'>"
    "<span class='wpml-ls-native' lang='es'>Español</span></a></li></ul></div>"
)
GTRANSLATE = (
    "<div class='gtranslate_wrapper'><select onchange='doGTranslate(this);' class='notranslate' "
    "aria-label='Website Language Selector'><option value=''>Select Language</option><option value='en|en'>English</option>"
    "<option value='en|es'>Español</option></select></div>"
    "<script src='https://cdn.gtranslate.net/widgets/latest/dropdown.js' defer></script>"
)


def weglot_head(site: str) -> str:
    return (
        f"<link rel='alternate' hreflang='es' href='https://{site}/'><link rel='alternate' hreflang='en' "
        f"href='https://en.{site}/'><script type='text/javascript' src='https://cdn.weglot.com/weglot.min.js'></script>"
    )


def weglot_switcher(site: str) -> str:
    return (
        "<aside data-wg-notranslate='' class='country-selector weglot-dropdown close_outside_click'>"
        "<input id='wg1' type='checkbox' class='weglot_choice'><label for='wg1' class='wgcurrent wg-li weglot-lang "
        "weglot-language flag-3 es' data-code-language='es' data-name-language='Español'><span class='wglanguage-name'>"
        f"Español</span></label><ul role='none'><li data-l='en' class='wg-li weglot-lang weglot-language flag-3 en'>"
        f"<a href='https://en.{site}/' data-wg-notranslate=''>English</a></li></ul></aside>"
    )


def biz(title: str, body: str, *, lang: str = "es-US") -> dict[str, Reply]:
    """Another kind of business's homepage."""
    return {"/": doc(title, "", body, lang=lang)}


# === real leads: the site links its portal ====================================================

# Spanish-only McAllen site (Elementor menu): "Portal de Inquilinos" in the menu to the Buildium
# Resident Center, whose title names the company. The site links a live portal in its name: high.
add(
    "site_links_portal",
    "Buildium",
    "Valle Sereno Property Management",
    "vallesereno-pm.com",
    "https://vallesereno.managebuilding.com/Resident/portal/login",
    "high",
    {
        "vallesereno-pm.com": es_home(
            "Valle Sereno Property Management",
            ES_PM + "<a class='elementor-button' href='/contacto/'>Solicite una consulta gratis</a>",
            addr="1201 N 10th St, Ste. 4, McAllen, Tx 78501 &middot; (956) 555-0131",
            nav=li("https://vallesereno.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "vallesereno.managebuilding.com": bld_host("Valle Sereno Property Management"),
    },
)

# El Paso, English with a WPML "Español" switcher; the footer's "Pay Rent / Pagar Renta" button to
# the AppFolio account. No evidence URL: the site proves the PMS. high.
add(
    "site_links_portal",
    "AppFolio",
    "Cerro Alto Property Management",
    "cerroaltopm.com",
    None,
    "high",
    {
        "cerroaltopm.com": en_home(
            "Cerro Alto Property Management",
            "<p>Serving Westside, Northeast and Eastside El Paso since 2009.</p>",
            addr="6044 Gateway Blvd E, Suite 210, El Paso, TX 79905",
            nav=WPML_ES.format(site="https://cerroaltopm.com"),
            footer="<div class='footer-cta'><a class='btn' href='https://cerroaltopm.appfolio.com/connect' target='_blank'>"
            "Pay Rent / Pagar Renta</a></div>",
        ),
        "cerroaltopm.appfolio.com": af_host("Cerro Alto Property Management"),
    },
)

# Laredo, Spanish-first with Weglot (`hreflang` alternates to an `en.` sub-domain, the switcher in
# the header); "Residentes > Pagar Renta" to the Rent Manager Tenant Web Access account. high.
add(
    "site_links_portal",
    "Rent Manager",
    "Loma Verde Rentals",
    "lomaverderentals.com",
    "https://lomaverde.twa.rentmanager.com/",
    "high",
    {
        "lomaverderentals.com": es_home(
            "Loma Verde Rentals",
            ES_PM + "<p>Casas en renta en el norte de Laredo, cerca de TAMIU y del Mall del Norte.</p>",
            addr="7718 McPherson Rd, Ste. B-105, Laredo, TX 78045 &middot; (956) 555-0177",
            head=weglot_head("lomaverderentals.com"),
            nav="<li class='menu-item-has-children'><a href='#'>Residentes</a><ul class='sub-menu'>"
            + li("https://lomaverde.twa.rentmanager.com/", "Pagar Renta")
            + li("/mantenimiento/", "Solicitud de Mantenimiento")
            + "</ul></li><li>"
            + weglot_switcher("lomaverderentals.com")
            + "</li>",
        ),
        "lomaverde.twa.rentmanager.com": rm_host("Loma Verde Rentals"),
    },
)

# Brownsville: the homepage's "Portal de Inquilinos" goes to an on-site page with a Spanish slug,
# which links the Buildium Resident Center. A careful team clicks through: the site links it, high.
# ambiguous: whether a Spanish slug "looks like the way to a portal" is not said; the label holds
# either way (the evidence URL is that live portal, linked from the site's own page).
add(
    "site_links_portal",
    "Buildium",
    "Resaca Property Management",
    "resacapm.com",
    "https://resacapm.managebuilding.com/Resident/portal/login",
    "high",
    {
        "resacapm.com": {
            **es_home(
                "Resaca Property Management",
                ES_PM + "<a class='boton' href='/portal-de-inquilinos/'>Portal de Inquilinos</a>",
                addr="2900 N Expressway 83, Ste. 12, Brownsville, TX 78521 &middot; (956) 555-0190",
            ),
            "/portal-de-inquilinos/": doc(
                "Portal de Inquilinos | Resaca Property Management",
                "",
                "<h1>Portal de Inquilinos</h1><p>Pague su renta en línea, envíe solicitudes de mantenimiento y consulte su "
                "contrato de arrendamiento las 24 horas.</p><a class='boton' "
                "href='https://resacapm.managebuilding.com/Resident/portal/login'>Ingresar al Portal</a>",
                lang="es-US",
            ),
        },
        "resacapm.managebuilding.com": bld_host("Resaca Property Management"),
    },
)

# San Antonio, English site with the GTranslate `<select>` (option values "en|es", not URLs) and a
# footer link "Tenant Login / Acceso para Inquilinos" to the Propertyware account. high.
add(
    "site_links_portal",
    "Propertyware",
    "Bexar Casa Property Management",
    "bexarcasapm.com",
    None,
    "high",
    {
        "bexarcasapm.com": en_home(
            "Bexar Casa Property Management",
            "<p>Homes for rent across the South Side, Southwest and Westside of San Antonio.</p>",
            addr="1802 SW Military Dr, Ste. 110, San Antonio, TX 78221",
            nav=GTRANSLATE,
            footer="<a href='https://bexarcasa.propertyware.com/'>Tenant Login / Acceso para Inquilinos</a>",
        ),
        "bexarcasa.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"]("Bexar Casa Property Management")},
    },
)

# Dallas (Oak Cliff), every block written twice, English then Spanish; an onclick button
# "Pagar Renta / Pay Rent" to the AppFolio account. high.
add(
    "site_links_portal",
    "AppFolio",
    "Casa Trinity Property Management",
    "casatrinitypm.com",
    "https://casatrinity.appfolio.com/connect",
    "high",
    {
        "casatrinitypm.com": {
            "/": doc(
                "Casa Trinity Property Management | Oak Cliff, Dallas",
                "",
                "<nav><a href='/'>Home / Inicio</a><a href='/rentals/'>Rentals / Rentas</a><a href='/owners/'>Owners / "
                "Propietarios</a></nav><main><h1>Casa Trinity Property Management</h1><p>Property management for Oak "
                "Cliff and West Dallas homeowners and tenants.</p><p>Administración de propiedades para propietarios e "
                "inquilinos de Oak Cliff y West Dallas.</p><button type='button' class='btn' "
                "onclick=\"window.location.href='https://casatrinity.appfolio.com/connect'\">Pagar Renta / Pay Rent"
                "</button></main><footer><p>411 W Jefferson Blvd, Ste. 203, Dallas, TX 75208 &middot; (214) 555-0162</p>"
                "<p>&copy; 2026 Casa Trinity Property Management</p></footer>",
                lang="en-US",
            )
        },
        "casatrinity.appfolio.com": af_host("Casa Trinity Property Management", spanish=True),
    },
)

# Houston association manager, Spanish: "Administración de Asociaciones de Propietarios (HOA)";
# "Portal de Propietarios" to Buildium's association Resident Center. No evidence URL. high.
add(
    "site_links_portal",
    "Buildium",
    "Asociaciones del Golfo Management",
    "golfo-hoa.com",
    None,
    "high",
    {
        "golfo-hoa.com": es_home(
            "Asociaciones del Golfo Management",
            "<p>Administración de asociaciones de propietarios (HOA) y condominios en el área de Houston: cobro de "
            "cuotas, asambleas, cumplimiento de reglamentos y contabilidad.</p>",
            addr="9000 Bellaire Blvd, Ste. 318, Houston, TX 77036 &middot; (713) 555-0128",
            nav=li("https://golfohoa.managebuilding.com/Resident/portal/login", "Portal de Propietarios"),
        ),
        "golfohoa.managebuilding.com": bld_host("Asociaciones del Golfo Management"),
    },
)

# Mission: a banner that the office is closed for the holidays ("estará cerrada el 24 y 25 de
# diciembre"), the Polylang `?lang=en` switcher, and the portal in the menu. The contract's
# "closed for the holidays" is no notice; the Spanish one neither. high.
add(
    "site_links_portal",
    "Buildium",
    "Lomas del Rey Property Management",
    "lomasdelreypm.com",
    "https://lomasdelrey.managebuilding.com/Resident/portal/login",
    "high",
    {
        "lomasdelreypm.com": es_home(
            "Lomas del Rey Property Management",
            "<div class='aviso'>Aviso: nuestra oficina estará cerrada el 24 y 25 de diciembre y el 1 de enero. Puede pagar "
            "su renta en línea en cualquier momento.</div>" + ES_PM,
            addr="1505 E Griffin Pkwy, Ste. 7, Mission, TX 78572 &middot; (956) 555-0114",
            nav=li("https://lomasdelrey.managebuilding.com/Resident/portal/login", "Pagar Renta")
            + "<li><a href='/?lang=en' hreflang='en'>English</a></li>",
        ),
        "lomasdelrey.managebuilding.com": bld_host("Lomas del Rey Property Management"),
    },
)

# El Paso: "En 2024 nos unimos a la Asociación de Apartamentos de Texas" (joined a trade
# association, the contract's own benign example, in Spanish) and "Portal de Residentes". high.
add(
    "site_links_portal",
    "AppFolio",
    "Montana Vista Property Management",
    "montanavistapm.com",
    "https://montanavista.appfolio.com/connect",
    "high",
    {
        "montanavistapm.com": es_home(
            "Montana Vista Property Management",
            ES_PM + "<p>En 2024 nos unimos a la Asociación de Apartamentos de Texas y a la Asociación de Apartamentos de "
            "El Paso para seguir ofreciendo el mejor servicio.</p>",
            addr="12150 Montana Ave, Ste. C, El Paso, TX 79938 &middot; (915) 555-0151",
            nav=li("https://montanavista.appfolio.com/connect", "Portal de Residentes"),
        ),
        "montanavista.appfolio.com": af_host("Montana Vista Property Management", spanish=True),
    },
)

# Laredo office that also serves owners in Nuevo Laredo ("Nuevo Laredo, Tamps." beside "Laredo,
# TX 78041"): a Texas company. Rent Manager link in the menu. high.
add(
    "site_links_portal",
    "Rent Manager",
    "Tesoro Property Management",
    "tesoropm-laredo.com",
    None,
    "high",
    {
        "tesoropm-laredo.com": es_home(
            "Tesoro Property Management",
            ES_PM + "<p>También atendemos a propietarios que viven en Nuevo Laredo, Tamps. y Monterrey, N.L. y que tienen "
            "casas en renta de este lado.</p>",
            addr="1120 Victoria St, Ste. 2, Laredo, TX 78041 &middot; (956) 555-0183",
            nav=li("https://tesoropm.twa.rentmanager.com/", "Residentes"),
        ),
        "tesoropm.twa.rentmanager.com": rm_host("Tesoro Property Management"),
    },
)

# El Paso office written "El Paso, Tx 79912" (mixed case, as many Spanish sites write it) beside a
# branch "Las Cruces, NM 88011". A careful team sees a Texas company with a New Mexico branch:
# high. (A reader that takes only "TX" would see only the NM address.)
add(
    "site_links_portal",
    "Buildium",
    "Sunland Crest Property Management",
    "sunlandcrestpm.com",
    "https://sunlandcrest.managebuilding.com/Resident/portal/login",
    "high",
    {
        "sunlandcrestpm.com": es_home(
            "Sunland Crest Property Management",
            ES_PM + "<h2>Nuestras oficinas</h2><p>Oficina principal: 5862 N Mesa St, Ste. 101, El Paso, Tx 79912</p>"
            "<p>Sucursal: 1990 E Lohman Ave, Ste. 4, Las Cruces, NM 88011</p>",
            addr="Tel. (915) 555-0147 &middot; (575) 555-0109",
            nav=li("https://sunlandcrest.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "sunlandcrest.managebuilding.com": bld_host("Sunland Crest Property Management"),
    },
)

# San Antonio apartment operator: "Portal de Residentes" to its RentCafe Resident Services login,
# which answers (Spanish toggle on the page). Yardi titles are not compared. high.
add(
    "site_links_portal",
    "Yardi",
    "Residencias San Pedro",
    "residenciassanpedro.com",
    "https://sanpedrores.securecafe.com/residentservices/residencias-san-pedro/userlogin.aspx",
    "high",
    {
        "residenciassanpedro.com": es_home(
            "Residencias San Pedro",
            "<p>Departamentos de 1, 2 y 3 recámaras cerca de San Pedro Springs Park. Alberca, lavandería y "
            "estacionamiento cubierto. ¡Rente hoy!</p>",
            addr="2415 San Pedro Ave, San Antonio, TX 78212 &middot; (210) 555-0170",
            nav=li(
                "https://sanpedrores.securecafe.com/residentservices/residencias-san-pedro/userlogin.aspx",
                "Portal de Residentes",
            ),
            title="Residencias San Pedro | Departamentos en San Antonio",
        ),
        "sanpedrores.securecafe.com": {
            "/residentservices/residencias-san-pedro/userlogin.aspx": doc(
                "Residencias San Pedro - Resident Services - Login",
                "",
                "<h1>Residencias San Pedro</h1><h2>Resident Login</h2><form method='post'><input name='Username'>"
                "<input type='password' name='Password'><button>Sign In</button></form><p>Language: English | "
                "<a href='?lang=es-US'>Español</a></p><footer>RENTCafe</footer>",
                lang="en",
            )
        },
    },
)

# McAllen: "Portal de Inquilinos" to the Rentvine account (a single-page app's shell). high.
add(
    "site_links_portal",
    "Rentvine",
    "Nopal Property Management",
    "nopalpm.com",
    "https://nopalpm.rentvine.com/portals/resident",
    "high",
    {
        "nopalpm.com": es_home(
            "Nopal Property Management",
            ES_PM,
            addr="3400 N McColl Rd, Ste. 9, McAllen, TX 78501 &middot; (956) 555-0158",
            nav=li("https://nopalpm.rentvine.com/portals/resident", "Portal de Inquilinos"),
        ),
        "nopalpm.rentvine.com": {"/portals/resident": spa_shell("Nopal Property Management - Resident Portal")},
    },
)

# Weslaco: "Portal del Inquilino" to the DoorLoop account (app shell). high.
add(
    "site_links_portal",
    "DoorLoop",
    "Brisa del Valle Rentals",
    "brisadelvallerentals.com",
    None,
    "high",
    {
        "brisadelvallerentals.com": es_home(
            "Brisa del Valle Rentals",
            ES_PM,
            addr="907 S Texas Blvd, Ste. 3, Weslaco, TX 78596 &middot; (956) 555-0166",
            nav=li("https://brisadelvalle.app.doorloop.com/", "Portal del Inquilino"),
        ),
        "brisadelvalle.app.doorloop.com": {"/": spa_shell("Brisa del Valle Rentals - Tenant Portal")},
    },
)

# Houston (Gulfton) apartment operator, bilingual menu; "Portal de Residentes" to its MRI
# ResidentConnect account. high.
add(
    "site_links_portal",
    "MRI",
    "Bellaire Sur Residential",
    "bellairesur.com",
    "https://bellairesur.mriresidentconnect.com/",
    "high",
    {
        "bellairesur.com": en_home(
            "Bellaire Sur Residential",
            "<p>Three apartment communities in Gulfton and Sharpstown. Oficina de arrendamiento abierta de lunes a sábado.</p>",
            addr="6200 Renwick Dr, Houston, TX 77081",
            nav="<a href='https://bellairesur.mriresidentconnect.com/'>Portal de Residentes</a>",
        ),
        "bellairesur.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Bellaire Sur Residential")},
    },
)

# San Antonio operator: "Residentes" to its RealPage ActiveBuilding account. high.
add(
    "site_links_portal",
    "RealPage",
    "Alameda Living Group",
    "alamedaliving-sa.com",
    None,
    "high",
    {
        "alamedaliving-sa.com": es_home(
            "Alameda Living Group",
            "<p>Comunidades de departamentos en el West Side de San Antonio. Administramos 640 departamentos con oficina de "
            "arrendamiento en cada propiedad.</p>",
            addr="1300 Guadalupe St, San Antonio, TX 78207 &middot; (210) 555-0122",
            nav=li("https://alamedaliving.activebuilding.com/", "Residentes"),
        ),
        "alamedaliving.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Alameda Living Group")},
    },
)

# Edinburg: only an owner portal is linked ("Portal de Propietarios" to AppFolio's /oportal); the
# portal shows the name without the accent ("Rincon"). Owner portals count; accents aside. high.
add(
    "site_links_portal",
    "AppFolio",
    "Rincón Property Management",
    "rinconpm-tx.com",
    "https://rinconpm.appfolio.com/oportal",
    "high",
    {
        "rinconpm-tx.com": es_home(
            "Rincón Property Management",
            ES_PM + "<p>Los inquilinos pagan su renta en nuestra oficina o con giro postal.</p>",
            addr="201 E University Dr, Ste. 5, Edinburg, TX 78539 &middot; (956) 555-0104",
            nav=li("https://rinconpm.appfolio.com/oportal", "Portal de Propietarios"),
        ),
        "rinconpm.appfolio.com": {
            "/oportal": redirect("/oportal/users/log_in"),
            "/oportal/users/log_in": doc(
                "Owner Portal - Log In",
                "",
                "<h1>Rincon Property Management</h1><h2>Owner Portal</h2><form method='post'><input name='user[email]'>"
                "<input type='password' name='user[password]'><button>Log In</button></form>"
                "<footer>Powered by AppFolio Property Manager</footer>",
                lang="en",
            ),
        },
    },
)

# Brownsville: "Propiedades Disponibles" as an iframe of the AppFolio listings page. high.
add(
    "site_links_portal",
    "AppFolio",
    "Sabal Palm Rentals",
    "sabalpalmrentals.com",
    "https://sabalpalm.appfolio.com/listings",
    "high",
    {
        "sabalpalmrentals.com": es_home(
            "Sabal Palm Rentals",
            ES_PM + "<section><h2>Propiedades Disponibles</h2><iframe src='https://sabalpalm.appfolio.com/listings' "
            "width='100%' height='900'></iframe></section>",
            addr="845 E Price Rd, Ste. 2, Brownsville, TX 78521 &middot; (956) 555-0145",
        ),
        "sabalpalm.appfolio.com": {"/listings": listings_page("Sabal Palm Rentals")},
    },
)

# Alton: "Casas en Renta / Solicitar" to the Buildium account's public rentals page. high.
add(
    "site_links_portal",
    "Buildium",
    "Mesquite Grove Property Management",
    "mesquitegrovepm.com",
    None,
    "high",
    {
        "mesquitegrovepm.com": es_home(
            "Mesquite Grove Property Management",
            ES_PM + "<a class='boton' href='https://mesquitegrove.managebuilding.com/Resident/public/rentals'>"
            "Casas en Renta / Solicitar</a>",
            addr="410 W Main Ave, Ste. 1, Alton, TX 78573 &middot; (956) 555-0193",
        ),
        "mesquitegrove.managebuilding.com": {
            "/Resident/public/rentals": doc(
                "Mesquite Grove Property Management - Rentals",
                "",
                "<h1>Mesquite Grove Property Management</h1><h2>Available Rentals</h2><ul><li>3 bd / 2 ba - 1204 Nogal Dr, "
                "Alton - $1,395 <a href='/Resident/rental-application/new'>Apply</a></li></ul>"
                "<footer>Powered by Buildium</footer>",
                lang="en",
            )
        },
    },
)

# Harlingen: the homepage links no portal; its "Noticias" links a 2018 post, "Cómo pagar su renta
# en línea", that links the Buildium portal (which names the company). The only page linking it
# is a dated post over five years old: medium (and medium too as an unlinked live portal).
add(
    "site_links_portal",
    "Buildium",
    "Del Mar Casas Property Management",
    "delmarcasaspm.com",
    "https://delmarcasas.managebuilding.com/Resident/portal/login",
    "medium",
    {
        "delmarcasaspm.com": {
            **es_home(
                "Del Mar Casas Property Management",
                ES_PM + "<h2>Noticias</h2><ul><li><a href='/2018/05/como-pagar-su-renta-en-linea/'>Cómo pagar su renta en "
                "línea</a></li><li><a href='/2017/11/consejos-para-el-invierno/'>Consejos para el invierno</a></li></ul>",
                addr="1017 S 77 Sunshine Strip, Ste. 6, Harlingen, TX 78550 &middot; (956) 555-0139",
            ),
            "/2018/05/como-pagar-su-renta-en-linea/": doc(
                "Cómo pagar su renta en línea | Del Mar Casas Property Management",
                "",
                "<article><h1>Cómo pagar su renta en línea</h1><time datetime='2018-05-14'>14 de mayo de 2018</time><p>Ya "
                "puede pagar su renta desde su celular. Entre a nuestro <a "
                "href='https://delmarcasas.managebuilding.com/Resident/portal/login'>portal de inquilinos</a> con el correo "
                "que nos dio al firmar su contrato.</p></article>",
                lang="es-US",
            ),
        },
        "delmarcasas.managebuilding.com": bld_host("Del Mar Casas Property Management"),
    },
)

# Eagle Pass: "Ya no aceptamos pagos en efectivo en la oficina" (benign "no longer", about cash)
# and "Pagar Renta" to the Rent Manager account. high.
add(
    "site_links_portal",
    "Rent Manager",
    "Maverick Casa Rentals",
    "maverickcasarentals.com",
    "https://maverickcasa.twa.rentmanager.com/",
    "high",
    {
        "maverickcasarentals.com": es_home(
            "Maverick Casa Rentals",
            ES_PM + "<div class='aviso'>Importante: ya no aceptamos pagos en efectivo en la oficina. Pague su renta en línea "
            "o con giro postal.</div>",
            addr="2475 E Main St, Ste. 8, Eagle Pass, TX 78852 &middot; (830) 555-0118",
            nav=li("https://maverickcasa.twa.rentmanager.com/", "Pagar Renta"),
        ),
        "maverickcasa.twa.rentmanager.com": rm_host("Maverick Casa Rentals"),
    },
)

# Laredo: "Pagos en Línea" to a vanity host `pagos.<domain>` that 302s into the Buildium
# Resident Center. A vanity host redirecting into the vendor is a link to where it goes. high.
add(
    "site_links_portal",
    "Buildium",
    "Cuatro Vientos Property Management",
    "cuatrovientospm.com",
    None,
    "high",
    {
        "cuatrovientospm.com": es_home(
            "Cuatro Vientos Property Management",
            ES_PM,
            addr="5810 San Bernardo Ave, Ste. 14, Laredo, TX 78041 &middot; (956) 555-0107",
            nav=li("https://pagos.cuatrovientospm.com/", "Pagos en Línea"),
        ),
        "pagos.cuatrovientospm.com": {"/": redirect("https://cuatrovientos.managebuilding.com/Resident/portal/login")},
        "cuatrovientos.managebuilding.com": bld_host("Cuatro Vientos Property Management"),
    },
)

# San Antonio: "¡Cerramos 2025 con más de 400 propiedades administradas!" (benign "cerramos")
# and "Pagar Renta" to an on-site `/pagar-renta` that 301s to the AppFolio account. high.
add(
    "site_links_portal",
    "AppFolio",
    "Río Medina Property Management",
    "riomedinapm.com",
    "https://riomedina.appfolio.com/connect",
    "high",
    {
        "riomedinapm.com": {
            **es_home(
                "Río Medina Property Management",
                "<p class='destacado'>¡Cerramos 2025 con más de 400 propiedades administradas! Gracias a nuestros "
                "propietarios e inquilinos.</p>" + ES_PM,
                addr="8610 Potranco Rd, Ste. 104, San Antonio, TX 78251 &middot; (210) 555-0188",
                nav=li("/pagar-renta", "Pagar Renta"),
            ),
            "/pagar-renta": redirect("https://riomedina.appfolio.com/connect", 301),
        },
        "riomedina.appfolio.com": af_host("Rio Medina Property Management"),
    },
)

# McAllen: the Buildium portal says above its form that the office moved ("nuestra oficina se
# mudó a ..."), an everyday notice naming no other PMS. high.
add(
    "site_links_portal",
    "Buildium",
    "Palo Verde Property Management",
    "paloverdepm-rgv.com",
    "https://paloverdergv.managebuilding.com/Resident/portal/login",
    "high",
    {
        "paloverdepm-rgv.com": es_home(
            "Palo Verde Property Management",
            ES_PM,
            addr="2400 N 10th St, Ste. 200, McAllen, TX 78501 &middot; (956) 555-0176",
            nav=li("https://paloverdergv.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "paloverdergv.managebuilding.com": bld_host(
            "Palo Verde Property Management",
            notice="<div class='announcement'>Aviso: nuestra oficina se mudó a 2400 N 10th St, Ste. 200, McAllen. Nuevo "
            "horario: lunes a viernes de 9 a 5.</div>",
        ),
    },
)

# Laredo real-estate firm that sells AND manages ("Compra, venta y administración de
# propiedades"); "Portal de Inquilinos" to Buildium, portal titled without accents. high.
add(
    "site_links_portal",
    "Buildium",
    "Bienes Raíces del Norte",
    "bienesraicesdelnorte.com",
    "https://bienesraicesdelnorte.managebuilding.com/Resident/portal/login",
    "high",
    {
        "bienesraicesdelnorte.com": es_home(
            "Bienes Raíces del Norte",
            "<p>Compra, venta y administración de propiedades en Laredo. Nuestro departamento de administración cuida más de "
            "150 casas en renta: cobro de rentas, mantenimiento e inquilinos calificados.</p>",
            addr="6301 McPherson Rd, Ste. 22, Laredo, TX 78041 &middot; (956) 555-0112 &middot; Licencia TREC #0612984",
            nav=li("https://bienesraicesdelnorte.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
            title="Bienes Raíces del Norte | Venta y Renta de Casas en Laredo",
        ),
        "bienesraicesdelnorte.managebuilding.com": bld_host("Bienes Raices del Norte"),
    },
)

# Harlingen: "Pagar Renta" to a Buildium account titled with the owners' holding company
# ("Huisache Holdings LLC"); the link's surroundings name no one else: the site's own. high.
add(
    "site_links_portal",
    "Buildium",
    "Huisache Rentals",
    "huisacherentals.com",
    "https://huisacheholdings.managebuilding.com/Resident/portal/login",
    "high",
    {
        "huisacherentals.com": es_home(
            "Huisache Rentals",
            ES_PM,
            addr="302 E Jackson Ave, Harlingen, TX 78550 &middot; (956) 555-0124",
            nav=li("https://huisacheholdings.managebuilding.com/Resident/portal/login", "Pagar Renta"),
        ),
        "huisacheholdings.managebuilding.com": bld_host("Huisache Holdings LLC"),
    },
)

# Brownsville: a Wix-like Spanish page with a schema.org PostalAddress (addressRegion TX) and a
# login form posting to the Buildium Resident Center ("Portal del Residente"). high.
add(
    "site_links_portal",
    "Buildium",
    "Ébano Property Management",
    "ebanopm.com",
    None,
    "high",
    {
        "ebanopm.com": {
            "/": doc(
                "Ébano Property Management | Brownsville",
                '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"RealEstateAgent",'
                '"name":"Ébano Property Management","address":{"@type":"PostalAddress","streetAddress":'
                '"1150 Boca Chica Blvd, Ste. 3","addressLocality":"Brownsville","addressRegion":"TX",'
                '"postalCode":"78520"}}</script>',
                "<div id='SITE_CONTAINER'><header><h1>Ébano Property Management</h1></header><main>" + ES_PM + "<section>"
                "<h2>Portal del Residente</h2><form action='https://ebano.managebuilding.com/Resident/portal/login' "
                "method='post'><input name='Email' placeholder='Correo electrónico'><input type='password' name='Password' "
                "placeholder='Contraseña'><button>Entrar</button></form></section></main><footer>1150 Boca Chica Blvd, "
                "Ste. 3, Brownsville, Texas 78520 &middot; (956) 555-0153</footer></div>",
                lang="es",
            )
        },
        "ebano.managebuilding.com": bld_host("Ebano Property Management"),
    },
)

# Houston (Magnolia Park): English site, Spanish pages under `/es/` (hreflang alternates), the
# portal in the footer of the English homepage as "Resident Login". high.
add(
    "site_links_portal",
    "Buildium",
    "Magnolia Park Rentals",
    "magnoliaparkrentals-hou.com",
    "https://magnoliaparkhou.managebuilding.com/Resident/portal/login",
    "high",
    {
        "magnoliaparkrentals-hou.com": en_home(
            "Magnolia Park Rentals",
            "<p>Homes and duplexes for rent in Magnolia Park, Second Ward and the East End.</p>",
            addr="7301 Harrisburg Blvd, Houston, TX 77011",
            head="<link rel='alternate' hreflang='en' href='https://magnoliaparkrentals-hou.com/'>"
            "<link rel='alternate' hreflang='es' href='https://magnoliaparkrentals-hou.com/es/'>",
            nav="<a href='/es/' hreflang='es'>Español</a>",
            footer="<a href='https://magnoliaparkhou.managebuilding.com/Resident/portal/login'>Resident Login</a>",
        ),
        "magnoliaparkhou.managebuilding.com": bld_host("Magnolia Park Rentals"),
    },
)

# Laredo apartment operator: "Portal de Residentes" to its Entrata ResidentPortal account, which
# answers here with its login. Entrata titles are not compared. high.
add(
    "site_links_portal",
    "Entrata",
    "Lantana Residencial",
    "lantanaresidencial.com",
    "https://lantanaresidencial.residentportal.com/",
    "high",
    {
        "lantanaresidencial.com": es_home(
            "Lantana Residencial",
            "<p>Departamentos en renta en Laredo: 1 y 2 recámaras, alberca y gimnasio. Oficina de arrendamiento en sitio.</p>",
            addr="4520 E Del Mar Blvd, Laredo, TX 78041 &middot; (956) 555-0199",
            nav=li("https://lantanaresidencial.residentportal.com/", "Portal de Residentes"),
        ),
        "lantanaresidencial.residentportal.com": {"/": VENDOR_LOGIN["Entrata"]("Lantana Residencial")},
    },
)

# === real leads: a live portal the site does not link ==========================================

# Harlingen, Spanish only, no portal link ("pague en la oficina o en línea"), the site speaks of
# rentas, inquilinos and administración de propiedades; the evidence is a live Buildium account
# in the company's name: medium. ambiguous: the contract lists the property-manager words in
# English only; a careful team reads this Spanish site as a property manager's.
add(
    "live_portal",
    "Buildium",
    "Arroyo Colorado Property Management",
    "arroyocoloradopm.com",
    "https://arroyocolorado.managebuilding.com/Resident/portal/login",
    "medium",
    {
        "arroyocoloradopm.com": es_home(
            "Arroyo Colorado Property Management",
            ES_PM + "<p>¿Es usted inquilino? Pague su renta en nuestra oficina o en línea; llámenos para recibir su acceso.</p>",
            addr="1901 W Tyler Ave, Ste. 2, Harlingen, TX 78550 &middot; (956) 555-0163",
        ),
        "arroyocolorado.managebuilding.com": bld_host("Arroyo Colorado Property Management"),
    },
)

# Edinburg, bilingual, no portal link; the AppFolio account shows "Pena & Garza Property
# Management" (no tilde). Accents aside, the candidate's name: medium.
add(
    "live_portal",
    "AppFolio",
    "Peña & Garza Property Management",
    "penagarzapm.com",
    "https://penagarza.appfolio.com/connect",
    "medium",
    {
        "penagarzapm.com": en_home(
            "Peña &amp; Garza Property Management",
            "<p>Administración de propiedades en Edinburg, Pharr y McAllen.</p>",
            addr="1002 S Closner Blvd, Ste. 4, Edinburg, TX 78539",
        ),
        "penagarza.appfolio.com": af_host("Pena &amp; Garza Property Management"),
    },
)

# Eagle Pass: the candidate is the Spanish brand "Administración de Propiedades Río Bravo"; the
# unlinked Buildium account is "Rio Bravo Property Management", which the homepage's copyright
# line calls its own ("© 2026 Rio Bravo Property Management, LLC"): medium.
add(
    "live_portal",
    "Buildium",
    "Administración de Propiedades Río Bravo",
    "riobravoadmin.com",
    "https://riobravopm.managebuilding.com/Resident/portal/login",
    "medium",
    {
        "riobravoadmin.com": {
            "/": doc(
                "Administración de Propiedades Río Bravo | Eagle Pass",
                "",
                "<header><h1>Administración de Propiedades Río Bravo</h1><nav><a href='/'>Inicio</a><a href='/rentas/'>"
                "Casas en Renta</a><a href='/contacto/'>Contacto</a></nav></header><main>" + ES_PM + "</main><footer>"
                "<p>480 Bibb Ave, Eagle Pass, TX 78852 &middot; (830) 555-0135</p><p>&copy; 2026 Rio Bravo Property "
                "Management, LLC. Todos los derechos reservados.</p></footer>",
                lang="es-US",
            )
        },
        "riobravopm.managebuilding.com": bld_host("Rio Bravo Property Management"),
    },
)

# Houston company whose site sits behind Cloudflare's managed challenge, served in Spanish ("Un
# momento…"); the evidence is a live Buildium account in its name. A site that could not be
# read with a live portal: medium.
add(
    "live_portal",
    "Buildium",
    "Tres Palmas Property Management",
    "trespalmaspm.com",
    "https://trespalmas.managebuilding.com/Resident/portal/login",
    "medium",
    {
        "trespalmaspm.com": everywhere(CF_ES),
        "trespalmas.managebuilding.com": bld_host("Tres Palmas Property Management"),
    },
)

# Houston, English with a "/es/" switcher, no portal link ("call our office for portal access");
# the unlinked AppFolio account (sign-in with its English | Español switch) in its name: medium.
add(
    "live_portal",
    "AppFolio",
    "Bayou Hogar Property Management",
    "bayouhogarpm.com",
    "https://bayouhogar.appfolio.com/connect",
    "medium",
    {
        "bayouhogarpm.com": en_home(
            "Bayou Hogar Property Management",
            "<p>Current residents: call our office for online portal access. Residentes: llame a la oficina para su acceso.</p>",
            addr="8313 Long Point Rd, Ste. 5, Houston, TX 77055",
            nav="<a href='/es/' hreflang='es'>Español</a>",
        ),
        "bayouhogar.appfolio.com": af_host("Bayou Hogar Property Management", spanish=True),
    },
)

# Dallas (Pleasant Grove), Spanish only, no portal link; the unlinked ResMan account shows the
# name in its footer. ResMan titles are not compared; a Spanish property manager's site: medium.
# ambiguous: as above, the site's rental words are Spanish.
add(
    "live_portal",
    "ResMan",
    "Grupo Vecinos Property Management",
    "vecinospm.com",
    "https://vecinospm.myresman.com/",
    "medium",
    {
        "vecinospm.com": es_home(
            "Grupo Vecinos Property Management",
            "<p>Administramos departamentos y casas en renta en Pleasant Grove y el sureste de Dallas. Atención a "
            "inquilinos y propietarios en español.</p>",
            addr="8111 Lake June Rd, Ste. 110, Dallas, TX 75217 &middot; (214) 555-0187",
        ),
        "vecinospm.myresman.com": {"/": VENDOR_LOGIN["ResMan"]("Grupo Vecinos Property Management")},
    },
)

# === rejections: the company is gone or handed over (Spanish notices) ===========================

# San Antonio: a banner says the company "ha cerrado sus puertas de manera definitiva" and
# "cesamos operaciones"; the menu still links the live Buildium portal for old statements. Closed:
# dead_domain. ambiguous: the contract's closure words are English; a careful team reads these.
add(
    "dead_domain",
    "Buildium",
    "Encino Property Management",
    "encinopm-sa.com",
    "https://encinopm.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "encinopm-sa.com": es_home(
            "Encino Property Management",
            "<div class='aviso-importante'><h2>Aviso importante</h2><p>Después de 18 años de servicio, Encino Property "
            "Management ha cerrado sus puertas de manera definitiva. Cesamos operaciones el 31 de enero de 2026. Gracias a "
            "todos nuestros propietarios e inquilinos por su confianza.</p><p>Los ex inquilinos pueden consultar sus estados "
            "de cuenta anteriores en el portal.</p></div>",
            addr="4100 S New Braunfels Ave, San Antonio, TX 78223",
            nav=li("https://encinopm.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "encinopm.managebuilding.com": bld_host("Encino Property Management"),
    },
)

# El Paso: "Ya no ofrecemos servicios de administración de propiedades; ahora nos dedicamos
# exclusivamente a la compra y venta", the old AppFolio link still in the footer. Management
# stopped: evidence_unverified. ambiguous: a Spanish "we no longer offer property management".
add(
    "stale_portal",
    "AppFolio",
    "Chaparral Realty & Management",
    "chaparralrm.com",
    "https://chaparralrm.appfolio.com/connect",
    "evidence_unverified",
    {
        "chaparralrm.com": es_home(
            "Chaparral Realty &amp; Management",
            "<p><strong>A nuestros clientes:</strong> a partir del 1 de marzo de 2026 ya no ofrecemos servicios de "
            "administración de propiedades. Ahora nos dedicamos exclusivamente a la compra y venta de casas en El Paso.</p>",
            addr="1533 Lee Trevino Dr, Ste. 205, El Paso, TX 79936",
            footer="<a href='https://chaparralrm.appfolio.com/connect'>Portal de Inquilinos</a>",
        ),
        "chaparralrm.appfolio.com": af_host("Chaparral Realty &amp; Management"),
    },
)

# Brownsville: "Anacua Property Management ahora forma parte de Grupo Frontera Residencial" (is
# now part of X, of the company by name), the portal still linked: evidence_unverified.
# ambiguous: the contract's "<it> is now part of X", in Spanish.
add(
    "stale_portal",
    "Buildium",
    "Anacua Property Management",
    "anacuapm.com",
    "https://anacuapm.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "anacuapm.com": es_home(
            "Anacua Property Management",
            "<div class='banner'>Anacua Property Management ahora forma parte de Grupo Frontera Residencial. Sus "
            "contratos y depósitos pasan a Grupo Frontera a partir del 1 de abril.</div>" + ES_PM,
            addr="3355 Pablo Kisel Blvd, Ste. 8, Brownsville, TX 78526",
            nav=li("https://anacuapm.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "anacuapm.managebuilding.com": bld_host("Anacua Property Management"),
    },
)

# Pasadena (Houston): "¡Nos unimos a Gulf Coast Residential Partners! Visite nuestro nuevo sitio
# en ..." (we've joined X; visit our new website); the old portal is the evidence:
# evidence_unverified. ambiguous: "we've joined X" and "visit our new website at" in Spanish.
add(
    "stale_portal",
    "Buildium",
    "Hogar Pasadena Property Management",
    "hogarpasadenapm.com",
    "https://hogarpasadena.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "hogarpasadenapm.com": es_home(
            "Hogar Pasadena Property Management",
            "<h2>¡Nos unimos a Gulf Coast Residential Partners!</h2><p>Desde el 1 de febrero de 2026 nuestro equipo y "
            "nuestras propiedades forman parte de Gulf Coast Residential Partners. Visite nuestro nuevo sitio en "
            "<a href='https://gulfcoastresidentialpartners-tx.com/'>gulfcoastresidentialpartners-tx.com</a>.</p>",
            addr="2626 Spencer Hwy, Pasadena, TX 77504",
        ),
        "hogarpasadena.managebuilding.com": bld_host("Hogar Pasadena Property Management"),
    },
)

# El Paso: the site links its Buildium portal, which says above the form "Este Resident Center
# ya no está activo" (retired). evidence_unverified. ambiguous: the retirement notice is Spanish.
add(
    "stale_portal",
    "Buildium",
    "Sendero Rentals",
    "senderorentals-elp.com",
    None,
    "evidence_unverified",
    {
        "senderorentals-elp.com": es_home(
            "Sendero Rentals",
            ES_PM,
            addr="10780 Pebble Hills Blvd, Ste. 3, El Paso, TX 79935",
            nav=li("https://senderorentals.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "senderorentals.managebuilding.com": bld_host(
            "Sendero Rentals",
            notice="<div class='alert alert-warning'>Este Resident Center ya no está activo. Para pagos y mantenimiento, "
            "comuníquese con la oficina al (915) 555-0140.</div>",
        ),
    },
)

# Mission: the linked AppFolio portal says (Spanish locale) "Mezquital Property Management ya no
# administra su vivienda; a partir del 1 de junio su propiedad es administrada por Ramírez & Vela
# Residential". Handed over: evidence_unverified. ambiguous: "X no longer manages your home", in Spanish.
add(
    "stale_portal",
    "AppFolio",
    "Mezquital Property Management",
    "mezquitalpm.com",
    "https://mezquital.appfolio.com/connect",
    "evidence_unverified",
    {
        "mezquitalpm.com": es_home(
            "Mezquital Property Management",
            ES_PM,
            addr="1110 E 2 Mile Rd, Mission, TX 78572",
            nav=li("https://mezquital.appfolio.com/connect", "Portal de Inquilinos"),
        ),
        "mezquital.appfolio.com": af_host(
            "Mezquital Property Management",
            spanish=True,
            notice="<div class='notice'>Mezquital Property Management ya no administra su vivienda. A partir del 1 de junio "
            "de 2026 su propiedad es administrada por Ramírez &amp; Vela Residential. Este portal solo muestra su historial "
            "de pagos.</div>",
        ),
    },
)

# === rejections: another PMS ====================================================================

# Asked Buildium; the Spanish site's "Portal de Inquilinos" goes to a Rentvine account: pms_mismatch.
add(
    "other_pms",
    "Buildium",
    "Paseo Rentals",
    "paseorentals-sa.com",
    None,
    "pms_mismatch",
    {
        "paseorentals-sa.com": es_home(
            "Paseo Rentals",
            ES_PM,
            addr="3130 Nogalitos St, San Antonio, TX 78225",
            nav=li("https://paseorentals.rentvine.com/portals/resident", "Portal de Inquilinos"),
        ),
        "paseorentals.rentvine.com": {"/portals/resident": spa_shell("Paseo Rentals - Resident Portal")},
    },
)

# Asked AppFolio; the AppFolio account shows no login form, only "¡Nos mudamos! Nuestro nuevo
# portal de residentes" with a link to a Buildium account: sends residents to another PMS.
add(
    "other_pms",
    "AppFolio",
    "Cenizo Property Management",
    "cenizopm.com",
    "https://cenizopm.appfolio.com/connect",
    "pms_mismatch",
    {
        "cenizopm.com": es_home(
            "Cenizo Property Management",
            ES_PM + "<p>Inquilinos: revisen su correo para el acceso a nuestro nuevo portal.</p>",
            addr="600 E Nolana Ave, Ste. 11, McAllen, TX 78504",
        ),
        "cenizopm.appfolio.com": {
            "/connect": doc(
                "Cenizo Property Management",
                "",
                "<div class='notice'><h1>Cenizo Property Management</h1><h2>¡Nos mudamos!</h2><p>Nuestro nuevo portal de "
                "residentes está en <a href='https://cenizopm.managebuilding.com/Resident/portal/login'>"
                "cenizopm.managebuilding.com</a>. Use el enlace de activación que le enviamos por correo.</p></div>",
                lang="es",
            )
        },
        "cenizopm.managebuilding.com": bld_host("Cenizo Property Management"),
    },
)

# Asked Rent Manager; the linked Rent Manager login still shows its form, above it "Nos estamos
# cambiando a AppFolio: su nuevo portal es retamapm.appfolio.com". pms_mismatch. ambiguous: the
# contract's "we're moving" (even above a login form) is written in English.
add(
    "other_pms",
    "Rent Manager",
    "Retama Property Management",
    "retamapm.com",
    "https://retamapm.twa.rentmanager.com/",
    "pms_mismatch",
    {
        "retamapm.com": es_home(
            "Retama Property Management",
            ES_PM,
            addr="119 W Nolana Loop, Ste. 3, Pharr, TX 78577",
            nav=li("https://retamapm.twa.rentmanager.com/", "Pagar Renta"),
        ),
        "retamapm.twa.rentmanager.com": {
            "/": redirect("/Account/Login?ReturnUrl=%2F"),
            "/Account/Login": doc(
                "Resident Web Access",
                "",
                "<div class='banner'>Nos estamos cambiando a AppFolio. A partir del 1 de julio su nuevo portal es "
                "<a href='https://retamapm.appfolio.com/connect'>retamapm.appfolio.com</a>.</div><h1>Welcome to Retama "
                "Property Management Resident Web Access</h1><form method='post'><input name='txtUserName'><input "
                "type='password' name='password'><button>Sign In</button></form><footer>Rent Manager</footer>",
                lang="en",
            ),
        },
        "retamapm.appfolio.com": af_host("Retama Property Management", spanish=True),
    },
)

# === rejections: not in Texas ===================================================================

# Las Cruces, NM, bilingual ("a 45 minutos de El Paso": a Texas town named without its state does
# not count); it links a live Buildium portal in its name. Not in Texas: wrong_state.
add(
    "no_account",
    "Buildium",
    "Organ Mountain Casas Property Management",
    "organmountaincasas.com",
    "https://organmountaincasas.managebuilding.com/Resident/portal/login",
    "wrong_state",
    {
        "organmountaincasas.com": es_home(
            "Organ Mountain Casas Property Management",
            "<p>Administración de propiedades en Las Cruces y el sur de Nuevo México, a 45 minutos de El Paso. Casas en "
            "renta cerca de NMSU.</p>",
            addr="1980 E Lohman Ave, Ste. 3, Las Cruces, NM 88001 &middot; (575) 555-0121",
            nav=li("https://organmountaincasas.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
        ),
        "organmountaincasas.managebuilding.com": bld_host("Organ Mountain Casas Property Management"),
    },
)

# Ciudad Juárez, Chihuahua: "Av. Tecnológico ..., Cd. Juárez, Chih., C.P. 32310, México"; the
# evidence is a live Buildium account in its name (it manages for owners on both sides). Not a
# Texas company: wrong_state. ambiguous: a Mexican address has no US state code and ZIP, so the
# contract's "addresses all in other states" does not literally cover it; a careful team rejects it.
add(
    "no_account",
    "Buildium",
    "Administración Inmobiliaria Chamizal",
    "chamizal-inmuebles.com",
    "https://chamizal.managebuilding.com/Resident/portal/login",
    "wrong_state",
    {
        "chamizal-inmuebles.com": es_home(
            "Administración Inmobiliaria Chamizal",
            "<p>Administración de casas y locales en renta en Ciudad Juárez: cobranza de rentas, mantenimiento y selección "
            "de arrendatarios.</p>",
            addr="Av. Tecnológico 1770, Col. Partido Escobedo, Cd. Juárez, Chih., C.P. 32310, México &middot; Tel. (656) "
            "555 0142",
            lang="es-MX",
        ),
        "chamizal.managebuilding.com": bld_host("Administracion Inmobiliaria Chamizal"),
    },
)

# Nuevo Laredo, Tamaulipas ("C.P. 88000", a Mexican postal code shaped like a US ZIP); evidence a
# live Rent Manager account in its name. Not in Texas: wrong_state. ambiguous: as above.
add(
    "no_account",
    "Rent Manager",
    "Rentas del Bravo Administración",
    "rentasdelbravo.com.mx",
    "https://rentasdelbravo.twa.rentmanager.com/",
    "wrong_state",
    {
        "rentasdelbravo.com.mx": es_home(
            "Rentas del Bravo Administración",
            "<p>Administramos casas, departamentos y bodegas en renta en Nuevo Laredo. Cobranza, mantenimiento y contratos "
            "de arrendamiento.</p>",
            addr="Calle Guerrero 2205, Col. Centro, Nuevo Laredo, Tamps., C.P. 88000, México &middot; Tel. (867) 555 0116",
            lang="es-MX",
        ),
        "rentasdelbravo.twa.rentmanager.com": rm_host("Rentas del Bravo Administración"),
    },
)

# === rejections: the domain is another business's =================================================

# McAllen taquería on the domain paired with "Los Compadres Property Management"; the evidence is
# a live Buildium account in that name, which the taquería's site never links or mentions. The
# site is not the property manager's: evidence_unverified.
add(
    "no_portal",
    "Buildium",
    "Los Compadres Property Management",
    "loscompadres-tx.com",
    "https://loscompadrespm.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "loscompadres-tx.com": biz(
            "Taquería Los Compadres | McAllen",
            "<header><h1>Taquería Los Compadres</h1><nav><a href='/menu/'>Menú</a><a href='/catering/'>Banquetes</a>"
            "<a href='/ordenar/'>Ordenar en línea</a></nav></header><main><p>Tacos de trompo, barbacoa los domingos, menudo "
            "y aguas frescas desde 1994. Desayunos todo el día.</p><p>Abierto de lunes a domingo, 6 a.m. a 3 p.m.</p></main>"
            "<footer>2201 S 23rd St, McAllen, TX 78503 &middot; (956) 555-0198</footer>",
        ),
        "loscompadrespm.managebuilding.com": bld_host("Los Compadres Property Management"),
    },
)

# A dental clinic on the domain paired with "Sonrisas Property Management"; no evidence URL and
# no portal anywhere: no_pms_evidence.
add(
    "no_portal",
    "AppFolio",
    "Sonrisas Property Management",
    "sonrisasmcallen.com",
    None,
    "no_pms_evidence",
    {
        "sonrisasmcallen.com": biz(
            "Clínica Dental Sonrisas | Dentista en McAllen",
            "<header><h1>Clínica Dental Sonrisas</h1><nav><a href='/servicios/'>Servicios</a><a href='/citas/'>Haga su cita"
            "</a></nav></header><main><p>Limpiezas, coronas, implantes y ortodoncia para toda la familia. Aceptamos Medicaid "
            "y CHIP. Pacientes nuevos bienvenidos.</p></main><footer>4501 N 10th St, Ste. 2, McAllen, TX 78504</footer>",
        ),
    },
)

# An immigration lawyer's site (green cards, "residencia permanente", "residentes permanentes")
# on the domain paired with "Barrera Property Management"; a live AppFolio account in that name as
# evidence. Not a property manager's site: evidence_unverified. ambiguous: its word "residentes"
# means lawful permanent residents, not tenants; a careful team is not fooled.
add(
    "no_portal",
    "AppFolio",
    "Barrera Property Management",
    "barrera-tx.com",
    "https://barrerapm.appfolio.com/connect",
    "evidence_unverified",
    {
        "barrera-tx.com": biz(
            "Ximena Barrera, Abogada de Inmigración | Laredo",
            "<header><h1>Oficina Legal de Ximena Barrera</h1><p>Abogada de inmigración</p></header><main><p>Residencia "
            "permanente (green card), ciudadanía, DACA, peticiones familiares y defensa contra deportación. Ayudamos a "
            "residentes permanentes a hacerse ciudadanos.</p><p>Consulta inicial gratuita.</p></main><footer>1202 Houston St, "
            "Laredo, TX 78040 &middot; (956) 555-0111</footer>",
        ),
        "barrerapm.appfolio.com": af_host("Barrera Property Management"),
    },
)

# A Baptist church in Harlingen on the domain paired with "Emanuel Property Management"; a live
# Buildium account in that name as evidence: evidence_unverified.
add(
    "no_portal",
    "Buildium",
    "Emanuel Property Management",
    "emanuel-harlingen.org",
    "https://emanuelpm.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "emanuel-harlingen.org": biz(
            "Iglesia Bautista Emanuel | Harlingen",
            "<header><h1>Iglesia Bautista Emanuel</h1><nav><a href='/ministerios/'>Ministerios</a><a href='/ofrendas/'>"
            "Ofrendas</a></nav></header><main><p>Servicio dominical 11:00 a.m. Estudio bíblico los miércoles 7:00 p.m. "
            "Ministerio de jóvenes y escuela dominical para niños.</p></main><footer>915 N 7th St, Harlingen, TX 78550"
            "</footer>",
        ),
        "emanuelpm.managebuilding.com": bld_host("Emanuel Property Management"),
    },
)

# A "bienes raíces" agent's site that only sells ("compra y venta", "propiedades en venta",
# listings for sale) on the domain paired with "Casas del Sol Property Management"; a live
# Buildium account in that name as evidence. The site never speaks of rentals or management:
# evidence_unverified. ambiguous: "propiedades" is "properties", but for sale.
add(
    "no_portal",
    "Buildium",
    "Casas del Sol Property Management",
    "casasdelsol-rgv.com",
    "https://casasdelsolpm.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "casasdelsol-rgv.com": biz(
            "Casas del Sol Realty | Compra y Venta de Casas en el Valle",
            "<header><h1>Casas del Sol Realty</h1><nav><a href='/comprar/'>Comprar</a><a href='/vender/'>Vender</a>"
            "<a href='/mls/'>Buscar en el MLS</a></nav></header><main><p>¿Quiere vender su casa? Avalúo gratis en 24 horas. "
            "Propiedades en venta en McAllen, Edinburg y Mission. Le ayudamos con su préstamo FHA.</p><p>Agente: Lorena "
            "Sol, REALTOR&reg;.</p></main><footer>McAllen, TX 78501 &middot; (956) 555-0126</footer>",
        ),
        "casasdelsolpm.managebuilding.com": bld_host("Casas del Sol Property Management"),
    },
)

# === rejections: parked, dead ===================================================================

# Parked at Sedo, in Spanish ("Este dominio puede estar a la venta"), with a live Buildium
# portal in the name as evidence: the site is parked, dead_domain.
add(
    "parked",
    "Buildium",
    "Nogalito Property Management",
    "nogalitopm.com",
    "https://nogalitopm.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "nogalitopm.com": {
            "/": doc(
                "nogalitopm.com",
                "<script type='text/javascript' src='https://img.sedoparking.com/js/park.js'></script>",
                "<div id='parking'><h1>nogalitopm.com</h1><p>Este dominio puede estar a la venta. <a "
                "href='https://sedo.com/search/details/?partnerid=324561&amp;language=es&amp;domain=nogalitopm.com&amp;"
                "origin=sales_lander_1&amp;utm_medium=Parking&amp;utm_campaign=offerpage'>¡Compre este dominio!</a></p>"
                "<h2>Búsquedas relacionadas</h2><ul><li><a href='/?kw=casas+en+renta'>Casas en renta</a></li><li>"
                "<a href='/?kw=administracion+de+propiedades'>Administración de propiedades</a></li></ul></div>",
                lang="es",
            )
        },
        "nogalitopm.managebuilding.com": bld_host("Nogalito Property Management"),
    },
)

# A domain that no longer resolves (neither the name nor www.); its old Buildium portal still
# answers. No site: dead_domain.
add(
    "dead_domain",
    "Buildium",
    "Rentas Jacinto Property Management",
    "rentasjacinto.com",
    "https://rentasjacinto.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {"rentasjacinto.managebuilding.com": bld_host("Rentas Jacinto Property Management")},
    unresolvable=("rentasjacinto.com", "www.rentasjacinto.com"),
)

# A bare Spanish "coming soon" page ("Próximamente — Sitio en construcción") showing nothing else,
# with a live AppFolio account in the name as evidence: dead_domain. ambiguous: the contract's
# "bare coming soon page" in Spanish.
add(
    "dead_domain",
    "AppFolio",
    "Portal Vista Property Management",
    "portalvistapm.com",
    "https://portalvista.appfolio.com/connect",
    "dead_domain",
    {
        "portalvistapm.com": {
            "/": doc(
                "Próximamente",
                "",
                "<div class='coming-soon'><h1>Próximamente</h1><p>Sitio en construcción.</p></div>",
                lang="es",
            )
        },
        "portalvista.appfolio.com": af_host("Portal Vista Property Management"),
    },
)

# === rejections: bot walls ======================================================================

# San Antonio apartment operator; "Portal de Residentes" links its RentCafe portal, which answers
# servers with Cloudflare's challenge: unverifiable.
add(
    "bot_wall",
    "Yardi",
    "Residencial Las Lomas",
    "residenciallaslomas.com",
    "https://laslomasres.securecafe.com/residentservices/residencial-las-lomas/userlogin.aspx",
    "unverifiable",
    {
        "residenciallaslomas.com": es_home(
            "Residencial Las Lomas",
            "<p>Departamentos de 1 y 2 recámaras en el Northwest Side de San Antonio. Alberca, área de juegos y "
            "estacionamiento techado.</p>",
            addr="5600 Babcock Rd, San Antonio, TX 78240 &middot; (210) 555-0132",
            nav=li(
                "https://laslomasres.securecafe.com/residentservices/residencial-las-lomas/userlogin.aspx",
                "Portal de Residentes",
            ),
        ),
        "laslomasres.securecafe.com": everywhere(CF_EN),
    },
)

# Dallas operator with no portal link; the evidence is its Entrata portal, which answers a bare 403
# (Entrata's known answer to servers): unverifiable.
add(
    "bot_wall",
    "Entrata",
    "Villas del Trinity Apartments",
    "villasdeltrinity.com",
    "https://villasdeltrinity.residentportal.com/",
    "unverifiable",
    {
        "villasdeltrinity.com": es_home(
            "Villas del Trinity Apartments",
            "<p>Departamentos en renta en West Dallas, a minutos del centro. Oficina de arrendamiento: lunes a sábado. "
            "Residentes: pague su renta en línea desde la app.</p>",
            addr="3100 Singleton Blvd, Dallas, TX 75212 &middot; (214) 555-0174",
        ),
        "villasdeltrinity.residentportal.com": everywhere(
            raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>")
        ),
    },
)

# === rejections: no account in the evidence =====================================================

# The evidence is Rent Manager's web-access login without a corpid (vendor-wide); the Spanish site
# links no portal ("pague en la oficina"): no_pms_evidence.
add(
    "vendor_wide",
    "Rent Manager",
    "Cantera Property Management",
    "canterapm-elp.com",
    "https://residentwebaccess.rentmanager.com/",
    "no_pms_evidence",
    {
        "canterapm-elp.com": es_home(
            "Cantera Property Management",
            ES_PM + "<p>Pague su renta en nuestra oficina con cheque, giro postal o tarjeta.</p>",
            addr="7500 Viscount Blvd, Ste. 120, El Paso, TX 79925",
        ),
    },
)

# The evidence is an image on AppFolio's CDN (an asset, never evidence); the site links no portal:
# no_pms_evidence.
add(
    "asset",
    "AppFolio",
    "Chamuscado Rentals",
    "chamuscadorentals.com",
    "https://images.cdn.appfolio.com/chamuscado/images/cache/logo_es.png",
    "no_pms_evidence",
    {
        "chamuscadorentals.com": es_home(
            "Chamuscado Rentals",
            ES_PM + "<p>Llame a la oficina para pagar su renta o reportar mantenimiento.</p>",
            addr="505 E Nolana Ave, Ste. 3, Pharr, TX 78577",
        ),
    },
)

# The evidence names a Buildium account that does not exist ("the account could not be found");
# the site links no portal: evidence_unverified.
add(
    "no_account",
    "Buildium",
    "Guadalupe Casas Property Management",
    "guadalupecasaspm.com",
    "https://guadalupecasas.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "guadalupecasaspm.com": es_home(
            "Guadalupe Casas Property Management",
            ES_PM,
            addr="1414 Guadalupe St, Ste. 2, San Antonio, TX 78207",
        ),
        "guadalupecasas.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account could not be found.</h2><a href='/'>Return to login</a>",
                title="Buildium",
            )
        },
    },
)

HOLDOUT24 = collector.cases
