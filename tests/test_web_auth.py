"""Accounts, sign-in, sessions, CSRF and roles, checked on the server."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_web_fixtures import (
    PASSWORD,
    client,
    csrf_token,
    make_client,
    public_client,
    sign_in,
    web_store,
    web_template,
)

from eventatlas.settings import Settings
from eventatlas.store import Store
from eventatlas.store.schema import users
from eventatlas.web import add_user, authenticate, create_app
from eventatlas.web.sessions import COOKIE

__all__ = ["client", "public_client", "web_store", "web_template"]

EDIT = {"action": "save", "fatalities": "9", "comment": "second source"}


def test_web_auth_add_user_hashes_with_argon2(web_store: Store) -> None:
    add_user(web_store, "newbie", "a long password", "analyst")
    stored = web_store.user("newbie")
    assert stored is not None and stored["role"] == "analyst"
    assert str(stored["password_hash"]).startswith("$argon2id$")
    assert "a long password" not in str(stored["password_hash"])
    found = authenticate(web_store, "newbie", "a long password")
    assert found is not None and found.allows("analyst") and not found.allows("admin")


@pytest.mark.parametrize(
    ("name", "password", "role", "message"),
    [
        ("", PASSWORD, "viewer", "user name"),
        ("two words", PASSWORD, "viewer", "user name"),
        ("x" * 101, PASSWORD, "viewer", "user name"),
        ("newbie", "short", "viewer", "at least 8"),
        ("newbie", PASSWORD, "superuser", "role must be one of"),
        ("ann", PASSWORD, "viewer", "already"),
    ],
)
def test_web_auth_add_user_refuses(
    web_store: Store, name: str, password: str, role: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        add_user(web_store, name, password, role)


def test_web_auth_authenticate_wrong(web_store: Store) -> None:
    assert authenticate(web_store, "ann", "wrong password") is None
    assert authenticate(web_store, "nobody", PASSWORD) is None
    assert authenticate(web_store, "", PASSWORD) is None


def test_web_auth_reading_needs_sign_in(client: TestClient) -> None:
    assert client.get("/api/events").status_code == 401
    assert client.get("/api/events/EV-STRIKE").status_code == 401
    page = client.get("/events/EV-STRIKE", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fevents%2FEV-STRIKE"


@pytest.mark.parametrize("name", ["vera", "ann", "ada"])
def test_web_auth_every_role_reads(client: TestClient, name: str) -> None:
    sign_in(client, name)
    assert client.get("/api/events").json()["count"] == 6
    assert name in client.get("/").text


def test_web_auth_public_mode_reads_without_account(public_client: TestClient) -> None:
    assert public_client.get("/api/events").status_code == 200
    assert public_client.get("/events/EV-STRIKE").status_code == 200
    assert "Sign in" in public_client.get("/").text


def test_web_auth_public_mode_still_needs_account_to_write(public_client: TestClient) -> None:
    token = csrf_token(public_client)
    response = public_client.post(
        "/events/EV-STRIKE/review", data={**EDIT, "csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    assert public_client.get("/api/events/EV-STRIKE").json()["fatalities"] == 3


def test_web_auth_login_sets_safe_cookie(client: TestClient) -> None:
    form = {"name": "ann", "password": PASSWORD, "csrf_token": csrf_token(client)}
    response = client.post("/login", data={**form, "next": "/review"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    cookie = response.headers["set-cookie"].lower()
    assert cookie.startswith(COOKIE) and "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie


def test_web_auth_cookie_secure_over_https(web_store: Store) -> None:
    with make_client(web_store, public=True) as secure:
        response = secure.get("https://testserver/login")
    assert "secure" in response.headers["set-cookie"].lower()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil"])
def test_web_auth_login_never_redirects_off_site(client: TestClient, target: str) -> None:
    form = {"name": "ann", "password": PASSWORD, "csrf_token": csrf_token(client), "next": target}
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_web_auth_wrong_password(client: TestClient) -> None:
    form = {"name": "ann", "password": "not it at all", "csrf_token": csrf_token(client)}
    response = client.post("/login", data=form)
    assert response.status_code == 401
    assert "Wrong name or password" in response.text
    assert client.get("/api/events").status_code == 401


def test_web_auth_login_needs_csrf(client: TestClient) -> None:
    client.get("/login")
    response = client.post("/login", data={"name": "ann", "password": PASSWORD})
    assert response.status_code == 403
    assert client.get("/api/events").status_code == 401


def test_web_auth_logout(client: TestClient) -> None:
    sign_in(client, "ann")
    token = csrf_token(client, "/")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 200
    assert client.get("/api/events").status_code == 401


def test_web_auth_forged_cookie_is_ignored(client: TestClient) -> None:
    client.cookies.set(COOKIE, "eyJ1c2VyIjoiYWRhIn0.forged.signature")
    assert client.get("/api/events").status_code == 401


def test_web_auth_session_needs_the_same_key(web_store: Store) -> None:
    with make_client(web_store) as first:
        cookie = sign_in(first, "ann").cookies[COOKIE]
    with make_client(web_store) as same_key:
        same_key.cookies.set(COOKIE, cookie)
        assert same_key.get("/api/events").status_code == 200
    with TestClient(create_app(web_store, Settings(secret_key="another key"))) as other_key:
        other_key.cookies.set(COOKIE, cookie)
        assert other_key.get("/api/events").status_code == 401


def test_web_auth_random_key_when_unset(web_store: Store) -> None:
    with make_client(web_store) as first:
        cookie = sign_in(first, "ann").cookies[COOKIE]
    with TestClient(create_app(web_store, Settings())) as unset:
        unset.cookies.set(COOKIE, cookie)
        assert unset.get("/api/events").status_code == 401


def test_web_auth_viewer_cannot_write(client: TestClient) -> None:
    sign_in(client, "vera")
    token = csrf_token(client, "/events/EV-STRIKE")
    for path, form in [
        ("/events/EV-STRIKE/review", EDIT),
        ("/events/EV-STRIKE/review", {"action": "reject"}),
        ("/events/EV-STRIKE/merge", {"other_event_id": "EV-CLASH"}),
        ("/events/EV-STRIKE/split", {}),
    ]:
        response = client.post(path, data={**form, "csrf_token": token})
        assert response.status_code == 403, path
        assert "viewer" in response.text
    event = client.get("/api/events/EV-STRIKE").json()
    assert (event["fatalities"], event["status"], event["history"]) == (3, "machine", [])


def test_web_auth_viewer_sees_no_edit_form(client: TestClient) -> None:
    sign_in(client, "vera")
    page = client.get("/events/EV-STRIKE").text
    assert 'id="review-form"' not in page
    assert "can read but not change" in page


@pytest.mark.parametrize("token", [None, "", "not-the-token"])
def test_web_auth_write_without_right_csrf_is_refused(
    client: TestClient, token: str | None
) -> None:
    sign_in(client, "ann")
    form = dict(EDIT) if token is None else {**EDIT, "csrf_token": token}
    response = client.post("/events/EV-STRIKE/review", data=form)
    assert response.status_code == 403
    assert "CSRF" in response.text
    assert client.get("/api/events/EV-STRIKE").json()["fatalities"] == 3


def test_web_auth_token_from_before_sign_in_is_dead(client: TestClient) -> None:
    before = csrf_token(client)
    sign_in(client, "ann")
    response = client.post("/events/EV-STRIKE/review", data={**EDIT, "csrf_token": before})
    assert response.status_code == 403


def test_web_auth_csrf_header_accepted(client: TestClient) -> None:
    sign_in(client, "ann")
    token = csrf_token(client, "/")
    response = client.post("/events/EV-STRIKE/review", data=EDIT, headers={"X-CSRF-Token": token})
    assert response.status_code == 200
    assert client.get("/api/events/EV-STRIKE").json()["fatalities"] == 9


def test_web_auth_deleted_account_loses_session(client: TestClient, web_store: Store) -> None:
    sign_in(client, "ann")
    with web_store.engine.begin() as connection:
        connection.execute(users.delete().where(users.c.name == "ann"))
    assert client.get("/api/events").status_code == 401
