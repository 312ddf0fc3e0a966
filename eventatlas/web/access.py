"""Who may read and who may write: the dependencies routes declare.

Reading needs a signed-in account unless ``settings.public`` is set;
writing always needs an analyst (or admin) account and the session's CSRF
token. Both are checked here, on the server, whatever the pages show.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from eventatlas.web.accounts import User, load_user
from eventatlas.web.sessions import CSRF_FIELD, CSRF_HEADER, Session, check_csrf
from eventatlas.web.workbench import workbench


class SignInRequired(Exception):
    """The request needs an account and has none."""


def session(request: Request) -> Session:
    """The request's session (a fresh anonymous one when it has none)."""
    return workbench(request).sessions.read(request)


def signed_in(request: Request) -> User | None:
    """The account of the request's session, None when nobody is signed in."""
    if not hasattr(request.state, "user"):
        request.state.user = load_user(workbench(request).store, session(request).user)
    user: User | None = request.state.user
    return user


def reader(request: Request) -> User | None:
    """Allow reading to anyone signed in, or to anyone at all in public mode."""
    user = signed_in(request)
    if user is None and not workbench(request).settings.public:
        raise SignInRequired()
    return user


def analyst(request: Request) -> User:
    """Allow a change only to an analyst or admin account (403 for a viewer)."""
    user = signed_in(request)
    if user is None:
        raise SignInRequired()
    if not user.allows("analyst"):
        raise HTTPException(
            status_code=403,
            detail=f"account {user.name!r} is a {user.role}: only analysts and admins change events",
        )
    return user


async def csrf_checked(request: Request) -> None:
    """Refuse (403) a form or request whose CSRF token is not the session's."""
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    check_csrf(session(request), submitted)


def sign_in_required(request: Request, _error: Exception) -> Response:
    """401 for the API, a redirect to the sign-in page for pages."""
    if request.url.path.startswith("/api/"):
        return JSONResponse(
            {"detail": "sign in first: POST /login, or ask an admin for an account"},
            status_code=401,
        )
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
