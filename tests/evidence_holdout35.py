# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirty-fifth blind corpus: what a vendor's account portal itself says above or beside its login form.

Focus: the banners real property managers type into their portal settings, and the pages vendors
show for an account's state, on every vendor of the contract's table with per-account portals
(AppFolio, Buildium, Rent Manager, Propertyware, Rentvine, DoorLoop, Yardi RentCafe, Entrata,
RealPage, ResMan, MRI, Rentec Direct, TenantCloud), at the account hosts and paths the table gives.

Decisive notices (the portal is not the company's live account any more), each worded its own
way: "This account has been closed", "Online services for this property have been discontinued",
"Please contact your new management company, X, at ...", "This property is no longer managed
through this portal", "Effective 5/1 residents should use the X resident portal", "Payments can no
longer be made here", "This portal will be deactivated on <a past date>", "Management of X
transferred to Y", an expired trial, an inactive subscription, a vendor's "this site is
unavailable" page, a Spanish "ya no está activo". A notice that residents moved to another vendor,
with that vendor's portal linked (and live in the company's name), is `pms_mismatch`.

Benign twins on real leads' portals, differing only in the decisive words: scheduled maintenance
windows, "new features in your portal", "welcome to our new resident portal" on the candidate's
own new account, holiday office hours, "rent is due on the 1st; late fees after the 5th", "we no
longer accept paper checks (or cash): pay here", "our office has moved", "this unit is no longer
available" on the account's live listings page, a COVID-era notice still up, a password-reset
notice, "Powered by <vendor>" footers, a portal in Spanish.

Mix: 55 cases, 28 real leads (15 `site_links_portal` high, 13 `live_portal` medium) and 27
rejections (14 `stale_portal` and 7 `no_account` labelled `evidence_unverified`, 6 `other_pms`
labelled `pms_mismatch`), over 29 states and all 13 vendors named above.

Classes: `site_links_portal` (the company's own site, also served here, links the live portal:
high), `live_portal` (only the evidence URL is a live portal in the company's name; the site, a
property manager's, links nothing: medium), `stale_portal` (a live-looking portal, often with its
login form, whose own words say it is no longer the company's live account), `no_account` (the
vendor's page for a closed, lapsed, inactive or unavailable account, no login form), `other_pms`
(the portal sends residents to another vendor's portal, linked).

How labels were decided: by docs/live-checks.md (judging order, vendor table, the portal-notice
paragraph: "inactive or unavailable (a lapsed trial), now managed by someone else, sold, retired or
about to be, replaced by a new portal ('this site no longer accepts payments')" and "names another
PMS's portal ... and says 'we have moved' or 'we're moving' ... or shows no login form"), read
without knowing how the checks work. A portal whose notice says the account is gone is
`evidence_unverified` whether or not the company's site still links it (a live site linking a
portal that is not that account's live portal). Where the contract's wording does not cover a
case's exact words the label is what a careful sales team would want, and the comment says
"ambiguous:". All names, domains, accounts, addresses and phone numbers are made up; every page
is our own short HTML after the shapes of real sites and vendor portals.
"""

from __future__ import annotations

from evidence_corpus import Collector, spa_shell
from fake_web import Reply, doc, page, redirect

collector = Collector("holdout35-")
add = collector.add


# --- helpers ----------------------------------------------------------------------------------


def office(street: str, city: str, st: str, zip_: str, phone: str) -> str:
    return f"<p class='office'>{street}, {city}, {st} {zip_} &middot; {phone}</p>"


def firm(co: str, where: str, *links: str | tuple[str, str], blurb: str = "", kind: str = "homes") -> dict[str, Reply]:
    """A property manager's homepage: menu (with each portal link), a short body, its office."""
    menu = ""
    for link in links:
        url, label = link if isinstance(link, tuple) else (link, "Resident Login")
        menu += f"<a class='menu-item' href='{url}'>{label}</a>"
    what = {
        "homes": "We manage single-family homes, duplexes and small apartment buildings for local owners, "
        "and help tenants find their next rental.",
        "apartments": "We own and manage apartment communities: leasing, resident services and maintenance "
        "handled by our own on-site teams.",
    }[kind]
    html = (
        f"<header><nav><a href='/'>Home</a><a href='/rentals'>Rentals</a><a href='/owner-services'>Owners</a>"
        f"{menu}<a href='/contact'>Contact</a></nav></header><main><h1>{co}</h1><p>{what}</p>{blurb}</main>"
        f"<footer>{where}<p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return {"/": page(html, title=f"{co} | Property Management")}


def banner(text: str, kind: str = "info") -> str:
    return f"<div class='alert alert-{kind}' role='alert'><p>{text}</p></div>"


def portal(
    title: str,
    heading: str,
    *,
    note: str = "",
    form: bool = True,
    footer: str = "",
    user: str = "username",
    logo: str = "",
    lang: str = "en-US",
    words: tuple[str, str, str, str] = ("Email", "Password", "Sign In", "Forgot your password?"),
) -> Reply:
    """A vendor portal's page: a logo, a heading, the account's notice, then its login form."""
    login = (
        f"<form method='post' action='' class='login-form'><label for='u'>{words[0]}</label>"
        f"<input id='u' name='{user}' type='text'><label for='p'>{words[1]}</label>"
        f"<input id='p' type='password' name='password'><button type='submit'>{words[2]}</button>"
        f"<a href='#reset'>{words[3]}</a></form>"
        if form
        else ""
    )
    return doc(
        title,
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<header>{logo}<h1>{heading}</h1></header><main>{note}{login}</main><footer>{footer}</footer>",
        lang=lang,
    )


def appfolio(acct: str, co: str, note: str = "", *, form: bool = True) -> dict[str, dict[str, Reply]]:
    host = f"{acct}.appfolio.com"
    logo = f"<img class='logo' src='https://images.cdn.appfolio.com/{acct}/images/logo.png' alt='{co}'>"
    return {
        host: {
            "/connect": redirect(f"https://{host}/connect/users/sign_in"),
            "/connect/users/sign_in": portal(
                "Sign In | Online Portal",
                co,
                note=note,
                form=form,
                logo=logo,
                user="user[email]",
                footer="Powered by AppFolio Property Manager",
            ),
        }
    }


def buildium(acct: str, co: str, note: str = "", *, form: bool = True, spanish: bool = False) -> dict[str, dict[str, Reply]]:
    if spanish:
        reply = portal(
            f"{co} - Centro de residentes",
            f"Centro de residentes de {co}",
            note=note,
            form=form,
            user="Email",
            lang="es",
            footer="Desarrollado por Buildium",
            words=("Correo electrónico", "Contraseña", "Iniciar sesión", "¿Olvidó su contraseña?"),
        )
    else:
        reply = portal(
            f"{co} - Resident Center", f"{co} Resident Center", note=note, form=form, user="Email", footer="Powered by Buildium"
        )
    return {f"{acct}.managebuilding.com": {"/Resident/portal/login": reply}}


def rm_resident(host: str, co: str, note: str = "", *, form: bool = True, path: str = "/") -> dict[str, dict[str, Reply]]:
    return {
        host: {
            path: portal(
                f"{co} | Resident Portal",
                f"Welcome to {co}",
                note=note,
                form=form,
                user="txtUserName",
                footer="Rent Manager &middot; Resident Web Access",
            )
        }
    }


def propertyware(host: str, path: str, co: str, note: str = "", *, form: bool = True) -> dict[str, dict[str, Reply]]:
    return {
        host: {
            path: portal(
                f"{co} - Tenant Portal",
                "Tenant Portal Login",
                note=note,
                form=form,
                logo=f"<img src='/pw/logo.png' alt='{co}'><span class='company'>{co}</span>",
                footer="Powered by Propertyware",
            )
        }
    }


def rentvine_login(acct: str, co: str, note: str = "", *, form: bool = True) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.rentvine.com": {
            "/portals/resident": portal(
                f"{co} | Resident Portal", f"{co} Resident Portal", note=note, form=form, footer="Powered by Rentvine"
            )
        }
    }


def doorloop(acct: str, co: str, note: str = "", *, form: bool = True, title: str | None = None) -> dict[str, dict[str, Reply]]:
    host = f"{acct}.app.doorloop.com"
    return {
        host: {
            "/": redirect(f"https://{host}/login"),
            "/login": portal(
                title or f"{co} | Tenant Portal", f"{co} Tenant Portal", note=note, form=form, footer="Powered by DoorLoop"
            ),
        }
    }


def rentcafe(
    acct: str, prop: str, slug: str, note: str = "", *, form: bool = True, spanish: bool = False
) -> dict[str, dict[str, Reply]]:
    if spanish:
        reply = portal(
            f"{prop} - Servicios para residentes",
            f"{prop}: inicio de sesión para residentes",
            note=note,
            form=form,
            user="Username",
            lang="es-US",
            footer="RENTCafe &middot; Yardi Systems, Inc.",
            words=("Correo electrónico", "Contraseña", "Iniciar sesión", "¿Olvidó su contraseña?"),
        )
    else:
        reply = portal(
            f"{prop} - Resident Services - Login",
            f"{prop} Resident Login",
            note=note,
            form=form,
            user="Username",
            footer="RENTCafe &middot; Yardi Systems, Inc.",
        )
    return {f"{acct}.securecafe.com": {f"/residentservices/{slug}/userlogin.aspx": reply}}


def entrata(acct: str, prop: str, note: str = "", *, form: bool = True) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.residentportal.com": {
            "/auth": portal(
                f"{prop} | Resident Portal", f"{prop} Resident Portal", note=note, form=form, footer="Powered by Entrata"
            )
        }
    }


