"""Twenty-fifth blind corpus: property managers in states other than Texas, and where the company really is.

Focus and mix: 60 candidates asked for in twenty-odd states other than Texas (FL, CA, NY, NC, SC, GA,
AZ, NV, CO, WA, OR, IL, OH, KY, MO, KS, NJ, PA, VA, MD, MS, TN, MA, MN), 34 real leads and 26
rejections. The real leads are written in the shapes a state rule could trip on: an out-of-state
head office or mailing address beside an office in the state asked for; a branch across a metro's
state line (Charlotte / Fort Mill, Portland / Vancouver, Kansas City / Overland Park, Memphis /
Southaven, Las Vegas / Lake Havasu City, Philadelphia / South Jersey, the DC area, the Twin Ports);
the state given only by an abbreviation ("Fla.", "Calif.", "N.C.", "Penn.", "Mass.", "Wash.",
"Colo."), a licence line ("CalDRE #", "FREC Lic.", "NYS DOS", "NCREC"), a regional nickname ("NKY")
or schema.org's `PostalAddress`; a portal whose only address is a remittance box across the line.
The rejections are same-named cities in other states (Portland ME for Portland OR, Columbus OH for
Columbus GA, Aurora IL for Aurora CO, Glendale AZ for Glendale CA, Arlington TX for Arlington VA,
Las Vegas NM for Las Vegas NV, Bluefield WV for Bluefield VA, Washington MO for Washington state),
companies whose offices are all across the line (Overland Park for a Kansas City, Missouri lead;
Charlotte for Rock Hill; Philadelphia for Cherry Hill; Jersey City for New York), state names
inside other names ("West Virginia", "Arkansas", "Kansas City"), a same-named firm's portal whose
addresses are all in another state, and the everyday rejections (dead, parked, another PMS,
vendor-wide and asset URLs, a missing and a retired account, bot walls) so every class but the
shared sign-in appears. A rejection for the company's state is filed under `no_account` (the
portal, live or not, is no account of a lead in the state asked for).

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
name and state rules, the bot-wall and confidence sections), its Texas examples applied to the
state asked for, and what a careful sales team concludes from the pages as served; written
without reading or running the checks. Where the contract is silent (whether an abbreviation
other than "Tex.", a licence board other than TREC, a regional nickname, a state name inside a
city's or another state's name, or a region such as "South Jersey" names the state asked for),
the label is what a careful team would want and the case's comment starts "ambiguous:". Every
page is our own short HTML after the shapes of real property managers' sites and vendor portals;
all names, domains, addresses, licence numbers and accounts are made up (555 telephone numbers).
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Collector, _login, home, parked, spa_shell
from fake_web import Reply, everywhere, not_found, page, raw, redirect

collector = Collector("holdout25-")
add = collector.add

# --- pages ----------------------------------------------------------------------------------

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' content='noindex,nofollow'>"
    "</head><body><div class='main-wrapper' role='main'><div class='main-content'><h1>Verifying you are human. This may "
    "take a few seconds.</h1><p>needs to review the security of your connection before proceeding.</p><noscript>Enable "
    "JavaScript and cookies to continue</noscript></div></div><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/"
    "chl_page/v1?ray=8d41c2a7fe0b6a13'></script></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8d41c2a7fe0b6a13-SEA"},
)


def link(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}' target='_blank' rel='noopener'>{label}</a>"


def office(*lines: str) -> str:
    return "".join(f"<p class='office'>{line}</p>" for line in lines)


def jsonld(co: str, street: str, locality: str, region: str, zip_code: str, phone: str) -> str:
    return (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"RealEstateAgent",'
        f'"name":"{co}","telephone":"{phone}","address":{{"@type":"PostalAddress","streetAddress":"{street}",'
        f'"addressLocality":"{locality}","addressRegion":"{region}","postalCode":"{zip_code}","addressCountry":"US"}}}}'
        "</script>"
    )


def merge(*parts: dict[str, dict[str, Reply]]) -> dict[str, dict[str, Reply]]:
    out: dict[str, dict[str, Reply]] = {}
    for part in parts:
        out.update(part)
    return out


# vendor portals, after the vendors' real hosts and paths (made-up accounts)


def bld(acct: str) -> str:
    return f"https://{acct}.managebuilding.com/Resident/portal/login"


def bld_site(acct: str, co: str, *, footer: str = "Powered by Buildium", extra: str = "") -> dict[str, dict[str, Reply]]:
    login = _login(f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer=footer, extra=extra)
    return {f"{acct}.managebuilding.com": {"/Resident/portal/login": login}}


def af(acct: str) -> str:
    return f"https://{acct}.appfolio.com/connect"


def af_site(acct: str, co: str, *, footer: str = "Powered by AppFolio Property Manager") -> dict[str, dict[str, Reply]]:
    return {
        f"{acct}.appfolio.com": {
            "/connect": redirect(f"https://{acct}.appfolio.com/connect/users/sign_in"),
            "/connect/users/sign_in": _login("Online Portal - Sign In", co, user="user[email]", footer=footer),
        }
    }


def rm(acct: str) -> str:
    return f"https://{acct}.twa.rentmanager.com/"


def rm_site(acct: str, co: str, *, footer: str = "Rent Manager") -> dict[str, dict[str, Reply]]:
    login = _login("Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer=footer)
    return {f"{acct}.twa.rentmanager.com": {"/": login}}


def rv(acct: str) -> str:
    return f"https://{acct}.rentvine.com/portals/resident/"


def rv_site(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.rentvine.com": {"/portals/resident/": spa_shell(f"{co} Resident Portal")}}


# --- Florida ----------------------------------------------------------------------------------

# A plain Florida lead: Tampa office with code and ZIP, the Florida footer's "Licensed Real Estate
# Broker", a Buildium Resident Center linked in the menu. high.
co = "Bayshore Keys Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "bayshorekeyspm.com",
    bld("bayshorekeys"),
    "high",
    merge(
        {
            "bayshorekeyspm.com": home(
                co,
                link(bld("bayshorekeys"))
                + office("4100 W Kennedy Blvd, Suite 210, Tampa, FL 33609 &middot; (813) 555-0142")
                + "<p>Licensed Real Estate Broker</p>",
            )
        },
        bld_site("bayshorekeys", co),
    ),
    state="FL",
    city="Tampa",
)

# An out-of-state head office (Long Island, the snowbird shape) beside the Naples office the
# lead is: "Naples, FL 34102" names Florida. AppFolio linked as "Pay Rent". high.
co = "Gulfshore Seasonal Rentals"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "gulfshoreseasonal.com",
    None,
    "high",
    merge(
        {
            "gulfshoreseasonal.com": home(
                co,
                link(af("gulfshoreseasonal"), "Pay Rent")
                + office(
                    "Head office: 1050 Franklin Ave, Garden City, NY 11530 &middot; (516) 555-0177",
                    "Naples office: 800 5th Ave S, Naples, FL 34102 &middot; (239) 555-0108",
                ),
            )
        },
        af_site("gulfshoreseasonal", co),
    ),
    state="FL",
    city="Naples",
)

# ambiguous: the only Florida mention is AP style "Northeast Fla."; the only full address is a
# Valdosta, Georgia mailing box; the towns (Orange Park, Fleming Island) are named without a state
# and the agent's city, Jacksonville, is not named. "Fla." is Florida's abbreviation as "Tex." is
# Texas's in the contract, so a careful team accepts. Rent Manager web access linked. high.
co = "St. Johns Bluff Residential"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "stjohnsbluffresidential.com",
    rm("sjbres"),
    "high",
    merge(
        {
            "stjohnsbluffresidential.com": home(
                co,
                link(rm("sjbres"), "Tenant Portal")
                + "<p>Managing single-family rentals across Northeast Fla. since 2004: Orange Park, Fleming Island, "
                "Fernandina Beach and the Beaches.</p>"
                + office("Mailing address: P.O. Box 2210, Valdosta, GA 31604 &middot; (904) 555-0163"),
            )
        },
        rm_site("sjbres", co),
    ),
    state="FL",
    city="Jacksonville",
)

# ambiguous: a Georgia head office and a Florida licence line "FREC Lic. #CQ1051234" (the Florida
# Real Estate Commission, as TREC is Texas's); the towns served (Lakewood Ranch, Venice) carry no
# state and the agent's city, Sarasota, is not named. A careful team reads FREC as Florida. high.
co = "Manatee Palms Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "manateepalmspm.com",
    af("manateepalms"),
    "high",
    merge(
        {
            "manateepalmspm.com": home(
                co,
                link(af("manateepalms"), "Resident Portal")
                + "<p>Serving owners in Lakewood Ranch, Venice and Bradenton.</p>"
                + office("Corporate: 3000 Old Alabama Rd, Alpharetta, GA 30005 &middot; (941) 555-0129")
                + "<p>Licensed Real Estate Broker &middot; FREC Lic. #CQ1051234</p>",
            )
        },
        af_site("manateepalms", co),
    ),
    state="FL",
    city="Sarasota",
)

# The portal's addresses are all in another state: Riverbend Rentals of Jacksonville, North
# Carolina (Onslow County) has no portal link on its site; the agent gave a live Buildium account
# of the same name whose footer is a Jacksonville, Florida office. A same-named firm elsewhere; the
# homepage never names Florida. evidence_unverified.
co = "Riverbend Rentals"
add(
    "no_account",
    "Buildium",
    co,
    "riverbendrentalsnc.com",
    bld("riverbendrentals"),
    "evidence_unverified",
    merge(
        {
            "riverbendrentalsnc.com": home(
                co,
                "<p>Rentals for military families near Camp Lejeune and across Onslow County. Pay rent by check or "
                "money order at our office.</p>" + office("1120 Gum Branch Rd, Jacksonville, NC 28540 &middot; (910) 555-0114"),
            )
        },
        bld_site(
            "riverbendrentals",
            co,
            footer="Riverbend Rentals &middot; 1650 Prudential Dr, Jacksonville, FL 32207 &middot; (904) 555-0190"
            " &middot; Powered by Buildium",
        ),
    ),
    state="NC",
    city="Jacksonville",
)

# --- California -------------------------------------------------------------------------------

# ambiguous: a head office in Meridian, Idaho; the only California mention is the licence line
# "CalDRE #02109876" (the California Department of Real Estate), the towns served carry no state
# and the agent's city, San Diego, is not named. A careful team reads CalDRE as California. high.
co = "Del Mar Heights Property Services"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "delmarheightsps.com",
    af("delmarheights"),
    "high",
    merge(
        {
            "delmarheightsps.com": home(
                co,
                link(af("delmarheights"), "Residents")
                + "<p>Managing rentals in Carlsbad, Oceanside, Escondido and Vista.</p>"
                + office("Corporate office: 1450 E Fairview Ave, Meridian, ID 83642 &middot; (858) 555-0131")
                + "<p>CalDRE #02109876</p>",
            )
        },
        af_site("delmarheights", co),
    ),
    state="CA",
    city="San Diego",
)

# "Oakland, Calif. 94612" (AP style with a ZIP) beside a Reno, Nevada mailing box; the company's
# city, Oakland, is named outside the Nevada address either way. Buildium linked. high.
co = "Lake Merritt Keystone Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "lakemerrittkeystone.com",
    None,
    "high",
    merge(
        {
            "lakemerrittkeystone.com": home(
                co,
                link(bld("lakemerrittkeystone"), "Tenant Login")
                + office(
                    "Office: 1900 Harrison St, Oakland, Calif. 94612 &middot; (510) 555-0172",
                    "Mail: P.O. Box 7011, Reno, NV 89510",
                ),
            )
        },
        bld_site("lakemerrittkeystone", co),
    ),
    state="CA",
    city="Oakland",
)

# A same-named city in another state: asked for Glendale, California, the site is a Glendale,
# Arizona firm (West Valley, an ADRE licence line, Arizona by name) that links its own live portal.
# Never names California. wrong_state.
co = "Arrowhead Crossing Property Management"
add(
    "no_account",
    "AppFolio",
    co,
    "arrowheadcrossingpm.com",
    af("arrowheadcrossing"),
    "wrong_state",
    merge(
        {
            "arrowheadcrossingpm.com": home(
                co,
                link(af("arrowheadcrossing"))
                + "<p>Leasing and management for West Valley homeowners in Peoria, Surprise and Goodyear, Arizona.</p>"
                + office("7700 W Arrowhead Towne Center, Suite 110, Glendale, AZ 85308 &middot; (623) 555-0156")
                + "<p>ADRE Licensed Brokerage LC123456789</p>",
            )
        },
        af_site("arrowheadcrossing", co),
    ),
    state="CA",
    city="Glendale",
)

# An unlinked live AppFolio account in the candidate's name; the homepage (Sacramento, CA)
# names the company in its footer and reads as a property manager. medium.
co = "Capitol Oaks Residential"
add(
    "live_portal",
    "AppFolio",
    co,
    "capitoloaksresidential.com",
    af("capitoloaks"),
    "medium",
    merge(
        {
            "capitoloaksresidential.com": home(
                co,
                "<p>Current residents: call (916) 555-0185 for your portal invitation.</p>"
                + office("2020 L St, Suite 400, Sacramento, CA 95811")
                + "<p>DRE #01876543</p>",
            )
        },
        af_site("capitoloaks", co),
    ),
    state="CA",
    city="Sacramento",
)

# --- New York / New Jersey / Pennsylvania -----------------------------------------------------

# ambiguous: a Hoboken, New Jersey head office; the New York side is only "NYS DOS Licensed Real
# Estate Broker" (the New York State Department of State licenses brokers) and Brooklyn
# neighbourhoods named without a state; the agent's city, Brooklyn, is not named. A careful team
# reads "NYS" as New York. Buildium linked. high.
co = "Brickline Row Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "bricklinerow.com",
    bld("bricklinerow"),
    "high",
    merge(
        {
            "bricklinerow.com": home(
                co,
                link(bld("bricklinerow"), "Resident Center")
                + "<p>Brownstone and walk-up management in Park Slope, Carroll Gardens and Bay Ridge.</p>"
                + office("Head office: 77 Hudson St, Hoboken, NJ 07030 &middot; (201) 555-0119")
                + "<p>NYS DOS Licensed Real Estate Broker #10991234567</p>",
            )
        },
        bld_site("bricklinerow", co),
    ),
    state="NY",
    city="Brooklyn",
)

# ambiguous: asked for New York (city "New York"); every office is in Jersey City, New Jersey, and
# the page names "New York City" only as the skyline and the commute ("steps from the PATH to New
# York City"). The contract's letter reads "New York" as the state's name and the company's city; a
# careful team sees a New Jersey firm and rejects it. wrong_state.
co = "Paulus Hook Residential"
add(
    "no_account",
    "AppFolio",
    co,
    "paulushookresidential.com",
    af("paulushook"),
    "wrong_state",
    merge(
        {
            "paulushookresidential.com": home(
                co,
                link(af("paulushook"))
                + "<p>Waterfront condos and brownstones with Manhattan skyline views, steps from the PATH to New York "
                "City.</p>"
                + office("30 Montgomery St, Suite 1205, Jersey City, NJ 07302 &middot; (201) 555-0148")
                + "<p>Licensed Real Estate Broker, State of New Jersey</p>",
            )
        },
        af_site("paulushook", co),
    ),
    state="NY",
    city="New York",
)

# A capital-region manager with a Vermont branch: "Albany, NY 12207" and "Bennington, VT 05201".
# Rent Manager linked. high.
co = "Helderberg Property Management"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "helderbergpm.com",
    None,
    "high",
    merge(
        {
            "helderbergpm.com": home(
                co,
                link(rm("helderberg"), "Resident Web Access")
                + office(
                    "90 State St, Suite 700, Albany, NY 12207 &middot; (518) 555-0124",
                    "Vermont branch: 215 North St, Bennington, VT 05201 &middot; (802) 555-0109",
                ),
            )
        },
        rm_site("helderberg", co),
    ),
    state="NY",
    city="Albany",
)

# An everyday rejection: the homepage answers 404 (the site is gone) while a live Buildium account
# in the name remains. dead_domain.
co = "Genesee Lofts Management"
add(
    "dead_domain",
    "Buildium",
    co,
    "geneseeloftsmgmt.com",
    bld("geneseelofts"),
    "dead_domain",
    merge({"geneseeloftsmgmt.com": {"/": not_found()}}, bld_site("geneseelofts", co)),
    state="NY",
    city="Rochester",
)

# A Philadelphia firm (every office in Pennsylvania) that says it is "licensed in Pennsylvania and
# New Jersey" and manages in Camden and Burlington counties: it names New Jersey. The agent's city
# (Haddonfield) is not named. AppFolio linked. high.
co = "Schuylkill Row Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "schuylkillrowpm.com",
    af("schuylkillrow"),
    "high",
    merge(
        {
            "schuylkillrowpm.com": home(
                co,
                link(af("schuylkillrow"), "Tenant Portal")
                + "<p>Licensed in Pennsylvania and New Jersey; rentals in Philadelphia and Camden and Burlington "
                "counties.</p>" + office("1515 Market St, Suite 1200, Philadelphia, PA 19102 &middot; (215) 555-0136"),
            )
        },
        af_site("schuylkillrow", co),
    ),
    state="NJ",
    city="Haddonfield",
)

# ambiguous: asked for New Jersey (Cherry Hill); every office is in Pennsylvania, the firm says it
# is "licensed in Pennsylvania" and serves "Philadelphia, the Main Line and South Jersey". "South
# Jersey" is a region's name, not the state's name, code or abbreviation, and nothing else names New
# Jersey or Cherry Hill. A careful team files it as a Pennsylvania firm. wrong_state. (Compare the
# Bethesda firm serving "Northern Virginia" below, accepted because the region's name contains the
# state's.)
co = "Main Line Gateway Rentals"
add(
    "no_account",
    "Buildium",
    co,
    "mainlinegatewayrentals.com",
    bld("mainlinegateway"),
    "wrong_state",
    merge(
        {
            "mainlinegatewayrentals.com": home(
                co,
                link(bld("mainlinegateway"))
                + "<p>Serving Philadelphia, the Main Line and South Jersey. Licensed in Pennsylvania.</p>"
                + office(
                    "2 W Baltimore Ave, Media, PA 19063 &middot; (610) 555-0152",
                    "1635 Market St, Philadelphia, PA 19103",
                ),
            )
        },
        bld_site("mainlinegateway", co),
    ),
    state="NJ",
    city="Cherry Hill",
)

# ambiguous: a Wilmington, Delaware head office; Pennsylvania is only "Penn." in "Chester and
# Delaware counties, Penn." (Delaware County is in Pennsylvania; the word also names the state next
# door). The agent's city, Kennett Square, is not named. A careful team reads "Penn." as
# Pennsylvania. Propertyware tenant portal linked. high.
co = "Brandywine Valley Leasing"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "brandywinevalleyleasing.com",
    "https://bvleasing.propertyware.com/pw/portals/bvleasing/tenant.action",
    "high",
    {
        "brandywinevalleyleasing.com": home(
            co,
            link("https://bvleasing.propertyware.com/pw/portals/bvleasing/tenant.action", "Tenant Login")
            + "<p>Single-family and small multifamily management across Chester and Delaware counties, Penn.</p>"
            + office("Head office: 1201 N Orange St, Wilmington, DE 19801 &middot; (302) 555-0167"),
        ),
        "bvleasing.propertyware.com": {
            "/pw/portals/bvleasing/tenant.action": VENDOR_LOGIN["Propertyware"](co),
        },
    },
    state="PA",
    city="Kennett Square",
)

# --- the Carolinas ----------------------------------------------------------------------------

# A Charlotte lead with its head office across the line in Fort Mill, South Carolina, an NCREC
# firm licence and "Charlotte, NC 28202". Buildium linked from the footer. high.
co = "Queen City Keyway Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "queencitykeyway.com",
    bld("queencitykeyway"),
    "high",
    merge(
        {
            "queencitykeyway.com": home(
                co,
                office(
                    "Head office: 1000 Crossroads Dr, Fort Mill, SC 29708 &middot; (803) 555-0121",
                    "Uptown office: 301 S Tryon St, Suite 1500, Charlotte, NC 28202 &middot; (704) 555-0187",
                )
                + "<p>NCREC Firm License #C31245</p>"
                + f"<div class='footer-cta'><a class='btn' href='{bld('queencitykeyway')}'>Pay Rent Online</a></div>",
            )
        },
        bld_site("queencitykeyway", co),
    ),
    state="NC",
    city="Charlotte",
)

# ambiguous: a Greenville, South Carolina mailing address; North Carolina is only "Western N.C."
# and towns without a state; the agent's city, Asheville, is not named. The agent gave an unlinked
# live AppFolio account in the company's name; the footer names the company. A careful team reads
# "N.C." as North Carolina. medium.
co = "Blue Ridge Gap Rentals"
add(
    "live_portal",
    "AppFolio",
    co,
    "blueridgegaprentals.com",
    af("blueridgegap"),
    "medium",
    merge(
        {
            "blueridgegaprentals.com": home(
                co,
                "<p>Long-term rentals in Western N.C.: Black Mountain, Weaverville, Fairview and Swannanoa.</p>"
                + office("Mailing: 14 Augusta St, Greenville, SC 29601 &middot; (828) 555-0139"),
            )
        },
        af_site("blueridgegap", co),
    ),
    state="NC",
    city="Asheville",
)

# Offices all across the line: asked for Rock Hill, South Carolina; the firm's offices are in
# Charlotte and Huntersville, North Carolina, it is NCREC-licensed and serves Mecklenburg, Union
# and Cabarrus counties. Never names South Carolina, "SC" or Rock Hill. wrong_state.
co = "Catawba Crossing Rentals"
add(
    "no_account",
    "Rentvine",
    co,
    "catawbacrossingrentals.com",
    rv("catawbacrossing"),
    "wrong_state",
    merge(
        {
            "catawbacrossingrentals.com": home(
                co,
                link(rv("catawbacrossing"))
                + "<p>Serving Mecklenburg, Union and Cabarrus counties.</p>"
                + office(
                    "1235 East Blvd, Charlotte, NC 28203 &middot; (704) 555-0158",
                    "9700 Sam Furr Rd, Huntersville, NC 28078",
                )
                + "<p>NCREC licensed brokerage</p>",
            )
        },
        rv_site("catawbacrossing", co),
    ),
    state="SC",
    city="Rock Hill",
)

# An everyday rejection: the evidence URL is an image on AppFolio's CDN (an asset, no account);
# the Raleigh homepage links no portal. no_pms_evidence.
co = "Oak City Rental Homes"
add(
    "asset",
    "AppFolio",
    co,
    "oakcityrentalhomes.com",
    "https://images.cdn.appfolio.com/oakcityrental/images/2021/06/h25-logo.png",
    "no_pms_evidence",
    {
        "oakcityrentalhomes.com": home(
            co,
            "<p>Call us to pay rent or request maintenance.</p>"
            + office("4000 Wake Forest Rd, Raleigh, NC 27609 &middot; (919) 555-0173"),
        ),
        "images.cdn.appfolio.com": {
            "/oakcityrental/images/2021/06/h25-logo.png": Reply(200, b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        },
    },
    state="NC",
    city="Raleigh",
)

# --- Georgia ----------------------------------------------------------------------------------

# Columbus, Georgia, with a Phenix City, Alabama branch across the Chattahoochee. Rentvine
# linked. high.
co = "Chattahoochee Bend Property Management"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "chattahoocheebendpm.com",
    None,
    "high",
    merge(
        {
            "chattahoocheebendpm.com": home(
                co,
                link(rv("chattbend"), "Resident Portal")
                + office(
                    "1200 Broadway, Columbus, GA 31901 &middot; (706) 555-0144",
                    "Alabama office: 600 13th St, Phenix City, AL 36867 &middot; (334) 555-0102",
                ),
            )
        },
        rv_site("chattbend", co),
    ),
    state="GA",
    city="Columbus",
)

# A same-named city: asked for Columbus, Georgia; the site is a Columbus, Ohio firm (German Village,
# Central Ohio) with its own live portal. Never names Georgia. wrong_state.
co = "Scioto Mile Residential"
add(
    "no_account",
    "Buildium",
    co,
    "sciotomileresidential.com",
    bld("sciotomile"),
    "wrong_state",
    merge(
        {
            "sciotomileresidential.com": home(
                co,
                link(bld("sciotomile"))
                + "<p>Rentals in German Village, Clintonville and across Central Ohio.</p>"
                + office("250 S High St, Suite 300, Columbus, OH 43215 &middot; (614) 555-0160"),
            )
        },
        bld_site("sciotomile", co),
    ),
    state="GA",
    city="Columbus",
)

# An apartment operator in Atlanta linking its community's RealPage ActiveBuilding portal; the
# portal names the community, not the company (RealPage titles are not compared). high.
co = "Peachtree Yard Living"
add(
    "site_links_portal",
    "RealPage",
    co,
    "peachtreeyardliving.com",
    "https://peachtreeyard.activebuilding.com/",
    "high",
    {
        "peachtreeyardliving.com": home(
            co,
            link("https://peachtreeyard.activebuilding.com/", "Resident Portal")
            + "<p>Studios to three bedrooms in Midtown; apartments with a rooftop pool.</p>"
            + office("1100 Peachtree St NE, Atlanta, GA 30309 &middot; (404) 555-0133"),
        ),
        "peachtreeyard.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Peachtree Yard Apartments")},
    },
    state="GA",
    city="Atlanta",
)

# An everyday rejection: the evidence URL is AppFolio's marketing page (vendor-wide); the Savannah
# homepage links no portal. no_pms_evidence.
co = "Forsyth Park Rentals"
add(
    "vendor_wide",
    "AppFolio",
    co,
    "forsythparkrentals.com",
    "https://www.appfolio.com/property-manager/h25-single-family",
    "no_pms_evidence",
    {
        "forsythparkrentals.com": home(
            co,
            "<p>Historic district rentals; residents pay at the office or by mail.</p>"
            + office("22 Bull St, Savannah, GA 31401 &middot; (912) 555-0170"),
        ),
        "www.appfolio.com": {
            "/property-manager/h25-single-family": page(
                "<h1>Property management software for single-family homes</h1><a href='/demo'>Get a demo</a>",
                title="Single-Family Property Management Software | AppFolio",
            )
        },
    },
    state="GA",
    city="Savannah",
)

# --- Arizona / Nevada -------------------------------------------------------------------------

# A Las Vegas, Nevada head office and "our Lake Havasu City office" (street only, no state): the
# company's city is named outside the Nevada address, as the contract counts it. Buildium linked.
# high.
co = "Havasu Shores Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "havasushorespm.com",
    bld("havasushores"),
    "high",
    merge(
        {
            "havasushorespm.com": home(
                co,
                link(bld("havasushores"))
                + office(
                    "Head office: 3960 Howard Hughes Pkwy, Las Vegas, NV 89169 &middot; (702) 555-0117",
                    "Our Lake Havasu City office: 2080 McCulloch Blvd N, Suite 3 &middot; (928) 555-0150",
                ),
            )
        },
        bld_site("havasushores", co),
    ),
    state="AZ",
    city="Lake Havasu City",
)

# The state only in schema.org: the text gives only an Albuquerque, New Mexico mailing box; the
# JSON-LD PostalAddress is Scottsdale, AZ 85251 (the contract counts a schema.org PostalAddress).
# AppFolio linked. high.
co = "Camelback Canyon Residential"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "camelbackcanyonres.com",
    af("camelbackcanyon"),
    "high",
    {
        "camelbackcanyonres.com": {
            "/": Reply(
                200,
                "<!DOCTYPE html><html lang='en-US'><head><meta charset='UTF-8'><title>Camelback Canyon Residential | "
                "Property Management</title>"
                + jsonld(co, "7150 E Camelback Rd, Suite 444", "Scottsdale", "AZ", "85251", "+1-480-555-0181")
                + "</head><body><nav><a href='/'>Home</a><a href='/owners'>Owners</a>"
                + link(af("camelbackcanyon"), "Resident Login")
                + "</nav><main><h1>Camelback Canyon Residential</h1><p>Full-service residential property management "
                "for single-family homes, townhomes and condos: leasing, rent collection and maintenance.</p>"
                "<p>Mailing address: P.O. Box 30417, Albuquerque, NM 87190</p></main>"
                "<footer>&copy; 2026 Camelback Canyon Residential</footer></body></html>",
            )
        },
        **af_site("camelbackcanyon", co),
    },
    state="AZ",
    city="Scottsdale",
)

# An everyday rejection: an unlinked Entrata community portal given as the evidence answers with
# Cloudflare's managed challenge (Entrata's known answer to servers). unverifiable.
co = "Saguaro Wash Apartments"
add(
    "bot_wall",
    "Entrata",
    co,
    "saguarowashapartments.com",
    "https://saguarowash.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "unverifiable",
    {
        "saguarowashapartments.com": home(
            co,
            "<p>One- and two-bedroom apartments near the university.</p>"
            + office("2500 E Speedway Blvd, Tucson, AZ 85719 &middot; (520) 555-0128"),
        ),
        "saguarowash.residentportal.com": everywhere(CF_CHALLENGE),
    },
    state="AZ",
    city="Tucson",
)

# A same-named city: asked for Las Vegas, Nevada; the site is a Las Vegas, New Mexico firm (San
# Miguel County, New Mexico) linking its own live portal. Never names Nevada. wrong_state.
co = "Gallinas River Property Management"
add(
    "no_account",
    "Rent Manager",
    co,
    "gallinasriverpm.com",
    rm("gallinasriver"),
    "wrong_state",
    merge(
        {
            "gallinasriverpm.com": home(
                co,
                link(rm("gallinasriver"))
                + "<p>Homes and apartments across San Miguel County, New Mexico.</p>"
                + office("500 Douglas Ave, Las Vegas, NM 87701 &middot; (505) 555-0146"),
            )
        },
        rm_site("gallinasriver", co),
    ),
    state="NV",
    city="Las Vegas",
)

# A real Reno lead whose homepage sits behind Cloudflare's challenge (unreadable, not dead); the
# agent gave a live Buildium Resident Center in the company's name. The contract: a live account
# portal with a site that could not be read. medium.
co = "Truckee Meadows Rental Group"
add(
    "live_portal",
    "Buildium",
    co,
    "truckeemeadowsrentals.com",
    bld("truckeemeadows"),
    "medium",
    merge({"truckeemeadowsrentals.com": everywhere(CF_CHALLENGE)}, bld_site("truckeemeadows", co)),
    state="NV",
    city="Reno",
)

# --- Colorado -------------------------------------------------------------------------------

# A Cheyenne, Wyoming head office and an "Aurora, Colo." branch (AP style, no ZIP); the company's
# city, Aurora, is named outside the Wyoming address. Buildium linked. high.
co = "Front Range Keyhouse Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "frontrangekeyhouse.com",
    None,
    "high",
    merge(
        {
            "frontrangekeyhouse.com": home(
                co,
                link(bld("frontrangekeyhouse"), "Resident Center")
                + office(
                    "Head office: 1700 Capitol Ave, Cheyenne, WY 82001 &middot; (307) 555-0111",
                    "Aurora, Colo. branch: 15200 E 6th Ave &middot; (720) 555-0166",
                ),
            )
        },
        bld_site("frontrangekeyhouse", co),
    ),
    state="CO",
    city="Aurora",
)

# A same-named city: asked for Aurora, Colorado; the site is "Fox Valley Rental Co." of Aurora,
# Illinois (the "Co." is the company's, not Colorado's code). Never names Colorado. wrong_state.
co = "Fox Valley Rental Co."
add(
    "no_account",
    "AppFolio",
    co,
    "foxvalleyrentalco.com",
    af("foxvalleyrental"),
    "wrong_state",
    merge(
        {
            "foxvalleyrentalco.com": home(
                co,
                link(af("foxvalleyrental"))
                + "<p>Fox Valley Rental Co. has leased and managed homes along the Fox River in northern Illinois since "
                "1998.</p>" + office("44 E Downer Pl, Aurora, IL 60505 &middot; (630) 555-0153"),
            )
        },
        af_site("foxvalleyrental", co),
    ),
    state="CO",
    city="Aurora",
)

# A Denver apartment community linking its live Entrata resident portal (Entrata portals name the
# property; titles not compared). high.
co = "Larimer Lofts Residences"
add(
    "site_links_portal",
    "Entrata",
    co,
    "larimerloftsdenver.com",
    None,
    "high",
    {
        "larimerloftsdenver.com": home(
            co,
            link(
                "https://larimerlofts.residentportal.com/resident_portal/?module=authentication&action=view_login",
                "Resident Portal",
            )
            + "<p>Loft apartments in RiNo; leasing office open daily.</p>"
            + office("2901 Larimer St, Denver, CO 80205 &middot; (303) 555-0138"),
        ),
        "larimerlofts.residentportal.com": {"/resident_portal/": VENDOR_LOGIN["Entrata"]("Larimer Lofts")},
    },
    state="CO",
    city="Denver",
)

# An everyday rejection: asked for AppFolio, the Colorado Springs site links its Rentvine resident
# portal (live). pms_mismatch.
co = "Pikes Peak Hearth Property Management"
add(
    "other_pms",
    "AppFolio",
    co,
    "pikespeakhearthpm.com",
    None,
    "pms_mismatch",
    merge(
        {
            "pikespeakhearthpm.com": home(
                co,
                link(rv("pikespeakhearth"), "Resident Portal")
                + office("102 S Tejon St, Suite 1100, Colorado Springs, CO 80903 &middot; (719) 555-0127"),
            )
        },
        rv_site("pikespeakhearth", co),
    ),
    state="CO",
    city="Colorado Springs",
)

# --- Washington / Oregon ----------------------------------------------------------------------

# A Portland, Oregon head office and a "Vancouver, Wash. 98660" branch; the company's city is named
# there either way. AppFolio linked. high.
co = "Columbia Crossing Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "columbiacrossingpm.com",
    af("columbiacrossing"),
    "high",
    merge(
        {
            "columbiacrossingpm.com": home(
                co,
                link(af("columbiacrossing"), "Pay Rent / Maintenance")
                + office(
                    "Head office: 805 SW Broadway, Portland, OR 97205 &middot; (503) 555-0141",
                    "Vancouver office: 500 Broadway St, Vancouver, Wash. 98660 &middot; (360) 555-0104",
                ),
            )
        },
        af_site("columbiacrossing", co),
    ),
    state="WA",
    city="Vancouver",
)

# The portal's only address is across the line and the homepage names that state: a Camas, WA
# office, "our head office in Portland, Oregon"; the unlinked Rent Manager account in the company's
# name gives a Lake Oswego, Oregon footer. The homepage names Oregon, so the account is its own.
# medium.
co = "Lacamas Lake Property Management"
add(
    "live_portal",
    "Rent Manager",
    co,
    "lacamaslakepm.com",
    rm("lacamaslake"),
    "medium",
    merge(
        {
            "lacamaslakepm.com": home(
                co,
                "<p>A Clark County team backed by our head office in Portland, Oregon.</p>"
                + office("Camas office: 400 NE 4th Ave, Camas, WA 98607 &middot; (360) 555-0175"),
            )
        },
        rm_site(
            "lacamaslake",
            co,
            footer="Lacamas Lake Property Management &middot; 5 Centerpointe Dr, Lake Oswego, OR 97035 &middot; Rent Manager",
        ),
    ),
    state="WA",
    city="Camas",
)

# ambiguous: asked for Washington state; the site is a firm in Washington, Missouri (Franklin
# County) that names its town outside its address ("serving Washington, Union and New Haven"). The
# contract's letter sees the state's name and the candidate's city; a careful team sees a Missouri
# firm. wrong_state.
co = "Franklin County Home Leasing"
add(
    "no_account",
    "Buildium",
    co,
    "franklincountyhomeleasing.com",
    bld("fchomeleasing"),
    "wrong_state",
    merge(
        {
            "franklincountyhomeleasing.com": home(
                co,
                link(bld("fchomeleasing"))
                + "<p>Serving Washington, Union and New Haven on the Missouri River.</p>"
                + office("115 Elm St, Washington, MO 63090 &middot; (636) 555-0189"),
            )
        },
        bld_site("fchomeleasing", co),
    ),
    state="WA",
    city="Washington",
)

# A plain Portland, Oregon lead (the control for the Maine firm below). Rentvine linked. high.
co = "Hawthorne Bridge Rentals"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "hawthornebridgerentals.com",
    rv("hawthornebridge"),
    "high",
    merge(
        {
            "hawthornebridgerentals.com": home(
                co,
                link(rv("hawthornebridge")) + office("3500 SE Hawthorne Blvd, Portland, OR 97214 &middot; (503) 555-0122"),
            )
        },
        rv_site("hawthornebridge", co),
    ),
    state="OR",
    city="Portland",
)

# A same-named city: asked for Portland, Oregon; the site is a Portland, Maine firm (Casco Bay,
# Maine) linking its own live portal. Never names Oregon. wrong_state.
co = "Evergreen Wharf Property Management"
add(
    "no_account",
    "AppFolio",
    co,
    "evergreenwharfpm.com",
    af("evergreenwharf"),
    "wrong_state",
    merge(
        {
            "evergreenwharfpm.com": home(
                co,
                link(af("evergreenwharf"))
                + "<p>Apartments and condos around Casco Bay and southern Maine.</p>"
                + office("100 Commercial St, Portland, ME 04101 &middot; (207) 555-0130"),
            )
        },
        af_site("evergreenwharf", co),
    ),
    state="OR",
    city="Portland",
)

# --- Illinois / Ohio / Kentucky ---------------------------------------------------------------

# A Chicago operator linking its Yardi RENTCafe resident portal, which answers live here. high.
co = "Lakeview Greystone Management"
add(
    "site_links_portal",
    "Yardi",
    co,
    "lakeviewgreystone.com",
    "https://lakeviewgreystone.securecafe.com/residentservices/lakeviewgreystone/userlogin.aspx",
    "high",
    {
        "lakeviewgreystone.com": home(
            co,
            link("https://lakeviewgreystone.securecafe.com/residentservices/lakeviewgreystone/userlogin.aspx")
            + "<p>Vintage courtyard buildings in Lakeview and Lincoln Park.</p>"
            + office("3300 N Broadway, Chicago, IL 60657 &middot; (773) 555-0147"),
        ),
        "lakeviewgreystone.securecafe.com": {
            "/residentservices/lakeviewgreystone/userlogin.aspx": VENDOR_LOGIN["Yardi"](co),
        },
    },
    state="IL",
    city="Chicago",
)

# An everyday rejection: the Evanston site links its Yardi portal, which answers this client with
# a bare 403 and Cloudflare's challenge. unverifiable.
co = "Sheridan Shore Apartments"
add(
    "bot_wall",
    "Yardi",
    co,
    "sheridanshoreapts.com",
    None,
    "unverifiable",
    {
        "sheridanshoreapts.com": home(
            co,
            link("https://sheridanshore.securecafe.com/residentservices/sheridanshore/userlogin.aspx", "Resident Login")
            + office("1500 Sheridan Rd, Evanston, IL 60201 &middot; (847) 555-0119"),
        ),
        "sheridanshore.securecafe.com": everywhere(CF_CHALLENGE),
    },
    state="IL",
    city="Evanston",
)

# An everyday rejection: no evidence URL, and the Peoria homepage links no portal (residents mail
# checks). no_pms_evidence.
co = "Riverfront Peoria Rentals"
add(
    "no_portal",
    "Buildium",
    co,
    "riverfrontpeoriarentals.com",
    None,
    "no_pms_evidence",
    {
        "riverfrontpeoriarentals.com": home(
            co,
            "<p>Mail rent checks to our office or drop them in the box by the door.</p>"
            + office("401 SW Water St, Peoria, IL 61602 &middot; (309) 555-0164"),
        )
    },
    state="IL",
    city="Peoria",
)

# A Lakewood, Ohio lead linking its ResMan resident portal. high.
co = "Detroit Shoreway Residential"
add(
    "site_links_portal",
    "ResMan",
    co,
    "detroitshorewayres.com",
    "https://dshoreway.myresman.com/Portal/Access/SignIn",
    "high",
    {
        "detroitshorewayres.com": home(
            co,
            link("https://dshoreway.myresman.com/Portal/Access/SignIn", "Resident Portal")
            + office("14700 Detroit Ave, Lakewood, OH 44107 &middot; (216) 555-0176"),
        ),
        "dshoreway.myresman.com": {"/Portal/Access/SignIn": VENDOR_LOGIN["ResMan"](co)},
    },
    state="OH",
    city="Lakewood",
)

# An everyday rejection: the domain does not exist (neither the name nor www.). dead_domain.
co = "Miami Valley Homestead Rentals"
add(
    "dead_domain",
    "AppFolio",
    co,
    "miamivalleyhomesteadrentals.com",
    af("miamivalleyhomestead"),
    "dead_domain",
    af_site("miamivalleyhomestead", co),
    ("miamivalleyhomesteadrentals.com", "www.miamivalleyhomesteadrentals.com"),
    state="OH",
    city="Dayton",
)

# ambiguous: asked for Kentucky (Florence); the only address is a Cincinnati, Ohio P.O. box, and
# Kentucky appears only as "NKY" ("NKY's rental team") and Boone, Kenton and Campbell counties.
# "NKY" is Northern Kentucky's everyday name as "ATX" is Austin's, so a careful team accepts.
# Buildium linked. high.
co = "Licking River Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "lickingriverpm.com",
    bld("lickingriver"),
    "high",
    merge(
        {
            "lickingriverpm.com": home(
                co,
                link(bld("lickingriver"), "Tenant Portal")
                + "<p>NKY's rental team: homes across Boone, Kenton and Campbell counties.</p>"
                + office("Mail: P.O. Box 54120, Cincinnati, OH 45254 &middot; (859) 555-0135"),
            )
        },
        bld_site("lickingriver", co),
    ),
    state="KY",
    city="Florence",
)

# --- Missouri / Kansas ------------------------------------------------------------------------

# An Overland Park, Kansas head office and "our Lee's Summit office" (street only): the company's
# city named outside the Kansas address. AppFolio linked. high.
co = "Blue River Heartland Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "blueriverheartlandpm.com",
    None,
    "high",
    merge(
        {
            "blueriverheartlandpm.com": home(
                co,
                link(af("blueriverheartland"))
                + office(
                    "Head office: 7500 College Blvd, Overland Park, KS 66210 &middot; (913) 555-0112",
                    "Our Lee's Summit office: 220 SE Main St &middot; (816) 555-0159",
                ),
            )
        },
        af_site("blueriverheartland", co),
    ),
    state="MO",
    city="Lee's Summit",
)

# Offices all across the line: asked for Kansas City, Missouri; every office is in Johnson County,
# Kansas (Overland Park, Olathe) and the page never names Missouri, "MO" or Kansas City. wrong_state.
co = "Indian Creek Leasing Group"
add(
    "no_account",
    "AppFolio",
    co,
    "indiancreekleasing.com",
    af("indiancreekleasing"),
    "wrong_state",
    merge(
        {
            "indiancreekleasing.com": home(
                co,
                link(af("indiancreekleasing"))
                + "<p>Johnson County, Kansas homes: Leawood, Lenexa, Shawnee and Prairie Village.</p>"
                + office(
                    "7300 W 110th St, Overland Park, KS 66210 &middot; (913) 555-0145",
                    "120 N Cherry St, Olathe, KS 66061",
                ),
            )
        },
        af_site("indiancreekleasing", co),
    ),
    state="MO",
    city="Kansas City",
)

# ambiguous: asked for Kansas (Kansas City); the firm is in Kansas City, Missouri (Westport,
# Brookside, Waldo), and "Kansas" appears only inside "Kansas City, Missouri". The contract's letter
# might read the state's name or the candidate's city in it; a careful team sees a Missouri firm.
# wrong_state.
co = "Westport Brookside Rentals"
add(
    "no_account",
    "Buildium",
    co,
    "westportbrooksiderentals.com",
    bld("westportbrookside"),
    "wrong_state",
    merge(
        {
            "westportbrooksiderentals.com": home(
                co,
                link(bld("westportbrookside"))
                + "<p>Bungalows and fourplexes in Midtown, Brookside and Waldo, Kansas City, Missouri.</p>"
                + office("4050 Pennsylvania Ave, Suite 200, Kansas City, MO 64111 &middot; (816) 555-0178"),
            )
        },
        bld_site("westportbrookside", co),
    ),
    state="KS",
    city="Kansas City",
)

# A state name inside another: asked for Kansas (the agent's city Fort Scott); the site is a Fort
# Smith, Arkansas firm ("Arkansas River Valley"). "Kansas" only inside "Arkansas". wrong_state.
co = "River Valley Home Rentals"
add(
    "no_account",
    "Rentvine",
    co,
    "rivervalleyhomerentals.com",
    rv("rivervalleyhome"),
    "wrong_state",
    merge(
        {
            "rivervalleyhomerentals.com": home(
                co,
                link(rv("rivervalleyhome"))
                + "<p>Rentals across the Arkansas River Valley: Van Buren, Alma and Greenwood, Arkansas.</p>"
                + office("623 Garrison Ave, Fort Smith, AR 72901 &middot; (479) 555-0120"),
            )
        },
        rv_site("rivervalleyhome", co),
    ),
    state="KS",
    city="Fort Scott",
)

# --- Virginia / DC / Maryland -----------------------------------------------------------------

# A Bethesda, Maryland firm (its only office) "serving Washington, DC, Montgomery County and
# Northern Virginia: Arlington, Alexandria and Falls Church": it names Virginia and the company's
# city outside the Maryland address, so by the contract it is in the state asked for. AppFolio
# linked. high. (A careful team agrees: it manages Arlington homes; compare "South Jersey" above.)
co = "Potomac Rowhouse Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "potomacrowhouse.com",
    af("potomacrowhouse"),
    "high",
    merge(
        {
            "potomacrowhouse.com": home(
                co,
                link(af("potomacrowhouse"))
                + "<p>Serving Washington, DC, Montgomery County and Northern Virginia: Arlington, Alexandria and Falls "
                "Church.</p>" + office("4800 Hampden Ln, Suite 200, Bethesda, MD 20814 &middot; (301) 555-0157"),
            )
        },
        af_site("potomacrowhouse", co),
    ),
    state="VA",
    city="Arlington",
)

# A same-named city: asked for Arlington, Virginia; the site is an Arlington, Texas firm (TREC
# licence line, "Texas") with its own live portal. Never names Virginia. wrong_state.
co = "Entertainment District Property Management"
add(
    "no_account",
    "Buildium",
    co,
    "entdistrictpm.com",
    bld("entdistrict"),
    "wrong_state",
    merge(
        {
            "entdistrictpm.com": home(
                co,
                link(bld("entdistrict"))
                + "<p>Homes near the stadiums and UTA, across Tarrant County, Texas.</p>"
                + office("1000 Ballpark Way, Suite 300, Arlington, TX 76011 &middot; (817) 555-0143")
                + "<p>TREC License #9012345 &middot; Texas Real Estate Commission Information About Brokerage Services</p>",
            )
        },
        bld_site("entdistrict", co),
    ),
    state="VA",
    city="Arlington",
)

# A state name inside another: asked for Virginia (Bluefield, a town in both states); the site is a
# Bluefield, West Virginia firm ("southern West Virginia", Mercer County). "Virginia" only inside
# "West Virginia". wrong_state.
co = "Mercer Ridge Rentals"
add(
    "no_account",
    "Rent Manager",
    co,
    "mercerridgerentals.com",
    rm("mercerridge"),
    "wrong_state",
    merge(
        {
            "mercerridgerentals.com": home(
                co,
                link(rm("mercerridge"))
                + "<p>Homes and apartments across Mercer County and southern West Virginia.</p>"
                + office("500 Federal St, Bluefield, WV 24701 &middot; (304) 555-0161"),
            )
        },
        rm_site("mercerridge", co),
    ),
    state="VA",
    city="Bluefield",
)

# A Baltimore lead linking its MRI ResidentConnect portal. high.
co = "Fells Point Harborview Management"
add(
    "site_links_portal",
    "MRI",
    co,
    "fellspointharborview.com",
    "https://fellspointharbor.mriresidentconnect.com/",
    "high",
    {
        "fellspointharborview.com": home(
            co,
            link("https://fellspointharbor.mriresidentconnect.com/", "ResidentConnect Login")
            + office("1600 Thames St, Baltimore, MD 21231 &middot; (410) 555-0118"),
        ),
        "fellspointharbor.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"](co)},
    },
    state="MD",
    city="Baltimore",
)

# --- Tennessee / Mississippi ------------------------------------------------------------------

# Memphis offices only (Memphis and Germantown, Tennessee) and "DeSoto County, Mississippi:
# Southaven, Olive Branch and Horn Lake": names Mississippi and the company's city. Buildium
# linked. high.
co = "Bluff City Crossing Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "bluffcitycrossingpm.com",
    None,
    "high",
    merge(
        {
            "bluffcitycrossingpm.com": home(
                co,
                link(bld("bluffcitycrossing"))
                + "<p>Rentals in Memphis, Germantown and Collierville, and DeSoto County, Mississippi: Southaven, "
                "Olive Branch and Horn Lake.</p>"
                + office(
                    "6060 Poplar Ave, Memphis, TN 38119 &middot; (901) 555-0140",
                    "7700 Poplar Ave, Germantown, TN 38138",
                ),
            )
        },
        bld_site("bluffcitycrossing", co),
    ),
    state="MS",
    city="Southaven",
)

# An unlinked DoorLoop account (a single-page app shell titled with the company's name); the
# Nashville homepage names the company. medium.
co = "Music Row Residential"
add(
    "live_portal",
    "DoorLoop",
    co,
    "musicrowresidential.com",
    "https://musicrowres.app.doorloop.com/",
    "medium",
    {
        "musicrowresidential.com": home(
            co,
            "<p>Residents: your portal invitation comes by email after lease signing.</p>"
            + office("1201 Demonbreun St, Nashville, TN 37203 &middot; (615) 555-0182"),
        ),
        "musicrowres.app.doorloop.com": {"/": spa_shell(f"{co} - Tenant Portal"), "/login": spa_shell(f"{co} - Tenant Portal")},
    },
    state="TN",
    city="Nashville",
)

# An everyday rejection: the agent's Buildium account answers "could not be found"; the Knoxville
# site links no portal. evidence_unverified.
co = "Old City Knox Rentals"
add(
    "no_account",
    "Buildium",
    co,
    "oldcityknoxrentals.com",
    bld("oldcityknox"),
    "evidence_unverified",
    {
        "oldcityknoxrentals.com": home(
            co,
            "<p>Call the office for rent payment options.</p>"
            + office("110 S Central St, Knoxville, TN 37902 &middot; (865) 555-0126"),
        ),
        "oldcityknox.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account could not be found.</h2><a href='/'>Return to login</a>",
                title="Resident Center",
            )
        },
    },
    state="TN",
    city="Knoxville",
)

# --- Massachusetts / Minnesota ----------------------------------------------------------------

# "Springfield, Mass. 01103" beside an Enfield, Connecticut office (code and ZIP); the company's
# city is named either way. Rent Manager linked. high.
co = "Pioneer Valley Tenancy Services"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "pioneervalleytenancy.com",
    rm("pvtenancy"),
    "high",
    merge(
        {
            "pioneervalleytenancy.com": home(
                co,
                link(rm("pvtenancy"), "Resident Web Access")
                + office(
                    "1500 Main St, Suite 900, Springfield, Mass. 01103 &middot; (413) 555-0151",
                    "Connecticut office: 90 Elm St, Enfield, CT 06082 &middot; (860) 555-0107",
                ),
            )
        },
        rm_site("pvtenancy", co),
    ),
    state="MA",
    city="Springfield",
)

# An everyday rejection: the Boston site still links its Buildium Resident Center, which now says
# "This Resident Center is no longer active" (retired account) and shows no login form.
# evidence_unverified.
co = "Back Bay Brownstone Management"
add(
    "stale_portal",
    "Buildium",
    co,
    "backbaybrownstonemgmt.com",
    bld("backbaybrownstone"),
    "evidence_unverified",
    {
        "backbaybrownstonemgmt.com": home(
            co,
            link(bld("backbaybrownstone")) + office("300 Newbury St, Boston, MA 02115 &middot; (617) 555-0169"),
        ),
        "backbaybrownstone.managebuilding.com": {
            "/Resident/portal/login": page(
                f"<h1>{co}</h1><p>This Resident Center is no longer active. Please contact your property manager "
                "for more information.</p><footer>Powered by Buildium</footer>",
                title=f"{co} - Resident Center",
            )
        },
    },
    state="MA",
    city="Boston",
)

# A Minneapolis lead with a Hudson, Wisconsin branch across the St. Croix. AppFolio linked. high.
co = "Stone Arch Residential"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "stonearchresidential.com",
    None,
    "high",
    merge(
        {
            "stonearchresidential.com": home(
                co,
                link(af("stonearch"), "Online Portal")
                + office(
                    "100 Washington Ave S, Suite 1600, Minneapolis, MN 55401 &middot; (612) 555-0132",
                    "Hudson, WI 54016 branch &middot; (715) 555-0110",
                ),
            )
        },
        af_site("stonearch", co),
    ),
    state="MN",
    city="Minneapolis",
)

# ambiguous: a Duluth, MN homepage links its Buildium Resident Center, whose only address is a
# remittance box across the bridge ("Payments by mail: P.O. Box 1120, Superior, WI 54880"); the
# homepage never names Wisconsin. The portal is linked from the company's own site and named for it,
# so a careful team takes it as its own: a remittance box is not a same-named firm elsewhere. high.
co = "Twin Ports Harbor Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "twinportsharborrentals.com",
    bld("twinportsharbor"),
    "high",
    merge(
        {
            "twinportsharborrentals.com": home(
                co,
                link(bld("twinportsharbor")) + office("302 W Superior St, Suite 500, Duluth, MN 55802 &middot; (218) 555-0168"),
            )
        },
        bld_site(
            "twinportsharbor",
            co,
            footer="Payments by mail: Twin Ports Harbor Rentals, P.O. Box 1120, Superior, WI 54880 &middot; Powered by Buildium",
        ),
    ),
    state="MN",
    city="Duluth",
)

# An everyday rejection: the domain is parked (Sedo's lander: its script host, "This domain may be
# for sale") while the agent's AppFolio account in the name still answers. dead_domain.
co = "North Loop Tenant Services"
add(
    "parked",
    "AppFolio",
    co,
    "northlooptenantservices.com",
    af("northlooptenant"),
    "dead_domain",
    merge(
        {
            "northlooptenantservices.com": parked(
                "<div id='sedo'><h1>northlooptenantservices.com</h1><p>This domain may be for sale!</p>"
                "<a href='https://sedo.com/search/details/?domain=northlooptenantservices.com&amp;partnerid=324561&amp;"
                "language=us'>Buy this domain</a><p>Related searches: Apartments for Rent, Property Management</p></div>",
                title="northlooptenantservices.com",
                head="<script src='https://img.sedoparking.com/js/h25/park.js'></script>",
            )
        },
        af_site("northlooptenant", co),
    ),
    state="MN",
    city="St. Paul",
)

HOLDOUT25 = collector.cases
