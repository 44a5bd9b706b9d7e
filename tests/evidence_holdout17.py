"""Seventeenth blind corpus: an ordinary night across the less common vendors of the vendor table.

Focus and mix: 52 Texas candidates over Rentvine, DoorLoop, TenantCloud, Yardi (RentCafe and
securecafe), Rentec Direct, Entrata (residentportal.com, prospectportal.com), ResMan, MRI
ResidentConnect, RealPage (ActiveBuilding, online leasing) and Rent Manager (a homepage
login form posting to an rmwebaccess.com account, rmresident.com and twa hosts), four to six cases each. About half
are real leads (a site linking its account portal in a menu, a footer, a portal picker, an
onclick button, a login form, a /residents page, a Google link wrapper or a pay.<domain> vanity
host; an unlinked live portal naming the company or the apartment community), the rest
everyday rejections (vendor-wide sign-ins given as evidence, dead accounts, another vendor on
the site, stale or handed-over portals, parked and dead domains, a company in Oklahoma, the
Cloudflare and bare-403 answers Yardi and Entrata give servers) and a few tricky shapes (an
out-of-state head office beside an Austin office, a broker of record beside the link, a portal
sending residents to another PMS, a ResMan auth host that looks like an account, a company site
behind a bot wall with a live portal).

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
bot-wall and confidence sections) and what a careful person concludes from the pages as
served, written without reading or running the checks. The shared sign-in hosts are not
served here. Every page is our own short HTML after the shapes of real vendor portals and
property managers' sites; all names, domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, listings_page, parked, site, spa_shell
from fake_web import everywhere, not_found, page, raw, redirect

collector = Collector("holdout17-")
add = collector.add

ATX = "<p>Office: 2207 S Congress Ave, Suite 140, Austin, TX 78704 &middot; (512) 555-0187</p>"

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Checking your browser before accessing the site.</h1><noscript>Enable JavaScript and cookies to continue"
    "</noscript><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script></div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8a1f3c2d9e7b4a10-DFW"},
)
BARE_403 = raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>")


def sub(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}'>{label}</a>"


# ---------------------------------------------------------------- Rentvine -----------------

# shape: Rentvine resident portal linked from the menu; the SPA shell's title names the company
add(
    "site_links_portal",
    "Rentvine",
    "Quillfeather Property Management",
    "quillfeathernookpm.com",
    "https://quillfeathernook.rentvine.com/portals/resident",
    "high",
    {
        "quillfeathernookpm.com": home(
            "Quillfeather Property Management", sub("https://quillfeathernook.rentvine.com/portals/resident") + ATX
        ),
        "quillfeathernook.rentvine.com": {"/portals/resident": spa_shell("Quillfeather Property Management - Resident Portal")},
    },
)
# shape: unlinked Rentvine public listings page naming the company; homepage links no portal
add(
    "live_portal",
    "Rentvine",
    "Brambleton Lark Rentals",
    "brambletonlark.com",
    "https://brambletonlark.rentvine.com/public/listings",
    "medium",
    {
        "brambletonlark.com": home("Brambleton Lark Rentals", "<p>Call us about available homes.</p>" + ATX),
        "brambletonlark.rentvine.com": {"/public/listings": listings_page("Brambleton Lark Rentals")},
    },
)
# shape: no evidence URL given; the homepage links the Rentvine portal through a Google link wrapper
add(
    "site_links_portal",
    "Rentvine",
    "Oxbow Tarragon Homes",
    "oxbowtarragon.com",
    None,
    "high",
    {
        "oxbowtarragon.com": home(
            "Oxbow Tarragon Homes",
            sub("https://www.google.com/url?q=https://oxbowtarragon.rentvine.com/portals/resident&sa=D&ust=1712345678") + ATX,
        ),
        "oxbowtarragon.rentvine.com": {"/portals/resident": spa_shell("Oxbow Tarragon Homes - Resident Portal")},
    },
)
# shape: Rentvine account that does not exist: the portal path answers 404
add(
    "no_account",
    "Rentvine",
    "Thistlewick Homes",
    "thistlewickhomes.com",
    "https://thistlewickhomes.rentvine.com/portals/resident",
    "evidence_unverified",
    {
        "thistlewickhomes.com": home("Thistlewick Homes", ATX),
        "thistlewickhomes.rentvine.com": {"/portals/resident": not_found("Page not found")},
    },
)
# shape: the Rentvine account given is gone; the site links an AppFolio account portal instead (moved)
add(
    "other_pms",
    "Rentvine",
    "Corvidale Residential",
    "corvidaleresidential.com",
    "https://corvidale.rentvine.com/portals/resident",
    "pms_mismatch",
    {
        "corvidaleresidential.com": home("Corvidale Residential", sub("https://corvidale.appfolio.com/connect") + ATX),
        "corvidale.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Corvidale Residential")},
        "corvidale.rentvine.com": {"/portals/resident": not_found("Page not found")},
    },
)
# shape: the site still links its Rentvine portal, which now says the company no longer manages the home
add(
    "stale_portal",
    "Rentvine",
    "Heronsgate Realty",
    "heronsgaterealty.com",
    "https://heronsgate.rentvine.com/portals/resident",
    "evidence_unverified",
    {
        "heronsgaterealty.com": home("Heronsgate Realty", sub("https://heronsgate.rentvine.com/portals/resident") + ATX),
        "heronsgate.rentvine.com": {
            "/portals/resident": page(
                "<div class='alert'>Heronsgate Realty no longer manages your home. Your lease and deposit were transferred "
                "to Pintail Cove Residential on March 1; please contact them for your new portal.</div><div id='app'></div>",
                title="Heronsgate Realty - Resident Portal",
            )
        },
    },
)
# shape: unlinked Rentvine listings titled with the company's initials only
# ambiguous: the contract says initials are set aside in name comparisons; the homepage never spells "GLPM" out
add(
    "live_portal",
    "Rentvine",
    "Gravelmint Lane Property Management",
    "gravelmintlane.com",
    "https://gravelmintlane.rentvine.com/public/listings",
    "medium",
    {
        "gravelmintlane.com": home("Gravelmint Lane Property Management", ATX),
        "gravelmintlane.rentvine.com": {"/public/listings": listings_page("GLPM")},
    },
)

# ---------------------------------------------------------------- DoorLoop -----------------

# shape: DoorLoop tenant portal offered in a portal picker (<option value=URL>) on the homepage
add(
    "site_links_portal",
    "DoorLoop",
    "Wrenhollow Residential",
    "wrenhollowresidential.com",
    "https://wrenhollowmere.app.doorloop.com/",
    "high",
    {
        "wrenhollowresidential.com": home(
            "Wrenhollow Residential",
            "<label>Portal login</label><select onchange='window.location=this.value'><option value=''>Choose...</option>"
            "<option value='https://wrenhollowmere.app.doorloop.com/'>Tenant Portal</option>"
            "<option value='https://wrenhollowmere.app.doorloop.com/'>Owner Portal</option></select>" + ATX,
        ),
        "wrenhollowmere.app.doorloop.com": {"/": spa_shell("Wrenhollow Residential | Tenant Portal")},
    },
)
# shape: unlinked DoorLoop portal, SPA shell titled with the company
add(
    "live_portal",
    "DoorLoop",
    "Cobblestone Marigold Realty",
    "cobblestonemarigold.com",
    "https://cobblestonemarigold.app.doorloop.com/",
    "medium",
    {
        "cobblestonemarigold.com": home("Cobblestone Marigold Realty", "<p>Leasing and management since 2011.</p>" + ATX),
        "cobblestonemarigold.app.doorloop.com": {"/": spa_shell("Cobblestone Marigold Realty | Tenant Portal")},
    },
)
# shape: the evidence is DoorLoop's vendor-wide app login, not an account
# ambiguous: a vendor-wide evidence URL could read as no_pms_evidence; the contract's evidence rule says evidence_unverified
add(
    "vendor_wide",
    "DoorLoop",
    "Fennimore Slate Properties",
    "fennimoreslate.com",
    "https://app.doorloop.com/login",
    "evidence_unverified",
    {"fennimoreslate.com": home("Fennimore Slate Properties", ATX)},
)
# shape: a live DoorLoop portal, but the company's domain does not exist (nor its www.)
add(
    "dead_domain",
    "DoorLoop",
    "Pemberly Quartzite Rentals",
    "pemberlyquartzite.com",
    "https://pemberlyquartzite.app.doorloop.com/",
    "dead_domain",
    {"pemberlyquartzite.app.doorloop.com": {"/": spa_shell("Pemberly Quartzite Rentals | Tenant Portal")}},
    unresolvable=("pemberlyquartzite.com", "www.pemberlyquartzite.com"),
)
# shape: a Tulsa, Oklahoma company (every address OK, no Texas anywhere) with a live DoorLoop portal
add(
    "live_portal",
    "DoorLoop",
    "Okmulgee Larchmere Rentals",
    "larchmererentals.com",
    "https://larchmere.app.doorloop.com/",
    "wrong_state",
    {
        "larchmererentals.com": home(
            "Okmulgee Larchmere Rentals",
            "<p>Serving Tulsa, Broken Arrow and Bixby.</p><p>4120 S Peoria Ave, Tulsa, OK 74105 &middot; (918) 555-0144</p>",
        ),
        "larchmere.app.doorloop.com": {"/": spa_shell("Okmulgee Larchmere Rentals | Tenant Portal")},
    },
)
# shape: a Denver head office beside an Austin office; the site links its DoorLoop portal
add(
    "site_links_portal",
    "DoorLoop",
    "Bristlecone Ammonite Management",
    "bristleconeammonite.com",
    "https://bristleconeammonite.app.doorloop.com/",
    "high",
    {
        "bristleconeammonite.com": home(
            "Bristlecone Ammonite Management",
            sub("https://bristleconeammonite.app.doorloop.com/", "Tenant Portal")
            + "<p>Corporate office: 1550 Wynkoop St, Denver, CO 80202</p>"
            "<p>Austin office: 3801 N Lamar Blvd, Austin, TX 78756</p>",
        ),
        "bristleconeammonite.app.doorloop.com": {"/": spa_shell("Bristlecone Ammonite Management | Tenant Portal")},
    },
)

# ---------------------------------------------------------------- TenantCloud --------------

# shape: homepage links /residents, which links the TenantCloud account's listings
add(
    "site_links_portal",
    "TenantCloud",
    "Saffron Ridgeline Leasing",
    "saffronridgeline.com",
    "https://saffronridgeline.tenantcloud.com/",
    "high",
    {
        "saffronridgeline.com": site("Saffron Ridgeline Leasing", "https://saffronridgeline.tenantcloud.com/", how="residents"),
        "saffronridgeline.tenantcloud.com": {"/": listings_page("Saffron Ridgeline Leasing")},
    },
)
# shape: unlinked TenantCloud listings page naming the company
add(
    "live_portal",
    "TenantCloud",
    "Dovetail Huckaby Homes",
    "dovetailhuckaby.com",
    "https://dovetailhuckaby.tenantcloud.com/",
    "medium",
    {
        "dovetailhuckaby.com": home("Dovetail Huckaby Homes", ATX),
        "dovetailhuckaby.tenantcloud.com": {"/": listings_page("Dovetail Huckaby Homes")},
    },
)
# shape: TenantCloud account sub-domain that answers 404
add(
    "no_account",
    "TenantCloud",
    "Pewterbrook Rentals",
    "pewterbrookrentals.com",
    "https://pewterbrook.tenantcloud.com/",
    "evidence_unverified",
    {
        "pewterbrookrentals.com": home("Pewterbrook Rentals", ATX),
        "pewterbrook.tenantcloud.com": {"/": not_found("Page not found")},
    },
)
# shape: live TenantCloud listings given, but the site links only a Buildium account portal
add(
    "other_pms",
    "TenantCloud",
    "Marrowby Glen Property Co",
    "marrowbyglen.com",
    "https://marrowbyglen.tenantcloud.com/",
    "pms_mismatch",
    {
        "marrowbyglen.com": home(
            "Marrowby Glen Property Co", sub("https://marrowbyglen.managebuilding.com/Resident/portal/login") + ATX
        ),
        "marrowbyglen.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Marrowby Glen Property Co")},
        "marrowbyglen.tenantcloud.com": {"/": listings_page("Marrowby Glen Property Co")},
    },
)
# shape: live TenantCloud listings, but the company domain is a Sedo parking page
add(
    "parked",
    "TenantCloud",
    "Kettleburn Homes",
    "kettleburnhomes.com",
    "https://kettleburn.tenantcloud.com/",
    "dead_domain",
    {
        "kettleburnhomes.com": parked(
            "<h1>kettleburnhomes.com</h1><p>This domain is for sale!</p>"
            "<a href='https://sedo.com/search/details/?domain=kettleburnhomes.com&utm_medium=parking&utm_campaign=offerpage'>"
            "Buy this domain</a><p>Related searches: Austin Rentals, Homes for Rent</p>",
            title="kettleburnhomes.com",
            head="<script src='https://img.sedoparking.com/js/park.js'></script>",
        ),
        "kettleburn.tenantcloud.com": {"/": listings_page("Kettleburn Homes")},
    },
)

# ---------------------------------------------------------------- Yardi --------------------

# shape: the site links its securecafe portal, which answers servers with a Cloudflare challenge
add(
    "bot_wall",
    "Yardi",
    "Larkspur Vane Apartments",
    "larkspurvane.com",
    "https://larkspurvane.securecafe.com/residentservices/larkspur-vane-apartments/userlogin.aspx",
    "unverifiable",
    {
        "larkspurvane.com": home(
            "Larkspur Vane Apartments",
            sub("https://larkspurvane.securecafe.com/residentservices/larkspur-vane-apartments/userlogin.aspx", "Residents")
            + ATX,
            title="Larkspur Vane Apartments | Apartments in Austin, TX",
        ),
        "larkspurvane.securecafe.com": everywhere(CF_CHALLENGE),
    },
)
# shape: unlinked RentCafe account answering a bare 403 with no portal
add(
    "bot_wall",
    "Yardi",
    "Bellwether Tansy Lofts",
    "bellwethertansy.com",
    "https://bellwethertansy.rentcafe.com/",
    "unverifiable",
    {
        "bellwethertansy.com": home("Bellwether Tansy Lofts", ATX, title="Bellwether Tansy Lofts | Austin Apartments"),
        "bellwethertansy.rentcafe.com": everywhere(BARE_403),
    },
)
# shape: community site links its securecafe login, which answers with the login form naming the property
add(
    "site_links_portal",
    "Yardi",
    "Mesquite Tinder Flats",
    "mesquitetinderflats.com",
    "https://mesquitetinder.securecafe.com/residentservices/mesquite-tinder-flats/userlogin.aspx",
    "high",
    {
        "mesquitetinderflats.com": home(
            "Mesquite Tinder Flats",
            sub("https://mesquitetinder.securecafe.com/residentservices/mesquite-tinder-flats/userlogin.aspx", "Resident Portal")
            + "<p>1200 E Riverside Dr, Austin, TX 78741</p>",
            title="Mesquite Tinder Flats | Apartments in Austin, TX",
        ),
        "mesquitetinder.securecafe.com": {
            "/residentservices/mesquite-tinder-flats/userlogin.aspx": VENDOR_LOGIN["Yardi"]("Mesquite Tinder Flats")
        },
    },
)
# shape: unlinked RentCafe account, live login naming the community the candidate is
add(
    "live_portal",
    "Yardi",
    "Cinderbloom Apartments",
    "cinderbloomapts.com",
    "https://cinderbloom.rentcafe.com/",
    "medium",
    {
        "cinderbloomapts.com": home("Cinderbloom Apartments", "<p>8800 Burnet Rd, Austin, TX 78757</p>"),
        "cinderbloom.rentcafe.com": {"/": VENDOR_LOGIN["Yardi"]("Cinderbloom Apartments")},
    },
)
# shape: RentCafe's vendor-wide user login given as evidence
# ambiguous: evidence_unverified vs no_pms_evidence for a vendor-wide evidence URL (the host is not served)
add(
    "vendor_wide",
    "Yardi",
    "Gossamer Pike Residences",
    "gossamerpike.com",
    "https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx",
    "evidence_unverified",
    {"gossamerpike.com": home("Gossamer Pike Residences", ATX)},
)
# shape: securecafe portal whose login page says the Resident Portal is no longer active
add(
    "stale_portal",
    "Yardi",
    "Halcyon Burrow Townhomes",
    "halcyonburrow.com",
    "https://halcyonburrow.securecafe.com/residentservices/halcyon-burrow-townhomes/userlogin.aspx",
    "evidence_unverified",
    {
        "halcyonburrow.com": home("Halcyon Burrow Townhomes", ATX),
        "halcyonburrow.securecafe.com": {
            "/residentservices/halcyon-burrow-townhomes/userlogin.aspx": _login(
                "Resident Services - Login",
                "Halcyon Burrow Townhomes Resident Login",
                user="Username",
                footer="RENTCafe",
                extra="<div class='alert alert-warning'>This Resident Portal is no longer active. Please contact the "
                "leasing office for assistance.</div>",
            )
        },
    },
)

# ---------------------------------------------------------------- Rentec Direct ------------

# shape: homepage links pay.<domain>, a vanity host redirecting into the Rentec Direct account portal
add(
    "site_links_portal",
    "Rentec Direct",
    "Juniperglade Property Management",
    "juniperglade.com",
    "https://juniperglade.rentecdirect.com/",
    "high",
    {
        "juniperglade.com": home("Juniperglade Property Management", sub("https://pay.juniperglade.com/", "Pay Rent") + ATX),
        "pay.juniperglade.com": {"/": redirect("https://juniperglade.rentecdirect.com/", 301)},
        "juniperglade.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Juniperglade Property Management")},
    },
)
# shape: unlinked Rentec Direct account sub-domain with a tenant login naming the company
add(
    "live_portal",
    "Rentec Direct",
    "Sorghum Hatchway Rentals",
    "sorghumhatchway.com",
    "https://sorghumhatchway.rentecdirect.com/",
    "medium",
    {
        "sorghumhatchway.com": home("Sorghum Hatchway Rentals", ATX),
        "sorghumhatchway.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Sorghum Hatchway Rentals")},
    },
)
# shape: Rentec Direct account sub-domain answering 200 with an "account could not be found" page
add(
    "no_account",
    "Rentec Direct",
    "Wickerbay Homes",
    "wickerbayhomes.com",
    "https://wickerbay.rentecdirect.com/",
    "evidence_unverified",
    {
        "wickerbayhomes.com": home("Wickerbay Homes", ATX),
        "wickerbay.rentecdirect.com": {
            "/": page(
                "<h2>Sorry, this account could not be found.</h2><p>Check the address or contact your property manager.</p>",
                title="Rentec Direct",
            )
        },
    },
)
# shape: no evidence; the site links only a Propertyware account portal
add(
    "other_pms",
    "Rentec Direct",
    "Tallowmere Residential",
    "tallowmere.com",
    None,
    "pms_mismatch",
    {
        "tallowmere.com": home("Tallowmere Residential", sub("https://tallowmere.propertyware.com/", "Tenant Portal") + ATX),
        "tallowmere.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"]("Tallowmere Residential")},
    },
)
# shape: Rentec Direct portal saying above its login form that residents are moving to an AppFolio portal
add(
    "stale_portal",
    "Rentec Direct",
    "Emberlocke Leasing",
    "emberlocke.com",
    "https://emberlocke.rentecdirect.com/",
    "pms_mismatch",
    {
        "emberlocke.com": home("Emberlocke Leasing", ATX),
        "emberlocke.rentecdirect.com": {
            "/": _login(
                "Tenant Login | Rentec Direct",
                "Emberlocke Leasing Tenant Login",
                footer="Property management software by Rentec Direct",
                extra="<p class='notice'>We're moving! Starting June 1 please pay rent at our new AppFolio portal: "
                "emberlockerow.appfolio.com</p>",
            )
        },
    },
)
# shape: the footer line beside the Resident Login link names the broker of record ("X, Broker"); the portal shows that name
add(
    "site_links_portal",
    "Rentec Direct",
    "Bluewicket Leasing",
    "bluewicketleasing.com",
    "https://bluewicket.rentecdirect.com/",
    "high",
    {
        "bluewicketleasing.com": {
            "/": page(
                "<nav><a href='/'>Home</a><a href='/rentals'>Rentals</a></nav><main><h1>Bluewicket Leasing</h1>"
                "<p>Homes for rent across Austin, TX.</p></main><footer><p><a href='https://bluewicket.rentecdirect.com/'>"
                "Resident Login</a> &middot; Tamsin Oakhurst Realty LLC, Broker &middot; TREC License #0612398</p>"
                "<p>&copy; 2026 Bluewicket Leasing</p></footer>",
                title="Bluewicket Leasing | Austin Rentals",
            )
        },
        "bluewicket.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Tamsin Oakhurst Realty LLC")},
    },
)

# ---------------------------------------------------------------- Entrata ------------------

# shape: Entrata resident portal behind a Cloudflare managed challenge
add(
    "bot_wall",
    "Entrata",
    "Quillon Bend Apartments",
    "quillonbend.com",
    "https://quillonbend.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "unverifiable",
    {
        "quillonbend.com": home("Quillon Bend Apartments", ATX),
        "quillonbend.residentportal.com": everywhere(CF_CHALLENGE),
    },
)
# shape: Entrata account answering a bare 403 with no portal
add(
    "bot_wall",
    "Entrata",
    "Sparrowgate Commons",
    "sparrowgatecommons.com",
    "https://sparrowgate.residentportal.com/",
    "unverifiable",
    {
        "sparrowgatecommons.com": home("Sparrowgate Commons", ATX),
        "sparrowgate.residentportal.com": everywhere(BARE_403),
    },
)
# shape: community site links its residentportal.com login, which answers with a login form naming the property
add(
    "site_links_portal",
    "Entrata",
    "Thornapple Vesper Apartments",
    "thornapplevesper.com",
    "https://thornapplevesper.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "high",
    {
        "thornapplevesper.com": home(
            "Thornapple Vesper Apartments",
            sub(
                "https://thornapplevesper.residentportal.com/resident_portal/?module=authentication&action=view_login",
                "Residents",
            )
            + "<p>6500 Slaughter Ln, Austin, TX 78749</p>",
        ),
        "thornapplevesper.residentportal.com": {"/resident_portal/": VENDOR_LOGIN["Entrata"]("Thornapple Vesper Apartments")},
    },
)
# shape: a manager's site links a community's Entrata portal that says the manager no longer manages it
add(
    "stale_portal",
    "Entrata",
    "Sable Quoin Residential",
    "sablequoin.com",
    "https://quoinriverside.residentportal.com/resident_portal/",
    "evidence_unverified",
    {
        "sablequoin.com": home(
            "Sable Quoin Residential", sub("https://quoinriverside.residentportal.com/resident_portal/", "Resident Portal") + ATX
        ),
        "quoinriverside.residentportal.com": {
            "/resident_portal/": _login(
                "Resident Portal | Login",
                "The Quoin at Riverside Resident Portal",
                extra="<div class='banner'>Sable Quoin Residential no longer manages The Quoin at Riverside. "
                "Please watch your email for your new portal invitation.</div>",
            )
        },
    },
)
# shape: Entrata's vendor-wide residentportal.com home given as evidence
# ambiguous: evidence_unverified vs no_pms_evidence for a vendor-wide evidence URL (the host is not served)
add(
    "vendor_wide",
    "Entrata",
    "Gilded Mallow Apartments",
    "gildedmallow.com",
    "https://www.residentportal.com/",
    "evidence_unverified",
    {"gildedmallow.com": home("Gilded Mallow Apartments", ATX)},
)
# shape: unlinked Entrata prospectportal.com account naming the community the candidate is
add(
    "live_portal",
    "Entrata",
    "Wolfberry Terrace",
    "wolfberryterrace.com",
    "https://wolfberryterrace.prospectportal.com/",
    "medium",
    {
        "wolfberryterrace.com": home("Wolfberry Terrace", "<p>9100 Brodie Ln, Austin, TX 78748</p>"),
        "wolfberryterrace.prospectportal.com": {
            "/": page(
                "<h1>Wolfberry Terrace</h1><p>Apply online or sign in to the Resident Portal.</p>"
                "<form method='post'><input name='username'><input type='password' name='password'>"
                "<button>Log In</button></form>",
                title="Wolfberry Terrace - Apply Online",
            )
        },
    },
)

# ---------------------------------------------------------------- ResMan -------------------

# shape: site links its ResMan account sign-in; the form's footer names the company
add(
    "site_links_portal",
    "ResMan",
    "Pecan Whistle Residential",
    "pecanwhistle.com",
    "https://pecanwhistle.myresman.com/Portal/Access/SignIn",
    "high",
    {
        "pecanwhistle.com": site(
            "Pecan Whistle Residential", "https://pecanwhistle.myresman.com/Portal/Access/SignIn", how="footer"
        ),
        "pecanwhistle.myresman.com": {"/Portal/Access/SignIn": VENDOR_LOGIN["ResMan"]("Pecan Whistle Residential")},
    },
)
# shape: unlinked ResMan account naming the community the candidate is
add(
    "live_portal",
    "ResMan",
    "Coppervale Yarrow Apartments",
    "coppervaleyarrow.com",
    "https://coppervaleyarrow.myresman.com/Portal/Access/SignIn",
    "medium",
    {
        "coppervaleyarrow.com": home("Coppervale Yarrow Apartments", "<p>2400 Wickersham Ln, Austin, TX 78741</p>"),
        "coppervaleyarrow.myresman.com": {"/Portal/Access/SignIn": VENDOR_LOGIN["ResMan"]("Coppervale Yarrow Apartments")},
    },
)
# shape: a *.auth.myresman.com sign-in (vendor-wide by the table) given as evidence, though it looks like an account
# ambiguous: evidence_unverified vs no_pms_evidence for a vendor-wide evidence URL
add(
    "vendor_wide",
    "ResMan",
    "Lantana Forgewell Properties",
    "lantanaforgewell.com",
    "https://lantanaforgewell.auth.myresman.com/Account/Login",
    "evidence_unverified",
    {
        "lantanaforgewell.com": home("Lantana Forgewell Properties", ATX),
        "lantanaforgewell.auth.myresman.com": {"/Account/Login": _login("ResMan - Sign In", "Sign In", footer="ResMan")},
    },
)
# shape: ResMan account sub-domain answering 200 with "the property could not be found"
add(
    "no_account",
    "ResMan",
    "Mulberry Kiln Flats",
    "mulberrykilnflats.com",
    "https://mulberrykiln.myresman.com/Portal/Access/SignIn",
    "evidence_unverified",
    {
        "mulberrykilnflats.com": home("Mulberry Kiln Flats", ATX),
        "mulberrykiln.myresman.com": {
            "/Portal/Access/SignIn": page(
                "<h2>The property you are looking for could not be found.</h2><p>Please check the link.</p>", title="ResMan"
            )
        },
    },
)

# ---------------------------------------------------------------- MRI ----------------------

# shape: site links its MRI ResidentConnect account through an onclick button
add(
    "site_links_portal",
    "MRI",
    "Larchcourt Pavilion Homes",
    "larchcourtpavilion.com",
    "https://larchcourt.mriresidentconnect.com/",
    "high",
    {
        "larchcourtpavilion.com": site("Larchcourt Pavilion Homes", "https://larchcourt.mriresidentconnect.com/", how="onclick"),
        "larchcourt.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Larchcourt Pavilion Homes")},
    },
)
# shape: unlinked MRI ResidentConnect account naming the company
add(
    "live_portal",
    "MRI",
    "Ravensholt Living",
    "ravensholtliving.com",
    "https://ravensholt.mriresidentconnect.com/",
    "medium",
    {
        "ravensholtliving.com": home("Ravensholt Living", ATX),
        "ravensholt.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Ravensholt Living")},
    },
)
# shape: MRI ResidentConnect portal saying it will be retired, above its login form
add(
    "stale_portal",
    "MRI",
    "Foxglen Umber Apartments",
    "foxglenumber.com",
    "https://foxglenumber.mriresidentconnect.com/",
    "evidence_unverified",
    {
        "foxglenumber.com": home("Foxglen Umber Apartments", ATX),
        "foxglenumber.mriresidentconnect.com": {
            "/": _login(
                "ResidentConnect",
                "Foxglen Umber Apartments ResidentConnect",
                footer="MRI Software",
                extra="<p class='notice'>This ResidentConnect site will be retired on May 31, 2026. Please register at the "
                "new resident portal from the link in your email.</p>",
            )
        },
    },
)
# shape: the company site answers servers with a Cloudflare challenge; the MRI portal is live and names it
add(
    "live_portal",
    "MRI",
    "Harrowgate Sumac Properties",
    "harrowgatesumac.com",
    "https://harrowgatesumac.mriresidentconnect.com/",
    "medium",
    {
        "harrowgatesumac.com": everywhere(CF_CHALLENGE),
        "harrowgatesumac.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Harrowgate Sumac Properties")},
    },
)

# ---------------------------------------------------------------- RealPage -----------------

# shape: community site links its ActiveBuilding account
add(
    "site_links_portal",
    "RealPage",
    "Sorrelmoss Heights",
    "sorrelmossheights.com",
    "https://sorrelmoss.activebuilding.com/",
    "high",
    {
        "sorrelmossheights.com": home(
            "Sorrelmoss Heights",
            sub("https://sorrelmoss.activebuilding.com/", "Resident Login") + "<p>7200 E Ben White Blvd, Austin, TX 78741</p>",
        ),
        "sorrelmoss.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Sorrelmoss Heights")},
    },
)
# shape: unlinked RealPage online-leasing account naming the community the candidate is
add(
    "live_portal",
    "RealPage",
    "Cinderfenwick Place",
    "cinderfenwickplace.com",
    "https://cinderfenwick.onlineleasing.realpage.com/",
    "medium",
    {
        "cinderfenwickplace.com": home("Cinderfenwick Place", "<p>5100 Parmer Ln, Austin, TX 78727</p>"),
        "cinderfenwick.onlineleasing.realpage.com": {
            "/": page(
                "<h1>Cinderfenwick Place</h1><h2>Online Leasing</h2><p>Choose a floor plan and apply.</p>"
                "<form method='post'><input name='email'><input type='password' name='password'><button>Sign In</button></form>",
                title="Cinderfenwick Place - Online Leasing",
            )
        },
    },
)
# shape: ActiveBuilding account that answers 404 "community not found"
add(
    "no_account",
    "RealPage",
    "Tamarind Boxwood Villas",
    "tamarindboxwood.com",
    "https://tamarindboxwood.activebuilding.com/",
    "evidence_unverified",
    {
        "tamarindboxwood.com": home("Tamarind Boxwood Villas", ATX),
        "tamarindboxwood.activebuilding.com": {"/": not_found("Community not found")},
    },
)
# shape: ActiveBuilding page with no login form sending residents to the community's new Entrata portal
add(
    "stale_portal",
    "RealPage",
    "Brackenfold Crossing",
    "brackenfoldcrossing.com",
    "https://brackenfold.activebuilding.com/",
    "pms_mismatch",
    {
        "brackenfoldcrossing.com": home("Brackenfold Crossing", ATX),
        "brackenfold.activebuilding.com": {
            "/": page(
                "<h1>Brackenfold Crossing</h1><p>We have moved! Residents now pay rent and request maintenance at our new "
                "resident portal: <a href='https://brackenfold.residentportal.com/'>brackenfold.residentportal.com</a></p>",
                title="Brackenfold Crossing - ActiveBuilding",
            )
        },
        "brackenfold.residentportal.com": {"/": VENDOR_LOGIN["Entrata"]("Brackenfold Crossing")},
    },
)

# ---------------------------------------------------------------- Rent Manager -------------

# shape: homepage resident login form posting to the account's Rent Manager web-access host
# (the shared residentwebaccess/ownerwebaccess hosts are served by other corpora, so the account host stands in)
add(
    "site_links_portal",
    "Rent Manager",
    "Kestrelvane Property Group",
    "kestrelvane.com",
    "https://kestrelvane.rmwebaccess.com/",
    "high",
    {
        "kestrelvane.com": home(
            "Kestrelvane Property Group",
            "<h2>Resident Login</h2><form action='https://kestrelvane.rmwebaccess.com/' method='post'>"
            "<input name='txtUserName'><input type='password' name='txtPassword'><button>Log in</button></form>" + ATX,
        ),
        "kestrelvane.rmwebaccess.com": {
            "/": _login(
                "Resident Web Access",
                "Welcome to Kestrelvane Property Group Resident Web Access",
                user="txtUserName",
                footer="Rent Manager",
            )
        },
    },
)
# shape: unlinked rmresident.com account naming the company
add(
    "live_portal",
    "Rent Manager",
    "Halloway Brindlecreek Rentals",
    "brindlecreekrentals.com",
    "https://brindlecreek.rmresident.com/",
    "medium",
    {
        "brindlecreekrentals.com": home("Halloway Brindlecreek Rentals", ATX),
        "brindlecreek.rmresident.com": {"/": VENDOR_LOGIN["Rent Manager"]("Halloway Brindlecreek Rentals")},
    },
)
# shape: no evidence; the site links a Rent Manager twa account that answers 404 (left the PMS)
add(
    "no_account",
    "Rent Manager",
    "Dunwhistle Realty",
    "dunwhistlerealty.com",
    None,
    "evidence_unverified",
    {
        "dunwhistlerealty.com": home(
            "Dunwhistle Realty", sub("https://dunwhistle.twa.rentmanager.com/", "Tenant Web Access") + ATX
        ),
        "dunwhistle.twa.rentmanager.com": {"/": not_found()},
    },
)
# shape: no evidence; the site mentions paying by check at the office and links no portal
add(
    "no_portal",
    "Rent Manager",
    "Ironbark Saltmarsh Homes",
    "ironbarksaltmarsh.com",
    None,
    "no_pms_evidence",
    {
        "ironbarksaltmarsh.com": home(
            "Ironbark Saltmarsh Homes", "<p>Residents: drop rent checks at our office or call (512) 555-0162.</p>" + ATX
        )
    },
)

HOLDOUT17: list[Case] = collector.cases
