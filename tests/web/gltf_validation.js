// Every figure's .glb through the Khronos glTF validator (npm gltf-validator,
// pinned in package-lock.json beside puppeteer-core): no error and no
// warning. A truncated file must be reported, so the check can fail.
//   node gltf_validation.js --cagescope EXE --work DIR
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
let validator;
try {
  validator = require('gltf-validator');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
  console.error('gltf-validator is not installed: run scripts/install-browser-test-deps.sh BUILD_DIR (' + e.message + ')');
  process.exit(2);
}

const args = process.argv.slice(2);
const o = {};
for (let i = 0; i + 1 < args.length; i += 2) o[args[i].replace(/^--/, '')] = args[i + 1];
if (!o.cagescope || !o.work) {
  console.error('usage: node gltf_validation.js --cagescope EXE --work DIR');
  process.exit(2);
}

async function validate(file) {
  return (await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), { uri: path.basename(file) })).issues;
}

(async () => {
  let failures = 0;
  const dir = path.join(o.work, 'glb');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(o.cagescope, ['render', '--all', '--format', 'glb', '--out-dir', dir, '--quiet']);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.glb'));
  if (files.length < 13) { console.error('FAILED: only ' + files.length + ' .glb files'); failures += 1; }
  for (const f of files) {
    const issues = await validate(path.join(dir, f));
    console.log(f + ': ' + issues.numErrors + ' errors, ' + issues.numWarnings + ' warnings, ' + issues.numInfos + ' infos');
    if (issues.numErrors || issues.numWarnings) {
      failures += 1;
      console.error('FAILED: ' + f + ': ' + JSON.stringify(issues.messages.slice(0, 5)));
    }
  }
  const cut = path.join(dir, 'truncated.glb.bad');
  const bytes = fs.readFileSync(path.join(dir, files[0]));
  fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const broken = await validate(cut);
  if (!broken.numErrors) { console.error('FAILED: the validator found nothing wrong with a truncated file'); failures += 1; }
  console.log(failures ? failures + ' check(s) failed' : 'all checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
