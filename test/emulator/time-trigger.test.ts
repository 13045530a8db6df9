// Time-driven executions: no Ui, and maybe no active document.
import {load} from './load';

const SCRIPT = `
function alertDone() { DocumentApp.getUi().alert('Done'); return 'alerted'; }
function hasDocument() { return DocumentApp.getActiveDocument() !== null; }
`;

describe('time-driven trigger', () => {
  test('getUi() throws in a time-driven trigger but works from a menu item', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.timeTrigger(fns, 'alertDone')).toThrow(
      'Cannot call DocumentApp.getUi() from this context.',
    );
    expect(fns.alertDone()).toBe('alerted');
    expect(env.ui.alerts).toEqual([
      {kind: 'alert', title: '', prompt: 'Done', buttons: 'OK', button: 'OK'},
    ]);
  });

  test('activeDocument: false makes getActiveDocument() null', () => {
    const {env, fns} = load(SCRIPT);
    expect(env.timeTrigger(fns, 'hasDocument')).toBe(true);
    expect(env.timeTrigger(fns, 'hasDocument', {activeDocument: false})).toBe(
      false,
    );
  });
});
