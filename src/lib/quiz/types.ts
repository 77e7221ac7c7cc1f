/**
 * The built content: what the build-time pipeline (src/lib/server) hands the routes, and what the
 * browser receives. Plain data, serialisable by SvelteKit's loaders.
 *
 * What each type adds to a question's view and key, and what its response is, is declared in its own
 * folder (src/lib/question-types/<type>/types.ts) from the kit's shapes (quiz/kit/types.ts, re-exported
 * here for the code above the registry); the unions below are assembled from the registry.
 */
import type { QuestionTypes } from '../question-types/registry.ts';
import type { ArticleMeta } from '../text/article.ts';
import type { Rich } from '../text/inline.ts';
import type { ShuffleFlags, ViewOf, KeyOf } from './kit/types.ts';

export type {
	Citation,
	KeyCommon,
	KeyOf,
	Option,
	ShuffleFlags,
	TwoPart,
	TypeShapes,
	ViewCommon,
	ViewOf
} from './kit/types.ts';

/** Every question type's name: the rows of the registry. */
export type QuestionType = keyof QuestionTypes & string;
/** The shapes of type T, as its folder declares them. */
export type ShapesOf<T extends QuestionType> = QuestionTypes[T];

export type QuestionViewOf<T extends QuestionType> = ViewOf<ShapesOf<T>>;
export type QuestionKeyOf<T extends QuestionType> = KeyOf<ShapesOf<T>>;
/** What the student has answered to a question of type T; `null` or empty means not answered yet. */
export type ResponseOf<T extends QuestionType> = ShapesOf<T>['response'];

export type QuestionView = { [T in QuestionType]: QuestionViewOf<T> }[QuestionType];
export type QuestionKey = { [T in QuestionType]: QuestionKeyOf<T> }[QuestionType];

/**
 * The answer to a question of type T: Part A (the response) and, for two-part questions, Part B.
 * Written as a mapped type so that generic code can build one from `T` and `ResponseOf<T>`.
 */
export type AnswerOf<T extends QuestionType> = {
	[K in T]: { type: K; response: ResponseOf<K>; evidence?: string[] };
}[T];
export type Answer = AnswerOf<QuestionType>;

export type QuizMode = 'practice' | 'test';

/**
 * A question pool: the number of questions each student gets, drawn from the whole quiz, or that
 * number of each named group (questions of no named group are always shown). See quiz/pool.ts.
 */
export type PoolPick = number | Record<string, number>;

/**
 * A test's rules for submitting again: `retakes` recorded retakes after the first submission, which
 * recorded submission counts (`grade`), and what the results show after the last recorded one
 * (`review`: the right answers and explanations, or the score alone). See state/submissions.ts.
 */
export interface TestRules {
	retakes: number;
	grade: 'first' | 'best' | 'last';
	review: 'answers' | 'score';
}

export interface QuizSummary {
	slug: string;
	title: string;
	description?: Rich;
	mode: QuizMode;
	/** the questions each student answers: all of them, or as many as `pick` draws */
	questionCount: number;
	/** the points those questions carry (with `pick`, the most a draw can carry) */
	points: number;
	/** with `pick`: how many questions the draw is from, and the fewest points a draw can carry */
	pool?: { questions: number; fewestPoints: number };
}

export interface ArticleSummary extends ArticleMeta {
	paragraphCount: number;
	quizzes: QuizSummary[];
}

/** Side by side: the questions beside the article; guided: each question inside it, after its ¶. */
export type Layout = 'side-by-side' | 'guided';

/**
 * Guided reading: the layout the teacher chose, and the ¶ each question is shown after in the guided
 * layout (a question with none is shown after the article).
 */
export interface QuizLayout {
	chosen: Layout;
	after: Record<string, number>;
}

export interface QuizData extends QuizSummary {
	article: string;
	shuffle: ShuffleFlags;
	passMark?: number;
	/** draw this many questions for each student (see quiz/pool.ts); absent: every question */
	pick?: PoolPick;
	/** test mode only: retakes, which one counts, and what the results show */
	testRules?: TestRules;
	/**
	 * guided reading; absent for a test the teacher laid out side by side, where a question's place
	 * in the text would point at its evidence (such a quiz offers no switch)
	 */
	layout?: QuizLayout;
	/** every question of the quiz (the bank, when `pick` draws from it) */
	questions: QuestionView[];
	/** changes when any question changes; part of the saved-progress key */
	version: string;
	/**
	 * the hash (text/hash.ts `shortHash`) of the quiz file's text, set by the build: a handed-in
	 * results file names it, so the class view can tell a file from another version of the quiz
	 */
	fileHash?: string;
	/** null in test mode: the page fetches them from `keysPath(article, quiz)` after submission */
	keys: Record<string, QuestionKey> | null;
}

/** What a quiz page loads (its `quiz.json`, at `quizDataPath(article, quiz)`). */
export interface QuizPageData {
	/** a test without its keys */
	quiz: QuizData;
	/** the page's meta description */
	description: string;
	/** whether the site has the teacher view (the page links to it) */
	teacherView: boolean;
}