def activebuilding(acct: str, prop: str, note: str = "", *, form: bool = True) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.activebuilding.com": {
            "/": portal(
                f"{prop} - ActiveBuilding - Log In",
                f"Welcome to {prop}",
                note=note,
                form=form,
                footer="ActiveBuilding &middot; Powered by RealPage",
            )
        }
    }


def resman(acct: str, prop: str, note: str = "", *, form: bool = True) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.myresman.com": {
            "/Portal/Access/SignIn": portal("Resident Portal - Sign In", prop, note=note, form=form, footer="Powered by ResMan")
        }
    }


def mri(acct: str, prop: str, note: str = "", *, form: bool = True, title: str | None = None) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.mriresidentconnect.com": {
            "/": portal(
                title or f"{prop} - ResidentConnect",
                f"{prop} ResidentConnect",
                note=note,
                form=form,
                footer="ResidentConnect &middot; MRI Software",
            )
        }
    }


def rentec(acct: str, co: str, note: str = "", *, form: bool = True, title: str | None = None) -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.rentecdirect.com": {
            "/": portal(
                title or f"{co} - Tenant Login",
                f"{co} Tenant Login",
                note=note,
                form=form,
                footer="Property management software by Rentec Direct",
            )
        }
    }


def sites(*parts: dict[str, dict[str, Reply]]) -> dict[str, dict[str, Reply]]:
    out: dict[str, dict[str, Reply]] = {}
    for part in parts:
        for host, pages in part.items():
            out.setdefault(host, {}).update(pages)
    return out


# === AppFolio =================================================================================

# A maintenance window above the login form; the site's menu links the account: high.
CO = "Quillmoor Property Management"
add(
    "site_links_portal",
    "AppFolio",
    CO,
    "quillmoorpropertymgmt.com",
    "https://quillmoor.appfolio.com/connect",
    "high",
    sites(
        {
            "quillmoorpropertymgmt.com": firm(
                CO,
                office("2901 S Lamar Blvd, Suite 140", "Austin", "TX", "78704", "(512) 555-0161"),
                "https://quillmoor.appfolio.com/connect",
            )
        },
        appfolio(
            "quillmoor",
            CO,
            banner(
                "Scheduled maintenance: online payments will be unavailable Sunday, "
                "March 8 from 2:00 AM to 4:00 AM CT while we upgrade our systems."
            ),
        ),
    ),
    state="TX",
    city="Austin",
)

# The portal names a new management company for residents; the site still links it: the account
# is not the company's live one.
CO = "Saguaro Ledge Realty"
add(
    "stale_portal",
    "AppFolio",
    CO,
    "saguaroledgerealty.com",
    "https://saguaroledge.appfolio.com/connect",
    "evidence_unverified",
    sites(
        {
            "saguaroledgerealty.com": firm(
                CO,
                office("1630 S Stapley Dr, Suite 212", "Mesa", "AZ", "85204", "(480) 555-0124"),
                "https://saguaroledge.appfolio.com/connect",
            )
        },
        appfolio(
            "saguaroledge",
            CO,
            banner(
                "Please contact your new management company, Harbor Gate Residential, "
                "at (480) 555-0190 for rent payments, maintenance and lease questions.",
                "warning",
            ),
        ),
    ),
    state="AZ",
    city="Mesa",
)

# "Welcome to our new resident portal" on the candidate's own new account; site links nothing: medium.
CO = "Cypress Wren Property Management"
add(
    "live_portal",
    "AppFolio",
    CO,
    "cypresswrenpm.com",
    "https://cypresswren.appfolio.com/connect",
    "medium",
    sites(
        {"cypresswrenpm.com": firm(CO, office("4010 W Boy Scout Blvd, Suite 360", "Tampa", "FL", "33607", "(813) 555-0147"))},
        appfolio(
            "cypresswren",
            CO,
            banner(
                "Welcome to our new resident portal! If you rented with us before "
                "March 2026, click &lsquo;Sign up&rsquo; to create your login."
            ),
        ),
    ),
    state="FL",
    city="Tampa",
)

# "We have moved!" above the AppFolio form, linking the company's live Buildium Resident Center.
CO = "Tallowby Homes"
add(
    "other_pms",
    "AppFolio",
    CO,
    "tallowbyhomes.com",
    "https://tallowby.appfolio.com/connect",
    "pms_mismatch",
    sites(
        {
            "tallowbyhomes.com": firm(
                CO,
                office("985 N High St, Suite 4", "Columbus", "OH", "43201", "(614) 555-0183"),
                "https://tallowby.appfolio.com/connect",
            )
        },
        appfolio(
            "tallowby",
            CO,
            banner(
                "We have moved! Tallowby Homes residents now pay rent and request "
                "maintenance in our new Resident Center: <a href='https://tallowbyhomes."
                "managebuilding.com/Resident/portal/login'>tallowbyhomes.managebuilding.com</a>",
                "warning",
            ),
        ),
        buildium("tallowbyhomes", CO),
    ),
    state="OH",
    city="Columbus",
)

# "This portal will be deactivated on June 30, 2025" (past): retired, though the form still shows.
CO = "Brinkhollow Rentals"
add(
    "stale_portal",
    "AppFolio",
    CO,
    "brinkhollowrentals.com",
    "https://brinkhollow.appfolio.com/connect",
    "evidence_unverified",
    sites(
        {
            "brinkhollowrentals.com": firm(
                CO,
                office("5008 Kingston Pike", "Knoxville", "TN", "37919", "(865) 555-0152"),
                ("https://brinkhollow.appfolio.com/connect", "Pay Rent"),
            )
        },
        appfolio(
            "brinkhollow",
            CO,
            banner(
                "This portal will be deactivated on June 30, 2025. Please contact our "
                "office for a copy of your ledger and payment history.",
                "warning",
            ),
        ),
    ),
    state="TN",
    city="Knoxville",
)

