"""Nineteenth blind corpus: stale companies. The live web still shows a portal, but is the company still
in business, still managing property, still itself?

Focus and mix: 59 Texas candidates over every vendor of the table. 27 are real leads, some in plain shapes
and most with words on their own sites that look like a closure but are not one: "we closed on 40 homes",
an office closed for the holidays, a retired-military owner, a founder who retired and handed the firm to
his daughter, joining the Texas Apartment Association or a NARPM chapter, "acquired 12 new properties",
no more cash payments, a new office, a "formerly known as" rebrand, a 2019 or 2016 copyright on a site
whose portal still answers, "not accepting new management clients" because the firm is full, the
acquirer's own site welcoming a firm that joined it, and a move to a new portal of the PMS asked for.
The other 32 are rejections and traps, weighted to the company's own site (homepage, or /residents when
the homepage links no portal) saying in varied real-world wording that the business closed, retired,
ceased operations or was dissolved, was sold, merged into or joined another firm, stopped offering
management (now sales only, or managing only its own homes), or moved its management to another
company, while its portal link or the evidence URL still answers live. A few portals say the
account is inactive or handed over, or has moved to another PMS. The everyday rejections are
a parked domain, a name that does not resolve, Cloudflare and bare-403 walls, another PMS, two
companies outside Texas, a vendor-wide URL and a CDN asset given as evidence, a missing account,
and a site with no portal.

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
confidence table, the rules on whose portal a site links and on portal notices) and what a careful
person concludes from the pages as served, written without reading or running the checks. The
contract says nothing about a company's OWN site announcing that the company is gone or
no longer itself while its own portal is still live. I labelled those as a sales team that must never receive a stale
lead would want, and used one rule throughout:
- The company itself ceased to exist (closed, retired and closed, ceased operations, dissolved):
  `dead_domain`, class dead_domain. The site is a tombstone of a business that no longer exists,
  as a parked page or "this site is no longer available" is.
- The company still exists but is no longer the manager of these homes, or not under this name:
  joined, is now part of, merged into, sold its management division to, transitioned its clients
  to, stopped offering management, manages only its own homes. The label is
  `evidence_unverified`, class stale_portal. The portal, though live, is not the live portal
  of a company doing business as the candidate. This is the contract's nearest rule: a portal of
  a company the site calls another ("acquired by X", "now part of X", "has joined X"), and a
  portal that says another company now manages the home.
Each such case says so in its comment. Every page is our own short HTML after the shapes of real
vendor portals and property managers' sites; all names, domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, listings_page, parked, spa_shell
from fake_web import everywhere, not_found, page, raw, redirect

collector = Collector("holdout19-")
add = collector.add

NAV = "<a href='/'>Home</a><a href='/about'>About</a><a href='/owners'>Owners</a><a href='/contact'>Contact</a>"
ATX = (
    "<p>4410 Burnet Rd, Suite 210, Austin, TX 78756 &middot; (512) 555-0142</p>",
    "<p>1501 E 6th St, Austin, TX 78702 &middot; (512) 555-0178</p>",
    "<p>9600 Great Hills Trl, Suite 150W, Austin, Texas 78759</p>",
    "<p>2700 W Anderson Ln, Suite 305, Austin, TX 78757 &middot; (512) 555-0119</p>",
)

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Verifying you are human. This may take a few seconds.</h1><noscript>Enable JavaScript and cookies to continue"
    "</noscript><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8c2e'></script></div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8c2e91a07f3d52b4-DFW"},
)
BARE_403 = raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><hr></body></html>")


def own(co: str, body: str, *, addr: str = ATX[0], year: int = 2026, title: str | None = None) -> dict:
    """A property manager's homepage with a chosen copyright year and address."""
    html = (
        f"<header><nav>{NAV}</nav></header><main><h1>{co}</h1>{body}</main>"
        f"<footer>{addr}<p>&copy; {year} {co}. All rights reserved.</p></footer>"
    )
    return {"/": page(html, title=title or f"{co} | Austin Property Management")}


def a(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}'>{label}</a>"


def notice(text: str) -> str:
    return f"<div class='announcement-bar' role='alert'><p>{text}</p></div>"


def buildium(co: str) -> dict:
    return {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)}


def appfolio(co: str) -> dict:
    return {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co)}


# =============================================================== real leads =================

