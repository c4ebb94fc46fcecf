"""Helpers shared by the browser tests."""


def sign_in(page, live_server, username: str, language: str = "ar") -> None:
    """Sign in through the real login form, with the password the user factory gives."""
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct-horse-battery")
    page.click("main button[type=submit]")


def evaluate_within(page, script: str, arg=None, seconds: int = 20):
    """Playwright's `page.evaluate`, failing after `seconds` instead of waiting for ever.

    A Promise that never settles (a service worker that never takes control, a fetch the server
    never answers) once hung a whole CI run. `script` is a function expression taking `arg` (an
    element handle may be passed as `arg`)."""
    raced = f"""(arg) => Promise.race([
        Promise.resolve(({script})(arg)),
        new Promise((_, reject) => setTimeout(
            () => reject(new Error("no answer within {seconds} s")), {seconds * 1000})),
    ])"""
    return page.evaluate(raced, arg)
