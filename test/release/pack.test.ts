// The three packages as a user gets them: `npm pack` of each (after `npm run build`), installed from the tarballs
// into an empty project (dependencies from the registry), then used there — core computes, the server starts and
// answers, the elements' embed file and manifest are in place, and the declarations resolve for TypeScript.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { ROOT, startServerProcess, tempDir } from '../docs/guide-support.js';

const run = promisify(execFile);
const PACKAGES = ['core', 'elements', 'server'] as const;

/** Runs an ES module in the project and resolves with its standard output. */
async function node(project: string, source: string): Promise<string> {
  writeFileSync(join(project, 'check.mjs'), source);
  return (await run(process.execPath, ['check.mjs'], { cwd: project })).stdout;
}

describe('npm pack: the three packages install from their tarballs and work in an empty project', () => {
  const work = tempDir('satupintu-pack-');
  const project = join(work.path, 'project');
  const tarballs: string[] = [];

  before(async () => {
    const destination = join(work.path, 'tarballs');
    mkdirSync(destination);
    mkdirSync(project);
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination, ...PACKAGES.flatMap((name) => ['-w', `packages/${name}`])], { cwd: ROOT, maxBuffer: 64 << 20 });
    for (const packed of JSON.parse(stdout) as { filename: string }[]) tarballs.push(join(destination, packed.filename));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], { cwd: project, maxBuffer: 64 << 20 });
  });

  after(() => work.remove());

  it('packs each package with its metadata: name, version, license, no private flag', () => {
    assert.lengthOf(tarballs, 3);
    for (const name of PACKAGES) {
      const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@satupintu', name, 'package.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(manifest.name, `@satupintu/${name}`);
      assert.match(String(manifest.version), /^\d+\.\d+\.\d+/);
      assert.equal(manifest.license, 'Apache-2.0');
      assert.notProperty(manifest, 'private');
      assert.isTrue(existsSync(join(project, 'node_modules/@satupintu', name, 'README.md')), `${name} has a README`);
    }
  });

  it('CAL-01 FEE-04 @satupintu/core computes a fee and a working-day deadline', async () => {
    const output = await node(project, `
      import { calculateFee, indonesiaCalendar, serviceDeadline } from '@satupintu/core';
      const fee = calculateFee('tdg', { areaM2: 40 });
      const due = serviceDeadline('tdg', { completeOn: '2026-03-16', calendar: indonesiaCalendar });
      console.log(JSON.stringify({ total: fee.ok && fee.value.total, due: due.ok && due.value.due, next: indonesiaCalendar.addWorkingDays('2026-03-17', 1) }));
    `);
    assert.deepEqual(JSON.parse(output), { total: 29_000, due: '2026-04-13', next: '2026-03-25' });
  });

  it('@satupintu/server: the installed satupintu-server starts on port 0 and its typed client reads /health', async () => {
    const data = join(work.path, 'data');
    const server = await startServerProcess({ SATUPINTU_DATA_DIR: data }, { bin: join(project, 'node_modules/.bin/satupintu-server'), cwd: project });
    try {
      const output = await node(project, `
        import { createSatupintuClient } from '@satupintu/server/client';
        const { data } = await createSatupintuClient({ baseUrl: ${JSON.stringify(server.url)} }).GET('/health');
        console.log(JSON.stringify(data));
      `);
      assert.deepEqual(JSON.parse(output), { status: 'ok', store: 'embedded' });
    } finally {
      assert.equal(await server.stop(), 0);
    }
    const openapi = JSON.parse(readFileSync(join(project, 'node_modules/@satupintu/server/openapi.json'), 'utf8')) as { openapi: string };
    assert.match(openapi.openapi, /^3\.1/);
  });

  it('@satupintu/elements: the embed file and custom-elements.json are exported', async () => {
    const output = await node(project, `
      import { readFileSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      const embed = fileURLToPath(import.meta.resolve('@satupintu/elements/satupintu-elements.js'));
      const manifest = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@satupintu/elements/custom-elements.json')), 'utf8'));
      const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
      console.log(JSON.stringify({ bytes: readFileSync(embed).length, tags }));
    `);
    const { bytes, tags } = JSON.parse(output) as { bytes: number; tags: string[] };
    assert.isAbove(bytes, 10_000);
    assert.includeMembers(tags, ['sp-permit-form', 'sp-tracking-timeline', 'sp-ikm-survey', 'sp-ikm-report']);
  });

  it('the declarations resolve: TypeScript checks a file importing all three packages', async () => {
    writeFileSync(join(project, 'check.ts'), [
      "import { calculateFee, type Result } from '@satupintu/core';",
      "import { createSatupintuClient, type SatupintuClient } from '@satupintu/server/client';",
      "import { configure } from '@satupintu/elements';",
      "const fee: Result<{ total: number }> = calculateFee('tdg', { areaM2: 40 });",
      "const api: SatupintuClient = createSatupintuClient({ baseUrl: 'http://127.0.0.1:8080' });",
      'export { fee, api, configure };',
    ].join('\n'));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    await run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--lib', 'es2022,dom', 'check.ts'], { cwd: project })
      .catch((error: { stdout?: string }) => assert.fail(`tsc: ${error.stdout ?? String(error)}`));
  });
});
