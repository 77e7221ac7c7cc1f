// @vitest-environment node
/**
 * The environment is read in one place: config.js gives each variable typed, read when asked for
 * (the build sets some as it goes), and no other file of the app, its scripts or its configs reads
 * `process.env`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { config, environmentFor, markChecked, setContentStore } from '$lib/server/config.js';

const saved = { ...process.env };
afterEach(() => {
	for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
	Object.assign(process.env, saved);
});

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

describe('config', () => {
	it('reads each variable when asked, with its default when unset', () => {
		delete process.env.QUESTIONS_DIR;
		delete process.env.CLOSE_READER_CHECK_THREADS;
		expect(config.questionsDir).toBe('questions');
		expect(config.checkThreads).toBeUndefined();
		process.env.QUESTIONS_DIR = 'elsewhere';
		process.env.CLOSE_READER_CHECK_THREADS = '3';
		expect(config.questionsDir).toBe('elsewhere');
		expect(config.checkThreads).toBe(3);
		process.env.CLOSE_READER_CHECK_THREADS = 'many';
		expect(config.checkThreads).toBeUndefined();
	});

	it('hands what the build sets to the processes it starts, through the environment', () => {
		setContentStore('/tmp/store');
		markChecked('/tmp/questions');
		expect(config.contentStore).toBe('/tmp/store');
		expect(config.questionsChecked).toBe('/tmp/questions');
		const env = environmentFor({ questionsDir: '/q' });
		expect(env).toMatchObject({
			QUESTIONS_DIR: '/q',
			CLOSE_READER_CONTENT_STORE: '/tmp/store'
		});
	});

	it('is the only file that reads the environment', () => {
		const files = [
			...filesUnder('src'),
			...filesUnder('scripts'),
			'svelte.config.js',
			'vite.config.ts'
		].filter((path) => /\.(ts|js|svelte)$/.test(path));
		const reading = files.filter((path) => /process\.env/.test(readFileSync(path, 'utf8')));
		expect(reading).toEqual(['src/lib/server/config.js']);
	});
});
