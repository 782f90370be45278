// The web pages and the explorer in a real browser: Debian's chromium,
// headless with SwiftShader, driven by puppeteer-core (pinned in
// package-lock.json, installed into the build tree by
// scripts/install-browser-test-deps.sh). Run by CTest (label browser):
//
//   node browser_test.js pages    --cagescope EXE --work DIR
//   node browser_test.js explorer --cagescope EXE --work DIR --explorer DIR
//
// Each check that fails is printed; the exit status is 1 if any did.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
let puppeteer;
try {
  puppeteer = require('puppeteer-core');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
  console.error('puppeteer-core is not installed: run scripts/install-browser-test-deps.sh BUILD_DIR (' + e.message + ')');
  process.exit(2);
}

const VIEWPORT = { width: 1100, height: 720 };  // small enough for SwiftShader to be quick
const CHROMIUM_FLAGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

function options() {
  const args = process.argv.slice(2);
  const out = { part: args[0] };
  for (let i = 1; i + 1 < args.length; i += 2) out[args[i].replace(/^--/, '')] = args[i + 1];
  if (!['pages', 'explorer'].includes(out.part) || !out.cagescope || !out.work) {
    console.error('usage: node browser_test.js pages|explorer --cagescope EXE --work DIR [--explorer DIR]');
    process.exit(2);
  }
  return out;
}

let failures = 0;
function check(ok, what) {
  if (ok) return;
  failures += 1;
  console.error('FAILED: ' + what);
}

function cagescope(exe, args) {
  return execFileSync(exe, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function launch() {
  return puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: CHROMIUM_FLAGS });
}

// A page that records what a user's console would show.
async function openPage(browser, url, ready) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('requestfailed', (r) => problems.push('failed request: ' + r.url()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(ready, { timeout: 60000 });
  return { page, problems };
}

// Ink (not the white background) per 8×8 block, for an image given as a
// data: URL (decoded in the page: node has no PNG reader of its own).
async function inkBlocks(page, dataUrl) {
  return page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const bw = Math.ceil(c.width / 8), bh = Math.ceil(c.height / 8);
    const count = new Array(bw * bh).fill(0);
    for (let y = 0; y < c.height; ++y)
      for (let x = 0; x < c.width; ++x) {
        const i = 4 * (y * c.width + x);
        if (765 - px[i] - px[i + 1] - px[i + 2] > 60) count[(y >> 3) * bw + (x >> 3)] += 1;
      }
    return { bw, bh, ink: count.map((n) => n >= 3) };
  }, dataUrl);
}

// The share of one mask's ink blocks that have ink within a block in the other.
function covered(a, b) {
  let n = 0, hit = 0;
  for (let y = 0; y < a.bh; ++y)
    for (let x = 0; x < a.bw; ++x) {
      if (!a.ink[y * a.bw + x]) continue;
      n += 1;
      let found = false;
      for (let dy = -1; dy <= 1 && !found; ++dy)
        for (let dx = -1; dx <= 1 && !found; ++dx) {
          const xx = x + dx, yy = y + dy;
          found = xx >= 0 && yy >= 0 && xx < b.bw && yy < b.bh && b.ink[yy * b.bw + xx];
        }
      if (found) hit += 1;
    }
  return n ? hit / n : 1;
}

// The WebGL canvas alone (no HTML labels), kept in the page under `name` as
// its RGB pixels; only counts cross to node.
async function keepCanvas(page, name) {
  await page.evaluate((n) => {
    cagescope.renderNow();
    const src = cagescope.renderer.domElement;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const g = c.getContext('2d');
    g.drawImage(src, 0, 0);
    window.kept = window.kept || {};
    window.kept[n] = g.getImageData(0, 0, c.width, c.height).data;
  }, name);
}

// Pixels that are ink in `a` and not in `b` and the other way round, and
// pixels whose colour differs.
async function compareKept(page, a, b) {
  return page.evaluate((na, nb) => {
    const pa = window.kept[na], pb = window.kept[nb];
    const ink = (p, i) => 765 - p[i] - p[i + 1] - p[i + 2] > 60;
    let onlyA = 0, onlyB = 0, differ = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const ia = ink(pa, i), ib = ink(pb, i);
      if (ia && !ib) onlyA += 1;
      if (ib && !ia) onlyB += 1;
      if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 30) differ += 1;
    }
    return { onlyA, onlyB, differ };
  }, a, b);
}

