/**
 * Every environment variable Close Reader reads, in one place, typed. Plain JavaScript (typed by
 * JSDoc) because svelte.config.js and scripts/run-bundled.js load it with Node as it is. Each value is
 * read when asked for, not once at start: the build sets some of them as it goes (the content store,
 * the check done), and the worker threads and processes it starts inherit them with the environment.
 */

const env = () => process.env;

/** Names of the variables the build sets for what it starts; see `setContentStore`, `markChecked`. */
const CONTENT_STORE = 'CLOSE_READER_CONTENT_STORE';
const QUESTIONS_CHECKED = 'CLOSE_READER_QUESTIONS_CHECKED';

export const config = {
	/** The questions folder: QUESTIONS_DIR (e.g. to build against a test folder) or `questions`. */
	get questionsDir() {
		return env().QUESTIONS_DIR || 'questions';
	},
	/** TEACHER_VIEW=1: a build with the teacher view (the dev server always has it). */
	get teacherViewBuild() {
		return env().TEACHER_VIEW === '1';
	},
	/** BUILD_DIR: where a web build writes the site (`build`). */
	get buildDir() {
		return env().BUILD_DIR ?? 'build';
	},
	/** SVELTEKIT_OUT_DIR: SvelteKit's own folder (`.svelte-kit`), for a second build beside the first. */
	get kitOutDir() {
		return env().SVELTEKIT_OUT_DIR ?? '.svelte-kit';
	},
	/**
	 * BASE_PATH: the path the site is served under (e.g. /close-reader on GitHub Pages), or ''.
	 * @returns {'' | `/${string}`}
	 */
	get basePath() {
		return /** @type {'' | `/${string}`} */ (env().BASE_PATH ?? '');
	},
	/** The content store a build wrote, once it is complete (content-store.ts); unset in dev and tests. */
	get contentStore() {
		return env()[CONTENT_STORE] || undefined;
	},
	/** The questions folder (resolved) a `vite build` has checked already, so it checks it once. */
	get questionsChecked() {
		return env()[QUESTIONS_CHECKED] || undefined;
	},
	/** Set by Vitest: its Vite server is not the dev server and checks no content of its own. */
	get vitest() {
		return Boolean(env().VITEST);
	},
	/**
	 * CLOSE_READER_CHECK_THREADS: how many threads `npm run check:questions` uses (1: none); unset, or
	 * not a whole number from 1, to let the checker choose.
	 * @returns {number | undefined}
	 */
	get checkThreads() {
		const asked = Number(env().CLOSE_READER_CHECK_THREADS);
		return Number.isInteger(asked) && asked >= 1 ? asked : undefined;
	},
	/** CLOSE_READER_CLI_CACHE: where scripts/run-bundled.js keeps its bundles, when not the default. */
	get cliCache() {
		return env().CLOSE_READER_CLI_CACHE || undefined;
	}
};

/**
 * Points the routes (and the worker threads started after this) at a content store.
 * @param {string} storeDir
 */
export function setContentStore(storeDir) {
	env()[CONTENT_STORE] = storeDir;
}

/**
 * Notes that a build has checked the questions folder `dir` (resolved): SvelteKit loads the Vite
 * config again for each of its builds and in the processes it starts, and they all see this.
 * @param {string} dir
 */
export function markChecked(dir) {
	env()[QUESTIONS_CHECKED] = dir;
}

/**
 * The environment for a process that builds another folder: this one's, with the questions folder
 * given.
 * @param {{ questionsDir?: string }} settings
 * @returns {NodeJS.ProcessEnv}
 */
export function environmentFor({ questionsDir }) {
	return {
		...env(),
		...(questionsDir !== undefined && { QUESTIONS_DIR: questionsDir })
	};
}
