"""OpenAPI links: which operation a response leads to, and where its parameters are.

A link in a 200 response says, for example, that ``items[0].event_id`` of an events page
is the ``event_id`` of ``get_event``. Generated clients follow them, and so does
Schemathesis's stateful phase, which thereby reaches the detail endpoints with real ids.
"""

from __future__ import annotations

from typing import Any


def link(operation: str, description: str, **parameters: str) -> dict[str, Any]:
    """A link to ``operation`` (its operationId), each parameter a runtime expression
    such as ``$response.body#/items/0/event_id``."""
    return {"operationId": operation, "parameters": parameters, "description": description}
