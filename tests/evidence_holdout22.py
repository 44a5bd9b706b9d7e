"""Twenty-second blind corpus: evidence that is ABOUT a portal but is not the portal as it stands today.

Focus and mix: 58 Texas candidates (city Austin) whose evidence URL is what a web-searching agent
really returns when it cannot open a vendor portal itself: a Wayback Machine snapshot of the
portal or of the company's old homepage (the toolbar copy, the `id_` raw copy, a short timestamp
answered with a 302 to the nearest snapshot, an `im_` image, a URL it never archived), an
archive.today copy (`archive.ph/<id>` and the long dated form), the retired Google cache URL
(which answers Google's 404 page today), a Bing cache copy (`cc.bingj.com/cache.aspx?...`), Google
Translate's proxy host (`<host-with-dashes>.translate.goog`), job ads (Indeed, LinkedIn,
ZipRecruiter, the company's own careers page) saying "experience with AppFolio/Buildium", a
vendor's customer story, a help article, a Yelp review, a Facebook post, a Reddit thread, a
YouTube "how to pay rent" video, a PDF resident handbook on the company's own site and a Google
Doc. 21 are real leads: the company's live site links its live portal of the asked PMS (17,
high), or an unlinked account portal in its name answers live today (4, medium; three of them
reached only through an archive, cache or proxy URL). The other 37 must be rejected: only the
second-hand or stale evidence exists; the portal today is retired, handed over, gone, moving to or replaced by
another PMS; the company's site is parked, a web server's default page, gone, closed, handed
over, or now in Oklahoma. Everyday controls (a plain live portal, a linked portal, dead and
parked domains, another PMS, a vendor-wide page, a missing account) make every class appear.

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
name rules, the confidence table and the reason codes) and what a careful sales team concludes
from the pages as served today, written without reading or running the checks. The product's
promise is that a lead counts only when leadflow itself has seen live evidence, so an archived,
cached or second-hand copy never proves anything by itself. Where the contract is silent the
cases say "ambiguous:" and follow these rules:
- a wrapper whose URL spells out an account portal (a Wayback or dated archive.today path, a
  Google cache `q=cache:<portal>`, a `translate.goog` host) names that account: read through like
  a Google redirect, it is a real lead only when that portal answers live today as the company's
  (medium when the site does not link it), and `evidence_unverified` when it does not;
- a wrapper that does not spell out the account (`archive.ph/<id>`, a Bing cache `d=`/`w=` key,
  a job ad, a review, a post, a video, a PDF, a Google Doc, a vendor's story) names no account:
  `no_pms_evidence` unless the company's live site proves the PMS (then `high`, or a rejection
  the site itself gives: another PMS, a parked or closed site, another state).
Every page is our own short HTML after the shapes of the real services (real host names, paths,
query parameters, status codes and headers; a comment per case names the shape); all company
names, domains, accounts, job ids and snapshot ids are made up.
"""

from __future__ import annotations

from datetime import datetime

from evidence_corpus import VENDOR_LOGIN, Collector, home, spa_shell
from fake_web import Reply, page, raw, redirect

collector = Collector("holdout22-")
add = collector.add

WB = "web.archive.org"
GC = "webcache.googleusercontent.com"
BING = "cc.bingj.com"
APH = "archive.ph"


# --- the company's own pages -------------------------------------------------------------------


def office(co: str, body: str, street: str, zip_code: str = "78704") -> dict[str, Reply]:
    """A property manager's live homepage with an Austin office line."""
    phone = f"(512) 555-0{100 + len(co) * 7 % 900:03d}"
    return home(co, f"{body}<p class='office'>{street}, Austin, TX {zip_code} &middot; {phone}</p>")


def link(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}'>{label}</a>"


def bld(acct: str) -> str:
    return f"https://{acct}.managebuilding.com/Resident/portal/login"


def af(acct: str) -> str:
    return f"https://{acct}.appfolio.com/connect"


def bld_live(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)}}


def af_live(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.appfolio.com": {
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co),
        }
    }


def portal_html(co: str, action: str, vendor: str = "Buildium") -> str:
    """The body of a resident sign-in page as it was captured (for archived and proxied copies)."""
    return (
        f"<header><h1>{co} Resident Center</h1></header><main><form method='post' action='{action}'>"
        "<label>Email</label><input name='Email'><label>Password</label><input type='password' name='Password'>"
        f"<button type='submit'>Sign In</button></form></main><footer>Powered by {vendor}</footer>"
    )


# --- the Wayback Machine -----------------------------------------------------------------------


def wb_url(ts: str, orig: str, mode: str = "") -> str:
    return f"https://web.archive.org/web/{ts}{mode}/{orig}"


def wb_path(ts: str, orig: str, mode: str = "") -> str:
    return f"/web/{ts}{mode}/{orig}"


def _memento(ts: str, orig: str) -> dict[str, str]:
    when = datetime.strptime(ts, "%Y%m%d%H%M%S").strftime("%a, %d %b %Y %H:%M:%S GMT")
    return {
        "Server": "nginx",
        "Memento-Datetime": when,
        "Link": f'<{orig}>; rel="original", <https://web.archive.org/web/timemap/link/{orig}>; rel="timemap"; '
        f'type="application/link-format", <https://web.archive.org/web/{orig}>; rel="timegate"',
        "X-Archive-Src": f"spn2-{ts}-wwwb-spn07.us.archive.org-8001.warc.gz",
        "x-archive-orig-server": "Microsoft-IIS/10.0",
        "Cache-Control": "max-age=1800",
    }


def wayback(ts: str, orig: str, title: str, inner: str) -> Reply:
    """A replayed snapshot: the rewrite scripts, the toolbar insert, the archived page, the closing note."""
    when = datetime.strptime(ts, "%Y%m%d%H%M%S").strftime("%H:%M:%S %b %d, %Y")
    html = (
        f"<!DOCTYPE html><html><head><script src='//archive.org/includes/athena.js'></script>"
        "<script src='https://web-static.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_'></script>"
        "<script src='https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC'></script>"
        f"<script>__wm.init('https://web.archive.org/web');__wm.wombat('{orig}','{ts}','https://web.archive.org/',"
        "'web','https://web-static.archive.org/_static/');</script>"
        "<link rel='stylesheet' href='https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt'>"
        f"<!-- End Wayback Rewrite JS Include --><title>{title}</title></head><body>"
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp-base' lang='en' style='display:none;direction:ltr;'>"
        f"</div><div id='wm-ipp-print'>The Wayback Machine - https://web.archive.org/web/{ts}/{orig}</div>"
        f"<script>__wm.bt(750,27,25,2,'web','{orig}','{ts}',1996,'https://web-static.archive.org/_static/');</script>"
        f"<!-- END WAYBACK TOOLBAR INSERT -->{inner}</body></html>"
        f"<!-- FILE ARCHIVED ON {when} AND RETRIEVED FROM THE INTERNET ARCHIVE ON 15:42:07 Mar 02, 2026. "
        "JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE. -->"
    )
    return Reply(200, html, _memento(ts, orig))


def wayback_raw(ts: str, orig: str, html: str) -> Reply:
    """The `id_` form: the page as captured, no toolbar and no rewriting, with the memento headers."""
    return Reply(200, html, _memento(ts, orig))


def wayback_hop(ts: str, orig: str, mode: str = "") -> Reply:
    """A partial timestamp (or an archived redirect): 302 to the nearest snapshot."""
    return Reply(
        302, b"", {"Location": wb_url(ts, orig, mode), "Server": "nginx", "Link": f'<{orig}>; rel="original"'}, "text/plain"
    )


def wayback_missing(orig: str) -> Reply:
    return page(
        "<div id='positionHome'><h2>Hrm.</h2><p>The Wayback Machine has not archived that URL.</p>"
        f"<p>{orig}</p><p>Click here to search for all archived pages under this path.</p>"
        "<form action='https://web.archive.org/save'><button>Save this url in the Wayback Machine</button></form></div>",
        title="Wayback Machine",
        status=404,
    )


