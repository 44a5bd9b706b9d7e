"""Where a page places a company: a same-named firm elsewhere is `wrong_state`; a real company that
shows only an office across the line but names its own state some other way is not."""

from __future__ import annotations

import pytest

from leadflow.domain.states import address_states, names_state, states_mentioned, towns_elsewhere


@pytest.mark.parametrize(
    "text,state,city,named",
    [
        # other states' abbreviations, licence boards and nicknames, beside an address elsewhere
        ("Serving Northeast Fla. since 2004. Mail: PO Box 4410, Kingsland, GA 31548", "FL", "Jacksonville", True),
        ("FREC Lic. #CQ1051234 · Head office: 12 Peachtree St, Atlanta, GA 30303", "FL", "Tampa", True),
        ("CalDRE #02109876 · 800 W Main St, Boise, ID 83702", "CA", "San Diego", True),
        ("Homes across Western N.C. · Mail: 10 Main St, Greenville, SC 29601", "NC", "Asheville", True),
        ("Chester and Delaware counties, Penn. · 300 Delaware Ave, Wilmington, DE 19801", "PA", "West Chester", True),
        ("NKY's rental team · PO Box 1, Cincinnati, OH 45202", "KY", "Florence", True),
        ("NYS DOS Licensed Real Estate Broker · 1 Exchange Pl, Jersey City, NJ 07302", "NY", "Brooklyn", True),
        # a state's name inside another place's names no state
        ("Rentals in Bluefield and Princeton, West Virginia. 500 Federal St, Bluefield, WV 24701", "VA", "Bluefield", False),
        ("Westport and Brookside homes. 4000 Main St, Kansas City, MO 64111. Kansas City's best!", "KS", "Kansas City", False),
        ("Franklin County leasing. 200 Elm St, Washington, MO 63090. Proudly serving Washington.", "WA", "Washington", False),
        ("Overland Park, KS 66210 · and the Kansas City, MO side too", "KS", "Overland Park", True),
        ("Head office: 1 Main St, Portland, OR 97201 · serving Washington's Clark County", "WA", "Vancouver", True),
        # codes that are words too need an address's comma
        ("CALL OR TEXT US TODAY · 10 Main St, Boise, ID 83702", "OR", "Salem", False),
        ("Offices in Salem, OR and 10 Main St, Boise, ID 83702", "OR", "Portland", True),
        # Texas as before
        ("Licensed by TREC · 1 Main St, Tulsa, OK 74103", "TX", "Austin", True),
        ("Serving Austin, Tex. · 1 Main St, Tulsa, OK 74103", "TX", "Dallas", True),
        ("Oklahoma City, OK 73112 · Norman, OK 73069", "TX", "Austin", False),
        # a state's name in a lake, river, street, township or another state's town names no state
        ("Cottages on Lake Michigan. 2 Franklin St, Michigan City, IN 46360", "MI", "Michigan City", False),
        (
            "Homes in Texas Township, from our office at Texas Corners. 7610 W Q Ave, Kalamazoo, MI 49009",
            "TX",
            "Kalamazoo",
            False,
        ),
        ("Ohio River views · 500 W Main St, Louisville, KY 40202", "OH", "Louisville", False),
        ("8555 Georgia Ave, Silver Spring, MD 20910", "GA", "Silver Spring", False),
        ("Brownstones for New York City commuters. 301 Washington St, Hoboken, NJ 07030", "NY", "Hoboken", False),
        ("Serving Georgia from 8555 Georgia Ave, Silver Spring, MD 20910", "GA", "Atlanta", True),
    ],
)
def test_whether_a_page_names_the_state_asked_for(text, state, city, named):
    assert names_state(text, state, city) is named


def test_the_states_named_and_the_towns_of_addresses_elsewhere():
    assert states_mentioned("West Virginia and Virginia") == {"WV", "VA"}
    assert states_mentioned("across West Virginia") == {"WV"}
    assert states_mentioned("the Kansas City metro") == set()
    assert address_states("7030 Woodbine Ave, Suite 500, Markham, ON L3R 5B4") == ["CANADA"]
    assert address_states("Flushing, NY 11354 · Markham, ON L3R5B4") == ["NY", "CANADA"]
    assert towns_elsewhere("4000 Main St, Kansas City, MO 64111 · 1 Elm, Lawrence, KS 66044", "KS") == {"Kansas City"}
