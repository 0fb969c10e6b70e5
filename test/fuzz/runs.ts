/**
 * How many cases a fuzz suite runs and from which seed: a few hundred from a fixed seed in
 * `npm test`; `npm run fuzz` (FUZZ_CASES=100000, FUZZ_SEED=…) for the long runs.
 */
import type { Parameters as RunParameters } from 'fast-check';

export const fuzzCases = (fallback: number): number => Number(process.env.FUZZ_CASES ?? fallback);

export function fuzzParameters(cases: number): RunParameters<unknown> {
  return { numRuns: cases, seed: Number(process.env.FUZZ_SEED ?? 20240607), endOnFailure: process.env.FUZZ_CASES !== undefined };
}

/** A case that takes longer than this hangs: a gross bound, far above any real answer time. */
export const hangBoundMs = 2000;
