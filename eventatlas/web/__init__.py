"""The analyst's web app and HTTP API over a store (needs the [web] extra).

``create_app(store, settings)`` builds the FastAPI app, ``serve(settings)``
runs it under uvicorn, and ``add_user(store, name, password, role)`` creates
an account.
"""

from importlib.util import find_spec

from eventatlas.errors import MissingExtra

if any(find_spec(name) is None for name in ("fastapi", "jinja2", "argon2", "itsdangerous")):
    raise MissingExtra("The web app", "web")

from eventatlas.web.accounts import ROLES, User, add_user, authenticate
from eventatlas.web.app import create_app, serve

__all__ = ["ROLES", "User", "add_user", "authenticate", "create_app", "serve"]