# A removed listing redirects to the account's live listings page, whose flash says "This unit is no
# longer available"; the site links the listings and the portal: high.
CO = "Juniper Quayside Property Management"
_jq = "juniperquayside.appfolio.com"
add(
    "site_links_portal",
    "AppFolio",
    CO,
    "juniperquaysidepm.com",
    "https://juniperquayside.appfolio.com/listings/detail/6f1d2c7e-93a4-4b1f-8c55-0e2d7b9a41c3",
    "high",
    sites(
        {
            "juniperquaysidepm.com": firm(
                CO,
                office("3700 National Dr, Suite 118", "Raleigh", "NC", "27612", "(919) 555-0175"),
                ("https://juniperquayside.appfolio.com/listings", "Available Rentals"),
                ("https://juniperquayside.appfolio.com/connect", "Resident Login"),
            )
        },
        appfolio("juniperquayside", CO),
        {
            _jq: {
                "/listings/detail/6f1d2c7e-93a4-4b1f-8c55-0e2d7b9a41c3": redirect(
                    f"https://{_jq}/listings?filters%5Bremoved%5D=1"
                ),
                "/listings": page(
                    f"<img class='logo' src='https://images.cdn.appfolio.com/juniperquayside/images/logo.png' alt='{CO}'>"
                    "<div class='flash'>This unit is no longer available.</div><h2>Available Rentals</h2>"
                    "<div class='listing-item'><h3>4412 Glenwood Ave, Raleigh, NC 27612</h3><p>3 bd / 2 ba &middot; $1,895</p>"
                    "<a href='/listings/rental_applications/new'>Apply Now</a></div>"
                    "<div class='listing-item'><h3>118 Oberlin Rd, Raleigh, NC 27605</h3><p>2 bd / 1 ba &middot; $1,450</p></div>"
                    "<footer>Powered by AppFolio Property Manager</footer>",
                    title=f"Rental Listings | {CO}",
                ),
            }
        },
    ),
    state="NC",
    city="Raleigh",
)

# ambiguous: "has been retired" and "residents should use the Front Range Keel resident portal" (another
# firm); a handover and a retired portal at once: evidence_unverified.
CO = "Cresthollow Property Management"
add(
    "stale_portal",
    "AppFolio",
    CO,
    "cresthollowpm.com",
    "https://cresthollow.appfolio.com/connect",
    "evidence_unverified",
    sites(
        {"cresthollowpm.com": firm(CO, office("1790 30th St, Suite 220", "Boulder", "CO", "80301", "(303) 555-0138"))},
        appfolio(
            "cresthollow",
            CO,
            banner(
                "The online portal for Cresthollow Property Management has been retired. "
                "Your lease and balance are now handled by Front Range Keel Management; "
                "residents should use the Front Range Keel resident portal going forward.",
                "danger",
            ),
        ),
    ),
    state="CO",
    city="Boulder",
)


# === Buildium =================================================================================

# Rent-due and late-fee reminder; no evidence URL, the site's menu links the Resident Center: high.
CO = "Pinecrag Property Group"
add(
    "site_links_portal",
    "Buildium",
    CO,
    "pinecragpg.com",
    None,
    "high",
    sites(
        {
            "pinecragpg.com": firm(
                CO,
                office("1515 Mockingbird Ln, Suite 600", "Charlotte", "NC", "28209", "(704) 555-0119"),
                "https://pinecrag.managebuilding.com/Resident/portal/login",
            )
        },
        buildium(
            "pinecrag",
            CO,
            banner("Reminder: rent is due on the 1st of each month. Late fees are applied after 11:59 PM on the 5th."),
        ),
    ),
    state="NC",
    city="Charlotte",
)

# Buildium's page for a closed account, no login form; the site still links it.
CO = "Ochreview Property Management"
add(
    "no_account",
    "Buildium",
    CO,
    "ochreviewpm.com",
    "https://ochreview.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    sites(
        {
            "ochreviewpm.com": firm(
                CO,
                office("7 E Congress St, Suite 900", "Savannah", "GA", "31401", "(912) 555-0106"),
                "https://ochreview.managebuilding.com/Resident/portal/login",
            )
        },
        {
            "ochreview.managebuilding.com": {
                "/Resident/portal/login": portal(
                    "Resident Center",
                    "This account has been closed",
                    note="<p>If you have questions about your lease or a past payment, please contact your property "
                    "manager directly.</p>",
                    form=False,
                    footer="Powered by Buildium",
                )
            }
        },
    ),
    state="GA",
    city="Savannah",
)

# "We no longer accept paper checks ... please pay here": benign twin of "payments can no longer be
# made here"; unlinked: medium.
CO = "Larchmere Residential"
add(
    "live_portal",
    "Buildium",
    CO,
    "larchmereresidential.com",
    "https://larchmere.managebuilding.com/Resident/portal/login",
    "medium",
    sites(
        {"larchmereresidential.com": firm(CO, office("40 W Fourth St, Suite 1100", "Dayton", "OH", "45402", "(937) 555-0158"))},
        buildium(
            "larchmere",
            CO,
            banner(
                "Please note: we no longer accept paper checks or money orders at our "
                "office. Pay your rent here through the Resident Center by eCheck or card."
            ),
        ),
    ),
    state="OH",
    city="Dayton",
)

# "Online services for this property have been discontinued. Payments can no longer be made here."
# above a still-working form; unlinked.
CO = "Flintbrook Management"
add(
    "stale_portal",
    "Buildium",
    CO,
    "flintbrookmgmt.com",
    "https://flintbrook.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    sites(
        {
            "flintbrookmgmt.com": firm(
                CO, office("102 S Tejon St, Suite 1100", "Colorado Springs", "CO", "80903", "(719) 555-0142")
            )
        },
        buildium(
            "flintbrook",
            CO,
            banner("Online services for this property have been discontinued. Payments can no longer be made here.", "danger"),
        ),
    ),
    state="CO",
    city="Colorado Springs",
)

# A bilingual San Antonio firm; its Resident Center in Spanish ("Desarrollado por Buildium"); linked: high.
CO = "Mezquital Property Management"
add(
    "site_links_portal",
    "Buildium",
    CO,
    "mezquitalrentas.com",
    "https://mezquital.managebuilding.com/Resident/portal/login",
    "high",
    sites(
        {
            "mezquitalrentas.com": firm(
                CO,
                office("8750 Fourwinds Dr, Suite 105", "San Antonio", "TX", "78239", "(210) 555-0197"),
                ("https://mezquital.managebuilding.com/Resident/portal/login", "Portal de Residentes"),
                blurb="<p>Hablamos español. Administración de casas y apartamentos en renta.</p>",
            )
        },
        buildium(
            "mezquital",
            CO,
            banner("Bienvenido. Pague su renta en línea y envíe solicitudes de mantenimiento las 24 horas."),
            spanish=True,
        ),
    ),
    state="TX",
    city="San Antonio",
)

# "We're moving to Rentvine!" above the Buildium form, linking the live Rentvine account.
CO = "Hazelcroft Realty"
add(
    "other_pms",
    "Buildium",
    CO,
    "hazelcroftrealty.com",
    "https://hazelcroft.managebuilding.com/Resident/portal/login",
    "pms_mismatch",
    sites(
        {
            "hazelcroftrealty.com": firm(
                CO,
                office("5420 N College Ave", "Indianapolis", "IN", "46220", "(317) 555-0171"),
                "https://hazelcroft.managebuilding.com/Resident/portal/login",
            )
        },
        buildium(
            "hazelcroft",
            CO,
            banner(
                "We're moving to Rentvine! Starting June 1, please log in to our new "
                "resident portal at <a href='https://hazelcroft.rentvine.com/portals/resident'>"
                "hazelcroft.rentvine.com</a>. This Resident Center will close June 30.",
                "warning",
            ),
        ),
        {"hazelcroft.rentvine.com": {"/portals/resident": spa_shell(f"{CO} | Resident Portal")}},
    ),
    state="IN",
    city="Indianapolis",
)

