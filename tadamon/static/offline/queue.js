/* The device's queue of field actions (docs/offline.md), in IndexedDB, shared by the pages and the
 * service worker. Each action: {id: a UUID made here, kind, payload, made_at, endpoint, label, seq}.
 * `replay()` sends what waits, in the order it was made, in batches; the server records each id
 * once, so sending twice is harmless. What the server did not record (a conflict, a refusal) is
 * kept in `results` with its reason, until the person has read it. One replay at a time across
 * tabs and the service worker (Web Locks); every change is announced on a BroadcastChannel. */
(function (scope) {
  "use strict";
  const DB_NAME = "tadamon-field";
  const DB_VERSION = 1;
  const CHANNEL = "tadamon-field";
  const CACHES = {SHELL: "tadamon-shell", FIELD: "tadamon-field", PUBLIC: "tadamon-public"};
  const SYNC_TAG = "tadamon-field";
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

  async function results() {
    const kept = (await run("results", "readonly", (store) => store.getAll())) || [];
    return kept.sort((a, b) => a.seq - b.seq);
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

  // The server's answers: recorded ones leave the queue; the others leave it for the list of what
  // was not recorded, with the server's reason (in the language of the page that queued them).
  async function settle(actions, answers) {
    const byId = new Map(actions.map((action) => [action.id, action]));
    const db = await open();
    try {
      await new Promise((resolve, reject) => {
        const transaction = db.transaction(["actions", "results"], "readwrite");
        answers.forEach((answer) => {
          const action = byId.get(answer.id);
          if (!action) return;
          transaction.objectStore("actions").delete(action.id);
          if (answer.outcome !== "done") {
            transaction.objectStore("results").put({
              id: action.id, kind: action.kind, label: action.label, seq: action.seq,
              outcome: answer.outcome, message: answer.message || "", made_at: action.made_at,
            });
          }
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
    add, all, count, results, dismissResults, savePage, pages, replay, forget, listen, CACHES, SYNC_TAG,
  };
})(self);
