#!/usr/bin/env node
// @ts-check
// pnpm boundaries: checks the workspace's dependency boundaries (rules.js) with dependency-cruiser.
// Through its API rather than its `depcruise` command: dependency-cruiser 18 declares Node 22 and
// its command refuses older Node, while its API runs on the Node 20 this project supports (and
// reads TypeScript 6).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import { boundaryRules, cruiseOptions, typePackages } from './rules.js';

/**
 * Cruises the workspace at `root` (its packages and apps) against the boundary rules.
 * @param {string} root
 */
export async function checkBoundaries(root) {
  const roots = ['packages', 'apps'].filter((folder) => existsSync(join(root, folder)));
  const types = typePackages(root);
  const rules = boundaryRules(types);
  const result = await cruise(roots, { ...cruiseOptions, baseDir: root, validate: true, ruleSet: { forbidden: rules } });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered with text where a result was expected');
  const { violations, totalCruised } = result.output.summary;
  return { types, rules, violations, totalCruised };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const { types, rules, violations, totalCruised } = await checkBoundaries(root);
  if (violations.length) {
    for (const rule of rules) {
      const broken = violations.filter((violation) => violation.rule.name === rule.name);
      if (!broken.length) continue;
      console.error(`\n✗ ${rule.name}: ${rule.comment}`);
      // A forbidden module reached from many places: the shortest path to it, and how many others.
      for (const target of new Set(broken.map((violation) => violation.to))) {
        const [shortest, ...others] = broken.filter((violation) => violation.to === target).sort((a, b) => (a.via?.length ?? 0) - (b.via?.length ?? 0));
        const via = (shortest?.via ?? []).map((step) => step.name).slice(0, -1);
        console.error(`  ${shortest?.from} → ${target}${via.length ? `\n    via ${via.join(' → ')}` : ''}${others.length ? `\n    (and ${others.length} more module(s) reaching it)` : ''}`);
      }
    }
    console.error(`\nboundaries: ${violations.length} violation(s) in ${totalCruised} modules (rules: packages/tooling/boundaries/rules.js).`);
    process.exit(1);
  }
  console.log(`boundaries: ${totalCruised} modules, types ${types.join(', ')}: no violation.`);
}
