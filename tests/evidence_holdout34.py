# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirty-fourth blind corpus: how American small property managers word, in English, that they
are gone, and the everyday wording that only looks like it.

Focus: the homepage (an announcement bar, a pop-up's text, a blog post the homepage links, a
paragraph of the About section) or the page that links the portal says the company closed, sold
or handed over its management, stopped managing, or moved its residents to another PMS, worded as
real owners write it: formal, chatty, passive, future tense, with dates and thanks, euphemisms
("after 27 wonderful years we've decided to close", "we've wound down", "hanging up our keys for
good", "we are retiring and have placed our clients with X", "this company has been sold",
"our management contracts were assigned to X"). Beside them, benign twins that differ only in
the decisive words ("closed for Thanksgiving", "closed due to the ice storm", "we've closed on
40 homes", "no longer accepting cash", "no longer accepting applications for this unit", "this
listing is no longer available", a founder who retired, a moved office, a partner for HVAC or
snow removal, a new hire who joined the team, an acquirer's welcome, no more HOAs, a retired old
portal replaced by a new one of the same vendor and account holder, a closed sales office).

Mix: 64 candidates over 28 states and 10 vendors of the table (Buildium, AppFolio, Rent Manager,
Propertyware, Rentvine, DoorLoop, TenantCloud, Rentec Direct, ResMan, MRI; Yardi and Entrata are
left out because their portals answer servers with bot walls).
34 real leads (27 `site_links_portal` at `high`: the site links its live portal; 7 `live_portal`
at `medium`: the site links no portal, the evidence URL is a live portal in the company's name)
and 30 rejections: 15 closed for good (class `dead_domain`, label `dead_domain`), 10 whose
management was sold, transferred, assigned or stopped (class `stale_portal`, label
`evidence_unverified`), 5 that moved their residents to another PMS and link its portal (class
`other_pms`, label `pms_mismatch`). In every rejection the company's old portal is still live and
names it (vendors keep accounts open for old statements): the notice is the only thing that
tells.

How the labels were decided: by docs/live-checks.md (judging order, vendor table, the paragraph
on companies their own site says are gone, the confidence table) and what a careful sales team
concludes from the pages as served, written without reading or running the checks. The contract
says its closure lists are phrases and that a closure worded otherwise is not read; the labels
here are what the pages mean, not what a phrase list would catch. Where the contract is silent
(a closure announced for a future date, a notice only in a blog post the homepage links, a
handover that also links the acquirer's portal on another PMS) the case's comment says
"ambiguous:" and gives the label a careful sales team would want. Every page is our own short
HTML after the shapes of real sites and vendor portals; all names, domains, accounts, addresses
and phone numbers are made up.
"""

from __future__ import annotations

from evidence_corpus import Collector, _login, listings_page, spa_shell
from fake_web import Reply, page, redirect

collector = Collector("holdout34-")
add = collector.add


# --- vendor portals ---------------------------------------------------------------------------


def portal(pms: str, acct: str, co: str, *, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    """The account portal of `acct` on the vendor's host, in the name of `co`: (its URL, its host's pages)."""
    if pms == "Buildium":
        host = f"{acct}.managebuilding.com"
        reply = _login(
            f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer="Powered by Buildium", extra=notice
        )
        return f"https://{host}/Resident/portal/login", {host: {"/Resident/portal/login": reply}}
    if pms == "AppFolio":
        host = f"{acct}.appfolio.com"
        reply = _login(
            "Online Portal - Sign In", co, user="user[email]", footer="Powered by AppFolio Property Manager", extra=notice
        )
        return f"https://{host}/connect", {
            host: {"/connect": redirect(f"https://{host}/connect/users/sign_in"), "/connect/users/sign_in": reply}
        }
    if pms == "Rent Manager":
        host = f"{acct}.rmresident.com"
        reply = _login(
            "Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer="Rent Manager", extra=notice
        )
        return f"https://{host}/", {host: {"/": reply}}
    if pms == "Propertyware":
        host = f"{acct}.propertyware.com"
        reply = _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer="Propertyware", extra=notice)
        return f"https://{host}/", {host: {"/": reply}}
    if pms == "Rentvine":
        host = f"{acct}.rentvine.com"
        return f"https://{host}/portals/resident", {host: {"/portals/resident": spa_shell(f"{co} - Resident Portal")}}
    if pms == "DoorLoop":
        host = f"{acct}.app.doorloop.com"
        return f"https://{host}/auth/login", {host: {"/auth/login": spa_shell(f"{co} | Tenant Portal")}}
    if pms == "TenantCloud":
        host = f"{acct}.tenantcloud.com"
        return f"https://{host}/", {host: {"/": listings_page(co)}}
    if pms == "Rentec Direct":
        host = f"{acct}.rentecdirect.com"
        reply = _login(
            "Tenant Login | Rentec Direct",
            f"{co} Tenant Login",
            footer="Property management software by Rentec Direct",
            extra=notice,
        )
        return f"https://{host}/", {host: {"/": reply}}
    if pms == "ResMan":
        host = f"{acct}.myresman.com"
        reply = _login("ResMan Resident Portal - Sign In", "Sign In", footer=co, extra=notice)
        return f"https://{host}/", {host: {"/": reply}}
    if pms == "MRI":
        host = f"{acct}.mriresidentconnect.com"
        reply = _login("ResidentConnect", f"{co} ResidentConnect", footer="MRI Software", extra=notice)
        return f"https://{host}/", {host: {"/": reply}}
    raise ValueError(pms)


# --- company sites ----------------------------------------------------------------------------


def link_html(url: str, how: str, label: str = "Resident Login") -> str:
    return {
        "menu": f"<a class='menu-item' href='{url}'>{label}</a>",
        "footer": f"<div class='footer-cta'><a class='btn' href='{url}' target='_blank'>Pay Rent Online</a></div>",
        "onclick": f"<button type='button' class='btn' onclick=\"window.location.href='{url}'\">Tenant Portal</button>",
    }[how]


def homepage(
    co: str,
    city: str,
    where: str,
    body: str,
    *,
    url: str | None = None,
    how: str = "menu",
    about: str | None = None,
    since: int = 2006,
    title: str | None = None,
    menu_extra: str = "",
) -> Reply:
    """A small property manager's homepage: menu (with the portal link if `how` is menu), the
    notice or news in `body`, an About section, a footer with the office address."""
    menu_link = link_html(url, "menu") if url and how == "menu" else ""
    footer_link = link_html(url, how) if url and how in ("footer", "onclick") else ""
    about = about or (
        f"{co} has managed single-family homes, duplexes and small apartment buildings in and around {city} "
        f"since {since}. We handle marketing, tenant screening, leasing, rent collection, maintenance and "
        "monthly owner statements."
    )
    html = (
        "<header><nav><a href='/'>Home</a><a href='/rentals'>Available Rentals</a><a href='/owners'>Owners</a>"
        f"<a href='/about'>About</a><a href='/contact'>Contact</a>{menu_extra}{menu_link}</nav></header>"
        f"<main><h1>{co}</h1>{body}<section id='about'><h2>About Us</h2><p>{about}</p></section></main>"
        f"<footer><p><strong>{co}</strong></p><p>{where}</p>{footer_link}"
        f"<p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return page(html, title=title or f"{co} | Property Management in {city}")


def lead(
    cls: str,
    expect: str,
    pms: str,
    co: str,
    domain: str,
    acct: str,
    *,
    state: str,
    city: str,
    where: str,
    body: str = "",
    how: str | None = "menu",
    evidence: bool = True,
    notice: str = "",
    about: str | None = None,
    since: int = 2006,
    pages: dict[str, Reply] | None = None,
    more: dict[str, dict[str, Reply]] | None = None,
    www: bool = False,
    menu_extra: str = "",
) -> None:
    """One candidate: its site (linking its own portal when `how` is given), its live portal,
    the evidence URL (its portal, or none), extra pages and hosts."""
    url, hosts = portal(pms, acct, co, notice=notice)
    site_pages = {
        "/": homepage(
            co, city, where, body, url=url if how else None, how=how or "menu", about=about, since=since, menu_extra=menu_extra
        )
    }
    site_pages.update(pages or {})
    sites: dict[str, dict[str, Reply]] = {}
    if www:
        sites[f"www.{domain}"] = site_pages
        sites[domain] = {"/": redirect(f"https://www.{domain}/", 301)}
    else:
        sites[domain] = site_pages
    sites.update(hosts)
    sites.update(more or {})
    add(cls, pms, co, domain, url if evidence else None, expect, sites, state=state, city=city)


def bar(text: str) -> str:
    """A theme's announcement bar across the top of the homepage."""
    return f"<div class='announcement-bar' role='region' aria-label='Announcement'><p>{text}</p></div>"


def popup(text: str, heading: str = "Important Notice") -> str:
    """A popup plugin's modal, in the page's HTML until a script opens it."""
    return (
        "<div id='pum-2281' class='pum pum-overlay pum-theme-lightbox' role='dialog' aria-modal='false'>"
        f"<div class='pum-container'><div class='pum-title popmake-title'>{heading}</div>"
        f"<div class='pum-content popmake-content'><p>{text}</p></div>"
        "<button type='button' class='pum-close popmake-close' aria-label='Close'>&times;</button></div></div>"
    )


def news(text: str) -> str:
    return f"<section class='news'><h2>News</h2><p>{text}</p></section>"


# =============================================================================================
# Closed for good: dead_domain (class dead_domain). The old portal is live and names the company.
# =============================================================================================

# 000 Euphemism with thanks in the announcement bar; the menu still links the live portal.
lead(
    "dead_domain",
    "dead_domain",
    "Buildium",
    "Plumequill Property Management",
    "plumequillsrq.com",
    "plumequillsrq",
    state="FL",
    city="Sarasota",
    where="1950 Main St, Suite 204, Sarasota, FL 34236 &middot; (941) 555-0172",
    body=bar(
        "<strong>A message from Ron &amp; Linda:</strong> After 27 wonderful years we've decided to close Plumequill "
        "Property Management. Thank you to every owner and resident who trusted us. The resident portal stays open "
        "through June 30 so you can download your statements."
    ),
)

# 001 "We are no longer operating." Flat statement; no portal link; the agent gives the live portal.
lead(
    "dead_domain",
    "dead_domain",
    "AppFolio",
    "Saguaro Ridgeback Rentals",
    "ridgebackrentalsaz.com",
    "ridgebackrentals",
    state="AZ",
    city="Mesa",
    where="1133 W Main St, Mesa, AZ 85201 &middot; (480) 555-0121",
    how=None,
    body=bar(
        "We are no longer operating. For copies of past statements or security deposit questions, please email "
        "records@ridgebackrentalsaz.com."
    ),
)

# 002 Chatty "we've wound down"; footer button still links the live Rentvine portal.
lead(
    "dead_domain",
    "dead_domain",
    "Rentvine",
    "Larkspur Poudre Property Co.",
    "larkspurpoudre.com",
    "larkspurpoudre",
    state="CO",
    city="Fort Collins",
    where="215 Linden St, Fort Collins, CO 80524 &middot; (970) 555-0164",
    how="footer",
    body=bar(
        "Hey neighbors &mdash; after nine years, we've wound down Larkspur Poudre Property Co. The last leases ended "
        "in December and the office is empty. Thanks for everything, Fort Collins!"
    ),
)

# 003 A pop-up's text: "our doors are permanently closed".
lead(
    "dead_domain",
    "dead_domain",
    "Rent Manager",
    "Thimbleberry Management Group",
    "thimbleberrymgmt.com",
    "thimbleberry",
    state="OH",
    city="Dayton",
    where="40 W Second St, Dayton, OH 45402 &middot; (937) 555-0110",
    body=popup("Our doors are permanently closed. Thank you for allowing us to serve the Miami Valley since 1998."),
    since=1998,
)

# 004 "Thank you for 15 years - we've closed." No evidence URL: the site's onclick button is the proof offered.
lead(
    "dead_domain",
    "dead_domain",
    "Propertyware",
    "Cobblestone Lookout Homes",
    "cobblestonelookout.com",
    "cobblestonelookout",
    state="TN",
    city="Chattanooga",
    where="735 Broad St, Chattanooga, TN 37402 &middot; (423) 555-0187",
    how="onclick",
    evidence=False,
    since=2011,
    body=bar("Thank you for 15 years &mdash; we've closed. Cobblestone Lookout Homes served its last resident on March 31."),
)

# 005 Passive, formal: "This business has been permanently closed."
lead(
    "dead_domain",
    "dead_domain",
    "Buildium",
    "Marshgrass Tybee Rentals",
    "marshgrasstybee.com",
    "marshgrasstybee",
    state="GA",
    city="Savannah",
    where="118 E Broughton St, Savannah, GA 31401 &middot; (912) 555-0139",
    how=None,
    body=bar("This business has been permanently closed. Security deposit dispositions were mailed on January 15, 2026."),
)

# 006 Future tense with a date. ambiguous: not closed yet; a company closing in weeks is no lead to a
# careful sales team, so dead_domain.
lead(
    "dead_domain",
    "dead_domain",
    "TenantCloud",
    "Pawpaw Blue Ridge Property Management",
    "pawpawblueridge.com",
    "pawpawblueridge",
    state="NC",
    city="Asheville",
    where="60 N Market St, Asheville, NC 28801 &middot; (828) 555-0150",
    how="footer",
    body=bar(
        "Pawpaw Blue Ridge Property Management will permanently close on June 30, 2026. We will not renew any "
        "management agreements or leases past that date. Thank you, Asheville."
    ),
)

# 007 "We closed the business" after the owners' retirement, in a news block.
lead(
    "dead_domain",
    "dead_domain",
    "Rentec Direct",
    "Tamarack Inland Rentals",
    "tamarackinland.com",
    "tamarackinland",
    state="WA",
    city="Spokane",
    where="821 W Riverside Ave, Spokane, WA 99201 &middot; (509) 555-0116",
    body=news(
        "We closed the business at the end of 2025 when our owners retired. It has been a privilege to serve "
        "Spokane's renters and landlords."
    ),
)

# 008 The homepage shows only a teaser; the post it links says the company shut down.
# ambiguous: the contract reads the homepage and the page that linked the portal, not a linked post;
# a careful team that opens the post would not call it, so dead_domain.
lead(
    "dead_domain",
    "dead_domain",
    "AppFolio",
    "Wintergreen Grand River Property Management",
    "wintergreengr.com",
    "wintergreengr",
    state="MI",
    city="Grand Rapids",
    where="160 Ottawa Ave NW, Grand Rapids, MI 49503 &middot; (616) 555-0145",
    body=(
        "<section class='latest-posts'><h2>From the Blog</h2><article><h3>"
        "<a href='/blog/2025/11/a-note-from-our-owners/'>A note from our owners</a></h3>"
        "<p class='date'>November 3, 2025</p><a href='/blog/2025/11/a-note-from-our-owners/'>Read more</a></article></section>"
    ),
    pages={
        "/blog/2025/11/a-note-from-our-owners/": page(
            "<article><h1>A note from our owners</h1><p>To our owners, residents and vendors: after a great deal of "
            "thought we made the difficult decision to shut down Wintergreen Grand River Property Management. Our "
            "last day of operation was October 31, 2025. Final owner statements and deposit accountings have been "
            "mailed. Thank you for nineteen years.</p><p>&mdash; Tom &amp; Grace</p></article>",
            title="A note from our owners | Wintergreen Grand River Property Management",
        )
    },
)

# 009 In the About section, past tense: "served ... until closing in 2025. We are no longer in operation."
lead(
    "dead_domain",
    "dead_domain",
    "Buildium",
    "Meadowlark Truckee Management",
    "meadowlarktruckee.com",
    "meadowlarktruckee",
    state="NV",
    city="Reno",
    where="50 W Liberty St, Reno, NV 89501 &middot; (775) 555-0168",
    how="footer",
    about=(
        "Meadowlark Truckee Management served Northern Nevada owners and renters from 2004 until closing in 2025. "
        "We are no longer in operation, but we remain grateful to everyone who rented or owned with us."
    ),
)

# 010 The homepage is unchanged; the /residents page that links the portal says "out of business".
lead(
    "dead_domain",
    "dead_domain",
    "Rent Manager",
    "Hazelnut Willamette Property Services",
    "hazelnutwillamette.com",
    "hazelnutwillamette",
    state="OR",
    city="Eugene",
    where="99 W 10th Ave, Eugene, OR 97401 &middot; (541) 555-0126",
    how=None,
    menu_extra="<a href='/residents'>Residents</a>",
    pages={
        "/residents": page(
            "<nav><a href='/'>Home</a></nav><h1>Residents</h1><div class='notice'><p>Hazelnut Willamette Property "
            "Services is out of business. The resident portal remains open until March 31 so you can download your "
            "ledger and lease documents.</p></div>"
            "<p><a class='btn' href='https://hazelnutwillamette.rmresident.com/'>Resident Portal</a></p>",
            title="Residents | Hazelnut Willamette Property Services",
        )
    },
)

# 011 "has ceased all business operations" (a word inside the usual phrase), ResMan community portal.
lead(
    "dead_domain",
    "dead_domain",
    "ResMan",
    "Bluffstone Residential",
    "bluffstoneresidential.com",
    "bluffstone",
    state="IL",
    city="Peoria",
    where="401 Main St, Peoria, IL 61602 &middot; (309) 555-0174",
    body=bar(
        "Effective immediately, Bluffstone Residential has ceased all business operations. Residents of Bluffstone "
        "Commons should contact the property owner for all lease and maintenance matters."
    ),
)

# 012 Chatty "we shut our doors for good"; no evidence URL, the menu links the portal.
lead(
    "dead_domain",
    "dead_domain",
    "Buildium",
    "Chinaberry Reedy Falls Realty",
    "chinaberryreedy.com",
    "chinaberryreedy",
    state="SC",
    city="Greenville",
    where="22 S Main St, Greenville, SC 29601 &middot; (864) 555-0133",
    evidence=False,
    body=bar("We shut our doors for good on January 15. Thank you, Greenville! It was a joy to serve you."),
)

# 013 "is permanently closed" (not "has closed"), residents sent to their owners; MRI portal still live.
lead(
    "dead_domain",
    "dead_domain",
    "MRI",
    "Juniperhill Management",
    "juniperhillmgmt.com",
    "juniperhill",
    state="VA",
    city="Roanoke",
    where="310 Market St SE, Roanoke, VA 24011 &middot; (540) 555-0191",
    body=bar("Juniperhill Management is permanently closed. Residents, please contact your property owner directly."),
)

# 014 Folksy euphemism "hanging up our keys for good ... officially closed"; DoorLoop portal, not linked.
lead(
    "dead_domain",
    "dead_domain",
    "DoorLoop",
    "Sassafras Ozark Rentals",
    "sassafrasozark.com",
    "sassafrasozark",
    state="MO",
    city="Springfield",
    where="300 S Jefferson Ave, Springfield, MO 65806 &middot; (417) 555-0148",
    how=None,
    body=bar(
        "Well folks, this is it. After 11 years we're hanging up our keys for good &mdash; Sassafras Ozark Rentals "
        "officially closed on February 28. Thank you for renting with us!"
    ),
)

# =============================================================================================
# Management sold, transferred, assigned or stopped: evidence_unverified (class stale_portal).
# =============================================================================================

# 015 "Our management portfolio was acquired by X"; the menu still links the candidate's own portal.
lead(
    "stale_portal",
    "evidence_unverified",
    "Buildium",
    "Cardinalwood Property Management",
    "cardinalwoodpm.com",
    "cardinalwood",
    state="TX",
    city="San Antonio",
    where="112 E Pecan St, Suite 900, San Antonio, TX 78205 &middot; (210) 555-0117",
    body=bar(
        "Our management portfolio was acquired by Mission Trail Property Group. Owners and residents will receive a "
        "welcome packet from Mission Trail by April 15."
    ),
)

# 016 Pop-up: "we've partnered with X, who will be taking over the management of your home effective June 1".
# ambiguous: future handover; until June 1 the candidate still manages, but it is handing its whole book over.
lead(
    "stale_portal",
    "evidence_unverified",
    "AppFolio",
    "Pelicanrest Rentals",
    "pelicanrestrentals.com",
    "pelicanrest",
    state="FL",
    city="Orlando",
    where="20 N Orange Ave, Suite 1100, Orlando, FL 32801 &middot; (407) 555-0153",
    body=popup(
        "We've partnered with Orange Blossom Residential, who will be taking over the management of your home "
        "effective June 1. Until then, please keep paying rent through our portal.",
        heading="A Note for Our Residents",
    ),
)

# 017 "All management accounts have been transferred to X." No portal link; evidence the live Propertyware portal.
lead(
    "stale_portal",
    "evidence_unverified",
    "Propertyware",
    "Ocotillo Catalina Homes",
    "ocotillocatalina.com",
    "ocotillocatalina",
    state="AZ",
    city="Tucson",
    where="2 E Congress St, Tucson, AZ 85701 &middot; (520) 555-0182",
    how=None,
    body=bar(
        "All management accounts have been transferred to Sonoran Key Realty. Please direct rent, maintenance and "
        "deposit questions to Sonoran Key at (520) 555-0199."
    ),
)

# 018 "As of March 1, X is your new property manager", with a link to X's own Buildium account; the
# evidence is the candidate's still-live portal.
_delta_url, _delta_hosts = portal("Buildium", "deltaoakrivercity", "Delta Oak Property Management")
lead(
    "stale_portal",
    "evidence_unverified",
    "Buildium",
    "Quailbrush Management",
    "quailbrushmgmt.com",
    "quailbrush",
    state="CA",
    city="Sacramento",
    where="980 9th St, Suite 1600, Sacramento, CA 95814 &middot; (916) 555-0135",
    how=None,
    body=bar(
        "As of March 1, Delta Oak Property Management is your new property manager. Please pay March rent through "
        f"<a href='{_delta_url}'>Delta Oak's resident portal</a>."
    ),
    more=_delta_hosts,
)

# 019 "We have exited the property management business to focus on sales." Still a realtor's live site.
lead(
    "stale_portal",
    "evidence_unverified",
    "Rentvine",
    "Foxglove Oak City Realty",
    "foxgloveoakcity.com",
    "foxgloveoakcity",
    state="NC",
    city="Raleigh",
    where="421 Fayetteville St, Raleigh, NC 27601 &middot; (919) 555-0108",
    how=None,
    body=bar(
        "We have exited the property management business to focus on sales. Thank you to our former management "
        "clients! Looking to buy or sell in the Triangle? We'd love to help."
    ),
    about="Foxglove Oak City Realty is a locally owned brokerage helping buyers and sellers across Wake County.",
)

# 020 "We are retiring and have placed our clients with X"; menu still links the candidate's portal.
lead(
    "stale_portal",
    "evidence_unverified",
    "Rent Manager",
    "Dogwood Classic City Rentals",
    "dogwoodclassiccity.com",
    "dogwoodclassic",
    state="GA",
    city="Athens",
    where="255 E Clayton St, Athens, GA 30601 &middot; (706) 555-0161",
    body=bar("We are retiring and have placed our clients with Oconee Hearth Properties. Thank you for 22 years!"),
)

# 021 "This company has been sold." ambiguous between closed and handed over: the management
# continues under new owners, so evidence_unverified.
lead(
    "stale_portal",
    "evidence_unverified",
    "AppFolio",
    "Aspenleaf Pikes Peak Management",
    "aspenleafpikes.com",
    "aspenleafpikes",
    state="CO",
    city="Colorado Springs",
    where="102 S Tejon St, Colorado Springs, CO 80903 &middot; (719) 555-0177",
    how=None,
    body=bar(
        "This company has been sold. For questions about your lease or your owner account, please call the new "
        "owners at (719) 555-0188."
    ),
)

# 022 "No longer accepting new or existing management clients"; leases handed back to the owners.
lead(
    "stale_portal",
    "evidence_unverified",
    "Rentec Direct",
    "Pumpernickel Olentangy Property Management",
    "pumpernickelpm.com",
    "pumpernickel",
    state="OH",
    city="Columbus",
    where="150 E Gay St, Columbus, OH 43215 &middot; (614) 555-0129",
    body=bar(
        "Pumpernickel Olentangy is no longer accepting new or existing management clients. Leases have been "
        "returned to the property owners, who will contact their residents directly."
    ),
)

# 023 "Effective immediately we no longer manage rental properties"; no evidence URL, the menu links the portal.
lead(
    "stale_portal",
    "evidence_unverified",
    "Buildium",
    "Redbud Smoky Hollow Rentals",
    "redbudsmokyhollow.com",
    "redbudsmoky",
    state="TN",
    city="Knoxville",
    where="600 S Gay St, Knoxville, TN 37902 &middot; (865) 555-0119",
    evidence=False,
    body=bar(
        "Effective immediately we no longer manage rental properties. Redbud Smoky Hollow continues as a "
        "full-service real-estate brokerage for buyers and sellers."
    ),
)

# 024 Passive and legal: "management contracts were assigned to X"; MRI portal still live.
lead(
    "stale_portal",
    "evidence_unverified",
    "MRI",
    "Driftcedar Residential",
    "driftcedarresidential.com",
    "driftcedar",
    state="WA",
    city="Tacoma",
    where="1201 Pacific Ave, Tacoma, WA 98402 &middot; (253) 555-0184",
    body=news(
        "Driftcedar's management contracts were assigned to Puget Harbor Living as of April 1, 2026. Residents will "
        "receive new portal invitations from Puget Harbor Living by email."
    ),
)

# =============================================================================================
# Moved to another PMS, the new vendor's portal linked: pms_mismatch (class other_pms).
# =============================================================================================

# 025 Buildium candidate; "We've moved to a new resident portal!" links the company's AppFolio account.
_fig_url, _fig_hosts = portal("AppFolio", "figtreecooper", "Figtree Cooper River Property Management")
lead(
    "other_pms",
    "pms_mismatch",
    "Buildium",
    "Figtree Cooper River Property Management",
    "figtreecooper.com",
    "figtreecooper",
    state="NJ",
    city="Cherry Hill",
    where="1810 Chapel Ave W, Cherry Hill, NJ 08002 &middot; (856) 555-0157",
    how=None,
    body=bar(
        f"We've moved to a new resident portal! Please <a href='{_fig_url}'>log in at our new portal</a> to pay rent "
        "and submit maintenance requests. The old portal no longer accepts payments."
    ),
    more=_fig_hosts,
)

# 026 Rent Manager candidate; "We've switched software!" links the company's Rentvine portal.
_goose_url, _goose_hosts = portal("Rentvine", "gooseberry3r", "Gooseberry Three Rivers Rentals")
lead(
    "other_pms",
    "pms_mismatch",
    "Rent Manager",
    "Gooseberry Three Rivers Rentals",
    "gooseberrythreerivers.com",
    "gooseberry3r",
    state="PA",
    city="Pittsburgh",
    where="429 Forbes Ave, Pittsburgh, PA 15219 &middot; (412) 555-0143",
    how=None,
    body=bar(f"We've switched software! Starting July 1, pay rent at the <a href='{_goose_url}'>new Tenant Portal</a>."),
    more=_goose_hosts,
)

# 027 Handover whose acquirer's AppFolio portal the site links. ambiguous: both a handover and another PMS;
# the contract says another PMS linked goes first, so pms_mismatch.
_wp_url, _wp_hosts = portal("AppFolio", "wasatchpinecrest", "Wasatch Pinecrest Realty")
lead(
    "other_pms",
    "pms_mismatch",
    "Propertyware",
    "Sagebrook Utah Valley Homes",
    "sagebrookuv.com",
    "sagebrookuv",
    state="UT",
    city="Provo",
    where="86 N University Ave, Provo, UT 84601 &middot; (801) 555-0112",
    how=None,
    body=bar(
        "Our management portfolio was acquired by Wasatch Pinecrest Realty. Residents: please create your account "
        f"on <a href='{_wp_url}'>Wasatch Pinecrest's resident portal</a>."
    ),
    more=_wp_hosts,
)

# 028 The site links its AppFolio portal, whose page says above the form "We're moving!" to a Buildium host.
_fern_url, _fern_hosts = portal("Buildium", "fernhillrc", "Fernhill Rocket City Rentals")
lead(
    "other_pms",
    "pms_mismatch",
    "AppFolio",
    "Fernhill Rocket City Rentals",
    "fernhillrocketcity.com",
    "fernhillrc",
    state="AL",
    city="Huntsville",
    where="200 West Side Sq, Huntsville, AL 35801 &middot; (256) 555-0131",
    notice=(
        "<div class='alert alert-info'>We're moving! Starting May 1, please pay rent at our new portal: "
        "fernhillrc.managebuilding.com</div>"
    ),
    more=_fern_hosts,
)

# 029 Buildium candidate; "transitioned to new property management software" links a Rent Manager portal.
_hem_url, _hem_hosts = portal("Rent Manager", "hemlockbluegrass", "Hemlock Bluegrass PM")
lead(
    "other_pms",
    "pms_mismatch",
    "Buildium",
    "Hemlock Bluegrass PM",
    "hemlockbluegrass.com",
    "hemlockbluegrass",
    state="KY",
    city="Lexington",
    where="250 W Main St, Lexington, KY 40507 &middot; (859) 555-0166",
    how=None,
    body=bar(
        "Hemlock Bluegrass has transitioned to new property management software. Residents: please use the "
        f"<a href='{_hem_url}'>new Resident Portal</a>."
    ),
    more=_hem_hosts,
)

# =============================================================================================
# Benign twins, the site links its live portal: high (class site_links_portal).
# =============================================================================================

# 030 Twin of 000: "after 27 wonderful years we've decided to open a second office".
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Marlinspike Gulf Management",
    "marlinspikemgmt.com",
    "marlinspike",
    state="FL",
    city="Bradenton",
    where="1001 3rd Ave W, Bradenton, FL 34205 &middot; (941) 555-0193",
    since=1999,
    body=bar("After 27 wonderful years we've decided to open a second office in Lakewood Ranch! Stop by and say hello."),
)

