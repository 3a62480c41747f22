import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_DIR = path.join(ROOT, 'bench');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const PROFILES_DIR = path.join(RESULTS_DIR, 'profiles');
/**
 * Build output. Under node_modules/.cache rather than bench/.build so that
 * `eslint bench` and `prettier --check bench` never see generated bundles
 * (both already ignore node_modules; neither reads bench/.gitignore).
 */
export const BUILD_DIR = path.join(ROOT, 'node_modules', '.cache', 'countersign-bench');
export const APP_BUILD = path.join(BUILD_DIR, 'app');
export const PAGE_BUILD = path.join(BUILD_DIR, 'page');
/** The same app, unminified, served at /readable/ so CPU profiles name real functions. */
export const READABLE_APP_BUILD = path.join(BUILD_DIR, 'app-readable');
export const READABLE_PREFIX = '/readable/';
