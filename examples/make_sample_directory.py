"""Regenerate leadflow/data/sample_directory.csv: FICTIONAL companies for the offline quickstart.

Every company, domain and portal account here is made up. Domains use the reserved `.example`
top-level domain (RFC 2606) so no row can ever point at a real business; evidence URLs follow
each PMS's real portal shape with a fictional account name.

    python examples/make_sample_directory.py
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "leadflow" / "data" / "sample_directory.csv"
PER_PAIR = 60

CITIES = {
    "TX": ["Austin", "Dallas", "Houston", "San Antonio", "Fort Worth", "El Paso", "Plano", "Waco"],
    "FL": ["Tampa", "Orlando", "Miami", "Jacksonville", "Tallahassee", "Sarasota", "Naples", "Ocala"],
    "CA": ["San Diego", "Sacramento", "Fresno", "Oakland", "Irvine", "Riverside", "San Jose", "Long Beach"],
    "GA": ["Atlanta", "Savannah", "Augusta", "Macon", "Athens", "Marietta", "Columbus", "Alpharetta"],
    "NC": ["Charlotte", "Raleigh", "Durham", "Greensboro", "Asheville", "Wilmington", "Cary", "Concord"],
}
STATE_LIST = ["TX", "FL", "CA", "GA", "NC", "AZ"]
CITIES["AZ"] = ["Phoenix", "Tucson", "Mesa", "Scottsdale", "Tempe", "Flagstaff", "Chandler", "Yuma"]

PMS_PORTALS = {
    "Buildium": "https://{acct}.managebuilding.com/Resident/portal/login",
    "AppFolio": "https://{acct}.appfolio.com/connect/users/sign_in",
    "Rent Manager": "https://{acct}.rmresident.com/",
    "Propertyware": "https://app.propertyware.com/pw/portals/{acct}/tenant.action",
    "Rentvine": "https://{acct}.rentvine.com/portals/resident/",
}

FIRST = [
    "Amber",
    "Bluebonnet",
    "Cedar",
    "Copper",
    "Cypress",
    "Driftwood",
    "Elm",
    "Falcon",
    "Granite",
    "Harbor",
    "Heron",
    "Ironwood",
    "Juniper",
    "Keystone",
    "Lantern",
    "Live Oak",
    "Magnolia",
    "Maple",
    "Meadow",
    "Mesa",
    "Northstar",
    "Oakmont",
    "Orchard",
    "Pecan",
    "Pinecrest",
    "Prairie",
    "Quail",
    "Redbud",
    "Ridgeline",
    "Riverbend",
    "Sagebrush",
    "Sandstone",
    "Silverleaf",
    "Sparrow",
    "Summit",
    "Sycamore",
    "Thistle",
    "Timber",
    "Upland",
    "Vista",
    "Willow",
    "Wren",
    "Yarrow",
    "Zephyr",
    "Brightwater",
    "Stonegate",
    "Foxglove",
    "Hollow Creek",
    "Larkspur",
    "Tidewater",
]
SECOND = [
    "Property Management",
    "Residential",
    "Property Group",
    "Rentals",
    "Realty & Management",
    "Homes",
    "Leasing",
    "Property Partners",
    "Management Co.",
    "Housing",
]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main() -> None:
    rng = random.Random(20250117)
    rows = []
    for state in STATE_LIST:
        for pms, portal in PMS_PORTALS.items():
            made = 0
            taken: set[tuple[str, str]] = set()  # (first word, city): no near-duplicate names
            while made < PER_PAIR:
                first, city = rng.choice(FIRST), rng.choice(CITIES[state])
                if (first, city) in taken:
                    continue
                taken.add((first, city))
                name = f"{first} {rng.choice(SECOND)}"
                base = f"{slug(first)}-{slug(city)}-{slug(pms)}"
                acct = re.sub(r"[^a-z0-9]", "", f"{first}{city}".lower())[:24]
                rows.append((name, f"{base}.example", city, state, pms, portal.format(acct=acct)))
                made += 1
    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="") as fh:
        fh.write("# FICTIONAL sample directory for the leadflow quickstart. No row is a real company;\n")
        fh.write("# domains use the reserved .example TLD. Regenerate: python examples/make_sample_directory.py\n")
        writer = csv.writer(fh)
        writer.writerow(["name", "domain", "city", "state", "pms", "evidence_url"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} fictional companies to {OUT}")


if __name__ == "__main__":
    main()
