// The CLI's `main`, loaded from a bundle of src/ that esbuild builds on the first run after a
// change to the sources. Node then starts one file instead of resolving and compiling some four
// hundred modules through tsx's loader: about 0.4 s less at every start, and the reading thread
// starts as fast. The bundle lives in node_modules/.cache/outturn/<fingerprint>/, the fingerprint
// covering the sources' folder and every source file's name, size and modification time, so an
// edited source never runs stale; two processes building at once each build apart and the first
// to finish wins.
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * What a build is made from: the sources, the settings esbuild reads, package.json (the CLI's
 * version is bundled from it) and this file.
 */
const SOURCES = [
  path.join(ROOT, 'src'),
  path.join(ROOT, 'tsconfig.json'),
  path.join(ROOT, 'package.json'),
  fileURLToPath(import.meta.url),
];
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'outturn');
/**
 * Builds unused for longer than this are removed when a new one is made. Not sooner: a process
 * still running an older build (a server left running while its sources were edited) loads its
 * reading thread and some chunks from it later.
 */
const KEEP_OLD_MS = 7 * 24 * 60 * 60 * 1000;

/** `main` from src/cli/main.ts: from a fresh bundle, or through tsx where none can be written. */
export async function loadMain() {
  const dir = await freshBuild();
  if (dir === null) {
    const { register } = await import('tsx/esm/api');
    register();
    return (await import('../src/cli/main.ts')).main;
  }
  process.setSourceMapsEnabled(true);
  return (await import(pathToFileURL(path.join(dir, 'main.js')).href)).main;
}

/**
 * The folder of the bundle built from the sources as they are now, built if need be; null when
 * there is none and the cache cannot be written (a read-only installation).
 */
async function freshBuild() {
  const dir = path.join(CACHE, fingerprint());
  if (exists(path.join(dir, 'main.js'))) {
    touch(dir);
    return dir;
  }
  if (!writable(CACHE)) return null;
  const building = `${dir}.building-${process.pid}`;
  await bundle(building, dir);
  try {
    renameSync(building, dir);
  } catch (error) {
    if (!['EEXIST', 'ENOTEMPTY'].includes(error?.code)) throw error;
    rmSync(building, { recursive: true, force: true }); // another process built it first
  }
  removeOldBuilds(dir);
  return dir;
}

/** A hash of where the sources are, and of each one's path, size and modification time. */
function fingerprint() {
  const hash = createHash('sha256').update(`${ROOT}\n`);
  const visit = (file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const name of readdirSync(file).sort()) visit(path.join(file, name));
    } else hash.update(`${path.relative(ROOT, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const source of SOURCES) visit(source);
  return hash.digest('hex').slice(0, 16);
}

/**
 * src/cli/main.ts and the reading thread (src/ingest/annex-a/lane-thread.ts) bundled into
 * `outdir`, packages left to node_modules. Each module's `import.meta.url` (and `dirname`,
 * `filename`) stays its source file's, so the files it finds beside itself (assets, shipped
 * data, scripts) are found; the reading thread is told where its own bundle will be (`final`).
 */
async function bundle(outdir, final) {
  const esbuild = await import('esbuild');
  const sourceUrl = {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const meta = {
          'import.meta.url': pathToFileURL(args.path).href,
          'import.meta.dirname': path.dirname(args.path),
          'import.meta.filename': args.path,
        };
        let contents = await readFile(args.path, 'utf8');
        for (const [name, value] of Object.entries(meta)) {
          contents = contents.replaceAll(name, JSON.stringify(value));
        }
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
  const built = esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [
      { in: 'src/cli/main.ts', out: 'main' },
      { in: 'src/ingest/annex-a/lane-thread.ts', out: 'lane-thread' },
    ],
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    define: {
      'process.env.OUTTURN_LANE_THREAD': JSON.stringify(path.join(final, 'lane-thread.js')),
    },
    plugins: [sourceUrl],
    logLevel: 'error',
  });
  // esbuild has said what is wrong, with the file and line; its stack would say nothing more
  await built.catch(() => {
    rmSync(outdir, { recursive: true, force: true });
    throw new Error('the sources do not build: see above');
  });
}

function removeOldBuilds(keep) {
  const now = Date.now();
  for (const name of readdirSync(CACHE)) {
    const dir = path.join(CACHE, name);
    if (dir === keep) continue; // a build under way is seconds old
    if (now - statSync(dir).mtimeMs > KEEP_OLD_MS) rmSync(dir, { recursive: true, force: true });
  }
}

/** Marks a build as used now (removeOldBuilds); a cache that cannot be written is still read. */
function touch(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {}
}

function writable(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
