"""Twenty-third blind corpus: how real web servers and today's site stacks serve a property
manager's homepage and its portal link.

Focus and mix: 60 Texas candidates (city Austin), 38 real leads and 22 rejections, in the HTTP
and markup shapes our own tidy fixtures rarely reproduce. Heavy page-builder homepages
(Elementor and Divi pages of several hundred KB to over a megabyte: inline CSS and JS, SVG
sprites, base64 images) whose portal link sits only in the footer; a mega-menu of hundreds of
links; JavaScript stacks (Next.js pages and app routers with `__NEXT_DATA__` and
`self.__next_f`, Nuxt's `window.__NUXT__`, Gatsby, Webflow, Wix, Squarespace, a React shell
with and without a `<noscript>` menu, a catch-all SPA host answering every path, robots.txt
included, with its index page); links as real sites write them (`<base href>` with a relative
link, HTML entities `&#x2F;` and `&amp;`, a percent-encoded on-site redirect, an upper-case
scheme and host, whitespace and newlines around the href, `http://`, `data-href`, an SVG
`<a xlink:href>`, `window.open`); and servers (a 301 then 308 chain to `/home/`, a relative
`Location`, a `Refresh:` header, a bare nginx 403 for unknown agents beside a real Cloudflare
challenge and Vercel's 429 checkpoint, a 503 with `Retry-After`, no `Content-Type`, a
windows-1252 page, a UTF-8 BOM, gzip with `Vary`, HSTS, a canonical link to a staging host,
a robots.txt that disallows the residents page, a slow server, a keep-alive connection the
server hangs up). Rejections come in the same shapes: a heavy page whose footer links another
PMS's account or a vendor-wide sign-in or widget, a Next.js site of another business, parking
pages (Sedo, GoDaddy's `/lander`, an expired registrar lander), hosts' "no site here" answers
(Netlify, Vercel, GitHub Pages, nginx's default page), a host that does not exist, walled
Entrata and Yardi portals, a retired or missing account, a portal that moved to another PMS,
vendor-wide and asset evidence URLs. The shared sign-in hosts (TenantCloud, Rentec Direct) are
served by other corpora, so no case here links one (no `shared_signin` class).

How the labels were decided: by docs/live-checks.md (judging order, vendor table, name rules,
bot walls, confidence, the 1 MB body cap) and what a careful sales team concludes from the
pages as served, written without reading or running the checks. Where the contract is silent
(a link beyond the body cap, a menu only inside `__NEXT_DATA__` JSON, `data-href` and SVG links,
an HTTP `Refresh:` header, a bare 403 that is no known wall, a site answering 503 while its
portal is live, a walled homepage with no evidence URL) the case's comment says "ambiguous:"
and why the label is what a careful team would want. Every page is our own short HTML written
after the shapes of real framework output, servers, parking services and vendor portals; all
company names, domains and accounts are made up.
"""

from __future__ import annotations

import base64
import json
import random

from evidence_corpus import VENDOR_LOGIN, Collector, _login, spa_shell
from fake_web import Reply, everywhere, gzipped, raw, redirect

collector = Collector("holdout23-")
add = collector.add

HTML = "text/html; charset=utf-8"

PM_TEXT = (
    "<p>Full-service residential property management in Austin and Travis County: leasing and tenant "
    "screening, online rent collection, 24/7 maintenance and monthly owner statements for single-family "
    "homes, duplexes and small apartment communities.</p>"
)

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' content='noindex,nofollow'>"
    "</head><body><div class='main-wrapper' role='main'><div class='main-content'><h1 class='zone-name-title h1'>"
    "Verifying you are human. This may take a few seconds.</h1><noscript><div class='h2'>Enable JavaScript and cookies "
    "to continue</div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId:'3',cZone:'x',cType:'managed'};"
    "var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f1e2d3c4b5a6978';"
    "document.getElementsByTagName('head')[0].appendChild(a);}());</script></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f1e2d3c4b5a6978-DFW", "Cache-Control": "no-store"},
)


def atx(n: int) -> str:
    streets = ["W 35th St", "S Lamar Blvd", "Burnet Rd", "E Cesar Chavez St", "Bee Cave Rd", "N Lamar Blvd", "Manor Rd"]
    street = f"{1100 + n * 37} {streets[n % len(streets)]}, Suite {100 + n}"
    return f"<address>{street}, Austin, TX 787{n % 50 + 1:02d} &middot; (512) 555-{n:04d}</address>"


def pm_html(co: str, n: int, *, nav: str = "", body: str = "", footer: str = "", head: str = "", title: str = "") -> str:
    """A property manager's homepage as a string (so it can be re-encoded, gzipped, given headers)."""
    return (
        f"<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'><title>{title or co + ' | Austin Property Management'}"
        f"</title><meta name='viewport' content='width=device-width, initial-scale=1'>{head}</head><body>"
        f"<header><nav class='main-nav'><a href='/'>Home</a><a href='/owners/'>Owners</a>"
        f"<a href='/rentals/'>Available Rentals</a><a href='/about/'>About</a><a href='/contact/'>Contact</a>{nav}</nav></header>"
        f"<main><h1>{co}</h1>{PM_TEXT}{body}</main>"
        f"<footer>{atx(n)}{footer}<p>&copy; 2026 {co}. All rights reserved.</p></footer></body></html>"
    )


