// The pending changesets release the three packages: `changeset version` run in a temporary copy of the workspace's
// manifests and .changeset/ bumps each package, writes its CHANGELOG.md and updates the internal dependency ranges.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { ROOT, tempDir } from '../docs/guide-support.js';

const PACKAGES = ['core', 'elements', 'server'] as const;

interface Manifest {
  readonly version: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
}

const manifest = (root: string, name: string): Manifest => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest;

describe('changesets: the pending changesets version the three packages', () => {
  const copy = tempDir('satupintu-changesets-');

  before(async () => {
    cpSync(join(ROOT, 'package.json'), join(copy.path, 'package.json'));
    cpSync(join(ROOT, '.changeset'), join(copy.path, '.changeset'), { recursive: true });
    for (const name of PACKAGES) {
      mkdirSync(join(copy.path, 'packages', name), { recursive: true });
      cpSync(join(ROOT, 'packages', name, 'package.json'), join(copy.path, 'packages', name, 'package.json'));
    }
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: copy.path });
  });

  after(() => copy.remove());

  it('publishes publicly and names every package in a pending changeset', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.changeset/config.json'), 'utf8')) as { access: string };
    assert.equal(config.access, 'public');
    const named = readdirSync(join(ROOT, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md')
      .map((file) => readFileSync(join(ROOT, '.changeset', file), 'utf8'))
      .flatMap((text) => [...text.matchAll(/^"(@satupintu\/[a-z-]+)": (?:patch|minor|major)$/gm)].map((match) => match[1]));
    assert.includeMembers(named, PACKAGES.map((name) => `@satupintu/${name}`));
  });

  it('bumps each package, writes its changelog and consumes the changesets', () => {
    for (const name of PACKAGES) {
      const before = manifest(ROOT, name);
      const after = manifest(copy.path, name);
      assert.notEqual(after.version, before.version, `${name} is bumped`);
      assert.notProperty(after, 'private', `${name} is publishable`);
      const changelog = readFileSync(join(copy.path, 'packages', name, 'CHANGELOG.md'), 'utf8');
      assert.include(changelog, `# @satupintu/${name}\n\n## ${after.version}`);
    }
    assert.deepEqual(readdirSync(join(copy.path, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md'), []);
    assert.isFalse(existsSync(join(copy.path, 'CHANGELOG.md')), 'the private root is not released');
  });

  it('updates the internal dependency on core to the new version', () => {
    const core = manifest(copy.path, 'core').version;
    for (const name of ['elements', 'server'] as const) {
      assert.include(manifest(copy.path, name).dependencies?.['@satupintu/core'] ?? '', core);
    }
  });
});
