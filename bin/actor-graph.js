#!/usr/bin/env node
// actor-graph render <dataset> -o out.png|out.svg|briefing.pdf|briefing.pptx [options]
// Renders a dataset headlessly through the production build (dist/standalone.html) in
// Debian's Chromium, for batch briefing pipelines. Plain JavaScript: Node 20 runs it as is.
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const USAGE = `Usage: actor-graph render <dataset> -o <out.png|out.svg|briefing.pdf|briefing.pptx> [options]

  <dataset>            a graph file: actor-graph JSON, GEXF, GraphML, Cytoscape JSON or CSV;
                       or event data: a GDELT 2.0 events export (.CSV, or .zip as GDELT
                       publishes it), an ACLED-style CSV, a FollowTheMoney entity stream
  -o, --output FILE    where to write; the extension picks PNG or SVG (the view), or PDF or
                       PPTX (a briefing of one of the dataset's stories)
  --story ID           the story a PDF or PPTX briefing tells (default: the dataset's first)
  --paper a4|letter    PDF paper (default a4)
  --portrait           PDF pages upright (default landscape)
  --scale N            1 to 4 (default 2)
  --width PX           the picture's width in pixels (overrides --scale)
  --title TEXT         title above the graph (default: the dataset's title; "" for none)
  --footnotes          number each relation and list its quote and status below
  --no-legend          leave out the legend
  --filter type=A,B    show only these relation types (repeatable: kind=…, status=…)
  --status=A,B         show only these statuses (reported, alleged, confirmed, denied, hypothetical, unspecified)
  --lang en|de         language of labels and legend (default en)
  --top N              event data: keep the N actors with the most mentions (default 2000)
  --timeout SECONDS    give up (exit 1) after this long (default 120)

Environment: CHROMIUM_PATH (default /usr/bin/chromium).`;

/** The largest file read, as in the app (src/io/readSource.ts). */
const MAX_BYTES = 200 * 1024 * 1024;

function fail(message, code = 1) {
  process.stderr.write(`actor-graph: ${message}\n`);
  process.exit(code);
}

/** The dataset's text; a zip archive (GDELT publishes its files zipped) gives its first file. */
async function readDataset(path) {
  const bytes = readFileSync(path);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return bytes.toString('utf8');
  const { unzipSync } = await import('fflate');
  let files;
  try {
    files = unzipSync(new Uint8Array(bytes));
  } catch (e) {
    throw new Error(`the zip archive is damaged (${e.message})`, { cause: e });
  }
  const first = Object.keys(files).find((n) => !n.endsWith('/'));
  if (!first) throw new Error('the zip archive holds no file');
  return Buffer.from(files[first]).toString('utf8');
}

