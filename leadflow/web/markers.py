"""Page markers, in one table: parked domains, bot walls, "account not found" pages, portal pages.

Data, not code branches: when a vendor changes its wording, add a line here. Markers are
lower-case and match on word boundaries (so 'dan.com' does not match 'jordan.com').
"""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import urlsplit

from leadflow.domain import foreign_notices
from leadflow.domain.domains import try_normalise
from leadflow.domain.phrases import first_phrase, phrases

# A parking or domain-sale page. Hard-to-fake tells first: what parking services load and link
# (script, frame and image hosts, their landers, their link parameters), matched in the raw HTML;
# then what they say, in the languages of the registrars and marketplaces that serve them,
# matched in the visible text. Sources: the pages parking services and registrars serve.
PARKING_CODE = (
    "sedoparking.com",
    "img.sedoparking.com",
    "sedo.com/search/details",
    "sedo.com/services/parking",
    "parkingcrew.net",
    "jsparkcaf.php",
    "bodis.com",
    "parking.bodis.com",
    "above.com/marketplace",
    "img1.wsimg.com/parking-lander",
    "window.lander_system",
    'ap:"parking"',
    "mcc.godaddy.com/park",
    "afternic.com/forsale",
    "dan.com/buy-domain",
    "hugedomains.com/domain_profile",
    "static.hugedomains.com",
    "uniregistry.com/buy-domains",
    "parkingpage.namecheap.com",
    "i.cdnpark.com/registrar",
    "parked-on-the-bun",
    "google.com/adsense/domains/caf.js",
    "/apps/domainpark/",
    "data-adblockkey",
    "window.park",
    "l.cdn-fileserver.com/bping.php",
    "parklogic",
    "undeveloped.com",
    "yourhosting.nl/parkeerpagina",
    "webregistrada.com.ar/parking",
    "style_park.css",
    "/.well-known/parked",
)
# Link parameters that parking landers put on every outbound link (in raw HTML, `&` is often
# written `&amp;`).
PARKING_LINK = re.compile(
    r"(?:[?&]|&amp;)(?:utm_medium=parked|utm_medium=parking|utm_source=parking|utm_campaign=parking|"
    r"src=uniregistry-lander|traffic_type=parking|reg_source=parking|tr_uuid=)",
    re.I,
)
# What parking and for-sale pages say (visible text, lower-case): English, Spanish, German,
# French, Italian, Portuguese, Dutch.
PARKED = (
    # English
    "this domain is for sale",
    "this domain may be for sale",
    "domain may be for sale",
    "buy this domain",
    "this domain name is for sale",
    "is parked free",
    "registered and parked free",
    "parked free of charge",
    "domain is parked",
    "domain parked by",
    "parked courtesy of",
    "this web page is parked",
    "this site is parked",
    "this domain has been registered",
    "this domain is registered, but may still be available",
    "domain parking",
    "sedo's domain parking",
    "inquire about this domain",
    "click to inquire",
    "the sponsored listings displayed above are served automatically by a third party",
    "has been reserved on gandi.net and parked",
    "the owner has not put up a site yet",
    "is not yet connected to a website",
    "parked domain name on",
    "free one page hosting provided by",
    "why purchase this domain",
    "there are millions of other domains available",
    # Spanish
    "parking del dominio",
    "el dominio se encuentra en parking",
    "aparcamiento de dominios",
    "dominio aparcado",
    "este dominio está a la venta",
    "este dominio esta a la venta",
    "este dominio ha sido registrado",
    "comprar este dominio",
    "¡esta pagina está a la venta!",
    # German
    "diese domain ist geparkt",
    "domain geparkt",
    "diese domain steht zum verkauf",
    "diese domain kaufen",
    "diese domain wurde registriert",
    "domain im kundenauftrag registriert",
    "domain registriert bei",
    # French
    "ce domaine est à vendre",
    "ce nom de domaine est à vendre",
    "ce nom de domaine est en vente",
    "domaine parqué",
    "nom de domaine parqué",
    "votre domaine a bien été créé",
    # Italian, Portuguese, Dutch
    "questo dominio è in vendita",
    "dominio in vendita",
    "dominio parcheggiato",
    "este domínio está à venda",
    "domínio estacionado",
    "este domínio está disponível para negociação",
    "dit domein is te koop",
    "dit domein is geregistreerd door een klant van",
    "domein geparkeerd",
    # no business at all: a builder's or web server's placeholder, a suspended hosting account
    "future home of something quite cool",
    "welcome to nginx!",
    "apache2 debian default page",
    "apache2 ubuntu default page",
    "this account has been suspended",
    "default web site page",
    "domain default page",  # Plesk's, for a domain with nothing published
    "index of /",  # a web server listing an empty document root
    "fastly error: unknown domain",  # a CDN that serves no site for this name (answered 500)
    # no company's site any more: a theme's sample content (not lorem ipsum alone: real small
    # sites keep some in a corner), a registrar's hold page
    "your company name",
    "[company name]",
    "this domain name expired",
    "this domain has expired",
    "pending renewal or deletion",
    # a site builder's page for a domain with no site: Wix (served 404), a lapsed Squarespace plan
    "isn't connected to a website yet",
    "isn’t connected to a website yet",
    "website expired",
    "this site is no longer available",  # a builder's page for a site whose plan ended
    "this website is no longer available",
)
# What a hijacked expired domain's <title> sells: gambling (Indonesian "slot gacor" pages) and
# counterfeit goods (Japanese "super copy" pages). In the title only: a hacked site that still
# shows its own pages hides such links in its body.
SPAM_TITLE = ("slot gacor", "slot online", "judi online", "live casino", "casino online", "スーパーコピー", "ブランドコピー")
# A placeholder's words, counted only on a page that shows next to nothing else (under
# WALL_TEXT_LIMIT visible characters): "Coming Soon" is also ordinary copy on a real site.
PLACEHOLDER = (
    "coming soon",
    "launching soon",
    "under construction",
    "site is being built",
)
# Hosts of parking and domain-sale services: a redirect there means a parked domain.
PARKING_DOMAINS = frozenset(
    {
        "sedo.com",
        "sedoparking.com",
        "parkingcrew.net",
        "hugedomains.com",
        "dan.com",
        "afternic.com",
        "bodis.com",
        "above.com",
        "parklogic.com",
        "undeveloped.com",
        "uniregistry.com",
        "cdnpark.com",
        "atom.com",
        "brandbucket.com",
        "squadhelp.com",
        "domainmarket.com",
        "buydomains.com",
        "sav.com",
    }
)
# A bot wall or challenge page: neither a live page nor a dead one. Raw HTML, lower-case.
# These appear only on the wall itself:
CHALLENGE = (
    "<title>just a moment...</title>",
    "attention required! | cloudflare",
    "__cf_chl_f_tk",
    "request unsuccessful. incapsula incident id",
    "press & hold",
    "press &amp; hold",
    "perimeterx.com/whywasiblocked",
    "geo.captcha-delivery.com/captcha",
    "sucuri website firewall - access denied",
    "cdn.sucuri.net/sucuri-firewall-block.css",
    "vercel security checkpoint",
    "/.well-known/sgcaptcha/",
    "denied because we believe you are using automation tools",
    # Imperva's Distil block page (served 200): its title, wording and captcha form
    "<title>pardon our interruption",
    "something about your browser made us think",
    "distilcaptchaform",
    "cdn.distilnetworks.com/images/anomaly-detected.png",
    # F5 BIG-IP ASM's block page (served 200)
    "the requested url was rejected. please consult with your administrator",
    # Wordfence (WordPress) and Radware Bot Manager (ShieldSquare) block pages
    "generated by wordfence",
    "your access to this site has been limited by the site owner",
    "radware bot manager block",
)
# ... and these are also injected into ordinary pages of protected sites (Cloudflare's bot
# detection script, DataDome's tag, a Turnstile widget on a login form): a wall only on a page
# that answered with an error status or shows next to nothing.
CHALLENGE_SCRIPTS = (
    "/cdn-cgi/challenge-platform/",
    "_cf_chl_opt",
    "challenges.cloudflare.com/turnstile",
    "cf-error-details",
    "enable javascript and cookies to continue",
    "errors.edgesuite.net",
    "errors&#46;edgesuite&#46;net",
    "_incapsula_resource",
    "px-captcha",
    "captcha-delivery.com",
    "js.datadome.co",
    "awswaf.com",
    "/awswaf/",
    "__kasada",
    "ips.js?kp_uidz",  # Kasada's fingerprinting script, on its 429 block page
    "perfdrive.com",  # Radware Bot Manager's script host
)
WALL_TEXT_LIMIT = 120  # visible characters: fewer and the page shows nothing of its own
_PARKING_HOP = re.compile(r"ww\d+\.")
_AKAMAI = re.compile(r"<title>\s*access denied\s*</title>.*reference\s*#\d", re.S)
_JS_LANDER = re.compile(r"window\.location(?:\.href)?\s*=\s*[\"']/lander[\"']")
# What an account's portal shows: sign-in words and resident/owner services (visible text).
PORTAL = (
    "sign in",
    "sign-in",
    "log in",
    "login",
    "log on",
    "forgot password",
    "forgot your password",
    "resident portal",
    "tenant portal",
    "owner portal",
    "resident login",
    "tenant login",
    "owner login",
    "pay rent",
    "make a payment",
    "maintenance request",
    "residents",
    "tenants",
    "owners",
    "available rentals",
    "vacancies",
    "rental application",
    # an apartment community's leasing pages on its account host (Yardi's online leasing, ResMan's
    # and Entrata's availability): the account, live, though they show no login form
    "online leasing",
    "available units",
    "check availability",
    "floor plans",
    "apply online",
)
# Sign-in words in a vendor URL's path: a redirect there is the shared sign-in, not the account.
LOGIN_PATH = re.compile(r"log-?in|sign-?in|sign_in|logon|/auth\b|/sso\b", re.I)


