// `npm test`: typecheck, lint, unit tests, build, browser tests on the built extension. Every stage runs
// even when an earlier one fails, and the last line is the plain "N passed, N failed" total.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function countStage(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`FAILED: ${label}`);
  }
  return ok;
}

function countVitest(report, ok, label) {
  if (!existsSync(report)) return countStage(label, false);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that fails to load has no tests to count but must still fail the run.
  if (!ok && result.numFailedTests === 0) failed += Math.max(1, result.numFailedTestSuites ?? 0);
  rmSync(report, { force: true });
  return ok;
}

countStage(
  'typecheck',
  run('typecheck (tsc, and lib/ again without the DOM)', 'npm', ['run', '--silent', 'typecheck']),
);
countStage('lint', run('lint (eslint, prettier --check)', 'npm', ['run', '--silent', 'lint']));

const unitReport = '.vitest-unit.json';
countVitest(
  unitReport,
  run('unit, adapter and component tests (vitest)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${unitReport}`,
  ]),
  'unit tests',
);

// The shipped models are what `npm run train` makes from the corpora: retrain and compare (a few minutes).
countStage(
  'training reproduces the committed weights',
  run('training reproduces the committed weights (npm run train -- --check)', 'npx', [
    'tsx',
    'tests/learn/train.ts',
    '--check',
  ]),
);
countStage(
  'evaluation runs',
  run('evaluation on the test split (npm run eval -- --quick)', 'npx', ['tsx', 'tests/eval/run.ts', '--quick']),
);

const built = countStage('build', run('build the extension (wxt build)', 'npx', ['wxt', 'build']));
if (!built) {
  failed += 1;
  console.log('FAILED: browser tests skipped because the build failed');
} else if (!ensureChromium()) {
  countStage('browser tests need Chromium', false);
} else {
  const e2eReport = '.vitest-e2e.json';
  countVitest(
    e2eReport,
    run('browser tests: built extension in Chromium', 'npx', [
      'vitest',
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${e2eReport}`,
    ]),
    'browser tests',
  );
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