# --- archive.today, search caches, the translate proxy ------------------------------------------


def archive_ph(orig: str, stamp: str, title: str, inner: str) -> Reply:
    """An archive.today copy: the header table (date, "Saved from", host snapshots), then the copy."""
    host = orig.split("/")[2]
    return page(
        "<div id='HEADER'><table><tr><td>archive.today<br>webpage capture</td>"
        f"<td>Saved from <input value='{orig}' readonly></td><td>search</td></tr>"
        f"<tr><td></td><td>{stamp}<br>no other snapshots from this url</td></tr>"
        f"<tr><td></td><td><a href='https://archive.ph/{host}'>All snapshots from host {host}</a></td></tr>"
        "<tr><td></td><td>Webpage | Screenshot</td><td>share | download .zip | report bug or abuse</td></tr></table></div>"
        f"<div id='CONTENT'>{inner}</div>",
        title=title,
    )


def google_cache_gone(asked: str) -> Reply:
    """What webcache.googleusercontent.com answers since the cache was retired (September 2024)."""
    return raw(
        404,
        "<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 404 (Not Found)!!1</title>"
        "<a href=//www.google.com/><span id=logo aria-label=Google></span></a>"
        f"<p><b>404.</b> <ins>That&rsquo;s an error.</ins><p>The requested URL <code>{asked}</code> was not found on "
        "this server.  <ins>That&rsquo;s all we know.</ins>",
    )


def bing_cache(orig: str, title: str, inner: str) -> Reply:
    """A Bing cache copy as it served: Bing's banner above the captured page."""
    return page(
        "<div style='border:1px solid #999;background:#fff;padding:4px'>This is the cached copy of "
        f"<a href='{orig}'>{orig}</a>. It is a snapshot of the page as it appeared when Bing crawled it. "
        "The current page could have changed in the meantime. Learn more</div>"
        f"<div>{inner}</div>",
        title=title,
    )


def tr_proxy(title: str, body: str) -> Reply:
    """A page fetched live through translate.goog: Google's script injected, links rewritten."""
    return Reply(
        200,
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'>"
        "<script src='https://www.gstatic.com/_/translate_http/_/js/k=translate_http.tr.es.zh8ffzSGLFY.O/am=DAY/"
        "d=1/rs=AN8SPfq4Z_a9N9-Q' nonce='x'></script>"
        f"<title>{title}</title></head><body>{body}</body></html>",
        {"Server": "ESF", "X-Frame-Options": "SAMEORIGIN"},
    )


TR_Q = "?_x_tr_sl=auto&_x_tr_tl=es&_x_tr_hl=es&_x_tr_pto=wapp"


# --- second-hand pages -------------------------------------------------------------------------


CF_403 = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Verifying you are human. This may take a few seconds.</h1><noscript>Enable JavaScript and cookies to "
    "continue</noscript><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f1c'></script>"
    "</div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f1c3a9e2b7d4410-DFW"},
)


def job_ad(board: str, title: str, co: str, text: str) -> Reply:
    return page(
        f"<h1>{title}</h1><div class='company'>{co}</div><div class='location'>Austin, TX</div>"
        f"<div id='jobDescriptionText'><p>{text}</p></div><button>Apply now</button>",
        title=f"{title} - {co} - Austin, TX - {board}",
    )


def pdf(lines: list[str]) -> Reply:
    """A small one-page PDF whose text stream is not compressed."""
    text = " ".join(f"({s}) Tj 0 -14 Td" for s in lines)
    stream = f"BT /F1 11 Tf 72 720 Td {text} ET".encode()
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        + f"4 0 obj<</Length {len(stream)}>>stream\n".encode()
        + stream
        + b"\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return Reply(200, body, {"Accept-Ranges": "bytes"}, "application/pdf")


NGINX_DEFAULT = page(
    "<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed and working. "
    "Further configuration is required.</p><p>For online documentation and support please refer to nginx.org.</p>"
    "<p><em>Thank you for using nginx.</em></p>",
    title="Welcome to nginx!",
)


def sedo_parked(domain: str) -> dict[str, Reply]:
    return {
        "/": page(
            f"<h1>{domain}</h1><p>This domain may be for sale!</p><a href='https://sedo.com/search/details/?partnerid=324561"
            f"&language=e&domain={domain}&origin=sales_lander_1&utm_medium=Parking&utm_campaign=offerpage'>Buy this domain"
            "</a><script src='https://img.sedoparking.com/templates/js/sedo_lander.js'></script>",
            title=domain,
        )
    }


def godaddy_parked(domain: str) -> dict[str, Reply]:
    return {
        "/": page(
            f"<div id='root'><h1>{domain}</h1><p>This domain is for sale!</p><a href='https://www.afternic.com/forsale/"
            f"{domain}?utm_source=TDFS&utm_medium=parking&utm_campaign=TDFS_GoDaddy_DLS'>Get this domain</a></div>"
            "<script src='https://img1.wsimg.com/parking-lander/static/js/main.54d3bd22.js'></script>",
            title=domain,
        )
    }


def bodis_parked(domain: str) -> dict[str, Reply]:
    return {
        "/": page(
            f"<h1>{domain}</h1><p>This domain is registered, but may still be available.</p>"
            f"<a href='https://www.bodis.com/?utm_source=parking&utm_medium=parked&domain={domain}'>Inquire about this "
            "domain</a><script src='https://www.google.com/adsense/domains/caf.js'></script>",
            title=domain,
        )
    }


# =================================================================================================
# Wayback Machine snapshots
# =================================================================================================

# Wayback toolbar copy of the Buildium Resident Center (2019); today the homepage links that same
# account's live portal in its menu. The site proves the PMS whatever the snapshot is: high.
co = "Shoal Ledge Property Management"
ts, orig = "20190412083015", bld("shoalledge")
add(
    "site_links_portal",
    "Buildium",
    co,
    "shoalledgepm.com",
    wb_url(ts, orig),
    "high",
    {
        "shoalledgepm.com": office(co, link(bld("shoalledge")), "1603 S Congress Ave, Suite 4"),
        **bld_live("shoalledge", co),
        WB: {wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}"))},
    },
)

# Wayback copy of the company's OLD homepage (2018, the pre-redesign site, no portal link in it);
# today's homepage links its live AppFolio portal. Evidence names no account; the site proves it: high.
co = "Tillery Court Rentals"
ts, orig = "20180723150942", "http://www.tillerycourtrentals.com/"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "tillerycourtrentals.com",
    wb_url(ts, orig),
    "high",
    {
        "tillerycourtrentals.com": office(co, link(af("tillerycourt"), "Pay Rent"), "5013 E 7th St", "78702"),
        **af_live("tillerycourt", co),
        WB: {
            wb_path(ts, orig): wayback(
                ts, orig, f"{co} | Homes for Rent in East Austin", f"<h1>{co}</h1><p>Call (512) 555-0187 to lease.</p>"
            )
        },
    },
)

# Wayback copy of a Buildium portal (2020, a login form in the company's name); today that account
# says "This Resident Center is no longer active" above its form, and the live homepage links no
# portal. Stale: the account is retired. ambiguous: the evidence is an archive URL, not the portal;
# it spells out the account, which leadflow cannot see live as the company's: evidence_unverified.
co = "Manchaca Hollow Realty"
ts, orig = "20200918114503", bld("manchacahollow")
add(
    "stale_portal",
    "Buildium",
    co,
    "manchacahollowrealty.com",
    wb_url(ts, orig),
    "evidence_unverified",
    {
        "manchacahollowrealty.com": office(co, "<p>Residents: call the office for rent and repairs.</p>", "9600 Manchaca Rd"),
        "manchacahollow.managebuilding.com": {
            "/Resident/portal/login": page(
                "<div class='alert'>This Resident Center is no longer active. Please contact your property manager "
                f"for assistance.</div>{portal_html(co, '/Resident/portal/login')}",
                title=f"{co} - Resident Center",
            )
        },
        WB: {wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}"))},
    },
)