# A removed listing on the account's public rentals page: "This unit is no longer available", other
# units listed; unlinked: medium.
CO = "Kestrelmoor Properties"
add(
    "live_portal",
    "Buildium",
    CO,
    "kestrelmoorproperties.com",
    "https://kestrelmoor.managebuilding.com/Resident/public/rentals/4821",
    "medium",
    sites(
        {
            "kestrelmoorproperties.com": firm(
                CO, office("175 S Main St, Suite 1300", "Salt Lake City", "UT", "84111", "(801) 555-0135")
            )
        },
        {
            "kestrelmoor.managebuilding.com": {
                "/Resident/public/rentals/4821": page(
                    f"<header><h1>{CO}</h1></header><div class='alert'>This unit is no longer available. Browse our other "
                    "available rentals below.</div><h2>Available Rentals</h2><ul><li>1144 E 900 S, Salt Lake City, UT 84105 "
                    "&middot; 2 bd / 1 ba &middot; $1,375 <a href='/Resident/public/rentals/4907'>Details</a></li>"
                    "<li>2260 S 700 E, Salt Lake City, UT 84106 &middot; 3 bd / 2 ba &middot; $1,850</li></ul>"
                    "<footer>Powered by Buildium</footer>",
                    title=f"{CO} - Rentals",
                )
            }
        },
    ),
    state="UT",
    city="Salt Lake City",
)

# A lapsed Buildium trial: the Resident Center is unavailable; the site links it.
CO = "Wrenfield Property Co"
add(
    "no_account",
    "Buildium",
    CO,
    "wrenfieldpropertyco.com",
    "https://wrenfield.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    sites(
        {
            "wrenfieldpropertyco.com": firm(
                CO,
                office("1111 W Jefferson St, Suite 310", "Boise", "ID", "83702", "(208) 555-0126"),
                ("https://wrenfield.managebuilding.com/Resident/portal/login", "Tenant Portal"),
            )
        },
        {
            "wrenfield.managebuilding.com": {
                "/Resident/portal/login": portal(
                    "Resident Center",
                    "Trial expired",
                    note="<p>This account's free trial has expired. The Resident Center is unavailable until the account "
                    "owner chooses a subscription plan.</p>",
                    form=False,
                    footer="Powered by Buildium",
                )
            }
        },
    ),
    state="ID",
    city="Boise",
)

# Spanish decisive twin: "Este Resident Center ya no está activo ... su nueva compañía administradora".
CO = "Nopalera Property Management"
add(
    "stale_portal",
    "Buildium",
    CO,
    "nopalerapm.com",
    "https://nopalera.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    sites(
        {
            "nopalerapm.com": firm(
                CO,
                office("1420 Lee Trevino Dr, Suite B", "El Paso", "TX", "79936", "(915) 555-0188"),
                ("https://nopalera.managebuilding.com/Resident/portal/login", "Portal de Inquilinos"),
            )
        },
        buildium(
            "nopalera",
            CO,
            banner(
                "Este Resident Center ya no está activo. Comuníquese con su nueva compañía "
                "administradora, Sol Poniente Management, al (915) 555-0172.",
                "warning",
            ),
            spanish=True,
        ),
    ),
    state="TX",
    city="El Paso",
)


# === Rent Manager =============================================================================

# Holiday office hours on the account's resident site; linked: high.
CO = "Dunmore Ridge Rentals"
add(
    "site_links_portal",
    "Rent Manager",
    CO,
    "dunmoreridgerentals.com",
    "https://dunmoreridge.rmresident.com/",
    "high",
    sites(
        {
            "dunmoreridgerentals.com": firm(
                CO,
                office("6025 Lee Hwy, Suite 201", "Chattanooga", "TN", "37421", "(423) 555-0114"),
                "https://dunmoreridge.rmresident.com/",
            )
        },
        rm_resident(
            "dunmoreridge.rmresident.com",
            CO,
            banner(
                "Holiday office hours: our office will be closed December 24&ndash;26 and January 1. "
                "Online payments remain available 24/7."
            ),
        ),
    ),
    state="TN",
    city="Chattanooga",
)

# "Effective April 1, 2025, management of this property transferred to Three Rivers Residential":
# on Rent Manager's resident web access for the account's corpid.
CO = "Gallowmere Properties"
add(
    "stale_portal",
    "Rent Manager",
    CO,
    "gallowmereprops.com",
    "https://residentwebaccess.rentmanager.com/?corpid=gallowmere",
    "evidence_unverified",
    sites(
        {"gallowmereprops.com": firm(CO, office("200 E Main St, Suite 500", "Fort Wayne", "IN", "46802", "(260) 555-0163"))},
        {
            "residentwebaccess.rentmanager.com": {
                "/?corpid=gallowmere": portal(
                    "Resident Web Access",
                    f"Welcome to {CO} Resident Web Access",
                    user="txtUserName",
                    note=banner(
                        "Effective April 1, 2025, management of this property transferred to Three Rivers "
                        "Residential. Please contact Three Rivers Residential at (260) 555-0148 for payments and "
                        "maintenance.",
                        "warning",
                    ),
                    footer="Rent Manager",
                )
            }
        },
    ),
    state="IN",
    city="Fort Wayne",
)

# A password-reset notice above the form; unlinked: medium.
CO = "Thistledown Property Management"
add(
    "live_portal",
    "Rent Manager",
    CO,
    "thistledownpm.com",
    "https://thistledown.rmresident.com/",
    "medium",
    sites(
        {"thistledownpm.com": firm(CO, office("250 Monroe Ave NW, Suite 400", "Grand Rapids", "MI", "49503", "(616) 555-0139"))},
        rm_resident(
            "thistledown.rmresident.com",
            CO,
            banner(
                "Password reset notice: we upgraded our portal's security. All residents must reset "
                "their password the first time they sign in after March 2. Use &lsquo;Forgot your "
                "password?&rsquo; below."
            ),
        ),
    ),
    state="MI",
    city="Grand Rapids",
)

# "This property is no longer managed through this portal." above the form; unlinked.
CO = "Sallowbank Rentals"
add(
    "stale_portal",
    "Rent Manager",
    CO,
    "sallowbankrentals.com",
    "https://sallowbank.rmwebaccess.com/",
    "evidence_unverified",
    sites(
        {"sallowbankrentals.com": firm(CO, office("1201 Pacific Ave, Suite 600", "Tacoma", "WA", "98402", "(253) 555-0179"))},
        rm_resident(
            "sallowbank.rmwebaccess.com",
            CO,
            banner(
                "This property is no longer managed through this portal. Please contact your property manager for assistance.",
                "warning",
            ),
        ),
    ),
    state="WA",
    city="Tacoma",
)

# No login form, only "all residents will use our new portal" linking the live AppFolio account:
# pms_mismatch ("shows no login form, sends residents to that PMS").
CO = "Cobblemark Property Management"
add(
    "other_pms",
    "Rent Manager",
    CO,
    "cobblemarkpm.com",
    "https://cobblemark.twa.rentmanager.com/",
    "pms_mismatch",
    sites(
        {
            "cobblemarkpm.com": firm(
                CO,
                office("9300 Shelbyville Rd, Suite 1012", "Louisville", "KY", "40222", "(502) 555-0150"),
                "https://cobblemark.twa.rentmanager.com/",
            )
        },
        rm_resident(
            "cobblemark.twa.rentmanager.com",
            CO,
            "<p>Beginning July 1, all residents will use our new portal. Please sign in at "
            "<a href='https://cobblemark.appfolio.com/connect'>cobblemark.appfolio.com</a> to pay rent and "
            "submit maintenance requests.</p>",
            form=False,
        ),
        appfolio("cobblemark", CO),
    ),
    state="KY",
    city="Louisville",
)


