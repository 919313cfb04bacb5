import type { Framework, Indicator } from './types.ts';
import { FRAMEWORK_2026_1 } from './v2026-1.ts';

export * from './types.ts';

// Every framework ever published stays here, so that old screenings still explain themselves.
export const FRAMEWORKS: Readonly<Record<string, Framework>> = { [FRAMEWORK_2026_1.version]: FRAMEWORK_2026_1 };
export const CURRENT_FRAMEWORK: Framework = FRAMEWORK_2026_1;

export function frameworkByVersion(version: string): Framework | undefined {
  return Object.hasOwn(FRAMEWORKS, version) ? FRAMEWORKS[version] : undefined;
}

export function indicatorIndex(f: Framework): Map<string, Indicator> {
  return new Map(f.indicators.map((i) => [i.code, i]));
}