# Wayback copy (2021) of a Buildium portal whose account no longer exists: today the vendor answers
# "We're sorry, the account could not be found." The live homepage links nothing: evidence_unverified.
co = "Cherrywood Lantern Leasing"
ts, orig = "20210226170311", bld("cwlantern")
add(
    "no_account",
    "Buildium",
    co,
    "cherrywoodlantern.com",
    wb_url(ts, orig),
    "evidence_unverified",
    {
        "cherrywoodlantern.com": office(
            co, "<p>Now leasing 2 and 3 bedroom homes near Cherrywood.</p>", "2407 Manor Rd", "78722"
        ),
        "cwlantern.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account could not be found.</h2><a href='/'>Return to login</a>", title="Buildium"
            )
        },
        WB: {wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}"))},
    },
)

# Wayback copy of an AppFolio portal: the archived /connect was a redirect, so the Wayback answers
# 302 to the sign-in snapshot. Today the AppFolio account answers 404 and the homepage links a
# Rentvine resident portal (the company moved): pms_mismatch.
co = "Rundberg Creek Homes"
ts, orig = "20200611092233", af("rundbergcreek")
ts2, orig2 = "20200611092234", "https://rundbergcreek.appfolio.com/connect/users/sign_in"
add(
    "other_pms",
    "AppFolio",
    co,
    "rundbergcreekhomes.com",
    wb_url(ts, orig),
    "pms_mismatch",
    {
        "rundbergcreekhomes.com": office(
            co, link("https://rundbergcreek.rentvine.com/portals/resident", "Resident Portal"), "801 W Rundberg Ln", "78758"
        ),
        "rundbergcreek.rentvine.com": {"/portals/resident": spa_shell(f"{co} - Resident Portal")},
        "rundbergcreek.appfolio.com": {
            "/connect": page("<h1>The page you were looking for doesn't exist.</h1>", title="AppFolio", status=404)
        },
        WB: {
            wb_path(ts, orig): wayback_hop(ts2, orig2),
            wb_path(ts2, orig2): wayback(ts2, orig2, "Online Portal - Sign In", portal_html(co, "#", "AppFolio")),
        },
    },
)

# Wayback copy of the company's 2017 homepage, which linked its Buildium portal (links rewritten
# into /web/...); the account still answers, but the domain no longer exists: dead_domain.
co = "Walnut Bluff Residential"
ts, orig = "20170305201544", "http://walnutbluffresidential.com/"
add(
    "dead_domain",
    "Buildium",
    co,
    "walnutbluffresidential.com",
    wb_url(ts, orig),
    "dead_domain",
    {
        **bld_live("walnutbluff", co),
        WB: {
            wb_path(ts, orig): wayback(
                ts,
                orig,
                f"{co} | Austin Property Management",
                f"<h1>{co}</h1><p>Austin, TX</p><a href='/web/{ts}/{bld('walnutbluff')}'>Resident Login</a>",
            )
        },
    },
    unresolvable=("walnutbluffresidential.com", "www.walnutbluffresidential.com"),
)

# Wayback copy of a Buildium portal (2021); the portal still answers in the company's name, but the
# company's domain is a Sedo parking page today: dead_domain.
co = "Slaughter Lane Leasing Co"
ts, orig = "20210814061927", bld("slaughterlane")
add(
    "parked",
    "Buildium",
    co,
    "slaughterlaneleasing.com",
    wb_url(ts, orig),
    "dead_domain",
    {
        "slaughterlaneleasing.com": sedo_parked("slaughterlaneleasing.com"),
        **bld_live("slaughterlane", co),
        WB: {wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}"))},
    },
)

# The `id_` raw form (no toolbar) of an AppFolio sign-in snapshot (2022). Today the same account's
# sign-in answers live in the company's name; the live homepage (an Austin property manager) links
# no portal. ambiguous: an archived copy is not "seen", but the URL spells out the account and, read
# through like a Google redirect, that portal answers live today as the company's: medium (portal_live).
co = "Govalle Tract Property Management"
ts, orig = "20220315094410", "https://govalletract.appfolio.com/connect/users/sign_in"
add(
    "live_portal",
    "AppFolio",
    co,
    "govalletract.com",
    wb_url(ts, orig, "id_"),
    "medium",
    {
        "govalletract.com": office(
            co, "<p>We lease and manage single-family rentals and duplexes in East Austin.</p>", "5300 Bolm Rd", "78721"
        ),
        **af_live("govalletract", co),
        WB: {
            wb_path(ts, orig, "id_"): wayback_raw(
                ts,
                orig,
                f"<html><head><title>Online Portal - Sign In</title></head><body>{portal_html(co, '#', 'AppFolio')}"
                "</body></html>",
            )
        },
    },
)

# A year-only Wayback URL (`/web/2021/<portal>`), answered with a 302 to the nearest snapshot. Today
# the homepage's /residents page links that Buildium account's live portal: high.
co = "Brodie Oaks Home Leasing"
orig, ts = bld("brodieoaks"), "20210305141122"
add(
    "site_links_portal",
    "Buildium",
    co,
    "brodieoaksleasing.com",
    wb_url("2021", orig),
    "high",
    {
        "brodieoaksleasing.com": {
            **office(co, "<a href='/residents'>Residents</a>", "4107 S Lamar Blvd", "78704"),
            "/residents": page(f"<h1>Residents</h1>{link(bld('brodieoaks'), 'Pay Rent Online')}", title=f"Residents | {co}"),
        },
        **bld_live("brodieoaks", co),
        WB: {
            wb_path("2021", orig): wayback_hop(ts, orig),
            wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}")),
        },
    },
)

# Wayback copy of a Buildium portal (2019). Today the live Buildium portal says, above its login
# form, "We're moving! ... our new AppFolio portal: onioncreekgate.appfolio.com"; the homepage links
# no portal. The contract: a portal naming another PMS's portal and saying "we're moving": pms_mismatch.
# ambiguous: only if the Wayback URL is read through to the account it spells out; a check that does
# not read it through never sees the live portal and would say evidence_unverified (the URL still
# names an account nobody saw live) -- either way rejected; pms_mismatch is what the pages show.
co = "Onion Creek Gate Rentals"
ts, orig = "20190902123001", bld("onioncreekgate")
add(
    "other_pms",
    "Buildium",
    co,
    "onioncreekgate.com",
    wb_url(ts, orig),
    "pms_mismatch",
    {
        "onioncreekgate.com": office(
            co, "<p>Homes for rent in Onion Creek and Southeast Austin.</p>", "11301 Pinehurst Dr", "78747"
        ),
        "onioncreekgate.managebuilding.com": {
            "/Resident/portal/login": page(
                "<div class='announcement'><b>We're moving!</b> Starting March 1, please pay rent in our new AppFolio "
                "portal: <a href='https://onioncreekgate.appfolio.com/connect'>onioncreekgate.appfolio.com</a></div>"
                f"{portal_html(co, '/Resident/portal/login')}",
                title=f"{co} - Resident Center",
            )
        },
        **af_live("onioncreekgate", co),
        WB: {wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}"))},
    },
)

# Wayback copy of a Buildium portal (2020); the account still answers live in the company's name,
# but the company's own homepage says "We have transitioned our management clients to Lamar Crest
# Residential": handed over, never a lead (evidence_unverified).
co = "Hancock Drive Property Services"
ts, orig = "20200121080815", bld("hancockdrive")
add(
    "stale_portal",
    "Buildium",
    co,
    "hancockdriveps.com",
    wb_url(ts, orig),
    "evidence_unverified",
    {
        "hancockdriveps.com": {
            "/": page(
                f"<h1>{co}</h1><p>Thank you for fourteen years. Effective January 1, we have transitioned our management "
                "clients to Lamar Crest Residential. Residents and owners, please contact Lamar Crest Residential at "
                "<a href='https://lamarcrestresidential.com/'>lamarcrestresidential.com</a>.</p>"
                "<p>4400 Medical Pkwy, Austin, TX 78756</p>",
                title=f"{co} | Austin, TX",
            )
        },
        **bld_live("hancockdrive", co),
        WB: {wb_path(ts, orig): wayback(ts, orig, f"{co} - Resident Center", portal_html(co, f"/web/{ts}/{orig}"))},
    },
)