# 031 "Closed Thursday and Friday for Thanksgiving"; no evidence URL, the site is the proof.
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Kettlebrook Bayou Property Management",
    "kettlebrookpm.com",
    "kettlebrook",
    state="TX",
    city="Houston",
    where="2400 Augusta Dr, Suite 250, Houston, TX 77057 &middot; (713) 555-0147",
    evidence=False,
    body=bar(
        "Our office will be closed Thursday and Friday for Thanksgiving. Online payments and maintenance requests "
        "are available 24/7 through the Resident Login."
    ),
)

# 032 "Closed today due to the ice storm."
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Quartzite Redfork Rentals",
    "quartziterentals.com",
    "quartzite",
    state="OK",
    city="Tulsa",
    where="15 W 6th St, Tulsa, OK 74119 &middot; (918) 555-0133",
    body=bar("Our office is closed today due to the ice storm. For after-hours emergencies call (918) 555-0134."),
)

# 033 "We've closed on 40 homes this year" for investor clients; Rentvine portal linked in the footer.
lead(
    "site_links_portal",
    "high",
    "Rentvine",
    "Zinnia Camelback Property Management",
    "zinniapm.com",
    "zinniapm",
    state="AZ",
    city="Phoenix",
    where="3200 E Camelback Rd, Phoenix, AZ 85018 &middot; (602) 555-0176",
    how="footer",
    body=news("We've closed on 40 homes this year for our investor clients &mdash; and we manage every one of them."),
)

