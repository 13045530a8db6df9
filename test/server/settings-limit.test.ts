// Settings that pass validation save: the 9 KB a property value may hold is checked with a plain message, never "Argument too large".
import {DEFAULT_SETTINGS, MAX_SETTINGS_BYTES} from '../../src/core/settings';
import giant from '../../samples/giant-doc.json';
import type {DocJson} from '../../src/core/doc-model';
import {loadDist} from '../support/dist-bundle';

function withRules(count: number, keyword: string) {
  return {
    ...DEFAULT_SETTINGS,
    rules: Array.from({length: count}, (_, i) => ({
      section: 'NLP',
      categories: ['cs.CL', 'cs.LG'],
      keywords: [`${keyword} ${i}`, 'language models', 'transformers'],
    })),
  };
}

describe('saveSettings at the property size limit', () => {
  it('refuses 80 long rules in plain words, on the rules field, saving nothing', () => {
    const {env, fns} = loadDist({document: giant as DocJson});
    const big = withRules(80, 'a fairly long keyword phrase number');
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_SETTINGS_BYTES);
    expect(() => env.scriptRun(fns, 'saveSettings', big)).toThrow(
      /^These settings take \d+\.\d KB, and Google Docs keeps at most 9\.0 KB of settings per document\. Remove some rules/,
    );
    expect(env.scriptRun(fns, 'checkSettings', big)).toEqual({
      problems: [{field: 'rules', message: expect.stringMatching(/9\.0 KB/)}],
      questions: [],
    });
    expect(env.scriptRun(fns, 'getSettings')).toMatchObject({rules: []});
  });

  it('saves the most rules that fit, right under the limit', () => {
    const {env, fns} = loadDist({document: giant as DocJson});
    let count = 1;
    while (
      JSON.stringify(withRules(count + 1, 'kw')).length <= MAX_SETTINGS_BYTES
    ) {
      count++;
    }
    const fits = withRules(count, 'kw');
    expect(JSON.stringify(fits).length).toBeGreaterThan(
      MAX_SETTINGS_BYTES - 200,
    );
    expect(env.scriptRun(fns, 'saveSettings', fits)).toMatchObject({
      rules: fits.rules,
    });
    expect(env.scriptRun(fns, 'getSettings')).toMatchObject({
      rules: fits.rules,
    });
  });
});
