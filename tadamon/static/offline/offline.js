/* On every page (docs/offline.md): the service worker, the offline band with what waits to be sent,
 * after a sync how many actions were recorded and the list of what the server did not record (until
 * dismissed), sending what waits whenever the connection is back, and signing out, which clears the
 * device after a warning if anything waits. */
(function () {
  "use strict";
  const band = document.getElementById("offline-band");
  const report = document.getElementById("sync-report");
  if (!band || !window.TadamonQueue) return;
  const queue = window.TadamonQueue;
  const say = band.dataset;
  let retryDelay = 5000;
  let retryTimer = null;
  let signedOut = false;

  if ("serviceWorker" in navigator && say.sw) {
    navigator.serviceWorker.register(say.sw, {scope: "/"}).catch(() => null);
  }

  function show(element, visible) {
    if (element) element.hidden = !visible;
  }

  async function refresh() {
    let waiting = 0;
    try { waiting = await queue.count(); } catch (error) { waiting = 0; }
    const offline = !navigator.onLine;
    band.querySelector("[data-waiting-count]").textContent = String(waiting);
    show(band.querySelector("[data-offline-only]"), offline);
    show(band.querySelector("[data-waiting]"), waiting > 0);
    show(band.querySelector("[data-signed-out]"), waiting > 0 && signedOut && !offline);
    show(band.querySelector("[data-send-now]"), waiting > 0 && !offline);
    band.classList.toggle("is-offline", offline);
    show(band, offline || waiting > 0);
    document.documentElement.classList.toggle("offline", offline);
    await showReport();
    return waiting;
  }

  // "26 recorded" in the page's language: the page holds the message as rendered for 0, 1, 2, 3, 11
  // and 100 (data-recorded-*). Every plural formula of our catalogues (Arabic's six forms, French,
  // English, Tamazight) gives n the form of one of these: n itself up to 2, else by n % 100.
  function recordedText(n) {
    const rest = n % 100;
    const like = n <= 2 ? n : rest <= 2 ? 100 : rest <= 10 ? 3 : 11;
    return (report.getAttribute(`data-recorded-${like}`) || "%(n)s").replace("%(n)s", String(n));
  }

  let shown = "";
  async function showReport() {
    if (!report) return;
    let kept = [];
    let recorded = 0;
    try {
      [kept, recorded] = await Promise.all([queue.results(), queue.recorded()]);
    } catch (error) { kept = []; recorded = 0; }
    // Drawn again only when it changed: the report is a polite live region, each change is read out.
    const drawn = JSON.stringify([recorded, kept.map((result) => [result.id, result.message])]);
    if (drawn === shown) return;
    shown = drawn;
    const line = report.querySelector("[data-recorded]");
    if (line) {
      line.textContent = recorded ? recordedText(recorded) : "";
      show(line, recorded > 0);
    }
    const list = report.querySelector("ul");
    list.replaceChildren(...kept.map((result) => {
      const item = document.createElement("li");
      item.className = `sync-${result.outcome}`;
      const what = document.createElement("strong");
      what.textContent = (report.getAttribute(`data-kind-${result.kind.replaceAll("_", "-")}`) || result.kind) + (result.label ? ` · ${result.label}` : "");
      what.setAttribute("dir", "auto");
      const why = document.createElement("span");
      why.textContent = result.message;
      item.append(what, document.createElement("br"), why);
      return item;
    }));
    show(report.querySelector("[data-not-recorded]"), kept.length > 0);
    report.classList.toggle("is-recorded", kept.length === 0);
    show(report, kept.length > 0 || recorded > 0);
  }

  async function sendWaiting() {
    clearTimeout(retryTimer);
    if (!navigator.onLine) return;
    const outcome = await queue.replay();
    signedOut = outcome.status === "signed-out";
    if (outcome.status === "unreachable") {
      // The network says it is back but the server was not reached: try again, less and less often.
      retryTimer = setTimeout(sendWaiting, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60000);
    } else {
      retryDelay = 5000;
    }
    await refresh();
  }

  queue.listen((message) => {
    if (message.type === "added" && navigator.onLine) sendWaiting();
    else refresh();
  });
  window.addEventListener("online", () => { refresh(); sendWaiting(); });
  window.addEventListener("offline", refresh);
  band.querySelector("[data-send-now]").addEventListener("click", sendWaiting);
  if (report) {
    report.querySelector("[data-dismiss]").addEventListener("click", () => queue.dismissResults());
  }

  // Signing out clears the device; what still waits would be lost, so say so first (and try to send it).
  document.querySelectorAll(`form[action="${say.logout}"]`).forEach((form) => {
    form.addEventListener("submit", async (event) => {
      if (form.dataset.cleared) return;
      event.preventDefault();
      let waiting = await refresh();
      if (waiting && navigator.onLine) {
        await queue.replay();
        waiting = await refresh();
      }
      if (waiting && !window.confirm(say.confirmSignOut.replace("%(n)s", String(waiting)))) return;
      await queue.forget();
      form.dataset.cleared = "1";
      form.submit();
    });
  });

  // The offline page: the pages kept on this device.
  const kept = document.getElementById("kept-pages");
  if (kept) {
    queue.pages().then((pages) => {
      const language = document.documentElement.lang;
      const mine = pages.filter((page) => page.url.startsWith(`/${language}/`) || pages.length < 10);
      kept.replaceChildren(...mine.map((page) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        link.setAttribute("dir", "auto");
        item.append(link);
        return item;
      }));
      show(kept.closest("section"), mine.length > 0);
    }).catch(() => null);
  }

  refresh().then(sendWaiting);
})();