# A Wayback URL the Wayback never archived ("Hrm. The Wayback Machine has not archived that URL.",
# 404): the agent built it. The Buildium account it spells out answers 404 today and the live
# homepage links no portal: evidence_unverified (the URL names an account nobody saw live).
co = "Decker Lake Realty Management"
orig = bld("deckerlake")
add(
    "no_account",
    "Buildium",
    co,
    "deckerlakerm.com",
    wb_url("2020", orig),
    "evidence_unverified",
    {
        "deckerlakerm.com": office(
            co, "<p>Apartment and home leasing in Manor and Northeast Austin.</p>", "6800 Decker Ln", "78724"
        ),
        "deckerlake.managebuilding.com": {"/Resident/portal/login": page("<h1>Not Found</h1>", title="Not Found", status=404)},
        WB: {wb_path("2020", orig): wayback_missing(orig)},
    },
)

# Wayback `im_` copy of an AppFolio listing photo (images.cdn.appfolio.com/<account>/images/...; the
# year-only timestamp 302s to the capture): an asset, never evidence. The live homepage links no portal: no_pms_evidence.
co = "Pecan Springs Residential"
ts, orig = "2020", "https://images.cdn.appfolio.com/pecansprings/images/5b1e0c2a-77d3-4f0e-9b61-2f4c8a1d9e30/large.jpg"
add(
    "asset",
    "AppFolio",
    co,
    "pecanspringsres.com",
    wb_url(ts, orig, "im_"),
    "no_pms_evidence",
    {
        "pecanspringsres.com": office(
            co, "<p>See our available homes in Pecan Springs and Windsor Park.</p>", "1101 E 51st St", "78723"
        ),
        WB: {
            wb_path(ts, orig, "im_"): wayback_hop("20200807120000", orig, "im_"),
            wb_path("20200807120000", orig, "im_"): Reply(
                200,
                b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
                _memento("20200807120000", orig),
                "image/jpeg",
            ),
        },
    },
)

# Wayback copy of a RentCafe (Yardi securecafe) resident login; today the homepage links that same
# resident-services URL, which answers servers with Cloudflare's challenge (403): unverifiable.
co = "Tannehill Flats Residential"
orig = "https://tannehillflats.securecafe.com/residentservices/tannehill-flats/userlogin.aspx"
ts = "20210409190202"
add(
    "bot_wall",
    "Yardi",
    co,
    "tannehillflats.com",
    wb_url(ts, orig),
    "unverifiable",
    {
        "tannehillflats.com": office(co, link(orig, "Resident Portal"), "3400 Tannehill Ln", "78721"),
        "tannehillflats.securecafe.com": {"/residentservices/tannehill-flats/userlogin.aspx": CF_403},
        WB: {wb_path(ts, orig): wayback(ts, orig, "Resident Services - Login", portal_html(co, "#", "RENTCafe"))},
    },
)

# Wayback copy of the company's 2016 homepage ("Serving Austin, TX"); today the live homepage gives
# only a Tulsa, OK office and never names Texas or Austin, though it links a live Buildium portal.
# The stale snapshot is the only thing placing it in Texas: wrong_state. (Class: the evidence is a
# stale copy; the portal itself would pass.)
co = "Dawson Ridge Property Management"
ts, orig = "20160518093012", "http://www.dawsonridgepm.com/"
add(
    "stale_portal",
    "Buildium",
    co,
    "dawsonridgepm.com",
    wb_url(ts, orig),
    "wrong_state",
    {
        "dawsonridgepm.com": home(
            co, f"{link(bld('dawsonridge'))}<p>2121 S Columbia Ave, Tulsa, OK 74114 &middot; (918) 555-0162</p>"
        ),
        **bld_live("dawsonridge", co),
        WB: {
            wb_path(ts, orig): wayback(
                ts, orig, f"{co} | Austin, TX", f"<h1>{co}</h1><p>Serving Austin, TX since 2009. 1200 Barton Springs Rd.</p>"
            )
        },
    },
)

# Wayback copy of an AppFolio portal (2019); today the homepage links `pay.<domain>`, a vanity host
# that 302s into the same account's live /connect: a link to where it goes, high.
co = "Springdale Arbor Homes"
ts, orig = "20191111101010", "https://springdalearbor.appfolio.com/connect/users/sign_in"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "springdalearbor.com",
    wb_url(ts, orig),
    "high",
    {
        "springdalearbor.com": office(co, link("https://pay.springdalearbor.com/", "Pay Rent"), "1015 Springdale Rd", "78721"),
        "pay.springdalearbor.com": {"/": redirect(af("springdalearbor"))},
        **af_live("springdalearbor", co),
        WB: {wb_path(ts, orig): wayback(ts, orig, "Online Portal - Sign In", portal_html(co, "#", "AppFolio"))},
    },
)

# =================================================================================================
# archive.today
# =================================================================================================

# archive.ph/<id> copy of a Buildium portal; today the homepage footer links the live account: high.
co = "Mueller Lantana Property Co"
orig = bld("muellerlantana")
add(
    "site_links_portal",
    "Buildium",
    co,
    "muellerlantana.com",
    "https://archive.ph/Xq3vT",
    "high",
    {
        "muellerlantana.com": office(
            co, f"<div class='footer-cta'><a class='btn' href='{orig}'>Pay Rent Online</a></div>", "1911 Aldrich St", "78723"
        ),
        **bld_live("muellerlantana", co),
        APH: {"/Xq3vT": archive_ph(orig, "5 Aug 2022 14:11:09 UTC", f"{co} - Resident Center", portal_html(co, "#"))},
    },
)

# archive.ph/<id> copy of an AppFolio sign-in in the company's name. The account does answer live
# today, but the URL names no account and the homepage links none. ambiguous: leadflow would have to
# read the account out of an archived page's "Saved from" line; the contract reads the evidence URL,
# which here is an archive's id like a directory page: no_pms_evidence.
co = "Circle C Heritage Leasing"
orig = "https://circlecheritage.appfolio.com/connect/users/sign_in"
add(
    "no_portal",
    "AppFolio",
    co,
    "circlecheritage.com",
    "https://archive.ph/k7Rw2",
    "no_pms_evidence",
    {
        "circlecheritage.com": office(
            co, "<p>Leasing and management for Circle C Ranch homeowners.</p>", "5900 Slaughter Ln W", "78749"
        ),
        **af_live("circlecheritage", co),
        APH: {
            "/k7Rw2": archive_ph(orig, "19 Jan 2023 03:27:44 UTC", "Online Portal - Sign In", portal_html(co, "#", "AppFolio"))
        },
    },
)

# The dated long form (archive.ph/<YYYY.MM.DD-hhmmss>/<url>) of a Buildium portal; today the account
# shows "This account is currently unavailable" and no login form; the homepage links none:
# evidence_unverified (a lapsed account; the dated URL spells out the account).
co = "Zilker Stonework Rentals"
orig = bld("zilkerstone")
add(
    "stale_portal",
    "Buildium",
    co,
    "zilkerstonework.com",
    f"https://archive.ph/2020.06.14-153012/{orig}",
    "evidence_unverified",
    {
        "zilkerstonework.com": office(co, "<p>Rentals near Zilker Park and Barton Hills.</p>", "2110 Kinney Ave"),
        "zilkerstone.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>This account is currently unavailable.</h2><p>Please contact your property manager.</p>",
                title="Resident Center",
            )
        },
        APH: {
            f"/2020.06.14-153012/{orig}": archive_ph(
                orig, "14 Jun 2020 15:30:12 UTC", f"{co} - Resident Center", portal_html(co, "#")
            )
        },
    },
)

