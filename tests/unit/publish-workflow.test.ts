// @vitest-environment node
/**
 * The GitHub Pages workflow cannot run here; this holds it to what the README promises: on every
 * push to main it runs the checks CI runs (.ci/run), builds with the same commands as .ci/run's
 * build step and the Pages base path, and deploys with the official Pages actions.
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

	it('runs the same checks as CI before building', () => {
		expect(workflow.jobs.check!.steps.some((step) => step.run?.includes('bash .ci/run'))).toBe(
			true
		);
		expect(workflow.jobs.build!.needs).toBe('check');
		expect(workflow.jobs.deploy!.needs).toBe('build');
	});

	it('builds with the commands of .ci/run, and the base path from configure-pages', () => {
		const runs = workflow.jobs.build!.steps.flatMap((step) => (step.run ? [step.run] : []));
		expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
		expect(ci).toContain('npm ci --no-audit --no-fund');
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