# shape: "we closed on 40 homes" (a sales closing) beside a linked Buildium portal: benign "closed"
add(
    "site_links_portal",
    "Buildium",
    "Plover Quartz Property Management",
    "ploverquartzpm.com",
    "https://ploverquartz.managebuilding.com/Resident/portal/login",
    "high",
    {
        "ploverquartzpm.com": own(
            "Plover Quartz Property Management",
            "<p>What a year! In 2025 our team closed on 40 homes for Austin investors and placed tenants in every one.</p>"
            + a("https://ploverquartz.managebuilding.com/Resident/portal/login"),
        ),
        "ploverquartz.managebuilding.com": buildium("Plover Quartz Property Management"),
    },
)
# shape: holiday closure banner ("Our office will be closed ... pay online anytime") on a live site linking AppFolio
add(
    "site_links_portal",
    "AppFolio",
    "Oriole Jasper Realty",
    "oriolejasper.com",
    None,
    "high",
    {
        "oriolejasper.com": own(
            "Oriole Jasper Realty",
            notice(
                "Holiday hours: our office will be closed December 24 through January 1. "
                "Rent can still be paid online through the resident portal."
            )
            + a("https://oriolejasper.appfolio.com/connect", "Pay Rent / Maintenance"),
            addr=ATX[1],
        ),
        "oriolejasper.appfolio.com": appfolio("Oriole Jasper Realty"),
    },
)
# shape: "retired military owned and operated" (a retired owner, not a retired company); Rentvine portal linked
add(
    "site_links_portal",
    "Rentvine",
    "Caracara Flint Property Management",
    "caracaraflint.com",
    "https://caracaraflint.rentvine.com/portals/resident",
    "high",
    {
        "caracaraflint.com": own(
            "Caracara Flint Property Management",
            "<p>Retired military owned and operated. Our broker retired from the U.S. Army after 22 years and has "
            "managed Austin rentals since 2014.</p>" + a("https://caracaraflint.rentvine.com/portals/resident"),
            addr=ATX[2],
        ),
        "caracaraflint.rentvine.com": {"/portals/resident": spa_shell("Caracara Flint Property Management - Resident Portal")},
    },
)
# shape: the founder retired and his daughter runs the company: a succession, still trading; Rent Manager portal
add(
    "site_links_portal",
    "Rent Manager",
    "Bunting Garnet Property Management",
    "buntinggarnet.com",
    "https://buntinggarnet.rmwebaccess.com/",
    "high",
    {
        "buntinggarnet.com": own(
            "Bunting Garnet Property Management",
            "<h2>Our story</h2><p>Dale Bunting founded the company in 1988. When Dale retired in 2021, his daughter "
            "Marisol took the helm, and the same team still manages more than 600 doors across Travis County.</p>"
            + a("https://buntinggarnet.rmwebaccess.com/", "Tenant Web Access"),
            addr=ATX[3],
        ),
        "buntinggarnet.rmwebaccess.com": {"/": VENDOR_LOGIN["Rent Manager"]("Bunting Garnet Property Management")},
    },
)
# shape: "we recently joined the Texas Apartment Association" ("joined" an association, not an acquirer)
add(
    "site_links_portal",
    "Propertyware",
    "Vireo Travertine Residential",
    "vireotravertine.com",
    "https://app.propertyware.com/pw/portals/vireotravertine/tenant.action",
    "high",
    {
        "vireotravertine.com": own(
            "Vireo Travertine Residential",
            "<p>We recently joined the Texas Apartment Association and are proud members of NARPM.</p>"
            + a("https://app.propertyware.com/pw/portals/vireotravertine/tenant.action", "Tenant Portal"),
        ),
        "app.propertyware.com": {
            "/pw/portals/vireotravertine/tenant.action": VENDOR_LOGIN["Propertyware"]("Vireo Travertine Residential")
        },
    },
)
# shape: "we acquired 12 new properties this year" (growth, not being acquired); DoorLoop portal linked
add(
    "site_links_portal",
    "DoorLoop",
    "Chachalaca Mica Homes",
    "chachalacamica.com",
    None,
    "high",
    {
        "chachalacamica.com": own(
            "Chachalaca Mica Homes",
            "<p>Growing with Austin: we acquired 12 new properties to manage this year, from Pflugerville duplexes "
            "to South Lamar condos.</p>" + a("https://chachalacamica.app.doorloop.com/", "Tenant Portal"),
            addr=ATX[1],
        ),
        "chachalacamica.app.doorloop.com": {"/": spa_shell("Chachalaca Mica Homes | Tenant Portal")},
    },
)
# shape: "we no longer accept cash payments" (a payment policy, not a closure); TenantCloud listings linked
add(
    "site_links_portal",
    "TenantCloud",
    "Pipit Selenite Rentals",
    "pipitselenite.com",
    "https://pipitselenite.tenantcloud.com/",
    "high",
    {
        "pipitselenite.com": own(
            "Pipit Selenite Rentals",
            notice("Please note: as of May 1 we no longer accept cash payments at the office. Pay online instead.")
            + a("https://pipitselenite.tenantcloud.com/", "Available Rentals"),
            addr=ATX[2],
        ),
        "pipitselenite.tenantcloud.com": {"/": listings_page("Pipit Selenite Rentals")},
    },
)
# shape: "now part of the NARPM Austin chapter": the contract's "now part of X" wording, naming an association
add(
    "site_links_portal",
    "Buildium",
    "Sapsucker Chert Property Management",
    "sapsuckerchert.com",
    "https://sapsuckerchert.managebuilding.com/Resident/portal/login",
    "high",
    {
        "sapsuckerchert.com": own(
            "Sapsucker Chert Property Management",
            "<p>We are now part of the Austin chapter of NARPM, the National Association of Residential Property "
            "Managers.</p>" + a("https://sapsuckerchert.managebuilding.com/Resident/portal/login"),
            addr=ATX[3],
        ),
        "sapsuckerchert.managebuilding.com": buildium("Sapsucker Chert Property Management"),
    },
)
# shape: "we moved to a new office ... the old office is closed" beside a linked AppFolio portal
add(
    "site_links_portal",
    "AppFolio",
    "Dunlin Porphyry Realty",
    "dunlinporphyry.com",
    "https://dunlinporphyry.appfolio.com/connect",
    "high",
    {
        "dunlinporphyry.com": own(
            "Dunlin Porphyry Realty",
            notice("We moved! Our old office on Cameron Rd is closed. Find us at our new office on Burnet Rd.")
            + a("https://dunlinporphyry.appfolio.com/connect", "Resident Portal"),
        ),
        "dunlinporphyry.appfolio.com": appfolio("Dunlin Porphyry Realty"),
    },
)
# shape: a rebrand that is still trading: "Heron Basalt Residential, formerly Grackle Onyx Rentals" beside the
# link; the Rentvine portal still carries the old name. The contract reads "formerly" as the site's own name.
add(
    "site_links_portal",
    "Rentvine",
    "Heron Basalt Residential",
    "heronbasalt.com",
    "https://grackleonyx.rentvine.com/portals/resident",
    "high",
    {
        "heronbasalt.com": own(
            "Heron Basalt Residential",
            "<p>Same local team, new name: Heron Basalt Residential, formerly Grackle Onyx Rentals. "
            + a("https://grackleonyx.rentvine.com/portals/resident", "Resident Login")
            + "</p>",
            addr=ATX[1],
        ),
        "grackleonyx.rentvine.com": {"/portals/resident": spa_shell("Grackle Onyx Rentals - Resident Portal")},
    },
)
# shape: a (c) 2019 footer on an otherwise current site (2026 leasing season); Buildium portal linked
add(
    "site_links_portal",
    "Buildium",
    "Meadowlark Gneiss Property Management",
    "meadowlarkgneiss.com",
    None,
    "high",
    {
        "meadowlarkgneiss.com": own(
            "Meadowlark Gneiss Property Management",
            "<p>Now pre-leasing for summer 2026 near UT and the Domain.</p>"
            + a("https://meadowlarkgneiss.managebuilding.com/Resident/portal/login", "Tenant Login"),
            addr=ATX[2],
            year=2019,
        ),
        "meadowlarkgneiss.managebuilding.com": buildium("Meadowlark Gneiss Property Management"),
    },
)
# shape: unlinked AppFolio portal naming the company; homepage says the office is closed Memorial Day
add(
    "live_portal",
    "AppFolio",
    "Avocet Dolomite Realty",
    "avocetdolomite.com",
    "https://avocetdolomite.appfolio.com/connect",
    "medium",
    {
        "avocetdolomite.com": own(
            "Avocet Dolomite Realty",
            "<p>Our office will be closed Monday, May 25 for Memorial Day. Call (512) 555-0163 for emergencies.</p>",
            addr=ATX[3],
        ),
        "avocetdolomite.appfolio.com": appfolio("Avocet Dolomite Realty"),
    },
)
# shape: "we are not accepting new management clients at this time" because the firm is full (waitlist);
# it still manages and links its MRI portal. Judgement: still a property manager using the PMS, so a real lead.
add(
    "site_links_portal",
    "MRI",
    "Phoebe Tourmaline Management",
    "phoebetourmaline.com",
    "https://phoebetourmaline.mriresidentconnect.com/",
    "high",
    {
        "phoebetourmaline.com": own(
            "Phoebe Tourmaline Management",
            "<p>Owners: our portfolio is at capacity and we are not accepting new management clients at this time. "
            "Join our waitlist and we will reach out when a spot opens.</p>"
            + a("https://phoebetourmaline.mriresidentconnect.com/", "ResidentConnect Login"),
        ),
        "phoebetourmaline.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Phoebe Tourmaline Management")},
    },
)
# shape: "SOLD OUT: 100% leased" on a community manager's site; Entrata portal names the property (not compared)
add(
    "site_links_portal",
    "Entrata",
    "Wren Agate Residential",
    "wrenagateresidential.com",
    "https://wrenagateflats.residentportal.com/resident_portal/?module=authentication",
    "high",
    {
        "wrenagateresidential.com": own(
            "Wren Agate Residential",
            "<h2>Wren Agate Flats</h2><p>Sold out! Wren Agate Flats is 100% leased. Join the interest list.</p>"
            + a("https://wrenagateflats.residentportal.com/resident_portal/?module=authentication", "Resident Portal"),
            addr=ATX[1],
        ),
        "wrenagateflats.residentportal.com": {"/resident_portal/": VENDOR_LOGIN["Entrata"]("Wren Agate Flats")},
    },
)
# shape: "Under new management!" said by the new manager itself (the candidate took over a community)
add(
    "site_links_portal",
    "ResMan",
    "Towhee Cinnabar Residential",
    "towheecinnabar.com",
    None,
    "high",
    {
        "towheecinnabar.com": own(
            "Towhee Cinnabar Residential",
            "<p>Under new management! Towhee Cinnabar Residential now manages The Lofts at Shoal Creek. "
            "Residents, welcome: set up your portal account below.</p>"
            + a("https://towheecinnabar.myresman.com/Portal/Access/SignIn", "Resident Portal"),
            addr=ATX[2],
        ),
        "towheecinnabar.myresman.com": {"/Portal/Access/SignIn": VENDOR_LOGIN["ResMan"]("Towhee Cinnabar Residential")},
    },
)
# shape: "Office closed Sundays" in the hours block; RealPage ActiveBuilding portal linked
add(
    "site_links_portal",
    "RealPage",
    "Gannet Fluorite Property Management",
    "gannetfluorite.com",
    "https://gannetfluorite.activebuilding.com/",
    "high",
    {
        "gannetfluorite.com": own(
            "Gannet Fluorite Property Management",
            "<p>Office hours: Mon-Fri 9-6, Sat 10-2, closed Sundays.</p>"
            + a("https://gannetfluorite.activebuilding.com/", "Resident Login"),
            addr=ATX[3],
        ),
        "gannetfluorite.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Gannet Fluorite Property Management")},
    },
)
# shape: "we merged our two Austin offices into one location" (an office merger, not a company merger); Rentec
add(
    "site_links_portal",
    "Rentec Direct",
    "Stilt Beryl Property Management",
    "stiltberyl.com",
    "https://stiltberyl.rentecdirect.com/",
    "high",
    {
        "stiltberyl.com": own(
            "Stilt Beryl Property Management",
            "<p>News: we have merged our north and south Austin offices into one location on Anderson Lane.</p>"
            + a("https://stiltberyl.rentecdirect.com/", "Tenant Login"),
            addr=ATX[3],
        ),
        "stiltberyl.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Stilt Beryl Property Management")},
    },
)
# shape: an anniversary note that reads like a farewell ("Thank you for 20 years, Austin!"); Yardi portal
# answering with its login form
add(
    "site_links_portal",
    "Yardi",
    "Anhinga Celestine Properties",
    "anhingacelestine.com",
    "https://anhingacelestine.securecafe.com/residentservices/anhingacelestine/userlogin.aspx",
    "high",
    {
        "anhingacelestine.com": own(
            "Anhinga Celestine Properties",
            "<p>Thank you for 20 years, Austin! Here's to the next 20.</p>"
            + a("https://anhingacelestine.securecafe.com/residentservices/anhingacelestine/userlogin.aspx"),
        ),
        "anhingacelestine.securecafe.com": {
            "/residentservices/anhingacelestine/userlogin.aspx": VENDOR_LOGIN["Yardi"]("Anhinga Celestine Properties")
        },
    },
)
# shape: unlinked Rent Manager TWA portal naming the company; ordinary homepage
add(
    "live_portal",
    "Rent Manager",
    "Cormorant Apatite Property Management",
    "cormorantapatite.com",
    "https://cormorantapatite.twa.rentmanager.com/",
    "medium",
    {
        "cormorantapatite.com": own(
            "Cormorant Apatite Property Management", "<p>Serving Austin landlords since 2009.</p>", addr=ATX[1]
        ),
        "cormorantapatite.twa.rentmanager.com": {"/": VENDOR_LOGIN["Rent Manager"]("Cormorant Apatite Property Management")},
    },
)
# shape: homepage links only /residents, which says the OLD payment site "is no longer used" and links the
# AppFolio portal: benign "no longer" on an inner page the crawl reads
add(
    "site_links_portal",
    "AppFolio",
    "Killdeer Azurite Realty",
    "killdeerazurite.com",
    None,
    "high",
    {
        "killdeerazurite.com": {
            **own("Killdeer Azurite Realty", "<a href='/residents'>Residents</a>", addr=ATX[2]),
            "/residents": page(
                "<h1>Residents</h1><p>Our previous payment site (RentPayment) is no longer used. Please pay rent and "
                "request repairs through our resident portal:</p>"
                + a("https://killdeerazurite.appfolio.com/connect", "Resident Portal"),
                title="Residents | Killdeer Azurite Realty",
            ),
        },
        "killdeerazurite.appfolio.com": appfolio("Killdeer Azurite Realty"),
    },
)
# shape: "our Round Rock office has closed; all services now from Austin" (a branch closure)
add(
    "site_links_portal",
    "Buildium",
    "Magpie Obsidian Property Management",
    "magpieobsidian.com",
    "https://magpieobsidian.managebuilding.com/Resident/portal/login",
    "high",
    {
        "magpieobsidian.com": own(
            "Magpie Obsidian Property Management",
            notice("Our Round Rock branch has closed. All leasing and management services now run from our Austin office.")
            + a("https://magpieobsidian.managebuilding.com/Resident/portal/login"),
            addr=ATX[3],
        ),
        "magpieobsidian.managebuilding.com": buildium("Magpie Obsidian Property Management"),
    },
)
# shape: the ACQUIRER's own site: "Flicker Slate Rentals has joined Osprey Zircon ... welcome" and its own
# Propertyware portal. The candidate is the firm that others joined: a real lead.
add(
    "site_links_portal",
    "Propertyware",
    "Osprey Zircon Property Management",
    "ospreyzircon.com",
    None,
    "high",
    {
        "ospreyzircon.com": own(
            "Osprey Zircon Property Management",
            "<p>Welcome, owners and residents of Flicker Slate Rentals! Flicker Slate Rentals joined Osprey Zircon "
            "Property Management in 2025, and your home is now managed by our team.</p>"
            + a("https://ospreyzircon.propertyware.com/", "Tenant Portal"),
        ),
        "ospreyzircon.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"]("Osprey Zircon Property Management")},
    },
)
# shape: unlinked DoorLoop portal whose shell names the company; homepage links no portal
add(
    "live_portal",
    "DoorLoop",
    "Quail Malachite Property Management",
    "quailmalachite.com",
    "https://quailmalachite.app.doorloop.com/",
    "medium",
    {
        "quailmalachite.com": own(
            "Quail Malachite Property Management", "<p>Call or text (512) 555-0190 to tour our homes.</p>", addr=ATX[1]
        ),
        "quailmalachite.app.doorloop.com": {"/": spa_shell("Quail Malachite Property Management | Tenant Portal")},
    },
)
# shape: the company's site answers with a Cloudflare challenge; the Buildium portal names the company:
# medium (a site that could not be read)
add(
    "live_portal",
    "Buildium",
    "Ibis Hematite Property Management",
    "ibishematite.com",
    "https://ibishematite.managebuilding.com/Resident/portal/login",
    "medium",
    {
        "ibishematite.com": everywhere(CF_CHALLENGE),
        "ibishematite.managebuilding.com": buildium("Ibis Hematite Property Management"),
    },
)
# shape: a sales-and-management firm's "JUST SOLD" strip and "closed 4 homes in Mueller" beside its AppFolio portal
add(
    "site_links_portal",
    "AppFolio",
    "Kingfisher Spinel Realty",
    "kingfisherspinel.com",
    "https://kingfisherspinel.appfolio.com/connect",
    "high",
    {
        "kingfisherspinel.com": own(
            "Kingfisher Spinel Realty",
            "<ul class='ticker'><li>JUST SOLD: 2114 Wheless Ln</li><li>Closed: 4 homes in Mueller this month</li></ul>"
            "<p>Sales, leasing and full-service property management.</p>"
            + a("https://kingfisherspinel.appfolio.com/connect", "Tenant Portal"),
            addr=ATX[2],
        ),
        "kingfisherspinel.appfolio.com": appfolio("Kingfisher Spinel Realty"),
    },
)
# shape: "We've moved to a new resident portal! Our old Cozy accounts were closed" - the move is TO the PMS asked
# for (Rentvine), linked from the homepage
add(
    "site_links_portal",
    "Rentvine",
    "Nightjar Opal Property Management",
    "nightjaropal.com",
    "https://nightjaropal.rentvine.com/portals/resident",
    "high",
    {
        "nightjaropal.com": own(
            "Nightjar Opal Property Management",
            notice("We've moved to a new resident portal! Old Cozy accounts were closed on March 1. Log in below.")
            + a("https://nightjaropal.rentvine.com/portals/resident", "New Resident Portal"),
            addr=ATX[3],
        ),
        "nightjaropal.rentvine.com": {"/portals/resident": spa_shell("Nightjar Opal Property Management - Resident Portal")},
    },
)
# shape: a site last touched years ago ((c) 2016, "Now leasing for fall 2016") whose linked Buildium portal still
# answers with the company's name. Judgement: no closure is said anywhere, and a live account portal means the
# vendor is still being paid; the contract gives high. Labelled a real lead.
add(
    "site_links_portal",
    "Buildium",
    "Bushtit Quartzite Rentals",
    "bushtitquartzite.com",
    "https://bushtitquartzite.managebuilding.com/Resident/portal/login",
    "high",
    {
        "bushtitquartzite.com": own(
            "Bushtit Quartzite Rentals",
            "<p>Now leasing for fall 2016! Two- and three-bedroom homes near Zilker.</p>"
            + a("https://bushtitquartzite.managebuilding.com/Resident/portal/login", "Tenant Login"),
            year=2016,
        ),
        "bushtitquartzite.managebuilding.com": buildium("Bushtit Quartzite Rentals"),
    },
)