# 034 "No longer accepting cash or money orders"; the menu links the Rent Manager portal.
lead(
    "site_links_portal",
    "high",
    "Rent Manager",
    "Lanternwick Residential",
    "lanternwickatl.com",
    "lanternwick",
    state="GA",
    city="Atlanta",
    where="191 Peachtree St NE, Atlanta, GA 30303 &middot; (404) 555-0124",
    body=bar("We're no longer accepting cash or money orders at our office. Please pay online through the Resident Login."),
)

# 035 A featured listing: "We're no longer accepting applications for this unit."
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Wickerbird Columbine Rentals",
    "wickerbirdrentals.com",
    "wickerbird",
    state="CO",
    city="Denver",
    where="1600 Broadway, Suite 700, Denver, CO 80202 &middot; (303) 555-0158",
    body=(
        "<section class='featured'><h2>Featured Rental</h2><div class='card'><h3>1840 S Ogden St &middot; 3 bd / 2 ba "
        "&middot; $2,450</h3><p class='status'>We're no longer accepting applications for this unit.</p></div></section>"
    ),
)

# 036 A listing card: "This listing is no longer available"; the site links the TenantCloud listings page.
lead(
    "site_links_portal",
    "high",
    "TenantCloud",
    "Marigold Queen City Leasing",
    "marigoldleasing.com",
    "marigoldleasing",
    state="NC",
    city="Charlotte",
    where="301 S Tryon St, Charlotte, NC 28202 &middot; (704) 555-0138",
    how="footer",
    body=(
        "<section class='featured'><h2>Recently Listed</h2><div class='card'><h3>4410 Park Rd</h3>"
        "<p>This listing is no longer available. Browse our other rentals below.</p></div></section>"
    ),
)