# === Propertyware =============================================================================

# "New features in your portal" on Propertyware's path portal; linked: high.
CO = "Marshgrove Realty"
add(
    "site_links_portal",
    "Propertyware",
    CO,
    "marshgroverealty.com",
    "https://app.propertyware.com/pw/portals/marshgrove/tenant.action",
    "high",
    sites(
        {
            "marshgroverealty.com": firm(
                CO,
                office("1064 Gardner Rd, Suite 210", "Charleston", "SC", "29407", "(843) 555-0191"),
                ("https://app.propertyware.com/pw/portals/marshgrove/tenant.action", "Tenant Portal"),
            )
        },
        propertyware(
            "app.propertyware.com",
            "/pw/portals/marshgrove/tenant.action",
            CO,
            banner(
                "New features in your portal! You can now set up AutoPay, save more than one payment "
                "method and attach photos to maintenance requests."
            ),
        ),
    ),
    state="SC",
    city="Charleston",
)

# "Effective 5/1 residents should use the Blue Ridge Keystone Management resident portal" (another firm).
CO = "Rivanna Thorn Realty"
add(
    "stale_portal",
    "Propertyware",
    CO,
    "rivannathornrealty.com",
    "https://rivannathorn.propertyware.com/",
    "evidence_unverified",
    sites(
        {
            "rivannathornrealty.com": firm(
                CO,
                office("400 Preston Ave, Suite 150", "Charlottesville", "VA", "22903", "(434) 555-0109"),
                "https://rivannathorn.propertyware.com/",
            )
        },
        propertyware(
            "rivannathorn.propertyware.com",
            "/",
            CO,
            banner(
                "Effective 5/1 residents should use the Blue Ridge Keystone Management resident portal. "
                "Please call Blue Ridge Keystone at (434) 555-0117 for your new login.",
                "warning",
            ),
        ),
    ),
    state="VA",
    city="Charlottesville",
)

# A COVID-era notice still up; unlinked: medium.
CO = "Susquehollow Property Management"
add(
    "live_portal",
    "Propertyware",
    CO,
    "susquehollowpm.com",
    "https://susquehollow.propertyware.com/",
    "medium",
    sites(
        {"susquehollowpm.com": firm(CO, office("2101 N Front St, Building 3", "Harrisburg", "PA", "17110", "(717) 555-0145"))},
        propertyware(
            "susquehollow.propertyware.com",
            "/",
            CO,
            banner(
                "COVID-19 update: our office is open by appointment only. Please submit maintenance "
                "requests and payments through this portal."
            ),
        ),
    ),
    state="PA",
    city="Harrisburg",
)

# "We have moved to a new resident portal" + a link to the live Buildium account; the site links both
# (the new one as "Resident Login", the old as "Old Tenant Portal").
CO = "Ironvale Rentals"
add(
    "other_pms",
    "Propertyware",
    CO,
    "ironvalerentals.com",
    "https://ironvale.propertyware.com/",
    "pms_mismatch",
    sites(
        {
            "ironvalerentals.com": firm(
                CO,
                office("2100 1st Ave N, Suite 300", "Birmingham", "AL", "35203", "(205) 555-0177"),
                ("https://ironvale.managebuilding.com/Resident/portal/login", "Resident Login"),
                ("https://ironvale.propertyware.com/", "Old Tenant Portal"),
            )
        },
        propertyware(
            "ironvale.propertyware.com",
            "/",
            CO,
            banner(
                "We have moved to a new resident portal. Please log in at <a href='https://ironvale."
                "managebuilding.com/Resident/portal/login'>ironvale.managebuilding.com</a>.",
                "warning",
            ),
        ),
        buildium("ironvale", CO),
    ),
    state="AL",
    city="Birmingham",
)


# === Rentvine =================================================================================

# Rentvine's single-page portal (title and empty root); the site's footer button links it: high.
CO = "Lanternwick Property Management"
add(
    "site_links_portal",
    "Rentvine",
    CO,
    "lanternwickpm.com",
    "https://lanternwick.rentvine.com/portals/resident",
    "high",
    sites(
        {
            "lanternwickpm.com": firm(
                CO,
                office("101 N Main St, Suite 1400", "Greenville", "SC", "29601", "(864) 555-0128"),
                ("https://lanternwick.rentvine.com/portals/resident", "Pay Rent Online"),
            )
        },
        {"lanternwick.rentvine.com": {"/portals/resident": spa_shell(f"{CO} | Resident Portal")}},
    ),
    state="SC",
    city="Greenville",
)

# A vendor's "this portal is unavailable" page on the account (inactive account), no form.
CO = "Marbleheath Property Management"
add(
    "no_account",
    "Rentvine",
    CO,
    "marbleheathpm.com",
    "https://marbleheath.rentvine.com/portals/resident",
    "evidence_unverified",
    sites(
        {
            "marbleheathpm.com": firm(
                CO,
                office("975 Oak St, Suite 600", "Eugene", "OR", "97401", "(541) 555-0193"),
                "https://marbleheath.rentvine.com/portals/resident",
            )
        },
        {
            "marbleheath.rentvine.com": {
                "/portals/resident": portal(
                    "Portal Unavailable",
                    "This portal is unavailable",
                    note="<p>The account for this property management company is no longer active. Please contact your "
                    "property manager.</p>",
                    form=False,
                    footer="Rentvine",
                )
            }
        },
    ),
    state="OR",
    city="Eugene",
)

# A vendor maintenance window banner; unlinked: medium.
CO = "Gildersleeve Rentals"
add(
    "live_portal",
    "Rentvine",
    CO,
    "gildersleeverentals.com",
    "https://gildersleeve.rentvine.com/portals/resident",
    "medium",
    sites(
        {"gildersleeverentals.com": firm(CO, office("4550 Main St, Suite 220", "Kansas City", "MO", "64111", "(816) 555-0131"))},
        rentvine_login(
            "gildersleeve",
            CO,
            banner(
                "Scheduled maintenance: the portal will be undergoing system "
                "upgrades Saturday 11:00 PM &ndash; Sunday 1:00 AM CT. Payments may "
                "be briefly unavailable."
            ),
        ),
    ),
    state="MO",
    city="Kansas City",
)


# === DoorLoop =================================================================================

# "Our office has moved!" (a street address, same city); the site links the tenant portal: high.
CO = "Ternwood Property Management"
add(
    "site_links_portal",
    "DoorLoop",
    CO,
    "ternwoodpm.com",
    "https://ternwood.app.doorloop.com/login",
    "high",
    sites(
        {
            "ternwoodpm.com": firm(
                CO,
                office("6120 W Tropicana Ave, Suite 14", "Las Vegas", "NV", "89103", "(702) 555-0166"),
                ("https://ternwood.app.doorloop.com/login", "Tenant Portal"),
            )
        },
        doorloop(
            "ternwood",
            CO,
            banner(
                "Our office has moved! Visit us at 6120 W Tropicana Ave, Suite 14, "
                "Las Vegas, NV 89103. Phone numbers are unchanged."
            ),
        ),
    ),
    state="NV",
    city="Las Vegas",
)

