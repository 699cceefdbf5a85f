/**
 * The strength scale of acts and the default weights of markers.
 *
 * The ordinal scale of acts follows the usual ordering of operative verbs in
 * UN resolutions (the UN Editorial Manual and the Model UN guides that teach
 * it): acts that only take note are weakest, acts that welcome or express a
 * view come next, then acts that encourage or stress, then acts that ask
 * others to act or bind the parties, and the acts that decide, demand or
 * condemn are strongest.
 *
 * | level | acts |
 * |---|---|
 * | 1 | note (also: reviewed, discussed, took note) |
 * | 1.5 | consider ("could consider supporting", "will consider convening": an act weighed, not taken) |
 * | 2 | welcome, appreciate, recall, express, express-hope, express-confidence |
 * | 3 | emphasize (stress, underline, highlight), encourage, invite, support, propose, express-concern, express-determination, express-readiness |
 * | 4 | reaffirm, commit, agree, call-upon, request |
 * | 4.5 | urge ("urges" is stronger than "calls upon" in UN practice) |
 * | 5 | decide, demand, condemn, reject |
 */
import type { MarkerKind } from '../languages/types.js';
import { deepFreeze } from '../util/freeze.js';

/** Base strength of each canonical act; see the table in the module comment and the README. @category Commitments */
export const STRENGTH_SCALE: Readonly<Record<string, number>> = /* @__PURE__ */ deepFreeze({
  note: 1,
  consider: 1.5,
  welcome: 2,
  appreciate: 2,
  recall: 2,
  express: 2,
  'express-hope': 2,
  'express-confidence': 2,
  emphasize: 3,
  encourage: 3,
  invite: 3,
  support: 3,
  propose: 3,
  'express-concern': 3,
  'express-determination': 3,
  'express-readiness': 3,
  reaffirm: 4,
  commit: 4,
  agree: 4,
  'call-upon': 4,
  // Half a level above call-upon: UN drafting treats "urges" as the more
  // insistent of the two, below "demands".
  urge: 4.5,
  request: 4,
  decide: 5,
  demand: 5,
  condemn: 5,
  reject: 5,
});

/**
 * Default weight of each marker kind, in levels of {@link STRENGTH_SCALE}.
 * Half a level for a booster, a hedge or a time-bound: "strong" commitment or
 * "immediately" moves an act halfway to the next level; two boosters
 * ("strong and unwavering") a whole level. Scope ("all") counts a quarter.
 * A negation before the act cancels it (its weight is set to minus the act's
 * base when found). Modals carry their own weight in the lexicon (must +0.5,
 * should 0, may −0.5); the default here is for user entries without one.
 * @category Commitments
 */
export const MARKER_WEIGHTS: Readonly<Record<MarkerKind, number>> = /* @__PURE__ */ deepFreeze({
  booster: 0.5,
  hedge: -0.5,
  // Any condition on when or whether the act applies weakens it as a hedge does.
  condition: -0.5,
  modal: 0,
  negation: -1,
  scope: 0.25,
  time: 0.5,
});
