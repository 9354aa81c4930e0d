/**
 * How Chrome's service worker's late script is built (data/browser/late-script.sw.ts says why it exists): WXT builds
 * entrypoints/background-late.ts as an unlisted script, and this plugin makes each module of background.js that holds
 * the worker's state (SHARED_MODULES) resolve, in that build, to the registry background.js sets before importing
 * the script, instead of a copy of its own. A copy would hold a second database, data in use, set of listeners…
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

/** The entrypoint's name (its file in the extension: `/<name>.js`). */
export const LATE_ENTRY = 'background-late';
/** The first install's script (data/browser/first-install.ts), built the same way. */
export const INSTALL_ENTRY = 'background-install';

/** The modules the late script takes from background.js, by path from the root without extension (as data/browser/late-script.sw.ts's `SHARED`). */
export const SHARED_MODULES = [
  'data/browser/in-use',
  'data/browser/tab-results',
  'data/browser/controls',
  'data/browser/settings',
  'data/browser/i18n',
  'data/store/switch',
  'data/model/marks',
] as const;

const PREFIX = '\0tieline-shared:';

/** The names of a TypeScript module's value exports (types left out): what the registry's entry is read for. */
export function valueExports(source: string): string[] {
  const file = ts.createSourceFile('m.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const s of file.statements) {
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && exported(s) && s.name) {
      names.push(s.name.text);
    } else if (ts.isVariableStatement(s) && exported(s)) {
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) throw new Error('a shared module exports a destructured binding: name each export');
        names.push(d.name.text);
      }
    } else if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
      if (!s.exportClause || !ts.isNamedExports(s.exportClause)) throw new Error('a shared module re-exports `*`: name each export');
      for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    } else if (ts.isExportAssignment(s)) {
      throw new Error('a shared module has a default export');
    }
  }
  return names;
}

/** The module the late build reads in place of shared module `key`: its exports, taken from the registry. */
export function registryModule(key: string, names: readonly string[]): string {
  const entry = `globalThis.__tielineShared[${JSON.stringify(key)}]`;
  return [`const shared = ${entry};`, `if (!shared) throw new Error(${JSON.stringify(`${key} was not shared by background.js`)});`]
    .concat(names.map((n) => `export const ${n} = shared.${n};`))
    .join('\n');
}

interface ResolveContext {
  resolve(source: string, importer?: string, options?: object): Promise<{ id: string; external?: unknown } | null>;
}

/**
 * background.js's build plugin (Chrome's service worker): data/browser/late-script.ts, which bundles the late code,
 * becomes data/browser/late-script.sw.ts, which imports it as a script of its own. A plugin, not an alias: the
 * project's `@/` alias is applied first, and an alias is not applied to another's result.
 */
export function lateScriptOutside(root = process.cwd()) {
  const bundled = resolve(root, 'data/browser/late-script.ts');
  return {
    name: 'tieline:late-script-outside',
    enforce: 'pre' as const,
    async resolveId(this: ResolveContext, source: string, importer: string | undefined, options: object) {
      if (!/(^|\/)late-script$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === bundled ? resolve(root, 'data/browser/late-script.sw.ts') : null;
    },
  };
}

/** The late build's plugin (see above). */
export function sharedFromBackground(root = process.cwd()) {
  const keyOf = (id: string) => relative(root, id.split('?')[0]!).replace(/\.(ts|js|cjs)$/, '');
  return {
    name: 'tieline:shared-from-background',
    enforce: 'pre' as const,
    async resolveId(this: ResolveContext, source: string, importer: string | undefined, options: object) {
      if (source.startsWith('\0') || !importer || importer.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const key = keyOf(resolved.id);
      return (SHARED_MODULES as readonly string[]).includes(key) ? PREFIX + key : null;
    },
    load(id: string) {
      if (!id.startsWith(PREFIX)) return null;
      const key = id.slice(PREFIX.length);
      return registryModule(key, valueExports(readFileSync(resolve(root, `${key}.ts`), 'utf8')));
    },
  };
}
