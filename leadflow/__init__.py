"""leadflow: batched, validated lead lists of property-management companies.

This package is the Prefect-free core. The Prefect layer (`leadflow.flows`, `leadflow.tasks`,
`leadflow.blocks`, kept in the top-level folders flows/, tasks/ and blocks/) only orchestrates
what is decided here; ARCHITECTURE.md is the map.
"""

__version__ = "0.1.0"