# 037 "Our founder retired in 2020 and his daughter now runs the business"; no evidence URL.
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Hollyhock Music City Property Management",
    "hollyhockmusiccity.com",
    "hollyhockmc",
    state="TN",
    city="Nashville",
    where="424 Church St, Suite 2000, Nashville, TN 37219 &middot; (615) 555-0162",
    evidence=False,
    since=1994,
    about=(
        "Our founder, Walt Pruitt, retired in 2020 and his daughter Claire now runs the business. Hollyhock has "
        "managed homes across Davidson County since 1994."
    ),
)

# 038 "We've moved to a new office!"; apex forwards to www.
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Wrenfield Ballard Property Management",
    "wrenfieldballard.com",
    "wrenfieldballard",
    state="WA",
    city="Seattle",
    where="1420 Dexter Ave N, Seattle, WA 98109 &middot; (206) 555-0115",
    www=True,
    body=bar("We've moved to a new office! Find us at 1420 Dexter Ave N, Seattle, WA 98109."),
)

# 039 "We have partnered with X for HVAC maintenance" (X's name not beside the portal link).
lead(
    "site_links_portal",
    "high",
    "Propertyware",
    "Bellflower Queen City Homes",
    "bellflowerqc.com",
    "bellflowerqc",
    state="OH",
    city="Cincinnati",
    where="312 Walnut St, Cincinnati, OH 45202 &middot; (513) 555-0181",
    body=news("We have partnered with Tri-State Comfort Air for HVAC maintenance &mdash; faster repairs for every resident."),
)

