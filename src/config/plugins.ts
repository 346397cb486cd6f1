// Plugins: packages (draftlint-plugin-<name>) or local modules that export rules written with defineRule, and
// configs. Loading one runs its code, so only a config the user gave (or a trusted workspace's) names them.
import { basename, extname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../input/errors.js';
import { LANGUAGES } from '../document/types.js';
import type { Rule } from '../engine/rule.js';
import type { Config } from './config.js';

/** What a plugin module exports (as its default export, or as named exports). */
export interface Plugin {
  /** The namespace of its rule ids (`acme` gives `acme/code-name`); from the package or file name when left out. */
  name: string;
  rules: Rule[];
  configs?: Record<string, Config>;
}

export interface PluginModule {
  name?: string;
  rules?: Record<string, Rule>;
  configs?: Record<string, Config>;
}

/** Loads a plugin named in a config in `dir` (`from` names the config in errors), or takes one given as an object. */
export async function loadPlugin(spec: string | Plugin | PluginModule, dir: string, from: string): Promise<Plugin> {
  if (typeof spec !== 'string') return toPlugin(spec, spec.name ?? '', from);
  const fail = (why: string): never => {
    throw new UsageError(`${from}: plugins: "${spec}": ${why}`);
  };
  const local = spec.startsWith('.') || spec.startsWith('/');
  const target = local ? resolve(dir, spec) : pluginPackage(spec);
  let path = target;
  if (!local) {
    try {
      path = createRequire(resolve(dir, 'noop.js')).resolve(target);
    } catch {
      fail(`cannot find the package ${target} (npm install --save-dev ${target})`);
    }
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    return fail(`cannot be loaded (${(error as Error).message.split('\n')[0]})`);
  }
  const exported = (module.default && typeof module.default === 'object' ? module.default : module) as PluginModule;
  const fallback = local ? basename(path, extname(path)) : namespaceOf(target);
  return toPlugin(exported, exported.name ?? fallback, `${from}: plugins: "${spec}"`);
}

function toPlugin(module: PluginModule | Plugin, name: string, where: string): Plugin {
  const fail = (why: string): never => {
    throw new UsageError(`${where}: ${why}`);
  };
  if (!name || !/^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9-]*$/.test(name))
    fail(`"${name}" is not a plugin name (lower-case kebab-case)`);
  const entries: [string, Rule][] = Array.isArray(module.rules)
    ? module.rules.map((rule) => [localId(rule.meta.id, name), rule])
    : Object.entries(module.rules ?? {});
  if (entries.length === 0 && !module.configs) fail('exports no rules and no configs');
  const rules = entries.map(([key, rule]) => {
    const meta = rule?.meta;
    if (!meta || typeof rule.check !== 'function') fail(`rule "${key}" is not a rule made with defineRule`);
    for (const [messageId, texts] of Object.entries(meta.messages ?? {})) {
      for (const language of LANGUAGES) {
        if (typeof texts?.[language] !== 'string')
          fail(`rule "${key}": message "${messageId}" has no ${language} text`);
      }
    }
    // The id a config names: the plugin's namespace and the rule's own name, as ESLint's plugin rules are.
    const id = `${name}/${key}`;
    return id === meta.id ? rule : { meta: { ...meta, id }, check: rule.check };
  });
  return { name, rules, configs: module.configs };
}

function localId(id: string, namespace: string): string {
  return id.startsWith(`${namespace}/`) ? id.slice(namespace.length + 1) : id;
}

/** `acme` → `draftlint-plugin-acme`; `@team/acme` → `@team/draftlint-plugin-acme`; a full name stays. */
function pluginPackage(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest = ''] = name.split('/');
    return rest.startsWith('draftlint-plugin') ? name : `${scope}/draftlint-plugin${rest ? `-${rest}` : ''}`;
  }
  return name.startsWith('draftlint-plugin-') ? name : `draftlint-plugin-${name}`;
}

/** The namespace a package gives its rules: draftlint-plugin-acme → acme, @team/draftlint-plugin-x → @team/x. */
function namespaceOf(pkg: string): string {
  if (pkg.startsWith('@')) {
    const [scope, rest] = pkg.split('/');
    const short = rest.replace(/^draftlint-plugin-?/, '');
    return short ? `${scope}/${short}` : scope;
  }
  return pkg.replace(/^draftlint-plugin-/, '');
}
