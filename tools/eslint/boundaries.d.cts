import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { boundaries: Rule.RuleModule } };
export = plugin;
