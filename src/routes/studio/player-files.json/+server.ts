/**
 * `studio/player-files.json`: the SCORM player's files (server/scorm-player.ts), written by the
 * build from the client build's manifest. The dev server has no such build: there it is a 404, and
 * the Studio says a package needs the built site.
 */
import { error, json } from '@sveltejs/kit';
import { building } from '$app/environment';
import { clientManifest } from '$lib/server/prerender/client-build';
import { playerFiles } from '$lib/server/scorm-player';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const manifest = building ? clientManifest(__CLOSE_READER_CLIENT_MANIFEST__) : null;
	if (!manifest) error(404, 'The SCORM player is in the built site only (npm run build).');
	return json(playerFiles(manifest));
};