def ok(html: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(200, html, headers or {})


# --- heavy page-builder filler (inline CSS, JS, SVG sprites, base64 images), deterministic ----------------------------


def filler(kb: int, seed: int) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    i = 0
    while size < kb * 1024:
        kind = i % 4
        if kind == 0:
            css = "".join(
                f".elementor-{seed}-{i}-{j} .elementor-element-{rng.randrange(16**7):07x}{{--e-con-grid-template-columns:"
                f"repeat(3,1fr);padding:{rng.randrange(40)}px {rng.randrange(60)}px;color:#{rng.randrange(16**6):06x}}}"
                for j in range(40)
            )
            chunk = f"<style id='elementor-post-{seed}{i}-css' media='all'>{css}</style>"
        elif kind == 1:
            data = {
                f"k{j}": {
                    "id": f"{rng.randrange(16**8):08x}",
                    "settings": {"animation": "fadeInUp", "_delay": rng.randrange(900)},
                }
                for j in range(30)
            }
            chunk = f"<script id='elementor-frontend-js-before-{i}'>var elementorFrontendConfig{i} = {json.dumps(data)};</script>"
        elif kind == 2:
            paths = "".join(
                f"<symbol id='icon-{seed}-{i}-{j}' viewBox='0 0 24 24'><path d='M{rng.randrange(24)} {rng.randrange(24)}"
                f"L{rng.randrange(24)} {rng.randrange(24)}Q{rng.randrange(24)} {rng.randrange(24)} {rng.randrange(24)} "
                f"{rng.randrange(24)}Z'/></symbol>"
                for j in range(40)
            )
            chunk = f"<svg xmlns='http://www.w3.org/2000/svg' style='display:none' aria-hidden='true'>{paths}</svg>"
        else:
            b64 = base64.b64encode(rng.randbytes(3000)).decode()
            chunk = f"<img class='lazy hero-{i}' width='1200' height='600' alt='' src='data:image/webp;base64,{b64}'>"
        out.append(chunk)
        size += len(chunk)
        i += 1
    return "".join(out)


# --- vendor portals: (url, {host: {path: Reply}}) ---------------------------------------------------------------------


def buildium(acct: str, co: str, reply: Reply | None = None) -> tuple[str, dict[str, dict[str, Reply]]]:
    url = f"https://{acct}.managebuilding.com/Resident/portal/login"
    return url, {f"{acct}.managebuilding.com": {"/Resident/portal/login": reply or VENDOR_LOGIN["Buildium"](co)}}


def appfolio(acct: str, co: str, reply: Reply | None = None) -> tuple[str, dict[str, dict[str, Reply]]]:
    url = f"https://{acct}.appfolio.com/connect"
    pages = {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": reply or VENDOR_LOGIN["AppFolio"](co)}
    return url, {f"{acct}.appfolio.com": pages}


def rentvine(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    url = f"https://{acct}.rentvine.com/portals/resident"
    shell = spa_shell(f"{co} - Resident Portal")
    return url, {f"{acct}.rentvine.com": {"/portals/resident": shell, "/portals/resident/": shell}}


def on_root(host: str, reply: Reply) -> dict[str, dict[str, Reply]]:
    return {host: {"/": reply, "/login": reply}}


# =====================================================================================================================
# Real leads: heavy pages
# =====================================================================================================================

# An Elementor homepage of about 750 KB (inline CSS per widget, frontend config JSON, an SVG icon sprite, base64
# "lazy" hero images), the only portal link in the footer after all of it. Under the 1 MB cap: the site links it, high.
co = "Quarry Wren Property Management"
url, portal = buildium("quarrywren", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "quarrywrenpm.com",
    None,
    "high",
    {
        "quarrywrenpm.com": {
            "/": ok(
                pm_html(
                    co,
                    1,
                    head="<link rel='stylesheet' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'>",
                    body=filler(750, 1),
                    footer=f"<div class='elementor-widget-button'><a class='elementor-button' href='{url}'>"
                    "Resident Portal</a></div>",
                ),
                {
                    "Server": "nginx",
                    "X-Powered-By": "WP Engine",
                    "Link": '<https://quarrywrenpm.com/wp-json/>; rel="https://api.w.org/"',
                },
            )
        },
        **portal,
    },
)

# A Divi homepage of about 1.3 MB (uncompressed; served gzip), the Austin address in the header's top bar and the
# portal link in the footer past the first megabyte.
# ambiguous: the contract caps bodies at 1 MB after decompression and says nothing of what lies beyond; a careful
# team would not fault leadflow for not seeing the link, and the evidence URL is the company's live account, so the
# lead is real at medium (portal_live), not high.
co = "Blanco Loom Residential"
url, portal = appfolio("blancoloom", co)
add(
    "live_portal",
    "AppFolio",
    co,
    "blancoloomresidential.com",
    url,
    "medium",
    {
        "blancoloomresidential.com": {
            "/": gzipped(
                ok(
                    pm_html(
                        co,
                        2,
                        head="<link rel='stylesheet' id='divi-style-parent-css' "
                        "href='/wp-content/themes/Divi/style.min.css?ver=4.25.1'>",
                        nav="<span class='et-top-bar'>4400 S Congress Ave, Austin, TX 78745 &middot; (512) 555-0002</span>",
                        body=filler(1300, 2),
                        footer=f"<div class='et_pb_button_module_wrapper'><a class='et_pb_button' href='{url}'>"
                        "Tenant Login</a></div>",
                    ),
                    {"Vary": "Accept-Encoding"},
                )
            )
        },
        **portal,
    },
)

# A mega-menu of 320 links (neighbourhood, listing and guide pages), rendered twice as themes do (desktop and the
# off-canvas mobile copy); "Resident Login" sits in the Residents column near the end. The site links it: high.
co = "Walnut Gable Property Management"
hoods = [f"<li><a href='/austin-neighborhoods/area-{i:03d}/'>Austin area {i}</a></li>" for i in range(320)]
menu = (
    "<ul class='mega-menu'>"
    + "".join(hoods)
    + "<li class='menu-col'><span>Residents</span><ul><li><a href='/maintenance/'>Maintenance</a></li>"
    + "<li><a href='https://walnutgable.twa.rentmanager.com/'>Resident Login</a></li></ul></li></ul>"
)
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "walnutgablepm.com",
    None,
    "high",
    {
        "walnutgablepm.com": {"/": ok(pm_html(co, 3, nav=menu + f"<div class='offcanvas'>{menu}</div>"))},
        **on_root("walnutgable.twa.rentmanager.com", VENDOR_LOGIN["Rent Manager"](co)),
    },
)

# =====================================================================================================================
# Real leads: JavaScript stacks
# =====================================================================================================================

# Next.js pages router: server-rendered anchors in the header and the same menu in __NEXT_DATA__. High.
co = "Tarrytown Ledger Rentals"
url, portal = appfolio("tarrytownledger", co)
nd = {
    "props": {"pageProps": {"menu": [{"label": "Rentals", "href": "/rentals"}, {"label": "Resident Login", "href": url}]}},
    "page": "/",
    "query": {},
    "buildId": "k3Jd8x2QwZp1",
    "isFallback": False,
    "gsp": True,
    "scriptLoader": [],
}
add(
    "site_links_portal",
    "AppFolio",
    co,
    "tarrytownledger.com",
    None,
    "high",
    {
        "tarrytownledger.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><title>Tarrytown Ledger Rentals | Austin Property "
                "Management</title><link rel='preload' href='/_next/static/css/8c1f2e.css' as='style'/>"
                "<script src='/_next/static/chunks/webpack-5d9f.js' defer=''></script></head><body><div id='__next'>"
                f"<header class='Header_root__x1'><nav><a href='/'>Home</a><a href='/rentals'>Rentals</a><a href='{url}' "
                f"target='_blank' rel='noreferrer'>Resident Login</a></nav></header><main><h1>{co}</h1>{PM_TEXT}</main>"
                f"<footer>{atx(4)}</footer></div><script id='__NEXT_DATA__' type='application/json'>{json.dumps(nd)}</script>"
                "</body></html>",
                {"X-Powered-By": "Next.js", "Cache-Control": "s-maxage=31536000, stale-while-revalidate"},
            )
        },
        **portal,
    },
)

# Next.js whose header menu is drawn on the client: the server-rendered <nav> is empty and the menu (with the portal)
# lives only in __NEXT_DATA__ JSON. ambiguous: the contract reads links in menus and never in scripts; a JSON data
# island is no script that runs, and it is the menu every visitor sees, so a careful team counts it as the site
# linking the portal: high (the evidence URL is that same live account, so the lead stands either way).
co = "Rosedale Kettle Property Management"
url, portal = appfolio("rosedalekettle", co)
nd = {
    "props": {
        "pageProps": {
            "navigation": {
                "items": [
                    {"title": "Owners", "url": "/owners"},
                    {"title": "Residents", "children": [{"title": "Resident Portal", "url": url, "openInNewTab": True}]},
                ]
            }
        },
        "__N_SSG": True,
    },
    "page": "/[[...slug]]",
    "query": {},
    "buildId": "pQ7tX0m2",
    "isFallback": False,
    "gsp": True,
}
add(
    "live_portal",
    "AppFolio",
    co,
    "rosedalekettle.com",
    url,
    "high",
    {
        "rosedalekettle.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><title>Rosedale Kettle Property Management</title>"
                "</head><body><div id='__next'><header><a href='/' class='logo'>Rosedale Kettle</a><nav aria-label='Main'></nav>"
                f"</header><main><h1>{co}</h1>{PM_TEXT}</main><footer>{atx(5)}</footer></div>"
                f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(nd)}</script>"
                "<script src='/_next/static/chunks/main-2b1c.js' async=''></script></body></html>"
            )
        },
        **portal,
    },
)

# Next.js app router: server-rendered anchors plus the React Server Components flight data in self.__next_f.push(...)
# scripts that repeat every link as escaped JSON. High.
co = "Bouldin Sparrow Homes"
url, portal = buildium("bouldinsparrow", co)
flight = json.dumps(f'6:["$","a",null,{{"href":"{url}","className":"btn","children":"Pay Rent"}}]\n')
add(
    "site_links_portal",
    "Buildium",
    co,
    "bouldinsparrow.com",
    None,
    "high",
    {
        "bouldinsparrow.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><link rel='preload' as='script' "
                "fetchPriority='low' href='/_next/static/chunks/webpack-a1b2.js'/>"
                "<title>Bouldin Sparrow Homes</title></head><body><header><nav><a href='/'>Home</a>"
                f"<a href='/available-homes'>Available Homes</a><a class='btn' href='{url}'>Pay Rent</a></nav></header>"
                f"<main><h1>{co}</h1>{PM_TEXT}</main><footer>{atx(6)}</footer>"
                "<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
                f"<script>self.__next_f.push([1,{flight}])</script></body></html>",
                {"X-Powered-By": "Next.js", "Vary": "RSC, Next-Router-State-Tree, Next-Router-Prefetch"},
            )
        },
        **portal,
    },
)

