import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly the documented public API', () => {
  // A change here is a change of the public API: update README and CHANGELOG with it.
  expect(Object.keys(api).sort()).toEqual(['DEFAULT_ALIASES', 'LEXICONS', 'MARKER_WEIGHTS', 'SCHEMA_VERSION', 'STRENGTH_SCALE', 'detectLanguage', 'diffCommuniques', 'diffSeries', 'extractCommitments', 'normalizeText', 'parseCommunique', 'renderHtml', 'renderMarkdown', 'renderSeriesHtml', 'renderSeriesMarkdown', 'seriesToJSON', 'toJSON']);
});
