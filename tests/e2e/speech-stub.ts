/**
 * A stand-in for the browser's speechSynthesis, installed before the page's scripts run: it records
 * every utterance (text, rate, voice, language), starts the next one queued, fires `start` (and,
 * if asked, a `boundary` for each of the first words), and ends an utterance only when the test
 * says (`finishUtterance`), so that a test sees each step. `cancel` fails what is queued with
 * 'interrupted', as Chrome does. `removeSpeech` takes speech away altogether.
 */
import type { Page } from '@playwright/test';

export interface Recorded {
	text: string;
	rate: number;
	voice: string | null;
	lang: string;
}

export const STUB_VOICES = [
	{ voiceURI: 'stub:en-1', name: 'Stub Ada', lang: 'en-US', default: true, localService: true },
	{ voiceURI: 'stub:en-2', name: 'Stub Ben', lang: 'en-GB', default: false, localService: true },
	{ voiceURI: 'stub:de', name: 'Stub Dora', lang: 'de-DE', default: false, localService: true }
];

export async function installSpeechStub(page: Page, { boundaries }: { boundaries: boolean }) {
	await page.addInitScript(
		({ boundaries, voices }) => {
			type Utterance = {
				text: string;
				rate: number;
				lang: string;
				voice: { voiceURI: string } | null;
				onstart: ((event: object) => void) | null;
				onend: ((event: object) => void) | null;
				onerror: ((event: { error: string }) => void) | null;
				onboundary: ((event: object) => void) | null;
			};
			const spoken: object[] = [];
			const queue: Utterance[] = [];
			let current: Utterance | null = null;
			let cancels = 0;
			const startNext = () => {
				current = queue.shift() ?? null;
				const utterance = current;
				if (!utterance) return;
				setTimeout(() => {
					if (current !== utterance) return;
					utterance.onstart?.({});
					if (!boundaries) return;
					// the first two words, as an engine with word boundaries reports them
					for (const match of [...utterance.text.matchAll(/\S+/g)].slice(0, 2))
						utterance.onboundary?.({
							name: 'word',
							charIndex: match.index,
							charLength: match[0].length
						});
				}, 0);
			};
			class StubUtterance {
				text: string;
				rate = 1;
				lang = '';
				voice: { voiceURI: string } | null = null;
				onstart = null;
				onend = null;
				onerror = null;
				onboundary = null;
				constructor(text: string) {
					this.text = text;
				}
			}
			const synthesis = {
				get speaking() {
					return current !== null;
				},
				get pending() {
					return queue.length > 0;
				},
				paused: false,
				getVoices: () => voices,
				addEventListener: () => undefined,
				removeEventListener: () => undefined,
				speak(utterance: Utterance) {
					spoken.push({
						text: utterance.text,
						rate: utterance.rate,
						voice: utterance.voice?.voiceURI ?? null,
						lang: utterance.lang
					});
					queue.push(utterance);
					if (!current) startNext();
				},
				cancel() {
					cancels++;
					const dropped = [current, ...queue.splice(0)].filter((u): u is Utterance => !!u);
					current = null;
					setTimeout(() => dropped.forEach((u) => u.onerror?.({ error: 'interrupted' })), 0);
				},
				pause: () => undefined,
				resume: () => undefined
			};
			Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
			Object.defineProperty(window, 'SpeechSynthesisUtterance', {
				value: StubUtterance,
				configurable: true
			});
			Object.assign(window, {
				speechStub: {
					spoken,
					cancels: () => cancels,
					finish() {
						const utterance = current;
						if (!utterance) return false;
						utterance.onend?.({});
						if (current === utterance) startNext();
						return true;
					}
				}
			});
		},
		{ boundaries, voices: STUB_VOICES }
	);
}

/** What the stub was asked to say, in order. */
export function spoken(page: Page): Promise<Recorded[]> {
	return page.evaluate(
		() => (window as unknown as { speechStub: { spoken: Recorded[] } }).speechStub.spoken
	);
}

export function cancels(page: Page): Promise<number> {
	return page.evaluate(() =>
		(window as unknown as { speechStub: { cancels: () => number } }).speechStub.cancels()
	);
}

/** Ends the utterance being spoken (the engine reached its end); false if none was. */
export function finishUtterance(page: Page): Promise<boolean> {
	return page.evaluate(() =>
		(window as unknown as { speechStub: { finish: () => boolean } }).speechStub.finish()
	);
}

/** A browser with no speech at all. */
export async function removeSpeech(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const global = window as unknown as Record<string, unknown>;
		delete global.speechSynthesis;
		delete global.SpeechSynthesisUtterance;
	});
}