# Nuxt 2, server-rendered: anchors carry data-v-* scope attributes inside #__nuxt/#__layout, and window.__NUXT__ repeats
# the menu with "/" escaped as \u002F. High.
co = "Govalle Thimble Property Management"
url, portal = rentvine("govallethimble", co)
nuxt = url.replace("/", "\\u002F")
add(
    "site_links_portal",
    "Rentvine",
    co,
    "govallethimble.com",
    None,
    "high",
    {
        "govallethimble.com": {
            "/": ok(
                "<!doctype html><html data-n-head-ssr lang='en' data-n-head='%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D'><head>"
                f"<title>{co}</title><link rel='preload' href='/_nuxt/4f2a1c.js' as='script'></head><body>"
                "<div data-server-rendered='true' id='__nuxt'><!----><div id='__layout'><div data-v-7d1b2f1a class='site'>"
                f"<nav data-v-7d1b2f1a><a data-v-7d1b2f1a href='/' class='nuxt-link-active'>Home</a>"
                f"<a data-v-7d1b2f1a href='{url}' target='_blank'>Resident Portal</a></nav>"
                f"<main data-v-7d1b2f1a><h1>{co}</h1>{PM_TEXT}</main><footer data-v-7d1b2f1a>{atx(7)}</footer></div></div></div>"
                '<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{menu:[{title:a,url:"\\u002F"},'
                f'{{title:b,url:c}}]}}],fetch:{{}},error:null,serverRendered:true,routePath:"\\u002F",config:{{}}}}}}'
                f'("Home","Resident Portal","{nuxt}"));</script></body></html>'
            )
        },
        **portal,
    },
)

# Gatsby: #___gatsby / #gatsby-focus-wrapper, the route announcer, preloaded webpack chunks. High.
co = "Mueller Kiln Rentals"
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "muellerkiln.com",
    None,
    "high",
    {
        "muellerkiln.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><meta name='generator' content='Gatsby 5.13.3'/>"
                f"<title data-gatsby-head='true'>{co}</title><link as='script' rel='preload' href='/webpack-runtime-3b2a.js'/>"
                "</head><body><div id='___gatsby'><div style='outline:none' tabindex='-1' id='gatsby-focus-wrapper'>"
                "<header><nav><a href='/'>Home</a><a href='/homes-for-rent/'>Homes for Rent</a>"
                "<a href='https://muellerkiln.app.doorloop.com/' class='nav-cta'>Tenant Portal</a></nav></header>"
                f"<main><h1>{co}</h1>{PM_TEXT}</main><footer>{atx(8)}</footer></div><div id='gatsby-announcer' "
                "style='position:absolute;top:0;width:1px;height:1px;overflow:hidden' aria-live='assertive' aria-atomic='true'>"
                "</div></div><script id='gatsby-script-loader'>/*<![CDATA[*/window.pagePath=\"/\";/*]]>*/</script></body></html>"
            )
        },
        **on_root("muellerkiln.app.doorloop.com", spa_shell(f"{co} | Tenant Portal")),
    },
)

# Webflow: data-wf-page/data-wf-site on <html>, w-nav-link classes, the jQuery bundle from Webflow's CDN. High.
co = "Zilker Anvil Property Co."
url, portal = appfolio("zilkeranvil", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "zilkeranvil.com",
    None,
    "high",
    {
        "zilkeranvil.com": {
            "/": ok(
                "<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->"
                "<html data-wf-domain='www.zilkeranvil.com' data-wf-page='65f1a2b3c4d5e6f708192a3b' "
                "data-wf-site='65f0a1b2c3d4e5f60718293a' lang='en'><head><meta charset='utf-8'>"
                f"<title>{co} | Austin Property Management</title><meta content='Webflow' name='generator'>"
                "<link href='https://cdn.prod.website-files.com/65f0a1b2c3d4e5f60718293a/css/zilkeranvil.webflow.3c1d.min.css' "
                "rel='stylesheet' type='text/css'></head><body><div data-collapse='medium' data-animation='default' "
                "class='navbar w-nav'><nav role='navigation' class='nav-menu w-nav-menu'><a href='/' aria-current='page' "
                "class='nav-link w-nav-link w--current'>Home</a><a href='/rentals' class='nav-link w-nav-link'>Rentals</a>"
                f"<a href='{url}' target='_blank' class='button w-button'>Resident Login</a></nav></div>"
                f"<section class='hero'><h1>{co}</h1>{PM_TEXT}</section><footer class='footer'>{atx(9)}</footer>"
                "<script src='https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js"
                "?site=65f0a1b2c3d4e5f60718293a' type='text/javascript'></script></body></html>"
            )
        },
        **portal,
    },
)

# A create-react-app shell: an empty #root, "You need to enable JavaScript to run this app.", under 200 characters of
# text. The site cannot be read; the evidence URL is the company's live Buildium account: medium (portal_live).
co = "Hancock Pewter Property Management"
url, portal = buildium("hancockpewter", co)
add(
    "live_portal",
    "Buildium",
    co,
    "hancockpewterpm.com",
    url,
    "medium",
    {
        "hancockpewterpm.com": {
            "/": ok(
                "<!doctype html><html lang='en'><head><meta charset='utf-8'/><link rel='icon' href='/favicon.ico'/>"
                f"<title>{co}</title><script defer='defer' src='/static/js/main.8a3f1c2d.js'></script>"
                "<link href='/static/css/main.1b2c3d4e.css' rel='stylesheet'></head><body><noscript>You need to enable "
                "JavaScript to run this app.</noscript><div id='root'></div></body></html>"
            )
        },
        **portal,
    },
)

# A React SPA on a static host with a catch-all rewrite: every path, robots.txt included, answers 200 with index.html;
# the index carries a <noscript> fallback menu with the portal link. High.
co = "Brentwood Lattice Homes"
url, portal = rentvine("brentwoodlattice", co)
spa = ok(
    "<!doctype html><html lang='en'><head><meta charset='utf-8'/><title>Brentwood Lattice Homes | Austin Rentals</title>"
    "<script type='module' crossorigin src='/assets/index-Bx81kQ2a.js'></script></head><body><div id='root'></div>"
    f"<noscript><nav><a href='/rentals'>Rentals</a><a href='{url}'>Resident Portal</a></nav><h1>{co}</h1>{PM_TEXT}{atx(11)}"
    "</noscript></body></html>",
    {"Server": "Netlify", "Cache-Control": "public,max-age=0,must-revalidate"},
)
add(
    "site_links_portal", "Rentvine", co, "brentwoodlattice.com", None, "high", {"brentwoodlattice.com": everywhere(spa), **portal}
)

# A theme's "button" that is a <div data-href=...> opened by a small click handler, not an anchor.
# ambiguous: the contract lists menus, buttons and onclick targets, not data-href; it is the site's portal button,
# so a careful team reads it as a link: high (the evidence URL is that same account either way).
co = "Crestview Pulley Property Management"
rm_url = "https://crestviewpulley.rmresident.com/"
add(
    "live_portal",
    "Rent Manager",
    co,
    "crestviewpulley.com",
    rm_url,
    "high",
    {
        "crestviewpulley.com": {
            "/": ok(
                pm_html(
                    co,
                    12,
                    body=f"<div class='btn btn-primary js-link' role='link' tabindex='0' data-href='{rm_url}'>"
                    "Resident Portal</div>"
                    "<script>document.querySelectorAll('[data-href]').forEach(function(e){e.addEventListener('click',"
                    "function(){window.location=e.getAttribute('data-href')})})</script>",
                )
            )
        },
        **on_root("crestviewpulley.rmresident.com", VENDOR_LOGIN["Rent Manager"](co)),
    },
)