# 040 "X joined our team" (a person).
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Tamsinwood Property Management",
    "tamsinwoodpm.com",
    "tamsinwood",
    state="MI",
    city="Ann Arbor",
    where="301 E Liberty St, Ann Arbor, MI 48104 &middot; (734) 555-0197",
    body=news("Please welcome Dana Whitfield, who joined our team as leasing manager this spring."),
)

# 041 The acquirer's welcome: "We acquired X's portfolio - welcome, X residents! X has joined the
# Thistlewood family." The candidate is the acquirer (the contract: not a notice).
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Thistlewood Property Management",
    "thistlewoodil.com",
    "thistlewoodil",
    state="IL",
    city="Springfield",
    where="1 N Old State Capitol Plaza, Springfield, IL 62701 &middot; (217) 555-0122",
    body=bar(
        "We acquired Lincoln Prairie Rentals' portfolio &mdash; welcome, Lincoln Prairie residents! Lincoln Prairie "
        "Rentals has joined the Thistlewood family; watch your inbox for your new portal invitation."
    ),
)

# 042 "We no longer manage HOAs, but continue residential management"; no evidence URL.
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Oystercatcher Palmetto Management",
    "oystercatchermgmt.com",
    "oystercatcher",
    state="SC",
    city="Charleston",
    where="145 King St, Suite 300, Charleston, SC 29401 &middot; (843) 555-0105",
    evidence=False,
    body=bar(
        "We no longer manage HOAs, but we continue full residential property management for single-family homes, "
        "townhomes and condos."
    ),
)

