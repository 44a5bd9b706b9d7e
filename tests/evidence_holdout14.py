"""Fourteenth blind corpus: an ordinary night weighted to portal and site notices and to where the company is.

About sixty candidates for Texas (the agent gives Austin, TX) in an ordinary night's mix, a little over half real
leads, the rest everyday rejections and traps, weighted toward two things real nights are full of. First, notices:
live portals and sites carry benign ones (holiday and ice-storm closures, "our office has moved", "we've launched
our new Resident Center", maintenance windows, payment cut-off times, new owner-portal features, rent reminders, a
company "under new ownership", residents welcomed over from another manager) that must not sink a real lead, while
stale or handed-over portals must be rejected in the varied words real ones use ("This account has been closed",
"Effective June 1, 2025, X no longer manages your home", "will be shut down on ...", "please use our new AppFolio
portal", demo, sandbox and test accounts, a vendor's "trial has expired" page, a redirect to the vendor's marketing
site, an acquirer's notice, a site whose management division "has joined" another firm). Second, where the company
is: Texas companies whose footers show an out-of-state head office, only a phone number and the towns served, the
state as "Tex.", "Texas", only in a Google Maps iframe or only in schema.org JSON-LD; and companies that are really
in Oklahoma, Louisiana, New Mexico, Texarkana, AR or Kansas City (one of them a same-named firm's portal offered
for a Texas company). A few cases cover the remaining classes (parked, dead domain, bot walls, a vendor-wide
sign-in link, an asset on a vendor CDN); none is of the shared-sign-in class, whose vendor hosts other corpora
already serve. Every label was decided from docs/live-checks.md and from what a careful person concludes from the
pages exactly as served, written without reading or running the checks; `# ambiguous:` marks the labels where the
contract leaves room, with the careful answer given. All pages are short HTML of our own that reproduces the shape
of real pages (vendor host names, paths, titles, notice placement); every company name, account and domain is made
up.
"""

from __future__ import annotations

from urllib.parse import quote

from evidence_corpus import Case, Collector, _login, listings_page, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

# --- pages, written after the shapes of real ones ----------------------------------------------------------------

NAV = (
    "<nav class='main-nav'><a href='/'>Home</a><a href='/about-us'>About Us</a><a href='/owner-services'>Owners</a>"
    "<a href='/available-rentals'>Available Rentals</a><a href='/contact-us'>Contact</a></nav>"
)
TREC = (
    "<p class='legal'><a href='/wp-content/uploads/iabs.pdf'>Texas Real Estate Commission Information About Brokerage"
    " Services</a> | <a href='https://www.trec.texas.gov/forms/consumer-protection-notice'>Consumer Protection Notice"
    "</a></p>"
)