# An inline SVG icon bar whose "Resident Login" badge is an SVG <a xlink:href>.
# ambiguous: the contract does not name SVG links; browsers follow them like any anchor, so the site links the
# portal: high.
co = "Allandale Spindle Realty"
url, portal = buildium("allandalespindle", co)
svg = (
    "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='220' height='40' role='img'>"
    f"<a xlink:href='{url}' target='_blank'><rect width='220' height='40' rx='6' fill='#1d4e89'/>"
    "<text x='20' y='26' fill='#fff'>Resident Login</text></a></svg>"
)
add(
    "site_links_portal",
    "Buildium",
    co,
    "allandalespindle.com",
    None,
    "high",
    {"allandalespindle.com": {"/": ok(pm_html(co, 13, body=svg))}, **portal},
)

# A button opening the portal with window.open(url, '_blank', 'noopener'): a ResMan account (titles not compared). High.
co = "Hyde Park Cistern Residential"
add(
    "site_links_portal",
    "ResMan",
    co,
    "hydeparkcistern.com",
    None,
    "high",
    {
        "hydeparkcistern.com": {
            "/": ok(
                pm_html(
                    co,
                    15,
                    body="<button type='button' class='btn-pay' onclick=\"window.open('https://hydeparkcistern.myresman.com/', "
                    "'_blank', 'noopener')\">Pay Rent</button>",
                )
            )
        },
        **on_root("hydeparkcistern.myresman.com", VENDOR_LOGIN["ResMan"](co)),
    },
)

# Wix: buttons are <a data-testid="linkElement"> with wixui classes, and the page carries a large JSON viewer model. High.
co = "Parmer Tinder Residential"
wix_model = json.dumps(
    {"siteFeatures": [f"feature{i}" for i in range(200)], "site": {"metaSiteId": "3c1e-77a2", "isPremium": True}}
)
add(
    "site_links_portal",
    "RealPage",
    co,
    "parmertinder.com",
    None,
    "high",
    {
        "parmertinder.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
                f"<meta name='generator' content='Wix.com Website Builder'><title>HOME | {co}</title>"
                f"<script type='application/json' id='wix-viewer-model'>{wix_model}</script></head><body>"
                f"<div id='SITE_CONTAINER'><main><h1 class='font_0 wixui-rich-text__text'>{co}</h1>{PM_TEXT}{atx(40)}"
                "<div class='comp-lq8 wixui-button'><a data-testid='linkElement' href='https://parmertinder.activebuilding.com/' "
                "target='_blank' class='uDW_Qe wixui-button' aria-disabled='false'><span class='l7_2fn wixui-button__label'>"
                "Resident Portal</span></a></div></main></div></body></html>",
                {"X-Wix-Request-Id": "1719934500.1234567890", "Server": "Pepyaka"},
            )
        },
        **on_root("parmertinder.activebuilding.com", VENDOR_LOGIN["RealPage"](co)),
    },
)

# Squarespace: "This is Squarespace." comment, sqs-block-button-element anchors, static1.squarespace.com assets. High.
co = "Lamar Saddle Residences"
add(
    "site_links_portal",
    "MRI",
    co,
    "lamarsaddle.com",
    None,
    "high",
    {
        "lamarsaddle.com": {
            "/": ok(
                "<!doctype html><html lang='en-US'><head><!-- This is Squarespace. --><!-- lamar-saddle -->"
                f"<title>{co}</title><link rel='stylesheet' href='https://static1.squarespace.com/static/versioned-site-css/"
                "65aa/12/5c5a/65aa/1548/site.css'></head><body class='has-banner-image'><header><a href='/'>Home</a>"
                "<a href='/floor-plans'>Floor Plans</a></header><main>"
                f"<h1>{co}</h1>{PM_TEXT}<div class='sqs-block button-block'>"
                "<a href='https://lamarsaddle.mriresidentconnect.com/' "
                "class='sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element' data-sqsp-button>"
                f"Resident Login</a></div></main><footer>{atx(41)}</footer></body></html>"
            )
        },
        **on_root("lamarsaddle.mriresidentconnect.com", VENDOR_LOGIN["MRI"](co)),
    },
)

# =====================================================================================================================
# Real leads: URLs as real sites write them
# =====================================================================================================================

# <base href="https://www.windsorbellows.com/site/"> and a relative link "resident-center": it resolves to
# /site/resident-center (a page linking the Buildium portal), not /resident-center (404). High.
co = "Windsor Bellows Property Management"
url, portal = buildium("windsorbellows", co)
home = ok(
    pm_html(
        co,
        16,
        head="<base href='https://www.windsorbellows.com/site/'>",
        nav="<a href='resident-center'>Resident Center</a>",
    )
)
rc = ok(pm_html(co, 16, body=f"<h2>Resident Center</h2><p>Pay rent and request repairs online.</p><a href='{url}'>Log in</a>"))
add(
    "site_links_portal",
    "Buildium",
    co,
    "windsorbellows.com",
    None,
    "high",
    {
        "windsorbellows.com": {"/": home, "/site/resident-center": rc},
        "www.windsorbellows.com": {"/": home, "/site/": home, "/site/resident-center": rc},
        **portal,
    },
)

# Handlebars-style escaping: href="https:&#x2F;&#x2F;sextanthill.appfolio.com&#x2F;connect". High.
co = "Sextant Hill Rentals"
url, portal = appfolio("sextanthill", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "sextanthillrentals.com",
    None,
    "high",
    {
        "sextanthillrentals.com": {
            "/": ok(pm_html(co, 18, nav=f"<a href='{url.replace('/', '&#x2F;')}' class='portal'>Resident Login</a>"))
        },
        **portal,
    },
)

# A tracked portal link with &amp; between its UTM parameters (as HTML source must write them). High.
co = "Bee Cave Ladle Property Management"
url, portal = appfolio("beecaveladle", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "beecaveladle.com",
    None,
    "high",
    {
        "beecaveladle.com": {
            "/": ok(
                pm_html(
                    co,
                    19,
                    nav=f"<a href='{url}?utm_source=website&amp;utm_medium=header&amp;utm_campaign=resident_login'>"
                    "Resident Login</a>",
                )
            )
        },
        **portal,
    },
)

# An on-site redirect endpoint with the portal percent-encoded: /out?url=https%3A%2F%2F...&amp;src=footer, which
# answers 302 to the Rentvine portal. High.
co = "Manchaca Tinsel Property Management"
url, portal = rentvine("manchacatinsel", co)
enc = url.replace(":", "%3A").replace("/", "%2F")
add(
    "site_links_portal",
    "Rentvine",
    co,
    "manchacatinsel.com",
    None,
    "high",
    {
        "manchacatinsel.com": {
            "/": ok(pm_html(co, 20, footer=f"<a href='/out?url={enc}&amp;src=footer'>Resident Portal</a>")),
            "/out": redirect(url, 302),
        },
        **portal,
    },
)

# Upper-case scheme and mixed-case host as a page editor typed them: HTTPS://OakHillBellwether.ManageBuilding.COM/...
# High.
co = "Oak Hill Bellwether Properties"
url, portal = buildium("oakhillbellwether", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "oakhillbellwether.com",
    None,
    "high",
    {
        "oakhillbellwether.com": {
            "/": ok(
                pm_html(
                    co,
                    21,
                    nav="<a href='HTTPS://OakHillBellwether.ManageBuilding.COM/Resident/portal/login'>Tenant Login</a>",
                )
            )
        },
        **portal,
    },
)

# A WYSIWYG editor's wrapped attribute: newlines and tabs before and after the URL inside href. High.
co = "Dittmar Quill Property Management"
url, portal = buildium("dittmarquill", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "dittmarquill.com",
    None,
    "high",
    {
        "dittmarquill.com": {"/": ok(pm_html(co, 22, footer=f'<a href="\n\t\t\t\t{url}\n\t\t\t"\n\t>Pay Rent Online</a>'))},
        **portal,
    },
)

