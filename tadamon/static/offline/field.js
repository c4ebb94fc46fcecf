/* The field pages (docs/offline.md): each keeps itself on the device, and what is done on it goes
 * to the device's queue (queue.js), sent at once when online, later otherwise.
 * - home: keeps the day's pages for offline use;
 * - attendance: present or absent, one tap per person;
 * - check_in: find by name, or scan the ticket's QR code (BarcodeDetector, else jsQR);
 * - visit, diagnosis: the live page's form, queued instead of posted. */
(function () {
  "use strict";
  const task = document.getElementById("field-task");
  if (!task || !window.TadamonQueue) return;
  const queue = window.TadamonQueue;
  const config = JSON.parse(task.dataset.config);
  const say = task.dataset;
  // Read now, not after waiting for the worker: it claims open pages as soon as it is active, so a page
  // fetched before it existed may already show a controller by then, and would never be kept.
  const fetchedThroughWorker = "serviceWorker" in navigator && Boolean(navigator.serviceWorker.controller);

  async function keep(urls) {
    if (!window.caches || !("serviceWorker" in navigator)) return;
    await navigator.serviceWorker.ready;
    const cache = await caches.open(queue.CACHES.FIELD);
    await Promise.all(urls.map(async ([url, title]) => {
      try {
        const response = await fetch(url, {credentials: "same-origin"});
        if (response.ok && !response.redirected) await cache.put(url, response);
        await queue.savePage(url, title);
      } catch (error) { /* offline: the copy kept earlier stays */ }
    }));
  }

  async function keepThisPage() {
    const here = location.pathname + location.search;
    try { await queue.savePage(here, document.title); } catch (error) { /* private browsing */ }
    // The first page opened before the service worker took over is kept by hand; later ones by the worker.
    if ("serviceWorker" in navigator && navigator.onLine) {
      await navigator.serviceWorker.ready;
      if (!fetchedThroughWorker) await keep([[here, document.title]]);
    }
  }

  function status(text) {
    const line = task.querySelector("[data-status]");
    if (line) line.textContent = text;
  }

  // --- The day's list: keep every task page of the day --------------------------------------------
  async function home() {
    const links = [...task.querySelectorAll("a[data-keep]")].map((link) => [link.getAttribute("href"), link.textContent.trim()]);
    if (navigator.onLine && links.length) {
      await keep(links);
      status(say.keptMessage);
    }
  }

  // --- A session's register -----------------------------------------------------------------------
  function paintAttendance(row, attended, waiting) {
    const yes = row.querySelector("[data-attended='1']");
    const no = row.querySelector("[data-attended='0']");
    yes.setAttribute("aria-pressed", String(attended === true));
    no.setAttribute("aria-pressed", String(attended === false));
    yes.classList.toggle("on", attended === true);
    no.classList.toggle("on", attended === false);
    row.dataset.state = attended ? "present" : "absent";
    row.classList.toggle("waiting", waiting);
  }

  function countPresent() {
    const present = task.querySelectorAll("[data-registration][data-state='present']").length;
    const counter = task.querySelector("[data-present-count]");
    if (counter) counter.textContent = String(present);
  }

  async function attendance() {
    const rows = new Map([...task.querySelectorAll("[data-registration]")].map((row) => [row.dataset.registration, row]));
    async function repaintWaiting() {
      const waiting = new Set();
      (await queue.all()).filter((a) => a.kind === "attendance" && a.payload.session === config.session).forEach((a) => {
        const row = rows.get(String(a.payload.registration));
        if (row) { paintAttendance(row, a.payload.attended, true); waiting.add(row); }
      });
      rows.forEach((row) => { if (!waiting.has(row)) row.classList.remove("waiting"); });
      countPresent();
    }
    task.addEventListener("click", async (event) => {
      const button = event.target.closest("button[data-attended]");
      if (!button) return;
      const row = button.closest("[data-registration]");
      const attended = button.dataset.attended === "1";
      paintAttendance(row, attended, true);
      countPresent();
      await queue.add("attendance", {programme: config.programme, session: config.session,
                                     registration: Number(row.dataset.registration), attended},
                      config.endpoint, row.dataset.name);
    });
    queue.listen((message) => { if (message.type !== "added") repaintWaiting(); });
    await repaintWaiting();
  }

  // --- Check-in at the door -----------------------------------------------------------------------
  const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
  const LETTER_FORMS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ء": "", "ة": "ه", "ى": "ي", "ی": "ي",
    "ڭ": "ك", "گ": "ك", "ک": "ك", "ڤ": "ف", "پ": "ب",
  };
  // As tadamon.common.text.normalize_text: Arabic letter forms unified, marks dropped, Latin folded.
  function normalize(text) {
    return text.replace(ARABIC_MARKS, "")
      .replace(/[أإآٱؤئءةىیڭگکڤپ]/g, (letter) => LETTER_FORMS[letter])
      .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
      .normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function paintCheckIn(row, waiting) {
    row.classList.add("done");
    row.classList.toggle("waiting", waiting);
    const button = row.querySelector("button[data-check-in]");
    if (button) button.hidden = true;
    row.querySelector("[data-in]").hidden = false;
  }

  async function checkInRow(row) {
    if (row.classList.contains("done")) {
      status(say.already.replace("%(name)s", row.dataset.name));
      return;
    }
    paintCheckIn(row, true);
    status(say.checkedIn.replace("%(name)s", row.dataset.name));
    await queue.add("check_in", {event: config.event, participant: Number(row.dataset.participant)},
                    config.endpoint, row.dataset.name);
  }

  async function checkIn() {
    const rows = [...task.querySelectorAll("[data-participant]")];
    const byId = new Map(rows.map((row) => [row.dataset.participant, row]));
    const search = task.querySelector("#field-q");
    const none = task.querySelector("[data-none]");
    function filter() {
      const query = normalize(search.value);
      let shown = 0;
      rows.forEach((row) => {
        const match = query.length >= 2 && row.dataset.search.includes(query);
        row.hidden = !match;
        if (match) shown += 1;
      });
      none.hidden = !(query.length >= 2 && shown === 0);
    }
    search.addEventListener("input", filter);
    search.form.addEventListener("submit", (event) => { event.preventDefault(); filter(); });
    task.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-check-in]");
      if (button) checkInRow(button.closest("[data-participant]"));
    });
    async function repaintWaiting() {
      const waiting = new Set();
      (await queue.all()).filter((a) => a.kind === "check_in" && a.payload.event === config.event).forEach((a) => {
        const row = byId.get(String(a.payload.participant));
        if (row) { paintCheckIn(row, true); waiting.add(row); }
      });
      rows.forEach((row) => { if (!waiting.has(row)) row.classList.remove("waiting"); });
    }
    queue.listen((message) => { if (message.type !== "added") repaintWaiting(); });
    await repaintWaiting();
    scanner(byId);
  }

  // The ticket's QR code carries SITE_URL/t/<token>; the page holds each ticket's SHA-256 only.
  function scanner() {
    const start = task.querySelector("[data-scan]");
    const panel = task.querySelector("[data-scanner]");
    if (!start || !panel || !navigator.mediaDevices || !window.crypto.subtle) return;
    start.hidden = false;
    const video = panel.querySelector("video");
    let stream = null;
    let lastText = "";
    let lastAt = 0;

    async function hash(text) {
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
      return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    }

    async function found(text) {
      if (text === lastText && Date.now() - lastAt < 4000) return;
      lastText = text;
      lastAt = Date.now();
      const match = /\/t\/([^/?#\s]+)/.exec(text);
      const row = task.querySelector(`[data-ticket="${await hash(match ? match[1] : text.trim())}"]`);
      if (!row) { status(say.unknownTicket); return; }
      row.hidden = false;
      await checkInRow(row);
    }

    function loadJsQR() {
      return window.jsQR ? Promise.resolve() : new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = say.jsqr;
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    }

    async function detector() {
      if ("BarcodeDetector" in window) {
        try {
          const formats = await window.BarcodeDetector.getSupportedFormats();
          if (formats.includes("qr_code")) {
            const native = new window.BarcodeDetector({formats: ["qr_code"]});
            return async () => { const codes = await native.detect(video); return codes.length ? codes[0].rawValue : ""; };
          }
        } catch (error) { /* fall back to jsQR */ }
      }
      await loadJsQR();
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", {willReadFrequently: true});
      return async () => {
        if (!video.videoWidth) return "";
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = window.jsQR(image.data, image.width, image.height, {inversionAttempts: "dontInvert"});
        return code ? code.data : "";
      };
    }

    function stop() {
      if (stream) stream.getTracks().forEach((track) => track.stop());
      stream = null;
      panel.hidden = true;
      start.hidden = false;
    }

    start.addEventListener("click", async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}, audio: false});
      } catch (error) {
        status(say.noCamera);
        return;
      }
      video.srcObject = stream;
      panel.hidden = false;
      start.hidden = true;
      await video.play().catch(() => null);
      const read = await detector();
      const tick = async () => {
        if (!stream) return;
        try {
          const text = await read();
          if (text) await found(text);
        } catch (error) { /* a frame not ready yet */ }
        setTimeout(tick, 250);
      };
      tick();
    });
    panel.querySelector("[data-stop]").addEventListener("click", stop);
  }

  // --- A visit or a diagnosis: the live page's form, queued ---------------------------------------
  function formTask() {
    const form = task.querySelector("form[data-field-form]");
    const saved = task.querySelector("[data-saved]");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      const data = [...new FormData(form)].filter(([name, value]) => name !== "csrfmiddlewaretoken" && typeof value === "string");
      await queue.add(config.kind, {programme: config.programme, enrolment: config.enrolment, data},
                      config.endpoint, config.label);
      form.reset();
      saved.hidden = false;
      saved.focus();
    });
  }

  const tasks = {home, attendance, check_in: checkIn, visit: formTask, diagnosis: formTask};
  // data-kept: the page (and on the day's list, every page of the day) is on the device.
  Promise.all([keepThisPage(), tasks[config.kind] ? tasks[config.kind]() : null])
    .catch(() => null).finally(() => { task.dataset.kept = "1"; });
})();