# DoorLoop's "subscription inactive" page on the account; the site still links it.
CO = "Coralbell Homes"
add(
    "no_account",
    "DoorLoop",
    CO,
    "coralbellhomes.com",
    "https://coralbell.app.doorloop.com/login",
    "evidence_unverified",
    sites(
        {
            "coralbellhomes.com": firm(
                CO,
                office("390 N Orange Ave, Suite 2300", "Orlando", "FL", "32801", "(407) 555-0112"),
                "https://coralbell.app.doorloop.com/login",
            )
        },
        doorloop(
            "coralbell",
            CO,
            "<h2>Subscription inactive</h2><p>This account's subscription is inactive. Please "
            "contact the account owner to restore access.</p>",
            form=False,
            title="Subscription inactive | DoorLoop",
        ),
    ),
    state="FL",
    city="Orlando",
)

# "Please contact your new management company, Prairie Sky Residential ... payments made here after May 1
# will be refunded"; unlinked.
CO = "Redhaw Property Group"
add(
    "stale_portal",
    "DoorLoop",
    CO,
    "redhawpg.com",
    "https://redhaw.app.doorloop.com/login",
    "evidence_unverified",
    sites(
        {"redhawpg.com": firm(CO, office("3030 NW Expressway, Suite 200", "Oklahoma City", "OK", "73112", "(405) 555-0185"))},
        doorloop(
            "redhaw",
            CO,
            banner(
                "Please contact your new management company, Prairie Sky Residential, at "
                "(405) 555-0133 or residents@prairieskyres.com. Rent payments made here after "
                "May 1 will be refunded.",
                "warning",
            ),
        ),
    ),
    state="OK",
    city="Oklahoma City",
)

# A rent-due reminder and "Powered by DoorLoop"; unlinked: medium.
CO = "Willowmarsh Property Management"
add(
    "live_portal",
    "DoorLoop",
    CO,
    "willowmarshpm.com",
    "https://willowmarsh.app.doorloop.com/login",
    "medium",
    sites(
        {"willowmarshpm.com": firm(CO, office("80 S 8th St, Suite 900", "Minneapolis", "MN", "55402", "(612) 555-0154"))},
        doorloop(
            "willowmarsh",
            CO,
            banner("Rent is due on the 1st; late fees apply after the 5th. Set up AutoPay to never miss a payment."),
        ),
    ),
    state="MN",
    city="Minneapolis",
)

# "We're moving to Buildium! After June 30 this portal will close." above the DoorLoop form, linking
# the live Resident Center; unlinked by the site.
CO = "Quarrystone Leasing"
add(
    "other_pms",
    "DoorLoop",
    CO,
    "quarrystoneleasing.com",
    "https://quarrystone.app.doorloop.com/login",
    "pms_mismatch",
    sites(
        {
            "quarrystoneleasing.com": firm(
                CO, office("1900 Sunset Harbour Dr, Suite 210", "Miami Beach", "FL", "33139", "(305) 555-0168")
            )
        },
        doorloop(
            "quarrystone",
            CO,
            banner(
                "We're moving to Buildium! After June 30 this portal will close. Sign in to "
                "your new Resident Center at <a href='https://quarrystone.managebuilding.com/"
                "Resident/portal/login'>quarrystone.managebuilding.com</a>.",
                "warning",
            ),
        ),
        buildium("quarrystone", CO),
    ),
    state="FL",
    city="Miami Beach",
)


# === Yardi RentCafe ===========================================================================

# An apartment operator's community portal: maintenance window; the site links it: high.
CO = "Fernhalcyon Residential"
add(
    "site_links_portal",
    "Yardi",
    CO,
    "fernhalcyon.com",
    "https://fernhalcyon.securecafe.com/residentservices/the-halcyon-at-bend/userlogin.aspx",
    "high",
    sites(
        {
            "fernhalcyon.com": firm(
                CO,
                office("3340 Peachtree Rd NE, Suite 1600", "Atlanta", "GA", "30326", "(404) 555-0121"),
                ("https://fernhalcyon.securecafe.com/residentservices/the-halcyon-at-bend/userlogin.aspx", "Resident Portal"),
                kind="apartments",
            )
        },
        rentcafe(
            "fernhalcyon",
            "The Halcyon at Bend",
            "the-halcyon-at-bend",
            banner("Online payments will be unavailable Sunday from 2:00 AM to 4:00 AM ET for scheduled system maintenance."),
        ),
    ),
    state="GA",
    city="Atlanta",
)

# "Management of Copperlode Flats transferred to Desert Arbor Communities on March 1, 2025"; unlinked.
CO = "Copperlode Living"
add(
    "stale_portal",
    "Yardi",
    CO,
    "copperlodeliving.com",
    "https://copperlode.securecafe.com/residentservices/copperlode-flats/userlogin.aspx",
    "evidence_unverified",
    sites(
        {
            "copperlodeliving.com": firm(
                CO, office("4500 E Speedway Blvd, Suite 40", "Tucson", "AZ", "85712", "(520) 555-0102"), kind="apartments"
            )
        },
        rentcafe(
            "copperlode",
            "Copperlode Flats",
            "copperlode-flats",
            banner(
                "Management of Copperlode Flats transferred to Desert Arbor Communities on March 1, 2025. "
                "Please visit Desert Arbor's resident portal or call (520) 555-0129.",
                "warning",
            ),
        ),
    ),
    state="AZ",
    city="Tucson",
)

# The community's RentCafe login in Spanish locale; unlinked: medium.
CO = "Mangrove Tessel Residential"
add(
    "live_portal",
    "Yardi",
    CO,
    "mangrovetessel.com",
    "https://mangrovetessel.securecafe.com/residentservices/tessel-at-brickell/userlogin.aspx?lang=es-US",
    "medium",
    sites(
        {
            "mangrovetessel.com": firm(
                CO, office("1101 Brickell Ave, Suite 800", "Miami", "FL", "33131", "(305) 555-0140"), kind="apartments"
            )
        },
        rentcafe(
            "mangrovetessel",
            "Tessel at Brickell",
            "tessel-at-brickell",
            banner("Pague su renta, envíe solicitudes de mantenimiento y revise su contrato en línea."),
            spanish=True,
        ),
    ),
    state="FL",
    city="Miami",
)

# "We have moved!" with no login form, linking the community's live Entrata portal: pms_mismatch.
CO = "Larkstone Communities"
add(
    "other_pms",
    "Yardi",
    CO,
    "larkstonecommunities.com",
    "https://larkstone.securecafe.com/residentservices/larkstone-commons/userlogin.aspx",
    "pms_mismatch",
    sites(
        {
            "larkstonecommunities.com": firm(
                CO,
                office("2002 Richard Jones Rd, Suite 300", "Nashville", "TN", "37215", "(615) 555-0187"),
                ("https://larkstone.securecafe.com/residentservices/larkstone-commons/userlogin.aspx", "Residents"),
                kind="apartments",
            )
        },
        rentcafe(
            "larkstone",
            "Larkstone Commons",
            "larkstone-commons",
            "<h2>We have moved!</h2><p>Residents of Larkstone Commons now pay rent and submit service requests on "
            "our new portal: <a href='https://larkstonecommons.residentportal.com/auth'>larkstonecommons."
            "residentportal.com</a></p>",
            form=False,
        ),
        entrata("larkstonecommons", "Larkstone Commons"),
    ),
    state="TN",
    city="Nashville",
)


# === Entrata ==================================================================================