# An old http:// portal link (the vendor answers on http too). High.
co = "Pleasant Valley Hinge Realty"
url, portal = appfolio("pleasantvalleyhinge", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "pleasantvalleyhinge.com",
    None,
    "high",
    {
        "pleasantvalleyhinge.com": {"/": ok(pm_html(co, 23, nav=f"<a href='{url.replace('https:', 'http:')}'>Residents</a>"))},
        **portal,
    },
)

# =====================================================================================================================
# Real leads: server behaviour
# =====================================================================================================================

# A redirect chain: the apex answers 301 to https://www.<domain>/, which answers 308 to /home/; HSTS on every hop. High.
co = "Circle C Tamarind Property Management"
url, portal = buildium("circlectamarind", co)
hsts = {"Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload"}
robots = Reply(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", content_type="text/plain")
add(
    "site_links_portal",
    "Buildium",
    co,
    "circlectamarind.com",
    None,
    "high",
    {
        "circlectamarind.com": {
            "/": Reply(301, b"", {"Location": "https://www.circlectamarind.com/", **hsts}, None),
            "/robots.txt": robots,
        },
        "www.circlectamarind.com": {
            "/": Reply(308, b"", {"Location": "/home/", **hsts}, None),
            "/home/": ok(pm_html(co, 24, nav=f"<a href='{url}'>Resident Portal</a>"), hsts),
            "/robots.txt": robots,
        },
        **portal,
    },
)

# IIS answering "/" with 302 and a relative Location ("en/", no leading slash) to /en/. High.
co = "Onion Creek Wicket Properties"
iis = {"Server": "Microsoft-IIS/10.0", "X-Powered-By": "ASP.NET"}
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "onioncreekwicket.com",
    None,
    "high",
    {
        "onioncreekwicket.com": {
            "/": Reply(
                302, "<head><title>Document Moved</title></head><body><h1>Object Moved</h1></body>", {"Location": "en/", **iis}
            ),
            "/en/": ok(pm_html(co, 25, nav="<a href='https://onioncreekwicket.rmresident.com/'>Resident Login</a>"), iis),
        },
        **on_root("onioncreekwicket.rmresident.com", VENDOR_LOGIN["Rent Manager"](co)),
    },
)

# The homepage answers every request from a non-browser agent with nginx's bare "403 Forbidden" (a user-agent rule,
# no wall vendor's page). ambiguous: not one of the contract's walls, but it shows nothing to judge either way; the
# evidence URL is the company's live account, so a careful team keeps the lead at medium (portal_live), as for a wall.
co = "Travis Heights Gimlet Property Management"
url, portal = appfolio("travisheightsgimlet", co)
nginx403 = raw(
    403,
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    {"Server": "nginx"},
)
add(
    "live_portal",
    "AppFolio",
    co,
    "travisheightsgimlet.com",
    url,
    "medium",
    {"travisheightsgimlet.com": everywhere(nginx403), **portal},
)

# A Cloudflare managed challenge on the homepage (cf-mitigated: challenge) and a live portal as the evidence URL:
# the contract's "site that could not be read": medium.
co = "Steiner Ranch Corbel Homes"
url, portal = buildium("steinerranchcorbel", co)
add(
    "live_portal",
    "Buildium",
    co,
    "steinerranchcorbel.com",
    url,
    "medium",
    {"steinerranchcorbel.com": everywhere(CF_CHALLENGE), **portal},
)

# Vercel's Security Checkpoint: 429 with x-vercel-mitigated: challenge on every path, robots.txt included (the
# contract's own example of a wall, not a dead site); the evidence is the live account: medium.
co = "Avery Ranch Dowel Property Management"
url, portal = rentvine("averyranchdowel", co)
vercel = raw(
    429,
    "<!DOCTYPE html><html lang='en'><head><title>Vercel Security Checkpoint</title></head><body><main><p>We're verifying "
    "your browser</p><noscript>Please enable JavaScript to continue</noscript><p>Website owner? Click here to fix</p></main>"
    "<script src='/.well-known/vercel/security/static/challenge.v2.min.js'></script></body></html>",
    {
        "Server": "Vercel",
        "x-vercel-mitigated": "challenge",
        "x-vercel-id": "iad1::fn7kx-1719934500123-8a1b2c3d4e5f",
        "Cache-Control": "private, no-store",
    },
)
add("live_portal", "Rentvine", co, "averyranchdowel.com", url, "medium", {"averyranchdowel.com": everywhere(vercel), **portal})

# A homepage served with no Content-Type header at all (an old CGI script); browsers sniff it as HTML. High.
co = "Wells Branch Ferrule Realty"
url, portal = buildium("wellsbranchferrule", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "wellsbranchferrule.com",
    None,
    "high",
    {"wellsbranchferrule.com": {"/": Reply(200, pm_html(co, 29, nav=f"<a href='{url}'>Resident Login</a>"), {}, None)}, **portal},
)

# A windows-1252 page (Content-Type: text/html with no charset, <meta charset="windows-1252">): the ñ, curly quotes
# and © are single cp1252 bytes. The portal names the company in UTF-8. High.
co = "Peña Hollow Property Management"
url, portal = appfolio("penahollow", co)
cp = pm_html(
    co,
    30,
    head="<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>",
    body="<p>“We treat every home like it’s our own.” – the Peña family</p>",
    nav=f"<a href='{url}'>Resident Login</a>",
).replace("<meta charset='utf-8'>", "")
add(
    "site_links_portal",
    "AppFolio",
    co,
    "penahollowpm.com",
    None,
    "high",
    {"penahollowpm.com": {"/": Reply(200, cp.replace("&copy;", "©").encode("cp1252"), {}, "text/html")}, **portal},
)

# A UTF-8 page that starts with a byte-order mark (saved by a Windows editor). Propertyware account portal. High.
co = "Galindo Sorrel Homes"
pw_url = "https://galindosorrel.propertyware.com/pw/portals/galindosorrel/tenant.action"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "galindosorrel.com",
    None,
    "high",
    {
        "galindosorrel.com": {
            "/": Reply(200, b"\xef\xbb\xbf" + pm_html(co, 31, nav=f"<a href='{pw_url}'>Tenant Portal</a>").encode())
        },
        "galindosorrel.propertyware.com": {"/pw/portals/galindosorrel/tenant.action": VENDOR_LOGIN["Propertyware"](co)},
    },
)

# gzip with Vary: Accept-Encoding and a long cache lifetime, as a CDN serves it. High.
co = "Highland Cobble Property Management"
url, portal = buildium("highlandcobble", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "highlandcobble.com",
    None,
    "high",
    {
        "highlandcobble.com": {
            "/": gzipped(
                ok(
                    pm_html(co, 32, footer=f"<a href='{url}'>Pay Rent</a>"),
                    {"Vary": "Accept-Encoding", "Cache-Control": "public, max-age=14400", "CF-Cache-Status": "HIT"},
                )
            )
        },
        **portal,
    },
)

# The apex answers 200 with an empty page and an HTTP "Refresh: 0; url=https://www.anchoriterow.com/" header (a host's
# domain forwarding); the www site links the portal. ambiguous: the contract names meta refreshes on the same site,
# not the header; browsers follow both alike, so a careful team reads the www homepage: high.
co = "Anchorite Row Rentals"
url, portal = appfolio("anchoriterow", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "anchoriterow.com",
    None,
    "high",
    {
        "anchoriterow.com": {
            "/": Reply(
                200, "<html><head><title></title></head><body></body></html>", {"Refresh": "0; url=https://www.anchoriterow.com/"}
            )
        },
        "www.anchoriterow.com": {"/": ok(pm_html(co, 33, nav=f"<a href='{url}'>Resident Login</a>"))},
        **portal,
    },
)

