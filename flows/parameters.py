"""The flows' parameters as the deployment's run form shows them: choices for the PMS and the
state, bounds for the numbers. Only the schema is constrained: the values themselves are
checked by the core (`RunRequest.parse`), which also takes aliases ("app folio", "Texas") and
fails in one line naming the field, where a schema check would fail the run before the flow
could say anything. The deployments turn the server's schema check off for the same reason.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import WithJsonSchema

from leadflow.domain.criteria import MAX_QUANTITY, PMS_ALIASES, US_STATES
from leadflow.domain.options import MAX_BATCH_SIZE, MAX_PARALLEL


def _bounded(low: int, high: int) -> WithJsonSchema:
    return WithJsonSchema({"type": "integer", "minimum": low, "maximum": high})


Text = Annotated[str | None, WithJsonSchema({"type": "string"})]  # a plain text field, empty = not given
Pms = Annotated[str | None, WithJsonSchema({"type": "string", "enum": list(PMS_ALIASES)})]
State = Annotated[str | None, WithJsonSchema({"type": "string", "enum": list(US_STATES)})]
Quantity = Annotated[int | None, _bounded(1, MAX_QUANTITY)]
BatchSize = Annotated[int | None, _bounded(1, MAX_BATCH_SIZE)]
Parallel = Annotated[int | None, _bounded(1, MAX_PARALLEL)]
MaxLoops = Annotated[int | None, _bounded(1, 100_000)]
