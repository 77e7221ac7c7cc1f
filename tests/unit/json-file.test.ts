/**
 * A site's JSON file answers its page error in JSON with its status (server/json-file.ts), so that
 * the quiz page that fetched it can show that error, the dev server's list of broken files included.
 */
import { error } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '$lib/problems';
import { jsonFile } from '$lib/server/json-file';

describe('jsonFile', () => {
	it('answers the data as JSON', async () => {
		const response = jsonFile(() => ({ title: 'Tide pools' }));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		expect(await response.json()).toEqual({ title: 'Tide pools' });
	});

	it("answers a page error with its status and its body, the broken files' list too", async () => {
		const files: FileReport[] = [
			{ path: 'questions/tide-pools/article.md', role: 'article', problems: [] }
		];
		const response = jsonFile(() => error(500, { message: 'This article has errors', files }));
		expect(response.status).toBe(500);
		expect(await response.json()).toEqual({ message: 'This article has errors', files });
		const missing = jsonFile(() => error(404, "No quiz called 'tide-pools/nope'"));
		expect(missing.status).toBe(404);
		expect(await missing.json()).toEqual({ message: "No quiz called 'tide-pools/nope'" });
	});

	it('lets any other failure through', () => {
		expect(() =>
			jsonFile(() => {
				throw new TypeError('a bug');
			})
		).toThrow(TypeError);
	});
});