# A WordPress site moved from staging that still says <link rel="canonical" href="https://cherrywoodtessel.wpenginepowered.com/">
# (another host, never served). The page itself is the company's and links its portal: high.
co = "Cherrywood Tessel Property Management"
url, portal = buildium("cherrywoodtessel", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "cherrywoodtessel.com",
    None,
    "high",
    {
        "cherrywoodtessel.com": {
            "/": ok(
                pm_html(
                    co,
                    35,
                    head="<link rel='canonical' href='https://cherrywoodtessel.wpenginepowered.com/'>"
                    "<meta property='og:url' content='https://cherrywoodtessel.wpenginepowered.com/'>",
                    nav=f"<a href='{url}'>Residents</a>",
                )
            ),
            "/robots.txt": robots,
        },
        **portal,
    },
)

# robots.txt disallows /residents/ (where the portal link is); the homepage links only /residents/. Respecting
# robots.txt leadflow cannot see the link; the evidence URL is the company's live account: medium (portal_live).
co = "Windsor Park Gusset Realty"
url, portal = buildium("windsorparkgusset", co)
add(
    "live_portal",
    "Buildium",
    co,
    "windsorparkgusset.com",
    url,
    "medium",
    {
        "windsorparkgusset.com": {
            "/robots.txt": Reply(200, "User-agent: *\nDisallow: /residents/\nDisallow: /residents\n", content_type="text/plain"),
            "/": ok(pm_html(co, 36, nav="<a href='/residents/'>Residents</a>")),
            "/residents/": ok(pm_html(co, 36, body=f"<a href='{url}'>Resident Portal</a>")),
            "/residents": redirect("/residents/", 301),
        },
        **portal,
    },
)

# A slow shared host: the homepage's status line comes after 1.5 s, then a normal page. High.
co = "North Loop Sconce Property Management"
url, portal = appfolio("northloopsconce", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "northloopsconce.com",
    None,
    "high",
    {"northloopsconce.com": {"/": Reply(200, pm_html(co, 38, nav=f"<a href='{url}'>Resident Login</a>"), delay=1.5)}, **portal},
)

# A server whose keep-alive ran out: it answers robots.txt on a kept-alive connection, then closes that connection
# without a word when the homepage is asked on it (a fresh connection gets the page), as browsers see and silently
# retry. High.
co = "St. Elmo Rafter Homes"
url, portal = buildium("stelmorafter", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "stelmorafter.com",
    None,
    "high",
    {
        "stelmorafter.com": {
            "/robots.txt": Reply(200, "User-agent: *\nAllow: /\n", content_type="text/plain", then_hangup=True),
            "/": ok(pm_html(co, 39, nav=f"<a href='{url}'>Resident Portal</a>")),
        },
        **portal,
    },
)

# A Webflow footer link to a Rentec Direct account sub-domain (not the shared sign-in): the site links the account
# portal, which answers with the company's login form: high. (The shared sign-in hosts are served by other corpora.)
co = "Hornsby Trowel Rentals"
add(
    "site_links_portal",
    "Rentec Direct",
    co,
    "hornsbytrowel.com",
    None,
    "high",
    {
        "hornsbytrowel.com": {
            "/": ok(
                pm_html(
                    co,
                    42,
                    footer="<a href='https://hornsbytrowel.rentecdirect.com/' class='footer-link w-inline-block'>"
                    "Tenant Login</a>",
                )
            )
        },
        **on_root("hornsbytrowel.rentecdirect.com", VENDOR_LOGIN["Rentec Direct"](co)),
    },
)

# =====================================================================================================================
# Rejections in the same shapes
# =====================================================================================================================

# A 600 KB Elementor page whose footer's "Resident Portal" is a Rentvine account; Buildium asked: pms_mismatch.
co = "Springdale Gimbal Property Management"
url, portal = rentvine("springdalegimbal", co)
add(
    "other_pms",
    "Buildium",
    co,
    "springdalegimbal.com",
    None,
    "pms_mismatch",
    {
        "springdalegimbal.com": {"/": ok(pm_html(co, 43, body=filler(600, 43), footer=f"<a href='{url}'>Resident Portal</a>"))},
        **portal,
    },
)

# A heavy page whose footer links only Buildium's vendor-wide staff sign-in (signin.managebuilding.com): nothing names
# an account, no evidence URL: no_pms_evidence.
co = "Lost Creek Awning Realty"
add(
    "vendor_wide",
    "Buildium",
    co,
    "lostcreekawning.com",
    None,
    "no_pms_evidence",
    {
        "lostcreekawning.com": {
            "/": ok(
                pm_html(
                    co,
                    44,
                    body=filler(400, 44),
                    footer="<a href='https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F'>"
                    "Staff Login</a>",
                )
            )
        }
    },
)

# A Next.js site of a same-named HVAC contractor (no rentals, tenants or property words) given with a live Buildium
# account in the candidate's name that the site does not link: the site is not a property manager's:
# evidence_unverified.
co = "Brodie Kestrel Property Management"
url, portal = buildium("brodiekestrel", co)
hvac = {"props": {"pageProps": {"services": ["AC Repair", "Furnace Tune-Up", "Duct Cleaning"]}}, "page": "/", "buildId": "h7Vac1"}
add(
    "no_portal",
    "Buildium",
    co,
    "brodiekestrel.com",
    url,
    "evidence_unverified",
    {
        "brodiekestrel.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><title>Brodie Kestrel Heating &amp; Air | AC Repair "
                "Austin</title></head><body><div id='__next'><header><nav><a href='/'>Home</a><a href='/ac-repair'>AC Repair</a>"
                "<a href='/financing'>Financing</a></nav></header><main><h1>Brodie Kestrel Heating &amp; Air</h1><p>Same-day AC "
                "repair, furnace tune-ups and duct cleaning across South Austin since 2009. Licensed and insured, TACLA "
                "#00012345C. Call now for a free estimate on a new high-efficiency system.</p></main><footer>"
                f"{atx(45)}</footer></div><script id='__NEXT_DATA__' type='application/json'>{json.dumps(hvac)}</script>"
                "</body></html>"
            )
        },
        **portal,
    },
)

# Sedo parking: "This website is for sale!" with Sedo's script and a buy link; given with a live portal: dead_domain.
co = "Kealing Brisket Property Management"
url, portal = buildium("kealingbrisket", co)
add(
    "parked",
    "Buildium",
    co,
    "kealingbrisketpm.com",
    url,
    "dead_domain",
    {
        "kealingbrisketpm.com": {
            "/": ok(
                "<!DOCTYPE html><html><head><title>kealingbrisketpm.com - This website is for sale! - "
                "kealingbrisketpm Resources and Information.</title>"
                "<script src='//img.sedoparking.com/jspartner/e.js' type='text/javascript'></script></head>"
                "<body><div id='container'><h1>kealingbrisketpm.com</h1><p>The domain owner may be interested in selling it. "
                "<a href='https://sedo.com/search/details/?partnerid=324561&amp;language=e&amp;domain=kealingbrisketpm.com&amp;"
                "origin=sales_lander_1&amp;source=0'>Buy this domain</a></p><div id='relatedLinks'><a href='/?ses=Y3JlPTE3MTk5'>"
                "Property Management Software</a><a href='/?ses=Y3JlPTE3MTk6'>Apartments For Rent</a></div></div></body></html>"
            )
        },
        **portal,
    },
)

# GoDaddy's parking: "/" is a script that sends the browser to /lander, where the "get this domain" page loads
# img1.wsimg.com's parking bundle. No evidence URL: dead_domain.
co = "Rundberg Ember Rentals"
add(
    "parked",
    "AppFolio",
    co,
    "rundbergember.com",
    None,
    "dead_domain",
    {
        "rundbergember.com": {
            "/": ok(
                '<!DOCTYPE html><html><head><script>window.onload=function(){window.location.href="/lander"}</script>'
                "</head></html>"
            ),
            "/lander": ok(
                "<!DOCTYPE html><html lang='en'><head><title>rundbergember.com</title><script src='https://img1.wsimg.com/"
                "parking-lander/static/js/main.e3b1c2a4.js'></script></head><body><div id='root'><h1>rundbergember.com</h1>"
                "<p>This domain is registered, but may still be available.</p><a href='https://www.godaddy.com/domainsearch/find?"
                "domainToCheck=rundbergember.com&amp;utm_source=parking&amp;utm_medium=parking'>Get this domain</a>"
                "</div></body></html>"
            ),
        }
    },
)

