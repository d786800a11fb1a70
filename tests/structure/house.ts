/**
 * The house rules of DESIGN.md "Parts", as a checker over source files: every
 * import resolved (relative, `@/` alias, package, Node built-in, type-only or
 * not, dynamic too), checked against a table of which folder may import
 * which; browser globals kept out of lib/; no import circle; content scripts
 * without React or zod at run time. It takes the files as data, so a test can
 * feed it a violating file and watch it fail.
 */
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: "lib/store/db.ts". */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

/** lib/'s folders, lowest first, and the lib/ folders each may import (its own always). */
export const LIB_LAYERS: Record<string, readonly string[]> = {
  'lib/profile': [],
  'lib/vocabulary': ['lib/profile'],
  'lib/screening': ['lib/profile', 'lib/vocabulary'],
  'lib/extract': ['lib/profile', 'lib/vocabulary'],
  'lib/github': ['lib/profile', 'lib/vocabulary'],
  'lib/store': ['lib/profile', 'lib/vocabulary', 'lib/screening', 'lib/github'],
  'lib/workspace': ['lib/profile', 'lib/vocabulary', 'lib/screening', 'lib/extract', 'lib/github', 'lib/store'],
  'lib/background': ['lib/profile', 'lib/vocabulary', 'lib/screening', 'lib/extract', 'lib/github', 'lib/store', 'lib/workspace'],
  // Hand-off to the recruiter's ATS over the network (Lever's API, with an
  // injected fetch): it sends the rows workspace/ shapes, so it sits above
  // it; and workspace/ stays free of network code, as github/ keeps GitHub's.
  'lib/handoff': ['lib/profile', 'lib/vocabulary', 'lib/screening', 'lib/extract', 'lib/github', 'lib/store', 'lib/workspace'],
};

/** The packages each lib/ folder may import: what it is for, nothing that needs a browser or a UI. */
export const LIB_PACKAGES: Record<string, readonly string[]> = {
  'lib/profile': ['zod', 'github-url-detection'],
  'lib/vocabulary': [],
  'lib/screening': ['zod'],
  'lib/extract': ['github-url-detection'],
  // github-url-detection: sourcing tells a repository address from a profile or one of GitHub's own pages.
  'lib/github': ['zod', '@octokit/rest', '@octokit/plugin-throttling', '@octokit/plugin-retry', 'github-url-detection'],
  'lib/store': ['zod', 'dexie'],
  'lib/workspace': ['zod', 'papaparse'],
  'lib/background': ['zod'],
  'lib/handoff': ['zod'],
};

const ALL_LIB = Object.keys(LIB_LAYERS);

/** The other top-level folders: which project folders each may import. Packages are free there. */
const OUTER: Record<string, { folders: readonly string[]; node: boolean }> = {
  components: { folders: [...ALL_LIB, 'components', 'utils'], node: false },
  utils: { folders: [...ALL_LIB, 'utils'], node: false },
  entrypoints: { folders: [...ALL_LIB, 'components', 'utils', 'entrypoints'], node: false },
  cli: { folders: [...ALL_LIB, 'cli'], node: true },
};