# 043 "Our old portal has been retired - use our new Resident Center", the new portal linked: same vendor,
# the candidate's own account, and the evidence URL.
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Desert Verbena Property Management",
    "verbenapmlv.com",
    "verbenalv",
    state="NV",
    city="Las Vegas",
    where="3960 Howard Hughes Pkwy, Las Vegas, NV 89169 &middot; (702) 555-0171",
    how=None,
    body=bar(
        "Our old portal has been retired &mdash; please use our new "
        "<a href='https://verbenalv.appfolio.com/connect'>Resident Center</a> to pay rent and request repairs."
    ),
)

# 044 "Our La Jolla sales office has closed; property management continues as usual."
lead(
    "site_links_portal",
    "high",
    "Rent Manager",
    "Kelpwood Realty & Management",
    "kelpwoodrealty.com",
    "kelpwood",
    state="CA",
    city="San Diego",
    where="8880 Rio San Diego Dr, San Diego, CA 92108 &middot; (619) 555-0186",
    body=bar("Our La Jolla sales office has closed; property management continues as usual from our Mission Valley office."),
)

# 045 "As of March 1, Jenna Ruiz is your new property manager" (a person, not a firm); ResMan community portal.
lead(
    "site_links_portal",
    "high",
    "ResMan",
    "Bramblecrest Residential",
    "bramblecrestresidential.com",
    "bramblecrest",
    state="OR",
    city="Portland",
    where="1100 SW 6th Ave, Portland, OR 97204 &middot; (503) 555-0159",
    body=news("As of March 1, Jenna Ruiz is your new property manager at Alder Terrace. Welcome, Jenna!"),
)