# ================================================= stale companies: the company is gone ====

# shape: farewell homepage "After 31 years ... has closed its doors" while the menu still links the live Buildium
# portal. Contract silent on a company's own closure notice: labelled dead_domain (the business no longer exists).
add(
    "dead_domain",
    "Buildium",
    "Curlew Marble Property Management",
    "curlewmarble.com",
    "https://curlewmarble.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "curlewmarble.com": own(
            "Curlew Marble Property Management",
            "<h2>A fond farewell</h2><p>After 31 years of serving Austin owners and residents, Curlew Marble Property "
            "Management has closed its doors. Thank you for your trust and friendship.</p>"
            + a("https://curlewmarble.managebuilding.com/Resident/portal/login"),
            year=2024,
        ),
        "curlewmarble.managebuilding.com": buildium("Curlew Marble Property Management"),
    },
)
# shape: "the owners have retired and the company is no longer in business"; unlinked AppFolio evidence still
# live. Contract silent: dead_domain.
add(
    "dead_domain",
    "AppFolio",
    "Waxwing Topaz Realty",
    "waxwingtopaz.com",
    "https://waxwingtopaz.appfolio.com/connect",
    "dead_domain",
    {
        "waxwingtopaz.com": own(
            "Waxwing Topaz Realty",
            "<p>Rick and Donna have retired, and Waxwing Topaz Realty is no longer in business. We can no longer "
            "accept rent payments, applications or maintenance requests. Thank you, Austin.</p>",
            addr=ATX[1],
            year=2023,
        ),
        "waxwingtopaz.appfolio.com": appfolio("Waxwing Topaz Realty"),
    },
)
# shape: "ceased operations on December 31, 2024; this site remains online for reference only", the Rentvine
# link still in the menu and live. Contract silent: dead_domain.
add(
    "dead_domain",
    "Rentvine",
    "Roadrunner Calcite Rentals",
    "roadrunnercalcite.com",
    None,
    "dead_domain",
    {
        "roadrunnercalcite.com": own(
            "Roadrunner Calcite Rentals",
            notice(
                "Roadrunner Calcite Rentals ceased operations on December 31, 2024. This website remains online for "
                "reference only and is no longer monitored."
            )
            + a("https://roadrunnercalcite.rentvine.com/portals/resident"),
            addr=ATX[2],
            year=2024,
        ),
        "roadrunnercalcite.rentvine.com": {"/portals/resident": spa_shell("Roadrunner Calcite Rentals - Resident Portal")},
    },
)
# shape: "our LLC has been dissolved ... no longer managing any properties" above a TenantCloud listings link
# still live (showing an old listing). Contract silent: dead_domain.
add(
    "dead_domain",
    "TenantCloud",
    "Bluebird Gypsum Property Management",
    "bluebirdgypsum.com",
    "https://bluebirdgypsum.tenantcloud.com/",
    "dead_domain",
    {
        "bluebirdgypsum.com": own(
            "Bluebird Gypsum Property Management",
            "<h2>Farewell</h2><p>We have closed our business and Bluebird Gypsum Property Management, LLC has been "
            "dissolved. We are no longer managing any properties.</p>" + a("https://bluebirdgypsum.tenantcloud.com/", "Listings"),
            addr=ATX[3],
            year=2022,
        ),
        "bluebirdgypsum.tenantcloud.com": {"/": listings_page("Bluebird Gypsum Property Management")},
    },
)
# shape: "Sharon has retired and Crane Limestone ... has closed; our clients have been placed with Ibis Sandstone
# Realty"; the Rentec portal link still answers. The company itself is gone: dead_domain (contract silent;
# a successor is named, but the candidate has ceased to exist).
add(
    "dead_domain",
    "Rentec Direct",
    "Crane Limestone Property Management",
    "cranelimestone.com",
    "https://cranelimestone.rentecdirect.com/",
    "dead_domain",
    {
        "cranelimestone.com": own(
            "Crane Limestone Property Management",
            "<p>Thank you for 22 wonderful years. Sharon has retired, and Crane Limestone Property Management has "
            "closed. Our management clients have been placed with Ibis Sandstone Realty, who will contact you.</p>"
            + a("https://cranelimestone.rentecdirect.com/", "Tenant Login"),
            year=2025,
        ),
        "cranelimestone.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Crane Limestone Property Management")},
    },
)

