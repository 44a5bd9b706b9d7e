"""Use cases over a unit of work (the service layer)."""
