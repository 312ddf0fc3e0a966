"""Signing in and out: the sign-in page and the two forms.

Signing in starts a new session (a new CSRF token too), so a token seen
before signing in is worth nothing after. After signing in the browser
goes back to the page that asked, but only ever to a page of this site.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from eventatlas.web.access import csrf_checked
from eventatlas.web.accounts import authenticate
from eventatlas.web.pages import render
from eventatlas.web.sessions import new_session
from eventatlas.web.workbench import workbench

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


def safe_next(target: str | None) -> str:
    """``target`` when it is a path on this site, else the map page."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    """The sign-in form."""
    return render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login", dependencies=[Depends(csrf_checked)])
def login(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Check the name and password; on success start a signed-in session."""
    bench = workbench(request)
    user = authenticate(bench.store, name, password)
    if user is None:
        context = {"next": safe_next(next), "error": "Wrong name or password."}
        return render(request, "login.html", context, status_code=401)
    response = RedirectResponse(safe_next(next), status_code=303)
    bench.sessions.write(request, response, new_session(user.name))
    return response


@router.post("/logout", dependencies=[Depends(csrf_checked)])
def logout(request: Request) -> Response:
    """End the session."""
    bench = workbench(request)
    response = RedirectResponse("/" if bench.settings.public else "/login", status_code=303)
    bench.sessions.write(request, response, new_session())
    return response