# A registrar's expired-domain page (a Namecheap-style "The domain has expired. Is this your domain? Renew now" lander
# from a parking network's script) given with a live AppFolio account: dead_domain.
co = "Pflugerville Oriel Property Management"
url, portal = appfolio("pflugervilleoriel", co)
add(
    "parked",
    "AppFolio",
    co,
    "pflugervilleoriel.com",
    url,
    "dead_domain",
    {
        "pflugervilleoriel.com": {
            "/": ok(
                "<!DOCTYPE html><html><head><title>pflugervilleoriel.com</title><script src='https://parking3.parklogic.com/page/"
                "enhance.js?pcId=12&amp;domain=pflugervilleoriel.com'></script></head><body><div id='plBanner'><a href='https://"
                "www.namecheap.com/domains/registration/results/?domain=pflugervilleoriel.com'>The domain has expired. "
                "Is this your domain? Renew now</a></div><div id='plRelated'><a href='/search?q=Austin+Rentals'>"
                "Austin Rentals</a></div></body></html>"
            )
        },
        **portal,
    },
)

# A host that does not exist (neither the name nor www.), given with a live Buildium account: dead_domain.
co = "Koenig Sparrowhawk Realty"
url, portal = buildium("koenigsparrowhawk", co)
add(
    "dead_domain",
    "Buildium",
    co,
    "koenigsparrowhawk.com",
    url,
    "dead_domain",
    portal,
    unresolvable=("koenigsparrowhawk.com", "www.koenigsparrowhawk.com"),
)

# Netlify's answer for a domain pointed at it with no site: 404 "Site not found", Server: Netlify. dead_domain.
co = "Bluebonnet Quern Property Management"
url, portal = appfolio("bluebonnetquern", co)
netlify = raw(
    404,
    "<!DOCTYPE html><html lang='en'><head><title>Site not found</title></head><body><div><h1>Site not found</h1><p>Looks "
    "like you followed a broken link or entered a URL that doesn't exist on Netlify.</p><p>If this is your site, and you "
    "weren't expecting a 404 for this path, please visit Netlify's \"page not found\" support guide.</p></div></body></html>",
    {"Server": "Netlify", "X-Nf-Request-Id": "01J1ZQ8K3M2N4P5Q6R7S8T9V0W"},
)
add(
    "dead_domain",
    "AppFolio",
    co,
    "bluebonnetquern.com",
    url,
    "dead_domain",
    {"bluebonnetquern.com": everywhere(netlify), **portal},
)

# Vercel's DEPLOYMENT_NOT_FOUND 404 (x-vercel-error header) on a Next.js company's lapsed project: dead_domain.
co = "Montopolis Spur Rentals"
url, portal = rentvine("montopolisspur", co)
vercel404 = raw(
    404,
    "The page could not be found\n\nDEPLOYMENT_NOT_FOUND\n\niad1::4kq2x-1719934500999-3f2e1d0c9b8a\n",
    {"Server": "Vercel", "x-vercel-error": "DEPLOYMENT_NOT_FOUND", "x-vercel-id": "iad1::4kq2x-1719934500999-3f2e1d0c9b8a"},
    content_type="text/plain; charset=utf-8",
)
add(
    "dead_domain",
    "Rentvine",
    co,
    "montopolisspur.com",
    url,
    "dead_domain",
    {"montopolisspur.com": everywhere(vercel404), **portal},
)

# GitHub Pages: 404 "There isn't a GitHub Pages site here." for a custom domain whose repository is gone: dead_domain.
co = "Rosewood Ferrier Property Management"
ghp = raw(
    404,
    "<!DOCTYPE html><html><head><title>Site not found &middot; GitHub Pages</title></head><body><div class='container'>"
    "<h1>404</h1><p><strong>There isn't a GitHub Pages site here.</strong></p><p>If you're trying to publish one, "
    "<a href='https://help.github.com/pages/'>read the full documentation</a> to learn how to set up <strong>GitHub "
    "Pages</strong> for your repository, organization, or user account.</p></div></body></html>",
    {"Server": "GitHub.com", "X-GitHub-Request-Id": "A1B2:3C4D:5E6F:7A8B:9C0D"},
)
add("dead_domain", "Buildium", co, "rosewoodferrier.com", None, "dead_domain", {"rosewoodferrier.com": everywhere(ghp)})

# nginx's "Welcome to nginx!" default page on a fresh VPS, given with a live portal: dead_domain.
co = "Holly Street Cooper Realty"
url, portal = buildium("hollystreetcooper", co)
nginx_default = ok(
    "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n"
    "<p>If you see this page, the nginx web server is successfully installed and\n"
    "working. Further configuration is required.</p>\n"
    '<p>For online documentation and support please refer to\n<a href="http://nginx.org/">nginx.org</a>.<br/>\n'
    'Commercial support is available at\n<a href="http://nginx.com/">nginx.com</a>.</p>\n\n'
    "<p><em>Thank you for using nginx.</em></p>\n"
    "</body>\n</html>\n",
    {"Server": "nginx/1.24.0 (Ubuntu)"},
)
add(
    "dead_domain",
    "Buildium",
    co,
    "hollystreetcooper.com",
    url,
    "dead_domain",
    {"hollystreetcooper.com": {"/": nginx_default}, **portal},
)

# A site answering 503 "Service Temporarily Unavailable" with Retry-After: 3600 on every path (a host's maintenance
# mode), given with a live portal. ambiguous: the contract makes a 5xx twice check_failed, while a wall or a TLS
# failure gives portal_live at medium; a careful team would look again tomorrow rather than deliver a lead whose
# site it could not see answering: check_failed.
co = "Gracywoods Tamper Property Management"
url, portal = appfolio("gracywoodstamper", co)
maint = raw(
    503,
    "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>Service Temporarily "
    "Unavailable</h1><p>The server is temporarily unable to service your request due to maintenance downtime or capacity "
    "problems. Please try again later.</p><hr><address>Apache/2.4.58 (Ubuntu) Server at gracywoodstamper.com Port 443</address>"
    "</body></html>",
    {"Retry-After": "3600", "Server": "Apache/2.4.58 (Ubuntu)"},
)
add(
    "dead_domain",
    "AppFolio",
    co,
    "gracywoodstamper.com",
    url,
    "check_failed",
    {"gracywoodstamper.com": everywhere(maint), **portal},
)

# An Entrata resident portal behind Cloudflare's managed challenge, linked from a Next.js site: unverifiable.
co = "Riverside Gantry Apartments"
ent = "https://riversidegantry.residentportal.com/"
add(
    "bot_wall",
    "Entrata",
    co,
    "riversidegantry.com",
    ent,
    "unverifiable",
    {
        "riversidegantry.com": {
            "/": ok(
                pm_html(
                    co,
                    51,
                    head="<script src='/_next/static/chunks/main-9c8d.js' defer=''></script>",
                    nav=f"<a href='{ent}'>Resident Portal</a>",
                    body="<p>Studio, one- and two-bedroom apartments for lease near the river. Online leasing available.</p>",
                )
            )
        },
        "riversidegantry.residentportal.com": everywhere(CF_CHALLENGE),
    },
)