# "Rent is due on the 1st; a late fee applies after the 5th"; linked: high.
CO = "Quillwork Residential"
add(
    "site_links_portal",
    "Entrata",
    CO,
    "quillworkres.com",
    "https://quillworktempe.residentportal.com/auth",
    "high",
    sites(
        {
            "quillworkres.com": firm(
                CO,
                office("60 E Rio Salado Pkwy, Suite 900", "Tempe", "AZ", "85281", "(480) 555-0159"),
                ("https://quillworktempe.residentportal.com/auth", "Resident Portal"),
                kind="apartments",
            )
        },
        entrata(
            "quillworktempe",
            "Quillwork Tempe",
            banner("Rent is due on the 1st; a late fee applies after the 5th. Pay online anytime."),
        ),
    ),
    state="AZ",
    city="Tempe",
)

# "Payments can no longer be made here." above the form; the site still links it.
CO = "Bayoucrest Residential"
add(
    "stale_portal",
    "Entrata",
    CO,
    "bayoucrestres.com",
    "https://bayoucrest.residentportal.com/auth",
    "evidence_unverified",
    sites(
        {
            "bayoucrestres.com": firm(
                CO,
                office("8550 United Plaza Blvd, Suite 702", "Baton Rouge", "LA", "70809", "(225) 555-0104"),
                ("https://bayoucrest.residentportal.com/auth", "Resident Portal"),
                kind="apartments",
            )
        },
        entrata(
            "bayoucrest",
            "Bayoucrest Residences",
            banner(
                "Payments can no longer be made here. Please contact the leasing office for your new payment instructions.",
                "danger",
            ),
        ),
    ),
    state="LA",
    city="Baton Rouge",
)

# "Welcome to our new resident portal!" on the community's own account; unlinked: medium.
CO = "Cavellan Residential"
add(
    "live_portal",
    "Entrata",
    CO,
    "cavellanres.com",
    "https://cavellanheights.residentportal.com/auth",
    "medium",
    sites(
        {
            "cavellanres.com": firm(
                CO, office("5847 San Felipe St, Suite 1700", "Houston", "TX", "77057", "(713) 555-0117"), kind="apartments"
            )
        },
        entrata(
            "cavellanheights",
            "Cavellan Heights",
            banner("Welcome to our new resident portal! Sign in with the email on your lease to get started."),
        ),
    ),
    state="TX",
    city="Houston",
)


# === RealPage =================================================================================

# Holiday leasing-office hours on the ActiveBuilding portal; linked: high.
CO = "Ptarmigan Row Residential"
add(
    "site_links_portal",
    "RealPage",
    CO,
    "ptarmiganrow.com",
    "https://ptarmiganrow.activebuilding.com/",
    "high",
    sites(
        {
            "ptarmiganrow.com": firm(
                CO,
                office("1600 Wewatta St, Suite 500", "Denver", "CO", "80202", "(720) 555-0148"),
                ("https://ptarmiganrow.activebuilding.com/", "Resident Login"),
                kind="apartments",
            )
        },
        activebuilding(
            "ptarmiganrow",
            "Ptarmigan Row",
            banner(
                "Holiday office hours: the leasing office will close at 2 PM on December 24 and reopen "
                "January 2. Online payments are always available."
            ),
        ),
    ),
    state="CO",
    city="Denver",
)

# ActiveBuilding "This portal will be deactivated on August 31, 2025" (past) with a new portal promised.
CO = "Heronsgate Residential"
add(
    "stale_portal",
    "RealPage",
    CO,
    "heronsgateres.com",
    "https://heronsgate.activebuilding.com/",
    "evidence_unverified",
    sites(
        {
            "heronsgateres.com": firm(
                CO, office("10 E Doty St, Suite 300", "Madison", "WI", "53703", "(608) 555-0186"), kind="apartments"
            )
        },
        activebuilding(
            "heronsgate",
            "Heronsgate Lofts",
            banner(
                "This portal will be deactivated on August 31, 2025. Residents will receive an invitation "
                "to their new resident portal by email.",
                "warning",
            ),
        ),
    ),
    state="WI",
    city="Madison",
)

# The community's online leasing page: one unit "is no longer available", others listed; unlinked: medium.
CO = "Tamsin Oaks Residential"
add(
    "live_portal",
    "RealPage",
    CO,
    "tamsinoaks.com",
    "https://tamsinoaks.onlineleasing.realpage.com/",
    "medium",
    sites(
        {
            "tamsinoaks.com": firm(
                CO, office("3100 McKinnon St, Suite 420", "Dallas", "TX", "75201", "(214) 555-0190"), kind="apartments"
            )
        },
        {
            "tamsinoaks.onlineleasing.realpage.com": {
                "/": page(
                    "<header><h1>Tamsin Oaks</h1><p>Online Leasing</p></header><div class='notice'>Unit 214 is no longer "
                    "available. Please choose another floor plan.</div><h2>Available Units</h2><table><tr><td>Unit 108</td>"
                    "<td>1 bd / 1 ba</td><td>$1,340</td><td><a href='#apply'>Apply</a></td></tr><tr><td>Unit 322</td>"
                    "<td>2 bd / 2 ba</td><td>$1,795</td></tr></table><footer>Powered by RealPage</footer>",
                    title="Tamsin Oaks - Online Leasing",
                )
            }
        },
    ),
    state="TX",
    city="Dallas",
)


# === ResMan ===================================================================================

# "New in your portal: Apple Pay and Google Pay"; linked: high.
CO = "Bramblecote Communities"
add(
    "site_links_portal",
    "ResMan",
    CO,
    "bramblecote.com",
    "https://bramblecote.myresman.com/Portal/Access/SignIn",
    "high",
    sites(
        {
            "bramblecote.com": firm(
                CO,
                office("2365 Harrodsburg Rd, Suite A200", "Lexington", "KY", "40504", "(859) 555-0132"),
                ("https://bramblecote.myresman.com/Portal/Access/SignIn", "Resident Portal"),
                kind="apartments",
            )
        },
        resman(
            "bramblecote",
            "Bramblecote Village",
            banner("New in your portal: pay with Apple Pay and Google Pay, and follow your maintenance requests in real time."),
        ),
    ),
    state="KY",
    city="Lexington",
)

# "Cinderford Pointe is now managed by Queensgate Living" above the form; unlinked.
CO = "Cinderford Residential"
add(
    "stale_portal",
    "ResMan",
    CO,
    "cinderfordres.com",
    "https://cinderford.myresman.com/Portal/Access/SignIn",
    "evidence_unverified",
    sites(
        {
            "cinderfordres.com": firm(
                CO, office("312 Walnut St, Suite 1600", "Cincinnati", "OH", "45202", "(513) 555-0108"), kind="apartments"
            )
        },
        resman(
            "cinderford",
            "Cinderford Pointe",
            banner(
                "Cinderford Pointe is now managed by Queensgate Living. Please contact the Queensgate Living "
                "leasing office at (513) 555-0166.",
                "warning",
            ),
        ),
    ),
    state="OH",
    city="Cincinnati",
)

# A password-reset tip and "Powered by ResMan"; unlinked: medium.
CO = "Sorrelwick Residential"
add(
    "live_portal",
    "ResMan",
    CO,
    "sorrelwickres.com",
    "https://sorrelwick.myresman.com/Portal/Access/SignIn",
    "medium",
    sites(
        {
            "sorrelwickres.com": firm(
                CO, office("6555 Quince Rd, Suite 400", "Memphis", "TN", "38119", "(901) 555-0173"), kind="apartments"
            )
        },
        resman(
            "sorrelwick",
            "Sorrelwick Apartments",
            banner(
                "Password reset emails can take up to 15 minutes to arrive. Check your spam folder before requesting another."
            ),
        ),
    ),
    state="TN",
    city="Memphis",
)


# === MRI ======================================================================================

