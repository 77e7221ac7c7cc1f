/**
 * Finding the learning platform's SCORM runtime the standard way (ADL's discovery algorithm: walk
 * `window.parent` up to the top, then the `opener` and its parents, looking for `API_1484_11`
 * (SCORM 2004) or `API` (SCORM 1.2)), and calling it without ever throwing: a runtime that is
 * missing, throws, or answers "false" is reported as a failed call, never as an exception.
 * No Svelte and no DOM types: a window is anything with these properties, so tests use fakes.
 */

export type ScormVersion = '1.2' | '2004';

/** What the discovery looks at on a window. Reading a property of a cross-origin window throws. */
export interface ApiHost {
	parent?: ApiHost | null;
	opener?: ApiHost | null;
	API?: unknown;
	API_1484_11?: unknown;
}

/** One SCORM runtime, whichever version: calls that report success as a boolean and never throw. */
export interface ScormCalls {
	readonly version: ScormVersion;
	initialize(): boolean;
	terminate(): boolean;
	/** the value, or null when the call failed */
	get(element: string): string | null;
	set(element: string, value: string): boolean;
	commit(): boolean;
	/** the runtime's last error code ('0' when none), for messages */
	lastError(): string;
}

type Method = (...args: string[]) => unknown;

/** SCORM's boolean results are the strings "true" and "false" (some runtimes return booleans). */
const succeeded = (result: unknown): boolean => result === 'true' || result === true;

const NAMES = {
	'1.2': {
		initialize: 'LMSInitialize',
		terminate: 'LMSFinish',
		get: 'LMSGetValue',
		set: 'LMSSetValue',
		commit: 'LMSCommit',
		lastError: 'LMSGetLastError'
	},
	'2004': {
		initialize: 'Initialize',
		terminate: 'Terminate',
		get: 'GetValue',
		set: 'SetValue',
		commit: 'Commit',
		lastError: 'GetLastError'
	}
} as const;

/** A property of a window, or undefined when reading it throws (another origin). */
function read(host: ApiHost, name: keyof ApiHost): unknown {
	try {
		return host[name];
	} catch {
		return undefined;
	}
}

function callsOf(api: unknown, version: ScormVersion): ScormCalls | null {
	if (typeof api !== 'object' || api === null) return null;
	const names = NAMES[version];
	const methods = {} as Record<keyof typeof names, Method>;
	for (const [key, name] of Object.entries(names) as [keyof typeof names, string][]) {
		const method = (api as Record<string, unknown>)[name];
		if (typeof method !== 'function') return null;
		methods[key] = (...args: string[]) => (method as Method).apply(api, args);
	}
	const attempt = (run: () => unknown): unknown => {
		try {
			return run();
		} catch {
			return undefined;
		}
	};
	return {
		version,
		initialize: () => succeeded(attempt(() => methods.initialize(''))),
		terminate: () => succeeded(attempt(() => methods.terminate(''))),
		get(element) {
			const value = attempt(() => methods.get(element));
			if (typeof value !== 'string') return null;
			// an empty answer may mean "empty" or "error": the error code tells them apart
			if (value === '' && String(attempt(() => methods.lastError()) ?? '0') !== '0') return null;
			return value;
		},
		set: (element, value) => succeeded(attempt(() => methods.set(element, value))),
		commit: () => succeeded(attempt(() => methods.commit(''))),
		lastError: () => String(attempt(() => methods.lastError()) ?? '')
	};
}

/** The runtime on this window itself, if any; SCORM 2004's first when a window has both. */
function runtimeOn(host: ApiHost): ScormCalls | null {
	return callsOf(read(host, 'API_1484_11'), '2004') ?? callsOf(read(host, 'API'), '1.2');
}

/** ADL's bound: no LMS nests frames this deep, and a loop must end. */
const MAX_LEVELS = 500;

function searchUp(start: ApiHost): ScormCalls | null {
	let host: ApiHost | null | undefined = start;
	for (let level = 0; host && level < MAX_LEVELS; level++) {
		const found = runtimeOn(host);
		if (found) return found;
		const parent = read(host, 'parent') as ApiHost | null | undefined;
		if (!parent || parent === host) return null;
		host = parent;
	}
	return null;
}

/** The nearest SCORM runtime: this window and its parents, then the window that opened it and its parents. */
export function findRuntime(win: ApiHost): ScormCalls | null {
	const found = searchUp(win);
	if (found) return found;
	const opener = read(win, 'opener') as ApiHost | null | undefined;
	return opener ? searchUp(opener) : null;
}

/** Whether something launched this page: it is in a frame, or was opened by another window. */
export function isLaunched(win: ApiHost): boolean {
	const parent = read(win, 'parent');
	return (
		(parent !== undefined && parent !== null && parent !== win) || Boolean(read(win, 'opener'))
	);
}
