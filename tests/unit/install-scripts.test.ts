// @vitest-environment node
/**
 * `npm install` / `npm ci` (npm 11) end with a warning for each dependency whose install script
 * package.json's `allowScripts` does not cover; a teacher cannot tell whether to worry. This holds
 * the field to the lockfile: every package there with an install script is named, by name (the
 * lockfile has no `resolved` URLs, so npm could not match a pinned `name@version` entry).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
	name?: string;
	hasInstallScript?: boolean;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
	allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, LockedPackage>;
};

describe("package.json's allowScripts", () => {
	it('allows the install script of every locked package that has one, and no other', () => {
		const withScripts = Object.entries(lock.packages)
			.filter(([path, entry]) => path !== '' && entry.hasInstallScript)
			.map(([path, entry]) => entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13));
		expect(Object.keys(pkg.allowScripts ?? {}).sort()).toEqual([...new Set(withScripts)].sort());
		expect(Object.values(pkg.allowScripts ?? {}).every((allowed) => allowed)).toBe(true);
	});
});