async function viewShot(page, file) {
  const view = await page.$('.cs-view');
  const b64 = await view.screenshot({ encoding: 'base64' });
  if (file) fs.writeFileSync(file, Buffer.from(b64, 'base64'));
  return 'data:image/png;base64,' + b64;
}

// The PNG cagescope renders for the page's own camera and canvas size.
function referencePng(o, figure, sidecar, state, file) {
  const s = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  s.camera = { preset: s.camera.preset, projection: state.projection, azimuth: state.azimuth,
    elevation: state.elevation, distance: state.distance, fov_y: state.fov_y, target: state.target };
  s.image.width = state.width;
  s.image.height = state.height;
  s.hidden_layers = ['caption'];
  const from = file.replace(/\.png$/, '.request.json');
  fs.writeFileSync(from, JSON.stringify(s));
  cagescope(o.cagescope, ['render', '--from', from, '--out', file, '--quiet']);
  return 'data:image/png;base64,' + fs.readFileSync(file).toString('base64');
}

async function testPages(o) {
  const dir = path.join(o.work, 'pages');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  cagescope(o.cagescope, ['render', '--all', '--format', 'html', '--out-dir', dir, '--quiet']);
  const figures = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(3, -5))
    .filter((f) => !o.only || o.only.split(',').includes(f));  // --only 7,9 while working on two
  check(o.only || figures.length >= 13, 'render --all --format html wrote ' + figures.length + ' pages');
  const browser = await launch();
  try {
    for (const figure of figures) {
      const what = 'fig. ' + figure + ': ';
      const { page, problems } = await openPage(browser, 'file://' + path.join(dir, 'fig' + figure + '.html'),
        () => window.cagescope && window.cagescope.renderCount > 0);
      check(problems.length === 0, what + 'the page loads cleanly: ' + problems.join('; '));
      if (figure === '3b') await page.screenshot({ path: path.join(o.work, 'page-fig3b.png') });  // README's

      // Ink where the PNG of the same camera has ink, and none where it has none.
      const state = await page.evaluate(() => cagescope.cameraState());
      const shot = await viewShot(page, path.join(dir, 'fig' + figure + '.page.png'));
      const png = referencePng(o, figure, path.join(dir, 'fig' + figure + '.json'), state,
        path.join(dir, 'fig' + figure + '.reference.png'));
      const pageInk = await inkBlocks(page, shot);
      const pngInk = await inkBlocks(page, png);
      const recall = covered(pngInk, pageInk), precision = covered(pageInk, pngInk);
      console.log(what + 'ink of the PNG found on the page ' + recall.toFixed(3) + ', page ink in the PNG ' +
        precision.toFixed(3));
      check(recall >= 0.9 && precision >= 0.9, what + 'the page shows what the PNG of its camera shows ' +
        '(recall ' + recall.toFixed(3) + ', precision ' + precision.toFixed(3) + ', both should be >= 0.9)');

      // Hiding a layer takes its pixels away and adds none: the layers with
      // the most drawn primitives first, until one shows (faint ones may not).
      const candidates = await page.evaluate(() => {
        const d = cagescope.data, count = {};
        const runs = d.frames[cagescope.frame];
        for (let r = 0; r < runs.length; r += 2)
          for (let i = runs[r]; i < runs[r] + runs[r + 1]; ++i)
            if (d.primitives[i].k !== 't') count[d.primitives[i].l] = (count[d.primitives[i].l] || 0) + 1;
        return Object.keys(count).sort((a, b) => count[b] - count[a]).slice(0, 4).map((l) => d.layers[l].id);
      });
      await keepCanvas(page, 'before');
      let best = null;
      for (const layer of candidates) {
        await page.evaluate((l) => cagescope.setLayerVisible(l, false), layer);
        await keepCanvas(page, 'after');
        await page.evaluate((l) => cagescope.setLayerVisible(l, true), layer);
        const c = await compareKept(page, 'before', 'after');
        best = { layer, removed: c.onlyA, added: c.onlyB };
        if (best.removed >= 100) break;
      }
      check(best && best.removed >= 100 && best.added <= best.removed * 0.1,
        what + 'hiding layer ' + (best && best.layer) + ' removes its pixels (' + (best && best.removed) +
        ' removed, ' + (best && best.added) + ' added)');
      const box = await page.$('input[data-layer="' + best.layer + '"]');
      await box.click();
      const unticked = await page.evaluate((l) => !!cagescope.hidden[l], best.layer);
      check(unticked, what + 'its checkbox hides layer ' + best.layer);
      await box.click();

      // Hiding a layer hides its labels too (HTML over the canvas).
      const labels = await page.evaluate(() => {
        const d = cagescope.data, count = {};
        const runs = d.frames[cagescope.frame];
        for (let r = 0; r < runs.length; r += 2)
          for (let i = runs[r]; i < runs[r] + runs[r + 1]; ++i)
            if (d.primitives[i].k === 't') count[d.primitives[i].l] = (count[d.primitives[i].l] || 0) + 1;
        const l = Object.keys(count).sort((a, b) => count[b] - count[a])[0];
        if (l === undefined) return null;
        const shown = () => Array.from(document.querySelectorAll('.cs-anchor')).filter((e) => e.style.display !== 'none').length;
        const labelsOnly = () => cagescope.labels.render(cagescope.scene, cagescope.camera);  // no WebGL frame needed
        labelsOnly();
        const before = shown();
        cagescope.setLayerVisible(d.layers[l].id, false);
        labelsOnly();
        const after = shown();
        cagescope.setLayerVisible(d.layers[l].id, true);
        labelsOnly();
        return { layer: d.layers[l].id, labels: count[l], before, after, restored: shown() };
      });
      if (labels) check(labels.before - labels.after === labels.labels && labels.restored === labels.before,
        what + 'hiding layer ' + labels.layer + ' hides its ' + labels.labels + ' labels: ' + JSON.stringify(labels));

      // A step of the animation changes the picture.
      const steps = await page.evaluate(() => cagescope.data.steps);
      if (steps > 1) {
        await page.evaluate(() => cagescope.setFrame(1));
        await keepCanvas(page, 'first');
        await page.evaluate(() => cagescope.setFrame(cagescope.data.steps));
        await keepCanvas(page, 'last');
        const c = await compareKept(page, 'first', 'last');
        check(c.differ > 200, what + 'the last step differs from the first (' + c.differ + ' pixels)');
      }

      // Hover names what is under the pointer, as the viewer's tooltip does.
      const hover = await page.evaluate(() => {
        const d = cagescope.data;
        const runs = d.frames[cagescope.frame];
        for (let r = 0; r < runs.length; r += 2)
          for (let i = runs[r]; i < runs[r] + runs[r + 1]; ++i) {
            const p = d.primitives[i];
            if (p.k !== 's' || cagescope.hidden[d.layers[p.l].id]) continue;
            const at = new THREE.Vector3(p.p[0], p.p[1], p.p[2]).project(cagescope.camera);
            const x = (at.x + 1) / 2 * cagescope.dom.view.clientWidth, y = (1 - at.y) / 2 * cagescope.dom.view.clientHeight;
            const picked = cagescope.pick(x, y);
            return picked ? { layer: d.layers[picked.l].name, html: cagescope.tooltipHtml(picked) } : { none: p.id };
          }
        return null;
      });
      if (hover) check(hover.html && hover.html.indexOf(hover.layer) >= 0 && /at \(/.test(hover.html),
        what + 'hovering a sphere names it and where it is: ' + JSON.stringify(hover));
      check(problems.length === 0, what + 'no errors while used: ' + problems.join('; '));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function testExplorer(o) {
  const index = path.join(o.explorer, 'index.html');
  check(fs.existsSync(index), index + ' exists (cmake --preset web && cmake --build --preset web)');
  if (!fs.existsSync(index)) return;
  const numbers = JSON.parse(cagescope(o.cagescope, ['numbers', '--json']));
  const value = (symbol) => numbers.find((d) => d.symbol === symbol).value;
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser, 'file://' + index + '#figure=7',
      () => window.explorer && window.explorer.rebuilds > 0 && explorer.page.renderCount > 0);
    check(problems.length === 0, 'the explorer loads cleanly: ' + problems.join('; '));
    const rebuilds = () => page.evaluate(() => explorer.rebuilds);
    const text = (sel) => page.evaluate((s) => document.querySelector(s).textContent, sel);

    // Moving the Ω_z slider rebuilds Fig. 7 in the C++ model.
    const before = await rebuilds();
    await keepCanvas(page, 'omega-before');
    await page.evaluate(() => {
      const s = document.querySelector('input[data-option="omega-z"]');
      s.value = 20;
      s.dispatchEvent(new Event('input'));
    });
    await page.waitForFunction((n) => explorer.rebuilds > n, { timeout: 30000 }, before);
    const caption = await text('.cs-caption');
    check(/cosΩz = 0\.9397/.test(caption), 'Ω_z = 20° reaches the caption (cos 20° = 0.9397): ' + caption);
    await keepCanvas(page, 'omega-after');
    const { differ } = await compareKept(page, 'omega-before', 'omega-after');
    check(differ > 1000, 'the picture changes with Ω_z (' + differ + ' pixels)');

    // The materials: the caption's Ω_z, V and Tg° are cagescope numbers' values.
    for (const m of ['PP', 'As2S3']) {
      const n = await rebuilds();
      await page.select('select[data-option="material"]', m);
      await page.waitForFunction((k) => explorer.rebuilds > k, { timeout: 30000 }, n);
      const title = await text('.cs-title');
      const cap = await text('.cs-caption');
      const omega = +(/Ωz = acos\(Tg°\/Tg\) = ([\d.]+)°/.exec(title) || [])[1];
      const volume = +(/cosΩz = ([\d.]+) σ3/.exec(cap) || [])[1];
      const tg0 = +(/Tg° = (\d+) K/.exec(cap) || [])[1];
      check(omega === +value('Ω_z(' + m + ')').toFixed(1), m + ': title Ω_z ' + omega + ' = numbers ' + value('Ω_z(' + m + ')'));
      check(volume === +value('V(' + m + ')').toFixed(4), m + ': caption V ' + volume + ' = numbers ' + value('V(' + m + ')'));
      if (m === 'As2S3') check(tg0 === value('Tg°(As2S3)'), m + ': caption Tg° ' + tg0 + ' = numbers ' + value('Tg°(As2S3)'));
      if (m === 'As2S3') await viewShot(page, path.join(o.work, 'explorer-fig7.png'));
    }
    const full = await page.screenshot({ encoding: 'base64' });
    fs.writeFileSync(path.join(o.work, 'explorer.png'), Buffer.from(full, 'base64'));

    // The derivation table on the page is the table of cagescope numbers.
    await page.evaluate(() => explorer.showTables());
    const rows = await page.evaluate(() => Array.from(document.querySelectorAll('.ex-numbers tr')).slice(1)
      .map((r) => r.children[0].textContent));
    check(rows.length === numbers.length && rows.every((s, i) => s === numbers[i].symbol),
      'the page lists the ' + numbers.length + ' rows of cagescope numbers (' + rows.length + ' shown)');

    // Every figure loads; the glass region says why it cannot.
    const figures = await page.evaluate(() => explorer.catalogue.figures.map((f) => ({ id: f.id, paper: f.in_paper })));
    for (const f of figures) {
      const n = await rebuilds();
      const result = await page.evaluate((id) => {
        explorer.selectFigure(id);
        return { error: explorer.error.textContent, frames: explorer.page.data.frames.length, figure: explorer.page.data.figure };
      }, f.id);
      if (f.paper) {
        check(!result.error && result.figure === f.id && (await rebuilds()) > n, 'fig. ' + f.id + ' loads: ' + JSON.stringify(result));
      } else {
        check(/--format png/.test(result.error), 'fig. ' + f.id + ' says what to use instead: ' + result.error);
      }
    }
    check(problems.length === 0, 'no errors in the explorer: ' + problems.join('; '));
  } finally {
    await browser.close();
  }
}

(async () => {
  const o = options();
  fs.mkdirSync(o.work, { recursive: true });
  if (o.part === 'pages') await testPages(o); else await testExplorer(o);
  console.log(failures ? failures + ' check(s) failed' : 'all checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
