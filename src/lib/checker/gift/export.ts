/**
 * Checked quizzes as Moodle GIFT, for Moodle's question bank (`npm run
 * export:gift`). One `$CATEGORY:` per article and quiz; per question a `// [id:…]` comment (Moodle's
 * ID number), the id as the title (with the points when not 1), the prompt in [markdown], the
 * answers as the type's GIFT rules give them, and the explanation with the cited quotes and their
 * ¶ numbers as general feedback (####). Types GIFT cannot hold are skipped, each with a line
 * saying why.
 */
import type { Citation } from '../../quiz/types.ts';
import type { CheckedQuiz } from '../build-quiz.ts';
import { giftPrompt } from '../part-labels.ts';
import type { GiftExport } from '../question-build.ts';
import { questionBuilds } from '../question-types.ts';
import type { QuestionSource } from '../schema.ts';
import { giftEscape } from './text.ts';
import { giftTitle } from './title.ts';

export interface GiftQuiz {
	article: { slug: string; title: string };
	slug: string;
	checked: CheckedQuiz;
}

/** The export of one question by its type's rules. */
function exportOf(source: QuestionSource): GiftExport {
	// the row is looked up by the source's own type, which is what pairs them
	const gift = questionBuilds[source.type].gift as { export(source: QuestionSource): GiftExport };
	return gift.export(source);
}

/** A category name in a $CATEGORY path: "/" separates levels, so a slash in a name is doubled. */
const categoryName = (name: string) => name.replace(/\//g, '//').replace(/\s+/g, ' ').trim();

/** The general feedback: the explanation, then each cited quote with its ¶ number. */
export function generalFeedback(explanation: string, citations: readonly Citation[]): string {
	const quotes = citations.map((citation) => `¶${citation.paragraph}: “${citation.quote}”`);
	return [explanation, ...(quotes.length > 0 ? [quotes.join('\n')] : [])].join('\n\n');
}

export interface GiftExportResult {
	text: string;
	/** questions written (a question of several blanks counts once) */
	exported: number;
	/** one line per question skipped or partly exported: `article/quiz#id (type): why` */
	lines: string[];
}

export function exportGift(quizzes: readonly GiftQuiz[]): GiftExportResult {
	const out: string[] = [
		'// Close Reader quizzes in Moodle GIFT format (npm run export:gift).',
		'// Import into Moodle: Question bank > Import > GIFT. Evidence quotes and ¶ numbers are in each',
		"// question's general feedback; question titles give the id, and the points when not 1.",
		''
	];
	const lines: string[] = [];
	let exported = 0;
	for (const quiz of quizzes) {
		out.push(
			`$CATEGORY: $course$/top/${categoryName(quiz.article.title)}/${categoryName(quiz.checked.file.title)}`,
			''
		);
		for (const { source, citations } of quiz.checked.questions) {
			const where = `${quiz.article.slug}/${quiz.slug}#${source.id} (${source.type})`;
			const result = exportOf(source);
			if ('skip' in result) {
				out.push(`// skipped: ${source.id} (${source.type}): ${result.skip}`, '');
				lines.push(`${where}: skipped: ${result.skip}`);
				continue;
			}
			const notes = [
				...(result.notes ?? []),
				...(source.hint !== undefined ? ['the hint was left out: GIFT has no hints'] : [])
			];
			for (const note of notes) lines.push(`${where}: ${note}`);
			exported++;
			const feedback = giftEscape(generalFeedback(source.explanation, citations));
			for (const item of result.questions) {
				const id = item.part ? `${source.id}-blank-${item.part.index}` : source.id;
				const title = giftTitle({
					id: source.id,
					points: source.points,
					...(item.part && { part: item.part })
				});
				out.push(
					`// [id:${id}] ${source.type}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`,
					`::${giftEscape(title)}::[markdown]${giftEscape((item.text ?? giftPrompt(source)).trimEnd())} {`,
					item.answers,
					`####[markdown]${feedback}`,
					`}${item.after !== undefined ? giftEscape(item.after) : ''}`,
					''
				);
			}
		}
	}
	return { text: out.join('\n'), exported, lines };
}