# archive.ph copy of the company's homepage (it linked an AppFolio portal in 2021); today the domain
# answers nginx's default "Welcome to nginx!" page: a host's "no site here" page, dead_domain.
co = "Riverside Farms Leasing Group"
add(
    "dead_domain",
    "AppFolio",
    co,
    "riversidefarmsleasing.com",
    "https://archive.ph/Ru4mP",
    "dead_domain",
    {
        "riversidefarmsleasing.com": {"/": NGINX_DEFAULT},
        **af_live("riversidefarms", co),
        APH: {
            "/Ru4mP": archive_ph(
                "https://riversidefarmsleasing.com/",
                "2 Mar 2021 18:40:55 UTC",
                co,
                f"<h1>{co}</h1><a href='https://archive.ph/o/Ru4mP/{af('riversidefarms')}'>Resident Login</a>",
            )
        },
    },
)

# =================================================================================================
# Search-engine caches and the translate proxy
# =================================================================================================

# The retired Google cache URL of a Buildium portal: Google answers 404 ("That's an error.") today.
# The homepage's footer links that account's live portal: high.
co = "Bouldin Gable Property Management"
asked = f"/search?q=cache:{bld('bouldingable')}"
add(
    "site_links_portal",
    "Buildium",
    co,
    "bouldingable.com",
    f"https://{GC}{asked}",
    "high",
    {
        "bouldingable.com": office(co, f"<footer><a href='{bld('bouldingable')}'>Tenant Portal</a></footer>", "907 W Mary St"),
        **bld_live("bouldingable", co),
        GC: {asked: google_cache_gone(asked)},
    },
)

# The Google cache URL of an AppFolio portal (404 today). The account answers live in the company's
# name; the homepage links none. ambiguous: the URL spells out the account (q=cache:<portal>); read
# through like google.com/url?q=, it is a live portal the site does not link: medium.
co = "Crestview Larkspur Residential"
asked = f"/search?q=cache:{af('crestviewlarkspur')}"
add(
    "live_portal",
    "AppFolio",
    co,
    "crestviewlarkspur.com",
    f"https://{GC}{asked}",
    "medium",
    {
        "crestviewlarkspur.com": office(
            co, "<p>Residential leasing and management in Crestview and Brentwood.</p>", "7800 Burnet Rd", "78757"
        ),
        **af_live("crestviewlarkspur", co),
        GC: {asked: google_cache_gone(asked)},
    },
)

# The Google cache URL of a Buildium portal whose account today redirects to Buildium's shared
# sign-in page (the account is gone); the homepage links no portal: evidence_unverified.
co = "Allandale Cove Leasing"
asked = f"/search?q=cache:{bld('allandalecove')}"
add(
    "no_account",
    "Buildium",
    co,
    "allandalecove.com",
    f"https://{GC}{asked}",
    "evidence_unverified",
    {
        "allandalecove.com": office(co, "<p>Quiet rentals in Allandale and Crestview.</p>", "2200 W Koenig Ln", "78756"),
        "allandalecove.managebuilding.com": {
            "/Resident/portal/login": redirect(
                "https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2FResident%2Fportal%2Flogin"
            )
        },
        GC: {asked: google_cache_gone(asked)},
    },
)

# The Google cache URL of the company's homepage (404 today); the domain is a GoDaddy/Afternic
# "for sale" lander now: dead_domain.
co = "Hyde Park Sparrow Rentals"
asked = "/search?q=cache:https://www.hydeparksparrow.com/"
add(
    "parked",
    "Buildium",
    co,
    "hydeparksparrow.com",
    f"https://{GC}{asked}",
    "dead_domain",
    {"hydeparksparrow.com": godaddy_parked("hydeparksparrow.com"), GC: {asked: google_cache_gone(asked)}},
)

# A Bing cache copy (cc.bingj.com/cache.aspx?q=...&d=...&w=...) of the company's homepage; the key
# names no account. Today the homepage links a live Rent Manager resident portal (<acct>.rmresident.com): high.
co = "Barton Quince Management"
asked = (
    "/cache.aspx?q=barton+quince+management+austin&d=4812093358127745&mkt=en-US&setlang=en-US&w=Lq0vW2xZk8nTq4bYp7RcHs3mJf9AeD1u"
)
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "bartonquince.com",
    f"http://{BING}{asked}",
    "high",
    {
        "bartonquince.com": office(
            co, link("https://bartonquince.rmresident.com/", "Resident Web Access"), "2700 Barton Hills Dr"
        ),
        "bartonquince.rmresident.com": {"/": VENDOR_LOGIN["Rent Manager"](co)},
        BING: {asked: bing_cache("https://bartonquince.com/", co, f"<h1>{co}</h1><p>Austin rentals.</p>")},
    },
)

# A Bing cache copy of the company's /residents page, which once said "pay through our Buildium
# Resident Center"; today /residents says pay by check at the office and the homepage links no
# portal. The key names no account: no_pms_evidence.
co = "Georgian Acres Leasing"
asked = (
    "/cache.aspx?q=georgian+acres+leasing+residents&d=5039218877410236&mkt=en-US&setlang=en-US&w=Tz8kPq2Vb6nXw0Mc4Rj1Ya7Hs5Ld3Ge9"
)
add(
    "no_portal",
    "Buildium",
    co,
    "georgianacresleasing.com",
    f"http://{BING}{asked}",
    "no_pms_evidence",
    {
        "georgianacresleasing.com": {
            **office(co, "<a href='/residents'>Residents</a>", "9000 N Lamar Blvd", "78753"),
            "/residents": page(
                "<h1>Residents</h1><p>Rent is due on the 1st. Pay by check or money order at our office, Monday to "
                "Friday, 9 to 5.</p>",
                title=f"Residents | {co}",
            ),
        },
        BING: {
            asked: bing_cache(
                "https://georgianacresleasing.com/residents",
                f"Residents | {co}",
                "<h1>Residents</h1><p>Pay rent online through our Buildium Resident Center.</p>",
            )
        },
    },
)

# A Bing cache copy of the homepage (which once mentioned AppFolio); today the homepage links a live
# Propertyware tenant portal and no AppFolio account: pms_mismatch.
co = "Wells Branch Yarrow Homes"
asked = "/cache.aspx?q=wells+branch+yarrow+homes&d=4670031129984512&mkt=en-US&setlang=en-US&w=Hc2Nf7Rk0Wq5Zt9Lb3Xy6Pm1Vs8Dj4Ga"
add(
    "other_pms",
    "AppFolio",
    co,
    "wellsbranchyarrow.com",
    f"http://{BING}{asked}",
    "pms_mismatch",
    {
        "wellsbranchyarrow.com": office(
            co, link("https://wellsbranchyarrow.propertyware.com/", "Tenant Portal"), "1800 Wells Branch Pkwy", "78728"
        ),
        "wellsbranchyarrow.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"](co)},
        BING: {
            asked: bing_cache("https://wellsbranchyarrow.com/", co, f"<h1>{co}</h1><p>Residents: pay online with AppFolio.</p>")
        },
    },
)

# Google Translate's proxy host for a Buildium portal (<account>-managebuilding-com.translate.goog,
# _x_tr_* parameters), fetched live through Google; the homepage links the account's live portal: high.
co = "Dove Springs Harbor Realty"
tr_host = "dovespringsharbor-managebuilding-com.translate.goog"
add(
    "site_links_portal",
    "Buildium",
    co,
    "dovespringsharbor.com",
    f"https://{tr_host}/Resident/portal/login{TR_Q}",
    "high",
    {
        "dovespringsharbor.com": office(co, link(bld("dovespringsharbor"), "Portal de Residentes"), "5801 Ainez Dr", "78744"),
        **bld_live("dovespringsharbor", co),
        tr_host: {
            "/Resident/portal/login": tr_proxy(f"{co} - Resident Center", portal_html(co, f"/Resident/portal/login{TR_Q}"))
        },
    },
)

