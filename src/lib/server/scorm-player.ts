/**
 * The files of the SCORM player (routes/studio/player), as the build lists them in
 * `studio/player-files.json` for the Studio and `npm run export:scorm` (lib/scorm/package.ts): its
 * page, the icon the page links to, and every file of the client build, the same set the service
 * worker keeps (SvelteKit's `build`), so the Studio can pack a package offline. A quiz's question
 * types and reading tools load on demand, so every chunk goes in, as in the packages before.
 */
import { PLAYER_PAGE } from '../scorm/player-paths.ts';
import type { Manifest } from './prerender/client-build.ts';

/** The icon app.html links to, a static file beside the build's. */
const ICON = 'favicon.svg';

export function playerFiles(manifest: Manifest): string[] {
	const build = new Set<string>();
	for (const chunk of Object.values(manifest)) {
		build.add(chunk.file);
		for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) build.add(file);
	}
	return [ICON, PLAYER_PAGE, ...[...build].sort()];
}
