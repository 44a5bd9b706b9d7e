"""leadflow: batched, validated lead lists of property-management companies.

This package is the Prefect-free core. Prefect tasks and flows live in the top-level
``tasks`` and ``flows`` packages and only orchestrate what is decided here.
"""

__version__ = "0.1.0"