# ================================== stale companies: still exists, no longer itself / no longer managing =

# shape: "We've joined Merlin Cobalt Residential!" and the site sends residents to the acquirer's Buildium portal;
# the agent gave the company's own old account, still live. The contract names this: a site that sends residents
# to an acquirer's portal is evidence_unverified.
add(
    "stale_portal",
    "Buildium",
    "Egret Pumice Property Management",
    "egretpumice.com",
    "https://egretpumice.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "egretpumice.com": own(
            "Egret Pumice Property Management",
            "<h2>We've joined Merlin Cobalt Residential!</h2><p>As of March 1, 2025, every home formerly managed by "
            "Egret Pumice Property Management is managed by Merlin Cobalt Residential. Residents, please log in to "
            "your new portal: "
            + a("https://merlincobalt.managebuilding.com/Resident/portal/login", "Merlin Cobalt Resident Center")
            + "</p>",
            addr=ATX[1],
            year=2025,
        ),
        "egretpumice.managebuilding.com": buildium("Egret Pumice Property Management"),
        "merlincobalt.managebuilding.com": buildium("Merlin Cobalt Residential"),
    },
)
# shape: "is now part of Harrier Basalt Realty ... Harrier Basalt manages all homes from April 1, 2025", while the
# menu still links the company's own live AppFolio portal. Contract silent on the own portal: evidence_unverified
# (no longer a company doing business under this name).
add(
    "stale_portal",
    "AppFolio",
    "Thrasher Pyrite Property Management",
    "thrasherpyrite.com",
    "https://thrasherpyrite.appfolio.com/connect",
    "evidence_unverified",
    {
        "thrasherpyrite.com": own(
            "Thrasher Pyrite Property Management",
            a("https://thrasherpyrite.appfolio.com/connect")
            + "<h2>Big news</h2><p>Thrasher Pyrite Property Management is now part of Harrier Basalt Realty. "
            "Beginning April 1, 2025, Harrier Basalt Realty manages all of our homes; owners and residents will "
            "receive their new portal invitations by email.</p>",
            addr=ATX[2],
            year=2025,
        ),
        "thrasherpyrite.appfolio.com": appfolio("Thrasher Pyrite Property Management"),
    },
)
# shape: "Our property management division has been sold to Kite Serpentine Property Services; we continue to
# offer residential sales" and the Rent Manager portal, given as evidence, still answers. Contract silent:
# evidence_unverified.
add(
    "stale_portal",
    "Rent Manager",
    "Shrike Galena Realty",
    "shrikegalena.com",
    "https://shrikegalena.rmwebaccess.com/",
    "evidence_unverified",
    {
        "shrikegalena.com": own(
            "Shrike Galena Realty",
            "<p>Our property management division has been sold to Kite Serpentine Property Services, effective "
            "July 1, 2025. Shrike Galena Realty continues to help Austin buyers and sellers.</p>"
            "<a href='/listings'>Homes for sale</a>",
            addr=ATX[3],
        ),
        "shrikegalena.rmwebaccess.com": {"/": VENDOR_LOGIN["Rent Manager"]("Shrike Galena Realty")},
    },
)
# shape: homepage links only /residents, which says "we have transitioned our management clients to Pheasant Lapis
# Property Management" and keeps a link for former residents to the old live Propertyware portal. Contract
# silent: evidence_unverified.
add(
    "stale_portal",
    "Propertyware",
    "Martin Schist Property Management",
    "martinschist.com",
    "https://martinschist.propertyware.com/",
    "evidence_unverified",
    {
        "martinschist.com": {
            **own("Martin Schist Property Management", "<a href='/residents'>Residents</a>", year=2025),
            "/residents": page(
                "<h1>Residents</h1><p>Effective September 1, 2025, we have transitioned our management clients to "
                "Pheasant Lapis Property Management. Please contact them for rent payments and repairs.</p>"
                "<p>Former residents can still view past statements: "
                + a("https://martinschist.propertyware.com/", "Tenant Portal")
                + "</p>",
                title="Residents | Martin Schist Property Management",
            ),
        },
        "martinschist.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"]("Martin Schist Property Management")},
    },
)
# shape: sales only now: "no longer offers property management services; we focus exclusively on buying and
# selling"; an unlinked DoorLoop portal still answers. Contract silent: evidence_unverified.
add(
    "stale_portal",
    "DoorLoop",
    "Swallow Citrine Realty",
    "swallowcitrine.com",
    "https://swallowcitrine.app.doorloop.com/",
    "evidence_unverified",
    {
        "swallowcitrine.com": own(
            "Swallow Citrine Realty",
            "<p>As of January 2025, Swallow Citrine Realty no longer offers property management services. We now "
            "focus exclusively on helping Austin families buy and sell homes.</p>",
            addr=ATX[1],
            title="Swallow Citrine Realty | Austin Homes for Sale",
        ),
        "swallowcitrine.app.doorloop.com": {"/": spa_shell("Swallow Citrine Realty | Tenant Portal")},
    },
)
# shape: "we no longer manage properties for outside owners; we manage only homes we own", linked Rentvine portal
# live. Judgement (contract silent): an owner-operator is not a property-management company for hire, so not a
# lead: evidence_unverified.
add(
    "stale_portal",
    "Rentvine",
    "Cowbird Carnelian Homes",
    "cowbirdcarnelian.com",
    None,
    "evidence_unverified",
    {
        "cowbirdcarnelian.com": own(
            "Cowbird Carnelian Homes",
            "<p>Please note: Cowbird Carnelian Homes no longer provides third-party property management. We now "
            "manage only the homes in our own portfolio and are not accepting management clients.</p>"
            + a("https://cowbirdcarnelian.rentvine.com/portals/resident"),
            addr=ATX[2],
        ),
        "cowbirdcarnelian.rentvine.com": {"/portals/resident": spa_shell("Cowbird Carnelian Homes - Resident Portal")},
    },
)
# shape: "This website is no longer maintained" + (c) 2016 + "in 2017 our management clients were transferred to
# Finch Chalcedony Realty"; the linked Buildium portal still answers. Contract silent: evidence_unverified.
add(
    "stale_portal",
    "Buildium",
    "Starling Amethyst Property Management",
    "starlingamethyst.com",
    "https://starlingamethyst.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "starlingamethyst.com": own(
            "Starling Amethyst Property Management",
            "<p><em>This website is no longer maintained.</em> In 2017 our management clients were transferred to "
            "Finch Chalcedony Realty; please contact them directly.</p>"
            + a("https://starlingamethyst.managebuilding.com/Resident/portal/login"),
            addr=ATX[3],
            year=2016,
        ),
        "starlingamethyst.managebuilding.com": buildium("Starling Amethyst Property Management"),
    },
)
# shape: "We are no longer accepting new management clients" + "we are winding down; all management agreements
# ended June 30, 2025"; the AppFolio link is still there and live. Contract silent: evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Nuthatch Olivine Property Management",
    "nuthatcholivine.com",
    None,
    "evidence_unverified",
    {
        "nuthatcholivine.com": own(
            "Nuthatch Olivine Property Management",
            notice(
                "We are no longer accepting new management clients. We have wound down our management business, and "
                "all management agreements ended June 30, 2025. Owners will receive final statements by mail."
            )
            + a("https://nuthatcholivine.appfolio.com/connect", "Owner & Resident Portal"),
        ),
        "nuthatcholivine.appfolio.com": appfolio("Nuthatch Olivine Property Management"),
    },
)
# shape: a merger: "Godwit Jade Realty and Yellowlegs Cobalt Homes have merged to become Godwit Yellowlegs
# Residential; visit our new website" on the old site that still links its own live Buildium portal. The candidate
# (the old name) no longer trades: evidence_unverified (contract silent).
add(
    "stale_portal",
    "Buildium",
    "Godwit Jade Realty",
    "godwitjade.com",
    "https://godwitjade.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "godwitjade.com": own(
            "Godwit Jade Realty",
            "<h2>Two teams, one company</h2><p>Godwit Jade Realty and Yellowlegs Cobalt Homes have merged to become "
            "Godwit Yellowlegs Residential. Visit our new website at godwityellowlegs.com.</p>"
            + a("https://godwitjade.managebuilding.com/Resident/portal/login"),
            addr=ATX[1],
            year=2024,
        ),
        "godwitjade.managebuilding.com": buildium("Godwit Jade Realty"),
    },
)
# shape: the company's domain now 301s to its acquirer's site, which says "Titmouse Onyx Rentals has joined Pelican
# Jade Property Management" and links Pelican Jade's own AppFolio portal; the agent gave Titmouse Onyx's old
# account, still live. Contract silent on a domain that redirects to another company: evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Titmouse Onyx Rentals",
    "titmouseonyx.com",
    "https://titmouseonyx.appfolio.com/connect",
    "evidence_unverified",
    {
        "titmouseonyx.com": {"/": redirect("https://www.pelicanjade.com/?utm_source=titmouseonyx", 301)},
        "www.pelicanjade.com": own(
            "Pelican Jade Property Management",
            "<p>Welcome, Titmouse Onyx Rentals owners and residents! Titmouse Onyx Rentals has joined Pelican Jade "
            "Property Management, and we are glad to have you.</p>"
            + a("https://pelicanjade.appfolio.com/connect", "Resident Portal"),
            addr=ATX[2],
        ),
        "titmouseonyx.appfolio.com": appfolio("Titmouse Onyx Rentals"),
        "pelicanjade.appfolio.com": appfolio("Pelican Jade Property Management"),
    },
)
# shape: homepage banner "Effective August 1, 2025, Spoonbill Barite no longer manages your home. Your new property
# manager is Crane Sandstone Realty", with the old Rentec link still in the menu and live. The contract reads this
# wording as stale on a portal; on the company's own homepage it is silent: evidence_unverified.
add(
    "stale_portal",
    "Rentec Direct",
    "Spoonbill Barite Property Management",
    "spoonbillbarite.com",
    "https://spoonbillbarite.rentecdirect.com/",
    "evidence_unverified",
    {
        "spoonbillbarite.com": own(
            "Spoonbill Barite Property Management",
            a("https://spoonbillbarite.rentecdirect.com/", "Tenant Login")
            + notice(
                "IMPORTANT NOTICE TO RESIDENTS: Effective August 1, 2025, Spoonbill Barite Property Management no longer "
                "manages your home. Your new property manager is Crane Sandstone Realty. Do not send rent to us."
            ),
            addr=ATX[3],
            year=2025,
        ),
        "spoonbillbarite.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Spoonbill Barite Property Management")},
    },
)