_PARKED, _PORTAL = phrases(PARKED), phrases(PORTAL)
_PLACEHOLDER, _SPAM_TITLE = phrases(PLACEHOLDER + foreign_notices.PLACEHOLDER), phrases(SPAM_TITLE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S)
_PARKING_CODE, _CHALLENGE, _CHALLENGE_SCRIPTS = phrases(PARKING_CODE), phrases(CHALLENGE), phrases(CHALLENGE_SCRIPTS)
_META_REFRESH = re.compile(r"<meta[^>]+http-equiv=[\"']?refresh[^>]*content=[\"'][^\"']*url=([^\"'>\s]+)")


def _in_code(pattern: re.Pattern[str], raw: str) -> str | None:
    """The first of a list of ASCII code tells (hosts, script names) in lower-cased raw HTML: no
    accents to read past, so the page is not normalised (a megabyte of HTML, several times a page)."""
    found = pattern.search(raw)
    return found.group(0) if found else None


def parked_marker(html: str | None, text: str | None = None) -> str | None:
    """What shows that a page (raw HTML; `text`: its visible text) is a parking or domain-sale
    page, or None: a parking service's code or link parameters, a JavaScript hop to a parking
    lander, the wording of a parking or for-sale page, or a bare "coming soon" placeholder."""
    raw = (html or "").lower()
    if found := _in_code(_PARKING_CODE, raw):
        return found
    if link_match := PARKING_LINK.search(raw):
        return link_match.group(0).removeprefix("&amp;").lstrip("?&")
    if lander := _JS_LANDER.search(raw):
        return lander.group(0)
    for link in _META_REFRESH.findall(raw):
        if is_parking_url(link):
            return f"refresh to {link}"
    title = _TITLE.search(raw)
    if title and (spam := first_phrase(_SPAM_TITLE, html_lib.unescape(title.group(1)))):
        return f"a hijacked domain's title ({spam!r})"
    visible = text if text is not None else raw
    if len(visible) < WALL_TEXT_LIMIT and (found := first_phrase(_PLACEHOLDER, visible)):
        return f"a bare placeholder ({found!r})"
    return first_phrase(_PARKED, visible)


