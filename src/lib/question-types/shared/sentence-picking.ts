/**
 * What the sentence picker (highlight questions and every two-part question's Part B) needs of the
 * quiz page, handed down by context: the article's sentences by id (to list a selection as ¶ number
 * and text), and the switch between reading the article and selecting its sentences (the page's
 * reading view). Also the words the picker and the article's selection bar both use.
 */
import { createContext } from 'svelte';
import type { Selecting } from '../../quiz/kit/selecting.ts';
import type { Article } from '../../text/article.ts';
import { plural } from '../../text/words.ts';

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

/** Starting and finishing selecting the article's sentences for a question (the reading view). */
export interface SentenceSelection {
	/** whether the article's sentences are being selected for `selecting` */
	isSelecting(selecting: Selecting): boolean;
	/** starts selecting for `selecting`, or stops with null */
	select(selecting: Selecting | null): void;
}

export const [getSentenceSelection, setSentenceSelection] = createContext<SentenceSelection>();

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

/** Said of a selection of the wrong size: while selecting, and by a Check, which it stops. */
export function wrongCountText(selected: number, needed: number): string {
	return `You have selected ${selected}; the question asks for ${needed}.`;
}

/** Said while selecting more than asked (allowed: a Check then says so and spends no try). */
export function overText(needed: number, selected: number): string | null {
	return selected > needed ? wrongCountText(selected, needed) : null;
}

/** The id of a question's "Select in article" button, where focus returns when selecting is done. */
export function selectButtonId(selecting: Selecting): string {
	return `select-${selecting.questionId}-${selecting.part}`;
}