# ========================================================== stale portals ==================

# shape: the linked Buildium Resident Center says above its login form "This Resident Center is no longer active"
add(
    "stale_portal",
    "Buildium",
    "Kestrel Chalcedony Property Management",
    "kestrelchalcedony.com",
    "https://kestrelchalcedony.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "kestrelchalcedony.com": own(
            "Kestrel Chalcedony Property Management",
            a("https://kestrelchalcedony.managebuilding.com/Resident/portal/login"),
            addr=ATX[1],
        ),
        "kestrelchalcedony.managebuilding.com": {
            "/Resident/portal/login": _login(
                "Kestrel Chalcedony Property Management - Resident Center",
                "Kestrel Chalcedony Property Management Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra="<div class='alert alert-warning'>This Resident Center is no longer active. Please contact your "
                "property manager for information about your new portal.</div>",
            )
        },
    },
)
# shape: unlinked AppFolio portal: "Merlin Onyx Property Management no longer manages your home; as of 10/1/2025
# your home is managed by Swift Quartz Realty" above the sign-in form
add(
    "stale_portal",
    "AppFolio",
    "Merlin Onyx Property Management",
    "merlinonyx.com",
    "https://merlinonyx.appfolio.com/connect",
    "evidence_unverified",
    {
        "merlinonyx.com": own("Merlin Onyx Property Management", "<p>Leasing and management in Central Texas.</p>"),
        "merlinonyx.appfolio.com": {
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": _login(
                "Online Portal - Sign In",
                "Merlin Onyx Property Management",
                user="user[email]",
                footer="Powered by AppFolio Property Manager",
                extra="<p class='notice'>Merlin Onyx Property Management no longer manages your home. As of 10/1/2025 "
                "your home is managed by Swift Quartz Realty. Please contact them to set up your new account.</p>",
            ),
        },
    },
)
# shape: Rent Manager rmresident portal: "This account is inactive. Online payments are no longer accepted."
add(
    "stale_portal",
    "Rent Manager",
    "Swift Garnet Homes",
    "swiftgarnet.com",
    "https://swiftgarnet.rmresident.com/",
    "evidence_unverified",
    {
        "swiftgarnet.com": own("Swift Garnet Homes", a("https://swiftgarnet.rmresident.com/", "Resident Portal"), addr=ATX[2]),
        "swiftgarnet.rmresident.com": {
            "/": _login(
                "Resident Portal",
                "Swift Garnet Homes",
                user="txtUserName",
                footer="Rent Manager",
                extra="<div class='validation-summary-errors'>This account is inactive. Online payments are no longer "
                "accepted.</div>",
            )
        },
    },
)
# shape: the Buildium portal given says "We have moved! Our new resident portal is grebefluorite.appfolio.com; this
# portal will be retired on 12/31/2025" above its login: the contract's moved-to-another-PMS notice, pms_mismatch
add(
    "stale_portal",
    "Buildium",
    "Grebe Fluorite Rentals",
    "grebefluorite.com",
    "https://grebefluorite.managebuilding.com/Resident/portal/login",
    "pms_mismatch",
    {
        "grebefluorite.com": own("Grebe Fluorite Rentals", "<p>Homes for rent in Austin and Manor.</p>", addr=ATX[3]),
        "grebefluorite.managebuilding.com": {
            "/Resident/portal/login": _login(
                "Grebe Fluorite Rentals - Resident Center",
                "Grebe Fluorite Rentals Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra="<div class='alert'>We have moved! Our new resident portal is "
                "<a href='https://grebefluorite.appfolio.com/connect'>grebefluorite.appfolio.com</a>. "
                "This portal will be retired on 12/31/2025.</div>",
            )
        },
        "grebefluorite.appfolio.com": appfolio("Grebe Fluorite Rentals"),
    },
)

