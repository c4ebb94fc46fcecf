"""Helpers shared by the browser tests."""


def sign_in(page, live_server, username: str, language: str = "ar") -> None:
    """Sign in through the real login form, with the password the user factory gives."""
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct-horse-battery")
    page.click("main button[type=submit]")
