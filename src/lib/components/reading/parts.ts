/**
 * The reading supports' parts, each loaded on first use (see ../lazy.svelte.ts): the reader (the
 * speech queue and its highlight), its controls, the text settings, and the two fonts a student may
 * choose, whose stylesheets come from their @fontsource packages. None is in the script a quiz page
 * starts with.
 */
import { lazy } from '../lazy.svelte';

export const readerPart = lazy(!import.meta.env.SSR && (() => import('./read-aloud.svelte')));
export const readAloudPanelPart = lazy(
	!import.meta.env.SSR && (() => import('./ReadAloudPanel.svelte'))
);
export const textSettingsPart = lazy(
	!import.meta.env.SSR && (() => import('./TextSettings.svelte'))
);

const fonts = {
	atkinson: lazy(
		!import.meta.env.SSR &&
			(() =>
				Promise.all([
					import('@fontsource/atkinson-hyperlegible/400.css'),
					import('@fontsource/atkinson-hyperlegible/700.css')
				]))
	),
	opendyslexic: lazy(
		!import.meta.env.SSR &&
			(() =>
				Promise.all([
					import('@fontsource/opendyslexic/400.css'),
					import('@fontsource/opendyslexic/700.css')
				]))
	)
};

/**
 * Loads the stylesheet of a self-hosted font when it is chosen (the first-paint script may have
 * chosen it from storage); the others are the system's. A failed load (offline) leaves the fallback.
 */
export function loadFont(font: string | undefined): void {
	if (font === 'atkinson' || font === 'opendyslexic') fonts[font].prefetch();
}

/** Whether the browser can speak. */
export function canSpeak(): boolean {
	return 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}
