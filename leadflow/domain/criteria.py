"""What a user asks for: PMS, state, quantity. Validated once, at the edge."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, field_validator

from leadflow.domain.errors import InvalidInput

MAX_QUANTITY = 10_000

# Canonical PMS name -> aliases (compared after lower-casing and dropping non-alphanumerics).
PMS_ALIASES: dict[str, tuple[str, ...]] = {
    "AppFolio": ("appfolio", "app folio", "appfolio property manager"),
    "Buildium": ("buildium",),
    "Rent Manager": ("rent manager", "rentmanager", "rm", "rmresident"),
    "Propertyware": ("propertyware", "property ware"),
    "Rentvine": ("rentvine", "rent vine"),
    "DoorLoop": ("doorloop", "door loop"),
    "TenantCloud": ("tenantcloud", "tenant cloud"),
    "Yardi": ("yardi", "yardi breeze", "yardi voyager", "rentcafe", "rent cafe"),
    "Rentec Direct": ("rentec direct", "rentec", "rentecdirect"),
    "Entrata": ("entrata",),
    "ResMan": ("resman", "res man", "myresman"),
    "MRI": ("mri", "mri software"),
    "RealPage": ("realpage", "real page"),
}

US_STATES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


_PMS_LOOKUP = {_key(alias): name for name, aliases in PMS_ALIASES.items() for alias in (name, *aliases)}
_STATE_LOOKUP = {**{_key(c): c for c in US_STATES}, **{_key(n): c for c, n in US_STATES.items()}}


def pms_name(value: str | None) -> str | None:
    """'app folio' -> 'AppFolio'; None for anything that is not a known PMS."""
    return _PMS_LOOKUP.get(_key(str(value or "")))


def canonical_pms(value: str) -> str:
    """'app folio' -> 'AppFolio'. Raises InvalidInput naming the allowed values."""
    name = pms_name(value)
    if name is None:
        raise InvalidInput("pms", f"unknown PMS {value!r}; allowed: {', '.join(PMS_ALIASES)}")
    return name


def state_code(value: str | None) -> str | None:
    """'texas' / 'Tx' -> 'TX'; None for anything that is not a US state."""
    if value is None:
        return None
    return _STATE_LOOKUP.get(_key(str(value)))


def canonical_state(value: str) -> str:
    code = state_code(value)
    if code is None:
        raise InvalidInput("state", f"unknown US state {value!r}; use a two-letter code ({', '.join(US_STATES)}) or a state name")
    return code


def parse_quantity(v: object) -> int:
    """A whole number in 1..MAX_QUANTITY (strings accepted, booleans not)."""
    if isinstance(v, bool):
        raise InvalidInput("quantity", f"{v!r} is not a whole number; allowed: 1..{MAX_QUANTITY}")
    try:
        q = v if isinstance(v, int) else int(str(v).strip())
    except ValueError:
        raise InvalidInput("quantity", f"{v!r} is not a whole number; allowed: 1..{MAX_QUANTITY}") from None
    if not 1 <= q <= MAX_QUANTITY:
        raise InvalidInput("quantity", f"{str(v)!r} is out of range; allowed: 1..{MAX_QUANTITY}")
    return q


class LeadCriteria(BaseModel):
    """The question a run answers: `quantity` companies in `state` that use `pms`."""

    model_config = ConfigDict(frozen=True)

    pms: str
    state: str
    quantity: int

    @field_validator("pms", mode="before")
    @classmethod
    def _pms(cls, v: object) -> str:
        return canonical_pms(str(v))

    @field_validator("state", mode="before")
    @classmethod
    def _state(cls, v: object) -> str:
        return canonical_state(str(v))

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantity(cls, v: object) -> int:
        return parse_quantity(v)

    @classmethod
    def parse(cls, pms: object, state: object, quantity: object) -> LeadCriteria:
        """Build criteria, raising InvalidInput (not pydantic's ValidationError) on bad input."""
        canonical_pms(str(pms))  # raise the first bad field in contract order
        canonical_state(str(state))
        parse_quantity(quantity)
        return cls(pms=pms, state=state, quantity=quantity)

    def describe(self) -> str:
        return f"PMS={self.pms}, State={self.state}"
