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

describe("an add-on's time trigger (activeDocument: false)", () => {
  const PROBE = `
function probe() {
  return {
    document: DocumentApp.getActiveDocument() === null,
    properties: PropertiesService.getDocumentProperties() === null,
    lock: LockService.getDocumentLock() === null,
    user: PropertiesService.getUserProperties() !== null,
  };
}
`;

  test('has no document, no document properties and no document lock; user properties remain', () => {
    const {env, fns} = load(PROBE);
    expect(env.timeTrigger(fns, 'probe', {activeDocument: false})).toEqual({
      document: true,
      properties: true,
      lock: true,
      user: true,
    });
    expect(env.timeTrigger(fns, 'probe')).toEqual({
      document: false,
      properties: false,
      lock: false,
      user: true,
    });
  });
});
