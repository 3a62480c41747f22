import type { FilterRun, RiskFilterStep, ScreenOpen, ScreenProbeApi } from './api';

/**
 * Evaluated in the app page once it is signed in (after `probe.ts` has done
 * the cold start), for the screens beyond the Initiatives list: the Dashboard
 * (scenario 7) and the Risks portfolio (scenario 2). It does what a person
 * does — presses a main-nav button, picks a filter, types a search, presses a
 * column header — and times each step from the event to the frame that shows
 * its result. Times are `performance.now()` differences in milliseconds.
 *
 * The runner evaluates this bundle with `page.evaluate` (CDP), not a script
 * tag: the app's Content-Security-Policy allows only its own scripts.
 */

const DASHBOARD = 'section[aria-labelledby="dashboard-heading"]';
const RISKS = 'section[aria-labelledby="portfolio-risks-heading"]';
const RISK_TABLE = '[role="table"][aria-label="Risks across initiatives"]';
const TIMEOUT_MS = 120_000;

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

/** Sets a React-controlled field's value as a person's input does: the prototype's setter, then the event. */
function setFieldValue(field: HTMLInputElement | HTMLSelectElement, value: string) {
  if (field instanceof HTMLSelectElement) {
    Reflect.set(HTMLSelectElement.prototype, 'value', value, field);
    field.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    Reflect.set(HTMLInputElement.prototype, 'value', value, field);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** A field as a person finds it: by the text of the label that wraps it, within `scope`. */
function fieldLabelled<T extends HTMLInputElement | HTMLSelectElement>(
  scope: ParentNode,
  text: string,
  kind: new () => T,
): T {
  for (const label of scope.querySelectorAll('label')) {
    const own = [...label.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    const field = label.querySelector('input, select');
    if (own === text && field instanceof kind) return field;
  }
  throw new Error(`No field labelled "${text}"`);
}

function mainNavButton(name: string): HTMLButtonElement {
  const button = [...document.querySelectorAll('nav[aria-label="Main"] button')].find(
    (b) => b.textContent.trim() === name,
  );
  if (!(button instanceof HTMLButtonElement)) throw new Error(`No main-nav button "${name}"`);
  return button;
}

/**
 * Calls `check` after every DOM change (and once at once) until it returns
 * true; resolves with the time it first did.
 */
function when(check: () => boolean, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    if (check()) {
      resolve(performance.now());
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Timed out after ${String(TIMEOUT_MS / 1000)} s waiting for ${what}`));
    }, TIMEOUT_MS);
    const observer = new MutationObserver(() => {
      if (!check()) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  });
}

function captionedTable(scope: ParentNode, caption: string): HTMLTableElement | null {
  for (const table of scope.querySelectorAll('table')) {
    if (table.caption?.textContent.startsWith(caption)) return table;
  }
  return null;
}

/**
 * Every panel has rendered: the funnel table has its rows, the residual heat
 * map is drawn (chart and table), and the last panel (cost at scale) is there.
 */
function dashboardPanelsShown(): boolean {
  const screen = document.querySelector(DASHBOARD);
  if (!screen) return false;
  const funnel = captionedTable(screen, 'Initiatives by stage');
  const heatChart = [...screen.querySelectorAll('svg[role="img"] > title')].some(
    (t) => t.textContent === 'Residual risk heat map',
  );
  const heatTable = screen.querySelector('table.dash-heat-table tbody tr');
  const cost = screen.querySelector('section[aria-labelledby="dash-cost-heading"]');
  return Boolean(funnel?.tBodies[0]?.rows.length && heatChart && heatTable && cost);
}

/** The funnel's "Median time spent" column no longer says "Loading…": the stage history is in. */
function dashboardComplete(): boolean {
  const screen = document.querySelector(DASHBOARD);
  const funnel = screen && captionedTable(screen, 'Initiatives by stage');
  return Boolean(funnel?.tBodies[0]?.rows.length && !funnel.textContent.includes('Loading…'));
}

function dashboardStatus(): HTMLElement {
  const status = document.querySelector<HTMLElement>(
    `${DASHBOARD} form[aria-label="Dashboard filters"] [role="status"]`,
  );
  if (!status) throw new Error('No dashboard status line');
  return status;
}

/**
 * Presses "Dashboard" in the main navigation and times: the screen's first
 * frame (its heading, "Loading…"), the frame with every panel (funnel table,
 * heat map, …), and the frame with the stage history in (funnel medians).
 * With `until: 'panels'` it returns once the panels are on screen (the
 * history goes on loading), and `completePaintedMs` is NaN.
 */
async function openDashboard(until: 'panels' | 'complete' = 'complete'): Promise<ScreenOpen> {
  const button = mainNavButton('Dashboard');
  const started = performance.now();
  const shell = when(() => document.querySelector(DASHBOARD) !== null, 'the Dashboard heading');
  const panels = when(dashboardPanelsShown, 'the Dashboard panels');
  const complete =
    until === 'complete' ? when(dashboardComplete, 'the stage history in the funnel') : null;
  button.click();
  const shellAt = await shell;
  const panelsAt = await panels;
  const panelsPainted = await nextPaint();
  const completeAt = complete ? await complete : Number.NaN;
  const completePainted = !complete
    ? Number.NaN
    : completeAt <= panelsAt
      ? panelsPainted
      : await nextPaint();
  return {
    shellMs: shellAt - started,
    contentMs: panelsAt - started,
    contentPaintedMs: panelsPainted - started,
    completePaintedMs: completePainted - started,
    status: dashboardStatus().textContent,
  };
}

/** Back to the Initiatives list, its first row on screen, so the next visit starts from there. */
async function openInitiatives(): Promise<number> {
  const started = performance.now();
  mainNavButton('Initiatives').click();
  await when(
    () =>
      document.querySelector(
        '[role="table"][aria-label="Initiatives"] [role="row"][aria-rowindex="2"]',
      ) !== null,
    'the first Initiatives row',
  );
  return (await nextPaint()) - started;
}

/** The options of a dashboard filter (empty value, "Any", left out). */
function dashboardFilterOptions(label: string): string[] {
  const select = fieldLabelled(
    document.querySelector(DASHBOARD) ?? document,
    label,
    HTMLSelectElement,
  );
  return [...select.options].map((o) => o.value).filter((v) => v !== '');
}

/**
 * Waits for `status` to read something other than it did (or for `also` to
 * change, for a change that leaves the count alone), then for the frame after.
 */
async function changeAndPaint(
  status: HTMLElement,
  act: () => void,
  what: string,
  also: () => unknown = () => null,
): Promise<{ ms: number; commitMs: number; status: string }> {
  const before = status.textContent;
  const alsoBefore = also();
  const changed = when(() => status.textContent !== before || also() !== alsoBefore, what);
  const started = performance.now();
  act();
  const commitAt = await changed;
  const painted = await nextPaint();
  return { ms: painted - started, commitMs: commitAt - started, status: status.textContent };
}

/**
 * One dashboard filter change: picks `value` in the filter labelled `label`
 * (a `change` event, as choosing an option does) and waits for the "N of M
 * initiatives" line to change, then for the next frame: every panel has been
 * re-counted and re-rendered in that commit. A filter that keeps every
 * initiative (a tier all of them have) leaves the line alone; the "Clear
 * filters" button, enabled exactly when a filter is set, changes in the same
 * commit, so choosing a filter and going back to "Any" are seen either way.
 */
async function dashboardFilter(label: string, value: string): Promise<FilterRun> {
  const screen = document.querySelector(DASHBOARD);
  if (!screen) throw new Error('The Dashboard is not open');
  const select = fieldLabelled(screen, label, HTMLSelectElement);
  const clear = [...screen.querySelectorAll('button')].find(
    (b) => b.textContent.trim() === 'Clear filters',
  );
  const run = await changeAndPaint(
    dashboardStatus(),
    () => setFieldValue(select, value),
    `the dashboard to narrow to ${label} "${value}"`,
    () => clear?.disabled,
  );
  return { ...run, renderedRows: screen.querySelectorAll('tr').length };
}

function riskStatus(): HTMLElement {
  const status = document.querySelector<HTMLElement>(`${RISKS} p.risk-count[role="status"]`);
  if (!status) throw new Error('No "… shown" line on the Risks screen');
  return status;
}

const renderedRiskRows = () =>
  Math.max(
    0,
    (document.querySelector(RISK_TABLE)?.querySelectorAll('[role="row"]').length ?? 1) - 1,
  );

/**
 * Presses "Risks" in the main navigation and times the frame showing the
 * portfolio: its "N of M shown" line and its first row.
 */
async function openRisks(): Promise<ScreenOpen> {
  const button = mainNavButton('Risks');
  const started = performance.now();
  const shell = when(() => document.querySelector(RISKS) !== null, 'the Risks heading');
  const content = when(() => {
    const status = document.querySelector(`${RISKS} p.risk-count[role="status"]`);
    return Boolean(
      status &&
      /\bshown\b/.test(status.textContent) &&
      document.querySelector(`${RISK_TABLE} [role="row"][aria-rowindex="2"]`),
    );
  }, 'the first row of the Risks portfolio');
  button.click();
  const shellAt = await shell;
  const contentAt = await content;
  const painted = await nextPaint();
  return {
    shellMs: shellAt - started,
    contentMs: contentAt - started,
    contentPaintedMs: painted - started,
    completePaintedMs: painted - started,
    status: riskStatus().textContent,
  };
}

/**
 * One portfolio filter interaction: types a search (or picks a filter value),
 * then waits for the "N of M shown" line to change — the search is deferred
 * (`useDeferredValue`), so this is when the list has caught up — and for the
 * next frame.
 */
async function riskFilter(step: RiskFilterStep): Promise<FilterRun> {
  const screen = document.querySelector(RISKS);
  if (!screen) throw new Error('The Risks screen is not open');
  const field =
    step.field === 'Search'
      ? fieldLabelled(screen, 'Search', HTMLInputElement)
      : fieldLabelled(screen, step.field, HTMLSelectElement);
  const run = await changeAndPaint(
    riskStatus(),
    () => setFieldValue(field, step.value),
    `the risks to filter by ${step.field} "${step.value}"`,
  );
  return { ...run, renderedRows: renderedRiskRows() };
}

function riskHeaders(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`${RISK_TABLE} [role="columnheader"]`)];
}

const headerName = (header: HTMLElement) => header.textContent.replace(/[▲▼]/g, '').trim();

/** The portfolio's sortable column headers, by name. */
function riskSortableColumns(): string[] {
  return riskHeaders()
    .filter((h) => h.hasAttribute('aria-sort') && h.querySelector('button'))
    .map(headerName);
}

/** One sort interaction: presses a column's button, waits for its `aria-sort` to change, then the frame. */
async function riskSort(column: string): Promise<FilterRun> {
  const header = riskHeaders().find((h) => headerName(h) === column);
  const button = header?.querySelector('button');
  if (!header || !button) throw new Error(`No sortable "${column}" column`);
  const before = header.getAttribute('aria-sort');
  const changed = when(
    () => header.getAttribute('aria-sort') !== before,
    `sorting by "${column}" to show`,
  );
  const started = performance.now();
  button.click();
  const commitAt = await changed;
  const painted = await nextPaint();
  return {
    ms: painted - started,
    commitMs: commitAt - started,
    status: `${column}: ${header.getAttribute('aria-sort') ?? ''}`,
    renderedRows: renderedRiskRows(),
  };
}

/** The values a portfolio filter offers (empty value, "Any", left out). */
function riskFilterOptions(label: string): string[] {
  const select = fieldLabelled(document.querySelector(RISKS) ?? document, label, HTMLSelectElement);
  return [...select.options].map((o) => o.value).filter((v) => v !== '');
}

const api: ScreenProbeApi = {
  openDashboard,
  openInitiatives,
  dashboardFilterOptions,
  dashboardFilter,
  openRisks,
  riskFilter,
  riskFilterOptions,
  riskSortableColumns,
  riskSort,
};
window.countersignScreens = api;
