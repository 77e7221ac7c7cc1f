// See https://svelte.dev/docs/kit/types#app.d.ts
import type { FileReport } from '$lib/problems';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** dev server: the files whose problems keep this page from being shown */
			files?: FileReport[];
			/** the page could not be fetched: the network is gone (src/hooks.client.ts) */
			offline?: true;
		}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** a citation shown in the article from this question: Back returns to it (a quiz page) */
			quoteJump?: { question: string };
		}
		// interface Platform {}
	}
	/** the client build's Vite manifest, read when prerendering (vite.config.ts) */
	const __CLOSE_READER_CLIENT_MANIFEST__: string;
}

export {};
