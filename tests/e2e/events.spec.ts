import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { expectNoSeriousViolations, waitForGraph } from './graph';

const EVENTS = 'tests/fixtures/events/gdelt-events-20170701.export.CSV';
const rows = readFileSync(EVENTS, 'utf8').trim().split('\n');

test('the GDELT sample opens as a story of CAMEO-coded, dated, sourced relations', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByLabel('Open dataset file').setInputFiles(EVENTS);
  const dialog = page.getByRole('dialog', { name: 'Open event data' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('.toolbar')).toContainText('gdelt-events-20170701');
  // Each two-actor event is counted in its relation; the one-sided ones are reported.
  const twoSided = rows.filter((r) => r.split('\t')[5] && r.split('\t')[15]).length;
  await expect(page.getByRole('alert')).toContainText(
    `${rows.length - twoSided} of ${rows.length} events have one actor only`,
  );
  const counted = await page.evaluate(() =>
    window.__actorGraph.store
      .getState()
      .dataset.relations.reduce((n, r) => n + Number(r.properties?.Events), 0),
  );
  expect(counted).toBe(twoSided);
  // Named by CAMEO, coloured by quad class, on the timeline.
  await expect(page.getByRole('list', { name: 'Relation types' })).toContainText('Coerce');
  await expect(page.getByRole('list', { name: 'Colour: CAMEO quad class' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  // Reported (DATEADDED) on 1 July 2017; happened (SQLDATE) a year before.
  await expect(timeline).toContainText('2017-07-01');
  await timeline.getByRole('radio', { name: 'by occurrence' }).check();
  await expect(timeline).toContainText('2016-07-01: 8 claims');
  // The details of a relation give the address it was coded from.
  await page.getByRole('table').getByRole('button', { name: 'Coerce' }).click();
  const details = page.getByRole('list', { name: /evidence/i });
  await expect(details.getByRole('link')).toHaveAttribute('href', /thearabweekly\.com/);
  await page.screenshot({ path: 'test-results/gdelt-sample.png' });
  await expectNoSeriousViolations(page);
});

test('a cut-off zip opens what came before the cut and says where it broke', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const zip = zipSync({ 'day.export.CSV': new Uint8Array(readFileSync(EVENTS)) }, { level: 0 });
  const cut = Buffer.from(zip.slice(0, Math.floor(zip.length * 0.7)));
  await page
    .getByLabel('Open dataset file')
    .setInputFiles({ name: 'day.export.CSV.zip', mimeType: 'application/zip', buffer: cut });
  const dialog = page.getByRole('dialog', { name: 'Open event data' });
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is cut off');
  await expect(page.locator('.toolbar')).toContainText('day');
});

test('binary garbage and a 60-column file get placed errors and leave the graph', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const before = await page.evaluate(() => window.__actorGraph.store.getState().dataset.title);
  const garbage = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
  await page
    .getByLabel('Open dataset file')
    .setInputFiles({ name: 'events.CSV', mimeType: 'text/csv', buffer: garbage });
  await expect(page.getByRole('alert')).toContainText('looks like binary data');
  const sixty = rows.map((r) => r.split('\t').slice(0, 60).join('\t')).join('\n');
  await page
    .getByLabel('Open dataset file')
    .setInputFiles({ name: 'short.export.CSV', mimeType: 'text/csv', buffer: Buffer.from(sixty) });
  await page
    .getByRole('dialog', { name: 'Open event data' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('60 columns, where a GDELT 2.0 event has 61');
  await expect(alert).toContainText('line 1, column 1');
  expect(await page.evaluate(() => window.__actorGraph.store.getState().dataset.title)).toBe(
    before,
  );
});

test('two GDELT files go through the engine and give the relations one pass gives', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForGraph(page);
  // A second day: the same rows under other event ids, one of them cut short.
  const second = rows.map((r) => r.replace(/^(\d+)/, (id) => String(Number(id) + 1000)));
  second[3] = second[3]!.split('\t').slice(0, 40).join('\t');
  await page.getByLabel('Open dataset file').setInputFiles([
    { name: 'a.export.CSV', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) },
    { name: 'b.export.CSV', mimeType: 'text/csv', buffer: Buffer.from(second.join('\n')) },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Open event data' });
  await expect(dialog).toContainText('embedded analytical engine');
  await expect(dialog.getByRole('radio', { name: 'One relation per event' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('.toolbar')).toContainText('2 GDELT files', { timeout: 60_000 });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('b.export.CSV');
  await expect(alert).toContainText('line 4');
  // Every row but the cut one, aggregated as the streaming reader aggregates them.
  const got = await page.evaluate(() =>
    window.__actorGraph.store
      .getState()
      .dataset.relations.map((r) => `${r.id} ${r.properties?.Events} ${r.properties?.NumMentions}`)
      .sort(),
  );
  const twoSided = [...rows, ...second.filter((_, i) => i !== 3)].filter((r) => {
    const f = r.split('\t');
    return f.length === 61 && f[5] && f[15];
  });
  const want = new Map<string, [number, number]>();
  for (const r of twoSided) {
    const f = r.split('\t');
    const key = `${f[5]}~${f[15]}~${f[28]}`;
    const [events, mentions] = want.get(key) ?? [0, 0];
    want.set(key, [events + 1, mentions + Number(f[31])]);
  }
  expect(got).toEqual([...want].map(([k, [e, m]]) => `${k} ${e} ${m}`).sort());
});

test('a FollowTheMoney stream and an ACLED-style table open as what they are', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await page
    .getByLabel('Open dataset file')
    .setInputFiles('tests/fixtures/events/ftm-ownership.ftm.json');
  await expect(page.locator('.toolbar')).toContainText('ftm-ownership');
  const types = page.getByRole('list', { name: 'Relation types' });
  await expect(types).toContainText('owns');
  await expect(types).toContainText('directs');
  await expect(page.getByRole('alert')).toContainText('p-missing');
  const edges = () =>
    page.evaluate(() =>
      window.__actorGraphCy
        .edges()
        .filter((e) => e.id().startsWith('r:'))
        .map((e) => `${e.data('label')}|${e.style('target-arrow-shape')}`)
        .sort(),
    );
  expect(await edges()).toEqual(
    expect.arrayContaining(['owns (75%)|triangle', 'directs (Managing director)|triangle']),
  );
  await page.getByLabel('Open dataset file').setInputFiles('tests/fixtures/events/acled-style.csv');
  await expect(page.locator('.toolbar')).toContainText('acled-style');
  // ACLED's actors carry no direction: no arrowheads.
  const acled = await edges();
  expect(acled).toHaveLength(3);
  expect(acled.every((e) => e.endsWith('|none'))).toBe(true);
  await expectNoSeriousViolations(page);
});
