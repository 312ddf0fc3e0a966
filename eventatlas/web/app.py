"""create_app(store, settings): the FastAPI app of the pages and the HTTP API.

Nothing is built at import time: each call of ``create_app`` makes a new
app around the store and settings it is given, and ``serve`` opens the
store of ``settings.db`` and runs the app under uvicorn::

    from eventatlas.settings import Settings
    from eventatlas.web import serve
    serve(Settings(db="events.db"), port=8000)
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventatlas.errors import UsageError
from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.web import acled, api, pages, review, signin
from eventatlas.web.access import SignInRequired, sign_in_required
from eventatlas.web.sessions import Sessions
from eventatlas.web.workbench import STATIC, Workbench, make_templates

API_DESCRIPTION = (
    "Conflict events coded from news reports, with their evidence. Filters and paging "
    "are those of /api/events; /api/acled/read answers ACLED's own parameters."
)
SWAGGER = "/static/vendor/swagger-ui"


def create_app(store: Store, settings: Settings) -> FastAPI:
    """The web app and API over ``store``; reading needs sign-in unless settings.public."""
    app = FastAPI(title="eventatlas", description=API_DESCRIPTION, docs_url=None, redoc_url=None)
    secret = settings.secret_key or secrets.token_urlsafe(32)
    app.state.workbench = Workbench(store, settings, Sessions(secret), make_templates())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (api, acled, signin, pages, review):
        app.include_router(module.router)
    app.include_router(api.reading)
    app.add_api_route("/docs", api_docs, include_in_schema=False, response_class=HTMLResponse)
    app.add_exception_handler(SignInRequired, sign_in_required)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_middleware(SecurityHeaders, tile_url=settings.tile_url)
    return app


def api_docs() -> HTMLResponse:
    """The OpenAPI page, with Swagger UI served from our own static files."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="eventatlas API",
        swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER}/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Open the store of ``settings.db`` and serve the app until interrupted."""
    import uvicorn

    if not settings.db:
        raise UsageError("serve needs a database: give --db PATH_OR_URL")
    with Store.open(settings.db) as store:
        uvicorn.run(create_app(store, settings), host=host, port=port, proxy_headers=True)


def _wants_page(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path == "/healthz" or path == "/openapi.json")


def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if not _wants_page(request):
        return JSONResponse({"detail": error.detail}, status_code=error.status_code)
    context = {"status_code": error.status_code, "message": str(error.detail)}
    return pages.render(request, "error.html", context, status_code=error.status_code)


def _invalid_request(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = [_problem(item) for item in error.errors()]
    message = "; ".join(f"{item['loc']}: {item['msg']}" for item in problems)
    if not _wants_page(request):
        return JSONResponse({"detail": message, "errors": problems}, status_code=422)
    return pages.render(
        request, "error.html", {"status_code": 422, "message": message}, status_code=422
    )


def _problem(item: Any) -> dict[str, Any]:
    # Only what the client needs: where and what; the rejected input is left out
    # (it may be large) and so are pydantic's documentation links.
    location = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "body"))
    return {"loc": location, "msg": str(item.get("msg", "invalid value")), "type": item.get("type")}


class SecurityHeaders:
    """Headers that keep pages from loading or running anything not our own."""

    def __init__(self, app: ASGIApp, tile_url: str | None = None) -> None:
        self.app = app
        tiles = _origin(tile_url)
        self.policy = (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data:{tiles}; connect-src 'self'; frame-ancestors 'none'; "
            "form-action 'self'; base-uri 'none'; object-src 'none'"
        ).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Swagger UI starts itself with an inline script: that page alone goes without.
        policy = scope["path"] != "/docs"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                ]
                if policy:
                    headers.append((b"content-security-policy", self.policy))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _origin(tile_url: str | None) -> str:
    """`` origin`` of a tile URL template for the image policy ("" when unset)."""
    if not tile_url or "://" not in tile_url:
        return ""
    scheme, rest = tile_url.split("://", 1)
    host = rest.split("/", 1)[0].replace("{s}", "*")
    return f" {scheme}://{host}"