# A COVID-era amenity notice still up on ResidentConnect; linked: high.
CO = "Wickerbay Residential"
add(
    "site_links_portal",
    "MRI",
    CO,
    "wickerbayres.com",
    "https://wickerbay.mriresidentconnect.com/",
    "high",
    sites(
        {
            "wickerbayres.com": firm(
                CO,
                office("222 W Merchandise Mart Plaza, Suite 1212", "Chicago", "IL", "60654", "(312) 555-0144"),
                ("https://wickerbay.mriresidentconnect.com/", "Resident Login"),
                kind="apartments",
            )
        },
        mri(
            "wickerbay",
            "Wickerbay on Wells",
            banner(
                "COVID-19 notice: the fitness center and clubhouse are open at reduced capacity. Masks are "
                "encouraged in common areas."
            ),
        ),
    ),
    state="IL",
    city="Chicago",
)

# MRI's "This site is unavailable" page for the account, no form; the site links it.
CO = "Ostrander Lane Properties"
add(
    "no_account",
    "MRI",
    CO,
    "ostranderlane.com",
    "https://ostranderlane.mriresidentconnect.com/",
    "evidence_unverified",
    sites(
        {
            "ostranderlane.com": firm(
                CO,
                office("120 W State St, Suite 300", "Rockford", "IL", "61101", "(815) 555-0120"),
                "https://ostranderlane.mriresidentconnect.com/",
                kind="apartments",
            )
        },
        mri(
            "ostranderlane",
            "Ostrander Lane",
            "<h2>This site is unavailable</h2><p>The ResidentConnect site you are trying to reach is not available. "
            "Please contact your property management company.</p>",
            form=False,
            title="Site Unavailable",
        ),
    ),
    state="IL",
    city="Rockford",
)

# "Our office has moved to 410 Liberty Ave"; unlinked: medium.
CO = "Quenby Hall Residential"
add(
    "live_portal",
    "MRI",
    CO,
    "quenbyhall.com",
    "https://quenbyhall.mriresidentconnect.com/",
    "medium",
    sites(
        {
            "quenbyhall.com": firm(
                CO, office("410 Liberty Ave, Suite 300", "Pittsburgh", "PA", "15222", "(412) 555-0181"), kind="apartments"
            )
        },
        mri(
            "quenbyhall",
            "Quenby Hall",
            banner(
                "Our office has moved to 410 Liberty Ave, Suite 300, Pittsburgh, PA 15222. Drop-box payments "
                "are no longer collected at the old address."
            ),
        ),
    ),
    state="PA",
    city="Pittsburgh",
)

# No evidence URL: the site links a ResidentConnect whose banner says online services were discontinued.
CO = "Glimmerdale Residential"
add(
    "stale_portal",
    "MRI",
    CO,
    "glimmerdaleres.com",
    None,
    "evidence_unverified",
    sites(
        {
            "glimmerdaleres.com": firm(
                CO,
                office("411 E Wisconsin Ave, Suite 2000", "Milwaukee", "WI", "53202", "(414) 555-0165"),
                ("https://glimmerdale.mriresidentconnect.com/", "Pay Rent"),
                kind="apartments",
            )
        },
        mri(
            "glimmerdale",
            "Glimmerdale Terrace",
            banner(
                "Online services for Glimmerdale Terrace were discontinued as of 3/31/2025. Please contact the "
                "management office for payment options.",
                "danger",
            ),
        ),
    ),
    state="WI",
    city="Milwaukee",
)


# === Rentec Direct ============================================================================

# The account's Rentec site with a rent-due reminder above "Tenant Login"; linked: high.
CO = "Cottonwick Rentals"
add(
    "site_links_portal",
    "Rentec Direct",
    CO,
    "cottonwickrentals.com",
    "https://cottonwick.rentecdirect.com/",
    "high",
    sites(
        {
            "cottonwickrentals.com": firm(
                CO,
                office("4902 34th St, Suite 12", "Lubbock", "TX", "79410", "(806) 555-0137"),
                ("https://cottonwick.rentecdirect.com/", "Tenant Login"),
            )
        },
        rentec("cottonwick", CO, banner("Rent is due on the 1st. Payments received after the 5th incur a late fee.")),
    ),
    state="TX",
    city="Lubbock",
)

# "This website is no longer active. The owner's account has been closed." No form; unlinked.
CO = "Beargrass Hollow Properties"
add(
    "no_account",
    "Rentec Direct",
    CO,
    "beargrasshollow.com",
    "https://beargrasshollow.rentecdirect.com/",
    "evidence_unverified",
    sites(
        {"beargrasshollow.com": firm(CO, office("101 E Broadway St, Suite 304", "Missoula", "MT", "59802", "(406) 555-0123"))},
        rentec(
            "beargrasshollow",
            CO,
            "<h2>Account closed</h2><p>This website is no longer active. The owner's account has been closed.</p>",
            form=False,
            title="Account Closed",
        ),
    ),
    state="MT",
    city="Missoula",
)

# "We no longer accept cash at the office. Pay your rent online here"; unlinked: medium.
CO = "Prairiemint Property Management"
add(
    "live_portal",
    "Rentec Direct",
    CO,
    "prairiemintpm.com",
    "https://prairiemint.rentecdirect.com/",
    "medium",
    sites(
        {"prairiemintpm.com": firm(CO, office("125 N Market St, Suite 1100", "Wichita", "KS", "67202", "(316) 555-0151"))},
        rentec(
            "prairiemint", CO, banner("We no longer accept cash at the office. Pay your rent online here by e-check or card.")
        ),
    ),
    state="KS",
    city="Wichita",
)


# === TenantCloud ==============================================================================

# The account's listings page: one listing marked "This unit is no longer available", others live;
# the site links it: high.
CO = "Fenwillow Rentals"
add(
    "site_links_portal",
    "TenantCloud",
    CO,
    "fenwillowrentals.com",
    "https://fenwillow.tenantcloud.com/",
    "high",
    sites(
        {
            "fenwillowrentals.com": firm(
                CO,
                office("1717 S Cheyenne Ave", "Tulsa", "OK", "74119", "(918) 555-0162"),
                ("https://fenwillow.tenantcloud.com/", "View Rentals &amp; Apply"),
            )
        },
        {
            "fenwillow.tenantcloud.com": {
                "/": page(
                    f"<header><img src='/storage/logo.png' alt='{CO}'><h1>{CO}</h1></header><h2>Available Rentals</h2>"
                    "<div class='unit'><h3>2411 E 21st St, Tulsa, OK 74114</h3><p class='badge'>This unit is no longer "
                    "available</p></div><div class='unit'><h3>915 S Quincy Ave, Tulsa, OK 74120</h3><p>2 bd / 1 ba &middot; "
                    "$1,095</p><a href='/listing/915-s-quincy'>Apply</a></div><footer>Powered by TenantCloud</footer>",
                    title=f"{CO} - Rentals",
                )
            }
        },
    ),
    state="OK",
    city="Tulsa",
)

# "This landlord's account is inactive. Listings are no longer available."; unlinked.
CO = "Rookhaven Rentals"
add(
    "no_account",
    "TenantCloud",
    CO,
    "rookhavenrentals.com",
    "https://rookhaven.tenantcloud.com/",
    "evidence_unverified",
    sites(
        {
            "rookhavenrentals.com": firm(
                CO, office("6565 Americas Pkwy NE, Suite 200", "Albuquerque", "NM", "87110", "(505) 555-0115")
            )
        },
        {
            "rookhaven.tenantcloud.com": {
                "/": page(
                    "<h1>Account inactive</h1><p>This landlord's account is inactive. Listings are no longer available.</p>"
                    "<footer>TenantCloud</footer>",
                    title="TenantCloud",
                )
            }
        },
    ),
    state="NM",
    city="Albuquerque",
)


HOLDOUT35 = collector.cases
