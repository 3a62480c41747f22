import type { ColdStartMarks, FilterRun, ProbeApi } from './api';

/**
 * Injected into the app page before any of its scripts (Playwright
 * `addInitScript`). It opens the workspace the runner chose and signs in the
 * moment each screen allows it: "Continue as …" as soon as the member list
 * shows, the passphrase as soon as its form shows. It timestamps each step, so
 * the runner can tell the app's own work from the sign-in (deliberately slow
 * key derivation) and from the person typing. Times are `performance.now()`,
 * milliseconds since navigation start.
 */
interface ProbeConfig {
  /** Database name for `countersign.lastWorkspace`. */
  lastWorkspace?: string;
  /** "Continue as <name>"; the first member listed when absent. */
  signInAs?: string;
  passphrase?: string;
}

declare global {
  interface Window {
    countersignProbeConfig?: ProbeConfig;
  }
}

const config: ProbeConfig = window.countersignProbeConfig ?? {};
const TABLE = '[role="table"][aria-label="Initiatives"]';

// Init scripts also run in the initial about:blank, which has no storage.
if (config.lastWorkspace && location.protocol.startsWith('http')) {
  localStorage.setItem('countersign.lastWorkspace', config.lastWorkspace);
}

/** Resolves after the next frame has been produced: rAF runs before paint, the task after it. */
function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Types into a React-controlled input as a person (or a paste) does: the
 * prototype's value setter (React watches the instance's), then `input`.
 */
function setInputValue(input: HTMLInputElement, value: string) {
  Reflect.set(HTMLInputElement.prototype, 'value', value, input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** An input as a person finds it: by its label's text (a `for` label or a wrapping one). */
function inputLabelled(text: string): HTMLInputElement | null {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text);
  if (!label) return null;
  const input = label.htmlFor
    ? document.getElementById(label.htmlFor)
    : label.querySelector('input');
  return input instanceof HTMLInputElement ? input : null;
}

function buttonNamed(prefix: string): HTMLButtonElement | null {
  return (
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(prefix)) ??
    null
  );
}

const marks: ColdStartMarks = {
  picker: null,
  formShown: null,
  submitted: null,
  signedIn: null,
  rowsInDom: null,
  rowsPainted: null,
  responseEnd: null,
  domContentLoaded: null,
  firstContentfulPaint: null,
  resources: [],
};

let typing = false;

const coldStart = new Promise<ColdStartMarks>((resolve) => {
  const observer = new MutationObserver(() => {
    if (marks.picker === null) {
      const button = buttonNamed(`Continue as ${config.signInAs ?? ''}`);
      if (button) {
        marks.picker = performance.now();
        button.click();
      }
    }
    if (marks.picker !== null && marks.submitted === null && !typing) {
      const input = inputLabelled('Passphrase');
      if (input) {
        marks.formShown = performance.now();
        typing = true;
        setInputValue(input, config.passphrase ?? '');
        // Let React enable the button with the new value, then press it.
        setTimeout(() => {
          const submit = buttonNamed('Sign in');
          marks.submitted = performance.now();
          submit?.click();
        }, 0);
      }
    }
    if (marks.submitted !== null && marks.signedIn === null) {
      if (document.querySelector('nav[aria-label="Main"]')) marks.signedIn = performance.now();
    }
    if (
      marks.rowsInDom === null &&
      document.querySelector(`${TABLE} [role="row"][aria-rowindex="2"]`)
    ) {
      marks.rowsInDom = performance.now();
      observer.disconnect();
      void nextPaint().then((painted) => {
        marks.rowsPainted = painted;
        const navigation = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        marks.responseEnd = navigation?.responseEnd ?? null;
        marks.domContentLoaded = navigation?.domContentLoadedEventEnd ?? null;
        marks.firstContentfulPaint =
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        marks.resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => /\.(js|css)(\?|$)/.test(r.name))
          .map((r) => ({
            name: new URL(r.name).pathname,
            encodedBodySize: r.encodedBodySize,
            transferSize: r.transferSize,
          }));
        resolve(marks);
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
});

/** The live line that says how many initiatives are shown. */
function statusLine(): HTMLElement {
  const status = [...document.querySelectorAll<HTMLElement>('[role="status"]')].find((el) =>
    /\bshown\b/.test(el.textContent),
  );
  if (!status) throw new Error('No "… shown" status line next to the search box');
  return status;
}

/**
 * One filter interaction: sets the search text as typing or pasting does
 * (native setter + `input` event, which React handles as a discrete event),
 * then waits for the status line to change (the new row set is committed) and
 * for the next frame (it is on screen).
 */
async function filter(query: string): Promise<FilterRun> {
  const input = inputLabelled('Search initiatives');
  if (!input) throw new Error('No "Search initiatives" box');
  const status = statusLine();
  const before = status.textContent;
  let commitAt = Number.NaN;
  const changed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`The list did not change within 10 s for "${query}" (still "${before}")`));
    }, 10_000);
    const observer = new MutationObserver(() => {
      if (status.textContent !== before) {
        commitAt = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  const started = performance.now();
  setInputValue(input, query);
  await changed;
  const painted = await nextPaint();
  const table = document.querySelector(TABLE);
  return {
    ms: painted - started,
    commitMs: commitAt - started,
    status: status.textContent,
    renderedRows: table ? table.querySelectorAll('[role="row"]').length - 1 : 0,
  };
}

/** The Initiatives table's sortable column headers (those with a sort button), by name. */
function sortableColumns(): string[] {
  return [...document.querySelectorAll(`${TABLE} [role="columnheader"][aria-sort] button`)].map(
    (button) => button.textContent.replace(/[▲▼]/g, '').trim(),
  );
}

/**
 * One sort interaction: presses a column's sort button and waits for that
 * header's `aria-sort` to change (the re-sorted rows are committed in the same
 * render) and for the next frame.
 */
async function sort(column: string): Promise<FilterRun> {
  const header = [...document.querySelectorAll<HTMLElement>(`${TABLE} [role="columnheader"]`)].find(
    (h) => h.textContent.replace(/[▲▼]/g, '').trim() === column,
  );
  const button = header?.querySelector('button');
  if (!header || !button) throw new Error(`No sortable "${column}" column`);
  const before = header.getAttribute('aria-sort');
  let commitAt = Number.NaN;
  const changed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Sorting by "${column}" changed nothing within 10 s`));
    }, 10_000);
    const observer = new MutationObserver(() => {
      if (header.getAttribute('aria-sort') !== before) {
        commitAt = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    observer.observe(header, { attributes: true, attributeFilter: ['aria-sort'] });
  });
  const started = performance.now();
  button.click();
  await changed;
  const painted = await nextPaint();
  const table = document.querySelector(TABLE);
  return {
    ms: painted - started,
    commitMs: commitAt - started,
    status: `${column}: ${header.getAttribute('aria-sort') ?? ''}`,
    renderedRows: table ? table.querySelectorAll('[role="row"]').length - 1 : 0,
  };
}

const probe: ProbeApi = { coldStart: () => coldStart, filter, sort, sortableColumns };
window.countersignProbe = probe;
