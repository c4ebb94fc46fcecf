// Voice notes: where the browser records (MediaRecorder), a Record button with a timer, Stop, a
// player to listen before sending, and Delete; the recording goes into the form's own file input,
// so the form posts it as any chosen file. Elsewhere, and without JavaScript, the file input stays
// (accept="audio/*" capture: the phone offers its recorder). The server checks the file either way.
(() => {
  const TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4", "audio/webm"];
  const EXTENSIONS = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a" };
  const clock = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

  const canRecord = () => window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia
    && typeof DataTransfer !== "undefined";

  function setUp(box) {
    if (box.dataset.ready || !canRecord()) return;
    box.dataset.ready = "1";
    const $ = (name) => box.querySelector(`[data-${name}]`);
    const input = box.querySelector("input[type=file]");
    const seconds = box.querySelector("input[type=hidden]");
    const [record, stop, remove, timer, preview, status] = ["record", "stop", "delete", "timer", "preview", "status"].map($);
    const form = box.closest("form");
    const max = Number(box.dataset.maxSeconds) || 120;
    let recorder = null, chunks = [], elapsed = 0, tick = null, url = null, submitter = undefined;

    $("controls").hidden = false;
    input.hidden = true;

    const show = (state) => {  // "idle", "recording" or "recorded"
      record.hidden = state !== "idle";
      stop.hidden = state !== "recording";
      preview.hidden = remove.hidden = state !== "recorded";
      box.classList.toggle("recording", state === "recording");
    };

    const clear = () => {
      if (url) URL.revokeObjectURL(url);
      url = null;
      input.value = "";
      seconds.value = "";
      preview.removeAttribute("src");
      elapsed = 0;
      timer.textContent = clock(0);
      show("idle");
    };

    const finished = (stream) => {
      clearInterval(tick);
      stream.getTracks().forEach((track) => track.stop());
      const type = (recorder.mimeType || chunks[0]?.type || "audio/webm").split(";")[0];
      const blob = new Blob(chunks, { type });
      const file = new File([blob], `voice.${EXTENSIONS[type] || "webm"}`, { type });
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      seconds.value = String(elapsed);
      url = URL.createObjectURL(blob);
      preview.src = url;
      show("recorded");
      recorder = null;
      if (submitter !== undefined) {  // Send was pressed while recording: send now
        const button = submitter;
        submitter = undefined;
        form.requestSubmit(button || undefined);
      }
    };

    record.addEventListener("click", async () => {
      status.hidden = true;
      let stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (error) {
        status.textContent = box.dataset.denied;
        status.hidden = false;
        input.hidden = false;  // choose a file instead
        return;
      }
      const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
      recorder = new MediaRecorder(stream, mimeType ? { mimeType, audioBitsPerSecond: 32000 } : {});
      chunks = [];
      recorder.addEventListener("dataavailable", (event) => { if (event.data.size) chunks.push(event.data); });
      recorder.addEventListener("stop", () => finished(stream));
      recorder.start(1000);
      elapsed = 0;
      timer.textContent = clock(0);
      tick = setInterval(() => {
        elapsed += 1;
        timer.textContent = clock(elapsed);
        if (elapsed >= max) recorder.stop();  // the limit the server keeps
      }, 1000);
      show("recording");
    });
    stop.addEventListener("click", () => recorder && recorder.stop());
    remove.addEventListener("click", clear);
    form.addEventListener("submit", (event) => {
      if (!recorder) return;
      event.preventDefault();
      submitter = event.submitter || null;
      recorder.stop();
    });
  }

  const start = () => document.querySelectorAll("[data-voice-recorder]").forEach(setUp);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
