"""One error envelope for the whole API, and the same message on an HTML page for a browser::

    {"error": {"status": 422, "message": "limit: must be at most 100 (got 1000)", "detail": [...]}}

    WebError                   raised by the web layer's own code
    ├── NotFound      404      an article, entity or story that is not there
    ├── Invalid       422      a parameter that cannot work (a date range that ends before it starts)
    └── Forbidden     403      the write endpoint without the right token
    plus, translated here:     FastAPI's validation errors (422), unknown routes (404), the library's
                               UsageError (422) and StoreError (503)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from letopis.errors import UsageError

HtmlRenderer = Callable[[Request, int, str], Response]


class WebError(Exception):
    status = 400

    def __init__(self, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class NotFound(WebError):
    status = 404


class Invalid(WebError):
    status = 422


class Forbidden(WebError):
    status = 403


def envelope(status: int, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"status": status, "message": message, "detail": detail}}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/api", "/openapi.json")


def validation_message(errors: Sequence[Any]) -> str:
    """FastAPI's list of errors as one line: "limit: Input should be less than or equal to 100 (got '1000')"."""
    parts = []
    for error in errors:
        loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        got = error.get("input")
        shown = f" (got {got!r})" if isinstance(got, str | int | float) and len(repr(got)) < 60 else ""
        parts.append(f"{where}: {error.get('msg', 'invalid')}{shown}")
    return "; ".join(parts) or "invalid request"


def _plain(errors: Sequence[Any]) -> list[dict[str, Any]]:
    # Pydantic puts the exception object in "ctx" for some errors; keep what JSON can carry.
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors]


def install(app: FastAPI, html: HtmlRenderer) -> None:
    """Route every error through ``respond``: the envelope under /api, an HTML page elsewhere."""

    def respond(request: Request, status: int, message: str, detail: Any = None) -> Response:
        if wants_json(request):
            return JSONResponse(envelope(status, message, detail), status_code=status)
        return html(request, status, message)

    async def web_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, WebError)
        return respond(request, error.status, error.message, error.detail)

    async def validation(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        errors = list(error.errors())
        return respond(request, 422, validation_message(errors), _plain(errors))

    async def http(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        message = {404: "no such page", 405: "method not allowed here"}.get(error.status_code, str(error.detail))
        if error.status_code == 404 and error.detail not in (None, "Not Found"):
            message = str(error.detail)
        response = respond(request, error.status_code, message)
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    async def usage(request: Request, error: Exception) -> Response:
        return respond(request, 422, str(error))

    async def store(request: Request, error: Exception) -> Response:
        return respond(request, 503, str(error))

    from letopis.store.errors import StoreError

    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(UsageError, usage)
    app.add_exception_handler(StoreError, store)
