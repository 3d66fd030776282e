// @ts-check
// ESLint plugin `houqin` with one rule, `boundaries`: the Nx project dependency rules at the import
// that breaks them. (@nx/eslint-plugin's enforce-module-boundaries stops at 23.x while the workspace
// runs nx 24; mixing them installs a second nx.) The rule table is tools/checks/boundary-rules.json,
// which tools/checks/boundaries.ts checks against Nx's project graph in the test suite.
//
// In a file of project P (the nearest folder with a project.json):
// - `@houqin/<name>` must name a project whose `type:` tag P's type may depend on, and its entry
//   point only (no `@houqin/<name>/src/...`);
// - a project whose type is `testOnly` (the test lib) is imported from tests only, not from src/;
// - a relative import does not reach into another project: that is imported by its package name.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { dirname, join, resolve, sep } = require('node:path');
const rules = require('../checks/boundary-rules.json');

const SCOPE = '@houqin/';

/**
 * @typedef {{ name: string, root: string, packageName: string | undefined, type: string | undefined }} Project
 * @typedef {{ byRoot: Map<string, Project>, byPackage: Map<string, Project> }} Workspace
 */

/** @type {Map<string, Workspace>} */
const workspaces = new Map();

/** @param {string} file @returns {any} */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The folder above `dir` holding nx.json (the workspace root), or undefined. @param {string} dir */
function workspaceRootOf(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'nx.json'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** Every project with a project.json one or two levels below the root (apps/x, libs/x, tools). @param {string} root */
function workspace(root) {
  let ws = workspaces.get(root);
  if (ws) return ws;
  ws = { byRoot: new Map(), byPackage: new Map() };
  const skip = new Set(['node_modules', 'dist', 'data', 'coverage', 'tmp']);
  const dirs = (/** @type {string} */ d) =>
    readdirSync(d, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !skip.has(e.name))
      .map((e) => join(d, e.name));
  for (const dir of dirs(root).flatMap((d) => [d, ...dirs(d)])) {
    if (!existsSync(join(dir, 'project.json'))) continue;
    const project = readJson(join(dir, 'project.json'));
    const pkg = existsSync(join(dir, 'package.json')) ? readJson(join(dir, 'package.json')) : {};
    const types = (project.tags ?? []).filter((/** @type {string} */ t) => t.startsWith('type:'));
    /** @type {Project} */
    const p = { name: project.name, root: dir, packageName: pkg.name, type: types.length === 1 ? types[0] : undefined };
    ws.byRoot.set(dir, p);
    if (p.packageName) ws.byPackage.set(p.packageName, p);
  }
  workspaces.set(root, ws);
  return ws;
}

/** The project a path belongs to: the nearest project folder above it. @param {Workspace} ws @param {string} path */
function projectOf(ws, path) {
  for (let d = path; ; d = dirname(d)) {
    const p = ws.byRoot.get(d);
    if (p) return p;
    if (dirname(d) === d) return undefined;
  }
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the Nx project dependency rules (tools/checks/boundary-rules.json)' },
    schema: [],
    messages: {
      forbidden: '{{project}} ({{type}}) must not depend on {{target}} ({{targetType}}).',
      testOnly: '{{target}} is for tests only; production code under src/ must not import it.',
      deep: "Import {{package}} through its entry point, not '{{source}}'.",
      self: "{{project}} imports itself as '{{source}}'; use a relative import inside a project.",
      unknown: "'{{source}}' names no project of this workspace.",
      reachIn: "'{{source}}' reaches into project {{target}}; import it as {{package}}.",
    },
  },
  create(context) {
    const file = resolve(context.filename);
    const root = workspaceRootOf(dirname(file));
    if (!root) return {};
    const ws = workspace(root);
    const project = projectOf(ws, file);
    if (!project) return {}; // root config files
    const inSrc = file.startsWith(join(project.root, 'src') + sep) && !file.endsWith('.spec.ts');

    /** @param {import('estree').Node} node @param {unknown} value */
    function check(node, value) {
      if (typeof value !== 'string' || !project) return;
      const source = value;
      if (source.startsWith(SCOPE)) {
        const packageName = source.split('/').slice(0, 2).join('/');
        const target = ws.byPackage.get(packageName);
        if (!target) return context.report({ node, messageId: 'unknown', data: { source } });
        if (target === project) return context.report({ node, messageId: 'self', data: { project: project.name, source } });
        if (source !== packageName) context.report({ node, messageId: 'deep', data: { package: packageName, source } });
        if (!project.type || !target.type) return; // tools/checks/boundaries.spec.ts names the missing tag
        if (!(rules.allowed[project.type] ?? []).includes(target.type)) {
          context.report({
            node,
            messageId: 'forbidden',
            data: { project: project.name, type: project.type, target: target.name, targetType: target.type },
          });
        } else if (inSrc && rules.testOnly.includes(target.type)) {
          context.report({ node, messageId: 'testOnly', data: { target: packageName } });
        }
      } else if (source.startsWith('.')) {
        // Workspace files outside every project (jest.preset.js) are shared configuration, not code.
        const target = projectOf(ws, resolve(dirname(file), source));
        if (target && target !== project) {
          context.report({
            node,
            messageId: 'reachIn',
            data: { source, target: target.name, package: target.packageName ?? '(no package name)' },
          });
        }
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      /** `import x = require('...')` @param {any} node */
      TSExternalModuleReference: (node) => check(node.expression, node.expression.value),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isJestModule =
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'jest' &&
          callee.property.type === 'Identifier' &&
          ['mock', 'requireActual', 'doMock'].includes(callee.property.name);
        if ((isRequire || isJestModule) && arg?.type === 'Literal') check(arg, arg.value);
      },
    };
  },
};

module.exports = { meta: { name: 'houqin' }, rules: { boundaries } };