# 046 "We have exited the commercial leasing business to focus on residential property management."
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Larchmere Property Management",
    "larchmerepm.com",
    "larchmere",
    state="VA",
    city="Richmond",
    where="919 E Main St, Richmond, VA 23219 &middot; (804) 555-0140",
    body=bar("We have exited the commercial leasing business to focus entirely on residential property management."),
)

# 047 A broker retiring, his clients staying: "Maria Ortega is now our broker of record".
lead(
    "site_links_portal",
    "high",
    "Rentec Direct",
    "Quillon Susquehanna Rentals",
    "quillonrentals.com",
    "quillon",
    state="PA",
    city="Harrisburg",
    where="17 N 2nd St, Harrisburg, PA 17101 &middot; (717) 555-0132",
    body=news(
        "Our broker, Dan Hersh, is retiring after 30 years. His clients stay with us, and Maria Ortega is now our "
        "broker of record."
    ),
)

# 048 Twin of 004: "Thank you for 15 years - we've grown to 600 homes!"
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Ashgrove Northstar Property Management",
    "ashgrovenorthstar.com",
    "ashgrove",
    state="MN",
    city="Minneapolis",
    where="800 Nicollet Mall, Minneapolis, MN 55402 &middot; (612) 555-0169",
    since=2011,
    body=bar("Thank you for 15 years &mdash; we've grown to 600 homes across the Twin Cities!"),
)

# 049 Twin of 002: "We've wound down our vacation rental program; long-term management continues."
lead(
    "site_links_portal",
    "high",
    "Rentvine",
    "Bayberry Summit Rentals",
    "bayberrysummit.com",
    "bayberrysummit",
    state="IN",
    city="Fort Wayne",
    where="110 W Berry St, Fort Wayne, IN 46802 &middot; (260) 555-0111",
    body=bar("We've wound down our vacation rental program; long-term rental management continues as always."),
)

# 050 Twin of 003: a branch's "doors are permanently closed", services continue downtown.
# ambiguous only in tone: the contract's "our Round Rock office has closed its doors" is not a notice.
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Mulberry Derby Management",
    "mulberryderby.com",
    "mulberryderby",
    state="KY",
    city="Louisville",
    where="410 W Main St, Louisville, KY 40202 &middot; (502) 555-0178",
    body=bar(
        "Our Eastside office doors are permanently closed &mdash; all services continue from our downtown office at 410 W Main St."
    ),
)

# 051 Twin of 016: "We've partnered with X, who will be taking over snow removal ... effective December 1".
lead(
    "site_links_portal",
    "high",
    "Propertyware",
    "Cloverhill Genesee Property Management",
    "cloverhillgenesee.com",
    "cloverhill",
    state="NY",
    city="Rochester",
    where="100 Chestnut St, Rochester, NY 14604 &middot; (585) 555-0152",
    body=bar(
        "We've partnered with Lakeshore Lawn &amp; Snow, who will be taking over snow removal at your community "
        "effective December 1."
    ),
)

# 052 Twin of 017: "All resident accounts have been transferred to our new Resident Center" (same vendor,
# the candidate's own Rentvine account linked in the bar).
lead(
    "site_links_portal",
    "high",
    "Rentvine",
    "Edelweiss Beehive Property Management",
    "edelweissbeehive.com",
    "edelweissbeehive",
    state="UT",
    city="Salt Lake City",
    where="175 S Main St, Salt Lake City, UT 84111 &middot; (801) 555-0190",
    how=None,
    body=bar(
        "All resident accounts have been transferred to our new "
        "<a href='https://edelweissbeehive.rentvine.com/portals/resident'>Resident Center</a>. Log in with your email "
        "to set a new password."
    ),
)

