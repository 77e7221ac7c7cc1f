/**
 * Lighthouse 12 with its defaults (a mobile device, simulated slow 4G and CPU) on the library and
 * every quiz page, in Debian's Chromium: the four category scores, and the audits that cost points.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from '../lib/process.ts';
import { verdict, type Table } from '../lib/report.ts';
import { chromeFlags, chromePath } from '../../tests/e2e/chromium.ts';
import { installPeers, sites } from '../sites.ts';
import type { Context } from '../context.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
	/** the version that ran (from its package) */
	lighthouseVersion: string;
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

export async function lighthouse(context: Context): Promise<Table[]> {
	const site = await sites(context);
	const peers = await installPeers(context);
	const pages = site.pages.filter(({ label }) => label === 'library' || label.startsWith('quiz'));
	const rows: string[][] = [];
	const notes: string[] = [];
	let all100 = true;
	const versions = new Set<string>();
	for (const { label, path } of pages) {
		context.log(`lighthouse: ${label}`);
		const output = join(context.work, 'lighthouse.json');
		rmSync(output, { force: true });
		await runOk(
			process.execPath,
			[
				join(peers, 'lighthouse', 'cli', 'index.js'),
				site.closeReader + path,
				'--output=json',
				`--output-path=${output}`,
				'--quiet',
				`--chrome-flags=--headless=new ${chromeFlags.join(' ')}`
			],
			{ env: { ...process.env, CHROME_PATH: chromePath }, timeoutMs: 180_000 }
		);
		const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
		versions.add(report.lighthouseVersion);
		const scores = CATEGORIES.map((id) => Math.round((report.categories[id]?.score ?? 0) * 100));
		if (scores.some((score) => score < 100)) all100 = false;
		rows.push([label, ...scores.map(String)]);
		// what cost points: weighted audits that did not pass
		const lost = CATEGORIES.flatMap((id) =>
			(report.categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => report.audits[ref.id]!)
				.filter((audit) => audit.scoreDisplayMode !== 'notApplicable' && (audit.score ?? 1) < 1)
				.map((audit) => `${id}: ${audit.title} (${Math.round((audit.score ?? 0) * 100)})`)
		);
		if (lost.length > 0) notes.push(`${label} loses points on: ${lost.join('; ')}.`);
	}
	return [
		{
			title: 'Lighthouse 12 (mobile defaults)',
			intro:
				`Lighthouse ${[...versions].join(', ')} (the version each report names) with its default ` +
				'settings (mobile form factor, simulated throttling), ' +
				`driving Debian's Chromium headless, once per page; the site served on loopback, text gzipped as a ` +
				'static host sends it (the simulated slow network counts the bytes sent).',
			head: ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
			rows,
			notes: [`Goal: 100 in all four on every page: ${verdict(all100)}.`, ...notes]
		}
	];
}
