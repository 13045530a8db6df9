// The haul a newcomer can try at once: real papers the offline replay holds and the sample doc lacks, plus one it has.

/** Two ids the paste box shows as examples: both insert into the sample doc, online or offline. */
export const EXAMPLE_PASTE =
  'https://arxiv.org/abs/2507.10541\narXiv:2301.05651\n…';

/**
 * "Try a sample haul": a chat-like paste with four papers to file (recorded
 * arXiv answers, so they work offline too) and one the sample doc already
 * holds, so the newcomer sees both kinds of card. Checked against the replay
 * and the sample doc by test/ui/sample-haul.test.ts.
 */
export const SAMPLE_HAUL = [
  'Tabs from this week:',
  'https://arxiv.org/abs/2507.10541 (stress testing reasoning models)',
  'https://arxiv.org/pdf/2301.05651v1',
  'arXiv:1907.06632 and arXiv:2405.11454',
  'already read: https://arxiv.org/abs/2111.11432',
].join('\n');

/** The ids of SAMPLE_HAUL that the sample doc does not hold yet. */
export const SAMPLE_HAUL_NEW_IDS = [
  '2507.10541',
  '2301.05651',
  '1907.06632',
  '2405.11454',
];

/** The id of SAMPLE_HAUL the sample doc already holds. */
export const SAMPLE_HAUL_DUPLICATE_ID = '2111.11432';
