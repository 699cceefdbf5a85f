/**
 * fast-check settings for every property test. In CI the seed is fixed, so
 * the landing gate is reproducible; elsewhere each run draws a new seed and
 * keeps exploring (a failure prints its seed and path: pass them to
 * fc.assert to replay it, then add the case as an example test).
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20_261_129 });
