// The house's import boundaries as one ESLint rule. Every import is resolved to a repo folder (or a
// package name) and checked against the table below, so a new layer or a new back-edge is one line here.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// lib/ layering, read from the real imports: a folder may import only folders of a strictly lower rank.
// transcript is the vocabulary; nlp and capture sit on it; the engine reads nlp; everything that coaches,
// replays, stores or exports sits on the engine; the CLI is the outermost user of lib.
export const LIB_LAYERS = {
  transcript: 0,
  nlp: 1,
  capture: 1,
  learn: 1,
  engine: 2,
  playbook: 3,
  formats: 3,
  practice: 3,
  nudges: 4,
  session: 5,
  store: 6,
  debrief: 6,
  export: 7,
  cli: 8,
};

// Packages that need a browser, a page or the extension runtime. lib/ is pure and runs in plain Node.
const EXTENSION_PACKAGES = /^(react|react-dom|wxt|webextension-polyfill|@wxt-dev\/[^/]+|idb|zustand\/react)(\/|$)/;
const BROWSER_PACKAGES = /^(wxt|webextension-polyfill|@wxt-dev\/[^/]+)(\/|$)/;
const ALIAS = /^(@@|~~|@|~)(\/|$)/;

/** The repo-relative path an import points at, or null for a package. */
function target(fromFile, specifier) {
  if (specifier.startsWith('.'))
    return relative(root, resolve(dirname(fromFile), specifier))
      .split(sep)
      .join('/');
  if (ALIAS.test(specifier)) return specifier.replace(ALIAS, '');
  return null;
}

function top(path) {
  return path.split('/')[0];
}

function libFolder(path) {
  const parts = path.split('/');
  return parts[0] === 'lib' ? parts[1] : undefined;
}

/** Why this import breaks a boundary, or undefined when it is allowed. Exported for the tests. */
export function violation(fromPath, specifier, fromAbsolute = resolve(root, fromPath), typeOnly = false) {
  const to = target(fromAbsolute, specifier);
  const area = top(fromPath);

  // IndexedDB has one owner: the background opens the store, pages reach it through utils/store-messages.ts.
  if (
    !typeOnly &&
    (area === 'entrypoints' || area === 'utils' || area === 'components') &&
    !fromPath.startsWith('entrypoints/background/')
  ) {
    if (to === 'utils/session-store.ts' || to === 'utils/session-store') {
      return 'only the background opens the call store; pages use utils/store-messages.ts';
    }
    if (specifier === 'idb' && fromPath !== 'utils/session-store.ts')
      return 'only utils/session-store.ts opens IndexedDB';
  }

  if (area === 'lib') {
    const own = libFolder(fromPath);
    if (to === null) {
      if (EXTENSION_PACKAGES.test(specifier)) return `lib/ is pure: it may not import ${specifier}`;
      if (specifier.startsWith('node:') && own !== 'cli') return `lib/${own} runs anywhere: no Node built-ins`;
      return undefined;
    }
    if (top(to) !== 'lib') return `lib/ may not import ${top(to)}/ (${specifier})`;
    const other = libFolder(to);
    if (other === undefined || other === own || !(own in LIB_LAYERS) || !(other in LIB_LAYERS)) return undefined;
    if (LIB_LAYERS[other] >= LIB_LAYERS[own]) {
      return `lib/${own} may not import lib/${other}: ${other} sits at or above ${own} in the layering`;
    }
    return undefined;
  }

  if (area === 'components') {
    if (to === null) return BROWSER_PACKAGES.test(specifier) ? `components/ render only: no ${specifier}` : undefined;
    if (top(to) === 'entrypoints') return `components/ may not import an entrypoint (${specifier})`;
    if (top(to) === 'utils') return `components/ may not import utils/ (they use the extension runtime)`;
    return undefined;
  }

  if (area === 'utils' && to !== null && (top(to) === 'entrypoints' || top(to) === 'components')) {
    return `utils/ is shared by entrypoints and may not import ${top(to)}/ (${specifier})`;
  }

  if (area === 'entrypoints' && to !== null && top(to) === 'entrypoints') {
    const own = fromPath.split('/')[1];
    const other = to.split('/')[1];
    if (own !== other)
      return `entrypoint ${own} may not import entrypoint ${other}: shared code goes to utils/ or lib/`;
  }
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep lib/ pure and layered, components/ runtime-free and entrypoints independent' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const fromPath = relative(root, file).split(sep).join('/');
    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
      const message = violation(fromPath, source.value, file, typeOnly);
      if (message) context.report({ node: source, message });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { boundaries: rule } };