# The translate.goog form of an AppFolio sign-in; the account answers live in the company's name and
# the homepage links none. ambiguous: a proxied copy is not the vendor's host answering, but the host
# spells out the account; read through, it is a live portal the site does not link: medium.
co = "Montopolis Fern Property Management"
tr_host = "montopolisfern-appfolio-com.translate.goog"
add(
    "live_portal",
    "AppFolio",
    co,
    "montopolisfern.com",
    f"https://{tr_host}/connect/users/sign_in{TR_Q}",
    "medium",
    {
        "montopolisfern.com": office(
            co, "<p>Se habla español. Homes and duplexes for rent in Montopolis.</p>", "6601 E Riverside Dr", "78741"
        ),
        **af_live("montopolisfern", co),
        tr_host: {"/connect/users/sign_in": tr_proxy("Online Portal - Sign In", portal_html(co, "#", "AppFolio"))},
    },
)

# The translate.goog form of a Buildium portal whose live page says "St. Elmo Wren Residential no
# longer manages your home" (above its login form); the homepage links none: evidence_unverified.
co = "St. Elmo Wren Residential"
tr_host = "stelmowren-managebuilding-com.translate.goog"
notice = (
    f"<div class='alert'>{co} no longer manages your home. Please contact Ridgetop Lane Management at (512) 555-0133 "
    "for rent payments and repairs.</div>"
)
add(
    "stale_portal",
    "Buildium",
    co,
    "stelmowren.com",
    f"https://{tr_host}/Resident/portal/login{TR_Q}",
    "evidence_unverified",
    {
        "stelmowren.com": office(co, "<p>Residential leasing in St. Elmo and South Austin.</p>", "4301 S Congress Ave", "78745"),
        "stelmowren.managebuilding.com": {
            "/Resident/portal/login": page(notice + portal_html(co, "/Resident/portal/login"), title=f"{co} - Resident Center")
        },
        tr_host: {"/Resident/portal/login": tr_proxy(f"{co} - Resident Center", notice + portal_html(co, "#"))},
    },
)

# =================================================================================================
# Job ads
# =================================================================================================

# An Indeed job ad (viewjob?jk=<16 hex>) asking for AppFolio experience; Indeed answers servers with
# Cloudflare's challenge. The homepage links the live AppFolio account: high (the ad is irrelevant).
co = "Windsor Park Cedar Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "windsorparkcedar.com",
    "https://www.indeed.com/viewjob?jk=4f1c2a9b7d3e6058",
    "high",
    {
        "windsorparkcedar.com": office(co, link(af("windsorparkcedar")), "6200 Berkman Dr", "78723"),
        **af_live("windsorparkcedar", co),
        "www.indeed.com": {"/viewjob?jk=4f1c2a9b7d3e6058": CF_403},
    },
)

# An Indeed job ad ("Experience with Buildium required") served in full; the homepage links no
# portal. A job ad names no account: no_pms_evidence.
co = "North Loop Osage Leasing"
add(
    "no_portal",
    "Buildium",
    co,
    "northlooposage.com",
    "https://www.indeed.com/viewjob?jk=a93e07c1d5b24f86",
    "no_pms_evidence",
    {
        "northlooposage.com": office(
            co, "<p>Apartments and homes for rent in North Loop and Hyde Park.</p>", "5312 Airport Blvd", "78751"
        ),
        "www.indeed.com": {
            "/viewjob?jk=a93e07c1d5b24f86": job_ad(
                "Indeed.com", "Leasing Coordinator", co, "Experience with Buildium required. Show homes, process applications."
            )
        },
    },
)

# A LinkedIn job (jobs/view/<slug>-<id>) mentioning Buildium; today the homepage's /residents page
# links the live Buildium account: high.
co = "Highland Tarrytown Property Co"
path = "/jobs/view/property-manager-at-highland-tarrytown-property-co-3987654321"
add(
    "site_links_portal",
    "Buildium",
    co,
    "highlandtarrytown.com",
    f"https://www.linkedin.com{path}",
    "high",
    {
        "highlandtarrytown.com": {
            **office(co, "<a href='/residents'>Residents</a>", "3300 Exposition Blvd", "78703"),
            "/residents": page(f"<h1>Residents</h1>{link(bld('highlandtarrytown'), 'Resident Center')}", title="Residents"),
        },
        **bld_live("highlandtarrytown", co),
        "www.linkedin.com": {
            path: page(
                f"<h1>Property Manager</h1><a href='/company/highland-tarrytown'>{co}</a><p>Austin, TX</p>"
                "<div class='description'>Buildium experience a plus.</div>",
                title=f"{co} hiring Property Manager in Austin, TX | LinkedIn",
            )
        },
    },
)

# A 2023 LinkedIn job (jobs/view/<id>/) saying "Buildium a plus"; today the homepage links a live
# Rentvine resident portal and no Buildium account: pms_mismatch.
co = "Rosewood Pennant Rentals"
add(
    "other_pms",
    "Buildium",
    co,
    "rosewoodpennant.com",
    "https://www.linkedin.com/jobs/view/3812345678/",
    "pms_mismatch",
    {
        "rosewoodpennant.com": office(
            co, link("https://rosewoodpennant.rentvine.com/portals/resident", "Resident Portal"), "2200 Rosewood Ave", "78702"
        ),
        "rosewoodpennant.rentvine.com": {"/portals/resident": spa_shell(f"{co} Resident Portal")},
        "www.linkedin.com": {
            "/jobs/view/3812345678/": page(
                f"<h1>Leasing Agent</h1><p>{co} - Austin, TX</p><p>Buildium a plus.</p>",
                title=f"{co} hiring Leasing Agent in Austin, TX | LinkedIn",
            )
        },
    },
)

# The company's own careers page (/careers/leasing-coordinator/) says "experience with Buildium
# required"; the homepage links the live Buildium account: high.
co = "Coronado Lattice Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "coronadolattice.com",
    "https://coronadolattice.com/careers/leasing-coordinator/",
    "high",
    {
        "coronadolattice.com": {
            **office(co, link(bld("coronadolattice")), "8500 Cameron Rd", "78754"),
            "/careers/leasing-coordinator/": page(
                "<h1>Leasing Coordinator</h1><p>Requirements: two years of leasing; experience with Buildium required.</p>",
                title=f"Careers | {co}",
            ),
        },
        **bld_live("coronadolattice", co),
    },
)

# The company's own careers page asks for AppFolio experience; the homepage links no portal. A
# careers page names no account: no_pms_evidence.
co = "Blackland Sorrel Property Management"
add(
    "no_portal",
    "AppFolio",
    co,
    "blacklandsorrel.com",
    "https://blacklandsorrel.com/careers/",
    "no_pms_evidence",
    {
        "blacklandsorrel.com": {
            **office(co, "<p>Managing homes and small multifamily in Central East Austin.</p>", "1900 E 12th St", "78702"),
            "/careers/": page(
                "<h1>Join our team</h1><p>Assistant Property Manager: experience with AppFolio Property Manager required.</p>",
                title=f"Careers | {co}",
            ),
        },
    },
)

# A ZipRecruiter job (/c/<company>/Job/<title>/-in-Austin,TX?jid=...) for a company whose domain no
# longer exists: dead_domain.
co = "Copperfield Brindle Leasing"
zpath = "/c/Copperfield-Brindle-Leasing/Job/Leasing-Agent/-in-Austin,TX?jid=7c2d91e4a0b35f18"
add(
    "dead_domain",
    "AppFolio",
    co,
    "copperfieldbrindle.com",
    f"https://www.ziprecruiter.com{zpath}",
    "dead_domain",
    {"www.ziprecruiter.com": {zpath: job_ad("ZipRecruiter", "Leasing Agent", co, "AppFolio experience preferred.")}},
    unresolvable=("copperfieldbrindle.com", "www.copperfieldbrindle.com"),
)

# =================================================================================================
# Vendor customer stories and help pages
# =================================================================================================

# Buildium's customer story about the company (vendor-wide marketing host); today the homepage
# links the live Buildium account: high.
co = "Travis Heights Juniper Management"
spath = "/customer-stories/travis-heights-juniper-management/"
add(
    "site_links_portal",
    "Buildium",
    co,
    "travisjuniper.com",
    f"https://www.buildium.com{spath}",
    "high",
    {
        "travisjuniper.com": office(co, link(bld("travisjuniper")), "1500 Alameda Dr"),
        **bld_live("travisjuniper", co),
        "www.buildium.com": {
            spath: page(
                f"<h1>How {co} doubled its doors with Buildium</h1><blockquote>Our residents love the Resident Center."
                "</blockquote>",
                title=f"{co} | Buildium Customer Story",
            )
        },
    },
)

