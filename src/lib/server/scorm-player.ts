/**
 * The files of the SCORM player (routes/studio/player), as the build lists them in
 * `studio/player-files.json` for the Studio and `npm run export:scorm` (lib/scorm/package.ts): its
 * page, the icon the page links to, the scripts it can load (SvelteKit's start and app entries,
 * the root layout, the error page and the player, with every chunk they import or load on demand:
 * a quiz's question types, its results) and the build's stylesheets and fonts. Not the other
 * pages' scripts (the Studio's editor and checker are most of the build). All are in SvelteKit's
 * `build`, which the service worker keeps, so the Studio packs offline. Should SvelteKit's
 * generated modules ever not be recognised, the list is the whole client build: larger, never short.
 */
import { readFileSync } from 'node:fs';
import { PLAYER_PAGE } from '../scorm/player-paths.ts';
import type { Manifest } from './prerender/client-build.ts';

/** The icon app.html links to, a static file beside the build's. */
const ICON = 'favicon.svg';

/** The components of the pages the player's page is made of: SvelteKit's root nodes and its own. */
const PLAYER_COMPONENTS = [
	'src/routes/+layout.svelte',
	'src/routes/+error.svelte',
	'src/routes/studio/player/+page.svelte'
];

/** A module's source, by its key in the manifest (a path from the project's root). */
const readSource = (key: string): string => {
	try {
		return readFileSync(key, 'utf8');
	} catch {
		return '';
	}
};

/** Every file of the client build (the fallback). */
function allFiles(manifest: Manifest): Set<string> {
	const files = new Set<string>();
	for (const chunk of Object.values(manifest))
		for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
	return files;
}

/**
 * The scripts the modules `roots` need, now or on demand (the app entry's pages only as asked),
 * and every other file of the build: stylesheets and fonts are small, and some are loaded in ways
 * the manifest does not link (a dynamically imported stylesheet, the fonts its url()s name).
 */
function filesOf(manifest: Manifest, roots: string[], app: string): Set<string> {
	const files = new Set([...allFiles(manifest)].filter((file) => !file.endsWith('.js')));
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		files.add(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
		// the app entry loads every page's node on demand: the player's are among the roots
		if (key !== app) for (const imported of chunk.dynamicImports ?? []) visit(imported);
	};
	for (const root of roots) visit(root);
	return files;
}

export function playerFiles(manifest: Manifest, source: (key: string) => string = readSource) {
	const keys = Object.keys(manifest);
	const app = keys.find((key) => /\/generated\/client-optimized\/app\.js$/.test(key));
	const start = keys.find((key) => /\/entry\/start\.[^/]+\.js$/.test(manifest[key]!.file));
	const nodes = keys.filter((key) => /\/generated\/client-optimized\/nodes\/\d+\.js$/.test(key));
	const pages = PLAYER_COMPONENTS.map((component) =>
		nodes.find((key) => source(key).includes(`/${component}"`))
	);
	const known = app !== undefined && start !== undefined && pages.every((page) => page);
	const files = known
		? filesOf(manifest, [start, app, ...(pages as string[])], app)
		: allFiles(manifest);
	return [ICON, PLAYER_PAGE, ...[...files].sort()];
}