def challenge_marker(html: str | None, status: int | None = None, text: str | None = None) -> str | None:
    """The tell of a bot wall or challenge page (Cloudflare, Akamai, Imperva, PerimeterX,
    DataDome, Sucuri, AWS WAF, ...) in raw HTML, or None. `status` and the visible `text` tell
    a wall from an ordinary page that merely carries a protection script."""
    raw = (html or "").lower()
    if found := _in_code(_CHALLENGE, raw):
        return found
    if _AKAMAI.search(raw):
        return "akamai access denied"
    bare = status is None or status >= 400 or status == 202 or len(text if text is not None else raw) < WALL_TEXT_LIMIT
    return _in_code(_CHALLENGE_SCRIPTS, raw) if bare else None


def portal_marker(text: str | None) -> str | None:
    """A sign-in or resident-services phrase in a page's visible text, or None."""
    return first_phrase(_PORTAL, text)


def is_parking_url(url: str | None) -> bool:
    """True for a URL on a parking or domain-sale service, or a parking feed's traffic hop
    (`http://ww25.<domain>/?subid1=...`)."""
    try:
        parts = urlsplit(url or "")
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if _PARKING_HOP.match(host) and "subid1=" in (parts.query or "").lower():
        return True
    return bool(host) and try_normalise(host) in PARKING_DOMAINS