# ===================================================== everyday rejections =================

# shape: the domain lapsed and is parked for sale (Sedo-style lander) while the Buildium account still answers
add(
    "parked",
    "Buildium",
    "Bobwhite Granite Property Management",
    "bobwhitegranite.com",
    "https://bobwhitegranite.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "bobwhitegranite.com": parked(
            "<h1>bobwhitegranite.com</h1><p>This domain is for sale! Make an offer today.</p>"
            "<a href='https://sedo.com/search/details/?domain=bobwhitegranite.com&amp;partnerid=324561'>Buy now</a>",
            title="bobwhitegranite.com - This domain is for sale",
            head="<script src='https://img.sedoparking.com/js/parking.js'></script>",
        ),
        "bobwhitegranite.managebuilding.com": buildium("Bobwhite Granite Property Management"),
    },
)
# shape: the company's domain no longer resolves (a closed firm let it lapse); its AppFolio account still answers
add(
    "dead_domain",
    "AppFolio",
    "Pheasant Obsidian Realty",
    "pheasantobsidian.com",
    "https://pheasantobsidian.appfolio.com/connect",
    "dead_domain",
    {"pheasantobsidian.appfolio.com": appfolio("Pheasant Obsidian Realty")},
    unresolvable=("pheasantobsidian.com",),
)
# shape: Yardi securecafe portal linked from the site answers servers with a Cloudflare challenge
add(
    "bot_wall",
    "Yardi",
    "Jacana Turquoise Residential",
    "jacanaturquoise.com",
    "https://jacanaturquoise.securecafe.com/residentservices/jacanaturquoise/userlogin.aspx",
    "unverifiable",
    {
        "jacanaturquoise.com": own(
            "Jacana Turquoise Residential",
            a("https://jacanaturquoise.securecafe.com/residentservices/jacanaturquoise/userlogin.aspx", "Resident Services"),
        ),
        "jacanaturquoise.securecafe.com": everywhere(CF_CHALLENGE),
    },
)
# shape: unlinked Entrata portal answering a bare 403 (Entrata's known answer to servers)
add(
    "bot_wall",
    "Entrata",
    "Limpkin Agate Residential",
    "limpkinagate.com",
    "https://limpkinagate.residentportal.com/resident_portal/?module=authentication",
    "unverifiable",
    {
        "limpkinagate.com": own("Limpkin Agate Residential", "<p>Apartment homes in East Austin.</p>", addr=ATX[1]),
        "limpkinagate.residentportal.com": everywhere(BARE_403),
    },
)
# shape: "We've moved to a new resident portal!" - the site now links only an AppFolio account; the Buildium account
# given still answers. A site linking another PMS and not this one: pms_mismatch.
add(
    "other_pms",
    "Buildium",
    "Bobolink Jasper Property Management",
    "bobolinkjasper.com",
    "https://bobolinkjasper.managebuilding.com/Resident/portal/login",
    "pms_mismatch",
    {
        "bobolinkjasper.com": own(
            "Bobolink Jasper Property Management",
            notice("We've moved to a new resident portal! Starting June 1, 2025, please log in at our new portal.")
            + a("https://bobolinkjasper.appfolio.com/connect", "New Resident Portal"),
            addr=ATX[2],
        ),
        "bobolinkjasper.managebuilding.com": buildium("Bobolink Jasper Property Management"),
        "bobolinkjasper.appfolio.com": appfolio("Bobolink Jasper Property Management"),
    },
)
# shape: a Louisiana company (Baton Rouge address only, no Texas anywhere) linking a live Buildium portal
add(
    "site_links_portal",
    "Buildium",
    "Gull Azurite Property Management",
    "gullazurite.com",
    None,
    "wrong_state",
    {
        "gullazurite.com": own(
            "Gull Azurite Property Management",
            "<p>Serving Baton Rouge and Ascension Parish.</p>"
            + a("https://gullazurite.managebuilding.com/Resident/portal/login"),
            addr="<p>7600 Jefferson Hwy, Baton Rouge, LA 70809 &middot; (225) 555-0131</p>",
        ),
        "gullazurite.managebuilding.com": buildium("Gull Azurite Property Management"),
    },
)
# shape: a company that LEFT Texas: "We closed our Austin, Texas office in 2023 and now serve the Tulsa metro only",
# Tulsa address, live linked portal. The contract's rule would pass it (the homepage names Texas); the meaning of
# wrong_state (not in the requested state) and a careful team say reject: wrong_state (judgement).
add(
    "site_links_portal",
    "Buildium",
    "Scissortail Quartzite Property Management",
    "scissortailquartzite.com",
    "https://scissortailquartzite.managebuilding.com/Resident/portal/login",
    "wrong_state",
    {
        "scissortailquartzite.com": own(
            "Scissortail Quartzite Property Management",
            "<p>We closed our Austin, Texas office in 2023 and now serve the Tulsa metro only.</p>"
            + a("https://scissortailquartzite.managebuilding.com/Resident/portal/login"),
            addr="<p>320 S Boston Ave, Suite 900, Tulsa, OK 74103 &middot; (918) 555-0166</p>",
        ),
        "scissortailquartzite.managebuilding.com": buildium("Scissortail Quartzite Property Management"),
    },
)
# shape: a vendor marketing page (customer story) given as evidence; the site links no portal: no_pms_evidence
add(
    "vendor_wide",
    "AppFolio",
    "Kinglet Chert Property Management",
    "kingletchert.com",
    "https://www.appfolio.com/customers/stories/kinglet-chert-austin-2024",
    "no_pms_evidence",
    {
        "kingletchert.com": own("Kinglet Chert Property Management", "<p>Call us to pay rent or request repairs.</p>"),
        "www.appfolio.com": {
            "/customers/stories/kinglet-chert-austin-2024": page(
                "<h1>How an Austin property manager grew 40%</h1><p>Customer story.</p>",
                title="Customer Stories | AppFolio",
            )
        },
    },
)
# shape: an AppFolio CDN image (a logo) given as evidence; the site links no portal: no_pms_evidence
add(
    "asset",
    "AppFolio",
    "Verdin Jade Property Management",
    "verdinjade.com",
    "https://images.cdn.appfolio.com/verdinjade/images/8f1c2a44-logo.png",
    "no_pms_evidence",
    {
        "verdinjade.com": own("Verdin Jade Property Management", "<p>Austin rentals, managed locally.</p>", addr=ATX[3]),
        "images.cdn.appfolio.com": {
            "/verdinjade/images/8f1c2a44-logo.png": raw(200, "\x89PNG\r\n\x1a\n", content_type="image/png")
        },
    },
)
# shape: the Buildium account given does not exist ("could not be found"); the site links no portal
add(
    "no_account",
    "Buildium",
    "Cardinal Pumice Property Management",
    "cardinalpumice.com",
    "https://cardinalpumice.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "cardinalpumice.com": own("Cardinal Pumice Property Management", "<p>Locally owned since 2011.</p>", addr=ATX[1]),
        "cardinalpumice.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account could not be found.</h2><a href='/'>Return to login</a>",
                title="Account not found",
                status=404,
            )
        },
    },
)
# shape: a live Austin property manager whose site shows no portal at all ("pay by check at the office"), no evidence
add(
    "no_portal",
    "Rentvine",
    "Lark Basalt Property Management",
    "larkbasalt.com",
    None,
    "no_pms_evidence",
    {
        "larkbasalt.com": {
            **own("Lark Basalt Property Management", "<a href='/residents'>Residents</a>", addr=ATX[2]),
            "/residents": page(
                "<h1>Residents</h1><p>Rent is due on the 1st. Drop checks or money orders at the office, or call "
                "(512) 555-0104 for repairs.</p>",
                title="Residents",
            ),
        },
    },
)
# shape: the Propertyware account the site links is gone (404) on an otherwise normal site: evidence_unverified
add(
    "no_account",
    "Propertyware",
    "Warbler Beryl Realty",
    "warblerberyl.com",
    None,
    "evidence_unverified",
    {
        "warblerberyl.com": own(
            "Warbler Beryl Realty", a("https://warblerberyl.propertyware.com/", "Tenant Portal"), addr=ATX[3]
        ),
        "warblerberyl.propertyware.com": {"/": not_found("Page Not Found")},
    },
)

HOLDOUT19: list[Case] = collector.cases
