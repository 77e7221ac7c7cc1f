/**
 * One line instead of one per quote when a quiz's quotes are all missing from its article: the
 * quiz is in the wrong folder, or the article was replaced by another text.
 */
import { normalizeText } from '../text/normalize.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { quoteOccurs, type ArticleIndex } from './evidence.ts';
import type { Evidence, EvidenceItem } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

function evidenceItems(evidence: Evidence): EvidenceItem[] {
	return Array.isArray(evidence) ? evidence : [evidence];
}

/**
 * Whether a quote that is not in the article is still close to it, like a quote with a typo: at
 * least half of its pairs of neighbouring words are in the article's normalised text.
 */
function nearArticle(item: EvidenceItem, articleText: string): boolean {
	const words = normalizeText(typeof item === 'string' ? item : item.quote)
		.split(' ')
		.filter(Boolean);
	const pairs = words.slice(1).map((word, i) => `${words[i]} ${word}`);
	return (
		pairs.length > 0 &&
		pairs.filter((pair) => articleText.includes(pair)).length * 2 >= pairs.length
	);
}

/**
 * One line instead of one per quote when the quiz's quotes are all missing from its article (a quiz
 * in the wrong folder, or an article replaced by another text): none is found, and hardly any (a
 * fifth at most) is even close, as a quote with a typo would be. Decided by cheap lookups, before
 * any "closest passage" is searched for. A quiz with a single quote gets the usual message.
 */
export function allQuotesMissing(
	evidence: readonly Evidence[],
	index: ArticleIndex,
	source: YamlSource
): Diagnostic | undefined {
	const items = evidence.flatMap(evidenceItems);
	if (items.length < 2 || items.some((item) => quoteOccurs(index, item))) return undefined;
	const articleText = index.article.blocks
		.flatMap((block) => (block.kind === 'paragraph' ? [normalizeText(block.text)] : []))
		.join('\n');
	const near = items.filter((item) => nearArticle(item, articleText)).length;
	if (near > items.length / 5) return undefined;
	const title = index.article.title;
	const shortTitle = title.length > 50 ? `${title.slice(0, 49)}…` : title;
	return diagnostic(
		source.path,
		`none of the ${items.length} evidence quotes is in article.md (“${shortTitle}”) — is this quiz in the right folder, or has the article changed?`,
		{ line: 1 + source.lineOffset }
	);
}
