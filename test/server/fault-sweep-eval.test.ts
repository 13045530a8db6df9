// Fault sweep (issue 24), exhaustive (`npm run eval`): every DocumentApp call of an insert, a reorganize, an undo, an apply.
import {faultSweepSuite} from '../support/fault-sweep-suite';

// Each call number, in both modes, before each of the four kinds: minutes, so not in the unit run.
faultSweepSuite(
  'fault sweep: cut at every DocumentApp call, then a run of each other kind (bundle)',
  {insert: Infinity, reorganize: Infinity, undo: Infinity, apply: Infinity},
);