function parseArgs(argv) {
  const args = {
    filters: { type: null, kind: null, status: null },
    legend: true,
    footnotes: false,
    scale: 2,
    timeout: 120,
  };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value\n\n${USAGE}`, 2);
      return v;
    };
    if (a === '-o' || a === '--output') args.output = value();
    else if (a === '--story') args.story = value();
    else if (a === '--paper') args.paper = value().toLowerCase();
    else if (a === '--portrait') args.orientation = 'portrait';
    else if (a === '--scale') args.scale = Number(value());
    else if (a === '--width') args.width = Number(value());
    else if (a === '--title') args.title = value();
    else if (a === '--footnotes') args.footnotes = true;
    else if (a === '--no-legend') args.legend = false;
    else if (a === '--lang') args.lang = value();
    else if (a === '--timeout') args.timeout = Number(value());
    else if (a === '--top') args.top = Number(value());
    else if (a === '--filter' || a.startsWith('--status')) {
      const spec =
        a === '--filter'
          ? value()
          : `status=${a.includes('=') ? a.split('=').slice(1).join('=') : value()}`;
      const [key, list] = spec.split('=');
      if (!['type', 'kind', 'status'].includes(key) || !list)
        fail(`--filter wants type=…, kind=… or status=…, not "${spec}"`, 2);
      args.filters[key] = list.split(',').filter(Boolean);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else rest.push(a);
  }
  return { args, rest };
}

async function main() {
  const { args, rest } = parseArgs(process.argv.slice(2));
  const [command, dataset] = rest;
  if (command !== 'render' || !dataset || !args.output) fail(`\n${USAGE}`, 2);
  const format = extname(args.output).toLowerCase().slice(1);
  if (!['png', 'svg', 'pdf', 'pptx'].includes(format))
    fail(`the output must end in .png, .svg, .pdf or .pptx, not "${args.output}"`, 2);
  const briefing = format === 'pdf' || format === 'pptx';
  if (args.story !== undefined && !briefing)
    fail('--story makes a briefing: the output must end in .pdf or .pptx', 2);
  if (args.paper !== undefined && !['a4', 'letter'].includes(args.paper))
    fail(`--paper is a4 or letter, not "${args.paper}"`, 2);
  if (!(args.scale >= 1 && args.scale <= 4)) fail('--scale must be between 1 and 4', 2);
  if (args.width !== undefined && !(args.width > 0))
    fail('--width must be a positive number of pixels', 2);
  if (!(args.timeout > 0)) fail('--timeout must be a positive number of seconds', 2);
  if (args.top !== undefined && !(Number.isInteger(args.top) && args.top > 0))
    fail('--top must be a positive whole number of actors', 2);
  // The page may be busy for good (a file no browser can draw): the command never hangs.
  const deadline = setTimeout(() => {
    process.stderr.write(
      `actor-graph: gave up after ${args.timeout} s without a picture (--timeout); the dataset may be too large to draw\n`,
    );
    process.exit(1);
  }, args.timeout * 1000);
  deadline.unref?.();

  const datasetPath = resolve(dataset);
  let text;
  try {
    const size = statSync(datasetPath).size;
    if (size > MAX_BYTES)
      fail(`${datasetPath} is ${(size / 1048576).toFixed(1)} MB; the limit is 200 MB`);
    text = await readDataset(datasetPath);
  } catch (e) {
    fail(`cannot read the dataset ${datasetPath}: ${e.message}`);
  }
  const output = resolve(args.output);
  try {
    accessSync(dirname(output), constants.W_OK);
    if (existsSync(output)) accessSync(output, constants.W_OK);
  } catch {
    fail(`cannot write ${output}: the folder does not exist or is not writable`);
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const template = join(root, 'dist', 'standalone.html');
  if (!existsSync(template)) fail(`no production build at ${template}: run "npm run build" first`);
  const flags = JSON.parse(readFileSync(join(root, 'chromium.json'), 'utf8'));
  const chromium = process.env.CHROMIUM_PATH ?? flags.executablePath;
  if (!existsSync(chromium))
    fail(
      `no Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );

  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({
    executablePath: chromium,
    args: flags.args,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(template).href);
    await page.waitForFunction(() => window.__actorGraph?.ready, null, { timeout: 30_000 });
    const result = await page.evaluate(
      async ({ name, text, options }) => window.__actorGraph.render(name, text, options),
      {
        name: datasetPath
          .split('/')
          .pop()
          .replace(/\.zip$/i, ''),
        text,
        options: {
          format,
          scale: args.scale,
          width: args.width,
          title: args.title,
          footnotes: args.footnotes,
          legend: args.legend,
          filters: args.filters,
          lang: args.lang,
          topActors: args.top,
          story: args.story,
          paper: args.paper,
          orientation: args.orientation,
        },
      },
    );
    if (!result.ok)
      fail(
        `the dataset could not be rendered:\n${result.problems.map((p) => `  ${p}`).join('\n')}`,
      );
    writeFileSync(output, format === 'svg' ? result.data : Buffer.from(result.data, 'base64'));
    process.stdout.write(
      briefing
        ? `wrote ${output} (${result.steps} steps)\n`
        : `wrote ${output} (${result.width} × ${result.height} px, ${result.relations} relations)\n`,
    );
    if (errors.length) process.stderr.write(`page errors:\n${errors.join('\n')}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => fail(e?.stack ?? String(e)));
