/** An article as the site shows it: what its front matter says about it, and its blocks of text. */
import type { GlossaryTerm } from './glossary.ts';
import type { Block } from './paragraph.ts';

export interface ArticleMeta {
	slug: string;
	title: string;
	source?: string;
	author?: string;
	/** YYYY-MM-DD, or a year alone (YYYY) */
	published?: string;
	/** `published` in words ("27 March 2021"): formatted at build time, so no page formats dates */
	publishedText?: string;
	url?: string;
	credit?: string;
}

export interface Article extends ArticleMeta {
	blocks: Block[];
	/** the front matter's glossary, with each term's marked places (see glossary.ts) */
	glossary?: GlossaryTerm[];
}
