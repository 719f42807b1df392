/**
 * bin/outturn.js runs the CLI from a bundle of the sources (bin/load-main.js): a copy of the
 * project whose source is then edited must run the edit, never the bundle built before it; and
 * a copy that cannot keep a bundle runs its sources all the same.
 */
import { execFile } from 'node:child_process';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './process.ts';

const run = promisify(execFile);
let copy: string;

/** A copy of the project's code in a new folder, its packages the project's own. */
async function copyOfProject(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'outturn-build-'));
  for (const part of ['bin', 'src', 'package.json', 'tsconfig.json'])
    await cp(path.join(ROOT, part), path.join(folder, part), { recursive: true });
  return folder;
}

beforeAll(async () => {
  copy = await copyOfProject();
  await symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
});
afterAll(() => rm(copy, { recursive: true, force: true }));

const help = async () =>
  (await run(process.execPath, [path.join(copy, 'bin/outturn.js'), '--help'])).stdout;
/** `outturn --help` in the copy, as a failure: its exit code and stderr. */
const failedHelp = () =>
  run(process.execPath, [path.join(copy, 'bin/outturn.js'), '--help']).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

describe('bin/outturn.js', () => {
  it('runs the sources as they are: an edited source (or version) is built again, not run stale', async () => {
    expect(await help()).toContain('Social care performance dashboards');
    expect(await help()).toContain('Social care performance dashboards'); // from the bundle built
    const main = path.join(copy, 'src/cli/main.ts');
    const text = await readFile(main, 'utf8');
    await writeFile(main, text.replace('Social care performance dashboards', 'Edited dashboards'));
    const edited = await help();
    expect(edited).toContain('Edited dashboards');
    expect(edited).not.toContain('Social care performance dashboards');
    const manifest = path.join(copy, 'package.json');
    const json = JSON.parse(await readFile(manifest, 'utf8'));
    await writeFile(manifest, JSON.stringify({ ...json, version: '9.8.7' }));
    const bin = path.join(copy, 'bin/outturn.js');
    expect((await run(process.execPath, [bin, '--version'])).stdout).toBe('9.8.7\n');
  });

  it('says where the sources do not build, without a stack, and exits 1', async () => {
    const file = path.join(copy, 'src/cli/usage-error.ts');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\nexport const broken = ;\n`);
    const { code, stderr } = await failedHelp();
    expect(code).toBe(1);
    expect(stderr).toContain('src/cli/usage-error.ts:');
    expect(stderr).toMatch(/outturn: the sources do not build: see above\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
    await writeFile(file, text);
    expect(await help()).toContain('Usage: outturn');
  });

  it('shows, with OUTTURN_DEBUG, the stack of a failure at the lines of the sources, not of the bundle', async () => {
    const file = path.join(copy, 'src/cli/compute.ts');
    const text = await readFile(file, 'utf8');
    const start = 'options: ComputeOptions,\n): Promise<ComputeOutput> {\n';
    expect(text).toContain(start);
    await writeFile(
      file,
      text.replace(start, `${start}  throw new Error('a deliberate failure');\n`),
    );
    const line = text.slice(0, text.indexOf(start) + start.length).split('\n').length;
    const failed = await run(
      process.execPath,
      [path.join(copy, 'bin/outturn.js'), 'compute', copy, '--as-at', '2026-03-31'],
      {
        env: { ...process.env, OUTTURN_DEBUG: '1' },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    await writeFile(file, text);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Error: a deliberate failure');
    expect(failed.stderr).toMatch(
      new RegExp(`at computeFromFiles \\(.*src/cli/compute\\.ts:${line}:\\d+\\)`),
    );
    expect(failed.stderr).not.toContain('.cache');
  });

  it('runs the sources through tsx where it cannot keep a bundle (node_modules/.cache not a folder)', async () => {
    const readOnly = await copyOfProject();
    try {
      const modules = path.join(readOnly, 'node_modules');
      await mkdir(modules);
      for (const name of await readdir(path.join(ROOT, 'node_modules'))) {
        if (name !== '.cache')
          await symlink(path.join(ROOT, 'node_modules', name), path.join(modules, name));
      }
      await writeFile(path.join(modules, '.cache'), 'not a folder');
      const bin = path.join(readOnly, 'bin/outturn.js');
      const { version } = JSON.parse(await readFile(path.join(readOnly, 'package.json'), 'utf8'));
      expect((await run(process.execPath, [bin, '--version'])).stdout).toBe(`${version}\n`);
      expect((await stat(path.join(modules, '.cache'))).isFile()).toBe(true);
    } finally {
      await rm(readOnly, { recursive: true, force: true });
    }
  });
});