# Buildium's customer story about the company; the homepage links no portal. A vendor's marketing
# page names no account: no_pms_evidence.
co = "Sunset Marigold Rentals"
spath = "/customer-stories/sunset-marigold-rentals/"
add(
    "vendor_wide",
    "Buildium",
    co,
    "sunsetmarigold.com",
    f"https://www.buildium.com{spath}",
    "no_pms_evidence",
    {
        "sunsetmarigold.com": office(co, "<p>Rental homes in Sunset Valley and Southwest Austin.</p>", "3200 Jones Rd", "78745"),
        "www.buildium.com": {
            spath: page(
                f"<h1>{co} streamlined rent collection</h1><blockquote>Buildium gave us back our evenings.</blockquote>",
                title=f"{co} | Buildium Customer Story",
            )
        },
    },
)

# AppFolio's customer story (2019) about the company; today the homepage links a live Buildium
# Resident Center and no AppFolio account (it left): pms_mismatch.
co = "Pemberton Heron Realty"
spath = "/customers/pemberton-heron-realty"
add(
    "other_pms",
    "AppFolio",
    co,
    "pembertonheron.com",
    f"https://www.appfolio.com{spath}",
    "pms_mismatch",
    {
        "pembertonheron.com": office(co, link(bld("pembertonheron")), "3500 Jefferson St", "78731"),
        **bld_live("pembertonheron", co),
        "www.appfolio.com": {
            spath: page(
                f"<h1>{co}</h1><blockquote>AppFolio lets us manage 400 doors with five people.</blockquote>",
                title=f"{co} | AppFolio Customer Story",
            )
        },
    },
)

# AppFolio's customer story about the company; today its homepage says "Brykerwood Linden has joined
# Tarrytown Vale Residential" and sends residents to Tarrytown Vale's live AppFolio portal. Handed
# over, and the portal linked is another company's: evidence_unverified.
co = "Brykerwood Linden Property Management"
spath = "/customers/brykerwood-linden-property-management"
other = "Tarrytown Vale Residential"
add(
    "stale_portal",
    "AppFolio",
    co,
    "brykerlinden.com",
    f"https://www.appfolio.com{spath}",
    "evidence_unverified",
    {
        "brykerlinden.com": {
            "/": page(
                f"<h1>{co}</h1><p>Big news: Brykerwood Linden has joined {other}! Our team and our homes now live under "
                f"{other}.</p><p>Residents: please log in at {other}'s portal: "
                f"<a href='{af('tarrytownvale')}'>Resident Login</a></p><p>3102 Bryker Dr, Austin, TX 78703</p>",
                title=co,
            )
        },
        **af_live("tarrytownvale", other),
        **af_live("brykerlinden", co),
        "www.appfolio.com": {
            spath: page(f"<h1>{co}</h1><blockquote>AppFolio changed how we work.</blockquote>", title=f"{co} | AppFolio")
        },
    },
)

# AppFolio's help article on paying rent (help.appfolio.com, vendor-wide); the homepage links no
# portal: no_pms_evidence.
co = "Balcones Plover Leasing"
hpath = "/s/article/How-do-I-pay-rent-online-in-the-Online-Portal"
add(
    "vendor_wide",
    "AppFolio",
    co,
    "balconesplover.com",
    f"https://help.appfolio.com{hpath}",
    "no_pms_evidence",
    {
        "balconesplover.com": office(
            co, "<p>Leasing homes in Balcones Woods and Great Hills.</p>", "11200 Jollyville Rd", "78759"
        ),
        "help.appfolio.com": {
            hpath: page("<h1>How do I pay rent online?</h1><p>Sign in to your Online Portal.</p>", title="AppFolio Help")
        },
    },
)

# =================================================================================================
# Reviews, posts, videos, documents
# =================================================================================================

# A Yelp review ("their Buildium portal is easy") as the evidence; the homepage footer links the
# live Buildium account: high.
co = "Clarksville Thistle Rentals"
ypath = "/biz/clarksville-thistle-rentals-austin?hrid=Qx7bT2mLkWnR0aZs4YcVdg"
add(
    "site_links_portal",
    "Buildium",
    co,
    "clarksvillethistle.com",
    f"https://www.yelp.com{ypath}",
    "high",
    {
        "clarksvillethistle.com": office(
            co, f"<footer>{link(bld('clarksvillethistle'), 'Pay Rent')}</footer>", "1104 W 10th St", "78703"
        ),
        **bld_live("clarksvillethistle", co),
        "www.yelp.com": {
            ypath: page(
                f"<h1>{co}</h1><p>5 stars. Paying rent through their Buildium portal is easy.</p>",
                title=f"{co} - Austin, TX - Yelp",
            )
        },
    },
)

# A Facebook post ("pay rent in our AppFolio portal"), answered with Facebook's log-in wall; the
# homepage links no portal: no_pms_evidence.
co = "Wooten Saddle Property Management"
fpath = "/wootensaddlepm/posts/pfbid02Xk7vQmN3bR8tZ1yW5sLp9cH4dF6gJ2aE0uK"
add(
    "no_portal",
    "AppFolio",
    co,
    "wootensaddle.com",
    f"https://www.facebook.com{fpath}",
    "no_pms_evidence",
    {
        "wootensaddle.com": office(
            co, "<p>Property management for Wooten and North Austin owners.</p>", "8400 Research Blvd", "78758"
        ),
        "www.facebook.com": {
            fpath: page("<h2>You must log in to continue.</h2><form><input name='email'></form>", title="Facebook")
        },
    },
)

# A Reddit thread about the company's Buildium portal; the account still answers, but the company's
# own homepage says "Ashdale Pilgrim Leasing has closed its doors": dead_domain.
co = "Ashdale Pilgrim Leasing"
rpath = "/r/Austin/comments/1b7x9qk/ashdale_pilgrim_leasing_buildium_portal_down/"
add(
    "dead_domain",
    "Buildium",
    co,
    "ashdalepilgrim.com",
    f"https://www.reddit.com{rpath}",
    "dead_domain",
    {
        "ashdalepilgrim.com": {
            "/": page(
                f"<h1>{co}</h1><p>After 22 years, {co} has closed its doors. Thank you to every owner and resident "
                "we served in Austin, TX. Owners with questions about final statements may write to our former "
                "office at 2800 W Anderson Ln, Austin, TX 78757. We wish our residents well in their new homes.</p>",
                title=co,
            )
        },
        **bld_live("ashdalepilgrim", co),
        "www.reddit.com": {rpath: page("<h1>Ashdale Pilgrim Leasing Buildium portal down?</h1>", title="r/Austin")},
    },
)

# The company's YouTube video "How to Pay Rent Online" (watch?v=<11 chars>); the homepage links
# /pay-rent, which 301s into the live AppFolio account: high.
co = "Anderson Mill Quail Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "andersonmillquail.com",
    "https://www.youtube.com/watch?v=q8Zt3LmRw0c",
    "high",
    {
        "andersonmillquail.com": {
            **office(co, "<a href='/pay-rent'>Pay Rent</a>", "13000 Anderson Mill Rd", "78729"),
            "/pay-rent": redirect(af("andersonmillquail"), 301),
        },
        **af_live("andersonmillquail", co),
        "www.youtube.com": {
            "/watch?v=q8Zt3LmRw0c": page("<div id='player'></div>", title=f"How to Pay Rent Online | {co} - YouTube")
        },
    },
)