def homepage(
    co: str, body: str = "", *, footer: str = "", banner: str = "", title: str | None = None, head: str = ""
) -> dict[str, Reply]:
    """A property manager's homepage: an optional notice bar, a menu, the body and a footer."""
    bar = f"<div class='announcement-bar' role='alert'>{banner}</div>" if banner else ""
    html = (
        f"{bar}<header><a class='logo' href='/'>{co}</a>{NAV}</header><main><h1>{co}</h1>"
        f"<p>Residential leasing and property management for single-family homes, duplexes and small apartment "
        f"buildings.</p>{body}</main><footer>{footer}<p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return {"/": doc(title or f"{co} | Property Management", head, html)}


def notice(text: str, *, heading: str = "Announcement") -> str:
    return f"<div class='announcement'><h3>{heading}</h3><p>{text}</p></div>"


def buildium(co: str, note: str = "", *, title: str | None = None, heading: str | None = None) -> Reply:
    """A Buildium Resident Center sign-in page, the company's announcement above the form."""
    return _login(
        title or f"{co} - Resident Center",
        heading or f"{co} Resident Center",
        user="Email",
        footer="Powered by Buildium",
        extra=note,
    )


def bd_url(acct: str) -> str:
    return f"https://{acct}.managebuilding.com/Resident/portal/login"


def bd_host(co: str, note: str = "", **kw: str) -> dict[str, Reply]:
    return {"/Resident/portal/login": buildium(co, note, **kw)}


def appfolio(acct: str, co: str, note: str = "") -> dict[str, Reply]:
    """AppFolio's Online Portal: /connect hops to the sign-in page, which shows the company's logo."""
    body = (
        f"<div class='portal-header'><img class='company-logo' src='https://images.cdn.appfolio.com/{acct}/images/"
        f"logo.png' alt='{co}'></div><main><h2>Sign in to your Online Portal</h2>{note}"
        "<form action='/connect/users/sign_in' method='post'><label>Email</label><input type='email' name='user[email]'>"
        "<label>Password</label><input type='password' name='user[password]'><button type='submit'>Sign In</button>"
        "<a href='/connect/users/password/new'>Forgot password?</a></form></main>"
        "<footer>Powered by AppFolio Property Manager</footer>"
    )
    return {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": page(body, title="Online Portal - Sign In")}


def af_url(acct: str) -> str:
    return f"https://{acct}.appfolio.com/connect"


def rentmanager(co: str, note: str = "", *, heading: str | None = None) -> Reply:
    return _login(
        "Tenant Web Access", heading or f"Welcome to {co}", user="txtUserName", footer="Powered by Rent Manager", extra=note
    )


def propertyware(co: str, note: str = "", *, kind: str = "Tenant") -> Reply:
    return _login(f"{co} - {kind} Portal", f"{kind} Portal Login", footer="Propertyware", extra=note)


def pw_url(acct: str, kind: str = "tenant") -> str:
    return f"https://{acct}.propertyware.com/pw/portals/{acct}/{kind}.action"


def pw_host(acct: str, co: str, note: str = "", kind: str = "tenant") -> dict[str, Reply]:
    return {f"/pw/portals/{acct}/{kind}.action": propertyware(co, note, kind=kind.title())}


def cafe(prop: str, note: str = "", footer: str = "RENTCafe") -> Reply:
    return _login("Resident Services - Login", f"{prop} Resident Login", user="Username", footer=footer, extra=note)


def cf_challenge(host: str) -> Reply:
    """Cloudflare's managed challenge, as it answers a server."""
    return raw(
        403,
        "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' content='noindex,"
        f"nofollow'></head><body><div class='main-wrapper'><h1 class='zone-name-title'>{host}</h1><h2>Verifying you are"
        " human. This may take a few seconds.</h2><noscript>Enable JavaScript and cookies to continue</noscript>"
        "<script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f3a1c2b9d7e4410'></script></div>"
        "<div class='footer'>Performance &amp; security by Cloudflare</div></body></html>",
        {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f3a1c2b9d7e4410-DFW"},
    )


def maps_iframe(place: str) -> str:
    return (
        "<iframe src='https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3444.9!2d-97.74!3d30.31!2m3!1f0!2f0!3f0"
        f"!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2s{quote(place)}!5e0!3m2!1sen!2sus!4v1718000000000' width='600'"
        " height='300' style='border:0;' allowfullscreen='' loading='lazy'></iframe>"
    )


def menu_link(url: str, label: str = "Resident Login") -> str:
    return f"<ul class='menu'><li class='menu-item'><a href='{url}' target='_blank'>{label}</a></li></ul>"


def footer_button(url: str, label: str = "Pay Rent Online") -> str:
    return f"<div class='footer-cta'><a class='btn btn-primary' href='{url}' target='_blank'>{label}</a></div>"


# --- the corpus ----------------------------------------------------------------------------------------------------


def _cases() -> list[Case]:
    c = Collector("holdout14-")

    # ===== real leads: benign notices on portals and sites =====

    # shape: Buildium Resident Center with the manager's holiday-closure announcement above the sign-in form
    c.add(
        "site_links_portal",
        "Buildium",
        "Sorrelwick Property Management",
        "sorrelwickpm.com",
        bd_url("sorrelwickpm"),
        "high",
        {
            "sorrelwickpm.com": homepage(
                "Sorrelwick Property Management",
                menu_link(bd_url("sorrelwickpm")),
                footer="<p>1406 W Anderson Ln, Suite 3, Austin, TX 78757 &middot; (512) 555-0118</p>" + TREC,
            ),
            "sorrelwickpm.managebuilding.com": bd_host(
                "Sorrelwick Property Management",
                notice(
                    "Our office will be closed Thursday, November 27 and Friday, November 28 for Thanksgiving. "
                    "Online payments and maintenance requests remain available through this Resident Center."
                ),
            ),
        },
    )

    # shape: site-wide "We've moved!" notice bar on a WordPress property-management theme, AppFolio portal in the menu
    c.add(
        "site_links_portal",
        "AppFolio",
        "Kettlewhistle Realty",
        "kettlewhistlerealty.com",
        af_url("kettlewhistle"),
        "high",
        {
            "kettlewhistlerealty.com": homepage(
                "Kettlewhistle Realty",
                menu_link(af_url("kettlewhistle"), "Tenant Portal"),
                banner="We've moved! Starting March 2, visit us at our new office: 9100 Research Blvd, Suite 210, "
                "Austin, TX 78758. Our phone number stays the same.",
                footer="<p>9100 Research Blvd, Suite 210, Austin, TX 78758</p>" + TREC,
            ),
            "kettlewhistle.appfolio.com": appfolio("kettlewhistle", "Kettlewhistle Realty"),
        },
    )

    # shape: Rent Manager Tenant Web Access with a scheduled-maintenance notice; a sparse site, phone and towns only
    c.add(
        "live_portal",
        "Rent Manager",
        "Gildermoor Residential",
        "gildermoorresidential.com",
        "https://gildermoor.twa.rentmanager.com/",
        "medium",
        {
            "gildermoorresidential.com": homepage(
                "Gildermoor Residential",
                "<p>Serving Austin &amp; Round Rock homeowners since 2009.</p><p>Call <a href='tel:+15125550173'>"
                "(512) 555-0173</a> for a free rental analysis.</p>",
            ),
            "gildermoor.twa.rentmanager.com": {
                "/": rentmanager(
                    "Gildermoor Residential",
                    notice(
                        "Scheduled maintenance: Tenant Web Access will be unavailable Sunday from 2:00 AM to 4:00 AM "
                        "Central while we apply updates. We apologize for any inconvenience.",
                        heading="System Notice",
                    ),
                )
            },
        },
    )

    # shape: Buildium Resident Center whose announcement welcomes residents to a newly launched portal (tricky: "new portal")
    c.add(
        "site_links_portal",
        "Buildium",
        "Wrenhollow Homes",
        "wrenhollowhomes.com",
        bd_url("wrenhollowhomes"),
        "high",
        {
            "wrenhollowhomes.com": homepage(
                "Wrenhollow Homes",
                footer_button(bd_url("wrenhollowhomes"), "Resident Center"),
                footer="<p>2800 S Lamar Blvd, Austin, TX 78704</p>" + TREC,
            ),
            "wrenhollowhomes.managebuilding.com": bd_host(
                "Wrenhollow Homes",
                notice(
                    "We've launched our new Resident Center - welcome! If you paid rent through our old payment "
                    "website, please create your account here using the email address on your lease.",
                    heading="Welcome!",
                ),
            ),
        },
    )

    # shape: Propertyware tenant portal with a payment cut-off notice; the site links it only from its Residents page
    c.add(
        "site_links_portal",
        "Propertyware",
        "Thistlegrove Property Group",
        "thistlegrovepg.com",
        None,
        "high",
        {
            "thistlegrovepg.com": {
                **homepage(
                    "Thistlegrove Property Group",
                    "<p><a href='/residents'>Residents</a> | <a href='/owners'>Owners</a></p>",
                    footer="<p>11100 Metric Blvd, Building 4, Austin, TX 78758</p>" + TREC,
                ),
                "/residents": page(
                    "<h1>Residents</h1><p>Pay rent, submit maintenance requests and view your lease online.</p>"
                    f"<a class='button' href='{pw_url('thistlegrove')}'>Tenant Portal Login</a>",
                    title="Residents | Thistlegrove Property Group",
                ),
            },
            "thistlegrove.propertyware.com": pw_host(
                "thistlegrove",
                "Thistlegrove Property Group",
                notice(
                    "Payments submitted after 5:00 PM CT post on the next business day. Payments made on weekends "
                    "or holidays post the following business day.",
                    heading="Payment Processing",
                ),
            ),
        },
    )

    # shape: Buildium Resident Center with an ice-storm office-closure alert; the site links it from a footer button
    c.add(
        "site_links_portal",
        "Buildium",
        "Marrowfield Realty",
        "marrowfieldrealty.com",
        bd_url("marrowfield"),
        "high",
        {
            "marrowfieldrealty.com": homepage(
                "Marrowfield Realty",
                footer="<p>Round Rock, TX 78664 &middot; (512) 555-0144</p>" + footer_button(bd_url("marrowfield")) + TREC,
            ),
            "marrowfield.managebuilding.com": bd_host(
                "Marrowfield Realty",
                notice(
                    "ICE STORM UPDATE: Our office is closed Monday, February 2 due to road conditions. For "
                    "maintenance emergencies (no heat, burst pipes, flooding) call (512) 555-0144.",
                    heading="Weather Alert",
                ),
            ),
        },
    )

    # shape: a site's COVID-era lobby notice above the hero, AppFolio "Pay Rent" button in the header
    c.add(
        "site_links_portal",
        "AppFolio",
        "Oxbowrey Leasing",
        "oxbowrey.com",
        None,
        "high",
        {
            "oxbowrey.com": homepage(
                "Oxbowrey Leasing",
                f"<a class='header-btn' href='{af_url('oxbowrey')}'>Pay Rent</a>",
                banner="COVID-19 notice: our lobby is open by appointment only. Please pay rent and submit "
                "maintenance requests online through the tenant portal.",
                footer="<p>7700 Parmer Ln, Suite B-120, Austin, TX 78729</p>" + TREC,
            ),
            "oxbowrey.appfolio.com": appfolio("oxbowrey", "Oxbowrey Leasing"),
        },
    )

    # shape: Buildium Resident Center announcing new owner-portal features (statements, work orders)
    c.add(
        "site_links_portal",
        "Buildium",
        "Callowfinch Management",
        "callowfinchmgmt.com",
        bd_url("callowfinch"),
        "high",
        {
            "callowfinchmgmt.com": homepage(
                "Callowfinch Management",
                menu_link(bd_url("callowfinch"), "Owner &amp; Resident Login"),
                footer="<p>3305 Northland Dr, Suite 410, Austin, TX 78731</p>" + TREC,
            ),
            "callowfinch.managebuilding.com": bd_host(
                "Callowfinch Management",
                notice(
                    "New owner portal features: owners can now view open work orders, approve estimates and "
                    "download monthly statements and 1099s right from the portal.",
                    heading="What's New",
                ),
            ),
        },
    )

    # shape: Rentvine resident portal (app shell) linked from a site carrying a renewal / rent-increase reminder
    c.add(
        "site_links_portal",
        "Rentvine",
        "Tamarisk Bend Realty",
        "tamariskbendrealty.com",
        "https://tamariskbend.rentvine.com/portals/resident",
        "high",
        {
            "tamariskbendrealty.com": homepage(
                "Tamarisk Bend Realty",
                menu_link("https://tamariskbend.rentvine.com/portals/resident", "Resident Portal"),
                banner="Reminder: renewal offers are sent 60 days before your lease ends. Any rent adjustment takes "
                "effect on your renewal date, never mid-lease.",
                footer="<p>1901 Pflugerville Pkwy, Pflugerville, TX 78660</p>" + TREC,
            ),
            "tamariskbend.rentvine.com": {"/portals/resident": spa_shell("Tamarisk Bend Realty - Resident Portal")},
        },
    )

    # shape: Buildium Resident Center announcing the company itself is under new ownership, same team and portal
    # ambiguous: "sold" is a stale-portal word, but here the company, not the account, changed owners and says the
    # portal stays the company's; the careful answer keeps the lead.
    c.add(
        "site_links_portal",
        "Buildium",
        "Pecanquill Realty",
        "pecanquillrealty.com",
        bd_url("pecanquill"),
        "high",
        {
            "pecanquillrealty.com": homepage(
                "Pecanquill Realty",
                menu_link(bd_url("pecanquill")),
                footer="<p>500 W Whitestone Blvd, Cedar Park, TX 78613</p>" + TREC,
            ),
            "pecanquill.managebuilding.com": bd_host(
                "Pecanquill Realty",
                notice(
                    "Pecanquill Realty is under new ownership! Our local team, office, phone number and this "
                    "Resident Center all stay the same. Thank you for being part of the Pecanquill family.",
                    heading="Big News",
                ),
            ),
        },
    )

    # shape: Rent Manager resident portal (rmresident.com) announcing a back-office system change, logins unchanged
    c.add(
        "live_portal",
        "Rent Manager",
        "Loblolly Quarter Rentals",
        "loblollyquarter.com",
        "https://loblollyquarter.rmresident.com/",
        "medium",
        {
            "loblollyquarter.com": homepage(
                "Loblolly Quarter Rentals",
                "<p>Now leasing homes across Hays County.</p>",
                footer="<p>220 N LBJ Dr, San Marcos, TX 78666 &middot; (512) 555-0162</p>" + TREC,
            ),
            "loblollyquarter.rmresident.com": {
                "/": _login(
                    "Resident Portal",
                    "Loblolly Quarter Rentals Resident Portal",
                    user="txtUserName",
                    footer="Powered by Rent Manager",
                    extra=notice(
                        "We are transitioning to a new accounting system on July 1. Your portal login will "
                        "not change, and autopay schedules carry over automatically.",
                        heading="Please Note",
                    ),
                )
            },
        },
    )

    # shape: DoorLoop tenant portal (app shell) linked from a site whose banner gives holiday office hours
    c.add(
        "site_links_portal",
        "DoorLoop",
        "Fernspindle Property Management",
        "fernspindlepm.com",
        None,
        "high",
        {
            "fernspindlepm.com": homepage(
                "Fernspindle Property Management",
                "<button type='button' onclick=\"window.open('https://fernspindle.app.doorloop.com', '_blank')\">"
                "Tenant Portal</button>",
                banner="Holiday hours: our office is closed December 24 through January 1. For emergencies call (737) 555-0109.",
                footer="<p>4301 W William Cannon Dr, Austin, TX 78749</p>" + TREC,
            ),
            "fernspindle.app.doorloop.com": {"/": spa_shell("Fernspindle Property Management - Tenant Portal")},
        },
    )

    # shape: RentCafe (securecafe) resident login answering 200 with a system-upgrade notice; community site links it
    c.add(
        "site_links_portal",
        "Yardi",
        "Brackenfold Residential",
        "brackenfoldresidential.com",
        "https://loxleybrushycreek.securecafe.com/residentservices/loxleybrushycreek/userlogin.aspx",
        "high",
        {
            "brackenfoldresidential.com": homepage(
                "Brackenfold Residential",
                "<h2>Our Communities</h2><ul><li>The Loxley at Brushy Creek - "
                "<a href='https://loxleybrushycreek.securecafe.com/residentservices/loxleybrushycreek/userlogin.aspx'>"
                "Resident Login</a></li></ul>",
                footer="<p>1717 E Old Settlers Blvd, Round Rock, TX 78664</p>" + TREC,
            ),
            "loxleybrushycreek.securecafe.com": {
                "/residentservices/loxleybrushycreek/userlogin.aspx": cafe(
                    "The Loxley at Brushy Creek",
                    notice(
                        "Due to a scheduled system upgrade, online payments will be unavailable from 11 PM Saturday "
                        "to 3 AM Sunday.",
                        heading="Notice",
                    ),
                    footer="The Loxley at Brushy Creek &middot; A Brackenfold Residential community &middot; RENTCafe",
                )
            },
        },
    )

    # shape: Buildium Resident Center titled with a rebranded name "(formerly ...)"; the site explains the rebrand
    # tricky: "formerly" here names the candidate's own old name, not a manager that took the account over.
    c.add(
        "site_links_portal",
        "Buildium",
        "Cindermoss Property Management",
        "cindermosspm.com",
        bd_url("cindermoss"),
        "high",
        {
            "cindermosspm.com": homepage(
                "Cindermoss Property Management",
                "<p>Same people, new name: Cindermoss Property Management was formerly Oakes &amp; Pryor Realty.</p>"
                + menu_link(bd_url("cindermoss")),
                footer="<p>8127 Mesa Dr, Suite 206, Austin, TX 78759</p>" + TREC,
            ),
            "cindermoss.managebuilding.com": bd_host(
                "Cindermoss Property Management",
                title="Cindermoss Property Management (formerly Oakes &amp; Pryor Realty) - Resident Center",
            ),
        },
    )

    # shape: AppFolio portal welcoming residents transferred from a manager the company took over
    # tricky: "previously managed by Dunmore Realty" reads like a handed-over account, but the new manager it names is the
    # candidate itself; the portal is Yaupon Fiddle's own.
    c.add(
        "site_links_portal",
        "AppFolio",
        "Yaupon Fiddle Realty",
        "yauponfiddle.com",
        af_url("yauponfiddle"),
        "high",
        {
            "yauponfiddle.com": homepage(
                "Yaupon Fiddle Realty",
                menu_link(af_url("yauponfiddle"), "Resident Portal"),
                footer="<p>1250 S Capital of Texas Hwy, Building 2, West Lake Hills, TX 78746</p>" + TREC,
            ),
            "yauponfiddle.appfolio.com": appfolio(
                "yauponfiddle",
                "Yaupon Fiddle Realty",
                notice(
                    "Welcome, residents of homes previously managed by Dunmore Realty! Your lease and balance have "
                    "been transferred to Yaupon Fiddle Realty. Click 'Forgot password?' to activate your new login.",
                    heading="Welcome",
                ),
            ),
        },
    )

    # shape: Rent Manager TWA with a late-fee reminder; the site links it in the menu
    c.add(
        "site_links_portal",
        "Rent Manager",
        "Hollowmere Rook Residential",
        "hollowmererook.com",
        None,
        "high",
        {
            "hollowmererook.com": homepage(
                "Hollowmere Rook Residential",
                menu_link("https://hollowmererook.twa.rentmanager.com/", "Tenant Login"),
                footer="<p>600 W 28th St, Suite 102, Austin, TX 78705</p>" + TREC,
            ),
            "hollowmererook.twa.rentmanager.com": {
                "/": rentmanager(
                    "Hollowmere Rook Residential",
                    notice(
                        "Rent is due on the 1st. A late fee applies to balances unpaid after 11:59 PM on the 3rd.",
                        heading="Reminder",
                    ),
                )
            },
        },
    )

    # shape: Propertyware owner portal announcing year-end 1099s; the site links no portal
    c.add(
        "live_portal",
        "Propertyware",
        "Velvetleaf Crossing Realty",
        "velvetleafcrossing.com",
        pw_url("velvetleafx", "owner"),
        "medium",
        {
            "velvetleafcrossing.com": homepage(
                "Velvetleaf Crossing Realty",
                "<p>Leasing and management in Leander, Liberty Hill and Georgetown.</p>",
                footer="<p>1800 Crystal Falls Pkwy, Leander, TX 78641</p>" + TREC,
            ),
            "velvetleafx.propertyware.com": pw_host(
                "velvetleafx",
                "Velvetleaf Crossing Realty",
                notice("Your 2025 Form 1099 is now available under Documents in your owner portal.", heading="Owners"),
                kind="owner",
            ),
        },
    )

    # ===== real leads: easy ones =====

    # shape: apex domain redirecting to www; AppFolio portal in the header menu, same name on site and portal
    c.add(
        "site_links_portal",
        "AppFolio",
        "Juniper Saddlehorn Homes",
        "junipersaddlehorn.com",
        af_url("junipersaddlehorn"),
        "high",
        {
            "junipersaddlehorn.com": {"/": redirect("https://www.junipersaddlehorn.com/", 301)},
            "www.junipersaddlehorn.com": homepage(
                "Juniper Saddlehorn Homes",
                menu_link(af_url("junipersaddlehorn"), "Tenants"),
                footer="<p>5114 Balcones Woods Dr, Suite 307, Austin, TX 78759</p>" + TREC,
            ),
            "junipersaddlehorn.appfolio.com": appfolio("junipersaddlehorn", "Juniper Saddlehorn Homes"),
        },
    )

    # shape: Buildium portal behind an onclick "Pay Rent" button on a small builder site
    c.add(
        "site_links_portal",
        "Buildium",
        "Pintail Rookery Property Management",
        "pintailrookery.com",
        None,
        "high",
        {
            "pintailrookery.com": homepage(
                "Pintail Rookery Property Management",
                f"<button type='button' onclick=\"window.location.href='{bd_url('pintailrookery')}'\">Pay Rent</button>",
                footer="<p>104 E Main St, Round Rock, TX 78664</p>" + TREC,
            ),
            "pintailrookery.managebuilding.com": bd_host("Pintail Rookery Property Management"),
        },
    )

    # shape: TenantCloud listings host linked from the site's "Available Rentals" button
    c.add(
        "site_links_portal",
        "TenantCloud",
        "Sundew Paddock Rentals",
        "sundewpaddock.com",
        "https://sundewpaddock.tenantcloud.com/",
        "high",
        {
            "sundewpaddock.com": homepage(
                "Sundew Paddock Rentals",
                "<a class='btn' href='https://sundewpaddock.tenantcloud.com/'>See Available Rentals</a>",
                footer="<p>Kyle, TX 78640 &middot; (512) 555-0126</p>" + TREC,
            ),
            "sundewpaddock.tenantcloud.com": {"/": listings_page("Sundew Paddock Rentals")},
        },
    )

    # shape: Rentec Direct account host given as evidence; the site lists homes and a phone number only
    c.add(
        "live_portal",
        "Rentec Direct",
        "Flaxpetal Rentals",
        "flaxpetalrentals.com",
        "https://flaxpetal.rentecdirect.com/",
        "medium",
        {
            "flaxpetalrentals.com": homepage(
                "Flaxpetal Rentals",
                "<p>Serving Austin and Pflugerville. Call (512) 555-0181 to schedule a showing.</p>",
            ),
            "flaxpetal.rentecdirect.com": {
                "/": page(
                    "<h1>Flaxpetal Rentals</h1><h2>Available Properties</h2><ul><li>3 bd / 2 ba - $1,895 "
                    "<a href='/apply'>Apply Online</a></li></ul><h2>Tenant Login</h2><form method='post'>"
                    "<input name='username'><input type='password' name='password'><button>Login</button></form>"
                    "<footer>Property management software by Rentec Direct</footer>",
                    title="Flaxpetal Rentals - Rental Listings",
                )
            },
        },
    )

    # shape: a site's rental-scam warning bar ("we never ask for payment by Zelle"), AppFolio portal in the footer
    c.add(
        "site_links_portal",
        "AppFolio",
        "Bramblewick Lettings",
        "bramblewicklettings.com",
        None,
        "high",
        {
            "bramblewicklettings.com": homepage(
                "Bramblewick Lettings",
                footer_button(af_url("bramblewick"), "Tenant Login"),
                banner="Beware of rental scams: Bramblewick Lettings never asks for deposits or rent by Zelle, Cash App or "
                "gift card. Pay only through our tenant portal.",
                footer="<p>Serving Georgetown &amp; Hutto, TX</p>" + TREC,
            ),
            "bramblewick.appfolio.com": appfolio("bramblewick", "Bramblewick Lettings"),
        },
    )

    # shape: a company site behind Cloudflare's managed challenge, its Buildium portal live
    c.add(
        "live_portal",
        "Buildium",
        "Gallowtree Pines Realty",
        "gallowtreepines.com",
        bd_url("gallowtreepines"),
        "medium",
        {
            "gallowtreepines.com": everywhere(cf_challenge("gallowtreepines.com")),
            "gallowtreepines.managebuilding.com": bd_host("Gallowtree Pines Realty"),
        },
    )

    # ===== real leads: where the company is =====

    # shape: footer listing an Oklahoma head office beside the Austin branch
    c.add(
        "site_links_portal",
        "AppFolio",
        "Quarrystone Heddle Property Management",
        "quarrystoneheddle.com",
        af_url("quarrystoneheddle"),
        "high",
        {
            "quarrystoneheddle.com": homepage(
                "Quarrystone Heddle Property Management",
                menu_link(af_url("quarrystoneheddle")),
                footer="<div class='offices'><p><strong>Corporate Office</strong><br>5500 E 71st St, Tulsa, OK 74136</p>"
                "<p><strong>Austin Office</strong><br>3801 N Capital of Texas Hwy, Suite E-240, Austin, TX 78746</p></div>",
            ),
            "quarrystoneheddle.appfolio.com": appfolio("quarrystoneheddle", "Quarrystone Heddle Property Management"),
        },
    )

    # shape: an older site writing the state the AP way, "Austin, Tex.", with no other address
    c.add(
        "site_links_portal",
        "Buildium",
        "Hackberry Loom Realty",
        "hackberryloom.com",
        bd_url("hackberryloom"),
        "high",
        {
            "hackberryloom.com": homepage(
                "Hackberry Loom Realty",
                menu_link(bd_url("hackberryloom")),
                footer="<p>2105 E. Cesar Chavez St., Austin, Tex. 78702 &middot; 512.555.0137</p>",
            ),
            "hackberryloom.managebuilding.com": bd_host("Hackberry Loom Realty"),
        },
    )

    # shape: footer giving the Oklahoma City head office in full and the Austin branch as "Austin, Tex."
    # ambiguous: the only address with a state code is in Oklahoma and Texas is written only as "Tex."; a careful reader
    # sees an Austin branch, so Texas is named and the lead stands.
    c.add(
        "site_links_portal",
        "AppFolio",
        "Saltgrass Pennant Property Management",
        "saltgrasspennant.com",
        af_url("saltgrasspennant"),
        "high",
        {
            "saltgrasspennant.com": homepage(
                "Saltgrass Pennant Property Management",
                menu_link(af_url("saltgrasspennant"), "Resident Portal"),
                footer="<p>Head Office: 120 N Robinson Ave, Suite 900, Oklahoma City, OK 73102</p>"
                "<p>Austin Branch: 600 Congress Ave., 14th Floor, Austin, Tex. 78701</p>",
                title="Saltgrass Pennant Property Management | Austin Rentals",
            ),
            "saltgrasspennant.appfolio.com": appfolio("saltgrasspennant", "Saltgrass Pennant Property Management"),
        },
    )

    # shape: contact block with a Louisiana mailing address and a Google Maps embed of the Austin office
    # ambiguous: the only written address is a Shreveport, LA P.O. box and Texas appears only inside the map iframe's
    # URL; the page says the office is in Austin and maps it there, so the careful answer keeps the lead.
    c.add(
        "live_portal",
        "Buildium",
        "Gristmill Heron Property Co.",
        "gristmillheron.com",
        bd_url("gristmillheron"),
        "medium",
        {
            "gristmillheron.com": homepage(
                "Gristmill Heron Property Co.",
                "<h2>Visit our Austin office</h2>"
                + maps_iframe("Gristmill Heron Property Co., 5312 Burnet Rd, Austin, TX 78756")
                + "<p>Mailing address: P.O. Box 4410, Shreveport, LA 71134</p>",
            ),
            "gristmillheron.managebuilding.com": bd_host("Gristmill Heron Property Co."),
        },
    )

    # shape: Rent Manager portal; site footer without a state, schema.org RealEstateAgent JSON-LD giving addressRegion TX
    c.add(
        "site_links_portal",
        "Rent Manager",
        "Cobblewren Realty",
        "cobblewrenrealty.com",
        None,
        "high",
        {
            "cobblewrenrealty.com": homepage(
                "Cobblewren Realty",
                menu_link("https://cobblewren.twa.rentmanager.com/", "Pay Rent"),
                footer="<p>4410 Loyola Ln, Austin 78723 &middot; (512) 555-0151</p>",
                head='<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"RealEstateAgent",'
                '"name":"Cobblewren Realty","telephone":"+1-512-555-0151","address":{"@type":"PostalAddress",'
                '"streetAddress":"4410 Loyola Ln","addressLocality":"Austin","addressRegion":"TX",'
                '"postalCode":"78723","addressCountry":"US"}}</script>',
            ),
            "cobblewren.twa.rentmanager.com": {"/": rentmanager("Cobblewren Realty")},
        },
    )

    # shape: "Proudly serving Central Texas" copy with the state spelled out; Propertyware portal not linked
    c.add(
        "live_portal",
        "Propertyware",
        "Flintridge Osprey Homes",
        "flintridgeosprey.com",
        pw_url("flintridgeosprey"),
        "medium",
        {
            "flintridgeosprey.com": homepage(
                "Flintridge Osprey Homes",
                "<p>Proudly serving Central Texas since 1998.</p>",
                footer="<p>812 S Austin Ave, Georgetown, Texas 78626</p>",
            ),
            "flintridgeosprey.propertyware.com": pw_host("flintridgeosprey", "Flintridge Osprey Homes"),
        },
    )

    # shape: a Shreveport company whose homepage says it serves Northwest Louisiana and East Texas
    # ambiguous: every address is in Louisiana, but the homepage names Texas, which the contract makes enough; the
    # careful answer under the contract keeps the lead.
    c.add(
        "site_links_portal",
        "Buildium",
        "Caddo Sparrowhawk Realty",
        "caddosparrowhawk.com",
        bd_url("caddosparrowhawk"),
        "high",
        {
            "caddosparrowhawk.com": homepage(
                "Caddo Sparrowhawk Realty",
                "<p>Managing rental homes across Northwest Louisiana and East Texas, from Bossier City to Marshall "
                "and Longview.</p>" + menu_link(bd_url("caddosparrowhawk")),
                footer="<p>6425 Youree Dr, Suite 180, Shreveport, LA 71105</p>",
            ),
            "caddosparrowhawk.managebuilding.com": bd_host("Caddo Sparrowhawk Realty"),
        },
    )

    # shape: a New Mexico company's footer listing a Las Cruces office and an El Paso office
    c.add(
        "site_links_portal",
        "AppFolio",
        "Organ Vista Quailrun Property Management",
        "quailrunpm.com",
        af_url("quailrunpm"),
        "high",
        {
            "quailrunpm.com": homepage(
                "Organ Vista Quailrun Property Management",
                menu_link(af_url("quailrunpm"), "Tenant Portal"),
                footer="<p>Las Cruces: 1980 E Lohman Ave, Las Cruces, NM 88001</p>"
                "<p>El Paso: 6044 Gateway Blvd E, Suite 300, El Paso, TX 79905</p>",
            ),
            "quailrunpm.appfolio.com": appfolio("quailrunpm", "Organ Vista Quailrun Property Management"),
        },
    )

    # shape: a one-page site with only a phone number and a Google Maps embed (Austin, TX in the embed URL)
    c.add(
        "site_links_portal",
        "Rentvine",
        "Mistletoe Gable Rentals",
        "mistletoegable.com",
        None,
        "high",
        {
            "mistletoegable.com": homepage(
                "Mistletoe Gable Rentals",
                "<p>Call or text (512) 555-0193.</p>"
                + menu_link("https://mistletoegable.rentvine.com/portals/resident", "Resident Portal")
                + maps_iframe("Mistletoe Gable Rentals, Austin, TX"),
            ),
            "mistletoegable.rentvine.com": {"/portals/resident": spa_shell("Mistletoe Gable Rentals - Resident Portal")},
        },
    )

    # ===== rejections: stale and handed-over portals =====

    # shape: Buildium account page "This account has been closed" (no sign-in form), still linked from the site menu
    c.add(
        "stale_portal",
        "Buildium",
        "Nettlebeck Realty",
        "nettlebeckrealty.com",
        bd_url("nettlebeck"),
        "evidence_unverified",
        {
            "nettlebeckrealty.com": homepage(
                "Nettlebeck Realty",
                menu_link(bd_url("nettlebeck")),
                footer="<p>2501 W William Cannon Dr, Austin, TX 78745</p>" + TREC,
            ),
            "nettlebeck.managebuilding.com": {
                "/Resident/portal/login": page(
                    "<header><h1>Resident Center</h1></header><main><h2>This account has been closed.</h2><p>If you "
                    "have questions about your lease or a payment, please contact your property manager directly.</p>"
                    "</main><footer>Powered by Buildium</footer>",
                    title="Resident Center",
                )
            },
        },
    )

    # shape: AppFolio sign-in page whose notice says, above the form, the company no longer manages the home
    c.add(
        "stale_portal",
        "AppFolio",
        "Mesquite Lantern Realty",
        "mesquitelantern.com",
        af_url("mesquitelantern"),
        "evidence_unverified",
        {
            "mesquitelantern.com": homepage(
                "Mesquite Lantern Realty",
                "<p>Buying or selling in Travis County? Let's talk.</p>",
                footer="<p>3724 Jefferson St, Austin, TX 78731</p>" + TREC,
            ),
            "mesquitelantern.appfolio.com": appfolio(
                "mesquitelantern",
                "Mesquite Lantern Realty",
                notice(
                    "Effective June 1, 2025, Mesquite Lantern Realty no longer manages your home. Please contact "
                    "Hartwell Range Property Co. at (512) 555-0190 for rent payments and repairs.",
                    heading="Important Notice",
                ),
            ),
        },
    )

    # shape: Buildium Resident Center announcing its shut-down and linking the company's new AppFolio portal
    c.add(
        "other_pms",
        "Buildium",
        "Cordgrass Tumbleweed Realty",
        "cordgrasstumbleweed.com",
        bd_url("cordgrasstumble"),
        "pms_mismatch",
        {
            "cordgrasstumbleweed.com": homepage(
                "Cordgrass Tumbleweed Realty",
                "<p>Call us about leasing your home.</p>",
                footer="<p>1000 N Interstate 35, Suite 110, Round Rock, TX 78681</p>" + TREC,
            ),
            "cordgrasstumble.managebuilding.com": bd_host(
                "Cordgrass Tumbleweed Realty",
                notice(
                    "This portal will be shut down on December 31, 2025. Starting December 1, please pay rent and "
                    f"submit requests through our new AppFolio portal: <a href='{af_url('cordgrasstumble')}'>"
                    "cordgrasstumble.appfolio.com</a>.",
                    heading="We're Moving",
                ),
            ),
            "cordgrasstumble.appfolio.com": appfolio("cordgrasstumble", "Cordgrass Tumbleweed Realty"),
        },
    )

    # shape: Rent Manager TWA whose notice, in text only, sends residents to a new AppFolio portal
    # ambiguous: it names AppFolio but links no portal, so the contract's pms_mismatch shape (links another PMS's portal)
    # is not met; the careful answer is a portal replaced by a new one: evidence_unverified.
    c.add(
        "stale_portal",
        "Rent Manager",
        "Chinaberry Wicket Properties",
        "chinaberrywicket.com",
        "https://chinaberrywicket.twa.rentmanager.com/",
        "evidence_unverified",
        {
            "chinaberrywicket.com": homepage(
                "Chinaberry Wicket Properties",
                "<p>Homes for rent in Bastrop and Elgin.</p>",
                footer="<p>907 Main St, Bastrop, TX 78602</p>" + TREC,
            ),
            "chinaberrywicket.twa.rentmanager.com": {
                "/": rentmanager(
                    "Chinaberry Wicket Properties",
                    notice(
                        "We have moved to a new resident portal powered by AppFolio. Please use our new AppFolio "
                        "portal to pay rent; this site no longer accepts payments. Check your email for your "
                        "activation link.",
                        heading="Important",
                    ),
                )
            },
        },
    )

    # shape: Buildium account showing a "for demonstration only" banner and sample data
    c.add(
        "stale_portal",
        "Buildium",
        "Cattail Meadowrue Realty",
        "cattailmeadowrue.com",
        bd_url("cattailmeadowrue"),
        "evidence_unverified",
        {
            "cattailmeadowrue.com": homepage(
                "Cattail Meadowrue Realty",
                "<p>Leasing and management in Manor and Elgin.</p>",
                footer="<p>12001 Hwy 290 E, Manor, TX 78653</p>" + TREC,
            ),
            "cattailmeadowrue.managebuilding.com": bd_host(
                "Cattail Meadowrue Realty",
                notice(
                    "This site is for demonstration only. The residents, leases and balances shown here are sample "
                    "data; no payments are processed.",
                    heading="Demo Account",
                ),
            ),
        },
    )

    # shape: a Buildium account labelled as a sandbox for testing an integration
    c.add(
        "stale_portal",
        "Buildium",
        "Burrowmint Realty",
        "burrowmintrealty.com",
        bd_url("burrowmintsandbox"),
        "evidence_unverified",
        {
            "burrowmintrealty.com": homepage(
                "Burrowmint Realty",
                "<p>Call (512) 555-0107 about rentals in Hutto and Taylor.</p>",
                footer="<p>Hutto, TX 78634</p>" + TREC,
            ),
            "burrowmintsandbox.managebuilding.com": bd_host(
                "Burrowmint Realty",
                notice(
                    "Sandbox environment: this account is used to test integrations. Data shown is not real and "
                    "payments are not processed.",
                    heading="SANDBOX",
                ),
                title="Burrowmint Realty SANDBOX - Resident Center",
            ),
        },
    )

    # shape: Rent Manager TWA of a staff-training "TEST ACCOUNT"
    c.add(
        "stale_portal",
        "Rent Manager",
        "Quenchwell Ranch Rentals",
        "quenchwellranch.com",
        "https://quenchwelltest.twa.rentmanager.com/",
        "evidence_unverified",
        {
            "quenchwellranch.com": homepage(
                "Quenchwell Ranch Rentals",
                "<p>Ranch homes for lease in Dripping Springs.</p>",
                footer="<p>Dripping Springs, TX 78620 &middot; (512) 555-0115</p>" + TREC,
            ),
            "quenchwelltest.twa.rentmanager.com": {
                "/": rentmanager(
                    "Quenchwell Ranch Rentals",
                    notice(
                        "TEST ACCOUNT - training database for staff. Do not submit payments or maintenance requests here.",
                        heading="Test Account",
                    ),
                    heading="Welcome to TEST ACCOUNT - Quenchwell Ranch Rentals",
                )
            },
        },
    )

    # shape: a vendor-branded "trial has expired" page on the account's Buildium host
    c.add(
        "stale_portal",
        "Buildium",
        "Piebald Cistern Realty",
        "piebaldcistern.com",
        bd_url("piebaldcistern"),
        "evidence_unverified",
        {
            "piebaldcistern.com": homepage(
                "Piebald Cistern Realty",
                "<p>Small portfolio, big attention. Serving Lockhart and Luling.</p>",
                footer="<p>Lockhart, TX 78644</p>" + TREC,
            ),
            "piebaldcistern.managebuilding.com": {
                "/Resident/portal/login": page(
                    "<div class='vendor-header'><img src='/images/buildium-logo.svg' alt='Buildium'></div><main><h1>This "
                    "account is unavailable</h1><p>The free trial for this account has expired. If you are the account "
                    "administrator, <a href='https://signin.managebuilding.com/manager/public/authentication/login'>sign "
                    "in</a> to choose a plan.</p></main>",
                    title="Buildium",
                )
            },
        },
    )

    # shape: an AppFolio account URL that redirects to the vendor's marketing home page
    c.add(
        "no_account",
        "AppFolio",
        "Drovers Inkwell Realty",
        "droversinkwell.com",
        af_url("droversinkwell"),
        "evidence_unverified",
        {
            "droversinkwell.com": homepage(
                "Drovers Inkwell Realty",
                "<p>Leasing in Buda and Kyle.</p>",
                footer="<p>Buda, TX 78610</p>" + TREC,
            ),
            "droversinkwell.appfolio.com": {"/connect": redirect("https://www.appfolio.com/", 302)},
        },
    )

    # shape: Propertyware tenant portal whose banner says the company has been acquired by another firm
    c.add(
        "stale_portal",
        "Propertyware",
        "Bristlecone Meadowlark Realty",
        "bristleconemeadowlark.com",
        pw_url("bristlemeadow"),
        "evidence_unverified",
        {
            "bristleconemeadowlark.com": homepage(
                "Bristlecone Meadowlark Realty",
                "<p>Residential sales in Williamson County.</p>",
                footer="<p>Georgetown, TX 78628</p>" + TREC,
            ),
            "bristlemeadow.propertyware.com": pw_host(
                "bristlemeadow",
                "Bristlecone Meadowlark Realty",
                notice(
                    "Bristlecone Meadowlark Realty has been acquired by Longhorn Ridge Residential. Effective "
                    "April 1, 2025, please contact Longhorn Ridge at (512) 555-0199 for rent payments and repairs.",
                    heading="Management Change",
                ),
            ),
        },
    )

    # shape: Buildium Resident Center announcing its own retirement at a future date, the successor not yet named
    # ambiguous: the portal still answers with a sign-in form, but it says it is being replaced by a new portal; the
    # contract's "replaced by a new portal" reads as stale, so the careful answer rejects it.
    c.add(
        "stale_portal",
        "Buildium",
        "Sweetgum Lanyard Realty",
        "sweetgumlanyard.com",
        bd_url("sweetgumlanyard"),
        "evidence_unverified",
        {
            "sweetgumlanyard.com": homepage(
                "Sweetgum Lanyard Realty",
                menu_link(bd_url("sweetgumlanyard")),
                footer="<p>1200 W Slaughter Ln, Austin, TX 78748</p>" + TREC,
            ),
            "sweetgumlanyard.managebuilding.com": bd_host(
                "Sweetgum Lanyard Realty",
                notice(
                    "This Resident Center will be retired on December 31, 2026. Watch your email for an invitation to "
                    "our new resident portal; your lease and balance will carry over.",
                    heading="Portal Retirement",
                ),
            ),
        },
    )

    # shape: a site's notice bar saying its management division has joined another firm, linking that firm's portal
    c.add(
        "stale_portal",
        "Buildium",
        "Quillfeather Realty",
        "quillfeatherrealty.com",
        None,
        "evidence_unverified",
        {
            "quillfeatherrealty.com": homepage(
                "Quillfeather Realty",
                "<p>Residents: please pay rent and request repairs through the "
                f"<a href='{bd_url('bexarcrestwillow')}'>Bexar Crestwillow Resident Center</a>.</p>",
                banner="Effective March 1, 2026, Quillfeather Realty's property management division has joined Bexar "
                "Crestwillow Management.",
                footer="<p>201 W 5th St, Austin, TX 78701</p>" + TREC,
            ),
            "bexarcrestwillow.managebuilding.com": bd_host("Bexar Crestwillow Management"),
        },
    )

    # shape: a RentCafe community login whose footer says another company professionally manages it
    c.add(
        "live_portal",
        "Yardi",
        "Wickerbill Apartment Management",
        "wickerbillapts.com",
        "https://brindlewoodonion.securecafe.com/residentservices/brindlewoodonion/userlogin.aspx",
        "evidence_unverified",
        {
            "wickerbillapts.com": homepage(
                "Wickerbill Apartment Management",
                "<p>Third-party management for Central Texas apartment owners.</p>",
                footer="<p>9600 Great Hills Trl, Suite 150W, Austin, TX 78759</p>" + TREC,
            ),
            "brindlewoodonion.securecafe.com": {
                "/residentservices/brindlewoodonion/userlogin.aspx": cafe(
                    "The Brindlewood at Onion Creek",
                    footer="The Brindlewood at Onion Creek &middot; Professionally managed by Corbel Lantana Residential "
                    "&middot; RENTCafe",
                )
            },
        },
    )

    # ===== rejections: another PMS =====

    # shape: the site's resident link goes to a Rentvine account, the agent claimed AppFolio
    c.add(
        "other_pms",
        "AppFolio",
        "Sumac Pennywhistle Homes",
        "sumacpennywhistle.com",
        None,
        "pms_mismatch",
        {
            "sumacpennywhistle.com": homepage(
                "Sumac Pennywhistle Homes",
                menu_link("https://sumacpenny.rentvine.com/portals/resident", "Resident Portal"),
                footer="<p>1701 Directors Blvd, Suite 300, Austin, TX 78744</p>" + TREC,
            ),
            "sumacpenny.rentvine.com": {"/portals/resident": spa_shell("Sumac Pennywhistle Homes - Resident Portal")},
        },
    )

    # shape: "We've moved to a new resident portal!" bar linking AppFolio, the old Buildium link kept and now retired
    c.add(
        "other_pms",
        "Buildium",
        "Harrowdale Cricket Realty",
        "harrowdalecricket.com",
        bd_url("harrowdale"),
        "pms_mismatch",
        {
            "harrowdalecricket.com": homepage(
                "Harrowdale Cricket Realty",
                menu_link(bd_url("harrowdale"), "Old Resident Login"),
                banner=f"We've moved to a new resident portal! Starting October 1, <a href='{af_url('harrowdalecricket')}'>"
                "log in to our new portal here</a>.",
                footer="<p>4131 Spicewood Springs Rd, Suite I-1, Austin, TX 78759</p>" + TREC,
            ),
            "harrowdale.managebuilding.com": {
                "/Resident/portal/login": page(
                    "<header><h1>Harrowdale Cricket Realty Resident Center</h1></header><main><p>This Resident Center is "
                    "no longer active. Please contact your property manager.</p></main><footer>Powered by Buildium</footer>",
                    title="Harrowdale Cricket Realty - Resident Center",
                )
            },
            "harrowdalecricket.appfolio.com": appfolio("harrowdalecricket", "Harrowdale Cricket Realty"),
        },
    )

    # ===== rejections: where the company is =====

    # shape: an Oklahoma company (Norman, OK) linking its Buildium portal, no mention of Texas
    c.add(
        "site_links_portal",
        "Buildium",
        "Redbud Larkhaven Property Management",
        "redbudlarkhaven.com",
        bd_url("redbudlarkhaven"),
        "wrong_state",
        {
            "redbudlarkhaven.com": homepage(
                "Redbud Larkhaven Property Management",
                menu_link(bd_url("redbudlarkhaven")),
                footer="<p>2300 W Main St, Norman, OK 73069 &middot; (405) 555-0133</p>",
            ),
            "redbudlarkhaven.managebuilding.com": bd_host("Redbud Larkhaven Property Management"),
        },
    )

    # shape: a Lafayette, Louisiana company proposed for Texas, its AppFolio portal live
    c.add(
        "live_portal",
        "AppFolio",
        "Tupelo Pirogue Realty",
        "tupelopirogue.com",
        af_url("tupelopirogue"),
        "wrong_state",
        {
            "tupelopirogue.com": homepage(
                "Tupelo Pirogue Realty",
                "<p>Acadiana's rental experts.</p>",
                footer="<p>101 Camellia Blvd, Suite 200, Lafayette, LA 70503</p>",
            ),
            "tupelopirogue.appfolio.com": appfolio("tupelopirogue", "Tupelo Pirogue Realty"),
        },
    )

    # shape: a Texarkana, Arkansas company ("serving the Four States area"), no Texas address and no "Texas"
    # ambiguous: Texarkana straddles the state line and such firms often lease on the Texas side, but this homepage
    # names only Arkansas; the careful answer under the contract is wrong_state.
    c.add(
        "site_links_portal",
        "Buildium",
        "Stateline Cormorant Rentals",
        "statelinecormorant.com",
        bd_url("statelinecormorant"),
        "wrong_state",
        {
            "statelinecormorant.com": homepage(
                "Stateline Cormorant Rentals",
                "<p>Serving the Four States area since 2004.</p>" + menu_link(bd_url("statelinecormorant")),
                footer="<p>3400 E 9th St, Texarkana, AR 71854 &middot; (870) 555-0148</p>",
            ),
            "statelinecormorant.managebuilding.com": bd_host("Stateline Cormorant Rentals"),
        },
    )

    # shape: a Kansas City company (Overland Park, KS and Kansas City, MO offices) whose name a Texas firm also uses
    c.add(
        "site_links_portal",
        "AppFolio",
        "Prairiehawk Realty Group",
        "prairiehawkrealtygroup.com",
        af_url("prairiehawkrg"),
        "wrong_state",
        {
            "prairiehawkrealtygroup.com": homepage(
                "Prairiehawk Realty Group",
                menu_link(af_url("prairiehawkrg"), "Resident Portal"),
                footer="<p>11500 Granada Ln, Overland Park, KS 66211</p><p>4800 Main St, Suite 400, Kansas City, MO 64112</p>",
            ),
            "prairiehawkrg.appfolio.com": appfolio("prairiehawkrg", "Prairiehawk Realty Group"),
        },
    )

    # shape: a Texas company given the portal of a same-named Kansas City firm (portal footer: Kansas City, MO)
    # ambiguous: the portal's name is the candidate's own (its footer's copyright line names it too), but every address
    # on the portal is in Missouri and the Texas homepage never names Missouri: the contract's "same-named firm
    # elsewhere", so the careful answer is evidence_unverified.
    c.add(
        "live_portal",
        "Buildium",
        "Bluestem Crossing Property Management",
        "bluestemcrossingtx.com",
        bd_url("bluestemcrossing"),
        "evidence_unverified",
        {
            "bluestemcrossingtx.com": homepage(
                "Bluestem Crossing Property Management",
                "<p>Austin's neighborhood property managers.</p>",
                footer="<p>7101 Bluestem Ridge Rd, Austin, TX 78735</p>" + TREC,
            ),
            "bluestemcrossing.managebuilding.com": {
                "/Resident/portal/login": _login(
                    "Bluestem Crossing Property Management - Resident Center",
                    "Bluestem Crossing Property Management Resident Center",
                    user="Email",
                    footer="Bluestem Crossing Property Management &middot; 8700 State Line Rd, Suite 210, Kansas City, MO "
                    "64114 &middot; (816) 555-0120 &middot; Powered by Buildium",
                )
            },
        },
    )

    # shape: an Albuquerque, New Mexico company linking its Rentvine portal
    c.add(
        "site_links_portal",
        "Rentvine",
        "Sandia Zephyrine Property Management",
        "sandiazephyrine.com",
        None,
        "wrong_state",
        {
            "sandiazephyrine.com": homepage(
                "Sandia Zephyrine Property Management",
                menu_link("https://sandiazephyrine.rentvine.com/portals/resident", "Resident Portal"),
                footer="<p>6100 Uptown Blvd NE, Suite 400, Albuquerque, NM 87110 &middot; (505) 555-0164</p>",
            ),
            "sandiazephyrine.rentvine.com": {
                "/portals/resident": spa_shell("Sandia Zephyrine Property Management - Resident Portal")
            },
        },
    )

    # shape: an Edmond, Oklahoma company whose visible page gives only the town and a 405 number; the state is in JSON-LD
    # ambiguous: no visible street address carries a state code, but the schema.org PostalAddress gives Edmond, OK 73034
    # and nothing names Texas; the careful answer is wrong_state.
    c.add(
        "live_portal",
        "Rent Manager",
        "Cimarron Thimbleberry Homes",
        "cimarronthimbleberry.com",
        "https://cimarronthimble.twa.rentmanager.com/",
        "wrong_state",
        {
            "cimarronthimbleberry.com": homepage(
                "Cimarron Thimbleberry Homes",
                "<p>Edmond office &middot; (405) 555-0172</p>",
                head='<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"RealEstateAgent",'
                '"name":"Cimarron Thimbleberry Homes","address":{"@type":"PostalAddress","streetAddress":'
                '"1401 S Broadway","addressLocality":"Edmond","addressRegion":"OK","postalCode":"73034"}}'
                "</script>",
            ),
            "cimarronthimble.twa.rentmanager.com": {"/": rentmanager("Cimarron Thimbleberry Homes")},
        },
    )

    # ===== rejections: the other classes =====

    # shape: a domain that no longer resolves (neither apex nor www), its Buildium portal still live
    c.add(
        "dead_domain",
        "Buildium",
        "Dryhollow Bellwort Realty",
        "dryhollowbellwort.com",
        bd_url("dryhollowbellwort"),
        "dead_domain",
        {"dryhollowbellwort.managebuilding.com": bd_host("Dryhollow Bellwort Realty")},
        unresolvable=("dryhollowbellwort.com", "www.dryhollowbellwort.com"),
    )

    # shape: a Sedo-style parked page (related searches, "this domain may be for sale", parking link parameters)
    c.add(
        "parked",
        "AppFolio",
        "Hollyrowan Tern Realty",
        "hollyrowantern.com",
        af_url("hollyrowantern"),
        "dead_domain",
        {
            "hollyrowantern.com": {
                "/": doc(
                    "hollyrowantern.com",
                    "<script src='https://img.sedoparking.com/jspartner/caf.js'></script>",
                    "<h1>hollyrowantern.com</h1><p>This domain may be for sale!</p><h2>Related Searches</h2><ul>"
                    "<li><a href='/?search=property+management&amp;utm_medium=parking&amp;utm_source=sedo'>Property "
                    "Management</a></li><li><a href='/?search=rental+homes&amp;utm_medium=parking'>Rental Homes</a></li></ul>"
                    "<a href='https://sedo.com/search/details/?domain=hollyrowantern.com&amp;partnerid=14448'>Buy this "
                    "domain</a>",
                )
            },
            "hollyrowantern.appfolio.com": appfolio("hollyrowantern", "Hollyrowan Tern Realty"),
        },
    )

    # shape: a RentCafe resident login answering a server with Cloudflare's 403 challenge; the site links it
    c.add(
        "bot_wall",
        "Yardi",
        "Greywater Sycamore Residential",
        "greywatersycamore.com",
        "https://sycamoreknoll.securecafe.com/residentservices/sycamoreknoll/userlogin.aspx",
        "unverifiable",
        {
            "greywatersycamore.com": homepage(
                "Greywater Sycamore Residential",
                menu_link("https://sycamoreknoll.securecafe.com/residentservices/sycamoreknoll/userlogin.aspx"),
                footer="<p>13000 N Interstate 35, Austin, TX 78753</p>" + TREC,
            ),
            "sycamoreknoll.securecafe.com": everywhere(cf_challenge("sycamoreknoll.securecafe.com")),
        },
    )

    # shape: a site with a Memorial Day closure bar, rent by check at the office, and no portal anywhere
    c.add(
        "no_portal",
        "Buildium",
        "Ironweed Gazebo Property Management",
        "ironweedgazebo.com",
        None,
        "no_pms_evidence",
        {
            "ironweedgazebo.com": homepage(
                "Ironweed Gazebo Property Management",
                "<h2>Paying Rent</h2><p>Rent may be paid by check or money order at our office or by mail.</p>",
                banner="Our office will be closed Monday, May 25 in observance of Memorial Day.",
                footer="<p>315 S Main St, Buda, TX 78610</p>" + TREC,
            )
        },
    )

    # shape: a site showing an AppFolio CDN logo and stylesheet but linking no account portal
    c.add(
        "asset",
        "AppFolio",
        "Larchwhistle Homes",
        "larchwhistlehomes.com",
        None,
        "no_pms_evidence",
        {
            "larchwhistlehomes.com": homepage(
                "Larchwhistle Homes",
                "<img src='https://images.cdn.appfolio.com/larchwhistle/images/cache/logo-270x90.png' alt='Larchwhistle "
                "Homes'><p>Call (512) 555-0129 to ask about our rentals.</p>",
                head="<link rel='stylesheet' href='https://images.cdn.appfolio.com/larchwhistle/css/site-4c1e.css'>",
                footer="<p>Leander, TX 78641</p>" + TREC,
            )
        },
    )

    # shape: a "Resident Login" link to Buildium's vendor-wide manager sign-in and a "Powered by Buildium" badge
    c.add(
        "vendor_wide",
        "Buildium",
        "Tallowmere Quince Realty",
        "tallowmerequince.com",
        None,
        "no_pms_evidence",
        {
            "tallowmerequince.com": homepage(
                "Tallowmere Quince Realty",
                menu_link("https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F")
                + "<p><a href='https://www.buildium.com/'>Powered by Buildium</a></p>",
                footer="<p>Taylor, TX 76574</p>" + TREC,
            )
        },
    )

    return c.cases


HOLDOUT14: list[Case] = _cases()
