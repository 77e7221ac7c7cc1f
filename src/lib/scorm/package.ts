/**
 * A quiz as a SCORM package, packed the same way by the Studio and by `npm run export:scorm`: the
 * player page the site's build ships (routes/studio/player: the quiz page reading its quiz from a
 * file beside it) with every file it loads, the quiz's own files (`quiz.json`: its article and the
 * quiz, a test without its keys; a test's `key.json`, fetched after Submit) and `imsmanifest.xml`,
 * zipped with fflate with a fixed date and in a fixed order. No Node API and no DOM: only where the
 * player's files come from differs (the build folder, or the site the Studio runs on), so the same
 * files give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ScormVersion } from '../lms/runtime.ts';
import type { QuestionKey, QuizData } from '../quiz/types.ts';
import type { Article } from '../text/article.ts';
import { manifest } from './manifest.ts';
import { KEY_FILE, PLAYER_FILE_LIST, PLAYER_PAGE, QUIZ_FILE } from './player-paths.ts';

export { PLAYER_FILE_LIST, PLAYER_PAGE } from './player-paths.ts';
export type { ScormVersion } from '../lms/runtime.ts';

const PLAYER_FOLDER = PLAYER_PAGE.slice(0, PLAYER_PAGE.lastIndexOf('/') + 1);

/** What the player reads from `quiz.json`. */
export interface PlayedQuiz {
	article: Article;
	/** the built quiz; a test's `keys` are null (they are in `key.json`) */
	quiz: QuizData;
}

/** What can go wrong reading the player's files: said in the caller's words. */
export class PlayerFilesError extends Error {}

/**
 * The player's files, by their path in the site, read with `read` (from the build folder, or
 * fetched from the site): its list first, then each file on it.
 */
export async function readPlayer(
	read: (path: string) => Promise<Uint8Array>
): Promise<Map<string, Uint8Array>> {
	const list: unknown = JSON.parse(new TextDecoder().decode(await read(PLAYER_FILE_LIST)));
	if (!Array.isArray(list) || !list.every((path) => typeof path === 'string'))
		throw new PlayerFilesError(`${PLAYER_FILE_LIST} is not a list of files`);
	const files = await Promise.all(
		list.map(async (path: string) => [path, await read(path)] as const)
	);
	return new Map(files);
}

/** The quiz's own files in a package: `quiz.json`, and a test's `key.json`. */
export function quizFiles(article: Article, quiz: QuizData): Map<string, string> {
	const test = quiz.mode === 'test';
	const played: PlayedQuiz = { article, quiz: test ? { ...quiz, keys: null } : quiz };
	const files = new Map([[PLAYER_FOLDER + QUIZ_FILE, JSON.stringify(played)]]);
	const keys: Record<string, QuestionKey> | null = test ? quiz.keys : null;
	if (keys) files.set(PLAYER_FOLDER + KEY_FILE, JSON.stringify(keys));
	return files;
}

/** The package's file name: one per quiz and SCORM version. */
export function packageName(quiz: Pick<QuizData, 'article' | 'slug'>, version: ScormVersion) {
	return `${quiz.article}--${quiz.slug}${version === '2004' ? '--scorm2004' : ''}.zip`;
}

/** A fixed date for every entry, so the same files give byte-identical packages. */
const ENTRY_DATE = new Date('2020-01-01T00:00:00Z');

export interface ScormPackage {
	name: string;
	zip: Uint8Array;
	/** how many files it holds, its manifest included */
	files: number;
}

/**
 * The package of `quiz` (built, keys included, with its `article`) for SCORM `version`: the
 * player's files (`readPlayer`), the quiz's, and `imsmanifest.xml` first; then every other file in
 * the order of their paths.
 */
export function packScorm(
	player: ReadonlyMap<string, Uint8Array>,
	article: Article,
	quiz: QuizData,
	version: ScormVersion
): ScormPackage {
	const encoder = new TextEncoder();
	const contents = new Map(player);
	for (const [path, text] of quizFiles(article, quiz)) contents.set(path, encoder.encode(text));
	const paths = [...contents.keys()].sort();
	const manifestXml = manifest(
		{
			article: article.slug,
			articleTitle: article.title,
			slug: quiz.slug,
			title: quiz.title,
			...(quiz.passMark !== undefined && { passMark: quiz.passMark }),
			version: quiz.version
		},
		PLAYER_PAGE,
		paths,
		version
	);
	const entries: Zippable = {
		'imsmanifest.xml': [encoder.encode(manifestXml), { mtime: ENTRY_DATE }]
	};
	for (const path of paths) entries[path] = [contents.get(path)!, { mtime: ENTRY_DATE }];
	return {
		name: packageName(quiz, version),
		zip: zipSync(entries, { level: 9 }),
		files: paths.length + 1
	};
}
