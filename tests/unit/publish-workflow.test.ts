// @vitest-environment node
/**
 * The GitHub Pages workflow cannot run here; this holds it to what the README promises: on every
 * push to main it checks the teacher's files (`npm run check:questions`) and builds, with the same
 * commands as .ci/run's steps and the Pages base path, and deploys with the official Pages actions;
 * the app's own tests are CI's (.ci/run), so a fork with right files publishes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
	id?: string;
}
interface Workflow {
	on: { push: { branches: string[] } };
	permissions: Record<string, string>;
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as Workflow;
const ci = readFileSync('.ci/run', 'utf8');
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const uses = (action: string) => steps.find((step) => step.uses?.split('@')[0] === action);

describe('the GitHub Pages workflow', () => {
	it('runs on every push to main, with the permissions Pages needs', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it("checks the teacher's files, then builds, then deploys; the app's tests are left to CI", () => {
		expect(Object.keys(workflow.jobs).sort()).toEqual(['build', 'deploy']);
		expect(workflow.jobs.build!.needs).toBeUndefined();
		expect(workflow.jobs.deploy!.needs).toBe('build');
		expect(steps.some((step) => step.run?.includes('.ci/run'))).toBe(false);
		for (const suite of ['npm test', 'test:e2e', 'npm run lint', 'npm run check '])
			expect(steps.some((step) => `${step.run} `.includes(suite))).toBe(false);
	});

	it('runs the commands of .ci/run (install, content check, build), and the base path from configure-pages', () => {
		const runs = workflow.jobs.build!.steps.flatMap((step) => (step.run ? [step.run] : []));
		expect(runs).toEqual([
			'npm ci --no-audit --no-fund',
			'npm run check:questions',
			'npm run build'
		]);
		expect(ci).toContain('npm ci --no-audit --no-fund');
		expect(ci).toContain('step check:questions npm run check:questions');
		expect(ci).toContain('step build npm run build');
		const build = workflow.jobs.build!.steps.find((step) => step.run === 'npm run build')!;
		const configure = uses('actions/configure-pages')!;
		expect(build.env).toEqual({ BASE_PATH: `\${{ steps.${configure.id}.outputs.base_path }}` });
	});

	it('uploads build/ and deploys it with the official Pages actions', () => {
		expect(uses('actions/upload-pages-artifact')?.with).toEqual({ path: 'build' });
		expect(uses('actions/deploy-pages')).toBeDefined();
		expect(workflow.jobs.deploy!.environment?.name).toBe('github-pages');
	});
});
