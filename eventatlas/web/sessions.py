"""Signed session cookies and the CSRF token each session carries.

The cookie holds the signed-in user's name and a random CSRF token, signed
with the app's secret key (itsdangerous), so it cannot be forged or
altered. It is HttpOnly, SameSite=Lax and Secure when the request came over
HTTPS. Every form carries the session's token and every write compares the
two: a page of another site can make the browser post, but cannot read the
token.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "eventatlas_session"
MAX_AGE = 12 * 60 * 60
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True)
class Session:
    """Who is signed in (None: nobody) and the token forms must send back."""

    user: str | None
    csrf: str
    fresh: bool = False


def new_session(user: str | None = None) -> Session:
    """A session with a new CSRF token, not yet in a cookie."""
    return Session(user, secrets.token_urlsafe(32), fresh=True)


class Sessions:
    """Reads and writes session cookies signed with one secret key."""

    def __init__(self, secret_key: str) -> None:
        self._signer = URLSafeTimedSerializer(secret_key, salt="eventatlas.session")

    def read(self, request: Request) -> Session:
        """The request's session, or a fresh anonymous one when it has none valid."""
        found = getattr(request.state, "session", None)
        if isinstance(found, Session):
            return found
        session = self._decode(request.cookies.get(COOKIE)) or new_session()
        request.state.session = session
        return session

    def _decode(self, raw: str | None) -> Session | None:
        if not raw:
            return None
        try:
            data: Any = self._signer.loads(raw, max_age=MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        user = data.get("user")
        return Session(user if isinstance(user, str) else None, data["csrf"])

    def write(self, request: Request, response: Response, session: Session) -> None:
        """Put ``session`` in the response's cookie."""
        request.state.session = session
        response.set_cookie(
            COOKIE,
            self._signer.dumps({"user": session.user, "csrf": session.csrf}),
            max_age=MAX_AGE,
            path="/",
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )

    def keep(self, request: Request, response: Response) -> None:
        """Set the cookie when the request's session is new (so its forms work)."""
        session = self.read(request)
        if session.fresh:
            self.write(request, response, session)


def check_csrf(session: Session, submitted: str | None) -> None:
    """Refuse (403) a write whose token is missing or not the session's."""
    if session.fresh or not submitted or not hmac.compare_digest(submitted, session.csrf):
        raise HTTPException(
            status_code=403,
            detail="CSRF token missing or wrong: reload the page and submit the form again",
        )