# The company's YouTube video on paying rent says "log in at secure.rentecdirect.com"; the agent gives
# Rentec Direct's shared tenant sign-in (no account in it) as the evidence. The homepage links no
# portal and no sign-in: a shared sign-in proves the PMS only when the site links it (medium then), so
# here it is vendor-wide, no_pms_evidence. (The shared sign-in host is not served here.)
co = "Hornsby Rowan Rentals"
add(
    "shared_signin",
    "Rentec Direct",
    co,
    "hornsbyrowan.com",
    "https://secure.rentecdirect.com/tenants/login.php",
    "no_pms_evidence",
    {
        "hornsbyrowan.com": office(co, "<p>Country homes for lease near Hornsby Bend and Manor.</p>", "14500 FM 969", "78724"),
        "www.youtube.com": {
            "/watch?v=Rk4pW9vTn2E": page("<div id='player'></div>", title=f"Paying rent online - {co} - YouTube")
        },
    },
)

# A PDF resident handbook on the company's own site (/wp-content/uploads/2022/01/...) naming its
# Buildium portal; the homepage links the live account: high.
co = "Rosedale Calico Property Management"
ppath = "/wp-content/uploads/2022/01/Resident-Handbook-2022.pdf"
add(
    "site_links_portal",
    "Buildium",
    co,
    "rosedalecalico.com",
    f"https://rosedalecalico.com{ppath}",
    "high",
    {
        "rosedalecalico.com": {
            **office(co, link(bld("rosedalecalico")), "4500 Burnet Rd", "78756"),
            ppath: pdf(["Resident Handbook 2022", "Pay rent at rosedalecalico.managebuilding.com"]),
        },
        **bld_live("rosedalecalico", co),
    },
)

# A PDF handbook on the company's own site naming `pleasanthillwicker.appfolio.com`; the account
# answers live, but no page of the site links it and the evidence URL is the PDF. ambiguous: the
# company's own document names its portal, yet the contract reads links on pages, not PDFs, and the
# evidence URL names no account: no_pms_evidence.
co = "Pleasant Hill Wicker Rentals"
ppath = "/wp-content/uploads/2023/08/Welcome-Packet.pdf"
add(
    "no_portal",
    "AppFolio",
    co,
    "pleasanthillwicker.com",
    f"https://pleasanthillwicker.com{ppath}",
    "no_pms_evidence",
    {
        "pleasanthillwicker.com": {
            **office(co, "<p>Homes for lease in Pleasant Hill and Southpark Meadows.</p>", "6700 Emma Browning Ave", "78745"),
            ppath: pdf(["Welcome Packet", "Online portal: pleasanthillwicker.appfolio.com"]),
        },
        **af_live("pleasanthillwicker", co),
    },
)

# A 2019 PDF handbook naming the company's Buildium portal; today the homepage links a live AppFolio
# portal instead (it moved): pms_mismatch.
co = "Southpark Tern Leasing"
ppath = "/wp-content/uploads/2019/02/Tenant-Handbook.pdf"
add(
    "other_pms",
    "Buildium",
    co,
    "southparktern.com",
    f"https://southparktern.com{ppath}",
    "pms_mismatch",
    {
        "southparktern.com": {
            **office(co, link(af("southparktern"), "Resident Portal"), "9900 S IH 35", "78748"),
            ppath: pdf(["Tenant Handbook", "Pay rent at southparktern.managebuilding.com"]),
        },
        **af_live("southparktern", co),
    },
)

# A shared Google Doc ("Tenant move-in guide") naming the Buildium portal; the homepage's onclick
# button opens the live account: high.
co = "Cherry Creek Bramble Homes"
dpath = "/document/d/1pQe7Wz3Tr9Ym5Kc2Vb8Nx4Ls0Hd6Ja1Gf3Ru7Io9Pk/edit"
add(
    "site_links_portal",
    "Buildium",
    co,
    "cherrycreekbramble.com",
    f"https://docs.google.com{dpath}?usp=sharing",
    "high",
    {
        "cherrycreekbramble.com": office(
            co,
            f"<button type='button' onclick=\"window.location.href='{bld('cherrycreekbramble')}'\">Tenant Portal</button>",
            "6400 Manchaca Rd",
            "78745",
        ),
        **bld_live("cherrycreekbramble", co),
        "docs.google.com": {
            dpath: page(
                "<meta property='og:description' content='Pay rent at cherrycreekbramble.managebuilding.com'>",
                title="Tenant move-in guide - Google Docs",
            )
        },
    },
)

# A private Google Doc: docs answers 302 to Google's sign-in. The homepage links no portal:
# no_pms_evidence.
co = "Milwood Quarry Leasing"
dpath = "/document/d/1Zx8Cv5Bn2Mq7Wr4Et1Yu9Io6Pa3Sd0Fg8Hj5Kl2Qw/edit"
add(
    "no_portal",
    "Buildium",
    co,
    "milwoodquarry.com",
    f"https://docs.google.com{dpath}",
    "no_pms_evidence",
    {
        "milwoodquarry.com": office(
            co, "<p>Leasing homes in Milwood and Wells Branch since 2008.</p>", "12400 Amherst Dr", "78727"
        ),
        "docs.google.com": {
            dpath: redirect(
                "https://accounts.google.com/ServiceLogin?service=wise&passive=1209600&continue=https://docs.google.com"
                f"{dpath}&followup=https://docs.google.com{dpath}"
            )
        },
    },
)

# =================================================================================================
# Everyday controls
# =================================================================================================

# A plain live Buildium portal in the company's name that the homepage does not link: medium.
co = "Gracywoods Finch Management"
add(
    "live_portal",
    "Buildium",
    co,
    "gracywoodsfinch.com",
    bld("gracywoodsfinch"),
    "medium",
    {
        "gracywoodsfinch.com": office(co, "<p>Townhomes and homes for rent in North Austin.</p>", "12100 Metric Blvd", "78758"),
        **bld_live("gracywoodsfinch", co),
    },
)

# The homepage links its live AppFolio account, given as the evidence: high.
co = "Jollyville Aster Rentals"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "jollyvilleaster.com",
    af("jollyvilleaster"),
    "high",
    {
        "jollyvilleaster.com": office(co, link(af("jollyvilleaster")), "10700 Jollyville Rd", "78759"),
        **af_live("jollyvilleaster", co),
    },
)

# A live AppFolio account in the company's name, but the domain does not exist: dead_domain.
co = "Spicewood Tamarind Homes"
add(
    "dead_domain",
    "AppFolio",
    co,
    "spicewoodtamarind.com",
    af("spicewoodtamarind"),
    "dead_domain",
    af_live("spicewoodtamarind", co),
    unresolvable=("spicewoodtamarind.com", "www.spicewoodtamarind.com"),
)

# A live Rentvine resident portal; the domain is a Bodis parking page: dead_domain.
co = "Lost Creek Vireo Rentals"
add(
    "parked",
    "Rentvine",
    co,
    "lostcreekvireo.com",
    "https://lostcreekvireo.rentvine.com/portals/resident",
    "dead_domain",
    {
        "lostcreekvireo.com": bodis_parked("lostcreekvireo.com"),
        "lostcreekvireo.rentvine.com": {"/portals/resident": spa_shell(f"{co} - Resident Portal")},
    },
)

# Asked AppFolio; the evidence and the homepage's link are a live Buildium account: pms_mismatch.
co = "Westlake Kestrel Management"
add(
    "other_pms",
    "AppFolio",
    co,
    "westlakekestrel.com",
    bld("westlakekestrel"),
    "pms_mismatch",
    {
        "westlakekestrel.com": office(co, link(bld("westlakekestrel")), "3801 N Capital of Texas Hwy", "78746"),
        **bld_live("westlakekestrel", co),
    },
)

# A guessed Buildium account that answers 404; the homepage links no portal: evidence_unverified.
co = "Del Valle Ocotillo Leasing"
add(
    "no_account",
    "Buildium",
    co,
    "delvalleocotillo.com",
    bld("delvalleocotillo"),
    "evidence_unverified",
    {
        "delvalleocotillo.com": office(
            co, "<p>Rental homes in Del Valle and Southeast Travis County.</p>", "3600 Ross Rd", "78617"
        ),
        "delvalleocotillo.managebuilding.com": {
            "/Resident/portal/login": page("<h1>Not Found</h1>", title="Not Found", status=404)
        },
    },
)

HOLDOUT22 = collector.cases
