/**
 * Selecting sentences in the article (an answer made of sentences, and Part B): the article's
 * sentences by id (to list a selection as ¶ number and text), shared by context from the quiz page,
 * the attempt's selection read and toggled, and the words the question and the article's selection
 * bar both use.
 */
import { createContext } from 'svelte';
import { evidenceCount } from '$lib/quiz/questions';
import type { Attempt } from '$lib/state/attempt.svelte';
import { selectedSentences, withSentenceToggled, type Selecting } from '$lib/state/selecting';
import type { ReadingView } from '$lib/state/reading-view.svelte';
import type { Article } from '$lib/text/article';
import { plural } from '$lib/text/words';
import { wrongCountText } from '../quiz/words';

export interface SentenceInfo {
	id: string;
	/** ¶ number */
	paragraph: number;
	text: string;
}

export type SentenceIndex = ReadonlyMap<string, SentenceInfo>;

/** Every sentence of the article, by id, in article order. */
export function sentenceIndex(article: Article): SentenceIndex {
	const index = new Map<string, SentenceInfo>();
	for (const block of article.blocks) {
		if (block.kind !== 'paragraph') continue;
		for (const sentence of block.sentences) {
			index.set(sentence.id, {
				id: sentence.id,
				paragraph: block.n,
				text: block.text.slice(sentence.start, sentence.end)
			});
		}
	}
	return index;
}

const [getSentences, setSentences, hasSentences] = createContext<SentenceIndex>();

export const setArticleSentences = setSentences;

/** The quiz page's article sentences; empty outside a quiz page. */
export function getArticleSentences(): SentenceIndex {
	return hasSentences() ? getSentences() : new Map();
}

/** The sentences selected so far for `selecting`. */
export function selectedFor(attempt: Attempt, selecting: Selecting): readonly string[] {
	const view = attempt.view(selecting.questionId);
	const answer = attempt.answers[selecting.questionId];
	return view ? selectedSentences(view, answer, selecting.part) : [];
}

/** Adds or removes a sentence from the answer `selecting` is for. */
export function toggleSentence(attempt: Attempt, selecting: Selecting, sentenceId: string): void {
	const view = attempt.view(selecting.questionId);
	const answer = attempt.answers[selecting.questionId];
	const toggled = view && answer && withSentenceToggled(view, answer, selecting.part, sentenceId);
	if (toggled) attempt.answer(selecting.questionId, toggled);
}

/** Sentence ids in article order (the order a student selects them in is not meaningful). */
export function inArticleOrder(ids: readonly string[], index: SentenceIndex): string[] {
	const order = [...index.keys()];
	const rank = (id: string) => {
		const at = order.indexOf(id);
		return at === -1 ? order.length : at;
	};
	return [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
}

/** "Select 2 sentences · 1 selected" */
export function countText(needed: number, selected: number): string {
	return `Select ${plural(needed, 'sentence')} · ${selected} selected`;
}

/** Said when a student selects more than asked: allowed, since scoring handles wrong picks. */
export function overText(needed: number, selected: number): string | null {
	return selected > needed ? wrongCountText(selected, needed) : null;
}

/** The id of a question's "Select in article" button, where focus returns when selecting is done. */
export function selectButtonId(selecting: Selecting): string {
	return `select-${selecting.questionId}-${selecting.part}`;
}

/** How many sentences `selecting` asks for. */
export function neededFor(attempt: Attempt, selecting: Selecting): number {
	const view = attempt.view(selecting.questionId);
	return view ? evidenceCount(view) : 1;
}

/** Stops selecting and returns the student to the question's button (scrolled into view). */
export function finishSelecting(reading: ReadingView): void {
	const selecting = reading.selecting;
	reading.select(null);
	if (!selecting) return;
	const button = document.getElementById(selectButtonId(selecting));
	button?.focus();
	button?.scrollIntoView?.({ block: 'center' });
}