# 053 Twin of 022: "not accepting new management clients" (at capacity; existing owners kept).
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Larkhaven Property Management",
    "larkhavennj.com",
    "larkhaven",
    state="NJ",
    city="Morristown",
    where="40 Park Pl, Morristown, NJ 07960 &middot; (973) 555-0136",
    body=bar(
        "We are currently not accepting new management clients &mdash; our current owners and residents remain our priority."
    ),
)

# 054 Twin of 021: "This home has been sold" on a listing card.
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Pirogue Capital Property Management",
    "piroguepm.com",
    "piroguepm",
    state="LA",
    city="Baton Rouge",
    where="451 Third St, Baton Rouge, LA 70801 &middot; (225) 555-0103",
    body=(
        "<section class='featured'><h2>Recent Activity</h2><div class='card'><h3>SOLD &middot; 2215 Olive St</h3>"
        "<p>This home has been sold. Looking for a rental? See our available homes.</p></div></section>"
    ),
)

# 055 A holiday closure on /residents, the page that links the portal; the homepage links /residents.
lead(
    "site_links_portal",
    "high",
    "Buildium",
    "Cinderwood Gateway Rentals",
    "cinderwoodrentals.com",
    "cinderwood",
    state="MO",
    city="St. Louis",
    where="701 Market St, St. Louis, MO 63101 &middot; (314) 555-0109",
    how=None,
    evidence=False,
    menu_extra="<a href='/residents'>Residents</a>",
    pages={
        "/residents": page(
            "<nav><a href='/'>Home</a></nav><h1>Residents</h1><p>Our office is closed Friday, July 3 for "
            "Independence Day. You can still pay rent online any time.</p>"
            "<p><a class='btn' href='https://cinderwood.managebuilding.com/Resident/portal/login'>Resident Portal</a></p>",
            title="Residents | Cinderwood Gateway Rentals",
        )
    },
)

# 056 A blog teaser "We closed 2025 with 400 homes under management"; the menu links the portal.
lead(
    "site_links_portal",
    "high",
    "AppFolio",
    "Juneberry Isthmus Management",
    "juneberrymgmt.com",
    "juneberry",
    state="WI",
    city="Madison",
    where="10 E Doty St, Madison, WI 53703 &middot; (608) 555-0127",
    body=(
        "<section class='latest-posts'><h2>From the Blog</h2><article><h3><a href='/blog/2026/01/year-in-review/'>"
        "Year in review: we closed 2025 with 400 homes under management</a></h3></article></section>"
    ),
)

# =============================================================================================
# Benign twins, no portal on the site, the evidence URL a live portal in the company's name: medium
# (class live_portal).
# =============================================================================================

# 057 "Closed for the holidays December 24 - January 1."
lead(
    "live_portal",
    "medium",
    "Buildium",
    "Ocotea Sunland Property Management",
    "ocoteasunland.com",
    "ocoteasunland",
    state="TX",
    city="El Paso",
    where="221 N Stanton St, El Paso, TX 79901 &middot; (915) 555-0144",
    how=None,
    body=bar("Our office is closed for the holidays December 24 &ndash; January 1. Happy holidays from our team!"),
)

# 058 "Office closed Monday for Memorial Day."
lead(
    "live_portal",
    "medium",
    "Rent Manager",
    "Mayhaw Ocmulgee Rentals",
    "mayhawrentals.com",
    "mayhaw",
    state="GA",
    city="Macon",
    where="355 Cherry St, Macon, GA 31201 &middot; (478) 555-0163",
    how=None,
    body=bar("Office closed Monday for Memorial Day. We reopen Tuesday at 9 a.m."),
)

# 059 "We're no longer accepting cash."
lead(
    "live_portal",
    "medium",
    "AppFolio",
    "Figleaf Valley Property Management",
    "figleafvalley.com",
    "figleafvalley",
    state="CA",
    city="Fresno",
    where="2300 Tulare St, Fresno, CA 93721 &middot; (559) 555-0118",
    how=None,
    body=bar("Please note: we're no longer accepting cash. Checks, money orders and online payments are welcome."),
)

# 060 "Office closed today due to the snowstorm."
lead(
    "live_portal",
    "medium",
    "Propertyware",
    "Kestrelpine Rentals",
    "kestrelpinerentals.com",
    "kestrelpine",
    state="AZ",
    city="Flagstaff",
    where="19 N San Francisco St, Flagstaff, AZ 86001 &middot; (928) 555-0175",
    how=None,
    body=bar("Office closed today due to the snowstorm &mdash; we reopen tomorrow at 9. Stay warm, Flagstaff!"),
)

# 061 The acquirer's welcome again, unlinked portal: "X has joined Heronsgate".
lead(
    "live_portal",
    "medium",
    "Buildium",
    "Heronsgate Property Management",
    "heronsgatepm.com",
    "heronsgate",
    state="NC",
    city="Wilmington",
    where="201 N Front St, Wilmington, NC 28401 &middot; (910) 555-0195",
    how=None,
    body=news(
        "We acquired Cape Fear Shorebird Rentals in January &mdash; welcome to our new owners and residents! "
        "Shorebird Rentals has joined Heronsgate."
    ),
)

# 062 "We've moved to a new office"; MRI community portal, not linked.
lead(
    "live_portal",
    "medium",
    "MRI",
    "Yarrowfield Residential",
    "yarrowfieldres.com",
    "yarrowfield",
    state="CO",
    city="Boulder",
    where="2045 Pearl St, Boulder, CO 80302 &middot; (303) 555-0189",
    how=None,
    body=bar("We've moved to a new office at 2045 Pearl St, Boulder, CO 80302."),
)

# 063 "Our founder retired in 2019; his son Marcus now runs the business."
lead(
    "live_portal",
    "medium",
    "Rentec Direct",
    "Catalpa Bluff Rentals",
    "catalpabluff.com",
    "catalpabluff",
    state="TN",
    city="Memphis",
    where="66 Monroe Ave, Memphis, TN 38103 &middot; (901) 555-0106",
    how=None,
    about=(
        "Our founder retired in 2019; his son Marcus now runs the business. Catalpa Bluff Rentals leases and "
        "manages homes across Shelby County."
    ),
)

HOLDOUT34 = collector.cases
