#!/usr/bin/env node
/**
 * npm run security: Electronegativity on the Electron code (electron/, and the build in
 * out/main + out/preload when there is one) fails the run on every finding of severity
 * MEDIUM or higher. The tool itself exits 0 whatever it finds, hence this gate.
 *
 * A finding that is no risk here is silenced on its line, with the reason:
 *   `// eng-disable CHECK_ID: why this is safe`
 * A silencing comment without a reason fails the gate too. The bundler drops comments,
 * so a finding in the build counts as silenced when the sources silence the same check
 * on the same code.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// The tool's own runner, the one its CLI calls: the CLI writes its CSV report with two
// concurrent writes (header, then rows) that garble it (seen here on out/preload), so the
// findings are read from the runner directly instead of from that file.
const electronegativity = require('@doyensec/electronegativity');
// Checks that depend on the Electron version need to be told it, or they assume 0.1.0.
const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
// It fetches Electron's release list from GitHub: a gate must give the same answer offline.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const BLOCKING = SEVERITIES.indexOf('MEDIUM');

/** A line of code as the tool quotes it, without the quotes and spacing a bundler changes. */
const normalize = (code) =>
  String(code ?? '')
    .replace(/'/g, '"')
    .replace(/\s+/g, '');

async function scan(input, label) {
  // The tool logs its attempts to reach the network (translations); the verdict below is what counts.
  const log = console.log;
  console.log = () => {};
  let report;
  try {
    report = await electronegativity({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED });
  } finally {
    console.log = log;
  }
  if (report.errors.length > 0) {
    throw new Error(`electronegativity could not read part of ${label}: ${JSON.stringify(report.errors).slice(0, 500)}`);
  }
  return report.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file === 'N/A' ? label : path.join(label, i.file),
    location: `${i.location.line}:${i.location.column}`,
    sample: i.sample,
    description: i.description,
  }));
}

/** Every `eng-disable` in the sources: its checks, its code, and whether it says why. */
function silences() {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js|cjs|mjs|html)$/.test(entry.name)) {
        fs.readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const m = /eng-disable[ \t]+([A-Za-z_ \t]+?)[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:\*\/|-->|$)/.exec(line);
            if (!m) return;
            const reason = (m[2] ?? '').trim();
            const at = line.indexOf('eng-disable');
            const commentStart = Math.max(line.lastIndexOf('//', at), line.lastIndexOf('/*', at), line.lastIndexOf('<!--', at));
            out.push({
              where: `${path.relative(root, p)}:${i + 1}`,
              line: line.trim(),
              checks: m[1].trim().split(/[ \t]+/).map((c) => c.toUpperCase()),
              code: normalize(line.slice(0, commentStart)),
              explained: reason.split(/\s+/).length >= 3,
            });
          });
      }
    }
  };
  walk(path.join(root, 'electron'));
  return out;
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-security-'));
try {
  const findings = await scan(path.join(root, 'electron'), 'electron');
  const built = ['main', 'preload'].filter((d) => fs.existsSync(path.join(root, 'out', d)));
  if (built.length > 0) {
    // Main and preload together, as they run: scanned apart, the preload alone would lack
    // the navigation limits and permission handler that main sets.
    for (const d of built) fs.cpSync(path.join(root, 'out', d), path.join(temp, d), { recursive: true });
    findings.push(...(await scan(temp, 'out')));
  }
  const silenced = silences();
  const isSilenced = (f) => silenced.some((s) => s.checks.includes(f.id) && s.code !== '' && s.code === normalize(f.sample));
  const blocking = findings.filter((f) => SEVERITIES.indexOf(f.severity) >= BLOCKING && !isSilenced(f));
  const unexplained = silenced.filter((s) => !s.explained);

  if (blocking.length > 0 || unexplained.length > 0) {
    for (const f of blocking) console.error(`${f.file}:${f.location}  ${f.id}  ${f.severity}/${f.confidence}\n    ${f.description}\n    ${f.sample ?? ''}`);
    for (const s of unexplained) console.error(`${s.where}: ${s.line}\n    an eng-disable needs its reason: eng-disable CHECK_ID: why this is safe`);
    console.error(
      `security gate: ${findings.length} findings checked, ${blocking.length} blocking` +
        (unexplained.length ? `, ${unexplained.length} silenced without a reason` : '') +
        '\nFix each one, or silence it on its line with `// eng-disable CHECK_ID: why this is safe`.',
    );
    process.exitCode = 1;
  } else {
    const below = findings.filter((f) => SEVERITIES.indexOf(f.severity) < BLOCKING).map((f) => `${f.id} ${f.severity} at ${f.file}:${f.location}`);
    console.log(
      `security gate: ${findings.length} findings checked, 0 blocking` +
        ` (${silenced.length} silenced in the sources with a reason${below.length ? `; below MEDIUM: ${below.join(', ')}` : ''})`,
    );
  }
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