# A RentCafe (Yardi) resident login answering servers with Akamai's "Access Denied" 403 (Reference #...): unverifiable.
co = "Southpark Tenon Apartments"
yardi = "https://southparktenon.securecafe.com/residentservices/southpark-tenon/userlogin.aspx"
akamai = raw(
    403,
    "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to "
    'access "http&#58;&#47;&#47;southparktenon&#46;securecafe&#46;com&#47;residentservices&#47;southpark&#45;tenon&#47;'
    'userlogin&#46;aspx" on this server.<P>\nReference&#32;&#35;18&#46;5a3e1002&#46;1719934500&#46;2b1c3d4e\n</BODY>\n</HTML>\n',
    {"Server": "AkamaiGHost", "Mime-Version": "1.0"},
)
add(
    "bot_wall",
    "Yardi",
    co,
    "southparktenon.com",
    yardi,
    "unverifiable",
    {
        "southparktenon.com": {"/": ok(pm_html(co, 52, nav=f"<a href='{yardi}'>Residents</a>"))},
        "southparktenon.securecafe.com": everywhere(akamai),
    },
)

# A heavy Elementor page whose footer links a Buildium Resident Center that now says, above its login form, that the
# resident site is no longer available: a retired account, evidence_unverified.
co = "Shady Hollow Corbel Property Management"
gone = _login(
    f"{co} - Resident Center",
    f"{co} Resident Center",
    user="Email",
    extra="<div class='alert alert-warning'>This resident site is no longer available. Please contact your property "
    "manager for more information.</div>",
    footer="Powered by Buildium",
)
url, portal = buildium("shadyhollowcorbel", co, gone)
add(
    "stale_portal",
    "Buildium",
    co,
    "shadyhollowcorbel.com",
    None,
    "evidence_unverified",
    {
        "shadyhollowcorbel.com": {"/": ok(pm_html(co, 53, body=filler(500, 53), footer=f"<a href='{url}'>Resident Portal</a>"))},
        **portal,
    },
)

# A Next.js site linking an AppFolio account that no longer exists (/connect answers AppFolio's 404 page): the site
# left that PMS or the account is gone: evidence_unverified.
co = "Walnut Creek Sorrel Rentals"
af404 = raw(
    404,
    "<!DOCTYPE html><html><head><title>The page you were looking for doesn't exist (404)</title></head><body><div "
    "class='dialog'><h1>The page you were looking for doesn't exist.</h1><p>You may have mistyped the address or the page "
    "may have moved.</p></div></body></html>",
)
add(
    "no_account",
    "AppFolio",
    co,
    "walnutcreeksorrel.com",
    None,
    "evidence_unverified",
    {
        "walnutcreeksorrel.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><title>Walnut Creek Sorrel Rentals</title>"
                "</head><body><div id='__next'><header><nav><a href='/'>Home</a><a href='https://walnutcreeksorrel.appfolio.com/connect'>"
                f"Resident Login</a></nav></header><main><h1>{co}</h1>{PM_TEXT}</main><footer>{atx(54)}</footer></div>"
                "</body></html>"
            )
        },
        "walnutcreeksorrel.appfolio.com": {"/connect": af404, "/connect/users/sign_in": af404},
    },
)

# A Webflow site linking its Buildium portal, which says above its login form "We have moved!" with a link to the
# company's new Rentvine portal: the portal sends residents to another PMS: pms_mismatch.
co = "Westgate Dovetail Property Management"
new_url, new_portal = rentvine("westgatedovetail", co)
moved = _login(
    f"{co} - Resident Center",
    f"{co} Resident Center",
    user="Email",
    extra=f"<div class='announcement'><strong>We have moved!</strong> Our resident portal is now at <a href='{new_url}'>"
    "westgatedovetail.rentvine.com</a>. Please create your new account there.</div>",
    footer="Powered by Buildium",
)
url, portal = buildium("westgatedovetail", co, moved)
add(
    "other_pms",
    "Buildium",
    co,
    "westgatedovetail.com",
    None,
    "pms_mismatch",
    {
        "westgatedovetail.com": {
            "/": ok(
                pm_html(
                    co,
                    55,
                    head="<meta content='Webflow' name='generator'>",
                    nav=f"<a href='{url}' class='nav-link w-nav-link'>Resident Login</a>",
                )
            )
        },
        **portal,
        **new_portal,
    },
)

# A Gatsby site with no portal link, given AppFolio's vendor-wide passport sign-in as the evidence: names no account,
# no_pms_evidence.
co = "Wooten Halyard Property Management"
add(
    "vendor_wide",
    "AppFolio",
    co,
    "wootenhalyard.com",
    "https://passport.appfolio.com/users/sign_in?client_id=wootenhalyard-lookup",
    "no_pms_evidence",
    {
        "wootenhalyard.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta name='generator' content='Gatsby 5.13.3'/>"
                f"<title>{co}</title></head><body><div id='___gatsby'><div id='gatsby-focus-wrapper'><main><h1>{co}</h1>{PM_TEXT}"
                f"<a href='/contact/'>Contact us</a></main><footer>{atx(56)}</footer></div></div></body></html>"
            )
        },
        "passport.appfolio.com": {
            "/users/sign_in?client_id=wootenhalyard-lookup": _login("AppFolio | Sign In", "Sign in to AppFolio")
        },
    },
)

# A Wix site with no portal link, given an image on AppFolio's CDN as the evidence: an asset, no_pms_evidence.
co = "Crestview Mortise Homes"
add(
    "asset",
    "AppFolio",
    co,
    "crestviewmortise.com",
    "https://images.cdn.appfolio.com/crestviewmortise/images/7f1c2a9e-logo.png",
    "no_pms_evidence",
    {
        "crestviewmortise.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta name='generator' content='Wix.com Website Builder'>"
                f"<title>HOME | {co}</title></head><body><div id='SITE_CONTAINER'><h1>{co}</h1>{PM_TEXT}{atx(57)}"
                "<a data-testid='linkElement' href='/rentals'>View Rentals</a></div></body></html>"
            )
        }
    },
)

# A Cloudflare challenge on every path of the homepage and no evidence URL. ambiguous: nothing proves a PMS; the
# contract's `unverifiable` is for a vendor's walled portal, so a careful team records no_pms_evidence.
co = "Crestline Bollard Realty"
add(
    "bot_wall",
    "Buildium",
    co,
    "crestlinebollard.com",
    None,
    "no_pms_evidence",
    {"crestlinebollard.com": everywhere(CF_CHALLENGE)},
)

# A heavy page whose only Rentvine link is the vendor-wide listings widget (app.rentvine.com, no account): Rentvine
# asked, no evidence URL: no_pms_evidence.
co = "Barton Hills Ratchet Property Management"
add(
    "vendor_wide",
    "Rentvine",
    co,
    "bartonhillsratchet.com",
    None,
    "no_pms_evidence",
    {
        "bartonhillsratchet.com": {
            "/": ok(
                pm_html(
                    co,
                    58,
                    body=filler(350, 58)
                    + "<section><h2>Available Rentals</h2><iframe src='https://app.rentvine.com/public/widgets/listings?"
                    "theme=light' width='100%' height='900' loading='lazy'></iframe></section>",
                )
            )
        }
    },
)

# A Next.js site whose server-rendered menu links a DoorLoop account ("Tenant Portal"), given with a live AppFolio
# account in the company's name (an old one the agent found): the company's own site shows another PMS: pms_mismatch.
co = "Manor Road Gable Rentals"
url, portal = appfolio("manorroadgable", co)
add(
    "other_pms",
    "AppFolio",
    co,
    "manorroadgable.com",
    url,
    "pms_mismatch",
    {
        "manorroadgable.com": {
            "/": ok(
                "<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><title>Manor Road Gable Rentals</title></head><body>"
                "<div id='__next'><header><nav><a href='/'>Home</a><a href='https://manorroadgable.app.doorloop.com/'>Tenant "
                f"Portal</a></nav></header><main><h1>{co}</h1>{PM_TEXT}</main><footer>{atx(59)}</footer></div></body></html>"
            )
        },
        **on_root("manorroadgable.app.doorloop.com", spa_shell(f"{co} | Tenant Portal")),
        **portal,
    },
)

HOLDOUT23 = collector.cases
