import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const script = fileURLToPath(new URL('../scaffold/new-widget.js', import.meta.url));
// The files the scaffold edits, copied into a scratch tree so the real repository is untouched.
const edited = ['packages/core/src/schemas', 'packages/core/src/fixtures', 'apps/storybook/package.json'];

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-widget-'));
  for (const path of edited) cpSync(join(repo, path), join(root, path), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => execFileSync('node', [script, ...args, '--root', root], { encoding: 'utf8', stdio: 'pipe' });
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('pnpm new:widget', () => {
  it('creates the standard file set, named after the widget', () => {
    run('idea-board', '--title', 'Idea board');
    for (const file of ['package.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'src/idea-board.ts', 'src/idea-board.styles.ts', 'src/define.ts', 'src/strings.ts', 'test/idea-board.browser.test.ts', 'stories/idea-board.stories.ts']) {
      expect(existsSync(join(root, 'packages/idea-board', file)), file).toBe(true);
    }
    expect(JSON.parse(read('packages/idea-board/package.json')).name).toBe('@participe/idea-board');
    expect(read('packages/idea-board/src/define.ts')).toContain("customElements.define('participe-idea-board', ParticipeIdeaBoard)");
    expect(read('packages/idea-board/src/idea-board.ts')).toContain("import('@participe/core/schemas/idea-board')");
    expect(read('packages/idea-board/stories/idea-board.stories.ts')).toContain("title: 'Widgets/Idea board'");
    expect(read('packages/core/src/schemas/idea-board.ts')).toContain("initiativeOf('idea-board', IdeaBoardDefinition)");
    expect(read('packages/core/src/fixtures/idea-board.ts')).toContain('export const ideaBoardExample');
    expect(`${read('packages/idea-board/src/idea-board.ts')}${read('packages/core/src/schemas/idea-board.ts')}`).not.toMatch(/__\w+__/);
  });

  it('registers the type where the collector, console and Storybook look for it', () => {
    run('idea-board');
    expect(read('packages/core/src/schemas/index.ts')).toContain("export * from './idea-board.js';");
    expect(read('packages/core/src/fixtures/index.ts')).toContain("export * from './idea-board.js';");
    expect(read('packages/core/src/schemas/registry.ts')).toMatch(/'idea-board': define\(\{\s+definition: IdeaBoardDefinition,/);
    expect(read('packages/core/src/schemas/staff.ts')).toMatch(/discriminatedUnion\('type', \[PageFeedbackSettings, [^\]]*IdeaBoardSettings\]\)/);
    expect(JSON.parse(read('apps/storybook/package.json')).devDependencies['@participe/idea-board']).toBe('workspace:*');
    // A planned type is already listed; a new kind of widget joins the list.
    expect(read('packages/core/src/schemas/initiative.ts').match(/'idea-board'/g)).toHaveLength(1);
    run('town-map');
    expect(read('packages/core/src/schemas/initiative.ts')).toContain("'petition', 'town-map']");
  });

  it('keeps a schema already written in core for that type', () => {
    const before = ['schemas/survey.ts', 'schemas/registry.ts', 'schemas/staff.ts', 'fixtures/index.ts'].map((file) => read(`packages/core/src/${file}`));
    expect(run('survey')).toContain('kept as is');
    expect(['schemas/survey.ts', 'schemas/registry.ts', 'schemas/staff.ts', 'fixtures/index.ts'].map((file) => read(`packages/core/src/${file}`))).toEqual(before);
    expect(existsSync(join(root, 'packages/survey/src/survey.ts'))).toBe(true);
  });

  it('refuses bad or taken names', () => {
    expect(() => run('Idea_Board')).toThrow(/lowercase words joined by hyphens/);
    run('idea-board');
    expect(() => run('idea-board')).toThrow(/already exists/);
  });
});