/** Names that mean the live browser when nothing in the file declares them. */
const BROWSER_GLOBALS = new Set(['browser', 'chrome', 'window', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB']);

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export type Resolved =
  | { kind: 'file'; path: string }
  | { kind: 'package'; name: string }
  | { kind: 'node'; name: string }
  | { kind: 'missing'; spec: string };

/** The folder a file belongs to: "lib/store" for lib/, else its top-level folder. */
export function folderOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'lib' && parts.length > 2 ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
}

export function resolveImport(from: string, spec: string, exists: (path: string) => boolean): Resolved {
  if (NODE_BUILTINS.has(spec)) return { kind: 'node', name: spec };
  let base: string | null = null;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = normalize(join(dirname(from), spec)).replaceAll('\\', '/');
  if (base === null) {
    const parts = spec.split('/');
    return { kind: 'package', name: spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec) };
  }
  const stem = base.replace(/\.(ts|tsx|js|mjs)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`]) {
    if (exists(candidate)) return { kind: 'file', path: candidate };
  }
  return { kind: 'missing', spec };
}

interface ImportFact {
  spec: string;
  /** `import type` / `export type`: gone at run time. */
  typeOnly: boolean;
}

/** Every module a file names: static imports and re-exports, `import()` and `require()`. */
const parsedImports = new Map<string, ImportFact[]>();

export function importsOf(file: SourceFile): ImportFact[] {
  const key = `${file.path}\0${file.text}`;
  const cached = parsedImports.get(key);
  if (cached) return cached;
  const out = readImports(file);
  parsedImports.set(key, out);
  return out;
}

function readImports(file: SourceFile): ImportFact[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: ImportFact[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node)
        ? !!node.importClause?.isTypeOnly ||
          (!!node.importClause &&
            !node.importClause.name &&
            !!node.importClause.namedBindings &&
            ts.isNamedImports(node.importClause.namedBindings) &&
            node.importClause.namedBindings.elements.length > 0 &&
            node.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
        : node.isTypeOnly;
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      out.push({ spec: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        out.push({ spec: (node.arguments[0] as ts.StringLiteralLike).text, typeOnly: false });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Uses of the live browser's globals that the file does not declare itself (a parameter named `document` is fine). */
export function browserGlobalsIn(file: SourceFile): string[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const declared = new Set<string>();
  const used: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isImportSpecifier(node) || ts.isImportClause(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isPropertyDeclaration(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        ts.isParameter(parent) ||
        ts.isVariableDeclaration(parent) ||
        ts.isImportSpecifier(parent) ||
        ts.isTypeReferenceNode(parent) ||
        ts.isQualifiedName(parent) ||
        ts.isBindingElement(parent);
      if (!isName) used.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    // globalThis.chrome, globalThis['browser']
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis' && BROWSER_GLOBALS.has(node.name.text)) {
      used.push(`globalThis.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used.filter((use) => !declared.has(use.split(' ')[0]!));
}

/** Every rule of the house, over the given files; empty when the house is in order. */
export function checkHouse(
  files: readonly SourceFile[],
  options: { contentScripts?: readonly string[]; /** Other files imports may name (style sheets). */ assets?: readonly string[] } = {},
): Violation[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const assets = new Set(options.assets ?? []);
  const exists = (path: string) => byPath.has(path) || assets.has(path);
  const violations: Violation[] = [];
  const graph = new Map<string, string[]>();
  const runtimeGraph = new Map<string, string[]>();

  for (const file of files) {
    const folder = folderOf(file.path);
    const inLib = folder.startsWith('lib/');
    const edges: string[] = [];
    const runtime: string[] = [];
    if (inLib && !(folder in LIB_LAYERS)) violations.push({ file: file.path, rule: 'lib/ is folders', detail: `${folder} is not one of lib/'s folders (${ALL_LIB.join(', ')})` });
    if (folder === 'lib') violations.push({ file: file.path, rule: 'lib/ is folders', detail: 'a loose file at the top of lib/' });
    if (inLib && file.path.endsWith('.tsx')) violations.push({ file: file.path, rule: 'lib/ is plain TypeScript', detail: 'a .tsx file (views belong in components/)' });
    for (const { spec, typeOnly } of importsOf(file)) {
      const target = resolveImport(file.path, spec, exists);
      if (target.kind === 'file') {
        edges.push(target.path);
        if (!typeOnly) runtime.push(target.path);
      }
      if (inLib) {
        const allowedFolders = [folder, ...(LIB_LAYERS[folder] ?? [])];
        if (target.kind === 'file' && !allowedFolders.includes(folderOf(target.path))) {
          violations.push({ file: file.path, rule: 'arrows point one way', detail: `${folder} may not import ${target.path}` });
        } else if (target.kind === 'package' && !(LIB_PACKAGES[folder] ?? []).includes(target.name)) {
          violations.push({ file: file.path, rule: 'lib/ packages', detail: `${folder} may not import the package ${target.name}` });
        } else if (target.kind === 'node') {
          violations.push({ file: file.path, rule: 'lib/ runs in the browser too', detail: `imports Node's ${target.name}` });
        } else if (target.kind === 'missing') {
          violations.push({ file: file.path, rule: 'every import resolves', detail: `cannot resolve ${spec}` });
        }
      } else if (folder in OUTER) {
        const rule = OUTER[folder]!;
        if (target.kind === 'file' && !rule.folders.includes(folderOf(target.path))) {
          violations.push({ file: file.path, rule: 'arrows point one way', detail: `${folder} may not import ${target.path}` });
        } else if (target.kind === 'node' && !rule.node) {
          violations.push({ file: file.path, rule: 'browser code', detail: `imports Node's ${target.name}` });
        } else if (target.kind === 'missing') {
          violations.push({ file: file.path, rule: 'every import resolves', detail: `cannot resolve ${spec}` });
        }
      }
    }
    if (inLib) {
      for (const use of browserGlobalsIn(file)) violations.push({ file: file.path, rule: 'lib/ takes the browser as arguments', detail: `uses the global ${use}` });
    }
    graph.set(file.path, edges);
    runtimeGraph.set(file.path, runtime);
  }

  for (const cycle of cyclesOf(graph)) violations.push({ file: cycle[0]!, rule: 'no import circle', detail: cycle.join(' → ') });

  for (const entry of options.contentScripts ?? []) {
    for (const path of reachable(runtimeGraph, entry)) {
      for (const { spec, typeOnly } of importsOf(byPath.get(path)!)) {
        const target = resolveImport(path, spec, exists);
        if (!typeOnly && target.kind === 'package' && ['react', 'react-dom', 'zod'].includes(target.name)) {
          violations.push({ file: path, rule: 'content scripts stay tiny', detail: `${entry} loads ${target.name} through ${path}` });
        }
      }
    }
  }
  return violations;
}

function reachable(graph: ReadonlyMap<string, readonly string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const path = stack.pop()!;
    if (seen.has(path) || !graph.has(path)) continue;
    seen.add(path);
    stack.push(...graph.get(path)!);
  }
  return seen;
}

/** Strongly connected components of more than one file (or a file importing itself), as readable cycles. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push([...component.sort(), component[0]!]);
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) connect(v);
  return out;
}
