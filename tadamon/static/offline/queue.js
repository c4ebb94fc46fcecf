/* The device's queue of field actions (docs/offline.md), in IndexedDB, shared by the pages and the
 * service worker. Each action: {id: a UUID made here, kind, payload, made_at, endpoint, label, seq}.
 * `replay()` sends what waits, in the order it was made, in batches; the server records each id
 * once, so sending twice is harmless. What the server did not record (a conflict, a refusal) is
 * kept in `results` with its reason, and the number of recorded actions with it, until the person
 * has read them. One replay at a time across tabs and the service worker (Web Locks); every change
 * is announced on a BroadcastChannel. */
(function (scope) {
  "use strict";
  const DB_NAME = "tadamon-field";
  const DB_VERSION = 1;
  const CHANNEL = "tadamon-field";
  const CACHES = {SHELL: "tadamon-shell", FIELD: "tadamon-field", PUBLIC: "tadamon-public"};
  const SYNC_TAG = "tadamon-field";
  const RECORDED = "recorded"; // in `results`, the count of recorded actions (action ids are UUIDs)
  let counter = 0;

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains("actions")) db.createObjectStore("actions", {keyPath: "id"});
        if (!db.objectStoreNames.contains("results")) db.createObjectStore("results", {keyPath: "id"});
        if (!db.objectStoreNames.contains("pages")) db.createObjectStore("pages", {keyPath: "url"});
      };
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close(); // signing out deletes the database: let it go
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("blocked"));
    });
  }

  // One transaction on one store; `work(store)` returns the request whose result is wanted.
  async function run(storeName, mode, work) {
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const transaction = db.transaction(storeName, mode);
        const request = work(transaction.objectStore(storeName));
        transaction.oncomplete = () => resolve(request ? request.result : undefined);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
    } finally {
      db.close();
    }
  }

  function announce(detail) {
    try {
      const channel = new BroadcastChannel(CHANNEL);
      channel.postMessage(detail || {type: "changed"});
      channel.close();
    } catch (error) { /* no BroadcastChannel: this page updates itself */ }
    if (scope.document) scope.document.dispatchEvent(new CustomEvent("tadamon:queue", {detail: detail || {}}));
  }

  function listen(callback) {
    try {
      const channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = (event) => callback(event.data || {});
    } catch (error) { /* this page's own changes still arrive through the DOM event */ }
    if (scope.document) scope.document.addEventListener("tadamon:queue", (event) => callback(event.detail || {}));
  }

  function requestSync() {
    if (!scope.navigator || !("serviceWorker" in scope.navigator) || !scope.document) return;
    scope.navigator.serviceWorker.ready
      .then((registration) => registration.sync && registration.sync.register(SYNC_TAG))
      .catch(() => null);
  }

  async function add(kind, payload, endpoint, label) {
    const action = {
      id: scope.crypto.randomUUID(), kind, payload, endpoint, label: label || "",
      made_at: new Date().toISOString(), seq: Date.now() * 1000 + (counter++ % 1000),
    };
    await run("actions", "readwrite", (store) => store.add(action));
    announce({type: "added", action});
    requestSync();
    return action;
  }

  async function all() {
    const actions = (await run("actions", "readonly", (store) => store.getAll())) || [];
    return actions.sort((a, b) => a.seq - b.seq);
  }

  function count() {
    return run("actions", "readonly", (store) => store.count());
  }

  // What was sent but not recorded (conflicts, refusals), in the order it was made.
  async function results() {
    const kept = (await run("results", "readonly", (store) => store.getAll())) || [];
    return kept.filter((result) => result.id !== RECORDED).sort((a, b) => a.seq - b.seq);
  }

  // How many actions were sent and recorded since the person last dismissed the report.
  async function recorded() {
    const summary = await run("results", "readonly", (store) => store.get(RECORDED));
    return (summary && summary.count) || 0;
  }

  async function dismissResults() {
    await run("results", "readwrite", (store) => store.clear());
    announce();
  }

  function savePage(url, title) {
    return run("pages", "readwrite", (store) => store.put({url, title, saved_at: new Date().toISOString()}));
  }

  async function pages() {
    return (await run("pages", "readonly", (store) => store.getAll())) || [];
  }

  // The server's answers: recorded ones leave the queue and are counted (the "N recorded" the
  // device shows until the person has read it); the others leave it for the list of what was not
  // recorded, with the server's reason (in the language of the page that queued them). An action
  // is settled once: one that another replay settled meanwhile is neither counted nor listed again.
  async function settle(actions, answers) {
    const byId = new Map(actions.map((action) => [action.id, action]));
    const db = await open();
    try {
      await new Promise((resolve, reject) => {
        const transaction = db.transaction(["actions", "results"], "readwrite");
        const waiting = transaction.objectStore("actions");
        const kept = transaction.objectStore("results");
        let recorded = 0;
        let unanswered = 0;
        function count() {
          if (--unanswered > 0 || !recorded) return;
          const summary = kept.get(RECORDED);
          summary.onsuccess = () => kept.put({
            id: RECORDED, kind: "recorded", outcome: "done", label: "", message: "", seq: 0,
            count: ((summary.result && summary.result.count) || 0) + recorded, made_at: new Date().toISOString(),
          });
        }
        answers.forEach((answer) => {
          const action = byId.get(answer.id);
          if (!action) return;
          unanswered += 1;
          const still = waiting.get(action.id);
          still.onsuccess = () => {
            if (still.result) {
              waiting.delete(action.id);
              if (answer.outcome === "done") {
                recorded += 1;
              } else {
                kept.put({
                  id: action.id, kind: action.kind, label: action.label, seq: action.seq,
                  outcome: answer.outcome, message: answer.message || "", made_at: action.made_at,
                });
              }
            }
            count();
          };
        });
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
    } finally {
      db.close();
    }
  }

  async function send(endpoint, actions) {
    const token = await fetch(endpoint, {credentials: "same-origin", cache: "no-store",
                                         headers: {Accept: "application/json"}});
    if (token.status === 401 || token.status === 403) return {status: "signed-out"};
    if (!token.ok) return {status: "unreachable"};
    const {csrf, batch} = await token.json();
    for (let start = 0; start < actions.length; start += batch || 50) {
      const chunk = actions.slice(start, start + (batch || 50));
      const response = await fetch(endpoint, {
        method: "POST", credentials: "same-origin", cache: "no-store",
        headers: {"Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrf},
        body: JSON.stringify({actions: chunk.map(({id, kind, payload, made_at}) => ({id, kind, payload, made_at}))}),
      });
      if (response.status === 401 || response.status === 403) return {status: "signed-out"};
      if (!response.ok) return {status: "unreachable"};
      const answer = await response.json();
      await settle(chunk, answer.results || []);
      announce({type: "sent"});
    }
    return {status: "sent"};
  }

  async function replayNow() {
    const actions = await all();
    if (!actions.length) return {status: "empty"};
    const endpoints = [...new Set(actions.map((action) => action.endpoint))];
    let outcome = {status: "sent"};
    for (const endpoint of endpoints) {
      try {
        outcome = await send(endpoint, actions.filter((action) => action.endpoint === endpoint));
      } catch (error) {
        outcome = {status: "unreachable"};
      }
      if (outcome.status !== "sent") break;
    }
    announce({type: "replayed", status: outcome.status});
    return outcome;
  }

  let running = null;
  function replay() {
    if (running) return running;
    const locks = scope.navigator && scope.navigator.locks;
    running = (locks ? locks.request("tadamon-field-replay", replayNow) : replayNow())
      .finally(() => { running = null; });
    return running;
  }

  // Signing out: nothing of this person stays on the device.
  async function forget() {
    if (scope.caches) {
      await Promise.all(Object.values(CACHES).map((name) => scope.caches.delete(name)));
    }
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }

  scope.TadamonQueue = {
    add, all, count, results, recorded, dismissResults, savePage, pages, replay, forget, listen, CACHES, SYNC_TAG,
  };
})(self);
