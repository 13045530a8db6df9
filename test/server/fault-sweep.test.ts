// Fault sweep (issue 24), the unit run: every DocumentApp call of an apply, a stride over the longer operations.
import {faultSweepSuite} from '../support/fault-sweep-suite';

// Every call of the apply (the shortest operation); 24 spread call numbers of the others, the first and last included.
// `npm run eval` (fault-sweep-eval.test.ts) cuts at every call of all four.
faultSweepSuite(
  'fault sweep: cut at a DocumentApp call, then a run of each other kind (bundle)',
  {insert: 24, reorganize: 24, undo: 24, apply: Infinity},
);
