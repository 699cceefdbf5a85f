/** Options shared by the renderers, validated at the boundary. */
import type { ReportLocale, ReportOptions } from '../types/report.js';
import { MESSAGES } from './locale/index.js';
import { describe, expectKnownOptions, expectOneOf, expectOptionsObject } from '../util/validate.js';

/** The report locales, in the order help texts list them. @category Reports */
export const REPORT_LOCALES = ['en', 'ar', 'ru'] as const satisfies readonly ReportLocale[];

/** Report options with defaults applied. */
export interface ResolvedReportOptions {
  hideUnchanged: boolean;
  hideCosmetic: boolean;
  title: string;
  oldLabel: string;
  newLabel: string;
  view: 'inline' | 'side-by-side' | 'both';
  locale: ReportLocale;
}

/** A boolean option, or `fallback` when undefined. */
export function bool(name: string, value: unknown, fallback = false): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`\`${name}\` must be a boolean, received ${describe(value)}`);
  return value;
}

/** A string option, or `fallback` when undefined. */
export function str(name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new TypeError(`\`${name}\` must be a string, received ${describe(value)}`);
  return value;
}

/** Validate report options and apply defaults. */
export function resolveReportOptions(options: ReportOptions | undefined): ResolvedReportOptions {
  expectOptionsObject('options', options);
  expectKnownOptions('options', options, ['hideUnchanged', 'hideCosmetic', 'title', 'oldLabel', 'newLabel', 'view', 'locale']);
  const locale = expectOneOf('options.locale', options?.locale, REPORT_LOCALES) ?? 'en';
  const m = MESSAGES[locale];
  return {
    hideUnchanged: bool('options.hideUnchanged', options?.hideUnchanged),
    hideCosmetic: bool('options.hideCosmetic', options?.hideCosmetic),
    title: str('options.title', options?.title, m.title.pair),
    oldLabel: str('options.oldLabel', options?.oldLabel, m.side.old),
    newLabel: str('options.newLabel', options?.newLabel, m.side.new),
    view: expectOneOf('options.view', options?.view, ['inline', 'side-by-side', 'both'] as const) ?? 'both',
    locale,
  };
}
