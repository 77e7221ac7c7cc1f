// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	/** 'scorm' in the pages packed for an LMS (CLOSE_READER_TARGET=scorm), else 'web' (vite.config.ts) */
	const __CLOSE_READER_TARGET__: 'scorm' | 'web';
}

export {};
